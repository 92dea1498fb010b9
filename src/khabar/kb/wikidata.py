"""Import a Wikidata JSON dump (the official format: one entity per line inside ``[`` ... ``]``,
each line ending with a comma) into KB JSONL, streaming, so a multi-gigabyte .bz2 never sits in memory.

Kept: labels and aliases in the chosen languages (→ ``names``), the English description, the type
from P31 (instance of) when it is a well-known class, and P17 (country) → ``country``.
"""

from __future__ import annotations

import bz2
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

__all__ = ["iter_dump", "entity_record", "import_dump"]

# P31 classes → KB type (a small, documented list; anything else is MISC).
P31_TYPES = {
    "Q5": "PER",
    "Q6256": "LOC", "Q3624078": "LOC", "Q515": "LOC", "Q1549591": "LOC", "Q5119": "LOC", "Q486972": "LOC",
    "Q10864048": "LOC", "Q1637706": "LOC", "Q702492": "LOC", "Q82794": "LOC", "Q695850": "LOC",
    "Q43229": "ORG", "Q4830453": "ORG", "Q7278": "ORG", "Q484652": "ORG", "Q17149090": "ORG", "Q1331793": "ORG",
    "Q192350": "ORG", "Q11032": "ORG", "Q327333": "ORG", "Q2659904": "ORG", "Q45295908": "ORG",
    "Q1190554": "EVENT", "Q198": "EVENT", "Q180684": "EVENT", "Q178561": "EVENT",
}


def _open(path: Path) -> TextIO:
    name = str(path)
    if name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    if name.endswith(".bz2"):
        return bz2.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def iter_dump(path: str | Path) -> Iterator[dict[str, Any]]:
    with _open(Path(path)) as f:
        for line in f:
            line = line.strip().rstrip(",")
            if not line or line in ("[", "]"):
                continue
            yield json.loads(line)


def _claim_ids(ent: dict[str, Any], prop: str) -> list[str]:
    out = []
    for c in ent.get("claims", {}).get(prop, []):
        v = c.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(v, dict) and "id" in v:
            out.append(v["id"])
    return out


def entity_record(ent: dict[str, Any], langs: tuple[str, ...]) -> dict[str, Any] | None:
    qid = ent.get("id")
    if not qid or ent.get("type", "item") != "item":
        return None
    names: dict[str, list[str]] = {}
    for lang in langs:
        vals = []
        lab = ent.get("labels", {}).get(lang, {}).get("value")
        if lab:
            vals.append(lab)
        for a in ent.get("aliases", {}).get(lang, []):
            if a.get("value") and a["value"] not in vals:
                vals.append(a["value"])
        if vals:
            names[lang] = vals
    if not names:
        return None
    name = (names.get("en") or next(iter(names.values())))[0]
    typ = next((P31_TYPES[c] for c in _claim_ids(ent, "P31") if c in P31_TYPES), "MISC")
    rec: dict[str, Any] = {"id": qid, "type": typ, "name": name, "wikidata": qid, "names": names}
    desc = ent.get("descriptions", {}).get("en", {}).get("value")
    if desc:
        rec["description"] = desc
    country = _claim_ids(ent, "P17")
    if country and country[0] != qid:
        rec["country"] = country[0]
    return rec


def import_dump(path: str | Path, out: str | Path, *, langs: tuple[str, ...] = ("en", "ur", "ar", "fa"),
                limit: int | None = None, append: bool = True) -> int:
    """Write one KB record per dump entity that has a name in ``langs``; returns how many."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(out, "a" if append else "w", encoding="utf-8") as f:
        for ent in iter_dump(path):
            rec = entity_record(ent, langs)
            if rec is None:
                continue
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
            if limit and n >= limit:
                break
    return n
