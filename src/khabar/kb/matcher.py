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
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple

from khabar.normalize import key as base_key

from .freq import zipf_frequency
from .keys import (_DOUBLE, _NONWORD, _SCRIPT_FOLD, _k1_word, _k2_word, _latin_word, article_stem, fold_word, k2_of_k1,
                   strip_article, word_stem)
from .store import KB

__all__ = ["Token", "Hit", "Matcher", "tokenize", "is_suffix", "MAX_NGRAM"]

MAX_NGRAM = 6
_MARKS = "\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200d\u200e\u200f"
# a word starts with a letter: a lone tatweel or diacritic (the dash in "تهران ـ ایرنا") is no word
TOKEN_RE = re.compile(rf"[^\W\d_\u0640](?:[^\W_]|[{_MARKS}])*")
_GAP = re.compile(r"[\s\u200c\-]{1,3}|\.\s?")
_ARABIC_CHAR = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")

# Attached Arabic proclitics: conjunction, then preposition (the article is handled by strip_article).
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ک")
_PREFIXES = sorted({c + p for c in _CONJ for p in _PREP if c + p}, key=len, reverse=True)
# Suffixes that keep the stem's referent: Urdu plural/oblique and adjective, Persian plural, Arabic nisba.
_PREFIX_HEADS = frozenset(p[0] for p in _PREFIXES)
_SUFFIXES = {
    "ur": ("یون", "ون", "ی", "وی"),
    "fa": ("یان", "های", "ها", "ان", "ی"),
    "ar": ("یین", "یون", "یه", "یا", "ی", "ین"),
}
_SUFFIXES_ANY = ("یون", "یین", "یان", "یه", "ون", "ی")


def is_suffix(ending: str, lang: str | None) -> bool:
    """Is ``ending`` (key form) one of the suffixes the matcher strips in this language (ایرانیوں, الروسية)?"""
    return ending in _SUFFIXES.get(lang or "", _SUFFIXES_ANY)


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
    article: bool = False  # لل read as ل + the article: للعراق is ل + العراق (the alif is not written)


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
    article: bool = False  # the mention (لعراق of للعراق) lost its article's alif: the name is "ا" + mention

    def word(self, text: str) -> str:
        """The name as written, clitics off: ``text[start:end]``, with the elided article's alif restored."""
        return "ا" + text[self.start:self.end] if self.article else text[self.start:self.end]


def _arabic_start(ch: str) -> bool:
    return "\u0600" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufeff"


_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")
_ARABIC_FIRST = frozenset(chr(c) for r in ((0x600, 0x8FF), (0xFB50, 0xFEFF)) for c in range(r[0], r[1] + 1))
_new_token = tuple.__new__


def tokenize(text: str) -> list[Token]:
    """Word tokens with offsets into ``text`` (letters and the marks inside words; no digits, no punctuation).
    One C-level split gives words and the gaps between them; offsets are the running sum of lengths."""
    return _tokenize_with_gaps(text)[0]


def _tokenize_with_gaps(text: str) -> tuple[list[Token], list[str], list[str]]:
    parts = _SPLIT_RE.split(text)
    words = parts[1::2]
    if not words:
        return [], parts, words
    offs = list(accumulate(map(len, parts), initial=0))
    starts, ends = offs[1::2], offs[2::2]
    arabic = map(_ARABIC_FIRST.__contains__, map(itemgetter(0), words))
    toks = list(map(_new_token, repeat(Token), zip(words, starts, ends, arabic)))
    return toks, parts[0::2], words  # gaps[i] precedes token i; gaps[i + 1] lies between tokens i and i + 1


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


def _doubled_clitic(raw: str) -> int:
    """How many clitic letters open a word whose name starts with the last of them (which folding would merge
    with it): 1 for بباريس, ووارسو; 2 for وببريطانيا (و + ب + بريطانيا); else 0."""
    if raw[:1] in "وبفك" and raw[1:2] == raw[:1] and len(raw) >= 5:
        return 1
    if raw[:1] in "وف" and raw[1:2] in "بك" and raw[2:3] == raw[1:2] and len(raw) >= 6:
        return 2
    return 0


