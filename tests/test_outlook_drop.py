"""What a drop carries (app/widgets/outlook_drop.py), with Outlook's formats synthesised."""

from __future__ import annotations

import struct
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QUrl

from app.epost import les_epost
from app.widgets.outlook_drop import (
    FORMAT_DESKRIPTOR,
    FORMAT_INNHOLD,
    DropFeil,
    filer_fra_mime,
    kan_motta,
)
from tests.support.msgwriter import msg_bytes, write_msg

ENDRET = datetime(2024, 3, 4, 9, 30, 15, tzinfo=UTC)


def _deskriptor(*filer: tuple[str, int | None], endret: datetime | None = ENDRET) -> bytes:
    """A FILEGROUPDESCRIPTORW as Outlook writes it: UINT count, then 592-byte FILEDESCRIPTORWs."""
    data = bytearray(struct.pack("<I", len(filer)))
    for navn, storrelse in filer:
        post = bytearray(592)
        flagg = 0x80000000  # FD_UNICODE
        if endret is not None:
            flagg |= 0x20  # FD_WRITESTIME
            filetime = int((endret - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds()) * 10_000_000
            struct.pack_into("<Q", post, 56, filetime)
        if storrelse is not None:
            flagg |= 0x40  # FD_FILESIZE
            struct.pack_into("<II", post, 64, storrelse >> 32, storrelse & 0xFFFFFFFF)
        struct.pack_into("<I", post, 0, flagg)
        kodet = navn.encode("utf-16-le")
        post[72 : 72 + len(kodet)] = kodet
        data += post
    return bytes(data)


def _outlook_drop(deskriptor: bytes, innhold: bytes | None) -> QMimeData:
    mime = QMimeData()
    mime.setData(FORMAT_DESKRIPTOR, QByteArray(deskriptor))
    if innhold is not None:
        mime.setData(FORMAT_INNHOLD, QByteArray(innhold))
    return mime


def test_local_message_files_from_explorer(tmp_path: Path) -> None:
    a = write_msg(tmp_path / "a.msg", subject="A", body="a")
    b = write_msg(tmp_path / "b.MSG", subject="B", body="b")
    annet = tmp_path / "notat.txt"
    annet.write_text("ikke en melding", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (a, annet, b, tmp_path / "borte.msg")])
    assert kan_motta(mime)
    assert filer_fra_mime(mime, tmp_dir=tmp_path / "tmp") == [a, b]
    assert not (tmp_path / "tmp").exists(), "local files are used where they are, not copied"


def test_one_outlook_item_is_written_under_a_safe_name(tmp_path: Path) -> None:
    innhold = msg_bytes(subject="SV: Søknad?", sender_name="Kari", sender_email="kari@example.no", body="Hei")
    mime = _outlook_drop(_deskriptor(("SV: Søknad?.msg", len(innhold))), innhold + bytes(3000))
    assert kan_motta(mime)
    (sti,) = filer_fra_mime(mime, tmp_dir=tmp_path)
    assert sti == tmp_path / "SV_ Søknad_.msg"
    assert sti.read_bytes() == innhold, "content is cut to the size the descriptor gives"
    assert datetime.fromtimestamp(sti.stat().st_mtime, UTC) == ENDRET
    assert les_epost(sti).emne == "SV: Søknad?"

    (igjen,) = filer_fra_mime(mime, tmp_dir=tmp_path)
    assert igjen == tmp_path / "SV_ Søknad_ (2).msg", "a second drop does not overwrite the first"


def test_outlook_item_without_size_or_time_keeps_all_bytes(tmp_path: Path) -> None:
    innhold = msg_bytes(subject="Uten størrelse", body="x")
    mime = _outlook_drop(_deskriptor(("../../Uten størrelse.msg", None), endret=None), innhold)
    (sti,) = filer_fra_mime(mime, tmp_dir=tmp_path)
    assert sti.parent == tmp_path and sti.name == "Uten størrelse.msg"
    assert sti.read_bytes() == innhold


def test_unsupported_drops_give_nothing(tmp_path: Path) -> None:
    tekst = QMimeData()
    tekst.setText("Bare litt tekst")
    assert not kan_motta(tekst)
    assert filer_fra_mime(tekst, tmp_dir=tmp_path) == []

    vedlegg = _outlook_drop(_deskriptor(("rapport.pdf", 4)), b"%PDF")
    assert not kan_motta(vedlegg), "an attachment dragged from Outlook is not a message"
    assert filer_fra_mime(vedlegg, tmp_dir=tmp_path) == []

    nettside = QMimeData()
    nettside.setUrls([QUrl("https://example.no/melding.msg")])
    assert not kan_motta(nettside)
    assert list(tmp_path.iterdir()) == []


def test_broken_descriptor_is_ignored(tmp_path: Path) -> None:
    mime = _outlook_drop(struct.pack("<I", 5) + b"\0" * 100, b"data")
    assert not kan_motta(mime)
    assert filer_fra_mime(mime, tmp_dir=tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="Windows asks Outlook instead")
def test_outlook_items_without_contents_are_refused_with_a_message(tmp_path: Path) -> None:
    mime = _outlook_drop(_deskriptor(("A.msg", 10), ("B.msg", 10)), None)
    assert kan_motta(mime)
    with pytest.raises(DropFeil, match="^Innholdet i de dratte elementene fulgte ikke med"):
        filer_fra_mime(mime, tmp_dir=tmp_path)
