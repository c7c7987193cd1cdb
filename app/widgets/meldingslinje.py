"""A slim, non-blocking bar above a pane (like a browser's info bar): a message and one or two buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

FARGER = {
    "info": ("#fff4c2", "#e0c35a", "#4a3b00"),
    "advarsel": ("#ffe3b3", "#e0a040", "#5a3400"),
}


class Meldingslinje(QFrame):
    """Hidden until ``vis()``; the buttons say what happens, the bar never takes focus by itself."""

    sig_handling = Signal()
    """The main button was clicked."""
    sig_lukket = Signal()
    """The secondary button (or ×) was clicked; the bar hides itself."""

    def __init__(self, navn: str, *, stil: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(navn)
        bakgrunn, kant, tekst = FARGER[stil]
        self.setStyleSheet(
            f"QFrame#{navn} {{ background: {bakgrunn}; border: 1px solid {kant}; border-radius: 3px; }}"
            f"QFrame#{navn} QLabel {{ color: {tekst}; background: transparent; border: none; }}"
        )
        self.tekst = QLabel()
        self.tekst.setObjectName("meldingstekst")
        self.tekst.setWordWrap(True)
        self.knapp = QPushButton()
        self.knapp.setObjectName("meldingsknapp")
        self.knapp.clicked.connect(self.sig_handling)
        self.lukk = QPushButton()
        self.lukk.setObjectName("meldingslukk")
        self.lukk.setFlat(True)
        self.lukk.clicked.connect(self._on_lukk_clicked)
        lag = QHBoxLayout(self)
        lag.setContentsMargins(8, 4, 4, 4)
        lag.addWidget(self.tekst, 1)
        lag.addWidget(self.knapp)
        lag.addWidget(self.lukk)
        self.setVisible(False)

    def vis(self, tekst: str, *, knapp: str | None = None, lukk: str = "×") -> None:
        self.tekst.setText(tekst)
        self.setAccessibleName(tekst)
        self.knapp.setText(knapp or "")
        self.knapp.setVisible(bool(knapp))
        self.lukk.setText(lukk)
        self.lukk.setToolTip(lukk if lukk != "×" else "")
        self.setVisible(True)

    def _on_lukk_clicked(self) -> None:
        self.setVisible(False)
        self.sig_lukket.emit()
