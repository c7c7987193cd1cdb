"""A real, throwaway PostgreSQL server for the test suite.  PYTEST_DONT_REWRITE

``start_postgres()`` runs ``initdb`` into a fresh temporary directory and starts
the server on a free TCP port on 127.0.0.1 with a private unix-socket
directory, tuned for speed (no fsync).  It is never a system service: the
suite owns it and removes it again.

The module is also a pytest plugin (load it with
``pytest_plugins = ["tests.support.pgserver"]``).  It provides

* ``pg_server`` (session scope): one :class:`PgServer` per test session.
  Skips when no PostgreSQL binaries are found, unless ``SAKSBORD_REQUIRE_PG=1``,
  in which case the test fails instead.
* ``pg_url`` (function scope): a fresh, empty database for the test; the value
  is its SQLAlchemy URL (``postgresql+psycopg://...``).  Dropped afterwards.

``SAKSBORD_PG_BINDIR`` may point at a directory holding ``initdb``/``pg_ctl``
to override the search.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import pytest

__all__ = [
    "PgServer",
    "PgServerError",
    "PostgresNotFound",
    "find_pg_bindir",
    "start_postgres",
    "require_pg",
    "pg_server",
    "pg_url",
]

SUPERUSER = "postgres"
_OS_USER = "postgres"  # the OS account initdb/pg_ctl run as when we are root


class PostgresNotFound(RuntimeError):
    """No PostgreSQL server binaries (initdb, pg_ctl) on this machine."""


class PgServerError(RuntimeError):
    """initdb or pg_ctl failed; the message includes their output / the server log."""


def _version_key(path: str) -> tuple:
    # /usr/lib/postgresql/15/bin -> (15,), 9.6 -> (9, 6)
    ver = Path(path).parent.name
    return tuple(int(p) if p.isdigit() else -1 for p in re.split(r"[._-]", ver))


def find_pg_bindir() -> Path:
    """Directory with ``initdb`` and ``pg_ctl``; raises :class:`PostgresNotFound`."""

    def ok(d: str | os.PathLike | None) -> bool:
        return bool(d) and all(os.access(Path(d) / exe, os.X_OK) for exe in ("initdb", "pg_ctl"))

    env = os.environ.get("SAKSBORD_PG_BINDIR")
    if env:
        if ok(env):
            return Path(env)
        raise PostgresNotFound(f"SAKSBORD_PG_BINDIR={env!r} has no executable initdb and pg_ctl")

    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            ).stdout.strip()
            if ok(out):
                return Path(out)

    # Debian/Ubuntu keep the server binaries off PATH; pick the highest version.
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True):
        if ok(d):
            return Path(d)

    initdb = shutil.which("initdb")
    if initdb and ok(Path(initdb).parent):
        return Path(initdb).parent

    raise PostgresNotFound(
        "no PostgreSQL server binaries found (looked at SAKSBORD_PG_BINDIR, `pg_config --bindir`, "
        "/usr/lib/postgresql/*/bin and PATH); install the `postgresql` package"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _have_c_utf8() -> bool:
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    names = {line.strip().lower().replace("-", "") for line in out.splitlines()}
    return "c.utf8" in names


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


class PgServer:
    """A PostgreSQL cluster in a private directory, owned by the test run."""

    superuser = SUPERUSER

    def __init__(self, root: Path, bindir: Path, port: int, host: str = "127.0.0.1"):
        self.root = Path(root)
        self.bindir = Path(bindir)
        self.port = port
        self.host = host
        self.datadir = self.root / "data"
        self.sockdir = self.root / "sock"
        self.logfile = self.root / "postgres.log"
        self._as_root = _as_root()
        self._cleaned = False

    # -- running the binaries ---------------------------------------------------------
    def _cmd(self, exe: str, *args: str) -> list[str]:
        cmd = [str(self.bindir / exe), *args]
        if self._as_root:
            cmd = ["runuser", "-u", _OS_USER, "--", *cmd]
        return cmd

    def _run(self, exe: str, *args: str, timeout: float = 60, check: bool = True):
        # cwd: postgres must be able to enter it (root's cwd often is /root, mode 700).
        proc = subprocess.run(
            self._cmd(exe, *args),
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "LC_ALL": "C", "LANG": "C"},
            stdin=subprocess.DEVNULL,
        )
        if check and proc.returncode != 0:
            raise PgServerError(
                f"{exe} {' '.join(args)} failed with exit code {proc.returncode}\n"
                f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}\n{self._log_tail()}"
            )
        return proc

    def _log_tail(self, lines: int = 40) -> str:
        try:
            text = self.logfile.read_text(errors="replace").splitlines()[-lines:]
        except OSError:
            return ""
        return "server log (tail):\n" + "\n".join(text)

    # -- life cycle ---------------------------------------------------------------
    def _initdb(self) -> None:
        locale_args = ["--locale=C.UTF-8"] if _have_c_utf8() else ["--locale=C"]
        self._run(
            "initdb",
            "-D", str(self.datadir),
            "-U", self.superuser,
            "-A", "trust",
            "--encoding=UTF8",
            *locale_args,
            "--no-sync",
            "--no-instructions",
        )  # fmt: skip
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.sockdir}'",
            "max_connections": "200",
            "shared_buffers": "32MB",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "wal_level": "minimal",
            "max_wal_senders": "0",
            "logging_collector": "off",
            "log_min_messages": "warning",
        }
        with open(self.datadir / "postgresql.conf", "a", encoding="utf-8") as f:
            f.write("\n# saksbord test server\n")
            for key, value in settings.items():
                f.write(f"{key} = {value}\n")

    def _write_port(self) -> None:
        conf = self.datadir / "postgresql.conf"
        text = conf.read_text(encoding="utf-8")
        text = re.sub(r"(?m)^port = \d+$", f"port = {self.port}", text)
        conf.write_text(text, encoding="utf-8")

    def start(self, timeout: float = 60) -> None:
        """Start (or restart after :meth:`stop`) on the same port and data directory."""
        if self._cleaned:
            raise PgServerError("server was cleaned up; start a new one with start_postgres()")
        if self.is_running():
            return
        self._run(
            "pg_ctl", "-D", str(self.datadir), "-l", str(self.logfile),
            "-w", "-t", str(int(timeout)), "start",
            timeout=timeout + 10,
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``mode``: smart, fast or immediate).  A no-op when it is not running."""
        if not self.datadir.exists() or not self.is_running():
            return
        proc = self._run("pg_ctl", "-D", str(self.datadir), "-m", mode, "-w", "stop", check=False)
        if proc.returncode != 0 and self.is_running():
            raise PgServerError(f"pg_ctl stop failed:\n{proc.stdout}\n{proc.stderr}\n{self._log_tail()}")

    def is_running(self) -> bool:
        """Whether the postmaster of this cluster is alive (checks postmaster.pid, no subprocess)."""
        try:
            first = (self.datadir / "postmaster.pid").read_text().split("\n", 1)[0]
            pid = int(first)
        except (OSError, ValueError):
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        # A zombie still "exists"; treat it as gone.
        with contextlib.suppress(OSError):
            stat = Path(f"/proc/{pid}/stat").read_text()
            if stat.rsplit(")", 1)[1].split()[0] == "Z":
                return False
        return True

    def cleanup(self) -> None:
        """Stop the server and remove its directory.  Safe to call more than once."""
        if self._cleaned:
            return
        try:
            self.stop(mode="immediate")
        finally:
            self._cleaned = True
            shutil.rmtree(self.root, ignore_errors=True)

    # -- connecting -----------------------------------------------------------------------
    def url(self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        """SQLAlchemy URL, e.g. ``postgresql+psycopg://postgres@127.0.0.1:54321/postgres``."""
        auth = quote(user, safe="")
        if password is not None:
            auth += ":" + quote(password, safe="")
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{quote(dbname, safe='')}"

    def conninfo(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        """libpq connection string for psycopg.connect()."""
        return f"host={self.host} port={self.port} dbname={dbname} user={user}"

    def _admin(self, *statements) -> None:
        import psycopg

        with psycopg.connect(self.conninfo(), autocommit=True, connect_timeout=10) as conn:
            for stmt in statements:
                conn.execute(stmt)

    def create_database(self, name: str) -> str:
        """Create (dropping any old one first) database ``name``; returns its SQLAlchemy URL."""
        import psycopg
        from psycopg import sql

        ident = sql.Identifier(name)
        with psycopg.connect(self.conninfo(), autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(ident))
            create = sql.SQL("CREATE DATABASE {}").format(ident)
            if conn.info.server_version >= 150000:
                # A plain file copy of template1: ~10x faster than 15's default WAL_LOG.
                create = sql.SQL("{} STRATEGY = FILE_COPY").format(create)
            conn.execute(create)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop ``name``, disconnecting anyone still connected."""
        from psycopg import sql

        self._admin(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def __repr__(self) -> str:
        state = "running" if self.is_running() else "stopped"
        return f"<PgServer {self.host}:{self.port} {state} at {self.root}>"

    def __enter__(self) -> PgServer:
        return self

    def __exit__(self, *exc) -> None:
        self.cleanup()


def _usable_root(base_dir: Path | None) -> Path:
    """A fresh temp dir the server's OS user can use."""
    candidates = [Path(base_dir)] if base_dir is not None else []
    candidates += [Path(tempfile.gettempdir()), Path("/tmp")]
    last_error: Exception | None = None
    for parent in candidates:
        try:
            parent.mkdir(parents=True, exist_ok=True)
            root = Path(tempfile.mkdtemp(prefix="saksbord-pg-", dir=parent))
        except OSError as e:
            last_error = e
            continue
        if not _as_root():
            return root
        # Under root, initdb runs as `postgres`, which must reach and own the dir.
        shutil.chown(root, user=_OS_USER, group=None)
        probe = subprocess.run(
            ["runuser", "-u", _OS_USER, "--", "test", "-w", str(root), "-a", "-x", str(root)],
            capture_output=True,
            cwd="/",
        )
        if probe.returncode == 0:
            return root
        shutil.rmtree(root, ignore_errors=True)
        last_error = PermissionError(f"user {_OS_USER!r} cannot use {parent}")
    raise PgServerError(f"no temp directory usable for the PostgreSQL cluster: {last_error}")


def start_postgres(base_dir: Path | None = None, *, port: int | None = None) -> PgServer:
    """initdb + start a throwaway server; returns the running :class:`PgServer`.

    The cluster lives in a new ``saksbord-pg-*`` directory under ``base_dir``
    (default: the system temp dir).  Call :meth:`PgServer.cleanup` when done
    (it is also done at interpreter exit).
    """
    bindir = find_pg_bindir()
    if _as_root():
        import pwd

        try:
            pwd.getpwnam(_OS_USER)
        except KeyError:
            raise PostgresNotFound(
                f"running as root but there is no {_OS_USER!r} OS user to run initdb as"
            ) from None
    root = _usable_root(base_dir)
    server = PgServer(root, bindir, port or _free_port())
    atexit.register(server.cleanup)
    try:
        (server.sockdir).mkdir()
        if server._as_root:
            shutil.chown(server.sockdir, user=_OS_USER, group=None)
        server._initdb()
        # The free port may be taken between probing and starting: retry a few times.
        for attempt in range(3):
            try:
                server.start()
                break
            except PgServerError:
                if attempt == 2 or port is not None:
                    raise
                server.port = _free_port()
                server._write_port()
                time.sleep(0.1)
    except BaseException:
        server.cleanup()
        raise
    return server


# ---------------------------------------------------------------------------------------
# pytest plugin
# ---------------------------------------------------------------------------------------

_db_counter = itertools.count(1)


def require_pg() -> bool:
    """True when SAKSBORD_REQUIRE_PG asks for PostgreSQL tests to fail rather than skip."""
    return os.environ.get("SAKSBORD_REQUIRE_PG", "").strip().lower() in {"1", "true", "yes", "on"}


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the whole test session."""
    try:
        server = start_postgres()
    except PostgresNotFound as e:
        if require_pg():
            pytest.fail(f"SAKSBORD_REQUIRE_PG=1 but PostgreSQL is unavailable: {e}", pytrace=False)
        pytest.skip(f"PostgreSQL not available: {e}")
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """URL of a fresh, empty database on the session server (dropped after the test)."""
    if not pg_server.is_running():
        # An earlier test stopped the shared server (e.g. to simulate an outage) and failed.
        pg_server.start()
    name = f"saksbord_test_{next(_db_counter):04d}"
    url = pg_server.create_database(name)
    yield url
    if pg_server.is_running():
        with contextlib.suppress(Exception):
            pg_server.drop_database(name)


def pytest_collection_modifyitems(config, items):
    """Mark every test that uses the session server with ``pg`` (so ``-m "not pg"`` works)."""
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.pg)
