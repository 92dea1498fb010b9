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


def main(repeats: int = 21, rounds: int = 3) -> dict:
    """CPU time per repeat of ``rounds`` passes over the corpus; the best repeat is the
    estimate (timeit's rule: other processes on the 2 shared cores only ever slow a repeat
    down), the median is reported too."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    stage = make_dates_stage(Config())
    docs = corpus(shared_dir())
    chars = sum(len(t) for t, _ in docs)
    stage(Article(id="warm", text=docs[0][0], lang=docs[0][1]))
    rates = []
    for _ in range(repeats):
        t0 = time.process_time()
        n = 0
        for _ in range(rounds):
            for i, (text, lang) in enumerate(docs):
                stage(Article(id=str(i), text=text, lang=lang))
                n += 1
        rates.append(n / (time.process_time() - t0))
    rates.sort()
    result = {
        "stage": "dates",
        "articles_per_repeat": rounds * len(docs),
        "repeats": repeats,
        "distinct_articles": len(docs),
        "mean_chars": round(chars / len(docs)),
        "articles_per_s_per_core": round(rates[-1], 1),
        "articles_per_s_per_core_median": round(rates[len(rates) // 2], 1),
        "target_articles_per_s": 1000,
        "load_average_1min": round(os.getloadavg()[0], 2),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    out = Path(__file__).resolve().parent / "results" / "dates.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    print(json.dumps(main(), indent=1))
