"""Throughput of the dates stage on one core: articles/s over the seed articles and the Arabic
TimeML documents (read from ../shared at run time), repeated. Writes bench/results/dates.json."""

from __future__ import annotations

import json
import os
import platform
import time
from pathlib import Path

from khabar.config import Config, shared_dir
from khabar.document import Article
from khabar.eval.dates import load_timeml
from khabar.stages.dates import make_dates_stage


def corpus(shared: Path) -> list[tuple[str, str]]:
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    docs = [((shared / "seeds" / f"{d}.txt").read_text(encoding="utf-8"), g["lang"]) for d, g in gold["documents"].items()]
    docs += [(d.text, "ar") for d in load_timeml(shared / "data" / "arabic-timeml-news-dahmri" / "Corpus_test")]
    return docs


def main(rounds: int = 20) -> dict:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    stage = make_dates_stage(Config())
    docs = corpus(shared_dir())
    chars = sum(len(t) for t, _ in docs)
    stage(Article(id="warm", text=docs[0][0], lang=docs[0][1]))
    t0 = time.process_time()
    n = 0
    for _ in range(rounds):
        for i, (text, lang) in enumerate(docs):
            stage(Article(id=str(i), text=text, lang=lang))
            n += 1
    cpu = time.process_time() - t0
    result = {
        "stage": "dates",
        "articles": n,
        "distinct_articles": len(docs),
        "mean_chars": round(chars / len(docs)),
        "cpu_seconds": round(cpu, 3),
        "articles_per_s_per_core": round(n / cpu, 1),
        "target_articles_per_s": 1000,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    out = Path(__file__).resolve().parent / "results" / "dates.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    print(json.dumps(main(), indent=1))
