"""People records from people_data.PEOPLE (hand-checked names, roles and dates)."""

from __future__ import annotations

import re

from .common import record, slugify, uniq
from .geo import country_id

ROLES = {"president", "prime_minister", "foreign_minister", "defence_minister", "head_of_state",
         "head_of_government", "king", "emir", "crown_prince", "supreme_leader", "envoy", "spokesperson",
         "leader", "minister", "secretary_general", "chief_of_staff", "other"}
_ROLE = re.compile(r"^(\w+):((?:kh:[^:]+)|[^:]*):([^:]*):([^:]*)$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Surnames/short names that are also ordinary words or very common first names: bare use needs context.
COMMON_WORDS = {
    "اسد", "أسد", "صقر", "روحانی", "روحاني", "خان", "شریف", "شريف", "عباس", "علی", "علي", "حسن", "حسین",
    "حسين", "محمد", "احمد", "أحمد", "سلمان", "عمر", "امین", "أمين", "صالح", "بشیر", "البشیر", "البشير",
    "جمال", "کریم", "كريم", "کامل", "كامل", "ظریف", "ظريف", "سلام", "عون", "بری", "بري", "امید", "سعید",
    "سعيد", "ناصر", "قاسم", "مشعل", "هادی", "هادي", "ہادی", "سلامی", "سلامي", "باقری", "مخبر", "جلیلی",
    "خلیل", "ملک", "مالكي", "المالكي", "المالکی", "مالکی", "عبداللہ", "عبدالله", "عبد الله", "نواز", "امام",
    "شاہ", "شاه", "قریشی", "صدر", "الصدر", "ماہر", "ماهر", "حافظ", "حیدر", "حيدر", "سیسی", "عزیز", "عزيز",
    "فیصل", "فيصل", "زید", "زايد", "تمیم", "تميم", "محمود", "اسماعیل", "إسماعيل", "عارف", "علوی", "عمران",
    "صادق", "رحیم", "جعفری", "الجعفري", "غول", "گل", "حاتمی", "بنت", "مے", "کان", "غنی", "غني", "حاتمي", "دہقان", "دهقان",
    "وحیدی", "صالحی", "صالحي", "خاتمی", "خاتمي", "کنعانی", "كنعاني", "بقائی", "مقداد", "المقداد", "معلم",
    "المعلم", "شعبان", "حجاب", "سفر", "خمیس", "خميس", "عرنوس", "قاسمی", "نصر", "نصرالله", "حمد", "خالد",
    "بن", "ابن", "بشار", "کری", "مرز", "برگ", "الشرع", "الجلالي", "الحلقي", "جولانی", "الجولاني", "شیبانی", "الشيباني", "عبدی", "عبدي",
}
# English short names that are common words, places or very common names: never listed alone for a person.
EN_COMMON = {"Lee", "Moon", "Park", "Yoon", "Kim", "May", "Hague", "Francis", "Hunt", "Gates", "Carter", "Austin",
             "Jeffrey", "Ban", "Hu", "Li", "Wang", "Qin", "Dong", "Abe", "Kan", "Dar", "Mustafa", "Hassan", "Hussein",
             "Rashid", "Salih", "Saleh", "Kamel", "Shah", "Gandhi", "Khan", "Sharif", "Abbas", "Ali", "Salam", "Taha",
             "Michel", "Costa", "Morrison", "Harper", "Johnson", "Hammond", "Wallace", "Burns", "Barrack", "Harris",
             "Hadi", "Idris", "Omar", "Tiger", "Deif", "Bibi", "Barak", "Mujahid", "Yunus", "Mamnoon", "Anwar",
             "Mansour", "Akhund", "Lula", "Jokowi", "Bajwa", "Murmu", "Shaaban", "Abdullah", "Dr Abdullah", "Ghani",
             "Fernández", "Calderon", "Temer", "Gul", "Gülen", "Gulen", "Baradar", "Hijab", "Safar", "Khamis"}
PARTICLES = {"بن", "ابن", "بنت", "ابو", "أبو", "آل", "عبد", "bin", "ibn", "bint", "abu", "al", "el", "de", "van", "von"}


def parse_roles(spec: str) -> list[dict]:
    roles = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        m = _ROLE.match(part)
        if not m:
            raise ValueError(f"bad role spec {part!r}")
        role, of, start, end = m.groups()
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        for date in (start, end):
            if date and not _DATE.match(date):
                raise ValueError(f"bad date {date!r} in {part!r}")
        if re.fullmatch(r"[A-Z]{2}", of):
            of = country_id(of)
        roles.append({"role": role, "of": of or None, "from": start or None, "to": end or None})
    return roles


def _short(full: str) -> str | None:
    tokens = full.split()
    if len(tokens) < 2 or tokens[-2].lower().strip("-") in PARTICLES:
        return None
    return tokens[-1]


def parse_people(table: str) -> list[dict]:
    out = []
    for line in table.strip().splitlines():
        fields = line.split("|")
        if len(fields) != 10:
            raise ValueError(f"expected 10 fields: {line!r}")
        pid, en, en_alias, ur, ar, fa, roles, cc, desc, flags = (f.strip() for f in fields)
        flagset = set(filter(None, flags.split(",")))
        names = {"en": [en] + [x for x in en_alias.split(";") if x]}
        for lang, val in (("ur", ur), ("ar", ar), ("fa", fa)):
            names[lang] = [x.strip() for x in val.split(";") if x.strip()]
        if "noshort" not in flagset:
            for lang in ("en", "ur", "ar", "fa"):
                if names[lang]:
                    short = _short(names[lang][0])
                    if short:
                        names[lang].append(short)
        ambiguous = {}
        for lang in ("ur", "ar", "fa"):
            amb = [n for n in names[lang] if n in COMMON_WORDS]
            if amb:
                ambiguous[lang] = amb
        names["en"] = [n for n in names["en"] if n == en or n not in EN_COMMON]
        if pid == "-":
            pid = "kh:" + slugify(en)
        rec = record(pid, "PER", en, {k: uniq(v) for k, v in names.items()}, description=desc,
                     roles=parse_roles(roles), country=country_id(cc) if cc else None, ambiguous=ambiguous)
        if ambiguous:
            rec["aliases_ok_alone"] = False
        out.append(rec)
    return out


def build() -> list[dict]:
    from . import people_data

    tables = [getattr(people_data, name) for name in dir(people_data) if name.startswith("PEOPLE")]
    records = [rec for table in tables for rec in parse_people(table)]
    # Adjectives derived from a person's name (ur اسدی = "Assad's", "Assadist").
    for rec in records:
        if rec["name"] == "Bashar al-Assad":
            rec["demonyms"] = {"en": ["Assadist"], "ur": ["اسدی"], "fa": ["اسدی"]}
    return records
