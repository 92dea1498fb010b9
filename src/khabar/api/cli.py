"""``khabar serve``: the REST API and the web UI on one uvicorn server."""

from __future__ import annotations

import typer


def register_cli(app: typer.Typer, eval_app: typer.Typer, kb_app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: str | None = typer.Option(None, "--db", help="SQLite file or postgresql:// URL (default ./khabar.db or $KHABAR_DB)"),
        host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0 exposes it to the network)"),
        port: int = typer.Option(8000, "--port", min=1, max=65535),
    ) -> None:
        """Serve the web UI at / and the REST API under /api/ (OpenAPI at /docs). Set KHABAR_API_TOKEN
        to require a bearer token on write endpoints (POST /api/analyze)."""
        import os

        import uvicorn
        from rich.console import Console

        from ..config import default_db_path
        from .app import create_app

        path = db or default_db_path()
        if "://" not in path and not os.path.exists(path):
            Console(stderr=True).print(f"[yellow]note[/yellow]: {path} does not exist yet; an empty store is created (run `khabar analyze` first)")
        Console(stderr=True).print(f"khabar UI: http://{host}:{port}/   API: http://{host}:{port}/docs"
                                   + ("   (write endpoints need the API token)" if os.environ.get("KHABAR_API_TOKEN") else ""))
        uvicorn.run(create_app(path, warm=True), host=host, port=port, log_level="info")
