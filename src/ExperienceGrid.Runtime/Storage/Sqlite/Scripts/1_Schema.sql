-- Grid store schema, version 1. Re-runnable: every statement is idempotent.
-- Times are UTC ticks; periods are ticks (0 = one-shot reminder).

CREATE TABLE IF NOT EXISTS grid_meta (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The partitioned journal. Offsets are dense per partition, assigned by the single writer loop.
CREATE TABLE IF NOT EXISTS journal (
    partition_id INTEGER NOT NULL,
    entry_offset INTEGER NOT NULL,
    message_id   TEXT    NOT NULL,
    grain_type   TEXT    NOT NULL,
    grain_key    TEXT    NOT NULL,
    message_type TEXT    NOT NULL,
    payload      BLOB    NOT NULL,
    appended_at  INTEGER NOT NULL,
    PRIMARY KEY (partition_id, entry_offset)
) WITHOUT ROWID;

-- Idempotent ingestion: a message id is journaled at most once.
CREATE UNIQUE INDEX IF NOT EXISTS ux_journal_message_id ON journal (message_id);

-- Consumed offsets, committed in the same transaction as the snapshots they cover.
CREATE TABLE IF NOT EXISTS partition_offsets (
    partition_id INTEGER NOT NULL PRIMARY KEY,
    committed    INTEGER NOT NULL,
    committed_at INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS snapshots (
    grain_type   TEXT    NOT NULL,
    grain_key    TEXT    NOT NULL,
    partition_id INTEGER NOT NULL,
    state        BLOB    NOT NULL,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (grain_type, grain_key)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS reminders (
    grain_type   TEXT    NOT NULL,
    grain_key    TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    partition_id INTEGER NOT NULL,
    first_tick   INTEGER NOT NULL,
    next_due     INTEGER NOT NULL,
    period       INTEGER NOT NULL,
    PRIMARY KEY (grain_type, grain_key, name)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS ix_reminders_due ON reminders (next_due, partition_id);
