"""The throwaway PostgreSQL server the suite runs against (tests/support/pgserver.py)."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from tests.support.pgserver import (
    PgServer,
    PostgresNotFound,
    find_pg_bindir,
    require_pg,
    start_postgres,
)

# Normally tests/conftest.py loads the plugin; loading it again here is a no-op,
# and lets this file run on its own.
pytest_plugins = ["tests.support.pgserver"]

_seen_databases: list[str] = []


def _engine(url: str) -> sa.Engine:
    return sa.create_engine(url, pool_pre_ping=True)


def test_server_answers_select_1(pg_server: PgServer, pg_url: str):
    assert pg_url.startswith(f"postgresql+psycopg://postgres@127.0.0.1:{pg_server.port}/")
    engine = _engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("select 1")).scalar_one() == 1
            assert conn.execute(sa.text("show server_encoding")).scalar_one() == "UTF8"
            assert conn.execute(sa.text("show fsync")).scalar_one() == "off"
            assert conn.execute(sa.text("show max_connections")).scalar_one() == "200"
    finally:
        engine.dispose()


@pytest.mark.parametrize("run", [1, 2])
def test_each_test_gets_its_own_empty_database(pg_url: str, run: int):
    engine = _engine(pg_url)
    try:
        with engine.begin() as conn:
            name = conn.execute(sa.text("select current_database()")).scalar_one()
            tables = conn.execute(
                sa.text("select count(*) from information_schema.tables where table_schema = 'public'")
            ).scalar_one()
            assert tables == 0, "database left over from another test"
            conn.execute(sa.text("create table marker (run int)"))
            conn.execute(sa.text("insert into marker values (:run)"), {"run": run})
    finally:
        engine.dispose()
    assert name not in _seen_databases
    _seen_databases.append(name)


def test_create_database_replaces_existing(pg_server: PgServer):
    url = pg_server.create_database("saksbord_replace_me")
    engine = _engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("create table t (x int)"))
        # An open connection must not stop the re-create.
        with engine.connect() as held:
            assert pg_server.create_database("saksbord_replace_me") == url
            del held
    finally:
        engine.dispose()
    engine = _engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("select to_regclass('public.t')")).scalar_one() is None
    finally:
        engine.dispose()
        pg_server.drop_database("saksbord_replace_me")


def test_stop_and_start_come_back_on_the_same_port(pg_server: PgServer, pg_url: str):
    port = pg_server.port
    engine = _engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("create table kept (x int)"))
            conn.execute(sa.text("insert into kept values (42)"))

        pg_server.stop()
        try:
            assert not pg_server.is_running()
            pg_server.stop()  # second stop is a no-op
            with pytest.raises(sa.exc.OperationalError), engine.connect() as conn:
                conn.execute(sa.text("select 1"))
        finally:
            pg_server.start()

        assert pg_server.is_running()
        assert pg_server.port == port
        with engine.connect() as conn:
            assert conn.execute(sa.text("select x from kept")).scalar_one() == 42
    finally:
        engine.dispose()


@pytest.mark.pg
def test_own_server_cleanup_removes_everything(tmp_path):
    # tmp_path is private to root, so under root this also exercises the
    # fallback to a directory the `postgres` user can reach.
    try:
        server = start_postgres(tmp_path)
    except PostgresNotFound as e:
        if require_pg():
            raise
        pytest.skip(f"PostgreSQL not available: {e}")
    root = server.root
    try:
        assert server.is_running()
        assert server.url() == f"postgresql+psycopg://postgres@127.0.0.1:{server.port}/postgres"
        assert server.url("x", user="u", password="p@ss") == (
            f"postgresql+psycopg://u:p%40ss@127.0.0.1:{server.port}/x"
        )
        assert (server.sockdir / f".s.PGSQL.{server.port}").exists()
    finally:
        server.cleanup()
    assert not server.is_running()
    assert not root.exists()
    server.stop()
    server.cleanup()


def test_bad_bindir_override_is_reported(monkeypatch, tmp_path):
    monkeypatch.setenv("SAKSBORD_PG_BINDIR", os.fspath(tmp_path))
    with pytest.raises(PostgresNotFound, match="SAKSBORD_PG_BINDIR"):
        find_pg_bindir()
