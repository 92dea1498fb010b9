"""Throughput of the entities stage on one core (CPU time, best of several repeats, timeit's rule):
dictionary linking alone (``ner_model=None``), with the CRF tagger and (on a slice) with the contextual tagger, over the seed articles and the
NTREX documents in ur/ar/fa/en (read from ../shared at run time), and on 500 SaudiNewsNet articles the
process has not seen before. Writes bench/results/entities.json."""

from __future__ import annotations

import json
import os
import time

from bench.common import peak_rss_mb, write_result
from khabar.config import Config, shared_dir
from khabar.document import Article
from khabar.eval.link import ntrex_articles
from khabar.stages.entities import make_entities_stage


def corpus() -> list[tuple[str, str]]:
    shared = shared_dir()
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    docs = [((shared / "seeds" / f"{d}.txt").read_text(encoding="utf-8"), g["lang"]) for d, g in gold["documents"].items()]
    docs += [(a.text, a.lang) for _, _, a in ntrex_articles(shared, docs=50)]
    return docs


def rate(config: Config, docs: list[tuple[str, str]], repeats: int) -> dict:
    t0 = time.process_time()
    stage = make_entities_stage(config)
    load = time.process_time() - t0
    for text, lang in docs[:20]:  # warm the per-token caches as a long-running process has them
        stage(Article(id="w", text=text, lang=lang))
    rates = []
    for _ in range(repeats):
        t0 = time.process_time()
        for i, (text, lang) in enumerate(docs):
            stage(Article(id=str(i), text=text, lang=lang))
        rates.append(len(docs) / (time.process_time() - t0))
    rates.sort()
    return {"articles_per_s_per_core": round(rates[-1], 1), "median": round(rates[len(rates) // 2], 1),
            "load_seconds": round(load, 2)}


def unseen_rate(config: Config, warm: list[str], test: list[str]) -> dict:
    """Articles the process has never seen (as in a news stream), after warming its caches on others:
    the repeated-corpus rate above is kinder, since every per-word and per-name cache is then hot."""
    stage = make_entities_stage(config)
    for text in warm:
        stage(Article(id="w", text=text, lang="ar"))
    t0 = time.process_time()
    for i, text in enumerate(test):
        stage(Article(id=str(i), text=text, lang="ar"))
    return {"articles_per_s_per_core": round(len(test) / (time.process_time() - t0), 1)}


def main(repeats: int = 3) -> dict:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    docs = corpus()
    from khabar.eval.stories import load_saudinewsnet

    saudi = [a.text for a in load_saudinewsnet(limit=1000)]
    warm, test = saudi[:500], saudi[500:]
    result = {
        "stage": "entities",
        "distinct_articles": len(docs),
        "mean_chars": round(sum(len(t) for t, _ in docs) / len(docs)),
        "dictionary": {**rate(Config(ner_model=None), docs, repeats), "target_articles_per_s": 2000},
        "with_tagger": {**rate(Config(), docs, repeats), "target_articles_per_s": 300},
        "unseen_saudinewsnet": {
            "articles": len(test), "mean_chars": round(sum(map(len, test)) / len(test)),
            "dictionary": unseen_rate(Config(ner_model=None), warm, test),
            "with_tagger": unseen_rate(Config(), warm, test),
        },
        # the optional contextual tagger (models/ctxner.py), on unseen articles only (the stage caches a
        # window's tags, so a repeated corpus would hide the encoder); no target, it trades speed for F1
        "with_contextual_tagger": {**unseen_rate(Config(ner_model="contextual"), warm[:20], test[:40]),
                                   "articles": 40},
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    write_result("entities", result)
    return result


if __name__ == "__main__":
    print(json.dumps(main(), indent=1))
