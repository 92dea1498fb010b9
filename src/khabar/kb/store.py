"""The knowledge base: canonical entities loaded from JSONL files (docs/kb-format.md).

The shipped KB (``khabar/kb/data/*.jsonl``) is merged with the user's KB file (``Config.kb_path``,
else ``$KHABAR_HOME/kb.jsonl``, else ``~/.khabar/kb.jsonl``): a user record with a known id adds
names to (or overrides fields of) the shipped one, so corrections never edit package files.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["KBEntity", "KB", "load_kb", "shipped_kb_dir", "user_kb_path", "load_roles"]

TYPES = ("PER", "LOC", "ORG", "EVENT", "MISC")


@dataclass
class KBEntity:
    id: str
    name: str
    type: str = "MISC"
    wikidata: str | None = None
    description: str | None = None
    names: dict[str, list[str]] = field(default_factory=dict)
    demonyms: dict[str, list[str]] = field(default_factory=dict)
    roles: list[dict[str, Any]] = field(default_factory=list)
    country: str | None = None
    parent: str | None = None
    aliases_ok_alone: bool = True
    context: dict[str, list[str]] = field(default_factory=dict)
    capital: str | None = None  # QID of the capital (countries), for metonymy
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> KBEntity:
        known = {f for f in cls.__dataclass_fields__ if f != "extra"}
        kwargs = {k: v for k, v in rec.items() if k in known and v is not None}
        extra = {k: v for k, v in rec.items() if k not in known}
        ent = cls(**kwargs, extra=extra)
        if ent.wikidata is None and ent.id.startswith("Q") and ent.id[1:].isdigit():
            ent.wikidata = ent.id
        return ent

    def to_record(self) -> dict[str, Any]:
        rec = asdict(self)
        extra = rec.pop("extra") or {}
        rec.update(extra)
        return {k: v for k, v in rec.items() if v not in (None, {}, [])}

    def all_names(self, lang: str | None = None) -> list[str]:
        langs = [lang] if lang else list(self.names)
        out: list[str] = []
        for lg in langs:
            out.extend(self.names.get(lg, []))
        if lang in (None, "en") and self.name not in out:
            out.append(self.name)
        return out

    def merge(self, other: KBEntity) -> None:
        """Fold a user record into this one: names/demonyms/roles are added, scalar fields overridden."""
        for attr in ("names", "demonyms", "context"):
            mine: dict[str, list[str]] = getattr(self, attr)
            for lang, vals in getattr(other, attr).items():
                lst = mine.setdefault(lang, [])
                lst.extend(v for v in vals if v not in lst)
        self.roles.extend(r for r in other.roles if r not in self.roles)
        for attr in ("name", "type", "wikidata", "description", "country", "parent", "capital"):
            val = getattr(other, attr)
            if val:
                setattr(self, attr, val)
        if not other.aliases_ok_alone:
            self.aliases_ok_alone = False
        self.extra.update(other.extra)


def shipped_kb_dir() -> Path:
    return Path(str(resources.files("khabar.kb").joinpath("data")))


def user_kb_path(kb_path: str | None = None) -> Path:
    if kb_path:
        return Path(kb_path).expanduser()
    home = os.environ.get("KHABAR_HOME")
    base = Path(home) if home else Path("~/.khabar").expanduser()
    return base / "kb.jsonl"


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if line and not line.startswith("//"):
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: {exc}") from None


class KB:
    """Entities by id, plus the role vocabulary."""

    def __init__(self, entities: Iterable[KBEntity] = (), roles: dict[str, dict[str, list[str]]] | None = None):
        self.entities: dict[str, KBEntity] = {}
        for e in entities:
            self.add(e)
        self.roles: dict[str, dict[str, list[str]]] = roles or {}

    def add(self, ent: KBEntity) -> KBEntity:
        if ent.id in self.entities:
            self.entities[ent.id].merge(ent)
            return self.entities[ent.id]
        self.entities[ent.id] = ent
        return ent

    def __len__(self) -> int:
        return len(self.entities)

    def __contains__(self, eid: str) -> bool:
        return eid in self.entities

    def get(self, eid: str | None) -> KBEntity | None:
        return self.entities.get(eid) if eid else None

    def by_name(self, name: str) -> list[KBEntity]:
        low = name.casefold()
        return [e for e in self.entities.values() if e.name.casefold() == low or any(
            n.casefold() == low for ns in e.names.values() for n in ns)]

    def load_file(self, path: Path) -> int:
        n = 0
        for rec in _read_jsonl(path):
            self.add(KBEntity.from_record(rec))
            n += 1
        return n


def load_roles(path: Path) -> dict[str, dict[str, list[str]]]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def load_kb(paths: Iterable[str | Path] | None = None, *, kb_path: str | None = None, user: bool = True) -> KB:
    """Load the KB. ``paths``: directories or files to read instead of the shipped KB
    (tests use a fixture); the user KB file is merged on top when ``user``."""
    sources = [Path(p) for p in paths] if paths is not None else [shipped_kb_dir()]
    kb = KB()
    for src in sources:
        files = sorted(src.glob("*.jsonl")) if src.is_dir() else [src]
        for f in files:
            kb.load_file(f)
        if src.is_dir():
            for lang_role in sorted(src.glob("roles*.json")):
                for role, names in load_roles(lang_role).items():
                    tgt = kb.roles.setdefault(role, {})
                    for lang, vals in names.items():
                        lst = tgt.setdefault(lang, [])
                        lst.extend(v for v in vals if v not in lst)
    if user:
        up = user_kb_path(kb_path)
        if up.exists():
            kb.load_file(up)
    _merge_same_name(kb)
    return kb


def _merge_same_name(kb: KB) -> None:
    """Fold a ``kh:`` record into a QID record with the same canonical name and type (two compilers
    added the same actor), so one real-world actor keeps one id."""
    by_name: dict[tuple[str, str], str] = {}
    for e in kb.entities.values():
        if not e.id.startswith("kh:"):
            by_name.setdefault((e.name.casefold(), e.type), e.id)
    for eid in [i for i in kb.entities if i.startswith("kh:")]:
        e = kb.entities[eid]
        target = by_name.get((e.name.casefold(), e.type))
        if target and target != eid:
            keep = kb.entities[target]
            keep.merge(KBEntity.from_record({**e.to_record(), "id": target, "wikidata": keep.wikidata}))
            del kb.entities[eid]


@lru_cache(maxsize=4)
def cached_kb(kb_path: str | None = None, paths: tuple[str, ...] | None = None) -> KB:
    """One KB per process (stages load it once)."""
    return load_kb(paths, kb_path=kb_path)


def _slug(name: str) -> str:
    import re
    import unicodedata

    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "entity"


def add_user_entity(name: str, type_: str = "PER", *, id_: str | None = None, aliases: Iterable[str] = (),
                    wikidata: str | None = None, description: str | None = None, kb_path: str | None = None) -> dict[str, Any]:
    """Append a record to the user KB file (merged over the shipped KB on load). Aliases are ``lang:surface``."""
    if type_ not in TYPES:
        raise ValueError(f"type must be one of {TYPES}")
    names: dict[str, list[str]] = {"en": [name]}
    for a in aliases:
        lang, _, surface = a.partition(":")
        if not surface:
            raise ValueError(f"alias {a!r}: expected LANG:SURFACE")
        names.setdefault(lang.strip(), []).append(surface.strip())
    rec: dict[str, Any] = {"id": id_ or wikidata or f"kh:{_slug(name)}", "type": type_, "name": name, "names": names}
    if wikidata:
        rec["wikidata"] = wikidata
    if description:
        rec["description"] = description
    path = user_kb_path(kb_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    cached_kb.cache_clear()
    return rec
