"""The status bar: database, sync state, who is logged in, whose desk, and the approval reminder.

Texts keep the window's translation context ("Hovedvindu").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar


class Statuslinje:
    """The labels the window keeps in its QStatusBar; the window sets what they say."""

    def __init__(self, sb: QStatusBar) -> None:
        self.db = QLabel()
        self.db.setObjectName("statusdb")
        self.synk = QLabel()
        self.synk.setObjectName("statussynk")
        self.bruker = QLabel()
        self.bruker.setObjectName("statusbruker")
        self.paavegne = QLabel()
        self.paavegne.setObjectName("paavegne")
        self.paaminnelse = QLabel()
        self.paaminnelse.setObjectName("statuspaaminnelse")
        self.paaminnelse.setVisible(False)
        sb.addWidget(self.paaminnelse)
        self.venter = QLabel()
        self.venter.setObjectName("statusventer")
        self.venter.setVisible(False)
        sb.addPermanentWidget(self.venter)
        for w in (self.db, self.synk, self.bruker, self.paavegne):
            w.setContentsMargins(8, 0, 8, 0)
            sb.addPermanentWidget(w)

    def vis_venter(self, antall: int) -> None:
        """Writes sent and not yet confirmed by the server: shown until the answer comes."""
        self.venter.setVisible(antall > 0)
        self.venter.setText(
            QCoreApplication.translate("Hovedvindu", "Sender 1 endring …")
            if antall == 1
            else QCoreApplication.translate("Hovedvindu", "Sender %1 endringer …").replace("%1", str(antall))
        )

    def retranslate_ui(self) -> None:
        if not self.synk.text():
            self.synk.setText(QCoreApplication.translate("Hovedvindu", "Lokal database"))

    def vis_bruker(self, *, db: str, navn: str, initialer: str, paa_vegne: str | None) -> None:
        self.db.setText(db)
        self.bruker.setText(
            QCoreApplication.translate("Hovedvindu", "Innlogget: %1").replace("%1", f"{navn} ({initialer})")
        )
        self.paavegne.setText(
            QCoreApplication.translate("Hovedvindu", "På vegne av %1").replace("%1", paa_vegne)
            if paa_vegne
            else ""
        )
        self.paavegne.setVisible(bool(paa_vegne))

    def vis_paaminnelse(self, antall: int, dager: int) -> str:
        """Show how many approvals have waited longer than ``dager``; returns the text ("" for none)."""
        if antall == 1:
            tekst = QCoreApplication.translate("Hovedvindu", "1 godkjenning har ventet mer enn %1 dager")
        elif antall:
            tekst = QCoreApplication.translate("Hovedvindu", "%2 godkjenninger har ventet mer enn %1 dager")
        else:
            tekst = ""
        tekst = tekst.replace("%1", str(dager)).replace("%2", str(antall))
        self.paaminnelse.setText(tekst)
        self.paaminnelse.setVisible(bool(antall))
        return tekst
