"""Use cases. The CLI, the REST API and the web UI call only these functions."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .config import Config
from .document import Article
from .ingest import DEFAULT_MAX_BYTES, IngestError, iter_articles
from .pipeline import Pipeline
from .storage import Store, open_store

__all__ = ["RunReport", "analyze", "analyze_articles", "export", "get_article", "open_store", "stats"]


@dataclass
class RunReport:
    """What one analyze run did; ``errors`` holds one line per file/line/article that failed."""

    run_id: int | None = None
    seen: int = 0
    added: int = 0
    skipped: int = 0  # already in the store (same content), or repeated within the run
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    elapsed: float = 0.0
    records: int = 0  # written to --out

    @property
    def processed(self) -> int:
        return self.added + self.skipped

    @property
    def rate(self) -> float:
        return self.added / self.elapsed if self.elapsed else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "seen": self.seen, "added": self.added, "skipped": self.skipped,
                "failed": self.failed, "elapsed_s": round(self.elapsed, 3), "articles_per_s": round(self.rate, 1),
                "errors": self.errors}


STATE_SAVE_SECONDS = 30.0  # the clusterer's state is saved at most this often, and at the end of a run


def _story_clusterer(config: Config, store: Store):
    """The corpus-level story step, restored from the store so runs continue where the last stopped.

    Its state is saved every STATE_SAVE_SECONDS (pickling it per batch would cost O(corpus) per
    batch), so after a kill -9 the store may hold articles the saved state has not seen: those are
    replayed, in the order they were stored, before anything new arrives."""
    if config.options.get("stories") is False:
        return None
    from .stories import StoryClusterer

    clusterer = StoryClusterer(config, state=store.get_state("stories"))
    missing = [aid for aid in store.article_ids() if clusterer.story_of(aid) is None]
    if missing:
        replayed = []
        for i in range(0, len(missing), 500):
            for a in store.iter_articles(ids=missing[i : i + 500]):
                clusterer.add(a)
                replayed.append(a)
        with store.transaction():
            store.update_articles(replayed)
            store.put_state("stories", clusterer.state_bytes())
            store.put_stories(clusterer.stories(ids={a.story for a in replayed if a.story}))
    return clusterer


def analyze(
    paths: Iterable[str | os.PathLike[str]],
    *,
    db: str | Store | None = None,
    out: str | os.PathLike[str] | TextIO | None = None,
    config: Config | None = None,
    langs: Iterable[str] | None = None,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 256,
    progress: Callable[[int], None] | None = None,
) -> RunReport:
    """Ingest ``paths``, run every stage, cluster stories, store, and optionally write JSONL.

    Idempotent and resumable: an article whose content is already stored is skipped (and still
    written to ``out`` from the store), each batch commits in one transaction together with the
    story clusterer's state, so a killed run resumes without losing or duplicating articles."""
    config = config or Config()
    if langs:
        config.langs = tuple(langs)
    if workers is not None:
        config.workers = workers
    paths = [str(p) for p in paths]
    store = db if db is not None and not isinstance(db, str) else open_store(db)
    report = RunReport()
    report.run_id = store.begin_run({"paths": paths, "langs": list(config.langs)})
    t0 = time.perf_counter()
    sink, close_sink = _open_sink(out)
    items = iter_articles(paths, max_bytes=max_bytes)
    try:
        _run(items, store, config, report, sink, batch_size, progress)
        status = "done"
    except BaseException:
        status = "interrupted"
        raise
    finally:
        report.elapsed = time.perf_counter() - t0
        store.finish_run(report.run_id, {"seen": report.seen, "added": report.added, "skipped": report.skipped, "failed": report.failed}, status)
        if close_sink:
            sink.close()
        if isinstance(db, str) or db is None:
            store.close()
    return report


