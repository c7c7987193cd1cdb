"""The window on a replica of the shared PostgreSQL: reads are local, writes go through the sync client."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtGui import QColor
from sqlalchemy import select

from app.domain.feil import Frakoblet
from app.services import journalposter, visning
from app.services.arbeid import Kontekst
from app.services.journalposter import NyJournalpost, PartInn
from app.services.synk import SynkKlient, konflikter
from app.store import models as m
from app.store.db import Database
from app.views.dialoger.enkle import BesvarDialog
from app.views.hovedvindu import Hovedvindu
from app.views.konflikter import KonfliktDialog
from app.views.kurver.tre import KONFLIKTER, NavnRolle
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


def bekreftet(qtbot, w: Hovedvindu, frist_ms: int = 120000) -> None:
    """Wait until the writer has the server's answer to every write the window sent."""
    qtbot.waitUntil(lambda: w.skriver.venter == 0, timeout=frist_ms)


def test_besvar_i_vinduet_lander_paa_serveren(qtbot, fanger, pg_demo, fjern, tmp_path):  # noqa: F811
    klient = fjern.klient(tmp_path / "oha.sqlite", "OHA")
    klient.synk()
    try:
        w = vindu(qtbot, fanger, klient)
        aapne(qtbot, w, "ubehandlet")
        ctx = Kontekst(klient.replika, "OHA")
        brev = velg(qtbot, w, lambda r: not visning.vis_journalpost(ctx, r.id).avskrivninger)
        fanger.plan(BesvarDialog, lambda d: d.tittel.setText("Svar fra arbeidsbordet"))
        w.handlinger["besvar"].trigger()
        # The click returned at once: the write is on the writer thread, shown as pending.
        assert w.skriver.venter == 1
        assert not w.status_venter.isHidden() and w.status_venter.text() == "Sender 1 endring …"
        bekreftet(qtbot, w)
        assert w.status_venter.isHidden()
        assert not fanger.meldinger, fanger.meldinger
        admin = Database.aapne(pg_demo.admin_url)
        with admin.session() as s:
            svar = s.scalar(select(m.Journalpost).where(m.Journalpost.tittel == "Svar fra arbeidsbordet"))
            assert svar is not None and svar.sak_id == brev.sak_id and svar.status == "R"
        admin.lukk()
        # The replica already holds the answer: the desk shows it without waiting for a poll.
        assert visning.vis_journalpost(ctx, brev.id).avskrivninger[-1].kode == "BU"
        # An action that cannot be queued says so plainly when the server is gone.
        with fjern.frakoblet(), pytest.raises(Frakoblet, match="krever forbindelse"):
            journalposter.fordel(w.ctx, brev.id, til="ISO")
    finally:
        klient.lukk()


def test_uten_kode_p_viser_vinduet_ingen_p_saker(qtbot, fanger, pg_demo, fjern, tmp_path):  # noqa: F811
    klient = fjern.klient(tmp_path / "mbe.sqlite", "MBE")
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


def _oha_journalposter(demo, n: int) -> list[tuple[str, int]]:
    """OHA's own editable (R/S) open journalposter: (number, id)."""
    with psycopg.connect(demo.conninfo()) as c:
        return c.execute(
            "SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer, j.id FROM journalpost j "
            "JOIN sak s ON s.id = j.sak_id JOIN bruker b ON b.id = j.saksbehandler_id "
            "WHERE b.initialer = 'OHA' AND j.status IN ('R', 'S') AND j.tilgangskode IS NULL "
            "AND s.tilgangskode IS NULL ORDER BY j.id LIMIT %s",
            (n,),
        ).fetchall()


def _konfliktkurv(w):
    return next(it for it in w.tre._alle() if it.data(0, NavnRolle) == KONFLIKTER)


def _tittel_paa_serveren(demo, jp_id: int) -> str:
    with psycopg.connect(demo.conninfo()) as c:
        return c.execute("SELECT tittel FROM journalpost WHERE id = %s", (jp_id,)).fetchone()[0]


