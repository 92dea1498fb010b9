"""Pydantic response and request schemas: the REST API's contract, published in the OpenAPI schema."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

MAX_DOCS = 100  # documents per POST /api/analyze


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class SearchResultOut(BaseModel):
    id: str
    lang: str | None
    title: str | None
    snippet: str = Field(description="HTML-escaped text around the matches, matches wrapped in <mark>")
    story: str | None
    score: float = Field(description="reciprocal-rank-fusion score (higher is better)")
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    snippet_text: str = ""
    highlights: list[tuple[int, int]] = Field(default_factory=list, description="match offsets in snippet_text")
    ranks: dict[str, int] = Field(default_factory=dict, description="1-based rank in each source (keyword, entity, vector)")


class LinkedNameOut(BaseModel):
    text: str
    start: int
    end: int
    entity_id: str
    name: str
    via: str


class SearchOut(BaseModel):
    query: str
    results: list[SearchResultOut]
    total: int
    total_capped: bool = Field(description="true when a source hit its candidate cap: total is a lower bound")
    entities: list[LinkedNameOut]
    terms: list[str]
    sources: dict[str, int]
    limit: int
    offset: int
    elapsed_ms: float


class Segment(_Open):
    text: str
    entity: str | None = None
    name: str | None = None
    type: str | None = None


class ParagraphOut(BaseModel):
    start: int
    end: int
    lang: str | None
    dir: str
    segments: list[Segment]


class ArticleOut(_Open):
    id: str
    lang: str | None
    dir: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    story: str | None
    text: str = ""
    paragraphs: list[ParagraphOut] = Field(default_factory=list)
    entities: list[dict[str, Any]] = Field(default_factory=list)
    dates: list[dict[str, Any]] = Field(default_factory=list)
    quotes: list[dict[str, Any]] = Field(default_factory=list)
    labels: list[dict[str, Any]] = Field(default_factory=list)


class StoryOut(_Open):
    id: str
    label: str
    size: int
    langs: list[str]
    outlets: list[str]
    first: str | None
    last: str | None
    article_ids: list[str]


class StoryList(BaseModel):
    total: int
    limit: int
    offset: int
    results: list[StoryOut]


class TimelineOut(_Open):
    story: str
    events: list[dict[str, Any]]
    publications: list[dict[str, Any]]
    range: list[str] | None


class FramingOut(_Open):
    outlets: list[dict[str, Any]]
    rows: list[dict[str, Any]]
    stances: list[str]
    stance_by_outlet: dict[str, dict[str, int]]


class StoryPageOut(_Open):
    story: StoryOut
    columns: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    timeline: TimelineOut
    quotes: list[dict[str, Any]]
    framing: FramingOut


class EntityRow(_Open):
    id: str
    name: str | None
    type: str | None
    wikidata: str | None = None
    provisional: int | bool = 0
    articles: int = 0


class EntityList(BaseModel):
    results: list[EntityRow]
    limit: int
    offset: int


class EntityPageOut(_Open):
    entity: EntityRow
    names: list[dict[str, Any]]
    articles: dict[str, Any]
    cooccurring: list[dict[str, Any]]


class QuoteList(BaseModel):
    total: int
    limit: int
    offset: int
    results: list[dict[str, Any]]


class DocumentIn(BaseModel):
    """One submitted document: text or html is required."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=2000)
    text: str | None = None
    html: str | None = None
    url: str | None = Field(None, max_length=4000)
    published: str | None = Field(None, max_length=40)
    outlet: str | None = Field(None, max_length=200)

    @model_validator(mode="after")
    def _needs_body(self) -> DocumentIn:
        if not (self.text and self.text.strip()) and not (self.html and self.html.strip()):
            raise ValueError("each document needs a non-empty 'text' or 'html'")
        return self


class AnalyzeOut(BaseModel):
    added: int
    skipped: int
    failed: int
    errors: list[str]
    elapsed_s: float
    articles: list[dict[str, Any]] = Field(description="the analysis records (JSONL contract), in input order")


class ErrorOut(BaseModel):
    detail: Any
