"""Direct quotes and reported speech, attributed to a speaker.

One pass over the speech cues of the article's language (``data/cues.json``). For each cue:
find the speaker by the grammar of its frame (see ``speakers.py``), find the content (a quoted
span attached to the cue, else the complement after کہ / أن / that / a colon, else the Urdu
object before the verb), and carry the speaker over when the subject is a pronoun or, in
Arabic, simply absent ("وأشار إلى أن"). Quotes left without any cue (scare quotes, titles,
names in quotation marks) are not speech and are not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Entity, Quote
from .lexicon import LangLexicon, Lexicon, load_lexicon
from .speakers import _DEMONSTRATIVES, _DETERMINERS, CARRY, ArticleView, Speaker, Token
from .text import QuotePair, quote_pairs

__all__ = ["find_quotes"]

_ERG = "نی"  # key form of نے
_GEN = frozenset({"کا", "کی"})  # key forms of کا / کی / کے
_UR_FILLERS = frozenset({"مزید", "یه", "بهی", "بھی", "اپنا", "اپنی", "اپنے"})
_COLON = frozenset({":", ",", "-", "–"})
_CONTRAST = frozenset({"تاهم", "لیکن", "مگر", "جبکه", "لکن", "بینما", "اما", "ولی", "however", "but", "while", "although"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "president", "minister", "general", "prince", "sheikh"})
_EN_ADVERBS = frozenset({"also", "has", "had", "have", "was", "is", "then", "later", "further", "earlier", "had"})


@dataclass
class _Found:
    speaker: Speaker
    cstart: int  # key span of the content
    cend: int
    kind: str
    cue_start: int
    cue_end: int
    entry: dict


def find_quotes(text: str, lang: str | None, entities: list[Entity] | None = None, *,
                lexicon: Lexicon | None = None) -> list[Quote]:
    """Quotes in ``text`` (display offsets), speakers linked through ``entities`` mentions."""
    lex = lexicon or load_lexicon()
    lx = lex.get(lang)
    if lx is None or lx.cue_re is None or not text:
        return []
    v = ArticleView.build(text, lx.lang, lx, lex, entities)
    return _Finder(v).run()


class _Finder:
    def __init__(self, v: ArticleView) -> None:
        self.v = v
        self.lx: LangLexicon = v.lx
        self.key = v.key
        self.pairs: list[QuotePair] = quote_pairs(self.key)
        self.used_pairs: set[int] = set()
        self.last: Speaker | None = None
        self.last_end = -1
        self.content_spans: list[tuple[int, int]] = []
        self.described: list[Speaker] = []
        self.out: list[Quote] = []
        self.zwnj = "\u200c" in v.f.text

    # ------------------------------------------------------------------ driver
    def run(self) -> list[Quote]:
        out = self.out
        prev_cue_end = -10
        for m in self.lx.cue_re.finditer(self.key):
            cs, ce = m.span(1)
            if self.zwnj and _zwnj_joined(self.v.f, cs, ce):
                continue  # "گفت‌وگو" (conversation) is one word, not the cue "گفت"
            g = m.group(1)
            entry = self.lx.cues.get(g) or self.lx.cues.get(" ".join(g.split()))
            if entry is None:
                continue
            frame = entry.get("frame", "verb")
            si = self.v.sentence_of(cs)
            toks = self.v.toks(si, cs)
            ti = _index_at(toks, cs)
            tj = _index_at(toks, ce - 1)
            if ti is None or tj is None:
                continue
            if frame == "participle" and self._right_after_cue(toks, ti, prev_cue_end):
                prev_cue_end = ce
                continue
            found = self._attribute(entry, frame, si, toks, ti, tj, (cs, ce))
            prev_cue_end = ce
            if found is None:
                continue
            sp = found.speaker
            if sp.kind == "carry":
                sp = self._carry(cs)
            if found.cend - found.cstart < 2:
                continue
            if sp is not None and sp.name:
                self.last, self.last_end = sp, found.cend
                if sp.kind == "described":
                    self.described.append(sp)
            self.content_spans.append((found.cstart, found.cend))
            out.append(self._quote(sp, found))
        return out

    def _quote(self, sp: Speaker | None, fd: _Found) -> Quote:
        f = self.v.f
        cs, ce = _trim(self.key, fd.cstart, fd.cend)
        s, e = f.orig(cs), f.orig_end(ce)
        q = Quote(
            speaker=sp.name if sp else None,
            text=f.text[s:e],
            start=s,
            end=e,
            speaker_id=sp.id if sp else None,
            cue=f.text[f.orig(fd.cue_start) : f.orig_end(fd.cue_end)],
            kind=fd.kind,
            hedged=bool(fd.entry.get("hedged")),
        )
        if sp is not None and sp.start is not None and sp.end is not None:
            q.speaker_start, q.speaker_end = f.orig(sp.start), f.orig_end(sp.end)
        return q

    def _right_after_cue(self, toks: list[Token], ti: int, prev_cue_end: int) -> bool:
        """"أضاف قائلا", "مؤكدا أنه" right after another cue: the same speech, not a new one."""
        if prev_cue_end < 0 or not toks or prev_cue_end < toks[0][0]:
            return False
        between = [t for t in toks[:ti] if t[0] >= prev_cue_end]
        return len(between) <= 2

    # ---------------------------------------------------------------- carrying
    def _carry(self, at: int) -> Speaker | None:
        """The previous speaker, unless an Urdu main-clause subject ("Y نے") came in between."""
        if self.v.lang == "ur":
            for pos in reversed([m.start() for m in re.finditer(r"(?<!\w)نی(?!\w)", self.key[max(self.last_end, 0) : at])]):
                p = pos + max(self.last_end, 0)
                if any(s <= p < e for s, e in self.content_spans):
                    continue
                si = self.v.sentence_of(p)
                toks = self.v.toks(si, p)
                k = _index_at(toks, p)
                if k is None or k == 0:
                    continue
                sp = self._np_before(toks, k, p)
                if sp is CARRY or sp is None:
                    continue
                if sp.kind == "entity" or sp.kind == "described":
                    return sp
        return self.last

    # -------------------------------------------------------------- per frame
    def _attribute(self, entry: dict, frame: str, si: int, toks: list[Token], ti: int, tj: int,
                   span: tuple[int, int]) -> _Found | None:
        lang = self.v.lang
        cs, ce = span
        sent_end = self.v.sents[si][1]
        if frame == "according":
            return self._according(entry, si, toks, ti, tj, span)
        if frame == "passive":
            speaker = self._passive_agent(toks, ti, cs)
            if speaker is None:
                return None  # "it was said": no one to attribute it to
            comp = self._complement_start(toks, ce, sent_end)
            return _Found(speaker, comp, sent_end, "indirect", cs, ce, entry) if comp is not None else None
        if frame == "quoted":  # "ونقلت الوكالة عن الوزير قوله إن ..."
            k = ti - 1
            while k >= 0 and ti - k < 10 and toks[k][2] != "عن":
                k -= 1
            speaker = self._np_after(toks, k + 1, cs) if k >= 0 and toks[k][2] == "عن" else None
            if speaker is None or speaker is CARRY:
                speaker = CARRY
            comp = self._complement_start(toks, ce, sent_end)
            pair = self._attached_pair(toks, ti, tj, ce, speaker)
            if pair is not None:
                return _Found(speaker, pair.start, pair.end, "direct", cs, ce, entry)
            return _Found(speaker, comp, sent_end, "indirect", cs, ce, entry) if comp is not None else None
        speaker: Speaker | None = None
        np_end = None  # key offset where the subject ends (Urdu object content starts there)
        if lang == "ur":
            if frame == "kahna":
                k = ti - 1
                while k >= 0 and toks[k][2] in _UR_FILLERS:
                    k -= 1
                if k >= 1 and toks[k][2] in _GEN:
                    speaker = self._np_before(toks, k, cs)
                    np_end = toks[k][1]
            else:
                k = ti - 1
                while k >= 0 and toks[k][2] != _ERG and toks[k][2] not in self.lx.complementizers:
                    k -= 1
                if k >= 1 and toks[k][2] == _ERG:
                    speaker = self._np_before(toks, k, cs)
                    np_end = toks[k][1]
                else:
                    speaker = self._nearest_entity_before(toks, ti) or CARRY
        elif lang == "ar":
            speaker = self._np_after(toks, tj + 1, cs)
            if speaker is None:
                speaker = self._subject_before(toks, ti) or CARRY
        elif lang == "fa":
            speaker = self._fa_subject(toks, ti, cs) or CARRY
        else:
            speaker = self._en_subject(toks, ti, tj, cs)
        if speaker is None:
            speaker = Speaker(None, kind="none")
        # content: an attached quotation, else the complement, else the object before the verb
        after_from = speaker.end if (lang in ("ar", "en") and speaker.end and speaker.end > ce) else ce
        pair = self._attached_pair(toks, ti, tj, after_from, speaker)
        if pair is not None:
            return _Found(speaker, pair.start, pair.end, "direct", cs, ce, entry)
        comp = self._complement_start(toks, after_from, sent_end)
        if comp is not None and comp < sent_end and entry.get("content") != "before":
            return _Found(speaker, comp, sent_end, "indirect", cs, ce, entry)
        if lang == "ur" and np_end is not None and np_end < cs and entry.get("content") != "after":
            return _Found(speaker, np_end, cs, "indirect", cs, ce, entry)
        if comp is not None and comp < sent_end:
            return _Found(speaker, comp, sent_end, "indirect", cs, ce, entry)
        return None

    def _passive_agent(self, toks: list[Token], ti: int, at: int) -> Speaker | None:
        """Urdu passive with its agent: "X کی جانب سے کہا گیا", "X کے بیان میں کہا گیا"."""
        if self.v.lang != "ur":
            return None
        k = ti - 1
        while k >= 0 and toks[k][2] in _UR_FILLERS:
            k -= 1
        if k >= 2 and toks[k][2] == "سی" and toks[k - 1][2] in ("جانب", "طرف") and toks[k - 2][2] in _GEN:
            sp = self._np_before(toks, k - 2, at)
            return sp if sp is not None and sp is not CARRY and sp.name else None
        if k >= 1 and toks[k][2] == "میں":
            sp = self._np_before(toks, k, at)
            if sp is not None and sp is not CARRY and sp.name and sp.kind == "entity":
                return sp
        return None

    def _according(self, entry: dict, si: int, toks: list[Token], ti: int, tj: int,
                   span: tuple[int, int]) -> _Found | None:
        """"X کے مطابق، ..." / "وفق X" / "according to X": the source of the sentence around it."""
        lang = self.v.lang
        s0, s1 = self.v.sents[si]
        cs, ce = span
        if lang == "ur":
            sp = self._np_before(toks, ti, cs)
            src_start = sp.start if sp and sp.start is not None else cs
            src_end = ce
        else:
            sp = self._np_after(toks, tj + 1, cs)
            src_start, src_end = cs, (sp.end if sp and sp.end else ce)
        if sp is None or sp is CARRY or not sp.name:
            return None
        after = [t for t in toks if t[0] >= src_end and t[2] not in _COLON]
        before = [t for t in toks if t[1] <= src_start and t[2] not in _COLON]
        if len(after) >= 3:
            c0, c1 = after[0][0], s1
        elif len(before) >= 3:
            c0, c1 = before[0][0], before[-1][1]
        else:
            return None
        # "به گفته منابع آگاه، پوتین ... تأکید کرد": the source vouches for the whole sentence, even when it
        # reports someone else's words; a trailing "وفق تاس" after a quote already taken adds nothing
        if any(c0 < e and s < c1 for s, e in self.content_spans):
            # "X نے دعویٰ کیا ہے کہ ...، تاہم اقوام متحدہ کے مطابق ...": the earlier claim ends where
            # the new source begins; otherwise the sentence is already attributed
            if not self._cut_last_content(src_start):
                return None
        return _Found(sp, c0, c1, "indirect", cs, ce, entry)

    def _cut_last_content(self, at: int) -> bool:
        if not self.content_spans or not self.out:
            return False
        s, e = self.content_spans[-1]
        if not (s < at < e) or at - s < 10:
            return False
        toks = [t for t in self.v.toks(self.v.sentence_of(at), at) if s <= t[0] and t[1] <= at]
        while toks and (toks[-1][2] in _CONTRAST or toks[-1][2] in ",;"):
            toks.pop()
        if not toks:
            return False
        new_end = toks[-1][1]
        self.content_spans[-1] = (s, new_end)
        q = self.out[-1]
        f = self.v.f
        q.end = f.orig_end(new_end)
        q.text = f.text[q.start : q.end]
        return True

    # ------------------------------------------------------------ NP readers
    def _np_before(self, toks: list[Token], k: int, at: int) -> Speaker | None:
        """The noun phrase that ends just before toks[k] (Urdu subject before نے / کا / کے مطابق)."""
        j = k - 1
        if j < 0:
            return None
        w = toks[j][2]
        if w in self.lx.pronouns:
            return CARRY
        m = self.v.mention_ending_at(toks[j][0], toks[j][1])
        if m is not None:
            return Speaker(m.entity.name, m.entity.id, m.start, m.end)
        e = self.v.entity_by_surname(w) if len(w) > 2 else None
        if e is not None:  # "صقر نے" after "کامل صقر": the surname the linker left alone
            return Speaker(e.name, e.id, toks[j][0], toks[j][1])
        h = self.v.head_ending_at(toks, j)
        if h is not None and h[1]["gloss"] in ("statement", "report", "reports") and h[0] >= 3 \
                and toks[h[0] - 1][2] == "جاری" and toks[h[0] - 2][2] == "سی":
            # "وزیراعظم آفس سے جاری بیان کے مطابق": the statement's issuer speaks
            issuer = self._np_before(toks, h[0] - 2, at)
            if issuer is not None and issuer is not CARRY and issuer.name:
                return issuer
        if h is not None:
            h0, entry = h
            lo = h0
            while lo > 0 and h0 - lo < 9 and toks[lo - 1][2] not in self.lx.stops and toks[lo - 1][2] not in ",:;.\"'-–":
                lo -= 1
            if lo < h0 and toks[lo][2] in _GEN:
                lo += 1
            mods = toks[lo:h0]
            if mods and mods[-1][2] in _DEMONSTRATIVES["ur"] and len(mods) == 1:
                prev = self._same_head(entry["gloss"])
                if prev is not None:
                    return prev
            sp = self.v.describe(entry, [t for t in mods if t[2] not in _DEMONSTRATIVES["ur"] or t is not mods[0]], False, at)
            return Speaker(sp.name, sp.id, toks[lo][0], toks[j][1], sp.head, sp.kind)
        lab = self._label_ending_at(toks, j)
        if lab is not None:
            return lab
        return None

    def _np_after(self, toks: list[Token], i: int, at: int) -> Speaker | None:
        """The subject after an Arabic/Persian/English verb or 'according to', up to the complement."""
        end = i
        while end < len(toks) and end - i < 9:
            w = toks[end][2]
            if w in self.lx.complementizers or w in ":.\"'" or (w == "," and end > i):
                break
            if w in self.lx.stops and end > i and self.v.lang != "en":
                # a preposition ends the subject unless it is inside a title ("مدير المكتب في الرئاسة")
                if self.v.mention_starting_at(toks[end][0], toks[min(end + 4, len(toks) - 1)][1]) is None:
                    break
            end += 1
        region = toks[i:end]
        if not region:
            return None
        first = region[0][2]
        if first in self.lx.pronouns:
            return CARRY
        h = self.v.head_starting_at(toks, i) if end > i else None
        if h is not None and h[0] <= end:
            after, entry = h
            if entry.get("role") and after < end:
                m = self.v.first_mention(toks[after][0], toks[end - 1][1], ("PER",))
                if m is not None:
                    return Speaker(m.entity.name, m.entity.id, m.start, m.end)
            mods = toks[after:end]
            if first in _DEMONSTRATIVES.get(self.v.lang, set()):
                prev = self._same_head(entry["gloss"])
                if prev is not None:
                    return prev
            sp = self.v.describe(entry, mods, True, at)
            return Speaker(sp.name, sp.id, toks[i][0], toks[end - 1][1], sp.head, sp.kind)
        ms = self.v.mentions_in(toks[i][0], toks[end - 1][1])
        pers = [m for m in ms if m.entity.type in ("PER", "ORG")]
        if pers:
            m = pers[0]
            return Speaker(m.entity.name, m.entity.id, m.start, m.end)
        e = self.v.entity_by_surname(first) if not ms and len(first) > 2 else None
        if e is not None:  # "وأشار شريف" after "شهباز شريف": the surname the linker left alone
            return Speaker(e.name, e.id, toks[i][0], toks[i][1])
        if ms and ms[0].start <= toks[i][1]:
            m = ms[0]
            return Speaker(m.entity.name, m.entity.id, m.start, m.end)
        if self.v.lang == "en":  # English modifiers come first: "informed sources", "two Western diplomats"
            sp = self._en_np(toks, i, end - 1) or self._en_name(toks, i, end - 1, from_end=False)
            if sp is not None:
                return sp
        if first in _DEMONSTRATIVES.get(self.v.lang, set()) and len(region) > 1:
            h = self.v.head_starting_at(toks, i + 1)
            if h:
                prev = self._same_head(h[1]["gloss"])
                if prev is not None:
                    return prev
        return None

    def _subject_before(self, toks: list[Token], ti: int) -> Speaker | None:
        """SVO Arabic: the subject between the clause start and the verb ("الإيرانيين قالوا")."""
        lo = ti
        while lo > 0 and toks[lo - 1][2] not in self.lx.complementizers and toks[lo - 1][2] not in ",:;.\"'":
            lo -= 1
        if lo == ti:
            return None
        ms = self.v.mentions_in(toks[lo][0], toks[ti - 1][1])
        pers = [m for m in ms if m.entity.type in ("PER", "ORG")]
        if pers:
            m = pers[-1]
            return Speaker(m.entity.name, m.entity.id, m.start, m.end)
        if ms and ms[-1].end >= toks[ti - 1][0]:
            m = ms[-1]
            return Speaker(m.entity.name, m.entity.id, m.start, m.end)
        h = self.v.head_starting_at(toks, lo)
        if h is not None and h[0] <= ti:
            sp = self.v.describe(h[1], toks[h[0] : ti], True, toks[lo][0])
            return Speaker(sp.name, sp.id, toks[lo][0], toks[ti - 1][1], sp.head, sp.kind)
        return None

    def _nearest_entity_before(self, toks: list[Token], ti: int) -> Speaker | None:
        lo = ti
        while lo > 0 and toks[lo - 1][2] not in self.lx.complementizers and toks[lo - 1][2] not in ",:;.\"'":
            lo -= 1
        if lo == ti:
            return None
        pers = [m for m in self.v.mentions_in(toks[lo][0], toks[ti - 1][1]) if m.entity.type in ("PER", "ORG")]
        if pers:
            m = pers[0]
            return Speaker(m.entity.name, m.entity.id, m.start, m.end)
        return None

    def _fa_subject(self, toks: list[Token], ti: int, at: int) -> Speaker | None:
        """Persian SOV: the subject opens the clause (appositions between commas stay inside it)."""
        lo = ti
        while lo > 0 and toks[lo - 1][2] not in self.lx.complementizers and toks[lo - 1][2] not in ":;.\"'":
            lo -= 1
        if lo == ti:
            return None
        if toks[lo][2] in self.lx.pronouns:
            return CARRY
        h = self.v.head_starting_at(toks, lo)
        if h is not None and h[0] <= ti:
            after, entry = h
            end = after
            while end < ti and end - after < 6 and toks[end][2] not in self.lx.stops:
                end += 1
            if entry.get("role") and after < end:
                m = self.v.first_mention(toks[after][0], toks[end - 1][1], ("PER",))
                if m is not None:
                    return Speaker(m.entity.name, m.entity.id, m.start, m.end)
            sp = self.v.describe(entry, toks[after:end], True, at)
            return Speaker(sp.name, sp.id, toks[lo][0], toks[end - 1][1] if end > lo else toks[lo][1], sp.head, sp.kind)
        # "به طلوع‌نیوز گفت" (told Tolo News), "به گزارش ایرنا" (IRNA reports): after به is not the subject
        addressed = {toks[k + 1][0] for k in range(lo, ti - 1) if toks[k][2] == "به"}
        addressed |= {toks[k + 2][0] for k in range(lo, ti - 2) if toks[k][2] == "به"}
        ms = [m for m in self.v.mentions_in(toks[lo][0], toks[ti - 1][1]) if m.start not in addressed]
        pers = [m for m in ms if m.entity.type in ("PER", "ORG")]
        if pers:
            m = pers[0]
            return Speaker(m.entity.name, m.entity.id, m.start, m.end)
        e = self.v.entity_by_surname(toks[lo][2]) if not ms and len(toks[lo][2]) > 2 else None
        if e is not None:
            return Speaker(e.name, e.id, toks[lo][0], toks[lo][1])
        if ms and ms[0].start <= toks[lo][1]:
            m = ms[0]
            return Speaker(m.entity.name, m.entity.id, m.start, m.end)
        return None

    def _en_subject(self, toks: list[Token], ti: int, tj: int, at: int) -> Speaker | None:
        """English: "X said", "said X" after a quotation, pronouns carried over."""
        k = ti - 1
        while k >= 0 and toks[k][2] in _EN_ADVERBS:
            k -= 1
        if k >= 0 and toks[k][2] == "," and not any(t[2] in "\"'" for t in toks[max(0, k - 2) : k]):
            # "Araghchi, on his first visit to Moscow, said": the subject opens the sentence
            first = self.v.first_mention(toks[0][0], toks[k][1], ("PER", "ORG"))
            if first is not None and first.start <= toks[min(2, k)][0]:
                return Speaker(first.entity.name, first.entity.id, first.start, first.end)
        if k >= 0 and toks[k][2] not in _COLON and toks[k][2] not in ".\"'":
            w = toks[k][2]
            if w in self.lx.pronouns:
                return CARRY
            m = self.v.mention_ending_at(toks[k][0], toks[k][1])
            if m is not None:
                return Speaker(m.entity.name, m.entity.id, m.start, m.end)
            lo = k
            while lo > 0 and k - lo < 9 and toks[lo - 1][2] not in self.lx.stops and (
                    toks[lo - 1][2].isalpha() or (toks[lo - 1][2] == "'" and toks[lo][2] == "s")):
                lo -= 1
            return self._en_np(toks, lo, k) or self._en_name(toks, lo, k, from_end=True)
        sp = self._np_after(toks, tj + 1, at)
        if sp is not None:
            return sp
        return CARRY

    def _en_np(self, toks: list[Token], lo: int, k: int) -> Speaker | None:
        """An English described source in toks[lo..k], kept in its own words ("Security officials")."""
        words = [t[2] for t in toks[lo : k + 1]]
        last = None
        for i in range(len(words)):
            two = i + 1 < len(words) and " ".join(words[i : i + 2]) in self.lx.heads
            if two or words[i] in self.lx.heads:
                last = i + 1 if two else i
        if last is None:
            return None
        k = lo + last
        words = words[: last + 1]
        for i, w in enumerate(words[:-1]):  # "a statement from the Foreign Office": the office speaks
            if w in ("from", "by") and i > 0 and words[i - 1] in ("statement", "report", "reports"):
                lo, words = lo + i + 1, words[i + 1 :]
                break
        raw = self.v.f.text[self.v.f.orig(toks[lo][0]) : self.v.f.orig_end(toks[k][1])]
        parts = raw.split()
        while parts and parts[0].lower() in _DETERMINERS - {"two", "three", "several", "many", "some"}:
            parts = parts[1:]
        if words[0] in ("these", "the", "those") and len(words) <= 2:
            prev = self._same_head(words[-1])
            if prev is not None:
                return prev
        return Speaker(" ".join(parts) or None, None, toks[lo][0], toks[k][1], words[-1], "described")

    def _en_name(self, toks: list[Token], lo: int, k: int, from_end: bool) -> Speaker | None:
        """A capitalised name the entities stage did not link ("said Abdul Wahid, a farmer"): kept as written."""
        text, f = self.v.f.text, self.v.f
        caps = [i for i in range(lo, k + 1) if toks[i][2].isalpha() and text[f.orig(toks[i][0])].isupper()]
        if not caps:
            return None
        run = [caps[-1]] if from_end else [caps[0]]
        step = -1 if from_end else 1
        while len(run) < 4:
            nxt = run[-1] + step
            if nxt in caps:
                run.append(nxt)
            else:
                break
        a, b = min(run), max(run)
        if (from_end and b != k) or (not from_end and a != lo) or toks[a][2] in _DETERMINERS:
            return None
        e = self.v.entity_by_surname(toks[b][2])  # "Mr Sharif" -> Shehbaz Sharif, named earlier
        if e is not None:
            return Speaker(e.name, e.id, toks[a][0], toks[b][1])
        while a < b and toks[a][2] in _HONORIFICS:
            a += 1
        name = text[f.orig(toks[a][0]) : f.orig_end(toks[b][1])]
        return Speaker(name, None, toks[a][0], toks[b][1], kind="described")

    # ------------------------------------------------------------- helpers
    def _same_head(self, gloss: str) -> Speaker | None:
        for sp in reversed(self.described):
            if sp.head == gloss or (sp.head and gloss and sp.head.rstrip("s") == gloss.rstrip("s")):
                return Speaker(sp.name, sp.id, None, None, sp.head, sp.kind)
        return None

    def _label_ending_at(self, toks: list[Token], j: int) -> Speaker | None:
        if self.lx.label_re is None:
            return None
        lo = max(0, j - 4)
        seg_start, seg_end = toks[lo][0], toks[j][1]
        best = None
        for m in self.lx.label_re.finditer(self.key, seg_start, seg_end):
            if m.end() == seg_end:
                best = m
                break
        if best is None:
            return None
        e = self.lx.labels.get(" ".join(best.group(1).split()))
        return Speaker(e.gloss if e else None, None, best.start(1), best.end(), kind="label") if e else None

    def _attached_pair(self, toks: list[Token], ti: int, tj: int, after_from: int, sp: Speaker) -> QuotePair | None:
        """A quotation that opens right after the cue (or the subject after it), or closes right before."""
        key = self.key
        allowed = self.lx.complementizers | self.lx.auxiliaries | self.lx.pronouns | _COLON | {"که", "قائلا"}
        for idx, p in enumerate(self.pairs):
            if idx in self.used_pairs:
                continue
            if after_from <= p.open <= after_from + 60:
                gap = key[after_from : p.open].split()
                if all(_gap_ok(w, allowed) for w in gap) and len(gap) <= 4:
                    self.used_pairs.add(idx)
                    return p
            if p.closed and toks[ti][0] - 40 <= p.close <= toks[ti][0]:
                gap_text = key[p.close : toks[ti][0]]
                if sp.start is not None and sp.start >= p.close:
                    gap_text = key[p.close : sp.start] + " " + key[sp.end or sp.start : toks[ti][0]]
                gap = gap_text.split()
                ok = allowed | _GEN | {"بهی", "بھی"}
                # a single quoted word before the verb is a term, not speech ('اس واقعے کو "سانحہ" لکھا')
                if len(gap) <= 4 and all(_gap_ok(w, ok) for w in gap) and p.words(key) >= 2:
                    self.used_pairs.add(idx)
                    return p
        return None

    def _complement_start(self, toks: list[Token], after: int, sent_end: int) -> int | None:
        """Where the reported content begins after the cue: past auxiliaries and a complementizer or
        colon. Urdu allows only auxiliaries in between; Arabic, Persian and English may put a
        subject or adverbials first ("يقول صقر في بودكاست ... إن")."""
        if self.key.startswith("که", after):  # "اعلان کیاکہ": the complementizer glued to the verb
            return after + 2
        rest = [t for t in toks if t[0] >= after]
        strict = self.v.lang == "ur"
        for n, (s, e, w) in enumerate(rest):
            if w in self.lx.complementizers or w in _COLON:
                return e
            if strict:
                if w in self.lx.auxiliaries and n < 4:
                    continue
                return None
            if n >= 12:
                break
        if strict or not rest:
            return None
        first = rest[0]
        return first[0]

def _zwnj_joined(f, start: int, end: int) -> bool:  # noqa: ANN001 - a Folded
    """The key turns ZWNJ into a space so "رئیس‌جمهور" matches "رئیس جمهور"; but a match that ends or
    starts at a ZWNJ is part of a longer word."""
    text = f.text
    o_end = f.orig_end(end)
    o_start = f.orig(start)
    return (o_end < len(text) and text[o_end] == "\u200c") or (o_start > 0 and text[o_start - 1] == "\u200c")


def _gap_ok(w: str, allowed: frozenset[str] | set[str]) -> bool:
    w = w.strip(",:;،-–")
    return not w or w in allowed


def _index_at(toks: list[Token], k: int) -> int | None:
    """The token that contains key offset ``k``, else the first one after it."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid][1] <= k:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(toks) else None


def _trim(key: str, s: int, e: int) -> tuple[int, int]:
    """Strip spaces, quote marks and trailing punctuation from a key span."""
    while s < e and (key[s].isspace() or key[s] in "\"',:"):
        s += 1
    while e > s and (key[e - 1].isspace() or key[e - 1] in "\"',:"):
        e -= 1
    return s, e
