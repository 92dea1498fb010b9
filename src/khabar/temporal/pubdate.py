"""Infer a publication date from the content when the metadata has none.

Evidence, strongest first: an anniversary of a known event ("the twelfth anniversary of the
Syrian uprising" → 2011-03-15 + 12 years), "this week" / "today" next to a known event, "about
a month after" a known event, then the latest absolute date in the text and the latest known
event mentioned (lower bounds: an article is not older than what it reports). Known events are
facts in data/events.json. The result carries a confidence and the reason.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter

from .grammar import _PUNCT, Grammar, Raw
from .lexicon import Lexicon, cue_head
from .resolve import Resolved

__all__ = ["PubGuess", "event_mentions", "infer_published"]


_UNIT_NAMES = {"D": "day(s)", "W": "week(s)", "M": "month(s)", "Y": "year(s)", "H": "hour(s)"}


@dataclass
class PubGuess:
    day: dt.date
    confidence: float
    reason: str


def _tokens_by_sentence(g: Grammar, words: set[str] | None = None) -> dict[int, str]:
    """Each sentence of the key text (tokenised or not), numbered like g.true_sent; with
    ``words``, only the sentences that contain one of them (as a substring)."""
    out: dict[int, str] = {}
    text = g.text_key
    ends = g.breaks + [len(text) - 1]
    if words is None:
        wanted = range(len(ends))
    else:
        found: set[int] = set()
        for w in words:
            k = text.find(w)
            while k >= 0:
                found.add(bisect_left(ends, k))
                k = text.find(w, k + 1)
        wanted = sorted(found)
    for k in wanted:
        seg = text[ends[k - 1] + 1 if k else 0 : ends[k] + 1]
        if seg.strip():
            out[k] = " " + " ".join(w.strip(_PUNCT) for w in seg.split()) + " "
    return out


def _cue_in(cue: tuple[str, ...], joined: str) -> bool:
    """Every cue word occurs in the sentence: short ones as whole tokens, longer ones inside a token."""
    for c in cue:
        if len(c) <= 2:
            if f" {c} " not in joined:
                return False
        elif c not in joined:
            return False
    return True


def event_mentions(g: Grammar, lex: Lexicon, text_key: str | None = None) -> dict[int, list[dict]]:
    """Known events named in each sentence (events whose cue words do not all occur in the
    whole text are ruled out first, so most articles cost one substring scan per cue)."""
    cached = getattr(g, "_events", None)
    if cached is not None:
        return cached
    langs = [g.lang] if g.lang else ["ur", "ar", "fa", "en"]
    if "en" not in langs:
        langs.append("en")
    whole = text_key if text_key is not None else " ".join(g.forms)
    out: dict[int, list[dict]] = {}
    g._events = out  # type: ignore[attr-defined]
    heads = set(map(itemgetter(1), lex.cue_automaton().iter(whole)))  # one C pass over the text
    if not heads:
        return out
    live = []
    for ev in lex.events:
        cues = [cue for lang in langs for head, cue in ev["cue_heads"].get(lang, ())
                if head in heads and all(w in whole for w in cue)]
        if cues:
            live.append((ev, cues))
    if not live:
        return out
    heads = {cue_head(cue) for _, cues in live for cue in cues}  # a sentence without them cannot match
    for s, joined in _tokens_by_sentence(g, heads).items():
        for ev, cues in live:
            if any(_cue_in(cue, joined) for cue in cues):
                out.setdefault(s, []).append(ev)
    return out


def _anniversary_tokens(g: Grammar) -> list[int]:
    cached = getattr(g, "_anniv", None)
    if cached is None:
        words = g.lex.anniversary_words
        cached = [i for i, f in enumerate(g.forms) if f in words]
        g._anniv = cached  # type: ignore[attr-defined]
    return cached


def _anniversary_n(g: Grammar, sent: int) -> int | None:
    for i in _anniversary_tokens(g):
        if g.true_sent[i] != sent:
            continue
        if g.get(i, "anniversary"):
            # ur/fa/en: ordinal before; ar: ordinal after (الذكرى الثانية عشرة)
            for j in (i - 1, i - 2):
                od = g.get(j, "ordinal")
                if od and j + od[0] in (i, i - 1 + 1):
                    return int(od[1])
                if 0 <= j < g.n and g.toks[j].isdigit() and g.tok(j + 1) in ("th", "st", "nd", "rd", "ویں", "م", "مین"):
                    return int(g.toks[j])
            od = g.get(i + 1, "ordinal")
            if od:
                return int(od[1])
    return None


def _add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def _add_unit(d: dt.date, unit: str, n: float) -> dt.date:
    if unit == "Y":
        return _add_years(d, int(n))
    if unit == "M":
        k = d.year * 12 + d.month - 1 + int(n)
        return dt.date(k // 12, k % 12 + 1, min(d.day, 28))
    days = {"D": 1, "W": 7}.get(unit, 0)
    return d + dt.timedelta(days=days * n)


def infer_published(g: Grammar, lex: Lexicon, raws: list[Raw], resolved: list[Resolved], text_key: str | None = None) -> PubGuess | None:
    events = event_mentions(g, lex, text_key)
    cands: list[PubGuess] = []
    lower: list[tuple[dt.date, str]] = []
    for sent, evs in events.items():
        for ev in evs:
            evd = dt.date.fromisoformat(ev["date"])
            n = _anniversary_n(g, sent)
            if n:
                cands.append(PubGuess(_add_years(evd, n), 0.7, f"anniversary {n} of {ev['gloss']} ({ev['date']})"))
                continue
            lower.append((evd, f"mentions {ev['gloss']} ({ev['date']})"))
            for r in raws:
                if r.sent != sent:
                    continue
                if r.kind == "relunit" and r.unit == "W" and r.off == 0:
                    end = evd + dt.timedelta(days=6 - evd.weekday())
                    cands.append(PubGuess(end, 0.5, f"'this week' with {ev['gloss']} ({ev['date']}): the end of that week"))
                elif r.kind == "relday" and r.off is not None and r.off <= 0:
                    cands.append(PubGuess(evd - dt.timedelta(days=r.off), 0.5, f"'today/yesterday' with {ev['gloss']}"))
                elif r.kind == "duration" and (r.after_prep or r.extra.get("later")) and r.unit and r.n:
                    cands.append(PubGuess(_add_unit(evd, r.unit, r.n), 0.55,
                                          f"'{'about ' if r.approx else ''}{r.n:g} {_UNIT_NAMES.get(r.unit, r.unit)} after' {ev['gloss']} ({ev['date']})"))
    for res in resolved:
        if res.raw.mod == 1 or res.raw.tense > 0:
            continue
        if res.day is not None and (res.absolute or res.raw.kind == "date"):
            lower.append((res.day, f"latest date in the text ({res.day.isoformat()})"))
        elif res.absolute and res.raw.kind == "month" and res.calendar == "gregorian" and res.value and len(res.value) == 7:
            # "سپتامبر 2009": the article is not older than the month it reports (a year alone is often a plan: 2030)
            first = dt.date(int(res.value[:4]), int(res.value[5:7]), 1)
            lower.append((first, f"latest month in the text ({res.value})"))
    floor = max(lower, key=lambda x: x[0]) if lower else None
    if cands:
        ok = [c for c in cands if floor is None or c.day >= floor[0] - dt.timedelta(days=3)]
        if ok:
            return max(ok, key=lambda c: (c.confidence, c.day))
    if floor is not None:
        return PubGuess(floor[0], 0.4, floor[1])
    return None


def latest_day(resolved: list[Resolved]) -> dt.date | None:
    days = [r.day for r in resolved if r.day is not None and r.raw.kind == "date" and r.raw.mod != 1]
    return max(days) if days else None
