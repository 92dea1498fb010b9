"""Storage behind one interface: ``open_store(url_or_path)`` picks the backend."""

from __future__ import annotations

from .base import RunInfo, SearchHit, SpanRow, Store

__all__ = ["RunInfo", "SearchHit", "SpanRow", "Store", "open_store"]


def open_store(target: str | None = None) -> Store:
    """``postgresql://…`` opens the PostgreSQL backend; anything else is a SQLite file path."""
    from ..config import default_db_path

    target = target or default_db_path()
    if target.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(target)
    from .sqlite import SQLiteStore

    return SQLiteStore(target)
