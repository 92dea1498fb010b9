"""Outlet comparison: framing_table, CSV rows and the `khabar framing` command over a store."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from khabar.document import Article, Label, Quote
from khabar.framing.compare import framing_table, write_csv


def _articles() -> list[Article]:
    a = Article(id="a1", text="x", outlet="Outlet A", lang="ur", labels=[
        Label("Syrian armed opposition", "دہشت گردوں", 0, 1, "terrorists", "delegitimising"),
        Label("Syrian armed opposition", "دہشت گرد", 0, 1, "terrorists", "delegitimising"),
        Label("Jaish al-Fatah", "تکفیری دہشت گرد گروہ", 0, 1, "takfiri terrorists", "delegitimising", "Q1"),
    ], quotes=[Quote("Kamal Ahmed", "x", 0, 1, "Q9", hedged=True), Quote("Kamal Ahmed", "y", 0, 1, "Q9")])
    b = Article(id="b1", text="y", outlet="Outlet B", lang="ar", labels=[
        Label("Syrian armed opposition", "المعارضة", 0, 1, "opposition", "neutral"),
    ], quotes=[Quote("informed sources", "z", 0, 1, kind="direct")])
    c = Article(id="c1", text="z", outlet="Outlet B", lang="ar", labels=[
        Label("Syrian armed opposition", "الفصائل", 0, 1, "factions", "neutral"),
        Label("Syrian armed opposition", "المعارضة", 0, 1, "opposition", "neutral"),
    ])
    return [a, b, c]


def test_framing_table_counts_labels_per_outlet_and_actor():
    t = framing_table(_articles())
    assert t["articles"] == 3
    outlets = {(o["outlet"], o["lang"]): o for o in t["outlets"]}
    a = outlets[("Outlet A", "ur")]
    top = a["labels"][0]
    assert (top["actor"], top["gloss"], top["count"]) == ("Syrian armed opposition", "terrorists", 2)
    assert top["surfaces"] == {"دہشت گردوں": 1, "دہشت گرد": 1}
    assert a["quotes"] == [{"speaker": "Kamal Ahmed", "speaker_id": "Q9", "count": 2, "hedged": 1, "direct": 0}]
    b = outlets[("Outlet B", "ar")]
    assert b["articles"] == 2
    assert [(r["gloss"], r["count"]) for r in b["labels"]] == [("opposition", 2), ("factions", 1)]
    assert t["actors"]["Syrian armed opposition"]["stances"] == {"delegitimising": 2, "neutral": 3}
    json.dumps(t, ensure_ascii=False)  # the web UI gets it as JSON


def test_framing_table_entity_filter_keeps_umbrella_actor():
    t = framing_table(_articles(), entity="Jaish al-Fatah")
    assert t["articles"] == 1
    actors = {r["actor"] for o in t["outlets"] for r in o["labels"]}
    assert actors == {"Jaish al-Fatah", "Syrian armed opposition"}  # the group it belongs to, per the lexicon
    assert framing_table(_articles(), entity="Nobody")["outlets"] == []


def test_csv_export_rows():
    buf = io.StringIO()
    n = write_csv(framing_table(_articles()), buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == n == 4 + 2
    assert {r["kind"] for r in rows} == {"label", "quote"}
    assert any(r["speaker"] == "informed sources" and r["direct"] == "1" for r in rows)


def test_cli_framing_over_a_store(tmp_path):
    from khabar.cli import app
    from khabar.services import open_store

    db = str(tmp_path / "f.db")
    store = open_store(db)
    store.put_articles(_articles())
    out = tmp_path / "f.csv"
    res = CliRunner().invoke(app, ["framing", "--db", db, "--csv", str(out)])
    assert res.exit_code == 0, res.output
    assert "Outlet A" in res.output and out.read_text(encoding="utf-8").startswith("kind,outlet")
    res = CliRunner().invoke(app, ["framing", "--db", db, "--json", "--entity", "Kamal Ahmed"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert [o["outlet"] for o in data["outlets"]] == ["Outlet A"]
