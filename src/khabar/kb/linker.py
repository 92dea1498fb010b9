"""From dictionary hits to linked entities: disambiguation by context, role-based linking, fuzzy
propagation of misspellings inside an article, and provisional entities for tagger spans.

Rules, in the order they run (docs/entities.md explains each):
1. exact hits (k1) link; skeleton hits (k2) link when the skeleton is long (≥ 4 letters), multi-word,
   or the entity is otherwise attested in the article;
2. ambiguous aliases (``aliases_ok_alone: false``: شام, اسد) need support in the article: another
   mention of the entity, or a related entity (its country, its capital, a person of that country);
3. a role phrase (روسی وزیر دفاع, وزير الخارجية الروسي) followed by a name links that name to the KB
   person holding the role at the article date, choosing among holders by name similarity, so a
   misspelled surname still links;
4. an unlinked word close (weighted key distance) to an entity already found in the article links to it
   (حمیام next to حمیمیم);
5. a capital used as an agent (ماسکو نے, Washington said) also stands for its country;
6. tagger spans left unlinked are linked by key distance to the whole KB, or become provisional
   entities ``new:<skeleton>``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from khabar.document import Entity, Mention

from .keys import _k2_word, distance, skeleton, similarity
from .matcher import Hit, Matcher, Token, surface_keys, token_variants, tokenize
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

Span = tuple[int, int, str]  # token start, token end, type (from a tagger)
Tagger = Callable[[list[str], str], list[str]]


def years_in(text: str, published: str | None) -> set[int]:
    """The article's year (published), else every plausible year written in the text."""
    if published and published[:4].isdigit():
        return {int(published[:4])}
    return {int(y) for y in _YEAR.findall(text.translate(_DIGITS))}


def _year_of(val: str | None, default: int) -> int:
    if not val:
        return default
    try:
        return int(str(val)[:4])
    except ValueError:
        return default


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


