"""Query use cases behind the REST API and the web UI: search, article/story/entity page data,
story timelines, quotes and framing. Everything a page shows is computed here; templates and
scripts only render these dicts (services.py re-exports the public functions)."""

from __future__ import annotations

import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

from .document import Article, Story
from .search import Searcher, SearchFilters, SearchResponse
from .storage import Store

__all__ = [
    "LANG_ORDER",
    "RTL_LANGS",
    "DocumentError",
    "analyze_documents",
    "article_view",
    "entity_page",
    "framing_view",
    "get_searcher",
    "list_entities",
    "list_quotes",
    "list_stories",
    "search_articles",
    "story_page",
    "story_timeline",
    "text_dir",
]

RTL_LANGS = frozenset({"ar", "fa", "ur", "ps", "sd", "ckb", "ug", "dv", "he", "yi"})
LANG_ORDER = ("ur", "ar", "fa", "en")  # story columns: the project's languages first, then any other
LANG_NAMES = {"ur": "اردو", "ar": "العربية", "fa": "فارسی", "en": "English"}
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z]")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

_SEARCHERS: weakref.WeakKeyDictionary[Any, Searcher] = weakref.WeakKeyDictionary()


def text_dir(lang: str | None, text: str = "") -> str:
    """``rtl``/``ltr`` from the language; from the script when the language is unknown."""
    if lang:
        return "rtl" if lang.split("-")[0] in RTL_LANGS else "ltr"
    if text:
        return "rtl" if len(_ARABIC.findall(text[:400])) > len(_LATIN.findall(text[:400])) else "ltr"
    return "auto"


def get_searcher(store: Store, **kwargs: Any) -> Searcher:
    """One Searcher (with its caches) per open store."""
    s = _SEARCHERS.get(store)
    if s is None or kwargs:
        s = Searcher(store, **kwargs)
        _SEARCHERS[store] = s
    return s


def search_articles(store: Store, q: str, *, lang: str | None = None, outlet: str | None = None,
                    date_from: str | None = None, date_to: str | None = None, date_field: str = "published",
                    entity: str | None = None, story: str | None = None, limit: int = 20, offset: int = 0) -> SearchResponse:
    filters = SearchFilters(lang=lang, outlet=outlet, date_from=date_from, date_to=date_to, date_field=date_field,
                            entity=entity, story=story)
    return get_searcher(store).search(q, filters=filters, limit=limit, offset=offset)


# --------------------------------------------------------------------------- articles
def _paragraphs(a: Article) -> list[tuple[int, int, str | None]]:
    if a.paragraphs:
        return [(p.start, p.end, p.lang or a.lang) for p in a.paragraphs]
    out, pos = [], 0
    for chunk in a.text.split("\n"):
        if chunk.strip():
            out.append((pos, pos + len(chunk), a.lang))
        pos += len(chunk) + 1
    return out


def _marks(a: Article) -> list[tuple[int, int, dict[str, Any]]]:
    """Non-overlapping highlight spans: entity mentions, then quotes' cue-free text is left plain."""
    spans: list[tuple[int, int, dict[str, Any]]] = []
    for e in a.entities:
        for m in e.mentions:
            spans.append((m.start, m.end, {"entity": e.id, "name": e.name, "type": e.type, "provisional": e.provisional}))
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[int, int, dict[str, Any]]] = []
    for s in spans:
        if not out or s[0] >= out[-1][1]:
            out.append(s)
    return out


