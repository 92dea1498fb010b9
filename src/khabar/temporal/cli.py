"""CLI commands of the dates area: ``khabar timeline`` and ``khabar eval dates``."""

from __future__ import annotations

import json

import typer


def register_cli(app: typer.Typer, eval_app: typer.Typer, kb_app: typer.Typer) -> None:
    @app.command("timeline")
    def timeline_cmd(
        story: str | None = typer.Option(None, "--story", help="story id"),
        entity: str | None = typer.Option(None, "--entity", help="entity id or name (any script)"),
        db: str | None = typer.Option(None, "--db", help="store (default ./khabar.db or $KHABAR_DB)"),
        json_out: bool = typer.Option(False, "--json"),
        limit: int = typer.Option(500, "--limit"),
    ) -> None:
        """Dated events in order, with the sentence, outlet and language."""
        from rich.console import Console
        from rich.table import Table

        from khabar.services import open_store

        from .timeline import timeline

        rows = timeline(open_store(db), story=story, entity=entity)[:limit]
        if json_out:
            print(json.dumps([{**r.__dict__, "when": r.when.isoformat()} for r in rows], ensure_ascii=False, indent=1))
            return
        table = Table(title=f"timeline ({len(rows)} events)")
        for c in ("date", "value", "expression", "sentence", "outlet", "lang"):
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(r.when.isoformat(), r.value, r.text, r.sentence[:160], r.outlet or "", r.lang or "")
        Console().print(table)

    @eval_app.command("dates")
    def eval_dates_cmd(
        peer: bool = typer.Option(False, "--peer", help="also run dateparser.search_dates on the same data"),
        sets: str = typer.Option("seeds,timeml,urdu", "--sets", help="comma-separated: seeds,timeml,urdu"),
        json_out: bool = typer.Option(False, "--json"),
    ) -> None:
        """Dates against the seeds gold, Arabic TimeML and the Urdu NER DATE/TIME spans."""
        from khabar.config import shared_dir
        from khabar.eval.dates import evaluate, flat_scores, print_report

        res = evaluate(shared_dir(), peer=peer, sets=tuple(s.strip() for s in sets.split(",") if s.strip()))
        if json_out:
            print(json.dumps({"scores": flat_scores(res), "detail": res}, ensure_ascii=False, indent=1))
        else:
            print_report(res)
