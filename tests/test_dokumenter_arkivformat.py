"""Arkivformat with the real LibreOffice and Ghostscript: PDF/A-2b checked with pikepdf, the stamp, merging."""

from __future__ import annotations

import io
import shutil
import sys
import time
from datetime import date

import pikepdf
import pytest
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from app.dokumenter import konvertering
from app.dokumenter.feil import KonverteringFeil, ManglerProgram
from app.dokumenter.flett import slå_sammen
from app.dokumenter.konvertering import pdf_til_pdfa, til_arkivformat, til_arkivformat_mange
from app.dokumenter.maler import MALMAPPE, fyll_mal
from app.dokumenter.pdfa import pdfa_del, sjekk_pdfa
from app.dokumenter.stempel import Stempel, stemple
from tests.test_dokumenter_maler import flettedata

trenger_lo = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) er ikke installert; .ci/run installerer libreoffice-writer-nogui",
)
trenger_gs = pytest.mark.skipif(
    shutil.which("gs") is None, reason="Ghostscript (gs) er ikke installert; .ci/run installerer ghostscript"
)


def pdf_med_tekst(*sider: str, kryptert: str | None = None) -> bytes:
    """A plain PDF as a scanner or a web form makes it: standard Helvetica, not embedded, no PDF/A."""
    skriver = PdfWriter()
    for tekst in sider:
        side = PageObject.create_blank_page(width=595, height=842)
        strøm = DecodedStreamObject()
        strøm.set_data(f"BT /F1 14 Tf 72 760 Td ({tekst}) Tj ET".encode("latin-1"))
        side[NameObject("/Contents")] = skriver._add_object(strøm)
        side[NameObject("/Resources")] = DictionaryObject(
            {
                NameObject("/Font"): DictionaryObject(
                    {
                        NameObject("/F1"): DictionaryObject(
                            {
                                NameObject("/Type"): NameObject("/Font"),
                                NameObject("/Subtype"): NameObject("/Type1"),
                                NameObject("/BaseFont"): NameObject("/Helvetica"),
                            }
                        )
                    }
                )
            }
        )
        skriver.add_page(side)
    if kryptert is not None:
        skriver.encrypt(kryptert, "eier", algorithm="AES-128")
    ut = io.BytesIO()
    skriver.write(ut)
    return ut.getvalue()


def pdf_tekst(data: bytes, side: int = 0) -> str:
    return PdfReader(io.BytesIO(data)).pages[side].extract_text()


