"""Stories across languages: near-duplicates, translations, incremental clustering, timelines.

Names are imported on first use: datasketch pulls in SciPy (seconds), which commands that never
cluster (``khabar --help``, ``khabar show``) should not pay for."""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["NearDuplicateIndex", "StoryClusterer", "StoryParams", "story_id_for"]

_WHERE = {"StoryClusterer": ".cluster", "StoryParams": ".cluster", "story_id_for": ".cluster", "NearDuplicateIndex": ".dedup"}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
