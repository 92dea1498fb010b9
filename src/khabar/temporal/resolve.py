"""Turn the grammar's slots into values: calendars, anchors, and consistency repair.

Absolute dates are converted first (Solar Hijri and Hijri through ``calendars``); a year in
the Solar Hijri range written with a Gregorian month name is re-read as the Persian month
that a translator rendered with that name (see ``calendars.persian_month_for_gregorian_name``),
choosing between the two possible months by the evidence in the article (a parallel
Gregorian date, a stated weekday). Year-less dates, weekdays and relative expressions are
then read against the anchor (the publication date); a stated weekday that contradicts the
plain reading triggers the reading that makes it consistent, and the note says why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .calendars import from_gregorian, month_span, persian_month_for_gregorian_name, to_gregorian, year_span
from .grammar import Raw, _duration_value

__all__ = ["Resolved", "resolve_absolute", "resolve_relative"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
GREG_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
JALALI_MONTHS = ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar",
                 "Dey", "Bahman", "Esfand")
SH_YEARS = range(1300, 1500)
WEEKDAY_REPAIR_DAYS = 2  # how far a stated weekday may move a relative day (أمس الجمعة) off the anchor


@dataclass
class Resolved:
    raw: Raw
    value: str | None
    calendar: str = "gregorian"
    note: str | None = None
    day: dt.date | None = None  # a single day, when the value is one (for anchors and timelines)
    absolute: bool = False  # read from the text alone (no anchor)
    repaired: bool = False


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _range(a: dt.date, b: dt.date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"


def _sh_readings(y: int, m: int, d: int) -> list[tuple[int, dt.date, str]]:
    out = []
    for p, why in zip(persian_month_for_gregorian_name(m), ("majority", "minority")):
        g = to_gregorian("jalali", y, p, d)
        if g is not None:
            out.append((p, g, why))
    return out


def _choose_sh(raw: Raw, y: int, others: list[dt.date], same_sentence: list[dt.date]) -> tuple[dt.date, str] | None:
    """Pick the Persian month behind a Gregorian month name in a Solar Hijri year."""
    assert raw.m is not None and raw.d is not None
    best = None
    for p, g, why in _sh_readings(y, raw.m, raw.d):
        score, reasons = 0.0, []
        if why == "majority":
            score += 1
        if g in same_sentence:
            score += 4
            reasons.append(f"the same sentence gives {g.isoformat()}")
        elif g in others:
            score += 2
            reasons.append(f"the article also gives {g.isoformat()}")
        if raw.wd_stated is not None:
            if g.weekday() == raw.wd_stated:
                score += 3
                reasons.append(f"it is a {WEEKDAYS[g.weekday()]}, as stated")
            else:
                score -= 5
        if best is None or score > best[0]:
            best = (score, p, g, reasons)
    if best is None:
        return None
    _, p, g, reasons = best
    note = (f"Solar Hijri year {y} with the Gregorian month name {GREG_MONTHS[raw.m - 1]}: read as "
            f"{raw.d} {JALALI_MONTHS[p - 1]} {y} SH = {g.isoformat()}")
    note += ("; " + ", ".join(reasons)) if reasons else "; no other evidence, the month that mostly overlaps was taken"
    return g, note


def resolve_absolute(raw: Raw, lang: str | None, others: list[dt.date], same_sentence: list[dt.date]) -> Resolved | None:
    """Values readable from the text alone (a year is present)."""
    if raw.kind == "date" and raw.y is not None:
        y, m, d = raw.y, raw.m, raw.d
        assert m is not None and d is not None
        cal = raw.month_cal or "gregorian"
        if cal == "numeric":
            cal = raw.year_cal or ("jalali" if y in SH_YEARS and lang == "fa" else "hijri" if y in SH_YEARS else "gregorian")
            g = to_gregorian(cal, y, m, d)
            return Resolved(raw, _iso(g) if g else None, cal, None, g, True)
        if cal == "gregorian" and (raw.year_cal == "jalali" or (raw.year_cal is None and y in SH_YEARS and lang != "en")):
            got = _choose_sh(raw, y, others, same_sentence)
            if got:
                g, note = got
                return Resolved(raw, _iso(g), "jalali", note, g, True, repaired=True)
        if cal in ("hijri", "jalali"):
            g = to_gregorian(cal, y, m, d)
            note = None
            if g is not None and raw.wd_stated is not None and g.weekday() != raw.wd_stated:
                note = f"stated weekday {WEEKDAYS[raw.wd_stated]} does not match {g.isoformat()} ({WEEKDAYS[g.weekday()]})"
            return Resolved(raw, _iso(g) if g else None, cal, note, g, True)
        g = to_gregorian("gregorian", y, m, d)
        note = None
        if g is not None and raw.wd_stated is not None and g.weekday() != raw.wd_stated:
            note = f"stated weekday {WEEKDAYS[raw.wd_stated]} does not match {g.isoformat()} ({WEEKDAYS[g.weekday()]})"
        return Resolved(raw, _iso(g) if g else None, "gregorian", note, g, True)
    if raw.kind == "month" and raw.y is not None:
        y, m = raw.y, raw.m
        assert m is not None
        cal = raw.month_cal or "gregorian"
        if cal == "gregorian" and (raw.year_cal == "jalali" or (raw.year_cal is None and y in SH_YEARS and lang != "en")):
            p = persian_month_for_gregorian_name(m)[0]
            span = month_span("jalali", y, p)
            note = f"Solar Hijri year {y} with a Gregorian month name: read as {JALALI_MONTHS[p - 1]} {y} SH"
            return Resolved(raw, _range(*span) if span else None, "jalali", note, None, True, repaired=True)
        if cal in ("hijri", "jalali"):
            span = month_span(cal, y, m)
            return Resolved(raw, _range(*span) if span else None, cal, None, None, True)
        return Resolved(raw, f"{y:04d}-{m:02d}", "gregorian", None, None, True)
    if raw.kind == "year":
        y = raw.y
        assert y is not None
        cal = raw.year_cal or ("jalali" if lang == "fa" and y in SH_YEARS else "gregorian")
        if cal != "gregorian":
            span = year_span(cal, y)
            return Resolved(raw, _range(*span) if span else None, cal, None, None, True)
        return Resolved(raw, f"{y:04d}", "gregorian", None, None, True)
    if raw.kind == "yearpart" and raw.y is not None:
        return Resolved(raw, f"{raw.y:04d}-{raw.value}", absolute=True)
    if raw.kind == "season" and raw.y is not None:
        return Resolved(raw, f"{raw.y:04d}-{raw.value}", absolute=True)
    if raw.kind in ("duration",):
        return Resolved(raw, _duration_value(raw.unit or "D", raw.n), note="approximate" if raw.approx else None)
    if raw.kind in ("set", "ref", "time", "decade") or (raw.kind == "century" and raw.value):
        return Resolved(raw, raw.value)
    return None


# ----------------------------------------------------------------------------- relative
def _closest_year(anchor: dt.date, make, mod: int | None, tense: int = 0):
    """Among the readings in the anchor's year and its neighbours, the one nearest the anchor
    (past/next modifiers and tense restrict the side)."""
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        v = make(y)
        if v is not None:
            cands.append(v)
    if not cands:
        return None
    if mod == -1:
        cands = [c for c in cands if c[0] < anchor] or cands
        return max(cands, key=lambda c: c[0])
    if mod == 1:
        cands = [c for c in cands if c[0] > anchor] or cands
        return min(cands, key=lambda c: c[0])
    if tense > 0:
        fut = [c for c in cands if c[1] >= anchor]
        if fut:
            cands = fut
    elif tense < 0:
        past = [c for c in cands if c[0] <= anchor]
        if past:
            cands = past
    return min(cands, key=lambda c: (abs((c[0] - anchor).days) if c[0] > anchor or c[1] < anchor else 0, c[0] > anchor))


def _weekday_near(anchor: dt.date, wd: int, mod: int | None, tense: int) -> dt.date:
    delta = (anchor.weekday() - wd) % 7
    prev = anchor - dt.timedelta(days=delta)  # most recent, anchor included
    if mod == -1:
        return prev if delta else prev - dt.timedelta(days=7)
    nxt = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    if mod == 1:
        return nxt
    if mod == 0:
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return monday + dt.timedelta(days=wd)
    if tense > 0:
        return prev if delta == 0 else nxt
    return prev


def _current_year(anchor: dt.date, month: int) -> int:
    return anchor.year if month <= anchor.month else anchor.year - 1


def _add_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def resolve_relative(raw: Raw, anchor: dt.date | None, lang: str | None, article_has_sh: bool) -> Resolved:
    kind = raw.kind
    if anchor is None:
        if kind == "date" and raw.m and raw.d:
            return Resolved(raw, f"XXXX-{raw.m:02d}-{raw.d:02d}", note="year unknown: no publication date")
        if kind == "weekday" and raw.wd is not None:
            return Resolved(raw, f"XXXX-WXX-{raw.wd + 1}", note="weekday not anchored: no publication date")
        if kind == "month" and raw.m:
            return Resolved(raw, f"XXXX-{raw.m:02d}", note="year unknown: no publication date")
        return Resolved(raw, None, note="relative expression: no publication date to anchor it")
    if kind == "date":
        return _resolve_daymonth(raw, anchor, article_has_sh, lang)
    if kind == "month":
        cal = raw.month_cal or "gregorian"
        assert raw.m is not None
        if cal == "gregorian" and raw.rel_year is not None:  # نوفمبر من العام الماضي
            return Resolved(raw, f"{anchor.year + raw.rel_year:04d}-{raw.m:02d}")
        if cal == "gregorian":
            def make(y: int):
                a = dt.date(y, raw.m, 1)
                b = dt.date(y + (raw.m == 12), raw.m % 12 + 1, 1) - dt.timedelta(days=1)
                return a, b, y
            mod = raw.mod
            if mod == 0:  # "ابريل الجاري": the month in progress, so its latest start not after the anchor
                return Resolved(raw, f"{_current_year(anchor, raw.m):04d}-{raw.m:02d}")
            got = _closest_year(anchor, make, mod if mod != 0 else None, raw.tense)
            return Resolved(raw, f"{got[2]:04d}-{raw.m:02d}" if got else None)
        ay = from_gregorian(cal, anchor)[0]
        if raw.rel_year is not None:  # مرداد امسال: the month of the anchor's year in the month's calendar
            span = month_span(cal, ay + raw.rel_year, raw.m)
            return Resolved(raw, _range(*span) if span else None, cal)

        def make_c(y: int, cal=cal):
            span = month_span(cal, y - anchor.year + ay, raw.m)
            return (span[0], span[1], span) if span else None
        got = _closest_year(anchor, make_c, raw.mod if raw.mod != 0 else None, raw.tense)
        return Resolved(raw, _range(*got[2]) if got else None, cal)
    if kind == "weekday":
        assert raw.wd is not None
        d = _weekday_near(anchor, raw.wd, raw.mod, raw.tense)
        val = _iso(d) + (raw.daypart or "")
        return Resolved(raw, val, day=d)
    if kind == "wdrange":
        a, b = raw.parts[0], raw.parts[1]
        assert a.wd is not None and b.wd is not None
        d1 = _weekday_near(anchor, a.wd, a.mod, raw.tense)
        d2 = d1 + dt.timedelta(days=(b.wd - a.wd) % 7 or 7)
        return Resolved(raw, _range(d1, d2), day=d1)
    if kind == "relday":
        assert raw.off is not None
        d = anchor + dt.timedelta(days=raw.off)
        note = None
        if raw.wd_stated is not None and d.weekday() != raw.wd_stated:
            # "أمس الجمعة" in a paper dated Sunday: the report was written a day before the date it carries
            # (a dateline lags, it never leads). A stated weekday up to two days before the reading decides;
            # otherwise the anchor stands and the note says so
            shift = (raw.wd_stated - d.weekday() + 3) % 7 - 3
            if -WEEKDAY_REPAIR_DAYS <= shift < 0:
                fixed = d + dt.timedelta(days=shift)
                note = (f"stated weekday {WEEKDAYS[raw.wd_stated]}: {fixed.isoformat()}, not {d.isoformat()} "
                        f"({WEEKDAYS[d.weekday()]}) as the publication date alone gives")
                return Resolved(raw, _iso(fixed) + (raw.daypart or ""), note=note, day=fixed, repaired=True)
            note = f"stated weekday {WEEKDAYS[raw.wd_stated]} does not match {d.isoformat()} ({WEEKDAYS[d.weekday()]})"
        return Resolved(raw, _iso(d) + (raw.daypart or ""), note=note or raw.note, day=d)
    if kind == "relunit":
        off = raw.off or 0
        if raw.unit == "Y" and lang == "fa":
            # امسال, سال گذشته, سال آینده: Iranian and Afghan papers count Solar Hijri years (on 9 March 2025
            # "next year" is 1404, from 21 March 2025, not 2026)
            span = year_span("jalali", from_gregorian("jalali", anchor)[0] + off)
            if span:
                return Resolved(raw, _range(*span), "jalali")
        if raw.unit == "Y":
            return Resolved(raw, f"{anchor.year + off:04d}")
        if raw.unit == "M":
            y, m = _add_months(anchor, off)
            return Resolved(raw, f"{y:04d}-{m:02d}")
        if raw.unit == "W":
            iso = (anchor + dt.timedelta(days=7 * off)).isocalendar()
            return Resolved(raw, f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if raw.extra.get("weekend") else ""))
        return Resolved(raw, None)
    if kind == "ago":
        n = int(raw.n or 1)
        sign = raw.off or -1
        if raw.unit in ("Y",):
            return Resolved(raw, f"{anchor.year + sign * n:04d}")
        if raw.unit == "DE":
            return Resolved(raw, f"{anchor.year + sign * 10 * n:04d}")
        if raw.unit == "M":
            y, m = _add_months(anchor, sign * n)
            return Resolved(raw, f"{y:04d}-{m:02d}")
        days = {"D": 1, "W": 7}.get(raw.unit or "D")
        if days:
            d = anchor + dt.timedelta(days=sign * n * days)
            return Resolved(raw, _iso(d), day=d)
        return Resolved(raw, _iso(anchor), day=anchor)
    if kind == "century" and raw.off is not None:
        return Resolved(raw, f"{(anchor.year - 1) // 100 + raw.off:02d}")
    if kind == "yearpart":
        return Resolved(raw, f"{anchor.year + (raw.off or 0):04d}-{raw.value}")
    if kind == "season":
        y = anchor.year + (raw.mod or 0)
        return Resolved(raw, f"{y:04d}-{raw.value}")
    return Resolved(raw, raw.value)


def _resolve_daymonth(raw: Raw, anchor: dt.date, article_has_sh: bool, lang: str | None) -> Resolved:
    """A day and month without a year: the year that puts it nearest the anchor; a stated
    weekday that contradicts that reading triggers the consistent one."""
    assert raw.m is not None and raw.d is not None
    cal = raw.month_cal or "gregorian"
    if raw.rel_year is not None:  # "15 رمضان من العام الماضي", "۱۵ مرداد امسال": the year counts in the month's calendar
        c = cal if cal in ("hijri", "jalali") else "gregorian"
        yc = raw.year_cal or c
        if yc != c:  # "عید قربان سال گذشته": the Hijri holiday within last Solar Hijri year
            span = year_span(yc, from_gregorian(yc, anchor)[0] + raw.rel_year)
            g = None
            if span:
                first = from_gregorian(c, span[0])[0]
                g = next((x for x in (to_gregorian(c, first + n, raw.m, raw.d) for n in (0, 1))
                          if x is not None and span[0] <= x <= span[1]), None)
        else:
            g = to_gregorian(c, from_gregorian(c, anchor)[0] + raw.rel_year, raw.m, raw.d)
        return Resolved(raw, _iso(g) if g else None, c, day=g)
    if cal in ("hijri", "jalali"):
        ay = from_gregorian(cal, anchor)[0]

        def make_c(y: int):
            g = to_gregorian(cal, y - anchor.year + ay, raw.m, raw.d)
            return (g, g, g) if g else None
        got = _closest_year(anchor, make_c, raw.mod if raw.mod != 0 else None)
        g = got[0] if got else None
        return Resolved(raw, _iso(g) if g else None, cal, day=g)

    def make(y: int):
        g = to_gregorian("gregorian", y, raw.m, raw.d)
        return (g, g, g) if g else None
    mod = raw.mod
    if mod == 0:
        g0 = to_gregorian("gregorian", _current_year(anchor, raw.m), raw.m, raw.d)
        return Resolved(raw, _iso(g0) if g0 else None, day=g0)
    # "will resume on Jan. 15": the coming one (English only: Urdu's verb-final tense helps a bare weekday or
    # month, but on a day and month it moved NTREX dates away from their translations')
    got = _closest_year(anchor, make, mod, (raw.tense or 0) if lang == "en" else 0)
    if got is None:
        return Resolved(raw, None)
    g = got[0]
    if raw.wd_stated is None or g.weekday() == raw.wd_stated:
        return Resolved(raw, _iso(g), day=g)
    stated = WEEKDAYS[raw.wd_stated]
    # the plain reading contradicts the stated weekday: look for the consistent one
    cands: list[tuple[float, dt.date, str, str]] = []
    jy = from_gregorian("jalali", anchor)[0]
    for y in (jy - 1, jy, jy + 1):
        for p, why in zip(persian_month_for_gregorian_name(raw.m), ("majority", "minority")):
            s = to_gregorian("jalali", y, p, raw.d)
            # a Persian reading needs other Solar Hijri evidence in the article (or Persian text)
            if not (article_has_sh or lang == "fa"):
                continue
            if s is not None and s.weekday() == raw.wd_stated:
                dist = abs((s - anchor).days) / 30 - (6 if article_has_sh else 0) - (0.5 if why == "majority" else 0)
                cands.append((dist, s, "jalali",
                              f"{raw.d} {GREG_MONTHS[raw.m - 1]} {g.year} is a {WEEKDAYS[g.weekday()]}, not a {stated}; "
                              f"read as {raw.d} {JALALI_MONTHS[p - 1]} {y} SH = {s.isoformat()}, a {stated}"
                              + (", like the other Solar Hijri dates in this article" if article_has_sh else "")))
    for y in range(anchor.year - 1, anchor.year + 2):
        s = to_gregorian("gregorian", y, raw.m, raw.d)
        if s is not None and s.weekday() == raw.wd_stated:
            dist = abs((s - anchor).days) / 30
            why = (f"{raw.d} {GREG_MONTHS[raw.m - 1]} {g.year} is a {WEEKDAYS[g.weekday()]}, not a {stated}; "
                   f"the nearest year in which it is a {stated} is {y}")
            cands.append((dist, s, "gregorian", why))
    if not cands:
        return Resolved(raw, _iso(g), day=g, note=f"stated weekday {stated} contradicts {g.isoformat()}")
    _, s, cal2, note = min(cands, key=lambda c: c[0])
    return Resolved(raw, _iso(s), cal2, note, day=s, repaired=True)
