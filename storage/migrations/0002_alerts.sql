-- Alerts: subscriptions, events and a transactional outbox of deliveries.
-- Events and deliveries are written in the same transaction as the figures they describe
-- (storage/alerts.py, the figure hook); a worker claims due deliveries with a lease, sends them
-- with their stable idempotency key and only then marks them sent.

CREATE TABLE alert_subscriptions (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL CHECK (platform IN ('discord', 'matrix', 'webhook')),
    target TEXT NOT NULL,                   -- Discord channel id, Matrix room id, webhook URL
    company_id TEXT REFERENCES companies(id),   -- NULL = every company
    lang TEXT NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'fr')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'removed')),
    disabled_reason TEXT,                   -- why it was disabled (shown in `alerts list`)
    gone_failures INTEGER NOT NULL DEFAULT 0,   -- consecutive "gone/forbidden" answers
    moved_from TEXT,                        -- previous target after a Matrix room upgrade
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- One live subscription per (target, company); removed ones are kept as history.
CREATE UNIQUE INDEX alert_subscriptions_live
    ON alert_subscriptions (platform, target, coalesce(company_id, ''))
    WHERE status != 'removed';
CREATE INDEX alert_subscriptions_by_company ON alert_subscriptions (status, company_id);

CREATE TABLE alert_events (
    id INTEGER PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies(id),
    group_key TEXT NOT NULL,                -- accession, else source title + announcement date
    created_at TEXT NOT NULL
);

CREATE TABLE alert_event_figures (
    event_id INTEGER NOT NULL REFERENCES alert_events(id) ON DELETE CASCADE,
    figure_id INTEGER NOT NULL REFERENCES figures(id),
    PRIMARY KEY (event_id, figure_id)
) WITHOUT ROWID;

CREATE TABLE alert_deliveries (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES alert_events(id),
    subscription_id INTEGER NOT NULL REFERENCES alert_subscriptions(id),
    -- stable across retries: webhook Idempotency-Key, Matrix txn id, Discord nonce (<= 25 chars)
    idempotency_key TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,    -- claims so far (a crash mid-send counts)
    next_attempt_at REAL NOT NULL,          -- unix seconds
    lease_owner TEXT,                       -- "host:pid:nonce" of the worker holding it
    lease_until REAL,                       -- unix seconds; an expired lease is free to claim
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    UNIQUE (event_id, subscription_id)
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX alert_deliveries_by_subscription ON alert_deliveries (subscription_id, status);
