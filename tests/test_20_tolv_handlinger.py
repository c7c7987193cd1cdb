"""Issue 20, item 17: the core routine in at most twelve actions, counted through the window.

A saksbehandler imports an e-mail into a sak, answers it (Besvar og avskriv from the letter
template), sends the answer for approval; the leader approves; the saksbehandler ekspederer it.
Every click and key the user would make is counted, except typing the letter's own text and
switching the demo user. The test prints the count.

The last step ekspederer through the Ekspeder dialog by e-mail, sent for real to an SMTP server
(aiosmtpd) on this machine (``EKSPEDER_MED_EPOST``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QMimeData, Qt, QUrl
from pytestqt.exceptions import TimeoutError as VentetForLenge

from app.services import innstillinger, visning
from app.services.arbeid import Kontekst
from app.services.ekspedering import forsendelse
from app.views.dialoger.ekspeder import EkspederDialog
from app.views.dialoger.enkle import BehandleOppgaveDialog, BesvarDialog, SendOppgaveDialog
from app.views.epost import ImportOppsummering
from tests.support.msgwriter import write_msg
from tests.support.smtp import SmtpTjener

GRENSE = 12


class Teller:
    """Counts the user's actions; each is named so a failure shows the routine as the user did it."""

    def __init__(self) -> None:
        self.handlinger: list[str] = []

    def __call__(self, hva: str) -> None:
        self.handlinger.append(hva)

    def __len__(self) -> int:
        return len(self.handlinger)


def _vent(qtbot, w) -> None:
    """The background queries share the pool with the arkivformat work the routine starts: wait longer."""
    qtbot.waitUntil(lambda: not w.tre._arbeider.opptatt and not w.liste._arbeider.opptatt, timeout=60000)
    qtbot.wait(10)


def _aapne(qtbot, w, teller: Teller, kurv: str, tittel: str) -> None:
    teller(f"klikk kurven {tittel}")
    w.velg_kurv(kurv)
    _vent(qtbot, w)


def _velg(qtbot, w, teller: Teller, hvor) -> None:
    """Click the row unless the list already shows it selected (the first row is, on arrival)."""
    if w.valg is not None and hvor(w.valg):
        return
    m = w.liste.modell
    for r in range(m.rowCount()):
        rad = m.rad(r)
        if rad is not None and hvor(rad):
            teller("klikk raden")
            w.liste.tabell.selectRow(r)
            qtbot.waitUntil(lambda rad=rad: w.valg is not None and w.valg.id == rad.id)
            return
    raise AssertionError(f"Ingen rad passer i {w.liste.tittel.text()}")


def _dobbeltklikk(qtbot, w, teller: Teller, hvor) -> None:
    """Double-click the row (one action): on a task the user may answer, it opens Behandle oppgave."""
    m = w.liste.modell
    r = next(r for r in range(m.rowCount()) if m.rad(r) is not None and hvor(m.rad(r)))
    tabell = w.liste.tabell
    tabell.scrollTo(m.index(r, 0))
    punkt = tabell.visualRect(m.index(r, 1)).center()
    teller("dobbeltklikk raden")
    qtbot.mouseClick(tabell.viewport(), Qt.MouseButton.LeftButton, pos=punkt)
    qtbot.waitUntil(lambda: w.valg is not None and hvor(w.valg))
    qtbot.mouseDClick(tabell.viewport(), Qt.MouseButton.LeftButton, pos=punkt)


def _ekspederingstilstand(w, ctx: Kontekst, jpnr: str, fanger) -> str:
    """Where the sending stands, for a failure message: the post, each forsendelse, the window."""
    st = forsendelse.status(ctx, jpnr)
    sendinger = "; ".join(
        f"{f.mottaker} {f.kanal} {f.status}{f' ({f.feil})' if f.feil else ''}" for f in st.forsendelser
    )
    rapport = w.ekspedering.siste
    return (
        f"journalpost {jpnr} i status {st.status} ({st.tekst()}); forsendelser: {sendinger or 'ingen'}; "
        f"gjenstår: {st.gjenstaar}; sender fortsatt: {w.ekspedering.sender}; "
        f"rapport: {rapport.resultater if rapport else 'ingen'}; meldinger: {fanger.meldinger}"
    )


def _vent_paa_ekspedering(qtbot, w, ctx: Kontekst, jpnr: str, fanger) -> None:
    """Wait until the background sending has finished and the post is E; the machine may be loaded.

    Stops early when the sending is over without E (a refusal, an error shown to the user), and
    fails with the state it was in either way.
    """

    def ferdig() -> bool:
        if w.ekspedering.sender:
            return False
        return (
            forsendelse.status(ctx, jpnr).status == "E"
            or w.ekspedering.siste is not None
            or bool(fanger.meldinger)
        )

    try:
        qtbot.waitUntil(ferdig, timeout=240000)
    except VentetForLenge as e:
        raise AssertionError(
            f"ekspederingen ble ikke ferdig: {_ekspederingstilstand(w, ctx, jpnr, fanger)}"
        ) from e
    # The report comes before the window's refresh: give the status a moment to read E.
    try:
        qtbot.waitUntil(lambda: forsendelse.status(ctx, jpnr).status == "E", timeout=30000)
    except VentetForLenge as e:
        raise AssertionError(
            f"journalposten ble ikke ekspedert: {_ekspederingstilstand(w, ctx, jpnr, fanger)}"
        ) from e


