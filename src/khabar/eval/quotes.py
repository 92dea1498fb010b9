"""Score quotes and actor labels against hand-annotated gold: ../shared/gold/seeds.json and demo/gold.json.

Quotes are scored the way ../shared/tools/score_seeds.py scores them: for each document and gold
speaker with n quotes, up to n predicted quotes whose speaker matches it (either name holds the
other, after normalisation) count as found. Gold lists the claims an annotator judged central,
not every cue, so precision is reported as the share of predicted quotes whose speaker is one
of the document's gold speakers: a lower bound.

Labels: every gold surface must be covered by a predicted Label span (found); it is classed
when a covering span has a stance and names the gold actor (or a named group the lexicon files
under that actor, e.g. Jaish al-Fatah under Syrian armed opposition).

Modes: ``pipeline`` runs the real entities stage first; ``gold-entities`` gives the quote and label
stages the gold entity surfaces instead, to measure them apart from the linker.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..config import Config, shared_dir
from ..document import Article, Entity, Mention

__all__ = [
    "evaluate_seeds",
    "evaluate_demo",
    "score_quotes",
    "score_labels",
    "format_report",
    "DEMO_DEV_STORIES",
]

ROOT = Path(__file__).resolve().parents[3]
# The demo gold is split by story: D1-D3 were looked at while building the lexicons (dev);
# D4-D9 were not (test). Both are reported.
DEMO_DEV_STORIES = ("D1", "D2", "D3")


def norm(s: str) -> str:
    """score_seeds.py's normalisation: NFC, no harakat/joiners, Arabic/Urdu letter variants folded."""
    s = unicodedata.normalize("NFC", s or "")
    s = re.sub(r"[\u064B-\u065F\u0670\u0640\u200c\u200d\u200e\u200f]", "", s)
    for a, b in (("ي", "ی"), ("ى", "ی"), ("ك", "ک"), ("ه", "ہ"), ("ة", "ۃ"), ("أ", "ا"), ("إ", "ا"), ("آ", "ا")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()


def _speaker_match(gold: str, got: str) -> bool:
    g, s = norm(gold), norm(got)
    return bool(s) and (g in s or s in g)


def _covers(mention: str, surface: str) -> bool:
    m, s = f" {mention} ", f" {surface} "
    return s in m or m in s or (len(mention) >= 3 and surface.startswith(mention))


# ---------------------------------------------------------------------------- scoring
def score_quotes(predicted: dict[str, list[dict[str, Any]]], gold_docs: dict[str, Any]) -> dict[str, Any]:
    """``predicted``: doc id -> list of quote records (dicts with 'speaker')."""
    hit = total = pred_ok = pred_n = 0
    details: list[str] = []
    for d, g in gold_docs.items():
        quotes = predicted.get(d, [])
        speakers = [q.get("speaker") or "" for q in quotes]
        need: dict[str, int] = {}
        for q in g.get("quotes") or []:
            need[q["speaker"]] = need.get(q["speaker"], 0) + 1
        for sp, n in need.items():
            got = sum(1 for s in speakers if _speaker_match(sp, s))
            total += n
            hit += min(n, got)
            if got < n:
                details.append(f"{d}: {sp}: {got} of {n} (got {sorted(set(s for s in speakers if s))[:6]})")
        pred_n += len(quotes)
        pred_ok += sum(1 for s in speakers if any(_speaker_match(g_sp, s) for g_sp in need))
    recall = hit / total if total else 1.0
    precision = pred_ok / pred_n if pred_n else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"recall": round(recall, 4), "precision": round(precision, 4), "f1": round(f1, 4),
            "gold": total, "found": hit, "predicted": pred_n, "details": details}


