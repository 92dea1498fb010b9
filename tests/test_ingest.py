"""Ingest: formats, encodings, and every kind of bad input named in issue 2."""

import io
import json
import zipfile

import pytest

from khabar.ingest import IngestError, decode_bytes, iter_articles

URDU = "روسی صدر ولادیمیر پوٹن نے ماسکو میں شامی صدر سے ملاقات کی اور دونوں رہنماؤں نے تعاون پر بات کی۔"
ARABIC = "قال الرئيس الروسي فلاديمير بوتين إن بلاده ستواصل دعم الحكومة السورية في مواجهة الأزمة الاقتصادية."


def _split(items):
    arts = [x for x in items if not isinstance(x, IngestError)]
    errs = [x for x in items if isinstance(x, IngestError)]
    return arts, errs


@pytest.mark.parametrize("encoding,expect", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig (BOM)"), ("utf-16", "utf-16-le (BOM)"),
    ("utf-16-be", "utf-16-be (no BOM, decoded text plausible)"), ("utf-16-le", "utf-16-le (no BOM, decoded text plausible)"),
])
def test_unicode_encodings_are_decoded_and_recorded(encoding, expect):
    text, decision = decode_bytes(URDU.encode(encoding))
    assert text == URDU
    assert decision == expect


def test_windows_1256_arabic_is_detected():
    data = (ARABIC + "\n" + ARABIC.replace("بوتين", "لافروف")).encode("cp1256")
    text, decision = decode_bytes(data)
    assert "فلاديمير" in text
    assert decision.startswith("windows-1256")


def test_cp1252_english_is_detected():
    data = "The minister\u2019s caf\u00e9 visit \u2013 a r\u00e9sum\u00e9 of talks.".encode("cp1252")
    text, decision = decode_bytes(data)
    assert "café" in text and "minister’s" in text
    assert "1252" in decision or "1256" not in decision


