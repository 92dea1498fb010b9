"""CRF named-entity tagger (python-crfsuite) with key-form and gazetteer features.

Features are computed on cross-script keys (``kb.keys``), so one spelling convention's model sees
another's spellings alike, and on KB gazetteer membership (is this word part of a KB person/place/
organisation name, is the previous word a title such as صدر/الرئيس), which carries knowledge across
corpora and into Persian, for which no permissively licensed training data exists.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain, repeat
from operator import lshift, or_
from importlib import resources
from pathlib import Path

from khabar.kb.freq import zipf_frequency
from khabar.kb.keys import _SCRIPT_FOLD, _k1_word, is_arabic_script
from khabar.normalize import key as base_key

__all__ = ["CRFTagger", "Gazetteer", "sentence_features", "weights_dir"]

# Which trained model serves which language ("fa" borrows the Urdu+Arabic key-space model).
LANG_MODEL = {"ur": "ur", "ar": "ar", "fa": "fa", "ps": "fa", "sd": "ur", "ckb": "fa"}
# Whose word frequencies describe a language's words (wordfreq has ar/fa/ur, not ps/sd/ckb).
ZIPF_LANG = {"ur": "ur", "ar": "ar", "fa": "fa", "ps": "fa", "sd": "ur", "ckb": "fa"}
# Attached Arabic-script clitics (conjunctions, prepositions) that may precede a name: و ف ب ل ک.
_CLITICS = "وفبلک"


def weights_dir() -> Path:
    return Path(str(resources.files("khabar.models").joinpath("weights")))


class Gazetteer:
    """Word → coarse KB types ("PER", "LOC", "ORG", "MISC", "DEM" for demonyms), title words, and the
    words that open (first names) or close (family names) a multi-word KB person name, from the KB."""

    def __init__(self, kb=None):
        self.words: dict[str, set[str]] = {}
        self.titles: set[str] = set()
        self.first: set[str] = set()
        self.last: set[str] = set()
        if kb is None:
            return
        for e in kb.entities.values():
            typ = e.type if e.type in ("PER", "LOC", "ORG") else "MISC"
            for table in (e.names, e.demonyms):
                for vals in table.values():
                    for v in vals:
                        ks = [wkey(w) for w in v.split()]
                        for k in ks:
                            if len(k) >= 2:
                                self.words.setdefault(k, set()).add(typ if table is e.names else "DEM")
                        if table is e.names and typ == "PER" and len(ks) >= 2:
                            if len(ks[0]) >= 2:
                                self.first.add(ks[0])
                            if len(ks[-1]) >= 2:
                                self.last.add(ks[-1])
        for by_lang in kb.roles.values():
            for vals in by_lang.values():
                for v in vals:
                    for w in v.split():
                        self.titles.add(wkey(w))

    def opens_a_name(self, word: str) -> bool:
        """Is the word the first word of a multi-word KB person name (a known given name)?"""
        return wkey(word) in self.first


@lru_cache(maxsize=300_000)
def wkey(word: str) -> str:
    if is_arabic_script(word):
        return _k1_word(word) or base_key(word).translate(_SCRIPT_FOLD)
    return word.casefold()


def stem(k: str) -> str:
    """A word key without one attached clitic and article (والقاهرة → قاهره): the form a gazetteer
    or title list knows. Keys of 3 letters or fewer are left alone (بلد is not ب + لد)."""
    if len(k) >= 4 and k[0] in _CLITICS:
        r = k[1:]
        return r[2:] if r.startswith("ال") and len(r) >= 4 else r
    return k


@lru_cache(maxsize=300_000)
def zipf(word: str, lang: str) -> int:
    """Whole-number Zipf frequency of a word in its language (0 unknown … 7 the commonest): names
    are rare words, and this carries across languages where the words themselves do not."""
    zl = ZIPF_LANG.get(lang)
    if zl is None:
        return 0
    return int(zipf_frequency(word, zl))  # the look-up is cached and shared with the linker


def _shape(word: str) -> str:
    if word.isdigit() or base_key(word).isdigit():
        return "D"
    if is_arabic_script(word):
        return "A"
    if word[:1].isupper():
        return "U"
    if word.isalpha():
        return "l"
    return "p"


class _Feats:
    """Per-word feature strings of one language, cached: a word's own features and what it
    contributes as a neighbour. (The language matters only for the word-frequency features.)"""

    def __init__(self, gaz: Gazetteer | None, lang: str = "ur", known: set[str] | None = None, vectors=None):
        self.gaz = gaz
        self.lang = lang
        self.known = known  # a model's attributes: the others are dropped from the cached lists
        self.own: dict[str, list[str]] = {}
        self.ctx: dict[tuple[str, int], list[str]] = {}
        self._info: dict[str, tuple] = {}
        # word vectors (``wordvec.WordVectors``): dense features, looked up in the language's table
        self.vectors = vectors
        self.vec_lang = ZIPF_LANG.get(lang, lang)
        self._vec: dict[str, object] = {}
        self._dense: dict[tuple[str, int], dict[str, float]] = {}

    def info(self, word: str) -> tuple[str, str, list[str], bool, str, list[str], int, str]:
        """What the feature lists are made of, computed once per word (own + four neighbour slots)."""
        got = self._info.get(word)
        if got is None:
            got = self._info[word] = self._compute_info(word)
        return got

    def _compute_info(self, word: str) -> tuple[str, str, list[str], bool, str, list[str], int, str]:
        k, shape = wkey(word), _shape(word)
        st = stem(k) if shape == "A" else k
        g = self.gaz
        if g is None:
            return k, shape, [], False, st, [], zipf(word, self.lang), ""
        gz = sorted(g.words.get(k, ()))
        gzs = sorted(g.words.get(st, ())) if st != k else []
        title = k in g.titles or st in g.titles
        pos = ("f" if k in g.first or st in g.first else "") + ("l" if k in g.last or st in g.last else "")
        return k, shape, gz, title, st, gzs, zipf(word, self.lang), pos

    def own_feats(self, word: str) -> list[str]:
        f = self.own.get(word)
        if f is None:
            f = self.own[word] = self._cut(self.own_list(self.info(word), word))
        return f

    def ctx_feats(self, word: str, off: int) -> list[str]:
        f = self.ctx.get((word, off))
        if f is None:
            f = self.ctx[(word, off)] = self._cut(self.ctx_list(self.info(word), off))
        return f

    def vec(self, word: str):
        """The word's vector times ``VEC_SCALE`` (None when the table lacks it), cached per word."""
        got = self._vec.get(word, False)
        if got is False:
            k, shape, _gz, _title, st, *_ = self.info(word)
            v = self.vectors.get(k, self.vec_lang, st) if self.vectors is not None and shape == "A" else None
            got = self._vec[word] = None if v is None else v * VEC_SCALE
        return got

    def dense_feats(self, word: str, off: int) -> dict[str, float]:
        """The word's dense features as {name: value}: its own (``off`` 0: e0 … or the flag e=none) or
        what it adds as the neighbour at -1 / +1 (-1e0 …, 1e0 …; nothing without a vector)."""
        got = self._dense.get((word, off))
        if got is None:
            v = self.vec(word)
            if v is not None:
                got = dict(zip(_dense_names(off, len(v)), v.tolist()))
            else:
                got = {"e=none": 1.0} if off == 0 else {}
            if self.known is not None:
                got = {f: x for f, x in got.items() if f in self.known}
            self._dense[(word, off)] = got
        return got

    def _cut(self, f: list[str]) -> list[str]:
        return [x for x in f if x in self.known] if self.known is not None else f

    @staticmethod
    def own_parts(info: tuple, word: str) -> list[tuple[str, str]]:
        """A word's own features as (kind, value) pairs, the feature string being kind + value ("w=" + key;
        a flag such as "title" has the value ""), all of them (``own_feats`` cuts and caches the strings)."""
        k, shape, gz, title, st, gzs, z, pos = info
        r = base_key(word).translate(_SCRIPT_FOLD)
        f = [("b", ""), ("w=", k), ("s2=", k[-2:]), ("s3=", k[-3:]), ("p2=", k[:2]), ("p3=", k[:3]), ("sh=", shape),
             ("len=", str(min(len(k), 8))), ("z=", str(z))]
        if r.startswith("ال"):
            f.append(("al", ""))
        if r[:1] in "وبلف" and r[1:3] == "ال":
            f.append(("cl+al", ""))
        f.extend(("gz=", g) for g in gz)
        if title:
            f.append(("title", ""))
        if st != k:
            f.extend((("st=", st), ("sts3=", st[-3:])))
            f.extend(("gzs=", g) for g in gzs)
        f.extend(("np=", c) for c in pos)
        return f

    def ctx_parts(self, info: tuple, off: int) -> list[tuple[str, str]]:
        """What a word adds as the neighbour at ``off``, as (kind, value) pairs like ``own_parts``."""
        k, shape, gz, title, _st, gzs, z, pos = info
        w_, sh_, gz_, title_, s3_, z_, np_ = _CTX_KINDS[off]
        f = [(w_, k), (sh_, shape)]
        f.extend((gz_, g) for g in (gz or gzs))
        if title:
            f.append((title_, ""))
        if off in (-1, 1):
            f.extend(((s3_, k[-3:]), (z_, str(z))))
            f.extend((np_, c) for c in pos if k in (self.gaz.first if c == "f" else self.gaz.last))
        return f

    @classmethod
    def own_list(cls, info: tuple, word: str) -> list[str]:
        """A word's own feature strings (``own_parts`` joined)."""
        return [a + b for a, b in cls.own_parts(info, word)]

    def ctx_list(self, info: tuple, off: int) -> list[str]:
        """A word's feature strings as the neighbour at ``off`` (``ctx_parts`` joined)."""
        return [a + b for a, b in self.ctx_parts(info, off)]


