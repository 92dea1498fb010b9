"""Near-duplicates within a language: exact by content hash, near by MinHash LSH.

Shingles are character 5-grams of the key form (``khabar.normalize.key``), so
spelling variants (ي/ی, ك/ک, digits) do not hide a copy. The decision uses the
*containment* of the smaller text in the larger one, estimated from the MinHash
Jaccard and the two shingle-set sizes: a newspaper story that reuses half of a
wire report is derived from it even though their Jaccard is low. On COUNTER,
containment beats Jaccard (see docs/stories.md); the threshold there was chosen
by cross-validation, never on the reported fold.

For a candidate pair (both texts at hand) ``reuse_features`` gives more evidence: containment
of the *rare* shingles only (those common in ordinary text of the language are discounted, so
two reports of one event do not look alike through function words), the order of the shared
shingles, word n-gram containment in both directions, greedy tiling, sentence reuse and lengths;
``ReuseModel`` combines them (fitted on labelled pairs; no weights ship).
"""

from __future__ import annotations

import zlib
from collections import deque
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..normalize import key
from .reuse import FEATURES as REUSE_FEATURES
from .reuse import ReuseModel, common_hashes, reuse_features, shingle_hashes

__all__ = ["DEFAULT_DERIVED_THRESHOLD", "DEFAULT_NEAR_DUP_THRESHOLD", "REUSE_FEATURES", "NearDuplicateIndex", "ReuseModel",
           "containment", "is_derived", "minhash", "rare_reuse_score", "reuse_features", "reuse_score", "shingles",
           "sketch"]

# Containment of the smaller text's 5-gram shingles in the other's, above which one text
# *derives from* the other (text reuse, given a pair on the same event). Chosen by 5-fold
# cross-validation on COUNTER (docs/stories.md). Too low for a stream: unrelated articles in
# one language share that many 5-grams of function words.
DEFAULT_DERIVED_THRESHOLD = 0.21
# Containment above which a later article is a near-duplicate (a copy, a light edit, a
# re-post with a different headline) in a stream of unrelated articles.
DEFAULT_NEAR_DUP_THRESHOLD = 0.5
NUM_PERM = 64
SHINGLE = 5


def _crc(b: bytes) -> int:
    return zlib.crc32(b)


def shingles(text: str, n: int = SHINGLE) -> set[bytes]:
    """Character n-grams of the whitespace-folded key form."""
    k = " ".join(key(text).split())
    return {k[i : i + n].encode("utf-8") for i in range(max(0, len(k) - n + 1))}


_PERMUTATIONS: dict[int, tuple] = {}


def _permutations(num_perm: int) -> tuple:
    """Drawn once per process (datasketch redraws them per object); its fixed seed keeps them stable."""
    if num_perm not in _PERMUTATIONS:
        _PERMUTATIONS[num_perm] = MinHash(num_perm=num_perm, hashfunc=_crc, scheme="affine32").permutations
    return _PERMUTATIONS[num_perm]


def minhash(sh: set[bytes], num_perm: int = NUM_PERM) -> MinHash:
    """MinHash of byte shingles with a stable 32-bit hash (crc32), so values agree across processes
    (pairwise measures and the peer baseline; the stream index uses ``sketch``)."""
    m = MinHash(num_perm=num_perm, hashfunc=_crc, permutations=_permutations(num_perm), scheme="affine32")
    if sh:
        m.update_batch(list(sh))
    return m


_POLY = np.uint64(1_000_003)  # rolling polynomial over code points (wraps mod 2**64)
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd multiplier: the top 32 bits of the product are well spread
_TOP = np.uint64(32)


