-- Source documents. Every figure names the document that states it (source_title/source_url,
-- accession, announced = the date it became public); these columns say what kind of document
-- that is, which documents a derived figure was computed from, and which data sets or news pages
-- were consulted (secondary references, never the cited source). See storage/provenance.py.
ALTER TABLE figures ADD COLUMN document_kind TEXT;          -- '10-Q', '10-K', '8-K', 'ir_release', ...
ALTER TABLE figures ADD COLUMN derivation TEXT NOT NULL DEFAULT '';       -- e.g. 'Q4 = FY - 9M YTD'
ALTER TABLE figures ADD COLUMN derived_from TEXT NOT NULL DEFAULT '[]';   -- JSON [{kind,title,url,accession,filed}]
ALTER TABLE figures ADD COLUMN secondary_refs TEXT NOT NULL DEFAULT '[]'; -- JSON [{title,url}]

-- Figures SEC ingestion stored before this migration cite one periodic filing on sec.gov by
-- accession; their title names the form ("Meta 10-K FY2020").
UPDATE figures SET document_kind = CASE
        WHEN source_title LIKE '% 10-K/A %' OR source_title LIKE '% 10-K/A' THEN '10-K/A'
        WHEN source_title LIKE '% 10-Q/A %' OR source_title LIKE '% 10-Q/A' THEN '10-Q/A'
        WHEN source_title LIKE '% 10-K %' OR source_title LIKE '% 10-K' THEN '10-K'
        WHEN source_title LIKE '% 10-Q %' OR source_title LIKE '% 10-Q' THEN '10-Q'
    END
    WHERE origin IN ('sec', 'sec-backfill') AND accession IS NOT NULL
      AND source_url LIKE 'https://www.sec.gov/%';
