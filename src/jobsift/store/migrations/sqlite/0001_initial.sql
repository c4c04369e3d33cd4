-- Postings and every place each was seen.  A posting's id is its content fingerprint
-- (fingerprint.v1, 16 bytes; shown as 32 hex digits), so the same content is stored once.
-- Ids are kept as BLOBs: half the size of hex text, and the unique index on them is the
-- costliest part of an insert.
CREATE TABLE postings (
    pk          INTEGER PRIMARY KEY,
    id          BLOB NOT NULL UNIQUE,
    text        TEXT NOT NULL,
    declared    TEXT NOT NULL DEFAULT '{}',   -- JSON: what the source stated (title, company ...)
    first_seen  TEXT NOT NULL                 -- ISO 8601, UTC
);

-- One row per sighting: re-reading the same input adds nothing (the primary key), the same
-- posting in a second input gains a row here, not a second posting.
CREATE TABLE sources (
    uri         TEXT NOT NULL,                -- absolute path, <stdin>, or URL of the input
    locator     TEXT NOT NULL,                -- where inside it: "lines 1-19", "record 7"
    posting_pk  INTEGER NOT NULL REFERENCES postings (pk) ON DELETE CASCADE,
    format      TEXT NOT NULL,
    url         TEXT,                         -- the posting's own URL, when the source gives one
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (uri, locator, posting_pk)
) WITHOUT ROWID;

CREATE INDEX sources_by_posting ON sources (posting_pk);
