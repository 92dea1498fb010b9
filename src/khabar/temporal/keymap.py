"""A faster ``normalize.key_with_map`` for the tagger's hot path (same key string, same
offsets): translate the whole text in C, then record only where a character was dropped
(harakat, tatweel, ZWJ) or expanded (presentation-form ligatures), instead of one Python
step per character."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..normalize import DEFAULT_RULES, _table

__all__ = ["FastKey", "fast_key_with_map"]


@lru_cache(maxsize=1)
def _compiled() -> tuple[dict[int, str], re.Pattern[str], list]:
    table = dict(_table(DEFAULT_RULES))
    odd = [chr(cp) for cp, v in table.items() if len(v) != 1]
    odd += ["\u0130"]  # İ lower-cases to two characters
    # the same table as a list indexed by code point: str.translate looks it up twice as fast
    # as a dict; code points past its end raise IndexError, which translate reads as "keep"
    size = max(table) + 1
    as_list: list = list(range(size))
    for cp, v in table.items():
        as_list[cp] = v
    return table, re.compile("[" + "".join(re.escape(c) for c in sorted(set(odd))) + "]"), as_list


class FastKey:
    __slots__ = ("_breaks", "_deltas", "_expanded", "key", "original")

    def __init__(self, original: str, key: str, breaks: list[int], deltas: list[int], expanded: dict[int, int]):
        self.original = original
        self.key = key
        self._breaks = breaks  # key positions where the key->original offset changes
        self._deltas = deltas  # original = key + delta from that key position on
        self._expanded = expanded  # key position -> original position inside expansions

    def origin(self, k: int) -> int:
        if k in self._expanded:
            return self._expanded[k]
        j = bisect_right(self._breaks, k) - 1
        return k + (self._deltas[j] if j >= 0 else 0)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            pos = self.origin(start) if start < len(self.key) else len(self.original)
            return pos, pos
        return self.origin(start), self.origin(end - 1) + 1


_DROP, _EXPAND = 0xFFFFFFFF, 0xFFFFFFFE


@lru_cache(maxsize=1)
def _lut():
    """The table followed by lower-casing, as a numpy array over the BMP: dropped characters
    and those that expand (ligatures, İ) or lower-case by context (Σ) carry sentinels."""
    import numpy as np

    table, _, _ = _compiled()
    out = []
    for cp in range(0x10000):
        c = chr(cp)
        v = table.get(cp, c)
        if not v:
            out.append(_DROP)
            continue
        low = v.lower() if len(v) == 1 and v != "\u03a3" else ""
        out.append(ord(low) if len(low) == 1 else _EXPAND)
    return np, np.array(out, dtype=np.uint32)


def _numpy_key(text: str) -> FastKey | None:
    """The key through one vectorised table lookup (str.translate costs ~35 ns a character on
    Arabic text, this ~1 ns); None when the text has characters outside the BMP or ones that
    expand, which take the general path."""
    np, lut = _lut()
    try:
        cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # lone surrogates
        return None
    if not cps.size or cps.max() >= 0x10000:
        return None
    mapped = lut[cps]
    if (mapped == _EXPAND).any():
        return None
    drop = mapped == _DROP
    if drop.any():
        dropped = np.flatnonzero(drop)
        mapped = mapped[~drop]
        k = np.arange(len(dropped))
        breaks, deltas = (dropped - k).tolist(), (k + 1).tolist()
    else:
        breaks, deltas = [], []
    return FastKey(text, mapped.tobytes().decode("utf-32-le"), breaks, deltas, {})


def fast_key_with_map(text: str) -> FastKey:
    if len(text) > 64:
        fast = _numpy_key(text)
        if fast is not None:
            return fast
    table, odd, as_list = _compiled()
    key = text.translate(as_list).lower()
    breaks: list[int] = []
    deltas: list[int] = []
    expanded: dict[int, int] = {}
    delta = 0  # original - key
    for m in odd.finditer(text):
        i = m.start()
        mapped = table.get(ord(text[i]), text[i]).lower()
        kpos = i - delta
        if not mapped:
            delta += 1
            breaks.append(kpos)
            deltas.append(delta)
        else:
            for x in range(len(mapped)):
                expanded[kpos + x] = i
            delta -= len(mapped) - 1
            breaks.append(kpos + len(mapped))
            deltas.append(delta)
    return FastKey(text, key, breaks, deltas, expanded)
