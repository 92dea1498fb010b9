"""Story clustering at scale: per-article assignment time against corpus size, and peak memory.

Two streams:
- synthetic: N articles (default 50k; ``--n 1000000`` for the 1M run) with synthetic event
  signatures: per event 2-8 articles in ur/ar/fa/en over a few days, 3-6 event-specific
  entities, 1-3 shared "common" actors drawn from a Zipf law, a resolved day, numbers, and a
  short synthetic text so the lexical channel and MinHash near-duplicates run too;
- SaudiNewsNet (real, 31k Arabic articles, text only: no entity/date stages here, so this
  measures the clusterer's own cost on real text).

Writes bench/results/stories.json and bench/results/stories_assign_time.svg.
usage: python -m bench.bench_stories [--n N] [--no-saudi] [--window 10000]
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from datetime import date

import numpy as np

from bench.common import RESULTS, peak_rss_mb, write_result
from khabar.config import Config
from khabar.document import Article, Entity, TimeExpr
from khabar.stories import StoryClusterer, StoryParams

LANGS = ("ur", "ar", "fa", "en")


def _word(i: int, prefix: str = "w") -> str:
    """A letters-only token for integer ``i`` (digits would be read as numbers)."""
    out = prefix
    while True:
        out += "abcdefghijklmnopqrstuvwxyz"[i % 26]
        i //= 26
        if not i:
            return out + "q"


def synthetic_stream(n: int, seed: int = 11, per_day: int = 3000, text: bool = True):
    """Yield ``n`` articles in arrival order; events overlap in time like a news day."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    common = nrng.zipf(1.6, size=4 * n) % 5000  # popular actors: heavy-tailed reuse
    ci = 0
    open_events: list[dict] = []
    made = 0
    next_event = 0
    start = date(2016, 1, 1).toordinal()
    while made < n:
        day = start + made // per_day
        if not open_events or rng.random() < 0.45:
            ev = {"id": next_event, "left": rng.randint(1, 8), "day": day,
                  "ents": [(f"E{next_event}_{k}", rng.choice(("PER", "ORG", "LOC"))) for k in range(rng.randint(3, 6))],
                  "nums": [str(rng.randint(10, 99999)) for _ in range(rng.randint(1, 3))],
                  "words": [_word(next_event * 16 + k) for k in range(12)]}
            next_event += 1
            open_events.append(ev)
        ev = rng.choice(open_events)
        ev["left"] -= 1
        if ev["left"] <= 0:
            open_events.remove(ev)
        if len(open_events) > 400:  # events fade out
            open_events.pop(0)
        lang = rng.choice(LANGS)
        ents = [Entity(id=i, name=i, type=t) for i, t in ev["ents"] if rng.random() < 0.85]
        for _ in range(rng.randint(1, 3)):
            c = int(common[ci % len(common)])
            ci += 1
            ents.append(Entity(id=f"C{c}", name=f"C{c}", type="PER"))
        d = date.fromordinal(ev["day"]).isoformat()
        words = [w for w in ev["words"] if rng.random() < 0.7] + [_word(rng.randint(0, 20000), "g") for _ in range(25)]
        rng.shuffle(words)
        body = (f"{lang} " + " ".join(words) + " " + " ".join(ev["nums"])) if text else ""
        published = date.fromordinal(ev["day"] + rng.randint(0, 2)).isoformat()
        yield Article(id=f"syn{made}", lang=lang, text=body, outlet=f"o{rng.randint(0, 40)}", published=published,
                      published_source="metadata", entities=ents, dates=[TimeExpr(text=d, start=0, end=0, value=d)]), ev["id"]
        made += 1


def run_stream(articles, window: int, total: int | None = None) -> dict:
    cl = StoryClusterer(Config(workers=1, embedder="none"), params=StoryParams(embed="never"))
    curve = []
    t_window = 0.0
    n = 0
    gold: dict[str, int] = {}
    pred: dict[str, str] = {}
    t_all = time.perf_counter()
    for item in articles:
        a, g = item if isinstance(item, tuple) else (item, None)
        t0 = time.perf_counter()
        cl.add(a)
        t_window += time.perf_counter() - t0
        n += 1
        if g is not None and n <= 200_000:
            gold[a.id] = g
            pred[a.id] = a.story  # type: ignore[assignment]
        if n % window == 0:
            curve.append({"corpus_size": n, "us_per_article": round(1e6 * t_window / window, 1),
                          "stories": len(cl), "rss_mb": round(peak_rss_mb(), 1)})
            print(f"  {n:>8} articles  {1e6 * t_window / window:8.1f} us/article  stories {len(cl):>8}  peak RSS {peak_rss_mb():.0f} MB",
                  flush=True)
            t_window = 0.0
    secs = time.perf_counter() - t_all
    out = {"articles": n, "stories": len(cl), "seconds": round(secs, 1), "articles_per_second": round(n / secs, 1),
           "decisions": dict(cl.stats), "curve": curve, "peak_rss_mb": round(peak_rss_mb(), 1)}
    if gold:
        from khabar.eval.stories import bcubed

        out["synthetic_bcubed_first_200k"] = bcubed(pred, {k: str(v) for k, v in gold.items()})
    t0 = time.perf_counter()
    blob = cl.state_bytes()
    out["state_mb"] = round(len(blob) / 1e6, 1)
    out["state_bytes_seconds"] = round(time.perf_counter() - t0, 2)
    return out