# the kinds of the neighbour features at each offset, formatted once: "-1w=", "-1sh=", ...
_CTX_KINDS = {off: tuple(f"{off}{x}" for x in ("w=", "sh=", "gz=", "title", "s3=", "z=", "np=")) for off in (-2, -1, 1, 2)}
_BOUNDARY = {off: [f"{off}BOS" if off < 0 else f"{off}EOS"] for off in (-2, -1, 1, 2)}
# dense word-vector features: the value of feature e<j> is VEC_SCALE × the word's component j (unit variance)
VEC_SCALE = 0.3


@lru_cache(maxsize=8)
def _dense_names(off: int, dim: int) -> tuple[str, ...]:
    """The names of the dense features a word contributes at offset ``off`` (0: its own): e0 …, -1e0 …, 1e0 …"""
    return tuple(f"{'' if off == 0 else off}e{j}" for j in range(dim))


def sentence_features(tokens: list[str], gaz: Gazetteer | None = None, cache: _Feats | None = None,
                      lang: str = "ur") -> list[list[str]] | list[dict[str, float]]:
    """Features of every token: its own (cached per word), its ±2 neighbours' (cached per word and
    offset) and the bigram with the previous word; with word vectors (``cache.vectors``), items with
    values that add the dense features of the word and its ±1 neighbours. Built per sentence from
    per-word lists, no per-token feature computation. ``lang`` (the text's language) only picks the word-frequency table."""
    fc = cache or _Feats(gaz, lang)
    n = len(tokens)
    if n == 0:
        return []
    own_get, ctx_get = fc.own.get, fc.ctx.get
    own = [own_get(w) or fc.own_feats(w) for w in tokens]
    keys = [wkey(w) for w in tokens]
    pad_l2, pad_l1, pad_r1, pad_r2 = _BOUNDARY[-2], _BOUNDARY[-1], _BOUNDARY[1], _BOUNDARY[2]
    m2 = [pad_l2, pad_l2] + [ctx_get((w, -2)) or fc.ctx_feats(w, -2) for w in tokens[:-2]] if n > 2 else [pad_l2] * n
    m1 = [pad_l1] + [ctx_get((w, -1)) or fc.ctx_feats(w, -1) for w in tokens[:-1]]
    p1 = [ctx_get((w, 1)) or fc.ctx_feats(w, 1) for w in tokens[1:]] + [pad_r1]
    p2 = [ctx_get((w, 2)) or fc.ctx_feats(w, 2) for w in tokens[2:]] + [pad_r2, pad_r2] if n > 2 else [pad_r2] * n
    out = [[*own[0], *m2[0], *m1[0], *p1[0], *p2[0]]]
    known = fc.known
    for i in range(1, n):
        row = [*own[i], *m2[i], *m1[i], *p1[i], *p2[i]]
        bi = "bi=" + keys[i - 1] + "|" + keys[i]
        if known is None or bi in known:
            row.append(bi)
        out.append(row)
    if fc.vectors is not None:
        return _with_vectors(out, tokens, fc)
    return out


