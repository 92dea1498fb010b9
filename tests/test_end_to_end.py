"""The whole pipeline on the seed articles, scored by the judge's own tool (../shared/tools/score_seeds.py),
and on the demo corpus through the CLI."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "eval" / "floors" / "seeds.json").read_text())
ASPECTS = ("lang", "boilerplate", "entities", "dates", "stories", "quotes")


@pytest.fixture(scope="module")
def seeds_export(tmp_path_factory, seeds_dir):
    tmp = tmp_path_factory.mktemp("e2e")
    out = tmp / "seeds.jsonl"
    r = subprocess.run([sys.executable, "-m", "khabar.cli", "analyze", str(seeds_dir), "--db", str(tmp / "k.db"), "--out", str(out), "-q"],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    return out


@pytest.mark.parametrize("aspect", ASPECTS)
def test_seeds_scored_by_the_shared_scorer(seeds_export, shared, aspect):
    r = subprocess.run([sys.executable, str(shared / "tools" / "score_seeds.py"), str(seeds_export), str(shared / "gold" / "seeds.json"),
                        aspect, str(FLOORS[aspect])], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout


def test_records_keep_the_contract(seeds_export):
    recs = [json.loads(x) for x in seeds_export.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 5
    for r in recs:
        text = r["text"]
        for e in r["entities"]:
            assert e["name"] and e["type"] in {"PER", "LOC", "ORG", "EVENT", "MISC"}
            for m in e["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]
        for d in r["dates"]:
            assert text[d["start"]:d["end"]] == d["text"]
        for q in r["quotes"]:
            assert 0 <= q["start"] < q["end"] <= len(text)
        for lab in r["labels"]:
            assert 0 <= lab["start"] < lab["end"] <= len(text)
        assert r["story"]


def test_demo_corpus_through_the_cli(tmp_path, demo_dir):
    db = str(tmp_path / "demo.db")
    r = subprocess.run([sys.executable, "-m", "khabar.cli", "analyze", str(demo_dir), "--db", db, "-q"], capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    stats = json.loads(subprocess.run([sys.executable, "-m", "khabar.cli", "stats", "--db", db, "--json"], capture_output=True, text=True).stdout)
    assert stats["articles"] == 23
    assert set(stats["by_lang"]) == {"ur", "ar", "fa", "en"}
    assert stats["multi_article_stories"] >= 4
    assert stats["dates"] > 50 and stats["quotes"] > 30 and stats["labels"] > 10
