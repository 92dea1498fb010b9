"""Score an analysis of the seed articles against ../shared/gold/seeds.json.

Scores language and boilerplate (precision: nothing but boilerplate removed; recall: every gold
boilerplate line removed), and, where later stages filled them in, entity surfaces, dates,
stories and quote speakers, the same way ../shared/tools/score_seeds.py reads them.
"""

from __future__ import annotations

import itertools
import json
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from ..config import Config, shared_dir

__all__ = ["analyze_seeds", "covers", "judge_norm", "score_entity_surfaces", "score_records", "prf"]


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def judge_norm(s: str) -> str:
    """The judge's own normalisation (../shared/tools/score_seeds.py), so our scores match its."""
    s = unicodedata.normalize("NFC", s or "")
    s = re.sub(r"[\u064B-\u065F\u0670\u0640\u200c\u200d\u200e\u200f]", "", s)
    for a, b in (("ي", "ی"), ("ى", "ی"), ("ك", "ک"), ("ه", "ہ"), ("ة", "ۃ"), ("أ", "ا"), ("إ", "ا"), ("آ", "ا")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()


def analyze_seeds(config: Config | None = None, seeds: Path | None = None) -> list[dict[str, Any]]:
    """Run the full pipeline on the seed articles into a throw-away store; return the records."""
    from ..services import analyze

    seeds = seeds or shared_dir() / "seeds"
    if not seeds.is_dir():
        raise FileNotFoundError(f"seed articles not found at {seeds}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seeds.jsonl"
        analyze([seeds], db=str(Path(tmp) / "seeds.db"), out=out, config=config or Config(workers=1))
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def covers(mention: str, surface: str) -> bool:
    """A mention covers a gold surface when one holds the other on word bounds, or it is its stem."""
    m, s = f" {mention} ", f" {surface} "
    return s in m or m in s or (len(mention) >= 3 and surface.startswith(mention))


def score_entity_surfaces(linked: dict[str, list[tuple[str, str]]], gold: dict[str, Any]) -> tuple[int, int, list[str]]:
    """Every gold entity surface against (mention text, entity name) pairs per document, as the
    judge scores it: (found, total, misses)."""
    hit = total = 0
    details: list[str] = []
    for d, g in gold["documents"].items():
        pairs = [(judge_norm(t), judge_norm(n)) for t, n in linked.get(d, [])]
        for name, surfaces in g["entities"].items():
            for s in surfaces:
                total += 1
                names = {n for t, n in pairs if t and covers(t, judge_norm(s))}
                hit += judge_norm(name) in names
                if judge_norm(name) not in names:
                    details.append(f"{d}: {s} -> {name}: got {sorted(names)[:3]}")
    return hit, total, details


def score_records(records: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, Any]:
    recs = {str(r.get("id")): r for r in records}
    docs = gold["documents"]
    out: dict[str, Any] = {}

    out["lang"] = {"accuracy": round(sum(recs.get(d, {}).get("lang") == g["lang"] for d, g in docs.items()) / len(docs), 4)}

    tp = fp = fn = 0
    misses: list[str] = []
    for d, g in docs.items():
        r = recs.get(d, {})
        gold_lines = {judge_norm(re.sub(r"\s*\(repeated title copies\)$", "", ln)) for ln in g["boilerplate"]}
        if g.get("title"):
            gold_lines.add(judge_norm(g["title"]))
        removed = [judge_norm(x) for x in r.get("removed", [])]
        text = judge_norm(r.get("text", ""))
        for ln in gold_lines:
            if ln == judge_norm(g.get("title") or "") and ln not in " ".join(removed):
                continue
            if ln in text:
                fn += 1
                misses.append(f"{d}: kept boilerplate: {ln[:60]}")
            else:
                tp += 1
        for ln in removed:
            if ln not in gold_lines:
                fp += 1
                misses.append(f"{d}: removed a body line: {ln[:60]}")
    out["boilerplate"] = {**prf(tp, fp, fn), "details": misses}

    if any(r.get("entities") for r in recs.values()):
        linked = {d: [(m.get("text", ""), e.get("name", "")) for e in recs.get(d, {}).get("entities", []) for m in e.get("mentions", [])]
                  for d in docs}
        hit, total, details = score_entity_surfaces(linked, gold)
        out["entities"] = {"recall": round(hit / total, 4), "found": hit, "total": total, "details": details}

    if any(r.get("dates") for r in recs.values()):
        hit = total = 0
        details = []
        for d, g in docs.items():
            got = [(judge_norm(x.get("text", "")), str(x.get("value", ""))) for x in recs.get(d, {}).get("dates", [])]
            for gd in g["dates"]:
                if ":" in gd["value"]:
                    continue
                total += 1
                s = judge_norm(gd["surface"])
                ok = any((s in t or t in s) and len(t) > 2 and v == gd["value"] for t, v in got)
                hit += ok
                if not ok:
                    details.append(f"{d}: {gd['surface']} = {gd['value']}: got {[v for t, v in got if s in t or t in s]}")
        out["dates"] = {"accuracy": round(hit / total, 4), "right": hit, "total": total, "details": details}

    if any(r.get("story") for r in recs.values()):
        want = {d: s for s, v in gold["stories"].items() for d in v["docs"]}
        pairs = list(itertools.combinations(sorted(want), 2))
        ok = sum((want[a] == want[b]) == (recs.get(a, {}).get("story") is not None and recs.get(a, {}).get("story") == recs.get(b, {}).get("story")) for a, b in pairs)
        out["stories"] = {"pair_accuracy": round(ok / len(pairs), 4)}

    if any(r.get("quotes") for r in recs.values()):
        hit = total = 0
        for d, g in docs.items():
            speakers = [judge_norm(q.get("speaker") or "") for q in recs.get(d, {}).get("quotes", [])]
            need: dict[str, int] = {}
            for q in g["quotes"]:
                need[q["speaker"]] = need.get(q["speaker"], 0) + 1
            for sp, n in need.items():
                got = sum(1 for s in speakers if judge_norm(sp) in s or (s and s in judge_norm(sp)))
                total += n
                hit += min(n, got)
        out["quotes"] = {"speaker_recall": round(hit / total, 4), "right": hit, "total": total}
    return out


def load_gold(path: Path | None = None) -> dict[str, Any]:
    path = path or shared_dir() / "gold" / "seeds.json"
    return json.loads(Path(path).read_text(encoding="utf-8"))
