"""Province records from provinces_data.PROVINCES: prefixed names per language (+ bare names when flagged)."""

from __future__ import annotations

from .common import record, slugify, uniq
from .geo import country_id

SUFFIX = {"governorate": "Governorate", "province": "Province", "oblast": "Oblast", "region": ""}
QIDS = {"West Bank": "Q36678", "Gaza Strip": "Q39760"}  # checked against a public gazetteer listing
PREFIX = {
    "governorate": {"ur": ["صوبہ {x}", "{x} صوبہ"], "ar": ["محافظة {x}", "ريف {x}"], "fa": ["استان {x}"]},
    "province": {"ur": ["صوبہ {x}", "{x} صوبہ"], "ar": ["محافظة {x}", "ولاية {x}", "إقليم {x}"], "fa": ["استان {x}", "ولایت {x}"]},
    "oblast": {"ur": ["{x} اوبلاست", "{x} کا علاقہ", "علاقہ {x}"], "ar": ["مقاطعة {x}", "منطقة {x}"], "fa": ["استان {x}", "منطقه {x}"]},
    "region": {"ur": [], "ar": [], "fa": []},
}


def _country_names() -> dict[str, str]:
    import pycountry

    from .countries_data import EN_NAME
    return {c.alpha_2: EN_NAME.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
            for c in pycountry.countries}


COUNTRY_NAMES = _country_names()


def build() -> list[dict]:
    from .provinces_data import PROVINCES
    from .provinces_facts import AMBIGUOUS, POPULATION

    out = []
    for line in PROVINCES.strip().splitlines():
        en, cc, kind, bare, ur, ar, fa, aliases = (f.strip() for f in line.split("|"))
        suffix = SUFFIX[kind]
        name = f"{en} {suffix}".strip()
        is_bare = bare == "y" or kind == "region"
        names = {"en": uniq([name] + ([en] + [x for x in aliases.split(";") if x] if is_bare else []))}
        for lang, base in (("ur", ur), ("ar", ar), ("fa", fa)):
            bases = [b for b in base.split(";") if b]
            vals = []
            for pattern in PREFIX[kind][lang]:
                if pattern.startswith("ريف") and cc != "SY":
                    continue
                if pattern.startswith("ريف") and bases[0].startswith("ريف"):
                    continue
                vals.append(pattern.format(x=bases[0]))
            if is_bare:
                vals = bases + vals
            names[lang] = uniq(vals)
        rid = f"kh:{slugify(en)}-{kind}" if kind != "region" else QIDS.get(en, f"kh:{slugify(en)}")
        if kind in ("governorate", "province", "oblast") and cc not in ("SY",):
            rid = f"kh:{slugify(en)}-{kind}-{cc.lower()}"
        desc = {"region": "Region", "oblast": "Oblast", "governorate": "Governorate", "province": "Province"}[kind]
        where = COUNTRY_NAMES.get(cc, "")
        fact = f"{en}|{cc}"
        listed = {lang: [x for x in vals if x in names.get(lang, [])] for lang, vals in AMBIGUOUS.get(fact, {}).items()}
        ambiguous = {lang: vals for lang, vals in listed.items() if vals}
        out.append(record(rid, "LOC", name, names, description=f"{desc} of {where}" if where else desc,
                          country=country_id(cc) if cc != "-" else None, population=POPULATION.get(fact),
                          ambiguous=ambiguous, aliases_ok_alone=False if ambiguous else None))
    return out
