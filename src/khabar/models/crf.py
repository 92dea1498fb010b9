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


def sentence_features(tokens: list[str], gaz: Gazetteer | None = None) -> list[list[str]]:
    keys = [wkey(t) for t in tokens]
    raw = [base_key(t).translate(_SCRIPT_FOLD) for t in tokens]
    shapes = [_shape(t) for t in tokens]
    gz = [sorted(gaz.words.get(k, ())) if gaz else [] for k in keys]
    title = [k in gaz.titles if gaz else False for k in keys]
    feats = []
    n = len(tokens)
    for i in range(n):
        k, r = keys[i], raw[i]
        f = [
            "b",
            "w=" + k,
            "s2=" + k[-2:],
            "s3=" + k[-3:],
            "p2=" + k[:2],
            "p3=" + k[:3],
            "sh=" + shapes[i],
            "len=" + str(min(len(k), 8)),
        ]
        if r.startswith("ال"):
            f.append("al")
        if r[:1] in "وبلف" and r[1:3] == "ال":
            f.append("cl+al")
        for g in gz[i]:
            f.append("gz=" + g)
        if title[i]:
            f.append("title")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f.append(f"{off}w=" + keys[j])
                f.append(f"{off}sh=" + shapes[j])
                for g in gz[j]:
                    f.append(f"{off}gz=" + g)
                if title[j]:
                    f.append(f"{off}title")
                if off in (-1, 1):
                    f.append(f"{off}s3=" + keys[j][-3:])
            else:
                f.append(f"{off}BOS" if j < 0 else f"{off}EOS")
        if i > 0:
            f.append("bi=" + keys[i - 1] + "|" + k)
        feats.append(f)
    return feats


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
            out.extend(tg.tag(sentence_features(tokens[s:s + 50], self.gaz)))
        return out