def shingle_codes(text: str, n: int = SHINGLE, *, key_form: str | None = None) -> np.ndarray:
    """Distinct 64-bit codes of the key form's character n-grams (the set ``shingles`` gives, as
    numbers), sorted: one pass of array arithmetic instead of one bytes object and one crc32 per
    n-gram, which made the near-duplicate sketch ~3 ms of a 5,000-character article. ``key_form``:
    ``key(text)`` when the caller has it already (``Article.key``, the normalize stage's)."""
    k = " ".join((key(text) if key_form is None else key_form).split())
    m = len(k) - n + 1
    if m <= 0:
        return np.zeros(0, dtype=np.uint64)
    cp = np.frombuffer(k.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    h = cp[:m].copy()
    for j in range(1, n):
        h *= _POLY
        h += cp[j : j + m]
    return _sorted_unique(h)


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` by sort and neighbour compare: the same array, ~8x faster for these sizes
    (numpy 2's hash-based unique is slow on uint64)."""
    s = np.sort(values)
    keep = np.empty(len(s), dtype=bool)
    keep[:1] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]


# datasketch's "affine32" scheme, re-done on whole arrays (bit for bit: tests/test_dedup.py
# checks it against MinHash.update_batch, which builds a Python list and an N x perms array)
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_MAX32 = np.uint32(0xFFFFFFFF)
_CHUNK = 4096  # hashes per step: bounds the perms x chunk temporary on very long texts


def _fmix32(h: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer, datasketch's pre-mix of every input hash."""
    s1, m1, s2, m2, s3 = _FMIX32
    h = h ^ (h >> s1)
    h = h * m1
    h = h ^ (h >> s2)
    h = h * m2
    return h ^ (h >> s3)


def _affine32_hashvalues(hashes: np.ndarray, num_perm: int) -> np.ndarray:
    """What ``MinHash(hashfunc=int, permutations=_permutations(num_perm), scheme="affine32")``
    holds after ``update_batch(hashes)``: min over inputs of a*fmix32(h)+b mod 2**32, per permutation."""
    a, b = _permutations(num_perm)
    a, b = a[:, None], b[:, None]
    h = _fmix32(hashes.astype(np.uint32))
    out = np.full(num_perm, _MAX32, dtype=np.uint32)
    for i in range(0, len(h), _CHUNK):
        phv = a * h[i : i + _CHUNK]
        phv += b
        np.minimum(out, phv.min(axis=1), out=out)
    return out


def sketch(text: str, num_perm: int = NUM_PERM, *, key_form: str | None = None) -> tuple[int, np.ndarray | None]:
    """(number of distinct shingles, MinHash values or None when there are none) for the stream
    index: the same MinHash scheme as ``minhash``, fed the shingle codes folded to 32 bits."""
    codes = shingle_codes(text, key_form=key_form)
    if not len(codes):
        return 0, None
    return len(codes), _affine32_hashvalues((codes * _MIX) >> _TOP, num_perm)


def containment(jaccard: float, size_a: int, size_b: int) -> float:
    """|A∩B| / min(|A|,|B|) from the Jaccard and the set sizes."""
    if size_a == 0 or size_b == 0:
        return 0.0
    inter = jaccard * (size_a + size_b) / (1.0 + jaccard)
    return min(1.0, inter / min(size_a, size_b))


@dataclass
class _Entry:
    lang: str
    size: int
    hashvalues: np.ndarray


class NearDuplicateIndex:
    """Incremental index of earlier articles; ``add`` returns the ids this article reuses.

    Retrieval is LSH (banded MinHash) with a low Jaccard threshold, one index per language,
    so the cost per article does not grow with the corpus; candidates are then checked by
    estimated containment.
    """

    def __init__(self, threshold: float = DEFAULT_NEAR_DUP_THRESHOLD, lsh_threshold: float = 0.3,
                 num_perm: int = NUM_PERM, min_shingles: int = 30, max_items: int = 200_000,
                 min_size_ratio: float = 0.33) -> None:
        self.max_items = max_items  # near-duplicates arrive within days: older articles leave the index
        self.min_size_ratio = min_size_ratio
        self._order: deque[tuple[str, str]] = deque()
        self.threshold = threshold
        self.lsh_threshold = lsh_threshold
        self.num_perm = num_perm
        self.min_shingles = min_shingles
        self.by_hash: dict[str, str] = {}
        self.entries: dict[str, _Entry] = {}
        self.lsh: dict[str, MinHashLSH] = {}

    def _lsh(self, lang: str) -> MinHashLSH:
        if lang not in self.lsh:
            self.lsh[lang] = MinHashLSH(threshold=self.lsh_threshold, num_perm=self.num_perm)
        return self.lsh[lang]

    def query(self, text: str, lang: str | None, content_hash: str | None = None) -> list[tuple[str, float]]:
        """Earlier articles that this text reuses (or is reused by), with the containment score."""
        size, hv = sketch(text, self.num_perm)
        return self._query(size, self._usable(size, hv), lang, content_hash)

    def _usable(self, size: int, hashvalues: np.ndarray | None) -> _Sketch | None:
        return _Sketch(hashvalues) if hashvalues is not None and size >= self.min_shingles else None

    def _query(self, size: int, m: _Sketch | None, lang: str | None, content_hash: str | None) -> list[tuple[str, float]]:
        found: dict[str, float] = {}
        if content_hash and content_hash in self.by_hash:
            found[self.by_hash[content_hash]] = 1.0
        if m is not None:
            for other in self._lsh(lang or "und").query(m):
                e = self.entries[other]
                j = float(np.mean(e.hashvalues == m.hashvalues))
                c = containment(j, size, e.size)
                # a copy is about as long as its original: a long digest page "contains" many
                # short articles without being a duplicate of any
                ratio = min(size, e.size) / max(size, e.size)
                if c >= self.threshold and ratio >= self.min_size_ratio and other not in found:
                    found[other] = c
        # ties in id order: LSH answers with a set, whose order follows the per-process string hash,
        # and the best copy decides the story of a near-duplicate
        return sorted(found.items(), key=lambda x: (-x[1], x[0]))

    def add(self, article_id: str, text: str, lang: str | None, content_hash: str | None = None) -> list[tuple[str, float]]:
        """Query, then index this article. Returns [(earlier id, containment)], best first."""
        size, hv = sketch(text, self.num_perm)
        return self.add_sketch(article_id, size, hv, lang, content_hash)

    def add_sketch(self, article_id: str, size: int, hashvalues: np.ndarray | None, lang: str | None,
                   content_hash: str | None = None) -> list[tuple[str, float]]:
        """``add`` from a ``sketch`` computed elsewhere (a worker process: ``stories.features.prepare``)."""
        m = self._usable(size, hashvalues)
        found = [f for f in self._query(size, m, lang, content_hash) if f[0] != article_id]
        if content_hash and content_hash not in self.by_hash:
            self.by_hash[content_hash] = article_id
        if m is not None and article_id not in self.entries:
            lg = lang or "und"
            self.entries[article_id] = _Entry(lg, size, m.hashvalues.astype(np.uint32))
            self._lsh(lg).insert(article_id, m, check_duplication=False)
            self._order.append((article_id, lg))
            while len(self._order) > self.max_items:
                old_id, old_lang = self._order.popleft()
                self.entries.pop(old_id, None)
                self.lsh[old_lang].remove(old_id)
        return found


class _Sketch:
    """MinHash values without their permutations: all that LSH query and insert read."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray) -> None:
        self.hashvalues = hashvalues

    def __len__(self) -> int:
        return len(self.hashvalues)


def reuse_score(earlier: str, later: str) -> float:
    """Share of the later text's key-form 5-gram shingles found in the earlier text (exact sets:
    both texts are at hand; the stream index estimates the same quantity from MinHash)."""
    a, b = shingles(earlier), shingles(later)
    return len(a & b) / len(b) if b else 0.0


def is_derived(earlier: str, later: str, threshold: float = DEFAULT_DERIVED_THRESHOLD,
               model: ReuseModel | None = None, lang: str | None = "ur") -> tuple[bool, float]:
    """Does ``later`` reuse ``earlier`` (COUNTER's wholly/partially derived)? (decision, score).

    Without ``model``: containment (``reuse_score``) against ``threshold``. With a fitted
    ``ReuseModel`` (labelled pairs of your own; no weights are shipped, since the only labelled
    reuse corpus here is an evaluation set): its logit and its threshold."""
    if model is None:
        c = reuse_score(earlier, later)
        return c >= threshold, c
    s = float(model.scores([reuse_features(earlier, later, lang, only=model.features)])[0])
    return s >= model.threshold, s


def rare_reuse_score(earlier: str, later: str, lang: str | None = "ur") -> float:
    """Share of the later text's *rare* 5-gram shingles (not common in ``lang``'s background text)
    found in the earlier text; equals ``reuse_score`` for a language without a shipped list."""
    common = common_hashes(lang)
    a, b = shingle_hashes(earlier) - common, shingle_hashes(later) - common
    return len(a & b) / len(b) if b else 0.0
