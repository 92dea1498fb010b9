"""From dictionary hits to linked entities: disambiguation by context, role-based linking, fuzzy
propagation of misspellings inside an article, and provisional entities for tagger spans.

Rules, in the order they run (docs/entities.md explains each):
1. exact hits (k1) link; skeleton hits (k2) link when the skeleton is long (≥ 4 letters), multi-word,
   or the entity is otherwise attested in the article;
2. ambiguous aliases (the entity's ``ambiguous`` surfaces, or every alias when ``aliases_ok_alone: false``
   and no such list: شام, اسد) need support in the article: another
   mention of the entity, or a related entity (its country, its capital, a person of that country);
3. a role phrase (روسی وزیر دفاع, وزير الخارجية الروسي) followed by a name links that name to the KB
   person holding the role at the article date, choosing among holders by name similarity, so a
   misspelled surname still links;
4. an unlinked word close (weighted key distance) to an entity already found in the article links to it
   (حمیام next to حمیمیم);
5. a capital used as an agent (ماسکو نے, Washington said) also stands for its country;
6. tagger spans left unlinked are linked by key distance to the whole KB, or become provisional
   entities ``new:<skeleton>``;
7. a head noun and a chain ending in a name (دولت آمریکا, دانشگاه علوم پزشکی اصفهان: ``phrases``) is a
   provisional institution, place or event of its own; the inner name keeps its link;
8. a given name and a rare surname no link or tagger span covers (بهزاد نبوی: ``given_names``) is a
   provisional person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import Levenshtein

from khabar.document import Entity, Mention

from khabar.normalize import key as base_key

from .freq import zipf_frequency
from .keys import distance, name_key, skeleton, similarity, vowel_form
from .matcher import Hit, Matcher, Token, is_suffix, surface_keys, token_variants
from .given_names import GIVEN_NAMES, person_spans
from .phrases import CLASSIFIERS, HEADS, ORG_CLASSIFIERS, institution_spans
from .store import KB, KBEntity

__all__ = ["Linker", "years_in", "STOPWORDS"]

# Function words that end a name (and never start one). Small, closed-class lists.
STOPWORDS: dict[str, set[str]] = {
    "ur": set("نے کے کی کا کو سے میں پر اور یا بھی ہے ہیں تھا تھی تھے کہ جو نہ نہیں تک ایک اس ان یہ وہ کر کیا گیا ہو جب تو لیے لئے ساتھ بعد پہلے طرف جانب".split()),
    "fa": set("و در به از که با را این آن برای تا یا هم نیز است بود شد های ها می کرد کند گفت".split()),
    "ar": set("في من على إلى الى أن ان عن مع و أو ثم قد لا ما هذا هذه ذلك التي الذي كان قال بعد قبل حيث خلال عند".split()),
    "en": set("the a an of in on at to from by with and or for said says is was were has have had".split()),
}
_AGENT_NEXT = {"ur": {"نے"}, "fa": {"گفت", "اعلام"}, "ar": set(), "en": {"said", "says", "has", "announced", "warned", "accused", "told"}}
_YEAR = re.compile(r"(?<![\d])(19[5-9]\d|20[0-4]\d)(?![\d])")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EASTERN_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")

# Countries whose towns a language's own press names without naming the country: Persian news says
# کرمان, Urdu news ملتان, and neither adds "Iran" or "Pakistan". Such a town, written as the language
# writes it, is read like a city of a million (see ``_home_town``).
HOME_COUNTRIES: dict[str, frozenset[str]] = {"fa": frozenset({"Q794", "Q889"}), "ur": frozenset({"Q843"})}
HOME_TOWN_MIN_POPULATION = 20_000
# Two towns of one country close together (a list: في اللاذقية وطرطوس) stand for that country's world
# (``Linker._sibling_towns``).
SIBLING_MIN_POPULATION = 100_000
SIBLING_WINDOW = 5
SIBLING_MAX_ZIPF = 4.0
# Nouns that introduce a place name (شهر کرمان, ضلع قصور, بمدينة حمص): a KB place right after one is read as
# the place even when its name is also an everyday word.
PLACE_CUES: dict[str, tuple[str, ...]] = {
    "fa": ("شهر", "شهرستان", "استان", "بندر", "جزیره", "روستای", "روستا", "ولایت", "شهرهای", "استان‌های"),
    "ur": ("شہر", "صوبہ", "صوبے", "ضلع", "ضلعے", "گاؤں", "قصبہ", "قصبے", "تحصیل", "جزیرہ", "جزیرے", "شہروں"),
    "ar": ("مدينة", "بلدة", "قرية", "محافظة", "ولاية", "إقليم", "جزيرة", "ميناء", "مدن", "بلدات", "قرى", "مخيم",
           "ناحية", "قضاء"),
}

Span = tuple[int, int, str]  # token start, token end, type (from a tagger)
Tagger = Callable[[list[str], str], list[str]]


@lru_cache(maxsize=200_000)
def commonness(word: str, lang: str) -> float:
    """Zipf frequency of a word in the language (wordfreq; 0 when unknown or not installed).
    A KB alias that is also an everyday word (بار, اب, مدينة) needs more than a string match."""
    if lang not in _WORDFREQ_LANGS:
        return 0.0
    try:
        z = zipf_frequency(word, lang)  # cached, shared with the tagger's features
        if lang == "fa" and "ئی" in word:
            # older Persian spelling of یی (هوائی for هوایی "air"): wordfreq knows the current one
            z = max(z, zipf_frequency(word.replace("ئی", "یی"), lang))
        return z
    except ImportError:  # pragma: no cover - optional at run time
        return 0.0


_WORDFREQ_LANGS = {"ar", "fa", "ur", "en"}

# One clitic or article before and one inflection after a word (wordfreq counts only the bare forms):
# تدعمه is تدعم + ه "supports him", أوامره أوامر + ه, مشاهدين مشاهد + ين, ادعاها ادعا + ها.
_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س")
_INFLECTIONS = {
    "ar": ("هما", "ها", "هم", "هن", "كم", "نا", "ه", "تين", "تان", "ين", "ون", "ات", "ان", "ية", "ة", "ي", "وا", "ا", "ت"),
    "fa": ("های", "ها", "ان", "ای", "اش", "ی", "ش", "م"),
    "ur": ("وں", "یں", "یاں", "ے", "ی", "ا", "و"),
}
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


@lru_cache(maxsize=100_000)
def _spelling_commonness(word: str, lang: str) -> float:
    """commonness() of the word or of its other everyday Arabic spellings: wordfreq counts الاربعاء (3.9) apart
    from الأربعاء (4.7), so a word written without its hamza seat looks rarer than it is."""
    z = commonness(word, lang)
    if lang != "ar" or not word:
        return z
    head = 2 if word.startswith("ال") else 0
    forms = []
    if word[head:head + 1] == "ا":
        forms += [word[:head] + c + word[head + 1:] for c in "أإ"]
    if word.endswith("ه"):
        forms.append(word[:-1] + "ة")
    if word.endswith("ى"):
        forms.append(word[:-1] + "ي")
    return max([z] + [commonness(f, lang) for f in forms])


@lru_cache(maxsize=100_000)
def _inflects_common_word(word: str, lang: str) -> bool:
    """Is the word a common word with a clitic before it or an inflection after it (wordfreq Zipf ≥ 3.5)?"""
    word = _MARKS.sub("", word)
    stems = {word}
    if lang == "ar":
        stems |= {word[len(p):] for p in _CLITICS if word.startswith(p) and len(word) - len(p) >= 3}
    for st in list(stems):
        stems |= {st[:-len(x)] for x in _INFLECTIONS.get(lang, ()) if st.endswith(x) and len(st) - len(x) >= 3}
    stems.discard(word)
    endings = ("", "ة") if lang == "ar" else ("",)  # an Arabic stem may have lost its ة: حكومي → حكوم → حكومة
    return any(commonness(st + x, lang) >= 3.5 for st in stems for x in endings)


def years_in(text: str, published: str | None) -> set[int]:
    """The article's year (published), else every plausible year written in the text."""
    if published and published[:4].isdigit():
        return {int(published[:4])}
    if _EASTERN_DIGIT.search(text):  # str.translate walks the whole text in Python-level steps
        text = text.translate(_DIGITS)
    return {int(y) for y in _YEAR.findall(text)}


def _year_of(val: str | None, default: int) -> int:
    if not val:
        return default
    try:
        return int(str(val)[:4])
    except ValueError:
        return default


_skel = lru_cache(maxsize=200_000)(skeleton)  # pure functions of short strings, met again and again


@lru_cache(maxsize=200_000)
def _dist_upto(a: str, b: str, limit: float) -> float:
    """distance(a, b) where it is at most ``limit``, else possibly ``inf``: callers only keep pairs within
    a limit, and the cut-off stops the edit-distance table at the first row beyond it.

    Before any table: a letter in one skeleton and not the other needs an edit, and every edit costs
    at least 0.2 per letter it accounts for (a substitution 0.4 for two, an insertion or deletion 0.5
    for one), so more than 5 × limit such letters put the pair beyond the limit."""
    if len(set(a.replace(" ", "")) ^ set(b.replace(" ", ""))) > 5 * limit:
        return float("inf")
    return distance(a, b, cutoff=limit)


# what may stand between a country and an alias read as its neighbour in a list or a relation: function words
# and directions (الفرنسي في مالي, بولیویا کے لئے چلی, شمال مالي وشمال نيجيريا), not a content word
_LIST_WORDS = frozenset(
    "و أو او في فی إلى الى الی من مع بين بین عن على علی ضد "  # Arabic
    "اور یا کے کی کا سے میں نے لئے لیے ساتھ "  # Urdu
    "با به از در "  # Persian (و, یا, بین above)
    "and or of with in to from between against "
    "شمال جنوب شرق غرب وشمال وجنوب وشرق وغرب شمالی جنوبی north south".split())


def _as_demonym(e: KBEntity, entries: list[tuple[str, str, str]]) -> bool:
    """Does a hit match the entity by one of its demonyms (adjectives vary more than the KB lists them)?"""
    return any(eid == e.id and kind == "demonym" for eid, kind, _sl in entries)


_BARI_YE = ("ے", "ۓ")


@lru_cache(maxsize=200_000)
def _bkey(word: str) -> str:
    return base_key(word).replace(" ", "")


@lru_cache(maxsize=500_000)
def _sim(a: str, b: str, floor: float = 0.4) -> float:
    """similarity() where it reaches ``floor`` (else 0), with a cheap length bound first (most pairs are
    far apart). The default 0.4: below it a name is simply another name."""
    if not a or not b:
        return 0.0
    la, lb = len(a), len(b)
    if 1.0 - 0.5 * abs(la - lb) / max(la, lb) < floor:
        return 0.0
    return similarity(a, b, floor=floor)


# _role_links accepts the words after a title as a holder's name on the whole name, or on first name and
# surname together (Latin script asks more of each: 0.85, 0.9 and 0.8)
ROLE_FULL_OK, ROLE_FIRST_OK, ROLE_LAST_MIN = 0.7, 0.75, 0.5
TITLE_WORD_ZIPF = 4.2  # an ambiguous person alias this common (المهندس "the engineer", صلاح) is a title or word first
# longer than any one word of a name in these scripts (عبدالرحمن 9, Hmeimim's حميميم 6, clitics included)
MAX_NAME_WORD = 15
# an Arabic word with the article whose bare form is this common is a noun the tagger took for a name
# (الجاسوس "the spy", الفرن "the oven", الصدام "the clash"), not a new one-word name (الحجاز: حجاز 2.2)
ARTICLE_NOUN_ZIPF = 3.3


