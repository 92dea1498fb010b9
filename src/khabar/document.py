"""The central document model: one Article flows through every stage.

All annotations are offset spans into ``Article.text`` (the clean display text),
never copied-and-edited strings, so any stage's output can be highlighted in the
original script. ``to_record``/``from_record`` define the JSONL analysis record;
fields are only ever added, never renamed.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any

__all__ = [
    "Article",
    "Entity",
    "Label",
    "Mention",
    "Paragraph",
    "Quote",
    "Story",
    "TimeExpr",
    "content_hash",
]


@dataclass
class Paragraph:
    """A paragraph of the clean text with its own language (mixed-language articles exist)."""

    start: int
    end: int
    lang: str | None = None
    score: float | None = None


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Entity:
    """A real-world actor: one KB (or provisional) id with every mention of it in the article."""

    id: str
    name: str
    type: str = "MISC"  # PER | LOC | ORG | EVENT | MISC
    wikidata: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    provisional: bool = False  # discovered, not yet in the KB
    score: float | None = None


@dataclass
class TimeExpr:
    """A time expression with a TIMEX3-like value (2024-12-08, 2024-12, P1D, a/b ranges)."""

    text: str
    start: int
    end: int
    value: str | None
    calendar: str = "gregorian"  # gregorian | hijri | jalali
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    note: str | None = None  # why, when repaired or inferred


@dataclass
class Quote:
    """Direct or reported speech attributed to a speaker (a linked entity or a described source)."""

    speaker: str | None
    text: str
    start: int
    end: int
    speaker_id: str | None = None
    cue: str | None = None
    kind: str = "indirect"  # direct | indirect
    hedged: bool = False  # claimed / alleged rather than stated
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass
class Label:
    """A label an outlet attaches to an actor ("terrorists", "armed opposition")."""

    actor: str
    label: str
    start: int
    end: int
    gloss: str | None = None
    stance: str | None = None  # delegitimising | neutral | legitimising | other
    actor_id: str | None = None


@dataclass
class Story:
    """A cluster of articles (any language) that report one event."""

    id: str
    label: str = ""
    article_ids: list[str] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first: str | None = None
    last: str | None = None


_LIST_TYPES: dict[str, type] = {
    "paragraphs": Paragraph,
    "dates": TimeExpr,
    "quotes": Quote,
    "labels": Label,
}


@dataclass
class Article:
    """One news article and everything the pipeline learned about it."""

    id: str
    text: str = ""  # clean display text; every offset points into it
    raw: str = ""  # the input as decoded, before cleaning
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (or YYYY-MM) when known or inferred
    published_source: str | None = None  # metadata | content | None
    published_confidence: float | None = None
    lang: str | None = None
    lang_score: float | None = None
    removed: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    story: str | None = None
    near_duplicates: list[str] = field(default_factory=list)
    dateline: str | None = None
    source: str | None = None  # where it was read from (path, path!member, path:line)
    encoding: str | None = None  # how the bytes were decoded, and why
    content_hash: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # free-form extras (cites, author, ...)
    key: str | None = field(default=None, repr=False, compare=False)  # key form of text (normalize stage); not exported

    # ------------------------------------------------------------------ helpers
    def paragraph_texts(self) -> list[str]:
        return [self.text[p.start : p.end] for p in self.paragraphs]

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    # ------------------------------------------------------------ serialisation
    def to_record(self, *, include_raw: bool = False) -> dict[str, Any]:
        """The JSONL analysis record (see docs/architecture.md)."""
        rec = _article_record(self)
        rec.pop("key", None)
        if not include_raw:
            rec.pop("raw", None)
        return rec

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {k: v for k, v in rec.items() if k in known}
        for name, typ in _LIST_TYPES.items():
            kwargs[name] = [_build(typ, x) for x in rec.get(name) or []]
        kwargs["entities"] = [
            Entity(
                **{
                    **{k: v for k, v in e.items() if k in _field_names(Entity) and k != "mentions"},
                    "mentions": [_build(Mention, m) for m in e.get("mentions") or []],
                }
            )
            for e in rec.get("entities") or []
        ]
        extra = {k: v for k, v in rec.items() if k not in known}
        if extra:
            kwargs.setdefault("meta", {})
            kwargs["meta"] = {**(kwargs.get("meta") or {}), **extra}
        return cls(**kwargs)


_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})


def _plain(obj: Any) -> Any:
    """dataclasses.asdict without its deep copies: records are built per article, so this is hot
    (``Article.meta`` holds the provisional entities as nested dicts). Scalars return first: a
    failed ``hasattr`` costs an exception."""
    if type(obj) in _SCALAR_TYPES:
        return obj
    if hasattr(obj, "__dataclass_fields__"):
        return {name: _plain(getattr(obj, name)) for name in obj.__dataclass_fields__}
    if isinstance(obj, list):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    return obj


# ---------------------------------------------------------------------- records, fast
# ``_plain`` visits every value of every span (hundreds of mentions an article, and the record is
# built twice per analysed article: the store and --out). The span classes hold scalars only, so
# their records are one attrgetter call; Article and Entity then fill in their nested fields.
# Same dicts, same key order (tests/test_document.py compares them with ``_plain``).


def _scalar_record(typ: type) -> Callable[[Any], dict[str, Any]]:
    """A record builder for a dataclass whose fields all hold scalars (str, int, float, bool, None)."""
    names = tuple(typ.__dataclass_fields__)
    get = attrgetter(*names)
    return lambda obj: dict(zip(names, get(obj)))


_mention_record = _scalar_record(Mention)
_SPAN_RECORDS: dict[str, Callable[[Any], dict[str, Any]]] = {
    name: _scalar_record(typ) for name, typ in _LIST_TYPES.items()
}
_entity_fields = _scalar_record(Entity)
_article_fields = _scalar_record(Article)


def _entity_record(e: Entity) -> dict[str, Any]:
    rec = _entity_fields(e)
    rec["mentions"] = [_mention_record(m) for m in e.mentions]
    return rec


def _article_record(a: Article) -> dict[str, Any]:
    """``_plain(a)``, written out: the nested fields are replaced in place, keeping the key order."""
    rec = _article_fields(a)
    for name, build in _SPAN_RECORDS.items():
        rec[name] = [build(x) for x in rec[name]]
    rec["entities"] = [_entity_record(e) for e in a.entities]
    rec["removed"] = list(a.removed)
    rec["near_duplicates"] = list(a.near_duplicates)
    rec["meta"] = _plain(a.meta)
    return rec


def _field_names(typ: type) -> set[str]:
    return {f.name for f in fields(typ)}


def _build(typ: type, data: dict[str, Any]) -> Any:
    names = _field_names(typ)
    return typ(**{k: v for k, v in data.items() if k in names})


def content_hash(text: str) -> str:
    """Hash of the content as a reader sees it: NFC, whitespace folded, so re-ingesting
    the same article from another file or encoding adds nothing."""
    folded = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=16).hexdigest()