def article_view(a: Article, *, with_text: bool = True) -> dict[str, Any]:
    """One article for display: metadata, direction, and paragraphs cut into plain and entity segments."""
    view: dict[str, Any] = {
        "id": a.id, "lang": a.lang, "dir": text_dir(a.lang, a.text), "title": a.title, "outlet": a.outlet, "url": a.url,
        "published": a.published, "published_source": a.published_source, "story": a.story, "dateline": a.dateline,
        "near_duplicates": list(a.near_duplicates),
        "entities": [{"id": e.id, "name": e.name, "type": e.type, "wikidata": e.wikidata, "provisional": e.provisional,
                      "mentions": len(e.mentions)} for e in a.entities],
        "dates": [asdict(d) for d in a.dates],
        "quotes": [asdict(q) for q in a.quotes],
        "labels": [asdict(lab) for lab in a.labels],
    }
    if with_text:
        marks = _marks(a)
        paras = []
        for start, end, lang in _paragraphs(a):
            segs, cur = [], start
            for s, e, info in marks:
                if e <= start or s >= end:
                    continue
                s, e = max(s, start), min(e, end)
                if s > cur:
                    segs.append({"text": a.text[cur:s]})
                segs.append({"text": a.text[s:e], **info})
                cur = e
            if cur < end:
                segs.append({"text": a.text[cur:end]})
            paras.append({"start": start, "end": end, "lang": lang, "dir": text_dir(lang, a.text[start:end]), "segments": segs})
        view["paragraphs"] = paras
        view["text"] = a.text
    return view


# ---------------------------------------------------------------------------- stories
def _story_dict(s: Story) -> dict[str, Any]:
    return {"id": s.id, "label": s.label, "size": len(s.article_ids), "langs": s.langs, "outlets": s.outlets,
            "first": s.first, "last": s.last, "article_ids": s.article_ids}


def list_stories(store: Store, *, limit: int = 50, offset: int = 0, lang: str | None = None,
                 min_size: int = 1) -> dict[str, Any]:
    stories = [s for s in store.list_stories() if len(s.article_ids) >= min_size and (not lang or lang in s.langs)]
    return {"total": len(stories), "results": [_story_dict(s) for s in stories[offset:offset + limit]]}


def _lang_key(lang: str | None) -> tuple[int, str]:
    return (LANG_ORDER.index(lang), "") if lang in LANG_ORDER else (len(LANG_ORDER), lang or "~")


def story_page(store: Store, story_id: str) -> dict[str, Any] | None:
    """Everything the story page shows: the articles side by side by language, the story's entities,
    its timeline, quotes and framing."""
    story = store.get_story(story_id)
    articles = sorted(store.iter_articles(story=story_id), key=lambda a: (a.published or "", a.id))
    if story is None and not articles:
        return None
    if story is None:
        story = Story(id=story_id, article_ids=[a.id for a in articles])
    story_d = _story_dict(story)
    # what the page shows is what is stored now (the clusterer's record may predate later articles)
    story_d.update(size=len(articles) or story_d["size"], langs=sorted({a.lang for a in articles if a.lang}) or story.langs,
                   outlets=sorted({_outlet(a) for a in articles}) or story.outlets)
    by_lang: dict[str | None, list[Article]] = defaultdict(list)
    for a in articles:
        by_lang[a.lang].append(a)
    columns = [{"lang": lang, "name": LANG_NAMES.get(lang or "", lang or "?"), "dir": text_dir(lang),
                "articles": [article_view(a) for a in arts]}
               for lang, arts in sorted(by_lang.items(), key=lambda kv: _lang_key(kv[0]))]
    ent_articles: dict[str, set[str]] = defaultdict(set)
    ent_info: dict[str, dict[str, Any]] = {}
    for a in articles:
        for e in a.entities:
            ent_articles[e.id].add(a.id)
            ent_info.setdefault(e.id, {"id": e.id, "name": e.name, "type": e.type})
    entities = sorted(({**ent_info[i], "articles": len(ids)} for i, ids in ent_articles.items()),
                      key=lambda x: (-x["articles"], x["name"]))
    return {
        "story": story_d,
        "columns": columns,
        "entities": entities,
        "timeline": _timeline(story_id, articles),
        "quotes": _quotes(articles),
        "framing": _framing(articles),
    }


def story_timeline(store: Store, story_id: str) -> dict[str, Any] | None:
    articles = list(store.iter_articles(story=story_id))
    if not articles and store.get_story(story_id) is None:
        return None
    return _timeline(story_id, articles)


