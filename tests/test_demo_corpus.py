"""The built-in demo corpus (demo/corpus) and its hand annotations (demo/gold.json) agree.

Every later stage is demonstrated and evaluated on these files, so a typo in a gold surface or a wrong
calendar conversion would silently cost recall everywhere. These tests re-derive what can be derived:
surfaces must occur in the article body (not only in boilerplate or the title), boilerplate lines must be
whole lines of the page, Hijri and Solar Hijri dates are converted again with hijridate and jdatetime, and
stated weekdays must match the resolved date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "demo" / "corpus"
GOLD = ROOT / "demo" / "gold.json"
LANGS = {"ur", "ar", "fa", "en"}
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


class _HtmlText(HTMLParser):
    """Text chunks of an HTML page outside <head>, plus <title> and the published meta date."""

    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self.title = ""
        self.published = ""
        self._in_head = False
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and a.get("property") == "article:published_time":
            self.published = (a.get("content") or "")[:10]

    def handle_endtag(self, tag):
        if tag == "head":
            self._in_head = False
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._in_head and data.strip():
            self.chunks.append(data.strip())


def _load_sources() -> dict[str, dict]:
    """doc id -> {lines, title_source, published, path} for every article in demo/corpus."""
    out: dict[str, dict] = {}
    for path in sorted(CORPUS.iterdir()):
        if path.suffix == ".txt":
            lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
            out[path.stem] = {"lines": lines, "published": None, "path": path}
        elif path.suffix in {".html", ".htm"}:
            parser = _HtmlText()
            parser.feed(path.read_text(encoding="utf-8"))
            out[path.stem] = {"lines": parser.chunks, "published": parser.published, "path": path,
                              "html_title": parser.title}
        elif path.suffix == ".jsonl":
            for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                rec = json.loads(raw)
                for field in ("id", "title", "text", "url", "published", "outlet"):
                    assert rec.get(field), f"{path.name}:{n} lacks {field}"
                assert rec["id"] not in out, f"duplicate id {rec['id']}"
                out[rec["id"]] = {"lines": [ln.strip() for ln in rec["text"].splitlines()],
                                  "published": rec["published"][:10], "path": path, "record": rec}
        else:
            pytest.fail(f"unexpected file in demo/corpus: {path.name}")
    return out


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sources() -> dict[str, dict]:
    return _load_sources()


def _body(doc: dict, src: dict) -> str:
    """The article text a cleaner should keep: every line but boilerplate and title repeats."""
    drop = set(doc["boilerplate"]) | {doc["title"]}
    return "\n".join(ln for ln in src["lines"] if ln and ln not in drop)


def test_every_article_is_annotated_and_vice_versa(gold, sources):
    assert set(gold["documents"]) == set(sources)


def test_size_and_languages(gold, sources):
    docs = gold["documents"]
    assert len(docs) >= 16
    assert {d["lang"] for d in docs.values()} == LANGS
    for doc_id, doc in docs.items():
        words = len(_body(doc, sources[doc_id]).split())
        assert 150 <= words <= 350, f"{doc_id}: {words} words"
    kinds = {src["path"].suffix for src in sources.values()}
    assert {".txt", ".html", ".jsonl"} <= kinds
    assert sum(src["path"].suffix == ".html" for src in sources.values()) >= 2


def test_stories_partition_the_corpus(gold):
    docs = gold["documents"]
    seen = [d for story in gold["stories"].values() for d in story["docs"]]
    assert sorted(seen) == sorted(docs), "every article belongs to exactly one story"
    multilingual = [s for s in gold["stories"].values() if len({docs[d]["lang"] for d in s["docs"]}) >= 2]
    assert len(multilingual) >= 4
    assert sum(len({docs[d]["lang"] for d in s["docs"]}) >= 3 for s in multilingual) >= 2
    singletons = [s for s in gold["stories"].values() if len(s["docs"]) == 1]
    assert len(singletons) >= 2, "singletons about the same actors make clustering non-trivial"


def test_metadata(gold, sources):
    for doc_id, doc in gold["documents"].items():
        src = sources[doc_id]
        assert doc["lang"] in LANGS and doc["outlet"]
        dt.date.fromisoformat(doc["published"])
        if src["published"]:
            assert src["published"] == doc["published"], doc_id
        if "record" in src:
            assert src["record"]["title"] == doc["title"]
            assert src["record"]["outlet"] == doc["outlet"]
        if "html_title" in src:
            assert doc["title"] in src["html_title"], doc_id
        assert doc["title"] in src["lines"], f"{doc_id}: title is not a line of the page"
        assert doc["title"] not in doc["boilerplate"]
        if doc.get("dateline"):
            assert any(ln.startswith(doc["dateline"]) for ln in src["lines"]), doc_id


def test_boilerplate_lines_are_whole_lines(gold, sources):
    for doc_id, doc in gold["documents"].items():
        assert doc["boilerplate"], f"{doc_id}: every demo page carries some boilerplate"
        lines = set(sources[doc_id]["lines"])
        for line in doc["boilerplate"]:
            assert line in lines, f"{doc_id}: boilerplate {line!r} is not a whole line"


def test_annotated_surfaces_occur_in_the_body(gold, sources):
    for doc_id, doc in gold["documents"].items():
        body = _body(doc, sources[doc_id])
        surfaces = [s for names in doc["entities"].values() for s in names]
        surfaces += [d["surface"] for d in doc["dates"]]
        surfaces += [s for names in doc["actor_labels"].values() for s in names]
        for s in surfaces:
            assert s in body, f"{doc_id}: {s!r} not in the article body"
        for quote in doc["quotes"]:
            assert quote["speaker"] and quote["gist"]


VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|duration:P\w+|set:P\w+|[\d-]+/[\d-]+)$")


def test_date_values_are_well_formed(gold):
    for doc_id, doc in gold["documents"].items():
        for d in doc["dates"]:
            assert VALUE.match(d["value"]), f"{doc_id}: {d}"
            if "/" in d["value"]:
                start, end = (dt.date.fromisoformat(x) for x in d["value"].split("/"))
                assert start <= end
            elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["value"]):
                dt.date.fromisoformat(d["value"])


HIJRI_MONTHS = {
    1: ["محرم"], 2: ["صفر"], 3: ["ربيع الأول", "ربیع الاول"], 4: ["ربيع الآخر", "ربيع الثاني", "ربیع الثانی"],
    5: ["جمادى الأولى", "جمادی الاول"], 6: ["جمادى الآخرة", "جمادی الثانی"], 7: ["رجب"], 8: ["شعبان"],
    9: ["رمضان", "Ramadan"], 10: ["شوال"], 11: ["ذو القعدة", "ذوالقعدہ"], 12: ["ذو الحجة", "ذوالحجہ"],
}
SOLAR_MONTHS = {  # Iranian names, then the Afghan (Dari) zodiac names
    1: ["فروردین", "حمل"], 2: ["اردیبهشت", "ثور"], 3: ["خرداد", "جوزا"], 4: ["تیر", "سرطان"], 5: ["مرداد", "اسد"],
    6: ["شهریور", "سنبله"], 7: ["مهر", "میزان"], 8: ["آبان", "عقرب"], 9: ["آذر", "قوس"], 10: ["دی", "جدی"],
    11: ["بهمن", "دلو"], 12: ["اسفند", "حوت"],
}


def _month(surface: str, table: dict[int, list[str]]) -> int | None:
    words = re.findall(r"[^\s\d،,]+(?: [^\s\d،,]+)?", surface)
    for month, names in table.items():
        for name in names:
            if any(w == name or w.startswith(name + " ") or w.endswith(" " + name) for w in words):
                return month
    return None


def test_calendar_conversions(gold):
    """Re-convert every Hijri and Solar Hijri date from its surface with the calendar libraries."""
    import jdatetime
    from hijridate import Gregorian, Hijri

    checked = 0
    for doc_id, doc in gold["documents"].items():
        pub = dt.date.fromisoformat(doc["published"])
        for d in doc["dates"]:
            cal = d.get("calendar")
            if cal not in {"hijri", "solar_hijri"}:
                continue
            numbers = [int(n) for n in re.findall(r"\d+", d["surface"].translate(DIGITS))]
            day = next((n for n in numbers if n <= 31), None)
            year = next((n for n in numbers if n > 31), None)
            if cal == "hijri":
                month = _month(d["surface"], HIJRI_MONTHS)
                year = year or Gregorian(pub.year, pub.month, pub.day).to_hijri().year
                got = Hijri(year, month, day).to_gregorian().isoformat()
            else:
                month = _month(d["surface"], SOLAR_MONTHS)
                if year is None:
                    year = jdatetime.date.fromgregorian(date=pub).year
                    if "امسال" not in d["surface"] and day is None:
                        year = None
                if day is not None:
                    got = jdatetime.date(year, month, day).togregorian().isoformat()
                elif month is not None:
                    last = 29 if month == 12 and not jdatetime.date(year, 1, 1).isleap() else (31 if month <= 6 else 30)
                    got = (f"{jdatetime.date(year, month, 1).togregorian()}/"
                           f"{jdatetime.date(year, month, last).togregorian()}")
                else:  # a whole Solar Hijri year
                    got = (f"{jdatetime.date(year, 1, 1).togregorian()}/"
                           f"{jdatetime.date(year + 1, 1, 1).togregorian() - dt.timedelta(days=1)}")
            assert month is not None or day is None, f"{doc_id}: no month name in {d['surface']!r}"
            assert got == d["value"], f"{doc_id}: {d['surface']!r} converts to {got}, gold says {d['value']}"
            checked += 1
    assert checked >= 10


WEEKDAYS = {  # Monday = 0
    0: ["پیر", "دوشنبه", "الاثنين", "Monday"], 1: ["منگل", "سه‌شنبه", "الثلاثاء", "Tuesday"],
    2: ["بدھ", "چهارشنبه", "الأربعاء", "Wednesday"], 3: ["جمعرات", "پنجشنبه", "الخميس", "Thursday"],
    4: ["جمعہ", "جمعه", "الجمعة", "Friday"], 5: ["ہفتہ", "شنبه", "السبت", "Saturday"], 6: ["اتوار", "یکشنبه", "الأحد", "Sunday"],
}


def _weekday(surface: str) -> int | None:
    tokens = set(re.split(r"[\s،,]+", surface)) | {t[2:] for t in re.split(r"[\s،,]+", surface) if t.startswith("ال")}
    hits = {wd for wd, names in WEEKDAYS.items() for n in names if n in tokens or ("ال" + n) in tokens}
    if 6 in hits:
        hits.discard(5)  # یکشنبه contains شنبه only as a substring, but guard anyway
    return hits.pop() if len(hits) == 1 else None


def test_stated_weekdays_match_the_dates(gold):
    checked = 0
    for doc_id, doc in gold["documents"].items():
        for d in doc["dates"]:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["value"]):
                continue
            wd = _weekday(d["surface"])
            if wd is None:
                continue
            assert dt.date.fromisoformat(d["value"]).weekday() == wd, f"{doc_id}: {d}"
            checked += 1
    assert checked >= 15


def test_name_variants_across_scripts(gold):
    """The corpus exists to exercise cross-script linking: key actors need several spellings."""
    variants: dict[str, set[str]] = {}
    for doc in gold["documents"].values():
        for name, surfaces in doc["entities"].items():
            variants.setdefault(name, set()).update(surfaces)
    for name in ("Vladimir Putin", "Recep Tayyip Erdogan", "Sergei Lavrov", "Abbas Araghchi"):
        assert len(variants[name]) >= 5, (name, variants[name])
    for name in ("Ali Khamenei", "Shehbaz Sharif", "Sergei Shoigu", "Khmeimim Air Base"):
        assert name in variants