# titles and words of address that only stand before a person's name
PERSON_TITLES = frozenset("""ملا مولوی مولانا مفتی آقای خانم جناب حاجی حجت‌الاسلام آیت‌الله الشيخ الشیخ السيد السیدة السيدة
    الحاج سماحة فضيلة شیخ مسٹر محترمہ Mr Mrs Ms Dr""".split())  # (tokens are words: "Mr." is Mr)

# honorifics some KB aliases open with (not roles: they name no office)
_NAME_HONORIFICS = frozenset("الإمام الامام إمام امام الدكتور دكتور الدکتر دکتر ڈاکٹر الأستاذ الاستاذ استاد پروفیسر Imam Sheikh".split())

# the Arab League's members, Iran, Afghanistan and Pakistan: where organisations are named in ar/fa/ur words
ARABIC_SCRIPT_COUNTRIES = frozenset("Q851 Q79 Q796 Q858 Q822 Q810 Q219060 Q817 Q846 Q398 Q878 Q842 Q805 Q1016 Q948 "
                                    "Q262 Q1028 Q1049 Q1025 Q1045 Q977 Q970 Q794 Q889 Q843".split())


def _everyday_form(word: str, lang: str) -> bool:
    """Is a one-word span a form of an everyday word the tagger took for a name? An Arabic noun with the
    article (الجاسوس, the bare word common) or a Persian past-tense plural (ماندند, of the common ماندن)."""
    if lang == "ar":
        return word.startswith("ال") and len(word) > 4 and commonness(word[2:], lang) >= ARTICLE_NOUN_ZIPF
    if lang == "fa":
        return word.endswith("ند") and len(word) >= 5 and commonness(word[:-2] + "ن", lang) >= 4.0
    return False


def _conjunction_attached(word: str) -> bool:
    """Does an Arabic word start with the conjunction و? When the word without it is far more common
    (محمد 6.1, ومحمد 4.5); a name that starts with the letter is not (وليد 4.6, ليد 3.5; وسام). (Not ف:
    فليك is Flick, and ليك an everyday word.)"""
    return word[:1] == "و" and len(word) >= 4 and commonness(word[1:], "ar") >= commonness(word, "ar") + 1.0


def _one_entity(ents: list[tuple[str, str, str]]) -> bool:
    """Do all of a hit's entries name one entity?"""
    e0 = ents[0][0]
    return all(x[0] == e0 for x in ents)


def _no_article(k: str) -> str:
    return k[2:] if k.startswith("ال") and len(k) > 4 else k


def _deletes(s: str) -> tuple[str, ...]:
    """The string and every string with one letter deleted, each once, in a fixed order: candidates are
    visited in this order and the first of equally near ones wins, so a set's hash order would make the
    link depend on the process's hash seed."""
    return tuple(dict.fromkeys([s] + [s[:i] + s[i + 1:] for i in range(len(s))]))


def joinable(text: str, toks: list[Token], i: int) -> bool:
    """Only spaces (or a hyphen) between token i and token i+1."""
    gap = text[toks[i].end:toks[i + 1].start]
    return len(gap) <= 2 and not gap.strip(" \u200c-")


def role_active(role: dict, years: set[int]) -> bool:
    if not years:
        return True
    lo, hi = _year_of(role.get("from"), 1900), _year_of(role.get("to"), 2100)
    return any(lo <= y <= hi for y in years)


@dataclass
class _Link:
    eid: str
    start: int
    end: int
    score: float
    ti: int
    tj: int
    why: str
    demonym: bool = False


