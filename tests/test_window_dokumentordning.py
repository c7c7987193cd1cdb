"""A journalpost's documents from the window (issue 12): print with a choice of versions and
merknader, files dropped on the reading pane and on the card, and arranging on the card.

Printing goes through the real print path to a PDF file (QPrinter's PDF output) and the pages are
counted and read with pypdf; drops are real QDropEvents with file URLs; every change is checked in
the database through the services.
"""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.services import dokumenter, saker, visning
from app.services.arbeid import Kontekst
from app.services.dokumenter import FilInn
from app.services.journalposter import NyJournalpost, PartInn, registrer_journalpost
from app.views.dialoger.dokumentfane import Dokumentfane
from app.views.dialoger.dokumentordning import DokumenttittelDialog, VelgJournalpostDialog
from app.views.dialoger.kort import JournalpostKortDialog
from app.views.dialoger.utskrift import UtskriftDialog
from tests.conftest import vent

LANG = "\n".join(f"Linje {i} i andre versjon av notatet" for i in range(160))


def _tekst(side) -> str:
    """A page's text as read: ligatures undone (ﬄ → ffl), runs of spacing as one space."""
    return " ".join(unicodedata.normalize("NFKC", side.extract_text()).split())


def _pdf(sider: int) -> bytes:
    w = PdfWriter()
    for _ in range(sider):
        w.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _journalpost(db, tittel: str = "Innsyn i byggesak") -> tuple[str, int]:
    ctx = Kontekst(db, "OHA")
    sak = saker.opprett_sak(ctx, tittel="Byggesak Utskriftveien 3", klasse="000").saksnummer
    jpnr = registrer_journalpost(
        ctx,
        NyJournalpost(
            sak=sak,
            type="U",
            tittel=tittel,
            mottakere=[PartInn("Kari Nordmann")],
            filer=[
                FilInn("kart.pdf", _pdf(2), tittel="Kart", tilknytning="hoveddokument"),
                FilInn("notat.txt", "Første versjon av notatet".encode(), tittel="Notat"),
            ],
        ),
    ).journalpostnummer
    notat = next(r.id for r in dokumenter.liste(ctx, jpnr) if r.tittel == "Notat")
    dokumenter.sjekk_ut(ctx, jpnr, dokument_id=notat)
    dokumenter.sjekk_inn(ctx, jpnr, dokument_id=notat, filnavn="notat.txt", data=LANG.encode())
    saker.legg_til_merknad(ctx, jpnr=jpnr, tekst="Innsyn gitt etter offl. § 3, sendt per post")
    return jpnr, visning.vis_journalpost(ctx, jpnr).id


def _aapne_jp(qtbot, w, jp_id: int) -> None:
    w.velg_kurv("dokumenter-i-arbeid")
    vent(qtbot, w)
    assert w.liste.velg_id("journalpost", jp_id)
    qtbot.waitUntil(lambda: w.lesefelt.jp is not None and w.lesefelt.jp.id == jp_id and not w.leser.leser)


def _slipp(widget, filer: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in filer])
    e = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(e)
    return e


def _skriv_ut(qtbot, w, fanger, fil: Path, velg) -> PdfReader:
    def til_fil(d: QPrintDialog) -> None:
        # As a user does in Qt's print dialog: destination "Print to File (PDF)", a file name, OK.
        d.show()
        skrivere = d.findChild(QComboBox, "printers")
        # The entry is "Skriv ut til fil (PDF)" with Qt's Norwegian translation loaded, "Print to File (PDF)" without.
        pdf = next(i for i in range(skrivere.count()) if "(PDF)" in skrivere.itemText(i))
        skrivere.setCurrentIndex(pdf)
        d.findChild(QLineEdit, "filename").setText(str(fil))

    fanger.plan(UtskriftDialog, velg)
    fanger.plan(QPrintDialog, til_fil)
    w.lesefelt.dokumentliste.skriv_ut.click()
    qtbot.waitUntil(
        lambda: (fil.is_file() or bool(fanger.meldinger)) and not w.utskrift.forbereder, timeout=60000
    )
    assert not fanger.meldinger, fanger.meldinger
    return PdfReader(str(fil))


