"""The archive PDF of a message and PDF text for the index (app/widgets/arkivpdf.py).

Tests take pytest-qt's ``qapp`` so the suite's QApplication exists before
lag_arkiv_pdf looks for one; the no-application case runs in a subprocess.
"""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import time
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.epost import les_epost_bytes
from app.widgets.arkivpdf import lag_arkiv_pdf, pdf_tekst
from tests.support.msgwriter import msg_bytes

ROT = Path(__file__).resolve().parents[1]
SENDT = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


def _png(bredde: int = 4, høyde: int = 4) -> bytes:
    """A valid RGB PNG, written with the standard library."""

    def bit(type_: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + type_ + data + struct.pack(">I", zlib.crc32(type_ + data))

    rader = b"".join(b"\x00" + b"\xc0\x20\x20" * bredde for _ in range(høyde))
    return (
        b"\x89PNG\r\n\x1a\n"
        + bit(b"IHDR", struct.pack(">IIBBBBB", bredde, høyde, 8, 2, 0, 0, 0))
        + bit(b"IDAT", zlib.compress(rader))
        + bit(b"IEND", b"")
    )


PNG = _png()


def _epost(**felt):
    standard = {
        "subject": "Søknad om ferdigattest for gnr. 12 bnr. 34",
        "sender_name": "Kari Nordmann",
        "sender_email": "kari@example.no",
        "to": [("Postmottak", "post@kommune.no")],
        "cc": [("Åse Ødegård", "ase@example.no")],
        "body": "Hei,\r\n\r\nHer er søknaden om ferdigattest.\r\n\r\nHilsen Kari",
        "sent": SENDT,
    }
    return les_epost_bytes(msg_bytes(**{**standard, **felt}), "melding.msg")


def _sidetekst(data: bytes) -> str:
    """Page text with pypdf's tabs and line breaks folded to single spaces."""
    return " ".join(" ".join(side.extract_text() for side in PdfReader(io.BytesIO(data)).pages).split())


def test_archive_pdf_has_header_block_body_and_metadata(qapp) -> None:
    epost = _epost(attachments=[("søknad.pdf", b"%PDF-1.4 ikke viktig")])
    data = lag_arkiv_pdf(epost)
    assert data.startswith(b"%PDF")
    tekst = _sidetekst(data)
    assert "Fra: Kari Nordmann <kari@example.no>" in tekst
    assert "Sendt: " + SENDT.astimezone().strftime("%d.%m.%Y kl. %H:%M") in tekst
    assert "Til: Postmottak <post@kommune.no>" in tekst
    assert "Kopi: Åse Ødegård <ase@example.no>" in tekst
    assert "Emne: Søknad om ferdigattest for gnr. 12 bnr. 34" in tekst
    assert "Vedlegg: søknad.pdf" in tekst
    assert "Her er søknaden om ferdigattest." in tekst

    leser = PdfReader(io.BytesIO(data))
    assert leser.metadata.title == "Søknad om ferdigattest for gnr. 12 bnr. 34"
    assert leser.metadata.creator == "Saksbord"
    xmp = leser.xmp_metadata.stream.get_data()
    assert b'pdfaid:part="1"' in xmp and b'pdfaid:conformance="B"' in xmp
    assert leser.pages[0].mediabox.width == pytest.approx(595, abs=1)  # A4


def test_html_body_is_rendered_with_inline_images_but_nothing_from_disk(qapp, tmp_path: Path) -> None:
    lokal = tmp_path / "hemmelig.png"
    lokal.write_bytes(PNG)
    uten_bilde = _epost(html=f'<p>Se <b>kartet</b> <img src="{lokal.as_uri()}"></p>', body="")
    data = lag_arkiv_pdf(uten_bilde)
    assert "Se kartet" in _sidetekst(data)
    assert (4, 4) not in _bildestørrelser(data), "a local file must not reach the archive"

    msg = msg_bytes(subject="Bilde", html='<p>Logo: <img src="cid:logo.png"></p>', sent=SENDT)
    epost = les_epost_bytes(msg, "bilde.msg")
    bilde = _med_innebygd_bilde(epost)
    data = lag_arkiv_pdf(bilde)
    assert _bildestørrelser(data) == [(4, 4)]


def _bildestørrelser(data: bytes) -> list[tuple[int, int]]:
    """Width and height of every image drawn on the first page."""
    ressurser = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]
    objekter = ressurser.get("/XObject", {})
    return [
        (int(o["/Width"]), int(o["/Height"]))
        for o in (objekter[n].get_object() for n in objekter)
        if o.get("/Subtype") == "/Image"
    ]