def _with_vectors(rows: list[list[str]], tokens: list[str], fc: _Feats) -> list[dict[str, float]]:
    """The rows as crfsuite items with values: the binary features at 1.0, then the word's dense
    features and its ±1 neighbours'."""
    dense = fc.dense_feats
    n = len(tokens)
    items = []
    for i, row in enumerate(rows):
        d = dict.fromkeys(row, 1.0)
        d.update(dense(tokens[i], 0))
        if i > 0:
            d.update(dense(tokens[i - 1], -1))
        if i + 1 < n:
            d.update(dense(tokens[i + 1], 1))
        items.append(d)
    return items


class _FastModel:
    """A crfsuite model's weights as arrays, for tagging without building feature strings per token.

    The state score of a word at a position is the sum of the weights of its features; a word's own
    features and what it contributes as a neighbour (±1, ±2) depend on the word only, so their weight
    sums are cached per word and a sentence's scores are a few vector sums plus the bigram feature.
    Viterbi then runs as crfsuite's (first maximum wins), on the exact double weights read from the
    model file (the features chunk of crfsuite's ``lCRF`` format), so the tags are crfsuite's."""

    def __init__(self, path: Path, tagger, feats: _Feats):
        import struct

        import numpy as np

        info = tagger.info()
        self.labels = [lb for lb, _ in sorted(info.labels.items(), key=lambda x: int(x[1]))]
        L = len(self.labels)
        self.attr_id = {k: int(v) for k, v in info.attributes.items()}
        raw = path.read_bytes()
        if raw[:4] != b"lCRF":
            raise ValueError(f"{path}: not a crfsuite model")
        off_f = struct.unpack_from("<I", raw, 28)[0]
        chunk, _size, num = struct.unpack_from("<4sII", raw, off_f)
        if chunk != b"FEAT":
            raise ValueError(f"{path}: no features chunk")
        self.W = np.zeros((len(self.attr_id) + 1, L))  # the last row: unknown feature, all zero
        self.T = np.zeros((L, L))
        for typ, src, dst, w in struct.iter_unpack("<iiid", raw[off_f + 12: off_f + 12 + 20 * num]):
            if typ == 0:
                self.W[src, dst] = w
            else:
                self.T[src, dst] = w
        self.np = np
        self.feats = feats
        self._index_attributes()
        self.zero = np.zeros(L)
        self.cols = np.arange(L)
        self._reset()

    # slots of a word's row in the table: its own features, then what it adds at offsets -2, -1, +1, +2
    _SLOTS = (None, -2, -1, 1, 2)

    def _index_attributes(self) -> None:
        """The model's attributes split at their first "=" into one value → id table per feature kind
        ("s3=", "-1w=", ...; a flag such as "title" is its own kind with the value ""), so a new word's ids
        come from ``_Feats``' (kind, value) parts without joining them into feature strings."""
        by_kind: dict[str, dict[str, int]] = {}
        for a, i in self.attr_id.items():
            e = a.find("=") + 1  # 0 for a flag: the whole attribute is the kind
            by_kind.setdefault(a[:e] if e else a, {})[a[e:] if e else ""] = i
        self._by_kind = by_kind
        table = lambda kind: by_kind.get(kind, {})  # noqa: E731
        flag = lambda kind: by_kind.get(kind, {}).get("")  # noqa: E731
        own = {kind: table(kind) for kind in ("w=", "s2=", "s3=", "p2=", "p3=", "sh=", "len=", "z=", "gz=", "st=",
                                               "sts3=", "gzs=", "np=")}
        own.update({kind: flag(kind) for kind in ("b", "al", "cl+al", "title")})
        self._own_tables = own
        self._ctx_tables = [(off, tuple(flag(kind) if kind.endswith("title") else table(kind) for kind in _CTX_KINDS[off]))
                            for off in self._SLOTS[1:]]
        # dense features: each slot's weight rows of e0 … (own), -1e0 … and 1e0 … as (dim, labels) matrices,
        # so a word's contribution is its vector times the matrix; the flag e=none for words without one
        self._dense = None
        vectors = self.feats.vectors
        if vectors is not None and "e=none" in self.attr_id:
            unk = len(self.W) - 1
            mats = [self.W[[self.attr_id.get(name, unk) for name in _dense_names(off, vectors.dim)]]
                    for off in (0, -1, 1)]
            self._dense = (mats, self.attr_id["e=none"])

    def _slot_ids(self, info: tuple, word: str) -> list[list[int]]:
        """The attribute ids of the word's own features and of what it adds at -2, -1, +1, +2, in
        ``_Feats``' order (the weight sums then add up exactly as crfsuite's). Looked up kind by kind
        from the tables ``_index_attributes`` made, with no (kind, value) pairs built: a new word's
        rows were the array tagger's main cost on a stream of unseen words."""
        k, shape, gz, title, st, gzs, z, pos = info
        t = self._own_tables
        zs, s3 = str(z), k[-3:]
        own = [j for j in (t["b"], t["w="].get(k), t["s2="].get(k[-2:]), t["s3="].get(s3), t["p2="].get(k[:2]),
                            t["p3="].get(k[:3]), t["sh="].get(shape), t["len="].get(str(min(len(k), 8))),
                            t["z="].get(zs)) if j is not None]
        r = base_key(word).translate(_SCRIPT_FOLD)
        if r.startswith("ال") and t["al"] is not None:
            own.append(t["al"])
        if r[:1] in "وبلف" and r[1:3] == "ال" and t["cl+al"] is not None:
            own.append(t["cl+al"])
        if gz:
            own.extend(j for j in map(t["gz="].get, gz) if j is not None)
        if title and t["title"] is not None:
            own.append(t["title"])
        if st != k:
            own.extend(j for j in (t["st="].get(st), t["sts3="].get(st[-3:])) if j is not None)
            if gzs:
                own.extend(j for j in map(t["gzs="].get, gzs) if j is not None)
        if pos:
            own.extend(j for j in map(t["np="].get, pos) if j is not None)
        out = [own]
        gaz = self.feats.gaz
        types = gz or gzs
        for off, (tw, tsh, tgz, ttitle, ts3, tz, tnp) in self._ctx_tables:
            ids = [j for j in (tw.get(k), tsh.get(shape)) if j is not None]
            if types:
                ids.extend(j for j in map(tgz.get, types) if j is not None)
            if title and ttitle is not None:
                ids.append(ttitle)
            if off == -1 or off == 1:
                ids.extend(j for j in (ts3.get(s3), tz.get(zs)) if j is not None)
                if pos:
                    ids.extend(j for c in pos if k in (gaz.first if c == "f" else gaz.last)
                               and (j := tnp.get(c)) is not None)
            out.append(ids)
        return out

    def _reset(self) -> None:
        np = self.np
        L = len(self.labels)
        self.word_id: dict[str, int] = {}
        self.word_key: list[str] = [""]  # word id -> its key (wkey), for the bigram feature
        self.pair_id: dict[int, int] = {}  # (word id << 20 | word id) -> bigram row
        self.VT = np.zeros((1024, 5, L))  # row 0: the padding beyond a sequence's ends
        for k, off in enumerate(self._SLOTS):
            if off is not None:
                self.VT[0, k] = self._vec(_BOUNDARY[off])
        self.n_words = 1
        self.bi_id: dict[str, int] = {}
        self.BT = np.zeros((1024, L))  # row 0: a bigram the model does not know
        self.n_bigrams = 1

    def _vec(self, feats: list[str]):
        ids = [i for i in map(self.attr_id.get, feats) if i is not None]
        return self.W[ids].sum(axis=0) if ids else self.zero

    def _sum_rows(self, ids: list[list[int]]):
        """Each list's weight rows summed (``_vec`` of many lists at once): the lists laid out in a grid padded
        with the all-zero row, one gather, one sum along the lists (in their order, as crfsuite adds)."""
        np = self.np
        lens = np.fromiter(map(len, ids), dtype=np.intp, count=len(ids))
        width = int(lens.max()) if len(ids) else 0
        if not width:
            return np.zeros((len(ids), len(self.labels)))
        grid = np.full((len(ids), width), len(self.W) - 1, dtype=np.intp)
        grid[np.arange(width)[None, :] < lens[:, None]] = np.fromiter(chain.from_iterable(ids), dtype=np.intp,
                                                                       count=int(lens.sum()))
        return self.W[grid].sum(axis=1)

    def _add_word(self, w: str) -> int:
        self._add_words([w])
        return self.word_id[w]

    def _add_words(self, words: list[str]) -> None:
        """Give each new word (distinct, not in the table) its row: the weight sums of its own and
        neighbour features, for all words in one gather (numpy's per-call cost dominates otherwise)."""
        i, n = self.n_words, len(words)
        while i + n > len(self.VT):
            self.VT = self.np.concatenate([self.VT, self.np.zeros_like(self.VT)])
        # no feature strings: a word enters the table once, from the ids of its parts
        info, slot_ids = self.feats._compute_info, self._slot_ids
        ids = [x for w in words for x in slot_ids(info(w), w)]
        self.VT[i:i + n] = self._sum_rows(ids).reshape(n, len(self._SLOTS), len(self.labels))
        if self._dense is not None:
            self._add_dense(words, i)
        for k, w in enumerate(words):
            self.word_id[w] = i + k
            self.word_key.append(wkey(w))
        self.n_words += n

    def _add_dense(self, words: list[str], i: int) -> None:
        """Add the dense features' weights to the new words' rows (own slot, and the -1 / +1 slots)."""
        np = self.np
        (own, m1, p1), none_id = self._dense
        vec = self.feats.vec
        vs = [vec(w) for w in words]
        V = np.zeros((len(words), own.shape[0]))
        missing = []
        for k, v in enumerate(vs):
            if v is None:
                missing.append(i + k)
            else:
                V[k] = v
        rows = slice(i, i + len(words))
        self.VT[rows, 0] += V @ own
        self.VT[rows, 2] += V @ m1  # _SLOTS: (own, -2, -1, +1, +2)
        self.VT[rows, 3] += V @ p1
        if missing:
            self.VT[missing, 0] += self.W[none_id]

    def _add_bigram(self, f: str) -> int:
        a = self.attr_id.get(f)
        if a is None:
            self.bi_id[f] = 0
            return 0
        i = self.n_bigrams
        if i >= len(self.BT):
            self.BT = self.np.concatenate([self.BT, self.np.zeros_like(self.BT)])
        self.BT[i] = self.W[a]
        self.bi_id[f] = i
        self.n_bigrams += 1
        return i

    def tag(self, tokens: list[str]) -> list[str]:
        """One sequence (at most 50 words): the same arithmetic as ``tag_many`` without the grid,
        mask and per-step list conversions that only pay off for a batch."""
        n = len(tokens)
        if n == 0:
            return []
        if self.n_words > 300_000 or len(self.bi_id) > 300_000:
            self._reset()
        wid, bid = self.word_id, self.bi_id
        g = [0, 0, *[wid.get(w) or self._add_word(w) for w in tokens], 0, 0]
        ks = [wkey(w) for w in tokens]
        b = [0, *[bid[f] if (f := "bi=" + ks[i - 1] + "|" + ks[i]) in bid else self._add_bigram(f)
                  for i in range(1, n)]]
        R = self.VT[g]  # one gather; the five slots are then views
        E = R[2:-2, 0] + R[:-4, 1] + R[1:-3, 2] + R[3:-1, 3] + R[4:, 4]
        E += self.BT[b]
        T = self.T
        score = E[0]
        back = []
        for t in range(1, n):
            cand = score[:, None] + T
            bp = cand.argmax(axis=0)
            back.append(bp)
            score = cand[bp, self.cols] + E[t]
        best = int(score.argmax())
        path = [best]
        for bp in reversed(back):
            best = int(bp[best])
            path.append(best)
        labels = self.labels
        return [labels[i] for i in reversed(path)]

    def tag_many(self, segments: list[list[str]]) -> list[list[str]]:
        """Tag several token sequences at once: word ids laid out in a padded grid give every state
        score by table look-ups, and one Viterbi pass steps through all sequences together. The
        sequences are laid out longest first, so each step works on those still running only."""
        np = self.np
        order = sorted((k for k, ws in enumerate(segments) if ws), key=lambda k: -len(segments[k]))
        if not order:
            return [[] for _ in segments]
        if self.n_words > 300_000 or len(self.bi_id) > 300_000 or len(self.pair_id) > 1_000_000:
            self._reset()
        segs = [segments[k] for k in order]
        lens = [len(ws) for ws in segs]
        S, M = len(segs), lens[0]
        inside = np.arange(M)[None, :] < np.array(lens)[:, None]  # (S, M): positions within a sequence
        wid = self.word_id
        new = [w for w in dict.fromkeys(w for ws in segs for w in ws) if w not in wid]
        if new:
            self._add_words(new)
        ids = [wid[w] for ws in segs for w in ws]
        G = np.zeros((S, M + 4), dtype=np.intp)
        G[:, 2:-2][inside] = ids
        B = np.zeros((S, M), dtype=np.intp)
        B[:, 1:][inside[:, 1:]] = self._bigram_ids(ids, lens)
        VT = self.VT
        E = VT[G[:, 2:-2], 0] + VT[G[:, :-4], 1] + VT[G[:, 1:-3], 2] + VT[G[:, 3:-1], 3] + VT[G[:, 4:], 4]
        E += self.BT[B]
        paths = self._viterbi_many(E, inside.sum(axis=0).tolist()).tolist()
        labels = self.labels
        out: list[list[str]] = [[] for _ in segments]
        for k, row, n in zip(order, paths, lens):
            out[k] = [labels[i] for i in row[:n]]
        return out

    def _bigram_ids(self, ids: list[int], lens: list[int]) -> list[int]:
        """Row in ``BT`` of the bigram feature of every word but the first of each sequence (the word ids
        of all sequences one after another). Cached per pair of word ids: no feature string is built
        for a pair met before."""
        pair, keys = self.pair_id, self.word_key
        pairs: list[int] = []  # (word id << 20 | word id): ids stay below 2**20, the table is reset at 300,000
        pos = 0
        for n in lens:
            seg = ids[pos:pos + n]
            pairs.extend(map(or_, map(lshift, seg[:-1], repeat(20, n - 1)), seg[1:]))
            pos += n
        out = list(map(pair.get, pairs))
        if None in out:
            for k, got in enumerate(out):
                if got is None:
                    ab = pairs[k]
                    got = pair.get(ab)  # the same pair may occur twice in one batch
                    if got is None:
                        f = "bi=" + keys[ab >> 20] + "|" + keys[ab & 0xFFFFF]
                        got = pair[ab] = self.bi_id[f] if f in self.bi_id else self._add_bigram(f)
                    out[k] = got
        return out

    def _viterbi_many(self, E, running: list[int]):
        """Best label ids (S, M) of S sequences sorted longest first, with state scores E (S, M, L);
        ``running[t]`` sequences are longer than t. crfsuite's arithmetic (first maximum wins); each step
        and each backtrack step touches the running sequences only."""
        np = self.np
        S, M, L = E.shape
        T = self.T
        score = E[:, 0].copy()
        back = np.empty((max(M - 1, 0), S, L), dtype=np.intp)
        for t in range(1, M):
            c = running[t]
            cand = score[:c, :, None] + T
            back[t - 1, :c] = cand.argmax(axis=1)
            score[:c] = cand.max(axis=1) + E[:c, t]
        paths = np.empty((S, M), dtype=np.intp)
        cur = score.argmax(axis=1)
        rows = np.arange(S)
        for t in range(M - 1, 0, -1):
            c = running[t]
            paths[:c, t] = cur[:c]
            cur[:c] = back[t - 1, rows[:c], cur[:c]]
        paths[:, 0] = cur
        return paths


