-- Per-user, per-command cooldowns shared by every bot process on one PostgreSQL store
-- (storage/cooldowns.py; a single SQLite process keeps them in memory and leaves this empty).
CREATE TABLE command_cooldowns (
    key TEXT PRIMARY KEY,          -- platform, user and command, as the door builds it
    last_at REAL NOT NULL          -- unix seconds of the last use that was allowed
);
