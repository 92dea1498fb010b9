"""REST API and server-rendered pages through FastAPI's test client."""

from __future__ import annotations

import json
import warnings

import pytest
from explore_fixture import KB_DIR, build_store

with warnings.catch_warnings():  # starlette warns about httpx at import time; the client works
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from khabar.api.app import create_app


@pytest.fixture()
def store(tmp_path):
    s = build_store(tmp_path / "api.db")
    yield s
    s.close()


@pytest.fixture()
def client(store):
    return TestClient(create_app(store, kb_paths=[str(KB_DIR)], token=""))


# ------------------------------------------------------------------------ search
def test_search_contract(client):
    r = client.get("/api/search", params={"q": "Putin"})
    assert r.status_code == 200
    body = r.json()
    assert {"results", "total"} <= set(body)
    assert body["total"] == len(body["results"]) == 5
    for res in body["results"]:
        assert {"id", "lang", "title", "snippet", "story", "score"} <= set(res)
    scores = [x["score"] for x in body["results"]]
    assert scores == sorted(scores, reverse=True)
    assert {x["lang"] for x in body["results"]} == {"en", "ur", "ar", "fa"}
    assert body["entities"][0]["entity_id"] == "Q7747"


def test_search_lang_filter_and_pagination(client):
    r = client.get("/api/search", params={"q": "Putin", "lang": "ar"})
    assert [x["id"] for x in r.json()["results"]] == ["ar-1"]
    p1 = client.get("/api/search", params={"q": "Putin", "limit": 2}).json()
    p2 = client.get("/api/search", params={"q": "Putin", "limit": 2, "offset": 2}).json()
    assert len(p1["results"]) == 2 and p1["total"] == 5
    assert not {x["id"] for x in p1["results"]} & {x["id"] for x in p2["results"]}


@pytest.mark.parametrize("params", [
    {}, {"q": ""}, {"q": "x", "limit": 0}, {"q": "x", "limit": 101}, {"q": "x", "offset": -1},
    {"q": "x", "date_from": "12/08/2024"}, {"q": "x", "date_field": "whenever"}, {"q": "x", "lang": "Urdu!"},
    {"q": "   "},
])
def test_search_validation_is_a_clear_422(client, params):
    r = client.get("/api/search", params=params)
    assert r.status_code == 422
    assert r.json()["detail"]


# ---------------------------------------------------------------------- resources
def test_article(client):
    r = client.get("/api/articles/ar-1")
    assert r.status_code == 200
    a = r.json()
    assert a["dir"] == "rtl" and a["lang"] == "ar"
    joined = "".join(s["text"] for p in a["paragraphs"] for s in p["segments"])
    assert joined == a["text"].replace("\n", "")
    ents = {s["entity"] for p in a["paragraphs"] for s in p["segments"] if s.get("entity")}
    assert {"Q7747", "Q11913", "Q858"} <= ents
    assert client.get("/api/articles/nope").status_code == 404


def test_stories_and_story_page(client):
    r = client.get("/api/stories")
    assert r.status_code == 200 and r.json()["total"] == 2
    page = client.get("/api/stories/story-hmeimim").json()
    assert [c["lang"] for c in page["columns"]] == ["ur", "ar", "fa", "en"]
    assert [c["dir"] for c in page["columns"]] == ["rtl", "rtl", "rtl", "ltr"]
    assert len(page["quotes"]) == 4
    actors = {row["actor"] for row in page["framing"]["rows"]}
    assert {"Opposition fighters", "مسلح اپوزیشن", "المعارضة المسلحة"} <= actors
    assert client.get("/api/stories/none").status_code == 404


def test_timeline_groups_calendars_on_one_resolved_date(client):
    tl = client.get("/api/stories/story-hmeimim/timeline").json()
    ev = {e["date"]: e for e in tl["events"]}
    assert list(ev) == ["2024-12-08"]
    assert ev["2024-12-08"]["count"] == 4
    assert {m["calendar"] for m in ev["2024-12-08"]["mentions"]} == {"gregorian", "hijri", "jalali"}
    assert tl["range"] == ["2024-12-08", "2024-12-10"]
    assert len(tl["publications"]) == 4


