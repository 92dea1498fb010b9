"""Actor labels: what an outlet calls an actor, in its own words, and whom it means.

Labels are matched from the lexicon (``data/labels.json``) on word bounds in key form, so
"دہشت گرد" matches "دہشت گردوں" only because that inflection is listed, and never
"دہشت گردی" (terrorism, an abstract noun, not an actor). The actor is a named group written
right next to the label ("تکفیری دہشت گرد گروہ جیش الفتح" -> Jaish al-Fatah), else the kind
of actor the label denotes, placed in the country the article is about ("Syrian armed opposition").
"""

from __future__ import annotations

from collections import Counter

from ..document import Entity, Label
from .lexicon import Lexicon, load_lexicon
from .quotes import _zwnj_joined
from .speakers import ArticleView, _country_of

__all__ = ["find_labels", "context_countries"]

_NAMED_TYPES = ("ORG", "MISC")


def context_countries(v: ArticleView, start: int = 0, end: int | None = None) -> Counter[str]:
    """How strongly each country is named or implied in key[start:end]: its name, demonyms and
    cities from the entities stage plus the lexicon's country words the linker left out. A city
    that is not a capital counts double (fighting happens in Idlib, talks in Moscow); a capital
    counts half."""
    end = len(v.key) if end is None else end
    c: Counter[str] = Counter()
    covered: set[int] = set()
    for m in v.mentions_in(start, end):
        covered.add(m.start)
        name = _country_of(v.lex, m.entity)
        if name:
            e = m.entity.name
            c[name] += 1.0 if e in v.lex.adjectives else (0.5 if e in v.lex.capitals else 2.0)
    rx = v.lx.country_re
    if rx is not None:
        words = v.lx.country_words
        for m in rx.finditer(v.key, start, end):
            if m.start() not in covered:  # the linker has this one already
                w = m.group(1)
                c[words.get(w) or words[" ".join(w.split())]] += 1.0
    return c


def _nearest_country(v: ArticleView, ls: int, le: int, reach: int = 60) -> str | None:
    """The country of the place written closest to the label, within its sentence ("الإرهابية في إدلب")."""
    si = v.sentence_of(ls)
    s0, s1 = v.sents[si] if v.sents else (0, len(v.key))
    best: tuple[int, str] | None = None
    for m in v.mentions_in(max(s0, ls - reach), min(s1, le + reach)):
        name = _country_of(v.lex, m.entity)
        if name and m.entity.name not in v.lex.capitals:
            d = ls - m.end if m.end <= ls else m.start - le
            if d >= 0 and (best is None or d < best[0]):
                best = (d, name)
    return best[1] if best else None


def find_labels(text: str, lang: str | None, entities: list[Entity] | None = None, *,
                lexicon: Lexicon | None = None) -> list[Label]:
    """Label spans in ``text`` (display offsets) with actor, English gloss and stance."""
    lex = lexicon or load_lexicon()
    lx = lex.get(lang)
    if lx is None or lx.label_re is None or not text:
        return []
    v = ArticleView.build(text, lx.lang, lx, lex, entities)
    key = v.key
    article_ctx: Counter[str] | None = None
    zwnj = "\u200c" in text
    out: list[Label] = []
    for m in lx.label_re.finditer(key):
        base = " ".join(m.group(1).split())
        entry = lx.labels.get(base)
        if entry is None:
            continue
        ls, le = m.start(1), m.end()
        if zwnj and _zwnj_joined(v.f, ls, le):
            continue  # the form is the start or end of a longer word
        has_group = m.lastindex is not None and m.lastindex >= 2 and m.group(2) is not None
        named = _named_next_to(v, ls, le, lx.lang, entry.denotes)
        if entry.needs_entity and named is None:
            continue
        if entry.needs_group and not has_group and named is None:
            continue
        if named is not None:
            actor, actor_id = named.name, named.id
        else:
            if article_ctx is None:
                article_ctx = context_countries(v)
            actor, actor_id = _actor_for(v, entry.denotes, ls, article_ctx), None
        f = v.f
        s, e = f.orig(ls), f.orig_end(le)
        out.append(Label(actor=actor, label=text[s:e], start=s, end=e, gloss=entry.gloss,
                         stance=entry.stance, actor_id=actor_id))
    return out


def _named_next_to(v: ArticleView, ls: int, le: int, lang: str, denotes: str | None) -> Entity | None:
    """A named group written right after the label (or right before it, in English and Arabic)."""
    types = ("ORG", "MISC", "PER") if denotes == "government" else _NAMED_TYPES
    key = v.key
    j = le
    while j < len(key) and key[j] == " ":
        j += 1
    for m in v.mentions_in(j, j + 200):
        if m.start == j and m.entity.type in types:
            return m.entity
        if m.start > j:
            break
    if lang in ("en", "ar"):
        i = ls
        while i > 0 and key[i - 1] == " ":
            i -= 1
        for m in v.mentions_in(max(0, i - 120), i):
            if m.end == i and m.entity.type in types:
                return m.entity
    return None


def _actor_for(v: ArticleView, denotes: str | None, at: int, article_ctx: Counter[str]) -> str:
    spec = v.lex.actors.get(denotes or "", {})
    if "fixed" in spec:
        return spec["fixed"]
    template = spec.get("template")
    bare = spec.get("bare") or (denotes or "actor").replace("_", " ")
    if not template or "{adj}" not in template:
        return template or bare
    si = v.sentence_of(at)
    local = v.ctx_cache.get(si)
    if local is None:
        s0, s1 = v.sents[si] if v.sents else (0, len(v.key))
        local = v.ctx_cache[si] = context_countries(v, s0, s1)
    score: Counter[str] = Counter()
    if spec.get("scope") != "sentence":
        score.update(article_ctx)
    for c, n in local.items():
        score[c] += 2 * n
    near = _nearest_country(v, at, at + 1)
    if near:
        score[near] += 3
    if not score:
        return bare
    best, _ = max(score.items(), key=lambda kv: (kv[1], kv[0]))
    adj = v.lex.adjectives.get(best, best)
    return template.format(adj=adj)