@dataclass
class Linker:
    kb: KB
    tagger: Tagger | None = None
    provisional: bool = True
    matcher: Matcher = field(init=False)

    def __post_init__(self) -> None:
        self.matcher = Matcher(self.kb)
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
        # skeleton buckets of every name word of the KB, for tagger spans
        self.kb_skel: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
        for e in self.kb.entities.values():
            for lang, names in e.names.items():
                for n in names:
                    s = skeleton(n)
                    if len(s) >= 3:
                        self.kb_skel[(s[0], len(s))].append((s, e.id))

    # ---------------------------------------------------------------- helpers
    def _related(self, eid: str, present: set[str]) -> bool:
        e = self.kb.get(eid)
        if e is None:
            return False
        rel = {e.country, e.parent, e.capital, self.capital_of.get(eid)}
        if any(r in present for r in rel if r):
            return True
        for other in present:
            o = self.kb.get(other)
            if o is not None and (o.country == eid or o.parent == eid):
                return True
        return False

    def _roles_in(self, toks: list[Token], lang: str) -> list[tuple[int, int, str]]:
        out = []
        i = 0
        n = len(toks)
        while i < n:
            v = token_variants(toks[i].text, lang)
            k0 = v[0].k1 if v else ""
            maxn = self.role_first.get(k0)
            found = None
            if maxn:
                key = [k0]
                for j in range(i + 1, min(n, i + maxn) + 1):
                    if j > i + 1:
                        key.append(token_variants(toks[j - 1].text, lang)[0].k1)
                    if tuple(key) in self.role_index:
                        found = (i, j, self.role_index[tuple(key)])
            if found:
                out.append(found)
                i = found[1]
            else:
                i += 1
        return out

    # ---------------------------------------------------------------- main
    def link(self, text: str, lang: str | None, published: str | None = None) -> list[Entity]:
        lang = lang or ""
        toks = tokenize(text)
        toks, hits = self.matcher.find(text, lang, toks)
        stop = STOPWORDS.get(lang, set())
        links: list[_Link] = []
        # 1. choose among candidates, keeping the strong ones first
        pending: list[tuple[Hit, list[tuple[str, str, str]]]] = []
        strong: set[str] = set()
        for h in hits:
            mention = text[h.start:h.end]
            if not toks[h.ti].arabic and not mention[:1].isupper():
                continue  # English names are capitalised: "turkey", "china" are not countries
            if toks[h.ti].text in stop:
                continue
            ents = h.entries
            if h.tier == "exact" and len(ents) == 1:
                e = self.kb.get(ents[0][0])
                if e is not None and e.aliases_ok_alone and (h.tj - h.ti > 1 or len(h.key.replace(" ", "")) >= 4 or ents[0][2] == lang):
                    strong.add(e.id)
            pending.append((h, ents))
        years = years_in(text, published)
        present = set(strong)
        for h, ents in pending:
            best = None
            for eid, kind, slang in ents:
                e = self.kb.get(eid)
                if e is None:
                    continue
                score = 1.0 if h.tier == "exact" else 0.7
                if slang == lang:
                    score += 0.1
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
            if h.tier == "skel":
                if not (len(h.key) >= 4 or h.tj - h.ti > 1 or e.id in present):
                    continue
            if not e.aliases_ok_alone and alone and e.id not in strong:
                if not (self._related(e.id, present) or self._supported_alias(e, present)):
                    continue
            links.append(_Link(e.id, h.start, h.end, score, h.ti, h.tj, h.tier))
            present.add(e.id)
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
        if self.tagger is not None:
            self._tagged(text, toks, lang, covered, links, provisional, stop)
        return self._group(text, links, provisional)

    def _supported_alias(self, e: KBEntity, present: set[str]) -> bool:
        if e.country and e.country in present:
            return True
        return any((o := self.kb.get(p)) is not None and o.country == e.id for p in present)

    def _role_links(self, text, toks, lang, links, covered, years, stop) -> list[_Link]:
        out: list[_Link] = []
        if not self.holders:
            return out
        by_start = {lk.ti: lk for lk in links}
        by_end = {lk.tj: lk for lk in links}
        for a, b, role in self._roles_in(toks, lang):
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
            while j < len(toks) and j - name_from < 3 and not covered[j] and toks[j].text not in stop and toks[j].arabic == toks[name_from if name_from < len(toks) else j].arabic:
                j += 1
            if j == name_from:
                continue
            name = " ".join(t.text for t in toks[name_from:j])
            cands = [(e, r) for e, r in self.holders.get(role, []) if (country is None or r.get("of") == country) and role_active(r, years)]
            if not cands:
                continue
            sk = skeleton(name)
            scored = []
            for e, _r in cands:
                sims = [similarity(sk, skeleton(n)) for ns in e.names.values() for n in ns] or [0.0]
                sims.append(similarity(sk, skeleton(e.name)))
                # first-name agreement: سرگئی ~ Sergei
                first = _k2_word(toks[name_from].text) if toks[name_from].arabic else skeleton(toks[name_from].text)
                fsims = [similarity(first, skeleton(n.split()[0])) for ns in e.names.values() for n in ns if n.split()]
                scored.append((max(sims) + 0.3 * max(fsims or [0.0]), e))
            scored.sort(key=lambda x: -x[0])
            top, e = scored[0]
            if top >= 0.6 or (len(cands) == 1 and country is not None and top >= 0.35):
                # the name runs as far as it resembles the holder's name
                out.append(_Link(e.id, toks[name_from].start, toks[j - 1].end, 0.8, name_from, j, "role"))
                for k in range(name_from, j):
                    covered[k] = True
        return out

    def _propagate(self, toks, lang, covered, present, stop) -> list[_Link]:
        buckets: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
        for eid in present:
            e = self.kb.get(eid)
            if e is None or e.type not in ("PER", "LOC", "ORG"):
                continue
            words = set()
            for ns in e.names.values():
                for n in ns:
                    parts = n.split()
                    if len(parts) == 1 or e.type == "PER":
                        words.add(parts[-1])
            for w in words:
                s = skeleton(w)
                if len(s) >= 3:
                    buckets[(s[0], len(s))].append((s, eid))
        if not buckets:
            return []
        out = []
        for i, t in enumerate(toks):
            if covered[i] or not t.arabic or t.text in stop or len(t.text) < 4:
                continue
            s = token_variants(t.text, lang)[0].k2
            if len(s) < 3:
                continue
            best = None
            for ln in (len(s) - 1, len(s), len(s) + 1):
                for ks, eid in buckets.get((s[0], ln), ()):
                    d = distance(s, ks)
                    if d <= 1.0 and similarity(s, ks) >= 0.66 and (best is None or d < best[0]):
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

    def _tagged(self, text, toks, lang, covered, links, provisional, stop) -> None:
        words = [t.text for t in toks]
        tags = self.tagger(words, lang)
        spans: list[Span] = []
        i = 0
        while i < len(tags):
            tg = tags[i]
            if tg == "O":
                i += 1
                continue
            typ = tg[2:]
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + typ:
                j += 1
            spans.append((i, j, typ))
            i = j
        for a, b, typ in spans:
            if any(covered[a:b]):
                continue
            while a < b and toks[a].text in stop:
                a += 1
            if a >= b:
                continue
            name = " ".join(words[a:b])
            s = skeleton(name)
            if len(s) < 3:
                continue
            best = None
            for ln in (len(s) - 1, len(s), len(s) + 1):
                for ks, eid in self.kb_skel.get((s[0], ln), ()):
                    d = distance(s, ks)
                    if d <= 1.0 and similarity(s, ks) >= 0.8 and (best is None or d < best[0]):
                        best = (d, eid)
            if best is not None:
                e = self.kb.get(best[1])
                if e is not None and (e.type == typ or typ == "MISC"):
                    links.append(_Link(e.id, toks[a].start, toks[b - 1].end, 0.55, a, b, "tagger+kb"))
                    continue
            if not self.provisional or typ not in ("PER", "ORG", "LOC"):
                continue
            pid = "new:" + skeleton(name, join=False).replace(" ", "_")
            ent = provisional.get(pid)
            if ent is None:
                ent = provisional[pid] = Entity(id=pid, name=name, type=typ, provisional=True, score=0.3)
            ent.mentions.append(Mention(text[toks[a].start:toks[b - 1].end], toks[a].start, toks[b - 1].end))

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