def analyze_articles(articles: list[Article], *, db: str | Store | None = None, config: Config | None = None) -> tuple[list[Article], RunReport]:
    """Analyse already-built Articles (the API's POST /api/analyze). Returns them analysed, in order."""
    config = config or Config()
    store = db if db is not None and not isinstance(db, str) else open_store(db)
    report = RunReport()
    report.run_id = store.begin_run({"articles": [a.id for a in articles]})
    buf: list[Article] = []

    class _Collect:
        def write(self, line: str) -> None:
            buf.append(Article.from_record(json.loads(line)))

    t0 = time.perf_counter()
    try:
        _run(iter(articles), store, config, report, _Collect(), 256, None)
    finally:
        report.elapsed = time.perf_counter() - t0
        store.finish_run(report.run_id, {"added": report.added, "skipped": report.skipped, "failed": report.failed})
        if isinstance(db, str) or db is None:
            store.close()
    return buf, report


def _open_sink(out: str | os.PathLike[str] | TextIO | None) -> tuple[Any, bool]:
    if out is None:
        return None, False
    if hasattr(out, "write"):
        return out, False
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    return open(out, "w", encoding="utf-8"), True


def _run(items: Iterator[Article | IngestError], store: Store, config: Config, report: RunReport, sink: Any,
         batch_size: int, progress: Callable[[int], None] | None) -> None:
    from .document import content_hash
    from .storage.records import dump_article

    pipeline = Pipeline.default(config)
    clusterer = _story_clusterer(config, store)
    seen_hashes: dict[str, str] = {}
    order: list[tuple[str, Any]] = []  # ("stored", id) placeholders keep --out in input order

    def fresh() -> Iterator[Article]:
        for item in items:
            if isinstance(item, IngestError):
                report.failed += 1
                report.errors.append(str(item))
                continue
            report.seen += 1
            if item.content_hash is None:
                item.content_hash = content_hash(item.raw)
            existing = store.has_hash(item.content_hash) or seen_hashes.get(item.content_hash)
            if existing:
                report.skipped += 1
                if existing != item.id:
                    store.add_alias(item.id, existing, item.source)
                if sink is not None:
                    order.append(("stored", existing))
                if progress:
                    progress(1)
                continue
            seen_hashes[item.content_hash] = item.id
            item.meta["run_id"] = report.run_id
            if sink is not None:
                order.append(("new", item.id))
            yield item

    batch: list[Article] = []
    new_done: dict[str, str | None] = {}  # id -> its record line for --out (None: failed)

    def write_ready() -> None:
        while order:
            kind, aid = order[0]
            if kind == "stored":
                a = store.get_article(aid)
                if a is not None:
                    sink.write(json.dumps(a.to_record(), ensure_ascii=False) + "\n")
                    report.records += 1
            else:
                if aid not in new_done:
                    return
                line = new_done.pop(aid)
                if line is not None:
                    sink.write(line + "\n")
                    report.records += 1
            order.pop(0)

    last_state = [time.monotonic()]

    def commit(final: bool = False) -> None:
        if not batch and not final:
            return
        # with --out, each record is serialised once, for the store and the sink alike
        lines = [dump_article(a) for a in batch] if sink is not None else None
        with store.transaction():
            report.added += store.put_articles(batch, records=lines)
            if clusterer is not None:
                touched = {a.story for a in batch if a.story}
                if touched:
                    store.put_stories(clusterer.stories(ids=touched))
                if final or time.monotonic() - last_state[0] >= STATE_SAVE_SECONDS:
                    store.put_state("stories", clusterer.state_bytes())
                    last_state[0] = time.monotonic()
        if lines is not None:
            new_done.update(zip((a.id for a in batch), lines))
            write_ready()
        batch.clear()

    workers = config.workers
    finish = None
    if clusterer is not None:
        from .stories.features import prepare as finish  # signatures and sketches in the workers

        if (workers if workers is not None else os.cpu_count() or 1) > 1 and clusterer.params.embed_threads:
            clusterer.share_cores(clusterer.params.embed_threads)  # the workers use the other cores
    for article, error in pipeline.run(fresh(), workers=workers, finish=finish):
        if error is not None:
            report.failed += 1
            report.errors.append(str(error))
            if sink is not None:
                new_done[error.article_id] = None
            continue
        assert article is not None
        if clusterer is not None:
            clusterer.add(article)
        batch.append(article)
        if progress:
            progress(1)
        if len(batch) >= batch_size:
            commit()
    commit(final=True)
    if sink is not None:
        write_ready()



