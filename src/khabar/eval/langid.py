"""Language ID evaluation on NTREX-128 (../shared/data/ntrex128-news-ar-fa-ur-en): every line and
every document of each language file, with per-language precision/recall/F1 and a confusion matrix."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ..config import DEFAULT_LANGS, shared_dir
from ..document import Article, Paragraph
from ..models.langid import HybridLangID, LangID
from ..stages.langid import detect_article
from .seeds import prf

__all__ = ["NTREX_FILES", "evaluate_ntrex", "format_report"]

# file code -> (file name, expected khabar code)
NTREX_FILES: dict[str, tuple[str, str]] = {
    "eng": ("newstest2019-src.eng.txt", "en"),
    "arb": ("newstest2019-ref.arb.txt", "ar"),
    "fas": ("newstest2019-ref.fas.txt", "fa"),
    "prs": ("newstest2019-ref.prs.txt", "fa"),  # Dari is written Persian
    "urd": ("newstest2019-ref.urd.txt", "ur"),
    "pus": ("newstest2019-ref.pus.txt", "ps"),
    "snd": ("newstest2019-ref.snd-Arab.txt", "sd"),
    "ckb": ("newstest2019-ref.ckb-Arab.txt", "ckb"),
}


def evaluate_ntrex(root: Path | None = None, detector: LangID | None = None) -> dict[str, Any]:
    root = root or shared_dir() / "data" / "ntrex128-news-ar-fa-ur-en"
    if not root.is_dir():
        raise FileNotFoundError(f"NTREX not found at {root}")
    detector = detector or HybridLangID(DEFAULT_LANGS)
    doc_ids = [ln.strip() for ln in (root / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()]
    out: dict[str, Any] = {}
    for level in ("line", "doc"):
        confusion: dict[str, Counter[str]] = defaultdict(Counter)
        for code, (name, want) in NTREX_FILES.items():
            lines = (root / name).read_text(encoding="utf-8").split("\n")[: len(doc_ids)]
            if level == "line":
                for ln in lines:
                    if ln.strip():
                        confusion[code][detector.detect(ln).lang or "-"] += 1
            else:
                docs: dict[str, list[str]] = defaultdict(list)
                for d, ln in zip(doc_ids, lines):
                    if ln.strip():
                        docs[d].append(ln)
                for d, body in docs.items():
                    text = "\n".join(body)
                    paras, pos = [], 0
                    for ln in body:
                        paras.append(Paragraph(pos, pos + len(ln)))
                        pos += len(ln) + 1
                    a = detect_article(Article(id=d, text=text, paragraphs=paras), detector)
                    confusion[code][a.lang or "-"] += 1
        per_lang: dict[str, Any] = {}
        gold_of = {c: w for c, (_, w) in NTREX_FILES.items()}
        for code, want in gold_of.items():
            tp = confusion[code][want]
            fn = sum(confusion[code].values()) - tp
            # false positives: other files' items labelled with this code (fas and prs share 'fa')
            fp = sum(n for c2, row in confusion.items() if gold_of[c2] != want for lab, n in row.items() if lab == want)
            per_lang[code] = {**prf(tp, fp, fn), "accuracy": round(tp / max(1, tp + fn), 4)}
        total = sum(sum(r.values()) for r in confusion.values())
        right = sum(confusion[c][gold_of[c]] for c in confusion)
        out[level] = {"accuracy": round(right / total, 4), "per_lang": per_lang,
                      "confusion": {c: dict(r.most_common()) for c, r in confusion.items()}}
    return out


def format_report(res: dict[str, Any]) -> str:
    lines = []
    for level in ("line", "doc"):
        r = res[level]
        lines.append(f"## NTREX per {level}: accuracy {r['accuracy']:.4f}")
        lines.append("| file | expected | P | R | F1 | confusion |")
        lines.append("|---|---|---|---|---|---|")
        for code, v in r["per_lang"].items():
            conf = ", ".join(f"{k}: {n}" for k, n in r["confusion"][code].items())
            lines.append(f"| {code} | {NTREX_FILES[code][1]} | {v['p']:.4f} | {v['r']:.4f} | {v['f1']:.4f} | {conf} |")
        lines.append("")
    return "\n".join(lines)
