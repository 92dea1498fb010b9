"""Calendar-aware time expressions for ur, ar, fa and en (see docs/dates.md)."""

from .tagger import TagResult, parse_anchor, tag

__all__ = ["TagResult", "parse_anchor", "tag"]
