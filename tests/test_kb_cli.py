"""KB commands: add/list/show through the user KB file, Wikidata dump import, review of provisional
entities and entity counts from a store, and `eval ner` on every tag scheme."""

from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khabar.document import Article, Entity, Mention
from khabar.kb.store import load_kb
from khabar.kb.wikidata import import_dump, iter_dump

FIX = Path(__file__).parent / "fixtures"


@pytest.fixture()
def cli(tmp_path, monkeypatch):
    monkeypatch.setenv("KHABAR_HOME", str(tmp_path / "home"))
    from khabar.cli import app

    return CliRunner(), app


def test_kb_add_list_show(cli, tmp_path):
    runner, app = cli
    r = runner.invoke(app, ["kb", "add", "Sutopo Purwo Nugroho", "--type", "PER", "--alias", "ar:سوتوبو بوروو نوغروهو",
                            "--alias", "ur:سوتوپو پورو نگروہو"])
    assert r.exit_code == 0, r.output
    user = tmp_path / "home" / "kb.jsonl"
    rec = json.loads(user.read_text(encoding="utf-8").splitlines()[0])
    assert rec["id"] == "kh:sutopo-purwo-nugroho" and rec["names"]["ar"] == ["سوتوبو بوروو نوغروهو"]
    kb = load_kb([FIX / "kb"], kb_path=str(user))
    assert kb.get("kh:sutopo-purwo-nugroho").type == "PER"
    r = runner.invoke(app, ["kb", "show", "kh:sutopo-purwo-nugroho"])
    assert r.exit_code == 0 and "Sutopo" in r.output
    r = runner.invoke(app, ["kb", "list", "Sutopo", "--json"])
    assert r.exit_code == 0 and [json.loads(x)["id"] for x in r.output.splitlines()] == ["kh:sutopo-purwo-nugroho"]


def test_user_kb_merges_over_a_known_id(tmp_path):
    user = tmp_path / "kb.jsonl"
    user.write_text(json.dumps({"id": "Q7747", "type": "PER", "name": "Vladimir Putin", "names": {"ps": ["پوتین"]}}) + "\n", encoding="utf-8")
    kb = load_kb([FIX / "kb"], kb_path=str(user))
    putin = kb.get("Q7747")
    assert putin.names["ps"] == ["پوتین"] and "پوٹن" in putin.names["ur"]


@pytest.mark.parametrize("suffix", ["", ".gz", ".bz2"])
def test_import_wikidata_dump(tmp_path, suffix):
    raw = (FIX / "wikidata" / "dump.json").read_bytes()
    dump = tmp_path / f"dump.json{suffix}"
    dump.write_bytes(gzip.compress(raw) if suffix == ".gz" else bz2.compress(raw) if suffix == ".bz2" else raw)
    assert len(list(iter_dump(dump))) == 4
    out = tmp_path / "kb.jsonl"
    n = import_dump(dump, out, langs=("en", "ur", "ar", "fa"))
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert n == 2 == len(recs)  # the German-only item and the property are skipped
    putin, damascus = recs
    assert putin["id"] == "Q7747" and putin["type"] == "PER" and putin["names"]["fa"] == ["پوتین"]
    assert "de" not in putin["names"] and putin["names"]["en"] == ["Vladimir Putin", "Putin"]
    assert damascus["type"] == "LOC" and damascus["country"] == "Q858"
    assert load_kb([out], user=False).get("Q3766").description == "capital of Syria"


def test_import_wikidata_command(cli, tmp_path):
    runner, app = cli
    out = tmp_path / "wd.jsonl"
    r = runner.invoke(app, ["kb", "import-wikidata", str(FIX / "wikidata" / "dump.json"), "--langs", "en,ar", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["Q7747", "Q3766"]


def test_entities_and_review_from_a_store(cli, tmp_path):
    runner, app = cli
    from khabar.storage import open_store

    db = str(tmp_path / "k.db")
    store = open_store(db)
    arts = []
    for i, (lang, text, spelling) in enumerate([("ur", "کل سوتوپو نے کہا", "سوتوپو"), ("ar", "قال سوتوبو أمس", "سوتوبو"),
                                                  ("ur", "پھر سوتوپو آئے", "سوتوپو")]):
        s = text.index(spelling)
        arts.append(Article(id=f"a{i}", text=text, lang=lang, entities=[
            Entity(id="Q7747", name="Vladimir Putin", type="PER", wikidata="Q7747", mentions=[Mention("x", 0, 1)]),
            Entity(id="new:ستب", name=spelling, type="PER", provisional=True, mentions=[Mention(spelling, s, s + len(spelling))])]))
    store.put_articles(arts)
    store.close()
    r = runner.invoke(app, ["entities", "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert rows[0]["name"] == "Vladimir Putin" and rows[0]["articles"] == 3 and rows[0]["langs"] == {"ur": 2, "ar": 1}
    r = runner.invoke(app, ["kb", "review", "--db", db, "--json"])
    rows = json.loads(r.output)
    assert rows[0]["articles"] == 3 and set(rows[0]["spellings"]) == {"سوتوپو", "سوتوبو"} and rows[0]["contexts"]
