"""PostgreSQL + pgvector store: the server backend, with SQLiteStore's semantics behind the same interface.

Same tables and meaning as the SQLite schema (numbered migrations ``postgres_NNNN_*.sql``).
Full-text search indexes the key form (``khabar.normalize.key``) as a ``tsvector`` built with
the 'simple' configuration (no stemming, no stop words) and ranks with ``ts_rank``. The key
form is cut into terms here, in Python, exactly as SQLite's FTS5 unicode61 tokenizer would
(runs of letters and digits), so both backends index the same terms whatever the server's locale.
Vectors live in a pgvector column with one partial HNSW index per dimension (cosine).
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from typing import Any

import numpy as np
import psycopg
from pgvector.psycopg import register_vector

from ..document import Article, Story
from ..normalize import key as key_form
from .records import dump_article as _dump, load_article as _load, story_record as _story_dict
from .base import RunInfo, SearchFilters, SearchHit, SpanRow

__all__ = ["PostgresStore"]

_MIGRATION_LOCK = 0x6B6861626172  # "khabar": serialises concurrent migrations of one database
_WRITE_LOCK = 0x6B68616261722D77  # serialises put_articles so the content-hash check holds across writers
_MAX_LEXEME_BYTES = 2047  # PostgreSQL drops longer words
_MAX_TSVECTOR_BYTES = 900_000  # a tsvector holds at most 1 MB of distinct lexemes
_MAX_POSITION = 16383  # positions beyond this collapse into one; later words only need to be present once
_HNSW_MAX_DIM = 2000  # pgvector's HNSW limit for the vector type
_TITLE_WEIGHT = "{0.5, 0.5, 0.5, 1.0}"  # {D, C, B, A}: title (A) counts twice the body (D), like bm25(2.0, 1.0)
_PAGE = 500


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _migrations() -> list[tuple[int, str]]:
    pkg = resources.files("khabar.storage.migrations")
    out = []
    for item in pkg.iterdir():
        name = item.name
        if name.startswith("postgres_") and name.endswith(".sql"):
            out.append((int(name.split("_")[1]), item.read_text(encoding="utf-8")))
    return sorted(out)


def _redact(url: str) -> str:
    """The URL without its password, for stats and logs."""
    return re.sub(r"(://[^:/@]*:)[^@/]+@", r"\1***@", url)


class PostgresStore:
    """The server store: one connection (autocommit outside ``transaction()``), a lock for thread safety."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = _redact(url)
        self._conn = psycopg.connect(url, autocommit=True)
        self._lock = threading.RLock()
        self._depth = 0
        self._indexed_dims: set[int] = set()
        self._migrate()
        register_vector(self._conn)

    # ----------------------------------------------------------------- plumbing
    def _migrate(self) -> None:
        with self.transaction():
            c = self._conn
            c.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            c.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)")
            current = c.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()[0]
            for version, sql in _migrations():
                if version > current:
                    c.execute(sql)  # several statements: sent with the simple query protocol
                    c.execute("INSERT INTO schema_migrations(version, applied) VALUES (%s, %s)", (version, _now()))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all; nested uses join the outer transaction."""
        with self._lock:
            if self._depth > 0:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._depth = 1
            try:
                with self._conn.transaction():
                    yield
            finally:
                self._depth = 0

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------- writes
    def put_articles(self, articles: Iterable[Article], records: Sequence[str] | None = None) -> int:
        """Insert new articles; an article whose content hash or id is already stored adds nothing.
        Returns how many were added. ``records``: the articles' JSON records (``records.dump_article``),
        in the same order, when the caller has them already (``analyze --out`` writes the same lines):
        then they are not serialised twice."""
        batch = list(articles)
        if not batch:
            return 0
        added = 0
        with self.transaction():
            c = self._conn
            c.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
            hashes = [a.content_hash for a in batch if a.content_hash]
            known_hashes = {r[0] for r in c.execute("SELECT content_hash FROM articles WHERE content_hash = ANY(%s)", (hashes,))}
            known_ids = {r[0] for r in c.execute("SELECT id FROM articles WHERE id = ANY(%s)", ([a.id for a in batch],))}
            fresh: list[tuple[int, Article]] = []
            for i, a in enumerate(batch):
                if (a.content_hash and a.content_hash in known_hashes) or a.id in known_ids:
                    continue
                title_terms, body_terms = _fts_text(a)
                row = c.execute(
                    "INSERT INTO articles(id, content_hash, lang, title, outlet, url, published, story, source, run_id, record, fts)"
                    " VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,"
                    " setweight(to_tsvector('simple', %s), 'A') || to_tsvector('simple', %s))"
                    " ON CONFLICT (id) DO NOTHING RETURNING rid",
                    (*_columns(a), a.meta.get("run_id"), records[i] if records is not None else _dump(a), title_terms, body_terms),
                ).fetchone()
                if row is None:
                    continue
                if a.content_hash:
                    known_hashes.add(a.content_hash)
                known_ids.add(a.id)
                fresh.append((row[0], a))
                added += 1
            self._index(fresh)
        return added

    def update_articles(self, articles: Iterable[Article]) -> int:
        """Rewrite the analysis of stored articles (same id), re-indexing their spans and text."""
        done: list[tuple[int, Article]] = []
        with self.transaction():
            c = self._conn
            for a in articles:
                title_terms, body_terms = _fts_text(a)
                row = c.execute(
                    "UPDATE articles SET content_hash=%s, lang=%s, title=%s, outlet=%s, url=%s, published=%s, story=%s,"
                    " source=%s, record=%s, fts=setweight(to_tsvector('simple', %s), 'A') || to_tsvector('simple', %s)"
                    " WHERE id=%s RETURNING rid",
                    (a.content_hash, *_columns(a)[2:], _dump(a), title_terms, body_terms, a.id),
                ).fetchone()
                if row is None:
                    continue
                c.execute("DELETE FROM paragraphs WHERE rid=%s", (row[0],))
                c.execute("DELETE FROM spans WHERE rid=%s", (row[0],))
                done.append((row[0], a))
            self._index(done)
        return len(done)

    def _index(self, items: list[tuple[int, Article]]) -> None:
        """Paragraphs, spans and entities of freshly written articles (COPY for the bulk rows)."""
        if not items:
            return
        c = self._conn
        entities: dict[str, tuple[Any, ...]] = {}
        with c.cursor() as cur:
            with cur.copy('COPY paragraphs (rid, idx, start, "end", lang) FROM STDIN') as cp:
                for rid, a in items:
                    for i, p in enumerate(a.paragraphs):
                        cp.write_row((rid, i, p.start, p.end, _t(p.lang)))
            with cur.copy('COPY spans (rid, kind, start, "end", text, ref, value, label) FROM STDIN') as cp:
                for rid, a in items:
                    for row in _span_rows(rid, a):
                        cp.write_row(row)
        for _, a in items:
            for e in a.entities:
                prev = entities.get(e.id)
                provisional = bool(e.provisional) and (prev is None or prev[4])
                entities[e.id] = (e.id, _t(e.name), _t(e.type), _t(e.wikidata), provisional)
        if entities:
            with c.cursor() as cur:
                cur.executemany(
                    "INSERT INTO entities(id, name, type, wikidata, provisional) VALUES (%s,%s,%s,%s,%s)"
                    " ON CONFLICT(id) DO UPDATE SET name=excluded.name, type=excluded.type, wikidata=excluded.wikidata,"
                    " provisional=entities.provisional AND excluded.provisional",
                    list(entities.values()),
                )

    def add_alias(self, alias_id: str, article_id: str, source: str | None) -> None:
        """Remember that ``alias_id`` (another file/id) carried the same content as ``article_id``."""
        if alias_id == article_id:
            return
        with self.transaction():
            self._conn.execute(
                "INSERT INTO aliases(id, article_id, source) VALUES (%s,%s,%s) ON CONFLICT (id) DO NOTHING",
                (_t(alias_id), _t(article_id), _t(source)),
            )

    def put_stories(self, stories: Iterable[Story]) -> None:
        rows = [(s.id, _t(s.label), s.first, s.last, len(s.article_ids), json.dumps(_story_dict(s), ensure_ascii=False))
                for s in stories]
        if not rows:
            return
        with self.transaction(), self._conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO stories(id, label, first, last, size, record) VALUES (%s,%s,%s,%s,%s,%s)"
                " ON CONFLICT(id) DO UPDATE SET label=excluded.label, first=excluded.first, last=excluded.last,"
                " size=excluded.size, record=excluded.record",
                rows,
            )

    def put_state(self, key: str, value: bytes) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT INTO state(key, value) VALUES (%s,%s) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, bytes(value)),
            )

    def put_vectors(self, vectors: dict[str, Any], model: str) -> None:
        """Store one vector per known article (unknown ids are ignored), indexing each new dimension."""
        if not vectors:
            return
        with self.transaction():
            c = self._conn
            rids = dict(c.execute("SELECT id, rid FROM articles WHERE id = ANY(%s)", (list(vectors),)).fetchall())
            rows = []
            for aid, vec in vectors.items():
                if aid not in rids:
                    continue
                arr = np.asarray(vec, dtype=np.float32).reshape(-1)
                rows.append((rids[aid], model, int(arr.shape[0]), arr))
            for dim in {r[2] for r in rows}:
                self._ensure_vector_index(dim)
            with c.cursor() as cur:
                cur.executemany(
                    "INSERT INTO vectors(rid, model, dim, vec) VALUES (%s,%s,%s,%s) ON CONFLICT(rid) DO UPDATE SET"
                    " model=excluded.model, dim=excluded.dim, vec=excluded.vec",
                    rows,
                )

    def _ensure_vector_index(self, dim: int) -> None:
        """A partial HNSW index (cosine) over ``vec::vector(dim)`` for rows of that dimension."""
        if dim in self._indexed_dims or not 0 < dim <= _HNSW_MAX_DIM:
            return
        name = f"vectors_hnsw_{dim}"
        exists = self._conn.execute(
            "SELECT 1 FROM pg_class WHERE relname = %s AND relkind = 'i' AND pg_table_is_visible(oid)", (name,)
        ).fetchone()
        if not exists:
            self._conn.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON vectors USING hnsw ((vec::vector({dim})) vector_cosine_ops)"
                f" WHERE dim = {dim}"
            )
        self._indexed_dims.add(dim)

    def begin_run(self, args: dict[str, Any]) -> int:
        with self.transaction():
            row = self._conn.execute(
                "INSERT INTO runs(started, args) VALUES (%s,%s) RETURNING id",
                (_now(), _t(json.dumps(args, ensure_ascii=False, default=str))),
            ).fetchone()
            return int(row[0])

    def finish_run(self, run_id: int, counts: dict[str, int], status: str = "done") -> None:
        with self.transaction():
            self._conn.execute("UPDATE runs SET finished=%s, status=%s, counts=%s WHERE id=%s",
                               (_now(), status, json.dumps(counts), run_id))

    # -------------------------------------------------------------------- reads
    def _all(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, tuple(params)).fetchall()

    def _one(self, sql: str, params: Iterable[Any] = ()) -> tuple[Any, ...] | None:
        with self._lock:
            return self._conn.execute(sql, tuple(params)).fetchone()

    def has_hash(self, content_hash: str) -> str | None:
        row = self._one("SELECT id FROM articles WHERE content_hash=%s ORDER BY rid LIMIT 1", (content_hash,))
        return row[0] if row else None

    def resolve_id(self, article_id: str) -> str | None:
        """The stored id for ``article_id`` or for an alias of it."""
        if self._one("SELECT 1 FROM articles WHERE id=%s", (article_id,)):
            return article_id
        row = self._one("SELECT article_id FROM aliases WHERE id=%s", (article_id,))
        return row[0] if row else None

    def get_article(self, article_id: str) -> Article | None:
        real = self.resolve_id(article_id)
        if real is None:
            return None
        row = self._one("SELECT record FROM articles WHERE id=%s", (real,))
        return _load(row[0]) if row else None

    def iter_articles(self, *, lang: str | None = None, story: str | None = None,
                      ids: Iterable[str] | None = None, since: str | None = None) -> Iterator[Article]:
        """Articles in insertion order, read a page at a time (keyset on rid) so big corpora stream."""
        where, params = ["rid > %s"], []
        if lang:
            where.append("lang=%s")
            params.append(lang)
        if story:
            where.append("story=%s")
            params.append(story)
        if since:
            where.append("published>=%s")
            params.append(since)
        if ids is not None:
            idl = list(ids)
            if not idl:
                return
            where.append("id = ANY(%s)")
            params.append(idl)
        sql = f"SELECT rid, record FROM articles WHERE {' AND '.join(where)} ORDER BY rid LIMIT {_PAGE}"
        last = 0
        while True:
            rows = self._all(sql, [last, *params])
            for _, record in rows:
                yield _load(record)
            if len(rows) < _PAGE:
                return
            last = rows[-1][0]

    def article_ids(self) -> list[str]:
        """Every stored id in insertion order (cheap: no records are read)."""
        return [r[0] for r in self._all("SELECT id FROM articles ORDER BY rid")]

    def count_articles(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM articles")[0])

    def get_story(self, story_id: str) -> Story | None:
        row = self._one("SELECT record FROM stories WHERE id=%s", (story_id,))
        return Story(**json.loads(row[0])) if row else None

    def list_stories(self) -> list[Story]:
        rows = self._all("SELECT record FROM stories ORDER BY size DESC, last DESC NULLS LAST")
        return [Story(**json.loads(r[0])) for r in rows]

    def get_state(self, key: str) -> bytes | None:
        row = self._one("SELECT value FROM state WHERE key=%s", (key,))
        return bytes(row[0]) if row else None

    def spans(self, kind: str, *, ref: str | None = None, article_id: str | None = None,
              story: str | None = None, value: str | None = None) -> list[SpanRow]:
        where, params = ["s.kind=%s"], [kind]
        for col, val in (("s.ref", ref), ("a.id", article_id), ("a.story", story), ("s.value", value)):
            if val is not None:
                where.append(f"{col}=%s")
                params.append(val)
        sql = (
            'SELECT a.id, s.kind, s.start, s."end", s.text, s.ref, s.value, s.label, a.lang, a.outlet, a.published, a.story'
            " FROM spans s JOIN articles a ON a.rid = s.rid WHERE " + " AND ".join(where) + " ORDER BY a.rid, s.start, s.sid"
        )
        return [SpanRow(*r) for r in self._all(sql, params)]

    def keyword_search(self, query_key: str, *, limit: int = 50, lang: str | None = None,
                       filters: SearchFilters | None = None, any_terms: bool = False) -> list[SearchHit]:
        """ts_rank over key-form title and body. ``query_key`` is already in key form; terms are ANDed
        (ORed with ``any_terms``). ``filters`` are applied inside the query, so they never starve the results."""
        terms = _terms(query_key)
        if not terms:
            return []
        if any_terms:
            query = " || ".join(["plainto_tsquery('simple', %s)"] * len(terms))
            params: list[Any] = list(terms)
        else:
            query = "plainto_tsquery('simple', %s)"
            params = [" ".join(terms)]
        sql = f"SELECT a.id, ts_rank('{_TITLE_WEIGHT}', a.fts, t.q, 1) AS s FROM articles a, (SELECT {query} AS q) AS t WHERE a.fts @@ t.q"
        if lang:
            sql += " AND a.lang=%s"
            params.append(lang)
        fsql, fparams = _filter_sql(filters)
        sql += fsql + " ORDER BY s DESC, a.rid LIMIT %s"
        params += [*fparams, limit]
        return [SearchHit(r[0], float(r[1]), "keyword") for r in self._all(sql, params)]

    def get_vectors(self, ids: Iterable[str] | None = None) -> dict[str, Any]:
        sql = "SELECT a.id, v.vec FROM vectors v JOIN articles a ON a.rid = v.rid"
        params: list[Any] = []
        if ids is not None:
            sql += " WHERE a.id = ANY(%s)"
            params = [list(ids)]
        return {r[0]: _array(r[1]) for r in self._all(sql, params)}

    def vector_search(self, vec: Any, limit: int = 10) -> list[SearchHit]:
        """Nearest stored vectors of the query's dimension by cosine (HNSW); score = cosine similarity."""
        q = np.asarray(vec, dtype=np.float32).reshape(-1)
        dim = int(q.shape[0])
        if dim == 0 or limit <= 0 or not np.any(q):
            return []
        typ = f"vector({dim})"
        sql = (
            f"SELECT a.id, v.vec::{typ} <=> %s::{typ} AS d FROM vectors v JOIN articles a ON a.rid = v.rid"
            f" WHERE v.dim = {dim} ORDER BY v.vec::{typ} <=> %s::{typ} LIMIT %s"
        )
        with self.transaction():
            # HNSW returns at most ef_search rows; widen it to the limit asked for.
            self._conn.execute("SELECT set_config('hnsw.ef_search', %s, true)", (str(min(max(limit, 40), 1000)),))
            rows = self._conn.execute(sql, (q, q, limit)).fetchall()
        return [SearchHit(r[0], 1.0 - float(r[1]), "vector") for r in rows if r[1] is not None and r[1] == r[1]]

    def runs(self) -> list[RunInfo]:
        rows = self._all("SELECT id, started, finished, status, args, counts FROM runs ORDER BY id")
        return [RunInfo(int(r[0]), r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5])) for r in rows]

    def stats(self) -> dict[str, Any]:
        def one(sql: str) -> Any:
            return self._one(sql)[0]

        by_lang = dict(self._all("SELECT COALESCE(lang,'?'), COUNT(*) FROM articles GROUP BY lang ORDER BY 2 DESC"))
        kinds = dict(self._all("SELECT kind, COUNT(*) FROM spans GROUP BY kind"))
        return {
            "db": self.path,
            "articles": self.count_articles(),
            "by_lang": {k: int(v) for k, v in by_lang.items()},
            "outlets": int(one("SELECT COUNT(DISTINCT outlet) FROM articles")),
            "stories": int(one("SELECT COUNT(*) FROM stories")),
            "multi_article_stories": int(one("SELECT COUNT(*) FROM stories WHERE size > 1")),
            "entities": int(one("SELECT COUNT(*) FROM entities")),
            "mentions": int(kinds.get("entity", 0)),
            "dates": int(kinds.get("date", 0)),
            "quotes": int(kinds.get("quote", 0)),
            "labels": int(kinds.get("label", 0)),
            "aliases": int(one("SELECT COUNT(*) FROM aliases")),
            "runs": int(one("SELECT COUNT(*) FROM runs")),
            "schema_version": int(one("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")),
        }


    # ------------------------------------------------- exploration (search.py, explore.py)
    def entity_search(self, entity_ids: list[str], *, limit: int = 50, filters: SearchFilters | None = None) -> list[SearchHit]:
        """Articles mentioning any of ``entity_ids``. Score = distinct query entities present + a
        mention-count fraction, so articles with every entity come first, then the most mentions."""
        if not entity_ids:
            return []
        fsql, fparams = _filter_sql(filters)
        sql = ("SELECT a.id, COUNT(DISTINCT s.ref) AS k, COUNT(*) AS n FROM spans s JOIN articles a ON a.rid = s.rid"
               f" WHERE s.kind='entity' AND s.ref = ANY(%s){fsql} GROUP BY a.rid, a.id ORDER BY k DESC, n DESC, a.rid DESC LIMIT %s")
        rows = self._all(sql, [list(entity_ids), *fparams, limit])
        return [SearchHit(r[0], r[1] + r[2] / (r[2] + 1.0), "entity") for r in rows]

    def article_meta(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Light columns (no JSON record) for result lists."""
        cols = ("id", "lang", "title", "outlet", "url", "published", "story")
        rows = self._all(f"SELECT {', '.join(cols)} FROM articles WHERE id = ANY(%s)", (list(ids),))
        return {r[0]: dict(zip(cols, r)) for r in rows}

    def article_records(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The analysis records as dicts (no Article objects): search snippets need only text and mentions."""
        rows = self._all("SELECT id, record FROM articles WHERE id = ANY(%s)", (list(ids),))
        return {r[0]: json.loads(r[1]) for r in rows}

    def entity_rows(self, ids: Iterable[str] | None = None, *, query: str | None = None, type: str | None = None,
                    limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Entities with how many articles mention them, most-mentioned first."""
        where, params = [], []  # type: list[str], list[Any]
        if ids is not None:
            idl = list(ids)
            if not idl:
                return []
            where.append("e.id = ANY(%s)")
            params.append(idl)
        if query:
            where.append("e.name ILIKE %s")  # SQLite's LIKE is case-insensitive too
            params.append("%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if type:
            where.append("e.type=%s")
            params.append(type)
        cols = ("id", "name", "type", "wikidata", "provisional", "articles")
        sql = ("SELECT e.id, e.name, e.type, e.wikidata, e.provisional::int,"
               " (SELECT COUNT(DISTINCT s.rid) FROM spans s WHERE s.kind='entity' AND s.ref=e.id) AS articles FROM entities e"
               + (" WHERE " + " AND ".join(where) if where else "")
               + ' ORDER BY articles DESC, e.name COLLATE "C" NULLS FIRST LIMIT %s OFFSET %s')
        return [dict(zip(cols, r)) for r in self._all(sql, [*params, limit, offset])]

    def entity_surface_forms(self, entity_id: str) -> list[tuple[str | None, str, int]]:
        """(article language, surface form as written, mentions) for one entity, commonest first."""
        rows = self._all(
            "SELECT a.lang, s.text, COUNT(*) FROM spans s JOIN articles a ON a.rid = s.rid"
            " WHERE s.kind='entity' AND s.ref=%s GROUP BY a.lang, s.text ORDER BY 3 DESC", (entity_id,))
        return [(r[0], r[1], int(r[2])) for r in rows]

    def entity_articles(self, entity_id: str, *, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Articles mentioning an entity, newest first, with the mention count; and how many there are."""
        total = self._one("SELECT COUNT(DISTINCT rid) FROM spans WHERE kind='entity' AND ref=%s", (entity_id,))[0]
        cols = ("id", "lang", "title", "outlet", "published", "story", "mentions")
        rows = self._all(
            "SELECT a.id, a.lang, a.title, a.outlet, a.published, a.story, COUNT(*) AS mentions FROM spans s"
            " JOIN articles a ON a.rid = s.rid WHERE s.kind='entity' AND s.ref=%s GROUP BY a.rid"
            " ORDER BY a.published DESC NULLS LAST, a.rid DESC LIMIT %s OFFSET %s", (entity_id, limit, offset))
        return [dict(zip(cols, r)) for r in rows], int(total)

    def cooccurring(self, entity_id: str, *, limit: int = 20, sample: int = 2000) -> list[tuple[str, int]]:
        """Entities that share articles with ``entity_id``, counted over its ``sample`` latest articles
        (bounded work for entities in tens of thousands of articles)."""
        rows = self._all(
            "WITH sample AS (SELECT DISTINCT rid FROM spans WHERE kind='entity' AND ref=%s ORDER BY rid DESC LIMIT %s)"
            " SELECT s.ref, COUNT(DISTINCT s.rid) AS n FROM spans s JOIN sample USING (rid)"
            " WHERE s.kind='entity' AND s.ref IS NOT NULL AND s.ref != %s GROUP BY s.ref ORDER BY n DESC LIMIT %s",
            (entity_id, sample, entity_id, limit))
        return [(r[0], int(r[1])) for r in rows]

    def vector_model(self) -> str | None:
        row = self._one("SELECT model FROM vectors LIMIT 1")
        return row[0] if row else None


# ---------------------------------------------------------------------- helpers
def _t(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL; the JSON record keeps the original (json.dumps escapes it)."""
    return value.replace("\x00", "") if isinstance(value, str) else value


def _columns(a: Article) -> tuple[Any, ...]:
    return (_t(a.id), a.content_hash, _t(a.lang), _t(a.title), _t(a.outlet), _t(a.url), _t(a.published),
            _t(a.story), _t(a.source))


def _span_rows(rid: int, a: Article) -> Iterator[tuple[Any, ...]]:
    for e in a.entities:
        for m in e.mentions:
            yield (rid, "entity", m.start, m.end, _t(m.text), _t(e.id), _t(e.name), _t(e.type))
    for d in a.dates:
        yield (rid, "date", d.start, d.end, _t(d.text), _t(d.type), _t(d.value), _t(d.calendar))
    for q in a.quotes:
        yield (rid, "quote", q.start, q.end, _t(q.text), _t(q.speaker_id), _t(q.speaker), _t(q.cue))
    for lab in a.labels:
        yield (rid, "label", lab.start, lab.end, _t(lab.label), _t(lab.actor_id), _t(lab.actor), _t(lab.stance))


def _terms(text_key: str) -> list[str]:
    """Terms of a key-form string the way FTS5's unicode61 cuts them: maximal runs of letters and digits."""
    out, cur = [], []
    for ch in text_key:
        if ch.isalnum():
            cur.append(_fold_latin(ch))
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return [t for t in out if len(t.encode("utf-8")) <= _MAX_LEXEME_BYTES]


def _fold_latin(ch: str) -> str:
    """é -> e, as unicode61's remove_diacritics does for Latin letters; other scripts are left alone."""
    if ch.isascii():
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() and base.isalpha() else ch


def _fts_text(a: Article) -> tuple[str, str]:
    """Title and body terms, space-joined, for to_tsvector('simple', ...), kept within tsvector's limits."""
    title = _terms(key_form(a.title or ""))
    body = _terms(key_form(a.text or ""))
    budget = _MAX_TSVECTOR_BYTES
    seen: set[str] = set()
    kept: tuple[list[str], list[str]] = ([], [])
    for part, terms in enumerate((title, body)):
        for term in terms:
            new = term not in seen
            if new:
                size = len(term.encode("utf-8")) + 1
                if size > budget:
                    break
                budget -= size
                seen.add(term)
            # past the last position PostgreSQL can record, repeats add nothing
            if new or len(kept[0]) + len(kept[1]) < _MAX_POSITION:
                kept[part].append(term)
    return " ".join(kept[0]), " ".join(kept[1])


def _array(vec: Any) -> np.ndarray:
    """pgvector hands back a Vector (newer versions) or an ndarray; callers get float32 numpy."""
    return np.asarray(vec.to_numpy() if hasattr(vec, "to_numpy") else vec, dtype=np.float32)


def _filter_sql(f: SearchFilters | None) -> tuple[str, list[Any]]:
    """An ``AND ...`` fragment over ``articles a`` for the search filters (ISO date prefixes, inclusive).
    Dates compare byte-wise (COLLATE "C"), as in SQLite, whatever the server's collation."""
    if f is None:
        return "", []
    sql, params = "", []  # type: str, list[Any]
    for col, val in (("a.lang", f.lang), ("a.outlet", f.outlet), ("a.story", f.story)):
        if val:
            sql += f" AND {col}=%s"
            params.append(val)
    if f.entity:
        sql += " AND a.rid IN (SELECT rid FROM spans WHERE kind='entity' AND ref=%s)"
        params.append(f.entity)
    if f.date_from or f.date_to:
        lo, hi = f.date_from or "0", (f.date_to or "9999") + "~"  # "~" sorts after every ISO character
        if f.date_field == "mentioned":
            sql += (" AND a.rid IN (SELECT rid FROM spans WHERE kind='date' AND value COLLATE \"C\" >= %s"
                    " AND value COLLATE \"C\" <= %s AND value ~ '^[0-9]')")
        else:
            sql += " AND a.published >= %s AND a.published <= %s"
        params += [lo, hi]
    return sql, params


