"""The program's own menu entries: Fil → Innstillinger / Administrasjon, Hjelp → logg, report, updates.

Kept apart from the case-work actions (app/views/handlinger.py) because none of them works on
the registry's rows: they change how this desk behaves, show the log, write a report, or ask the
configured address for a newer version. ``koble_til(vindu)`` places them and starts the update
check when the user has turned it on; the window needs no other line for them.

The update check runs on the thread pool (a slow address never holds a click); when a newer
version exists, a button in the status bar says so, and only its dialog's "Åpne nedlastingssiden"
opens anything (the browser, on the page the address named). Nothing is downloaded.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.domain.feil import SaksbordFeil
from app.services import innstillinger, maler, mine_innstillinger, oppdatering
from app.views import sprak
from app.views.dialoger import krasj
from app.views.dialoger.administrasjon import AdministrasjonDialog, har_rolle
from app.views.dialoger.innstillinger import InnstillingerDialog
from app.widgets.arbeider import Arbeider

if TYPE_CHECKING:
    from app.views.hovedvindu.vindu import Hovedvindu

log = logging.getLogger(__name__)


class Systemmeny(QObject):
    """Owns the entries and the update check; follows the window's language like its menus do."""

    def __init__(self, vindu: Hovedvindu) -> None:
        super().__init__(vindu)
        self.vindu = vindu
        fil, hjelp = vindu.menyer.fil, vindu.menyer.hjelp
        self.innstillinger = QAction(vindu)
        self.innstillinger.setObjectName("innstillinger")
        self.administrasjon = QAction(vindu)
        self.administrasjon.setObjectName("administrasjon")
        fil.insertAction(vindu.menyer.avslutt, self.innstillinger)
        fil.insertAction(vindu.menyer.avslutt, self.administrasjon)
        fil.insertSeparator(vindu.menyer.avslutt)
        hjelp.addSeparator()
        self.vis_logg = hjelp.addAction("")
        self.feilrapport = hjelp.addAction("")
        self.se_etter = hjelp.addAction("")
        hjelp.addSeparator()
        self.om = hjelp.addAction("")
        self.innstillinger.triggered.connect(lambda: self._trygt(self.aapne_innstillinger))
        self.administrasjon.triggered.connect(lambda: self._trygt(self.aapne_administrasjon))
        self.vis_logg.triggered.connect(
            lambda: self._trygt(lambda: vindu.kjor_dialog(krasj.LoggDialog(vindu)))
        )
        self.feilrapport.triggered.connect(
            lambda: self._trygt(lambda: krasj.lag_feilrapport(vindu, kjor=vindu.kjor_dialog))
        )
        self.se_etter.triggered.connect(lambda: self._trygt(lambda: self.se_etter_oppdatering(stille=False)))
        self.om.triggered.connect(lambda: self._trygt(self._om))
        fil.aboutToShow.connect(self.oppdater_synlighet)
        self.oppdateringsknapp = QPushButton()
        self.oppdateringsknapp.setObjectName("oppdateringsknapp")
        self.oppdateringsknapp.setFlat(True)
        self.oppdateringsknapp.setVisible(False)
        self.oppdateringsknapp.clicked.connect(lambda: self._trygt(self.vis_oppdatering))
        vindu.statusBar().addPermanentWidget(self.oppdateringsknapp)
        self.funnet: oppdatering.Oppdatering | None = None
        self._arbeider = Arbeider(self)
        self._arbeider.sig_result.connect(self._on_oppdatering_svar)
        self._arbeider.sig_error.connect(self._on_oppdatering_feil)
        self._stille = True
        vindu.installEventFilter(self)
        self.retranslate_ui()
        self.oppdater_synlighet()

    def _trygt(self, f) -> None:  # noqa: ANN001
        self.vindu.kontekst.trygt(f)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self.vindu and e.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.innstillinger.setText(self.tr("Innstillinger…"))
        self.administrasjon.setText(self.tr("Administrasjon…"))
        self.vis_logg.setText(self.tr("Vis logg"))
        self.feilrapport.setText(self.tr("Lag feilrapport…"))
        self.se_etter.setText(self.tr("Se etter oppdateringer"))
        self.om.setText(self.tr("Om Saksbord"))
        if self.funnet is not None:
            self.oppdateringsknapp.setText(self.tr("Ny versjon %1 finnes").replace("%1", self.funnet.nyeste))

    def oppdater_synlighet(self) -> None:
        """Administrasjon only for the roles that may change the rules (the service checks again)."""
        self.administrasjon.setVisible(har_rolle(self.vindu.kontekst.meg.get("roller", [])))

    # --- Innstillinger and Administrasjon ----------------------------------------------

    def aapne_innstillinger(self) -> InnstillingerDialog | None:
        d = InnstillingerDialog(self.vindu.kontekst.meg.get("roller", []), self.vindu)
        if not self.vindu.kjor_dialog(d) or d.resultat is None:
            return None
        ny, gammel = d.resultat, d.gammel
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if ny.sprak != gammel.sprak:
                sprak.bytt_sprak(app, ny.sprak or None)
            if ny.skriftstorrelse != gammel.skriftstorrelse:
                sprak.sett_skrift(app, ny.skriftstorrelse)
        if d.profil_endret:
            boks = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Innstillinger"),
                self.tr("Den nye databasen brukes neste gang du starter Saksbord."),
                QMessageBox.StandardButton.Ok,
                self.vindu,
            )
            boks.setObjectName("omstart")
            self.vindu.kjor_dialog(boks)
        return d

    def aapne_administrasjon(self) -> None:
        ctx = self.vindu.ctx
        d = AdministrasjonDialog(innstillinger.vis(ctx), self.vindu, maler=maler.liste(ctx, alle=True))
        if not self.vindu.kjor_dialog(d):
            return
        for navn, verdi in d.endringer():
            if self.vindu.kontekst.utfor("alt", innstillinger.sett_innstilling, navn, verdi) is None:
                return  # refused: the service's message has been shown; the rest are not sent

    # --- version and updates ----------------------------------------------------------

    def _om(self) -> None:
        boks = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Om Saksbord"),
            self.tr("Saksbord %1 – arbeidsbord for saksbehandling og arkiv etter Noark 5.").replace(
                "%1", oppdatering.versjon()
            ),
            QMessageBox.StandardButton.Ok,
            self.vindu,
        )
        boks.setObjectName("om")
        self.vindu.kjor_dialog(boks)

    def start_oppdateringssjekk(self) -> bool:
        """At start: ask the configured address in the background, when the user turned it on."""
        valg = mine_innstillinger.les()
        if not (valg.se_etter_oppdateringer and valg.oppdatering_url):
            return False
        self.se_etter_oppdatering(stille=True)
        return True

    def se_etter_oppdatering(self, *, stille: bool) -> None:
        """Ask the address; ``stille`` (at start) shows only a newer version, never "no news" or an error."""
        url = mine_innstillinger.les().oppdatering_url
        if not url:
            if not stille:
                self._melding(
                    self.tr("Ingen adresse for oppdateringer er satt. Legg den inn under Fil → Innstillinger → "
                            "Oppdateringer.")
                )  # fmt: skip
            return
        self._stille = stille
        self._arbeider.start(lambda **_: oppdatering.se_etter(url))

    def _on_oppdatering_svar(self, svar: object) -> None:
        if not isinstance(svar, oppdatering.Oppdatering):
            return
        if svar.finnes:
            self.funnet = svar
            self.retranslate_ui()
            self.oppdateringsknapp.setVisible(True)
            if not self._stille:
                self.vis_oppdatering()
        elif not self._stille:
            self._melding(self.tr("Du har den nyeste versjonen (%1).").replace("%1", svar.naa))

    def _on_oppdatering_feil(self, feil: object) -> None:
        log.info("Oppdateringssjekken feilet: %s", feil)
        if not self._stille:
            self._melding(str(feil) if isinstance(feil, SaksbordFeil) else repr(feil))

    def vis_oppdatering(self) -> None:
        """What is new, and "Åpne nedlastingssiden" (the browser) only if the user asks."""
        f = self.funnet
        if f is None:
            return
        tekst = self.tr("Saksbord %1 finnes. Du har %2.").replace("%1", f.nyeste).replace("%2", f.naa)
        if f.notat:
            tekst += "\n\n" + f.notat
        boks = QMessageBox(QMessageBox.Icon.Information, self.tr("Ny versjon"), tekst, parent=self.vindu)
        boks.setObjectName("ny_versjon")
        aapne = (
            boks.addButton(self.tr("Åpne nedlastingssiden"), QMessageBox.ButtonRole.AcceptRole)
            if f.side
            else None
        )
        boks.addButton(self.tr("Ikke nå"), QMessageBox.ButtonRole.RejectRole)
        self.vindu.kjor_dialog(boks)
        if aapne is not None and boks.clickedButton() is aapne:
            self.vindu.aapne_url(QUrl(f.side))

    def _melding(self, tekst: str) -> None:
        boks = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Oppdateringer"),
            tekst,
            QMessageBox.StandardButton.Ok,
            self.vindu,
        )
        boks.setObjectName("oppdateringsmelding")
        self.vindu.kjor_dialog(boks)


def koble_til(vindu: Hovedvindu) -> Systemmeny:
    """Place the entries on ``vindu``, open the chosen start kurv, start the update check if on."""
    meny = Systemmeny(vindu)
    kurv = mine_innstillinger.les().standard_kurv
    if kurv and kurv != "ubehandlet":
        vindu.velg_kurv(kurv)
    meny.start_oppdateringssjekk()
    return meny
