-- khabar SQLite schema, version 2: index for entity search and entity pages (search.py, explore.py).
-- (kind, ref, rid) makes "articles mentioning E, latest first" and "how many articles mention E"
-- index-only range scans, however many articles mention E.
CREATE INDEX IF NOT EXISTS spans_kind_ref_rid ON spans(kind, ref, rid);
