"""Issue 20, items 12-16: the window as a new user tries it (pytest-qt, offscreen).

Each test is named after its item and checks what the user sees.
"""

# ruff: noqa: F811 - the demo fixtures are imported from test_epost_import and taken as arguments

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.services import visning
from app.views.epost import VelgSakDialog
from tests.test_epost_import import ctx, demo_mal, sak  # noqa: F401


def test_20_12_enter_i_sok_etter_sak_importerer_ikke(qtbot, ctx, sak) -> None:
    """Enter in "Søk etter sak" searches; nothing is chosen until the user picks a hit."""
    d = VelgSakDialog(ctx, emne="", antall=1)
    qtbot.addWidget(d)
    d.show()
    d.faner.setCurrentIndex(0)
    d.sokefelt.setFocus()
    qtbot.keyClicks(d.sokefelt, visning.vis_sak(ctx, sak).tittel)
    qtbot.keyClick(d.sokefelt, Qt.Key.Key_Return)
    assert d.result() != QDialog.DialogCode.Accepted and d.isVisible()
    treff = [d.treff.item(i).data(Qt.ItemDataRole.UserRole) for i in range(d.treff.count())]
    assert sak in treff
    assert d.valgt_sak() is None
    d.accept()  # Importer without a choice is refused
    assert d.result() != QDialog.DialogCode.Accepted and d.feil.text() == "Velg en sak i listen"
    d.treff.setCurrentRow(treff.index(sak))
    assert d.valgt_sak() == sak


# --- the main window ------------------------------------------------------------------------

from app.services import kurver  # noqa: E402
from app.services.arbeid import Kontekst  # noqa: E402
from app.views.dialoger.enkle import BehandleOppgaveDialog, SendOppgaveDialog  # noqa: E402
from tests.conftest import vent  # noqa: E402
from tests.test_window_routines import aapne, velg  # noqa: E402


def test_20_13_filter_og_sok_nullstilles_ved_nytt_skrivebord(qtbot, lag_vindu):
    """A filter or a search from one desk does not make a colleague's desk look empty."""
    w = lag_vindu("OHA")
    aapne(qtbot, w, "ubehandlet")
    w.liste.filter.setText("finnes ikke hos noen")
    qtbot.waitUntil(lambda: w.liste.modell.rowCount() == 0, timeout=5000)
    w.sokefelt.setText("skoleskyss")
    assert w.bytt_bruker("ISO")
    vent(qtbot, w)
    assert w.liste.filter.text() == "" and w.sokefelt.text() == ""
    venter = len(kurver.kurv_ider(Kontekst(w.db, "ISO"), "ubehandlet"))
    assert venter and w.liste.modell.rowCount() == venter
    # … and starting to act as stedfortreder is a desk change too.
    w.liste.filter.setText("finnes ikke hos noen")
    qtbot.waitUntil(lambda: w.liste.modell.rowCount() == 0, timeout=5000)
    assert w.bytt_bruker("SNI", som="TBA")
    vent(qtbot, w)
    assert w.liste.filter.text() == ""
    assert w.liste.modell.rowCount() == len(kurver.kurv_ider(Kontekst(w.db, "SNI", "TBA"), "ubehandlet"))


