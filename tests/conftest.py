"""Shared fixtures. Third-party corpora are read from ../shared at run time; under CI
their absence is a failure, never a skip."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from khabar.config import shared_dir

ROOT = Path(__file__).resolve().parents[1]


def _need(path: Path) -> Path:
    if not path.exists():
        msg = f"missing third-party data: {path}"
        if os.environ.get("CI"):
            pytest.fail(msg + " (CI is set: shared data must be present)")
        pytest.skip(msg)
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (KHABAR_SHARED overrides)."""
    return _need(shared_dir())


@pytest.fixture(scope="session")
def shared_path(shared):
    """shared_path('data/il-ner-ur') -> Path, failing under CI when missing."""

    def get(rel: str) -> Path:
        return _need(shared / rel)

    return get


@pytest.fixture(scope="session")
def seeds_dir(shared) -> Path:
    return _need(shared / "seeds")


@pytest.fixture(scope="session")
def seeds_gold(shared) -> dict:
    import json

    return json.loads(_need(shared / "gold" / "seeds.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return ROOT / "demo" / "corpus"
