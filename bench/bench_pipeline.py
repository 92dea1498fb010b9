"""The whole pipeline, every stage plus story clustering and the store, as `khabar analyze` runs it
(issue 5's target: >= 150 articles/s on this 2-core machine).

usage: python -m bench.bench_pipeline [--saudi N] [--no-ntrex] [--workers N]

The machine is shared: each run records the 1-minute load average before it started, and the
main process's CPU seconds (clustering and storing run there; the stages run in the workers).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from khabar.config import Config
from khabar.ingest import IngestError, iter_articles
from khabar.services import analyze

from .common import peak_rss_mb, shared, write_result


def _saudi_subset(n: int, folder: Path) -> Path:
    """The first n non-empty SaudiNewsNet articles as one JSONL file (read at run time, never committed)."""
    out = folder / "saudi.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        k = 0
        for a in iter_articles([shared() / "data" / "saudinewsnet-ar" / "dataset"]):
            if isinstance(a, IngestError):
                continue
            fh.write(json.dumps({"id": a.id, "title": a.title, "text": a.raw, "outlet": a.outlet, "url": a.url}, ensure_ascii=False) + "\n")
            k += 1
            if k >= n:
                break
    return out


def _run(paths: list[Path], folder: Path, name: str, workers: int | None) -> dict:
    load = os.getloadavg()[0]
    t, c = time.perf_counter(), time.process_time()
    rep = analyze(paths, db=str(folder / f"{name}.db"), config=Config(workers=workers), batch_size=256)
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    return {"corpus": name, "articles": rep.added, "failed": rep.failed, "seconds": round(dt, 1),
            "articles_per_s": round(rep.added / dt, 1), "main_cpu_ms_per_article": round(1000 * cpu / max(rep.added, 1), 1),
            "load_before": round(load, 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--saudi", type=int, default=3000)
    ap.add_argument("--no-ntrex", dest="ntrex", action="store_false",
                    help="skip the 392 NTREX documents (multilingual: embeddings run)")
    ap.add_argument("--workers", type=int, default=None, help="default: every core")
    args = ap.parse_args()
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        runs.append(_run([_saudi_subset(args.saudi, folder)], folder, "saudinewsnet", args.workers))
        if args.ntrex:
            nt = folder / "ntrex"
            subprocess.run([sys.executable, str(shared() / "tools" / "ntrex.py"), "make",
                            str(shared() / "data" / "ntrex128-news-ar-fa-ur-en"), str(nt)], check=True, stdout=subprocess.DEVNULL)
            runs.append(_run([nt], folder, "ntrex", args.workers))
    path = write_result("pipeline", {"target_articles_per_s": 150, "workers": args.workers or f"every core ({os.cpu_count()})", "runs": runs,
                                     "peak_rss_mb": {"main": round(peak_rss_mb(), 1), "workers": round(peak_rss_mb(children=True), 1)}})
    print(path.read_text())


if __name__ == "__main__":
    main()
