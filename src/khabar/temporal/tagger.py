"""The temporal tagger: text (+ language, + known publication date) -> TimeExpr list.

Order of work: find expressions on the key form (``grammar``); read the absolute ones
(``resolve.resolve_absolute``), Gregorian first so they can serve as evidence for Solar Hijri
repairs; take the anchor from the metadata or infer it from the content (``pubdate``); read
the relative ones against it; when the anchor was inferred, re-infer once with the now
resolved dates and re-read if it moved. Offsets are mapped back to the display text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..document import TimeExpr
from .grammar import Grammar, Raw
from .keymap import fast_key_with_map
from .lexicon import lexicon
from .pubdate import PubGuess, infer_published
from .calendars import from_gregorian, year_span
from .resolve import Resolved, _range, resolve_absolute, resolve_relative

__all__ = ["TagResult", "parse_anchor", "tag"]


@dataclass
class TagResult:
    dates: list[TimeExpr] = field(default_factory=list)
    anchor: dt.date | None = None
    published: PubGuess | None = None  # set when inferred from content
    kinds: list[str] = field(default_factory=list)  # grammar kind of each date (date, month, relday, duration, ...)


def parse_anchor(published: str | None) -> dt.date | None:
    """ISO date, datetime, YYYY-MM (mid-month) or YYYY (mid-year)."""
    if not published:
        return None
    s = published.strip()
    try:
        if len(s) >= 10:
            return dt.date.fromisoformat(s[:10])
        if len(s) == 7:
            return dt.date(int(s[:4]), int(s[5:7]), 15)
        if len(s) == 4:
            return dt.date(int(s), 7, 1)
    except ValueError:
        return None
    return None


def _absolute_pass(raws: list[Raw], lang: str | None) -> dict[int, Resolved]:
    out: dict[int, Resolved] = {}
    plain: list[tuple[int, dt.date]] = []
    deferred = []
    for idx, r in enumerate(raws):
        if r.kind == "date" and r.y is not None and r.month_cal == "gregorian" and 1300 <= r.y < 1500:
            deferred.append(idx)
            continue
        res = resolve_absolute(r, lang, [], [])
        if res is not None:
            out[idx] = res
            if res.day is not None:
                plain.append((r.sent, res.day))
    for idx in deferred:
        r = raws[idx]
        others = [d for _, d in plain]
        same = [d for s, d in plain if s == r.sent]
        res = resolve_absolute(r, lang, others, same)
        if res is not None:
            out[idx] = res
    return out


def _sentence_reference(raws: list[Raw], done: dict[int, Resolved], idx: int) -> dt.date | None:
    """The last Gregorian date or year stated earlier in the same sentence, for a day or month
    written without a year: "زار موسكو في 5 مارس 2012، ثم عاد في 10 أبريل" is April 2012 whatever
    the publication date (TimeML's narrative reference time). Modified (الماضي), related (من العام
    الماضي) and non-Gregorian expressions keep the publication-date reading."""
    r = raws[idx]
    if r.kind not in ("date", "month") or (r.month_cal or "gregorian") != "gregorian" or r.mod is not None \
            or r.rel_year is not None or r.m is None:
        return None
    for k in range(idx - 1, -1, -1):
        p = raws[k]
        if p.sent != r.sent:
            return None
        res = done.get(k)
        if res is None or res.calendar != "gregorian" or res.repaired or not res.value:
            continue
        if p.kind in ("date", "month", "year") and len(res.value) in (4, 7, 10):
            return res.day or parse_anchor(res.value)
    return None


def _relative_pass(raws: list[Raw], done: dict[int, Resolved], anchor: dt.date | None, lang: str | None) -> dict[int, Resolved]:
    has_sh = any(r.repaired and r.calendar == "jalali" for r in done.values())
    out = dict(done)
    for idx, r in enumerate(raws):
        if idx not in done:
            res = None
            ref = _sentence_reference(raws, done, idx)
            if ref is not None:
                res = resolve_relative(r, ref, lang, has_sh)
                if res.value is None or res.note or res.repaired or (res.day and r.wd_stated is not None
                                                                    and res.day.weekday() != r.wd_stated):
                    res = None  # the stated weekday does not fit the narrative year: let the anchor decide
                else:
                    res = Resolved(r, res.value, res.calendar, f"year of the date stated before it in the sentence ({ref.year})",
                                   res.day, absolute=True)
            if res is None:
                res = resolve_relative(r, anchor, lang, has_sh)
            out[idx] = res
            has_sh = has_sh or (res.repaired and res.calendar == "jalali")
    return out


# how far from the publication year a bare year may lie and still be read in that calendar
HIJRI_YEAR_WINDOW, SOLAR_HIJRI_YEAR_WINDOW = 15, 3


def _bare_hijri_years(raws: list[Raw], resolved: dict[int, Resolved], anchor: dt.date, lang: str | None) -> None:
    """A year written without an era (عام 1435, العام الحالي 1436) in an Arabic or Urdu article is Hijri when
    it lies near the publication date's Hijri year: Saudi papers count years so, and a Gregorian 1435 is
    medieval. Near the Solar Hijri year (an Urdu translation of a Persian report) it is Solar Hijri; far from
    both (فتح القسطنطينية عام 1453) it stays Gregorian. Persian years in that range are Solar Hijri already."""
    if lang in (None, "fa", "en"):
        return
    lunar, solar = from_gregorian("hijri", anchor)[0], from_gregorian("jalali", anchor)[0]
    for idx, r in enumerate(raws):
        res = resolved.get(idx)
        if r.kind != "year" or r.year_cal is not None or r.y is None or res is None or res.calendar != "gregorian" \
                or not 1300 <= r.y < 1500:
            continue
        if abs(r.y - lunar) <= HIJRI_YEAR_WINDOW:
            cal, now = "hijri", lunar
        elif abs(r.y - solar) <= SOLAR_HIJRI_YEAR_WINDOW:
            cal, now = "jalali", solar
        else:
            continue
        span = year_span(cal, r.y)
        if span is None:
            continue
        name = "Hijri" if cal == "hijri" else "Solar Hijri"
        resolved[idx] = Resolved(r, _range(*span), cal,
                                 f"year {r.y} without an era read as {name}: the publication year {anchor.year} is "
                                 f"{now} {'AH' if cal == 'hijri' else 'SH'}", None, True)


def tag(text: str, lang: str | None, published: str | None = None) -> TagResult:
    lex = lexicon()
    kt = fast_key_with_map(text)
    g = Grammar(lex, lang)
    raws = g.scan(kt.key)
    absolute = _absolute_pass(raws, lang)
    anchor = parse_anchor(published)
    guess: PubGuess | None = None
    if anchor is None:
        guess = infer_published(g, lex, raws, list(absolute.values()), kt.key)
        anchor = guess.day if guess else None
    resolved = _relative_pass(raws, absolute, anchor, lang)
    if guess is not None:
        again = infer_published(g, lex, raws, list(resolved.values()), kt.key)
        if again is not None and again.day != guess.day:
            guess, anchor = again, again.day
            resolved = _relative_pass(raws, absolute, anchor, lang)
    if anchor is not None:
        _bare_hijri_years(raws, resolved, anchor, lang)
    out: list[TimeExpr] = []
    kinds: list[str] = []
    for idx, r in enumerate(raws):
        kinds.append(r.kind)
        res = resolved[idx]
        s, e = kt.to_original(r.start, r.end)
        note = res.note
        if r.extra.get("muwafiq") and idx + 1 < len(raws) and resolved[idx + 1].day is not None:
            day = resolved[idx + 1].day  # "يوم الأحد الموافق 27 ديسمبر": the weekday names that date
            assert day is not None
            res = Resolved(r, day.isoformat() + (r.daypart or ""), res.calendar, None, day)
            note = "the date given after الموافق" + ("" if r.wd is None or day.weekday() == r.wd else
                                                     f" (which is not a {('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')[r.wd]})")
        relative = r.kind not in ("duration", "set", "ref", "time", "decade") and (r.kind != "century" or r.off is not None)
        if not res.absolute and anchor is not None and res.value and relative:
            how = f"inferred from content: {guess.reason}" if guess else "metadata"
            extra = f"anchored to the publication date {anchor.isoformat()} ({how})"
            note = f"{note}; {extra}" if note else extra
        if "holiday" in r.extra:
            note = r.extra["holiday"] + (f"; {note}" if note else "")
        out.append(TimeExpr(text=text[s:e], start=s, end=e, value=res.value, calendar=res.calendar,
                            type=r.type, note=note))
    return TagResult(out, anchor, guess, kinds)
