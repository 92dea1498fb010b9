-- khabar SQLite schema, version 1
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started TEXT NOT NULL,
  finished TEXT,
  status TEXT NOT NULL DEFAULT 'running',
  args TEXT NOT NULL DEFAULT '{}',
  counts TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS articles (
  rid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT,
  lang TEXT,
  title TEXT,
  outlet TEXT,
  url TEXT,
  published TEXT,
  story TEXT,
  source TEXT,
  run_id INTEGER,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_lang ON articles(lang);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE TABLE IF NOT EXISTS aliases (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  source TEXT
);
CREATE TABLE IF NOT EXISTS paragraphs (
  rid INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  lang TEXT,
  PRIMARY KEY (rid, idx)
);
CREATE TABLE IF NOT EXISTS spans (
  rid INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT,
  ref TEXT,
  value TEXT,
  label TEXT
);
CREATE INDEX IF NOT EXISTS spans_rid ON spans(rid);
CREATE INDEX IF NOT EXISTS spans_kind_ref ON spans(kind, ref);
CREATE INDEX IF NOT EXISTS spans_kind_value ON spans(kind, value);
-- entity search and entity pages: "articles mentioning E, latest first" and "how many" as index-only scans
CREATE INDEX IF NOT EXISTS spans_kind_ref_rid ON spans(kind, ref, rid);
CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY,
  name TEXT,
  type TEXT,
  wikidata TEXT,
  provisional INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS stories (
  id TEXT PRIMARY KEY,
  label TEXT,
  first TEXT,
  last TEXT,
  size INTEGER,
  record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS state (
  key TEXT PRIMARY KEY,
  value BLOB
);
CREATE TABLE IF NOT EXISTS vectors (
  rid INTEGER PRIMARY KEY,
  model TEXT NOT NULL,
  dim INTEGER NOT NULL,
  vec BLOB NOT NULL
);
-- lang holds the article's language as one token, so a language filter is intersected inside FTS5
-- (stores made before it existed still work: the filter then joins articles row by row)
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, body, lang, tokenize = 'unicode61 remove_diacritics 2');
