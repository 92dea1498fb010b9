"""Hybrid search over the store: keyword (FTS5 on key-form text), entity (query names linked through
the KB, so "Putin" finds پوٹن and بوتين) and vector (when embeddings are stored), fused by
reciprocal rank fusion, with snippets highlighted in the original script.

Why three sources: keyword search only finds the script the query is written in; entity search
crosses scripts but only for names the entities stage linked; vectors catch paraphrase. Each source
ranks its own candidates (applying every filter inside the store query, so a selective filter never
starves a source), and RRF combines ranks without having to calibrate BM25 against mention counts or
cosines: ``score(d) = sum_s w_s / (RRF_K + rank_s(d))``. docs/search.md has the details.
"""

from __future__ import annotations

import html
import re
import threading
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from .normalize import DEFAULT_RULES, key, key_with_map
from .normalize import _table as _key_table
from .storage import Store
from .storage.base import SearchFilters

__all__ = [
    "DEPTH",
    "MAX_DEPTH",
    "RRF_K",
    "SOURCE_WEIGHTS",
    "LinkedName",
    "SearchFilters",
    "SearchResponse",
    "SearchResult",
    "Searcher",
    "fuse",
    "highlight_terms",
    "make_snippet",
    "query_terms",
]

RRF_K = 60  # the constant from Cormack et al. (2009); damps the head so one source cannot dominate
SOURCE_WEIGHTS = {"entity": 1.0, "keyword": 1.0, "vector": 0.5}
DEPTH = 200  # candidates taken from each source for a first page; deeper pages take offset + limit
MAX_DEPTH = 1000  # the deepest a source is read; totals beyond the depth read are reported as a lower bound
SNIPPET_CHARS = 220
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_WORD = re.compile(r"\w+")


@dataclass
class LinkedName:
    """A stretch of the query that names an entity."""

    text: str
    start: int
    end: int
    entity_id: str
    name: str
    via: str  # kb | store


@dataclass
class SearchResult:
    id: str
    lang: str | None
    title: str | None
    snippet: str  # HTML: escaped text with <mark> around matches
    story: str | None
    score: float
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    snippet_text: str = ""  # the same snippet as plain text
    highlights: list[tuple[int, int]] = field(default_factory=list)  # offsets into snippet_text
    ranks: dict[str, int] = field(default_factory=dict)  # 1-based rank in each source that found it


@dataclass
class SearchResponse:
    query: str
    results: list[SearchResult]
    total: int
    total_capped: bool  # a source hit MAX_DEPTH: there are at least ``total`` matches
    entities: list[LinkedName]
    terms: list[str]
    sources: dict[str, int]  # candidates per source
    elapsed_ms: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------- fusion
def fuse(ranked: dict[str, list[str]], weights: dict[str, float] | None = None, k: int = RRF_K) -> list[tuple[str, float, dict[str, int]]]:
    """Reciprocal rank fusion: each source's ranked id list -> [(id, score, {source: rank})], best first.
    Ties break on the best single rank, then on id, so the order is deterministic."""
    weights = weights or SOURCE_WEIGHTS
    scores: dict[str, float] = {}
    ranks: dict[str, dict[str, int]] = {}
    for source, ids in ranked.items():
        w = weights.get(source, 1.0)
        for r, aid in enumerate(ids, 1):
            scores[aid] = scores.get(aid, 0.0) + w / (k + r)
            ranks.setdefault(aid, {})[source] = r
    return sorted(((a, s, ranks[a]) for a, s in scores.items()), key=lambda x: (-x[1], min(x[2].values()), x[0]))


# ------------------------------------------------------------------------ snippets
def query_terms(q: str) -> list[str]:
    """Key-form word terms of a query, in order, without repeats."""
    out: list[str] = []
    for t in _WORD.findall(key(q)):
        if t not in out:
            out.append(t)
    return out