def _precision(value: str) -> tuple[str, str] | None:
    m = _ISO.match(value or "")
    if not m:
        return None
    if m.group(3):
        return m.group(0), "day"
    if m.group(2):
        return m.group(0), "month"
    return m.group(0), "year"


def _date_rows(articles: list[Article]) -> list[dict[str, Any]]:
    """Every placeable date expression with the first day it denotes (khabar.temporal.timeline's rule)."""
    try:
        from .temporal.timeline import rows_for
    except ImportError:  # the dates package is optional here: place plain ISO values only
        rows_for = None
    out = []
    if rows_for is not None:
        for r in rows_for(articles):
            out.append({"when": r.when.isoformat(), "value": r.value, "text": r.text, "sentence": r.sentence,
                        "article": r.article_id, "outlet": r.outlet, "lang": r.lang, "calendar": r.calendar, "note": r.note})
        return out
    for a in articles:
        for d in a.dates:
            p = _precision((d.value or "").split("/")[0])
            if p and d.type in ("DATE", "TIME"):
                out.append({"when": p[0], "value": d.value, "text": d.text, "sentence": "", "article": a.id,
                            "outlet": a.outlet, "lang": a.lang, "calendar": d.calendar, "note": d.note})
    return out


def _timeline(story_id: str, articles: list[Article]) -> dict[str, Any]:
    """The resolved dates the story's articles report, grouped on the date (a day, month or year as
    precise as the value), and the publication dates. Ranges sit at their start; durations are left out."""
    events: dict[str, dict[str, Any]] = {}
    for r in _date_rows(articles):
        p = _precision(r["value"].split("/")[0]) or (r["when"], "day")
        date = r["when"][: len(p[0])] if len(p[0]) in (4, 7) else r["when"]
        ev = events.setdefault(date, {"date": date, "precision": p[1], "count": 0, "langs": [], "articles": [], "mentions": []})
        ev["count"] += 1
        if r["lang"] not in ev["langs"]:
            ev["langs"].append(r["lang"])
        if r["article"] not in ev["articles"]:
            ev["articles"].append(r["article"])
        ev["mentions"].append({**r, "dir": text_dir(r["lang"], r["text"])})
    pubs = []
    for a in articles:
        p = _precision(a.published or "")
        if p:
            pubs.append({"date": p[0], "article": a.id, "lang": a.lang, "outlet": a.outlet, "title": a.title})
    evs = sorted(events.values(), key=lambda e: e["date"])
    pubs.sort(key=lambda p: p["date"])
    dates = [e["date"] for e in evs] + [p["date"] for p in pubs]
    return {"story": story_id, "events": evs, "publications": pubs,
            "range": [min(dates), max(dates)] if dates else None}


def _outlet(a: Article) -> str:
    """The outlet, or the article id when the source named none (so the outlets stay distinct)."""
    return a.outlet or a.id


# ----------------------------------------------------------------------------- quotes
def _quotes(articles: Iterable[Article]) -> list[dict[str, Any]]:
    out = []
    for a in articles:
        for q in a.quotes:
            out.append({"article": a.id, "lang": a.lang, "dir": text_dir(a.lang, q.text), "outlet": a.outlet,
                        "published": a.published, "story": a.story, **asdict(q)})
    return out


def list_quotes(store: Store, *, story: str | None = None, entity: str | None = None, limit: int = 50,
                offset: int = 0) -> dict[str, Any]:
    """Quotes in a story, or spoken by an entity (speaker_id), in article order."""
    if story:
        quotes = _quotes(store.iter_articles(story=story))
    elif entity:
        ids = list(dict.fromkeys(r.article_id for r in store.spans("quote", ref=entity)))
        quotes = [q for q in _quotes(store.iter_articles(ids=ids)) if q["speaker_id"] == entity]
    else:
        raise ValueError("quotes need a story or an entity")
    if entity and story:
        quotes = [q for q in quotes if q["speaker_id"] == entity]
    return {"total": len(quotes), "results": quotes[offset:offset + limit]}