def test_skriv_ut_valgte_versjoner_og_merknader(qtbot, lag_vindu, fanger, demo_sqlite, tmp_path):
    jpnr, jp_id = _journalpost(demo_sqlite)
    w = lag_vindu("OHA")
    _aapne_jp(qtbot, w, jp_id)
    rader = {r.tittel: r for r in dokumenter.liste(Kontekst(demo_sqlite, "OHA"), jpnr)}

    # Everything at its newest version, with the merknader: 2 map pages, the long v2 note, 1 page of merknader.
    alt = _skriv_ut(qtbot, w, fanger, tmp_path / "alt.pdf", lambda d: d.merknader.setChecked(True))
    notat_v2 = len(alt.pages) - 3
    assert notat_v2 >= 2, "160 lines do not fit on one A4 page"
    assert "Innsyn gitt etter offl. § 3" in _tekst(alt.pages[-1])
    assert jpnr in _tekst(alt.pages[-1])

    # The note's first version only, no merknader: one short page.
    def forste(d: UtskriftDialog) -> None:
        d.velg(rader["Kart"].id, med=False)
        d.velg(rader["Notat"].id, versjon=1)
        assert not d.merknader.isChecked()

    en = _skriv_ut(qtbot, w, fanger, tmp_path / "v1.pdf", forste)
    assert len(en.pages) == 1
    assert "Innsyn gitt" not in _tekst(en.pages[0])
    assert w.utskrift.sider == 1

    # Nothing chosen: the dialog says so and does not close.
    d = UtskriftDialog(jpnr, list(rader.values()), merknader=1)
    for r in rader.values():
        d.velg(r.id, med=False)
    d.accept()
    assert d.feil.isVisibleTo(d) and "minst ett dokument" in d.feil.text()


def test_filer_sluppet_paa_lesefeltet_blir_vedlegg(qtbot, lag_vindu, fanger, demo_sqlite, tmp_path):
    jpnr, jp_id = _journalpost(demo_sqlite)
    w = lag_vindu("OHA")
    _aapne_jp(qtbot, w, jp_id)
    bilag = tmp_path / "Situasjonskart.pdf"
    bilag.write_bytes(_pdf(1))
    tekst = tmp_path / "Nabovarsel.txt"
    tekst.write_bytes(b"Nabovarsel sendt")
    e = _slipp(w.lesefelt, [bilag, tekst])
    assert e.isAccepted()
    qtbot.waitUntil(lambda: w.lesefelt.dokumenter.topLevelItemCount() >= 4 and not w.leser.leser)
    assert not fanger.meldinger, fanger.meldinger
    rader = dokumenter.liste(Kontekst(demo_sqlite, "OHA"), jpnr)
    assert [(r.tittel, r.tilknytning) for r in rader][-2:] == [
        ("Situasjonskart", "vedlegg"),
        ("Nabovarsel", "vedlegg"),
    ]
    assert (
        dokumenter.hent(Kontekst(demo_sqlite, "OHA"), jpnr, dokument_id=rader[-1].id).data
        == b"Nabovarsel sendt"
    )
    # E-mail dropped on the pane stays an e-mail import into the sak, never a vedlegg.
    epost = tmp_path / "melding.eml"
    epost.write_bytes(b"From: a@b.no\r\nSubject: Hei\r\n\r\nTekst\r\n")
    sluppet: list[str] = []
    w.lesefelt.sig_epost_sluppet.connect(lambda saksnr, _m: sluppet.append(saksnr))
    _slipp(w.lesefelt, [epost])
    assert sluppet == [visning.vis_journalpost(Kontekst(demo_sqlite, "OHA"), jpnr).saksnummer]
    assert len(dokumenter.liste(Kontekst(demo_sqlite, "OHA"), jpnr)) == 4


