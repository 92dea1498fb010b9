import json
import subprocess
import sys

KHABAR = [sys.executable, "-m", "khabar.cli"]
STAGES = ["--stages", "clean,langid,normalize", "-j", "1"]


def run(*args, **kw):
    return subprocess.run(KHABAR + list(args), capture_output=True, text=True, timeout=300, **kw)


def test_seeds_give_four_urdu_one_arabic_and_the_gold_boilerplate(tmp_path, seeds_dir, shared):
    out = tmp_path / "x.jsonl"
    r = run("analyze", str(seeds_dir), "--db", str(tmp_path / "k.db"), "--out", str(out), *STAGES)
    assert r.returncode == 0, r.stderr
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(x["lang"] for x in recs) == ["ar", "ur", "ur", "ur", "ur"]
    for aspect in ("lang", "boilerplate"):
        s = subprocess.run([sys.executable, str(shared / "tools" / "score_seeds.py"), str(out), str(shared / "gold" / "seeds.json"), aspect, "1.0"],
                           capture_output=True, text=True)
        assert s.returncode == 0, s.stdout


def test_exit_code_nonzero_only_when_nothing_could_be_processed(tmp_path):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    r = run("analyze", str(tmp_path / "bad"), "--db", str(tmp_path / "k.db"), *STAGES)
    assert r.returncode == 1 and "empty.txt: empty file" in r.stderr
    (tmp_path / "bad" / "ok.txt").write_text("قال الرئيس إن الحكومة ستعمل على حل الأزمة الاقتصادية", encoding="utf-8")
    r = run("analyze", str(tmp_path / "bad"), "--db", str(tmp_path / "k.db"), *STAGES)
    assert r.returncode == 0 and "1 added" in r.stderr and "empty.txt: empty file" in r.stderr


def test_show_stats_export(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "n1.txt").write_text("وزیر اعظم نے کہا کہ حکومت عوام کو ریلیف دے گی اور مہنگائی کم کرے گی۔", encoding="utf-8")
    db = str(tmp_path / "k.db")
    assert run("analyze", str(tmp_path / "c"), "--db", db, *STAGES).returncode == 0
    r = run("show", "n1", "--db", db, "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["lang"] == "ur"
    assert run("show", "missing", "--db", db).returncode == 1
    r = run("stats", "--db", db, "--json")
    assert json.loads(r.stdout)["articles"] == 1
    r = run("export", "--db", db, "--format", "csv")
    assert r.stdout.splitlines()[1].startswith("n1,ur")
