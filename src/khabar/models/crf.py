"""CRF named-entity tagger (python-crfsuite) with key-form and gazetteer features.

Features are computed on cross-script keys (``kb.keys``), so one spelling convention's model sees
another's spellings alike, and on KB gazetteer membership (is this word part of a KB person/place/
organisation name, is the previous word a title such as صدر/الرئيس), which carries knowledge across
corpora and into Persian, for which no permissively licensed training data exists.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from khabar.kb.keys import _k1_word, _SCRIPT_FOLD, is_arabic_script
from khabar.normalize import key as base_key

__all__ = ["CRFTagger", "Gazetteer", "sentence_features", "weights_dir"]

# Which trained model serves which language ("fa" borrows the Urdu+Arabic key-space model).
LANG_MODEL = {"ur": "ur", "ar": "ar", "fa": "fa", "ps": "fa", "sd": "ur", "ckb": "fa"}


def weights_dir() -> Path:
    return Path(str(resources.files("khabar.models").joinpath("weights")))


class Gazetteer:
    """Word → coarse KB types ("PER", "LOC", "ORG", ...) and title words, from the KB."""

    def __init__(self, kb=None):
        self.words: dict[str, set[str]] = {}
        self.titles: set[str] = set()
        if kb is None:
            return
        for e in kb.entities.values():
            typ = e.type if e.type in ("PER", "LOC", "ORG") else "MISC"
            for table in (e.names, e.demonyms):
                for lang, vals in table.items():
                    for v in vals:
                        for w in v.split():
                            k = wkey(w)
                            if len(k) >= 2:
                                self.words.setdefault(k, set()).add(typ if table is e.names else "DEM")
        for by_lang in kb.roles.values():
            for vals in by_lang.values():
                for v in vals:
                    for w in v.split():
                        self.titles.add(wkey(w))


@lru_cache(maxsize=300_000)
def wkey(word: str) -> str:
    if is_arabic_script(word):
        return _k1_word(word) or base_key(word).translate(_SCRIPT_FOLD)
    return word.casefold()


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


@lru_cache(maxsize=200_000)
def _word_info(word: str) -> tuple[str, str, tuple[str, ...], bool]:
    k = wkey(word)
    return k, _shape(word), (), False


class _Feats:
    """Per-word feature strings, cached: a word's own features and what it contributes as a neighbour."""

    def __init__(self, gaz: Gazetteer | None):
        self.gaz = gaz
        self.own: dict[str, list[str]] = {}
        self.ctx: dict[tuple[str, int], list[str]] = {}

    def info(self, word: str) -> tuple[str, str, list[str], bool]:
        k, shape, _, _ = _word_info(word)
        gz = sorted(self.gaz.words.get(k, ())) if self.gaz else []
        title = k in self.gaz.titles if self.gaz else False
        return k, shape, gz, title

    def own_feats(self, word: str) -> list[str]:
        f = self.own.get(word)
        if f is None:
            k, shape, gz, title = self.info(word)
            r = base_key(word).translate(_SCRIPT_FOLD)
            f = ["b", "w=" + k, "s2=" + k[-2:], "s3=" + k[-3:], "p2=" + k[:2], "p3=" + k[:3], "sh=" + shape,
                 "len=" + str(min(len(k), 8))]
            if r.startswith("ال"):
                f.append("al")
            if r[:1] in "وبلف" and r[1:3] == "ال":
                f.append("cl+al")
            f.extend("gz=" + g for g in gz)
            if title:
                f.append("title")
            self.own[word] = f
        return f

    def ctx_feats(self, word: str, off: int) -> list[str]:
        f = self.ctx.get((word, off))
        if f is None:
            k, shape, gz, title = self.info(word)
            f = [f"{off}w=" + k, f"{off}sh=" + shape]
            f.extend(f"{off}gz=" + g for g in gz)
            if title:
                f.append(f"{off}title")
            if off in (-1, 1):
                f.append(f"{off}s3=" + k[-3:])
            self.ctx[(word, off)] = f
        return f


_BOUNDARY = {off: [f"{off}BOS" if off < 0 else f"{off}EOS"] for off in (-2, -1, 1, 2)}


def sentence_features(tokens: list[str], gaz: Gazetteer | None = None, cache: _Feats | None = None) -> list[list[str]]:
    feats_cache = cache or _Feats(gaz)
    n = len(tokens)
    out = []
    for i in range(n):
        f = list(feats_cache.own_feats(tokens[i]))
        for off in (-2, -1, 1, 2):
            j = i + off
            f.extend(feats_cache.ctx_feats(tokens[j], off) if 0 <= j < n else _BOUNDARY[off])
        if i > 0:
            f.append("bi=" + wkey(tokens[i - 1]) + "|" + wkey(tokens[i]))
        out.append(f)
    return out


class CRFTagger:
    """BIO tagger over PER/LOC/ORG/MISC; one crfsuite model per language."""

    def __init__(self, models: dict[str, Path], kb=None):
        import pycrfsuite

        self.langs = {}
        for lang, path in models.items():
            tg = pycrfsuite.Tagger()
            tg.open(str(path))
            self.langs[lang] = tg
        self.gaz = Gazetteer(kb)
        self._cache = _Feats(self.gaz)

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
        tg = self.langs.get(lang)
        if tg is None or not tokens:
            return ["O"] * len(tokens)
        out: list[str] = []
        for s in range(0, len(tokens), 50):  # the linker's tokens carry no punctuation: fixed windows
            if len(self._cache.own) > 200_000:
                self._cache = _Feats(self.gaz)
            out.extend(tg.tag(sentence_features(tokens[s:s + 50], self.gaz, self._cache)))
        return out
