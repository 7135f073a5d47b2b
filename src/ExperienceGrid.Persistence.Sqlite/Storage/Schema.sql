-- Embedded SQLite schema for Orleans grain state and reminders. Re-runnable: every statement is idempotent,
-- and it runs on every open.

-- One row per (service, state name, grain). version is the ETag: it only grows, and a cleared state keeps its row
-- with a NULL payload so a version is never handed out twice for the same key.
CREATE TABLE IF NOT EXISTS grain_state (
    service_id TEXT    NOT NULL,
    state_name TEXT    NOT NULL,
    grain_id   TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    payload    BLOB,
    PRIMARY KEY (service_id, state_name, grain_id)
);

-- grain_hash is GrainId.GetUniformHashCode() (0 .. 2^32-1) for the silos' hash-range reads.
-- start_at is UTC ticks, period is ticks; etag is random so a removed-and-recreated reminder never reuses one.
CREATE TABLE IF NOT EXISTS reminders (
    service_id    TEXT    NOT NULL,
    grain_id      TEXT    NOT NULL,
    reminder_name TEXT    NOT NULL,
    grain_hash    INTEGER NOT NULL,
    start_at      INTEGER NOT NULL,
    period        INTEGER NOT NULL,
    etag          INTEGER NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX IF NOT EXISTS reminders_by_hash ON reminders (service_id, grain_hash);
