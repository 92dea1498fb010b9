"""SQLite store: one file, WAL, numbered migrations, one transaction per batch, FTS5 over key-form text.

Articles keep their whole analysis record as JSON (the JSONL contract), plus columns and a
``spans`` table so timelines, framing and entity pages are indexed queries. FTS5's unicode61
tokenizer splits at harakat and ZWNJ and folds no Arabic letter variants, so the index holds
the key form (``khabar.normalize.key``), and queries are keyed the same way.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from itertools import repeat
from typing import Any

import numpy as np

from ..document import Article, Story
from ..normalize import key as key_form
from .records import dump_article as _dump, load_article as _load, story_record as _story_dict
from .base import RunInfo, SearchFilters, SearchHit, SpanRow

__all__ = ["SQLiteStore"]

SCHEMA_VERSION = 1
SEARCH_WINDOW = 500  # keyword and entity search rank at most this many of the latest matches (see keyword_search)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _migrations() -> list[tuple[int, str]]:
    pkg = resources.files("khabar.storage.migrations")
    out = []
    for item in pkg.iterdir():
        name = item.name
        if name.startswith("sqlite_") and name.endswith(".sql"):
            out.append((int(name.split("_")[1]), item.read_text(encoding="utf-8")))
    return sorted(out)


class SQLiteStore:
    """The default embedded store. Safe to share across threads of one process (one connection, a lock)."""

    def __init__(self, path: str = "khabar.db") -> None:
        self.path = str(path)
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._depth = 0
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._migrate()
        self._fts_lang = "lang" in {r[1] for r in self._conn.execute("PRAGMA table_info(fts)").fetchall()}

    # ----------------------------------------------------------------- plumbing
    def _migrate(self) -> None:
        current = self._conn.execute("PRAGMA user_version").fetchone()[0]
        for version, sql in _migrations():
            if version > current:
                with self.transaction():
                    for stmt in _split_sql(sql):
                        self._conn.execute(stmt)
                    self._conn.execute(f"PRAGMA user_version={version}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all; nested uses join the outer transaction."""
        with self._lock:
            if self._depth == 0:
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    self._conn.execute("ROLLBACK")
                raise
            else:
                self._depth -= 1
                if self._depth == 0:
                    self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------- writes
    def put_articles(self, articles: Iterable[Article], records: Sequence[str] | None = None) -> int:
        """Insert new articles; an article whose content hash or id is already stored adds nothing.
        Returns how many were added. ``records``: the articles' JSON records (``records.dump_article``),
        in the same order, when the caller has them already (``analyze --out`` writes the same lines):
        then they are not serialised twice."""
        added = 0
        with self.transaction():
            for a, record in zip(articles, records if records is not None else repeat(None)):
                if a.content_hash and self.has_hash(a.content_hash):
                    continue
                if self._conn.execute("SELECT 1 FROM articles WHERE id=?", (a.id,)).fetchone():
                    continue
                cur = self._conn.execute(
                    "INSERT INTO articles(id, content_hash, lang, title, outlet, url, published, story, source, run_id, record)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (a.id, a.content_hash, a.lang, a.title, a.outlet, a.url, a.published, a.story, a.source,
                     a.meta.get("run_id"), record if record is not None else _dump(a)),
                )
                self._index(cur.lastrowid, a)
                added += 1
        return added

    def update_articles(self, articles: Iterable[Article]) -> int:
        """Rewrite the analysis of stored articles (same id), re-indexing their spans and text."""
        n = 0
        with self.transaction():
            for a in articles:
                row = self._conn.execute("SELECT rid FROM articles WHERE id=?", (a.id,)).fetchone()
                if row is None:
                    continue
                rid = row[0]
                self._conn.execute(
                    "UPDATE articles SET content_hash=?, lang=?, title=?, outlet=?, url=?, published=?, story=?, source=?, record=? WHERE rid=?",
                    (a.content_hash, a.lang, a.title, a.outlet, a.url, a.published, a.story, a.source, _dump(a), rid),
                )
                for table in ("paragraphs", "spans"):
                    self._conn.execute(f"DELETE FROM {table} WHERE rid=?", (rid,))
                self._conn.execute("DELETE FROM fts WHERE rowid=?", (rid,))
                self._index(rid, a)
                n += 1
        return n

    def _index(self, rid: int, a: Article) -> None:
        c = self._conn
        c.executemany(
            'INSERT INTO paragraphs(rid, idx, start, "end", lang) VALUES (?,?,?,?,?)',
            [(rid, i, p.start, p.end, p.lang) for i, p in enumerate(a.paragraphs)],
        )
        rows: list[tuple[Any, ...]] = []
        for e in a.entities:
            for m in e.mentions:
                rows.append((rid, "entity", m.start, m.end, m.text, e.id, e.name, e.type))
        c.executemany(
            "INSERT INTO entities(id, name, type, wikidata, provisional) VALUES (?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET name=excluded.name, type=excluded.type, wikidata=excluded.wikidata,"
            " provisional=MIN(entities.provisional, excluded.provisional)",
            [(e.id, e.name, e.type, e.wikidata, int(e.provisional)) for e in a.entities],
        )
        for d in a.dates:
            rows.append((rid, "date", d.start, d.end, d.text, d.type, d.value, d.calendar))
        for q in a.quotes:
            rows.append((rid, "quote", q.start, q.end, q.text, q.speaker_id, q.speaker, q.cue))
        for lab in a.labels:
            rows.append((rid, "label", lab.start, lab.end, lab.label, lab.actor_id, lab.actor, lab.stance))
        c.executemany('INSERT INTO spans(rid, kind, start, "end", text, ref, value, label) VALUES (?,?,?,?,?,?,?,?)', rows)
        body = a.key if a.key is not None else key_form(a.text)
        if self._fts_lang:
            c.execute("INSERT INTO fts(rowid, title, body, lang) VALUES (?,?,?,?)", (rid, key_form(a.title or ""), body, _lang_token(a.lang)))
        else:
            c.execute("INSERT INTO fts(rowid, title, body) VALUES (?,?,?)", (rid, key_form(a.title or ""), body))

    def add_alias(self, alias_id: str, article_id: str, source: str | None) -> None:
        """Remember that ``alias_id`` (another file/id) carried the same content as ``article_id``."""
        if alias_id == article_id:
            return
        with self.transaction():
            self._conn.execute("INSERT OR IGNORE INTO aliases(id, article_id, source) VALUES (?,?,?)", (alias_id, article_id, source))

    def put_stories(self, stories: Iterable[Story]) -> None:
        with self.transaction():
            for s in stories:
                self._conn.execute(
                    "INSERT INTO stories(id, label, first, last, size, record) VALUES (?,?,?,?,?,?)"
                    " ON CONFLICT(id) DO UPDATE SET label=excluded.label, first=excluded.first, last=excluded.last,"
                    " size=excluded.size, record=excluded.record",
                    (s.id, s.label, s.first, s.last, len(s.article_ids), json.dumps(_story_dict(s), ensure_ascii=False)),
                )

    def put_state(self, key: str, value: bytes) -> None:
        with self.transaction():
            self._conn.execute("INSERT INTO state(key, value) VALUES (?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))

    def put_vectors(self, vectors: dict[str, Any], model: str) -> None:
        with self.transaction():
            for aid, vec in vectors.items():
                row = self._conn.execute("SELECT rid FROM articles WHERE id=?", (aid,)).fetchone()
                if row is None:
                    continue
                arr = np.asarray(vec, dtype=np.float32)
                self._conn.execute(
                    "INSERT INTO vectors(rid, model, dim, vec) VALUES (?,?,?,?) ON CONFLICT(rid) DO UPDATE SET"
                    " model=excluded.model, dim=excluded.dim, vec=excluded.vec",
                    (row[0], model, arr.shape[0], arr.tobytes()),
                )

    def begin_run(self, args: dict[str, Any]) -> int:
        with self.transaction():
            cur = self._conn.execute("INSERT INTO runs(started, args) VALUES (?,?)", (_now(), json.dumps(args, ensure_ascii=False, default=str)))
            return int(cur.lastrowid)

    def finish_run(self, run_id: int, counts: dict[str, int], status: str = "done") -> None:
        with self.transaction():
            self._conn.execute("UPDATE runs SET finished=?, status=?, counts=? WHERE id=?", (_now(), status, json.dumps(counts), run_id))

    # -------------------------------------------------------------------- reads
    def has_hash(self, content_hash: str) -> str | None:
        row = self._conn.execute("SELECT id FROM articles WHERE content_hash=? LIMIT 1", (content_hash,)).fetchone()
        return row[0] if row else None

    def resolve_id(self, article_id: str) -> str | None:
        """The stored id for ``article_id`` or for an alias of it."""
        if self._conn.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone():
            return article_id
        row = self._conn.execute("SELECT article_id FROM aliases WHERE id=?", (article_id,)).fetchone()
        return row[0] if row else None

    def get_article(self, article_id: str) -> Article | None:
        real = self.resolve_id(article_id)
        if real is None:
            return None
        row = self._conn.execute("SELECT record FROM articles WHERE id=?", (real,)).fetchone()
        return _load(row[0]) if row else None

    def iter_articles(self, *, lang: str | None = None, story: str | None = None,
                      ids: Iterable[str] | None = None, since: str | None = None) -> Iterator[Article]:
        where, params = [], []
        if lang:
            where.append("lang=?")
            params.append(lang)
        if story:
            where.append("story=?")
            params.append(story)
        if since:
            where.append("published>=?")
            params.append(since)
        if ids is not None:
            idl = list(ids)
            if not idl:
                return
            where.append(f"id IN ({','.join('?' * len(idl))})")
            params.extend(idl)
        sql = "SELECT record FROM articles" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY rid"
        for row in self._conn.execute(sql, params).fetchall():
            yield _load(row[0])

    def article_ids(self) -> list[str]:
        """Every stored id in insertion order (cheap: no records are read)."""
        return [r[0] for r in self._conn.execute("SELECT id FROM articles ORDER BY rid").fetchall()]

    def count_articles(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def get_story(self, story_id: str) -> Story | None:
        row = self._conn.execute("SELECT record FROM stories WHERE id=?", (story_id,)).fetchone()
        return Story(**json.loads(row[0])) if row else None

    def list_stories(self) -> list[Story]:
        rows = self._conn.execute("SELECT record FROM stories ORDER BY size DESC, last DESC").fetchall()
        return [Story(**json.loads(r[0])) for r in rows]

    def get_state(self, key: str) -> bytes | None:
        row = self._conn.execute("SELECT value FROM state WHERE key=?", (key,)).fetchone()
        return bytes(row[0]) if row else None

    def spans(self, kind: str, *, ref: str | None = None, article_id: str | None = None,
              story: str | None = None, value: str | None = None) -> list[SpanRow]:
        where, params = ["s.kind=?"], [kind]
        for col, val in (("s.ref", ref), ("a.id", article_id), ("a.story", story), ("s.value", value)):
            if val is not None:
                where.append(f"{col}=?")
                params.append(val)
        sql = (
            'SELECT a.id, s.kind, s.start, s."end", s.text, s.ref, s.value, s.label, a.lang, a.outlet, a.published, a.story'
            " FROM spans s JOIN articles a ON a.rid = s.rid WHERE " + " AND ".join(where) + " ORDER BY a.rid, s.start"
        )
        return [SpanRow(*r) for r in self._conn.execute(sql, params).fetchall()]

    def keyword_search(self, query_key: str, *, limit: int = 50, lang: str | None = None,
                       filters: SearchFilters | None = None, any_terms: bool = False) -> list[SearchHit]:
        """BM25 over key-form title and body. ``query_key`` is already in key form; terms are ANDed
        (ORed with ``any_terms``). ``filters`` are applied inside the query, so they never starve the results.

        Exact BM25 order when at most ``SEARCH_WINDOW`` (or ``limit``) articles match; for a commoner query
        the candidates are the latest that many matches, ranked by BM25 (FTS5 walks its doclist in rowid
        order and stops, instead of scoring every match: constant time however common the words)."""
        terms = [t for t in _fts_terms(query_key)]
        if not terms:
            return []
        match = (" OR " if any_terms else " ").join(f'"{t}"' for t in terms)
        weights = "2.0, 1.0"
        if self._fts_lang:  # words only in title/body; the language filter as a doclist intersection
            match, weights = "{title body} : (" + match + ")", "2.0, 1.0, 0.0"
            want = lang or (filters.lang if filters else None)
            if want:
                match += f' AND lang : "{_lang_token(want)}"'
        sql = f"SELECT a.id, bm25(fts, {weights}) AS s FROM fts JOIN articles a ON a.rid = fts.rowid WHERE fts MATCH ?"
        params: list[Any] = [match]
        if lang:
            sql += " AND a.lang=?"
            params.append(lang)
        fsql, fparams = _filter_sql(filters)
        sql += fsql + " ORDER BY fts.rowid DESC LIMIT ?"
        params += fparams + [max(limit, SEARCH_WINDOW)]
        rows = sorted(self._conn.execute(sql, params).fetchall(), key=lambda r: (r[1], r[0]))[:limit]
        return [SearchHit(r[0], -float(r[1]), "keyword") for r in rows]

    def get_vectors(self, ids: Iterable[str] | None = None) -> dict[str, Any]:
        sql = "SELECT a.id, v.vec FROM vectors v JOIN articles a ON a.rid = v.rid"
        params: list[Any] = []
        if ids is not None:
            idl = list(ids)
            sql += f" WHERE a.id IN ({','.join('?' * len(idl))})"
            params = idl
        return {r[0]: np.frombuffer(r[1], dtype=np.float32) for r in self._conn.execute(sql, params).fetchall()}

    def vector_search(self, vec: Any, limit: int = 10) -> list[SearchHit]:
        """Nearest stored vectors of the query's dimension by cosine, brute force (PostgreSQL uses HNSW)."""
        q = np.asarray(vec, dtype=np.float32).reshape(-1)
        qn = float(np.linalg.norm(q))
        found = [(k, v) for k, v in self.get_vectors().items() if v.shape == q.shape and np.any(v)]
        if not found or qn == 0 or limit <= 0:
            return []
        mat = np.vstack([v for _, v in found])
        sims = (mat @ q) / (np.linalg.norm(mat, axis=1) * qn)
        return [SearchHit(found[i][0], float(sims[i]), "vector") for i in np.argsort(-sims, kind="stable")[:limit]]

    def runs(self) -> list[RunInfo]:
        rows = self._conn.execute("SELECT id, started, finished, status, args, counts FROM runs ORDER BY id").fetchall()
        return [RunInfo(r[0], r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5])) for r in rows]

    def stats(self) -> dict[str, Any]:
        c = self._conn
        by_lang = dict(c.execute("SELECT COALESCE(lang,'?'), COUNT(*) FROM articles GROUP BY lang ORDER BY 2 DESC").fetchall())
        kinds = dict(c.execute("SELECT kind, COUNT(*) FROM spans GROUP BY kind").fetchall())
        return {
            "db": self.path,
            "articles": self.count_articles(),
            "by_lang": by_lang,
            "outlets": c.execute("SELECT COUNT(DISTINCT outlet) FROM articles").fetchone()[0],
            "stories": c.execute("SELECT COUNT(*) FROM stories").fetchone()[0],
            "multi_article_stories": c.execute("SELECT COUNT(*) FROM stories WHERE size > 1").fetchone()[0],
            "entities": c.execute("SELECT COUNT(*) FROM entities").fetchone()[0],
            "mentions": kinds.get("entity", 0),
            "dates": kinds.get("date", 0),
            "quotes": kinds.get("quote", 0),
            "labels": kinds.get("label", 0),
            "aliases": c.execute("SELECT COUNT(*) FROM aliases").fetchone()[0],
            "runs": c.execute("SELECT COUNT(*) FROM runs").fetchone()[0],
            "schema_version": c.execute("PRAGMA user_version").fetchone()[0],
        }

    # ------------------------------------------------- exploration (search.py, explore.py)
    def entity_search(self, entity_ids: list[str], *, limit: int = 50, filters: SearchFilters | None = None) -> list[SearchHit]:
        """Articles mentioning any of ``entity_ids``. Score = distinct query entities present + a
        mention-count fraction, so articles with every entity come first, then the most mentions.

        Candidates are each entity's latest ``SEARCH_WINDOW`` articles (filters applied inside), read in
        index order (spans_kind_ref_rid), so an entity named in half the corpus costs what a rare one does;
        presence of the other query entities is then checked for those candidates."""
        ids = list(dict.fromkeys(entity_ids))
        if not ids:
            return []
        fsql, fparams = _filter_sql(filters)
        window = max(limit, SEARCH_WINDOW)
        cand: dict[int, tuple[str, int]] = {}
        for eid in ids:
            rows = self._conn.execute(
                "SELECT s.rid, a.id, COUNT(*) FROM spans s JOIN articles a ON a.rid = s.rid"
                f" WHERE s.kind='entity' AND s.ref=?{fsql} GROUP BY s.rid ORDER BY s.rid DESC LIMIT ?",
                [eid, *fparams, window]).fetchall()
            for rid, aid, _ in rows:
                cand.setdefault(rid, (aid, 0))
        if not cand:
            return []
        if len(ids) == 1:  # the window already counted every mention
            ranked1 = sorted(((rid, aid, n) for rid, aid, n in rows), key=lambda r: (-r[2], -r[0]))[:limit]
            return [SearchHit(aid, 1 + n / (n + 1.0), "entity") for _, aid, n in ranked1]
        present: dict[int, set[str]] = {}
        mentions: dict[int, int] = {}
        rids = list(cand)
        for i in range(0, len(rids), 500):
            chunk = rids[i:i + 500]
            for rid, ref, n in self._conn.execute(
                    f"SELECT rid, ref, COUNT(*) FROM spans WHERE kind='entity' AND ref IN ({','.join('?' * len(ids))})"
                    f" AND rid IN ({','.join('?' * len(chunk))}) GROUP BY rid, ref", [*ids, *chunk]).fetchall():
                present.setdefault(rid, set()).add(ref)
                mentions[rid] = mentions.get(rid, 0) + n
        ranked = sorted(cand, key=lambda r: (-len(present.get(r, ())), -mentions.get(r, 0), -r))[:limit]
        return [SearchHit(cand[r][0], len(present.get(r, ())) + mentions.get(r, 0) / (mentions.get(r, 0) + 1.0), "entity")
                for r in ranked]

    def article_meta(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Light columns (no JSON record) for result lists."""
        idl = list(ids)
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(idl), 500):
            chunk = idl[i : i + 500]
            rows = self._conn.execute(
                f"SELECT id, lang, title, outlet, url, published, story FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
            out.update({r[0]: dict(r) for r in rows})
        return out

    def article_records(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The analysis records as dicts (no Article objects): search snippets need only text and mentions."""
        idl = list(ids)
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(idl), 500):
            chunk = idl[i : i + 500]
            rows = self._conn.execute(f"SELECT id, record FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
            out.update({r[0]: json.loads(r[1]) for r in rows})
        return out

    def entity_rows(self, ids: Iterable[str] | None = None, *, query: str | None = None, type: str | None = None,
                    limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Entities with how many articles mention them, most-mentioned first."""
        where, params = [], []
        if ids is not None:
            idl = list(ids)
            if not idl:
                return []
            where.append(f"e.id IN ({','.join('?' * len(idl))})")
            params.extend(idl)
        if query:
            where.append("e.name LIKE ? ESCAPE '\\'")
            params.append("%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if type:
            where.append("e.type=?")
            params.append(type)
        sql = ("SELECT e.id, e.name, e.type, e.wikidata, e.provisional,"
               " (SELECT COUNT(DISTINCT s.rid) FROM spans s WHERE s.kind='entity' AND s.ref=e.id) AS articles FROM entities e"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY articles DESC, e.name LIMIT ? OFFSET ?")
        return [dict(r) for r in self._conn.execute(sql, [*params, limit, offset]).fetchall()]

    def entity_surface_forms(self, entity_id: str) -> list[tuple[str | None, str, int]]:
        """(article language, surface form as written, mentions) for one entity, commonest first
        (over its latest 10000 mentions, so a very common entity costs no more than that)."""
        rows = self._conn.execute(
            "SELECT a.lang, s.text, COUNT(*) FROM (SELECT rid, text FROM spans WHERE kind='entity' AND ref=?"
            " ORDER BY rid DESC LIMIT ?) s JOIN articles a ON a.rid = s.rid GROUP BY a.lang, s.text ORDER BY 3 DESC",
            (entity_id, SEARCH_WINDOW * 5)).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    def entity_articles(self, entity_id: str, *, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Articles mentioning an entity, newest published first, with the mention count; and how many there
        are. Pages within the latest ``SEARCH_WINDOW`` stored articles sort only those (index-ordered on
        spans_kind_ref_rid), so an entity in half the corpus costs what a rare one does."""
        total = self._conn.execute("SELECT COUNT(DISTINCT rid) FROM spans WHERE kind='entity' AND ref=?", (entity_id,)).fetchone()[0]
        window = SEARCH_WINDOW if offset + limit <= SEARCH_WINDOW else -1
        rows = self._conn.execute(
            "SELECT a.id, a.lang, a.title, a.outlet, a.published, a.story, w.n AS mentions FROM"
            " (SELECT rid, COUNT(*) AS n FROM spans WHERE kind='entity' AND ref=? GROUP BY rid ORDER BY rid DESC LIMIT ?) w"
            " JOIN articles a ON a.rid = w.rid ORDER BY a.published DESC, w.rid DESC LIMIT ? OFFSET ?",
            (entity_id, window, limit, offset)).fetchall()
        return [dict(r) for r in rows], int(total)

    def cooccurring(self, entity_id: str, *, limit: int = 20, sample: int = 2000) -> list[tuple[str, int]]:
        """Entities that share articles with ``entity_id``, counted over its ``sample`` latest articles
        (bounded work for entities in tens of thousands of articles)."""
        rows = self._conn.execute(
            # CROSS JOIN and the unary + keep SQLite on spans_rid for the sample's rows (a scan of the
            # kind/ref index per sample row otherwise: minutes on 100k articles)
            "WITH sample AS (SELECT DISTINCT rid FROM spans WHERE kind='entity' AND ref=? ORDER BY rid DESC LIMIT ?)"
            " SELECT s.ref, COUNT(DISTINCT s.rid) AS n FROM sample CROSS JOIN spans s ON s.rid = sample.rid"
            " WHERE +s.kind='entity' AND s.ref IS NOT NULL AND +s.ref != ? GROUP BY s.ref ORDER BY n DESC LIMIT ?",
            (entity_id, sample, entity_id, limit)).fetchall()
        return [(r[0], r[1]) for r in rows]

    def vector_model(self) -> str | None:
        row = self._conn.execute("SELECT model FROM vectors LIMIT 1").fetchone()
        return row[0] if row else None

    # raw access for services that need a query the protocol does not cover yet
    def execute(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        return self._conn.execute(sql, tuple(params)).fetchall()


def _split_sql(sql: str) -> list[str]:
    lines = [ln for ln in sql.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _fts_terms(query_key: str) -> list[str]:
    """Split a key-form query into FTS5 tokens the way unicode61 would (letters and digits)."""
    out, cur = [], []
    for ch in query_key:
        if ch.isalnum():
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def _lang_token(lang: str | None) -> str:
    """A language code as one FTS5 token ("xx" when unknown)."""
    return "".join(ch for ch in (lang or "").lower() if ch.isalnum()) or "xx"


def _filter_sql(f: SearchFilters | None) -> tuple[str, list[Any]]:
    """An ``AND ...`` fragment over ``articles a`` for the search filters (ISO date prefixes, inclusive)."""
    if f is None:
        return "", []
    sql, params = "", []  # type: str, list[Any]
    for col, val in (("a.lang", f.lang), ("a.outlet", f.outlet), ("a.story", f.story)):
        if val:
            sql += f" AND {col}=?"
            params.append(val)
    if f.entity:
        sql += " AND a.rid IN (SELECT rid FROM spans WHERE kind='entity' AND ref=?)"
        params.append(f.entity)
    if f.date_from or f.date_to:
        lo, hi = f.date_from or "0", (f.date_to or "9999") + "~"  # "~" sorts after every ISO character
        if f.date_field == "mentioned":
            sql += " AND a.rid IN (SELECT rid FROM spans WHERE kind='date' AND value >= ? AND value <= ? AND value GLOB '[0-9]*')"
        else:
            sql += " AND a.published >= ? AND a.published <= ?"
        params += [lo, hi]
    return sql, params


