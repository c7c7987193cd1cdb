"""Which program converts an office file: Word on Windows for .docx when installed, else LibreOffice.

The choice is a pure function of the platform and what is installed, so it is
checked here for every combination; Word itself runs only on Windows, so on
this machine the end-to-end checks are the real LibreOffice route and the
messages a Windows user without either program would read.
"""

from __future__ import annotations

import pytest

from app.dokumenter import konvertering
from app.dokumenter.feil import ManglerProgram
from app.dokumenter.konvertering import til_arkivformat_mange
from app.dokumenter.maler import MALMAPPE
from app.dokumenter.word import Rute, velg_rute, word_installert
from tests.test_dokumenter_arkivformat import assert_pdfa_2b, trenger_gs, trenger_lo


def _ja() -> bool:
    return True


def _nei() -> bool:
    return False


def _ikke_spor() -> bool:
    raise AssertionError("Word skal ikke letes etter her")


@pytest.mark.parametrize(
    ("plattform", "endelse", "word", "lo", "rute"),
    [
        ("win32", ".docx", _ja, _ja, Rute.WORD),
        ("win32", ".DOCX", _ja, _nei, Rute.WORD),
        ("win32", ".docx", _nei, _ja, Rute.LIBREOFFICE),
        ("win32", ".doc", _ikke_spor, _ja, Rute.LIBREOFFICE),  # docx2pdf takes .docx only
        ("win32", ".xlsx", _ikke_spor, _ja, Rute.LIBREOFFICE),
        ("linux", ".docx", _ikke_spor, _ja, Rute.LIBREOFFICE),
        ("darwin", ".docx", _ikke_spor, _ja, Rute.LIBREOFFICE),
    ],
)
def test_rute_for_plattform_og_program(plattform, endelse, word, lo, rute):
    assert velg_rute(endelse, plattform=plattform, har_word=word, har_libreoffice=lo) is rute


def test_manglende_program_sier_hva_som_kan_installeres():
    with pytest.raises(ManglerProgram, match="Verken Microsoft Word eller LibreOffice") as e:
        velg_rute(".docx", plattform="win32", har_word=_nei, har_libreoffice=_nei)
    assert "libreoffice.org" in " ".join(e.value.detaljer)
    with pytest.raises(ManglerProgram, match=r"\.xlsx-filer kan ikke.*Word brukes bare for \.docx"):
        velg_rute(".xlsx", plattform="win32", har_word=_ja, har_libreoffice=_nei)
    with pytest.raises(ManglerProgram, match="LibreOffice er ikke installert") as e:
        velg_rute(".docx", plattform="linux", har_word=_ikke_spor, har_libreoffice=_nei)
    assert "libreoffice-writer-nogui" in " ".join(e.value.detaljer)


def test_word_finnes_ikke_utenfor_windows():
    assert word_installert("linux") is False
    assert word_installert("darwin") is False
    # "win32" asked on a machine without winreg or docx2pdf: not installed, no crash.
    assert word_installert("win32") is False


def test_windows_uten_word_og_libreoffice_gir_feilen_paa_dokumentet(monkeypatch, tmp_path):
    monkeypatch.setattr(konvertering.shutil, "which", lambda *_: None)
    monkeypatch.setattr(konvertering.sys, "platform", "win32")
    for var in ("PROGRAMFILES", "PROGRAMFILES(X86)"):
        monkeypatch.setenv(var, str(tmp_path))
    docx = (MALMAPPE / "brev.docx").read_bytes()
    resultat = til_arkivformat_mange([(docx, "brev.docx"), (b"a;b\n1;2\n", "tall.csv")])
    assert [r.pdf for r in resultat] == [None, None]
    assert "Verken Microsoft Word eller LibreOffice" in str(resultat[0].feil)
    assert "LibreOffice er ikke installert" in str(resultat[1].feil)


@trenger_lo
@trenger_gs
def test_paa_linux_gaar_docx_gjennom_libreoffice():
    (resultat,) = til_arkivformat_mange([((MALMAPPE / "brev.docx").read_bytes(), "brev.docx")])
    assert resultat.feil is None, resultat.feil
    assert resultat.pdf is not None
    assert_pdfa_2b(resultat.pdf)