def test_konflikt_vises_med_begge_versjoner_og_loses_i_vinduet(qtbot, fanger, pg_demo, fjern, tmp_path):  # noqa: F811
    (nr1, id1), (nr2, id2) = _oha_journalposter(pg_demo, 2)
    klient = fjern.klient(tmp_path / "oha.sqlite", "OHA")
    klient.synk()
    try:
        w = vindu(qtbot, fanger, klient)
        kurv = _konfliktkurv(w)
        assert kurv.text(0) == "Konflikter" and kurv.text(1) == ""  # there, greyed, no count
        # Offline: two title edits through the window's context go to the outbox.
        with fjern.frakoblet():
            for nr in (nr1, nr2):
                res = journalposter.endre_journalpost(w.ctx, nr, tittel=f"Min tittel {nr}")
                assert "lagret lokalt" in res.melding
        # Meanwhile both changed on the server.
        with psycopg.connect(pg_demo.conninfo()) as c:
            for i in (id1, id2):
                c.execute(
                    "UPDATE journalpost SET tittel = %s, versjon = versjon + 1 WHERE id = %s",
                    (f"Serverens tittel {i}", i),
                )
        klient.synk()
        assert len(konflikter(klient.replika)) == 2
        w.sett_synkstatus(klient.siste_status)  # what the sync thread's status signal delivers
        vent(qtbot, w)
        kurv = _konfliktkurv(w)
        assert kurv.text(1) == "2" and kurv.foreground(1).color() == QColor("#c62828")

        aapne(qtbot, w, "konflikter")
        assert w.liste.modell.rowCount() == 2
        m = w.liste.modell
        forste = m.rad(0)
        assert [m.data(m.index(0, k)) for k in range(2)] == ["Endre journalpost", nr1]
        assert "endret på serveren" in m.data(m.index(0, 3))
        velg(qtbot, w, lambda r: r.id == forste.id)
        assert w.hoyre.currentWidget() is w.konfliktfelt
        assert f"Endre tittel: «Min tittel {nr1}»" in w.konfliktfelt.min.text()
        server = w.konfliktfelt.serverens.text()
        assert f"Serverens tittel {id1}" in server and "Versjon" in server
        assert not w.handlinger["ferdigstill"].isEnabled()  # not a journalpost row

        w.konfliktfelt.behold.click()
        bekreftet(qtbot, w)
        assert not fanger.meldinger, fanger.meldinger
        assert _tittel_paa_serveren(pg_demo, id1) == f"Min tittel {nr1}"
        vent(qtbot, w)
        assert _konfliktkurv(w).text(1) == "1" and w.liste.modell.rowCount() == 1

        # Enter on the other one: the same two versions in a dialog; this time the server's wins.
        velg(qtbot, w, lambda r: True)
        fanger.plan(KonfliktDialog, lambda d: d.felt.bruk_server.click())
        w.liste.tabell.activated.emit(w.liste.modell.index(0, 0))
        bekreftet(qtbot, w)
        assert not fanger.meldinger, fanger.meldinger
        assert _tittel_paa_serveren(pg_demo, id2) == f"Serverens tittel {id2}"
        vent(qtbot, w)
        kurv = _konfliktkurv(w)
        assert kurv.text(1) == "" and w.liste.modell.rowCount() == 0 and konflikter(klient.replika) == []
    finally:
        klient.lukk()


def test_frakoblet_registrert_journalpost_viser_forelopig_nummer(qtbot, fanger, pg_demo, fjern, tmp_path):  # noqa: F811
    klient = fjern.klient(tmp_path / "oha.sqlite", "OHA")
    klient.synk()
    with psycopg.connect(pg_demo.conninfo()) as c:
        sak = c.execute(
            "SELECT saksaar || '/' || sakssekvensnummer FROM sak WHERE tilgangskode IS NULL AND status = 'B' "
            "AND saksansvarlig_id = (SELECT id FROM bruker WHERE initialer = 'OHA') ORDER BY id LIMIT 1"
        ).fetchone()[0]
    try:
        w = vindu(qtbot, fanger, klient)
        with fjern.frakoblet():
            res = journalposter.registrer_journalpost(
                w.ctx,
                NyJournalpost(
                    sak=sak, type="I", tittel="Registrert frakoblet", avsendere=[PartInn("Per Post")],
                    saksbehandler="OHA",
                ),
            )  # fmt: skip
            assert res.journalpostnummer == f"{sak}-(foreløpig 1)"
            w.oppdater()
            aapne(qtbot, w, "ubehandlet")
            rad = velg(qtbot, w, lambda r: r.tittel == "Registrert frakoblet")
            assert rad.journalpostnummer == f"{sak}-(foreløpig 1)"
            m = w.liste.modell
            rad_nr = m.ider.index(rad.id)
            assert m.data(m.index(rad_nr, 0)) == f"{sak}-(foreløpig 1)"
            assert "(foreløpig 1)" in w.lesefelt.metadata.text()
            w.sett_synkstatus(klient.siste_status)  # "Frakoblet – 1 endring venter", as the sync thread says
        klient.synk()
        w.sett_synkstatus(klient.siste_status)  # "Tilkoblet": the window refreshes by itself
        vent(qtbot, w)
        rad = velg(qtbot, w, lambda r: r.tittel == "Registrert frakoblet")
        assert "foreløpig" not in rad.journalpostnummer and rad.journalpostnummer.startswith(f"{sak}-")
        assert rad.journalpostnummer in w.lesefelt.metadata.text()
        assert "foreløpig" not in w.lesefelt.metadata.text()
    finally:
        klient.lukk()
