"""Issue 20, item 5 in the window and on the command line: the archive corrects a journalført
post's title, a party and a date with a reason (logged old → new), corrects a closed sak, undoes an
avskrivning; only the archive copies a document into another sak."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from app.domain.feil import IngenTilgang
from app.services import avskrivning, dokumenter, dokumentordning, journalposter, saker, visning
from app.services.arbeid import Kontekst
from app.services.journalposter import FilInn, NyJournalpost, PartInn
from app.views.dialoger.arkivretting import RettJournalpostDialog, RettSakDialog
from app.views.dialoger.enkle import TekstDialog
from tests.conftest import vent
from tests.support.cli import kjor_cli
from tests.test_cli import db_arg


def _journalfort(db) -> tuple[str, str]:
    """A J post with a misspelt title and party, avskrevet TE; returns (saksnr, jpnr)."""
    oha, ala = Kontekst(db, "OHA"), Kontekst(db, "ALA")
    sak = saker.opprett_sak(oha, tittel="Skjenkebevilling for Kafé Torget", klasse="000").saksnummer
    jpnr = journalposter.registrer_journalpost(
        oha,
        NyJournalpost(
            sak=sak,
            type="I",
            tittel="Søknad om skjenkebevilgning",
            avsendere=[PartInn("Kari Nordman", adresse="Storgata 1")],
            dokumentdato=db.idag() - timedelta(days=3),
        ),
    ).journalpostnummer
    avskrivning.avskriv(oha, [jpnr], kode="TE")
    journalposter.journalfor(ala, jpnr)
    return sak, jpnr


def _logg(db, nr: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.felt, r.fra, r.til) for r in visning.historikk(Kontekst(db, "ALA"), nr)]


def test_20_05_arkivet_retter_i_vinduet(qtbot, lag_vindu, fanger, demo_sqlite):
    db = demo_sqlite
    sak, jpnr = _journalfort(db)
    jp = visning.vis_journalpost(Kontekst(db, "ALA"), jpnr)
    assert jp.status == "J"

    # A saksbehandler has no such action: the archive's actions are not even shown.
    w = lag_vindu("OHA")
    assert not w.handlinger["rett_journalpost"].isVisible()
    assert not w.handlinger["angre_avskrivning"].isVisible()
    assert not w.handlinger["rett_sak"].isVisible()

    w = lag_vindu("ALA")
    w.sokefelt.setText(jpnr)
    w.sokefelt.returnPressed.emit()
    vent(qtbot, w)
    m = w.liste.modell
    r = next(r for r in range(m.rowCount()) if m.rad(r) is not None and m.rad(r).journalpostnummer == jpnr)
    w.liste.tabell.selectRow(r)
    qtbot.waitUntil(lambda: w.valg is not None and w.valg.journalpostnummer == jpnr and not w.leser.leser)
    rett = w.handlinger["rett_journalpost"]
    assert rett.isVisible() and rett.isEnabled(), rett.toolTip()
    assert rett in w.menyer.arkiv.actions()

    ny_dato = db.idag() - timedelta(days=5)
    sett: dict[str, object] = {}

    def rett_opp(d: RettJournalpostDialog) -> None:
        # OK without a reason is refused in place, and nothing is sent.
        d.tittel.setText("Søknad om skjenkebevilling")
        d.accept()
        sett["uten_grunn"] = d.feil.text()
        d.partabell.item(0, 1).setText("Kari Nordmann")
        d.dokumentdato.setDate(QDate(ny_dato.year, ny_dato.month, ny_dato.day))
        d.grunn.setText("Skrivefeil i tittel og navn")

    fanger.plan(RettJournalpostDialog, rett_opp)
    rett.trigger()
    assert not fanger.planer and not fanger.meldinger, fanger.meldinger
    assert "hvorfor det rettes" in str(sett["uten_grunn"])
    jp = visning.vis_journalpost(Kontekst(db, "ALA"), jpnr)
    assert (jp.status, jp.tittel, jp.dokumentdato) == ("J", "Søknad om skjenkebevilling", ny_dato)
    assert [p.navn for p in jp.avsender] == ["Kari Nordmann"]
    logg = _logg(db, jpnr)
    assert ("tittel", "Søknad om skjenkebevilgning", "Søknad om skjenkebevilling") in logg
    assert ("navn", "Kari Nordman", "Kari Nordmann") in logg
    assert ("grunn", None, "Skrivefeil i tittel og navn") in logg
    assert any(f == "dokumentdato" and t == str(ny_dato) for f, _, t in logg)

    # Undo the avskrivning: the restanse is back.
    vent(qtbot, w)
    qtbot.waitUntil(lambda: w.handlinger["angre_avskrivning"].isEnabled())
    fanger.plan(TekstDialog, lambda d: d.tekst.setPlainText("Avskrevet ved en feil"))
    w.handlinger["angre_avskrivning"].trigger()
    assert not fanger.planer and not fanger.meldinger, fanger.meldinger
    jp = visning.vis_journalpost(Kontekst(db, "ALA"), jpnr)
    assert jp.restanse and not jp.avskrivninger
    assert any(f == "avskrivning" and (fra or "").startswith("TE") for f, fra, _ in _logg(db, jpnr))

    # A closed sak's title, from the same menu.
    avskrivning.avskriv(Kontekst(db, "OHA"), [jpnr], kode="TE")
    saker.sett_saksstatus(Kontekst(db, "ALA"), sak, "A")
    w.oppdater_kurver()
    vent(qtbot, w)
    qtbot.waitUntil(lambda: w.handlinger["rett_sak"].isEnabled(), timeout=30000)
    fanger.plan(
        RettSakDialog,
        lambda d: (d.tittel.setText("Skjenkebevilling for Kafé Torvet"), d.grunn.setText("Feil navn")),
    )
    w.handlinger["rett_sak"].trigger()
    assert not fanger.planer and not fanger.meldinger, fanger.meldinger
    info = visning.vis_sak(Kontekst(db, "ALA"), sak)
    assert (info.status, info.tittel) == ("A", "Skjenkebevilling for Kafé Torvet")
    assert ("tittel", "Skjenkebevilling for Kafé Torget", "Skjenkebevilling for Kafé Torvet") in _logg(
        db, sak
    )


def test_20_05_arkivet_retter_fra_kommandolinjen(demo_sqlite):
    db = demo_sqlite
    sti = db_arg(db)
    sak, jpnr = _journalfort(db)

    ut = kjor_cli("--db", sti, "jp", "rett", jpnr, "--tittel", "Ny tittel", "--grunn", "x", "--bruker", "OHA")
    assert ut.returncode == 1 and "Bare arkivet" in ut.stderr
    ut = kjor_cli("--db", sti, "jp", "rett", jpnr, "--tittel", "Ny tittel", "--bruker", "ALA")
    assert ut.returncode == 2 and "--grunn" in ut.stderr  # the reason is required
    ut = kjor_cli(
        "--db", sti, "jp", "rett", jpnr, "--part", "Per Ukjent", "navn=Per", "--grunn", "x", "--bruker", "ALA"
    )
    assert ut.returncode != 0 and "Kari Nordman" in ut.stderr  # names the parties there are

    ut = kjor_cli(
        "--db", sti, "jp", "rett", jpnr,
        "--tittel", "Søknad om skjenkebevilling",
        "--forfallsdato", str(date.today() + timedelta(days=10)),
        "--part", "Kari Nordman", "navn=Kari Nordmann", "adresse=Storgata 2",
        "--grunn", "Skrivefeil", "--bruker", "ALA", "--json",
    )  # fmt: skip
    assert ut.returncode == 0, ut.stderr
    assert json.loads(ut.stdout)["status"] == "J"
    jp = visning.vis_journalpost(Kontekst(db, "ALA"), jpnr)
    assert jp.tittel == "Søknad om skjenkebevilling"
    assert [(p.navn, p.adresse) for p in jp.avsender] == [("Kari Nordmann", "Storgata 2")]
    logg = _logg(db, jpnr)
    assert ("adresse", "Storgata 1", "Storgata 2") in logg and ("grunn", None, "Skrivefeil") in logg

    ut = kjor_cli("--db", sti, "jp", "angre-avskrivning", jpnr, "--grunn", "Feil kode", "--bruker", "ALA")
    assert ut.returncode == 0, ut.stderr
    assert visning.vis_journalpost(Kontekst(db, "ALA"), jpnr).restanse

    ut = kjor_cli(
        "--db", sti, "sak", "rett", sak, "--saksdato", "2026-01-05", "--grunn", "Feil dato", "--bruker", "ALA"
    )
    assert ut.returncode == 0, ut.stderr
    assert visning.vis_sak(Kontekst(db, "ALA"), sak).saksdato == date(2026, 1, 5)


def test_20_05_bare_arkivet_kopierer_dokument_til_annen_sak(demo_db):
    db = demo_db
    oha, ala = Kontekst(db, "OHA"), Kontekst(db, "ALA")
    sak = saker.opprett_sak(oha, tittel="Byggesak Storgata 1", klasse="000").saksnummer
    annen = saker.opprett_sak(oha, tittel="Klagesak Storgata 1", klasse="000").saksnummer
    fra = journalposter.registrer_journalpost(
        oha,
        NyJournalpost(
            sak=sak,
            type="X",
            tittel="Kart",
            filer=[FilInn("kart.pdf", b"%PDF-1.4 kart", tilknytning="hoveddokument")],
        ),
    ).journalpostnummer
    til = journalposter.registrer_journalpost(
        oha, NyJournalpost(sak=annen, type="X", tittel="Oversendt")
    ).journalpostnummer
    kart = dokumenter.liste(oha, fra)[0].id
    with pytest.raises(IngenTilgang, match="Bare arkivet kopierer"):
        dokumentordning.kopier_til(oha, fra, dokument_id=kart, til=til)
    assert dokumenter.liste(oha, til) == []
    dokumentordning.kopier_til(ala, fra, dokument_id=kart, til=til)
    kopi = dokumenter.liste(oha, til)
    assert len(kopi) == 1 and kopi[0].id != kart
    # Moving a journalpost to another sak is the archive's too.
    with pytest.raises(IngenTilgang):
        journalposter.flytt(oha, fra, til_sak=annen)
