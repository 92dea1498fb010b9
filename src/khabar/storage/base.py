"""The one storage interface every caller uses; backends implement it (SQLite default, PostgreSQL for servers)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from ..document import Article, Story

__all__ = ["Store", "SpanRow", "SearchHit", "SearchFilters", "RunInfo"]


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
class SearchFilters:
    """Filters every search source applies in the store (so a selective filter never starves the results).

    ``date_from``/``date_to`` are ISO prefixes (2024, 2024-12, 2024-12-08), inclusive; ``date_field`` says whether
    they bound the article's resolved publication date (``published``) or any resolved date it mentions
    (``mentioned``: the values of its date spans)."""

    lang: str | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    date_field: str = "published"  # published | mentioned
    entity: str | None = None  # entity id the article must mention
    story: str | None = None

    def active(self) -> bool:
        return any((self.lang, self.outlet, self.date_from, self.date_to, self.entity, self.story))


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
    def put_articles(self, articles: Iterable[Article], records: Sequence[str] | None = None) -> int: ...
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
    def article_ids(self) -> list[str]: ...
    def get_story(self, story_id: str) -> Story | None: ...
    def list_stories(self) -> list[Story]: ...
    def get_state(self, key: str) -> bytes | None: ...
    def spans(self, kind: str, *, ref: str | None = None, article_id: str | None = None,
              story: str | None = None, value: str | None = None) -> list[SpanRow]: ...
    def keyword_search(self, query_key: str, *, limit: int = 50, lang: str | None = None,
                       filters: SearchFilters | None = None, any_terms: bool = False) -> list[SearchHit]: ...
    def get_vectors(self, ids: Iterable[str] | None = None) -> dict[str, Any]: ...
    def vector_search(self, vec: Any, limit: int = 10) -> list[SearchHit]: ...  # cosine; score = similarity
    def runs(self) -> list[RunInfo]: ...

    # exploration (search.py, explore.py) --------------------------------------
    def entity_search(self, entity_ids: list[str], *, limit: int = 50, filters: SearchFilters | None = None) -> list[SearchHit]: ...
    def article_meta(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]: ...
    def article_records(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]: ...  # the JSONL records, unparsed into Articles
    def entity_rows(self, ids: Iterable[str] | None = None, *, query: str | None = None, type: str | None = None,
                    limit: int = 50, offset: int = 0) -> list[dict[str, Any]]: ...
    def entity_surface_forms(self, entity_id: str) -> list[tuple[str | None, str, int]]: ...
    def entity_articles(self, entity_id: str, *, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]: ...
    def cooccurring(self, entity_id: str, *, limit: int = 20, sample: int = 2000) -> list[tuple[str, int]]: ...
    def vector_model(self) -> str | None: ...
    def stats(self) -> dict[str, Any]: ...
    def close(self) -> None: ...
