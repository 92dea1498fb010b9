"""A small hand-built store for the search, API and browser tests: articles in four languages with
entities, dates, quotes, labels and stories whose offsets are computed from the text (never typed in).

The sentences are written for these tests; names are real so the fixture KB (tests/fixtures/kb) links them."""

from __future__ import annotations

from pathlib import Path

from khabar.document import Article, Entity, Label, Mention, Paragraph, Quote, Story, TimeExpr, content_hash
from khabar.storage.sqlite import SQLiteStore

KB_DIR = Path(__file__).parent / "fixtures" / "kb"

PUTIN = ("Q7747", "Vladimir Putin", "PER")
HMEIMIM = ("Q11913", "Khmeimim Air Base", "LOC")
SYRIA = ("Q858", "Syria", "LOC")
RUSSIA = ("Q159", "Russia", "LOC")
ASSAD = ("Q44461", "Bashar al-Assad", "PER")
IRAN = ("Q794", "Iran", "LOC")


def _find_all(text: str, surface: str) -> list[tuple[int, int]]:
    out, i = [], text.find(surface)
    while i != -1:
        out.append((i, i + len(surface)))
        i = text.find(surface, i + len(surface))
    assert out, f"{surface!r} not in text"
    return out


def make_article(aid: str, lang: str, outlet: str, published: str, title: str, paras: list[str], *,
                 entities: dict[tuple[str, str, str], list[str]] | None = None,
                 dates: list[tuple[str, str, str]] = (), quotes: list[tuple[str, str | None, str, str]] = (),
                 labels: list[tuple[str, str | None, str, str]] = (), story: str | None = None,
                 para_langs: list[str] | None = None) -> Article:
    """entities: {(id, name, type): [surface, ...]}; dates: (surface, value, calendar);
    quotes: (speaker, speaker_id, quoted surface, kind); labels: (actor, actor_id, label surface, stance)."""
    body = "\n".join(paras)
    text = title + "\n" + body
    a = Article(id=aid, text=text, raw=text, title=title, outlet=outlet, published=published, lang=lang, story=story)
    pos = 0
    for i, chunk in enumerate(text.split("\n")):
        plang = lang if i == 0 or not para_langs else para_langs[i - 1]
        a.paragraphs.append(Paragraph(pos, pos + len(chunk), plang))
        pos += len(chunk) + 1
    for (eid, name, typ), surfaces in (entities or {}).items():
        ms = [Mention(text[s:e], s, e) for surface in surfaces for s, e in _find_all(text, surface)]
        a.entities.append(Entity(eid, name, typ, wikidata=eid if eid.startswith("Q") else None, mentions=sorted(ms, key=lambda m: m.start)))
    for surface, value, cal in dates:
        s, e = _find_all(text, surface)[0]
        a.dates.append(TimeExpr(surface, s, e, value, cal))
    for speaker, sid, said, kind in quotes:
        s, e = _find_all(text, said)[0]
        a.quotes.append(Quote(speaker, said, s, e, speaker_id=sid, kind=kind))
    for actor, actor_id, label, stance in labels:
        s, e = _find_all(text, label)[0]
        a.labels.append(Label(actor, label, s, e, stance=stance, actor_id=actor_id))
    a.content_hash = content_hash(text)
    return a


