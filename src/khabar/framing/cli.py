"""CLI of the framing area: ``khabar framing`` and ``khabar eval quotes``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

__all__ = ["register_cli"]

console = Console()


def register_cli(app: typer.Typer, eval_app: typer.Typer, kb_app: typer.Typer) -> None:  # noqa: ARG001
    @app.command("framing")
    def framing_cmd(
        story: Optional[str] = typer.Option(None, "--story", help="only the articles of this story id"),
        entity: Optional[str] = typer.Option(None, "--entity", help="only articles about this actor (name or KB id)"),
        csv_out: Optional[Path] = typer.Option(None, "--csv", help="also write the table as CSV here"),
        lang: Optional[str] = typer.Option(None, "--lang"),
        db: Optional[str] = typer.Option(None, "--db", help="store (default ./khabar.db or $KHABAR_DB)"),
        as_json: bool = typer.Option(False, "--json", help="print the table as JSON (what the web UI charts)"),
    ) -> None:
        """Per outlet and language: which labels each outlet uses for which actor, and whom it quotes."""
        from khabar.services import open_store

        from .compare import framing_table, write_csv

        if story and entity:
            console.print("[red]give --story or --entity, not both[/red]")
            raise typer.Exit(2)
        store = open_store(db)
        table = framing_table(store.iter_articles(lang=lang, story=story), entity=entity)
        if csv_out:
            with open(csv_out, "w", encoding="utf-8", newline="") as fh:
                n = write_csv(table, fh)
            console.print(f"{n} rows written to {csv_out}")
        if as_json:
            print(json.dumps(table, ensure_ascii=False, indent=1))
            return
        _print_table(table)

    @eval_app.command("quotes")
    def eval_quotes(
        mode: str = typer.Option("pipeline", "--mode", help="pipeline (real entities stage) or gold-entities"),
        as_json: bool = typer.Option(False, "--json"),
        details: int = typer.Option(15, "--details", help="misses to list per set"),
    ) -> None:
        """Quote speakers and actor labels on the seeds gold and the demo gold (dev D1-D3 / test D4-D9)."""
        from khabar.eval.quotes import evaluate_demo, evaluate_seeds, format_report

        res = {"seeds": evaluate_seeds(mode)}
        demo = evaluate_demo(mode)
        if demo:
            res["demo_dev"], res["demo_test"] = demo["dev"], demo["test"]
        if as_json:
            print(json.dumps(res, ensure_ascii=False, indent=1))
            return
        for name, r in res.items():
            console.print(format_report(name, r, details), highlight=False)


def _print_table(table: dict) -> None:
    if not table["outlets"]:
        console.print("no articles")
        return
    t = Table("outlet", "lang", "arts", "actor", "label (gloss)", "stance", "n", title="Labels per outlet")
    for o in table["outlets"]:
        for r in o["labels"]:
            surf = ", ".join(list(r["surfaces"])[:3])
            t.add_row(o["outlet"], o["lang"], str(o["articles"]), r["actor"] or "", f"{surf} ({r['gloss']})",
                      r["stance"] or "", str(r["count"]))
    console.print(t)
    q = Table("outlet", "lang", "speaker", "quotes", "hedged", "direct", title="Whom each outlet quotes")
    for o in table["outlets"]:
        for r in o["quotes"]:
            q.add_row(o["outlet"], o["lang"], r["speaker"], str(r["count"]), str(r["hedged"]), str(r["direct"]))
    console.print(q)
