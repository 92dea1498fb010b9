"""Assemble per-article stages by name, check what they need, and run them.

A stage is a callable ``Article -> Article`` built by a registered factory that
declares the fields it ``requires`` and ``assigns`` (spaCy's lesson): a pipeline
whose stage needs a field no earlier stage assigns fails when it is assembled,
not half-way through a batch. Batches run in a process pool on every core; an
article that raises is reported and the batch goes on.
"""

from __future__ import annotations

import importlib
import os
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from .config import Config
from .document import Article

__all__ = [
    "Pipeline",
    "PipelineError",
    "StageError",
    "StageSpec",
    "register_stage",
    "registered_stages",
    "DEFAULT_STAGES",
]

StageFn = Callable[[Article], Article]
Factory = Callable[[Config], StageFn]

# Fields an Article has when ingest hands it over.
INGEST_ASSIGNS: tuple[str, ...] = ("id", "raw", "title", "outlet", "url", "published", "source", "encoding")

DEFAULT_STAGES: tuple[str, ...] = ("clean", "langid", "normalize", "entities", "dates", "quotes", "labels")

# Stage modules imported on demand so that `import khabar` stays light.
_STAGE_MODULES: dict[str, str] = {
    "clean": "khabar.stages.clean",
    "langid": "khabar.stages.langid",
    "normalize": "khabar.stages.normalize",
    "entities": "khabar.stages.entities",
    "dates": "khabar.stages.dates",
    "quotes": "khabar.stages.quotes",
    "labels": "khabar.stages.labels",
}


class PipelineError(ValueError):
    """The pipeline cannot be assembled as asked."""


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Factory
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


_REGISTRY: dict[str, StageSpec] = {}


def register_stage(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[Factory], Factory]:
    """Register ``factory(config) -> stage`` under ``name``."""

    def deco(factory: Factory) -> Factory:
        _REGISTRY[name] = StageSpec(name, factory, tuple(requires), tuple(assigns))
        return factory

    return deco


def _spec(name: str) -> StageSpec:
    if name not in _REGISTRY and name in _STAGE_MODULES:
        importlib.import_module(_STAGE_MODULES[name])
    if name not in _REGISTRY:
        _load_entry_points()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise PipelineError(f"unknown stage {name!r}; known: {', '.join(sorted(set(_REGISTRY) | set(_STAGE_MODULES)))}") from None


def _load_entry_points() -> None:
    """Third-party stages arrive through the ``khabar.stages`` entry-point group."""
    from importlib.metadata import entry_points

    for ep in entry_points(group="khabar.stages"):
        if ep.name not in _REGISTRY:
            ep.load()


def registered_stages() -> dict[str, StageSpec]:
    for name in _STAGE_MODULES:
        _spec(name)
    return dict(_REGISTRY)


@dataclass
class StageError:
    """One article that failed in one stage; the batch goes on without it."""

    article_id: str
    stage: str
    message: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.article_id}: stage {self.stage}: {self.message}"


@dataclass
class Pipeline:
    """An ordered, checked list of stages."""

    names: tuple[str, ...]
    config: Config = field(default_factory=Config)

    def __post_init__(self) -> None:
        self.names = tuple(self.names)
        have = set(INGEST_ASSIGNS)
        specs = []
        for name in self.names:
            spec = _spec(name)
            missing = [r for r in spec.requires if r not in have]
            if missing:
                raise PipelineError(f"stage {name!r} requires {missing}, which no earlier stage assigns")
            have.update(spec.assigns)
            specs.append(spec)
        self.specs = specs
        self._stages: list[StageFn] | None = None

    @classmethod
    def default(cls, config: Config | None = None) -> Pipeline:
        config = config or Config()
        return cls(tuple(config.stages or DEFAULT_STAGES), config)

    def __getstate__(self) -> dict[str, Any]:  # ship names and config to workers, never loaded models
        return {"names": self.names, "config": self.config}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["names"], state["config"])

    @property
    def stages(self) -> list[StageFn]:
        if self._stages is None:  # models load once, on first use, in the process that runs them
            self._stages = [spec.factory(self.config) for spec in self.specs]
        return self._stages

    def __call__(self, article: Article) -> Article:
        for spec, stage in zip(self.specs, self.stages):
            article = stage(article)
        return article

    def run_one(self, article: Article) -> tuple[Article | None, StageError | None]:
        """Run every stage; an exception becomes a StageError instead of stopping the caller."""
        current = "?"
        try:
            for spec, stage in zip(self.specs, self.stages):
                current = spec.name
                article = stage(article)
            return article, None
        except Exception as exc:  # noqa: BLE001 - reported per article, batch goes on
            return None, StageError(article.id, current, f"{type(exc).__name__}: {exc}", traceback.format_exc())

    def run(self, articles: Iterable[Article], *, workers: int | None = None, chunksize: int = 16,
            finish: StageFn | None = None) -> Iterator[tuple[Article | None, StageError | None]]:
        """Run a stream lazily and in order. ``workers`` > 1 uses a process pool (every core by
        default) with a bounded number of chunks in flight, so a million-article stream never
        sits in memory at once. ``finish`` (a module-level function, so it pickles by name) runs
        on each analysed article in the same process: per-article work a corpus-level consumer
        needs (the story clusterer's signatures) is then spread over the workers too."""
        workers = self.config.workers if workers is None else workers
        if workers is None:
            workers = os.cpu_count() or 1
        if workers <= 1:
            for a in articles:
                yield _finished(self.run_one(a), finish)
            return
        from collections import deque
        from itertools import islice

        it = iter(articles)
        import multiprocessing

        # forkserver: never fork a parent whose model libraries may already run threads (deadlocks)
        ctx = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(self.names, self.config, finish)) as pool:
            inflight: deque = deque()
            while True:
                while len(inflight) < 2 * workers:
                    chunk = list(islice(it, chunksize))
                    if not chunk:
                        break
                    inflight.append(pool.submit(_run_chunk, chunk))
                if not inflight:
                    return
                yield from inflight.popleft().result()


_WORKER: Pipeline | None = None
_FINISH: StageFn | None = None


def _init_worker(names: tuple[str, ...], config: Config, finish: StageFn | None = None) -> None:
    global _WORKER, _FINISH
    _WORKER = Pipeline(names, config)
    _FINISH = finish


def _finished(result: tuple[Article | None, StageError | None], finish: StageFn | None) -> tuple[Article | None, StageError | None]:
    article, error = result
    if finish is not None and article is not None:
        try:
            article = finish(article)
        except Exception as exc:  # noqa: BLE001 - reported like a stage failure
            return None, StageError(article.id, getattr(finish, "__name__", "finish"), f"{type(exc).__name__}: {exc}", traceback.format_exc())
    return article, error


def _run_chunk(chunk: list[Article]) -> list[tuple[Any, Any]]:
    assert _WORKER is not None
    return [_finished(_WORKER.run_one(a), _FINISH) for a in chunk]
