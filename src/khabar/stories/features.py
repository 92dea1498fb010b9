"""Event signatures: what an article says happened, in language-neutral terms where possible.

Neutral evidence (comparable across languages): linked entity ids, resolved dates,
normalised numbers, quoted speakers. Lexical evidence (same language only): key-form
words. Time: an interval of days the article is about (published date, else its
latest resolved date, else the latest year it names), used as a hard window so that
2016 and 2025 articles about the same actors never share a story.
"""

from __future__ import annotations

import calendar
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..document import Article
from ..models.embed import split_sentences
from ..normalize import key

__all__ = ["ENTITY_TYPE_WEIGHT", "PREPARED", "Evidence", "Prepared", "extract", "parse_interval", "prepare", "take_prepared"]

# Places and countries are shared by many unrelated stories; people, organisations and
# events say more about *which* event this is. Rarity (idf) does the rest.
ENTITY_TYPE_WEIGHT = {"PER": 1.0, "ORG": 0.9, "EVENT": 1.0, "MISC": 0.7, "LOC": 0.6, "GPE": 0.6, "FAC": 0.9}

_NUM = re.compile(r"(?<![A-Za-z0-9.,])\d+(?:[.,]\d+)*(?![A-Za-z0-9])")  # not inside Latin tokens (A320, g7)
_WORD = re.compile(r"[^\W\d_]{3,}")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")

LEXICAL_CHARS = 2500  # title and lead carry the event; the tail adds background and cost
LEAD_SENTENCES = 3
REPORT_LAG_DAYS = 30  # how long after the latest date it names an undated article may appear
DAY_WEIGHT = 1.5  # a day-precise resolved date is the strongest single sign of one event


@dataclass
class Evidence:
    lang: str
    neutral: dict[str, float] = field(default_factory=dict)  # feature -> type weight (presence)
    lexical: Counter = field(default_factory=Counter)  # key-form word -> count
    interval: tuple[int, int] | None = None  # day ordinals, inclusive
    lead: list[str] = field(default_factory=list)  # title + first sentences, for embeddings
    label: str = ""
    outlet: str | None = None


LONG_RANGE_DAYS = 7  # a range longer than a week is a period, not a list of days


def parse_interval(value: str | None) -> tuple[int, int] | None:
    """'2024-12-08' / '2024-12' / '2024' (or the start of a/b ranges) -> (first day, last day)."""
    if not value:
        return None
    value = str(value).strip()
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3])).toordinal()
            return d, d
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1).toordinal(), date(y, mo, calendar.monthrange(y, mo)[1]).toordinal()
        if m := _YEAR.match(value):
            y = int(m[1])
            return date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal()
    except ValueError:
        return None
    return None


def _date_features(article: Article) -> tuple[dict[str, float], list[tuple[int, int]]]:
    feats: dict[str, float] = {}
    spans: list[tuple[int, int]] = []
    for d in article.dates:
        if (d.type or "DATE") != "DATE" or not d.value:
            continue
        parts = str(d.value).split("/")
        if len(parts) == 2:
            a, b = parse_interval(parts[0]), parse_interval(parts[1])
            if a and b and b[1] - a[0] > LONG_RANGE_DAYS:
                # a Hijri or Solar Hijri month or year (مرداد امسال: 2024-07-22/2024-08-21): one span; its
                # first and last days are no days the article names
                spans.append((a[0], b[1]))
                continue
        for part in parts:
            iv = parse_interval(part)
            if iv is None:
                continue
            spans.append(iv)
            if _DAY.match(part):
                feats[sys.intern("d:" + part[:10])] = DAY_WEIGHT
            elif _MONTH.match(part):
                feats[sys.intern("m:" + part)] = 0.5
            else:
                feats[sys.intern("y:" + part)] = 0.3
    return feats, spans


def _time(article: Article, spans: list[tuple[int, int]], years: list[int]) -> tuple[int, int] | None:
    """Published date when known; else the latest day-precise date the article resolves
    (reports look back), else the finest latest span, else the latest year named."""
    iv = parse_interval(article.published)
    if iv and article.published_source == "metadata":
        return iv
    if iv and iv[1] - iv[0] <= 31:
        # inferred from the content (the dates stage's guess): a lower bound, not the day
        return iv[0], iv[1] + REPORT_LAG_DAYS
    # only day-precise dates gate: a year or a month named is as often background
    # ("since 2015") as the news, and translations drop or add them
    days = [s for s in spans if s[1] == s[0]]
    if days:
        lo, hi = max(days, key=lambda s: s[1])
        return lo, hi + REPORT_LAG_DAYS  # published some time after the latest date it names
    if years:
        y = max(years)
        return date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal()
    return None


