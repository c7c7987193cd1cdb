"""When Saksbord itself fails: a Norwegian dialog instead of a vanished window, the log, the report.

``installer()`` puts a hook in ``sys.excepthook``: PySide6 hands every exception that escapes a
slot or an event handler to it, and so does Python for the main thread. The hook writes the
traceback to the log file (app/bootstrap.py) and shows :class:`KrasjDialog`: what happened, what
was kept (everything saved; the failed action itself rolled back in its unit of work, writes
waiting for the server in the outbox) and what may be gone (text typed into a form that was not
saved), with "Lag feilrapport…" and "Vis logg". The program keeps running.

An action slot that catches a bug through ``Vinduskontekst.trygt`` shows the same dialog
(``vis_krasj``). :class:`LoggDialog` is Hjelp → Vis logg; ``lag_feilrapport`` is Hjelp → Lag
feilrapport.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import bootstrap
from app.services import feilrapport

log = logging.getLogger("saksbord.krasj")

VIS_LINJER = 3000
"""Hjelp → Vis logg shows the newest lines of the log file."""

_MERKE = "_saksbord_krasj"
_FORRIGE = "_saksbord_forrige"
_viser = threading.local()


def _kjor(d: QDialog) -> bool:
    return d.exec() == QDialog.DialogCode.Accepted


DialogKjorer = Callable[[QDialog], bool]
"""How a dialog is run: ``exec()`` in the program, the tests' DialogFanger in the tests."""

kjor_dialog: DialogKjorer = _kjor
"""The crash hook's way to run its dialog (tests replace it; the window passes its own)."""


def tillegg() -> dict[str, str]:
    """What the report says about Qt (the report service imports no Qt)."""
    app = QApplication.instance()
    plattform = QApplication.platformName() if isinstance(app, QApplication) else ""
    return {"Qt": qVersion(), "Qt-plattform": plattform}


def velg_rapportfil(parent: QWidget | None) -> str | None:
    """Ask where to save the report (the Documents folder by default); None when cancelled."""
    mappe = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    fil, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Krasj", "Lagre feilrapport"),
        str(Path(mappe or Path.home()) / feilrapport.standard_navn()),
        QCoreApplication.translate("Krasj", "Zip-arkiv (*.zip)"),
    )
    return fil or None


