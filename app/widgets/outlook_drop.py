"""What was dropped: .msg/.eml files from Explorer, or mail items dragged out of Outlook.

Explorer drops are ordinary local files (text/uri-list). Outlook drops are
"virtual files": a FileGroupDescriptorW naming each item and FileContents
holding its bytes. Qt hands over FileContents only when the source put it in
memory; Outlook gives an IStream per item instead, so on Windows the items
are fetched from Outlook over COM (the dragged items are its selection).
All Windows-only imports are guarded, so this module imports everywhere.
"""

from __future__ import annotations

import os
import struct
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QMimeData

from app.epost.filnavn import trygt_filnavn

SUFFIKSER = frozenset({".msg", ".eml"})
FORMAT_DESKRIPTOR = 'application/x-qt-windows-mime;value="FileGroupDescriptorW"'
FORMAT_DESKRIPTOR_ANSI = 'application/x-qt-windows-mime;value="FileGroupDescriptor"'
FORMAT_INNHOLD = 'application/x-qt-windows-mime;value="FileContents"'

_FD_WRITESTIME = 0x20
_FD_FILESIZE = 0x40
_NAVN_OFFSET = 72
_STRUKTUR_W, _STRUKTUR_A = 592, 332
_FILETIME_EPOKE = datetime(1601, 1, 1, tzinfo=UTC)
_OL_MSG_UNICODE = 9
"""OlSaveAsType.olMSGUnicode: olMSG (3) would lose characters outside the ANSI code page."""


class DropFeil(Exception):
    """Outlook items were dropped but could not be fetched; str(e) is for the user."""


@dataclass(frozen=True)
class _Fil:
    navn: str
    endret: datetime | None
    storrelse: int | None


def kan_motta(mime: QMimeData) -> bool:
    """For dragEnterEvent: does the drag carry at least one message we can read?"""
    return bool(_lokale_meldinger(mime)) or any(_er_melding(f.navn) for f in _virtuelle_filer(mime))


def filer_fra_mime(mime: QMimeData, *, tmp_dir: Path) -> list[Path]:
    """The message files a drop carries, local ones as they are, virtual ones written to `tmp_dir`.

    Raises DropFeil when Outlook items were dropped but their contents could
    not be fetched, so the user learns why nothing happened.
    """
    filer = _lokale_meldinger(mime)
    virtuelle = [f for f in _virtuelle_filer(mime) if _er_melding(f.navn)]
    if not virtuelle:
        return filer
    innhold = bytes(mime.data(FORMAT_INNHOLD).data()) if mime.hasFormat(FORMAT_INNHOLD) else b""
    if len(virtuelle) == 1 and innhold:
        fil = virtuelle[0]
        if fil.storrelse is not None and len(innhold) > fil.storrelse:
            innhold = innhold[: fil.storrelse]  # a memory block may be rounded up
        return [*filer, _skriv(tmp_dir, fil, innhold)]
    if sys.platform == "win32":
        return [*filer, *_hent_fra_outlook(tmp_dir, len(virtuelle))]
    raise DropFeil(
        "Innholdet i de dratte elementene fulgte ikke med. Lagre meldingene som filer og dra dem inn."
    )


def _er_melding(navn: str) -> bool:
    return Path(navn).suffix.lower() in SUFFIKSER


def _lokale_meldinger(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    stier = (Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())
    return [sti for sti in stier if _er_melding(sti.name) and sti.is_file()]


def _virtuelle_filer(mime: QMimeData) -> list[_Fil]:
    for format_, bredde, koding in (
        (FORMAT_DESKRIPTOR, _STRUKTUR_W, "utf-16-le"),
        (FORMAT_DESKRIPTOR_ANSI, _STRUKTUR_A, "mbcs" if sys.platform == "win32" else "cp1252"),
    ):
        if mime.hasFormat(format_):
            return _les_deskriptor(bytes(mime.data(format_).data()), bredde=bredde, koding=koding)
    return []


def _les_deskriptor(data: bytes, *, bredde: int, koding: str) -> list[_Fil]:
    """The items of a FILEGROUPDESCRIPTOR(W): a UINT count, then one FILEDESCRIPTOR each."""
    if len(data) < 4:
        return []
    (antall,) = struct.unpack_from("<I", data)
    filer = []
    for i in range(min(antall, (len(data) - 4) // bredde)):
        start = 4 + i * bredde
        flagg = struct.unpack_from("<I", data, start)[0]
        skrevet = struct.unpack_from("<Q", data, start + 56)[0]
        høy, lav = struct.unpack_from("<II", data, start + 64)
        rå = data[start + _NAVN_OFFSET : start + bredde]
        navn = rå.decode(koding, errors="replace").split("\0", 1)[0]
        filer.append(
            _Fil(
                navn=navn,
                endret=_FILETIME_EPOKE + timedelta(microseconds=skrevet // 10)
                if flagg & _FD_WRITESTIME and skrevet
                else None,
                storrelse=(høy << 32 | lav) if flagg & _FD_FILESIZE else None,
            )
        )
    return filer


def _ledig_sti(mappe: Path, navn: str) -> Path:
    """A path in `mappe` that does not overwrite an earlier drop."""
    mappe.mkdir(parents=True, exist_ok=True)
    sti = mappe / navn
    nummer = 2
    while sti.exists():
        sti = mappe / f"{Path(navn).stem} ({nummer}){Path(navn).suffix}"
        nummer += 1
    return sti


def _skriv(mappe: Path, fil: _Fil, innhold: bytes) -> Path:
    sti = _ledig_sti(mappe, trygt_filnavn(fil.navn, standard="melding.msg"))
    sti.write_bytes(innhold)
    if fil.endret is not None:
        # The message's own time, for when the message carries no readable date.
        os.utime(sti, (fil.endret.timestamp(), fil.endret.timestamp()))
    return sti


def _hent_fra_outlook(mappe: Path, antall: int) -> list[Path]:  # pragma: no cover - needs Outlook
    """Save Outlook's selected items as .msg files; they are what was dragged."""
    try:
        import pythoncom
        import pywintypes
        import win32com.client
    except ImportError as e:
        raise DropFeil("Støtte for Outlook mangler (pywin32 er ikke installert)") from e
    try:
        pythoncom.CoInitialize()
        try:
            outlook = win32com.client.GetActiveObject("Outlook.Application")
        except pywintypes.com_error:
            outlook = win32com.client.Dispatch("Outlook.Application")
        utvalg = outlook.ActiveExplorer().Selection
        if utvalg.Count != antall:
            raise DropFeil(
                "Outlook har et annet utvalg enn det som ble dratt. Merk meldingene i Outlook og dra dem på nytt."
            )
        stier = []
        for i in range(1, utvalg.Count + 1):
            element = utvalg.Item(i)
            navn = trygt_filnavn(f"{element.Subject or 'melding'}.msg", standard="melding.msg")
            sti = _ledig_sti(mappe, navn)
            element.SaveAs(str(sti), _OL_MSG_UNICODE)
            stier.append(sti)
        return stier
    except DropFeil:
        raise
    except Exception as e:
        raise DropFeil(f"Meldingene kunne ikke hentes fra Outlook: {e}") from e