@lru_cache(maxsize=300_000)
def token_variants(tok: str, lang: str) -> tuple[Variant, ...]:
    """Keys of one token: as written, without attached clitics, without suffixes."""
    if not _ARABIC_CHAR.search(tok):
        k = _latin_k1(tok)
        return (Variant(k, 0, False, _latin_word(tok)),)
    raw = base_key(tok)
    folded = fold_word(raw)
    out: list[Variant] = []
    seen: set[str] = set()

    def add(k1: str, pre: int, suf: bool, article: bool = False) -> None:
        if len(k1) >= 2 and (k1, pre > 0) not in seen:
            seen.add((k1, pre > 0))  # type: ignore[arg-type]
            # _k2_word(k1) without its k1 pass: k1 is folded already, only a second article may go
            out.append(Variant(k1, pre, suf, k2_of_k1(strip_article(k1)), article))

    base = word_stem(tok, raw)
    # folding merges the doubled لام of للعراق / وللبنان: such a word is a preposition and a name, never a
    # name as it stands
    doubled_lam = raw.startswith(("لل", "ولل", "فلل"))
    # and a clitic with a name's own first letter: بباريس is ب + باريس, وببريطانيا و + ب + بريطانيا (read below)
    doubled = _doubled_clitic(raw) if lang in ("ar", "", None) else 0
    stems = [] if doubled_lam or doubled == 1 else [(base, 0, False)]
    if folded[:1] in _PREFIX_HEADS and (lang in ("ar", "", None) or tok.startswith(("وال", "بال", "لل", "فال", "كال", "کال"))):
        for p in _PREFIXES:
            if not folded.startswith(p):
                continue
            rest = folded[len(p):]
            if p.endswith("ل") and raw.startswith(p + "ل"):
                # لل = ل + ال (للعراق: for Iraq; للأمم: the article's word may be short), or ل + a name
                # that starts with ل (للبنان: for Lebanon)
                pre = _orig_prefix_len(tok, len(p))
                if len(rest) >= 2:
                    stems.append((rest, pre, True))
                if len(rest) >= 3:
                    stems.append(("ل" + rest, pre, False))
            elif len(rest) >= 3:
                # والليبيين: و + ال + ليبيين (the article before a ل is cut before the lams merge, as in the KB's keys)
                tail = raw[len(p):] if raw.startswith(p) else ""
                stem = article_stem(tail) if tail.startswith("الل") else strip_article(rest)
                stems.append((stem, _orig_prefix_len(tok, len(p)), False))
    if doubled:
        stems.append((strip_article(fold_word(raw[doubled:])), _orig_prefix_len(tok, doubled), False))
    for stem, pre, article in stems:
        add(stem, pre, False, article)
    for stem, pre, article in list(stems):
        for suf in _SUFFIXES.get(lang or "", _SUFFIXES_ANY):
            if stem.endswith(suf) and len(stem) - len(suf) >= 3:
                add(stem[: -len(suf)], pre, True, article)
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
        numbered: list[tuple[str, tuple[str, str, str]]] = []
        for ent in kb.entities.values():
            for kind, table in (("name", ent.names), ("demonym", ent.demonyms)):
                forms = [(lang, s) for lang, vals in table.items() for s in vals]
                if kind == "name" and ent.name:
                    forms.append(("en", ent.name))
                for lang, s in forms:
                    if any(c.isdigit() for c in s):
                        numbered.append((s, (ent.id, kind, lang)))
                    else:
                        self._add(s, (ent.id, kind, lang))
        # tokens carry no digits, so "Youm7" is indexed as Youm: only where the letters are no other name and no
        # everyday word ("كردستان 24" would be كردستان, the region's word; "G20" a lone G)
        for s, entry in numbered:
            k1, _k2 = surface_keys(s)
            letters = " ".join(t.text for t in tokenize(s))
            if k1 and k1 not in self.exact and len("".join(k1)) >= 4 \
                    and (entry[2] not in ("ar", "fa", "ur", "en") or zipf_frequency(letters, entry[2]) < 3.0):
                self._add(s, entry)
        self.exact = dict(self.exact)
        self.skel = dict(self.skel)
        self._first_sorted = sorted(self.first)  # for "is this word the first half of a glued name?"
        self._info: dict[str, dict[str, tuple]] = {}  # lang -> word -> facts
        self._join_gap: dict[str, bool] = {" ": True}

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
    def _token_info(self, word: str, lang: str) -> tuple:
        """(variants, plain k1, can start an exact hit, can start a skeleton hit, first k2, first k1, is a
        skeleton hit alone, can start a glued name), once per word."""
        cache = self._info.setdefault(lang, {})
        info = cache.get(word)
        if info is None:
            vs = token_variants(word, lang)
            plain = vs[0].k1 if vs and vs[0].pre == 0 and not vs[0].suf else ""
            head = any(v.k1 in self.first for v in vs)
            skhead = _ARABIC_FIRST.__contains__(word[0]) and any(
                v.k2 in self.skel or v.k2 in self.skel_prefix for v in vs)
            sk_alone = skhead and any(len(v.k2) >= 3 and v.k2 in self.skel for v in vs)
            info = (vs, plain, head, skhead, vs[0].k2 if vs else "", vs[0].k1 if vs else "", sk_alone,
                    self._glue_head(plain))
            if len(cache) > 300_000:
                cache.clear()
            cache[word] = info
        return info

    def _glue_head(self, plain: str) -> bool:
        """Can the word be the first half of a name written as one word (بشار + الاسد → بشارالاسد)?"""
        if not plain:
            return False  # a word with no key of its own (و, a lone letter) is never half of a name
        keys = self._first_sorted
        k = bisect_left(keys, plain)
        if k < len(keys) and keys[k] == plain:
            k += 1
        return k < len(keys) and keys[k].startswith(plain)

    def find(self, text: str, lang: str | None, tokens: list[Token] | None = None) -> tuple[list[Token], list[Hit]]:
        """Greedy longest-match, left to right; exact hits first, then skeleton hits on what is left.
        Per-word facts (keys, whether the word can start a hit at all) are cached, so the per-article
        work is a pass over the few words that can start a hit."""
        if tokens is None:
            toks, gaps, words = _tokenize_with_gaps(text)
        else:
            toks = tokens
            gaps = [text[:toks[0].start]] + [text[toks[i].end:toks[i + 1].start] for i in range(len(toks) - 1)] if toks else []
            words = [t.text for t in toks]
        lg = lang or ""
        infos = list(map(self._info.setdefault(lg, {}).get, words))
        if None in infos:
            infos = [x or self._token_info(w, lg) for x, w in zip(infos, words)]
        variants = [x[0] for x in infos]
        self.last_variants = variants
        self.last_infos = infos
        plain = [x[1] for x in infos]
        n = len(toks)
        # a name runs across spaces (and hyphens, ZWNJ), never across quotes or punctuation
        joinable = list(map(self._join_gap.get, gaps[1:n]))  # cached per gap string; None: not seen yet
        if None in joinable:
            joinable = [self._joinable_gap(g) if j is None else j for g, j in zip(gaps[1:n], joinable)]
        joinable.append(False)
        self.last_joinable = joinable
        self.last_gaps = gaps
        hits: list[Hit] = []
        covered = [False] * n
        first = self.first
        exact = self.exact
        starts = [i for i, x in enumerate(infos) if x[2]]
        # two Arabic words written as one name (بشار الاسد / بشارالاسد)
        glue = [i for i, x in enumerate(infos) if x[7] and i < n - 1 and plain[i + 1] and (plain[i] + plain[i + 1]) in first]
        if glue:
            starts = sorted(set(starts) | set(glue))
        pos = 0
        for i in starts:
            if i < pos:
                continue
            best: Hit | None = None
            if gaps[i].endswith("\u200c") and toks[i].start:
                continue  # the second half of a ZWNJ compound (رای‌گیری) is not a word on its own
            for v in variants[i]:
                maxn = first.get(v.k1)
                if maxn is None:
                    continue
                if v.suf and maxn >= 1:
                    ents = exact.get((v.k1,))
                    if ents and (best is None or best.tj - best.ti < 1):
                        best = Hit(i, i + 1, toks[i].start + v.pre, toks[i].end, ents, "exact", True, v.k1, v.article)
                    continue
                key: list[str] = [v.k1]
                for j in range(i + 1, min(n, i + maxn) + 1):
                    if j > i + 1:
                        if not joinable[j - 2]:
                            break
                        word_key = plain[j - 1] or _k1_word(words[j - 1])
                        if not word_key:
                            break
                        # a lone و (بوسنی و هرزگوین, جموں و کشمیر) has no variants of its own, as a clitic
                        # would, but the KB's key keeps it as a word
                        key.append(word_key)
                    ents = exact.get(tuple(key))
                    # of two readings as long, the one with fewer clitics wins, and ل + لبنان wins over ل + ال + بنان
                    if ents and (best is None or j - i > best.tj - best.ti or (j - i == best.tj - best.ti and (
                            (best.stripped and not v.pre) or (best.article and not v.article)
                            or v.pre < best.start - toks[i].start))):  # و + لبنان, not و + ل + بنان (Banan)
                        best = Hit(i, j, toks[i].start + v.pre, toks[j - 1].end, ents, "exact", v.pre > 0, " ".join(key), v.article)
                    if j < n and j - i < maxn and joinable[j - 1]:
                        # the last word may carry a suffix: ایرانیوں / الروسية
                        for lv in variants[j][1:]:
                            if lv.suf and lv.pre == 0:
                                ents2 = exact.get(tuple(key + [lv.k1]))
                                if ents2 and (best is None or j + 1 - i > best.tj - best.ti):
                                    best = Hit(i, j + 1, toks[i].start + v.pre, toks[j].end, ents2, "exact", True, " ".join(key + [lv.k1]),
                                               v.article)
            if i + 1 < n and plain[i] and len(plain[i + 1]) >= 3 and toks[i].arabic and toks[i + 1].arabic \
                    and toks[i + 1].start - toks[i].end == 1 and joinable[i]:
                # (a two-letter second word is a particle: الأردني أن is not Persian اردنیان "Jordanians")
                glued = plain[i] + plain[i + 1]
                ents = exact.get((glued,)) if glued in first else None
                if ents and (best is None or best.tj - best.ti < 2):
                    best = Hit(i, i + 2, toks[i].start, toks[i + 1].end, ents, "exact", True, glued)
            if best is not None:
                hits.append(best)
                for k in range(best.ti, best.tj):
                    covered[k] = True
                pos = best.tj
        hits.extend(self._skeleton_hits(toks, variants, covered, joinable))
        hits.sort(key=lambda h: h.start)
        return toks, hits

    def _joinable_gap(self, gap: str) -> bool:
        ok = gap == " " or (len(gap) <= 3 and _GAP.fullmatch(gap) is not None)
        if len(self._join_gap) < 10_000:
            self._join_gap[gap] = ok
        return ok

    def _skeleton_hits(self, toks: list[Token], variants: list[tuple[Variant, ...]], covered: list[bool], joinable: list[bool]) -> Iterator[Hit]:
        n = len(toks)
        skel, pref = self.skel, self.skel_prefix
        pos = 0
        # a word starts a skeleton hit alone, or as a prefix of one when a joinable word follows it
        for i in [i for i, x in enumerate(self.last_infos) if x[6] or (x[3] and joinable[i])]:
            if i < pos or covered[i] or not toks[i].arabic:
                continue
            best: Hit | None = None
            for v in variants[i]:
                s = v.k2
                j = i + 1
                while True:
                    if len(s) >= 3 and s in skel:
                        if best is None or j - i > best.tj - best.ti:
                            best = Hit(i, j, toks[i].start + v.pre, toks[j - 1].end, skel[s], "skel", v.pre > 0 or v.suf, s, v.article)
                    if j >= n or covered[j] or not toks[j].arabic or j - i >= MAX_NGRAM or s not in pref or not joinable[j - 1] or not variants[j] \
                            or variants[j][0].pre:  # a word inside a name carries no clitic (للدين)
                        break
                    s = s + variants[j][0].k2
                    j += 1
            if best is not None:
                yield best
                pos = best.tj
