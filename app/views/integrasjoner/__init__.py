"""What the window may call for the national integrations (issue 16): one hook, ``koble_inn(vindu)``.

It adds "Integrasjoner…" to the Arkiv menu (the status dialog) and, for the archive, the two
background jobs: the watched Fiks Arkiv folder (``fiks_arkiv_mappe``, looked at every minute) and
eInnsyn publication (every quarter of an hour, once an API key is in the keyring). Both run off
the UI thread through :class:`app.widgets.arbeider.Arbeider`; a refusal is logged, not shown, since
no one asked for it, and the status dialog shows every outcome.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.domain.feil import SaksbordFeil
from app.services import arkivmelding, einnsyn, innstillinger
from app.services.arbeid import Kontekst
from app.widgets.arbeider import Arbeider
from app.widgets.hendelser import hendelser

log = logging.getLogger(__name__)

MAPPE_MS = 60_000
EINNSYN_MS = 15 * 60_000


class Integrasjoner(QObject):
    def __init__(self, vindu: QMainWindow, ctx_kilde) -> None:
        super().__init__(vindu)
        self.vindu = vindu
        self._ctx = ctx_kilde
        self.handling = QAction(vindu)
        self.handling.setObjectName("integrasjoner")
        self.handling.triggered.connect(self.vis)
        self._arbeider = Arbeider(self)
        self._arbeider.sig_result.connect(self._on_ferdig)
        self._arbeider.sig_error.connect(lambda e: log.info("Integrasjon i bakgrunnen: %s", e))
        self.tidtaker_mappe = QTimer(self)
        self.tidtaker_mappe.setInterval(MAPPE_MS)
        self.tidtaker_mappe.timeout.connect(self.se_i_mappen)
        self.tidtaker_einnsyn = QTimer(self)
        self.tidtaker_einnsyn.setInterval(EINNSYN_MS)
        self.tidtaker_einnsyn.timeout.connect(self.publiser)
        vindu.installEventFilter(self)
        self.retranslate_ui()

    @property
    def ctx(self) -> Kontekst:
        return self._ctx()

    def retranslate_ui(self) -> None:
        self.handling.setText(self.tr("Integrasjoner …"))
        self.handling.setStatusTip(self.tr("Arkivmeldinger fra fagsystemer, eInnsyn og Enhetsregisteret"))

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self.vindu and e.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def start(self, *, arkiv: bool) -> None:
        """Start (archive) or stop (others) the background jobs for the user now at the desk."""
        for t in (self.tidtaker_mappe, self.tidtaker_einnsyn):
            t.start() if arkiv else t.stop()

    def vis(self) -> None:
        from app.views.integrasjoner.dialog import IntegrasjonsDialog

        kjor = getattr(self.vindu, "kjor_dialog", None)
        d = IntegrasjonsDialog(self.ctx, self.vindu)
        kjor(d) if kjor else d.exec()

    def se_i_mappen(self) -> None:
        """Receive what waits in the watched folder, when one is set."""
        ctx = self.ctx
        try:
            if not innstillinger.les(ctx).fiks_arkiv_mappe or self._arbeider.opptatt:
                return
        except SaksbordFeil:
            return
        self._arbeider.start(
            lambda progress, avbrutt: len(arkivmelding.motta_mappe(ctx, cancelled=avbrutt, min_alder_s=10))
        )

    def publiser(self) -> None:
        """Publish what is ready on eInnsyn, when a key is in the keyring."""
        ctx = self.ctx
        try:
            if einnsyn.api_noekkel(innstillinger.les(ctx).einnsyn_url) is None or self._arbeider.opptatt:
                return
        except SaksbordFeil:
            return
        self._arbeider.start(lambda progress, avbrutt: einnsyn.publiser(ctx, cancelled=avbrutt))

    def _on_ferdig(self, res: object) -> None:
        if res:
            hendelser().sig_data_changed.emit("alt")


def koble_inn(vindu) -> Integrasjoner:
    """Hook the integrations into the main window: the Arkiv menu entry and the background jobs."""
    integ = Integrasjoner(vindu, lambda: vindu.ctx)
    vindu.menyer.arkiv.addSeparator()
    vindu.menyer.arkiv.addAction(integ.handling)
    return integ
