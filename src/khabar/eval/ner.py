"""NER evaluation on any corpus in ../shared/data: read, map tags to PER/LOC/ORG/MISC, score spans.

The tag scheme is recognised from the tags themselves, whatever the file: IL-NER (NEP/NEL/NEO/NEAR,
NEN/NETI dropped), ANERcorp (PERS/LOC/ORG/MISC), NewsFANE (45 ACE-style fine classes, e.g.
Politician, Nation, Population-Center), ArmanPersoNER (pers/org/loc/fac/pro/event), UNER inline
``<PERSON>..</PERSON>`` tags in UTF-16, IJCNLP-2008 and Jahangir (IO tags PERSON/LOCATION/...).
Dates, times, numbers and designations are not named entities here and are dropped.
Scores are exact-span (CoNLL) micro and per-type precision, recall and F1.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

__all__ = ["FINE_TO_COARSE", "evaluate_file", "map_tag", "merge_links", "read_corpus", "score", "spans"]

_PER = "politician athlete artist other_per religious_per scientist businessperson lawyer engineer per pers person nep"
_LOC = ("nation population-center state-or-province gpe-cluster county-or-district continent water-body land "
        "land-region-natural celestial water path building-grounds airport subarea-facility loc location nel fac gpe")
_ORG = ("non-governmental sports government media commercial educational medical-science entertainment "
        "religious_org police org organization organisation neo")
_MISC = "book movie software hardware air projectile shooting food drug plant misc pro event near group"
_DROP = "nen neti date time number designation num money percent"
FINE_TO_COARSE: dict[str, str | None] = {}
for _names, _t in ((_PER, "PER"), (_LOC, "LOC"), (_ORG, "ORG"), (_MISC, "MISC"), (_DROP, None)):
    for _n in _names.split():
        FINE_TO_COARSE[_n] = _t

Sentence = tuple[list[str], list[str]]  # tokens, BIO tags over PER/LOC/ORG/MISC


def map_tag(tag: str) -> tuple[str, str | None]:
    """('B'|'I'|'O'|'', coarse type or None) of a raw tag from any scheme."""
    tag = tag.strip().strip("\u200e\u200f\ufeff")
    if not tag or tag.upper() == "O":
        return "O", None
    m = re.match(r"^([BIES])[-_](.+)$", tag) or re.match(r"^-(.+)$", tag)
    if m and m.re.pattern.startswith("^-"):
        prefix, label = "B", m.group(1)
    elif m:
        prefix, label = m.group(1), m.group(2)
        prefix = {"E": "I", "S": "B"}.get(prefix, prefix)
    else:
        prefix, label = "", tag  # IO scheme
    coarse = FINE_TO_COARSE.get(label.lower())
    if coarse is None:
        return "O", None
    return prefix, coarse


def _to_bio(raw: list[str]) -> list[str]:
    out: list[str] = []
    prev = None
    for t in raw:
        prefix, typ = map_tag(t)
        if typ is None:
            out.append("O")
            prev = None
            continue
        if prefix == "B" or (prefix == "" and prev != typ) or (prefix == "I" and prev != typ):
            out.append("B-" + typ)
        else:
            out.append("I-" + typ)
        prev = typ
    return out


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    if data[:3] == b"\xef\xbb\xbf":
        return data[3:].decode("utf-8")
    if len(data) > 1 and data[1:2] == b"\x00":
        return data.decode("utf-16-le")
    return data.decode("utf-8", errors="replace")


_INLINE = re.compile(r"<(\w+)>(.*?)</\1>")


def _read_inline(text: str) -> list[Sentence]:
    sents: list[Sentence] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        toks: list[str] = []
        raw: list[str] = []
        pos = 0
        for m in _INLINE.finditer(line):
            for w in line[pos:m.start()].split():
                toks.append(w)
                raw.append("O")
            for k, w in enumerate(m.group(2).split()):
                toks.append(w)
                raw.append(("B-" if k == 0 else "I-") + m.group(1))
            pos = m.end()
        for w in line[pos:].split():
            toks.append(w)
            raw.append("O")
        if toks:
            sents.append((toks, _to_bio(raw)))
    return sents


def read_corpus(path: str | Path, fmt: str = "auto") -> list[Sentence]:
    """Sentences of a conll/iob file (``token TAG`` or ``token<TAB>TAG``) or a UNER inline file."""
    text = _read_text(Path(path))
    if fmt == "uner" or (fmt == "auto" and _INLINE.search(text[:5000])):
        return _read_inline(text)
    sents: list[Sentence] = []
    toks: list[str] = []
    raw: list[str] = []
    for line in text.splitlines():
        line = line.rstrip("\r\n")
        parts = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
        tok = parts[0].strip().strip("\u200e\u200f\ufeff")
        if not line.strip() or len(parts) < 2 or not tok:
            if toks:
                sents.append((toks, _to_bio(raw)))
            toks, raw = [], []
            continue
        toks.append(tok)
        raw.append(parts[-1].strip())
    if toks:
        sents.append((toks, _to_bio(raw)))
    return sents


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Exact entity spans (start, end, type) of a BIO sequence; a stray I- opens a span."""
    out = set()
    i = 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        typ = tags[i][2:]
        j = i + 1
        while j < len(tags) and tags[j] == "I-" + typ:
            j += 1
        out.add((i, j, typ))
        i = j
    return out


