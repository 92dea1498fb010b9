"""Cross-script name keys: one comparable form for Urdu, Persian, Arabic and Latin spellings of a name.

Two strengths (documented in docs/entities.md):

* ``name_key`` (k1): the search key of ``normalize.key`` plus the Persian/Urdu letters folded to their
  Arabic base (پ→ب, گ→ک, ٹ→ت, ڈ→د, ڑ→ر, چ→ج, ژ→ز, ں→ن), hamza letters dropped, doubled letters
  collapsed and a leading article ال removed. Spelling-preserving enough for exact dictionary matching.
* ``skeleton`` (k2): k1 with the sounds Urdu/Persian merge folded together (ص ث→س, ذ ض ظ→ز, ط→ت, ح→ه)
  and the weak letters ا و ی ع dropped except at the start of a word (where ع→ا and و→ف, the
  Arabic spelling of v). ولادیمیر پوٹن, ولادی میر پوتین and
  فلاديمير بوتين all become nearly the same skeleton; ``distance`` finishes the job.

``latin_skeleton`` transliterates a Latin name into the same skeleton space, so English names can be
compared with Arabic-script ones. ``distance`` is a weighted edit distance on skeletons in which
phonetically close letters (ک/ق/ج/غ, ت/د, س/ش, ف/و, ه/خ) substitute cheaply.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from khabar.normalize import key as base_key

__all__ = [
    "name_key",
    "skeleton",
    "latin_skeleton",
    "vowel_form",
    "distance",
    "is_arabic_script",
    "strip_article",
]

# Letters Urdu and Persian add to the Arabic alphabet, folded to the Arabic letter an Arabic writer uses.
_SCRIPT_FOLD = str.maketrans({
    "پ": "ب", "ٹ": "ت", "ڈ": "د", "ڑ": "ر", "چ": "ج", "ژ": "ز", "گ": "ک", "ں": "ن", "ۓ": "ی",
    "ء": "", "ٔ": "", "ٕ": "", "ۃ": "ه", "ة": "ه", "ڤ": "ف", "ۆ": "و", "ێ": "ی",
})
# Sounds that Urdu/Persian pronounce alike and Latin transliteration does not distinguish.
_SOUND_FOLD = str.maketrans({"ص": "س", "ث": "س", "ذ": "ز", "ض": "ز", "ظ": "ز", "ط": "ت", "ح": "ه"})
_WEAK = "اویع"
_DROP_WEAK = str.maketrans("", "", _WEAK)
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_DOUBLE = re.compile(r"(.)\1+")
_NONWORD = re.compile(r"[^\w ]+")


def is_arabic_script(text: str) -> bool:
    return bool(_ARABIC.search(text))


def strip_article(word: str) -> str:
    """Drop a leading Arabic article ال (الاسد → اسد) when a real word remains."""
    if word.startswith("ال") and len(word) >= 4:
        return word[2:]
    return word


def article_stem(keyed: str) -> str:
    """``strip_article(fold_word(keyed))``, except that the article before a word starting with ل is cut
    first: folding merges the two lams, and الليبيين would lose the ل of ليبيين (→ يبين "he shows")."""
    if keyed.startswith("الل") and len(keyed) >= 5:
        return fold_word(keyed[2:])
    return strip_article(fold_word(keyed))


# A word opening with alef madda and lam (آلمان, آلبانی, آلودگی) never carries the article, which the key's
# alef folding would otherwise read into it.
MADDA_LAM = "آل"


def word_stem(written: str, keyed: str) -> str:
    """The k1 form of one word from its key, knowing how it was written: ``article_stem`` except for a word
    opening with آل, which keeps its letters (آلمان is Germany, not ال + مان, Urdu ماں "mother")."""
    return fold_word(keyed) if written.startswith(MADDA_LAM) else article_stem(keyed)


@lru_cache(maxsize=200_000)
def _k1_word(word: str) -> str:
    return word_stem(word, base_key(word))


def fold_word(keyed: str) -> str:
    """A key-form word with the Urdu/Persian letters folded, punctuation and spaces dropped and doubled
    letters collapsed (the substitutions are skipped when there is nothing to substitute: most words)."""
    w = keyed.translate(_SCRIPT_FOLD)
    if _NONWORD.search(w):
        w = _NONWORD.sub("", w)
    w = w.replace(" ", "")
    if _DOUBLE.search(w):
        w = _DOUBLE.sub(r"\1", w)
    return w


def name_key(text: str) -> str:
    """k1: spelling-level key of a (multi-word) Arabic-script name, words joined by single spaces."""
    # (the key folds آ into ا, so a word's written form decides whether it has an article: آلمانی‌ها is one stem)
    words = [k for raw in text.split() for k in
             ([fold_word(base_key(raw))] if raw.startswith(MADDA_LAM) else map(_k1_word, base_key(raw).split()))]
    return " ".join(w for w in words if w)


@lru_cache(maxsize=200_000)
def _k2_word(word: str) -> str:
    return k2_of_k1(_k1_word(word))


def k2_of_k1(k1: str) -> str:
    """The skeleton of a word from its k1 form (``_k2_word`` without recomputing k1)."""
    w = k1.translate(_SOUND_FOLD)
    if not w:
        return ""
    head, tail = w[0], w[1:]
    if head == "ع":
        head = "ا"
    elif head == "و":
        head = "ف"  # word-initial v/w: Urdu and Persian write و, Arabic ف (ولادیمیر / فلاديمير)
    return head + tail.translate(_DROP_WEAK)


def skeleton(text: str, *, join: bool = True) -> str:
    """k2: consonant skeleton of an Arabic-script name; words joined without spaces when ``join``."""
    if not is_arabic_script(text):
        return latin_skeleton(text, join=join)
    words = [_k2_word(w) for w in base_key(text).split()]
    words = [w for w in words if w]
    return ("" if join else " ").join(words)


# Latin → Arabic-script skeleton. Digraphs first; vowels vanish except at the start of a word.
_LATIN_DIGRAPHS = (
    ("kh", "خ"), ("sh", "ش"), ("ch", "ش"), ("gh", "غ"), ("th", "ت"), ("dh", "ز"), ("zh", "ز"), ("ph", "ف"),
    ("ck", "ک"), ("ow", "و"), ("ou", "و"), ("oo", "و"), ("ee", "ی"), ("ei", "ی"), ("ey", "ی"), ("ai", "ی"), ("ay", "ی"),
    ("aa", "ا"), ("ie", "ی"), ("qu", "ک"), ("dj", "ج"), ("tch", "ج"),
)
_LATIN_SINGLE = {
    "b": "ب", "p": "ب", "t": "ت", "d": "د", "r": "ر", "z": "ز", "s": "س", "f": "ف", "v": "ف", "w": "و",
    "k": "ک", "c": "ک", "q": "ک", "g": "ک", "j": "ج", "l": "ل", "m": "م", "n": "ن", "h": "ه", "x": "کس",
    "y": "ی", "a": "ا", "e": "ا", "i": "ا", "o": "ا", "u": "ا",
}
_LATIN_VOWELS = set("aeiouy")


@lru_cache(maxsize=200_000)
def _latin_word(word: str) -> str:
    w = unicodedata.normalize("NFKD", word.lower())
    w = "".join(c for c in w if c.isalpha() and c.isascii())
    w = _DOUBLE.sub(r"\1", w)
    if not w:
        return ""
    out: list[str] = []
    i = 0
    while i < len(w):
        for src, dst in _LATIN_DIGRAPHS:
            if w.startswith(src, i):
                out.append(dst if i == 0 or dst not in "اوی" else "")
                i += len(src)
                break
        else:
            c = w[i]
            if c in _LATIN_VOWELS and i > 0 and not (c == "y" and i + 1 < len(w) and w[i + 1] in "aeiou"):
                out.append("")
            else:
                dst = _LATIN_SINGLE.get(c, "")
                if c == "c" and i + 1 < len(w) and w[i + 1] in "eiy":
                    dst = "س"
                out.append(dst)
            i += 1
    s = "".join(out)
    if s and s[0] in "وی" and w[0] in "aeiou":
        s = "ا" + s[1:]
    elif s[:1] == "و":
        s = "ف" + s[1:]  # as in the Arabic-script skeleton: initial v/w
    return s


def latin_skeleton(text: str, *, join: bool = True) -> str:
    """Skeleton of a Latin-script name in the Arabic-script skeleton alphabet."""
    parts = re.split(r"[\s\-]+", text.strip())
    words = []
    for p in parts:
        low = p.lower()
        if low in ("al", "el", "al-", "el-") and len(parts) > 1:
            continue  # the article: al-Assad, el-Sisi
        if re.match(r"^(al|el)-", low):
            p = p[3:]
        words.append(_latin_word(p))
    words = [w for w in words if w]
    return ("" if join else " ").join(words)


# ---------------------------------------------------------------------------------------- distance
_CHEAP_GROUPS = ("کقجغخ", "تد", "سشز", "فوب", "هخا", "اعی", "ی", "زج", "نم", "لر")


def _sub_cost_table() -> dict[tuple[str, str], float]:
    table: dict[tuple[str, str], float] = {}
    for group in _CHEAP_GROUPS:
        for a in group:
            for b in group:
                if a != b:
                    table[(a, b)] = min(table.get((a, b), 1.0), 0.4 if group not in ("نم", "لر") else 0.7)
    return table


_SUB = _sub_cost_table()
_SUB_ROWS: dict[str, dict[str, float]] = {}


def _sub_row(ca: str) -> dict[str, float]:
    """What substituting ``ca`` by each letter costs (itself 0, a letter not listed 1)."""
    row = _SUB_ROWS.get(ca)
    if row is None:
        row = _SUB_ROWS[ca] = {cb: c for (x, cb), c in _SUB.items() if x == ca}
        row[ca] = 0.0
    return row


_INDEL_CHEAP = set("اویعه")


def distance(a: str, b: str, cutoff: float | None = None) -> float:
    """Weighted edit distance between two skeletons (spaces ignored).

    Substitutions within a phonetic group cost 0.4 (0.7 for n/m, l/r), other substitutions 1;
    inserting or deleting a weak letter (ا و ی ع ه) or a doubled letter costs 0.5, any other letter 1.
    With ``cutoff``, the answer is only exact up to it: a pair whose plain edit count alone puts it beyond
    the cut-off, or whose table has a whole row beyond it (the distance can then only grow), gets ``inf``
    at once (most name pairs compared are far apart).
    """
    a = a.replace(" ", "")
    b = b.replace(" ", "")
    if a == b:
        return 0.0
    if cutoff is not None:
        # every edit costs at least 0.4, so 0.4 × the plain edit count (rapidfuzz, in C) is a lower bound
        most = int(cutoff / 0.4 + 1e-9)  # (the epsilon: 3 × 0.4 must not fall below 1.2)
        if Levenshtein.distance(a, b, score_cutoff=most) > most:
            return float("inf")
    # a letter next to its own double (Hmeimim/Hmeim) or a weak letter is cheap to insert or drop
    cb_cost = [0.5 if ch in _INDEL_CHEAP or (j and b[j - 1] == ch) else 1.0 for j, ch in enumerate(b)]
    prev = [0.0]
    for c in cb_cost:
        prev.append(prev[-1] + c)
    for i, ca in enumerate(a):
        da = 0.5 if ca in _INDEL_CHEAP or (i and a[i - 1] == ca) else 1.0
        costs = _sub_row(ca)
        left = prev[0] + da
        cur = [left]
        for diag, up, cb, ins in zip(prev, prev[1:], b, cb_cost):  # min(substitute, delete, insert)
            x = diag + costs.get(cb, 1.0)
            y = up + da
            if y < x:
                x = y
            y = left + ins
            if y < x:
                x = y
            cur.append(x)
            left = x
        prev = cur
        if cutoff is not None and min(cur) > cutoff:
            return float("inf")
    return prev[-1]


def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """1 - distance normalised by the longer skeleton (0..1); 0 for anything below ``floor``."""
    n = max(len(a.replace(" ", "")), len(b.replace(" ", "")), 1)
    sim = max(0.0, 1.0 - distance(a, b, cutoff=(1.0 - floor) * n if floor > 0 else None) / n)
    return sim if sim >= floor else 0.0


# ------------------------------------------------------------------ vowel-aware forms (tie-breaking)
_LATIN_LONG = {"a": "ا", "e": "ی", "i": "ی", "o": "و", "u": "و", "y": "ی"}


@lru_cache(maxsize=200_000)
def vowel_form(text: str) -> str:
    """A finer form that keeps vowel letters (long vowels in Arabic script, every vowel in Latin),
    to break ties between candidates that share a skeleton (کیری vs کری for Kerry)."""
    if is_arabic_script(text):
        words = [_k1_word(w).translate(_SOUND_FOLD) for w in base_key(text).split()]
        return "".join(words)
    out = []
    for word in re.split(r"[\s\-]+", text.strip()):
        w = _DOUBLE.sub(r"\1", "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isalpha() and c.isascii()))
        if w in ("al", "el"):
            continue
        sk = _latin_word(w)
        # interleave: consonant skeleton letters plus a vowel letter for each vowel run
        res = []
        for run in re.findall(r"[aeiouy]+|[^aeiouy]+", w):
            if run[0] in "aeiouy":
                res.append(_LATIN_LONG[run[0]])
            else:
                res.append(_latin_word(run))
        out.append("".join(res) or sk)
    return "".join(out)