def extract(article: Article, max_numbers: int = 30) -> Evidence:
    """The signature of one article (cheap: a few hundred microseconds)."""
    lang = article.lang or "und"
    ev = Evidence(lang=lang, outlet=article.outlet)
    for e in article.entities:
        if e.id:
            w = ENTITY_TYPE_WEIGHT.get((e.type or "MISC").upper(), 0.7)
            ev.neutral[sys.intern("e:" + e.id)] = max(w, ev.neutral.get("e:" + e.id, 0.0))
    for q in article.quotes:
        if q.speaker_id:
            ev.neutral[sys.intern("q:" + q.speaker_id)] = 0.5
    dfeats, spans = _date_features(article)
    ev.neutral.update(dfeats)

    text = article.text or ""
    head = ((article.title or "") + "\n" + text[:LEXICAL_CHARS]) if article.title and article.title not in text[:300] else text[:LEXICAL_CHARS]
    k = key(head)
    years: list[int] = []
    nums = 0
    for m in _NUM.finditer(k + " " + key(text[LEXICAL_CHARS:6000])):
        digits = m.group().replace(",", "").rstrip(".")
        stripped = digits.lstrip("0") or "0"
        if len(stripped.replace(".", "")) < 2:
            continue
        if "." not in stripped and 1900 <= int(stripped) <= 2100:
            years.append(int(stripped))
            continue
        if nums < max_numbers and ("n:" + stripped) not in ev.neutral:
            ev.neutral[sys.intern("n:" + stripped)] = 0.5
            nums += 1
    if not spans:  # no resolved dates: the years named are the only time evidence
        for y in set(years):
            ev.neutral[sys.intern(f"y:{y}")] = 0.3
    # the years an article names are features, not its time: a translation may drop one,
    # a background paragraph may name an older one; only published or resolved dates gate
    ev.interval = _time(article, spans, [])
    ev.lexical = Counter(map(sys.intern, _WORD.findall(k)))

    lead = split_sentences(text, limit=LEAD_SENTENCES + 1)
    if article.title and (not lead or article.title.strip() not in lead[0]):
        lead = [article.title.strip()[:300]] + lead
    # repeated title copies (scraped pages) add nothing
    seen: set[str] = set()
    ev.lead = [s for s in lead if not (s in seen or seen.add(s))][:LEAD_SENTENCES]
    ev.label = (article.title or (ev.lead[0] if ev.lead else article.id)).strip()[:140]
    return ev


# ---------------------------------------------------------------------- worker-side preparation
PREPARED = "_stories_prepared"  # transient Article.meta key; the clusterer pops it before storing


@dataclass
class Prepared:
    """What the clusterer needs from one article that depends on the article alone: its
    signature and its near-duplicate sketch (shingle-set size and MinHash values). Computed
    in the worker processes (``prepare``) so the main process only looks up and assigns."""

    evidence: Evidence
    shingles: int = 0
    hashvalues: Any = None  # numpy array of MinHash values (dedup.sketch), None when no shingles


def prepare(article: Article) -> Article:
    """Attach a ``Prepared`` to ``article.meta[PREPARED]`` (runs after the stages, in the worker).
    Never raises: on failure the clusterer computes the same from the article itself."""
    try:
        from .dedup import NUM_PERM, sketch

        ev = extract(article)
        # article.key is key(article.text) when the normalize stage ran: the sketch need not redo it
        size, hv = sketch(article.text, NUM_PERM, key_form=article.key) if article.text else (0, None)
        article.meta[PREPARED] = Prepared(ev, size, hv)
    except Exception:  # noqa: BLE001 - an optimisation only
        article.meta.pop(PREPARED, None)
    return article


def take_prepared(article: Article) -> Prepared | None:
    """Remove and return the worker-side preparation (it must never reach the store)."""
    prep = article.meta.pop(PREPARED, None) if article.meta else None
    return prep if isinstance(prep, Prepared) else None