@lru_cache(maxsize=1)
def _length_changing() -> re.Pattern[str]:
    """Characters whose key form is not exactly one character (deleted marks, expanded ligatures,
    special lower-casing). A paragraph without any keys 1:1, so its offsets need no map."""
    table = _key_table(DEFAULT_RULES)
    odd = {cp for cp, mapped in table.items() if len(mapped.lower()) != 1}
    odd |= {cp for cp in range(0x80, 0x10000) if cp not in table and not 0xD800 <= cp < 0xE000 and len(chr(cp).lower()) != 1}
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(odd)) + "]") if odd else re.compile(r"(?!x)x")


def _key_and_origin(chunk: str) -> tuple[str, Any]:
    if not _length_changing().search(chunk):
        return key_with_map_fast(chunk), None
    km = key_with_map(chunk)
    return km.key, km


def key_with_map_fast(chunk: str) -> str:
    """The key form of a chunk known to key 1:1 (the string ``key_with_map`` would give, without the map)."""
    return chunk.translate(_key_table(DEFAULT_RULES)).lower()


def highlight_terms(text: str, terms: Iterable[str], *, cap: int = 12, reach: int = 2 * 220) -> list[tuple[int, int]]:
    """Spans of ``text`` (display offsets) whose key form is a whole-word match of a key-form term.
    Works paragraph by paragraph, mapping key offsets back only where needed, and stops ``reach``
    characters after the first match (the snippet never shows more)."""
    terms = [t for t in terms if t]
    if not terms:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")(?!\w)")
    spans: list[tuple[int, int]] = []
    pos = 0
    for chunk in text.split("\n"):
        if spans and pos > spans[0][0] + reach:
            break
        if chunk:
            k, km = _key_and_origin(chunk)
            for m in pattern.finditer(k):
                s, e = km.to_original(m.start(), m.end()) if km is not None else (m.start(), m.end())
                spans.append((pos + s, pos + e))
                if len(spans) >= cap:
                    return spans
        pos += len(chunk) + 1
    return spans


