"""Calendar arithmetic, delegated to maintained libraries (never hand-rolled; results are
memoised, the libraries' date objects are slow to build):
hijridate for Umm al-Qura Hijri dates (1343–1500 AH), convertdate's arithmetical Islamic
calendar outside that range, jdatetime for the Solar Hijri (Jalali) calendar.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import jdatetime
from convertdate import islamic
from hijridate import Gregorian, Hijri

__all__ = [
    "from_gregorian",
    "month_span",
    "persian_month_for_gregorian_name",
    "to_gregorian",
    "valid",
    "year_span",
]


def valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


@lru_cache(maxsize=65536)
def to_gregorian(cal: str, y: int, m: int, d: int) -> dt.date | None:
    """The Gregorian date of (y, m, d) in ``cal``; None when the date does not exist."""
    try:
        if cal == "gregorian":
            return dt.date(y, m, d)
        if cal == "jalali":
            return jdatetime.date(y, m, d).togregorian()
        if cal == "hijri":
            try:
                g = Hijri(y, m, d).to_gregorian()
                return dt.date(g.year, g.month, g.day)
            except (ValueError, OverflowError):
                if d > 30:
                    return None
                return dt.date(*islamic.to_gregorian(y, m, d))
    except (ValueError, OverflowError):
        return None
    return None


@lru_cache(maxsize=65536)
def from_gregorian(cal: str, day: dt.date) -> tuple[int, int, int]:
    if cal == "gregorian":
        return day.year, day.month, day.day
    if cal == "jalali":
        j = jdatetime.date.fromgregorian(date=day)
        return j.year, j.month, j.day
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError):
        return islamic.from_gregorian(day.year, day.month, day.day)


def _month_length(cal: str, y: int, m: int) -> int:
    for d in (31, 30, 29):
        if to_gregorian(cal, y, m, d) is not None:
            if cal == "hijri":
                # Umm al-Qura month length: the day after the last day is day 1 of the next month
                nxt = to_gregorian(cal, y + (m == 12), m % 12 + 1, 1)
                last = to_gregorian(cal, y, m, d)
                if nxt is not None and last is not None and last >= nxt:
                    continue
            return d
    return 29


@lru_cache(maxsize=16384)
def month_span(cal: str, y: int, m: int) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day of month m of year y in ``cal``."""
    first = to_gregorian(cal, y, m, 1)
    last = to_gregorian(cal, y, m, _month_length(cal, y, m))
    if first is None or last is None:
        return None
    return first, last


def year_span(cal: str, y: int) -> tuple[dt.date, dt.date] | None:
    a = month_span(cal, y, 1)
    b = month_span(cal, y, 12)
    if a is None or b is None:
        return None
    return a[0], b[1]


def persian_month_for_gregorian_name(m: int) -> tuple[int, int]:
    """The Solar Hijri months a translator may have rendered as Gregorian month ``m``.

    Every Persian month starts between the 19th and the 23rd of a Gregorian month, so it
    overlaps two Gregorian months: it lies mostly (about 20 of ~30 days) in the Gregorian
    month in which it *ends*, and a third in the one in which it *starts*. Azar (9th) runs
    22 Nov–21 Dec, so "December" for Azar is the majority reading, "November" the minority
    one. Returns (majority, minority): for December, (9 Azar, 10 Dey)."""
    majority = (m - 4) % 12 + 1  # Dec -> 9 (Azar), Apr -> 1 (Farvardin), Jan -> 10 (Dey)
    minority = (m - 3) % 12 + 1  # Dec -> 10 (Dey): the Persian month that starts in December
    return majority, minority
