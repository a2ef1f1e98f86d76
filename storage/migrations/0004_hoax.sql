-- Hoax flags: watch mode per channel/room, the flag cooldown record, and imported fact-checks.
-- The built-in catalogue ships as commands/hoax/catalogue.json; hoax_claims only holds ClaimReview
-- objects imported with `capexbot hoax import` (merged over the built-in ones by identifier).

CREATE TABLE hoax_watch (
    platform TEXT NOT NULL,                 -- "discord" | "matrix" | "terminal" ...
    place_id TEXT NOT NULL,                 -- channel id / room id
    enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    threshold REAL CHECK (threshold IS NULL OR (threshold > 0 AND threshold <= 1)),  -- NULL = default
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (platform, place_id)
);

-- Last flag per claim per place: at most one flag per claim per place per cooldown (10 minutes).
CREATE TABLE hoax_flags (
    platform TEXT NOT NULL,
    place_id TEXT NOT NULL,
    hoax_id TEXT NOT NULL,
    last_flagged_at TEXT NOT NULL,          -- ISO 8601 UTC
    flag_count INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (platform, place_id, hoax_id)
);

CREATE TABLE hoax_claims (
    id TEXT PRIMARY KEY,                    -- ClaimReview identifier
    claimreview_json TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'import',  -- file name it came from
    imported_at TEXT NOT NULL
);
