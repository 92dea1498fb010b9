"""The web UI: Jinja2 pages over the same ``khabar.explore`` functions the API uses.

Templates only render the dicts these functions return; the timeline and framing charts are drawn
by static/app.js from the same JSON the API serves (embedded in the page, so one request per page)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import explore
from ..storage import Store

HERE = Path(__file__).parent
LANG_CHOICES = [("", "all languages"), ("ur", "اردو"), ("ar", "العربية"), ("fa", "فارسی"), ("en", "English")]


def add_web_routes(app: FastAPI, locked: Callable[[], AbstractContextManager[Store]]) -> None:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"langs": LANG_CHOICES, **ctx}, status_code=status)

    def missing(request: Request, what: str, ident: str) -> HTMLResponse:
        return page(request, "missing.html", 404, what=what, ident=ident)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, q: str = Query("", max_length=500), lang: str = Query("", max_length=10),
             date_from: str = Query("", max_length=10), date_to: str = Query("", max_length=10),
             offset: int = Query(0, ge=0, le=1000)) -> HTMLResponse:
        result = None
        error = None
        with locked() as s:
            if q.strip():
                try:
                    result = explore.search_articles(s, q, lang=lang or None, date_from=date_from or None,
                                                     date_to=date_to or None, limit=20, offset=offset).as_dict()
                except ValueError as exc:
                    error = str(exc)
            stories = explore.list_stories(s, limit=12, min_size=1)["results"]
            stats = s.stats()
        return page(request, "search.html", q=q, lang=lang, date_from=date_from, date_to=date_to, offset=offset,
                    result=result, error=error, stories=stories, stats=stats)

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories(request: Request, offset: int = Query(0, ge=0, le=100_000)) -> HTMLResponse:
        with locked() as s:
            data = explore.list_stories(s, limit=50, offset=offset)
        return page(request, "stories.html", data=data, offset=offset)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story(request: Request, story_id: str) -> HTMLResponse:
        with locked() as s:
            data = explore.story_page(s, story_id)
        if data is None:
            return missing(request, "story", story_id)
        return page(request, "story.html", data=data)

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities(request: Request, q: str = Query("", max_length=200), offset: int = Query(0, ge=0, le=100_000)) -> HTMLResponse:
        with locked() as s:
            data = explore.list_entities(s, q=q or None, limit=50, offset=offset)
        return page(request, "entities.html", data=data, q=q, offset=offset)

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity(request: Request, entity_id: str, offset: int = Query(0, ge=0, le=100_000)) -> HTMLResponse:
        with locked() as s:
            data = explore.entity_page(s, entity_id, limit=50, offset=offset)
        if data is None:
            return missing(request, "entity", entity_id)
        return page(request, "entity.html", data=data, offset=offset)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article(request: Request, article_id: str) -> HTMLResponse:
        with locked() as s:
            a = s.get_article(article_id)
        if a is None:
            return missing(request, "article", article_id)
        return page(request, "article.html", a=explore.article_view(a))
