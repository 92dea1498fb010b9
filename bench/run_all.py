"""Run every benchmark in bench/ (each bench_*.py module's main()) and list the JSON results."""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = []
    for path in sorted(HERE.glob("bench_*.py")):
        name = f"bench.{path.stem}"
        print(f"== {name}", flush=True)
        t = time.perf_counter()
        try:
            mod = importlib.import_module(name)
            sys.argv = [name]
            mod.main()
        except Exception as exc:  # noqa: BLE001 - one failing benchmark does not hide the others
            failed.append(f"{name}: {type(exc).__name__}: {exc}")
        print(f"   ({time.perf_counter() - t:.1f}s)", flush=True)
    for f in failed:
        print("FAILED", f)
    print("results:", ", ".join(p.name for p in sorted((HERE / "results").glob("*.json"))))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
