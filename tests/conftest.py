"""Shared fixtures: the registry on SQLite and on a real PostgreSQL server, empty or with the demo."""
# Shared by several people: add fixtures, do not replace the file. demo_db runs on SQLite AND PostgreSQL;
# window tests use demo_sqlite.

from __future__ import annotations

import atexit
import functools
import itertools
import os
import shutil
import tempfile

import pytest
from pytestqt.qtbot import QtBot

pytest_plugins = [
    "tests.support.pgserver", "tests.support.tjener", "tests.support.fjern", "tests.support.svarut_fake",
    "tests.support.svarinn_fake",
]  # fmt: skip

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SAKSBORD_IDAG", None)
# The CLI and the window log to a file (app/bootstrap.py): during tests, not in the user's log folder.
if not os.environ.get("SAKSBORD_LOGGMAPPE"):
    os.environ["SAKSBORD_LOGGMAPPE"] = tempfile.mkdtemp(prefix="saksbord-logg-")
    atexit.register(shutil.rmtree, os.environ["SAKSBORD_LOGGMAPPE"], True)
# The user's own choices and connection profiles (app/services/profil.py): a test folder, never ~/.config.
if not os.environ.get("SAKSBORD_KONFIG"):
    os.environ["SAKSBORD_KONFIG"] = tempfile.mkdtemp(prefix="saksbord-konfig-")
    atexit.register(shutil.rmtree, os.environ["SAKSBORD_KONFIG"], True)

_teller = itertools.count(1)

# A wait returns as soon as its condition holds, so its timeout only decides how long a real failure
# takes to report. On a loaded machine (CI, or a second suite beside this one) a user switch or a
# background send can take several seconds, so every wait gets at least this long.
VENT_GULV_MS = int(os.environ.get("SAKSBORD_VENT_GULV_MS", "60000"))


def _med_gulv(metode):
    @functools.wraps(metode)
    def vent_med_gulv(self, *args, timeout: int = 5000, **kwargs):
        if timeout > 0:
            timeout = max(timeout, VENT_GULV_MS)
        return metode(self, *args, timeout=timeout, **kwargs)

    return vent_med_gulv


for _navn in ("waitUntil", "waitSignal", "waitSignals", "waitCallback"):
    setattr(QtBot, _navn, _med_gulv(getattr(QtBot, _navn)))


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


# --- window fixtures (issue 4: the workbench window) ---------------------------------


class DialogFanger:
    """Stands in for ``exec()``: fills planned dialogs, records every message box text."""

    def __init__(self) -> None:
        self.planer: list = []
        self.meldinger: list[str] = []
        self.sett: list = []
        self.aapnet: list = []
        """URLs the window asked the desktop to open (an .eml draft in the mail program …)."""
        self.utskrevet: list = []
        """Paper letters the window sent to the printer."""

    def aapne(self, url) -> bool:
        self.aapnet.append(url)
        return True

    def skriv_ut(self, sti) -> bool:
        self.utskrevet.append(sti)
        return True

    def plan(self, klasse, fyll=None, *, svar: bool = True) -> None:
        self.planer.append((klasse, fyll, svar))

    def __call__(self, d) -> bool:
        from PySide6.QtWidgets import QDialog, QMessageBox

        self.sett.append(d)
        if isinstance(d, QMessageBox):
            self.meldinger.append(d.text())
        for i, (klasse, fyll, svar) in enumerate(self.planer):
            if isinstance(d, klasse):
                del self.planer[i]
                if fyll:
                    fyll(d)
                if not svar or isinstance(d, QMessageBox):
                    return svar
                d.accept()  # runs the dialog's own validation, like the OK button
                return d.result() == QDialog.DialogCode.Accepted
        if isinstance(d, QMessageBox):
            return True
        raise AssertionError(f"Uventet dialog {type(d).__name__}: {d.windowTitle()}")


@pytest.fixture
def fanger():
    return DialogFanger()


@pytest.fixture
def lag_vindu(qtbot, demo_sqlite, fanger, tmp_path):
    """``lag_vindu("OHA", som=None)``: the main window on a fresh demo copy, kurver loaded."""
    from app.views.hovedvindu import Hovedvindu

    def lag(initialer: str, som: str | None = None):
        w = Hovedvindu(demo_sqlite, initialer, som=som)
        w.kjor_dialog = fanger
        # Ekspedering writes drafts and letters under tmp_path, opens and prints nothing for real.
        w.aapne_url = fanger.aapne
        w.ekspedering.mappe = tmp_path / "ekspedert"
        w.ekspedering.skriv_ut = fanger.skriv_ut
        qtbot.addWidget(w)
        w.show()
        vent(qtbot, w)
        return w

    return lag


def vent(qtbot, w) -> None:
    """Wait until the background id and count queries, and the read of the selected row, have landed."""
    qtbot.waitUntil(lambda: not w.opptatt, timeout=10000)
    qtbot.wait(10)


@pytest.fixture
def arbeidskopimappe(tmp_path, monkeypatch):
    """Working copies go under tmp_path instead of the user's data folder."""
    from app.widgets import arbeidskopier

    mappe = tmp_path / "arbeidskopier"
    monkeypatch.setattr(arbeidskopier, "rotmappe", lambda: mappe)
    return mappe
