-- khabar PostgreSQL schema, version 1 (same tables and meaning as sqlite_0001_init.sql).
-- Dates stay ISO text, compared byte-wise (COLLATE "C"), exactly as in SQLite.
-- The analysis record is text, not jsonb: jsonb rejects \u0000, which scraped text can carry.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE IF NOT EXISTS runs (
  id BIGSERIAL PRIMARY KEY,
  started TEXT NOT NULL,
  finished TEXT,
  status TEXT NOT NULL DEFAULT 'running',
  args TEXT NOT NULL DEFAULT '{}',
  counts TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE IF NOT EXISTS articles (
  rid BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT,
  lang TEXT,
  title TEXT,
  outlet TEXT,
  url TEXT,
  published TEXT COLLATE "C",
  story TEXT,
  source TEXT,
  run_id BIGINT,
  record TEXT NOT NULL,
  -- key-form title (weight A) and body (weight D), 'simple' configuration
  fts TSVECTOR
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_lang ON articles(lang);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS articles_fts ON articles USING GIN (fts);

CREATE TABLE IF NOT EXISTS aliases (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  source TEXT
);

CREATE TABLE IF NOT EXISTS paragraphs (
  rid BIGINT NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  lang TEXT,
  PRIMARY KEY (rid, idx)
);

CREATE TABLE IF NOT EXISTS spans (
  sid BIGSERIAL PRIMARY KEY,
  rid BIGINT NOT NULL REFERENCES articles(rid) ON DELETE CASCADE,
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

CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY,
  name TEXT,
  type TEXT,
  wikidata TEXT,
  provisional BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE IF NOT EXISTS stories (
  id TEXT PRIMARY KEY,
  label TEXT,
  first TEXT COLLATE "C",
  last TEXT COLLATE "C",
  size INTEGER,
  record TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS state (
  key TEXT PRIMARY KEY,
  value BYTEA
);

-- One vector per article. The column has no fixed dimension (models differ); each dimension
-- gets its own partial HNSW index over vec::vector(dim), created when the first such vector
-- arrives (PostgresStore.put_vectors).
CREATE TABLE IF NOT EXISTS vectors (
  rid BIGINT PRIMARY KEY REFERENCES articles(rid) ON DELETE CASCADE,
  model TEXT NOT NULL,
  dim INTEGER NOT NULL,
  vec VECTOR NOT NULL
);
