"""Entity linking evaluation: the seeds gold and NTREX cross-language agreement.

* seeds: every gold surface in ``gold['documents'][id]['entities']`` must be covered by a mention
  linked to the gold canonical name (scored as ../shared/tools/score_seeds.py ``entities`` does).
* NTREX: the same story in en/ar/fa/ur (human translations); an entity linked in the English article
  should be linked, with the same name, in each translation (precision and recall as
  ../shared/tools/ntrex.py ``entities`` scores them).
"""

from __future__ import annotations

import collections
from pathlib import Path
from typing import Any

from khabar.config import Config, shared_dir
from khabar.document import Article
from khabar.eval.seeds import score_entity_surfaces

__all__ = ["evaluate", "seeds_score", "ntrex_score", "ntrex_articles"]

NTREX_CODES = {"eng": "en", "arb": "ar", "fas": "fa", "urd": "ur"}


def _stage(config: Config | None):
    from khabar.stages.entities import make_entities_stage

    return make_entities_stage(config or Config())


def seeds_score(config: Config | None = None, shared: Path | None = None) -> tuple[float, list[str]]:
    import json

    shared = shared or shared_dir()
    gold = json.loads((shared / "gold/seeds.json").read_text(encoding="utf-8"))
    stage = _stage(config)
    linked = {}
    for d, g in gold["documents"].items():
        art = stage(Article(id=d, text=(shared / "seeds" / f"{d}.txt").read_text(encoding="utf-8"), lang=g["lang"]))
        linked[d] = [(m.text, e.name) for e in art.entities for m in e.mentions]
    hit, total, details = score_entity_surfaces(linked, gold)
    return (hit / total if total else 0.0), details


def ntrex_articles(shared: Path | None = None, langs: tuple[str, ...] = ("eng", "arb", "fas", "urd"),
                   docs: int | None = None) -> list[tuple[str, str, Article]]:
    """NTREX documents as articles, built as ntrex.py ``make`` does (one per document and language)."""
    src = (shared or shared_dir()) / "data/ntrex128-news-ar-fa-ur-en"
    ids = [x.strip() for x in (src / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").split("\n")]
    out = []
    for code in langs:
        name = "newstest2019-src.eng.txt" if code == "eng" else f"newstest2019-ref.{code}.txt"
        lines = (src / name).read_text(encoding="utf-8").split("\n")
        by_doc: dict[str, list[str]] = collections.OrderedDict()
        for doc, line in zip(ids, lines):
            by_doc.setdefault(doc, []).append(line)
        for n, (doc, body) in enumerate(by_doc.items()):
            if docs is not None and n >= docs:
                break
            out.append((doc, code, Article(id=f"{doc}__{code}", text="\n".join(body) + "\n", lang=NTREX_CODES[code])))
    return out


def ntrex_score(config: Config | None = None, shared: Path | None = None, docs: int | None = None) -> dict[str, Any]:
    stage = _stage(config)
    by_doc: dict[str, dict[str, set[str]]] = collections.defaultdict(dict)
    for doc, code, art in ntrex_articles(shared, docs=docs):
        stage(art)
        by_doc[doc][code] = {e.name for e in art.entities if e.name}
    tp = fp = fn = 0
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for doc, langs in by_doc.items():
        en = langs.get("eng", set())
        for code, names in langs.items():
            if code == "eng":
                continue
            a, b, c = len(en & names), len(names - en), len(en - names)
            tp, fp, fn = tp + a, fp + b, fn + c
            per[code][0] += a
            per[code][1] += b
            per[code][2] += c

    def f(a: int, b: int, c: int) -> dict[str, float]:
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}

    return {"micro": f(tp, fp, fn), "per_lang": {NTREX_CODES[k]: f(*v) for k, v in per.items()}}


def evaluate(config: Config | None = None, ntrex: bool = True) -> dict[str, Any]:
    seeds, details = seeds_score(config)
    res: dict[str, Any] = {"seeds_entities": round(seeds, 4)}
    if ntrex:
        nt = ntrex_score(config)
        res["ntrex_entity_f1"] = nt["micro"]["f1"]
        res["ntrex"] = nt
    res["details"] = details
    return res
