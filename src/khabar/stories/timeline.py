"""Per-story views: the articles and dated events in order, and what each article adds.

Used by ``khabar story ID`` (and available to the API/web): the analyst's question is
"who else reported this, in which language, and how?", so the view groups the story's
articles by language, lists the entities every language shares, and for each article
the entities, dates and numbers no other article in the story has.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..document import Article
from .features import extract, parse_interval

__all__ = ["StoryView", "TimelineEntry", "story_timeline", "story_view"]


@dataclass
class TimelineEntry:
    when: str  # ISO date (start of the expression's interval)
    kind: str  # published | event
    article_id: str
    lang: str | None
    outlet: str | None
    text: str  # the date expression or the title
    value: str | None = None


@dataclass
class StoryView:
    story_id: str
    articles: list[Article]
    by_lang: dict[str, list[str]] = field(default_factory=dict)
    shared_entities: list[str] = field(default_factory=list)  # names, in every language present
    adds: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # article id -> kind -> items
    timeline: list[TimelineEntry] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"story": self.story_id, "by_lang": self.by_lang, "shared_entities": self.shared_entities,
                "adds": self.adds, "timeline": [e.__dict__ for e in self.timeline],
                "articles": [{"id": a.id, "lang": a.lang, "outlet": a.outlet, "published": a.published,
                              "title": a.title, "near_duplicates": a.near_duplicates} for a in self.articles]}


def _when(a: Article) -> str:
    return a.published or "9999"


def story_timeline(articles: list[Article]) -> list[TimelineEntry]:
    """Articles (by publication) and the dated events they mention, in time order."""
    out: list[TimelineEntry] = []
    for a in articles:
        if a.published:
            out.append(TimelineEntry(a.published, "published", a.id, a.lang, a.outlet, (a.title or a.text[:80]).strip(), a.published))
        for d in a.dates:
            iv = parse_interval(str(d.value).split("/")[0]) if d.value else None
            if iv and (d.type or "DATE") == "DATE":
                out.append(TimelineEntry(date.fromordinal(iv[0]).isoformat(), "event", a.id, a.lang, a.outlet, d.text, d.value))
    # one line per (day, value, article): repeated mentions add nothing
    seen: set[tuple[str, str, str | None, str]] = set()
    uniq = []
    for e in sorted(out, key=lambda e: (e.when, e.kind != "event", e.article_id)):
        k = (e.when, e.kind, e.value, e.article_id)
        if k not in seen:
            seen.add(k)
            uniq.append(e)
    return uniq


def story_view(story_id: str, articles: list[Article]) -> StoryView:
    """Group a story's articles by language and say what each one adds."""
    articles = sorted(articles, key=_when)
    view = StoryView(story_id, articles)
    for a in articles:
        view.by_lang.setdefault(a.lang or "und", []).append(a.id)
    names: dict[str, str] = {}
    ent_langs: dict[str, set[str]] = defaultdict(set)
    per_article: dict[str, set[str]] = {}
    feat_count: Counter = Counter()
    feats: dict[str, set[str]] = {}
    for a in articles:
        ids = set()
        for e in a.entities:
            names[e.id] = e.name
            ent_langs[e.id].add(a.lang or "und")
            ids.add(e.id)
        per_article[a.id] = ids
        ev = extract(a)
        fs = {f for f in ev.neutral if f[:2] in ("d:", "n:")}
        feats[a.id] = fs
        feat_count.update(fs)
    ent_count = Counter(i for ids in per_article.values() for i in ids)
    langs = set(view.by_lang)
    view.shared_entities = sorted(names[i] for i, ls in ent_langs.items() if ls >= langs and len(articles) > 1)
    for a in articles:
        own = sorted(names[i] for i in per_article[a.id] if ent_count[i] == 1) if len(articles) > 1 else []
        only = sorted(f for f in feats[a.id] if feat_count[f] == 1) if len(articles) > 1 else []
        view.adds[a.id] = {"entities": own,
                           "dates": [f[2:] for f in only if f.startswith("d:")],
                           "numbers": [f[2:] for f in only if f.startswith("n:")]}
    view.timeline = story_timeline(articles)
    return view
