"""The REST API (FastAPI) and the web UI on one app: ``create_app(db)``.

Thin shell: every endpoint calls one function of ``khabar.services``/``khabar.explore`` and returns its
result through a Pydantic schema. One store per app; SQLite's single connection is used under a lock.
Write endpoints need ``Authorization: Bearer $KHABAR_API_TOKEN`` when that variable is set; request
bodies over ``max_body`` bytes get 413 before they are read."""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from .. import explore
from ..storage import Store, open_store
from .schemas import (
    MAX_DOCS,
    AnalyzeOut,
    ArticleOut,
    DocumentIn,
    EntityList,
    EntityPageOut,
    ErrorOut,
    FramingOut,
    QuoteList,
    SearchOut,
    StoryList,
    StoryPageOut,
    TimelineOut,
)

__all__ = ["DEFAULT_MAX_BODY", "create_app"]

DEFAULT_MAX_BODY = 5 * 1024 * 1024
MAX_LIMIT = 100
MAX_OFFSET = 10_000

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (1-{MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"items to skip (0-{MAX_OFFSET})")]
_ISO = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_ERR = {404: {"model": ErrorOut}, 422: {"model": ErrorOut}}


class BodyLimit:
    """ASGI middleware: 413 for a declared Content-Length over the limit, and for a streamed body
    that grows past it (chunked uploads declare no length)."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._reject(scope, receive, send)
            return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        # read the (streamed) body up to the limit before the app sees it, then replay it
        chunks, seen = [], 0
        while True:
            msg = await receive()
            if msg["type"] != "http.request":
                break
            seen += len(msg.get("body", b""))
            if seen > self.max_bytes:
                await self._reject(scope, receive, send)
                return
            chunks.append(msg.get("body", b""))
            if not msg.get("more_body"):
                break
        body, sent = b"".join(chunks), False

        async def replay() -> dict:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _reject(self, scope: dict, receive: Any, send: Any) -> None:
        resp = JSONResponse({"detail": f"request body over {self.max_bytes} bytes"}, status_code=413)
        await resp(scope, receive, send)


def create_app(db: str | Store | None = None, *, token: str | None = None, max_body: int | None = None,
               kb_paths: list[str] | None = None, web: bool = True, warm: bool = False) -> Any:
    """The app over one store (a path/URL, or an open Store). ``token`` defaults to $KHABAR_API_TOKEN,
    ``max_body`` to $KHABAR_API_MAX_BYTES or 5 MB; ``kb_paths`` replaces the shipped KB for query linking;
    ``warm`` loads the search caches before the first request (``khabar serve`` does)."""
    store = db if db is not None and not isinstance(db, str) else open_store(db)
    token = token if token is not None else os.environ.get("KHABAR_API_TOKEN") or None
    max_body = max_body or int(os.environ.get("KHABAR_API_MAX_BYTES", DEFAULT_MAX_BODY))
    lock = threading.RLock()
    if kb_paths is not None:
        explore.get_searcher(store, kb_paths=kb_paths)
    if warm:  # build the KB matcher and the store's name index now, not on the first search
        with lock:
            explore.get_searcher(store).link("warm up")

    app = FastAPI(title="khabar", version="0.1.0",
                  description="Search and explore news stories across Urdu, Arabic, Persian and English.")
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.state.store = store
    app.state.lock = lock

    @contextmanager
    def locked() -> Iterator[Store]:
        with lock:
            yield store

    def require_token(request: Request) -> None:
        if not token:
            return
        auth = request.headers.get("authorization", "")
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(401, "missing or wrong API token (Authorization: Bearer <KHABAR_API_TOKEN>)",
                                headers={"WWW-Authenticate": "Bearer"})

    def not_found(what: str, ident: str) -> HTTPException:
        return HTTPException(404, f"no {what} {ident!r}")

    # ------------------------------------------------------------------ reads
    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        return {"ok": True}

    @app.get("/api/stats", tags=["meta"])
    def stats() -> dict[str, Any]:
        with locked() as s:
            return s.stats()

    @app.get("/api/search", response_model=SearchOut, responses=_ERR, tags=["search"])
    def search(
        q: Annotated[str, Query(min_length=1, max_length=500, description="words and/or names, any script")],
        lang: Annotated[str | None, Query(max_length=10, pattern=r"^[a-z]{2,3}$")] = None,
        outlet: Annotated[str | None, Query(max_length=200)] = None,
        date_from: Annotated[str | None, Query(pattern=_ISO, description="ISO date prefix, inclusive")] = None,
        date_to: Annotated[str | None, Query(pattern=_ISO, description="ISO date prefix, inclusive")] = None,
        date_field: Annotated[str, Query(pattern="^(published|mentioned)$")] = "published",
        entity: Annotated[str | None, Query(max_length=200)] = None,
        story: Annotated[str | None, Query(max_length=200)] = None,
        limit: Limit = 20,
        offset: Annotated[int, Query(ge=0, le=1000)] = 0,
    ) -> dict[str, Any]:
        if not q.strip():
            raise HTTPException(422, "q must contain a word")
        with locked() as s:
            resp = explore.search_articles(s, q, lang=lang, outlet=outlet, date_from=date_from, date_to=date_to,
                                           date_field=date_field, entity=entity, story=story, limit=limit, offset=offset)
        return {**resp.as_dict(), "limit": limit, "offset": offset}

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, responses=_ERR, tags=["articles"])
    def article(article_id: str) -> dict[str, Any]:
        with locked() as s:
            a = s.get_article(article_id)
        if a is None:
            raise not_found("article", article_id)
        return explore.article_view(a)

    @app.get("/api/stories", response_model=StoryList, tags=["stories"])
    def stories(limit: Limit = 50, offset: Offset = 0, lang: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
                min_size: Annotated[int, Query(ge=1, le=1000)] = 1) -> dict[str, Any]:
        with locked() as s:
            out = explore.list_stories(s, limit=limit, offset=offset, lang=lang, min_size=min_size)
        return {**out, "limit": limit, "offset": offset}

    @app.get("/api/stories/{story_id}", response_model=StoryPageOut, responses=_ERR, tags=["stories"])
    def story(story_id: str) -> dict[str, Any]:
        with locked() as s:
            page = explore.story_page(s, story_id)
        if page is None:
            raise not_found("story", story_id)
        return page

    @app.get("/api/stories/{story_id}/timeline", response_model=TimelineOut, responses=_ERR, tags=["stories"])
    def timeline(story_id: str) -> dict[str, Any]:
        with locked() as s:
            tl = explore.story_timeline(s, story_id)
        if tl is None:
            raise not_found("story", story_id)
        return tl

    @app.get("/api/entities", response_model=EntityList, tags=["entities"])
    def entities(q: Annotated[str | None, Query(max_length=200)] = None,
                 type: Annotated[str | None, Query(pattern="^(PER|LOC|ORG|EVENT|MISC)$")] = None,
                 limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        with locked() as s:
            return explore.list_entities(s, q=q, type=type, limit=limit, offset=offset)

    @app.get("/api/entities/{entity_id}", response_model=EntityPageOut, responses=_ERR, tags=["entities"])
    def entity(entity_id: str, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        with locked() as s:
            page = explore.entity_page(s, entity_id, limit=limit, offset=offset)
        if page is None:
            raise not_found("entity", entity_id)
        return page

    @app.get("/api/quotes", response_model=QuoteList, responses=_ERR, tags=["quotes"])
    def quotes(story: Annotated[str | None, Query(max_length=200)] = None,
               entity: Annotated[str | None, Query(max_length=200, description="speaker entity id")] = None,
               limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        if not story and not entity:
            raise HTTPException(422, "give story= and/or entity=")
        with locked() as s:
            out = explore.list_quotes(s, story=story, entity=entity, limit=limit, offset=offset)
        return {**out, "limit": limit, "offset": offset}

    @app.get("/api/framing", response_model=FramingOut, responses=_ERR, tags=["framing"])
    def framing(story: Annotated[str | None, Query(max_length=200)] = None,
                entity: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
        if bool(story) == bool(entity):
            raise HTTPException(422, "give exactly one of story= or entity=")
        with locked() as s:
            if story and s.get_story(story) is None and not any(True for _ in s.iter_articles(story=story)):
                raise not_found("story", story)
            return explore.framing_view(s, story=story, entity=entity)

    # ----------------------------------------------------------------- writes
    @app.post("/api/analyze", response_model=AnalyzeOut, responses={401: {"model": ErrorOut}, 413: {"model": ErrorOut}, **_ERR},
              tags=["analysis"], dependencies=[Depends(require_token)])
    def analyze(docs: list[DocumentIn]) -> dict[str, Any]:
        """Analyse submitted documents with the whole pipeline and store them (same content twice adds nothing)."""
        if not docs:
            raise HTTPException(422, "send a JSON list of at least one document")
        if len(docs) > MAX_DOCS:
            raise HTTPException(422, f"at most {MAX_DOCS} documents per request")
        with locked() as s:
            try:
                done, report = explore.analyze_documents(s, [d.model_dump(exclude_none=True) for d in docs])
            except explore.DocumentError as exc:
                raise HTTPException(422, str(exc)) from None
        return {"added": report.added, "skipped": report.skipped, "failed": report.failed, "errors": report.errors,
                "elapsed_s": round(report.elapsed, 3), "articles": [a.to_record() for a in done]}

    if web:
        from ..web.routes import add_web_routes

        add_web_routes(app, locked)
    return app
