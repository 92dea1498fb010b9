"""EVENT records from events_data.EVENTS."""

from __future__ import annotations

from .common import record, slugify


def build() -> list[dict]:
    from .events_data import EVENTS

    out = []
    for line in EVENTS.strip().splitlines():
        eid, en, aliases, ur, ar, fa, start, desc = (f.strip() for f in line.split("|"))
        names = {"en": [en] + [x for x in aliases.split(";") if x]}
        for lang, val in (("ur", ur), ("ar", ar), ("fa", fa)):
            names[lang] = [x for x in val.split(";") if x]
        if eid == "-":
            eid = "kh:" + slugify(en)
        out.append(record(eid, "EVENT", en, names, description=desc, start=start or None))
    return out