# ---------------------------------------------------------------------------- framing
def _framing(articles: list[Article], entity: str | None = None) -> dict[str, Any]:
    """How each outlet labels each actor and whom it quotes, from khabar.framing.framing_table (the
    numbers the CLI prints), reshaped for display: rows = actors, columns = outlet (language), cells =
    labels with stance; stance counts per outlet for the chart. ``table`` keeps the original."""
    try:
        from .framing import framing_table
    except ImportError:
        framing_table = None
    if framing_table is not None:
        table = framing_table(articles, entity=entity)
    else:
        table = _label_table(articles)
    cols = [{"outlet": f"{o['outlet']} ({o['lang']})" if o["lang"] else o["outlet"], "name": o["outlet"], "lang": o["lang"],
             "articles": o["articles"]} for o in table["outlets"]]
    cells: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(dict)
    actor_ids: dict[str, str | None] = {}
    totals: Counter = Counter()
    stance_by_outlet: dict[str, Counter] = {c["outlet"]: Counter() for c in cols}
    speakers: dict[str, dict[str, int]] = defaultdict(dict)
    speaker_ids: dict[str, str | None] = {}
    for col, o in zip(cols, table["outlets"]):
        for r in o["labels"]:
            actor = r["actor"] or "?"
            actor_ids.setdefault(actor, r.get("actor_id"))
            surface = " | ".join(r["surfaces"]) if r.get("surfaces") else (r.get("gloss") or "")
            cells[actor].setdefault(col["outlet"], []).append(
                {"label": surface, "gloss": r.get("gloss"), "stance": r.get("stance") or "other", "count": r["count"],
                 "dir": text_dir(o["lang"], surface)})
            totals[actor] += r["count"]
            stance_by_outlet[col["outlet"]][r.get("stance") or "other"] += r["count"]
        for q in o.get("quotes", []):
            speakers[q["speaker"]][col["outlet"]] = q["count"]
            speaker_ids.setdefault(q["speaker"], q.get("speaker_id"))
    rows = [{"actor": a, "actor_id": actor_ids.get(a), "cells": cells[a]} for a, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    quoted = [{"speaker": sp, "speaker_id": speaker_ids.get(sp), "dir": text_dir(None, sp), "cells": by,
               "total": sum(by.values())} for sp, by in sorted(speakers.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))]
    return {
        "outlets": cols,
        "rows": rows,
        "quoted": quoted,
        "stances": ["delegitimising", "neutral", "legitimising", "other"],
        "stance_by_outlet": {k: dict(v) for k, v in stance_by_outlet.items()},
        "table": table,
    }


def _label_table(articles: list[Article]) -> dict[str, Any]:
    """framing_table's shape from the labels and quotes alone (when khabar.framing is not installed)."""
    per: dict[tuple[str, str], dict[str, Any]] = {}
    for a in articles:
        slot = per.setdefault((a.outlet or "unknown", a.lang or ""), {"articles": 0, "labels": {}, "quotes": {}})
        slot["articles"] += 1
        for lb in a.labels:
            r = slot["labels"].setdefault((lb.actor, lb.gloss or lb.label, lb.stance), {
                "actor": lb.actor, "actor_id": lb.actor_id, "gloss": lb.gloss, "stance": lb.stance, "count": 0, "surfaces": Counter()})
            r["count"] += 1
            r["surfaces"][lb.label] += 1
        for q in a.quotes:
            r = slot["quotes"].setdefault(q.speaker or "(unattributed)", {"speaker": q.speaker or "(unattributed)",
                                                                          "speaker_id": q.speaker_id, "count": 0})
            r["count"] += 1
    outlets = [{"outlet": o, "lang": lg, "articles": s["articles"],
                "labels": [{**r, "surfaces": dict(r["surfaces"])} for r in s["labels"].values()],
                "quotes": list(s["quotes"].values())} for (o, lg), s in sorted(per.items())]
    return {"entity": None, "articles": len(articles), "outlets": outlets}