class CRFTagger:
    """BIO tagger over PER/LOC/ORG/MISC; one crfsuite model per language."""

    def __init__(self, models: dict[str, Path], kb=None):
        import pycrfsuite

        self.langs = {}
        for lang, path in models.items():
            tg = pycrfsuite.Tagger()
            tg.open(str(path))
            self.langs[lang] = tg
        self.paths = dict(models)
        self.gaz = Gazetteer(kb)
        self._caches: dict[str, _Feats] = {}  # per language: the word-frequency features differ
        self._fast: dict[str, _FastModel] = {}

    @classmethod
    def from_package(cls, kb=None, directory: Path | None = None) -> CRFTagger:
        d = directory or weights_dir()
        models = {}
        for lang, model in LANG_MODEL.items():
            p = d / f"ner-{model}.crfsuite"
            if p.exists():
                models[lang] = p
        return cls(models, kb=kb)

    def __call__(self, tokens: list[str], lang: str) -> list[str]:
        if lang not in self.langs or not tokens:
            return ["O"] * len(tokens)
        return self._tag_one(tokens, lang)

    def _tag_one(self, tokens: list[str], lang: str) -> list[str]:
        """One sequence. With word vectors each item carries ~100 valued features, and crfsuite's per-item
        conversion costs ≈ 5× the array tagger's single-sequence path (280 vs 52 µs for a warm 9-word window);
        without them crfsuite is a little quicker and keeps the sequence."""
        if self._feats(lang).vectors is None:
            return self._tag_crfsuite(tokens, lang)
        fast = self._fast_model(lang)
        return [tag for s in range(0, len(tokens), 50) for tag in fast.tag(tokens[s:s + 50])]

    def _fast_model(self, lang: str) -> _FastModel:
        fast = self._fast.get(lang)
        if fast is None:
            fast = self._fast[lang] = _FastModel(self.paths[lang], self.langs[lang], self._feats(lang))
        return fast

    def tag_many(self, sequences: list[list[str]], lang: str) -> list[list[str]]:
        """Tags of several token sequences (each exactly as ``self(tokens, lang)`` gives them). A batch
        goes through the array tagger (one Viterbi pass over all sequences), which is several times
        faster per sequence; a single sequence is cheaper in crfsuite itself."""
        tg = self.langs.get(lang)
        if tg is None:
            return [["O"] * len(x) for x in sequences]
        # the linker's tokens carry no punctuation: sequences are cut in fixed windows of 50
        chunks = [(q, x[s:s + 50]) for q, x in enumerate(sequences) for s in range(0, len(x), 50)]
        if len(chunks) < 2:
            return [self._tag_one(x, lang) if x else [] for x in sequences]
        fast = self._fast_model(lang)
        out: list[list[str]] = [[] for _ in sequences]
        for (q, _), tags in zip(chunks, fast.tag_many([c for _, c in chunks])):
            out[q].extend(tags)
        return out

    def _tag_crfsuite(self, tokens: list[str], lang: str) -> list[str]:
        """crfsuite's own tagging with the cached per-word feature strings."""
        tg = self.langs[lang]
        cache = self._feats(lang)
        if len(cache.own) > 200_000:
            cache.own.clear(), cache.ctx.clear(), cache._info.clear(), cache._vec.clear(), cache._dense.clear()
        out: list[str] = []
        for s in range(0, len(tokens), 50):
            out.extend(tg.tag(sentence_features(tokens[s:s + 50], self.gaz, cache)))
        return out

    def _feats(self, lang: str) -> _Feats:
        """The language's cached feature lists, cut to the attributes its model has (crfsuite ignores
        the others; passing fewer strings is most of what makes a short window cheaper)."""
        fc = self._caches.get(lang)
        if fc is None:
            known = set(self.langs[lang].info().attributes) if lang in self.langs else None
            fc = self._caches[lang] = _Feats(self.gaz, lang, known, self._vectors(known))
        return fc

    @staticmethod
    def _vectors(known: set[str] | None):
        """The shipped word vectors when the model was trained with them (it knows the flag e=none)."""
        if known is None or "e=none" not in known:
            return None
        from .wordvec import shipped

        vectors = shipped()
        if vectors is None:
            raise FileNotFoundError("the NER model uses word vectors, but models/weights/wordvec-ar-fa-ur.npz is"
                                    " missing (build it: python -m khabar.models.wordvec)")
        return vectors

    def tag_reference(self, tokens: list[str], lang: str) -> list[str]:
        """The same tags computed by crfsuite itself (for tests of the fast path)."""
        tg = self.langs.get(lang)
        if tg is None or not tokens:
            return ["O"] * len(tokens)
        out: list[str] = []
        for s in range(0, len(tokens), 50):
            fresh = _Feats(self.gaz, lang, vectors=self._feats(lang).vectors)
            out.extend(tg.tag(sentence_features(tokens[s:s + 50], self.gaz, fresh)))
        return out
