"""The far end of the sync, both ways: PostgreSQL directly (the administrator's mode) and the
Saksbord server in between (every desktop's mode). Tests that take the ``fjern`` fixture run once
each way, so what held against PostgreSQL is shown to hold through the server too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.services.synk import SynkKlient
from app.services.synk.http import HttpTransport, logg_inn
from app.services.synk.transport import PgTransport
from tests.support.tjener import PASSORD, Tjener


@dataclass
class Fjern:
    """``klient(ini)`` gives a user's SynkKlient; ``frakoblet()`` takes the far end away meanwhile."""

    art: str
    pg_demo: object
    tjener: Tjener | None

    def adresse(self, ini: str) -> str:
        if self.tjener is None:
            return self.pg_demo.url(ini)  # type: ignore[attr-defined]
        logg_inn(self.tjener.url, ini, PASSORD)  # the token goes to the (in-memory) keyring
        return self.tjener.url

    def klient(self, replika: Path, ini: str) -> SynkKlient:
        k = SynkKlient(str(replika), self.adresse(ini), ini)
        assert isinstance(k.transport, PgTransport if self.tjener is None else HttpTransport)
        return k

    def token(self, ini: str) -> str:
        """The user's token (for a desktop process of its own, which has no keyring here), or ""."""
        if self.tjener is None:
            return ""
        import keyring

        from app.services.synk.http import NOKKELRING_TJENESTE, nokkelring_navn

        return keyring.get_password(NOKKELRING_TJENESTE, nokkelring_navn(self.tjener.url, ini)) or ""

    @contextlib.contextmanager
    def frakoblet(self) -> Iterator[None]:
        """No far end: PostgreSQL stopped, or the Saksbord server stopped (the database still runs)."""
        if self.tjener is None:
            self.pg_demo.server.stop()  # type: ignore[attr-defined]
        else:
            self.tjener.stopp()
        try:
            yield
        finally:
            if self.tjener is None:
                self.pg_demo.server.start()  # type: ignore[attr-defined]
            else:
                self.tjener.start()


@pytest.fixture(params=["postgresql", "server"])
def fjern(request, pg_demo) -> Fjern:
    tjener = request.getfixturevalue("tjener") if request.param == "server" else None
    return Fjern(request.param, pg_demo, tjener)


#: Put at the top of a desktop process started by a test: the token it is given goes into an
#: in-memory keyring, where ``HttpTransport`` looks for it (argv: ... url ini token).
NOKKELRING_I_PROSESS = """
def _nokkelring(url, ini, token):
    if not token:
        return
    import keyring
    from app.services.synk.http import NOKKELRING_TJENESTE, nokkelring_navn
    from tests.support.tjener import MinneNokkelring
    ring = MinneNokkelring()
    keyring.set_keyring(ring)
    ring.set_password(NOKKELRING_TJENESTE, nokkelring_navn(url, ini), token)
"""
