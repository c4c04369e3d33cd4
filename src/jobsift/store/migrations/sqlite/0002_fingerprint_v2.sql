-- Posting ids become fingerprint.v2 (ASCII case and white space folded; see
-- jobsift.model.fingerprint).  Every pair of texts v2 calls equal, v1 called equal too, so
-- re-keying never makes two stored postings collide.  fingerprint_v2(text, declared) is a
-- function the migration runner registers on the connection.
UPDATE postings SET id = fingerprint_v2(text, declared);