def fixture_articles() -> list[Article]:
    s1 = "story-hmeimim"
    s2 = "story-herat"
    return [
        make_article(
            "en-1", "en", "Wire One", "2024-12-09", "Putin visits Hmeimim air base in Syria",
            ["Russian President Vladimir Putin visited the Hmeimim air base in Syria on December 8, 2024.",
             "\"We will not leave our partners,\" Putin told officers at the base.",
             "Opposition fighters, described by Damascus as terrorists, advanced near Aleppo."],
            entities={PUTIN: ["Putin"], HMEIMIM: ["Hmeimim"], SYRIA: ["Syria"]},
            dates=[("December 8, 2024", "2024-12-08", "gregorian")],
            quotes=[("Putin", "Q7747", "We will not leave our partners", "direct")],
            labels=[("Opposition fighters", None, "terrorists", "delegitimising")], story=s1),
        make_article(
            "ur-1", "ur", "Roznama Misal", "2024-12-09", "صدر پوٹن کا حمیمیم کا دورہ",
            ["روسی صدر پوٹن نے آٹھ دسمبر کو شام میں حمیمیم کے فضائی اڈے کا دورہ کیا۔",
             "پوٹن نے کہا کہ روس اپنے اتحادیوں کو تنہا نہیں چھوڑے گا۔",
             "سرکاری میڈیا نے مسلح اپوزیشن کو دہشت گرد قرار دیا۔"],
            entities={PUTIN: ["پوٹن"], HMEIMIM: ["حمیمیم"], SYRIA: ["شام"], RUSSIA: ["روس"]},
            dates=[("آٹھ دسمبر", "2024-12-08", "gregorian")],
            quotes=[("پوٹن", "Q7747", "روس اپنے اتحادیوں کو تنہا نہیں چھوڑے گا", "indirect")],
            labels=[("مسلح اپوزیشن", None, "دہشت گرد", "delegitimising")], story=s1),
        make_article(
            "ar-1", "ar", "Sahifat al-Mithal", "2024-12-09", "بُوتِين يزور قاعدة حميميم",
            ["زار الرئيس الروسي بُوتِين قاعدة حميميم الجوية في سوريا يوم 7 جمادى الآخرة 1446.",
             "وقال بوتين إن بلاده لن تتخلى عن شركائها.",
             "ووصفت المعارضة المسلحة بأنها فصائل ثورية."],
            entities={PUTIN: ["بُوتِين", "بوتين"], HMEIMIM: ["حميميم"], SYRIA: ["سوريا"]},
            dates=[("7 جمادى الآخرة 1446", "2024-12-08", "hijri")],
            quotes=[("بوتين", "Q7747", "بلاده لن تتخلى عن شركائها", "indirect")],
            labels=[("المعارضة المسلحة", None, "فصائل ثورية", "legitimising")], story=s1),
        make_article(
            "fa-1", "fa", "Nameh Nemuneh", "2024-12-10", "سفر پوتین به پایگاه حمیمیم",
            ["ولادیمیر پوتین، رئیس‌جمهور روسیه، روز ۱۸ آذر ۱۴۰۳ از پایگاه هوایی حمیمیم در سوریه بازدید کرد.",
             "پوتین گفت روسیه متحدانش را رها نمی‌کند."],
            entities={PUTIN: ["پوتین"], HMEIMIM: ["حمیمیم"], SYRIA: ["سوریه"], RUSSIA: ["روسیه"]},
            dates=[("۱۸ آذر ۱۴۰۳", "2024-12-08", "jalali")],
            quotes=[("پوتین", "Q7747", "روسیه متحدانش را رها نمی‌کند", "indirect")], story=s1),
        make_article(
            "en-2", "en", "Daily Sample", "2023-10-11", "Herat earthquake survivors wait for aid",
            ["Families in Herat slept outside after the earthquakes of October 7, 2023.",
             "Aid groups said roads were damaged."],
            entities={("kh:herat", "Herat", "LOC"): ["Herat"]},
            dates=[("October 7, 2023", "2023-10-07", "gregorian")], story=s2),
        make_article(
            "fa-2", "fa", "Nameh Nemuneh", "2023-10-12", "زلزله هرات",
            ["خانواده‌ها در هرات پس از زلزله ۱۵ مهر ۱۴۰۲ در فضای باز خوابیدند."],
            entities={("kh:herat", "Herat", "LOC"): ["هرات"]},
            dates=[("۱۵ مهر ۱۴۰۲", "2023-10-07", "jalali")], story=s2),
        make_article(
            "en-3", "en", "Wire One", "2024-01-05", "Iran and Syria discuss trade",
            ["Officials from Iran and Syria met in Damascus to discuss trade. Putin was not mentioned in talks."],
            entities={IRAN: ["Iran"], SYRIA: ["Syria"]}),
    ]


def fixture_stories(articles: list[Article]) -> list[Story]:
    by: dict[str, list[Article]] = {}
    for a in articles:
        if a.story:
            by.setdefault(a.story, []).append(a)
    out = []
    for sid, arts in by.items():
        out.append(Story(id=sid, label=arts[0].title or sid, article_ids=[a.id for a in arts],
                         langs=sorted({a.lang for a in arts}), outlets=sorted({a.outlet for a in arts}),
                         first=min(a.published for a in arts), last=max(a.published for a in arts)))
    return out


def build_store(path: str | Path) -> SQLiteStore:
    store = SQLiteStore(str(path))
    arts = fixture_articles()
    store.put_articles(arts)
    store.put_stories(fixture_stories(arts))
    return store
