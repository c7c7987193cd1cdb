"""Files dropped on a journalpost: the local files a drag carries that are not e-mail.

An e-mail (.msg, .eml, an Outlook item) dropped on a sak is imported as a new
journalpost (epostmaal.py); any other file dropped on a journalpost's reading
pane or its card's Dokumenter tab becomes a vedlegg of that journalpost. A drag
that carries a message stays an e-mail import, so the two never compete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from app.widgets.outlook_drop import SUFFIKSER, kan_motta


def vedleggsfiler(mime: QMimeData) -> list[Path]:
    """The dropped local files to add as vedlegg; empty when the drag carries e-mail or no file."""
    if not mime.hasUrls() or kan_motta(mime):
        return []
    stier = (Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())
    return [s for s in stier if s.is_file() and s.suffix.lower() not in SUFFIKSER]
