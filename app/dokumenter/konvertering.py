"""Any document to arkivformat PDF/A-2b: LibreOffice for office files, Ghostscript for PDFs.

Noark 5 wants the archive copy of every document in PDF/A. Office files go
through LibreOffice headless with the PDF export filter set to PDF/A-2b; one
``soffice --convert-to`` process converts a whole batch, with a private user
profile (in the platformdirs cache) so it never talks to a LibreOffice the
user has open and never shows a dialog. A server kept warm (unoserver) would
need LibreOffice's own Python (python3-uno) beside ours and a process to
supervise; bench/dokumenter.py measures what a cold start costs against a
document converted in a running batch (the README's performance table).

Incoming PDFs go through Ghostscript's pdfwrite with ``-dPDFA=2``. Ghostscript
writes an output intent only when the definition file names an ICC profile
by its full path and the file may be read under -dSAFER; the stock
PDFA_def.ps names a relative one and the output intent is silently missing.
So we write our own definition file next to the input, and permit exactly
that profile.

Images and plain text are drawn by a renderer the caller passes in (the
window's is app/widgets/pdfskriver.py, Qt's PDF writer) and then normalised
by Ghostscript like any PDF, so every arkivformat is PDF/A-2b with an output
intent. Every result is checked with ``pdfa.sjekk_pdfa``; a problem raises,
it is never stored as if it were fine. Every external program runs with a
time limit and is killed with its children when it passes it.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.dokumenter.feil import KonverteringFeil, ManglerProgram
from app.dokumenter.word import Rute, med_word, velg_rute


def sjekk_pdfa(*args, **kw):
    """``pdfa.sjekk_pdfa``, imported on first use: pikepdf is slow to load and the window's first
    paint (the preview pane imports this module for ``KONTORFORMATER``) never needs it."""
    from app.dokumenter.pdfa import sjekk_pdfa as sjekk

    return sjekk(*args, **kw)

Tegner = Callable[[bytes, str], bytes]
"""Draws an image or a text file (data, file name) as a PDF; the window passes Qt's."""

