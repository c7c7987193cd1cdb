"""The window during a first sync through the server: it opens at once, its kurver fill as the
batches arrive, and the status bar shows how far the sync has come."""

from __future__ import annotations

import time

import pytest

from app.services import visning
from app.services.synk import SynkKlient, Synkroniserer
from app.services.synk.http import logg_inn
from app.store.sync import forste
from app.store.sync.replika import Bokforing
from app.views.app import SynkBro
from app.widgets.hendelser import hendelser
from tests.support.tjener import PASSORD
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (fixture)
from tests.test_window_routines import aapne
from tests.test_window_synk import vindu

pytestmark = pytest.mark.pg


def test_kurvene_fylles_mens_forste_synk_gaar(qtbot, fanger, tjener, pg_demo, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(forste, "BUNKE", 20)
    bruk = Bokforing.bruk_bunke

    def sakte(self, linje):  # a slow line: each batch takes a while to arrive
        time.sleep(0.03)
        return bruk(self, linje)

    monkeypatch.setattr(Bokforing, "bruk_bunke", sakte)
    logg_inn(tjener.url, "OHA", PASSORD)
    bro = SynkBro()
    statuser: list[str] = []
    bro.sig_status.connect(statuser.append)
    klient = SynkKlient(
        str(tmp_path / "oha.sqlite"), tjener.url, "OHA", status=bro.sig_status.emit, endret=bro.sig_endret.emit
    )
    synk = Synkroniserer(klient).start()
    # As start-up does (app/bootstrap.py): the window opens once the users and codes are there.
    assert klient.vent_paa_grunndata(60)
    assert klient.bokforing.forste_markor() is not None  # … long before the case data
    w = vindu(qtbot, fanger, klient)
    bro.sig_status.connect(w.sett_synkstatus)
    bro.sig_endret.connect(lambda: hendelser().sig_data_changed.emit("alt"))
    try:
        aapne(qtbot, w, "ubehandlet")
        underveis: list[tuple[int, str]] = []

        def rader_mens_synk_gaar() -> bool:
            # Rows in the kurv and the progress in the status bar, while the first sync is still under way.
            tekst = w.status_synk.text()
            if w.liste.modell.rowCount() > 0 and tekst.startswith("Første synkronisering – "):
                if klient.bokforing.forste_markor() is not None:
                    underveis.append((w.liste.modell.rowCount(), tekst))
            return bool(underveis)

        qtbot.waitUntil(rader_mens_synk_gaar, timeout=60000)
        qtbot.waitUntil(lambda: klient.bokforing.forste_markor() is None, timeout=120000)
        qtbot.waitUntil(lambda: w.status_synk.text() == "Tilkoblet", timeout=60000)
        assert any(s.startswith("Første synkronisering – ") and "rader hentet" in s for s in statuser)
        qtbot.waitUntil(lambda: w.liste.modell.rowCount() >= underveis[0][0], timeout=30000)
        # The preview's content was not in the first sync: it comes through the journalpost now.
        with klient.replika.engine.connect() as c:
            obj = c.exec_driver_sql("SELECT min(id) FROM dokumentobjekt").scalar()
        assert visning.hent_innhold(klient.ctx, obj)[1]
        w.grab().save(str(tmp_path / "forste-synk.png"))
        assert not fanger.meldinger, fanger.meldinger
    finally:
        synk.stopp()
        w.close()
        klient.lukk()