@dataclass
class Linker:
    kb: KB
    tagger: Tagger | None = None
    provisional: bool = True
    matcher: Matcher = field(init=False)

    def __post_init__(self) -> None:
        self.matcher = Matcher(self.kb)
        self._ctx: dict[str, set[str]] = {}
        self._cues: dict[str, set[str]] = {}
        self._towns: dict[str, KBEntity | bool] = {}  # entity id -> the entity if a place inside a country, else False
        self._parts: dict[str, list[tuple[str, str, str]]] = {}
        self._up: dict[str, frozenset[str]] = {}
        self._k1: dict[tuple[str, str], set[str]] = {}
        self._forms: dict[tuple[str, str], set[str]] = {}
        self._present_up: tuple | None = None
        self._amb: dict[tuple[str, str], set[str]] = {}
        self._rare: dict[str, dict[str, bool]] = {}  # lang -> word -> could be a name the KB lacks
        self._prom: dict[str, float] = {}  # entity id -> _prominence
        self._prop_words: dict[str, list[str]] = {}
        self._cands: dict[tuple[int, str], tuple[list, list[tuple[str, str]]]] = {}  # keyed on the id of a KB index list
        self._name_memo: dict[tuple[tuple[str, ...], str], tuple[float, float, float]] = {}
        self._heads: dict[str, frozenset[str]] = {}
        self._vowel_spans: dict[tuple[str, int], list[str]] = {}
        self._keyed: dict[tuple[str, bool], dict[str, set[str]]] = {}
        self._tags: list[str | None] | None = None
        self._nonper: dict[int, tuple[list, bool]] = {}  # id of a candidate list -> (the list, no person?)
        self._pretagged: dict[tuple[int, int], list[str]] = {}  # window span -> tags, planned in batch
        self.role_index: dict[tuple[str, ...], str] = {}
        self.role_first: dict[str, int] = {}
        for role, by_lang in self.kb.roles.items():
            for lang, phrases in by_lang.items():
                for p in phrases:
                    k1, _ = surface_keys(p)
                    if k1:
                        self.role_index[k1] = role
                        self.role_first[k1[0]] = max(self.role_first.get(k1[0], 0), len(k1))
        self.holders: dict[str, list[tuple[KBEntity, dict]]] = defaultdict(list)
        for e in self.kb.entities.values():
            for r in e.roles:
                self.holders[r.get("role", "")].append((e, r))
        # related ids: an entity supports its country, capital and the people of that country
        self.capital_of: dict[str, str] = {}
        for e in self.kb.entities.values():
            if e.capital:
                self.capital_of[e.capital] = e.id
        # one-deletion neighbourhoods of every KB name skeleton (SymSpell's trick): the candidates within
        # one edit of a tagger span are found by a few dict lookups instead of a scan of the KB
        self.kb_del: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for e in self.kb.entities.values():
            for lang, names in e.names.items():
                for n in names:
                    s = skeleton(n)
                    if len(s) >= 4:
                        for d in _deletes(s):
                            self.kb_del[d].append((s, e.id))

    # ---------------------------------------------------------------- helpers
    def _up_of(self, eid: str) -> frozenset[str]:
        up = self._up.get(eid)
        if up is None:
            e = self.kb.get(eid)
            up = self._up[eid] = frozenset(x for x in (e.country, e.parent, e.capital, self.capital_of.get(eid)) if x) if e else frozenset()
        return up

    def _related(self, eid: str, present: set[str]) -> bool:
        """Is an entity related to (its country, capital, parent, or its own city/person) one present?"""
        if not self._up_of(eid).isdisjoint(present):
            return True
        # the union of what the present entities point to, kept while ``present`` is the same, unchanged set
        memo = self._present_up
        if memo is None or memo[0] is not present or memo[1] != len(present):
            union: set[str] = set()
            for other in present:
                union |= self._up_of(other)
            memo = self._present_up = (present, len(present), union)
        return eid in memo[2]

    def _candidates(self, ents: list[tuple[str, str, str]], lang: str) -> list[tuple[str, str]]:
        """(entity id, surface lang) of a hit's entries, first occurrence of each (id, in this language?):
        the others score the same and can never win the (first-wins) comparison."""
        key = (id(ents), lang)
        hit = self._cands.get(key)
        if hit is not None and hit[0] is ents:
            return hit[1]
        seen: set[tuple[str, bool]] = set()
        out = []
        for eid, _kind, slang in ents:
            k = (eid, slang == lang)
            if k not in seen:
                seen.add(k)
                out.append((eid, slang))
        self._cands[key] = (ents, out)  # holding the list keeps its id from being reused
        return out

    def _skel_hopeless(self, h: Hit, cands: list[tuple[str, str]], present: set[str]) -> bool:
        """True when the skeleton-tier gate in ``link`` rejects this hit for every candidate entity."""
        if any(eid in present for eid, _ in cands):
            return False
        if len(h.key) < 4:
            return True
        if h.tj - h.ti == 1 or len(h.key) < 6:
            return self._no_person(cands)
        return False

    def _no_person(self, cands: list[tuple[str, str]]) -> bool:
        """No candidate is a KB person (remembered per candidate list, which ``_candidates`` keeps)."""
        got = self._nonper.get(id(cands))
        if got is None or got[0] is not cands:
            got = self._nonper[id(cands)] = (cands, all((e := self.kb.get(eid)) is None or e.type != "PER" for eid, _ in cands))
        return got[1]

    def _roles_in(self, toks: list[Token], lang: str) -> list[tuple[int, int, str]]:
        out = []
        n = len(toks)
        variants = self.matcher.last_variants
        infos = self.matcher.last_infos
        role_first = self.role_first
        pos = 0
        for i in [i for i, x in enumerate(infos) if x[5] in role_first]:  # words that can start a role
            if i < pos:
                continue
            k0 = infos[i][5]
            maxn = role_first[k0]
            found = None
            if maxn:
                key = [k0]
                for j in range(i + 1, min(n, i + maxn) + 1):
                    if j > i + 1:
                        tv = variants[j - 1]
                        key.append(tv[0].k1 if tv else "")
                    if tuple(key) in self.role_index:
                        found = (i, j, self.role_index[tuple(key)])
            if found:
                out.append(found)
                pos = found[1]
        return out

    # ---------------------------------------------------------------- main
    def link(self, text: str, lang: str | None, published: str | None = None) -> list[Entity]:
        lang = lang or ""
        self._tags: list[str] | None = None
        toks, hits = self.matcher.find(text, lang)
        self._toks = toks
        self._hit_starts = {h.ti for h in hits}
        stop = STOPWORDS.get(lang, set())
        links: list[_Link] = []
        # 1. choose among candidates, keeping the strong ones first
        pending: list[tuple[Hit, list[tuple[str, str, str]]]] = []
        strong: set[str] = set()
        for h in hits:
            if not toks[h.ti].arabic:
                if h.tj - h.ti > 1 and toks[h.ti].text in ("the", "The") and toks[h.ti + 1].text[:1].isupper():
                    # "the White House" matches the alias "The White House"; the article is not part of the name
                    h = replace(h, ti=h.ti + 1, start=toks[h.ti + 1].start, key=h.key.split(" ", 1)[-1])
                mention = h.word(text)
                if not mention[:1].isupper():
                    continue  # English names are capitalised: "turkey", "china" are not countries
                if h.tj - h.ti == 1 and len(mention) <= 4 and not mention.isupper() and self._acronym_only(h):
                    continue  # "Is" is not IS, "Un" is not the UN
                if h.tj - h.ti == 1 and self._first_name_of(toks, h, text):
                    continue  # "Jordan Spieth", "Israel Katz": a given name before a surname
            if toks[h.ti].text in stop:
                continue
            if self._false_split(h, text, lang):
                continue
            if h.tier != "exact" and h.tj - h.ti > 1 and any(t.text in stop for t in toks[h.ti + 1:h.tj]):
                continue  # an exact hit is a KB name word for word: its "of" or "و" belongs to it
            ents = h.entries
            if h.tier == "exact" and _one_entity(ents):
                e = self.kb.get(ents[0][0])
                slang = lang if any(x[2] == lang for x in ents) else ents[0][2]
                if e is not None and self._alone_ok(e) and self._accept_common(e, h, text, slang, lang) \
                        and not self._ambiguous_hit(e, h.word(text), lang, slang) \
                        and not (e.type == "PER" and len(e.name.split()) > 1 and len(h.key.split()) == 1) \
                        and not self._weak_word(e, h, text, lang):
                    strong.add(e.id)
            pending.append((h, ents))
        years = years_in(text, published)
        self._pretagged = self._plan_tie_breaks(pending, toks, text, lang, strong)
        present = set(strong)
        confirmed = set(strong)  # entities linked so far (present also holds pass-2 candidates)
        self._roles_found = self._roles_in(toks, lang)
        role_end = {b: role for a, b, role in self._roles_found}
        # where unambiguous countries stand: a list "شامی، ترکی اور روسی" reads its members alike
        country_hits = [h for h, ents in pending if ents[0][0] in strong and _one_entity(ents)
                        and (ce := self.kb.get(ents[0][0])) is not None and ce.type == "LOC" and not ce.country]
        country_at = [h.ti for h in country_hits]
        self._country_words = {k for h in country_hits for k in range(h.ti, h.tj)}
        # pass 1 links what needs no support; pass 2 the ambiguous aliases, with all of pass 1 as context
        deferred: list[tuple[Hit, list[tuple[str, str, str]]]] = []
        siblings = self._sibling_towns(pending, text, lang)
        for pass_no, todo in enumerate((pending, deferred)):
            if pass_no == 1:
                # ambiguous candidates may support each other (تركيا and أردوغان): count them as present
                # while judging the others, but only those that themselves pass the word-frequency gate
                base = set(present)
                # (a name read off an inflected word, وقتية "temporary" for the outlet الوقت, supports nothing)
                present = base | {x[0] for h2, ents2 in deferred for x in ents2[:1]
                                  if (e2 := self.kb.get(x[0])) is not None and not self._suffix_cut(h2, text)
                                  and self._accept_common(e2, h2, text, x[2], lang)}
            for h, ents in todo:
                cands = self._candidates(ents, lang)
                if h.tier == "skel" and self._skel_hopeless(h, cands, present):
                    continue  # whichever candidate won, the skeleton gate below would drop it
                best = None
                for eid, slang in cands:
                    e = self.kb.get(eid)
                    if e is None:
                        continue
                    score = 1.0 if h.tier == "exact" else 0.7
                    if slang == lang:
                        score += 0.1
                        if self._spelled_as(e, h.word(text), lang):
                            score += 0.5  # this language writes the entity exactly so
                    if eid in present:
                        score += 0.5
                    elif self._related(eid, present):
                        score += 0.2
                    if e.roles and any(role_active(r, years) for r in e.roles):
                        score += 0.05
                    if h.stripped:
                        score -= 0.1
                    if best is None or score > best[1]:
                        best = (e, score)
                if best is None:
                    continue
                e, score = best
                alone = h.tj - h.ti == 1
                if alone and self._foreign_demonym_word(e, h, ents, text, lang):
                    continue  # Persian مجریه (قوه مجریه, "the executive") is not Arabic مجرية "Hungarian"
                if alone and self._clitic_on_foreign_spelling(e, h, ents, text, lang):
                    continue  # كتائبه "its battalions" is not ك + تائبه, a folded Taipei
                if alone and (self._clitic_word_read_whole(e, h, text, lang) or self._collapsed_letters(h, text)):
                    continue  # وأم "and a mother" is not WAM, بأول not Powell, تتأسس not TASS
                if not alone and self._nisba_surname(e, h, text, lang):
                    continue  # محمد اليونسي (a footballer) is not محمد يونس + ي: an ال-nisba is its own family name
                if not alone and self._definiteness_broken(e, h, text, lang):
                    continue  # حالة البحر متوسط الموج "the sea is moderately rough" is no البحر المتوسط
                if alone and self._foreign_spelling_only(e, h, ents, text, lang):
                    continue  # نييتو (Peña Nieto) is Urdu نیٹو (NATO) folded, برويا Persian پرو (Peru) + يا
                if alone and self._town_nisba(e, h, ents, text, lang):
                    continue  # الرياضيين "the athletes", الدمشقي (a surname): a town's adjective is no mention of it
                if alone and self._common_inflection(e, h, ents, text, lang):
                    continue  # الرياضية "sporting" is not Riyadh + ية, however present Riyadh is
                if alone and (self._article_on_bare_name(e, h, text, lang) or self._bare_word_for_article_name(e, h, text, lang)):
                    continue  # المبارك "blessed" is not Mubarak, الحماس "zeal" not Hamas, البحري "naval" not Bahri
                if e.type == "LOC" and h.ti > 0 and toks[h.ti - 1].text in PERSON_TITLES and joinable(text, toks, h.ti - 1):
                    continue  # ملا جنان, الشيخ صباح, Mr Jordan: a name after a person's title is a person's
                if alone and self._word_of_a_phrase(e, h, toks, text, lang, stop, role_end):
                    continue
                best_lang = next((sl for eid, _k, sl in ents if eid == e.id and sl == lang),
                                 next((sl for eid, _k, sl in ents if eid == e.id), ""))
                if h.tier == "skel":
                    if not alone and not _as_demonym(e, ents) \
                            and all(commonness(w, lang) >= 3.5 for w in
                                    [text[h.start:toks[h.ti].end]] + [t.text for t in toks[h.ti + 1:h.tj]]):
                        continue  # everyday words run together (تیار کیے "prepared" has ترکیه's skeleton, والعريف أول
                        # "and corporal first class" عارف علوي's): no name (an adjective pair, الكورية الجنوبية, is a demonym)
                    if not alone and not _as_demonym(e, ents) and not self._vowels_close(
                            [text[h.start:toks[h.ti].end]] + [t.text for t in toks[h.ti + 1:h.tj]], e):
                        continue  # سؤالا معنيا "a question about" has سليماني's skeleton, not its vowels
                    if e.id not in present and (len(h.key) < 4 or (e.type != "PER" and (h.tj - h.ti == 1 or len(h.key) < 6))):
                        continue  # an unseen spelling of an absent entity: only people (names vary most) or long names
                    if alone:
                        # an unseen one-word spelling must be a rare word: الأربعاء shares Europe's skeleton, مهاجرين
                        # Mohajerani's, إسترليني "sterling" an Australian's; an absent person's a rarer one (استعان
                        # "sought help" is not Austin)
                        w = h.word(text)
                        z = commonness(w, lang)
                        if z >= (2.5 if lang == "ar" and e.id not in present else 3.0) \
                                or _spelling_commonness(w, lang) >= 4.0 or _inflects_common_word(w, lang):
                            continue
                # a surname alone (جونسون) needs the person's world in the article, like an ambiguous alias
                surname_alone = e.type == "PER" and len(e.name.split()) > 1 and len(h.key.split()) == 1
                ambiguous = alone and self._ambiguous_hit(e, h.word(text), lang, best_lang)
                needs_support = alone and e.id not in strong and (not self._alone_ok(e) or surname_alone or ambiguous)
                if needs_support and ambiguous and e.type == "PER" and self._title_before_a_name(toks, h, text, lang):
                    continue  # المهندس عدنان "engineer Adnan": an ambiguous alias that is a title, before a name
                if needs_support and pass_no == 0:
                    deferred.append((h, ents))
                    continue
                if e.id not in present and not self._accept_common(e, h, text, best_lang, lang) \
                        and not self._context_ok(e, toks, h.ti, h.tj, lang) and not self._tagged_as_name(toks, h, lang, e):
                    continue
                if alone and e.id not in confirmed and self._weak_word(e, h, text, lang):
                    if pass_no == 0:
                        deferred.append((h, ents))  # judged with everything else the article names
                        continue
                    if lang == "ar" and e.names.get("ar") and not self._spelled_any(e, h.word(text)):
                        continue  # Arabic writes a known name its settled ways: أمان (safety) is not عمان
                    if e.id not in confirmed and not self._related(e.id, confirmed) and e.id not in siblings \
                            and not self._context_ok(e, toks, h.ti, h.tj, lang):
                        continue  # its own unconfirmed candidacy does not count as support
                # a town (not a capital) named by one of the language's most common words (المدينة "the city",
                # Zipf 5.6) is not made likelier by its country's presence: a Saudi article says المدينة of
                # every city. Below that, the country helps (جدة 4.8 is mostly Jeddah in Saudi news)
                by_world = not (e.type == "LOC" and e.country and e.id not in self.capital_of
                                and commonness(h.word(text), lang) >= 5.0)
                if surname_alone and h.tier == "skel":
                    # an unseen spelling of a surname alone (آستون, كالابريا) is any rare word that sounds alike:
                    # the person's country in the article is no support, their name, title or role is
                    by_world = False
                if needs_support and not ((by_world and (self._related(e.id, present) or self._supported_alias(e, present, confirmed)
                                                         or e.id in siblings))
                                          or self._context_ok(e, toks, h.ti, h.tj, lang) or self._listed(e, h, country_at)
                                          or self._titled(e, h, role_end)):
                    continue
                dem = all(k == "demonym" for eid, k, _sl in ents if eid == e.id)
                links.append(_Link(e.id, h.start, h.end, score, h.ti, h.tj, h.tier, dem))
                present.add(e.id)
                confirmed.add(e.id)
        covered = [False] * len(toks)
        for lk in links:
            for k in range(lk.ti, lk.tj):
                covered[k] = True
        # 3. role phrases
        links.extend(self._role_links(text, toks, lang, links, covered, years, stop))
        present = {lk.eid for lk in links}
        # 4. fuzzy propagation inside the article
        links.extend(self._propagate(toks, lang, covered, present, stop))
        # 5. capitals as agents
        links.extend(self._metonymy(toks, lang, links))
        # 6. tagger spans
        provisional: dict[str, Entity] = {}
        tagged: list[Span] = []
        if self.tagger is not None:
            tagged = self._tagged(text, toks, lang, covered, links, provisional, stop)
        # 7. institutions named by a head noun and a name (دولت آمریکا, دانشگاه علوم پزشکی اصفهان)
        if self.provisional and lang in HEADS:
            self._institutions(text, toks, lang, links, tagged, provisional, stop)
        # 8. people the KB lacks, by a given name and a rare surname (بهزاد نبوی)
        if self.provisional and lang in GIVEN_NAMES:
            self._given_name_people(text, toks, lang, covered, tagged, provisional, stop)
        self.last_links = links  # for debugging and evaluation reports
        self.last_provisional = provisional
        return self._group(text, links, provisional)

    @staticmethod
    def _alone_ok(e: KBEntity) -> bool:
        """Can any alias stand alone? An ``ambiguous`` list names exactly the surfaces that cannot (چین,
        not الصين), so it overrides a blanket ``aliases_ok_alone: false``."""
        return e.aliases_ok_alone or bool(e.extra.get("ambiguous"))

    def _prominence(self, e: KBEntity) -> float:
        """How common a word may be (zipf) and still be read as this entity without other evidence."""
        got = self._prom.get(e.id)
        if got is None:
            got = self._prom[e.id] = self._prominence_of(e)
        return got

    def _prominence_of(self, e: KBEntity) -> float:
        pop = e.extra.get("population") or 0
        if e.type == "LOC" and not e.country:
            return 5.5  # countries
        if e.type == "LOC" and e.id in self.capital_of:
            return 5.5  # capitals: frequent in news because they stand for governments
        if e.type != "LOC":
            return 5.0  # people, organisations: a very common word (مجلس) needs context
        if pop >= 10_000_000:
            return 6.0  # provinces and cities of tens of millions (پنجاب Zipf 5.8, سندھ 5.5) are named like countries
        if pop >= 1_000_000:
            return 5.0
        if pop >= 100_000:
            return 4.0
        return 3.0

    def _accept_common(self, e: KBEntity, h: Hit, text: str, slang: str, lang: str) -> bool:
        """Gate hits on everyday words: the word must be rarer than the entity is prominent."""
        word = h.word(text)
        if h.tj - h.ti > 1 and h.tier == "exact" and not h.stripped:
            # short Arabic-script pairs (اے بی) can be everyday words; Latin acronyms (U.S.) cannot
            return len(h.key.replace(" ", "")) > 4 or not self._toks[h.ti].arabic or commonness(word, lang) < 4.0
        if not self._toks[h.ti].arabic and word.isupper() and len(word) >= 2 and self._acronym_only(h):
            return True  # US, UK, EU in capitals: wordfreq folds case, and "us" is an everyday word
        # judged with its clitics and suffixes: وبدمشق is rare, بأنه is not; a clitic on the language's own
        # spelling (وروسيا, بالعراق) leaves the name itself, so no stricter limit for the cut
        clitic_only = h.stripped and slang == lang and self._spelled_as(e, word, lang)
        full = text[self._tok_start(h):self._tok_end(h)] if h.stripped else word
        z = commonness(full, lang)
        if h.stripped and full != word and h.tj - h.ti == 1 and (zw := commonness(word, lang)) >= 5.0:
            # a clitic makes any word rarer, and a very common word stays one: فبين (2.3) is still بين "between"
            # (6.4), not Benin; بمجلس is مجلس "council"
            z = max(z, zw - 1.0)
        if h.article:  # للصور is as everyday as الصور ("the pictures", not Tyre): wordfreq counts it apart
            z = max(z, commonness(word, lang))
        limit = self._prominence(e)
        if limit >= 5.5 and max(len(h.key), len(_bkey(word))) >= 5 and (not h.stripped or clitic_only) and slang == lang \
                and self._spelled_as(e, word, lang):
            return True  # a country or capital written in full in this language (امریکی, آمریکا, العراق) is itself
        if e.type == "PER" and len(h.key) >= 4 and slang == lang and self._spelled_as(e, word, lang):
            limit = 5.5  # a famous surname as this language writes it (ترامپ) is frequent because it is famous
        elif e.type == "LOC" and (e.extra.get("population") or 0) >= 1_000_000 and len(h.key) >= 4 and slang == lang \
                and self._spelled_as(e, word, lang):
            limit = max(limit, 5.5)  # so is a city of millions in its own spelling (شیراز, مشهد, پشاور: Zipf 5.1–5.5)
        elif slang == lang and len(h.key) >= 3 and self._home_town(e, word, lang):
            limit = max(limit, 5.0)  # and a town of the language's own country (کرمان 4.9, قزوین 4.8, ملتان 4.9)
        elif e.type == "ORG" and len(h.key) >= 4 and slang == lang and self._borrowed_name(e, word, lang):
            limit = 5.5  # an organisation's coined name (داعش 5.1 in Arabic, طالبان 5.2 in Urdu) is frequent because it is famous
        if slang != lang or not self._spelled_as(e, word, lang):
            limit = min(limit, 4.5)  # another language's spelling, or equal only after folding پ→ب, ں→ن
            if len(h.key.replace(" ", "")) <= 3:
                limit = min(limit, 3.0)  # short folded words collide (گری/کڑی → کری)
            if lang == "ar" and e.type == "LOC" and e.country and e.names.get("ar") and slang != "ar":
                limit = min(limit, 3.0)  # Arabic names a place its settled ways: الكريمة is not Persian کریمه (Crimea, القرم)
            elif lang in ("ar", "ur") and h.tj - h.ti == 1 and self._toks[h.ti].arabic and e.names.get(lang) \
                    and not (e.type == "LOC" and not e.country) and not _as_demonym(e, h.entries) \
                    and not (lang == "ar" and any(self._spelled_as(e, w, "ar") for w in
                                                  (word, "ال" + word, word[2:] if word.startswith("ال") else ""))):
                # nor a person or a city in Arabic or Urdu (a country's adjectives vary more than the KB lists:
                # التشيكي): كائن "a being" is no folded Cayenne, هيكلية "structural" not Hagel, Urdu اتن no Persian آتن
                # (Athens), پانڈے (a surname) no Bondi
                limit = min(limit, 3.0)
        if h.stripped and not clitic_only:
            # an Urdu/Persian plural or oblique of a spelling this language uses (امریکیوں) is safe enough;
            # otherwise a cut-off suffix makes a new word (كيفية is not Kyiv, الرياضية not Riyadh)
            same = lang in ("ur", "fa") and h.key in self._k1_forms(e, lang)
            limit = min(limit, 5.0 if same else 4.0)
        if h.tier == "skel":
            limit = min(limit, 3.5)
        return z < limit

    def _false_split(self, h: Hit, text: str, lang: str) -> bool:
        """An Arabic-script word cut after an attached letter (و ف ب ل ك) into a name, where the whole word is the
        more common one: فبراير is February, not ف + براير (Breyer); فرصة, كثيرون, فاتن are words. A real clitic
        makes a word rarer than the name it carries (وروسيا 4.3 < روسيا 5.3, بالرياض 4.7 < الرياض 5.1)."""
        tok = self._toks[h.ti]
        if not tok.arabic or h.start <= tok.start:
            return False
        bare = commonness(("ا" if h.article else "") + text[h.start:tok.end], lang)  # للأمم: ل + الأمم
        # the whole word, or the word without its first clitic: وبنوك is و + بنوك "banks", not و + ب + Nuuk
        zs = [commonness(tok.text[k:], lang) for k in range(h.start - tok.start)]
        if any(z >= 3.0 and z > bare + 0.3 for z in zs):
            return True
        # a rarer Arabic word read whole still wins when clearly the commoner: كمائن "ambushes" (2.7) is not
        # ك + مائن (Maine), بنكاً "a bank" not ب + Neka
        return lang == "ar" and h.tj - h.ti == 1 and zs[0] >= 2.5 and zs[0] > bare + 0.5

    def _clitic_word_read_whole(self, e: KBEntity, h: Hit, text: str, lang: str) -> bool:
        """A word matched whole that reads as a clitic plus an everyday word, and is not written as the name is:
        وأم is و + أم "and a mother", not WAM (وام); بأول "with the first", not Powell (باول). A name that starts
        with such a letter is written its own way (بكين, لبنان, فرنسا) and stays linked."""
        tok = self._toks[h.ti]
        if lang != "ar" or h.tier != "exact" or h.stripped or h.tj - h.ti != 1 or not tok.arabic \
                or tok.text[:1] not in "وفبلك" or len(tok.text) < 3:
            return False
        return commonness(tok.text[1:], lang) >= 4.5 and not self._spelled_any(e, tok.text, as_written=True) \
            and not self._spelled_any(e, tok.text[1:])  # بباريس: ب + باريس, read whole or not

    def _collapsed_letters(self, h: Hit, text: str) -> bool:
        """A word that matched only once two doubled letters were each read as one: تتأسس ("is founded") keys as
        تاس (TASS). One doubling is a spelling (shadda written out); two make another word."""
        tok = self._toks[h.ti]
        if h.tier != "exact" or h.stripped or h.tj - h.ti != 1 or not tok.arabic:
            return False
        w = _no_article(_bkey(tok.text))
        doubled = sum(1 for a, b in zip(w, w[1:]) if a == b and a not in "اويی")  # ييـ of إسرائيليين is a vowel
        return doubled >= 2 and len(w) - len(h.key.replace(" ", "")) >= 2

    def _foreign_demonym_word(self, e: KBEntity, h: Hit, ents: list[tuple[str, str, str]], text: str, lang: str) -> bool:
        """A Persian or Urdu everyday word (Zipf ≥ 3) matched only by another language's demonym of the entity."""
        if lang not in ("fa", "ur") or not self._toks[h.ti].arabic:
            return False
        mine = [(kind, sl) for eid, kind, sl in ents if eid == e.id]
        return bool(mine) and all(kind == "demonym" and sl != lang for kind, sl in mine) \
            and commonness(h.word(text), lang) >= 3.0

    def _clitic_on_foreign_spelling(self, e: KBEntity, h: Hit, ents: list[tuple[str, str, str]], text: str,
                                    lang: str) -> bool:
        """An Arabic word read as a clitic plus a name that no Arabic-script language writes so (only a folded
        or skeleton form matched), for an entity Arabic has names for: كتائبه is "its battalions", not
        ك + Taipei; بناءين "builders", not ب + Na'in. A real clitic rides on a settled spelling (بطهران).
        Demonyms are left alone: their inflections (وأميركيين) are more than the KB lists."""
        tok = self._toks[h.ti]
        return lang == "ar" and tok.arabic and h.start > tok.start and bool(e.names.get("ar")) \
            and not _as_demonym(e, ents) \
            and not self._suffix_cut(h, text) and not self._spelled_any(e, h.word(text))

    def _title_before_a_name(self, toks: list[Token], h: Hit, text: str, lang: str) -> bool:
        """Is an ambiguous one-word alias that is an everyday word (المهندس "the engineer", also al-Muhandis; صلاح)
        followed in the same phrase by the start of another name: a KB first name, or a rare word without
        conjunction or article? Then it is that person's title or given name. A common word after it (والمهندس في
        غارة) leaves the alias to the usual support rules."""
        j = h.tj
        if j >= len(toks) or not toks[j].arabic or not joinable(text, toks, j - 1) \
                or commonness(h.word(text), lang) < TITLE_WORD_ZIPF:
            return False  # روحاني, ظريف, مصدق are rarer words: names, whatever follows them
        nxt = toks[j].text
        gaz = getattr(self.tagger, "gaz", None)
        if gaz is not None and gaz.opens_a_name(nxt):
            return True
        # a given name carries no conjunction or article (وجواد ظريف, المالكي الذي are not names after a title)
        return not nxt.startswith(("و", "ال")) and commonness(nxt, lang) < 4.0

    def _nisba_surname(self, e: KBEntity, h: Hit, text: str, lang: str) -> bool:
        """A person's name whose last word matched only with the article and a nisba ending: Arabic family names
        الحلبي, اليونسي are names of their own, not inflections of حلب or يونس (names do not inflect)."""
        last = self._toks[h.tj - 1]
        if lang != "ar" or e.type != "PER" or h.tier != "exact" or not last.arabic:
            return False
        word = _bkey(last.text)
        return word.startswith("ال") and name_key(last.text) != h.key.split()[-1]

    def _definiteness_broken(self, e: KBEntity, h: Hit, text: str, lang: str) -> bool:
        """Arabic words that match a name only once the article is ignored, where the name's adjective takes
        it: البحر متوسط (الموج) is "the sea is moderate(ly rough)", a sentence, not البحر المتوسط. True when the
        first word has the article and no Arabic name of the entity with as many words writes the articles as
        the text does, while one writes them wherever the text does and more (سلمان بن عبد العزيز, whose العزيز
        is no adjective's article, differs in its first word and says nothing)."""
        if lang != "ar" or h.tier != "exact" or h.tj - h.ti < 2:
            return False
        toks = self._toks[h.ti:h.tj]
        if not all(t.arabic for t in toks):
            return False
        words = [toks[0].text[h.start - toks[0].start:]] + [t.text for t in toks[1:]]
        seen = tuple(_bkey(w).startswith("ال") for w in words)
        if not seen[0] or all(seen):
            return False
        pats = {tuple(_bkey(w).startswith("ال") for w in v.split())
                for v in e.names.get("ar", ()) if len(v.split()) == len(words)}
        return seen not in pats and any(p[0] and all(a or not b for a, b in zip(p, seen)) for p in pats)

    def _foreign_spelling_only(self, e: KBEntity, h: Hit, ents: list[tuple[str, str, str]], text: str,
                               lang: str) -> bool:
        """An Arabic word that matches an entity Arabic has names for only through another language's spelling,
        and only once letters are folded or a suffix is cut: نييتو (of إنريكي بينا نييتو) is Urdu نیٹو (NATO) with
        ٹ read as ت, برويا (a chef's surname) Persian پرو (Peru) + يا. Arabic writes those names its own way
        (الناتو, بيرو); a name it shares with Persian or Urdu letter for letter (روحاني) still links."""
        if lang != "ar" or h.tier != "exact" or not self._toks[h.ti].arabic or not e.names.get("ar") \
                or _as_demonym(e, ents):
            return False
        if any(eid == e.id and slang == "ar" for eid, _k, slang in ents):
            return False
        return not self._spelled_any(e, h.word(text))

    _NISBA = frozenset({"ی", "یه", "ین", "یون", "یات"})  # -ي -ية -يين -يون -يات, in key letters

    def _town_nisba(self, e: KBEntity, h: Hit, ents: list[tuple[str, str, str]], text: str, lang: str) -> bool:
        """An Arabic relational adjective (nisba) read off the name of a place below country level that the KB
        gives no adjective: الرياضي "sporting", الطائفيين "the sectarians", الميدانية "field" (not Medan),
        الزبيدي (a family name). Countries' adjectives are listed demonyms and stay linked."""
        if lang != "ar" or e.type != "LOC" or not e.country or e.demonyms.get("ar") or not self._suffix_cut(h, text):
            return False
        if _as_demonym(e, ents):
            return False
        tok = self._toks[h.ti]
        k = name_key(text[h.start:tok.end])
        return k.startswith(h.key) and k[len(h.key):] in self._NISBA

    def _suffix_cut(self, h: Hit, text: str) -> bool:
        """Was the hit read off an Arabic-script word with a suffix cut off (السورية → سوريا + ية)?"""
        return h.tj - h.ti == 1 and self._toks[h.ti].arabic and name_key(h.word(text)).rstrip("ء") != h.key

    def _common_inflection(self, e: KBEntity, h: Hit, ents: list[tuple[str, str, str]], text: str, lang: str) -> bool:
        """An Arabic word read as a name plus a cut-off suffix, where the whole word is an everyday one (Zipf ≥ 4.5)
        and the KB lists it as no demonym: الرياضية (4.9) and الرياضي (4.6) are "sporting", not of Riyadh. Judged
        even when the entity is in the article, which otherwise lets any inflection of its name through."""
        if lang not in ("ar", "ur", "fa") or h.tier != "exact" or not self._toks[h.ti].arabic:
            return False
        if _as_demonym(e, ents):
            return False
        # (Urdu and Persian: ریاضی "mathematics" 4.1 is not ریاض + ی)
        return self._suffix_cut(h, text) and commonness(h.word(text), lang) >= (4.5 if lang == "ar" else 4.0)

    def _article_on_bare_name(self, e: KBEntity, h: Hit, text: str, lang: str) -> bool:
        """An everyday Arabic word with the article on a name that Arabic never writes with it: the KB's spellings
        with this key are all article-less (مبارك, حماس, بحري), so المبارك is "blessed", الحماس "zeal". (Names the
        press does write so are listed with it: الفيفا, الناتو; a rare ال-form such as الأوبك still links.)"""
        if lang != "ar" or not self._toks[h.ti].arabic:
            return False
        written = h.word(text)
        word = _bkey(written)
        z = _spelling_commonness(written, lang)  # (الايواء is الإيواء "sheltering")
        if not word.startswith("ال") or len(word) < 5 or z < 2.5:
            return False
        keyed = self._keyed_forms(e)
        if h.tier == "skel":  # an unseen spelling (الإيواء "sheltering" for آيوا): all the ways Arabic writes the name
            forms = {f for fs in keyed.values() for f in fs}
        elif self._suffix_cut(h, text):
            return False  # التشادية, الباريسية are adjectives, which take the article
        else:
            forms = keyed.get(h.key) or self._keyed_forms(e, other=True).get(h.key)
        if not forms or any(f.startswith("ال") for f in forms):
            return False
        if e.type != "ORG":
            return True
        # a foreign body's name takes the article in the press (اليوتيوب, الكونغرس, الموساد); a name that is an
        # Arabic word (حماس "zeal") is that word with it when the bare form is the commoner (الحماس 3.9, حماس 4.7)
        bare = commonness(written[2:], lang)
        if e.country and e.country not in ARABIC_SCRIPT_COUNTRIES:
            # unless the ال-form is itself the everyday word, far commoner than the bare name: الإبل "the camels"
            # (3.9; إبل 2.8) is not Apple (أبل)
            return z >= 3.5 and z > bare + 0.5
        return bare > z

    def _bare_word_for_article_name(self, e: KBEntity, h: Hit, text: str, lang: str) -> bool:
        """The converse: an everyday Arabic word without the article on a name Arabic only writes with it
        (مدينة "a city" is not المدينة, Medina; رياض of رياض الأطفال "kindergartens" not الرياض)."""
        if lang != "ar" or h.tier != "exact" or e.type not in ("PER", "LOC", "ORG") or not self._toks[h.ti].arabic \
                or h.article or self._suffix_cut(h, text):
            return False  # (a group, شيعة or كرد, is the same people with or without the article)
        written = h.word(text)
        if _bkey(written).startswith("ال") or commonness(written, lang) < 3.0:
            return False
        forms = self._keyed_forms(e).get(h.key)
        return bool(forms) and all(f.startswith("ال") for f in forms)

    def _keyed_forms(self, e: KBEntity, other: bool = False) -> dict[str, set[str]]:
        """The entity's one-word Arabic names (not demonyms: any adjective takes the article) by their key (k1):
        which spellings give a key. A key that is also one of its demonyms' is left out. ``other``: its Urdu and
        Persian names instead, for a key Arabic does not spell (سکری: those languages have no article either)."""
        got = self._keyed.get((e.id, other))
        if got is None:
            got = {}
            adjectives = {name_key(v) for lg, vals in e.demonyms.items() if lg != "en" for v in vals}
            for lg, vals in e.names.items():
                if lg == "en" or (lg == "ar") == other:
                    continue  # how Arabic writes it: Persian رومانی (Romania) is Arabic's روماني (Romanian)
                for v in vals:
                    if " " not in v.strip() and name_key(v) not in adjectives:
                        got.setdefault(name_key(v), set()).add(_bkey(v))
            self._keyed[(e.id, other)] = got
        return got

    def _minor_place(self, e: KBEntity) -> bool:
        """A town or village: in a country, no capital, under a million people."""
        return e.type == "LOC" and bool(e.country) and e.id not in self.capital_of and (e.extra.get("population") or 0) < 1_000_000

    def _weak_word(self, e: KBEntity, h: Hit, text: str, lang: str) -> bool:
        """A one-word exact hit in Arabic script that needs the entity's world in the article to count."""
        return (h.tj - h.ti == 1 and h.tier == "exact" and self._toks[h.ti].arabic
                and (self._folded_only(e, h, text, lang) or self._minor_place_word(e, h, text, lang)))

    def _folded_only(self, e: KBEntity, h: Hit, text: str, lang: str) -> bool:
        """A one-word hit that equals the entity only after letter folding or a cut-off suffix, on a word
        that is not rare: کپڑوں folds to Gaborone, پیشگوئی minus its suffix to Bishkek. No KB spelling in
        any Arabic-script language is written so, so the word is far likelier an everyday one."""
        if h.stripped:
            if self._spelled_as(e, h.word(text), lang):
                return False  # only clitics were cut off: وروسيا
            if lang in ("ur", "fa") and h.key in self._k1_forms(e, lang):
                full = _bkey(text[self._tok_start(h):self._tok_end(h)])
                if any(full.startswith(f) for f in self._own_forms(e, lang)):
                    return False  # an Urdu/Persian plural or oblique of this language's own spelling
            # the whole word is common, or what is left after the cut is (سردردی: سردرد "headache", not Sardrud)
            return (commonness(text[self._tok_start(h):self._tok_end(h)], lang) >= 3.5
                    or commonness(h.key.replace(" ", ""), lang) >= 4.0)
        word = h.word(text)
        return not self._spelled_any(e, word) and commonness(word, lang) >= 3.0

    def _minor_place_word(self, e: KBEntity, h: Hit, text: str, lang: str) -> bool:
        """One word naming a town (not a country, capital or city of a million) in an article that never
        mentions its country: in Arabic script such names are mostly also everyday words (هوية, گروه,
        میدانی), so only a rare word (zipf < 2) is read as the town without its country nearby."""
        if not self._minor_place(e) or self._home_town(e, h.word(text), lang):
            return False
        return commonness(text[self._tok_start(h):self._tok_end(h)], lang) >= 2.0

    def _sibling_towns(self, todo: list[tuple[Hit, list[tuple[str, str, str]]]], text: str, lang: str) -> set[str]:
        """Places that stand for their country's world together: two different places of one country within
        ``SIBLING_WINDOW`` words of each other (في اللاذقية وطرطوس, بين حمص وحماة, مطار حميميم قرب اللاذقية), each
        a town of at least ``SIBLING_MIN_POPULATION`` or a name of several words, written as this language
        writes it, not listed as ambiguous and not a common word (``SIBLING_MAX_ZIPF``: ربك "your lord",
        4.2, is no Kosti). A list of a country's towns names the country as surely as its name would; one
        town alone does not."""
        places: list[tuple[int, KBEntity, str]] = []  # (token, entity, word): the cheap tests first
        towns = self._towns
        for h, ents in todo:
            eid = ents[0][0]
            e = towns.get(eid)
            if e is None:
                e = towns[eid] = self.kb.get(eid) or False
                if e and not (e.type == "LOC" and e.country):
                    e = towns[eid] = False
            if e and (h.tj - h.ti > 1 or (e.extra.get("population") or 0) >= SIBLING_MIN_POPULATION) \
                    and _one_entity(ents):
                places.append((h.ti, e, h.word(text)))
        if len(places) < 2:
            return set()
        out: set[str] = set()
        for i, (ti, e, word) in enumerate(places):
            for tj, e2, word2 in places[i + 1:]:
                if e2.country == e.country and e2.id != e.id and abs(tj - ti) <= SIBLING_WINDOW \
                        and self._plain_place_word(e, word, lang) and self._plain_place_word(e2, word2, lang):
                    out |= {e.id, e2.id}
        return out

    def _plain_place_word(self, e: KBEntity, word: str, lang: str) -> bool:
        """Written as this language writes the place, not listed as ambiguous, not a common word."""
        return (self._spelled_as(e, word, lang) and not self._ambiguous(e, word, lang)
                and commonness(word, lang) < SIBLING_MAX_ZIPF)

    def _home_town(self, e: KBEntity, word: str, lang: str) -> bool:
        """A town of ``HOME_COUNTRIES[lang]`` of at least ``HOME_TOWN_MIN_POPULATION``, the word spelled as the
        language writes the town and not listed as ambiguous (اندیشه "thought" is also a town)."""
        return (e.type == "LOC" and e.country in HOME_COUNTRIES.get(lang, ())
                and (e.extra.get("population") or 0) >= HOME_TOWN_MIN_POPULATION
                and self._spelled_as(e, word, lang) and not self._ambiguous(e, word, lang))

    def _borrowed_name(self, e: KBEntity, word: str, lang: str) -> bool:
        """The word is one of the entity's names, written letter for letter the same in another Arabic-script
        language's names and common there too (Zipf ≥ 4), and not listed as ambiguous: a proper name that
        three presses borrowed, not an everyday word of one (Arabic القاعدة "the base" is written القاعده in
        Persian; مجلس, shared by all three, is listed as ambiguous)."""
        if self._ambiguous(e, word, lang) or word not in e.names.get(lang, ()):
            return False
        if any(word in e.names.get(other, ()) and commonness(word, other) >= 4.0 for other in ("ar", "fa", "ur") if other != lang):
            return True
        return self._transliterated(e, word)

    @staticmethod
    def _transliterated(e: KBEntity, word: str) -> bool:
        """Is the word a foreign organisation's one-word English name in Arabic letters (تويتر for Twitter,
        Zipf 5.3 in Arabic because it is famous)? Foreign: based outside the Arabic-script countries, whose
        bodies' names are words of their languages (حماس, "zeal"); no article, no space."""
        if not e.country or e.country in ARABIC_SCRIPT_COUNTRIES or " " in e.name or " " in word or word.startswith("ال"):
            return False
        return similarity(skeleton(word), skeleton(e.name)) >= 0.85

    def _own_forms(self, e: KBEntity, lang: str) -> set[str]:
        """The entity's spellings in this language as written (base keys, no folding of پ/ب or ک/گ)."""
        self._spelled_as(e, "", lang)
        return self._forms[(e.id, lang)]

    def _spelled_any(self, e: KBEntity, word: str, as_written: bool = False) -> bool:
        """Is the word written (perhaps with an added Arabic article) as one of the entity's names or demonyms in any
        Arabic-script language? No letter folding: پیشگوئی is not بیشکک. ``as_written``: letter for letter, hamza
        forms and all, with no article added (وأم is not وام)."""
        key = (e.id, "as written" if as_written else "*")
        forms = self._forms.get(key)
        if forms is None:
            norm = (lambda x: x) if as_written else base_key
            forms = self._forms[key] = {
                norm(x).replace(" ", "") for lg in ("ar", "fa", "ur") for x in e.names.get(lg, []) + e.demonyms.get(lg, [])}
        if as_written:
            return word in forms
        k = _bkey(word)
        return k in forms or _no_article(k) in forms  # الأميركي for أميركي; not جزایر for الجزایر

    def _ambiguous_hit(self, e: KBEntity, word: str, lang: str, spelling_lang: str) -> bool:
        """Ambiguous in the text's language, or in the language whose spelling the hit matched: Persian امان
        is Amman and "safety", and so is the same word in Arabic وبأمان."""
        return self._ambiguous(e, word, lang) or (
            spelling_lang not in ("", lang) and self._ambiguous(e, word, spelling_lang))

    def _ambiguous(self, e: KBEntity, word: str, lang: str) -> bool:
        """Surfaces listed under the entity's ``ambiguous`` field (KB extension): شام is also "evening"."""
        amb = e.extra.get("ambiguous") or {}
        if not amb:
            return False
        forms = self._amb.get((e.id, lang))
        if forms is None:
            forms = self._amb[(e.id, lang)] = {base_key(x) for x in amb.get(lang, [])}
        k = base_key(word)
        if k in forms:  # as listed: الخليج is the Gulf, خليج any bay
            return True
        # and inflected: ماسکهای, ماسکوں are "masks" as ماسک is, whoever Musk is
        return any(k.startswith(f) and is_suffix(k[len(f):].replace(" ", ""), lang) for f in forms)

    def _tag_window(self, toks: list[Token], lang: str, ti: int, tj: int, margin: int = 4) -> list[str | None]:
        """Tag [ti-margin, tj+margin) if not yet tagged (one tagger call per run of untagged words)."""
        if self._tags is None:
            self._tags = [None] * len(toks)
        tags = self._tags
        a, b = max(0, ti - margin), min(len(toks), tj + margin)
        k = a
        while k < b:  # tag each run of untagged words in the window
            if tags[k] is not None:
                k += 1
                continue
            end = k
            while end < b and tags[end] is None:
                end += 1
            got = self._pretagged.pop((k, end), None)
            tags[k:end] = got if got is not None else self.tagger([t.text for t in toks[k:end]], lang)
            k = end
        return tags  # type: ignore[return-value]

    def _plan_tie_breaks(self, pending: list[tuple[Hit, list[tuple[str, str, str]]]], toks: list[Token],
                         text: str, lang: str, strong: set[str]) -> dict[tuple[int, int], list[str]]:
        """Tags of the windows the everyday-word tie-break (``_tagged_as_name``) will probably ask for,
        computed in one batch: one Viterbi pass over all of them instead of a tagger call each.

        The guess replays the linking loop's order with the article's strong entities as the only ones
        present, so it can be wrong either way; that costs time, never a tag. ``_tag_window`` takes a run
        from here only when it is exactly a run planned here (same token span, hence same words and tags)."""
        batch = getattr(self.tagger, "tag_many", None)
        if batch is None or not pending:
            return {}
        first: list[Hit] = []
        later: list[Hit] = []  # aliases needing support: asked only in the second pass
        for h, ents in pending:
            ask = self._may_ask_tagger(h, ents, text, lang, strong)
            if ask:
                (later if ask == 2 else first).append(h)
        if not first and not later:
            return {}
        planned = [x is not None for x in self._tags] if self._tags is not None else [False] * len(toks)
        runs: list[tuple[int, int]] = []
        for h in first + later:
            runs.extend(self._untagged_runs(planned, h.ti - 4, h.tj + 5))  # _tag_window(ti, tj + 1), margin 4
        words = [t.text for t in toks]
        return dict(zip(runs, batch([words[a:b] for a, b in runs], lang)))

    def _may_ask_tagger(self, h: Hit, ents: list[tuple[str, str, str]], text: str, lang: str, strong: set[str]) -> int:
        """0: the linking loop will (probably) not ask the tagger about this hit; 1: in its first pass;
        2: in its second (an alias needing support). Mirrors the loop's gates with ``present = strong``."""
        cands = self._candidates(ents, lang)
        if h.tier == "skel" and self._skel_hopeless(h, cands, strong):
            return 0
        alone = h.tj - h.ti == 1
        for eid, _slang in cands:
            e = self.kb.get(eid)
            if e is None or eid in strong:
                continue
            if h.tier == "skel" and (len(h.key) < 4 or (e.type != "PER" and (alone or len(h.key) < 6))):
                continue
            if h.tier == "skel" and alone and (commonness(h.word(text), lang) >= 4.0
                                               or _inflects_common_word(h.word(text), lang)):
                continue
            best_lang = next((sl for x, _k, sl in ents if x == eid and sl == lang),
                             next((sl for x, _k, sl in ents if x == eid), ""))
            if self._accept_common(e, h, text, best_lang, lang) or self._context_ok(e, self._toks, h.ti, h.tj, lang):
                continue
            surname_alone = e.type == "PER" and len(e.name.split()) > 1 and len(h.key.split()) == 1
            needs_support = alone and (not self._alone_ok(e) or surname_alone
                                       or self._ambiguous_hit(e, h.word(text), lang, best_lang))
            return 2 if needs_support else 1
        return 0

    @staticmethod
    def _untagged_runs(planned: list[bool], a: int, b: int) -> list[tuple[int, int]]:
        """The runs of unplanned words in [a, b), marked planned (the segmentation of _tag_window)."""
        a, b = max(0, a), min(len(planned), b)
        out = []
        k = a
        while k < b:
            if planned[k]:
                k += 1
                continue
            end = k
            while end < b and not planned[end]:
                planned[end] = True
                end += 1
            out.append((k, end))
            k = end
        return out

    def _word_of_a_phrase(self, e: KBEntity, h: Hit, toks: list[Token], text: str, lang: str, stop, role_end) -> bool:
        """An ambiguous one-word Arabic alias with the article right after a common noun with the article is
        that noun's adjective (الحد الأقصى "the maximum"), even where the entity itself is named (المسجد
        الأقصى); unless the noun is a title (الرئيس الأسد). A noun without the article governs a name
        (حكومة الصين, اعضاء الكونغرس), and Persian and Urdu ezafe chains (دولت چین) read so too."""
        i = h.ti
        if lang != "ar" or i == 0 or not h.word(text).startswith("ال") or not self._ambiguous(e, h.word(text), lang):
            return False
        prev = toks[i - 1]
        if not prev.text.startswith("ال") or prev.text in stop or not joinable(text, toks, i - 1) \
                or commonness(prev.text, lang) < 4.5:
            return False
        return not (self._place_cue(prev.text, lang) or self._titled(e, h, role_end) or self._context_ok(e, toks, h.ti, h.tj, lang))

    def _first_name_of(self, toks: list[Token], h: Hit, text: str) -> bool:
        """Is a one-word Latin place name followed by a capitalised rare word (a surname) that starts no hit?"""
        j = h.tj
        if j >= len(toks) or toks[j].arabic or text[toks[j - 1].end:toks[j].start] != " ":
            return False
        nxt = toks[j].text
        if not nxt[:1].isupper() or nxt.isupper() or commonness(nxt.lower(), "en") >= 3.0:
            return False
        places = all((e := self.kb.get(eid)) is not None and e.type == "LOC" for eid, _k, _l in h.entries)
        return places and j not in self._hit_starts

    @staticmethod
    def _titled(e: KBEntity, h: Hit, role_end: dict[int, str]) -> bool:
        """A name right after a title the person has held (رئیس جمهور ترامپ, President Putin)."""
        held = {r.get("role") for r in e.roles}
        return any(role_end.get(k) in held for k in (h.ti, h.ti - 1, h.ti - 2))

    def _listed(self, e: KBEntity, h: Hit, country_at: list[int]) -> bool:
        """A country alias standing within three words of an unambiguous country (a list of countries)."""
        if e.type != "LOC" or e.country:
            return False
        # with only list words, directions or other countries between them: شامی، ترکی اور روسی, شمال مالي وشمال
        # نيجيريا, شمالی کوریا اور چین are lists; لمجرى السياسة الأميركية ("the course of US politics") is not
        inside = self._country_words
        return any(0 < abs(ti - h.ti) <= 3 and all(
            k in inside or self._toks[k].text in _LIST_WORDS for k in range(min(ti, h.ti) + 1, max(ti, h.ti)))
            for ti in country_at)

    def _tagged_as_name(self, toks: list[Token], h: Hit, lang: str, e: KBEntity | None = None) -> bool:
        """The statistical tagger (when loaded) breaks the tie for a hit on an everyday word, if it reads the
        hit as a name of the entity's kind: a person's name (ليلى لجرام) says nothing for a village (Charam)."""
        if self.tagger is None:
            return False
        tags = self._tag_window(toks, lang, h.ti, h.tj + 1)
        # the tagger's span must be exactly the hit: مجلس inside مجلس الشيوخ is not the Majlis
        span = (tags[h.ti].startswith("B-") and all(tags[k].startswith("I-") for k in range(h.ti + 1, h.tj))
                and (h.tj >= len(tags) or not tags[h.tj].startswith("I-")))
        return span and (e is None or (tags[h.ti][2:] == "PER") == (e.type == "PER"))

    def _place_cue(self, word: str, lang: str) -> bool:
        cues = self._cues.get(lang)
        if cues is None:
            cues = self._cues[lang] = {token_variants(w, lang)[0].k1 for w in PLACE_CUES.get(lang, ())}
        return bool(cues) and any(v.k1 in cues for v in token_variants(word, lang))

    def _acronym_only(self, h: Hit) -> bool:
        """True when every KB surface behind a short Latin hit is written in capitals (an acronym)."""
        for eid, _kind, slang in h.entries:
            e = self.kb.get(eid)
            if e is None:
                continue
            for x in e.names.get("en", []) + [e.name] + e.demonyms.get("en", []):
                if x.casefold().replace(".", "") == h.key.replace(" ", "") and not x.isupper():
                    return False
        return True

    def _tok_start(self, h: Hit) -> int:
        return self._toks[h.ti].start

    def _tok_end(self, h: Hit) -> int:
        return self._toks[h.tj - 1].end

    def _k1_forms(self, e: KBEntity, lang: str) -> set[str]:
        forms = self._k1.get((e.id, lang))
        if forms is None:
            forms = self._k1[(e.id, lang)] = {" ".join(surface_keys(x)[0]) for x in e.names.get(lang, []) + e.demonyms.get(lang, [])}
        return forms

    def _spelled_as(self, e: KBEntity, word: str, lang: str) -> bool:
        """Does the word match one of the entity's own spellings in this language before letter folding?"""
        forms = self._forms.get((e.id, lang))
        if forms is None:
            # the article counts here: جزيرة (an island) is not الجزيرة (the channel)
            forms = self._forms[(e.id, lang)] = {
                base_key(x).replace(" ", "") for x in e.names.get(lang, []) + e.demonyms.get(lang, [])}
        if _bkey(word) not in forms:
            return False
        if lang == "ur" and word:
            # Urdu writes final ے and ی apart (the key folds them): چلے "went" is not چلی (Chile), سنے "heard" not سنی
            yeh = self._forms.get((e.id, "ur-ے"))
            if yeh is None:
                yeh = self._forms[(e.id, "ur-ے")] = {
                    _bkey(x) + ("ے" if x.endswith(_BARI_YE) else "") for x in e.names.get(lang, []) + e.demonyms.get(lang, [])}
            return _bkey(word) + ("ے" if word.endswith(_BARI_YE) else "") in yeh
        return True

    def _supported_alias(self, e: KBEntity, present: set[str], confirmed: set[str] | None = None) -> bool:
        """An ambiguous alias is read as the entity when the article is about its world: the
        person's country, a place or person of the country, or (for a country) other countries. An
        organisation named by an everyday word needs a person or another organisation of its country
        (کانگریس with Kavanaugh, أبل with غوغل): an article that names America or its towns says الحرة "free"
        and وابل "downpour" without meaning Alhurra or Apple."""
        org = e.type == "ORG"
        if e.country and e.country in present and not org:
            return True
        for p in present:
            o = self.kb.get(p)
            if o is None or o.id == e.id or (org and o.type not in ("ORG", "PER")):
                continue
            if o.country == e.id:
                return True
            # another entity of the same country supports only once it is itself linked: two unconfirmed
            # candidates (الوقت "the time" for Al-Waght, المخبري "laboratory" for Mokhber) do not vouch for each other
            if e.country and o.country == e.country and (confirmed is None or o.id in confirmed):
                return True
        return False

    def _context_ok(self, e: KBEntity, toks: list[Token], ti: int, tj: int, lang: str) -> bool:
        if e.type == "LOC" and e.country and ti > 0 and self._place_cue(toks[ti - 1].text, lang):
            return True  # شهر کرمان, ضلع قصور: the noun before says it is a place
        words = self._ctx.get(e.id)
        if words is None:
            words = self._ctx[e.id] = {token_variants(w, lang)[0].k1 for ws in e.context.values() for w in ws}
        if not words:
            return False
        for k in range(max(0, ti - 4), min(len(toks), tj + 4)):
            if k < ti or k >= tj:
                if any(v.k1 in words for v in token_variants(toks[k].text, lang)):
                    return True
        return False

    def _role_links(self, text, toks, lang, links, covered, years, stop) -> list[_Link]:
        out: list[_Link] = []
        if not self.holders:
            return out
        by_start = {lk.ti: lk for lk in links}
        by_end = {lk.tj: lk for lk in links}
        for a, b, role in self._roles_found:
            country = None
            name_from = b
            for cand in (by_end.get(a), by_end.get(a - 1), by_start.get(b)):
                if cand is None:
                    continue
                ce = self.kb.get(cand.eid)
                if ce is not None and ce.type == "LOC" and not ce.country:
                    country = ce.id
                    if cand.ti == b:
                        name_from = cand.tj
                    break
            if name_from in by_start:
                continue  # the name after the role is already linked
            j = name_from
            latin = name_from < len(toks) and not toks[name_from].arabic
            while (j < len(toks) and j - name_from < 3 and not covered[j] and toks[j].text not in stop
                   and toks[j].arabic != latin and (not latin or toks[j].text[:1].isupper())
                   and (j == name_from or joinable(text, toks, j - 1))):
                j += 1
            if j == name_from:
                continue
            cands = [(e, r) for e, r in self.holders.get(role, []) if (country is None or r.get("of") == country) and role_active(r, years)]
            if not cands:
                continue
            words = tuple(toks[k].text for k in range(name_from, j))
            if all(commonness(w, lang) >= 4.0 for w in words):
                continue  # everyday words after a title (الرئيس حتى, صدر اپنے) are no misspelled name
            best = None
            for e, _r in cands:
                full, first, last = self._name_scores(words, e, latin)
                if latin:  # English spells KB names as the KB does; "Premier League" is no premier
                    ok = full >= 0.85 or (first >= 0.9 and last >= 0.8)
                else:
                    ok = full >= ROLE_FULL_OK or (first >= ROLE_FIRST_OK and last >= ROLE_LAST_MIN) \
                        or (country is not None and len(cands) == 1 and last >= ROLE_LAST_MIN)
                    # a misspelling keeps the name's long vowels (سرگئی شوینکو, Shoigu); the skeleton alone
                    # also matches whatever follows a title (الملك عبدالعزيز بالأحساء, الرئيس محمد بخاري)
                    ok = ok and self._vowels_close(list(words), e)
                if ok and (best is None or full + first + last > best[0]):
                    best = (full + first + last, e)
            if best is not None:
                e = best[1]
                out.append(_Link(e.id, toks[name_from].start, toks[j - 1].end, 0.8, name_from, j, "role"))
                for k in range(name_from, j):
                    covered[k] = True
        return out

    def _name_parts(self, e: KBEntity) -> list[tuple[str, str, str]]:
        """(whole, first word, last word) skeletons of every name of the entity, computed once."""
        parts = self._parts.get(e.id)
        if parts is None:
            parts = []
            for n in sorted({x for ns in e.names.values() for x in ns} | {e.name}):
                ws = n.replace("-", " ").split()
                if ws:
                    # a name that opens with a title (الإمام الأكبر أحمد الطيب, شيخ الأزهر …) has no first name to
                    # compare: "العام" of الرئيس العام لرعاية الشباب is not close to "الإمام"
                    titled = ws[0] in PERSON_TITLES or ws[0] in _NAME_HONORIFICS or ws[0] in self.role_first
                    parts.append((skeleton(n), skeleton(ws[0]) if len(ws) > 1 and not titled else "", skeleton(ws[-1])))
            self._parts[e.id] = parts = list(dict.fromkeys(parts))  # the scripts share most skeletons
        return parts

    def _name_scores(self, words: tuple[str, ...], e: KBEntity, latin: bool) -> tuple[float, float, float]:
        """_name_similarity, remembered per (words, entity): the words after a title (رئيس الوزراء ...)
        repeat across a news stream, and most holders of a role are far from them. A quick bound on the
        skeleton lengths rejects most holders before any edit distance is computed."""
        key = (words, e.id)
        got = self._name_memo.get(key)
        if got is None:
            if len(self._name_memo) > 200_000:
                self._name_memo.clear()
            heads = {w[0] for w in map(_skel, words) if w}
            if heads.isdisjoint(self._name_heads(e)):
                got = (0.0, 0.0, 0.0)  # no word starts like any word of the entity's names: not a spelling of it
            else:
                got = self._name_similarity(list(words), e)
            self._name_memo[key] = got
        return got

    NEAR_VOWELS = 0.78  # vowel-form similarity a tagger span needs to a name it is a skeleton's match of

    def _vowels_close(self, words: list[str], e: KBEntity) -> bool:
        """Does the span also keep the long vowels of one of the entity's names (or of as many of its words)?
        A skeleton drops them, so محمود أميري (Mahmoud Amiri) had the skeleton of محمد عمر (Mullah Omar)
        and كركدان that of جورج تاون; a variant spelling (برمنجهام, كيسنغر, الكونجرس) keeps them."""
        k = len(words)
        forms = self._vowel_spans.get((e.id, k))
        if forms is None:
            subs: set[str] = set()
            for n in {x for ns in e.names.values() for x in ns} | {e.name}:
                ws = n.replace("-", " ").split()
                subs.add(n)
                subs.update(" ".join(ws[i:i + k]) for i in range(max(1, len(ws) - k + 1)))
            forms = self._vowel_spans[(e.id, k)] = sorted({vowel_form(x).replace(" ", "") for x in subs} - {""})
        mine = vowel_form(" ".join(words)).replace(" ", "")
        return any(Levenshtein.normalized_similarity(mine, f, score_cutoff=self.NEAR_VOWELS) for f in forms)

    def _name_heads(self, e: KBEntity) -> frozenset[str]:
        """First letters of the skeletons of every word of every name of the entity."""
        heads = self._heads.get(e.id)
        if heads is None:
            heads = self._heads[e.id] = frozenset(
                sk[0] for n in {x for ns in e.names.values() for x in ns} | {e.name}
                for w in n.replace("-", " ").split() if (sk := _skel(w)))
        return heads

    def _name_similarity(self, words: list[str], e: KBEntity) -> tuple[float, float, float]:
        """(whole name, first name, surname) similarity of the words to the entity's best-matching name."""
        sk = _skel(" ".join(words))
        first_w, last_w = _skel(words[0]), _skel(words[-1])
        parts = self._name_parts(e)
        last = max((_sim(last_w, lw) for _w, _f, lw in parts), default=0.0)
        if last < ROLE_LAST_MIN:
            # _role_links then accepts the name on the whole name alone, whatever the first name scores:
            # the whole-name tables may stop at that floor, and first is not needed
            full = max((_sim(sk, whole, ROLE_FULL_OK) for whole, _f, _l in parts), default=0.0)
            if full < ROLE_FULL_OK:
                return full, 0.0, last
        full = first = 0.0
        for whole, fw, _lw in parts:
            full = max(full, _sim(sk, whole))
            if fw and len(words) > 1:
                first = max(first, _sim(first_w, fw))
        return full, first, last

    def _propagation_skeletons(self, eid: str) -> list[str]:
        """Skeletons (≥ 3 letters) of the single-word names and surnames of an entity, computed once."""
        out = self._prop_words.get(eid)
        if out is None:
            e = self.kb.get(eid)
            words: set[str] = set()
            # people and places inside a country: a country or an organisation has settled spellings in each
            # language, and words one letter from them are other words (أجابت is not Egypt, پارٹس not Britain)
            if e is not None and (e.type == "PER" or (e.type == "LOC" and e.country)):
                for ns in e.names.values():
                    for n in ns:
                        parts = n.split()
                        if len(parts) == 1 or e.type == "PER":
                            words.add(parts[-1])
            # keep the order of first appearance stable across runs (sets of str hash randomly)
            out = self._prop_words[eid] = [s for s in (skeleton(w) for w in sorted(words)) if len(s) >= 3]
        return out

    def _propagate(self, toks, lang, covered, present, stop) -> list[_Link]:
        buckets: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
        # sorted: ties at equal distance go to the first entity in a bucket, and a set's order
        # follows the per-process string hash (two runs of one corpus differed on 19 articles)
        for eid in sorted(present):
            for s in self._propagation_skeletons(eid):
                buckets[(s[0], len(s))].append((s, eid))
        if not buckets:
            return []
        out = []
        heads = {k[0] for k in buckets}
        infos = self.matcher.last_infos  # [4]: the word's first skeleton (k2)
        for i in [i for i, x in enumerate(infos) if x[4][:1] in heads]:  # the few words that could match
            t = toks[i]
            if covered[i] or not t.arabic or len(t.text) < 4:
                continue
            s = infos[i][4]
            # three consonants are an Arabic root, shared by a family of everyday words (ميادين, مدينة, مدن)
            if len(s) < (4 if lang == "ar" else 3) or t.text in stop or commonness(t.text, lang) >= 3.5 \
                    or _inflects_common_word(t.text, lang):
                continue
            best = None
            for ln in (len(s) - 1, len(s), len(s) + 1):
                for ks, eid in buckets.get((s[0], ln), ()):
                    if lang == "ar" and len(ks) < 4:
                        continue
                    # Arabic press spells names its settled ways: a near letter at most (جوجل/غوغل), not a new one
                    limit = 1.0 if min(len(s), len(ks)) >= 4 and lang != "ar" else 0.5
                    d = _dist_upto(s, ks, limit)
                    if d <= limit and 1.0 - d / max(len(s), len(ks), 1) >= 0.7 and (best is None or d < best[0]):  # similarity()
                        best = (d, eid)
            if best is not None:
                out.append(_Link(best[1], t.start, t.end, 0.6, i, i + 1, "fuzzy"))
                covered[i] = True
        return out

    def _metonymy(self, toks, lang, links) -> list[_Link]:
        nxt = _AGENT_NEXT.get(lang, set())
        out = []
        for lk in links:
            country = self.capital_of.get(lk.eid)
            if country and lk.tj < len(toks):
                after = toks[lk.tj].text
                after2 = toks[lk.tj + 1].text if lk.tj + 1 < len(toks) else ""
                if after in nxt or (lang == "ur" and after == "سے" and after2.startswith(("کہا", "مطالبہ"))):
                    out.append(_Link(country, lk.start, lk.end, 0.5, lk.ti, lk.tj, "metonymy"))
        return out

    def _tagged(self, text, toks, lang, covered, links, provisional, stop) -> list[Span]:
        """Link or keep as provisional the tagger's spans over words no link covers; returns the spans."""
        words = [t.text for t in toks]
        linked_before = {lk.eid for lk in links}  # (the spans' own links below do not count)
        # the tagger runs only around words that could be unknown names (rare, not linked, not
        # function words): most of an article is everyday vocabulary the KB and the stoplist explain
        rare = self._rare.setdefault(lang, {})
        flags = list(map(rare.get, words))
        if None in flags:
            if len(rare) > 300_000:
                rare.clear()
            for k, w in enumerate(words):
                if flags[k] is None:
                    flags[k] = rare[w] = w not in stop and len(w) >= 3 and commonness(w, lang) < 4.0
        # the windows are planned first (the runs of not yet tagged words in each, as _tag_window would
        # tag them one after another) and then tagged in one batch
        planned = [x is not None for x in self._tags] if self._tags is not None else [False] * len(toks)
        runs: list[tuple[int, int]] = []
        done = 0  # [i - 4, done) is planned already: it lay inside the previous rare word's window
        for i in [k for k, f in enumerate(flags) if f and not covered[k]]:
            runs.extend(self._untagged_runs(planned, max(i - 4, done), i + 5))
            done = i + 5
        if runs:
            batch = getattr(self.tagger, "tag_many", None)
            seqs = [words[a:b] for a, b in runs]
            results = batch(seqs, lang) if batch is not None else [self.tagger(x, lang) for x in seqs]
            tags_ = self._tags if self._tags is not None else [None] * len(toks)
            for (a, b), tg in zip(runs, results):
                tags_[a:b] = tg
            self._tags = tags_
        tags = [x or "O" for x in self._tags] if self._tags is not None else ["O"] * len(toks)
        spans: list[Span] = []
        pos = 0
        for i in [k for k, tg in enumerate(tags) if tg != "O"]:
            if i < pos:
                continue
            typ = tags[i][2:]
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + typ:
                j += 1
            spans.append((i, j, typ))
            pos = j
        cut: list[Span] = []
        for a, b, typ in spans:  # a name never runs across punctuation (the tokens do not show it)
            start = a
            for k in range(a, b - 1):
                if not joinable(text, toks, k):
                    cut.append((start, k + 1, typ))
                    start = k + 1
            cut.append((start, b, typ))
        for a, b, typ in cut:
            if any(covered[a:b]):
                continue
            while a < b and (toks[a].text in stop or (b - a > 1 and toks[a].text in PERSON_TITLES)):
                a += 1  # (ملا جنان صائق is Janan Saiq: the title is no part of the name)
            if a < b and toks[a].start and text[toks[a].start - 1] == "\u200c":
                continue  # the second half of a ZWNJ compound (خوابیم of می‌خوابیم) starts no name
            if a >= b or all(commonness(t.text, lang) >= 4.0 for t in toks[a:b]):
                continue  # everyday words only (بین الاقوامی): not a name the KB lacks
            name = " ".join(words[a:b])
            s = skeleton(name)
            if len(s) < 3:
                continue
            best = None
            if len(s) >= 5:  # an unseen spelling of a KB name: only near-identical long skeletons
                seen = set()
                for dl in _deletes(s):
                    for ks, eid in self.kb_del.get(dl, ()):
                        if (ks, eid) in seen:
                            continue
                        seen.add((ks, eid))
                        d = _dist_upto(s, ks, 0.5)
                        if d <= 0.5 and (best is None or d < best[0]):
                            best = (d, eid)
            if best is not None:
                e = self.kb.get(best[1])
                if e is not None and e.type == typ and not (e.id not in linked_before and self._minor_place(e)) \
                        and best[0] <= 0.4 and self._vowels_close(words[a:b], e):
                    # (a near spelling of a town of under a million the article does not name is another name:
                    # سنگاکارا is Sangakkara, not Sonqor; ورنن Vernon, not Ilorin)
                    links.append(_Link(e.id, toks[a].start, toks[b - 1].end, 0.55, a, b, "tagger+kb"))
                    continue
            if not self.provisional or typ not in ("PER", "ORG", "LOC"):
                continue
            if any(len(w) > MAX_NAME_WORD for w in words[a:b]):
                continue  # words run together where the spaces were lost (توجدصورةلغرفةنوم): no name
            if b - a == 1 and _everyday_form(name, lang):
                continue
            start = toks[a].start
            if lang == "ar" and _conjunction_attached(words[a]):
                start, name = start + 1, name[1:]  # ومحمد مجرشي is و + محمد مجرشي
            self._add_provisional(provisional, text, start, toks[b - 1].end, typ, name)
        return cut

    def _given_name_people(self, text, toks, lang, covered, tagged, provisional, stop) -> None:
        """A provisional person for each given name + rare surname (``given_names.person_spans``) over words
        no link and no tagger span covers."""
        taken = list(covered)
        for a, b, _typ in tagged:
            taken[a:b] = [True] * (b - a)
        for a, b, typ in person_spans([t.text for t in toks], lambda k: not taken[k], lang, stop,
                                      joined=lambda k: joinable(text, toks, k)):
            self._add_provisional(provisional, text, toks[a].start, toks[b - 1].end, typ)

    @staticmethod
    def _add_provisional(provisional: dict[str, Entity], text: str, start: int, end: int, typ: str,
                         name: str | None = None) -> None:
        """text[start:end] as a mention of the provisional entity ``new:<skeleton of name>`` (made on first
        sight); the name is the mention's text unless given (a tagger span's words joined by spaces)."""
        name = text[start:end] if name is None else name
        pid = "new:" + skeleton(name, join=False).replace(" ", "_")
        ent = provisional.get(pid)
        if ent is None:
            ent = provisional[pid] = Entity(id=pid, name=name, type=typ, provisional=True, score=0.3)
        ent.mentions.append(Mention(text[start:end], start, end))

    def _institutions(self, text, toks, lang, links, tagged, provisional, stop) -> None:
        """A provisional entity for each head noun + name phrase (``phrases.institution_spans``) over the
        linked names and the tagger's spans; the inner name keeps its link (Isfahan in دانشگاه اصفهان)."""
        names = [(lk.ti, lk.tj, e.type) for lk in links if not lk.demonym
                 for e in (self.kb.get(lk.eid),) if e is not None] + tagged
        linked = {(lk.ti, lk.tj) for lk in links}
        org_at: dict[int, set[int]] = {}  # the organisations named: first token -> their ends
        for a, b, t in names:
            if t == "ORG":
                org_at.setdefault(a, set()).add(b)
        same_org = ORG_CLASSIFIERS.get(lang, frozenset())
        for a, b, typ in institution_spans([t.text for t in toks], names, lang,
                                           breaks=lambda k: not joinable(text, toks, k), stop=stop):
            if (a, b) in linked or toks[a].text in CLASSIFIERS.get(lang, ()):
                continue  # the KB knows the whole phrase already, or it is the inner place (شهر کابل: Kabul)
            if toks[a].text in same_org and b in org_at.get(a + 1, ()):
                continue  # گروه طالبان is the Taliban, which keeps its own link
            self._add_provisional(provisional, text, toks[a].start, toks[b - 1].end, "EVENT" if typ == "MISC" else typ)

    def _group(self, text: str, links: list[_Link], provisional: dict[str, Entity]) -> list[Entity]:
        by_id: dict[str, Entity] = {}
        seen: set[tuple[str, int, int]] = set()
        for lk in sorted(links, key=lambda x: (x.start, x.end)):
            if (lk.eid, lk.start, lk.end) in seen:
                continue
            seen.add((lk.eid, lk.start, lk.end))
            e = self.kb.get(lk.eid)
            if e is None:
                continue
            ent = by_id.get(e.id)
            if ent is None:
                ent = by_id[e.id] = Entity(id=e.id, name=e.name, type=e.type, wikidata=e.wikidata, score=0.0)
            ent.mentions.append(Mention(text[lk.start:lk.end], lk.start, lk.end))
            ent.score = max(ent.score or 0.0, min(1.0, lk.score))
        out = list(by_id.values()) + list(provisional.values())
        out.sort(key=lambda x: (-len(x.mentions), x.mentions[0].start if x.mentions else 0))
        return out
