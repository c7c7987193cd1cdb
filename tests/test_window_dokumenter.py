"""Writing an answer from the window (issue 12): template, edit, check in, approval; what each user sees.

Real LibreOffice: the approver's preview of the .docx is converted by it, and the approval's
arkivformat (PDF/A-2b) is made by it in the background.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from app.services import dokumenter, visning
from app.services.arbeid import Kontekst
from app.views.dialoger.enkle import BehandleOppgaveDialog, BesvarDialog, SendOppgaveDialog
from tests.conftest import vent

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "soffice"], capture_output=True).returncode != 0,
    reason="LibreOffice (soffice) er ikke installert",
)

REDIGERT = "Kommunen har vurdert søknaden og gir tillatelse."

EDITOR = textwrap.dedent(
    """
    # Stands in for Word: opens the working copy, writes a sentence, saves by replacing the file.
    import sys
    from pathlib import Path
    import docx

    sti = Path(sys.argv[1])
    d = docx.Document(str(sti))
    d.add_paragraph(sys.argv[2])
    tmp = sti.with_name("~$" + sti.name)
    d.save(str(tmp))
    tmp.replace(sti)
    """
)


def _aapne(qtbot, w, kurv: str) -> None:
    w.velg_kurv(kurv)
    vent(qtbot, w)


def _velg(qtbot, w, hvor):
    m = w.liste.modell
    for r in range(m.rowCount()):
        rad = m.rad(r)
        if rad is not None and hvor(rad):
            w.liste.tabell.selectRow(r)
            qtbot.waitUntil(lambda rad=rad: w.valg is not None and w.valg.id == rad.id and not w.leser.leser)
            return rad
    raise AssertionError(f"Ingen rad passer i {w.liste.tittel.text()}")


def _pdftekst(lesefelt) -> str:
    return "\n".join(lesefelt.pdf.getAllText(i).text() for i in range(lesefelt.pdf.pageCount()))


def test_svar_skrives_redigeres_og_godkjenner_ser_det(
    qtbot, lag_vindu, fanger, demo_sqlite, arbeidskopimappe, tmp_path
):
    ctx = Kontekst(demo_sqlite, "OHA")
    w = lag_vindu("OHA")
    aapnet: list[QUrl] = []
    w.aapne_url = lambda url: aapnet.append(url) or True

    # Besvar og avskriv on an incoming letter in Ubehandlet: "brev" is the template offered first.
    _aapne(qtbot, w, "ubehandlet")
    brev = _velg(qtbot, w, lambda r: r.type == "I" and not visning.vis_journalpost(ctx, r.id).avskrivninger)
    valgt_mal: list[str | None] = []

    def fyll(d: BesvarDialog) -> None:
        valgt_mal.append(d.mal.valgt())
        d.tittel.setText("Svar på søknad om tillatelse")

    fanger.plan(BesvarDialog, fyll)
    w.handlinger["besvar"].trigger()
    assert valgt_mal == ["brev"]
    svar = visning.vis_journalpost(ctx, brev.id).avskrivninger[-1].svar
    assert svar, fanger.meldinger
    docs = dokumenter.liste(ctx, svar)
    assert [d.tilknytning for d in docs] == ["hoveddokument"]
    assert docs[0].filnavn.endswith(".docx") and docs[0].versjon == 1

    # Edit: the working copy opens "in Word"; a script saves it; the bar offers check-in.
    _aapne(qtbot, w, "dokumenter-i-arbeid")
    _velg(qtbot, w, lambda r: r.journalpostnummer == svar)
    lf = w.lesefelt
    assert lf.dokumenter.topLevelItem(0).text(0) == docs[0].tittel
    lf.dokumenter.setCurrentItem(lf.dokumenter.topLevelItem(0))
    assert lf.rediger.isEnabled(), lf.rediger.toolTip()
    lf.rediger.click()
    assert len(aapnet) == 1, fanger.meldinger
    sti = Path(aapnet[0].toLocalFile())
    assert sti.suffix == ".docx" and sti.is_relative_to(arbeidskopimappe)
    skript = tmp_path / "editor.py"
    skript.write_text(EDITOR, encoding="utf-8")
    subprocess.run([sys.executable, str(skript), str(sti), REDIGERT], check=True, timeout=60)
    qtbot.waitUntil(lambda: lf.innsjekk.isVisible(), timeout=5000)
    assert lf.innsjekk.knapp.text() == "Sjekk inn ny versjon"
    lf.innsjekk.knapp.click()
    assert not fanger.meldinger, fanger.meldinger
    assert dokumenter.liste(ctx, svar)[0].versjon == 2
    vent(qtbot, w)
    qtbot.waitUntil(
        lambda: lf.dokumenter.topLevelItemCount() > 0 and lf.dokumenter.topLevelItem(0).text(1) == "v2"
    )

    # Send for approval to KLE.
    fanger.plan(SendOppgaveDialog, lambda d: d.velg("godkjenning", "KLE"))
    w.handlinger["send_oppgave"].trigger()
    assert not fanger.meldinger, fanger.meldinger

    # KLE opens Mottatt for godkjenning and sees the letter, as edited, in the preview.
    k = lag_vindu("KLE")
    _aapne(qtbot, k, "mottatt-for-godkjenning")
    _velg(qtbot, k, lambda r: r.journalpostnummer == svar)
    kl = k.lesefelt
    assert "Svar på søknad om tillatelse" in kl.overskrift.text()
    topp = kl.dokumenter.topLevelItem(0)
    assert topp.text(0) == docs[0].tittel and topp.text(1) == "v2"
    assert kl.dokumenter.currentItem() is topp
    qtbot.waitUntil(lambda: kl.pdf_sider > 0, timeout=120000)
    assert kl.forhaandsvisning.currentWidget() is kl.pdfvisning
    assert REDIGERT in " ".join(_pdftekst(kl).split())

    # Approving ferdigstiller it: the arkivformat is made in the background and the pane says so.
    fanger.plan(BehandleOppgaveDialog, lambda d: d.velg("godkjent"))
    k.handlinger["behandle_oppgave"].trigger()
    assert visning.vis_journalpost(ctx, svar).status == "F"
    qtbot.waitUntil(lambda: not k.dokumenter.arkiverer, timeout=180000)
    assert not fanger.meldinger, fanger.meldinger
    rad = dokumenter.liste(ctx, svar)[0]
    assert rad.arkivstatus == "ok", rad.arkivfeil
    assert "Arkivformat er laget for" in k.statusBar().currentMessage()
    jp = visning.vis_journalpost(ctx, svar)
    arkiv = [d for d in jp.dokumenter if d.variant == "arkivformat"]
    assert [d.versjon for d in arkiv] == [2]


def test_arkivformat_som_feiler_vises_paa_dokumentet_og_proves_igjen(
    qtbot, lag_vindu, fanger, demo_sqlite, monkeypatch
):
    from app.dokumenter import konvertering
    from app.dokumenter.feil import KonverteringFeil
    from app.services import avskrivning, kurver

    ctx = Kontekst(demo_sqlite, "OHA")
    brev = next(
        i
        for i in kurver.kurv_ider(ctx, "ubehandlet")
        if (jp := visning.vis_journalpost(ctx, i)).type == "I" and not jp.avskrivninger
    )
    avskrivning.besvar(ctx, [brev], tittel="Svar som skal arkiveres", mal="brev")
    svar = visning.vis_journalpost(ctx, brev).avskrivninger[-1].svar
    ekte = konvertering.til_arkivformat_mange
    grunn = "LibreOffice kunne ikke lese dokumentet (prøvefeil)."
    monkeypatch.setattr(
        konvertering,
        "til_arkivformat_mange",
        lambda filer, **_kw: [konvertering.Arkivresultat(n, feil=KonverteringFeil(grunn)) for _d, n in filer],
    )

    w = lag_vindu("OHA")
    _aapne(qtbot, w, "dokumenter-i-arbeid")
    _velg(qtbot, w, lambda r: r.journalpostnummer == svar)
    lf = w.lesefelt
    assert not lf.arkiver_igjen.isVisible()
    w.handlinger["ferdigstill"].trigger()
    assert visning.vis_journalpost(ctx, svar).status == "F", fanger.meldinger
    qtbot.waitUntil(lambda: not w.dokumenter.arkiverer, timeout=30000)
    assert "Arkivformat feilet for 1 dokument" in w.statusBar().currentMessage()
    assert grunn in w.statusBar().currentMessage()

    # The failure stays on the document in the reading pane, with the reason and a retry.
    w.sokefelt.setText(svar)
    w.sokefelt.returnPressed.emit()
    _velg(qtbot, w, lambda r: r.journalpostnummer == svar)
    topp = lf.dokumenter.topLevelItem(0)
    assert topp.text(3) == "feilet" and grunn in topp.toolTip(3)
    assert lf.arkivfeil.isVisible() and grunn in lf.arkivfeil.text()
    assert lf.arkiver_igjen.isVisible() and lf.arkiver_igjen.text() == "Prøv igjen"

    monkeypatch.setattr(konvertering, "til_arkivformat_mange", ekte)
    lf.arkiver_igjen.click()
    assert w.dokumenter.arkiverer
    qtbot.waitUntil(lambda: not w.dokumenter.arkiverer, timeout=180000)
    assert "Arkivformat er laget for" in w.statusBar().currentMessage(), fanger.meldinger
    assert dokumenter.liste(ctx, svar)[0].arkivstatus == "ok"
    qtbot.waitUntil(
        lambda: lf.dokumenter.topLevelItemCount() == 2 and lf.dokumenter.topLevelItem(0).text(3) == "laget"
    )
    assert not lf.arkivfeil.isVisible() and not lf.arkiver_igjen.isVisible()
    assert [lf.dokumenter.topLevelItem(i).text(2) for i in range(2)] == ["produksjon", "arkiv"]
    # The document's row previews its arkivformat (a PDF: no conversion, its bytes read in the background).
    assert lf.dokumenter.currentItem() is lf.dokumenter.topLevelItem(0)
    qtbot.waitUntil(lambda: lf.pdf_sider > 0)


def test_kortets_dokumentfane_viser_versjoner_og_legger_til_fil(
    qtbot, lag_vindu, fanger, demo_sqlite, tmp_path
):
    from app.views.dialoger.dokumentfane import Dokumentfane
    from app.views.dialoger.kort import JournalpostKortDialog

    ctx = Kontekst(demo_sqlite, "OHA")
    w = lag_vindu("OHA")
    _aapne(qtbot, w, "dokumenter-i-arbeid")
    rad = _velg(qtbot, w, lambda r: r.status == "R" and dokumenter.liste(ctx, r.journalpost_id))
    for_ = dokumenter.liste(ctx, rad.journalpost_id)
    fil = tmp_path / "Kart over eiendommen.txt"
    fil.write_text("Gnr. 12 bnr. 34\n", encoding="utf-8")
    sett: dict[str, object] = {}

    def fyll(d: JournalpostKortDialog) -> None:
        fane = d.findChild(Dokumentfane)
        sett["fane"] = d.faner.tabText(d.faner.indexOf(fane))
        liste = fane.liste
        sett["for"] = [
            (liste.topLevelItem(i).text(0), liste.topLevelItem(i).text(2))
            for i in range(liste.topLevelItemCount())
        ]
        sett["versjoner"] = liste.topLevelItem(0).childCount()
        assert fane.legg_til_knapp.isEnabled(), fane.legg_til_knapp.toolTip()
        fane.velg_fil = lambda: fil
        fane.legg_til_knapp.click()
        ny = liste.topLevelItem(liste.topLevelItemCount() - 1)
        sett["ny"] = (liste.topLevelItemCount(), ny.text(0), ny.text(1), ny.text(2))

    fanger.plan(JournalpostKortDialog, fyll, svar=False)
    w.liste.sig_aktivert.emit(rad)
    assert not fanger.meldinger, fanger.meldinger
    assert sett["fane"] == "Dokumenter"
    assert sett["for"] == [(r.tittel, f"v{r.versjon}") for r in for_]
    assert sett["versjoner"] == len(for_[0].versjoner)
    assert sett["ny"] == (len(for_) + 1, "Kart over eiendommen", "vedlegg", "v1")
    etter = dokumenter.liste(ctx, rad.journalpost_id)
    assert [r.tittel for r in etter][-1] == "Kart over eiendommen"
    assert dokumenter.hent(ctx, rad.journalpost_id, dokument_id=etter[-1].id).data == fil.read_bytes()
