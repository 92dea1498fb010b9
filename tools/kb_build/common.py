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
OTHER_SCRIPTS = set("ڕەێۆڵټډړښږځڅېۍڼۇۋڤڭۉێٲٳۄؠګٽڀٺٿڄڃڇڊڌڍڎڏڙڦڳڱڻ")  # Kurdish, Pashto, Kashmiri, Sindhi, Uyghur  # Kurdish/Pashto/Uyghur letters: not ur/ar/fa spellings
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
    """Arabic-script text with no Latin letters and no word-internal alef maksura (a romanisation artefact)."""
    return bool(_ARABIC.search(text)) and not _LATIN.search(text) and not re.search("ى\\S", text)


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


_INVISIBLE = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u0640]")


def clean_name(name: str) -> str:
    """Drop harakat, tatweel and direction marks; squeeze spaces. ZWNJ is kept (Persian spelling)."""
    return re.sub(r"\s+", " ", _INVISIBLE.sub("", strip_harakat(name))).strip()


# Rough Latin consonant skeletons, to check that an Arabic-script alternate name is a spelling of the
# English name and not a different (historical, neighbouring, mis-attached) name.
_AR_SKELETON = str.maketrans({
    "ب": "B", "پ": "B", "ت": "T", "ٹ": "T", "ط": "T", "ث": "S", "س": "S", "ص": "S", "ج": "J", "چ": "J",
    "ژ": "J", "ح": "H", "ه": "H", "ہ": "H", "ھ": "H", "ة": "H", "ۃ": "H", "خ": "K", "غ": "G", "گ": "G",
    "ق": "K", "ک": "K", "ك": "K", "د": "D", "ڈ": "D", "ض": "D", "ذ": "S", "ز": "S", "ظ": "S", "ر": "R",
    "ڑ": "R", "ش": "X", "ف": "F", "ل": "L", "م": "M", "ن": "N", "ں": "N", "و": "", "ی": "", "ي": "",
    "ى": "", "ے": "", "ا": "", "أ": "", "إ": "", "آ": "", "ع": "", "ء": "", "ئ": "", "ؤ": "", " ": "",
    "\u200c": "", "-": "",
})
_EN_RULES = [("kh", "K"), ("gh", "G"), ("sh", "X"), ("ch", "J"), ("th", "S"), ("dh", "S"), ("zh", "J"),
             ("ph", "F"), ("q", "K"), ("k", "K"), ("c", "K"), ("g", "G"), ("j", "J"), ("z", "S"), ("s", "S"),
             ("x", "KS"), ("p", "B"), ("b", "B"), ("v", ""), ("w", ""), ("y", ""), ("t", "T"), ("d", "D"),
             ("h", "H"), ("r", "R"), ("f", "F"), ("l", "L"), ("m", "M"), ("n", "N")]


def _en_skeleton(name: str) -> str:
    text = re.sub(r"^(?:a[lnrsdtz]|el)[- ]", "", fold_latin(name).lower())
    text = re.sub(r"\b(?:a[lnrsdtz]|el)-", "", text)
    out, i = [], 0
    while i < len(text):
        for src, dst in _EN_RULES:
            if text.startswith(src, i):
                out.append(dst)
                i += len(src)
                break
        else:
            i += 1
    return re.sub(r"(.)\1+", r"\1", "".join(out))


def _ar_skeleton(name: str) -> str:
    text = re.sub(r"(^|\s)ال", r"\1", name)
    return re.sub(r"(.)\1+", r"\1", text.translate(_AR_SKELETON))


_LOOSE = str.maketrans({"G": "K", "J": "K"})


def english_skeletons(names: list[str], limit: int = 15) -> list[str]:
    """Distinct consonant skeletons of a place's Latin names (computed once per place)."""
    out: dict[str, None] = {}
    for name in dict.fromkeys(names):
        sk = _en_skeleton(name).translate(_LOOSE)
        if sk:
            out[sk] = None
            if len(out) >= limit:
                break
    return list(out)


def spelling_score(arabic: str, english: str | list[str]) -> float:
    """0..1: how well the consonants of an Arabic-script name match an English name or skeleton list
    (G~K~J tolerated)."""
    import difflib

    skeletons = english_skeletons([english]) if isinstance(english, str) else english
    a = _ar_skeleton(arabic).translate(_LOOSE)
    if not a or not skeletons:
        return 0.0
    matcher = difflib.SequenceMatcher(None, a)
    best = 0.0
    for sk in skeletons:
        matcher.set_seq2(sk)
        if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
            best = max(best, matcher.ratio())
    return best


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


# ur/ar/fa spellings of places and organisations that are also everyday words (found by running the linker over
# NTREX translations and reading the false positives, plus common knowledge). Matched names get flagged ambiguous.
COMMON_PLACE_WORDS = {
    "ur": {"چلی", "پیرو", "ڈیلی", "جنین", "مالی", "چین", "شام", "روٹے", "ڈان", "کانگریس", "جنرل اسمبلی", "مجلس",
           "بحری", "ریان", "ترکی", "اردن", "عمان", "صور", "دوما", "جزیرہ", "کری", "کیف", "دبی", "خلیج",
           "ہوائے",
           # towns of Pakistan that are also words or other places (گجرات is also India's Gujarat; مری "died")
           "گجرات", "مری", "بنوں", "مردان", "چمن"},
    "ar": {"مالي", "بحري", "هاربين", "جده", "جنين", "الجزيرة", "مغنية", "مجلس", "المجلس", "الجمعية العامة",
           "الكونغرس", "صور", "عمان", "الباب", "تدمر", "دوما", "ريان", "الريان", "العربية", "الوقت", "فتح", "العالم",
           "الأخبار", "الوطن", "الشرق الأوسط", "المنار", "الأهرام", "سبأ", "كيف", "المدينة", "مدينه", "سيول", "خليج",
           "مشهد", "المشهد"},
    "fa": {"دوشنبه", "آستانه", "جنین", "مالی", "چین", "کری", "مجلس", "کنگره", "مجمع عمومی", "بحری", "صور", "عمان",
           "دوما", "ریان", "الوقت", "سپاه", "رهبری", "کیف", "امان",
           # towns of Iran that are also everyday words, names or other places (اندیشه "thought", میانه "middle",
           # قدس Jerusalem, بابل Babylon, شهریار a given name, قیر "tar")
           "اندیشه", "قدس", "قوم", "شهریار", "بابل", "میانه", "خوی", "سده", "سراب", "سهند", "گز", "سنه", "بهارستان",
           "قیر", "ساری", "کیش", "گلستان"},
}


def flag_common_words(rec: dict) -> dict:
    """Add names that are everyday words to rec['ambiguous'] and set aliases_ok_alone false."""
    amb = rec.get("ambiguous", {})
    for lang, words in COMMON_PLACE_WORDS.items():
        hits = [n for n in rec.get("names", {}).get(lang, []) if n in words]
        if hits:
            amb[lang] = uniq(amb.get(lang, []) + hits)
    if amb:
        rec["ambiguous"] = amb
        rec["aliases_ok_alone"] = False
    return rec