def lag_feilrapport(
    parent: QWidget | None,
    *,
    hendelse: str = "",
    velg_fil: Callable[[QWidget | None], str | None] | None = None,
    kjor: DialogKjorer | None = None,
) -> Path | None:
    """Hjelp → Lag feilrapport: ask where, write the zip, say where it is; None when cancelled."""
    fil = (velg_fil or velg_rapportfil)(parent)
    if not fil:
        return None
    try:
        sti = feilrapport.lag_feilrapport(
            Path(fil), loggmappe=bootstrap.loggmappe(), tillegg=tillegg(), hendelse=hendelse
        )
    except OSError as e:
        tekst = QCoreApplication.translate("Krasj", "Feilrapporten kunne ikke lagres i %1: %2").replace(
            "%1", fil
        )
        boks = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Krasj", "Feilrapport"),
            tekst.replace("%2", str(e)),
        )
        boks.setObjectName("feilrapport_feilet")
        (kjor or kjor_dialog)(boks)
        return None
    boks = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Krasj", "Feilrapport"),
        QCoreApplication.translate(
            "Krasj",
            "Feilrapporten er lagret som %1. Send den til brukerstøtte. Den inneholder loggen, versjonen, "
            "operativsystemet og innstillingene dine, men ingen passord.",
        ).replace("%1", str(sti)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    boks.setObjectName("feilrapport_lagret")
    (kjor or kjor_dialog)(boks)
    return sti


class LoggDialog(QDialog):
    """Hjelp → Vis logg: the newest lines of the log file, the folder, and the report button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loggdialog")
        self.setWindowTitle(self.tr("Logg – Saksbord"))
        self.resize(900, 560)
        self.fil = bootstrap.loggmappe() / bootstrap.LOGGFIL
        lag = QVBoxLayout(self)
        sti = QLabel(self.tr("Loggfil: %1").replace("%1", str(self.fil)))
        sti.setObjectName("loggsti")
        sti.setTextInteractionFlags(
            sti.textInteractionFlags() | sti.textInteractionFlags().TextSelectableByMouse
        )
        lag.addWidget(sti)
        self.tekst = QPlainTextEdit()
        self.tekst.setObjectName("loggtekst")
        self.tekst.setReadOnly(True)
        self.tekst.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.tekst.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        lag.addWidget(self.tekst, 1)
        knapper = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knapper.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        self.knapp_mappe = knapper.addButton(
            self.tr("Åpne loggmappen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.knapp_rapport = knapper.addButton(
            self.tr("Lag feilrapport…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.knapp_mappe.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.fil.parent)))
        )
        self.knapp_rapport.clicked.connect(lambda: lag_feilrapport(self))
        knapper.rejected.connect(self.reject)
        lag.addWidget(knapper)
        self.last()

    def last(self) -> None:
        try:
            linjer = self.fil.read_text(encoding="utf-8", errors="replace").splitlines()[-VIS_LINJER:]
        except OSError:
            linjer = [self.tr("Loggfilen finnes ikke ennå: %1").replace("%1", str(self.fil))]
        self.tekst.setPlainText("\n".join(linjer))
        self.tekst.moveCursor(self.tekst.textCursor().MoveOperation.End)


class KrasjDialog(QDialog):
    """What happened, what was kept and what may be lost, with the report button; Fortsett keeps going."""

    def __init__(self, feil: BaseException, spor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("krasjdialog")
        self.setWindowTitle(self.tr("Saksbord – uventet feil"))
        self.setMinimumWidth(560)
        self.spor = spor
        self.rapport: Path | None = None
        self.velg_fil: Callable[[QWidget | None], str | None] | None = None
        """Where the report goes (None: ask with a file dialog)."""
        self.kjor: DialogKjorer = kjor_dialog
        """Runs the dialogs this one opens (the report's message, the log)."""
        lag = QVBoxLayout(self)
        hva = QLabel(
            "<b>" + self.tr("Det oppstod en feil i Saksbord som ikke skulle ha skjedd.") + "</b><br>"
            + self.tr("Feilen: %1").replace("%1", _kort(feil))
        )  # fmt: skip
        hva.setObjectName("krasj_hva")
        hva.setWordWrap(True)
        lag.addWidget(hva)
        tapt = QLabel(
            self.tr(
                "Ingenting du har lagret er tapt: det ligger i databasen. Handlingen som feilet ble ikke "
                "lagret halvveis; den ble avbrutt i sin helhet, så du kan prøve den igjen. Endringer som "
                "venter på å bli sendt til serveren ligger trygt i utboksen. Har du skrevet noe i et skjema "
                "som ikke var lagret da feilen kom, kan det som sto der være borte."
            )
        )
        tapt.setObjectName("krasj_tapt")
        tapt.setWordWrap(True)
        lag.addWidget(tapt)
        hjelp = QLabel(
            self.tr(
                "Saksbord fortsetter å kjøre. Feilen er skrevet i loggen; lag en feilrapport og send den til "
                "brukerstøtte, så kan feilen rettes."
            )
        )
        hjelp.setWordWrap(True)
        lag.addWidget(hjelp)
        self.detaljer = QPlainTextEdit(spor)
        self.detaljer.setObjectName("krasj_detaljer")
        self.detaljer.setReadOnly(True)
        self.detaljer.setVisible(False)
        self.detaljer.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        lag.addWidget(self.detaljer)
        knapper = QDialogButtonBox()
        self.knapp_rapport = QPushButton(self.tr("Lag feilrapport…"))
        self.knapp_rapport.setObjectName("krasj_rapport")
        self.knapp_logg = QPushButton(self.tr("Vis logg"))
        self.knapp_detaljer = QPushButton(self.tr("Vis detaljer"))
        self.knapp_detaljer.setCheckable(True)
        self.knapp_fortsett = QPushButton(self.tr("Fortsett"))
        self.knapp_fortsett.setDefault(True)
        for k in (self.knapp_rapport, self.knapp_logg, self.knapp_detaljer):
            knapper.addButton(k, QDialogButtonBox.ButtonRole.ActionRole)
        knapper.addButton(self.knapp_fortsett, QDialogButtonBox.ButtonRole.AcceptRole)
        self.knapp_rapport.clicked.connect(self._on_rapport_clicked)
        self.knapp_logg.clicked.connect(lambda: self.kjor(LoggDialog(self)))
        self.knapp_detaljer.toggled.connect(self.detaljer.setVisible)
        knapper.accepted.connect(self.accept)
        lag.addWidget(knapper)

    def _on_rapport_clicked(self) -> None:
        self.rapport = lag_feilrapport(self, hendelse=self.spor, velg_fil=self.velg_fil, kjor=self.kjor)


def _kort(feil: BaseException) -> str:
    tekst = str(feil).strip().splitlines()
    return f"{type(feil).__name__}" + (f": {tekst[0][:300]}" if tekst else "")


def vis_krasj(
    feil: BaseException, *, parent: QWidget | None = None, kjor: DialogKjorer | None = None
) -> KrasjDialog | None:
    """Log ``feil`` with its traceback and show the crash dialog (once at a time); the dialog or None."""
    spor = "".join(traceback.format_exception(type(feil), feil, feil.__traceback__))
    bootstrap.log.critical("Uventet feil", exc_info=feil, extra={bootstrap.BARE_FIL: True})
    app = QApplication.instance()
    if not isinstance(app, QApplication) or threading.current_thread() is not threading.main_thread():
        return None
    if getattr(_viser, "aktiv", False):  # a failure while the dialog itself is up: the log has it
        return None
    _viser.aktiv = True
    try:
        d = KrasjDialog(feil, spor, parent or app.activeWindow())
        d.kjor = kjor or kjor_dialog
        d.kjor(d)
        return d
    except Exception:
        log.exception("Krasjdialogen kunne ikke vises")
        return None
    finally:
        _viser.aktiv = False


def installer() -> None:
    """Route every uncaught exception on the UI thread to ``vis_krasj`` (idempotent)."""
    if getattr(sys.excepthook, _MERKE, False):
        return
    forrige = sys.excepthook

    def krok(typ: type[BaseException], verdi: BaseException, spor: TracebackType | None) -> None:
        if issubclass(typ, KeyboardInterrupt) or not isinstance(QApplication.instance(), QApplication):
            forrige(typ, verdi, spor)
            return
        if verdi.__traceback__ is None:
            verdi = verdi.with_traceback(spor)
        if sys.__stderr__ is not None:  # a windowed build has no stderr; a terminal still sees it
            traceback.print_exception(typ, verdi, spor, file=sys.__stderr__)
        vis_krasj(verdi)

    setattr(krok, _MERKE, True)
    setattr(krok, _FORRIGE, forrige)
    sys.excepthook = krok


def avinstaller() -> None:
    """Put back the hook that was there before ``installer`` (tests)."""
    forrige = getattr(sys.excepthook, _FORRIGE, None)
    if getattr(sys.excepthook, _MERKE, False) and forrige is not None:
        sys.excepthook = forrige
