"""Corpus-level views of linked and provisional entities, read back from the store.

Provisional entities (``new:<skeleton>``) found by the tagger in different articles, scripts and
languages are grouped by their cross-script skeleton, so ``khabar kb review`` shows one row per
candidate actor with every spelling, its article count and a context line for promotion.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from khabar.document import Entity, Mention

from .keys import distance

__all__ = ["entity_counts", "review", "group_provisional"]


def provisional_of(article: Any) -> list[Entity]:
    """Provisional entities of an article, wherever the stage put them (entities or meta)."""
    out = [e for e in article.entities if e.provisional]
    for rec in (article.meta or {}).get("provisional_entities") or []:
        out.append(Entity(**{**{k: v for k, v in rec.items() if k != "mentions"},
                             "mentions": [Mention(**m) for m in rec.get("mentions") or []]}))
    return out


def entity_counts(store: Any, *, type_: str | None = None, provisional: bool = False) -> list[dict[str, Any]]:
    """Entities by number of articles, with the count per language."""
    per: dict[str, dict[str, Any]] = {}
    for art in store.iter_articles():
        for e in art.entities:
            if e.provisional != provisional or (type_ and e.type != type_):
                continue
            row = per.setdefault(e.id, {"id": e.id, "name": e.name, "type": e.type, "articles": 0, "langs": Counter()})
            row["articles"] += 1
            row["langs"][art.lang or "?"] += 1
    rows = sorted(per.values(), key=lambda r: (-r["articles"], r["name"]))
    for r in rows:
        r["langs"] = dict(r["langs"])
    return rows


def group_provisional(keys: list[str], max_distance: float = 0.5) -> dict[str, str]:
    """Map each provisional key to a representative key within ``max_distance`` (same actor, other spelling)."""
    reps: list[str] = []
    out: dict[str, str] = {}
    for k in sorted(keys, key=len, reverse=True):
        sk = k.removeprefix("new:").replace("_", "")
        for r in reps:
            if abs(len(r) - len(sk)) <= 1 and distance(r, sk) <= max_distance:
                out[k] = "new:" + r
                break
        else:
            reps.append(sk)
            out[k] = "new:" + sk
    return out


def review(store: Any, *, contexts: int = 2, width: int = 60) -> list[dict[str, Any]]:
    """Provisional entities grouped across spellings: article count, spellings, languages, contexts."""
    mentions: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    types: dict[str, Counter] = defaultdict(Counter)
    for art in store.iter_articles():
        for e in provisional_of(art):
            types[e.id][e.type] += 1
            for m in e.mentions[:1]:
                a, b = max(0, m.start - width // 2), min(len(art.text), m.end + width // 2)
                mentions[e.id].append((art.id, art.lang or "?", m.text, " ".join(art.text[a:b].split())))
    groups = group_provisional(list(mentions))
    rows: dict[str, dict[str, Any]] = {}
    for key, ms in mentions.items():
        g = groups[key]
        row = rows.setdefault(g, {"id": g, "type": "", "articles": 0, "spellings": [], "langs": Counter(), "contexts": [], "_arts": set(), "_types": Counter()})
        row["_types"].update(types[key])
        for aid, lang, text, ctx in ms:
            if aid not in row["_arts"]:
                row["_arts"].add(aid)
                row["langs"][lang] += 1
            if text not in row["spellings"]:
                row["spellings"].append(text)
            if len(row["contexts"]) < contexts:
                row["contexts"].append(ctx)
    out = []
    for row in rows.values():
        row["articles"] = len(row.pop("_arts"))
        row["type"] = row.pop("_types").most_common(1)[0][0]
        row["langs"] = dict(row["langs"])
        out.append(row)
    out.sort(key=lambda r: (-r["articles"], r["id"]))
    return out
