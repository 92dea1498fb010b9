"""Validation of the shipped knowledge-base data (src/khabar/kb/data, format in docs/kb-format.md).

The reader here is deliberately independent of khabar.kb's loader: the data must stand on its own.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "khabar" / "kb" / "data"
# Files compiled by tools/kb_build (other *.jsonl files in the folder are overlays merged by id).
CORE_FILES = ("countries", "places", "provinces", "people", "orgs", "armed_groups", "outlets", "events", "groups")
TYPES = {"PER", "LOC", "ORG", "EVENT", "MISC"}
ROLE_CODES = {"president", "prime_minister", "foreign_minister", "defence_minister", "head_of_state",
              "head_of_government", "king", "emir", "crown_prince", "supreme_leader", "envoy", "spokesperson",
              "leader", "minister", "secretary_general", "chief_of_staff", "other"}
QID = re.compile(r"Q[1-9]\d*")
KH_ID = re.compile(r"kh:[a-z0-9]+(?:-[a-z0-9]+)*")
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
LATIN = re.compile(r"[A-Za-z]")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def read_jsonl(path: Path) -> list[dict]:
    """Loader-free reader: one JSON object per non-empty line; a bad line fails with its number."""
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:  # pragma: no cover - reported as a failure
            pytest.fail(f"{path.name}:{n}: {exc}")
        assert isinstance(rec, dict), f"{path.name}:{n} is not an object"
        records.append(rec)
    return records


@pytest.fixture(scope="module")
def files() -> dict[str, list[dict]]:
    out = {}
    for name in CORE_FILES:
        path = DATA / f"{name}.jsonl"
        if path.exists():
            out[name] = read_jsonl(path)
    return out


@pytest.fixture(scope="module")
def core(files) -> list[dict]:
    return [rec for recs in files.values() for rec in recs]


@pytest.fixture(scope="module")
def all_ids(core) -> set[str]:
    ids = {rec["id"] for rec in core}
    for path in DATA.glob("*.jsonl"):  # overlays may define ids that roles point to
        ids |= {rec["id"] for rec in read_jsonl(path)}
    return ids


@pytest.fixture(scope="module")
def by_name(core) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for rec in core:
        out.setdefault(rec["name"], []).append(rec)
    return out


def test_core_files_present_and_large(files):
    for name in ("countries", "places", "people", "orgs", "armed_groups", "outlets"):
        assert name in files, f"missing {name}.jsonl"
    total = sum(len(v) for v in files.values())
    assert total >= 3000, total
    assert len(files["countries"]) >= 249
    assert len(files["people"]) >= 200


def test_ids_unique_and_sorted(files, core):
    counts = Counter(rec["id"] for rec in core)
    dupes = [i for i, c in counts.items() if c > 1]
    assert not dupes, dupes[:20]
    for name, recs in files.items():
        ids = [r["id"] for r in recs]
        assert ids == sorted(ids), f"{name}.jsonl is not sorted by id"


def test_required_fields_and_forms(core):
    for rec in core:
        rid = rec.get("id", "?")
        for key in ("id", "type", "name", "names"):
            assert rec.get(key), f"{rid}: missing {key}"
        assert rec["type"] in TYPES, rid
        assert QID.fullmatch(rid) or KH_ID.fullmatch(rid), f"bad id {rid!r}"
        wd = rec.get("wikidata")
        assert wd is None or QID.fullmatch(wd), f"{rid}: bad wikidata {wd!r}"
        if QID.fullmatch(rid):
            assert wd in (None, rid), f"{rid}: wikidata differs from id"
        if rid.startswith("kh:"):
            assert wd is None, f"{rid}: kh: id with a QID should use the QID as id"
        assert rec["name"] in rec["names"].get("en", []), f"{rid}: canonical name not among en names"
        assert isinstance(rec.get("aliases_ok_alone", True), bool), rid
        for lang, vals in rec["names"].items():
            assert isinstance(vals, list) and all(isinstance(v, str) and v.strip() == v and v for v in vals), \
                f"{rid}: bad names[{lang}]"
            assert len(vals) == len(set(vals)), f"{rid}: duplicate names in {lang}"


def test_arabic_script_surfaces_are_not_latin(core):
    bad = []
    for rec in core:
        for field in ("names", "demonyms", "ambiguous"):
            for lang in ("ur", "ar", "fa"):
                for surface in rec.get(field, {}).get(lang, []):
                    if LATIN.search(surface) or not ARABIC_SCRIPT.search(surface):
                        bad.append((rec["id"], lang, surface))
    assert not bad, bad[:20]


def test_ambiguous_names_are_names(core):
    for rec in core:
        for lang, vals in rec.get("ambiguous", {}).items():
            known = set(rec["names"].get(lang, [])) | set(rec.get("demonyms", {}).get(lang, []))
            assert set(vals) <= known, (rec["id"], lang, set(vals) - known)
            assert rec.get("aliases_ok_alone") is False, rec["id"]


def test_references_exist(core, all_ids):
    for rec in core:
        for key in ("country", "capital", "parent"):
            ref = rec.get(key)
            assert ref is None or ref in all_ids, f"{rec['id']}: {key} {ref!r} not in KB"


def test_roles_valid(core, all_ids):
    people = [r for r in core if r.get("roles")]
    assert len(people) >= 200
    for rec in people:
        assert rec["type"] == "PER", rec["id"]
        for role in rec["roles"]:
            assert role["role"] in ROLE_CODES, (rec["id"], role)
            assert role.get("of") in all_ids, (rec["id"], role)
            for key in ("from", "to"):
                assert role.get(key) is None or DATE.fullmatch(role[key]), (rec["id"], role)
            if role.get("from") and role.get("to"):
                assert role["from"] <= role["to"], (rec["id"], role)


def test_every_country_has_ur_ar_fa_names_and_capital(files):
    for rec in files["countries"]:
        for lang in ("ur", "ar", "fa"):
            assert rec["names"].get(lang), f"{rec['name']} has no {lang} name"
    sovereign = [r for r in files["countries"] if r.get("description") == "Country"]
    assert len(sovereign) >= 190
    with_capital = [r for r in sovereign if r.get("capital")]
    assert len(with_capital) >= 185, len(with_capital)


def test_seeds_gold_entities_exist(seeds_gold, by_name):
    missing = set()
    for doc in seeds_gold["documents"].values():
        for name in doc.get("entities", {}):
            if name not in by_name:
                missing.add(name)
    assert not missing, sorted(missing)


def test_seed_outlets_are_known(seeds_gold, core):
    """Outlets and cited sources named in the seeds (their Arabic-script name in brackets) are ORG names."""
    org_names = {n for r in core if r["type"] == "ORG" for vals in r["names"].values() for n in vals}
    wanted = set()
    for doc in seeds_gold["documents"].values():
        for label in [doc.get("outlet", "")] + list(doc.get("cites", [])):
            wanted |= set(re.findall(r"\(([^)]+)\)", label))
    assert wanted, "seeds gold names no outlets"
    assert wanted <= org_names, sorted(wanted - org_names)


def _covers(role: dict, day: str) -> bool:
    return (role.get("from") or "0000") <= day and (role.get("to") is None or day <= role["to"])


def _one(by_name, name: str) -> dict:
    recs = by_name.get(name, [])
    assert len(recs) == 1, (name, len(recs))
    return recs[0]


def test_spot_facts(by_name):
    russia = _one(by_name, "Russia")
    syria = _one(by_name, "Syria")
    shoigu = _one(by_name, "Sergei Shoigu")
    assert any(r["role"] == "defence_minister" and r["of"] == russia["id"] and _covers(r, "2016-06-15")
               for r in shoigu["roles"])
    assert not any(r["role"] == "defence_minister" and _covers(r, "2025-01-01") for r in shoigu["roles"])
    assert any(r["role"] == "foreign_minister" and r["of"] == russia["id"] and _covers(r, "2016-12-28")
               for r in _one(by_name, "Sergei Lavrov")["roles"])
    putin = _one(by_name, "Vladimir Putin")
    assert putin["id"] == "Q7747"
    assert any(r["role"] == "president" and _covers(r, "2023-03-15") for r in putin["roles"])
    assad = _one(by_name, "Bashar al-Assad")
    assert any(r["role"] == "president" and r["of"] == syria["id"] and _covers(r, "2016-06-15")
               and not _covers(r, "2024-12-20") for r in assad["roles"])
    assert "اسد" in assad.get("ambiguous", {}).get("ur", []) and assad["aliases_ok_alone"] is False
    assert "شام" in syria["names"]["ur"] and "شام" in syria["ambiguous"]["ur"]
    assert "ترکی" in _one(by_name, "Turkey")["names"]["ur"]
    assert "امریکیوں" in _one(by_name, "United States")["demonyms"]["ur"]
    assert "ایرانیوں" in _one(by_name, "Iran")["demonyms"]["ur"]
    assert {"الروسي", "الروس"} <= set(russia["demonyms"]["ar"])
    assert _one(by_name, "Khmeimim Air Base")["type"] == "LOC"
    assert _one(by_name, "Kremlin")["type"] == "ORG"
    assert syria["capital"] == _one(by_name, "Damascus")["id"]


def test_roles_vocabulary_file():
    data = json.loads((DATA / "roles.json").read_text(encoding="utf-8"))
    groups = {k: v for k, v in data.items() if isinstance(v, dict)}
    for code in ("president", "prime_minister", "foreign_minister", "defence_minister", "envoy", "spokesperson"):
        assert code in groups
    for group, langs in groups.items():
        for lang in ("en", "ur", "ar", "fa"):
            assert langs.get(lang), (group, lang)
        for lang in ("ur", "ar", "fa"):
            assert not any(LATIN.search(w) for w in langs[lang]), (group, lang)
    for group, code in data.get("maps_to", []):
        assert group in groups and code in ROLE_CODES
    assert "وزیر دفاع" in groups["defence_minister"]["ur"]
    assert "وزير الخارجية" in groups["foreign_minister"]["ar"]
    assert "رئیس‌جمهور" in groups["president"]["fa"]


def test_small_towns_are_not_named_by_everyday_words(files):
    # a town under 100,000 whose one-word name is a frequent word in any of ar/fa/ur (Jahrom's دو "two",
    # al-Jum'ah's الجمعة "Friday") would be read into every text; the rule of tools/kb_build/geo.py, checked
    # here independently of it on the shipped file (except the towns it keeps on purpose)
    from wordfreq import zipf_frequency

    from tools.kb_build.geo import EVERYDAY_ZIPF_SMALL, KEEP_FREQUENT, SMALL_TOWN

    bad = []
    for rec in files["places"]:
        if not rec.get("description", "").startswith("Town or city in") or rec["name"] in KEEP_FREQUENT:
            continue
        if (rec.get("population") or 0) >= SMALL_TOWN:
            continue
        for lang in ("ur", "ar", "fa"):
            for n in rec["names"].get(lang, []):
                if " " not in n and max(zipf_frequency(n, lg) for lg in ("ar", "fa", "ur")) >= EVERYDAY_ZIPF_SMALL:
                    bad.append((rec["id"], lang, n))
    assert not bad, bad[:20]


def test_shipped_places_are_a_fixed_point_of_the_cleanup(files):
    # tools.kb_build.places_cleanup applied to the shipped places.jsonl changes nothing: a hand edit that
    # brings back an everyday-word name or loses an ambiguous flag fails here
    import copy

    from tools.kb_build.places_cleanup import clean

    records = files["places"]
    assert clean(copy.deepcopy(records)) == records


def test_an_article_form_is_judged_as_the_bare_word_it_stands_for():
    # the matcher reads an Arabic article off any Arabic-script word, so a town named الجدید in Persian
    # stands in Arabic text for جديد "new" (Zipf 5.6); a Persian final ه is judged as Arabic ة (الجمعه "Friday")
    from tools.kb_build.geo import drop_everyday_words

    assert drop_everyday_words({"en": ["Al Jadid"], "fa": ["الجدید"]}, 126_386, "Al Jadid") == {"en": ["Al Jadid"]}
    assert "fa" not in drop_everyday_words({"en": ["Al Jum'ah"], "fa": ["الجمعه"]}, 0, "Al Jum'ah")
    kept = {"en": ["Harasta"], "ar": ["حرستا"]}
    assert drop_everyday_words(kept, 50_000, "Harasta") == kept
