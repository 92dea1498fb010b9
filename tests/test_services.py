"""analyze(): idempotent, resumable after kill -9, bad input reported while the batch goes on."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from khabar.config import Config
from khabar.services import analyze, export
from khabar.storage import open_store

LIGHT = Config(stages=("clean", "langid", "normalize"), workers=1, options={"stories": False})
WORDS_UR = "حکومت وزیر اعظم اجلاس کابینہ معیشت بجٹ عوام ریلیف اعلان بیان ملاقات صدر شہر صوبہ پانی بجلی سڑک اسکول ہسپتال".split()


def _write_corpus(folder: Path, n: int, seed: int = 1) -> None:
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "\n".join(" ".join(rnd.choice(WORDS_UR) for _ in range(18)) + "۔" for _ in range(3))
        (folder / f"a{i:05d}.txt").write_text(f"خبر نمبر {i}\n\n{body}\n", encoding="utf-8")


def test_rerun_adds_nothing_and_out_lists_every_input(tmp_path):
    _write_corpus(tmp_path / "c", 30)
    db = str(tmp_path / "k.db")
    r1 = analyze([tmp_path / "c"], db=db, out=tmp_path / "1.jsonl", config=LIGHT)
    assert (r1.added, r1.skipped, r1.failed) == (30, 0, 0)
    r2 = analyze([tmp_path / "c"], db=db, out=tmp_path / "2.jsonl", config=LIGHT)
    assert (r2.added, r2.skipped) == (0, 30)
    one = [json.loads(x) for x in (tmp_path / "1.jsonl").read_text().splitlines()]
    two = [json.loads(x) for x in (tmp_path / "2.jsonl").read_text().splitlines()]
    assert [r["id"] for r in one] == [r["id"] for r in two] == [f"a{i:05d}" for i in range(30)]
    assert one == two
    store = open_store(db)
    assert store.count_articles() == 30 and len(store.runs()) == 2


def test_same_content_under_another_name_is_an_alias(tmp_path):
    _write_corpus(tmp_path / "c", 2)
    (tmp_path / "c" / "copy.txt").write_bytes((tmp_path / "c" / "a00001.txt").read_bytes())
    db = str(tmp_path / "k.db")
    r = analyze([tmp_path / "c"], db=db, config=LIGHT)
    assert (r.added, r.skipped) == (2, 1)
    store = open_store(db)
    assert store.get_article("copy").id == "a00001"


def test_bad_inputs_are_reported_and_the_rest_is_processed(tmp_path):
    _write_corpus(tmp_path / "c", 3)
    (tmp_path / "c" / "empty.txt").write_bytes(b"")
    (tmp_path / "c" / "bin.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "c" / "lines.jsonl").write_text('{"id": "j", "text": "ایک خبر"}\n{oops\n', encoding="utf-8")
    r = analyze([tmp_path / "c"], db=str(tmp_path / "k.db"), config=LIGHT)
    assert r.added == 4 and r.failed == 3
    assert any(e.endswith("empty.txt: empty file") for e in r.errors)
    assert any("lines.jsonl:2: malformed JSON line" in e for e in r.errors)


def test_export_jsonl_and_csv(tmp_path):
    _write_corpus(tmp_path / "c", 5)
    db = str(tmp_path / "k.db")
    analyze([tmp_path / "c"], db=db, config=LIGHT)
    import io
    buf = io.StringIO()
    assert export("jsonl", db=db, out=buf) == 5
    assert all(json.loads(x)["lang"] == "ur" for x in buf.getvalue().splitlines())
    buf = io.StringIO()
    assert export("csv", db=db, out=buf) == 5
    assert buf.getvalue().splitlines()[0].startswith("id,lang,title")


def test_kill_9_mid_run_resumes_without_losing_or_duplicating(tmp_path):
    n = 1500
    _write_corpus(tmp_path / "c", n, seed=7)
    db = tmp_path / "k.db"
    khabar = [sys.executable, "-m", "khabar.cli"]
    args = ["analyze", str(tmp_path / "c"), "--db", str(db), "--stages", "clean,langid,normalize", "-j", "1", "--batch-size", "25", "-q"]
    proc = subprocess.Popen(khabar + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    stored = 0
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(db, timeout=1) as c:
                stored = c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 100:
            break
    assert proc.poll() is None, "run finished before it could be killed; make the corpus larger"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as c:
        partial = c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        assert c.execute("SELECT status FROM runs").fetchall() == [("running",)]
    assert 100 <= partial < n and partial % 25 == 0  # only whole batches were committed
    done = subprocess.run(khabar + args, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{n - partial} added, {partial} already stored" in done.stderr
    with sqlite3.connect(db) as c:
        ids = [r[0] for r in c.execute("SELECT id FROM articles")]
        assert sorted(ids) == [f"a{i:05d}" for i in range(n)]
        assert c.execute("SELECT COUNT(*) FROM fts").fetchone()[0] == n
        assert c.execute("SELECT COUNT(DISTINCT rid) FROM paragraphs").fetchone()[0] == n
        assert c.execute("SELECT COUNT(*) FROM articles WHERE story IS NULL").fetchone()[0] == 0
        state = c.execute("SELECT value FROM state WHERE key='stories'").fetchone()[0]
    from khabar.stories import StoryClusterer

    restored = StoryClusterer(Config(), state=bytes(state))
    assert all(restored.story_of(f"a{i:05d}") for i in range(n))  # articles stored after the last state save were replayed


def test_embed_stores_one_vector_per_article_and_feeds_vector_search(tmp_path):
    from khabar.search import Searcher
    from khabar.services import embed_articles

    docs = {
        "flood": "سیلاب نے شہر میں تباہی مچا دی اور ہزاروں لوگ بے گھر ہو گئے، امدادی ٹیمیں متاثرین تک پہنچ رہی ہیں۔",
        "oil": "تیل کی پیداوار میں کمی کا فیصلہ برقرار رکھا گیا اور قیمتوں پر اس کے اثرات کا جائزہ لیا گیا۔",
        "trade": "سرحدی تجارت بڑھانے کے لیے دونوں ممالک نے نئی منڈیاں کھولنے کا معاہدہ کیا۔",
    }
    (tmp_path / "c").mkdir()
    for k, v in docs.items():
        (tmp_path / "c" / f"{k}.txt").write_text(v, encoding="utf-8")
    db = str(tmp_path / "k.db")
    analyze([tmp_path / "c"], db=db, config=LIGHT)
    assert embed_articles(db=db, model="hashing") == 3
    assert embed_articles(db=db, model="hashing") == 0  # already embedded
    store = open_store(db)
    assert len(store.get_vectors()) == 3 and store.vector_model()
    hits = Searcher(store, embedder="hashing").search("سیلاب سے تباہی اور بے گھر لوگ", sources=("vector",))
    assert hits.results and hits.results[0].id == "flood"
