"""Images and text through the window's Qt renderer, then Ghostscript: PDF/A-2b."""

from __future__ import annotations

import io
import shutil

import pytest
from pypdf import PdfReader

from app.dokumenter.feil import KonverteringFeil
from app.dokumenter.konvertering import til_arkivformat
from app.dokumenter.pdfa import pdfa_del, sjekk_pdfa

pytestmark = pytest.mark.skipif(
    shutil.which("gs") is None, reason="Ghostscript (gs) er ikke installert; .ci/run installerer ghostscript"
)


def test_tekstfil_blir_pdfa_med_teksten():
    from app.widgets.pdfskriver import tegn_pdf

    pdf = til_arkivformat(
        "Telefonnotat: ringte om søknaden, æøå.\nLinje to".encode(), "notat.txt", tegner=tegn_pdf
    )
    assert sjekk_pdfa(pdf) == [] and pdfa_del(pdf) == ("2", "B")
    # pypdf separates the words of a monospaced font with tabs; compare the words.
    tekst = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Telefonnotat: ringte om søknaden, æøå." in tekst and "Linje to" in tekst


def test_bilde_blir_pdfa_paa_en_side():
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    from app.widgets.pdfskriver import tegn_pdf

    bilde = QImage(400, 300, QImage.Format.Format_RGB32)
    bilde.fill(QColor(200, 30, 30))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    bilde.save(buffer, "PNG")
    pdf = til_arkivformat(bytes(buffer.data()), "foto.png", tegner=tegn_pdf)
    assert sjekk_pdfa(pdf) == []
    side = PdfReader(io.BytesIO(pdf)).pages[0]
    assert float(side.mediabox.width) > float(side.mediabox.height)  # landscape for a wide image

    with pytest.raises(KonverteringFeil, match="«skadet.jpg» kan ikke leses som bilde"):
        til_arkivformat(b"ikke et bilde", "skadet.jpg", tegner=tegn_pdf)
