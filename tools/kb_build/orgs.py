"""Organisation records (international bodies, state bodies, armed groups, outlets) from orgs_data.ORGS."""

from __future__ import annotations

from .common import record, slugify, uniq
from .geo import country_id

TYPES = {"PER", "LOC", "ORG", "EVENT", "MISC"}


def parse_orgs(table: str) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for line in table.strip().splitlines():
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 10:
            raise ValueError(f"expected 10 fields: {line!r}")
        oid, type_, en, en_alias, ur, ar, fa, cc, desc, group = fields
        if type_ not in TYPES:
            raise ValueError(f"bad type in {line!r}")
        names = {"en": [en] + [x for x in en_alias.split(";") if x]}
        ambiguous = {}
        for lang, val in (("ur", ur), ("ar", ar), ("fa", fa)):
            vals = []
            for item in filter(None, (x.strip() for x in val.split(";"))):
                if item.startswith("!"):
                    item = item[1:]
                    ambiguous.setdefault(lang, []).append(item)
                vals.append(item)
            names[lang] = uniq(vals)
        if oid == "-":
            oid = "kh:" + slugify(en)
        rec = record(oid, type_, en, names, description=desc, country=country_id(cc) if cc else None,
                     ambiguous=ambiguous)
        if ambiguous:
            rec["aliases_ok_alone"] = False
        groups.setdefault(f"{group}.jsonl", []).append(rec)
    return groups


def build() -> dict[str, list[dict]]:
    from . import orgs_data

    groups = parse_orgs(orgs_data.ORGS)
    for name, recs in parse_orgs(orgs_data.GROUPS).items():
        groups.setdefault(name, []).extend(recs)
    return groups
