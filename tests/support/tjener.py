"""The Saksbord server in the test process: uvicorn in a thread over the suite's PostgreSQL, the
in-memory keyring the desktop keeps its token in, and the demo users' server passwords.

Used by the server's own tests and by the PostgreSQL tests rerun with the server in between
(``tests.support.fjern``).
"""

from __future__ import annotations

import socket
import threading
import time

import keyring
import keyring.backend
import pytest
import uvicorn

from app.server.app import lag_app
from app.server.innlogging import sett_passord
from app.server.kjor import uvicorn_valg
from app.store.db import Database

PASSORD = "riktig-hest-batteri"
BRUKERE = ("OHA", "KLE", "MBE", "ALA")


class MinneNokkelring(keyring.backend.KeyringBackend):
    """An in-memory keyring for the tests (the real one is the OS keyring; none exists here)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.data.get((service, username))

    def set_password(self, service, username, password):
        self.data[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if self.data.pop((service, username), None) is None:
            raise PasswordDeleteError("finnes ikke")


@pytest.fixture
def nokkelring():
    gammel = keyring.get_keyring()
    ring = MinneNokkelring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(gammel)


def _ledig_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Tjener:
    """uvicorn in a thread over the server's own Database; stop and start it again on the same port."""

    def __init__(self, admin_url: str, **app_valg) -> None:
        self.db = Database.aapne(admin_url, opprett=False)
        self.app = lag_app(self.db, **app_valg)
        self.port = _ledig_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._srv: uvicorn.Server | None = None

    def start(self) -> None:
        valg = uvicorn_valg() | {"timeout_graceful_shutdown": 1}
        cfg = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, lifespan="on", **valg)
        self._srv = uvicorn.Server(cfg)
        self._traad = threading.Thread(target=self._srv.run, daemon=True)
        self._traad.start()
        slutt = time.monotonic() + 10
        while not self._srv.started and time.monotonic() < slutt:
            time.sleep(0.02)
        assert self._srv.started

    def stopp(self) -> None:
        if self._srv is not None:
            self._srv.should_exit = True
            self._traad.join(10)
            self._srv = None


@pytest.fixture
def tjener(pg_demo, nokkelring):
    for ini in BRUKERE:
        sett_passord(Database.aapne(pg_demo.admin_url, opprett=False), ini, PASSORD)
    t = Tjener(pg_demo.admin_url)
    t.start()
    yield t
    t.stopp()
    t.db.lukk()
