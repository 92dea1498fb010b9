"""Shared helpers for benchmarks: result files, peak memory, the shared data folder."""

from __future__ import annotations

import json
import os
import platform
import resource
import time
from pathlib import Path
from typing import Any

from khabar.config import shared_dir

RESULTS = Path(__file__).resolve().parent / "results"


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident set size in MB of this process (and, if asked, of its waited-for children)."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024.0


def write_result(name: str, data: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {"benchmark": name, "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "load_avg": os.getloadavg()}, **data}
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def shared() -> Path:
    return shared_dir()