def framing_view(store: Store, *, story: str | None = None, entity: str | None = None,
                 max_articles: int = 2000) -> dict[str, Any]:
    """Framing for a story, or for every article that mentions (or labels) an entity."""
    if story:
        articles = list(store.iter_articles(story=story))
    elif entity:
        rows, _ = store.entity_articles(entity, limit=max_articles)
        articles = list(store.iter_articles(ids=[r["id"] for r in rows]))
    else:
        raise ValueError("framing needs a story or an entity")
    out = _framing(articles, entity=entity)
    out.update({"story": story, "entity": entity, "articles": len(articles)})
    return out


# --------------------------------------------------------------------------- entities
def list_entities(store: Store, *, q: str | None = None, type: str | None = None, limit: int = 50,
                  offset: int = 0) -> dict[str, Any]:
    rows = store.entity_rows(query=q, type=type, limit=limit, offset=offset)
    return {"results": rows, "limit": limit, "offset": offset}


def _kb_entity(entity_id: str) -> Any:
    try:
        from .kb.store import cached_kb

        return cached_kb().get(entity_id)
    except Exception:
        return None


def entity_page(store: Store, entity_id: str, *, limit: int = 50, offset: int = 0, cooccurring: int = 20) -> dict[str, Any] | None:
    """An entity: its names per language (KB and as written in the store), its articles and the
    entities it appears with."""
    rows = store.entity_rows([entity_id])
    kb = _kb_entity(entity_id)
    if not rows and kb is None:
        return None
    info = dict(rows[0]) if rows else {"id": entity_id, "name": kb.name, "type": kb.type, "wikidata": kb.wikidata,
                                       "provisional": 0, "articles": 0}
    names: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for lang, text, n in store.entity_surface_forms(entity_id):
        names[lang or "?"].append({"text": text, "mentions": n, "source": "articles"})
    if kb is not None:
        info["description"] = kb.description
        for lang, vals in kb.names.items():
            have = {x["text"] for x in names[lang]}
            names[lang].extend({"text": v, "mentions": 0, "source": "kb"} for v in vals if v not in have)
    arts, total = store.entity_articles(entity_id, limit=limit, offset=offset)
    for a in arts:
        a["dir"] = text_dir(a.get("lang"), a.get("title") or "")
    co = store.cooccurring(entity_id, limit=cooccurring, sample=1000)
    co_rows = {r["id"]: r for r in store.entity_rows([i for i, _ in co])} if co else {}
    return {
        "entity": info,
        "names": [{"lang": lang, "name": LANG_NAMES.get(lang, lang), "dir": text_dir(lang if lang != "?" else None,
                   vals[0]["text"] if vals else ""), "forms": vals}
                  for lang, vals in sorted(names.items(), key=lambda kv: _lang_key(kv[0]))],
        "articles": {"total": total, "limit": limit, "offset": offset, "results": arts},
        "cooccurring": [{"id": i, "name": co_rows.get(i, {}).get("name", i), "type": co_rows.get(i, {}).get("type"),
                         "articles": n} for i, n in co],
    }


# --------------------------------------------------------------------------- analysis
class DocumentError(ValueError):
    """A submitted document that cannot be turned into an article (the API answers 422)."""


def analyze_documents(store: Store, docs: list[dict[str, Any]]) -> tuple[list[Article], Any]:
    """Turn submitted documents ({id?, title?, text or html, url?, published?, outlet?}) into articles
    and run the whole analysis on them (services.analyze_articles), storing them."""
    from .ingest import IngestError, _record_article
    from .services import analyze_articles

    articles = []
    for i, doc in enumerate(docs):
        item = _record_article(doc, "utf-8 (submitted)", f"api[{i}]", f"api-{i}")
        if isinstance(item, IngestError):
            raise DocumentError(f"document {i}: {item.message}")
        if not doc.get("id"):
            item.id = f"api-{item.content_hash[:12]}"
        articles.append(item)
    done, report = analyze_articles(articles, db=store)
    searcher = _SEARCHERS.get(store)
    if searcher is not None:
        searcher.invalidate()
    return done, report
