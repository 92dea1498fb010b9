"""The tagger's grammar: find time expressions in key-form tokens and fill their slots.

Matching runs on ``khabar.normalize.key`` tokens (Eastern Arabic and Persian digits are
ASCII there, Urdu/Arabic/Persian letter variants folded), with one phrase-index lookup per
token; a handful of hand-written patterns then read dates in any order (day month year,
month day year, Arabic ordinal days, numeric dates), years with their calendar suffixes,
weekdays (Urdu ہفتہ is Saturday only with a day cue, else week), relative expressions,
durations, sets, clock times, decades, centuries and seasons. Nothing is resolved here:
``resolve.py`` turns the slots into values once the article's anchor is known.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress
from operator import or_
from typing import Any

from .calendars import from_gregorian, to_gregorian
from .lexicon import AR_DEF_NUMBERS as _AR_DEF_NUMBERS
from .lexicon import AR_DEF_PLURALS as _AR_DEF_PLURALS
from .lexicon import EXTRA_TRIGGER_WORDS, TOKEN_RE, Entry, Lexicon

__all__ = ["Grammar", "Raw"]

SENT_END = {".", "?", "!", ";", "\n"}
_GROUP, _START = re.Match.group, re.Match.start
_BEFORE, _AFTER, _AFTER_UR = 30, 45, 140  # characters of context around a trigger
_PUNCT = ",.;:!?()[]{}\"'«»-_/"


def _wordchar(c: str) -> bool:
    """A letter, or the underscore that glues words in some corpora (کل_ہند is not کل)."""
    return c.isalpha() or c == "_"


_DEPUNCT = ',.:"()\'!?;/-–[]'  # the key form has already turned «», ، and ؛ into " , ;


def _depunct(seg: str) -> str:
    """Punctuation to spaces with C-level replaces (str.translate is slower on Arabic text)."""
    for ch in _DEPUNCT:
        if ch in seg:
            seg = seg.replace(ch, " ")
    return seg


def sentence_breaks(text_key: str) -> list[int]:
    """Offsets of sentence-ending characters. A full stop between digits (1.5) or next to a
    one-letter token (ه.ش, a.m.) does not end a sentence."""
    found = []
    for ch in ".?!;\n":  # str.find per character beats a regex scan over the whole text
        k = text_key.find(ch)
        while k >= 0:
            found.append(k)
            k = text_key.find(ch, k + 1)
    found.sort()
    out = []
    n = len(text_key)
    for p in found:
        if text_key[p] == ".":
            before = text_key[p - 1] if p else " "
            after = text_key[p + 1] if p + 1 < n else " "
            if before.isdigit() and after.isdigit():
                continue
            if before.isalpha() and (p < 2 or not text_key[p - 2].isalpha()) and not after.isspace():
                continue
            if after.isalpha() and (p + 2 >= n or not text_key[p + 2].isalpha()) and not before.isspace():
                continue
        out.append(p)
    return out


class _Sentences:
    """Sentence index of token i, from the offsets of sentence breaks (bisect, on demand)."""

    def __init__(self, breaks: list[int], starts: list[int]):
        self.breaks = breaks
        self.starts = starts

    def __getitem__(self, i: int) -> int:
        return bisect_right(self.breaks, self.starts[i] - 1)

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self):
        return (self[i] for i in range(len(self.starts)))
COMMA = {",", "-"}
_EXTRA_TRIGGERS = EXTRA_TRIGGER_WORDS
_DAY_ADJECTIVES = {"العالمی", "الوطنی", "الدولی", "الاخیر", "السابق", "الذی", "الموعود", "المفتوح", "الدراسی"}
FA_YEAR_WORDS = {"امسال": 0, "پارسال": -1}
_WEAK_SEASONS = frozenset({"ربیع", "خریف"})  # key forms
_YEAR_PARTS = {"الربع": ("Q", 4), "النصف": ("H", 2)}
_AR_FUTURE_WORDS = frozenset({"سوف", "المقرر", "المزمع", "سیتم", "ستتم"})  # key forms
_AR_FUTURE_VERB = re.compile(r"^[وف]?س[یتن][^\W\d_]{3,}$")  # سيعقد, ستنطلق, وسنعمل
_AR_NOT_FUTURE = ("سیاس", "سیار", "سیطر", "سیاح", "سید", "ستار", "سنو", "سنه", "سنی", "سنت", "سینما", "سیر", "سیول",
                  "ستین", "سته", "ستو", "سیف", "سیتی", "سینا", "ستر", "سنغ", "سنا", "سنب", "سنج", "سند", "ستال")  # nouns
# singular unit nouns (key forms) that count one after منذ or an "about" word: منذ أكثر من سنة is P1Y
_AR_SINGULAR_UNITS = frozenset({"شهر", "اسبوع", "یوم", "عام", "سنه", "قرن", "عقد", "ساعه"})
_CAL_NAMES = {"hijri": "Hijri", "gregorian": "Gregorian", "jalali": "Solar Hijri"}
_CAL_ADJ = {"الهجری": "hijri", "الهجریه": "hijri", "المیلادی": "gregorian", "المیلادیه": "gregorian"}  # key forms


_DECIMAL_POINTS = frozenset({".", ",", "\u066b"})  # the Arabic decimal separator ٫ too


@dataclass(slots=True)
class Raw:
    """One unresolved time expression; offsets are key-form token offsets until mapped back."""

    start: int
    end: int
    kind: str
    type: str = "DATE"
    y: int | None = None
    m: int | None = None
    d: int | None = None
    month_cal: str | None = None
    year_cal: str | None = None
    wd: int | None = None
    wd_stated: int | None = None  # weekday written next to a full date
    mod: int | None = None
    off: int | None = None
    unit: str | None = None
    n: float | None = None
    value: str | None = None
    daypart: str | None = None
    parts: list[Raw] = field(default_factory=list)
    tense: int = 0
    sent: int = 0
    approx: bool = False
    rel_year: int | None = None
    note: str | None = None
    after_prep: bool = False  # "بعد نحو شهر" / "after about a month"
    extra: dict[str, Any] = field(default_factory=dict)


# patterns in priority order, and which of them can start at a token, by the kinds of lexicon
# entries found there (#digit: a number; #long: a glued spelled Urdu number; #extra: EXTRA_TRIGGER_WORDS)
_ORDER = ("p_date", "p_numeric", "p_month", "p_year", "p_relday", "p_weekday", "p_relunit", "p_duration", "p_set",
          "p_ref", "p_time", "p_decade", "p_century", "p_season", "p_yearpart", "p_holiday")
_DISPATCH = {
    "#digit": ("p_date", "p_numeric", "p_year", "p_duration", "p_time", "p_century"), "#long": ("p_year", "p_duration"),
    "#extra": ("p_date", "p_weekday", "p_duration", "p_month", "p_year", "p_relday", "p_decade", "p_yearpart"),
    "month": ("p_month", "p_date"), "weekday": ("p_date", "p_weekday"), "ordday": ("p_date",),
    "unit": ("p_date", "p_weekday", "p_duration", "p_month"), "relunit": ("p_relunit", "p_relday"),
    "mod": ("p_month", "p_weekday", "p_relunit", "p_season", "p_relday"), "ref_fi": ("p_ref",), "relday": ("p_relday",), "relnight": ("p_relday",),
    "daypart": ("p_relday", "p_weekday"), "ref": ("p_ref",), "set": ("p_set",), "every": ("p_set",),
    "before_prep": ("p_duration",), "after_prep": ("p_duration",), "since": ("p_duration",),
    "last_n": ("p_duration",), "about": ("p_duration",), "num": ("p_date", "p_duration", "p_year", "p_time"),
    "year_markers_before": ("p_year",), "clock": ("p_time",), "clockfrac": ("p_time",), "femhour": ("p_time",),
    "decade": ("p_decade",), "century_nouns": ("p_century",), "ordinal": ("p_century",), "season": ("p_season",),
    "holiday": ("p_holiday",),
}
_FUNCS_BY_NAMES: dict[tuple[str, ...], tuple] = {}


def _funcs(cls: type, names: tuple[str, ...]) -> tuple:
    """The pattern functions (unbound, called with the grammar) for a tuple of names."""
    got = _FUNCS_BY_NAMES.get(names)
    if got is None:
        got = _FUNCS_BY_NAMES[names] = tuple(getattr(cls, n) for n in names)
    return got


_CACHE_MAX = 200_000  # words whose lexicon entries are remembered across articles
_CORE_REACH = 9  # tokens from a non-core starter to the core word it needs
_EN_FUTURE = frozenset({"will", "shall", "ll", "scheduled", "expected", "due", "planned", "plans", "upcoming", "begins", "starts"})
_EN_PAST = frozenset({"was", "were", "had", "did", "ago"})
_EN_DATE_PREPS = frozenset({"on", "since", "by", "until", "till", "from", "before", "after", "of", "in", "to", "through"})
_FA_YEAR_WORDS = {"امسال": 0, "پارسال": -1}  # this year, last year (key forms)
# "10 و 11 أبريل", "من 3 إلى 7 يناير", "۲۰ تا ۲۵ آبان", "20 سے 25 نومبر تک"
_DAY_COORD = frozenset({"و", "-", "الی", "حتی", "والی", "وحتی", "and", "to", "تا", "سی", "اور"})  # (key forms: سے is سی)


class Grammar:
    def __init__(self, lex: Lexicon, lang: str | None):
        self.lex = lex
        self.lang = lang if lang in ("ur", "ar", "fa", "en") else None
        # the word sets depend on the language only: built once per lexicon and language
        per_lang = lex.__dict__.setdefault("_grammar_sets", {})
        sets = per_lang.get(self.lang)
        if sets is None:
            allowed = frozenset({self.lang, "en"} if self.lang else {"ur", "ar", "fa", "en"})
            starters = lex.starters(allowed)
            sets = per_lang[self.lang] = (allowed, starters, lex.__dict__.setdefault("_single_cache", {}).setdefault(allowed, {}),
                                          starters | EXTRA_TRIGGER_WORDS, lex.core_words(allowed, self.lang), {}, {})
        self.allowed, self.starters, self._single, self._cand_words, self._core, self._single_kinds, self._names_by_form = sets

    # ------------------------------------------------------------ tokens
    def _prepare(self, text_key: str) -> None:
        self.text_key = text_key
        self.breaks = breaks = sentence_breaks(text_key)
        # Tokenise only around cues (a digit, ہزار, or a word that every expression needs: a
        # month, weekday, unit, relative day/unit, REF/SET word...; see Lexicon.core_words): a
        # window from a few words before to a few words after, inside its sentence (Urdu: the
        # whole sentence when short, else 140 characters, so the verb that gives the tense is in
        # reach). Modifiers and prepositions (هذا, بعد, کل) are tokenised only when a cue is near.
        # The cue words present are found with one C-level pass (whitespace words intersected with
        # the cue set), their positions with str.find, so text without any cue costs almost nothing.
        # Digits: the key form has ASCII digits for Arabic-Indic and Persian ones; other scripts'
        # digits do not open a window.
        ur = self.lang in (None, "ur")
        after = _AFTER_UR if ur else _AFTER
        n_text = len(text_key)
        present = self._core.intersection(_depunct(text_key).split())
        pos = []
        for d in "0123456789":  # str.find per digit beats a regex scan
            k = text_key.find(d)
            while k >= 0:
                if k == 0 or not "0" <= text_key[k - 1] <= "9":  # the first digit of a number
                    pos.append(k)
                k = text_key.find(d, k + 1)
        for w in present:
            L = len(w)
            k = text_key.find(w)
            while k >= 0:
                e = k + L
                if (k == 0 or not _wordchar(text_key[k - 1])) and (e >= n_text or not _wordchar(text_key[e])):
                    pos.append(k)
                k = text_key.find(w, e)
        if ur and "هزار" in text_key:  # glued spelled numbers: دوہزارچھ
            k = text_key.find("هزار")
            while k >= 0:
                pos.append(k)
                k = text_key.find("هزار", k + 4)
        windows: list[tuple[int, int]] = []
        if pos:
            pos.sort()
            ends = breaks + [n_text - 1]
            for p in pos:
                s = bisect_left(ends, p)  # the sentence of p ends at ends[s]
                sa = ends[s - 1] + 1 if s else 0
                sb = ends[s] + 1 if s < len(ends) else n_text
                if ur and sb - sa <= 2 * after:
                    wa, wb = sa, sb  # Urdu: the whole sentence, so the verb that gives the tense is in reach
                else:
                    wa, wb = max(sa, p - _BEFORE), min(sb, p + after)
                if windows and wa <= windows[-1][1]:
                    if wb > windows[-1][1]:
                        windows[-1] = (windows[-1][0], wb)
                else:
                    windows.append((wa, wb))
        toks: list[str] = []
        starts: list[int] = []
        gaps: list[int] = []
        last = 0
        for wa, wb in windows:
            # snap to whole words
            while wa > 0 and not text_key[wa - 1].isspace():
                wa -= 1
            while wb < n_text and not text_key[wb].isspace():
                wb += 1
            if starts and wa > last:
                gaps.append(wa - 1)  # tokens on either side of an untokenised stretch never join
            wa = max(wa, last)
            ms = list(TOKEN_RE.finditer(text_key, wa, wb))
            toks.extend(map(_GROUP, ms))
            starts.extend(map(_START, ms))
            if starts:
                last = starts[-1] + len(toks[-1])
        self.toks = toks
        self.starts = starts
        self.n = len(toks)
        # sentence index per token (grammar view: window gaps also separate), and the true one
        self.sent = _Sentences(sorted(breaks + gaps) if gaps else breaks, starts)
        self.true_sent = _Sentences(breaks, starts)
        self.prefix = [0] * self.n
        forms = list(toks)
        if self.lang in (None, "ar"):
            pro = self.lex.proclitic_forms
            if not pro.keys().isdisjoint(toks):
                for i, t in enumerate(toks):
                    if t in pro:
                        forms[i], self.prefix[i] = pro[t]
        self.forms = forms
        self._ents: dict[int, list[tuple[int, Entry]]] = {}
        self._kinds: dict[int, dict[str, tuple[int, Any]]] = {}

    def digit_glued(self, i: int) -> bool:
        """Token i ends where a number token starts (الـ20 in the key form is ال + 20)."""
        return i + 1 < self.n and self.toks[i + 1].isdigit() and self.end_of(i) == self.starts[i + 1]

    def end_of(self, i: int) -> int:
        """End offset (key form) of token i."""
        return self.starts[i] + len(self.toks[i])

    def ents_at(self, i: int) -> list[tuple[int, Entry]]:
        found = self._ents.get(i)
        if found is None:
            forms, lex = self.forms, self.lex
            maxlen = lex.first_max.get(forms[i], 0)
            if maxlen <= 1:  # single-token phrases: shared across articles
                found = self._single.get(forms[i])
                if found is None:
                    found = [(1, e) for e in lex.phrases.get((forms[i],), ()) if e.lang in self.allowed]
                    if len(self._single) < _CACHE_MAX:
                        self._single[forms[i]] = found
                self._ents[i] = found
                return found
            found = []
            for L in range(min(maxlen, self.n - i), 0, -1):
                for e in lex.phrases.get(tuple(forms[i : i + L]), ()):
                    if e.lang in self.allowed:
                        found.append((L, e))
            self._ents[i] = found
        return found

    def kinds_at(self, i: int) -> dict[str, tuple[int, Any]]:
        """Kind -> (tokens, payload) of the longest entry of each kind starting at token i
        (shared across articles for words that start no multi-word phrase)."""
        found = self._kinds.get(i)
        if found is None:
            f = self.forms[i]
            single = self.lex.first_max.get(f, 0) <= 1
            found = self._single_kinds.get(f) if single else None
            if found is None:
                found = {}
                for L, e in self.ents_at(i):
                    if e.kind not in found:
                        found[e.kind] = (L, e.payload)
                if single and len(self._single_kinds) < _CACHE_MAX:
                    self._single_kinds[f] = found
            self._kinds[i] = found
        return found

    def get(self, i: int, kind: str) -> tuple[int, Any] | None:
        if i < 0 or i >= self.n:
            return None
        k = self._kinds.get(i)
        if k is None:
            k = self.kinds_at(i)
        return k.get(kind)

    def family_name_after(self, i: int, cues: set[str]) -> bool:
        """Is the Arabic word at i, with the article, a family name: right after one of ``cues`` (a given name, a
        title or speech verb) in the same sentence?"""
        return self.lang in ("ar", None) and i > 0 and self.forms[i].startswith("ال") \
            and self.sent[i - 1] == self.sent[i] and self.forms[i - 1] in cues

    def tok(self, i: int) -> str:
        return self.forms[i] if 0 <= i < self.n else ""

    def is_digits(self, i: int) -> bool:
        return 0 <= i < self.n and self.toks[i].isdigit()

    def skip(self, i: int, allowed: set[str]) -> int:
        return i + 1 if self.tok(i) in allowed and self.sent[min(i, self.n - 1)] == self.sent[max(i - 1, 0)] else i

    # ------------------------------------------------------------ numbers
    def decimal_at(self, i: int) -> bool:
        """Tokens i, i + 1, i + 2 are one decimal number written without spaces: 7.5, 81٫4, 2,5."""
        return i + 2 < self.n and self.is_digits(i) and self.toks[i + 1] in _DECIMAL_POINTS \
            and self.is_digits(i + 2) and self.end_of(i) == self.starts[i + 1] and self.end_of(i + 1) == self.starts[i + 2]

    def number_at(self, i: int) -> tuple[float, int, bool] | None:
        if i >= self.n:
            return None
        if self.is_digits(i):
            if i >= 2 and self.decimal_at(i - 2):
                return None  # the 5 of 7.5 is no number of its own
            if self.decimal_at(i):
                return float(f"{int(self.toks[i])}.{self.toks[i + 2]}"), 3, True
            return float(self.toks[i]), 1, True
        lang = self.lang
        vals: list[float] = []
        j = i
        while j < self.n:
            hit = self.get(j, "num")
            if hit is None and lang in (None, "ur"):
                seg = self.lex.segment_ur_number(self.toks[j])
                if seg is not None:
                    hit = (1, seg)
            if hit is None and vals and self.toks[j].startswith("و") and lang in (None, "ar"):
                v = self.lex.numbers["ar"].get(self.toks[j][1:])
                if v is not None:
                    hit = (1, v)
            if hit is not None and not vals and lang == "ur" and self.forms[j] == "اسی":
                break  # اسی ہفتے / اسی سال: 'this same', not 80
            if hit is None:
                if vals and self.tok(j) in ("و", "and") and self.get(j + 1, "num"):
                    j += 1
                    continue
                break
            L, v = hit
            if vals and v in (1.0,) and self.tok(j) == "a":
                break
            vals.append(v)
            j += L
        if not vals:
            return None
        from .lexicon import compose_number

        if len(vals) > 1 and any(v != int(v) for v in vals):  # ڈیڑھ ایک ماہ: "a month and a half or so"
            return vals[0], j - i, False
        return compose_number(vals), j - i, False

    def year_at(self, i: int, *, bare_ok: bool) -> tuple[int, int, str | None, bool] | None:
        """(year, tokens used, calendar from suffix, had a marker or suffix)."""
        j = i
        marked = False
        mk = self.get(j, "year_markers_before")
        pre_cal = None
        if mk:
            j += mk[0]
            marked = True
            if self.tok(j) in _CAL_ADJ:  # "العام الهجري 1437", "السنة الميلادية 2016"
                pre_cal = _CAL_ADJ[self.tok(j)]
                j += 1
        y: int | None = None
        used = 0
        spelled = False
        if self.is_digits(j) and 3 <= len(self.toks[j]) <= 4:
            y, used = int(self.toks[j]), 1
        elif self.lang in (None, "ur"):
            num = self.number_at(j)
            if num and not num[2] and 1000 <= num[0] <= 2100 and num[0] == int(num[0]):
                y, used, spelled = int(num[0]), num[1], True
        if y is None:
            return None
        k = j + used
        cal = pre_cal
        suf = self.get(k, "yearsuf")
        if suf and self.sent[min(k, self.n - 1)] == self.sent[j]:
            # "ه" alone after a year is a suffix; "م" only right after the digits
            if not marked and y < 1000 and self.tok(k) == "م":
                return None  # "ارتفاعه 180 م", "سوى بـ 500 م": metres; a year that early comes with عام or سنة
            cal = suf[1]
            k += suf[0]
            marked = True
        if not marked and (not bare_ok or (spelled and y % 100 == 0)):
            return None  # a round number in words needs سنہ or ء: دو ہزار سے زائد is "more than two thousand"
        if not marked and not 1000 <= y <= 2100:
            return None
        if marked and not 100 <= y <= 2200:
            return None
        return y, k - i, cal, marked

    def day_at(self, i: int) -> tuple[int, int] | None:
        if self.is_digits(i) and len(self.toks[i]) <= 2:
            d = int(self.toks[i])
            if 1 <= d <= 31 and self.tok(i + 1) != ":":
                L = 1
                if self.tok(i + 1) in ("st", "nd", "rd", "th", "ویں"):
                    L = 2
                if self.tok(i + L) in ("of", "من") and self.get(i + L + 1, "month"):  # 8th of December, 15 من مارس
                    L += 1
                return d, L
            return None
        if self.lang in ("ur", "fa", "en") and self.get(i, "num"):
            num = self.number_at(i)  # گیارہ ستمبر, eleventh of ... spelled out
            if num and not num[2] and num[0] == int(num[0]) and 1 <= num[0] <= 31:
                return int(num[0]), num[1]
        od = self.get(i, "ordday")
        if od:
            L = od[0]
            if self.tok(i + L) in ("من", "of"):
                L += 1
            return od[1], L
        return None

    def month_at(self, i: int) -> tuple[str, int, int, bool] | None:
        hit = self.get(i, "month")
        if not hit:
            return None
        L, (cal, m) = hit
        weak = L == 1 and self.forms[i] in self.lex.weak_months
        k = i + L
        # "كانون الأول/ديسمبر", "تموز يوليو", "آذار (مارس)": the same month under its other name
        j = k + 1 if self.tok(k) in ("/", "(") else k
        other = self.get(j, "month") if j < self.n and self.sent[j] == self.sent[i] else None
        if other and j == k and self.lang not in ("ar", None):
            other = None  # side by side only in Arabic, which names a month twice; Urdu دے دی is "gave"
        if other and other[1] == (cal, m):
            L = j - i + other[0]
            if self.tok(k) == "(" and self.tok(i + L) == ")":
                L += 1
            weak = False
            k = i + L
        # "Jan. 15", "Sept. 3": the full stop of an English abbreviation
        if self.tok(k) == "." and self.lang in ("en", None) and len(self.forms[i]) <= 4 and self.is_digits(k + 1):
            L += 1
            k += 1
        # "آذر ماه ۱۴۰۳": the word month after a month name
        if self.tok(k) in ("ماه", "ماہ") and self.lang in ("fa", "ur", None):
            L += 1
        return cal, m, L, weak

    def weekday_at(self, i: int) -> tuple[int, int] | None:
        hit = self.get(i, "weekday")
        if not hit:
            return None
        return hit[1], hit[0]

    def mod_at(self, i: int, pre: bool = False) -> tuple[int, int] | None:
        """(direction, tokens) of a past/current/next modifier at i. After a noun (الشهر الماضي)
        it must be in the noun's sentence; before one (``pre``: گزشتہ سال, next March) it
        may open a sentence."""
        if i >= self.n or (not pre and self.sent[i] != self.sent[max(i - 1, 0)]):
            return None
        hit = self.get(i, "mod")
        return (hit[1], hit[0]) if hit else None

    def tense_ar(self, i: int) -> int:
        """Arabic future: سوف, من المقرر, or a verb with the future prefix سـ (سيعقد, ستقام, وسينطلق)
        among the few tokens before i in its sentence. No past reading: the default (the most recent
        occurrence) is the past one."""
        if self.lang != "ar":
            return 0
        for t in self._words_before(i):
            if t in _AR_FUTURE_WORDS or _AR_FUTURE_VERB.match(t) and not t.lstrip("وف").startswith(_AR_NOT_FUTURE):
                return 1
        return 0

    def _words_before(self, i: int, reach: int = 6) -> Iterator[str]:
        """The tokens before i, nearest first, at most ``reach`` of them and none beyond its sentence."""
        s = self.sent[i] if i < self.n else -1
        for j in range(i - 1, max(-1, i - reach - 1), -1):
            if self.sent[j] != s:
                return
            yield self.toks[j]

    def tense(self, i: int) -> int:
        """Urdu verbs come last: the first future (گا/گی/گے) or past auxiliary after i."""
        if self.lang != "ur":
            return 0
        s = self.sent[i] if i < self.n else -1
        for j in range(i, min(self.n, i + 40)):
            if self.sent[j] != s:
                break
            t = self.toks[j]
            if t in self.lex.future_ur:
                return 1
            if t in self.lex.past_ur:
                return -1
        return 0

    def tense_en(self, i: int) -> int:
        """English says the future before the date: "will meet on Jan. 15", "is scheduled for March";
        "was", "had", "did" before it the past (up to 6 words back, in the sentence)."""
        if self.lang != "en":
            return 0
        for t in self._words_before(i):
            if t in _EN_FUTURE:
                return 1
            if t in _EN_PAST:
                return -1
        return 0

    # ------------------------------------------------------------ scan
    def scan(self, text_key: str) -> list[Raw]:
        self._prepare(text_key)
        out: list[Raw] = []
        pos = 0
        first_max = self.starters
        ur = self.lang in (None, "ur")
        cls = type(self)
        pats_cache = self.lex.__dict__.setdefault("_pats_cache", {})
        names_by_form = self._names_by_form
        by_names = _FUNCS_BY_NAMES
        digit_patterns = by_names.get(_DISPATCH["#digit"]) or _funcs(cls, _DISPATCH["#digit"])
        long_patterns = by_names.get(_DISPATCH["#long"]) or _funcs(cls, _DISPATCH["#long"])
        extra_patterns = by_names.get(_DISPATCH["#extra"]) or _funcs(cls, _DISPATCH["#extra"])
        extra = _EXTRA_TRIGGERS
        forms = self.forms
        cand_words = self._cand_words
        digit = list(map(str.isdigit, forms))
        cands = list(compress(range(self.n), map(or_, map(cand_words.__contains__, forms), digit)))
        if not cands:
            return out
        # a modifier, preposition or number word starts an expression only with a core word
        # (month, unit, weekday, digits...) a few tokens on: skip the others without trying
        core = list(map(or_, map(self._core.__contains__, forms), digit))
        if ur and ("هزار" in self.text_key or "سو" in self.text_key):  # glued spelled numbers: دوہزارچھ
            glued = [k for k, f in enumerate(forms) if len(f) > 4 and ("هزار" in f or f.startswith("سو")) and f not in cand_words]
            if glued:
                cands = sorted(set(cands) | set(glued))
                for k in glued:
                    core[k] = True
        for i in cands:
            if i < pos or not (core[i] or True in core[i + 1 : i + _CORE_REACH]):
                continue
            f = forms[i]
            if f in first_max:
                names = names_by_form.get(f)  # words that start no multi-word phrase: by form
                if names is None:
                    ck = (tuple(e.kind for _, e in self.ents_at(i)), f in extra)
                    names = pats_cache.get(ck)
                    if names is None:
                        names = []
                        for kind in ck[0] + (("#extra",) if ck[1] else ()):
                            names.extend(n for n in _DISPATCH.get(kind, ()) if n not in names)
                        names = pats_cache[ck] = tuple(sorted(names, key=_ORDER.index))
                    if self.lex.first_max.get(f, 0) <= 1:
                        names_by_form[f] = names
                pats = by_names.get(names) or _funcs(cls, names)
            elif digit[i]:
                pats = digit_patterns
            elif f in extra:
                pats = extra_patterns
            elif not ur:
                continue
            else:
                pats = long_patterns
            best: tuple[int, Raw] | None = None
            for p in pats:
                r = p(self, i)
                if r is not None:
                    length, raw = r
                    if best is None or length > best[0]:
                        best = (length, raw)
            if best is None:
                continue
            length, raw = best
            start_tok = i
            skip_clitic = 0
            # "أوائل شهر مارس", "early March": the mod word belongs to the expression (TIMEX3 mod)
            if i > 0 and raw.kind in ("month", "date", "decade", "century", "relunit", "year") and \
                    self.forms[i - 1] in self.lex.span_prefixes.get(self.lang or "ar", ()) and self.sent[i - 1] == self.sent[i]:
                start_tok = i - 1
                raw.extra["mod_word"] = self.forms[i - 1]
            elif i > 0 and raw.kind in ("month", "date", "decade", "century", "relunit", "year") and self.lang == "ar" and \
                    self.forms[i - 1][:1] in ("ب", "و", "ل") and self.forms[i - 1][1:] in self.lex.span_prefixes["ar"] and \
                    self.sent[i - 1] == self.sent[i]:
                start_tok, skip_clitic = i - 1, 1  # "بنهاية العام الجاري": the mod word without its preposition
                raw.extra["mod_word"] = self.forms[i - 1][1:]
            elif i > 0 and raw.kind == "date" and self.toks[i - 1] == "ال" and self.digit_glued(i - 1):
                start_tok = i - 1  # "الـ20 من يناير": the article written on the day number
            elif raw.extra.get("back") and i - raw.extra["back"] >= (out[-1].extra["tok"][1] if out else 0):
                start_tok = i - raw.extra["back"]  # في السابق: the preposition is part of the adverb; دهه ۱۹۸۰
            if raw.kind == "duration" and self.get(i, "since"):
                start_tok = i + 1  # منذ/since signals the duration; it is not part of it
            elif raw.kind in ("date", "month") and raw.y is None and raw.mod is None and raw.rel_year is None and \
                    self.lang in ("ar", "en") and self._since_before(start_tok):
                raw.mod = -1  # "منذ 5 يناير": since a day that has already come, the one before the anchor
            raw.start = self.starts[start_tok] + (self.prefix[start_tok] or skip_clitic)
            raw.end = self.end_of(i + length - 1)
            raw.sent = self.true_sent[i]
            raw.extra["tok"] = (i, i + length)
            out.append(raw)
            pos = i + length
        return out

    def _since_before(self, i: int) -> bool:
        """منذ / since (or منذ يوم, منذ مطلع, since early) right before token i, in its sentence."""
        for back in (1, 2):
            j = i - back
            if j < 0 or self.sent[j] != self.sent[i]:
                return False
            if self.forms[j] in ("منذ", "since"):
                return True
            if self.forms[j] not in ("یوم", "شهر", "مطلع", "بدایه", "اوائل", "early", "late", "mid"):
                return False
        return False

    # ------------------------------------------------------------ patterns
    def _unit_ordinal(self, j: int) -> bool:
        """Token j (an ordinal word) follows a week/month/year noun (الأسبوع الأول, العام الثاني)."""
        ru = self.get(j - 1, "relunit")
        if ru and ru[1] in ("W", "M", "Y"):
            return True
        u = self.get(j - 1, "unit")
        return bool(u and u[1][0] in ("W", "M", "Y", "DE", "CE"))

    def _trailing_weekday(self, k: int) -> tuple[int, int] | None:
        j = k
        if self.tok(j) in (",", "بروز", "روز", "یوم", "day"):
            j += 1
        w = self.weekday_at(j)
        if w and self.sent[min(j, self.n - 1)] == self.sent[min(k, self.n - 1)]:
            return w[0], j + w[1] - k
        return None

    def p_date(self, i: int) -> tuple[int, Raw] | None:
        j = i
        wd_lead = None
        if self.tok(j) in ("یوم", "روز", "بروز"):
            w = self.weekday_at(j + 1)
            if w and (self.day_at(j + 1 + w[1]) or self.day_at(j + 2 + w[1])):
                j += 1
        w = self.weekday_at(j)
        if w:
            k = j + w[1]
            k = self.skip(k, COMMA)
            mon = self.month_at(k) if self.lang in ("en", None) else None
            if self.day_at(k) or (mon and self.is_digits(k + mon[2])):  # "Tuesday, Dec. 10"
                wd_lead, j = w[0], k
        day = self.day_at(j)
        if day and not self.is_digits(j) and self._unit_ordinal(j):
            return None  # "الأسبوع الأول من يناير", "الشهر الثالث من العام": the ordinal counts the unit
        if day:
            k = j + day[1]
            if self.tok(k) in ("ماه", "ماہ"):
                k += 1
            mon = self.month_at(k)
            if mon is None:
                got = self._day_without_month(j, k, day[0], wd_lead)
                return (got[0] - i, got[1]) if got else None
            cal, m, mlen, _weak = mon
            k += mlen
            raw = Raw(0, 0, "date", d=day[0], m=m, month_cal=cal)
            k2 = self.skip(k, {","})
            yr = self.year_at(k2, bare_ok=True)
            if yr and not (self.is_digits(k2) and self.tok(k2 + 1) in (":",)):
                raw.y, raw.year_cal = yr[0], yr[2]
                k = k2 + yr[1]
            elif self._of_year(k):  # the year of "5 مايو من عام 2010" is its own expression too
                raw.y, raw.year_cal = self._of_year(k)[:2]  # type: ignore[index]
            elif self._rel_year_after(k):
                raw.rel_year, k = self._rel_year_after(k)  # type: ignore[misc]
            if raw.y is None and raw.rel_year is None:
                md = self.mod_at(k)
                if md:
                    raw.mod = md[0]
                    k += md[1]
            if wd_lead is not None:
                raw.wd_stated = wd_lead
            else:
                tw = self._trailing_weekday(k)
                if tw:
                    raw.wd_stated = tw[0]
                    k += tw[1]
            raw.tense = self.tense(k) or self.tense_en(i)
            return k - i, raw
        # month-first (English style): December 8, 2024
        mon = self.month_at(j)
        if mon and self.is_digits(j + mon[2]) and len(self.toks[j + mon[2]]) <= 2:
            glued = self.end_of(j + mon[2] - 1) == self.starts[j + mon[2]]  # ستمبر11
            cal, m, mlen, weak = mon
            k = j + mlen
            d = int(self.toks[k])
            if not 1 <= d <= 31 or self.month_at(k + 1):
                return None
            k += 1
            if self.tok(k) in ("st", "nd", "rd", "th"):
                k += 1
            raw = Raw(0, 0, "date", d=d, m=m, month_cal=cal)
            k2 = self.skip(k, {","})
            yr = self.year_at(k2, bare_ok=True)
            if yr:
                raw.y, raw.year_cal = yr[0], yr[2]
                k = k2 + yr[1]
            elif (weak and not self._english_month_before_day(j)) or (self.lang != "en" and not glued):
                return None
            if wd_lead is not None:
                raw.wd_stated = wd_lead
            raw.tense = self.tense_en(i)
            return k - i, raw
        return None

    def _english_month_before_day(self, j: int) -> bool:
        """"Jan 15", "Aug. 3": an English month abbreviation before a day number is a date (jan, aug, dec are
        no English words); "May 15" and "Mar 3" only after a preposition (may, mar are verbs)."""
        if self.lang not in ("en", None):
            return False
        return self.forms[j] not in ("may", "mar") or self.tok(j - 1) in _EN_DATE_PREPS

    def _of_year(self, k: int) -> tuple[int, str | None, int] | None:
        """(year, calendar, end token) for "من عام 2010" / "من العام 2010" / "من 2010" / "of 2010"
        after a month: "5 مايو من عام 2010" is 5 May 2010. The caller keeps its span before من
        (TimeML as in this corpus annotates "X من Y" as two expressions: الخمسينيات | القرن الماضي)."""
        if self.tok(k) not in ("من", "of") or self.sent[min(k + 1, self.n - 1)] != self.sent[max(k - 1, 0)]:
            return None
        yr = self.year_at(k + 1, bare_ok=True)
        if not yr or not (yr[3] or len(self.toks[k + 1]) == 4):
            return None
        return yr[0], yr[2], k + 1 + yr[1]

    def _rel_year_after(self, k: int) -> tuple[int, int] | None:
        """(year offset, end token) for "من العام الماضي" / "of last year" / "of this year", and the Persian
        ezafe "مرداد امسال", "شهریور سال گذشته" (the month of this / last year)."""
        if self.lang in ("fa", None) and k < self.n and self.sent[k] == self.sent[k - 1]:
            own = _FA_YEAR_WORDS.get(self.forms[k])
            if own is not None:
                return own, k + 1
            ru = self.get(k, "relunit") if self.forms[k] == "سال" else None
            md = self.mod_at(k + ru[0]) if ru and ru[1] == "Y" else None
            if md:
                return md[0], k + ru[0] + md[1]
        if self.tok(k) not in ("من", "of"):
            return None
        k1 = k + 1
        md0 = self.mod_at(k1) if self.tok(k1) in ("هذا", "هذه", "this", "last", "next") else None
        if md0:
            k1 += md0[1]
        ru = self.get(k1, "relunit")
        if not ru or ru[1] != "Y":
            return None
        if md0:
            return md0[0], k1 + ru[0]
        md = self.mod_at(k1 + ru[0])
        return (md[0], k1 + ru[0] + md[1]) if md else None

    def _day_without_month(self, j: int, k: int, d: int, wd_lead: int | None) -> tuple[int, Raw] | None:
        """(end token, raw) for a day at j..k that no month name follows: in "يومي 10 و11 أبريل",
        "من 3 إلى 7 يناير 2016", "5-6 May", "۲۰ تا ۲۵ آبان" the first of two coordinated days takes the month (and
        year, modifier) of the second; its span is the day alone (TimeML annotates each day), the
        second day is read as its own date."""
        if self.sent[min(k, self.n - 1)] != self.sent[j]:
            return None
        t = self.tok(k)
        if t in _DAY_COORD and self.day_at(k + 1) and (t != "-" or self.is_digits(j)):
            second = self.p_date(k + 1)
            if second is None or second[1].kind != "date" or second[1].m is None:
                return None
            r2 = second[1]
            if t not in ("و", "and") and not d < (r2.d or 0):
                return None
            raw = Raw(0, 0, "date", d=d, m=r2.m, month_cal=r2.month_cal, y=r2.y, year_cal=r2.year_cal, mod=r2.mod,
                      rel_year=r2.rel_year, tense=r2.tense, wd_stated=wd_lead)
            return k, raw
        return None

    def p_numeric(self, i: int) -> tuple[int, Raw] | None:
        if not (self.is_digits(i) and self.tok(i + 1) in ("/", "-", ".") and self.is_digits(i + 2)
                and self.tok(i + 3) == self.tok(i + 1) and self.is_digits(i + 4)):
            return None
        if self.end_of(i) != self.starts[i + 1] or self.end_of(i + 3) != self.starts[i + 4]:
            return None
        a, b, c = int(self.toks[i]), int(self.toks[i + 2]), int(self.toks[i + 4])
        la, lc = len(self.toks[i]), len(self.toks[i + 4])
        if la == 4:
            y, m, d = a, b, c
        elif lc == 4:
            y, m, d = c, b, a
            if m > 12 and d <= 12:
                m, d = d, m
        else:
            return None
        if not (1 <= m <= 12 and 1 <= d <= 31):
            return None
        raw = Raw(0, 0, "date", y=y, m=m, d=d, month_cal="numeric")
        k = i + 5
        suf = self.get(k, "yearsuf")
        if suf:
            raw.year_cal = suf[1]
            k += suf[0]
        return k - i, raw

    def p_month(self, i: int) -> tuple[int, Raw] | None:
        j = i
        prefixed = False
        mod = None
        if self.tok(j) in ("شهر", "ماه", "ماہ", "month") and self.month_at(j + 1):
            j += 1
            prefixed = True
        elif self.lang in ("ur", "en", None) and self.mod_at(j, True) and self.month_at(j + self.mod_at(j, True)[1]):
            md = self.mod_at(j, True)
            if md[0] != 0 or self.lang == "en":  # "اس مارچ" is rare; "this March" is fine
                mod = md[0]
                j += md[1]
        mon = self.month_at(j)
        if mon is None:
            return None
        cal, m, mlen, weak = mon
        k = j + mlen
        raw = Raw(0, 0, "month", m=m, month_cal=cal, mod=mod)
        k2 = self.skip(k, {","})
        yr = self.year_at(k2, bare_ok=True)
        if yr:
            raw.y, raw.year_cal = yr[0], yr[2]
            k = k2 + yr[1]
        elif self._of_year(k):  # "شهر مايو من العام 2010": the month takes the year, which is its own expression
            raw.y, raw.year_cal = self._of_year(k)[:2]  # type: ignore[index]
        elif mod is None:
            md = self.mod_at(k) if self.lang != "en" else None  # English modifiers come first
            en_ry = self.lang == "en" and self.tok(k) in ("last", "next", "this") and self.tok(k + 1) == "year"
            if md:
                raw.mod = md[0]
                k += md[1]
            elif en_ry:  # "in October last year"
                raw.rel_year, k = {"last": -1, "next": 1, "this": 0}[self.tok(k)], k + 2
            elif cal == "gregorian" or self.lang in ("fa", None):
                ry = self._rel_year_after(k)  # "نوفمبر من العام الماضي": November of last year; مرداد امسال
                if ry:
                    raw.rel_year, k = ry
        if raw.y is None and raw.mod is None and raw.rel_year is None and self.lang in ("ar", None):
            self._coordinated_month(raw, k)  # "يناير وفبراير 2016": the first month takes the second's year
        if weak and raw.y is None and raw.mod is None and raw.rel_year is None and not prefixed and \
                not (self.lang == "ar" and cal != "jalali" and self.prefix[j] == 0
                     and self.tok(j - 1) in self.lex.month_context_before.get("ar", ())) and \
                not (self.lang == "ur" and cal == "gregorian" and self.tok(k) in ("میں", "تک", "سی")):
            # (Urdu: a Gregorian month before میں/تک/سے is the month: جون میں, "in June")
            return None  # مارس is also a verb, رمضان a name: the month only after في/منذ/خلال... (not دي: في دي موين)
        if self.lang == "ur" and raw.y is None and raw.mod is None and self.tok(k) in ("کے", "کی", "کا") and weak:
            return None
        raw.tense = self.tense(k) or self.tense_en(i)
        return k - i, raw

    def _coordinated_month(self, raw: Raw, k: int) -> None:
        """"يناير وفبراير 2016", "مارس وأبريل الماضيين": a month coordinated with a second one takes
        its year, modifier or relative year (its span stays its own; the second is read next)."""
        if k < self.n and self.tok(k) == "و" and self.month_at(k + 1):
            k2 = k + 1
        elif k < self.n and self.prefix[k] == 1 and self.toks[k].startswith("و") and self.month_at(k):
            k2 = k
        else:
            return
        second = self.p_month(k2)
        if second is None or second[1].month_cal != raw.month_cal or raw.m is None:
            return
        r2 = second[1]
        if r2.y is not None:
            raw.y, raw.year_cal = r2.y - (1 if r2.m is not None and raw.m > r2.m else 0), r2.year_cal
        elif r2.mod is not None or r2.rel_year is not None:
            raw.mod, raw.rel_year = r2.mod, r2.rel_year

    def p_year(self, i: int) -> tuple[int, Raw] | None:
        if self.tok(i) in FA_YEAR_WORDS and self.lang in ("fa", None):
            return 1, Raw(0, 0, "relunit", unit="Y", off=FA_YEAR_WORDS[self.tok(i)])
        yr = self.year_at(i, bare_ok=True)
        if not yr:
            return None
        y, used, cal, marked = yr
        if self.lang == "fa" and not marked and y % 10 == 0 and i and self.forms[i - 1] == "دهه" and self.sent[i - 1] == self.sent[i]:
            return 1, Raw(0, 0, "decade", value=str(y // 10), extra={"back": 1})  # "دهه ۱۹۸۰": the 1980s
        if not marked:
            # a bare number is a year only in a year context
            prev = self.tok(i - 1)
            nxt = self.tok(i + used)
            ctx_b = self.lex.year_context_before.get(self.lang or "ar", set()) | {"(", "-"}
            ctx_a = self.lex.year_context_after.get(self.lang or "ar", set()) | {".", ",", ")", "-", ":", "؟", "?", ""}
            if self.tok(i + used) == "s" and y % 10 == 0:  # 1990s
                return used + 1, Raw(0, 0, "decade", value=str(y // 10), type="DATE")
            if not (prev in ctx_b or nxt in ctx_a or (self.sent[min(i + used, self.n - 1)] != self.sent[i])):
                return None
            if self.get(i + used, "unit") or self.get(i + used, "month"):
                return None
            if not 1800 <= y <= 2100:
                return None
        if self.lang == "ur" and self.tok(i + used) == "کی" and self.get(i + used + 1, "decade_nouns"):
            return used + 2, Raw(0, 0, "decade", value=str(y // 10))
        return used, Raw(0, 0, "year", y=y, year_cal=cal)

    def _weekday_core(self, i: int) -> tuple[int, int] | None:
        """A weekday word at i that really is a weekday here (Urdu ہفتہ/پیر/بدھ need a cue)."""
        w = self.weekday_at(i)
        if not w:
            return None
        wd, L = w
        f = self.forms[i]
        if self.lang == "ur" or (self.lang is None and f in ("هفته", "هفتی")):
            nxt = tuple(self.forms[i + L : i + L + 2])
            cue_after = any(nxt[: len(c)] == c for c in self.lex.ur_wd_cues_after)
            prev = self.tok(i - 1)
            cue_before = prev in ("بروز", "روز") or (prev in ("اور", "سے", "تا") and self.weekday_at(i - 2) is not None)
            if f in ("هفته", "هفتی"):
                if prev in self.lex.ur_week_cues_before and prev not in ("اور",):
                    return None
                if nxt[:1] == ("اور",) and not self.weekday_at(i + L + 1):
                    return None
                if nxt[:1] in (("سی",), ("تک",)) or not (cue_after or cue_before):
                    return None
            elif not (cue_after or cue_before) and f not in ("اتوار", "جمعرات", "سوموار"):
                return None
        elif self.lang == "fa" and f == "هفته" or f in self.lex.weak_weekdays and self.tok(i - 1) not in ("یوم", "روز", "day", "on") \
                and not (i and self.get(i - 1, "daypart") and self.sent[i - 1] == self.sent[i]) \
                and not (self.get(i + L, "daypart") and self.sent[min(i + L, self.n - 1)] == self.sent[i]):
            return None  # a weak weekday (جمعه: also the Friday prayer) needs روز/یوم or a day part: صبح جمعه, جمعه شب
        return wd, L

    def p_weekday(self, i: int) -> tuple[int, Raw] | None:
        if self.family_name_after(i, self.lex.ar_given_names):
            return None  # "بيان أحمد الخميس", "محمد السبت": al-Khamis, al-Sabt are family names
        j = i
        daypart = None
        dp = self.get(j, "daypart")
        if dp and self.lang != "ur" and self._weekday_core(j + dp[0]):
            daypart = dp[1]
            j += dp[0]
        mod = None
        if self.lang in ("ur", "en") and self.mod_at(j, True) and self.mod_at(j, True)[0] != 0 and \
                self.weekday_at(j + self.mod_at(j, True)[1]):
            md = self.mod_at(j, True)
            mod = md[0]
            j += md[1]
        if self.tok(j) in ("یوم", "روز", "بروز") and self.weekday_at(j + 1):
            j += 1
        w = self._weekday_core(j)
        if not w:
            return None
        wd, L = w
        k = j + L
        raw = Raw(0, 0, "weekday", wd=wd, mod=mod, daypart=daypart)
        if mod is None:
            md = self.mod_at(k)
            if md:
                raw.mod = md[0]
                k += md[1]
        # coordination: بدھ اور جمعرات / السبت والأحد / Saturday and Sunday
        c = k
        if self.get(c, "coord") and self.weekday_at(c + 1):
            second = self.weekday_at(c + 1)
            raw = Raw(0, 0, "wdrange", parts=[raw, Raw(0, 0, "weekday", wd=second[0])])
            k = c + 1 + second[1]
        elif self.prefix[c] == 1 if c < self.n else False:
            second = self.weekday_at(c)
            if second and self.toks[c].startswith("و"):
                raw = Raw(0, 0, "wdrange", parts=[raw, Raw(0, 0, "weekday", wd=second[0])])
                k = c + second[1]
        if self.lang == "ur" and self.tok(k) in ("کی", "کو"):
            bn = self.get(k + 1, "between_night")
            if bn and raw.kind == "wdrange":
                raw.daypart = "TNI"
                raw.type = "TIME"
                k = k + 1 + bn[0]
            elif self.tok(k) == "کی" and self.get(k + 1, "daypart"):
                raw.daypart = self.get(k + 1, "daypart")[1]
                raw.type = "TIME"
                k += 1 + self.get(k + 1, "daypart")[0]
        elif daypart is None and self.lang != "ur" and self.get(k, "daypart") and raw.kind == "weekday":
            dp2 = self.get(k, "daypart")
            raw.daypart = dp2[1]
            k += dp2[0]
        if raw.daypart:
            raw.type = "TIME"
        raw.tense = self.tense(k) or self.tense_ar(i) or self.tense_en(i)  # "سيعقد الاجتماع الأحد": the coming Sunday
        if raw.kind == "weekday" and self.tok(k) == "الموافق" and (self.p_date(k + 1) or self.p_numeric(k + 1)):
            raw.extra["muwafiq"] = True  # "يوم الأحد الموافق 27 ديسمبر": the weekday is that date (tagger)
        return k - i, raw

    def p_relday(self, i: int) -> tuple[int, Raw] | None:
        if self.forms[i] == "یوم":  # "يوم أمس", "يوم غد": the noun belongs to the expression
            rd = self.get(i + 1, "relday")
            if not rd or self.forms[i + 1] == "الیوم":
                return None
            got = self.p_relday(i + 1)
            return (got[0] + 1, got[1]) if got else None
        if self.forms[i] == "this" and self.lang in ("en", None):
            dp = self.get(i + 1, "daypart")  # "this morning", "this evening": today's
            return (1 + dp[0], Raw(0, 0, "relday", type="TIME", off=0, daypart=dp[1])) if dp else None
        j = i
        daypart = None
        dp = self.get(j, "daypart")
        if dp and (self.get(j + dp[0], "relday") or self.get(j + dp[0], "relnight")):
            daypart = dp[1]
            j += dp[0]
        night = self.get(j, "relnight")
        rd = self.get(j, "relday")
        if night and (not rd or night[0] >= rd[0]):
            raw = Raw(0, 0, "relday", type="TIME", off=night[1], daypart="TNI")
            return j + night[0] - i, raw
        if not rd:
            return None
        if self.lang in ("ar", None) and self.forms[j] == "الیوم" and j > 0 and self.forms[j - 1] in self.lex.ar_papers_named_today:
            return None  # عين اليوم, صحيفة اليوم: newspapers named "today"
        L, off = rd
        k = j + L
        f = self.forms[j]
        if f == "غد" and daypart is None and self.tok(j - 1) not in ("یوم", "بعد"):
            return None  # bare indefinite غد is "a tomorrow" (غد أفضل); the adverb is غدا
        if f == "الیوم":
            nxt = self.tok(k)
            if nxt in ("التالی",):
                if self.day_at(k + 1) or self.weekday_at(k + 1):  # "اليوم التالي 8 ديسمبر": the date says it
                    return None
                return k + 1 - i, Raw(0, 0, "relday", off=1, note="the next day, read from the publication date")
            if self.get(k, "ordinal") or nxt in _DAY_ADJECTIVES:  # اليوم الأول, اليوم العالمي: 'the day', not 'today'
                return None
        if off in ("+-1", "+-2"):
            t = self.tense(k)
            base = 1 if off == "+-1" else 2
            off_i = base if t > 0 else -base
            if self.lang == "ur" and f == "کل" and t == 0:
                off_i = -1
        else:
            off_i = int(off)
        raw = Raw(0, 0, "relday", off=off_i, daypart=daypart)
        w = self.weekday_at(k)
        if w:
            raw.wd_stated = w[0]
            k += w[1]
        if daypart is None:
            dp2 = self.get(k, "daypart")
            if dp2:
                raw.daypart = dp2[1]
                k += dp2[0]
        if raw.daypart:
            raw.type = "TIME"
        return k - i, raw

    def p_relunit(self, i: int) -> tuple[int, Raw] | None:
        # ar/fa: unit noun + modifier (الشهر الماضي, ماه گذشته); also هذا العام, هذه السنة
        ru = self.get(i, "relunit")
        if ru and ru[1] == "W" and self.tok(i - 1) == "نهایه" and self.sent[i - 1] == self.sent[i]:
            md = self.mod_at(i + ru[0])  # "نهاية الأسبوع (المقبل)": the weekend (TIMEX3 2015-W52-WE)
            return ru[0] + (md[1] if md else 0), Raw(0, 0, "relunit", unit="W", off=md[0] if md else 0,
                                                     extra={"weekend": True})
        if ru:
            L, unit = ru
            md = self.mod_at(i + L)
            if md and not self.number_at(i + L):
                if unit == "D":
                    return None
                if unit == "Y" and md[0] == 0 and (yr := self._stated_year(i + L + md[1])):
                    return L + md[1] + yr[1], Raw(0, 0, "year", y=yr[0])  # "العام الحالي 2015": the year it names
                return L + md[1], Raw(0, 0, "relunit", unit=unit, off=md[0])
            if self.tok(i + L) == "قبل" and unit != "D":
                md = self.mod_at(i + L + 1)
                if md and md[0] == -1:  # العام قبل الماضي: the year before last
                    return L + 1 + md[1], Raw(0, 0, "relunit", unit=unit, off=-2)
        md = self.mod_at(i, True)
        if md:
            j = i + md[1]
            ru = self.get(j, "relunit")
            if ru and ru[1] != "D":
                if self.tok(i) in ("نفس",):
                    return None
                if ru[1] == "Y" and md[0] == 0 and (yr := self._stated_year(j, marker=True)):
                    return md[1] + yr[1], Raw(0, 0, "year", y=yr[0])  # "هذا العام 2015": one expression, its year
                return md[1] + ru[0], Raw(0, 0, "relunit", unit=ru[1], off=md[0])
        return None

    def _stated_year(self, k: int, marker: bool = False) -> tuple[int, int] | None:
        """(year, tokens) of a Gregorian year written in digits at k ("2015"; with ``marker``, "العام 2015" from
        the unit word on), in the same sentence: the year a "this year" names outright."""
        yr = self.year_at(k, bare_ok=True)
        if not yr or yr[2] not in (None, "gregorian") or self.sent[min(k + yr[1] - 1, self.n - 1)] != self.sent[k]:
            return None
        digits = k + (1 if marker else 0)
        if not (self.is_digits(digits) and len(self.toks[digits]) == 4) or (marker and not self.get(k, "year_markers_before")):
            return None
        return yr[0], yr[1]

    def _counted_plural(self, i: int) -> tuple[int, Raw] | None:
        """"السنوات الخمس الماضية", "الأيام الثلاثة المقبلة": a definite plural unit noun, a
        definite number word and an optional past/next modifier is a duration (TimeML PnY)."""
        unit = _AR_DEF_PLURALS.get(self.forms[i]) if self.lang in ("ar", None) else None
        f = self.tok(i + 1)
        n = self.lex.numbers["ar"].get(f[2:]) if unit and f.startswith("ال") else None
        if not n or n < 2:
            return None
        return self._counted_end(i, i + 2, unit, n)

    def _counted_end(self, i: int, k: int, unit: str, n: float, needs_modifier: bool = False) -> tuple[int, Raw] | None:
        """The duration from token i of n units, with the past/next modifier at k if there is one
        (الماضية, المقبلة, الأخيرة), which the span takes in (TimeML: "السنوات الخمس الماضية" is P5Y)."""
        md = self.mod_at(k)
        ln = self.get(k, "last_n") if not md else None
        if md and md[0] != 0:
            k += md[1]
        elif ln and self.sent[k] == self.sent[k - 1]:
            k += ln[0]
        elif needs_modifier:
            return None
        return k - i, Raw(0, 0, "duration", type="DURATION", unit=unit, n=n)

    def _definite_count(self, i: int) -> tuple[int, Raw] | None:
        """"الثلاثة أيام الماضية", "الخمس سنوات المقبلة": a definite number word, an indefinite plural unit
        and a past/next modifier (the colloquial order of "الأيام الثلاثة الماضية")."""
        n = _AR_DEF_NUMBERS.get(self.forms[i]) if self.lang in ("ar", None) else None
        u = self.get(i + 1, "unit") if n else None
        if not u or u[1][1] is not None:
            return None
        return self._counted_end(i, i + 1 + u[0], u[1][0], float(n), needs_modifier=True)

    def p_duration(self, i: int) -> tuple[int, Raw] | None:
        if self.forms[i] in _AR_DEF_PLURALS:
            cp = self._counted_plural(i)
            if cp:
                return cp
        if self.forms[i] in _AR_DEF_NUMBERS:
            return self._definite_count(i)
        j = i
        last = False
        prep = None
        kinds = self.kinds_at(i)
        if "before_prep" in kinds or "after_prep" in kinds or "since" in kinds:
            prep = "before" if "before_prep" in kinds else ("after" if "after_prep" in kinds else "since")
            j += 1
        if self.get(j, "last_n") and self.lang in ("ur", "en", "fa", None):
            last = True
            j += self.get(j, "last_n")[0]
        approx = False
        ab = self.get(j, "about")
        if ab:
            approx = True
            j += ab[0]
        num = self.number_at(j)
        if num:
            n, nlen, digits = num
            bare = prep is None or (prep == "after" and self.tok(i).lower() in ("in", "في"))
            if digits and bare and not approx and len(self.toks[j]) == 4 and 1900 <= n <= 2100:
                return None  # "في 2009 عام الأزمة", "In 2010 days were…": a year, not 2009 years (قبل 2000 عام still counts)
            u = self.get(j + nlen, "unit")
            if not u:
                return None
            unit, count = u[1]
            if count:  # "خمسة يومين" does not happen; dual forms carry their own count
                return None
            k = j + nlen + u[0]
        else:
            if self.tok(j) in ("عده", "چند", "کئی", "several", "few"):
                n = None
                u = self.get(j + 1, "unit")
                if not u:
                    return None
                unit, count = u[1]
                k = j + 1 + u[0]
            else:
                u = self.get(j, "unit")
                if not u or u[1][1] is None:
                    if u and prep == "after" and approx or u and prep in ("before", "after") and self.lang == "ar" and u[1][0] in ("M", "W", "D", "Y") and self.forms[j] in ("شهر", "اسبوع", "یوم", "عام", "سنه") \
                            or u and (prep == "since" or approx) and self.lang == "ar" and self.forms[j] in _AR_SINGULAR_UNITS \
                            and not (self.is_digits(j + u[0]) or self.get(j + u[0], "weekday") or self.get(j + u[0], "month")):
                        # بعد نحو شهر: about a month after; منذ أكثر من سنة, منذ قرن: for (more than) a year, a century
                        unit, n, k = u[1][0], 1.0, j + u[0]
                    else:
                        return None
                else:
                    head = self.forms[j - 1] if j > 0 else ""
                    if self.forms[j] in ("عامین", "عامون") and (head in self.lex.ar_general_heads or head[1:] in self.lex.ar_general_heads):
                        return None  # مدراء عامين: "general managers", not two years
                    unit, n = u[1]
                    k = j + u[0]
        ln = self.get(k, "last_n")
        if ln and self.lang in ("ar", "fa", None):
            last = True
            k += ln[0]
        raw = Raw(0, 0, "duration", type="DURATION", unit=unit, n=n, approx=approx)
        ago = self.get(k, "ago")
        if ago and not last and self.lang != "ar":
            raw.kind, raw.type = "ago", "DATE"
            raw.off = -1
            k += ago[0]
        elif prep == "before" and not last:
            raw.kind, raw.type, raw.off = "ago", "DATE", -1
        elif prep == "after":
            raw.after_prep = True
            if unit in ("Y", "DE", "CE") and not approx:
                raw.kind, raw.type, raw.off = "ago", "DATE", 1
        elif prep is None and self.lang in ("ur", "fa") and self.get(k, "later"):
            raw.extra["later"] = True
        return k - i, raw

    def p_set(self, i: int) -> tuple[int, Raw] | None:
        s = self.get(i, "set")
        if s:
            if self.family_name_after(i, self.lex.ar_before_family_adjective):
                return None  # "المهندس الشهري", "وقال الشهري": al-Shehri, a family name, not "monthly"
            return s[0], Raw(0, 0, "set", type="SET", value=s[1])
        ev = self.get(i, "every")
        if not ev:
            return None
        j = i + ev[0]
        num = self.number_at(j)
        n = 1.0
        if num and num[0] < 1000:
            n, j = num[0], j + num[1]
        u = self.get(j, "unit")
        if u:
            unit, count = u[1]
            if count:
                n = count
            k = j + u[0]
            w = self.weekday_at(k)
            if unit == "D" and w:
                return k + w[1] - i, Raw(0, 0, "set", type="SET", value=f"XXXX-WXX-{w[0] + 1}")
            return k - i, Raw(0, 0, "set", type="SET", value=_duration_value(unit, n))
        w = self.weekday_at(j)
        if w:
            return j + w[1] - i, Raw(0, 0, "set", type="SET", value=f"XXXX-WXX-{w[0] + 1}")
        return None

    def p_ref(self, i: int) -> tuple[int, Raw] | None:
        r = self.get(i, "ref")
        if not r:
            r = self.get(i, "ref_fi")  # "في السابق" (previously), "في المستقبل": the noun only after في
            if r and i > 0 and self.tok(i - 1) == "فی" and self.prefix[i] == 0 and self.sent[i - 1] == self.sent[i]:
                return r[0], Raw(0, 0, "ref", value=r[1], extra={"back": 1})
            return None
        return r[0], Raw(0, 0, "ref", value=r[1])

    def p_time(self, i: int) -> tuple[int, Raw] | None:
        # HH:MM
        if self.is_digits(i) and self.tok(i + 1) == ":" and self.is_digits(i + 2) and len(self.toks[i + 2]) == 2:
            h, mi = int(self.toks[i]), int(self.toks[i + 2])
            if h <= 24 and mi < 60:
                k = i + 3
                dp = self._clock_daypart(k) or self.get(k, "oclock")
                if dp:
                    k += dp[0]
                    h = _pm(h, dp[1])
                return k - i, Raw(0, 0, "time", type="TIME", value=f"T{h:02d}:{mi:02d}")
        clk = self.get(i, "clock")
        if clk:
            j = i + clk[0]
            fh = self.get(j, "femhour")
            num = self.number_at(j)
            mi = 0
            if fh:
                h, k = fh[1], j + fh[0]
            elif self.decimal_at(j) and int(self.toks[j]) <= 24 and len(self.toks[j + 2]) == 2 and int(self.toks[j + 2]) < 60:
                h, mi, k = int(self.toks[j]), int(self.toks[j + 2]), j + 3  # "الساعة 10.30": 10:30
            elif num and num[0] <= 24 and num[0] == int(num[0]):
                h, k = int(num[0]), j + num[1]
            else:
                return None
            if self.tok(k) == ":" and self.is_digits(k + 1) and len(self.toks[k + 1]) == 2 and int(self.toks[k + 1]) < 60:
                mi = int(self.toks[k + 1])  # "الساعة 10:30"
                k += 2
            elif k < self.n and self.toks[k] in _AR_CLOCK_FRACTIONS and self.lang in ("ar", None):
                mi = _AR_CLOCK_FRACTIONS[self.toks[k]]  # "الساعة الثامنة والنصف" (the whole token: و + النصف)
                k += 1
            dp = self._clock_daypart(k)
            if dp:
                k += dp[0]
                h = _pm(h, dp[1])  # "الساعة الثالثة عصرا" is 15:00
            return k - i, Raw(0, 0, "time", type="TIME", value=f"T{h:02d}:{mi:02d}")
        if self.lang in ("ur", None):
            j = i
            # "شام 7 بجے": evening, 19:00 (an Urdu day part starts nothing itself: شام is also Syria)
            part = self.get(i - 1, "daypart") if self.lang == "ur" and i and self.sent[i - 1] == self.sent[i] else None
            fr = self.get(j, "clockfrac")
            if fr:
                j += fr[0]
            num = self.number_at(j)
            if num and num[0] <= 12:
                k = j + num[1]
                oc = self.get(k, "oclock")
                if oc:
                    k += oc[0]
                    h = num[0] + (fr[1] if fr else 0)
                    if self.tok(k) == "کر" or self.tok(k - 1) == "بجکر":
                        k += 1 if self.tok(k) == "کر" else 0
                        m2 = self.number_at(k)
                        if m2 and self.get(k + m2[1], "unit") and self.get(k + m2[1], "unit")[1][0] == "MIN":
                            h += m2[0] / 60
                            k += m2[1] + 1
                    hh, mm = int(h), round((h - int(h)) * 60)
                    if part and part[0] == 1:
                        hh = _pm(hh, part[1])  # the span stays the clock time, as the Urdu gold sets mark it
                    return k - i, Raw(0, 0, "time", type="TIME", value=f"T{hh:02d}:{mm:02d}")
        return None

    def _clock_daypart(self, k: int) -> tuple[int, Any] | None:
        """The day part after a clock time ("الساعة الثالثة عصرا"), unless it opens an expression of
        its own ("الساعة العاشرة صباح اليوم", "مساء الخميس": صباح/مساء belong to اليوم/الخميس)."""
        dp = self.get(k, "daypart")
        if not dp or self.sent[min(k, self.n - 1)] != self.sent[max(k - 1, 0)]:
            return None
        j = k + dp[0]
        if self.get(j, "relday") or self.get(j, "relnight") or self.weekday_at(j) or self.tok(j) == "یوم":
            return 0, dp[1]  # read for the hour (الثامنة مساء اليوم is 20:00), left to the next expression
        return dp

    def _century_digits(self, k: int) -> tuple[int, int] | None:
        """(hundreds, tokens) of "القرن التاسع عشر" / "القرن الماضي" / "القرن الحالي" at k (for a
        decade inside it; the past/current century of a news text is the 20th/21st)."""
        cn = self.get(k, "century_nouns")
        if not cn:
            return None
        j = k + cn[0]
        od = self.get(j, "ordinal")
        if od and 1 <= od[1] <= 21:
            return od[1] - 1, j + od[0] - k
        md = self.mod_at(j)
        if md and md[0] in (-1, 0):
            return (19 if md[0] == -1 else 20), j + md[1] - k
        return None

    def p_decade(self, i: int) -> tuple[int, Raw] | None:
        j = i
        if self.forms[i] == "العقد" and self.lang in ("ar", None):
            # "العقد الأول من القرن الماضي": the ordinal decade of a century (the century is its own timex)
            od = self.get(i + 1, "ordinal")
            n = od[1] if od and 1 <= od[1] <= 10 else (10 if self.forms[i + 1] == "الاخیر" else None)
            if n is None or self.tok(i + 2) != "من":
                return None
            cd = self._century_digits(i + 3)
            if not cd:
                return None
            return 2, Raw(0, 0, "decade", value=f"{cd[0]}{n - 1}")
        dec = self.get(j, "decade")
        if not dec:
            return None
        k = j + dec[0]
        cent = 19
        if not self.forms[j].startswith("ال") and self.lang in ("ar", None):
            # construct state: "ثلاثينيات القرن الماضي" is one expression (without the century it is
            # an age: في ثلاثينيات عمره)
            cd = self._century_digits(k)
            if not cd:
                return None
            return k + cd[1] - i, Raw(0, 0, "decade", value=f"{cd[0]}{dec[1]}")
        after = self.forms[k + 1] if k + 1 < self.n else ""
        age = after[2:] if after.startswith("ال") else after
        if self.lang in ("ar", None) and self.tok(k) == "من" and age.startswith(("عمر", "اعمار")):
            return None  # "في العشرينات من العمر", "الثلاثينيات من عمره": an age, not the 1920s
        if self.tok(k) in ("من",) and self.get(k + 1, "century_nouns"):
            # "الخمسينيات من القرن التاسع عشر": the century names the decade's hundreds (its own timex)
            od = self.get(k + 1 + self.get(k + 1, "century_nouns")[0], "ordinal")
            if od:
                cent = od[1] - 1
        return k - i, Raw(0, 0, "decade", value=f"{cent}{dec[1]}")

    def p_century(self, i: int) -> tuple[int, Raw] | None:
        cn = self.get(i, "century_nouns")
        if cn:
            j = i + cn[0]
            od = self.get(j, "ordinal")
            if od and 1 <= od[1] <= 21:
                k = j + od[0]
                suf = self.get(k, "century_suffix")
                return k + (suf[0] if suf else 0) - i, Raw(0, 0, "century", value=f"{od[1] - 1:02d}")
            md = self.mod_at(j)
            if md:
                return j + md[1] - i, Raw(0, 0, "century", off=md[0])
            j2 = j + 1 if self.tok(j) == "ال" and self.digit_glued(j) else j
            if self.is_digits(j2) and 1 <= int(self.toks[j2]) <= 21 and self.lang in ("ar", None):
                k = j2 + 1  # "القرن الـ19", "القرن 20"
                suf = self.get(k, "century_suffix")
                return k + (suf[0] if suf else 0) - i, Raw(0, 0, "century", value=f"{int(self.toks[j2]) - 1:02d}")
            return None
        od = self.get(i, "ordinal")
        if self.is_digits(i) and self.tok(i + 1) in ("st", "nd", "rd", "th", "ویں", "وین", "واں"):
            od = (2, int(self.toks[i]))  # "the 18th century", "19 ویں صدی"
        if od and 1 <= od[1] <= 21:
            cn = self.get(i + od[0], "century_nouns")
            if cn:
                k = i + od[0] + cn[0]
                suf = self.get(k, "century_suffix")
                return k + (suf[0] if suf else 0) - i, Raw(0, 0, "century", value=f"{od[1] - 1:02d}")
        return None

    def p_season(self, i: int) -> tuple[int, Raw] | None:
        pre = self.mod_at(i, True) if self.lang in ("en", "ur", "fa", None) else None
        if pre and self.get(i + pre[1], "season"):  # "last summer", "next spring", گزشتہ موسم سرما
            got = self.p_season(i + pre[1])
            if got and got[1].mod is None and got[1].y is None:
                got[1].mod = pre[0]
                return pre[1] + got[0], got[1]
            return None
        s = self.get(i, "season")
        if not s:
            return None
        k = i + s[0]
        if self.tok(k) in self.lex.season_blockers:
            return None
        raw = Raw(0, 0, "season", value=s[1])
        md = self.mod_at(k)
        if md:
            raw.mod = md[0]
            k += md[1]
        else:
            # "صيف 2014", "summer of 2014", "شتاء العام الماضي": the season of a stated year
            k2 = k + 1 if self.tok(k) in ("of", "عام", "سنه", "العام") and self.is_digits(k + 1) else k
            yr = self.year_at(k2, bare_ok=True) if self.is_digits(k2) or k2 > k else None
            if yr:
                raw.y = yr[0]
                k = k2 + yr[1]
            else:
                ru = self.get(k, "relunit")
                md = self.mod_at(k + ru[0]) if ru and ru[1] == "Y" else None
                if md:
                    raw.mod = md[0]
                    k += ru[0] + md[1]  # type: ignore[index]
        if self.forms[i] in _WEAK_SEASONS and raw.y is None and raw.mod is None:
            return None  # indefinite ربيع/خريف (also a name, and ربيع الأول) only with a year
        if self.forms[i] in ("fall", "spring") and raw.y is None and raw.mod is None and not self.mod_at(i - 1, True) \
                and self.tok(i - 1) not in ("the", "in", "early", "late", "mid", "during", "by"):
            return None  # "emissions must fall", "a hot spring": the verb and the noun, not the season
        return k - i, raw

    def p_holiday(self, i: int) -> tuple[int, Raw] | None:
        """"عيد الأضحى المقبل", "نوروز 1404", "Eid al-Fitr 2015": a holiday on a fixed day of its calendar, as
        that day (``holidays.json``), with an optional past/next modifier or year. A Hijri holiday with a
        Gregorian year is its occurrence in that year."""
        h = self.get(i, "holiday")
        if not h:
            return None
        cal, m, d, hid = h[1]
        k = i + h[0]
        raw = Raw(0, 0, "date", m=m, d=d, month_cal=cal)
        raw.extra["holiday"] = (f"{self.lex.holidays[hid]['gloss']}: day {d} of month {m} of the {_CAL_NAMES[cal]} calendar"
                                + (" (Umm al-Qura; the observed day may differ by one)" if cal == "hijri" else ""))
        md = self.mod_at(k)
        if md:
            raw.mod = md[0]
            return k + md[1] - i, raw
        ry = self._rel_year_after(k)  # "عيد الفطر من العام الماضي", "عید قربان سال گذشته"
        if ry:
            raw.rel_year = ry[0]
            if self.lang == "fa":
                raw.year_cal = "jalali"  # Persian سال گذشته / امسال count Solar Hijri years
            return ry[1] - i, raw
        yr = self.year_at(k, bare_ok=True) if self.sent[min(k, self.n - 1)] == self.sent[i] else None
        if yr:
            y, used, ycal, _ = yr
            ycal = ycal or ("gregorian" if y > 1500 else cal)
            if ycal == cal:
                raw.y = y
            elif ycal == "gregorian":
                ay = from_gregorian(cal, dt.date(y, 1, 1))[0]
                days = [g for g in (to_gregorian(cal, ay + n, m, d) for n in (0, 1)) if g is not None and g.year == y]
                if not days:
                    return None
                raw.y, raw.m, raw.d, raw.month_cal = y, days[0].month, days[0].day, "gregorian"
            else:
                return None
            k += used
        return k - i, raw

    def p_yearpart(self, i: int) -> tuple[int, Raw] | None:
        """"الربع الأول من العام الجاري", "النصف الثاني من 2015": a quarter or half of a year
        (TIMEX3 2015-Q1, 2015-H2). Of a century ("النصف الثاني من القرن العشرين") it is not read."""
        part = _YEAR_PARTS.get(self.forms[i]) if self.lang in ("ar", None) else None
        if not part:
            return None
        letter, count = part
        od = self.get(i + 1, "ordinal")
        n = od[1] if od and 1 <= od[1] <= count else (count if self.forms[i + 1] in ("الاخیر", "الاخیره") else None)
        if n is None or self.tok(i + 2) != "من":
            return None
        k = i + 3
        raw = Raw(0, 0, "yearpart", value=f"{letter}{n}")
        yr = self.year_at(k, bare_ok=True)
        if yr and (yr[3] or len(self.toks[k]) == 4) and yr[2] in (None, "gregorian"):
            raw.y = yr[0]
            return k + yr[1] - i, raw
        ru = self.get(k, "relunit")
        if ru and ru[1] == "Y":
            md = self.mod_at(k + ru[0])
            if md:
                raw.off = md[0]
                return k + ru[0] + md[1] - i, raw
            if self.tok(k).startswith("ال") and not self.number_at(k + ru[0]) and not self.year_at(k, bare_ok=True) \
                    and not self.tok(k + ru[0]).startswith("ال"):
                raw.off = 0  # "النصف الثاني من العام": of the year the text is in (not of "العام المالي", a fiscal year)
                return k + ru[0] - i, raw
        md0 = self.mod_at(k, True) if self.tok(k) in ("هذا", "هذه") else None
        if md0 and self.get(k + md0[1], "relunit") and self.get(k + md0[1], "relunit")[1] == "Y":
            raw.off = 0
            return k + md0[1] + self.get(k + md0[1], "relunit")[0] - i, raw
        return None


_AR_CLOCK_FRACTIONS = {"والنصف": 30, "والربع": 15, "والثلث": 20}  # key forms


def _pm(h: int, part: Any) -> int:
    """Hour on the 24-hour clock after an afternoon/evening/night word (عصرا, مساء, ليلا, pm)."""
    # afternoon: 1-7 (الحادية عشرة ظهرا, دوپہر گیارہ بجے are 11:00); evening: any hour below 12; night: 6-11
    if h < 12 and (part == "TAF" and 1 <= h <= 7 or part == "TEV" or part == "TNI" and h >= 6):
        return h + 12
    return h


def _duration_value(unit: str, n: float | None) -> str:
    if n is None:
        num = "X"
    else:
        num = str(int(n)) if n == int(n) else f"{n:g}"
    if unit in ("H", "MIN", "S"):
        return f"PT{num}{'M' if unit == 'MIN' else unit}"
    return f"P{num}{unit}"
