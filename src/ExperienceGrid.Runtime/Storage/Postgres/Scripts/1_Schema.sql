-- Grid store schema for PostgreSQL, version 1. Re-runnable: every statement is idempotent.
-- Reminder times are UTC ticks; periods are ticks (0 = one-shot reminder), as in the SQLite engine.

CREATE TABLE IF NOT EXISTS grid_meta (
    key   text NOT NULL PRIMARY KEY,
    value text NOT NULL
);

-- The last assigned offset per partition. Appends lock a partition's row (in ascending partition order) for
-- the rest of their transaction, so appends to one partition commit in offset order: offsets are dense and a
-- reader never sees offset n+1 before n.
CREATE TABLE IF NOT EXISTS partition_heads (
    partition_id integer NOT NULL PRIMARY KEY,
    last_offset  bigint  NOT NULL
);

CREATE TABLE IF NOT EXISTS journal (
    partition_id integer     NOT NULL,
    entry_offset bigint      NOT NULL,
    message_id   text        NOT NULL,
    grain_type   text        NOT NULL,
    grain_key    text        NOT NULL,
    message_type text        NOT NULL,
    payload      bytea       NOT NULL,
    appended_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (partition_id, entry_offset)
);

-- Idempotent ingestion: a message id is journaled at most once.
CREATE UNIQUE INDEX IF NOT EXISTS ux_journal_message_id ON journal (message_id);

-- Consumed offsets, committed in the same transaction as the snapshots they cover.
CREATE TABLE IF NOT EXISTS partition_offsets (
    partition_id integer     NOT NULL PRIMARY KEY,
    committed    bigint      NOT NULL,
    committed_at timestamptz NOT NULL DEFAULT now()
);

-- Fencing: acquiring a partition bumps its epoch; a commit first checks the epoch it acquired with.
CREATE TABLE IF NOT EXISTS partition_owners (
    partition_id integer     NOT NULL PRIMARY KEY,
    epoch        bigint      NOT NULL,
    silo_id      text,
    acquired_at  timestamptz
);

CREATE TABLE IF NOT EXISTS snapshots (
    grain_type   text        NOT NULL,
    grain_key    text        NOT NULL,
    partition_id integer     NOT NULL,
    state        bytea       NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (grain_type, grain_key)
);

CREATE TABLE IF NOT EXISTS reminders (
    grain_type   text    NOT NULL,
    grain_key    text    NOT NULL,
    name         text    NOT NULL,
    partition_id integer NOT NULL,
    first_tick   bigint  NOT NULL,
    next_due     bigint  NOT NULL,
    period       bigint  NOT NULL,
    PRIMARY KEY (grain_type, grain_key, name)
);

CREATE INDEX IF NOT EXISTS ix_reminders_due ON reminders (next_due, partition_id);

-- Membership: one row per running silo. lock_pid is the backend of the silo's ownership connection.
CREATE TABLE IF NOT EXISTS silos (
    silo_id      text        NOT NULL PRIMARY KEY,
    address      text        NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    heartbeat_at timestamptz NOT NULL DEFAULT now(),
    lock_pid     integer     NOT NULL
);

-- Backplane payloads too large for NOTIFY (8,000 bytes); the notification carries the row id.
CREATE TABLE IF NOT EXISTS backplane_payloads (
    id         bigserial   NOT NULL PRIMARY KEY,
    payload    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