def test_entities(client):
    rows = client.get("/api/entities").json()["results"]
    counts = {r["id"]: r["articles"] for r in rows}
    assert counts["Q7747"] == 4 and counts["Q858"] == 5
    assert [r["id"] for r in client.get("/api/entities", params={"q": "put"}).json()["results"]] == ["Q7747"]
    page = client.get("/api/entities/Q7747").json()
    forms = {n["lang"]: {f["text"] for f in n["forms"] if f["source"] == "articles"} for n in page["names"]}
    assert forms["ur"] == {"پوٹن"} and forms["ar"] == {"بُوتِين", "بوتين"} and forms["fa"] == {"پوتین"} and forms["en"] == {"Putin"}
    assert page["articles"]["total"] == 4
    co = {c["id"]: c["articles"] for c in page["cooccurring"]}
    assert co["Q11913"] == 4 and co["Q858"] == 4 and co["Q159"] == 2
    assert client.get("/api/entities/Q0").status_code == 404


def test_quotes_and_framing(client):
    assert client.get("/api/quotes").status_code == 422
    both = client.get("/api/quotes", params={"entity": "Q7747", "story": "story-herat"}).json()
    assert both["total"] == 0
    qs = client.get("/api/quotes", params={"entity": "Q7747"}).json()
    assert qs["total"] == 4 and {q["lang"] for q in qs["results"]} == {"en", "ur", "ar", "fa"}
    fr = client.get("/api/framing", params={"story": "story-hmeimim"}).json()
    assert fr["stance_by_outlet"]["Sahifat al-Mithal (ar)"] == {"legitimising": 1}
    assert fr["stance_by_outlet"]["Wire One (en)"] == {"delegitimising": 1}
    quoted = {q["speaker"]: q["cells"] for q in fr["quoted"]}
    assert quoted["Putin"] == {"Wire One (en)": 1} and quoted["بوتين"] == {"Sahifat al-Mithal (ar)": 1}
    assert client.get("/api/framing").status_code == 422
    assert client.get("/api/framing", params={"story": "a", "entity": "b"}).status_code == 422
    assert client.get("/api/framing", params={"story": "missing"}).status_code == 404


def test_openapi_schema_lists_the_endpoints(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/search", "/api/articles/{article_id}", "/api/entities", "/api/entities/{entity_id}",
                 "/api/stories", "/api/stories/{story_id}", "/api/stories/{story_id}/timeline", "/api/quotes",
                 "/api/framing", "/api/analyze"):
        assert path in spec["paths"], path
    assert "SearchOut" in spec["components"]["schemas"]


# ------------------------------------------------------------------------ writes
def test_analyze_validation(client):
    assert client.post("/api/analyze", json=[]).status_code == 422
    assert client.post("/api/analyze", json=[{"title": "no body"}]).status_code == 422
    assert client.post("/api/analyze", json=[{"text": "x", "colour": "red"}]).status_code == 422
    assert client.post("/api/analyze", json={"text": "not a list"}).status_code == 422
    assert client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422
    too_many = [{"text": f"doc {i}"} for i in range(101)]
    assert client.post("/api/analyze", json=too_many).status_code == 422


