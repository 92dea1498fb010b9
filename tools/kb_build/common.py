"""Helpers shared by the KB builders: slugs, script classes, record assembly and writing."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "src" / "khabar" / "kb" / "data"
LANGS = ("en", "ur", "ar", "fa")

_HARAKAT = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
UR_ONLY = set("ٹڈڑںےھہۃ")
OTHER_SCRIPTS = set("ڕەێۆڵټډړښږځڅېۍڼۇۋڤڭۉێ")  # Kurdish/Pashto/Uyghur letters: not ur/ar/fa spellings
AR_ONLY = set("يكةى")
FA_UR_LETTERS = set("یکپچژگ")


def slugify(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"[ʿʾ‘’'`]", "", folded)
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def fold_latin(text: str) -> str:
    """'Ma‘arrat an Nu‘mān' -> "Ma'arrat an Nu'man": what an English newspaper prints."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[ʿʾ‘’`]", "'", folded)


def strip_harakat(text: str) -> str:
    return _HARAKAT.sub("", text)


def is_arabic_script(text: str) -> bool:
    return bool(_ARABIC.search(text)) and not _LATIN.search(text)


def classify(name: str) -> tuple[str, ...]:
    """Which of ur/ar/fa an Arabic-script spelling belongs to, from the letters it uses.

    Urdu-only letters -> ur; Arabic yeh/kaf/teh marbuta -> ar; Persian yeh/kaf or پ چ ژ گ -> fa;
    only shared letters (حلب, دمشق) -> all three. Kurdish/Pashto spellings and mixtures -> none.
    """
    letters = set(name)
    if letters & OTHER_SCRIPTS:
        return ()
    if letters & UR_ONLY:
        return ("ur",)
    if letters & AR_ONLY:
        return () if letters & FA_UR_LETTERS else ("ar",)
    if letters & FA_UR_LETTERS:
        return ("fa",)
    return ("ur", "ar", "fa")


def ar_to_fa(name: str) -> str:
    return name.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").replace("ة", "ه")


def fa_to_ur(name: str) -> str:
    return name.replace("ه", "ہ").replace("\u200c", " ")


def fa_to_ar(name: str) -> str | None:
    if set(name) & set("پچژگ"):
        return None
    return name.replace("ی", "ي").replace("ک", "ك").replace("\u200c", " ")


def clean_name(name: str) -> str:
    return re.sub(r"\s+", " ", strip_harakat(name)).strip()


def uniq(items) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
    return list(seen)


def record(id_: str, type_: str, name: str, names: dict, **extra) -> dict:
    """A KB record with the contract's field order; empty optional fields are dropped."""
    qid = id_ if re.fullmatch(r"Q\d+", id_) else None
    rec = {"id": id_, "type": type_, "name": name, "wikidata": extra.pop("wikidata", qid)}
    if extra.get("description"):
        rec["description"] = extra.pop("description")
    extra.pop("description", None)
    rec["names"] = {lang: uniq(names.get(lang, [])) for lang in LANGS if names.get(lang)}
    for lang, vals in names.items():
        if lang not in LANGS and vals:
            rec["names"][lang] = uniq(vals)
    if name not in rec["names"].setdefault("en", []):
        rec["names"]["en"].insert(0, name)
    for key, value in extra.items():
        if value not in (None, [], {}, ""):
            rec[key] = value
    return rec


def write_jsonl(filename: str, records: list[dict]) -> Path:
    path = DATA_DIR / filename
    path.parent.mkdir(parents=True, exist_ok=True)
    records = sorted(records, key=lambda r: r["id"])
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path
