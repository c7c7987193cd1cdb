"""Synthesised Outlook drags: what Outlook puts in the drop for one dragged mail item."""

from __future__ import annotations

import struct

from PySide6.QtCore import QByteArray, QMimeData

from app.widgets.outlook_drop import FORMAT_DESKRIPTOR, FORMAT_INNHOLD


def outlook_mime(navn: str, data: bytes) -> QMimeData:
    """One item: a FILEGROUPDESCRIPTORW (FD_UNICODE | FD_FILESIZE, name at offset 72) and its FileContents."""
    post = bytearray(592)
    struct.pack_into("<I", post, 0, 0x80000000 | 0x40)
    struct.pack_into("<II", post, 64, 0, len(data))
    kodet = navn.encode("utf-16-le")
    post[72 : 72 + len(kodet)] = kodet
    mime = QMimeData()
    mime.setData(FORMAT_DESKRIPTOR, QByteArray(struct.pack("<I", 1) + bytes(post)))
    mime.setData(FORMAT_INNHOLD, QByteArray(data))
    return mime