def test_kortets_dokumentfane_slipp_rekkefolge_tittel_lenke_og_kopi(
    qtbot, lag_vindu, fanger, demo_sqlite, tmp_path
):
    ctx = Kontekst(demo_sqlite, "OHA")
    jpnr, jp_id = _journalpost(demo_sqlite)
    annen, _ = _journalpost(demo_sqlite, "Svar i en annen sak")
    w = lag_vindu("OHA")
    _aapne_jp(qtbot, w, jp_id)
    vedlegg = tmp_path / "Foto.txt"
    vedlegg.write_bytes(b"foto")

    def paa_kortet(d: JournalpostKortDialog) -> None:
        fane = d.findChild(Dokumentfane, "dokumentfane")
        assert fane is not None
        # A file dropped on the tab is stored at once as a vedlegg.
        assert _slipp(fane, [vedlegg]).isAccepted()
        assert [r.tittel for r in fane.rader] == ["Kart", "Notat", "Foto"]
        foto = fane.rader[-1].id
        # Up one, then a new title.
        fane.velg(foto)
        fane.opp.click()
        assert [r.tittel for r in fane.rader] == ["Kart", "Foto", "Notat"]
        assert fane.valgt() == foto
        fanger.plan(DokumenttittelDialog, lambda t: t.tittel.setText("Foto av tomta"))
        fane.tittel_knapp.click()
        assert [r.tittel for r in fane.rader] == ["Kart", "Foto av tomta", "Notat"]
        # Linked to the other journalpost (the same document).
        fane.velg(foto)
        fanger.plan(VelgJournalpostDialog, lambda v: v.jpnr.setText(annen))
        fane.lenk_knapp.click()
        # Only the archive copies a document into another sak (issue 20 item 5): the button says so.
        fane.velg(fane.rader[0].id)
        assert not fane.kopier_knapp.isEnabled() and "Bare arkivet" in fane.kopier_knapp.toolTip()

    fanger.plan(JournalpostKortDialog, paa_kortet, svar=False)
    w.handlinger["rediger"].trigger()
    assert not fanger.meldinger, fanger.meldinger
    # The archive copies the map into that sak from the same tab.
    arkiv = lag_vindu("ALA")
    fane = arkiv.dokumentordning.fane(jp_id, None)
    qtbot.addWidget(fane)
    fane.velg(fane.rader[0].id)
    assert fane.kopier_knapp.isEnabled()
    fanger.plan(VelgJournalpostDialog, lambda v: v.jpnr.setText(annen))
    fane.kopier_knapp.click()
    assert not fanger.planer and not fanger.meldinger, fanger.meldinger
    rader = dokumenter.liste(ctx, jpnr)
    assert [r.tittel for r in rader] == ["Kart", "Foto av tomta", "Notat"]
    i_annen = dokumenter.liste(ctx, annen)
    lenket = next(r for r in i_annen if r.tittel == "Foto av tomta")
    assert lenket.id == rader[1].id and lenket.lenket  # the same document, not a copy
    kopi = [r for r in i_annen if r.tittel == "Kart"]
    assert len(kopi) == 2 and {r.id for r in kopi} != {rader[0].id}  # the other sak's own map, and the copy
    assert (
        dokumenter.hent(ctx, annen, dokument_id=max(r.id for r in kopi)).data
        == dokumenter.hent(ctx, jpnr, dokument_id=rader[0].id).data
    )


def test_laast_journalpost_kan_ikke_ordnes_og_grunnen_vises(qtbot, demo_sqlite):
    ctx = Kontekst(demo_sqlite, "OHA")
    jpnr, jp_id = _journalpost(demo_sqlite)
    fane = Dokumentfane(dokumenter.liste(ctx, jpnr), grunn="Journalposten er ferdigstilt (F) og låst")
    qtbot.addWidget(fane)
    fane.velg(fane.rader[1].id)
    assert (
        not fane.opp.isEnabled() and not fane.tittel_knapp.isEnabled() and not fane.legg_til_knapp.isEnabled()
    )
    assert "låst" in fane.opp.toolTip()
    assert fane.lenk_knapp.isEnabled() and fane.kopier_knapp.isEnabled()  # copying is the archive's choice
    sluppet: list[list[Path]] = []
    fane.sig_legg_til.connect(sluppet.append)
    e = _slipp(fane, [Path(__file__)])
    assert not e.isAccepted() and sluppet == []
