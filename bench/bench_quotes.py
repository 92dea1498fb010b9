"""Throughput of the quotes and labels stages on one core: articles/s over the seed articles and the
demo corpus (entities linked once beforehand, as the pipeline would hand them over), repeated.
Writes bench/results/quotes.json. Run: .venv/bin/python -m bench.bench_quotes (or python bench/bench_quotes.py)."""

from __future__ import annotations

import json
import os
import platform
import time
from pathlib import Path

from khabar.config import Config, shared_dir
from khabar.document import Article
from khabar.pipeline import _spec

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[Article]:
    shared = shared_dir()
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    docs = [Article(id=d, text=(shared / "seeds" / f"{d}.txt").read_text(encoding="utf-8"), lang=g["lang"])
            for d, g in gold["documents"].items()]
    if (ROOT / "demo" / "gold.json").exists():
        from khabar.eval.quotes import _demo_articles

        demo_gold = json.loads((ROOT / "demo" / "gold.json").read_text(encoding="utf-8"))["documents"]
        docs += _demo_articles(ROOT / "demo" / "corpus", demo_gold)
    entities = _spec("entities").factory(Config(workers=1))
    return [entities(a) for a in docs]


def main(rounds: int = 40) -> dict:
    """``rounds`` passes over the corpus; the machine is shared, so besides the mean the best pass
    (least CPU time, as timeit reports) is given: other processes only ever slow a pass down."""
    config = Config(workers=1)
    quotes, labels = _spec("quotes").factory(config), _spec("labels").factory(config)
    docs = corpus()
    chars = sum(len(a.text) for a in docs)
    for a in docs:  # warm: lexicons compile and the KB (for title -> person facts) loads once per process
        labels(quotes(a))
    n = nq = nl = 0
    cpu = 0.0
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for a in docs:
            a = labels(quotes(a))
            n += 1
            nq += len(a.quotes)
            nl += len(a.labels)
        dt = time.process_time() - t0
        cpu += dt
        best = min(best, dt)
    result = {
        "stage": "quotes+labels",
        "articles": n,
        "distinct_articles": len(docs),
        "mean_chars": round(chars / len(docs)),
        "quotes_per_article": round(nq / n, 2),
        "labels_per_article": round(nl / n, 2),
        "cpu_seconds": round(cpu, 3),
        "articles_per_s_per_core": round(n / cpu, 1),
        "best_pass_articles_per_s_per_core": round(len(docs) / best, 1),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "cpu_count": os.cpu_count(),
        "target_articles_per_s": 1000,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    out = ROOT / "bench" / "results" / "quotes.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    print(json.dumps(main(), indent=1))
