"""Working copies of documents opened for editing, watched so an edit is never lost (DESIGN §7).

"Åpne for redigering" writes the newest production version to
``user_data_dir("Saksbord")/arbeidskopier/<jpnr>/<filename>`` and the editor
opens it there. Whatever way the editor saves (in place, or a temporary file
renamed over the original, as Word does), the copy is compared with what was
last checked in; a difference is announced once per content with
``sig_endret``, so the window can offer "Sjekk inn ny versjon".
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from app.epost.filnavn import trygt_filnavn
from app.services import mine_innstillinger

log = logging.getLogger(__name__)


def rotmappe() -> Path:
    """Where working copies live (one folder per journalpost): the user's chosen folder, else the data dir."""
    return (
        mine_innstillinger.arbeidsmappe()
        or Path(user_data_dir("Saksbord", appauthor=False)) / "arbeidskopier"
    )


def mappenavn(jpnr: str) -> str:
    """``2026/12-3`` → ``2026-12-3``: a journalpostnummer as a folder name."""
    return re.sub(r"[^\w.-]+", "-", jpnr).strip("-") or "journalpost"


def _sjekksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Arbeidskopi:
    sti: Path
    jpnr: str
    dokument_id: int
    filnavn: str
    grunnlag: str
    """SHA-256 of the version the copy was made from, or of what was last checked in."""
    meldt: str | None = None
    """The content last announced, so one save is offered once."""

    def les(self) -> bytes | None:
        """The copy's bytes, or None while the editor holds it or it is being replaced."""
        try:
            return self.sti.read_bytes()
        except OSError:
            return None


class Arbeidskopier(QObject):
    sig_endret = Signal(object)
    """A working copy (Arbeidskopi) differs from what was checked in; sent once per saved content."""

    def __init__(self, parent: QObject | None = None, *, rot: Path | None = None) -> None:
        super().__init__(parent)
        self.rot = rot
        self._kopier: dict[Path, Arbeidskopi] = {}
        self._vakt = QFileSystemWatcher(self)
        self._vakt.fileChanged.connect(self._on_fil_endret)
        self._vakt.directoryChanged.connect(self._on_mappe_endret)
        self._tid = QTimer(self, singleShot=True, interval=300)
        self._tid.timeout.connect(self.sjekk)

    def lag(self, *, jpnr: str, dokument_id: int, filnavn: str, data: bytes) -> Arbeidskopi:
        """Write ``data`` as the working copy and watch it; an earlier copy with unsaved edits is kept."""
        mappe = (self.rot or rotmappe()) / mappenavn(jpnr)
        mappe.mkdir(parents=True, exist_ok=True)
        sti = mappe / trygt_filnavn(filnavn, standard="dokument")
        grunnlag = _sjekksum(data)
        tidligere = self._kopier.get(sti)
        if tidligere is not None and any(k is tidligere for k in self.endrede()):
            grunnlag = tidligere.grunnlag  # edits not checked in yet: keep them, they are offered
        else:
            if tidligere is None and sti.exists() and _sjekksum(sti.read_bytes()) != grunnlag:
                # Left from an earlier session: set it aside rather than overwrite or check in stale text.
                til_side = sti.with_name(f"{sti.stem} (tidligere arbeidskopi){sti.suffix}")
                sti.replace(til_side)
                log.info("Tidligere arbeidskopi lagt til side: %s", til_side)
            sti.write_bytes(data)
            if tidligere is not None:
                tidligere.grunnlag = grunnlag
        kopi = tidligere or Arbeidskopi(
            sti=sti, jpnr=jpnr, dokument_id=dokument_id, filnavn=sti.name, grunnlag=grunnlag
        )
        self._kopier[sti] = kopi
        if str(sti) not in self._vakt.files():
            self._vakt.addPath(str(sti))
        if str(mappe) not in self._vakt.directories():
            self._vakt.addPath(str(mappe))
        self._tid.start()
        return kopi

    def kopier(self) -> list[Arbeidskopi]:
        return list(self._kopier.values())

    def endrede(self) -> list[Arbeidskopi]:
        """Copies whose content is not checked in (announced or not)."""
        ut = []
        for k in self._kopier.values():
            data = k.les()
            if data is not None and _sjekksum(data) != k.grunnlag:
                ut.append(k)
        return ut

    def sjekket_inn(self, kopi: Arbeidskopi, data: bytes) -> None:
        """``data`` is now the current version: the copy is clean until it changes again."""
        kopi.grunnlag = kopi.meldt = _sjekksum(data)

    def sjekk(self) -> None:
        """Compare every copy with what was checked in; announce new content once."""
        for k in list(self._kopier.values()):
            if str(k.sti) not in self._vakt.files() and k.sti.exists():
                self._vakt.addPath(str(k.sti))  # an editor replaced the file: watch the new one
            data = k.les()
            if data is None:
                continue
            sum_ = _sjekksum(data)
            if sum_ != k.grunnlag and sum_ != k.meldt:
                k.meldt = sum_
                self.sig_endret.emit(k)

    def _on_fil_endret(self, _sti: str) -> None:
        self._tid.start()  # editors write in steps; look once they are done

    def _on_mappe_endret(self, _mappe: str) -> None:
        self._tid.start()