def score(gold: Iterable[list[str]], pred: Iterable[list[str]]) -> dict:
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g, p in zip(gold, pred):
        gs, ps = spans(g), spans(p)
        for s in gs & ps:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1

    def prf(t: int, f_p: int, f_n: int) -> dict:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                "support": t + f_n}

    types = sorted(set(tp) | set(fp) | set(fn))
    return {"micro": prf(sum(tp.values()), sum(fp.values()), sum(fn.values())),
            "per_type": {t: prf(tp[t], fp[t], fn[t]) for t in types}}


def evaluate_file(path: str | Path, lang: str, fmt: str = "auto", tagger: Callable[[list[str], str], list[str]] | None = None,
                  limit: int | None = None, model: str = "crf") -> dict:
    """Score ``tagger`` (default: the entities stage with the ``model`` tagger plug-in) on a file."""
    sents = read_corpus(path, fmt)
    if limit:
        sents = sents[:limit]
    if tagger is None:
        tagger = default_tagger(model=model)
    warm = getattr(tagger, "warm", None)
    if warm is not None:  # a tagger that batches its work (the contextual one) sees every sentence first
        warm([toks for toks, _ in sents], lang)
    preds = [tagger(toks, lang) for toks, _ in sents]
    res = score([t for _, t in sents], preds)
    res["sentences"] = len(sents)
    return res


def default_tagger(dictionary: bool = True, crf: bool = True, model: str = "crf") -> Callable[[list[str], str], list[str]]:
    """The entities stage as a tagger: the shipped CRF's spans, and KB dictionary links (typed by the
    KB; demonyms are not names) over words the CRF left untagged. ``dictionary``/``crf`` switch either off;
    ``model`` names the tagger plug-in (``models/ner.py``: "crf", "contextual").

    The CRF goes first because it already sees the KB (gazetteer features) and the context; letting the
    dictionary override it was worse on the held-out parts of the training data (NewsFANE last 10%:
    0.531 vs 0.551 F1; IL-NER train, every 10th annotated sentence: see docs/entities.md)."""
    from khabar.kb.linker import STOPWORDS, Linker
    from khabar.kb.matcher import TOKEN_RE
    from khabar.kb.given_names import person_spans
    from khabar.kb.phrases import institution_spans, overlay
    from khabar.kb.store import load_kb
    from khabar.models.ner import load_tagger

    kb = load_kb()
    tagger = load_tagger(model, kb=kb) if crf else None
    linker = Linker(kb, tagger=None, provisional=False) if dictionary else None

    def word_tokens(tokens: list[str]) -> tuple[list[str], list[int]]:
        """The tokens cleaned, and which are words: the run-time tokenizer keeps words only (punctuation
        and digits are never names)."""
        clean = [t.strip("\u200e\u200f") for t in tokens]
        return clean, [i for i, t in enumerate(clean) if TOKEN_RE.fullmatch(t)]

    def tag(tokens: list[str], lang: str) -> list[str]:
        clean, idx = word_tokens(tokens)
        out = ["O"] * len(tokens)
        if tagger is not None:
            sub = tagger([clean[i] for i in idx], lang) if idx else []
            for i, t in zip(idx, sub):
                out[i] = t
        if linker is not None:
            out = merge_links(out, _link_spans(linker, kb, clean, lang))
        words = [bool(TOKEN_RE.fullmatch(t)) for t in clean]
        phrases = institution_spans(clean, sorted(spans(out)), lang, breaks=lambda k: not (words[k] and words[k + 1]),
                                    stop=STOPWORDS.get(lang, set()))
        out = overlay(out, phrases) if phrases else out
        people = person_spans(clean, lambda k: out[k] == "O", lang, STOPWORDS.get(lang, set()),
                              joined=lambda k: words[k] and words[k + 1])
        return overlay(out, people) if people else out

    if hasattr(tagger, "warm"):
        def warm(sentences: list[list[str]], lang: str) -> None:
            seqs = []
            for tokens in sentences:
                clean, idx = word_tokens(tokens)
                seqs.append([clean[i] for i in idx])
            tagger.warm(seqs, lang)

        tag.warm = warm  # type: ignore[attr-defined]
    return tag


def _link_spans(linker, kb, clean: list[str], lang: str) -> list[tuple[int, int, str]]:
    """(first token, end token, type) of every non-demonym dictionary link over the tokens."""
    starts, pos = [], 0
    for t in clean:
        starts.append(pos)
        pos += len(t) + 1
    linker.link(" ".join(clean), lang)
    found = []
    for lk in linker.last_links:
        if lk.demonym:
            continue
        e = kb.get(lk.eid)
        typ = e.type if e is not None and e.type in ("PER", "LOC", "ORG") else "MISC"
        toks = [i for i, s0 in enumerate(starts) if s0 < lk.end and s0 + len(clean[i]) > lk.start]
        if toks:
            found.append((toks[0], toks[-1] + 1, typ))
    return found


def merge_links(tags: list[str], links: list[tuple[int, int, str]]) -> list[str]:
    """Tagger spans first; a dictionary link is added where every word under it is untagged.
    Orphan I- tags (an I- after O) are then read as span starts."""
    out = list(tags)
    for a, b, typ in sorted(links):
        if all(t == "O" for t in out[a:b]):
            for i in range(a, b):
                out[i] = ("B-" if i == a else "I-") + typ
    for i in range(len(out)):
        if out[i].startswith("I-") and (i == 0 or out[i - 1][2:] != out[i][2:]):
            out[i] = "B-" + out[i][2:]
    return out
