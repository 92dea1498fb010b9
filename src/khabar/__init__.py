"""khabar: follow one news story across Urdu, Arabic, Persian and English."""

from __future__ import annotations

from .config import Config
from .document import Article, Entity, Label, Mention, Paragraph, Quote, Story, TimeExpr

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Config",
    "Entity",
    "Label",
    "Mention",
    "Paragraph",
    "Quote",
    "Story",
    "TimeExpr",
    "analyze",
    "__version__",
]


def analyze(*args, **kwargs):
    """Analyse files/folders into a store and/or JSONL; mirrors ``khabar analyze`` (see services.analyze)."""
    from .services import analyze as _analyze

    return _analyze(*args, **kwargs)
