"""CLI of the stories area: ``khabar stories``, ``khabar story ID``, ``khabar duplicates``, ``khabar eval stories``."""

from __future__ import annotations

import json

import typer

DB_HELP = "store (default ./khabar.db or $KHABAR_DB)"


def register_cli(app: typer.Typer, eval_app: typer.Typer, kb_app: typer.Typer) -> None:
    @app.command("stories")
    def stories_cmd(
        lang: str | None = typer.Option(None, "--lang", help="only stories with an article in this language"),
        since: str | None = typer.Option(None, "--since", help="only stories active on or after this date (YYYY-MM-DD)"),
        min_size: int = typer.Option(1, "--min-size", help="only stories with at least this many articles"),
        limit: int = typer.Option(50, "--limit"),
        db: str | None = typer.Option(None, "--db", help=DB_HELP),
        json_out: bool = typer.Option(False, "--json"),
    ) -> None:
        """Stories, largest and most multilingual first."""
        from rich.console import Console
        from rich.table import Table

        from khabar.services import open_store

        store = open_store(db)
        rows = []
        for s in store.list_stories():
            if lang and lang not in s.langs:
                continue
            if since and (s.last or s.first or "") < since:
                continue
            if len(s.article_ids) < min_size:
                continue
            rows.append(s)
        rows.sort(key=lambda s: (-len(s.langs), -len(s.article_ids), s.last or ""))
        rows = rows[:limit]
        if json_out:
            print(json.dumps([s.__dict__ for s in rows], ensure_ascii=False, indent=1))
            return
        table = Table(title=f"stories ({len(rows)} shown)")
        # short fixed columns never wrap (they used to fold ids and dates letter by letter); the outlets
        # and the label take what is left. Into a pipe or a file the table is drawn 160 wide, not 80.
        table.add_column("id", no_wrap=True)
        table.add_column("n", no_wrap=True, justify="right")
        table.add_column("languages", no_wrap=True)
        table.add_column("dates", no_wrap=True)
        table.add_column("outlets", overflow="fold", ratio=1)
        table.add_column("label", overflow="fold", ratio=3)
        for s in rows:
            more = f" +{len(s.outlets) - 3}" if len(s.outlets) > 3 else ""
            first, last = s.first or "", s.last or ""
            dates = first if last in ("", first) else f"{first}…{last[5:] if last[:4] == first[:4] else last}"
            table.add_row(s.id, str(len(s.article_ids)), ",".join(s.langs), dates,
                          ", ".join(s.outlets[:3]) + more, s.label[:80])
        console = Console()
        if not console.is_terminal:
            console = Console(width=160)
        console.print(table)

    @app.command("story")
    def story_cmd(
        story_id: str = typer.Argument(..., help="story id (from `khabar stories`)"),
        db: str | None = typer.Option(None, "--db", help=DB_HELP),
        json_out: bool = typer.Option(False, "--json"),
    ) -> None:
        """One story: articles side by side by language, shared entities, what each adds, timeline."""
        from rich.console import Console
        from rich.table import Table

        from khabar.services import open_store

        from .timeline import story_view

        store = open_store(db)
        story = store.get_story(story_id)
        if story is None:
            typer.echo(f"no story {story_id}", err=True)
            raise typer.Exit(1)
        articles = list(store.iter_articles(story=story_id))
        if not articles and story.article_ids:
            articles = [a for a in (store.get_article(i) for i in story.article_ids) if a is not None]
        view = story_view(story_id, articles)
        if json_out:
            print(json.dumps({"label": story.label, **view.as_dict()}, ensure_ascii=False, indent=1))
            return
        con = Console()
        con.print(f"[bold]{story.label}[/bold]  ({story.id}; {len(articles)} articles; {story.first or '?'} .. {story.last or '?'})")
        langs = list(view.by_lang)
        side = Table(title="articles by language")
        for lg in langs:
            side.add_column(lg, overflow="fold")
        by_id = {a.id: a for a in articles}
        depth = max((len(v) for v in view.by_lang.values()), default=0)
        for i in range(depth):
            cells = []
            for lg in langs:
                ids = view.by_lang[lg]
                if i < len(ids):
                    a = by_id[ids[i]]
                    adds = view.adds.get(a.id, {})
                    extra = "; ".join(adds.get("entities", [])[:5])
                    cells.append(f"{(a.title or a.text[:70]).strip()[:90]}\n[dim]{a.outlet or ''} {a.published or ''}[/dim]"
                                 + (f"\n[green]+ {extra}[/green]" if extra else ""))
                else:
                    cells.append("")
            side.add_row(*cells)
        con.print(side)
        if view.shared_entities:
            con.print("[bold]shared by every language:[/bold] " + ", ".join(view.shared_entities))
        tl = Table(title="timeline")
        for c in ("date", "kind", "text", "lang", "outlet"):
            tl.add_column(c, overflow="fold")
        for e in view.timeline[:60]:
            tl.add_row(e.when, e.kind, e.text[:80], e.lang or "", e.outlet or "")
        con.print(tl)

    @app.command("duplicates")
    def duplicates_cmd(
        lang: str | None = typer.Option(None, "--lang"),
        limit: int = typer.Option(100, "--limit"),
        db: str | None = typer.Option(None, "--db", help=DB_HELP),
        json_out: bool = typer.Option(False, "--json"),
    ) -> None:
        """Near-duplicate articles (MinHash on key-form shingles, same language)."""
        from rich.console import Console
        from rich.table import Table

        from khabar.services import open_store

        store = open_store(db)
        rows = []
        for a in store.iter_articles(lang=lang):
            if a.near_duplicates:
                rows.append((a.id, a.lang, a.outlet, (a.title or a.text[:60]).strip(), a.near_duplicates))
            if len(rows) >= limit:
                break
        if json_out:
            print(json.dumps([{"id": r[0], "lang": r[1], "outlet": r[2], "title": r[3], "duplicates_of": r[4]} for r in rows],
                             ensure_ascii=False, indent=1))
            return
        table = Table(title=f"near-duplicates ({len(rows)})")
        for c in ("article", "lang", "outlet", "title", "duplicate of"):
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(r[0], r[1] or "", r[2] or "", r[3][:70], ", ".join(r[4][:5]))
        Console().print(table)

    @eval_app.command("stories")
    def eval_stories_cmd(
        sets: str = typer.Option("seeds,ntrex,translations,counter", "--sets",
                                 help="comma-separated: seeds,ntrex,ntrex_all,translations,counter,saudinewsnet"),
        quick: bool = typer.Option(False, "--quick", help="small NTREX/SaudiNewsNet subsets"),
        json_out: bool = typer.Option(False, "--json"),
        check: bool = typer.Option(True, "--check/--no-check", help="exit 1 below the pinned floors"),
    ) -> None:
        """Stories (seeds, NTREX BCubed), translation pairs (NTREX), near-duplicates (COUNTER), SaudiNewsNet."""
        from khabar.eval.stories import check_floors, flat_scores, print_report, run

        res = run(tuple(s.strip() for s in sets.split(",") if s.strip()), quick=quick)
        scores = flat_scores(res)
        if json_out:
            print(json.dumps({"scores": scores, "detail": res}, ensure_ascii=False, indent=1, default=str))
        else:
            print_report(res)
        below = check_floors(scores) if check and not quick else []
        for b in below:
            typer.echo(f"below floor: {b}", err=True)
        if below:
            raise typer.Exit(1)
