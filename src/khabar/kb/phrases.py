"""Institution and facility names built on a name: دانشگاه علوم پزشکی اصفهان, دولت آمریکا, تیم ملی ایران.

Persian names a body, a building or an event by a head noun and an ezafe chain that ends in a name the
KB or the tagger already knows (a place, an organisation). The whole phrase is the name of something
else: the University of Medical Sciences of Isfahan is an organisation or a site, not Isfahan. The
Persian tagger has no Persian training data (``docs/entities.md``) and never learnt this order from
Urdu and Arabic keys, so the phrase is built here, from a closed list of head nouns, over the spans
found already. The inner name keeps its own link; the phrase is an extra, outer span.

Only Persian for now: the Arabic tagger learns جامعة/وزارة + name from NewsFANE, and Urdu mostly puts the
name first (پاکستان کی حکومت).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

Span = tuple[int, int, str]  # token start, token end, type

# head noun -> the type of the phrase it starts. Facilities and regions are places (LOC), gatherings and
# contests events (MISC in the NER schemes, EVENT in the KB). Outlets (روزنامه) are left out: the
# schemes disagree on them.
_ORG_FA = ("تیم سازمان وزارت وزارتخانه خبرگزاری مجلس شورای شورا شرکت دولت قوه مجمع اداره اداره‌کل حزب "
           "کمیسیون پلیس انجمن نیروی نیروهای شبکه بانک فراکسیون مؤسسه موسسه کنگره رژیم جبهه دفتر اتحادیه "
           "کمیته دادگستری بنیاد باشگاه ارتش سفارت کنسولگری استانداری فرمانداری شهرداری رادیو تلویزیون "
           "فدراسیون کانون سندیکا گروه هیأت هیئت ستاد سپاه دادگاه دیوان اتاق صندوق کارخانه")
_LOC_FA = ("دانشگاه دانشکده استان شهر شهرستان منطقه خیابان بزرگراه میدان تالار موزه ورزشگاه فرودگاه بندر "
           "جزیره روستای روستا بیمارستان مسجد حرم دریای کوه رود پارک بلوار")
_MISC_FA = ("اجلاس همایش جشنواره جام مسابقات مسابقه مسابقه‌های بازیهای بازی‌های کنفرانس نمایشگاه المپیاد "
            "کنگره‌ی")
HEADS: dict[str, dict[str, str]] = {
    "fa": {**{w: "ORG" for w in _ORG_FA.split()}, **{w: "LOC" for w in _LOC_FA.split()},
           **{w: "MISC" for w in _MISC_FA.split()}},
}
# heads that only say what kind of place the name is: شهر کابل is Kabul and استان فارس is Fars, so the
# linker makes no new entity of them (the NER schemes still count the head into the name)
CLASSIFIERS: dict[str, frozenset[str]] = {
    "fa": frozenset("شهر شهرستان استان منطقه روستا روستای جزیره بندر ولایت".split()),
}
# heads that only say what kind of body the name is when the name follows at once: گروه طالبان is the
# Taliban and خبرگزاری ایرنا is IRNA (with a modifier between them, سازمان اطلاعات سپاه is another body)
ORG_CLASSIFIERS: dict[str, frozenset[str]] = {
    "fa": frozenset("گروه جنبش سازمان شبکه خبرگزاری شرکت حزب باشگاه ائتلاف".split()),
}
# heads of streets and sites are named after people too (خیابان ولیعصر, فرودگاه امام خمینی); a body
# after a person is mostly that person's (دولت خاتمی: Khatami's government), not a name
_PERSON_OK = {"fa": frozenset("خیابان بزرگراه میدان بلوار فرودگاه بیمارستان ورزشگاه دانشگاه بنیاد موزه تالار "
                              "مسجد حرم پارک".split())}
MAX_GAP = 3  # modifier words between the head and the name (علوم پزشکی, ملی فوتبال, صنعتی شریف)
# words that are no modifier of a head: verbs and superlatives end the chain (پلیس اظهار داشت …,
# شهر بزرگترین جمعیت ترکیه: "the city with the largest population of Turkey")
_BREAKS = {"fa": frozenset("داشت دارد دارند داشتند کرد کرده کردند کند کنند شد شده شدند شود شوند بود بودند است "
                           "هست اند باشد گفت گفته افزود نوشت خواهد بین میان پس پیش".split())}


def institution_spans(words: Sequence[str], names: Sequence[Span], lang: str,
                      breaks: Callable[[int], bool] | None = None, stop: frozenset[str] | set[str] = frozenset()) -> list[Span]:
    """Spans head … name for every head noun whose chain ends in one of ``names`` (sorted, not
    overlapping; the longest phrase wins). ``breaks(k)`` is true when words k and k+1 cannot be one name
    (punctuation between them); words in ``stop`` (در, و, که) end a chain."""
    heads = HEADS.get(lang)
    if not heads:
        return []
    person_ok = _PERSON_OK.get(lang, frozenset())
    no_modifier = _BREAKS.get(lang, frozenset())
    ends_at = {}  # first token of a name -> (end, type)
    for a, b, t in names:
        if b > a and (a not in ends_at or b > ends_at[a][0]):
            ends_at[a] = (b, t)
    out: list[Span] = []
    pos = 0
    for i, w in enumerate(words):
        typ = heads.get(w)
        if typ is None or i < pos:
            continue
        end = None
        for k in range(i + 1, min(len(words), i + 2 + MAX_GAP)):
            if breaks is not None and breaks(k - 1):
                break
            hit = ends_at.get(k)
            if hit is not None:
                if hit[1] != "PER" or w in person_ok:
                    end = hit[0]
                break
            if words[k] in stop or words[k] in no_modifier or words[k].endswith("ترین"):
                break  # a function word ends the chain (a head inside it is part of it: تیم … دانشگاه … تهران)
        # a name right after the name belongs to the chain too (استکهلم سوئد, یوونتوس ایتالیا)
        while end is not None and end in ends_at and ends_at[end][1] != "PER" and not (breaks and breaks(end - 1)):
            end = ends_at[end][0]
        if end is not None:
            out.append((i, end, typ))
            pos = end
    return out


def overlay(tags: list[str], phrases: Sequence[Span]) -> list[str]:
    """The tags with each phrase written over whatever lay under it (the phrase is the outer name)."""
    out = list(tags)
    for a, b, typ in phrases:
        for k in range(a, b):
            out[k] = ("B-" if k == a else "I-") + typ
        if b < len(out) and out[b].startswith("I-"):
            out[b] = "B-" + out[b][2:]
    return out
