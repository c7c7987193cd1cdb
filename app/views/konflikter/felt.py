"""Both versions of a conflict side by side, with the two ways out: keep mine, or use the server's."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.views.konflikter.rader import KonfliktRad

BEHOLD_MIN = "behold_min"
BRUK_SERVER = "bruk_server"


def _e(v: object) -> str:
    return html.escape("" if v is None else str(v))


def _etikett(navn: str) -> QLabel:
    lbl = QLabel()
    lbl.setObjectName(navn)
    lbl.setWordWrap(True)
    lbl.setTextFormat(Qt.TextFormat.RichText)
    lbl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lbl.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return lbl


class KonfliktFelt(QWidget):
    """The reading pane for a row in the Konflikter kurv."""

    sig_valgt = Signal(int, str)
    """The user settled a conflict: (konflikt id, "behold_min" | "bruk_server")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("konfliktfelt")
        self.rad: KonfliktRad | None = None
        self.overskrift = _etikett("konfliktoverskrift")
        self.melding = _etikett("konfliktmelding")
        self.melding.setStyleSheet(
            "QLabel { background: #fdecea; color: #8e1b1b; border: 1px solid #f3b9b3; "
            "border-radius: 3px; padding: 6px; }"
        )
        self.min_boks = QGroupBox()
        self.min = _etikett("min_endring")
        QVBoxLayout(self.min_boks).addWidget(self.min)
        self.server_boks = QGroupBox()
        self.serverens = _etikett("serverens_versjon")
        QVBoxLayout(self.server_boks).addWidget(self.serverens)
        self.forklaring = _etikett("konfliktforklaring")
        self.forklaring.setStyleSheet("QLabel { color: #5f6b7a; }")
        self.behold = QPushButton()
        self.behold.setObjectName(BEHOLD_MIN)
        self.bruk_server = QPushButton()
        self.bruk_server.setObjectName(BRUK_SERVER)
        self.behold.clicked.connect(lambda: self._velg(BEHOLD_MIN))
        self.bruk_server.clicked.connect(lambda: self._velg(BRUK_SERVER))

        knapper = QHBoxLayout()
        knapper.addStretch(1)
        knapper.addWidget(self.bruk_server)
        knapper.addWidget(self.behold)
        lag = QVBoxLayout(self)
        lag.setContentsMargins(12, 10, 12, 8)
        lag.setSpacing(8)
        lag.addWidget(self.overskrift)
        lag.addWidget(self.melding)
        lag.addWidget(self.min_boks)
        lag.addWidget(self.server_boks)
        lag.addWidget(self.forklaring)
        lag.addLayout(knapper)
        lag.addStretch(1)
        self.retranslate_ui()
        self.vis(None)

    def retranslate_ui(self) -> None:
        self.min_boks.setTitle(self.tr("Din endring (gjort frakoblet)"))
        self.server_boks.setTitle(self.tr("Serverens versjon nå"))
        self.forklaring.setText(
            _e(
                self.tr(
                    "«Behold min endring» gjør handlingen din på nytt mot serverens versjon. "
                    "«Bruk serverens versjon» forkaster handlingen din. Til du velger, står konflikten her."
                )
            )
        )
        self.behold.setText(self.tr("Behold min endring"))
        self.bruk_server.setText(self.tr("Bruk serverens versjon"))
        self.setAccessibleName(self.tr("Konflikt"))
        if self.rad is not None:
            self.vis(self.rad)

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(e)

    def vis(self, rad: KonfliktRad | None) -> None:
        self.rad = rad
        for w in (
            self.melding,
            self.min_boks,
            self.server_boks,
            self.forklaring,
            self.behold,
            self.bruk_server,
        ):
            w.setVisible(rad is not None)
        if rad is None:
            self.overskrift.setText(_e(self.tr("Ingen konflikt valgt")))
            return
        nr = f" {_e(rad.journalpostnummer)}" if rad.journalpostnummer else ""
        sendt = self.tr("Sendt fra utboksen %1").replace("%1", rad.tid)
        self.overskrift.setText(
            f"<span style='font-size:13pt;font-weight:600'>{_e(rad.handling)}{nr}</span>"
            f"<br><span style='color:#5f6b7a'>{_e(sendt)}</span>"
        )
        self.melding.setText(_e(rad.melding))
        self.min.setText("<br>".join(_e(linje) for linje in rad.linjer))
        self.serverens.setText(self._serverens(rad))

    def _serverens(self, rad: KonfliktRad) -> str:
        jp = rad.server
        if jp is None:
            return _e(self.tr("Serveren har ingen journalpost for denne handlingen som du kan se."))
        rader = [
            (self.tr("Journalpost"), f"<b>{_e(jp.journalpostnummer)}</b>"),
            (self.tr("Tittel"), f"«{_e(jp.tittel)}»"),
            (self.tr("Status"), f"{_e(jp.status)} {_e(jp.statusnavn)}"),
            (self.tr("Saksbehandler"), _e(f"{jp.saksbehandler_navn or '–'} ({jp.saksbehandler or ''})")),
            (self.tr("Versjon"), _e(jp.versjon)),
        ]
        celler = "".join(
            f"<tr><td style='color:#5f6b7a; padding-right:10px'>{_e(k)}</td><td>{v}</td></tr>"
            for k, v in rader
        )
        return f"<table cellspacing='0' cellpadding='1'>{celler}</table>"

    def _velg(self, valg: str) -> None:
        if self.rad is not None:
            self.sig_valgt.emit(self.rad.id, valg)


class KonfliktDialog(QDialog):
    """The same two versions in a dialog (Enter or double-click on a conflict); ``valg`` is the choice."""

    def __init__(self, rad: KonfliktRad, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("konfliktdialog")
        self.valg: str | None = None
        self.felt = KonfliktFelt(self)
        self.felt.vis(rad)
        self.felt.sig_valgt.connect(self._valgt)
        knapper = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        avbryt = knapper.button(QDialogButtonBox.StandardButton.Cancel)
        avbryt.setText(self.tr("Avbryt"))
        avbryt.setDefault(True)
        # A stray Enter must not settle a conflict: only a click (or Space on a focused button) chooses.
        for b in (self.felt.behold, self.felt.bruk_server):
            b.setAutoDefault(False)
        knapper.rejected.connect(self.reject)
        lag = QVBoxLayout(self)
        lag.addWidget(self.felt)
        lag.addWidget(knapper)
        self.setWindowTitle(self.tr("Konflikt: %1").replace("%1", rad.handling))
        self.resize(560, 460)

    def _valgt(self, _id: int, valg: str) -> None:
        self.valg = valg
        self.accept()
