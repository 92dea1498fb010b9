"""Compare outlets: which labels each uses for which actor, and whom each quotes.

``framing_table`` is a pure function over Articles (already analysed) so the CLI, the REST API
and the web UI chart the same numbers.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any, TextIO

from ..document import Article
from .lexicon import load_lexicon

__all__ = ["framing_table", "framing_rows", "write_csv", "outlet_of"]


def outlet_of(a: Article) -> str:
    """The outlet as ingest recorded it, else the site of its URL; articles with neither are "unknown"."""
    if a.outlet or a.meta.get("outlet"):
        return str(a.outlet or a.meta.get("outlet"))
    if a.url:
        from urllib.parse import urlparse

        host = urlparse(a.url).netloc.lower()
        if host:
            return host.removeprefix("www.")
    return "unknown"


def _matches(name: str | None, needle: str) -> bool:
    return bool(name) and needle.lower() == name.lower()


def _mentions_entity(a: Article, needle: str) -> bool:
    return (any(_matches(e.name, needle) or _matches(e.id, needle) for e in a.entities)
            or any(_matches(lb.actor, needle) or _matches(lb.actor_id, needle) for lb in a.labels)
            or any(_matches(q.speaker, needle) or _matches(q.speaker_id, needle) for q in a.quotes))


def framing_table(articles: Iterable[Article], *, entity: str | None = None) -> dict[str, Any]:
    """Per outlet and language: label use per actor (counts, stance, surfaces) and quoted speakers.

    With ``entity``, only articles that mention it (as entity, label actor or speaker) count, and
    label rows are narrowed to that actor (or the umbrella actor it belongs to) when any exist.
    """
    groups = load_lexicon().actor_groups
    arts = [a for a in articles if entity is None or _mentions_entity(a, entity)]
    wanted_actors: set[str] | None = None
    if entity:
        wanted = {entity.lower()}
        for grp, members in groups.items():
            if any(m.lower() == entity.lower() for m in members) or grp.lower() == entity.lower():
                wanted |= {grp.lower(), *(m.lower() for m in members)}
        if any((lb.actor or "").lower() in wanted for a in arts for lb in a.labels):
            wanted_actors = wanted

    per: dict[tuple[str, str], dict[str, Any]] = {}
    actors: dict[str, dict[str, Any]] = defaultdict(lambda: {"outlets": defaultdict(Counter), "stances": Counter()})
    for a in arts:
        ok = (outlet_of(a), a.lang or "")
        slot = per.setdefault(ok, {"articles": 0, "labels": {}, "quotes": {}, "ids": []})
        slot["articles"] += 1
        slot["ids"].append(a.id)
        for lb in a.labels:
            if wanted_actors is not None and (lb.actor or "").lower() not in wanted_actors:
                continue
            k = (lb.actor, lb.gloss or lb.label, lb.stance)
            row = slot["labels"].setdefault(k, {"actor": lb.actor, "actor_id": lb.actor_id, "gloss": lb.gloss,
                                                 "stance": lb.stance, "count": 0, "surfaces": Counter()})
            row["count"] += 1
            row["surfaces"][lb.label] += 1
            actors[lb.actor]["outlets"][f"{ok[0]} ({ok[1]})"][lb.gloss or lb.label] += 1
            actors[lb.actor]["stances"][lb.stance or "unknown"] += 1
        for q in a.quotes:
            name = q.speaker or "(unattributed)"
            row = slot["quotes"].setdefault(name, {"speaker": name, "speaker_id": q.speaker_id, "count": 0,
                                                   "hedged": 0, "direct": 0})
            row["count"] += 1
            row["hedged"] += int(q.hedged)
            row["direct"] += int(q.kind == "direct")

    outlets = []
    for (outlet, lang), slot in sorted(per.items()):
        labels = sorted(slot["labels"].values(), key=lambda r: (-r["count"], r["actor"] or "", r["gloss"] or ""))
        for r in labels:
            r["surfaces"] = dict(r["surfaces"].most_common())
        quotes = sorted(slot["quotes"].values(), key=lambda r: (-r["count"], r["speaker"]))
        outlets.append({"outlet": outlet, "lang": lang, "articles": slot["articles"], "article_ids": slot["ids"],
                        "labels": labels, "quotes": quotes})
    return {
        "entity": entity,
        "articles": len(arts),
        "outlets": outlets,
        "actors": {actor: {"outlets": {o: dict(c) for o, c in v["outlets"].items()}, "stances": dict(v["stances"])}
                   for actor, v in sorted(actors.items(), key=lambda kv: kv[0] or "")},
    }


def framing_rows(table: dict[str, Any]) -> list[dict[str, Any]]:
    """Flat rows (one per outlet x label or outlet x speaker) for CSV export."""
    rows: list[dict[str, Any]] = []
    for o in table["outlets"]:
        for r in o["labels"]:
            rows.append({"kind": "label", "outlet": o["outlet"], "lang": o["lang"], "actor": r["actor"],
                         "label": " | ".join(r["surfaces"]), "gloss": r["gloss"], "stance": r["stance"],
                         "speaker": "", "count": r["count"], "hedged": "", "direct": ""})
        for r in o["quotes"]:
            rows.append({"kind": "quote", "outlet": o["outlet"], "lang": o["lang"], "actor": "", "label": "",
                         "gloss": "", "stance": "", "speaker": r["speaker"], "count": r["count"],
                         "hedged": r["hedged"], "direct": r["direct"]})
    return rows


def write_csv(table: dict[str, Any], fh: TextIO) -> int:
    rows = framing_rows(table)
    fields = ["kind", "outlet", "lang", "actor", "label", "gloss", "stance", "speaker", "count", "hedged", "direct"]
    w = csv.DictWriter(fh, fieldnames=fields)
    w.writeheader()
    w.writerows(rows)
    return len(rows)
