"""Cross-script key evaluation: accuracy@1 of finding a Latin name's Arabic partner among all candidates.

For each Latin name of a test split, every distinct Arabic name of that split is a candidate; they are
ranked by the weighted key distance ``kb.keys.distance(latin_skeleton(en), skeleton(ar))`` and the
query counts as right when the top candidate is (one of) its gold partner(s). Ties are broken by the
candidate order of the file, so a tie is never counted as right by luck more than once. To keep the
run short, candidates are blocked on the phonetic class of the first skeleton letter and a length
window of ±3; a partner outside the block counts as a miss.

Data: ../shared/data/anetac-en-ar-names (EN-AR_Translit/test.{en,ar}, line-aligned) and
../shared/data/wikidata-person-names-en-ar (wd_arabic_20: ``latin<TAB>arabic letters spaced<TAB>count``).
"""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

from khabar.config import shared_dir
from khabar.kb.keys import _CHEAP_GROUPS, distance, latin_skeleton, skeleton, vowel_form

__all__ = ["load_anetac", "load_wikidata", "accuracy_at_1"]

_CLASS = {}
for _i, _g in enumerate(_CHEAP_GROUPS):
    for _c in _g:
        _CLASS.setdefault(_c, _i)


def _block(sk: str) -> int | str:
    return _CLASS.get(sk[:1], sk[:1])


def load_anetac(shared: Path | None = None, split: str = "test") -> list[tuple[str, str]]:
    d = (shared or shared_dir()) / "data/anetac-en-ar-names/EN-AR_Translit"
    en = (d / f"{split}.en").read_text(encoding="utf-8").splitlines()
    ar = (d / f"{split}.ar").read_text(encoding="utf-8").splitlines()
    return [(e.strip(), a.strip()) for e, a in zip(en, ar) if e.strip() and a.strip()]


def load_wikidata(shared: Path | None = None) -> list[tuple[str, str]]:
    p = (shared or shared_dir()) / "data/wikidata-person-names-en-ar/wd_arabic_20"
    out = []
    for line in p.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0] and parts[1]:
            out.append((parts[0].strip(), parts[1].replace(" ", "")))
    return out


TIE_WEIGHT = 0.5  # weight of the vowel-aware distance; chosen on the ANETAC dev split, not test


def accuracy_at_1(pairs: list[tuple[str, str]], *, queries: int | None = 2000, seed: int = 13,
                  tie_weight: float = TIE_WEIGHT) -> dict[str, float | int]:
    gold: dict[str, set[str]] = defaultdict(set)
    for en, ar in pairs:
        gold[en].add(ar)
    cands = list(dict.fromkeys(ar for _, ar in pairs))
    blocks: dict[int | str, list[tuple[str, str]]] = defaultdict(list)
    for ar in cands:
        sk = skeleton(ar)
        blocks[_block(sk)].append((sk, ar, vowel_form(ar)))
    names = sorted(gold)
    if queries and len(names) > queries:
        names = random.Random(seed).sample(names, queries)
    right = in_block = 0
    for en in names:
        q = latin_skeleton(en)
        qv = vowel_form(en)
        best: tuple[float, str] | None = None
        for sk, ar, av in blocks.get(_block(q), ()):
            if abs(len(sk) - len(q)) > 3:
                continue
            d = distance(q, sk)
            if best is not None and d > best[0]:
                continue
            if tie_weight:
                d += tie_weight * distance(qv, av)
            if best is None or d < best[0]:
                best = (d, ar)
        in_block += any(_block(skeleton(a)) == _block(q) for a in gold[en])
        right += best is not None and best[1] in gold[en]
    return {"accuracy_at_1": round(right / len(names), 4), "queries": len(names), "candidates": len(cands),
            "partner_in_block": round(in_block / len(names), 4)}