def _med_innebygd_bilde(epost):
    from dataclasses import replace

    from app.epost import Vedlegg

    logo = Vedlegg(
        filnavn="logo.png",
        opprinnelig_navn="logo.png",
        data=PNG,
        mimetype="image/png",
        sider=None,
        kryptert=False,
        advarsel=None,
        fra_melding=None,
        content_id="logo.png",
        innebygd=True,
    )
    return replace(epost, vedlegg=(logo,))


def test_inline_images_are_not_listed_as_attachments(qapp) -> None:
    epost = _med_innebygd_bilde(_epost(html='<p><img src="cid:logo.png"></p>'))
    assert "Vedlegg:" not in _sidetekst(lag_arkiv_pdf(epost))


def test_long_plain_text_runs_over_several_pages(qapp) -> None:
    avsnitt = "\r\n".join(f"Avsnitt {n}: klagen gjelder vedtak i byggesak." for n in range(400))
    data = lag_arkiv_pdf(_epost(body=avsnitt))
    leser = PdfReader(io.BytesIO(data))
    assert len(leser.pages) > 3
    assert "Avsnitt 399:" in " ".join(leser.pages[-1].extract_text().split())


def test_rendering_a_typical_message_is_fast(qapp) -> None:
    epost = _epost(html="<p>" + "Dette er en helt vanlig e-post med litt tekst. " * 60 + "</p>")
    lag_arkiv_pdf(epost)  # first call loads fonts
    start = time.perf_counter()
    for _ in range(5):
        lag_arkiv_pdf(epost)
    per_melding = (time.perf_counter() - start) / 5
    assert per_melding < 0.2, f"{per_melding * 1000:.0f} ms per message"


def test_pdf_text_returns_the_words(qapp) -> None:
    data = lag_arkiv_pdf(_epost(body="Gnr. 12 bnr. 34 – ferdigattest for tilbygg"))
    tekst = pdf_tekst(data)
    for ord_ in ("Kari", "Nordmann", "ferdigattest", "tilbygg", "Søknad"):
        assert ord_ in tekst


def test_pdf_text_of_broken_data_is_empty(qapp) -> None:
    assert pdf_tekst(b"%PDF-1.4 dette er ingen pdf") == ""
    assert pdf_tekst(b"") == ""


def test_works_without_an_application_and_without_a_display(tmp_path: Path) -> None:
    program = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from app.epost import les_epost_bytes\n"
        "from app.widgets.arkivpdf import lag_arkiv_pdf, pdf_tekst\n"
        "from tests.support.msgwriter import msg_bytes\n"
        "assert QCoreApplication.instance() is None\n"
        "e = les_epost_bytes(msg_bytes(subject='Uten vindu', body='hei'), 'x.msg')\n"
        "data = lag_arkiv_pdf(e)\n"
        "app = QCoreApplication.instance()\n"
        "assert app.platformName() == 'offscreen', app.platformName()\n"
        "lag_arkiv_pdf(e)\n"
        "assert QCoreApplication.instance() is app\n"
        "print(pdf_tekst(data).split()[-4:])\n"
    )
    miljø = {
        k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    svar = subprocess.run(
        [sys.executable, "-c", program], cwd=ROT, env=miljø, capture_output=True, text=True, timeout=120
    )
    assert svar.returncode == 0, svar.stderr
    assert "Uten" in svar.stdout and "hei" in svar.stdout