def test_20_14_send_til_godkjenning_egen_leder_og_venter_paa(qtbot, lag_vindu, fanger, demo_sqlite):
    """Til proposes the own leader and lists only approvers; Sendt til godkjenning shows whom it waits on;
    the Godkjent task leaves Mottatte oppgaver once the post is ekspedert."""
    from app.services import ekspedering, journalposter, oppgaver
    from app.services.journalposter import NyJournalpost, PartInn

    ctx = Kontekst(demo_sqlite, "OHA")
    sak = visning.vis_journalpost(ctx, kurver.kurv_ider(ctx, "ubehandlet")[0]).saksnummer
    brev = journalposter.registrer_journalpost(
        ctx,
        NyJournalpost(
            sak=sak,
            type="U",
            tittel="Brev til godkjenning",
            mottakere=[PartInn("Lars Eriksen", epost="l@e.no")],
        ),
    ).journalpostnummer
    w = lag_vindu("OHA")
    aapne(qtbot, w, "dokumenter-i-arbeid")
    velg(qtbot, w, lambda r: r.journalpostnummer == brev)
    sett: list[SendOppgaveDialog] = []
    fanger.plan(SendOppgaveDialog, sett.append)
    w.handlinger["send_oppgave"].trigger()
    (d,) = sett
    assert d.til.currentData() == "KLE"  # Ola's leader (Oppvekst og kultur)
    valg = {d.til.itemData(i) for i in range(d.til.count())} - {None}
    assert valg == {"KLE", "TBA", "PKR", "RAD"}
    d.type.setCurrentIndex(d.type.findData("beskjed"))
    assert "MBE" in {d.til.itemData(i) for i in range(d.til.count())}
    assert visning.vis_journalpost(ctx, brev).status == "R"
    aapne(qtbot, w, "sendt-til-godkjenning")
    rad = velg(qtbot, w, lambda r: r.journalpostnummer == brev)
    assert rad.til == "KLE" and rad.fra is None
    kol = [k.navn for k in w.liste.modell.kolonner]
    vist = w.liste.modell.data(w.liste.modell.index(w.liste.modell.ider.index(rad.id), kol.index("Til")))
    assert vist == "KLE"
    # Approved, the Godkjent task reaches Ola; once ekspedert it leaves Mottatte oppgaver.
    oid = next(
        i
        for i in kurver.kurv_ider(Kontekst(demo_sqlite, "KLE"), "mottatt-for-godkjenning")
        if oppgaver.vis_oppgave(Kontekst(demo_sqlite, "KLE"), i).journalpostnummer == brev
    )
    godkjent = oppgaver.svar_oppgave(Kontekst(demo_sqlite, "KLE"), oid, svar="godkjent").oppgave
    assert godkjent in kurver.kurv_ider(ctx, "mottatte-oppgaver")
    ekspedering.ekspeder(ctx, brev, kanal="epost")
    assert godkjent not in kurver.kurv_ider(ctx, "mottatte-oppgaver")
    assert BehandleOppgaveDialog  # the answer dialog is the one way to answer (unchanged)


def test_20_15_sok_sier_fra_ved_grensen_og_tomme_kurver_forklarer(qtbot, lag_vindu, monkeypatch):
    """Search says when it stops at its limit and when nothing matched; an empty kurv says what it is for."""
    from app.services import sok
    from app.views.kurver import tekster

    w = lag_vindu("OHA")
    monkeypatch.setattr(sok, "GRENSE", 3)
    w.sokefelt.setText("søknad")
    w.sokefelt.returnPressed.emit()
    qtbot.waitUntil(lambda: w.liste.modell.rowCount() == 3, timeout=5000)
    alle = len(sok.sok(Kontekst(w.db, "OHA"), "søknad", grense=10_000).journalposter)
    assert alle > 3
    # The hits come first, the count after them (the search counts apart, off the UI thread).
    qtbot.waitUntil(lambda: w.liste.antall.text() == f"viser de første 3 av {tekster.tall(alle)} treff")
    w.sokefelt.setText("qqqzzzx")
    w.sokefelt.returnPressed.emit()
    qtbot.waitUntil(lambda: w.liste.tom.isVisible(), timeout=5000)
    assert w.liste.tom.text().startswith("Ingen treff for «qqqzzzx»")
    assert w.liste.antall.text() == "0 treff"
    # OHA has no approvals to give: the kurv says what it is for instead of a bare grid.
    aapne(qtbot, w, "mottatt-for-godkjenning")
    assert w.liste.modell.rowCount() == 0 and w.liste.tom.isVisible()
    assert "dokumenter sendt til deg for godkjenning" in w.liste.tom.text()
    aapne(qtbot, w, "ubehandlet")
    assert not w.liste.tom.isVisible()


