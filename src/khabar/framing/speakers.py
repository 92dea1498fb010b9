"""Who is speaking: a linked entity, a described source rendered in English, or the previous speaker.

The article is seen in key form (``text.fold``). Entity mentions come from the entities stage;
this module never links names itself. What it adds is the grammar around a speech cue:
Urdu marks the subject with نے before the verb, Arabic usually puts it after the verb or
drops it, Persian puts it first, English next to the verb; a title in apposition to a name
("ڈائریکٹر کامل صقر", "وزير الخارجية سيرجي لافروف") lets a later bare title point back to
that person; "اس ذرائع" / "these sources" point back to the last source with that head.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..document import Entity
from .lexicon import LangLexicon, Lexicon
from .text import Folded, fold, sentence_bounds, tokens

__all__ = ["Speaker", "ArticleView", "CARRY"]

Token = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    id: str | None = None
    start: int | None = None  # key offsets of the words that name it, when explicit
    end: int | None = None
    head: str | None = None  # English head gloss of a described source ("sources")
    kind: str = "entity"  # entity | described | label


CARRY = Speaker(None, kind="carry")  # the previous speaker goes on
_LAST: dict[str, object] = {}


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    entity: Entity


_PUNCT = frozenset(",:;.!?\"'()[]-–—")
_DETERMINERS = {"a", "an", "the", "this", "these", "those", "that", "some", "two", "three", "several", "many"}
_DEMONSTRATIVES = {
    "ur": {"اس", "ان", "یه", "وه"},
    "ar": {"هذه", "هذا", "تلک", "ذلک", "تلك", "ذلك"},
    "fa": {"این", "آن", "همین", "همان"},
    "en": {"this", "these", "the", "that", "those"},
}
_INSTITUTIONS = {"government", "army", "military", "presidency", "side", "Ministry of Defence", "Foreign Ministry",
                 "Interior Ministry", "Foreign Office", "office", "media", "state media", "interim government",
                 "caretaker government", "Presidency", "Prime Minister's Office", "Red Crescent", "Finance Ministry"}


def _country_of(lex: Lexicon, e: Entity) -> str | None:
    if e.name in lex.adjectives:
        return e.name
    return lex.city_country.get(e.name) if e.name in lex.city_country else None


@dataclass
class ArticleView:
    """An article in key form with its sentences, tokens and entity mentions, built once per article."""

    f: Folded
    lang: str
    lx: LangLexicon
    lex: Lexicon
    entities: list[Entity]
    mentions: list[_Mention] = field(default_factory=list)
    sents: list[tuple[int, int]] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list)
    _tok_cache: dict[tuple[int, int], list[Token]] = field(default_factory=dict)
    _m_starts: list[int] = field(default_factory=list)
    _roles: dict[tuple[str, str | None], list[tuple[int, Entity]]] | None = None
    ctx_cache: dict[object, object] = field(default_factory=dict)  # countries per sentence, KB role answers

    @classmethod
    def build(cls, text: str, lang: str, lx: LangLexicon, lex: Lexicon, entities: list[Entity] | None) -> ArticleView:
        """The view of one article; the quotes and labels stages run back to back on the same
        Article, so the last view is reused when text, entity list and lexicon are the same objects."""
        last = _LAST.get("view")
        if (last is not None and last.f.text is text and last.lx is lx and _LAST.get("entities") is entities
                and _LAST.get("n") == len(entities or ())):
            return last
        v = cls._build(text, lang, lx, lex, entities)
        _LAST.update(view=v, entities=entities, n=len(entities or ()))
        return v

    @classmethod
    def _build(cls, text: str, lang: str, lx: LangLexicon, lex: Lexicon, entities: list[Entity] | None) -> ArticleView:
        f = fold(text)
        v = cls(f, lang, lx, lex, list(entities or []))
        ms: list[_Mention] = []
        n = len(text)
        for e in v.entities:
            for m in e.mentions:
                if 0 <= m.start < m.end <= n:
                    ms.append(_Mention(f.to_key(m.start), f.to_key(m.end), e))
        ms.sort(key=lambda m: (m.start, -m.end))
        v._surname_coref(ms)
        v.mentions = ms
        v._m_starts = [m.start for m in ms]
        v.sents = sentence_bounds(f.key)
        v._sent_starts = [s for s, _ in v.sents]
        return v

    def _surname_coref(self, ms: list[_Mention]) -> None:
        """A bare surname the linker left provisional ("شريف", "Sharif") is the linked person of the
        article whose name ends with it ("شهباز شريف" -> Shehbaz Sharif)."""
        if not any(m.entity.provisional or (m.entity.type == "PER" and not m.entity.name.isascii()) for m in ms):
            return
        last: dict[str, Entity] = {}
        for m in ms:
            e = m.entity
            if e.type == "PER" and not e.provisional and e.name.isascii():
                words = self.f.key[m.start : m.end].split()
                if len(words) >= 2:
                    last.setdefault(words[-1], e)
        if not last:
            return
        for m in ms:
            e = m.entity
            if e.provisional or (e.type == "PER" and not e.name.isascii()):
                words = self.f.key[m.start : m.end].split()
                if len(words) == 1 and words[0] in last:
                    m.entity = last[words[0]]

    def entity_by_surname(self, surname_key: str) -> Entity | None:
        """A linked person of the article whose written name ends with ``surname_key`` (key form)."""
        for m in self.mentions:
            e = m.entity
            if e.type == "PER" and not e.provisional:
                words = self.f.key[m.start : m.end].split()
                if words and words[-1] == surname_key:
                    return e
        return None

    def kb_role_entity(self, role: str, country: str | None) -> Entity | None:
        """A person of this article whom the KB lists in ``role`` of ``country`` now ("وزیر خارجه ترکیه"
        when Hakan Fidan is named elsewhere in the article). Only people already linked here."""
        if country is None:
            return None
        ck = ("kb", role, country)
        if ck in self.ctx_cache:
            return self.ctx_cache[ck]  # type: ignore[return-value]
        self.ctx_cache[ck] = None
        try:
            from ..kb.store import cached_kb

            kb = cached_kb()
        except Exception:  # noqa: BLE001 - no KB, no role facts
            return None
        found: dict[str, Entity] = {}
        for m in self.mentions:
            e = m.entity
            if e.type != "PER" or e.id in found:
                continue
            ke = kb.get(e.id)
            for r in (ke.roles if ke is not None else []):
                of = kb.get(r.get("of"))
                if r.get("role") == role and r.get("to") is None and of is not None and of.name == country:
                    found[e.id] = e
        out = next(iter(found.values())) if len(found) == 1 else None
        self.ctx_cache[ck] = out
        return out

    # ------------------------------------------------------------------ layout
    @property
    def key(self) -> str:
        return self.f.key

    def sentence_of(self, k: int) -> int:
        i = bisect_right(self._sent_starts, k) - 1
        return max(i, 0)

    def toks(self, si: int, near: int | None = None) -> list[Token]:
        """Tokens of sentence ``si``; a very long "sentence" (a paragraph with no full stop) is cut to
        a window of 400 characters either side of ``near``, enough for any subject or complement."""
        s, e = self.sents[si]
        if near is not None and e - s > 1200:
            s, e = max(s, near - 400), min(e, near + 400)
            while s > self.sents[si][0] and not self.key[s - 1].isspace():
                s -= 1
            while e < self.sents[si][1] and not self.key[e].isspace():
                e += 1
            ck = (si, s)
        else:
            ck = (si, -1)
        t = self._tok_cache.get(ck)
        if t is None:
            t = self._tok_cache[ck] = tokens(self.key, s, e)
        return t

    def mentions_in(self, start: int, end: int) -> list[_Mention]:
        i = bisect_left(self._m_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def mention_ending_at(self, start: int, end: int) -> _Mention | None:
        """The longest mention that ends inside the token [start, end) (a suffix may follow the name)."""
        best = None
        for m in self.mentions_in(max(0, start - 80), end + 8):
            if start < m.end <= end and (best is None or m.start < best.start):
                best = m
        return best

    def first_mention(self, start: int, end: int, types: tuple[str, ...]) -> _Mention | None:
        for m in self.mentions_in(start, end):
            if m.entity.type in types:
                return m
        return None

    def mention_starting_at(self, start: int, end: int) -> _Mention | None:
        for m in self.mentions_in(start, end + 80):
            if start <= m.start < end:
                return m
        return None

    # ------------------------------------------------------------- countries
    def country_in(self, toks: list[Token], last: bool = False) -> str | None:
        """A country named or implied (demonym, city) by these tokens: the first, or with ``last`` the one
        nearest the end (an Urdu head noun comes after its modifiers)."""
        if not toks:
            return None
        found: list[tuple[int, str]] = []
        for m in self.mentions_in(toks[0][0], toks[-1][1]):
            c = _country_of(self.lex, m.entity)
            if c:
                found.append((m.start, c))
        words = [t[2] for t in toks]
        for n in range(min(self.lx.country_max, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                c = self.lx.country_words.get(" ".join(words[i : i + n]))
                if c:
                    found.append((toks[i][0], c))
        if not found:
            return None
        return (max(found) if last else min(found))[1]

    # ------------------------------------------------------------------ heads
    def head_ending_at(self, toks: list[Token], k: int) -> tuple[int, dict] | None:
        """A source/role head whose last token is toks[k]: (first token index, entry)."""
        for n in range(min(self.lx.head_max, k + 1), 0, -1):
            e = self.lx.heads.get(" ".join(t[2] for t in toks[k - n + 1 : k + 1]))
            if e:
                return k - n + 1, e
        return None

    def head_starting_at(self, toks: list[Token], i: int) -> tuple[int, dict] | None:
        """A head whose first token is toks[i]: (index after it, entry). Arabic article و/ف is tolerated,
        and an indefinite "یک" / "ایک" before it."""
        if i < len(toks) - 1 and toks[i][2] in ("یک", "ایک"):
            i += 1
        for n in range(min(self.lx.head_max, len(toks) - i), 0, -1):
            words = [t[2] for t in toks[i : i + n]]
            e = self.lx.heads.get(" ".join(words))
            if e is None and self.lang == "ar" and words[0][:1] in "وف" and len(words[0]) > 3:
                e = self.lx.heads.get(" ".join([words[0][1:], *words[1:]]))
            if e:
                return i + n, e
        return None

    # ------------------------------------------------------------------ roles
    def roles(self) -> dict[tuple[str, str | None], list[tuple[int, Entity]]]:
        """Titles met in apposition before a person's name, anywhere in the article."""
        if self._roles is not None:
            return self._roles
        roles: dict[tuple[str, str | None], list[tuple[int, Entity]]] = {}
        self._stop_words = self.lx.complementizers | self.lx.cue_words
        for m in self.mentions:
            if m.entity.type != "PER":
                continue
            si = self.sentence_of(m.start)
            toks = self.toks(si, m.start)
            j = 0
            while j < len(toks) and toks[j][0] < m.start:
                j += 1
            lo = max(0, j - 9)
            stop_words = self._stop_words
            for k in range(j - 1, lo - 1, -1):
                w = toks[k][2]
                if w in _PUNCT or w in stop_words or (self.mention_ending_at(toks[k][0], toks[k][1]) is not None
                                                      and self.mention_ending_at(toks[k][0], toks[k][1]).entity.type == "PER"):
                    break
                h = self.head_ending_at(toks, k) if self.lang in ("ur", "en") else None
                if h is None and self.lang in ("ar", "fa"):
                    st = self.head_starting_at(toks, k)
                    h = (k, st[1]) if st else None
                if h and h[1].get("role"):
                    if self.lang in ("ur", "en"):  # "ایرانی وزیر خارجہ عباس عراقچی اور ترک وزیر خارجہ ہاکان فیدان"
                        country = (self.country_in(toks[max(0, h[0] - 3) : h[0]], last=True)
                                   or self.country_in(toks[max(0, h[0] - 9) : h[0]], last=True))
                    else:
                        country = self.country_in(toks[h[0] : j])
                    for key in ((h[1]["role"], country), (h[1]["role"], None)):
                        roles.setdefault(key, []).append((m.start, m.entity))
                    break
            # "سید عباس عراقچی، وزیر امور خارجه کشورمان،" / "Hakan Fidan, the Turkish foreign minister,"
            e = next((i for i in range(j, len(toks)) if toks[i][0] >= m.end), None)
            if e is not None and e + 1 < len(toks) and toks[e][2] == "," and self.lang in ("fa", "ar", "en"):
                k = e + 1
                if toks[k][2] in ("the", "a"):
                    k += 1
                h = self.head_starting_at(toks, k) if self.lang != "en" else self._en_head_at(toks, k)
                if h and h[1].get("role"):
                    stop = next((i for i in range(h[0], min(len(toks), h[0] + 4)) if toks[i][2] in _PUNCT), h[0] + 3)
                    country = self.country_in(toks[k:stop])
                    for key in ((h[1]["role"], country), (h[1]["role"], None)):
                        roles.setdefault(key, []).append((m.start, m.entity))
        self._roles = roles
        return roles

    def _en_head_at(self, toks: list[Token], k: int) -> tuple[int, dict] | None:
        """An English title after optional adjectives: "Turkish foreign minister"."""
        for i in range(k, min(len(toks), k + 4)):
            for n in (2, 1):
                e = self.lx.heads.get(" ".join(t[2] for t in toks[i : i + n]))
                if e:
                    return i + n, e
        return None

    def role_entity(self, role: str, country: str | None, at: int) -> Entity | None:
        roles = self.roles()
        cands = roles.get((role, country)) if country else None
        if not cands:
            if country is not None and any(k[0] == role and k[1] not in (None, country) for k in roles):
                return self.kb_role_entity(role, country)
            cands = roles.get((role, None))
            if not cands or len({e.id for _, e in cands}) != 1:
                return self.kb_role_entity(role, country)
        return min(cands, key=lambda c: abs(c[0] - at))[1]

    # -------------------------------------------------------------- rendering
    def describe(self, head: dict, mods: list[Token], head_first: bool, at: int, definite: bool = False) -> Speaker:
        """English for a described source: head gloss plus the modifiers we understand."""
        gloss = head["gloss"]
        words = [t[2] for t in mods]
        close_to = None
        quals: list[str] = []
        lx = self.lx
        # "X کے قریبی ذرائع" / "مصادر مقربة من X" / "منابع نزدیک به X"
        for i in range(len(words)):
            for n in (2, 1):
                g = lx.modifiers.get(" ".join(words[i : i + n]))
                if g == "close to":
                    rest = mods[i + n :] if head_first else mods[: max(0, i - 1)]
                    close_to = self._render_np(rest, head_first, at)
                    mods = mods[:i] if head_first else mods[i + n :]
                    break
            if close_to is not None:
                break
        words = [t[2] for t in mods]
        for w in words:
            g = lx.modifiers.get(w)
            if g and g != "close to":
                quals.append(g)
        if not head_first and close_to is None and not head.get("role"):
            # "افغان عبوری حکومت کے حکام": officials *of* a described body, when the possessor has a head of its own
            gens = [i for i, t in enumerate(mods) if t[2] in ("کی", "کا")]
            if gens:
                part = mods[: gens[-1]]
                if any(self.head_ending_at(part, k) for k in range(len(part))):
                    owner = self._render_np(part, False, at)
                    if owner and owner != "others":
                        return Speaker(f"{gloss} of {owner}", head=gloss, kind="described")
        country = self.country_in(mods, last=not head_first) if mods else None
        possessor = None
        possessor_is_org = False
        if not country and mods:
            ms = [m for m in self.mentions_in(mods[0][0], mods[-1][1]) if m.entity.type in ("PER", "ORG")]
            if ms and ms[0].entity.name.isascii():  # a provisional name in Arabic script is no English
                possessor = ms[0].entity.name
                possessor_is_org = ms[0].entity.type == "ORG"
        role = head.get("role")
        if role and close_to is None:
            ent = self.role_entity(role, country, at)
            if ent is not None:
                return Speaker(ent.name, ent.id, head=gloss, kind="entity")
        name = gloss
        if country:
            name = f"{self.lex.adjectives.get(country, country)} {name}"
        if quals:
            name = " ".join(dict.fromkeys(quals)) + " " + name
        if possessor and not country:
            if gloss in ("statement", "a statement", "report", "a report", "office", "spokesperson"):
                # "X کے بیان میں", "Assad's office said": the statement's owner is the source
                pm = next(m for m in self.mentions_in(mods[0][0], mods[-1][1]) if m.entity.name == possessor)
                if gloss in ("statement", "a statement", "report", "a report"):
                    return Speaker(pm.entity.name, pm.entity.id, head=gloss, kind="entity")
            # an organisation qualifies ("Al Jazeera correspondent", "Kremlin spokesperson"); a person owns
            name = f"{possessor} {name}" if possessor_is_org else f"{possessor}'s {name}"
        if close_to:
            name = f"{name} close to {close_to}"
        if definite and (gloss in _INSTITUTIONS or role):
            name = "the " + name
        return Speaker(name, head=gloss, kind="described")

    def _render_np(self, toks: list[Token], head_first: bool, at: int) -> str:
        """A possessor / complement NP ("شام کی حکومت", "الحكومة السورية") in English, definite."""
        if not toks:
            return "others"
        if head_first:
            for i in range(len(toks)):
                h = self.head_starting_at(toks, i)
                if h:
                    sp = self.describe(h[1], toks[h[0] :] + toks[:i], True, at, definite=True)
                    return sp.name or ""
        else:
            for k in range(len(toks) - 1, -1, -1):
                h = self.head_ending_at(toks, k)
                if h:
                    sp = self.describe(h[1], toks[: h[0]], False, at, definite=True)
                    return sp.name or ""
        ms = self.mentions_in(toks[0][0], toks[-1][1])
        if ms:
            return ms[0].entity.name
        c = self.country_in(toks)
        return c or "others"
