"""Load the temporal lexicon (data/lexicon.json) into a phrase index over key-form tokens.

Words are stored in display spelling and folded here with ``khabar.normalize.key`` so the
tagger matches Urdu, Arabic and Persian spellings (ی/ي, ہ/ه/ة, ک/ك, hamza carriers) alike.
A phrase is a tuple of key tokens; every phrase maps to one or more ``Entry`` (a word can be
a month in one language and a number in another, so entries carry their language).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..normalize import key

__all__ = ["AR_DEF_NUMBERS", "AR_DEF_PLURALS", "LANGS", "TOKEN_RE", "Entry", "Lexicon", "lexicon", "tokenize"]

LANGS = ("ur", "ar", "fa", "en")
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]", re.UNICODE)  # words first: most tokens are
AR_PROCLITICS = ("و", "ف", "ب", "ل", "ک")
_FUNCTION_WORDS = frozenset({"میں", "کے", "کی", "کا", "سے", "فی", "من", "the", "of", "a", "in", "on"})
# definite plural unit nouns (key forms) that take a number word: السنوات الخمس الماضية
AR_DEF_PLURALS = {"السنوات": "Y", "الاعوام": "Y", "الاشهر": "M", "الشهور": "M", "الایام": "D", "الاسابیع": "W",
                  "العقود": "DE", "القرون": "CE", "الساعات": "H", "الدقایق": "MIN"}
# definite number words (key forms) before an indefinite plural unit: الثلاثة أيام الماضية (2 is left out: الاثنين is Monday)
AR_DEF_NUMBERS = {"الثلاثه": 3, "الثلاث": 3, "الاربعه": 4, "الاربع": 4, "الخمسه": 5, "الخمس": 5, "السته": 6, "الست": 6,
                  "السبعه": 7, "السبع": 7, "الثمانیه": 8, "الثمانی": 8, "التسعه": 9, "التسع": 9, "العشره": 10, "العشر": 10}
EXTRA_TRIGGER_WORDS = frozenset(AR_DEF_PLURALS) | frozenset(AR_DEF_NUMBERS) | frozenset({"بروز", "عده", "چند", "کئی", "several", "few", "امسال", "پارسال", "شهر", "ماه", "month", "یوم", "روز",
                                                                 "العقد", "الربع", "النصف"})


@dataclass(frozen=True)
class Entry:
    kind: str
    lang: str
    payload: Any = None


def tokenize(text_key: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text_key)]


def _toks(phrase: str) -> tuple[str, ...]:
    return tuple(t for t, _, _ in tokenize(key(phrase)))


class Lexicon:
    """Phrase index plus the few lookup tables the grammar needs."""

    def __init__(self, data: dict[str, Any], events: dict[str, Any], holidays: dict[str, Any] | None = None):
        self.data = data
        self.holidays = {h["id"]: h for h in (holidays or {}).get("holidays", [])}
        self.phrases: dict[tuple[str, ...], list[Entry]] = {}
        self.first_max: dict[str, int] = {}
        self.numbers: dict[str, dict[str, float]] = {lang: {} for lang in LANGS}
        self._build()
        self.vocab = {t for p in self.phrases for t in p}
        self.proclitic_forms = self._proclitic_forms()
        self.weak_months = {key(w) for w in data["weak_months"]}
        self.weak_weekdays = {key(w) for w in data["weak_weekdays"]}
        self.ur_num_keys = sorted(self.numbers["ur"], key=len, reverse=True)
        self._seg_cache: dict[str, float | None] = {}
        self.events = [
            {
                **ev,
                "cue_keys": {lang: [_toks(" ".join(c)) for c in sets] for lang, sets in ev["cues"].items()},
            }
            for ev in events["events"]
        ]
        for ev in self.events:  # (screening word, cue) pairs for event_mentions
            ev["cue_heads"] = {lang: [(cue_head(c), c) for c in cues if c] for lang, cues in ev["cue_keys"].items()}

    # ----------------------------------------------------------------- build
    def add(self, phrase: str, kind: str, lang: str, payload: Any = None) -> None:
        toks = _toks(phrase)
        if not toks:
            return
        entry = Entry(kind, lang, payload)
        bucket = self.phrases.setdefault(toks, [])
        if entry not in bucket:
            bucket.append(entry)
        self.first_max[toks[0]] = max(self.first_max.get(toks[0], 0), len(toks))

    def _per_lang(self, block: dict[str, list[str]], kind: str, payload: Any = None) -> None:
        for lang, words in block.items():
            for w in words:
                self.add(w, kind, lang, payload)

    def _build(self) -> None:
        d = self.data
        for cal, months in d["months"].items():
            for m, per_lang in months.items():
                self._per_lang(per_lang, "month", (cal, int(m)))
        for wd, per_lang in d["weekdays"].items():
            self._per_lang(per_lang, "weekday", int(wd))
        for lang, days in d["ordinal_day_words"].items():
            for n, words in days.items():
                for w in words:
                    self.add(w, "ordday", lang, int(n))
        self._arabic_ordinals()
        for lang, nums in d["numbers"].items():
            for n, words in nums.items():
                for w in words:
                    val = float(n)
                    self.add(w, "num", lang, val)
                    toks = _toks(w)
                    if len(toks) == 1:
                        self.numbers[lang][toks[0]] = val
        self._ordinals()
        for lang, units in d["units"].items():
            for u, words in units.items():
                for w in words:
                    word, _, count = w.partition(":")
                    self.add(word, "unit", lang, (u, float(count) if count else None))
        for lang, units in d["unit_nouns_for_relative"].items():
            for u, words in units.items():
                for w in words:
                    self.add(w, "relunit", lang, u)
        for direction, block in d["modifiers"].items():
            self._per_lang(block, "mod", {"past": -1, "current": 0, "next": 1}[direction])
        for lang, offs in d["relative_days"].items():
            for off, words in offs.items():
                for w in words:
                    self.add(w, "relday", lang, off)
        for lang, offs in d["relative_nights"].items():
            for off, words in offs.items():
                for w in words:
                    self.add(w, "relnight", lang, int(off))
        for value, block in d["refs"].items():
            self._per_lang(block, "ref", value)
        for value, words in d.get("refs_after_fi", {}).items():  # "في السابق", "في المستقبل": only after في
            for w in words:
                self.add(w, "ref_fi", "ar", value)
        for value, block in d["sets"].items():
            self._per_lang(block, "set", value)
        for kind in ("every", "ago", "later", "before_prep", "after_prep", "since", "about", "last_n",
                     "year_markers_before", "decade_nouns", "century_nouns", "anniversary", "clock", "coord"):
            self._per_lang(d[kind], kind)
        for cal, words in d["year_suffixes"].items():
            for w in words:
                for lang in LANGS:
                    self.add(w, "yearsuf", lang, cal)
        for w in d["century_suffixes"]:
            for lang in LANGS:
                self.add(w, "century_suffix", lang)
        for code, block in d["day_parts"].items():
            self._per_lang(block, "daypart", code)
        for lang, words in d["oclock_after"].items():
            for w in words:
                self.add(w, "oclock", lang)
        for w, frac in d["ur_clock_fractions"].items():
            self.add(w, "clockfrac", "ur", frac)
        for h, words in d["ar_fem_hours"].items():
            for w in words:
                self.add(w, "femhour", "ar", int(h))
        for lang, decs in d["decades"].items():
            for dec, words in decs.items():
                for w in words:
                    self.add(w, "decade", lang, int(dec))
        for code, block in d["seasons"].items():
            self._per_lang(block, "season", code)
        for h in self.holidays.values():  # عيد الفطر, نوروز, Christmas: (calendar, month, day, id)
            self._per_lang(h["names"], "holiday", (h["calendar"], h["month"], h["day"], h["id"]))
        for w in d["night_between_ur"]:
            self.add(w, "between_night", "ur")
        self.span_prefixes = {lang: {key(w) for w in ws} for lang, ws in d["span_prefixes"].items()}
        self.anniversary_words = {key(w) for ws in d["anniversary"].values() for w in ws}
        self.year_context_before = {lang: {key(w) for w in ws} for lang, ws in d["year_context_before"].items()}
        self.year_context_after = {lang: {key(w) for w in ws} for lang, ws in d["year_context_after"].items()}
        self.ur_wd_cues_after = [_toks(w) for w in d["weekday_ur_cues_after"]]
        self.ur_wd_cues_before = {key(w) for w in d["weekday_ur_cues_before"]}
        self.ur_week_cues_before = {key(w) for w in d["week_ur_cues_before"]}
        self.season_blockers = {key(w) for w in d["season_blockers"]}
        # key forms of the Arabic words that make the next word a name or a noun, not a time word
        self.ar_before_family_adjective = {key(w) for w in d["ar_family_name_cues"]["before_adjective"]}
        self.ar_given_names = {key(w) for w in d["ar_family_name_cues"]["given_names"]}
        self.ar_papers_named_today = {key(w) for w in d["ar_not_time_before"]["papers_named_today"]}
        self.ar_general_heads = {key(w) for w in d["ar_not_time_before"]["general_heads"]}
        self.month_context_before = {lang: {key(w) for w in ws} for lang, ws in d["month_context_before"].items()}
        self.future_ur = {key(w) for w in d["future_verbs_ur"]}
        self.past_ur = {key(w) for w in d["past_verbs_ur"]}
        self.ur_ordinal_suffixes = [key(s) for s in d["ordinals"]["ur_suffix"]]
        self.fa_ordinal_suffixes = [key(s) for s in d["ordinals"]["fa_suffix"]]

    def _arabic_ordinals(self) -> None:
        """Arabic ordinal day words 1–31 (الثامن, الحادي عشر, الحادي والعشرين) and their
        feminine forms 1–99 (for anniversaries: الذكرى الثانية عشرة)."""
        d = self.data
        tens = {int(k): v for k, v in d["ar_ordinal_tens"].items()}
        for gender, units in (("m", d["ar_ordinal_units_masc"]), ("f", d["ar_ordinal_units_fem"])):
            units_i = {int(k): v for k, v in units.items()}
            teen_words = d["ar_teen"]
            for n in range(1, 100):
                forms: list[str] = []
                u, t = n % 10, n // 10 * 10
                if n < 10:
                    forms = [w for w in units_i[n] if not w.startswith("الحادي")]
                elif n == 10:
                    forms = tens[10]
                elif n < 20:
                    forms = [f"{w} {teen}" for w in units_i[u] if w not in ("الأول", "الاول", "الأولى", "الاولى") for teen in teen_words]
                elif u == 0:
                    forms = tens[t]
                else:
                    forms = [f"{w} {sep}{tw}" for w in units_i[u] if w not in ("الأول", "الاول", "الأولى", "الاولى")
                             for tw in tens[t] for sep in ("و", "")]  # the grammar strips و from و+word
                for f in forms:
                    self.add(f, "ordinal", "ar", n)
                    if n <= 31 and gender == "m":
                        self.add(f, "ordday", "ar", n)

    def _ordinals(self) -> None:
        d = self.data["ordinals"]
        for lang in ("ur", "fa", "en"):
            for n, words in d[lang].items():
                for w in words:
                    self.add(w, "ordinal", lang, int(n))
        # number word + suffix: بارہ + ویں, دوازده + م / مین
        for lang, suffixes in (("ur", d["ur_suffix"]), ("fa", d["fa_suffix"])):
            for n, words in self.data["numbers"][lang].items():
                val = float(n)
                if val != int(val) or val < 1:
                    continue
                for w in words:
                    for s in suffixes:
                        self.add(w + s, "ordinal", lang, int(val))
                        if lang == "ur" and w.endswith("ہ"):
                            self.add(w[:-1] + s, "ordinal", lang, int(val))

    def _proclitic_forms(self) -> dict[str, tuple[str, int]]:
        """Arabic attached conjunctions and prepositions: و/ف/ب/ل/ك + word, لل + (ال)word,
        وب/ول/فب/فل + word, mapped to (word, prefix length)."""
        out: dict[str, tuple[str, int]] = {}
        for w in sorted(self.vocab):
            if not w or w[0].isdigit():
                continue
            for p in AR_PROCLITICS:
                out.setdefault(p + w, (w, 1))
            for p in ("وب", "ول", "فب", "فل"):
                out.setdefault(p + w, (w, 2))
            if w.startswith("ال"):
                out.setdefault("لل" + w[2:], (w, 1))
        for w in self.first_max:  # a word that is itself in the lexicon is never split
            out.pop(w, None)
        return out

    def cue_automaton(self):
        """Aho-Corasick automaton over the longest word of every event cue (values are the
        words): short cue words (ال-less particles, two-letter names) occur inside many words,
        so screening on the longest one keeps the matches few; the other words of a cue are
        checked only for the cues that pass."""
        auto = self.__dict__.get("_cue_auto")
        if auto is None:
            import ahocorasick

            auto = ahocorasick.Automaton()
            for ev in self.events:
                for cues in ev["cue_keys"].values():
                    for cue in cues:
                        if cue:
                            w = cue_head(cue)
                            auto.add_word(w, w)
            auto.make_automaton()
            self._cue_auto = auto
        return auto

    # ---------------------------------------------------------------- lookup
    NON_STARTING = frozenset({"century_suffix", "coord", "yearsuf", "ago", "later", "oclock", "decade_nouns", "anniversary", "between_night"})

    # Every expression contains a word of one of these kinds (or a digit); modifiers,
    # prepositions, number words and ordinals only ever extend such a core.
    CORE_KINDS = frozenset({"month", "weekday", "unit", "relunit", "relday", "relnight", "ref", "ref_fi", "set", "season", "holiday",
                            "decade", "century_nouns", "clock", "oclock", "anniversary"})

    def core_words(self, allowed: frozenset[str], lang: str | None) -> frozenset[str]:
        """Words whose presence makes the text around them worth tokenising: the longest token
        of every core phrase (هذه الأيام is found by الأيام, not by هذه; the window reaches
        back to the phrase start), number words of a hundred and more (spelled Urdu years),
        the Persian year words, and their Arabic proclitic forms (والشهر, بالأمس)."""
        cache = self.__dict__.setdefault("_core", {})
        if (allowed, lang) not in cache:
            def is_core(e: Entry) -> bool:
                return e.kind in self.CORE_KINDS or e.kind == "num" and e.payload >= 100

            plain = {p[0] for p, entries in self.phrases.items() if len(p) == 1 and not any(map(is_core, entries))}
            plain |= _FUNCTION_WORDS

            def cue(p: tuple[str, ...]) -> str:
                good = [t for t in p if t.isalpha() and t not in plain] or [t for t in p if t.isalpha()] or list(p)
                return max(reversed(good), key=len)

            words = {cue(p) for p, entries in self.phrases.items() if any(e.lang in allowed and is_core(e) for e in entries)}
            words |= {"امسال", "پارسال"}
            if lang in (None, "en"):
                words |= {"morning", "afternoon", "evening"}  # "this morning": a day part is core after "this" only
            if lang in (None, "ar"):
                words |= set(AR_DEF_PLURALS)
            if lang in (None, "ar"):
                words |= {f for f, (w, _) in self.proclitic_forms.items() if w in words}
            cache[(allowed, lang)] = frozenset(words)
        return cache[(allowed, lang)]

    def starters(self, allowed: frozenset[str]) -> frozenset[str]:
        """First tokens of phrases that can start an expression in these languages."""
        cache = self.__dict__.setdefault("_starters", {})
        if allowed not in cache:
            cache[allowed] = frozenset(
                p[0] for p, entries in self.phrases.items()
                if any(e.lang in allowed and e.kind not in self.NON_STARTING
                       and not (e.kind == "daypart" and e.lang == "ur")  # شام/رات only after a weekday
                       for e in entries)
            )
        return cache[allowed]

    def segment_ur_number(self, tok: str) -> float | None:
        """Spelled Urdu numbers are often written without spaces (دوہزارچھ): split greedily
        into number words; accept only full segmentations with a ہزار or سو in them."""
        if "هزار" not in tok and "سو" not in tok:
            return None
        cache = self._seg_cache
        if tok not in cache:
            if len(cache) > 20000:
                cache.clear()
            cache[tok] = _segment(tok, self.ur_num_keys, self.numbers["ur"])
        return cache[tok]


def cue_head(cue: tuple[str, ...]) -> str:
    """The word of an event cue that screens it (the longest: the rarest in running text)."""
    return max(cue, key=len)


def _segment(tok: str, words: list[str], values: dict[str, float]) -> float | None:
    n = len(tok)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for w in words:
            if tok.startswith(w, i) and (best[i + len(w)] is None or len(best[i + len(w)]) > len(best[i]) + 1):  # type: ignore[arg-type]
                best[i + len(w)] = best[i] + [w]  # type: ignore[operator]
    parts = best[n]
    if not parts or len(parts) < 2:
        return None
    nums = [values[p] for p in parts]
    if not any(v in (100.0, 1000.0) for v in nums):
        return None
    return compose_number(nums)


def compose_number(nums: list[float]) -> float:
    """دو ہزار گیارہ = 2*1000 + 11, انیس سو پینسٹھ = 19*100 + 65."""
    total = 0.0
    current = 0.0
    for v in nums:
        if v == 100:
            current = (current or 1) * 100
        elif v >= 1000:
            total += (current or 1) * v if v == 1000 else v
            current = 0
        else:
            current += v
    return total + current


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    pkg = resources.files("khabar.temporal.data")
    data = json.loads(pkg.joinpath("lexicon.json").read_text(encoding="utf-8"))
    events = json.loads(pkg.joinpath("events.json").read_text(encoding="utf-8"))
    holidays = json.loads(pkg.joinpath("holidays.json").read_text(encoding="utf-8"))
    return Lexicon(data, events, holidays)
