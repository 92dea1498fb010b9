"""The one storage interface every caller uses; backends implement it (SQLite default, PostgreSQL for servers)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from ..document import Article, Story

__all__ = ["Store", "SpanRow", "SearchHit", "RunInfo"]


@dataclass
class SpanRow:
    """One annotation as stored, joined with its article's metadata (for timelines, framing, entity pages)."""

    article_id: str
    kind: str  # entity | date | quote | label
    start: int
    end: int
    text: str
    ref: str | None  # entity id, speaker id, actor id
    value: str | None  # entity name, date value, speaker name, actor name
    label: str | None  # entity type, calendar, cue, stance
    lang: str | None = None
    outlet: str | None = None
    published: str | None = None
    story: str | None = None


@dataclass
class SearchHit:
    article_id: str
    score: float
    source: str  # keyword | entity | vector
    match_spans: list[tuple[int, int]] = field(default_factory=list)  # key-space offsets of matched terms


@dataclass
class RunInfo:
    id: int
    started: str
    finished: str | None
    status: str
    args: dict[str, Any]
    counts: dict[str, int]


@runtime_checkable
class Store(Protocol):
    """Articles with their full analysis record, spans for queries, stories, opaque state blobs, runs."""

    path: str

    # writes ---------------------------------------------------------------
    def transaction(self) -> AbstractContextManager[None]: ...
    def put_articles(self, articles: Iterable[Article]) -> int: ...
    def update_articles(self, articles: Iterable[Article]) -> int: ...
    def add_alias(self, alias_id: str, article_id: str, source: str | None) -> None: ...
    def put_stories(self, stories: Iterable[Story]) -> None: ...
    def put_state(self, key: str, value: bytes) -> None: ...
    def put_vectors(self, vectors: dict[str, Any], model: str) -> None: ...
    def begin_run(self, args: dict[str, Any]) -> int: ...
    def finish_run(self, run_id: int, counts: dict[str, int], status: str = "done") -> None: ...

    # reads ----------------------------------------------------------------
    def has_hash(self, content_hash: str) -> str | None: ...
    def get_article(self, article_id: str) -> Article | None: ...
    def iter_articles(self, *, lang: str | None = None, story: str | None = None,
                      ids: Iterable[str] | None = None, since: str | None = None) -> Iterator[Article]: ...
    def count_articles(self) -> int: ...
    def get_story(self, story_id: str) -> Story | None: ...
    def list_stories(self) -> list[Story]: ...
    def get_state(self, key: str) -> bytes | None: ...
    def spans(self, kind: str, *, ref: str | None = None, article_id: str | None = None,
              story: str | None = None, value: str | None = None) -> list[SpanRow]: ...
    def keyword_search(self, query_key: str, *, limit: int = 50, lang: str | None = None) -> list[SearchHit]: ...
    def get_vectors(self, ids: Iterable[str] | None = None) -> dict[str, Any]: ...
    def runs(self) -> list[RunInfo]: ...
    def stats(self) -> dict[str, Any]: ...
    def close(self) -> None: ...
