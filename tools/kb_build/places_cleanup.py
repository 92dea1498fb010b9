"""Apply the build's everyday-word rules to the shipped places.jsonl without rebuilding it.

The shipped file is the build's output plus hand corrections made since (stops 2–9), so a full
``tools.kb_build.build`` run would undo those. This pass changes only what the rules say:
``geo.drop_everyday_words`` on the automatic towns (description "Town or city in ..."; a town left
without an Arabic-script name is dropped, as the build drops it) and ``common.flag_common_words``
on every record.

Run: .venv/bin/python -m tools.kb_build.places_cleanup
"""

from __future__ import annotations

import json

from .common import DATA_DIR, flag_common_words, write_jsonl
from .geo import drop_everyday_words


# geonames spellings that equal an everyday Arabic word once the matcher folds ئ→ي and ه→ة (هوئه ≡ هوية
# "identity", سنه ≡ سنة "year", سن "age"), on places too large for ``drop_everyday_words``
WRONG_NAMES: dict[str, set[str]] = {"kh:hue-vn": {"هوئه"}, "kh:sanandaj-ir": {"سن", "سنه"}}
KEEP_NAMES: dict[str, set[str]] = {"kh:sanandaj-ir": {"fa:سنه"}}  # the Kurdish name, listed as ambiguous in Persian


def clean(records: list[dict]) -> list[dict]:
    out = []
    for rec in records:
        wrong = WRONG_NAMES.get(rec["id"], set())
        if wrong:
            keep = KEEP_NAMES.get(rec["id"], set())
            rec["names"] = {lang: [n for n in vals if n not in wrong or f"{lang}:{n}" in keep]
                            for lang, vals in rec["names"].items()}
            rec["names"] = {lang: vals for lang, vals in rec["names"].items() if vals}
        if rec.get("description", "").startswith("Town or city in"):
            names = drop_everyday_words(rec["names"], rec.get("population") or 0, rec["name"])
            if not any(lang != "en" for lang in names):
                continue
            rec["names"] = names
            if rec.get("ambiguous") is not None:
                amb = {lang: [n for n in vals if n in names.get(lang, [])] for lang, vals in rec["ambiguous"].items()}
                amb = {lang: vals for lang, vals in amb.items() if vals}
                if amb:
                    rec["ambiguous"] = amb
                else:
                    rec.pop("ambiguous")
        out.append(flag_common_words(rec))
    return out


def main() -> None:
    path = DATA_DIR / "places.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    kept = clean(records)
    write_jsonl("places.jsonl", kept)
    print(f"{path.name}: {len(records)} -> {len(kept)}")


if __name__ == "__main__":
    main()
