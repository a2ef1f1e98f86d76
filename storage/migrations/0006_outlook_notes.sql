-- Outlooks without a number ("capex dollar growth notably larger in 2026 than 2025"), as the
-- company worded them: shown in replies, never charted, never turned into a figure.
CREATE TABLE outlook_notes (
    id INTEGER PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies(id),
    fiscal_label TEXT,              -- the period the outlook is about, when the sentence names one
    period_start TEXT,
    period_end TEXT,
    text TEXT NOT NULL,             -- the sentence, verbatim
    source_title TEXT NOT NULL,
    source_url TEXT,
    accession TEXT,
    announced TEXT NOT NULL,        -- the filing date of the release
    recorded_at TEXT NOT NULL,
    UNIQUE (company_id, announced, text)
);
CREATE INDEX outlook_notes_company ON outlook_notes (company_id, period_end);