def assert_pdfa_2b(data: bytes) -> None:
    """Checked with pikepdf directly, not only through our own checker."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert not pdf.is_encrypted
        meta = pdf.open_metadata()
        assert meta.get("pdfaid:part") == "2"
        assert meta.get("pdfaid:conformance") == "B"
        [intensjon] = list(pdf.Root.OutputIntents)
        assert intensjon.S == "/GTS_PDFA1"
        assert isinstance(intensjon.DestOutputProfile, pikepdf.Stream)
        fonter = 0
        for side in pdf.pages:
            for _, font in side.Resources.get("/Font", {}).items():
                fonter += 1
                beskrivelse = (
                    font.DescendantFonts[0].FontDescriptor
                    if "/DescendantFonts" in font
                    else font.FontDescriptor
                )
                assert any(k in beskrivelse for k in ("/FontFile", "/FontFile2", "/FontFile3")), font.BaseFont
        assert fonter > 0
    assert sjekk_pdfa(data) == []


@pytest.fixture(scope="module")
def brev_docx() -> bytes:
    [brev] = fyll_mal(MALMAPPE / "brev.docx", flettedata(tittel="Svar om byggeløyve"))
    return brev.data


@pytest.fixture(scope="module")
def brev_pdf(brev_docx) -> bytes:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) er ikke installert; .ci/run installerer libreoffice-writer-nogui")
    return til_arkivformat(brev_docx, "Svar om byggeløyve.docx")


@trenger_lo
def test_docx_blir_pdfa_2b_med_flettede_verdier(brev_pdf):
    assert_pdfa_2b(brev_pdf)
    tekst = pdf_tekst(brev_pdf)
    for verdi in ("Kari Nordmann", "Storgata 1", "0150 Oslo", "2026/1234-3/OHA", "DR-2026/9", "05.03.2026"):
        assert verdi in tekst, tekst
    assert "Kongsvinger kommune" in tekst and "Svar om byggeløyve" in tekst


@trenger_gs
def test_vanlig_pdf_blir_pdfa_2b_med_utdataintensjon():
    inn = pdf_med_tekst("Mottatt soknad", "Side to")
    problemer = sjekk_pdfa(inn)
    assert "XMP-metadataene sier ikke at fila er PDF/A (pdfaid:part mangler)." in problemer
    assert "Fila mangler utdataintensjon (OutputIntent med ICC-fargeprofil)." in problemer
    assert "Skrifta «Helvetica» er ikke innebygd." in problemer

    ut = til_arkivformat(inn, "skann.pdf")
    assert_pdfa_2b(ut)
    assert len(PdfReader(io.BytesIO(ut)).pages) == 2
    assert "Mottatt soknad" in pdf_tekst(ut)


@trenger_gs
def test_kryptert_pdf():
    med_passord = pdf_med_tekst("Hemmelig", kryptert="hemmelig")
    assert sjekk_pdfa(med_passord) == ["Fila er passordbeskyttet (kryptert); PDF/A tillater ikke kryptering."]
    with pytest.raises(KonverteringFeil, match="passordbeskyttet"):
        til_arkivformat(med_passord, "låst.pdf")
    # Only an owner password: it opens, the checker names the encryption, and Ghostscript removes it.
    eier = pdf_med_tekst("Bare eierpassord", kryptert="")
    assert "Fila er kryptert; PDF/A tillater ikke kryptering." in sjekk_pdfa(eier)
    assert_pdfa_2b(til_arkivformat(eier, "eier.pdf"))


@trenger_gs
def test_sjekken_krever_riktig_del():
    del2 = pdf_til_pdfa(pdf_med_tekst("En"))
    assert pdfa_del(del2) == ("2", "B")
    assert sjekk_pdfa(del2, del_=1) == ["Fila er PDF/A-2, ikke PDF/A-1."]
    assert sjekk_pdfa(del2, del_=None) == []


@trenger_lo
@trenger_gs
def test_en_bunke_der_en_feiler_gir_de_andre(brev_docx):
    resultat = til_arkivformat_mange(
        [(brev_docx, "brev.docx"), (b"PK ikke egentlig", "skadet.docx"), (pdf_med_tekst("Vedlegg"), "v.pdf")]
    )
    assert [r.filnavn for r in resultat] == ["brev.docx", "skadet.docx", "v.pdf"]
    assert resultat[0].feil is None and pdfa_del(resultat[0].pdf) == ("2", "B")
    assert resultat[1].pdf is None
    assert "«skadet.docx» er skadet" in str(resultat[1].feil)
    assert resultat[2].feil is None and sjekk_pdfa(resultat[2].pdf) == []


@trenger_gs
def test_skadet_pdf_og_ukjent_filtype_gir_norsk_melding():
    with pytest.raises(KonverteringFeil, match="Ghostscript kunne ikke lese PDF-en «ødelagt.pdf»"):
        til_arkivformat(b"%PDF-1.4\nsoppel", "ødelagt.pdf")
    with pytest.raises(KonverteringFeil, match="Filtypen til «tegning.dwg» kan ikke gjøres om"):
        til_arkivformat(b"AC1027", "tegning.dwg")


@trenger_gs
def test_bilde_tegnes_av_den_oppgitte_tegneren():
    kall = []

    def tegner(data: bytes, navn: str) -> bytes:
        kall.append((data, navn))
        return pdf_med_tekst("Bildet")

    assert_pdfa_2b(til_arkivformat(b"\x89PNG...", "foto.png", tegner=tegner))
    assert kall == [(b"\x89PNG...", "foto.png")]
    with pytest.raises(KonverteringFeil, match="ingen tegner for bilder og tekst"):
        til_arkivformat(b"hei", "notat.txt")


def test_manglende_program_navngis(monkeypatch):
    monkeypatch.setattr(konvertering.shutil, "which", lambda *_: None)
    monkeypatch.setattr(konvertering.sys, "platform", "linux")
    with pytest.raises(ManglerProgram, match="LibreOffice er ikke installert"):
        til_arkivformat((MALMAPPE / "brev.docx").read_bytes(), "brev.docx")
    with pytest.raises(ManglerProgram, match="Ghostscript er ikke installert"):
        til_arkivformat(b"%PDF-1.4", "inn.pdf")
    resultat = til_arkivformat_mange([(b"%PDF-1.4", "inn.pdf")])
    assert isinstance(resultat[0].feil, ManglerProgram)


def test_et_program_som_henger_stoppes():
    start = time.monotonic()
    with pytest.raises(KonverteringFeil, match="brukte mer enn 1 sekunder og ble stoppet"):
        konvertering._kjør(
            [sys.executable, "-c", "import time; time.sleep(60)"], navn="Testprogram", tidsgrense=1
        )
    assert time.monotonic() - start < 10


@trenger_lo
@trenger_gs
def test_stempel_paa_forste_side_og_fortsatt_pdfa(brev_pdf):
    to_sider = slå_sammen([(brev_pdf, "brev"), (pdf_med_tekst("Side to"), "to")])
    inn = pdf_til_pdfa(to_sider, navn="inn.pdf")
    stempel = Stempel(
        kommune="Kongsvinger kommune",
        mottatt=date(2026, 3, 5),
        saksnr="2026/1234-3",
        lopenr="4711/2026",
        saksbehandler="OHA",
        arkivkode="L42",
    )
    ut = stemple(inn, stempel, navn="inn.pdf")
    assert_pdfa_2b(ut)
    første, andre = pdf_tekst(ut, 0), pdf_tekst(ut, 1)
    for linje in (
        "Mottatt: 05.03.2026",
        "Saksnr.: 2026/1234-3",
        "Løpenr.: 4711/2026",
        "Saksbehandler: OHA",
        "Arkivkode: L42",
    ):
        assert linje in første, første
        assert linje not in andre
    assert len(PdfReader(io.BytesIO(ut)).pages) == 2


def test_stempel_paa_vanlig_pdf_krever_ikke_ghostscript(monkeypatch):
    monkeypatch.setattr(konvertering.shutil, "which", lambda *_: None)
    ut = stemple(pdf_med_tekst("Skannet brev"), Stempel("K", date(2026, 1, 2), "2026/1-1", "1/2026"))
    assert "Mottatt: 02.01.2026" in pdf_tekst(ut)
    assert "Skannet brev" in pdf_tekst(ut)


def test_flett_slaar_sammen_i_rekkefolge():
    samlet = slå_sammen([(pdf_med_tekst("Brevet", "Brevet s2"), "brev"), (pdf_med_tekst("Vedlegget"), "v")])
    leser = PdfReader(io.BytesIO(samlet))
    assert [s.extract_text() for s in leser.pages] == ["Brevet", "Brevet s2", "Vedlegget"]
    with pytest.raises(KonverteringFeil, match="«skadet.pdf» kan ikke leses som PDF"):
        slå_sammen([(samlet, "ok"), (b"ikke pdf", "skadet.pdf")])
    with pytest.raises(KonverteringFeil, match="ingen dokumenter"):
        slå_sammen([])


@trenger_lo
def test_to_konverteringer_samtidig_deler_ikke_profil(brev_docx):
    """The kept LibreOffice profile is used by one conversion at a time; the other gets its own."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        resultater = list(pool.map(lambda n: til_arkivformat(brev_docx, f"brev{n}.docx"), range(2)))
    assert [pdfa_del(r) for r in resultater] == [("2", "B"), ("2", "B")]


def test_avbrutt_bunke_konverterer_ingenting(brev_docx):
    resultat = til_arkivformat_mange(
        [(brev_docx, "brev.docx"), (pdf_med_tekst("x"), "x.pdf")], cancelled=lambda: True
    )
    assert [str(r.feil) for r in resultat] == ["Konverteringen ble avbrutt."] * 2