def test_formats_and_stable_ids(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a1.txt").write_text(URDU, encoding="utf-8")
    (tmp_path / "page.html").write_text(f"<html><head><title>T</title></head><body><article><p>{ARABIC}</p></article></body></html>", encoding="utf-8")
    (tmp_path / "batch.jsonl").write_text(
        json.dumps({"id": "j1", "title": "x", "text": ARABIC, "url": "http://e/1", "published": "2024-12-08", "outlet": "O"}, ensure_ascii=False)
        + "\n" + json.dumps({"title": "no id", "html": f"<p>{URDU}</p>"}, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "arr.json").write_text(json.dumps([{"source": "okaz", "url": "u", "title": "t", "content": ARABIC, "date_extracted": "2015-07-21"}], ensure_ascii=False), encoding="utf-8")
    arts, errs = _split(list(iter_articles([tmp_path])))
    assert not errs
    ids = sorted(a.id for a in arts)
    assert ids == ["a1", "arr-00000", "batch-2", "j1", "page"]
    j1 = next(a for a in arts if a.id == "j1")
    assert (j1.url, j1.published, j1.outlet, j1.title) == ("http://e/1", "2024-12-08", "O", "x")
    arr = next(a for a in arts if a.id == "arr-00000")
    assert arr.outlet == "okaz" and arr.meta["date_extracted"] == "2015-07-21"
    assert next(a for a in arts if a.id == "page").meta["format"] == "html"
    # the same input read twice gives the same ids and hashes
    again = {a.id: a.content_hash for a in iter_articles([tmp_path]) if not isinstance(a, IngestError)}
    assert again == {a.id: a.content_hash for a in arts}


def test_globs_and_missing_paths(tmp_path):
    (tmp_path / "x.txt").write_text(URDU, encoding="utf-8")
    (tmp_path / "y.txt").write_text(ARABIC, encoding="utf-8")
    arts, errs = _split(list(iter_articles([str(tmp_path / "*.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "z*.txt")])))
    assert sorted(a.id for a in arts) == ["x", "y"]
    assert len(errs) == 2 and all(str(tmp_path) in str(e) for e in errs)


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    arts, errs = _split(list(iter_articles([p])))
    assert not arts and len(errs) == 1
    assert str(errs[0]) == f"{p}: empty file"


def test_binary_file(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(bytes(range(256)) * 20)
    arts, errs = _split(list(iter_articles([p])))
    assert not arts and "binary" in errs[0].message and str(p) in str(errs[0])


def test_undecodable_bytes_are_reported_not_guessed(tmp_path):
    p = tmp_path / "broken.txt"
    p.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 30 + b"\x00\x01\x02" * 10)
    arts, errs = _split(list(iter_articles([p])))
    assert not arts and len(errs) == 1 and str(p) in str(errs[0])


def test_50_mb_text_file_is_refused_with_a_clear_error(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        line = (URDU + "\n").encode("utf-8")
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    ok = tmp_path / "ok.txt"
    ok.write_text(URDU, encoding="utf-8")
    arts, errs = _split(list(iter_articles([tmp_path])))
    assert [a.id for a in arts] == ["ok"]
    assert len(errs) == 1 and "too large" in errs[0].message and "huge.txt" in str(errs[0])


def test_malformed_jsonl_lines_name_the_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "g", "text": URDU}, ensure_ascii=False)
    p.write_text("\n".join([good, "{not json", json.dumps([1, 2]), json.dumps({"id": "notext"}), good.replace('"g"', '"h"')]) + "\n", encoding="utf-8")
    arts, errs = _split(list(iter_articles([p])))
    assert [a.id for a in arts] == ["g", "h"]
    assert [e.line for e in errs if e.line] == [2, 3]
    assert any("notext" in e.message for e in errs)
    assert str(errs[0]).startswith(f"{p}:2: malformed JSON line")


def test_html_with_no_body(tmp_path):
    p = tmp_path / "nobody.html"
    p.write_text("<html><head><title>x</title></head></html>", encoding="utf-8")
    arts, errs = _split(list(iter_articles([p])))
    assert not arts and errs[0].message == "HTML with no body text"


def test_zip_with_path_traversal_member(tmp_path):
    p = tmp_path / "bundle.zip"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("../../etc/evil.txt", URDU)
        zf.writestr("/abs.txt", URDU)
        zf.writestr("good/one.txt", ARABIC)
        zf.writestr("data.json", json.dumps([{"title": "t", "content": URDU}], ensure_ascii=False))
    arts, errs = _split(list(iter_articles([p])))
    assert sorted(a.id for a in arts) == ["data-00000", "one"]
    assert len(errs) == 2 and all("path traversal" in e.message for e in errs)
    assert not (tmp_path.parent.parent / "etc" / "evil.txt").exists()


def test_rss_and_atom_feeds(tmp_path):
    rss = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kh News</title>
    <item><title>One</title><link>http://e/1</link><guid>http://e/1</guid><pubDate>Sun, 08 Dec 2024 10:00:00 GMT</pubDate>
    <description>{ARABIC}</description></item>
    <item><title>Two</title><link>http://e/2</link><description>&lt;p&gt;{URDU}&lt;/p&gt;</description></item></channel></rss>"""
    (tmp_path / "feed.rss").write_text(rss, encoding="utf-8")
    arts, errs = _split(list(iter_articles([tmp_path / "feed.rss"])))
    assert not errs and len(arts) == 2
    assert arts[0].published == "2024-12-08" and arts[0].outlet == "Kh News" and arts[0].url == "http://e/1"
    assert arts[1].meta["format"] == "html"


def test_warc_responses(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "crawl.warc.gz"
    with open(p, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i, body in enumerate((ARABIC, URDU)):
            html = f"<html><body><article><h1>T{i}</h1><p>{body}</p><p>{body}</p></article></body></html>".encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"http://example.org/n/{i}", "response", payload=io.BytesIO(html), http_headers=headers))
    arts, errs = _split(list(iter_articles([p])))
    assert not errs and len(arts) == 2
    assert arts[0].url == "http://example.org/n/0" and arts[0].meta["format"] == "html"


def test_plain_text_front_matter_carries_metadata(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text(f"---\noutlet: SANA\npublished: 2024-11-13\nurl: http://e/x\n---\n{ARABIC}\n", encoding="utf-8")
    q = tmp_path / "m.txt"
    q.write_text(f"---\nnot: a header\n---\n{ARABIC}\n", encoding="utf-8")
    arts, errs = _split(list(iter_articles([tmp_path])))
    a = next(x for x in arts if x.id == "n")
    assert (a.outlet, a.published, a.url) == ("SANA", "2024-11-13", "http://e/x")
    assert a.raw.strip() == ARABIC
    assert next(x for x in arts if x.id == "m").raw.startswith("---")
