"""Evaluate the dates stage (``khabar eval dates``), and the dateparser peer on the same data.

Sets (read at run time from ../shared, never copied):
* seeds: every gold date of shared/gold/seeds.json with a plain ISO value, scored like
  shared/tools/score_seeds.py ``dates``: a predicted span that contains or is contained in the
  gold surface (key-normalised) and has exactly the gold value.
* arabic-timeml-news-dahmri: TIMEX3 span P/R/F1 (strict = same offsets, relaxed = overlap) and
  value P/R/F1 on DATE timexes with absolute values (YYYY, YYYY-MM, YYYY-MM-DD). The files have
  no DCT. Protocol "dct": the reference date 2015-12-24 for every document (the annotators'
  document-creation date, as recovered from the gold value of اليوم 'today'; TempEval gives
  systems the DCT the same way). Protocol "blind": no DCT, the anchor is inferred from the
  content by the same code that infers publication dates. Scores are also given for the two
  halves (doc1-25 development, doc26-50 held out: ``timeml_halves``).
* Urdu NER sets, DATE/TIME mentions as spans: UNER (inline tags, UTF-16LE), Jahangir and
  IJCNLP-2008 (token<TAB>TAG, IO tags), IL-NER dev NETI (BIO).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import Article
from ..normalize import key

__all__ = ["ABSOLUTE", "DCT", "Doc", "evaluate", "load_timeml", "load_urdu_sets", "score_seeds", "score_spans",
           "timeml_halves"]

DCT = "2015-12-24"
ABSOLUTE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class Doc:
    id: str
    text: str
    gold: list[tuple[int, int, str, str | None]] = field(default_factory=list)  # start, end, type, value


Span = tuple[int, int, str | None]  # start, end, value
Tagger = Callable[[str, str, str | None], list[Span]]


# ------------------------------------------------------------------------ taggers
def khabar_tagger(text: str, lang: str, published: str | None) -> list[Span]:
    from ..temporal import tag

    return [(t.start, t.end, t.value) for t in tag(text, lang, published).dates]


NAMED_KINDS = frozenset({"date", "month", "year", "weekday", "wdrange", "time", "decade", "century"})


def khabar_named_tagger(text: str, lang: str, published: str | None) -> list[Span]:
    """Only expressions that name a calendar unit (a date, month, year, weekday, clock time,
    decade, century): what NER schemes tag as DATE/TIME. Deictic words (آج, اس وقت), durations
    and sets are time expressions but not named entities."""
    from ..temporal import tag

    res = tag(text, lang, published)
    return [(t.start, t.end, t.value) for t, k in zip(res.dates, res.kinds) if k in NAMED_KINDS]


def dateparser_tagger(text: str, lang: str, published: str | None) -> list[Span]:
    """dateparser.search_dates, spans found by searching each returned substring in order."""
    import warnings

    from dateparser.search import search_dates

    settings: dict[str, Any] = {}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = search_dates(text, languages=[lang], settings=settings) or []
        except Exception:  # noqa: BLE001 - the peer fails on some inputs; count as nothing found
            found = []
    out: list[Span] = []
    pos = 0
    for sub, when in found:
        i = text.find(sub, pos)
        if i < 0:
            i = text.find(sub)
        if i < 0:
            continue
        out.append((i, i + len(sub), "DP:" + when.date().isoformat()))
        pos = i + len(sub)
    return out


def _value_match(pred: str | None, gold: str) -> bool:
    if pred is None:
        return False
    if pred.startswith("DP:"):  # dateparser gives a full date: compare at the gold's granularity
        return pred[3:].startswith(gold)
    return pred == gold


def _is_absolute_pred(pred: str | None) -> bool:
    return pred is not None and (pred.startswith("DP:") or bool(ABSOLUTE.match(pred)))


# ------------------------------------------------------------------------ scoring
def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def score_spans(docs: Iterable[Doc], preds: list[list[Span]]) -> dict[str, dict[str, float]]:
    """Strict: same offsets. Relaxed: precision over predictions that overlap a gold span,
    recall over gold spans that some prediction overlaps."""
    strict = rel_p = rel_r = n_pred = n_gold = 0
    for doc, pr in zip(docs, preds):
        gold = [(s, e) for s, e, _, _ in doc.gold]
        n_gold += len(gold)
        n_pred += len(pr)
        gs = set(gold)
        strict += sum(1 for s, e, _ in pr if (s, e) in gs)
        rel_p += sum(1 for s, e, _ in pr if any(s < ge and g0 < e for g0, ge in gold))
        rel_r += sum(1 for g0, ge in gold if any(s < ge and g0 < e for s, e, _ in pr))
    strict_prf = _prf(strict, n_pred, n_gold)
    p = rel_p / n_pred if n_pred else 0.0
    r = rel_r / n_gold if n_gold else 0.0
    relaxed = {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
               "tp": rel_r, "pred": n_pred, "gold": n_gold}
    return {"strict": strict_prf, "relaxed": relaxed}


def score_values(docs: Iterable[Doc], preds: list[list[Span]]) -> dict[str, float]:
    """Value P/R/F1 on gold DATE timexes with absolute values."""
    tp = n_pred = n_gold = 0
    for doc, pr in zip(docs, preds):
        golds = [(s, e, v) for s, e, t, v in doc.gold if t == "DATE" and v and ABSOLUTE.match(v)]
        n_gold += len(golds)
        n_pred += sum(1 for _, _, v in pr if _is_absolute_pred(v))
        for gs, ge, gv in golds:
            if any(s < ge and gs < e and _value_match(v, gv) for s, e, v in pr):
                tp += 1
    return _prf(tp, n_pred, n_gold)


# ------------------------------------------------------------------------ loaders
_TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def load_timeml(folder: Path) -> list[Doc]:
    docs = []
    for path in sorted(folder.glob("*.tml"), key=lambda p: int(re.sub(r"\D", "", p.stem) or 0)):
        raw = path.read_text(encoding="utf-8")
        body = raw.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
        text, gold, pos = [], [], 0
        for m in _TIMEX.finditer(body):
            text.append(body[pos : m.start()])
            start = sum(len(t) for t in text)
            inner = re.sub(r"<[^>]+>", "", m.group(2))
            text.append(inner)
            attrs = dict(_ATTR.findall(m.group(1)))
            gold.append((start, start + len(inner), attrs.get("type", "DATE"), attrs.get("value")))
            pos = m.end()
        text.append(body[pos:])
        plain = "".join(text)
        docs.append(Doc(path.stem, plain, gold))
    return docs


def _token_docs(lines: list[tuple[str, str]], tag_of: Callable[[str], str | None]) -> list[Doc]:
    docs: list[Doc] = []
    toks: list[tuple[str, str | None]] = []

    def flush() -> None:
        if not toks:
            return
        text, gold = "", []
        cur: list[int] | None = None
        for tok, tg in toks:
            if text:
                text += " "
            s = len(text)
            text += tok
            if tg == "B" or (tg == "I" and cur is None):
                if cur:
                    gold.append((cur[0], cur[1], "DATE", None))
                cur = [s, len(text)]
            elif tg == "I" and cur is not None:
                cur[1] = len(text)
            else:
                if cur:
                    gold.append((cur[0], cur[1], "DATE", None))
                cur = None
        if cur:
            gold.append((cur[0], cur[1], "DATE", None))
        docs.append(Doc(f"s{len(docs)}", text, gold))
        toks.clear()

    for tok, tg in lines:
        if not tok:
            flush()
            continue
        toks.append((tok, tag_of(tg)))
    flush()
    return docs


def _io(tags: tuple[str, ...]) -> Callable[[str], str | None]:
    state = {"prev": None}

    def tag_of(tg: str) -> str | None:
        tg = tg.strip()
        base = tg.split("-")[-1]
        if base not in tags:
            state["prev"] = None
            return None
        if tg.startswith("B-"):
            out = "B"
        elif tg.startswith("I-"):
            out = "I"
        else:  # IO scheme: a run of the same tag is one mention
            out = "I" if state["prev"] == base else "B"
        state["prev"] = base
        return out

    return tag_of


def _read_pairs(path: Path, encoding: str = "utf-8-sig") -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding=encoding).splitlines():
        if not line.strip():
            out.append(("", ""))
            continue
        parts = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
        if len(parts) < 2:
            out.append((parts[0].strip(), "O"))
        else:
            out.append((parts[0].strip(), parts[-1].strip()))
    return out


def load_uner(path: Path) -> list[Doc]:
    text = path.read_bytes().decode("utf-16-le").lstrip("\ufeff")
    docs = []
    for n, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        plain, gold, pos = [], [], 0
        for m in re.finditer(r"<(\w+)>(.*?)</\1>", line):
            plain.append(line[pos : m.start()])
            start = sum(len(t) for t in plain)
            plain.append(m.group(2))
            if m.group(1) in ("DATE", "TIME"):
                gold.append((start, start + len(m.group(2)), m.group(1), None))
            pos = m.end()
        plain.append(line[pos:])
        docs.append(Doc(f"uner{n}", "".join(plain), gold))
    return docs


def load_urdu_sets(shared: Path) -> dict[str, list[Doc]]:
    base = shared / "data" / "urdu-ner-uner-ijcnlp-jahangir"
    return {
        "uner": load_uner(base / "uner.txt"),
        "jahangir": _token_docs(_read_pairs(base / "jahangir.txt"), _io(("DATE", "TIME"))),
        "ijcnlp": _token_docs(_read_pairs(base / "ijcnlp2008-urdu.txt"), _io(("TIME",))),
        "il-ner-neti": _token_docs(_read_pairs(shared / "data" / "il-ner-ur" / "Urdu-dev.txt"), _io(("NETI",))),
    }


# ------------------------------------------------------------------------ seeds
def _seed_norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s or "")
    return " ".join(key(s).split())


def score_seeds(shared: Path, tagger: str = "khabar") -> dict[str, Any]:
    import json

    from ..stages.dates import annotate

    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    hit = total = 0
    misses = []
    for doc_id, g in gold["documents"].items():
        text = (shared / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8")
        if tagger == "khabar":
            art = annotate(Article(id=doc_id, text=text, lang=g["lang"]))
            got = [(_seed_norm(t.text), t.value) for t in art.dates]
        else:
            got = [(_seed_norm(text[s:e]), v) for s, e, v in dateparser_tagger(text, g["lang"], None)]
        for gd in g["dates"]:
            if ":" in gd["value"]:  # weekday/duration placeholders are reported, not scored
                continue
            total += 1
            s = _seed_norm(gd["surface"])
            ok = any((s in t or t in s) and len(t) > 2 and _value_match(v, gd["value"]) for t, v in got)
            hit += ok
            if not ok:
                misses.append(f"{doc_id[:3]}: {gd['surface']} = {gd['value']}")
    return {"correct": hit, "total": total, "value_acc": round(hit / total, 4) if total else 0.0, "misses": misses}


def timeml_halves(docs: list[Doc]) -> dict[str, list[bool]]:
    """The fixed development/held-out split of the TimeML files: doc1-doc25 are the development
    half (rules were checked against them), doc26-doc50 the held-out half."""
    nums = [int(re.sub(r"\D", "", d.id) or 0) for d in docs]
    return {"dev": [n <= 25 for n in nums], "heldout": [n > 25 for n in nums]}


# ------------------------------------------------------------------------ all
def _run(docs: list[Doc], tagger: Tagger, lang: str, published: str | None) -> list[list[Span]]:
    return [tagger(d.text, lang, published) for d in docs]


def evaluate(shared: Path, *, peer: bool = False, sets: tuple[str, ...] = ("seeds", "timeml", "urdu")) -> dict[str, Any]:
    """All scores as a flat-ish dict (khabar, and dateparser when ``peer``)."""
    out: dict[str, Any] = {}
    systems: list[tuple[str, Tagger]] = [("khabar", khabar_tagger)]
    if peer:
        systems.append(("dateparser", dateparser_tagger))
    if "seeds" in sets:
        out["seeds"] = {"khabar": score_seeds(shared)}
        if peer:
            out["seeds"]["dateparser"] = score_seeds(shared, "dateparser")
    if "timeml" in sets:
        docs = load_timeml(shared / "data" / "arabic-timeml-news-dahmri" / "Corpus_test")
        res: dict[str, Any] = {}
        for name, tg in systems:
            for proto, pub in (("dct", DCT), ("blind", None)):
                preds = _run(docs, tg, "ar", pub)
                entry = {"spans": score_spans(docs, preds), "value": score_values(docs, preds)}
                for half, keep in timeml_halves(docs).items():
                    part = [(d, p) for d, p, k in zip(docs, preds, keep) if k]
                    hd, hp = [d for d, _ in part], [p for _, p in part]
                    entry[half] = {"spans": score_spans(hd, hp), "value": score_values(hd, hp)}
                res[f"{name}/{proto}"] = entry
        out["timeml"] = res
    if "urdu" in sets:
        res = {}
        urdu_systems = [("khabar", khabar_named_tagger), ("khabar-all", khabar_tagger)] + systems[1:]
        for set_name, docs in load_urdu_sets(shared).items():
            for name, tg in urdu_systems:
                preds = _run(docs, tg, "ur", None)
                res[f"{set_name}/{name}"] = score_spans(docs, preds)
        out["urdu"] = res
    return out


def flat_scores(result: dict[str, Any]) -> dict[str, float]:
    """The numbers pinned in eval/floors/dates.json."""
    flat: dict[str, float] = {}
    if "seeds" in result:
        flat["seeds_dates_value_acc"] = result["seeds"]["khabar"]["value_acc"]
    for k, v in result.get("timeml", {}).items():
        name, proto = k.split("/")
        if name != "khabar":
            continue
        flat[f"timeml_{proto}_value_f1"] = v["value"]["f1"]
        flat[f"timeml_{proto}_span_strict_f1"] = v["spans"]["strict"]["f1"]
        flat[f"timeml_{proto}_span_relaxed_f1"] = v["spans"]["relaxed"]["f1"]
        for half in ("dev", "heldout"):
            if half in v:
                flat[f"timeml_{proto}_{half}_value_f1"] = v[half]["value"]["f1"]
    for k, v in result.get("urdu", {}).items():
        set_name, name = k.split("/")
        if name == "khabar":
            flat[f"{set_name}_span_relaxed_f1"] = v["relaxed"]["f1"]
            flat[f"{set_name}_span_strict_f1"] = v["strict"]["f1"]
    return flat


def print_report(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    con = Console()
    if "seeds" in result:
        t = Table(title="seeds: gold dates with the exact value")
        for c in ("system", "correct", "total", "accuracy"):
            t.add_column(c)
        for name, r in result["seeds"].items():
            t.add_row(name, str(r["correct"]), str(r["total"]), f"{r['value_acc']:.3f}")
        con.print(t)
        for m in result["seeds"]["khabar"]["misses"]:
            con.print(f"  khabar miss: {m}")
    if "timeml" in result:
        t = Table(title="Arabic TimeML (dahmri): TIMEX3 spans and absolute DATE values")
        for c in ("system/protocol", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
                  "value P", "value R", "value F1"):
            t.add_column(c)
        for k, v in result["timeml"].items():
            for half in ("all", "dev", "heldout"):
                w = v if half == "all" else v.get(half)
                if w is None:
                    continue
                s, r, val = w["spans"]["strict"], w["spans"]["relaxed"], w["value"]
                t.add_row(f"{k} {half}", *(f"{x:.3f}" for x in (s["p"], s["r"], s["f1"], r["p"], r["r"], r["f1"],
                                                                  val["p"], val["r"], val["f1"])))
        con.print(t)
    if "urdu" in result:
        t = Table(title="Urdu NER sets: DATE/TIME mention spans")
        for c in ("set/system", "gold", "pred", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1"):
            t.add_column(c)
        for k, v in result["urdu"].items():
            s, r = v["strict"], v["relaxed"]
            t.add_row(k, str(s["gold"]), str(s["pred"]), *(f"{x:.3f}" for x in (s["p"], s["r"], s["f1"], r["p"], r["r"], r["f1"])))
        con.print(t)