def svg_plot(series: dict[str, list[dict]], path, title: str) -> None:
    """A small dependency-free line chart: µs per article against corpus size."""
    w, h, m = 720, 360, 60
    xs = [p["corpus_size"] for s in series.values() for p in s] or [1]
    ys = [p["us_per_article"] for s in series.values() for p in s] or [1]
    xmax, ymax = max(xs), max(ys) * 1.15
    colors = ["#1f77b4", "#d62728", "#2ca02c"]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">',
             f'<text x="{w / 2}" y="20" text-anchor="middle" font-size="14">{title}</text>',
             f'<line x1="{m}" y1="{h - m}" x2="{w - 20}" y2="{h - m}" stroke="black"/>',
             f'<line x1="{m}" y1="{h - m}" x2="{m}" y2="30" stroke="black"/>',
             f'<text x="{w / 2}" y="{h - 15}" text-anchor="middle">articles already clustered</text>',
             f'<text x="15" y="{h / 2}" transform="rotate(-90 15 {h / 2})" text-anchor="middle">µs per article (window mean)</text>']
    for i in range(5):
        yv = ymax * i / 4
        y = h - m - (h - m - 30) * i / 4
        parts.append(f'<text x="{m - 5}" y="{y + 4}" text-anchor="end">{yv:.0f}</text>')
        xv = xmax * i / 4
        x = m + (w - 20 - m) * i / 4
        parts.append(f'<text x="{x}" y="{h - m + 16}" text-anchor="middle">{xv:,.0f}</text>')
    for k, (name, pts) in enumerate(series.items()):
        if not pts:
            continue
        coords = " ".join(f"{m + (w - 20 - m) * p['corpus_size'] / xmax:.1f},{h - m - (h - m - 30) * p['us_per_article'] / ymax:.1f}"
                          for p in pts)
        parts.append(f'<polyline fill="none" stroke="{colors[k % 3]}" stroke-width="2" points="{coords}"/>')
        parts.append(f'<text x="{w - 200}" y="{45 + 16 * k}" fill="{colors[k % 3]}">{name}</text>')
    parts.append("</svg>")
    path.write_text("\n".join(parts), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=50_000, help="synthetic stream size (1000000 for the full run)")
    ap.add_argument("--window", type=int, default=10_000)
    ap.add_argument("--no-saudi", action="store_true")
    ap.add_argument("--name", default="stories", help="result name (bench/results/<name>.json, <name>_assign_time.svg)")
    ap.add_argument("--no-text", action="store_true", help="signatures only (no lexical channel, no MinHash): the 1M run")
    args = ap.parse_args()

    res: dict = {"note": "clusterer only (per-article stages not included); embeddings off (embed=never); "
                         "near-duplicate MinHash on for text"}
    print(f"synthetic stream, {args.n} articles", flush=True)
    res["synthetic_text"] = not args.no_text
    res["synthetic"] = run_stream(synthetic_stream(args.n, text=not args.no_text), args.window)
    gc.collect()
    if not args.no_saudi:
        from khabar.eval.stories import load_saudinewsnet

        arts = load_saudinewsnet()
        print(f"SaudiNewsNet, {len(arts)} articles", flush=True)
        res["saudinewsnet"] = run_stream(arts, max(1000, args.window // 5))
        del arts
    series = {f"synthetic ({args.n:,})": res["synthetic"]["curve"]}
    if "saudinewsnet" in res:
        series["SaudiNewsNet (31k, real text)"] = res["saudinewsnet"]["curve"]
    RESULTS.mkdir(parents=True, exist_ok=True)
    svg_plot(series, RESULTS / f"{args.name}_assign_time.svg", "story assignment time vs corpus size")
    res["plot"] = f"bench/results/{args.name}_assign_time.svg"
    res["peak_rss_mb"] = round(peak_rss_mb(), 1)
    print(write_result(args.name, res))


if __name__ == "__main__":
    main()
