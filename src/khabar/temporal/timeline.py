"""Timelines: every dated event of a story (or of the articles naming an entity), in order,
with the sentence it comes from, the outlet and the language."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..document import Article
from ..normalize import key

__all__ = ["TimelineRow", "sentence_at", "sort_key", "timeline"]

_SENT_BREAK = re.compile(r"[.!?؟۔\n]")


@dataclass
class TimelineRow:
    when: dt.date
    value: str
    text: str
    sentence: str
    article_id: str
    outlet: str | None
    lang: str | None
    published: str | None
    calendar: str
    note: str | None


def sort_key(value: str | None) -> dt.date | None:
    """The first day a value denotes (2024-12-08, 2024-12, 2024, 2016-W51, a/b ranges)."""
    if not value or value.startswith(("P", "X", "T")) or "REF" in value:
        return None
    v = value.split("/")[0].split("T")[0]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            return dt.date.fromisoformat(v)
        if re.fullmatch(r"\d{4}-\d{2}", v):
            return dt.date(int(v[:4]), int(v[5:]), 1)
        if re.fullmatch(r"\d{4}", v):
            return dt.date(int(v), 1, 1)
        m = re.fullmatch(r"(\d{4})-W(\d{2})", v)
        if m:
            return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return None
    return None


def sentence_at(text: str, start: int, end: int) -> str:
    a = max((m.end() for m in _SENT_BREAK.finditer(text, 0, start)), default=0)
    m = _SENT_BREAK.search(text, end)
    b = m.end() if m else len(text)
    return " ".join(text[a:b].split())


def rows_for(articles: Iterable[Article]) -> Iterator[TimelineRow]:
    for art in articles:
        for t in art.dates:
            when = sort_key(t.value)
            if when is None or t.type in ("DURATION", "SET"):
                continue
            yield TimelineRow(when, t.value or "", t.text, sentence_at(art.text, t.start, t.end), art.id,
                              art.outlet, art.lang, art.published, t.calendar, t.note)


def _entity_article_ids(store, name: str) -> set[str]:
    want = key(name).strip()
    ids: set[str] = set()
    for row in store.spans("entity"):
        if row.ref == name or (row.value and key(row.value).strip() == want) or (row.text and key(row.text).strip() == want):
            ids.add(row.article_id)
    return ids


def timeline(store, *, story: str | None = None, entity: str | None = None) -> list[TimelineRow]:
    """Dated events in order. ``story``: one story's articles; ``entity``: the articles naming it
    (KB id, canonical name or a mention, compared in key form); neither: the whole store."""
    if entity:
        ids = _entity_article_ids(store, entity)
        if not ids:
            return []
        articles = store.iter_articles(ids=sorted(ids), story=story)
    else:
        articles = store.iter_articles(story=story)
    return sorted(rows_for(articles), key=lambda r: (r.when, r.article_id, r.text))
