"""The entry point of the desktop window: ``saksbord`` with no subcommand calls ``kjor``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import bootstrap
from app.domain.feil import SaksbordFeil
from app.store.db import Database
from app.views import sprak as sprakvalg
from app.views.sprak import OVERSETTELSER, velg_sprak
from app.widgets.hendelser import hendelser

__all__ = ["OVERSETTELSER", "installer_oversettelse", "kjor", "lag_app", "start", "velg_sprak"]

if TYPE_CHECKING:
    from app.services.synk import SynkKlient


def installer_oversettelse(app: QApplication, sprak: str | None = None) -> QTranslator | None:
    """Install the language (ours and Qt's own dialogs, ``app.views.sprak``); Saksbord's translator or None."""
    sprakvalg.bytt_sprak(app, sprak)
    return sprakvalg.saksbord_oversetter()


def lag_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not isinstance(app, QApplication):  # a QCoreApplication/QGuiApplication made earlier
        raise RuntimeError(f"Vinduet trenger QApplication, men programmet har bare {type(app).__name__}")
    app.setApplicationName("Saksbord")
    app.setOrganizationName("Saksbord")
    app.setWindowIcon(QIcon(str(Path(__file__).resolve().parents[1] / "resources" / "saksbord.svg")))
    return app


def start(db_arg: str | None = None, *, sprak: str | None = None, filer: list[str] | None = None) -> int:
    """``saksbord`` with no subcommand: the shared database through the active profile, else the embedded one.

    With a connection profile the desk reads a local replica of what the user may see and writes
    through the sync client (queued while offline); without one it works on the embedded SQLite file.
    Opening and logging are ``app.bootstrap``'s, the same path the command line takes.
    """
    if not bootstrap.logging_er_satt_opp():
        bootstrap.sett_opp_logging(konsoll=False, hva="arbeidsbordet")
    bro = SynkBro()
    try:
        oppkobling = bootstrap.aapne(
            db_arg, profil=True, status=bro.sig_status.emit, endret=bro.sig_endret.emit
        )
    except SaksbordFeil as e:  # a wrong --db, a damaged file: a message, not a traceback
        bootstrap.log.info("Databasen kunne ikke åpnes: %s", e, exc_info=True)
        vis_oppstartsfeil(e, sprak=sprak)
        return 1
    try:
        if oppkobling.synk is None:
            return kjor(oppkobling.db, sprak=sprak, filer=filer)
        return kjor(
            oppkobling.db, bruker=oppkobling.bruker, sprak=sprak, synk=oppkobling.synk, bro=bro, filer=filer
        )
    finally:
        oppkobling.lukk()


def _maal_oppstart(app: QApplication, vindu, ut: Path) -> None:
    """bench/kaldstart.py: write the time the first kurv row was painted to ``ut``, then quit."""
    import time

    from PySide6.QtCore import QEvent, QTimer

    class Maaler(QObject):
        def eventFilter(self, _obj, e) -> bool:  # noqa: N802 - Qt API
            if e.type() == QEvent.Type.Paint and vindu.liste.modell.rowCount() > 0:
                vindu.liste.tabell.viewport().removeEventFilter(self)
                QTimer.singleShot(0, ferdig)  # after this paint has drawn the rows
            return False

    def ferdig() -> None:
        ut.write_text(repr(time.time()))
        app.quit()

    maaler = Maaler(vindu)
    vindu.liste.tabell.viewport().installEventFilter(maaler)


def vis_oppstartsfeil(e: SaksbordFeil, *, sprak: str | None = None) -> None:
    """Why the workbench cannot open, in a message box (there is often no terminal to read)."""
    app = lag_app()
    installer_oversettelse(app, sprak)
    QMessageBox.critical(None, QCoreApplication.translate("Oppstart", "Saksbord kan ikke starte"), str(e))


class SynkBro(QObject):
    """Carries the sync thread's status text to the window's thread."""

    sig_status = Signal(str)
    """The sync state changed (Tilkoblet / Frakoblet – N endringer venter / Synkroniserer…)."""
    sig_endret = Signal()
    """A pull brought rows from the shared database (someone else's change, a task)."""


def kjor(
    db: Database,
    *,
    bruker: str | None = None,
    som: str | None = None,
    sprak: str | None = None,
    synk: SynkKlient | None = None,
    bro: SynkBro | None = None,
    filer: list[str] | None = None,
) -> int:
    """Open the workbench for ``bruker`` (acting for ``som``); on a demo database without a user, ask who.

    ``filer`` (Explorer's "Open with Saksbord" on .msg files) opens the import for them once the window shows.
    """
    from app.views.dialoger import krasj

    app = lag_app()
    sprakvalg.bruk_mine_valg(app, sprak)
    krasj.installer()
    try:
        return _vis_vindu(app, db, bruker=bruker, som=som, synk=synk, bro=bro, filer=filer)
    finally:
        krasj.avinstaller()  # the crash dialog belongs to the window's event loop, not to whoever called


def _vis_vindu(
    app: QApplication,
    db: Database,
    *,
    bruker: str | None,
    som: str | None,
    synk: SynkKlient | None,
    bro: SynkBro | None,
    filer: list[str] | None,
) -> int:
    """Who is working (the demo's picker), the window, the files to import; runs the event loop."""
    from app.services import brukere
    from app.views.dialoger.brukervalg import BrukerValg
    from app.views.hovedvindu import Hovedvindu

    if not bruker:
        bruker = os.environ.get("SAKSBORD_BRUKER")
    if not bruker and db.er_demo:
        velger = BrukerValg(brukere.liste_brukere(db))
        bootstrap.log.info("Demodatabase: brukervalg med %d brukere", velger.liste.count())
        if velger.exec() != QDialog.DialogCode.Accepted:
            return 0
        bruker = velger.valgt()
    if not bruker:
        import getpass

        bruker = getpass.getuser()
    vindu = Hovedvindu(db, bruker, som=som, synk=synk)
    if bro is not None:
        bro.sig_status.connect(vindu.sett_synkstatus)
        bro.sig_endret.connect(lambda: hendelser().sig_data_changed.emit("alt"))
        if synk is not None and synk.siste_status:
            vindu.sett_synkstatus(synk.siste_status)
    vindu.show()
    if maaling := os.environ.get("SAKSBORD_OPPSTARTSMAALING"):
        _maal_oppstart(app, vindu, Path(maaling))
    if filer:
        from PySide6.QtCore import QTimer

        from app.views.epost import velg_sak_og_importer

        QTimer.singleShot(
            0,
            lambda: vindu.kontekst.trygt(
                lambda: velg_sak_og_importer(vindu, vindu.ctx, filer, kjor_dialog=vindu.kjor_dialog)
            ),
        )
    return app.exec()
