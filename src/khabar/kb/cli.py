"""CLI commands of the entity area: ``khabar entities``, ``khabar kb ...``, ``khabar eval ner|link``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

__all__ = ["register_cli"]

console = Console()


def register_cli(app: typer.Typer, eval_app: typer.Typer, kb_app: typer.Typer) -> None:
    @app.command("entities")
    def entities_cmd(
        db: Optional[str] = typer.Option(None, "--db", help="store (default ./khabar.db or $KHABAR_DB)"),
        top: int = typer.Option(30, "--top"),
        type_: Optional[str] = typer.Option(None, "--type", help="PER, LOC, ORG, ..."),
        json_out: bool = typer.Option(False, "--json"),
    ) -> None:
        """Top entities with article counts per language (from the store)."""
        from khabar.storage import open_store

        from .discovery import entity_counts

        rows = entity_counts(open_store(db), type_=type_)[:top]
        if json_out:
            print(json.dumps(rows, ensure_ascii=False, indent=1))
            return
        langs = sorted({lg for r in rows for lg in r["langs"]})
        t = Table("entity", "type", "id", "articles", *langs)
        for r in rows:
            t.add_row(r["name"], r["type"], r["id"], str(r["articles"]), *(str(r["langs"].get(lg, "")) for lg in langs))
        console.print(t)

    @kb_app.command("list")
    def kb_list(
        query: Optional[str] = typer.Argument(None, help="substring of a name in any language"),
        type_: Optional[str] = typer.Option(None, "--type"),
        limit: int = typer.Option(50, "--limit"),
        json_out: bool = typer.Option(False, "--json", help="one JSON record per line"),
    ) -> None:
        """List KB entities (shipped KB merged with the user KB)."""
        from .store import load_kb

        kb = load_kb()
        t = Table("id", "type", "name", "names")
        n = 0
        for e in kb.entities.values():
            if type_ and e.type != type_:
                continue
            allnames = [x for ns in e.names.values() for x in ns]
            if query and query.casefold() not in e.name.casefold() and not any(query in x for x in allnames):
                continue
            if json_out:
                print(json.dumps(e.to_record(), ensure_ascii=False))
            else:
                t.add_row(e.id, e.type, e.name, " | ".join(allnames[:6]))
            n += 1
            if n >= limit:
                break
        if not json_out:
            console.print(t)
            console.print(f"{len(kb)} entities in the KB")

    @kb_app.command("show")
    def kb_show(entity: str = typer.Argument(..., help="id (Q7747, kh:...) or a name")) -> None:
        """Show one KB entity as its JSON record."""
        from .store import load_kb

        kb = load_kb()
        found = [kb.get(entity)] if kb.get(entity) else kb.by_name(entity)
        if not found:
            console.print(f"[red]no entity {entity!r}[/red]")
            raise typer.Exit(1)
        for e in found:
            print(json.dumps(e.to_record(), ensure_ascii=False, indent=1))

    @kb_app.command("add")
    def kb_add(
        name: str = typer.Argument(..., help="canonical English name"),
        type_: str = typer.Option("PER", "--type"),
        id_: Optional[str] = typer.Option(None, "--id", help="QID or kh:slug (default kh:<slug of name>)"),
        alias: list[str] = typer.Option([], "--alias", help="LANG:surface, repeatable (ur:پوٹن)"),
        wikidata: Optional[str] = typer.Option(None, "--wikidata"),
        description: Optional[str] = typer.Option(None, "--description"),
        kb_path: Optional[str] = typer.Option(None, "--kb", help="user KB file (default $KHABAR_HOME/kb.jsonl or ~/.khabar/kb.jsonl)"),
    ) -> None:
        """Add an entity (or names of a known one) to the user KB file."""
        from .store import add_user_entity

        rec = add_user_entity(name, type_, id_=id_, aliases=alias, wikidata=wikidata, description=description, kb_path=kb_path)
        console.print(f"added {rec['id']} to the user KB")

    @kb_app.command("review")
    def kb_review(
        db: Optional[str] = typer.Option(None, "--db"),
        min_count: int = typer.Option(2, "--min", help="least articles"),
        limit: int = typer.Option(50, "--limit"),
        json_out: bool = typer.Option(False, "--json"),
    ) -> None:
        """Provisional entities (names the tagger found and the KB lacks), grouped across scripts, with contexts."""
        from khabar.storage import open_store

        from .discovery import review

        rows = [r for r in review(open_store(db)) if r["articles"] >= min_count][:limit]
        if json_out:
            print(json.dumps(rows, ensure_ascii=False, indent=1))
            return
        t = Table("key", "type", "articles", "spellings", "context")
        for r in rows:
            t.add_row(r["id"], r["type"], str(r["articles"]), " | ".join(r["spellings"][:5]), (r["contexts"] or [""])[0])
        console.print(t)
        console.print("promote one with: khabar kb add NAME --type TYPE --alias LANG:SPELLING")

    @kb_app.command("import-wikidata")
    def kb_import_wikidata(
        dump: Path = typer.Argument(..., help="Wikidata JSON dump (.json, .json.gz, .json.bz2), one entity per line"),
        langs: str = typer.Option("en,ur,ar,fa", "--langs"),
        out: Optional[str] = typer.Option(None, "--out", help="JSONL to write (default: the user KB file)"),
        limit: Optional[int] = typer.Option(None, "--limit"),
    ) -> None:
        """Stream a Wikidata dump and import labels, aliases and descriptions into a KB file."""
        from .store import user_kb_path
        from .wikidata import import_dump

        target = Path(out) if out else user_kb_path()
        n = import_dump(dump, target, langs=tuple(x for x in langs.split(",") if x), limit=limit)
        console.print(f"imported {n} entities into {target}")

    @eval_app.command("ner")
    def eval_ner(
        file: Path = typer.Argument(..., help="conll/iob/uner file"),
        fmt: str = typer.Option("auto", "--format", help="conll | iob | uner | auto"),
        lang: str = typer.Option(..., "--lang", help="ur | ar | fa"),
        json_out: bool = typer.Option(False, "--json"),
        limit: Optional[int] = typer.Option(None, "--limit", help="first N sentences"),
        model: str = typer.Option("crf", "--model", help="tagger plug-in: crf | contextual"),
    ) -> None:
        """Micro and per-type precision, recall and F1 of the shipped tagger on a file."""
        from khabar.eval.ner import evaluate_file

        res = evaluate_file(file, lang, "auto" if fmt in ("conll", "iob", "auto") else fmt, limit=limit, model=model)
        if json_out:
            print(json.dumps(res))
            return
        t = Table("type", "P", "R", "F1", "support")
        for typ, v in [("micro", res["micro"]), *res["per_type"].items()]:
            t.add_row(typ, f"{v['p']:.3f}", f"{v['r']:.3f}", f"{v['f1']:.3f}", str(v.get("support", "")))
        console.print(t)

    @eval_app.command("names")
    def eval_names(
        dataset: str = typer.Option("both", "--dataset", help="anetac | wikidata | both"),
        queries: Optional[int] = typer.Option(2000, "--queries", help="sampled Latin queries (0: all)"),
        json_out: bool = typer.Option(False, "--json"),
    ) -> None:
        """Cross-script key: accuracy@1 of finding a Latin name's Arabic partner among all test candidates."""
        from khabar.eval.names import accuracy_at_1, load_anetac, load_wikidata

        res = {}
        if dataset in ("anetac", "both"):
            res["anetac"] = accuracy_at_1(load_anetac(), queries=queries or None)
        if dataset in ("wikidata", "both"):
            res["wikidata"] = accuracy_at_1(load_wikidata(), queries=queries or None)
        if json_out:
            print(json.dumps(res))
        else:
            for k, v in res.items():
                console.print(f"[bold]{k}[/bold]: " + ", ".join(f"{a}={b}" for a, b in v.items()))

    @eval_app.command("link")
    def eval_link(
        json_out: bool = typer.Option(False, "--json"),
        ntrex: bool = typer.Option(True, "--ntrex/--no-ntrex"),
        min_seeds: Optional[float] = typer.Option(None, "--min"),
    ) -> None:
        """Seeds gold (every gold surface linked to the right entity) and NTREX cross-language agreement."""
        from khabar.eval.link import evaluate

        res = evaluate(ntrex=ntrex)
        if json_out:
            print(json.dumps(res, ensure_ascii=False))
        else:
            for k, v in res.items():
                if k != "details":
                    console.print(f"[bold]{k}[/bold]: {v}")
            for d in res.get("details", [])[:30]:
                console.print("  " + d, highlight=False)
        if min_seeds is not None and res["seeds_entities"] < min_seeds:
            raise typer.Exit(1)