KONTORFORMATER = frozenset(
    {
        ".doc",
        ".docx",
        ".docm",
        ".dot",
        ".dotx",
        ".dotm",
        ".odt",
        ".ott",
        ".rtf",
        ".wpd",
        ".wps",
        ".fodt",
        ".xls",
        ".xlsx",
        ".xlsm",
        ".ods",
        ".csv",
        ".ppt",
        ".pptx",
        ".odp",
    }
)
"""Handled by LibreOffice (spreadsheets and slides need libreoffice-calc/-impress too); on Windows
a .docx goes through Word when it is installed (word.py)."""
TEGNEFORMATER = frozenset({".txt", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff"})
"""Handled by the caller's renderer."""

TIDSGRENSE_S = 120.0
"""The longest one program may run: a 200-page document converts in well under a minute."""

_PDF_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
"""LibreOffice's PDF export with PDF/A-2b (value 1 is PDF/A-1b, 3 PDF/A-3b)."""


@dataclass(frozen=True)
class Arkivresultat:
    """One document's arkivformat: ``pdf`` when it worked, else ``feil`` with the reason."""

    filnavn: str
    pdf: bytes | None = None
    feil: KonverteringFeil | None = None


def til_arkivformat(data: bytes, filnavn: str, *, tegner: Tegner | None = None) -> bytes:
    """One document as PDF/A-2b; raises ``KonverteringFeil`` (Norwegian) on any failure."""
    resultat = til_arkivformat_mange([(data, filnavn)], tegner=tegner)[0]
    if resultat.feil is not None:
        raise resultat.feil
    assert resultat.pdf is not None
    return resultat.pdf


def til_arkivformat_mange(
    filer: Sequence[tuple[bytes, str]],
    *,
    tegner: Tegner | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Arkivresultat]:
    """Every document as PDF/A-2b, in order; one failure does not stop the others.

    The office files share one LibreOffice process. ``cancelled`` is asked
    between documents (the background worker's cancel check).
    """
    ut: dict[int, Arkivresultat] = {}
    kontor = [(i, d, n) for i, (d, n) in enumerate(filer) if _endelse(n) in KONTORFORMATER]
    if kontor and cancelled():
        for i, _, navn in kontor:
            ut[i] = Arkivresultat(navn, feil=KonverteringFeil("Konverteringen ble avbrutt."))
    elif kontor:
        ut.update(_kontor(kontor))
    for i, (data, navn) in enumerate(filer):
        if i in ut:
            continue
        if cancelled():
            ut[i] = Arkivresultat(navn, feil=KonverteringFeil("Konverteringen ble avbrutt."))
            continue
        try:
            ut[i] = _ferdig(navn, _ikke_kontor(data, navn, tegner))
        except KonverteringFeil as e:
            ut[i] = Arkivresultat(navn, feil=e)
    return [ut[i] for i in range(len(filer))]


def _kontor(kontor: Sequence[tuple[int, bytes, str]]) -> dict[int, Arkivresultat]:
    """Office files by their route (word.py: Word for .docx on Windows when installed, else LibreOffice)."""
    ut: dict[int, Arkivresultat] = {}
    ruter: dict[Rute, list[tuple[int, bytes, str]]] = {}
    for i, data, navn in kontor:
        try:
            rute = velg_rute(_endelse(navn), har_libreoffice=_har_libreoffice)
        except KonverteringFeil as e:
            ut[i] = Arkivresultat(navn, feil=e)
            continue
        ruter.setdefault(rute, []).append((i, data, navn))
    for rute, filer in ruter.items():
        try:
            if rute == Rute.WORD:
                pdfer = [_word_til_pdfa(p, n) for p, (_, _, n) in zip(_word(filer), filer, strict=True)]
            else:
                pdfer = _libreoffice([(d, n) for _, d, n in filer])
        except KonverteringFeil as e:
            pdfer = [e] * len(filer)
        for (i, _, navn), pdf in zip(filer, pdfer, strict=True):
            ut[i] = _ferdig(navn, pdf)
    return ut


def _har_libreoffice() -> bool:
    try:
        finn_soffice()
    except ManglerProgram:
        return False
    return True


def _word(filer: Sequence[tuple[int, bytes, str]]) -> list[bytes | KonverteringFeil]:
    svar: list[bytes | KonverteringFeil | None] = [
        None if _ser_riktig_ut(d, n) else KonverteringFeil(f"«{n}» er skadet eller ikke en ekte .docx-fil.")
        for _, d, n in filer
    ]
    gyldige = [i for i, s in enumerate(svar) if s is None]
    if gyldige:
        for i, pdf in zip(gyldige, med_word([filer[i][1:] for i in gyldige]), strict=True):
            svar[i] = pdf
    return [s for s in svar if s is not None]


def _word_til_pdfa(pdf: bytes | KonverteringFeil, navn: str) -> bytes | KonverteringFeil:
    """Word writes plain PDF: Ghostscript makes it PDF/A-2b with an output intent."""
    if isinstance(pdf, KonverteringFeil):
        return pdf
    try:
        return pdf_til_pdfa(pdf, navn=navn)
    except KonverteringFeil as e:
        return e


def _ikke_kontor(data: bytes, navn: str, tegner: Tegner | None) -> bytes:
    endelse = _endelse(navn)
    if endelse == ".pdf" or data[:5] == b"%PDF-":
        return pdf_til_pdfa(data, navn=navn)
    if endelse in TEGNEFORMATER:
        if tegner is None:
            raise KonverteringFeil(
                f"«{navn}» kan ikke gjøres om til PDF/A her: ingen tegner for bilder og tekst."
            )
        try:
            pdf = tegner(data, navn)
        except KonverteringFeil:
            raise
        except Exception as e:
            raise KonverteringFeil(f"«{navn}» kunne ikke tegnes som PDF: {e}") from e
        return pdf_til_pdfa(pdf, navn=navn)
    raise KonverteringFeil(
        f"Filtypen til «{navn}» kan ikke gjøres om til arkivformat (PDF/A).",
        detaljer=["Lagre dokumentet som PDF, Word eller bilde og legg det til på nytt."],
    )


def _ferdig(navn: str, pdf: bytes | KonverteringFeil) -> Arkivresultat:
    if isinstance(pdf, KonverteringFeil):
        return Arkivresultat(navn, feil=pdf)
    problemer = sjekk_pdfa(pdf)
    if problemer:
        return Arkivresultat(
            navn,
            feil=KonverteringFeil(
                f"Arkivformatet til «{navn}» ble ikke gyldig PDF/A-2b.", detaljer=problemer
            ),
        )
    return Arkivresultat(navn, pdf=pdf)


def _endelse(navn: str) -> str:
    return Path(navn).suffix.lower()


# --- LibreOffice ---------------------------------------------------------------------------------


def finn_soffice() -> Path:
    """LibreOffice's ``soffice``: on PATH, or where the Windows and macOS installers put it."""
    kandidater = [shutil.which("soffice"), shutil.which("libreoffice")]
    if sys.platform == "win32":
        for rot in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)"), r"C:\Program Files"):
            if rot:
                kandidater.append(str(Path(rot) / "LibreOffice" / "program" / "soffice.exe"))
    elif sys.platform == "darwin":
        kandidater.append("/Applications/LibreOffice.app/Contents/MacOS/soffice")
    for k in kandidater:
        if k and Path(k).is_file():
            return Path(k)
    raise ManglerProgram(
        "LibreOffice er ikke installert, så Word- og andre kontordokumenter kan ikke gjøres om til arkivformat.",
        detaljer=[
            "Installer LibreOffice (Debian/Ubuntu: apt install libreoffice-writer-nogui; Windows: libreoffice.org)."
        ],
    )


_ZIPFORMATER = frozenset(
    {".docx", ".docm", ".dotx", ".dotm", ".odt", ".ott", ".xlsx", ".xlsm", ".ods", ".pptx", ".odp"}
)
_OLEFORMATER = frozenset({".doc", ".dot", ".xls", ".ppt", ".wps"})


def _ser_riktig_ut(data: bytes, navn: str) -> bool:
    """Does the file start like its type? LibreOffice opens a damaged .docx as plain text, without a word."""
    endelse = _endelse(navn)
    if endelse in _ZIPFORMATER:
        return zipfile.is_zipfile(io.BytesIO(data))
    if endelse in _OLEFORMATER:
        return data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or data[:5] == b"{\\rtf"
    if endelse == ".rtf":
        return data[:5] == b"{\\rtf"
    return True


def _libreoffice(filer: Sequence[tuple[bytes, str]]) -> list[bytes | KonverteringFeil]:
    soffice = finn_soffice()  # a missing LibreOffice is the first thing to say
    svar: list[bytes | KonverteringFeil | None] = [
        None
        if _ser_riktig_ut(d, n)
        else KonverteringFeil(
            f"«{n}» er skadet eller ikke en ekte {_endelse(n)}-fil, og kan ikke gjøres om til arkivformat."
        )
        for d, n in filer
    ]
    gyldige = [i for i, s in enumerate(svar) if s is None]
    if gyldige:
        for i, pdf in zip(gyldige, _soffice(soffice, [filer[i] for i in gyldige]), strict=True):
            svar[i] = pdf
    return [s for s in svar if s is not None]


def _soffice(soffice: Path, filer: Sequence[tuple[bytes, str]]) -> list[bytes | KonverteringFeil]:
    with tempfile.TemporaryDirectory(prefix="saksbord-lo-") as tmp, _profil() as profil:
        inn, ut = Path(tmp) / "inn", Path(tmp) / "ut"
        inn.mkdir()
        stier = []
        for nr, (data, navn) in enumerate(filer):
            sti = inn / f"d{nr:04d}{_endelse(navn)}"  # our own names: no clashes, no odd characters
            sti.write_bytes(data)
            stier.append(sti)
        kommando = [
            str(soffice),
            f"-env:UserInstallation={profil.as_uri()}",
            "--headless",
            "--invisible",
            "--nologo",
            "--nodefault",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            _PDF_FILTER,
            "--outdir",
            str(ut),
            *map(str, stier),
        ]
        utdata = _kjør(kommando, navn="LibreOffice", tidsgrense=TIDSGRENSE_S * max(1, len(filer) / 4))
        svar: list[bytes | KonverteringFeil] = []
        for sti, (_, navn) in zip(stier, filer, strict=True):
            pdf = ut / (sti.stem + ".pdf")
            if pdf.is_file() and pdf.stat().st_size:
                svar.append(pdf.read_bytes())
            else:
                svar.append(
                    KonverteringFeil(
                        f"LibreOffice kunne ikke lese «{navn}»; filen er kanskje skadet eller passordbeskyttet.",
                        detaljer=[linje for linje in utdata.splitlines() if sti.name in linje][:3],
                    )
                )
        return svar


@contextlib.contextmanager
def _profil() -> Iterator[Path]:
    """LibreOffice's user profile: a kept one in the cache (fast start) or, when busy, a fresh one.

    Two soffice processes on one profile hand work to each other or refuse to
    start, so the kept profile is used by one conversion at a time (a lock file
    across processes); a second conversion at the same moment gets a temporary
    profile and pays about half a second for creating it.
    """
    import platformdirs

    mappe = Path(platformdirs.user_cache_dir("saksbord", appauthor=False)) / "libreoffice"
    mappe.mkdir(parents=True, exist_ok=True)
    løs = _prøv_låse(mappe / "profil.lock")
    if løs is not None:
        try:
            yield mappe / "profil"
        finally:
            løs()
        return
    with tempfile.TemporaryDirectory(prefix="saksbord-lo-profil-") as tmp:
        yield Path(tmp)


def _prøv_låse(sti: Path) -> Callable[[], None] | None:
    """An exclusive lock on ``sti`` without waiting; returns the unlock function, or None if taken."""
    fil = open(sti, "a+b")  # noqa: SIM115 - kept open while locked
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fil.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fil.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fil.close()
        return None

    def løs() -> None:
        if sys.platform == "win32":
            import msvcrt

            with contextlib.suppress(OSError):
                fil.seek(0)
                msvcrt.locking(fil.fileno(), msvcrt.LK_UNLCK, 1)
        fil.close()  # closing releases a flock

    return løs


# --- Ghostscript ---------------------------------------------------------------------------------


def finn_ghostscript() -> Path:
    """Ghostscript's command-line program: ``gs`` on PATH, or ``gswin64c`` where its installer puts it."""
    navn = ("gswin64c", "gswin32c", "gs") if sys.platform == "win32" else ("gs",)
    for n in navn:
        funnet = shutil.which(n)
        if funnet:
            return Path(funnet)
    if sys.platform == "win32":
        for rot in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")):
            if rot:
                for exe in sorted((Path(rot) / "gs").glob("gs*/bin/gswin*c.exe"), reverse=True):
                    return exe
    raise ManglerProgram(
        "Ghostscript er ikke installert, så PDF-er kan ikke gjøres om til arkivformat (PDF/A).",
        detaljer=[
            "Installer Ghostscript (Debian/Ubuntu: apt install ghostscript; Windows: ghostscript.com)."
        ],
    )


def finn_icc_profil(gs: Path | None = None) -> Path:
    """An sRGB ICC profile for the output intent: Ghostscript's own, or the system's."""
    kandidater: list[Path] = []
    if gs is not None:
        kandidater += sorted(gs.resolve().parents[1].glob("iccprofiles/srgb.icc"))
    kandidater += sorted(Path("/usr/share/ghostscript").glob("*/iccprofiles/srgb.icc"), reverse=True)
    kandidater += [
        Path("/usr/share/color/icc/ghostscript/srgb.icc"),
        Path("/usr/share/color/icc/sRGB.icc"),
        Path("/usr/share/color/icc/colord/sRGB.icc"),
        Path("/usr/local/share/ghostscript/iccprofiles/srgb.icc"),
    ]
    if sys.platform == "win32":
        kandidater.append(
            Path(os.environ.get("SYSTEMROOT", r"C:\Windows"))
            / "System32/spool/drivers/color/sRGB Color Space Profile.icm"
        )
    for k in kandidater:
        if k.is_file():
            return k
    raise ManglerProgram(
        "Fant ingen sRGB-fargeprofil (ICC) til PDF/A-utdataintensjonen.",
        detaljer=["Den følger med Ghostscript; installer Ghostscript på nytt."],
    )


def _ps_streng(tekst: str) -> str:
    return "(" + tekst.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf_til_pdfa(data: bytes, *, navn: str = "dokument.pdf", tittel: str | None = None) -> bytes:
    """A PDF rewritten by Ghostscript as PDF/A-2b with an sRGB output intent and every font embedded."""
    gs = finn_ghostscript()
    icc = finn_icc_profil(gs)
    with tempfile.TemporaryDirectory(prefix="saksbord-gs-") as tmp:
        mappe = Path(tmp)
        inn, ut, definisjon = mappe / "inn.pdf", mappe / "ut.pdf", mappe / "pdfa_def.ps"
        inn.write_bytes(data)
        icc_sti = icc.resolve().as_posix()
        definisjon.write_text(
            "%!\n"
            + (f"[ /Title {_ps_streng(tittel)} /DOCINFO pdfmark\n" if tittel else "")
            + f"/ICCProfile {_ps_streng(icc_sti)} def\n"
            "[/_objdef {icc_PDFA} /type /stream /OBJ pdfmark\n"
            "[{icc_PDFA} << /N 3 >> /PUT pdfmark\n"
            "[{icc_PDFA} ICCProfile (r) file /PUT pdfmark\n"
            "[/_objdef {OutputIntent_PDFA} /type /dict /OBJ pdfmark\n"
            "[{OutputIntent_PDFA} << /Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile {icc_PDFA}"
            " /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) >> /PUT pdfmark\n"
            "[{Catalog} << /OutputIntents [ {OutputIntent_PDFA} ] >> /PUT pdfmark\n",
            encoding="latin-1",
            errors="replace",
        )
        kommando = [
            str(gs),
            "-q",
            "-dBATCH",
            "-dNOPAUSE",
            "-dSAFER",
            f"--permit-file-read={icc_sti}",
            "-sDEVICE=pdfwrite",
            "-dPDFA=2",
            "-dPDFACompatibilityPolicy=1",
            "-sColorConversionStrategy=RGB",
            "-sProcessColorModel=DeviceRGB",
            "-dEmbedAllFonts=true",
            "-dSubsetFonts=true",
            f"-sOutputICCProfile={icc_sti}",
            f"-sOutputFile={ut}",
            str(definisjon),
            str(inn),
        ]
        utdata = _kjør(kommando, navn="Ghostscript", tidsgrense=TIDSGRENSE_S, feil_ved_kode=False)
        # Ghostscript exits 0 after "Couldn't initialise file" and writes one blank page: count pages.
        sider_inn, sider_ut = _sider(inn), _sider(ut)
        if not sider_ut or "No pages will be processed" in utdata or sider_inn not in (None, sider_ut):
            låst = "password" in utdata.lower()
            raise KonverteringFeil(
                f"«{navn}» er passordbeskyttet og kan ikke gjøres om til arkivformat."
                if låst
                else f"Ghostscript kunne ikke lese PDF-en «{navn}»; den er kanskje skadet.",
                detaljer=[linje.strip(" *") for linje in utdata.splitlines() if linje.strip()][:3],
            )
        return ut.read_bytes()


def _sider(sti: Path) -> int | None:
    """The number of pages pypdf finds, or None when it cannot read the file."""
    if not sti.is_file() or sti.stat().st_size == 0:
        return None
    try:
        from pypdf import PdfReader

        leser = PdfReader(sti)
        if leser.is_encrypted and not leser.decrypt(""):
            return None
        return len(leser.pages)
    except Exception:  # pypdf raises many kinds for a damaged file; None says "unknown"
        return None


# --- running a program ---------------------------------------------------------------------------


def _kjør(kommando: list[str], *, navn: str, tidsgrense: float, feil_ved_kode: bool = True) -> str:
    """Run a converter; stdout+stderr as text. Killed with its children when it passes the time limit."""
    if sys.platform == "win32":
        flagg, ny_sesjon = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW, False
    else:
        flagg, ny_sesjon = 0, True
    try:
        prosess = subprocess.Popen(
            kommando,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            creationflags=flagg,
            start_new_session=ny_sesjon,
        )
    except OSError as e:
        raise ManglerProgram(f"{navn} kunne ikke startes: {e}") from e
    try:
        utdata, _ = prosess.communicate(timeout=tidsgrense)
    except subprocess.TimeoutExpired as e:
        _drep(prosess)
        prosess.communicate()
        raise KonverteringFeil(
            f"{navn} brukte mer enn {tidsgrense:.0f} sekunder og ble stoppet; dokumentet er kanskje for stort"
            " eller skadet. Prøv igjen."
        ) from e
    tekst = utdata.decode("utf-8", "replace")
    if feil_ved_kode and prosess.returncode != 0:
        raise KonverteringFeil(
            f"{navn} feilet (kode {prosess.returncode}).",
            detaljer=[linje for linje in tekst.splitlines() if linje.strip()][-3:],
        )
    return tekst


def _drep(prosess: subprocess.Popen) -> None:
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(prosess.pid)], capture_output=True, check=False)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(prosess.pid, signal.SIGKILL)
