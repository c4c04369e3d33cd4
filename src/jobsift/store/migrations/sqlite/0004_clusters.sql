-- Near-duplicate clusters (jobsift.dedupe).  A posting with no row here is a cluster of one;
-- every member of a larger cluster, its canonical included, has a row naming the canonical.
CREATE TABLE clusters (
    posting_pk    INTEGER PRIMARY KEY REFERENCES postings (pk) ON DELETE CASCADE,
    canonical_pk  INTEGER NOT NULL
);

CREATE INDEX clusters_by_canonical ON clusters (canonical_pk);

-- What clustering keeps of each posting, so that new postings are compared with stored ones
-- without reading their text again: its 30 LSH band keys (uint32, little-endian), the MinHash
-- signature (128 x uint16), and the keys and rank the duplicate rule and the canonical
-- choice use (jobsift.dedupe.features).  Written by `jobsift dedupe` and as postings are
-- indexed.
CREATE TABLE dedupe_sketches (
    posting_pk   INTEGER PRIMARY KEY REFERENCES postings (pk) ON DELETE CASCADE,
    bands        BLOB NOT NULL,
    signature    BLOB NOT NULL,
    nonempty     INTEGER NOT NULL,
    title_key    INTEGER NOT NULL,
    company_key  INTEGER NOT NULL,
    place_key    INTEGER NOT NULL,
    rank         INTEGER NOT NULL
);

-- The sketch version the rows above were made by (jobsift.dedupe.sketch.VERSION): another
-- version's sketches do not compare, and `jobsift dedupe` makes them again.
CREATE TABLE dedupe_meta (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