def score_labels(predicted: dict[str, list[dict[str, Any]]], gold_docs: dict[str, Any],
                 groups: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """``predicted``: doc id -> list of label records (dicts with 'label', 'actor', 'stance')."""
    groups = groups or {}
    total = found = classed = pred_n = pred_ok = 0
    details: list[str] = []

    def actor_ok(gold_actor: str, actor: str | None) -> bool:
        if not actor:
            return False
        if _speaker_match(gold_actor, actor):
            return True
        return any(_speaker_match(gold_actor, grp) and actor in members for grp, members in groups.items())

    for d, g in gold_docs.items():
        labels = predicted.get(d, [])
        gold_labels = g.get("actor_labels") or {}
        for actor, surfaces in gold_labels.items():
            for s in surfaces:
                total += 1
                cov = [lb for lb in labels if _covers(norm(lb.get("label", "")), norm(s))]
                if cov:
                    found += 1
                    if any(lb.get("stance") and actor_ok(actor, lb.get("actor")) for lb in cov):
                        classed += 1
                    else:
                        details.append(f"{d}: {s}: found, actor {sorted({lb.get('actor') or '' for lb in cov})} != {actor}")
                else:
                    details.append(f"{d}: {s} ({actor}): not found")
        pred_n += len(labels)
        pred_ok += sum(1 for lb in labels if any(_covers(norm(lb.get("label", "")), norm(s))
                                                 for ss in gold_labels.values() for s in ss))
    return {"found": round(found / total, 4) if total else 1.0, "classed": round(classed / total, 4) if total else 1.0,
            "precision": round(pred_ok / pred_n, 4) if pred_n else 1.0, "gold": total, "predicted": pred_n,
            "details": details}


# ------------------------------------------------------------------------- running
def _stage_fns(names: Iterable[str], config: Config):
    from ..pipeline import _spec

    return [_spec(n).factory(config) for n in names]


def gold_entities(text: str, surfaces: dict[str, list[str]]) -> list[Entity]:
    """Entities from gold surfaces (every occurrence), typed and identified through the KB when it knows them."""
    try:
        from ..kb.store import cached_kb

        kb = cached_kb()
    except Exception:  # noqa: BLE001 - the KB is optional for this mode
        kb = None
    out: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for name, forms in surfaces.items():
        ms: list[Mention] = []
        for s in sorted(forms, key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(s), text):
                if not any(a <= m.start() < b for a, b in taken):
                    ms.append(Mention(s, m.start(), m.end()))
                    taken.append((m.start(), m.end()))
        hits = kb.by_name(name) if kb is not None else []
        typ, eid = (hits[0].type, hits[0].id) if hits else ("MISC", f"gold:{name}")
        out.append(Entity(id=eid, name=name, type=typ, mentions=ms))
    return out


def _run(articles: list[Article], mode: str, gold_docs: dict[str, Any], config: Config | None = None) -> list[Article]:
    config = config or Config(workers=1)
    if mode == "gold-entities":
        fns = _stage_fns(("quotes", "labels"), config)
        for a in articles:
            a.entities = gold_entities(a.text, gold_docs[a.id].get("entities") or {})
    else:
        fns = _stage_fns(("entities", "quotes", "labels"), config)
    done = []
    for a in articles:
        for f in fns:
            a = f(a)
        done.append(a)
    return done


def _score(articles: list[Article], gold_docs: dict[str, Any]) -> dict[str, Any]:
    from ..framing.lexicon import load_lexicon

    qp = {a.id: [{"speaker": q.speaker} for q in a.quotes] for a in articles}
    lp = {a.id: [{"label": lb.label, "actor": lb.actor, "stance": lb.stance} for lb in a.labels] for a in articles}
    docs = {a.id: gold_docs[a.id] for a in articles}
    return {"quotes": score_quotes(qp, docs), "labels": score_labels(lp, docs, load_lexicon().actor_groups)}


def evaluate_seeds(mode: str = "pipeline", shared: Path | None = None) -> dict[str, Any]:
    """The five seed articles (file text as is) against ../shared/gold/seeds.json."""
    shared = shared or shared_dir()
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    docs = gold["documents"]
    articles = [Article(id=d, text=(shared / "seeds" / f"{d}.txt").read_text(encoding="utf-8"), lang=g["lang"])
                for d, g in docs.items()]
    return _score(_run(articles, mode, docs), docs)


def _demo_articles(corpus: Path, docs: dict[str, Any]) -> list[Article]:
    """The demo corpus through ingest and clean (it has HTML and JSONL members), language from gold."""
    from ..ingest import iter_articles
    from ..pipeline import _spec

    clean = _spec("clean").factory(Config(workers=1))
    out: list[Article] = []
    for item in iter_articles([str(corpus)]):
        if not isinstance(item, Article):
            continue
        aid = str(item.id).split("/")[-1].split("!")[-1]
        aid = re.sub(r"\.(txt|html?|json)$", "", aid)
        if aid not in docs:
            aid = next((d for d in docs if str(item.id).endswith(d) or str(item.source or "").endswith(d)), aid)
        if aid not in docs:
            continue
        item = clean(item)
        item.id = aid
        item.lang = docs[aid]["lang"]
        out.append(item)
    return out


def evaluate_demo(mode: str = "pipeline", root: Path | None = None) -> dict[str, Any]:
    """demo/corpus against demo/gold.json, split into dev (stories D1-D3) and test (the rest)."""
    root = root or ROOT
    gold_path = root / "demo" / "gold.json"
    if not gold_path.exists():
        return {}
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    docs = gold["documents"]
    dev_ids = {d for s, v in gold.get("stories", {}).items() if s in DEMO_DEV_STORIES for d in v.get("docs", [])}
    articles = _run(_demo_articles(root / "demo" / "corpus", docs), mode, docs)
    return {
        "dev": _score([a for a in articles if a.id in dev_ids], docs),
        "test": _score([a for a in articles if a.id not in dev_ids], docs),
        "all": _score(articles, docs),
        "articles": len(articles),
    }


def summary(res: dict[str, Any]) -> dict[str, float]:
    """The numbers floors are pinned on."""
    return {
        "quotes_recall": res["quotes"]["recall"],
        "quotes_precision": res["quotes"]["precision"],
        "labels_found": res["labels"]["found"],
        "labels_classed": res["labels"]["classed"],
    }


def format_report(name: str, res: dict[str, Any], details: int = 15) -> str:
    q, lb = res["quotes"], res["labels"]
    lines = [
        f"{name}: quotes  recall={q['recall']:.3f} ({q['found']}/{q['gold']})  precision*={q['precision']:.3f}  "
        f"F1={q['f1']:.3f}  predicted={q['predicted']}",
        f"{name}: labels  found={lb['found']:.3f}  classed={lb['classed']:.3f}  precision*={lb['precision']:.3f}  "
        f"gold={lb['gold']} predicted={lb['predicted']}",
    ]
    for d in (q["details"] + lb["details"])[:details]:
        lines.append(f"    {d}")
    return "\n".join(lines)
