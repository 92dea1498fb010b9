"""Fast key form of an article for cue and label matching, with offsets back into ``Article.text``.

``normalize.key_with_map`` walks the text character by character; at the 1,000
articles/s target that loop alone would eat the budget. Here the same rules are
compiled into a ``str.translate`` table whose values are one character or none,
so the key is built in C and the only offset bookkeeping is the sorted list of
deleted characters (harakat, tatweel, direction marks), usually short or empty.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from ..normalize import DEFAULT_RULES, rules

__all__ = ["Folded", "fold", "fold_word", "QuotePair", "quote_pairs", "sentence_bounds", "tokens"]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], re.Pattern[str] | None]:
    table: dict[int, str] = {}
    for name in DEFAULT_RULES:
        rule = rules()[name]
        for k, v in rule.get("map", {}).items():
            table[ord(k)] = v
        for start, end, target in rule.get("ranges", []):
            for cp in range(ord(start), ord(end) + 1):
                table[cp] = str(cp - ord(start)) if target == "0" else target
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    # one character in, at most one out: offsets stay computable from deletions alone
    table = {k: v for k, v in table.items() if len(v) <= 1}
    deleted = "".join(chr(k) for k, v in table.items() if v == "")
    pattern = re.compile("[" + re.escape(deleted) + "]") if deleted else None
    return table, pattern


@lru_cache(maxsize=1)
def _array_table() -> np.ndarray:
    """The same table as a code-point array over the BMP; 0 marks a deletion."""
    table, _ = _tables()
    arr = np.arange(0x10000, dtype=np.uint32)
    arr[0] = ord(" ")  # a NUL in the text must not read as a deletion
    for k, v in table.items():
        if k < 0x10000:
            arr[k] = ord(v) if v else 0
    return arr


@dataclass
class Folded:
    """``key`` is the matching form of ``text``; ``orig``/``to_key`` translate offsets."""

    text: str
    key: str
    _kpos: list[int] = field(default_factory=list)  # key position of each deletion
    _deleted: list[int] = field(default_factory=list)  # original position of each deletion

    def orig(self, k: int) -> int:
        """Original offset of the key character at ``k`` (for a start offset)."""
        if not self._kpos:
            return k
        return k + bisect_right(self._kpos, k)

    def orig_end(self, k_end: int) -> int:
        """Original offset just after the key span ending (exclusive) at ``k_end``."""
        if k_end <= 0:
            return 0
        return self.orig(k_end - 1) + 1

    def to_key(self, o: int) -> int:
        """Key offset of the original offset ``o`` (deleted characters snap forward)."""
        if not self._deleted:
            return o
        return o - bisect_left(self._deleted, o)


@lru_cache(maxsize=4)
def fold(text: str) -> Folded:
    """Key form of ``text`` with its offset map. ``str.translate`` costs ~200 ns a character on
    Arabic script (a boxed lookup each), so the table is applied as a numpy gather on UTF-32
    code points instead; cached because the quotes and labels stages fold the same text in turn."""
    if len(text) < 64:
        return _fold_small(text)
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    table = _array_table()
    if int(cps.max()) < 0x10000:
        out = table[cps]
    else:
        bmp = cps < 0x10000
        out = cps.copy()
        out[bmp] = table[cps[bmp]]
    gone = out == 0
    if not gone.any():
        return Folded(text, out.tobytes().decode("utf-32-le"))
    deleted = np.flatnonzero(gone)
    key = out[~gone].tobytes().decode("utf-32-le")
    kpos = (deleted - np.arange(len(deleted))).tolist()
    return Folded(text, key, kpos, deleted.tolist())


def _fold_small(text: str) -> Folded:
    table, pattern = _tables()
    key = text.translate(table)
    if len(key) == len(text) or pattern is None:
        return Folded(text, key)
    deleted = [m.start() for m in pattern.finditer(text)]
    kpos = [p - i for i, p in enumerate(deleted)]
    return Folded(text, key, kpos, deleted)


def fold_word(text: str) -> str:
    """Key form of a lexicon entry, spaces folded."""
    table, _ = _tables()
    return " ".join(text.translate(table).split())


_SENT_END = re.compile(r"[.!?\n]+")


def sentence_bounds(key: str) -> list[tuple[int, int]]:
    """Sentences as key spans; a full stop between digits (3.5) does not end one."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(key):
        s, e = m.span()
        if key[s] == "." and e - s == 1 and 0 < s < len(key) - 1 and key[s - 1].isdigit() and key[s + 1].isdigit():
            continue
        if s > start:
            out.append((start, e))
        start = e
    if start < len(key):
        out.append((start, len(key)))
    return out


_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokens(key: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Word and punctuation tokens of key[start:end] as (start, end, text)."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(key, start, end)]


@dataclass(frozen=True)
class QuotePair:
    """A quoted span in key offsets: ``start``/``end`` enclose the content, without the marks."""

    open: int
    start: int
    end: int
    close: int  # offset just after the closing mark (== end when unterminated)
    closed: bool = True

    def words(self, key: str) -> int:
        return len(key[self.start : self.end].split())


_QUOTE = re.compile(r"''|\"|'")


def quote_pairs(key: str) -> list[QuotePair]:
    """Pair quote marks left to right. Typographic marks are folded to " and ' in the key, and
    outlets mix them freely ("…”, ”…”, "…'') so any double mark closes any double mark; a
    single ' only quotes when it is not an apostrophe inside a word. A quote left open at the
    end of a paragraph runs to that end."""
    pairs: list[QuotePair] = []
    n = len(key)
    open_at = -1
    open_kind = ""
    for m in _QUOTE.finditer(key):
        s, e = m.span()
        mark = m.group()
        kind = "'" if mark == "'" else '"'
        before = key[s - 1] if s > 0 else " "
        after = key[e] if e < n else " "
        if open_at >= 0 and "\n" in key[open_at:s]:
            nl = key.index("\n", open_at)
            pairs.append(QuotePair(open_at, open_at + len(open_kind), nl, nl, closed=False))
            open_at = -1
        if kind == "'" and before.isalnum() and after.isalnum():
            continue  # apostrophe: Assad's, don't
        can_open = not after.isspace()
        can_close = not before.isspace()
        if open_at < 0:
            if can_open and (kind == '"' or not before.isalnum()):
                open_at, open_kind = s, mark
            continue
        if can_close and (kind == '"') == (open_kind != "'"):
            pairs.append(QuotePair(open_at, open_at + len(open_kind), s, e))
            open_at = -1
        elif can_open and not can_close:
            open_at, open_kind = s, mark  # a stray opener: restart from the new one
    if open_at >= 0:
        nl = key.find("\n", open_at)
        end = n if nl < 0 else nl
        pairs.append(QuotePair(open_at, open_at + len(open_kind), end, end, closed=False))
    return pairs
