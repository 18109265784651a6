-- Clientele schema, version 2: imports that can be undone.
-- Each applied import is one batch: what was imported, when, the counts, and the SQLite session
-- changeset of everything it wrote (inverted and applied to undo it).
CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    file        TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    rows        INTEGER NOT NULL DEFAULT 0,
    created     INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    changeset   BLOB NOT NULL,
    undone_at   TEXT
);