def test_20_16_flertall_tusenskille_foerste_kurv_og_journalfor_spor(qtbot, lag_vindu, fanger, demo_sqlite):
    """1 element / 2 elementer, 10 000, the archive starts in Til journalføring, Journalfør asks first."""
    from app.views.kurver import tekster

    assert tekster.antall_elementer(1) == "1 element"
    assert tekster.antall_elementer(2) == "2 elementer"
    assert tekster.antall_elementer(10_000) == "10\u00a0000 elementer"
    w = lag_vindu("OHA")
    n = w.liste.modell.rowCount()
    assert w.liste.antall.text() == tekster.antall_elementer(n) and "(er)" not in w.liste.antall.text()
    assert w.tre.valgt_kurv() == "ubehandlet"
    a = lag_vindu("ALA")
    assert a.tre.valgt_kurv() == "til-journalforing" and a.liste.tittel.text() == "Til journalføring"
    rad = velg(qtbot, a, lambda r: r.status in ("S", "F", "E"))
    fanger.meldinger.clear()
    fanger.plan(QMessageBox, svar=False)  # the user says no: nothing is locked
    a.handlinger["journalfor"].trigger()
    assert any("Journalføre" in m and "låses" in m for m in fanger.meldinger)
    ctx = Kontekst(demo_sqlite, "ALA")
    assert visning.vis_journalpost(ctx, rad.id).status == rad.status
    fanger.plan(QMessageBox, svar=True)
    a.handlinger["journalfor"].trigger()
    assert visning.vis_journalpost(ctx, rad.id).status == "J"
    # The title column stretches, and the full title is the tooltip.
    from PySide6.QtWidgets import QHeaderView

    kol = [k.navn for k in a.liste.modell.kolonner].index("Tittel")
    assert a.liste.tabell.horizontalHeader().sectionResizeMode(kol) == QHeaderView.ResizeMode.Stretch
    idx = a.liste.modell.index(0, kol)
    assert a.liste.modell.data(idx, Qt.ItemDataRole.ToolTipRole).startswith(a.liste.modell.rad(0).tittel)


def test_20_18_egne_kurver_i_venstre_rute(qtbot, lag_vindu, fanger):
    """Ny kurv… in the tree's menu saves a search; it shows under Mine kurver with its count and opens."""
    from app.views.kurver.egne import NyKurvDialog
    from app.views.kurver.tre import NavnRolle

    w = lag_vindu("OHA")

    def fyll(d: NyKurvDialog) -> None:
        d.navn.setText("Mine inngående")
        d.typer.setText("I")
        d.saksbehandler.setText("meg")

    fanger.plan(NyKurvDialog, fyll)
    meny = w.egne_kurver.lag_meny(None)
    next(a for a in meny.actions() if a.text() == "Ny kurv…").trigger()
    vent(qtbot, w)
    forventet = kurver.kurv_ider(Kontekst(w.db, "OHA"), "Mine inngående")
    assert forventet
    gruppe = next(
        w.tre.topLevelItem(i)
        for i in range(w.tre.topLevelItemCount())
        if w.tre.topLevelItem(i).text(0) == "Mine kurver"
    )
    element = gruppe.child(0)
    assert element.text(0) == "Mine inngående" and element.text(1) == tekster_tall(len(forventet))
    assert w.tre.valgt_kurv() == element.data(0, NavnRolle)
    qtbot.waitUntil(lambda: w.liste.modell.rowCount() == len(forventet), timeout=5000)
    # Remove it through the same menu (asked first).
    meny = w.egne_kurver.lag_meny(element)
    assert [a.text() for a in meny.actions() if a.text()] == [
        "Ny kurv…",
        "Gi nytt navn…",
        "Flytt opp",
        "Flytt ned",
        "Fjern kurven",
    ]
    next(a for a in meny.actions() if a.text() == "Fjern kurven").trigger()
    vent(qtbot, w)
    assert all(w.tre.topLevelItem(i).text(0) != "Mine kurver" for i in range(w.tre.topLevelItemCount()))


def tekster_tall(n: int) -> str:
    from app.views.kurver import tekster

    return tekster.tall(n)