def make_snippet(text: str, spans: list[tuple[int, int]], *, width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]], str]:
    """A window of ``text`` around the densest cluster of ``spans``, cut at spaces.
    Returns (plain snippet, highlight offsets in it, HTML with <mark>)."""
    text = text or ""
    spans = sorted({(s, e) for s, e in spans if 0 <= s < e <= len(text)})
    if spans:
        # the window start that covers the most highlights
        best_i, best_n = 0, 0
        j = 0
        for i, (s, _) in enumerate(spans):
            while j < len(spans) and spans[j][1] <= s + width:
                j += 1
            if j - i > best_n:
                best_i, best_n = i, j - i
        anchor = spans[best_i][0]
        lo = max(0, anchor - width // 4)
    else:
        lo = 0
    hi = min(len(text), lo + width)
    if lo > 0:
        sp = text.find(" ", lo, min(len(text), lo + 20))
        if sp != -1 and (not spans or sp < spans[0][0] or sp < anchor):
            lo = sp + 1
    if hi < len(text):
        sp = text.rfind(" ", max(lo, hi - 20), hi)
        if sp > lo:
            hi = sp
    plain_core = text[lo:hi].replace("\n", " · ")
    prefix = "… " if lo > 0 else ""
    suffix = " …" if hi < len(text) else ""
    plain = prefix + plain_core + suffix
    # "\n" became " · " (3 characters): shift each offset by 2 per newline before it
    def at(i: int) -> int:
        return i - lo + len(prefix) + 2 * text.count("\n", lo, i)

    local = [(at(s), at(min(e, hi))) for s, e in spans if s >= lo and s < hi]
    merged: list[tuple[int, int]] = []
    for s, e in local:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    out, cur = [], 0
    for s, e in merged:
        out.append(html.escape(plain[cur:s]))
        out.append("<mark>" + html.escape(plain[s:e]) + "</mark>")
        cur = e
    out.append(html.escape(plain[cur:]))
    return plain, merged, "".join(out)


# --------------------------------------------------------------------- query linking
@lru_cache(maxsize=2)
def _kb_matcher(kb_paths: tuple[str, ...] | None):
    """The KB's name matcher, built once per process (None when no KB is available)."""
    try:
        from .kb.matcher import Matcher
        from .kb.store import load_kb

        kb = load_kb(list(kb_paths) if kb_paths else None)
        return Matcher(kb) if len(kb) else None
    except Exception:  # the KB is optional for search: keyword search still works
        return None


def _script_lang(text: str) -> str:
    return "" if _ARABIC.search(text) else "en"


class _NameIndex:
    """Names of the entities in the store (canonical names and every mention as written), by key,
    for names the KB does not know (provisional entities, spellings the linker learned). On SQLite it
    grows incrementally with the articles added since it was built (``update``)."""

    def __init__(self, store: Store) -> None:
        self.by_key: dict[str, dict[str, int]] = {}
        self.names: dict[str, str] = {}
        self.longest = 1
        self.incremental = getattr(store, "execute", None) is not None
        self.max_rid = 0
        self._add(self._rows(store))

    def update(self, store: Store) -> None:
        self._add(self._rows(store))

    def _rows(self, store: Store) -> list[tuple[str, str | None, str | None]]:
        execute = getattr(store, "execute", None)
        if execute is None:
            return [(r["id"], r["name"], None) for r in store.entity_rows(limit=1_000_000)]
        since = self.max_rid
        self.max_rid = execute("SELECT COALESCE(MAX(rid), 0) FROM articles")[0][0]
        rows = execute("SELECT s.ref, e.name, s.text FROM (SELECT DISTINCT ref, text FROM spans"
                       " WHERE kind='entity' AND rid > ? AND rid <= ?) s LEFT JOIN entities e ON e.id = s.ref"
                       " WHERE s.ref IS NOT NULL", (since, self.max_rid))
        return [tuple(r) for r in rows]

    def _add(self, rows: list[tuple[str, str | None, str | None]]) -> None:
        for eid, name, surface in rows:
            if name:
                self.names.setdefault(eid, name)
            for s in (name, surface):
                if s:
                    k = " ".join(_WORD.findall(key(s)))
                    if k:
                        d = self.by_key.setdefault(k, {})
                        d[eid] = d.get(eid, 0) + 1
                        self.longest = max(self.longest, min(6, k.count(" ") + 1))

    def lookup(self, k: str) -> str | None:
        d = self.by_key.get(k)
        if not d:
            return None
        return max(d.items(), key=lambda kv: (kv[1], kv[0]))[0]


# --------------------------------------------------------------------------- search
class Searcher:
    """Search one store. Thread-safe; caches the KB matcher, the store's name index and the vector
    matrix, refreshed when the store grows (checked at most every ``refresh_s`` seconds) or on ``invalidate``."""

    def __init__(self, store: Store, *, kb_paths: Iterable[str] | None = None, embedder: Any = "auto",
                 refresh_s: float = 10.0) -> None:
        self.store = store
        self.kb_paths = tuple(str(p) for p in kb_paths) if kb_paths else None
        self._embedder_spec = embedder
        self._embedder: Any = None
        self.refresh_s = refresh_s
        self._lock = threading.Lock()
        self._names: _NameIndex | None = None
        self._vectors: tuple[list[str], np.ndarray] | None = None
        self._seen_count = -1
        self._checked = 0.0

    # caches ------------------------------------------------------------------
    def invalidate(self) -> None:
        with self._lock:
            self._names = None
            self._vectors = None
            self._seen_count = -1

    def _fresh(self) -> None:
        now = time.monotonic()
        if now - self._checked < self.refresh_s and self._seen_count >= 0:
            return
        self._checked = now
        n = self.store.count_articles()
        if n != self._seen_count:
            if n > self._seen_count >= 0 and self._names is not None and self._names.incremental:
                self._names.update(self.store)  # new articles only: no rebuild while a corpus streams in
            else:
                self._names = None
            self._vectors = None
            self._seen_count = n

    def _name_index(self) -> _NameIndex:
        with self._lock:
            self._fresh()
            if self._names is None:
                self._names = _NameIndex(self.store)
            return self._names

    # linking ------------------------------------------------------------------
    def link(self, q: str) -> tuple[list[LinkedName], list[str]]:
        """Entities named in the query (KB first, then names seen in the store), and the key-form
        terms of the words left over."""
        q = unicodedata.normalize("NFC", q)
        linked: list[LinkedName] = []
        covered: list[tuple[int, int]] = []
        matcher = _kb_matcher(self.kb_paths)
        if matcher is not None:
            try:
                _, hits = matcher.find(q, _script_lang(q))
            except Exception:
                hits = []
            for h in hits:
                ids = [eid for eid, kind, _ in h.entries if kind == "name"]
                eid = self._prefer_present(ids) if ids else None
                if eid is None:
                    continue  # no article names it: leave the words to the store's names and to keyword search
                ent = matcher.kb.get(eid)
                linked.append(LinkedName(q[h.start:h.end], h.start, h.end, eid, ent.name if ent else eid, "kb"))
                covered.append((h.start, h.end))
        # names seen in the store, greedy longest n-gram first, on words the KB left
        words = [(m.start(), m.end()) for m in _WORD.finditer(q)]
        free = [w for w in words if not any(s <= w[0] < e for s, e in covered)]
        index = self._name_index()
        i = 0
        while i < len(free):
            hit = None
            for n in range(min(index.longest, len(free) - i), 0, -1):
                group = free[i:i + n]
                if any(group[j + 1][0] - group[j][1] > 3 for j in range(n - 1)):
                    continue  # only adjacent words form a name
                k = " ".join(_WORD.findall(key(q[group[0][0]:group[-1][1]])))
                eid = index.lookup(k)
                if eid:
                    hit = (n, eid, group[0][0], group[-1][1])
                    break
            if hit:
                n, eid, s, e = hit
                linked.append(LinkedName(q[s:e], s, e, eid, index.names.get(eid, eid), "store"))
                covered.append((s, e))
                i += n
            else:
                i += 1
        linked.sort(key=lambda x: x.start)
        rest = [q[s:e] for s, e in words if not any(cs <= s < ce for cs, ce in covered)]
        return linked, query_terms(" ".join(rest))

    def _prefer_present(self, ids: list[str]) -> str | None:
        """Of the KB entities a name denotes, the first one the store has articles about."""
        for eid in ids:
            if self.store.entity_search([eid], limit=1):
                return eid
        return None

    # vectors ------------------------------------------------------------------
    def _vector_hits(self, q: str, filters: SearchFilters, depth: int) -> list[str]:
        if self._embedder_spec in (None, "none") or filters.entity or filters.date_field == "mentioned" and (filters.date_from or filters.date_to):
            return []  # vector candidates are filtered on article columns only
        with self._lock:
            self._fresh()
            if self._vectors is None:
                model = self.store.vector_model()
                if model is None:
                    self._vectors = ([], np.zeros((0, 1), np.float32))
                else:
                    vecs = self.store.get_vectors()
                    ids = list(vecs)
                    self._vectors = (ids, np.vstack([vecs[i] for i in ids]).astype(np.float32) if ids else np.zeros((0, 1), np.float32))
                    if self._embedder is None:
                        self._embedder = self._load_embedder(model)
            ids, mat = self._vectors
        if not ids or self._embedder is None:
            return []
        qv = np.asarray(self._embedder.embed([q], lang=_script_lang(q) or None), dtype=np.float32).reshape(-1)
        if qv.shape[0] != mat.shape[1]:
            return []
        sims = mat @ qv
        top = np.argsort(-sims)[: depth * 2 if filters.active() else depth]
        cand = [ids[i] for i in top if sims[i] > 0]
        if filters.active():
            meta = self.store.article_meta(cand)
            cand = [a for a in cand if a in meta and _meta_passes(meta[a], filters)]
        return cand[:depth]

    def _load_embedder(self, model: str) -> Any:
        if not isinstance(self._embedder_spec, str):  # an Embedder instance given by the caller
            return self._embedder_spec if getattr(self._embedder_spec, "name", None) == model else None
        try:
            from .models.embed import get_embedder

            for spec in (model, "auto" if self._embedder_spec == "auto" else self._embedder_spec):
                try:
                    emb = get_embedder(spec)
                except Exception:
                    continue
                if emb is not None and getattr(emb, "name", None) == model:
                    return emb
        except ImportError:
            pass
        return None  # never compare vectors from different models

    # search -------------------------------------------------------------------
    def search(self, q: str, *, filters: SearchFilters | None = None, limit: int = 20, offset: int = 0,
               sources: Iterable[str] = ("keyword", "entity", "vector")) -> SearchResponse:
        t0 = time.perf_counter()
        filters = filters or SearchFilters()
        sources = set(sources)
        linked, _rest = self.link(q) if "entity" in sources else ([], query_terms(q))
        all_terms = query_terms(q)
        ranked: dict[str, list[str]] = {}
        capped = False
        depth = min(MAX_DEPTH, max(DEPTH, offset + limit))
        if "keyword" in sources and all_terms:
            hits = self.store.keyword_search(" ".join(all_terms), limit=depth, filters=filters)
            ranked["keyword"] = [h.article_id for h in hits]
            capped |= len(hits) >= depth
        if linked:
            ids = list(dict.fromkeys(ln.entity_id for ln in linked))
            hits = self.store.entity_search(ids, limit=depth, filters=filters)
            if hits:
                best = int(hits[0].score)  # distinct query entities present: keep articles with all of them
                hits = [h for h in hits if int(h.score) == best]
            ranked["entity"] = [h.article_id for h in hits]
            capped |= len(hits) >= depth
        if "vector" in sources and q.strip():
            vec = self._vector_hits(q, filters, depth)
            if vec:
                ranked["vector"] = vec
        fused = fuse(ranked)
        page = fused[offset:offset + limit]
        page_ids = [a for a, _, _ in page]
        records = self.store.article_records(page_ids) if page_ids else {}
        results = []
        entity_ids = {ln.entity_id for ln in linked}
        for aid, score, ranks in page:
            results.append(self._result(aid, records.get(aid, {}), score, ranks, all_terms, entity_ids))
        return SearchResponse(q, results, len(fused), capped, linked, all_terms,
                              {s: len(v) for s, v in ranked.items()}, round((time.perf_counter() - t0) * 1000, 2))

    def _result(self, aid: str, rec: dict[str, Any], score: float, ranks: dict[str, int], terms: list[str],
                entity_ids: set[str]) -> SearchResult:
        text = rec.get("text") or ""
        spans = highlight_terms(text, terms)
        for e in rec.get("entities") or []:
            if e.get("id") in entity_ids:
                spans.extend((m["start"], m["end"]) for m in e.get("mentions") or [])
        plain, marks, snippet_html = make_snippet(text, spans)
        return SearchResult(aid, rec.get("lang"), rec.get("title"), snippet_html, rec.get("story"), round(score, 6),
                            rec.get("outlet"), rec.get("published"), rec.get("url"), plain, marks, ranks)


def _meta_passes(m: dict[str, Any], f: SearchFilters) -> bool:
    if f.lang and m.get("lang") != f.lang or f.outlet and m.get("outlet") != f.outlet or f.story and m.get("story") != f.story:
        return False
    if f.date_from or f.date_to:
        p = m.get("published") or ""
        if not p or p < (f.date_from or "0") or p > (f.date_to or "9999") + "~":
            return False
    return True