# ---------------------------------------------------------------------- queries
def get_article(article_id: str, *, db: str | Store | None = None) -> Article | None:
    store = db if db is not None and not isinstance(db, str) else open_store(db)
    return store.get_article(article_id)


def stats(*, db: str | Store | None = None) -> dict[str, Any]:
    store = db if db is not None and not isinstance(db, str) else open_store(db)
    return store.stats()


EXPORT_COLUMNS = ("id", "lang", "title", "outlet", "url", "published", "story", "entities", "dates", "quotes", "labels", "removed")


def export(fmt: str = "jsonl", *, db: str | Store | None = None, out: TextIO | None = None,
           lang: str | None = None, story: str | None = None) -> int:
    """Write every stored article as JSONL records or a flat CSV (counts in list columns)."""
    store = db if db is not None and not isinstance(db, str) else open_store(db)
    out = out or sys.stdout
    n = 0
    if fmt == "jsonl":
        for a in store.iter_articles(lang=lang, story=story):
            out.write(json.dumps(a.to_record(), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        w = csv.writer(out)
        w.writerow(EXPORT_COLUMNS + ("entity_names",))
        for a in store.iter_articles(lang=lang, story=story):
            w.writerow([a.id, a.lang, a.title, a.outlet, a.url, a.published, a.story, len(a.entities), len(a.dates),
                        len(a.quotes), len(a.labels), len(a.removed), "; ".join(e.name for e in a.entities)])
            n += 1
    else:
        raise ValueError(f"unknown export format {fmt!r} (jsonl or csv)")
    return n


def embed_articles(*, db: str | Store | None = None, model: str = "auto", limit: int | None = None,
                   batch: int = 64, progress: Callable[[int], None] | None = None) -> int:
    """Store one vector per article (its title and first sentences, language-centred) for vector
    search. Articles that already have a vector of this model are skipped, so it can run again
    after every ``analyze``. Returns how many were embedded."""
    import numpy as np

    from .models.embed import get_embedder, split_sentences

    embedder = get_embedder(model)
    if embedder is None:
        return 0
    name = getattr(embedder, "name", model)
    store = db if db is not None and not isinstance(db, str) else open_store(db)
    have = set(store.get_vectors()) if store.vector_model() == name else set()
    todo = [aid for aid in store.article_ids() if aid not in have][: limit if limit else None]
    done = 0
    for i in range(0, len(todo), batch):
        vectors: dict[str, Any] = {}
        for a in store.iter_articles(ids=todo[i : i + batch]):
            lead = ([a.title] if a.title else []) + split_sentences(a.text, limit=2)
            lead = [t for t in lead if t.strip()] or [a.text[:300] or a.id]
            vec = np.asarray(embedder.embed(lead, lang=a.lang), dtype=np.float32).mean(axis=0)
            norm = float(np.linalg.norm(vec))
            vectors[a.id] = vec / norm if norm else vec
        store.put_vectors(vectors, name)
        done += len(vectors)
        if progress:
            progress(len(vectors))
    return done


def to_jsonl(articles: Iterable[Article]) -> str:
    buf = io.StringIO()
    for a in articles:
        buf.write(json.dumps(a.to_record(), ensure_ascii=False) + "\n")
    return buf.getvalue()


# exploration use cases (search, story/entity pages, timelines, quotes, framing) live in explore.py
from .explore import (  # noqa: E402
    analyze_documents,
    article_view,
    entity_page,
    framing_view,
    list_entities,
    list_quotes,
    list_stories,
    search_articles,
    story_page,
    story_timeline,
)
