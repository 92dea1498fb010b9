"""Search and page latency on 100k articles in the SQLite store. Writes bench/results/search.json.

The articles are synthetic (words built from syllables of our own, Zipf-distributed so some terms and
entities occur in a large share of the corpus, names spelled in Latin and in Arabic script), with
paragraphs, entity mentions, dates, quotes, labels and stories, so every query path is exercised.

Measured in-process on one thread, after a warm-up (first-query costs: KB matcher, name index):
* search p50/p95/p99 over a query mix (common and rare words, English and Arabic-script names, two-name
  queries, language and date filters), through ``Searcher.search`` and through ``GET /api/search``;
* story page and entity page server time, through the data use case and the HTML route.

Run: .venv/bin/python -m bench.bench_search [--n 100000] [--db path] (re-uses --db when it has n articles).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import tempfile
import time
import warnings
from pathlib import Path

from khabar.document import Article, Entity, Label, Mention, Paragraph, Quote, Story, TimeExpr

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results" / "search.json"

LATIN_SYL = ["ka", "ro", "mi", "ta", "le", "su", "na", "vi", "do", "ze", "ba", "lu", "po", "ri", "sha", "ne", "go", "fa"]
ARAB_SYL = ["كا", "رو", "مي", "تا", "لي", "سو", "نا", "في", "دو", "زي", "با", "لو", "بو", "ري", "شا", "ني", "غو", "فا"]
FA_SYL = ["کا", "رو", "می", "تا", "لی", "سو", "نا", "وی", "دو", "زی", "با", "لو", "پو", "ری", "شا", "نی", "گو", "فا"]
UR_SYL = ["کا", "رو", "می", "ٹا", "لی", "سو", "نا", "وی", "ڈو", "زی", "با", "لو", "پو", "ری", "شا", "نی", "گو", "فا"]
SYL = {"en": LATIN_SYL, "ar": ARAB_SYL, "fa": FA_SYL, "ur": UR_SYL}
LANGS = ("en", "ar", "fa", "ur")
OUTLETS = {lg: [f"{lg}-outlet-{i}" for i in range(8)] for lg in LANGS}
STANCES = ("delegitimising", "neutral", "legitimising")


def _word(rng: random.Random, idx: int, lang: str) -> str:
    """Word number ``idx`` of a language: the same syllable sequence in every script."""
    r = random.Random(idx * 7919 + 13)
    n = 2 + r.randrange(3)
    syl = [r.randrange(len(LATIN_SYL)) for _ in range(n)]
    return "".join(SYL[lang][s] for s in syl)


class Corpus:
    def __init__(self, seed: int = 7, vocab: int = 5000, n_entities: int = 2000) -> None:
        self.rng = random.Random(seed)
        self.vocab = {lg: [_word(self.rng, i, lg) for i in range(vocab)] for lg in LANGS}
        self.ent_names = {lg: [f"{_word(self.rng, 100_000 + 2 * i, lg)} {_word(self.rng, 100_001 + 2 * i, lg)}"
                               .title() if lg == "en" else f"{_word(self.rng, 100_000 + 2 * i, lg)} {_word(self.rng, 100_001 + 2 * i, lg)}"
                               for i in range(n_entities)] for lg in LANGS}
        self.n_entities = n_entities
        # Zipf weights: word 0 is in most articles, the tail in a few
        self.wweights = [1.0 / (i + 1) for i in range(vocab)]
        self.eweights = [1.0 / (i + 1) ** 0.9 for i in range(n_entities)]

    def article(self, i: int, story: str, day: str, lang: str) -> Article:
        rng = self.rng
        ents = set(rng.choices(range(self.n_entities), weights=self.eweights, k=rng.randrange(3, 8)))
        paras, mentions = [], {}
        text_parts: list[str] = []
        pos = 0
        for p in range(3):
            words = rng.choices(self.vocab[lang], weights=self.wweights, k=rng.randrange(20, 40))
            ent_here = [e for e in ents if rng.random() < 0.6] or [next(iter(ents))]
            for e in ent_here:
                words.insert(rng.randrange(len(words) + 1), "\x00%d\x00" % e)
            para = []
            for w in words:
                if w.startswith("\x00"):
                    e = int(w.strip("\x00"))
                    name = self.ent_names[lang][e]
                    start = pos + sum(len(x) + 1 for x in para)
                    mentions.setdefault(e, []).append(Mention(name, start, start + len(name)))
                    para.append(name)
                else:
                    para.append(w)
            s = " ".join(para) + "."
            paras.append(Paragraph(pos, pos + len(s), lang))
            text_parts.append(s)
            pos += len(s) + 1
        text = "\n".join(text_parts)
        a = Article(id=f"a{i}", text=text, title=" ".join(text_parts[0].split()[:8]), lang=lang,
                    outlet=rng.choice(OUTLETS[lang]), published=day, story=story, paragraphs=paras)
        a.entities = [Entity(f"E{e}", self.ent_names["en"][e], rng.choice(("PER", "LOC", "ORG")), mentions=ms)
                      for e, ms in mentions.items()]
        first = next(iter(mentions.values()))[0]
        a.dates = [TimeExpr(text[first.start:first.end], first.start, first.end, day, "gregorian"),
                   TimeExpr("x", 0, 1, day[:7], rng.choice(("gregorian", "hijri", "jalali")))]
        p2 = paras[1]
        spk = a.entities[0]
        a.quotes = [Quote(spk.mentions[0].text, text[p2.start:p2.end], p2.start, p2.end, speaker_id=spk.id, kind="indirect")]
        a.labels = [Label(a.entities[-1].name, text[p2.start:p2.start + 5], p2.start, p2.start + 5, stance=rng.choice(STANCES),
                          actor_id=a.entities[-1].id)]
        a.content_hash = f"h{i}"
        return a


def build(db: str, n: int) -> dict:
    from khabar.storage.sqlite import SQLiteStore

    store = SQLiteStore(db)
    have = store.count_articles()
    if have >= n:
        store.close()
        return {"built": False, "articles": have}
    corpus = Corpus()
    rng = random.Random(11)
    t0 = time.perf_counter()
    i, s = have, 0
    batch: list[Article] = []
    stories: list[Story] = []
    while i < n:
        size = min(n - i, rng.choice((1, 1, 2, 3, 4, 6, 8, 12)))
        sid = f"s{i}"
        month = rng.randrange(1, 13)
        day0 = rng.randrange(1, 25)
        members = []
        for j in range(size):
            lang = rng.choice(LANGS)
            day = f"{rng.choice((2022, 2023, 2024))}-{month:02d}-{day0 + rng.randrange(3):02d}"
            a = corpus.article(i, sid, day, lang)
            batch.append(a)
            members.append(a)
            i += 1
        stories.append(Story(sid, members[0].title or sid, [a.id for a in members], sorted({a.lang for a in members}),
                             sorted({a.outlet for a in members}), min(a.published for a in members), max(a.published for a in members)))
        s += 1
        if len(batch) >= 2000:
            with store.transaction():
                store.put_articles(batch)
                store.put_stories(stories)
            batch, stories = [], []
            print(f"  {i}/{n} articles ({time.perf_counter() - t0:.0f}s)", flush=True)
    with store.transaction():
        store.put_articles(batch)
        store.put_stories(stories)
    store.execute("PRAGMA optimize")
    store.close()
    return {"built": True, "articles": n, "build_s": round(time.perf_counter() - t0, 1)}


def _pct(xs: list[float]) -> dict:
    xs = sorted(xs)
    q = lambda p: xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]
    return {"n": len(xs), "p50_ms": round(q(0.5), 2), "p95_ms": round(q(0.95), 2), "p99_ms": round(q(0.99), 2),
            "max_ms": round(xs[-1], 2), "mean_ms": round(statistics.mean(xs), 2)}


def queries(n_queries: int = 300, seed: int = 3) -> list[tuple[str, dict]]:
    c = Corpus()
    rng = random.Random(seed)
    out: list[tuple[str, dict]] = []
    for _ in range(n_queries):
        lang = rng.choice(LANGS)
        kind = rng.random()
        if kind < 0.2:
            q = c.vocab[lang][rng.randrange(30)]  # very common word
        elif kind < 0.4:
            q = c.vocab[lang][rng.randrange(30, 5000)]
        elif kind < 0.6:
            q = c.ent_names["en"][min(int(rng.paretovariate(0.8)) - 1, c.n_entities - 1)]  # English name, popular ones often
        elif kind < 0.75:
            q = c.ent_names[rng.choice(("ar", "fa", "ur"))][rng.randrange(c.n_entities)]
        elif kind < 0.9:
            q = c.ent_names["en"][rng.randrange(50)] + " " + c.ent_names["en"][rng.randrange(50, 400)]
        else:
            q = c.vocab[lang][rng.randrange(100)] + " " + c.vocab[lang][rng.randrange(100, 2000)]
        f: dict = {}
        r = rng.random()
        if r < 0.25:
            f["lang"] = rng.choice(LANGS)
        elif r < 0.35:
            y = rng.choice((2022, 2023, 2024))
            f["date_from"], f["date_to"] = f"{y}-03", f"{y}-05"
        out.append((q, f))
    return out


def measure(db: str, n_queries: int) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from khabar import explore
    from khabar.api.app import create_app
    from khabar.search import SearchFilters
    from khabar.storage.sqlite import SQLiteStore

    store = SQLiteStore(db)
    searcher = explore.get_searcher(store)
    t0 = time.perf_counter()
    searcher.search("warmup")
    warm_s = time.perf_counter() - t0
    qs = queries(n_queries)
    for q, f in qs[:20]:  # warm the page cache
        searcher.search(q, filters=SearchFilters(**f))
    lat, totals, linked = [], [], 0
    by_filter: dict[str, list[float]] = {}
    for q, f in qs:
        t = time.perf_counter()
        resp = searcher.search(q, filters=SearchFilters(**f), limit=20)
        lat.append((time.perf_counter() - t) * 1000)
        by_filter.setdefault("lang" if "lang" in f else "date" if f else "none", []).append(lat[-1])
        totals.append(resp.total)
        linked += bool(resp.entities)
    client = TestClient(create_app(store))
    http = []
    for q, f in qs[:150]:
        t = time.perf_counter()
        r = client.get("/api/search", params={"q": q, **f})
        http.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200, r.text

    rng = random.Random(5)
    sids = [r[0] for r in store.execute("SELECT id FROM stories ORDER BY size DESC LIMIT 20")]
    sids += [r[0] for r in store.execute("SELECT id FROM stories WHERE rowid % 97 = 0 LIMIT 60")]
    story_data, story_html = [], []
    for sid in sids:
        t = time.perf_counter()
        explore.story_page(store, sid)
        story_data.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        assert client.get(f"/stories/{sid}").status_code == 200
        story_html.append((time.perf_counter() - t) * 1000)
    top = [r["id"] for r in store.entity_rows(limit=10)]
    eids = top + [f"E{rng.randrange(2000)}" for _ in range(50)]
    ent_data, ent_html = [], []
    for eid in eids:
        t = time.perf_counter()
        explore.entity_page(store, eid)
        ent_data.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        assert client.get(f"/entities/{eid}").status_code in (200, 404)
        ent_html.append((time.perf_counter() - t) * 1000)
    top_entity_articles = store.entity_rows(limit=1)[0]["articles"]
    store.close()
    return {
        "first_query_s": round(warm_s, 2),
        "search": _pct(lat),
        "search_by_filter": {k: _pct(v) for k, v in sorted(by_filter.items())},
        "search_http": _pct(http),
        "queries_with_linked_names": linked,
        "median_total": statistics.median(totals),
        "story_page": _pct(story_data),
        "story_page_html": _pct(story_html),
        "entity_page": _pct(ent_data),
        "entity_page_html": _pct(ent_html),
        "largest_entity_articles": top_entity_articles,
    }


def main() -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--db", default=None)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    db = args.db or str(Path(tempfile.gettempdir()) / f"khabar-bench-search-{args.n}.db")
    print(f"store {db}: building {args.n} synthetic articles (re-used when present)")
    info = build(db, args.n)
    res = measure(db, args.queries)
    out = {
        "bench": "search",
        "articles": info["articles"],
        "db_mb": round(Path(db).stat().st_size / 1e6, 1),
        **info,
        **res,
        "targets": {"search_p95_ms": 50, "page_server_ms": 300},
        "meets": {"search_p95": res["search"]["p95_ms"] <= 50,
                  "story_page_p95": res["story_page_html"]["p95_ms"] <= 300,
                  "entity_page_p95": res["entity_page_html"]["p95_ms"] <= 300},
        "machine": {"python": platform.python_version(), "cpu": platform.processor() or platform.machine()},
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return out


if __name__ == "__main__":
    main()
