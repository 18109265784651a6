-- Clientele schema, version 4: offline merge between copies of one database (core/sync).
-- Copies cloned from one another form a family; each copy is a device of it.

-- This copy: its family, its own device id and name, and its hybrid logical clock
-- (physical milliseconds in the high bits, a counter in the low 16).
CREATE TABLE sync_self (
    only        INTEGER PRIMARY KEY CHECK (only = 1),
    family_id   INTEGER NOT NULL,
    device_id   INTEGER NOT NULL,
    device_name TEXT NOT NULL,
    hlc         INTEGER NOT NULL DEFAULT 0
);

-- Other devices of the family this copy has heard of, by name for `sync export --to`.
CREATE TABLE sync_device (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

-- The changesets this copy knows of, its own and those of other devices (kept to relay them):
-- per origin device a gapless sequence, the origin's clock, and what the origin had applied of
-- every device when it committed (seen: pairs of device id and clock), to tell concurrent
-- writes from later ones.
CREATE TABLE sync_outbox (
    origin    INTEGER NOT NULL,
    seq       INTEGER NOT NULL,
    hlc       INTEGER NOT NULL,
    seen      BLOB NOT NULL,
    changeset BLOB NOT NULL,
    PRIMARY KEY (origin, seq)
) WITHOUT ROWID;

-- Per origin device, the last changeset applied here (or recorded here, for this device).
CREATE TABLE sync_applied (
    origin INTEGER PRIMARY KEY,
    seq    INTEGER NOT NULL,
    hlc    INTEGER NOT NULL
);

-- What each other device said it had applied of each origin, from its latest packet.
CREATE TABLE sync_ack (
    peer   INTEGER NOT NULL,
    origin INTEGER NOT NULL,
    seq    INTEGER NOT NULL,
    PRIMARY KEY (peer, origin)
) WITHOUT ROWID;

-- Field clocks: the write that set each field's current value, when it was an update (a field
-- with no entry still holds the value of the row's insert, older than every update of it).
CREATE TABLE sync_field (
    tbl    TEXT NOT NULL,
    row    TEXT NOT NULL,
    col    TEXT NOT NULL,
    hlc    INTEGER NOT NULL,
    device INTEGER NOT NULL,
    PRIMARY KEY (tbl, row, col)
) WITHOUT ROWID;

-- Deleted rows, with their last values and what the deleting device had seen, so that an edit
-- it had not seen brings the row back.
CREATE TABLE sync_tombstone (
    tbl    TEXT NOT NULL,
    row    TEXT NOT NULL,
    hlc    INTEGER NOT NULL,
    device INTEGER NOT NULL,
    seen   BLOB NOT NULL,
    vals   BLOB NOT NULL,
    PRIMARY KEY (tbl, row)
) WITHOUT ROWID;

-- Concurrent writes where one value had to lose, for the user to accept or restore. A whole
-- row (an edit against a delete) has column '' and the values 'kept' / 'deleted'.
CREATE TABLE sync_conflict (
    id          INTEGER PRIMARY KEY,
    tbl         TEXT NOT NULL,
    row         TEXT NOT NULL,
    col         TEXT NOT NULL,
    kept_value,
    lost_value,
    kept_device INTEGER NOT NULL,
    kept_hlc    INTEGER NOT NULL,
    lost_device INTEGER NOT NULL,
    lost_hlc    INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    resolved_at TEXT
);
