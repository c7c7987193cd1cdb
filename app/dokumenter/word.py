"""Which program turns an office file into PDF: Word on Windows when it is there, else LibreOffice.

A municipality's Windows desktops have Word and often no LibreOffice. There a
.docx goes through Word (docx2pdf drives it over COM, one Word for a whole
batch) and the PDF Word writes is then made PDF/A-2b by Ghostscript like any
incoming PDF: Word's own "PDF/A" is PDF/A-1b and docx2pdf does not ask for it.
docx2pdf only takes .docx, so .doc, .odt, spreadsheets and slides still need
LibreOffice. Elsewhere LibreOffice is the one route. When the chosen route is
missing, the message names both programs, so the user knows what to install.

The choice (``velg_rute``) is a pure function of the platform and what is
installed, so it is tested on any machine; the COM call itself runs only on
Windows.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path

from app.dokumenter.feil import KonverteringFeil, ManglerProgram

WORDFORMATER = frozenset({".docx"})
"""What docx2pdf accepts (it asserts on anything else)."""


class Rute(StrEnum):
    WORD = "word"
    LIBREOFFICE = "libreoffice"


def word_installert(plattform: str | None = None) -> bool:
    """Word registered for automation (``Word.Application`` in the registry) and docx2pdf importable."""
    if (plattform or sys.platform) != "win32":
        return False
    try:
        import winreg  # pyright: ignore[reportMissingModuleSource] - Windows only

        import docx2pdf  # noqa: F401  # pyright: ignore[reportMissingImports] - Windows-only dependency

        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Word.Application\CurVer"):  # pyright: ignore
            return True
    except (ImportError, OSError):
        return False


def velg_rute(
    endelse: str,
    *,
    plattform: str | None = None,
    har_word: Callable[[], bool] | None = None,
    har_libreoffice: Callable[[], bool],
) -> Rute:
    """The program for one office file (by its extension, ".docx"); raises ``ManglerProgram``.

    On Windows a .docx goes to Word when Word is installed, otherwise to
    LibreOffice; everything else, and every file on other platforms, to
    LibreOffice. ``har_word``/``har_libreoffice`` are asked only when needed.
    """
    plattform = plattform or sys.platform
    windows = plattform == "win32"
    word = har_word or (lambda: word_installert(plattform))
    if windows and endelse.lower() in WORDFORMATER and word():
        return Rute.WORD
    if har_libreoffice():
        return Rute.LIBREOFFICE
    if windows and endelse.lower() in WORDFORMATER:
        raise ManglerProgram(
            "Verken Microsoft Word eller LibreOffice er installert, så Word-dokumenter kan ikke "
            "gjøres om til arkivformat.",
            detaljer=["Installer LibreOffice (libreoffice.org), eller Microsoft Word, og prøv igjen."],
        )
    if windows:
        raise ManglerProgram(
            f"LibreOffice er ikke installert, så {endelse}-filer kan ikke gjøres om til arkivformat "
            "(Word brukes bare for .docx).",
            detaljer=["Installer LibreOffice (libreoffice.org) og prøv igjen."],
        )
    raise ManglerProgram(
        "LibreOffice er ikke installert, så Word- og andre kontordokumenter kan ikke gjøres om til arkivformat.",
        detaljer=[
            "Installer LibreOffice (Debian/Ubuntu: apt install libreoffice-writer-nogui; Windows: libreoffice.org)."
        ],
    )


def med_word(filer: Sequence[tuple[bytes, str]]) -> list[bytes | KonverteringFeil]:
    """Each .docx as a (plain) PDF through one Word; the caller makes it PDF/A. Windows only."""
    import docx2pdf  # pyright: ignore[reportMissingImports] - Windows-only dependency

    with tempfile.TemporaryDirectory(prefix="saksbord-word-") as tmp:
        inn, ut = Path(tmp) / "inn", Path(tmp) / "ut"
        inn.mkdir()
        ut.mkdir()
        stier = []
        for nr, (data, _navn) in enumerate(filer):
            sti = inn / f"d{nr:04d}.docx"
            sti.write_bytes(data)
            stier.append(sti)
        try:
            docx2pdf.convert(str(inn), str(ut))
        except Exception as e:  # COM errors carry Word's own text
            feil = KonverteringFeil(f"Word kunne ikke lage PDF: {e}")
            return [feil] * len(filer)
        svar: list[bytes | KonverteringFeil] = []
        for sti, (_, navn) in zip(stier, filer, strict=True):
            pdf = ut / (sti.stem + ".pdf")
            if pdf.is_file() and pdf.stat().st_size:
                svar.append(pdf.read_bytes())
            else:
                svar.append(
                    KonverteringFeil(
                        f"Word kunne ikke lese «{navn}»; filen er kanskje skadet eller passordbeskyttet."
                    )
                )
        return svar
