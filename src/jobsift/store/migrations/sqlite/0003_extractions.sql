-- Each posting's extraction (jobsift.extract), as the JSON that Extraction.to_dict gives, with
-- the pipeline version that made it: a newer pipeline re-extracts what an older one made.
-- Search, matching and analytics read extracted fields from here and from the search index,
-- which is built from these rows; a posting has a row here only once it is indexed.
CREATE TABLE extractions (
    posting_pk    INTEGER PRIMARY KEY REFERENCES postings (pk) ON DELETE CASCADE,
    pipeline      TEXT NOT NULL,
    data          BLOB NOT NULL,
    extracted_at  TEXT NOT NULL
);

CREATE INDEX extractions_by_pipeline ON extractions (pipeline);
