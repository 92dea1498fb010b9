"""Arabic-script key forms for matching and search, with a map back to the original offsets.

The rules live in ``data/normalization.json`` (one named mapping per rule, CAMeL
Tools' lesson); this module only compiles them into a translation table. Display
text is never changed: callers match on ``key`` and report spans with ``KeyText.to_original``.
Unlike pyarabic, nothing here strips Urdu letters (دعویٰ keeps its و and ی).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["KeyText", "key", "key_with_map", "rules", "DEFAULT_RULES"]

DEFAULT_RULES: tuple[str, ...] = (
    "yeh", "kaf", "heh", "alef", "hamza_carriers", "tatweel", "harakat",
    "joiners", "digits", "quotes", "punctuation", "spaces",
)


@lru_cache(maxsize=1)
def rules() -> dict[str, dict]:
    """The named rules as loaded from the data file."""
    data = json.loads(resources.files("khabar.data").joinpath("normalization.json").read_text(encoding="utf-8"))
    return data["rules"]


def _rule_table(name: str) -> dict[int, str]:
    rule = rules()[name]
    table: dict[int, str] = {ord(k): v for k, v in rule.get("map", {}).items()}
    for start, end, target in rule.get("ranges", []):
        for cp in range(ord(start), ord(end) + 1):
            # a "0" target on a digit range means "the ASCII digit in the same position"
            table[cp] = str(cp - ord(start)) if target == "0" else target
    return table


@lru_cache(maxsize=8)
def _table(names: tuple[str, ...]) -> dict[int, str]:
    table: dict[int, str] = {}
    for name in names:
        table.update(_rule_table(name))
    # Arabic presentation forms (scraped PDFs) fold to their base letters through NFKC.
    for cp in list(range(0xFB50, 0xFDFF + 1)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        base = unicodedata.normalize("NFKC", ch)
        if base != ch and cp not in table:
            table[cp] = "".join(table.get(ord(c), c) for c in base)
    return table


# Code points given an explicit (identity) entry in the translate table: Latin to Arabic and
# Indic scripts, punctuation and symbols, and the presentation forms. Outside them a character
# is still kept as is, only more slowly (see _translate_table).
_DENSE_RANGES: tuple[tuple[int, int], ...] = ((0x0000, 0x2FFF), (0xFB00, 0xFFFF))


@lru_cache(maxsize=8)
def _translate_table(names: tuple[str, ...]) -> dict[int, int | str]:
    """``_table`` made fast for ``str.translate``: a character missing from the mapping costs
    str.translate a raised and cleared LookupError, so every common code point gets an entry
    (itself when unmapped), and one-character targets become code points. Same result, ~30%
    less time; ``key`` runs on every text and every candidate name."""
    table = _table(names)
    fast: dict[int, int | str] = {cp: cp for lo, hi in _DENSE_RANGES for cp in range(lo, hi + 1)}
    for cp, target in table.items():
        fast[cp] = ord(target) if len(target) == 1 else target
    return fast


def key(text: str, names: tuple[str, ...] = DEFAULT_RULES) -> str:
    """Key form of ``text``: NFC, the named rules applied, Latin lower-cased."""
    return unicodedata.normalize("NFC", text).translate(_translate_table(names)).lower()


@dataclass(frozen=True)
class KeyText:
    """A key form plus, for each key character, the offset of the original character it came from."""

    original: str
    key: str
    origin: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a key span [start, end) back to the smallest original span that produced it."""
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else len(self.original)
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1


def key_with_map(text: str, names: tuple[str, ...] = DEFAULT_RULES) -> KeyText:
    """Key form of ``text`` with an offset map. ``text`` is not NFC-normalised first, so the
    map points into exactly the string given (stages pass ``Article.text``)."""
    table = _table(names)
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        mapped = table.get(ord(ch), ch)
        if not mapped:
            continue
        mapped = mapped.lower()
        out.append(mapped)
        origin.extend([i] * len(mapped))
    return KeyText(text, "".join(out), tuple(origin))
