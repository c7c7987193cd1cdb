"""E-mail into a sak: files dropped on a sak (from Explorer or Outlook), and the menu's Importer e-post…"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QTimer

from app.views.hovedvindu.kontekst import Vinduskontekst
from app.widgets.outlook_drop import DropFeil, filer_fra_mime


class Eposthandlinger(QObject):
    def __init__(self, ctx: Vinduskontekst) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.besvar: Callable[[str], None] | None = None
        """Besvar og avskriv on a journalpostnummer: offered in the import summary (the window sets it)."""

    def handlinger(self) -> dict[str, Callable[[], object]]:
        return {"importer_epost": self.importer}

    def sluppet(self, saksnr: str, mime: QMimeData) -> None:
        """Take the files out while the drop lasts; import once the drag has ended (Outlook waits otherwise)."""
        mappe = Path(tempfile.mkdtemp(prefix="saksbord-slipp-"))
        feil: str | None = None
        try:
            filer = filer_fra_mime(mime, tmp_dir=mappe)
        except DropFeil as e:
            filer, feil = [], str(e)
        if not filer and feil is None:
            feil = self.tr("Det som ble sluppet inneholder ingen e-post (.msg eller .eml).")
        QTimer.singleShot(0, lambda: self._importer_sluppet(saksnr, filer, mappe, feil))

    def _importer_sluppet(self, saksnr: str, filer: list[Path], mappe: Path, feil: str | None) -> None:
        from app.views.epost import importer_med_dialog

        ctx = self.ctx
        try:
            if feil:
                ctx.vis_feil(feil)
            else:
                importer_med_dialog(
                    ctx.forelder, ctx.tjeneste, saksnr, filer, kjor_dialog=ctx.kjor_dialog, besvar=self.besvar
                )
        except Exception as e:
            ctx.vis_feil(e)
        finally:
            shutil.rmtree(mappe, ignore_errors=True)

    def importer(self) -> None:
        """Importer e-post…: pick files, then the sak (search, new, or a recent one)."""
        from app.views.epost import velg_sak_og_importer

        velg_sak_og_importer(self.ctx.forelder, self.ctx.tjeneste, kjor_dialog=self.ctx.kjor_dialog)
