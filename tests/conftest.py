"""Shared fixtures: the registry on SQLite and on a real PostgreSQL server, empty or with the demo."""

from __future__ import annotations

import itertools
import os
import shutil

import pytest

pytest_plugins = ["tests.support.pgserver"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SAKSBORD_IDAG", None)

_teller = itertools.count(1)


@pytest.fixture(params=["sqlite", "pg"])
def dialekt(request) -> str:
    return request.param


@pytest.fixture
def tom_db(request, dialekt, tmp_path):
    """An empty registry (schema and code lists) on SQLite or PostgreSQL."""
    from app.store.db import Database

    if dialekt == "pg":
        url = request.getfixturevalue("pg_url")
        db = Database.aapne(url)
    else:
        db = Database.aapne(tmp_path / "registry.sqlite")
    yield db
    db.lukk()


@pytest.fixture(scope="session")
def _demo_sqlite_mal(tmp_path_factory):
    from app.services.demo import lag_demo

    sti = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    lag_demo(sti).lukk()
    return sti


@pytest.fixture(scope="session")
def _demo_pg_mal(pg_server):
    from app.services.demo import lag_demo

    url = pg_server.create_database("saksbord_demo_mal")
    lag_demo(url).lukk()
    return "saksbord_demo_mal"


@pytest.fixture
def demo_db(request, dialekt, tmp_path):
    """A fresh copy of the demo registry: copied file on SQLite, TEMPLATE copy on PostgreSQL."""
    from app.store.db import Database

    if dialekt == "pg":
        import psycopg

        server = request.getfixturevalue("pg_server")
        mal = request.getfixturevalue("_demo_pg_mal")
        navn = f"saksbord_demo_{next(_teller)}"
        with psycopg.connect(server.conninfo(), autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{navn}"')
            c.execute(f'CREATE DATABASE "{navn}" TEMPLATE "{mal}"')
        db = Database.aapne(server.url(navn))
        yield db
        db.lukk()
        with psycopg.connect(server.conninfo(), autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{navn}" WITH (FORCE)')
    else:
        sti = tmp_path / "demo.sqlite"
        shutil.copy(request.getfixturevalue("_demo_sqlite_mal"), sti)
        db = Database.aapne(sti)
        yield db
        db.lukk()


@pytest.fixture
def demo_sqlite(tmp_path, _demo_sqlite_mal):
    """The demo registry on SQLite only (for tests that are about something else than the database)."""
    from app.store.db import Database

    sti = tmp_path / "demo.sqlite"
    shutil.copy(_demo_sqlite_mal, sti)
    db = Database.aapne(sti)
    yield db
    db.lukk()
