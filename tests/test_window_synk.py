"""The window on a replica of the shared PostgreSQL: reads are local, writes go through the sync client."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.feil import Frakoblet
from app.services import journalposter, visning
from app.services.arbeid import Kontekst
from app.services.synk import SynkKlient
from app.store import models as m
from app.store.db import Database
from app.views.dialoger.enkle import BesvarDialog
from app.views.hovedvindu import Hovedvindu
from tests.conftest import vent
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (fixture)
from tests.test_window_routines import aapne, velg


def vindu(qtbot, fanger, klient: SynkKlient) -> Hovedvindu:
    w = Hovedvindu(klient.replika, klient.initialer, synk=klient)
    w.kjor_dialog = fanger
    qtbot.addWidget(w)
    w.show()
    vent(qtbot, w)
    return w


def test_besvar_i_vinduet_lander_paa_serveren(qtbot, fanger, pg_demo, tmp_path):  # noqa: F811
    klient = SynkKlient(str(tmp_path / "oha.sqlite"), pg_demo.url("OHA"), "OHA")
    klient.synk()
    try:
        w = vindu(qtbot, fanger, klient)
        aapne(qtbot, w, "ubehandlet")
        ctx = Kontekst(klient.replika, "OHA")
        brev = velg(qtbot, w, lambda r: not visning.vis_journalpost(ctx, r.id).avskrivninger)
        fanger.plan(BesvarDialog, lambda d: d.tittel.setText("Svar fra arbeidsbordet"))
        w.handlinger["besvar"].trigger()
        assert not fanger.meldinger, fanger.meldinger
        admin = Database.aapne(pg_demo.admin_url)
        with admin.session() as s:
            svar = s.scalar(select(m.Journalpost).where(m.Journalpost.tittel == "Svar fra arbeidsbordet"))
            assert svar is not None and svar.sak_id == brev.sak_id and svar.status == "R"
        admin.lukk()
        # The replica already holds the answer: the desk shows it without waiting for a poll.
        assert visning.vis_journalpost(ctx, brev.id).avskrivninger[-1].kode == "BU"
        # An action that cannot be queued says so plainly when the server is gone.
        pg_demo.server.stop()
        try:
            with pytest.raises(Frakoblet, match="krever forbindelse"):
                journalposter.fordel(w.ctx, brev.id, til="ISO")
        finally:
            pg_demo.server.start()
    finally:
        klient.lukk()


def test_uten_kode_p_viser_vinduet_ingen_p_saker(qtbot, fanger, pg_demo, tmp_path):  # noqa: F811
    klient = SynkKlient(str(tmp_path / "mbe.sqlite"), pg_demo.url("MBE"), "MBE")
    klient.synk()
    try:
        with klient.replika.session() as s:
            assert s.scalar(select(m.Sak.id).where(m.Sak.tilgangskode == "P")) is None
            assert s.scalar(select(m.Sak.id).where(m.Sak.tilgangskode.is_(None))) is not None
        w = vindu(qtbot, fanger, klient)
        w.sokefelt.setText("Personalmappe")
        w.sokefelt.returnPressed.emit()
        vent(qtbot, w)
        assert w.liste.modell.rowCount() == 0
        w.sokefelt.setText("Byggesak")
        w.sokefelt.returnPressed.emit()
        vent(qtbot, w)
        assert w.liste.modell.rowCount() > 0
    finally:
        klient.lukk()