def test_body_limit_413(store):
    c = TestClient(create_app(store, kb_paths=[str(KB_DIR)], token="", max_body=1000))
    r = c.post("/api/analyze", json=[{"text": "word " * 400}])
    assert r.status_code == 413
    assert "1000" in r.json()["detail"]

    def chunks():  # no Content-Length: the streamed body is counted
        for _ in range(10):
            yield b"[" + b" " * 200

    r = c.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_token_guards_writes_not_reads(store, monkeypatch):
    monkeypatch.setenv("KHABAR_API_TOKEN", "s3cret")
    c = TestClient(create_app(store, kb_paths=[str(KB_DIR)]))
    doc = [{"text": "Putin spoke."}]
    assert c.post("/api/analyze", json=doc).status_code == 401
    r = c.post("/api/analyze", json=doc, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert c.post("/api/analyze", json=doc, headers={"Authorization": "Basic s3cret"}).status_code == 401
    assert c.get("/api/search", params={"q": "Putin"}).status_code == 200
    # the right token passes the guard (validation runs next: an empty list is a 422, not a 401)
    assert c.post("/api/analyze", json=[], headers={"Authorization": "Bearer s3cret"}).status_code == 422


def test_analyze_runs_the_pipeline_and_stores(store, monkeypatch):
    calls = []

    def fake_analyze_articles(articles, *, db=None, config=None):
        from khabar.services import RunReport

        calls.append([a.id for a in articles])
        for a in articles:
            a.text, a.lang = a.raw, "en"
        added = db.put_articles(articles)
        return articles, RunReport(added=added)

    monkeypatch.setattr("khabar.services.analyze_articles", fake_analyze_articles)
    c = TestClient(create_app(store, kb_paths=[str(KB_DIR)], token=""))
    r = c.post("/api/analyze", json=[{"id": "new-1", "title": "Zanzibar", "text": "Zanzibar ferry news.", "outlet": "Test"},
                                     {"text": "Another quokka item."}])
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["added"] == 2 and calls and calls[0][0] == "new-1" and calls[0][1].startswith("api-")
    assert body["articles"][0]["outlet"] == "Test"
    # the searcher's caches were invalidated: the new article is searchable at once
    hits = c.get("/api/search", params={"q": "quokka"}).json()["results"]
    assert [h["id"] for h in hits] == [calls[0][1]]


# ------------------------------------------------------------------------- pages
def test_pages_render_with_rtl_markup(client):
    home = client.get("/", params={"q": "Putin"})
    assert home.status_code == 200 and "<mark>" in home.text and "/stories/story-hmeimim" in home.text
    story = client.get("/stories/story-hmeimim").text
    assert 'lang="ur" dir="rtl"' in story and 'lang="ar" dir="rtl"' in story and 'lang="en" dir="ltr"' in story
    assert 'href="/entities/Q7747"' in story
    data = story.split('id="timeline-data">')[1].split("</script>")[0]
    assert json.loads(data)["events"][0]["date"] == "2024-12-08"
    ent = client.get("/entities/Q7747").text
    assert "پوٹن" in ent and "بوتين" in ent and "/entities/Q11913" in ent
    assert client.get("/stories/none").status_code == 404
    assert client.get("/articles/ur-1").status_code == 200
    assert client.get("/static/app.js").status_code == 200


def test_page_text_is_escaped(store):
    from explore_fixture import make_article

    store.put_articles([make_article("x-1", "en", "<script>alert(1)</script>", "2024-01-01", "<b>bold</b> title",
                                     ["Body with <i>tags</i> and Putin."])])
    c = TestClient(create_app(store, kb_paths=[str(KB_DIR)], token=""))
    html = c.get("/articles/x-1").text
    assert "<script>alert(1)</script>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    res = c.get("/", params={"q": "tags"}).text
    assert "<i>tags</i>" not in res


def test_serve_command_is_registered():
    from typer.testing import CliRunner

    from khabar.cli import app

    out = CliRunner().invoke(app, ["serve", "--help"])
    assert out.exit_code == 0
    for opt in ("--db", "--host", "--port"):
        assert opt in out.output


def test_serve_starts_uvicorn_with_the_app(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from khabar.cli import app

    seen = {}

    def fake_run(asgi, host, port, log_level):
        seen.update(app=asgi, host=host, port=port)

    monkeypatch.setattr("uvicorn.run", fake_run)
    db = tmp_path / "s.db"
    build_store(db).close()
    out = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", "8765"])
    assert out.exit_code == 0, out.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8765
    r = TestClient(seen["app"]).get("/api/search", params={"q": "Herat"})
    assert r.status_code == 200 and r.json()["total"] == 2
