"""Throughput and memory of ingest + clean + langid + normalize + store (issue 2's target:
>= 1,000 articles/s per core) on SaudiNewsNet (31k Arabic articles) and NTREX (392 documents),
plus where the time goes, stage by stage.

usage: python -m bench.bench_foundation [--limit N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from khabar.config import Config
from khabar.ingest import IngestError, iter_articles
from khabar.pipeline import Pipeline
from khabar.services import analyze
from khabar.storage.sqlite import SQLiteStore

from .common import peak_rss_mb, shared, write_result

STAGES = ("clean", "langid", "normalize")


def _run(paths: list[Path], workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Config(stages=STAGES, workers=workers, options={"stories": False})
        t = time.perf_counter()
        rep = analyze(paths, db=str(Path(tmp) / "b.db"), config=cfg, batch_size=500)
        dt = time.perf_counter() - t
    return {"workers": workers, "articles": rep.added, "failed": rep.failed, "seconds": round(dt, 2),
            "articles_per_s": round(rep.added / dt, 1), "articles_per_s_per_core": round(rep.added / dt / workers, 1)}


def _profile(paths: list[Path], limit: int) -> dict:
    """Seconds per stage (and ingest, store) over ``limit`` articles in one process."""
    pipe = Pipeline(STAGES, Config(stages=STAGES))
    times: dict[str, float] = defaultdict(float)
    arts = []
    t = time.perf_counter()
    for item in iter_articles(paths):
        if isinstance(item, IngestError):
            continue
        arts.append(item)
        if len(arts) >= limit:
            break
    times["ingest"] = time.perf_counter() - t
    pipe.stages  # load models outside the timing
    for spec, stage in zip(pipe.specs, pipe.stages):
        t = time.perf_counter()
        arts = [stage(a) for a in arts]
        times[spec.name] = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(str(Path(tmp) / "p.db"))
        t = time.perf_counter()
        for i in range(0, len(arts), 500):
            store.put_articles(arts[i : i + 500])
        times["store"] = time.perf_counter() - t
    total = sum(times.values())
    return {"articles": len(arts), "ms_per_article": {k: round(v / len(arts) * 1000, 3) for k, v in times.items()},
            "share": {k: round(v / total, 3) for k, v in times.items()}, "single_core_articles_per_s": round(len(arts) / total, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=3000, help="articles for the per-stage profile")
    args = ap.parse_args()
    root = shared() / "data"
    saudi = root / "saudinewsnet-ar" / "dataset"
    with tempfile.TemporaryDirectory() as tmp:
        ntrex = Path(tmp) / "ntrex"
        subprocess.run([sys.executable, str(shared() / "tools" / "ntrex.py"), "make", str(root / "ntrex128-news-ar-fa-ur-en"), str(ntrex)], check=True)
        result = {
            "stages": list(STAGES) + ["store"],
            "target_articles_per_s_per_core": 1000,
            "profile_saudinewsnet": _profile([saudi], args.limit),
            "saudinewsnet": [_run([saudi], 1), _run([saudi], 2)],
            "ntrex": [_run([ntrex], 1), _run([ntrex], 2)],
            "peak_rss_mb": {"main": round(peak_rss_mb(), 1), "workers": round(peak_rss_mb(children=True), 1)},
        }
    path = write_result("foundation", result)
    print(path.read_text())


if __name__ == "__main__":
    main()
