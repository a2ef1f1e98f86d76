-- Companies, their aliases, capex definitions and figures. Figures are never updated in place:
-- a restatement or a new guidance is a new row; readers take the latest per key.
CREATE TABLE definitions (
    code TEXT PRIMARY KEY,
    label_en TEXT NOT NULL,
    label_fr TEXT NOT NULL,
    xbrl TEXT
);

CREATE TABLE companies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    ticker TEXT NOT NULL,
    cik INTEGER,
    fiscal_year_end TEXT NOT NULL,          -- nominal month-day, e.g. '06-30'
    headline_definition TEXT NOT NULL REFERENCES definitions(code),
    note_en TEXT NOT NULL DEFAULT '',
    note_fr TEXT NOT NULL DEFAULT '',
    tracked INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE company_aliases (
    alias TEXT PRIMARY KEY,                 -- normalised: lower case, no accents
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE
);

CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies(id),
    fiscal_label TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('actual', 'guidance')),
    value_usd INTEGER,
    low_usd INTEGER,
    high_usd INTEGER,
    currency TEXT NOT NULL DEFAULT 'USD',
    definition_code TEXT NOT NULL REFERENCES definitions(code),
    source_title TEXT NOT NULL,
    source_url TEXT,
    accession TEXT,
    announced TEXT,
    recorded_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    -- what makes two rows "the same figure": values and, for guidance, the date it was given
    identity TEXT NOT NULL UNIQUE,
    CHECK (value_usd IS NOT NULL OR low_usd IS NOT NULL),  -- a low alone means "more than"
    CHECK (period_start <= period_end)
);
CREATE INDEX figures_by_company ON figures (company_id, kind, period_end);

CREATE TABLE kv_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Bumped in the same transaction as any change to companies, aliases, definitions or figures,
-- so readers (also in other processes) know when their in-memory catalogue is stale.
INSERT INTO kv_state (key, value) VALUES ('catalog_version', '0');