def test_20_17_kjernerutinen_paa_hoyst_tolv_handlinger(
    qtbot, lag_vindu, fanger, demo_sqlite, tmp_path, capsys, request
):
    teller = Teller()
    ctx = Kontekst(demo_sqlite, "OHA")
    smtp = SmtpTjener().start()
    request.addfinalizer(smtp.stopp)
    for navn, verdi in (
        ("smtp.vert", "127.0.0.1"),
        ("smtp.port", str(smtp.port)),
        ("smtp.sikkerhet", "ingen"),
    ):
        innstillinger.sett_innstilling(Kontekst(demo_sqlite, "ALA"), navn, verdi)
    melding = write_msg(
        tmp_path / "soknad.msg",
        subject="Søknad om skoleskyss for Emma",
        sender_name="Kari Nordmann",
        sender_email="kari.nordmann@eksempel.no",
        to=[("Ola Hansen", "ola.hansen@demokommune.no")],
        body="Hei, jeg søker om skoleskyss.",
        sent=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
        message_id="<skoleskyss-emma@eksempel.no>",
    )

    # --- Ola: import the e-mail into his sak, answer it, send the answer for approval -------------
    w = lag_vindu("OHA")
    _aapne(qtbot, w, teller, "mine-saker", "Mine saker")
    sak = w.liste.modell.rad(0).saksnummer
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(melding))])
    fanger.plan(
        ImportOppsummering,
        lambda d: (teller("klikk Besvar og avskriv i oppsummeringen"), d.besvar_knapp.click()),
    )
    fanger.plan(BesvarDialog, lambda d: teller("klikk Opprett svar (standardmalen er valgt)"))
    teller("slipp e-posten på saken")
    w.liste.tabell.sig_epost_sluppet.emit(sak, mime)
    qtbot.waitUntil(lambda: not fanger.planer, timeout=30000)
    _vent(qtbot, w)
    inn = next(
        j for j in visning.vis_sak(ctx, sak).journalposter if j.tittel == "Søknad om skoleskyss for Emma"
    )
    svar = visning.vis_journalpost(ctx, inn.id).avskrivninger[-1].svar
    assert svar, fanger.meldinger
    qtbot.waitUntil(lambda: w.valg is not None and w.valg.journalpostnummer == svar, timeout=60000)
    # The selection's actions are read in the background: wait until Send oppgave may be clicked.
    qtbot.waitUntil(lambda: not w.leser.leser and w.handlinger["send_oppgave"].isEnabled(), timeout=60000)
    assert w.tre.valgt_kurv() == "dokumenter-i-arbeid"
    assert visning.vis_journalpost(ctx, svar).dokumenter, "svaret er skrevet fra malen"

    fanger.plan(SendOppgaveDialog, lambda d: teller("klikk Send (Til godkjenning, til egen leder)"))
    teller("klikk Send oppgave")
    w.handlinger["send_oppgave"].trigger()
    assert not fanger.planer and not fanger.meldinger, fanger.meldinger

    # --- Kari Lie, the leader: approve -----------------------------------------------------------
    assert w.bytt_bruker("KLE")  # switching the demo user is not counted
    _vent(qtbot, w)
    _aapne(qtbot, w, teller, "mottatt-for-godkjenning", "Mottatt for godkjenning")
    fanger.plan(BehandleOppgaveDialog, lambda d: teller("klikk Send svar (Godkjent er valgt)"))
    _dobbeltklikk(qtbot, w, teller, lambda r: r.journalpostnummer == svar)  # opens Behandle oppgave
    assert visning.vis_journalpost(ctx, svar).status == "F", fanger.meldinger

    # --- Ola: ekspeder --------------------------------------------------------------------------
    assert w.bytt_bruker("OHA")
    _vent(qtbot, w)
    _aapne(qtbot, w, teller, "mottatte-oppgaver", "Mottatte oppgaver")
    _velg(qtbot, w, teller, lambda r: r.journalpostnummer == svar and r.oppgavetype == "Godkjent")
    # EKSPEDER_MED_EPOST: real sending by e-mail (the eksp branch) to a real SMTP server on this machine.
    try:
        qtbot.waitUntil(lambda: not w.leser.leser and w.handlinger["ekspeder"].isEnabled(), timeout=60000)
    except VentetForLenge as e:
        raise AssertionError(f"Ekspeder er ikke mulig: {w.grunn('ekspeder')}") from e
    fanger.plan(EkspederDialog, lambda d: teller("klikk Ekspeder (e-post er valgt)"))
    teller("klikk Ekspeder")
    w.handlinger["ekspeder"].trigger()
    _vent_paa_ekspedering(qtbot, w, ctx, svar, fanger)
    assert any("kari.nordmann@eksempel.no" in m.til for m in smtp.postkasse.mottatt), (
        "the answer reached Kari by e-mail"
    )
    assert not visning.vis_journalpost(ctx, inn.id).restanse  # BU took effect with the ekspedering

    with capsys.disabled():
        print(f"\nKjernerutinen: {len(teller)} handlinger")
        for i, hva in enumerate(teller.handlinger, 1):
            print(f"  {i:2}. {hva}")
    assert len(teller) <= GRENSE, teller.handlinger
