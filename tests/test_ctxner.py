"""The contextual tagger (models/ctxner.py): shipped weights load, batches agree with single calls, and on
slices of the evaluation sets it clears its pinned floors (eval/floors/entities.json)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from khabar.models.ctxner import ContextHeads, ContextualTagger, fit_softmax, softmax

FLOORS = json.loads((Path(__file__).resolve().parents[1] / "eval" / "floors" / "entities.json").read_text())


@pytest.fixture(scope="module")
def tagger():
    from khabar.kb.store import load_kb

    return ContextualTagger.from_package(kb=load_kb())


def test_softmax_regression_learns_a_separable_problem():
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(3, 8)) * 3
    y = rng.integers(0, 3, 600)
    X = centres[y] + rng.normal(size=(600, 8))
    W, b = fit_softmax(X[:400], y[:400], 3)
    acc = (softmax(X[400:] @ W + b).argmax(1) == y[400:]).mean()
    assert acc > 0.95


def test_heads_round_trip(tmp_path, tagger):
    tagger.heads.save(tmp_path / "h.npz")
    back = ContextHeads.load(tmp_path / "h.npz")
    assert back.labels == tagger.heads.labels and set(back.heads) == set(tagger.heads.heads)
    v = np.ones((2, 768), np.float32)
    assert np.allclose(back.probabilities(v, "fa", "fa"), tagger.heads.probabilities(v, "fa", "fa"))


def test_batch_and_single_calls_agree(tagger):
    seqs = [
        "روسی وزیر دفاع سرگئی شوئیگو نے دمشق میں شامی صدر سے ملاقات کی".split(),
        "یونیورسٹی کے پروفیسر فرحان جمیل صدیقی نے کہا".split(),
        [],
    ]
    seqs.append(list(seqs[0]))  # the linker may send one window twice
    batch = tagger.tag_many(seqs, "ur")
    assert batch == [tagger(s, "ur") for s in seqs]
    assert any(t.endswith("PER") for t in batch[1])  # an invented professor, not in the KB
    assert batch[2] == []


@pytest.mark.parametrize("key,rel,lang", [
    ("ctx_ilner_ur_dev_f1", "data/il-ner-ur/Urdu-dev.txt", "ur"),
    ("ctx_anercorp_ar_test_f1", "data/anercorp-camel-test-ar/ANERCorp_CamelLab_test.part-shared.txt", "ar"),
    ("ctx_arman_fa_fold1_f1", "data/arman-personer-fa/test_fold1.txt", "fa"),
])
def test_contextual_floors(shared_path, key, rel, lang):
    from khabar.eval.ner import evaluate_file

    res = evaluate_file(shared_path(rel), lang, limit=FLOORS["ctx_limit_sentences"], model="contextual")
    assert res["micro"]["f1"] >= FLOORS[key], res["micro"]
