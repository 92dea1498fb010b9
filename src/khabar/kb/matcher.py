"""Dictionary mention detection over cross-script keys.

Text is cut into word tokens (offsets straight into ``Article.text``); each distinct token gets its
keys once per process (cached), with variants for attached Arabic clitics (و ف ب ل ك + ال) and for
Urdu/Persian/Arabic suffixes (ایرانیوں → ایران, الروسية → روس). Token n-grams are then looked up in
two indexes built from every surface form in the KB:

* ``exact``: word tuples of ``name_key`` (k1); also each multi-word name glued (بشارالاسد);
* ``skel``: the glued skeleton (k2), for spellings the KB does not list (پوتین for پوٹن, ولادی میر).

Only dictionary hits cost Python work, so a long article with few names is cheap.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple
from functools import lru_cache

from khabar.normalize import key as base_key

from .keys import _k1_word, _k2_word, _latin_word, strip_article
from .store import KB

__all__ = ["Token", "Hit", "Matcher", "tokenize", "MAX_NGRAM"]

MAX_NGRAM = 6
_MARKS = "\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200d\u200e\u200f"
TOKEN_RE = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])(?:[^\W_]|[{_MARKS}])*")
_GAP = re.compile(r"[\s\u200c\-]{1,3}|\.\s?")
_ARABIC_CHAR = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")

# Attached Arabic proclitics: conjunction, then preposition (the article is handled by strip_article).
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ک")
_PREFIXES = sorted({c + p for c in _CONJ for p in _PREP if c + p}, key=len, reverse=True)
# Suffixes that keep the stem's referent: Urdu plural/oblique and adjective, Persian plural, Arabic nisba.
_SUFFIXES = {
    "ur": ("یون", "ون", "ی", "وی"),
    "fa": ("یان", "های", "ها", "ان", "ی"),
    "ar": ("یین", "یون", "یه", "یا", "ی", "ین"),
}
_SUFFIXES_ANY = ("یون", "یین", "یان", "یه", "ون", "ی")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    arabic: bool


@dataclass(frozen=True)
class Variant:
    k1: str  # word key after stripping
    pre: int  # characters of the original token stripped at the front (clitics)
    suf: bool  # a suffix was stripped
    k2: str = ""


@dataclass
class Hit:
    """A dictionary match over tokens [ti, tj)."""

    ti: int
    tj: int
    start: int
    end: int
    entries: list[tuple[str, str, str]]  # (entity id, kind name|demonym, lang of the surface)
    tier: str  # exact | skel
    stripped: bool = False
    key: str = ""


def _arabic_start(ch: str) -> bool:
    return "\u0600" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufeff"


def tokenize(text: str) -> list[Token]:
    """Word tokens with offsets into ``text`` (letters and the marks inside words; no digits, no punctuation)."""
    new = Token._make
    return [new((g := m.group(), m.start(), m.end(), _arabic_start(g[0]))) for m in TOKEN_RE.finditer(text)]


def _latin_k1(word: str) -> str:
    w = unicodedata.normalize("NFKD", word)
    return "".join(c for c in w if not unicodedata.combining(c)).casefold().replace("ı", "i")


def _orig_prefix_len(token: str, key_chars: int) -> int:
    """How many original characters produce the first ``key_chars`` key characters of a token."""
    if key_chars <= 0:
        return 0
    seen = 0
    for i, ch in enumerate(token):
        k = base_key(ch)
        if k:
            seen += len(k)
            if seen >= key_chars:
                return i + 1
    return len(token)


@lru_cache(maxsize=300_000)
def token_variants(tok: str, lang: str) -> tuple[Variant, ...]:
    """Keys of one token: as written, without attached clitics, without suffixes."""
    if not _ARABIC_CHAR.search(tok):
        k = _latin_k1(tok)
        return (Variant(k, 0, False, _latin_word(tok)),)
    raw = base_key(tok)
    from .keys import _SCRIPT_FOLD, _DOUBLE, _NONWORD

    folded = _DOUBLE.sub(r"\1", _NONWORD.sub("", raw.translate(_SCRIPT_FOLD)).replace(" ", ""))
    out: list[Variant] = []
    seen: set[str] = set()

    def add(k1: str, pre: int, suf: bool) -> None:
        if len(k1) >= 2 and (k1, pre > 0) not in seen:
            seen.add((k1, pre > 0))  # type: ignore[arg-type]
            out.append(Variant(k1, pre, suf, _k2_word(k1)))

    base = strip_article(folded)
    stems = [(base, 0, False)]
    if lang in ("ar", "", None) or tok.startswith(("وال", "بال", "لل", "فال", "كال", "کال")):
        for p in _PREFIXES:
            if folded.startswith(p) and len(folded) - len(p) >= 3:
                rest = folded[len(p):]
                if p.endswith("ل") and rest.startswith("ل") and len(rest) >= 4:
                    rest = "ال" + rest[1:]  # لل = ل + ال
                stems.append((strip_article(rest), _orig_prefix_len(tok, len(p)), False))
    for stem, pre, _ in stems:
        add(stem, pre, False)
    for stem, pre, _ in list(stems):
        for suf in _SUFFIXES.get(lang or "", _SUFFIXES_ANY):
            if stem.endswith(suf) and len(stem) - len(suf) >= 3:
                add(stem[: -len(suf)], pre, True)
    return tuple(out)


def surface_keys(surface: str) -> tuple[tuple[str, ...], str]:
    """(k1 word tuple, glued k2) of a KB surface form."""
    words = [t.text for t in tokenize(surface)]
    if not words:
        return (), ""
    if _ARABIC_CHAR.search(surface):
        k1 = tuple(w for w in (_k1_word(w) for w in words) if w)
        k2 = "".join(_k2_word(w) for w in words)
    else:
        k1 = tuple(_latin_k1(w) for w in words)
        k2 = "".join(_latin_word(w) for w in words if w.casefold() not in ("al", "el"))
    return k1, k2


class Matcher:
    """Exact and skeleton indexes over every surface form of a KB."""

    def __init__(self, kb: KB):
        self.kb = kb
        self.exact: dict[tuple[str, ...], list[tuple[str, str, str]]] = defaultdict(list)
        self.first: dict[str, int] = {}
        self.skel: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self.skel_prefix: set[str] = set()
        for ent in kb.entities.values():
            for kind, table in (("name", ent.names), ("demonym", ent.demonyms)):
                forms = [(lang, s) for lang, vals in table.items() for s in vals]
                if kind == "name" and ent.name:
                    forms.append(("en", ent.name))
                for lang, s in forms:
                    self._add(s, (ent.id, kind, lang))
        for k, n in list(self.first.items()):
            self.first[k] = n
        self.exact = dict(self.exact)
        self.skel = dict(self.skel)

    def _add(self, surface: str, entry: tuple[str, str, str]) -> None:
        k1, k2 = surface_keys(surface)
        if not k1:
            return
        keys = [k1]
        if len(k1) > 1 and _ARABIC_CHAR.search(surface):
            glued = _k1_word("".join(surface.split()))
            keys.append((glued,))
        for k in keys:
            lst = self.exact.setdefault(k, [])
            if entry not in lst:
                lst.append(entry)
            self.first[k[0]] = max(self.first.get(k[0], 0), len(k))
        if len(k2) >= 3 and _ARABIC_CHAR.search(surface):
            lst = self.skel.setdefault(k2, [])
            if entry not in lst:
                lst.append(entry)
            for i in range(2, len(k2)):
                self.skel_prefix.add(k2[:i])

    # ------------------------------------------------------------------ matching
    def find(self, text: str, lang: str | None, tokens: list[Token] | None = None) -> tuple[list[Token], list[Hit]]:
        """Greedy longest-match, left to right; exact hits first, then skeleton hits on what is left."""
        toks = tokens if tokens is not None else tokenize(text)
        lg = lang or ""
        variants = [token_variants(t.text, lg) for t in toks]
        self.last_variants = variants
        self.last_joinable = None
        plain = [v[0].k1 if v and v[0].pre == 0 and not v[0].suf else "" for v in variants]
        # a name runs across spaces (and hyphens, ZWNJ), never across quotes or punctuation
        joinable = [False] * len(toks)
        for i in range(len(toks) - 1):
            gap = text[toks[i].end:toks[i + 1].start]
            joinable[i] = gap == " " or (len(gap) <= 3 and _GAP.fullmatch(gap) is not None)
        self.last_joinable = joinable
        hits: list[Hit] = []
        covered = [False] * len(toks)
        i = 0
        n = len(toks)
        first = self.first
        exact = self.exact
        while i < n:
            best: Hit | None = None
            for v in variants[i]:
                maxn = first.get(v.k1)
                if maxn is None:
                    continue
                if v.suf and maxn >= 1:
                    ents = exact.get((v.k1,))
                    if ents and (best is None or best.tj - best.ti < 1):
                        best = Hit(i, i + 1, toks[i].start + v.pre, toks[i].end, ents, "exact", True, v.k1)
                    continue
                key: list[str] = [v.k1]
                for j in range(i + 1, min(n, i + maxn) + 1):
                    if j > i + 1:
                        if not joinable[j - 2]:
                            break
                        key.append(plain[j - 1])
                    ents = exact.get(tuple(key))
                    if ents and (best is None or j - i > best.tj - best.ti or (j - i == best.tj - best.ti and best.stripped and not v.pre)):
                        best = Hit(i, j, toks[i].start + v.pre, toks[j - 1].end, ents, "exact", v.pre > 0, " ".join(key))
                    if j < n and j - i < maxn and joinable[j - 1]:
                        # the last word may carry a suffix: ایرانیوں / الروسية
                        for lv in variants[j][1:]:
                            if lv.suf and lv.pre == 0:
                                ents2 = exact.get(tuple(key + [lv.k1]))
                                if ents2 and (best is None or j + 1 - i > best.tj - best.ti):
                                    best = Hit(i, j + 1, toks[i].start + v.pre, toks[j].end, ents2, "exact", True, " ".join(key + [lv.k1]))
            if i + 1 < n and toks[i].arabic and toks[i + 1].arabic and toks[i + 1].start - toks[i].end == 1 and joinable[i]:
                glued = plain[i] + plain[i + 1]
                ents = exact.get((glued,)) if glued in first else None
                if ents and (best is None or best.tj - best.ti < 2):
                    best = Hit(i, i + 2, toks[i].start, toks[i + 1].end, ents, "exact", True, glued)
            if best is not None:
                hits.append(best)
                for k in range(best.ti, best.tj):
                    covered[k] = True
                i = best.tj
            else:
                i += 1
        hits.extend(self._skeleton_hits(toks, variants, covered, joinable))
        hits.sort(key=lambda h: h.start)
        return toks, hits

    def _skeleton_hits(self, toks: list[Token], variants: list[tuple[Variant, ...]], covered: list[bool], joinable: list[bool]) -> Iterator[Hit]:
        n = len(toks)
        i = 0
        skel, pref = self.skel, self.skel_prefix
        while i < n:
            if covered[i] or not toks[i].arabic:
                i += 1
                continue
            best: Hit | None = None
            for v in variants[i]:
                s = v.k2
                j = i + 1
                while True:
                    if len(s) >= 3 and s in skel:
                        if best is None or j - i > best.tj - best.ti:
                            best = Hit(i, j, toks[i].start + v.pre, toks[j - 1].end, skel[s], "skel", v.pre > 0 or v.suf, s)
                    if j >= n or covered[j] or not toks[j].arabic or j - i >= MAX_NGRAM or s not in pref or not joinable[j - 1] or not variants[j]:
                        break
                    s = s + variants[j][0].k2
                    j += 1
            if best is not None:
                yield best
                i = best.tj
            else:
                i += 1
