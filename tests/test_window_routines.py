"""The daily routines driven through the window: buttons, dialogs, kurver; checked in the list and the DB."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.services import visning
from app.services.arbeid import Kontekst
from app.views.dialoger.ekspeder import EkspederDialog
from app.views.dialoger.enkle import BehandleOppgaveDialog, BesvarDialog, FordelDialog, SendOppgaveDialog
from tests.conftest import vent


def aapne(qtbot, w, kurv: str) -> None:
    w.velg_kurv(kurv)
    vent(qtbot, w)


def velg(qtbot, w, hvor) -> object:
    """Select the first row for which ``hvor(rad)`` holds; return that row."""
    m = w.liste.modell
    for r in range(m.rowCount()):
        rad = m.rad(r)
        if rad is not None and hvor(rad):
            w.liste.tabell.selectRow(r)
            qtbot.waitUntil(
                lambda rad=rad: w.valg is not None
                and w.valg.id == rad.id
                and not w.leser.leser
                and not w.politikk.leser
            )
            return rad
    raise AssertionError(f"Ingen rad passer i {w.liste.tittel.text()}")


def ider(w) -> list[int]:
    return list(w.liste.modell.ider)


def test_besvar_godkjenn_ekspeder(qtbot, lag_vindu, fanger, demo_sqlite):
    ctx = Kontekst(demo_sqlite, "OHA")
    w = lag_vindu("OHA")
    aapne(qtbot, w, "ubehandlet")
    assert w.liste.tittel.text() == "Ubehandlet"
    brev = velg(qtbot, w, lambda r: not visning.vis_journalpost(ctx, r.id).avskrivninger)
    assert "Søknad" in w.lesefelt.overskrift.text() or brev.tittel[:10] in w.lesefelt.overskrift.text()
    assert w.handlinger["ferdigstill"].isEnabled() is False
    assert "egne dokumenter" in w.grunn("ferdigstill")

    fanger.plan(BesvarDialog, lambda d: d.tittel.setText("Svar på søknaden"))
    w.handlinger["besvar"].trigger()
    svar = visning.vis_journalpost(ctx, brev.id).avskrivninger[-1].svar
    assert svar, fanger.meldinger

    aapne(qtbot, w, "dokumenter-i-arbeid")
    velg(qtbot, w, lambda r: r.journalpostnummer == svar)
    assert w.lesefelt.overskrift.text().count("Svar på søknaden")
    fanger.plan(SendOppgaveDialog, lambda d: d.velg("godkjenning", "KLE"))
    w.handlinger["send_oppgave"].trigger()
    assert not fanger.meldinger, fanger.meldinger

    assert w.bytt_bruker("KLE")
    vent(qtbot, w)
    aapne(qtbot, w, "mottatt-for-godkjenning")
    velg(qtbot, w, lambda r: r.journalpostnummer == svar)
    assert w.handlinger["behandle_oppgave"].isEnabled()
    fanger.plan(BehandleOppgaveDialog, lambda d: d.velg("godkjent"))
    w.handlinger["behandle_oppgave"].trigger()
    assert visning.vis_journalpost(ctx, svar).status == "F"
    vent(qtbot, w)
    assert svar not in [w.liste.modell.rad(r).journalpostnummer for r in range(w.liste.modell.rowCount())]

    assert w.bytt_bruker("OHA")
    vent(qtbot, w)
    aapne(qtbot, w, "mottatte-oppgaver")
    velg(qtbot, w, lambda r: r.journalpostnummer == svar and r.oppgavetype == "Godkjent")
    assert w.handlinger["ekspeder"].isEnabled(), w.grunn("ekspeder")
    fanger.plan(EkspederDialog)
    w.handlinger["ekspeder"].trigger()
    qtbot.waitUntil(lambda: not w.ekspedering.sender, timeout=30000)
    assert not fanger.meldinger, fanger.meldinger
    assert visning.vis_journalpost(ctx, svar).status == "E"
    assert visning.vis_journalpost(ctx, brev.id).restanse is False
    aapne(qtbot, w, "ubehandlet")
    assert brev.id not in ider(w)
    aapne(qtbot, w, "forfall")
    assert brev.id not in ider(w)


def test_ekspeder_retter_manglende_adresse_i_dialogen(qtbot, lag_vindu, fanger, demo_sqlite):
    ctx = Kontekst(demo_sqlite, "OHA")
    w = lag_vindu("OHA")
    aapne(qtbot, w, "ubehandlet")
    brev = velg(qtbot, w, lambda r: not visning.vis_journalpost(ctx, r.id).avskrivninger)
    fanger.plan(BesvarDialog)
    w.handlinger["besvar"].trigger()
    svar = visning.vis_journalpost(ctx, brev.id).avskrivninger[-1].svar
    aapne(qtbot, w, "dokumenter-i-arbeid")
    velg(qtbot, w, lambda r: r.journalpostnummer == svar)

    sett: list[list[str]] = []

    def fyll(d: EkspederDialog) -> None:
        sett.append(d.mangler.text())
        d.sett(0, kanal="epost", epost="")  # an e-mail mottaker without an address stops it

    def rett(d: EkspederDialog) -> None:
        sett.append(d.mangler.text())
        d.sett(0, kanal="epost", epost="ny@eksempel.no")

    fanger.plan(EkspederDialog, fyll)
    fanger.plan(EkspederDialog, rett)
    w.handlinger["ekspeder"].trigger()
    qtbot.waitUntil(lambda: not w.ekspedering.sender, timeout=30000)
    assert any("mangler e-postadresse" in m for m in fanger.meldinger)
    assert "mangler e-postadresse" in sett[1]
    jp = visning.vis_journalpost(ctx, svar)
    assert jp.status == "E"
    assert jp.mottakere[0].epost == "ny@eksempel.no"


def test_leder_fordeler(qtbot, lag_vindu, fanger, demo_sqlite):
    w = lag_vindu("TBA")
    aapne(qtbot, w, "til-fordeling")
    for_ = w.liste.modell.rowCount()
    rad = velg(qtbot, w, lambda r: True)
    fanger.plan(FordelDialog, lambda d: d.velg("MBE"))
    w.handlinger["fordel"].trigger()
    vent(qtbot, w)
    assert visning.vis_journalpost(Kontekst(demo_sqlite, "TBA"), rad.id).saksbehandler == "MBE"
    assert w.liste.modell.rowCount() == for_ - 1
    assert rad.id not in ider(w)


def test_stedfortreder_godkjenner_og_utlopt_periode_avvises(qtbot, lag_vindu, fanger, demo_sqlite):
    w = lag_vindu("SNI")
    w._fyll_brukermeny()
    bord = next(a for a in w.brukermeny.actions() if "Trond Bakken" in a.text())
    bord.trigger()
    vent(qtbot, w)
    assert "på vegne av Trond Bakken" in w.windowTitle()
    assert w.status_paavegne.isVisible() and "Trond Bakken" in w.status_paavegne.text()
    assert "Trond Bakken" in w.skrivebordlinje.text()
    aapne(qtbot, w, "mottatt-for-godkjenning")
    assert w.liste.modell.rowCount() >= 1
    rad = velg(qtbot, w, lambda r: r.oppgavetype == "Til godkjenning")
    fanger.plan(BehandleOppgaveDialog, lambda d: d.velg("godkjent"))
    w.handlinger["behandle_oppgave"].trigger()
    assert not fanger.meldinger, fanger.meldinger
    assert visning.vis_journalpost(Kontekst(demo_sqlite, "TBA"), rad.journalpost_id).status == "F"
    logg = visning.historikk(Kontekst(demo_sqlite, "TBA"), rad.journalpostnummer)
    assert any(r.handling == "ferdigstilt" and r.bruker == "SNI" and r.paa_vegne_av == "TBA" for r in logg)

    iso = lag_vindu("ISO")
    iso._fyll_brukermeny()
    kari = next(a for a in iso.brukermeny.actions() if "Kari Lie" in a.text())
    assert "ikke i dag" in kari.toolTip()
    kari.trigger()
    assert any("ikke stedfortreder for Kari Lie i dag" in m for m in fanger.meldinger)
    assert "på vegne av" not in iso.windowTitle()


def test_arkivet_journalforer_og_avslutter(qtbot, lag_vindu, fanger, demo_sqlite):
    ctx = Kontekst(demo_sqlite, "ALA")
    w = lag_vindu("ALA")
    aapne(qtbot, w, "til-journalforing")
    rad = velg(qtbot, w, lambda r: True)
    w.handlinger["journalfor"].trigger()
    vent(qtbot, w)
    assert visning.vis_journalpost(ctx, rad.id).status == "J"
    assert rad.id not in ider(w)

    aapne(qtbot, w, "saker-til-avslutning")
    sak = velg(qtbot, w, lambda r: True)
    fanger.plan(QMessageBox, svar=True)
    w.handlinger["avslutt_sak"].trigger()
    assert visning.vis_sak(ctx, sak.id).status == "A", fanger.meldinger

    # A sak with a restanse: found with the global search, refused with the restanse listed.
    w.sokefelt.setText("2026/13")
    w.sokefelt.returnPressed.emit()
    assert w.liste.sok_sak.isVisible()
    w.liste.sok_sak.click()
    velg(qtbot, w, lambda r: r.saksnummer == "2026/13")
    fanger.plan(QMessageBox, svar=True)
    w.handlinger["avslutt_sak"].trigger()
    feil = fanger.meldinger[-1]
    assert "Sak 2026/13 kan ikke avsluttes" in feil
    assert "har restanse" in feil and "2026/13-" in feil
    assert visning.vis_sak(ctx, "2026/13").status != "A"
