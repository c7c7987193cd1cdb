"""A saksframlegg from the template to the confirmed vedtaksoppfølging, through the window (issue 15):
saksbehandler → leader → kommunedirektør → formannskap → vedtak → kommunestyre → vedtak → oppfølging.

Steps without a window action of their own: the sak the S is written in is made by the service
(any sak will do), and «Word» is this test writing the checked-out working copy.
"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QUrl

from app.dokumenter.saksframlegg import skriv_overskrifter
from app.services import saker, visning
from app.services.arbeid import Kontekst
from app.services.politikk import lesing, mote
from app.views.dialoger.enkle import BehandleOppgaveDialog, SendOppgaveDialog
from app.views.dialoger.kort import JournalpostKortDialog
from app.views.dialoger.malvalg import MalvalgDialog
from app.views.politikk.dialoger import RefererDialog, SaksgangDialog, VedtakDialog
from app.views.politikk.motebord import MotebordDialog
from tests.conftest import vent
from tests.test_politikk import FYLT
from tests.test_window_routines import aapne, ider, velg

TITTEL = "Barnehagebehovsplan 2027–2030"


def _pdf(sti: Path) -> str:
    return "\n".join(s.extract_text() for s in PdfReader(io.BytesIO(sti.read_bytes())).pages)


def _bytt(qtbot, w, ini: str) -> None:
    assert w.bytt_bruker(ini)
    # The reading pane's PDF preview of a .docx runs LibreOffice on the same thread pool.
    qtbot.waitUntil(lambda: not w.tre._arbeider.opptatt and not w.liste._arbeider.opptatt, timeout=180000)
    vent(qtbot, w)


def test_saksframlegget_gjennom_vinduet_fra_mal_til_bekreftet_oppfolging(
    qtbot, lag_vindu, fanger, demo_sqlite, arbeidskopimappe, tmp_path
):
    db = demo_sqlite
    oha = Kontekst(db, "OHA")
    fsk1, kst1 = mote.liste_moter(oha, "FSK")[0], mote.liste_moter(oha, "KST")[0]
    sak = saker.opprett_sak(oha, tittel="Barnehagebehovsplan", klasse="000").krev_saksnummer()
    w = lag_vindu("OHA")
    aapnet: list[QUrl] = []
    w.aapne_url = lambda url: aapnet.append(url) or True
    p = w.politikk

    # The saksbehandler writes the S from the saksframlegg template.
    def kort(d: JournalpostKortDialog) -> None:
        d.sak.setText(sak)
        d.type.setCurrentIndex(d.type.findData("S"))
        d.tittel.setText(TITTEL)

    maler: list[str | None] = []
    fanger.plan(JournalpostKortDialog, kort)
    fanger.plan(MalvalgDialog, lambda d: maler.append(d.mal.valgt()))
    w.handlinger["ny_journalpost"].trigger()
    assert maler == ["saksframlegg"] and not fanger.meldinger, fanger.meldinger
    aapne(qtbot, w, "dokumenter-i-arbeid")
    rad = velg(qtbot, w, lambda r: r.tittel == TITTEL)
    nr = rad.journalpostnummer

    # Ferdigstilling is refused while the template's headings are empty, and says which.
    w.handlinger["ferdigstill"].trigger()
    assert fanger.meldinger and "Bakgrunn" in fanger.meldinger[-1] and "Vurdering" in fanger.meldinger[-1]
    assert visning.vis_journalpost(oha, nr).status == "R"

    # Saksgang: formannskap, then kommunestyre, aiming for the first FSK meeting.
    assert p.handlinger["saksgang"].isEnabled(), p.grunn("saksgang")
    fanger.plan(
        SaksgangDialog,
        lambda d: d.velg(["FSK", "KST"], mote=fsk1.dato, hjemmel="Bhgl. § 8", melding="Foreldrerådet"),
    )
    p.handlinger["saksgang"].trigger()
    assert [r.utvalg for r in lesing.saksgang(oha, nr)] == ["FSK", "KST"], fanger.meldinger

    # The S card shows the saksgang on its own tab.
    sett: list[list[str]] = []

    def se(d: JournalpostKortDialog) -> None:
        fane = next(d.faner.widget(i) for i in range(d.faner.count()) if d.faner.tabText(i) == "Saksgang")
        sett.extend([fane.tre.topLevelItem(i).text(0) for i in range(fane.tre.topLevelItemCount())])

    fanger.plan(JournalpostKortDialog, se, svar=False)
    w.handlinger["rediger"].trigger()
    assert sett == ["FSK", "KST"]

    # «Word»: the working copy is filled in and checked in.
    lf = w.lesefelt
    lf.dokumenter.setCurrentItem(lf.dokumenter.topLevelItem(0))
    lf.rediger.click()
    sti = Path(aapnet[0].toLocalFile())
    sti.write_bytes(skriv_overskrifter(sti.read_bytes(), FYLT))
    qtbot.waitUntil(lambda: lf.innsjekk.isVisible(), timeout=10000)
    lf.innsjekk.knapp.click()
    assert not fanger.meldinger[1:], fanger.meldinger

    # saksbehandler → leader → kommunedirektør.
    fanger.plan(SendOppgaveDialog, lambda d: d.velg("godkjenning", "KLE"))
    w.handlinger["send_oppgave"].trigger()
    _bytt(qtbot, w, "KLE")
    aapne(qtbot, w, "mottatt-for-godkjenning")
    velg(qtbot, w, lambda r: r.journalpostnummer == nr)
    fanger.plan(BehandleOppgaveDialog, lambda d: d.velg("videresendt", "RAD"))
    w.handlinger["behandle_oppgave"].trigger()
    _bytt(qtbot, w, "RAD")
    aapne(qtbot, w, "mottatt-for-godkjenning")
    velg(qtbot, w, lambda r: r.journalpostnummer == nr)
    fanger.plan(BehandleOppgaveDialog, lambda d: d.velg("godkjent"))
    w.handlinger["behandle_oppgave"].trigger()
    assert visning.vis_journalpost(oha, nr).status == "F", fanger.meldinger
    qtbot.waitUntil(lambda: not w.dokumenter.arkiverer, timeout=180000)

    # The møtesekretær: Klar til behandling → the FSK meeting.
    _bytt(qtbot, w, "LMO")
    assert "Klar til behandling" in [w.tre.topLevelItem(i).child(j).text(0) for i in range(w.tre.topLevelItemCount())
                                     for j in range(w.tre.topLevelItem(i).childCount())]  # fmt: skip
    aapne(qtbot, w, "klar-til-behandling")
    velg(qtbot, w, lambda r: r.journalpostnummer == nr)
    assert p.handlinger["sett_opp"].isEnabled(), p.grunn("sett_opp")
    p.handlinger["sett_opp"].trigger()
    vent(qtbot, w)
    assert rad.journalpost_id not in ider(w)

    innkalling = tmp_path / "innkalling.pdf"

    def fsk_mote(d: MotebordDialog) -> None:
        d.velg_mote("FSK", fsk1.dato)
        assert [r.journalpostnummer for r in d.rader] == [nr]
        assert d.knapper["las"].isEnabled() and not d.knapper["vedtak"].isEnabled()
        d.knapper["las"].click()
        d.velg_fil = lambda _navn: innkalling
        d.knapper["innkalling"].click()
        d.velg_rad(nr)
        fanger.plan(VedtakDialog, lambda v: v.velg("vedtatt"))  # the innstilling as it stands
        d.knapper["vedtak"].click()
        assert d.rader[0].status == "vedtatt" and d.rader[0].vedtak == FYLT["Kommunedirektørens innstilling"]

    fanger.plan(MotebordDialog, fsk_mote)
    p.handlinger["motebord"].trigger()
    assert TITTEL in _pdf(innkalling) and FYLT["Kommunedirektørens innstilling"] in " ".join(
        _pdf(innkalling).split()
    )

    # On to the kommunestyre: klar again, set up, locked, vedtak from the kurv Neste møte.
    vent(qtbot, w)
    aapne(qtbot, w, "klar-til-behandling")
    velg(qtbot, w, lambda r: r.journalpostnummer == nr)
    p.handlinger["sett_opp"].trigger()
    fanger.plan(MotebordDialog, lambda d: (d.velg_mote("KST", kst1.dato), d.knapper["las"].click()))
    p.handlinger["motebord"].trigger()
    vent(qtbot, w)
    aapne(qtbot, w, "neste-mote")
    velg(qtbot, w, lambda r: r.journalpostnummer == nr)
    assert p.handlinger["vedtak"].isEnabled(), p.grunn("vedtak")
    fanger.plan(
        VedtakDialog,
        lambda v: v.velg("vedtatt", "Kommunestyret vedtar planen med endringene fra formannskapet."),
    )
    p.handlinger["vedtak"].trigger()
    vent(qtbot, w)
    aapne(qtbot, w, "til-oppfolging")
    assert rad.journalpost_id in ider(w)

    # The saksbehandler is told (a task on the sak) and confirms the oppfølging.
    _bytt(qtbot, w, "OHA")
    aapne(qtbot, w, "mottatte-oppgaver")
    velg(qtbot, w, lambda r: r.journalpostnummer == nr and r.oppgavetype == "Beskjed")
    assert "Kommunestyret vedtar planen" in w.lesefelt.overskrift.text() + "".join(
        o.merknad or "" for o in visning.oppgaver_for_journalpost(oha, rad.journalpost_id)
    )
    assert p.handlinger["oppfolging"].isEnabled(), p.grunn("oppfolging")
    p.handlinger["oppfolging"].trigger()
    assert not p.handlinger["oppfolging"].isEnabled()
    _bytt(qtbot, w, "LMO")
    aapne(qtbot, w, "til-oppfolging")
    assert rad.journalpost_id not in ider(w)
    assert [r.status for r in lesing.saksgang(oha, nr)] == ["Vedtatt", "Vedtatt"]
    assert not [m for m in fanger.meldinger[1:] if "feil" in m.lower()], fanger.meldinger


def test_referer_i_utvalg_fra_vinduet(qtbot, lag_vindu, fanger, demo_sqlite):
    oha = Kontekst(demo_sqlite, "OHA")
    fsk1 = mote.liste_moter(oha, "FSK")[0]
    w = lag_vindu("OHA")
    aapne(qtbot, w, "ubehandlet")
    rad = velg(qtbot, w, lambda r: r.type == "I")
    p = w.politikk
    assert p.handlinger["referer"].isEnabled()
    assert not p.handlinger["saksgang"].isEnabled() and "saksframlegg" in p.grunn("saksgang")
    fanger.plan(RefererDialog, lambda d: d.velg("FSK", fsk1.dato, type_="OS"))
    p.handlinger["referer"].trigger()
    assert not fanger.meldinger, fanger.meldinger
    assert [(r.journalpostnummer, r.type) for r in mote.saksliste(oha, fsk1.id)] == [
        (rad.journalpostnummer, "OS")
    ]
