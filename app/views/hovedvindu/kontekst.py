"""What an action may use of the window, and the one way it calls a service.

The families of actions in app/views/operasjoner get a ``Vinduskontekst`` and
nothing else of the window: who is acting (``tjeneste``, the services'
Kontekst with the database and the sync client), what is selected, the
parent for dialogs, the ``kjor_dialog`` seam that tests replace, and
``utfor``/``hent``. Every service call an action makes goes through
``utfor`` (writes) or ``hent`` (reads), so how a call travels (inline today;
through one background writer with the action shown as pending later) is
decided here, in one place.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.domain.feil import SaksbordFeil
from app.services import brukere, visning
from app.services.arbeid import Kontekst
from app.services.data import BrukerInfo, KurvRad, OppgaveInfo, Resultat
from app.widgets.arbeider import Arbeider
from app.widgets.hendelser import hendelser
from app.widgets.skriver import Skriver

log = logging.getLogger(__name__)

T = TypeVar("T")

DialogKjorer = Callable[[QDialog], bool]
"""Runs a dialog and says whether it was accepted (Ja/OK)."""


def kjor_modal(d: QDialog) -> bool:
    """The real ``kjor_dialog``: exec() the dialog; Yes or OK on a message box counts as accepted."""
    svar = d.exec()
    # Dialogs are children of the window: without this each card opened stays in memory (several MB
    # with its user lists) until the window closes. The caller reads its values (and may run the same
    # dialog again) before control returns to this event loop level, which is when Qt deletes it.
    d.deleteLater()
    if isinstance(d, QMessageBox):
        return svar in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    return svar == QDialog.DialogCode.Accepted


class Vinduskontekst(QObject):
    """The acting user, the selection, dialogs and the service seam, shared by the window and its actions."""

    sig_laast = Signal(int)
    """A write may have locked this journalpost (ferdigstilt, ekspedert, approved): arkivformat is due."""

    def __init__(
        self,
        tjeneste: Kontekst,
        forelder: QWidget,
        *,
        valgte: Callable[[], list[KurvRad]],
        statusmelding: Callable[[str, int], None],
    ) -> None:
        super().__init__(forelder)
        self.tjeneste = tjeneste
        """The services' context: database, acting user, whose desk, sync client. Replaced on a user switch."""
        self.forelder = forelder
        """Parent of every dialog and message box an action opens."""
        self.kjor_dialog: DialogKjorer = kjor_modal
        self.aapne_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        """Opens a working copy in its program; tests replace it."""
        self.valg: KurvRad | None = None
        """The current row of the list (the one the reading pane shows)."""
        self.mulige: dict[str, str | None] = {}
        """services.handlinger.mulige_handlinger for the selection: action → None or the refusal."""
        self.oppgave: OppgaveInfo | None = None
        """The selected task as the reading lane read it with ``mulige`` (None until it lands)."""
        self.meg: dict = {}
        """brukere.hvem_er_jeg for the acting user."""
        self._valgte = valgte
        self._statusmelding = statusmelding
        self.skriver = Skriver(self, bakgrunn=tjeneste.synk is not None)
        """The one writer every write goes through: its own thread on a replica, inline otherwise."""
        if tjeneste.synk is not None:
            tjeneste.synk.merk_ui_traad()
        self._brukere: list[BrukerInfo] | None = None
        self._lesepool = QThreadPool(self)  # its own: waited for when the window closes (``vent``)
        self._lesepool.setMaxThreadCount(1)
        self._brukerleser = Arbeider(self, pool=self._lesepool, lesing=True)
        self._brukerleser.sig_result.connect(self._on_brukere_lest)
        self._brukerleser.sig_error.connect(lambda e: log.info("Brukerlisten ble ikke lest: %s", e))
        self.les_brukere()
        self.vis_rad: Callable[[str, int], None] | None = None
        """Open a kurv with a row selected (the window sets it): where a new item lands."""

    # --- who and what -----------------------------------------------------------------

    @property
    def initialer(self) -> str:
        return self.tjeneste.initialer

    def brukerliste(self) -> list[BrukerInfo]:
        """Every user (for the pickers): read off the UI thread when the window opens and again after a
        change that may concern users (``les_brukere``); here only when asked before the first read landed."""
        if self._brukere is None:
            self._brukerleser.avbryt()
            self._brukere = brukere.liste_brukere(self.tjeneste.db)
        return self._brukere

    def les_brukere(self) -> None:
        """Read the user list off the UI thread; until it lands the pickers keep the list they had."""
        db = self.tjeneste.db
        self._brukerleser.start(lambda progress, avbrutt: brukere.liste_brukere(db))

    @property
    def leser_brukere(self) -> bool:
        """The user list is being read."""
        return self._brukerleser.opptatt

    def _on_brukere_lest(self, liste: list[BrukerInfo]) -> None:
        self._brukere = liste

    def vent(self, ms: int = 30000) -> None:
        """Wait for the user list's read (closing the window: no thread outlives the database)."""
        self._brukerleser.avbryt()
        self._lesepool.waitForDone(ms)

    def vis_i_kurv(self, kurv: str, id_: int | None) -> None:
        if self.vis_rad is not None and id_ is not None:
            self.vis_rad(kurv, id_)

    def min_enhet(self) -> str | None:
        """The unit code of the open desk (the owner's, when acting as stedfortreder)."""
        eier = (self.tjeneste.som or self.initialer).upper()
        return next((b.enhet for b in self.brukerliste() if b.initialer == eier), None)

    def andre_brukere(self) -> list[BrukerInfo]:
        """Every user but the one at the keyboard (whom a task may go to)."""
        meg = self.initialer.upper()
        return [b for b in self.brukerliste() if b.initialer != meg]

    def valgte(self) -> list[KurvRad]:
        """Every selected row of the list (several for Avskriv and Besvar)."""
        return self._valgte()

    @property
    def rad(self) -> KurvRad:
        """The current row, for an action that needs one (the window enables those only with a row)."""
        if self.valg is None:
            raise RuntimeError("Ingen rad er valgt")  # a bug: the action should have been disabled
        return self.valg

    def jpnr(self, rad: KurvRad | None = None) -> str:
        """The journalpostnummer of ``rad`` (default: the current row), for an action on journalposter."""
        rad = rad or self.rad
        if rad.journalpostnummer is None:
            raise RuntimeError("Raden er ingen journalpost")  # a bug, as above
        return rad.journalpostnummer

    def jp_id(self) -> int:
        jp_id = self.rad.journalpost_id
        if jp_id is None:
            raise RuntimeError("Raden er ingen journalpost")  # a bug, as above
        return jp_id

    def jp_rader(self) -> list[KurvRad]:
        """The selected journalposter, or the current row alone."""
        return [r for r in self.valgte() if r.journalpost_id and r.art == "journalpost"] or [self.rad]

    def saksnr(self) -> str:
        rad = self.rad
        if rad.saksnummer:
            return rad.saksnummer
        if rad.sak_id is None:
            raise RuntimeError("Raden hører ikke til noen sak")  # a bug, as above
        return self.hent(visning.vis_sak, rad.sak_id).saksnummer

    # --- calling services -------------------------------------------------------------

    def hent(self, tjeneste: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """A read for the acting user; a refusal propagates to the action (``trygt`` shows it)."""
        return tjeneste(self.tjeneste, *args, **kwargs)

    def utfor(
        self,
        endrer: str,
        tjeneste: Callable[..., Any],
        /,
        *args: Any,
        etter: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Run one write service for the acting user; show its refusal, or announce the change.

        ``endrer`` is the kind of data that changed ("journalpost", "sak", "oppgave", "alt"), sent
        with ``sig_data_changed``. The arguments are bound here, on the UI thread. On the embedded
        database it runs at once and returns the service's result (True when it returned nothing),
        or None when it was refused, after the refusal has been shown. On a replica it runs on the
        writer thread: this returns True at once, the status bar shows the write as pending, and
        the result (then ``etter(result)``) or the refusal arrives when the server has answered.
        """
        kall = functools.partial(tjeneste, self.tjeneste, *args, **kwargs)
        svar: list[Any] = []

        def ferdig(res: Any) -> None:
            svar.append(self._vis_resultat(endrer, res))
            if etter is not None:
                etter(res)

        self.skriver.kjor(kall, ferdig=ferdig, feil=self.vis_feil)
        if self.skriver.bakgrunn:
            return True
        return svar[0] if svar else None

    def _vis_resultat(self, endrer: str, res: Any) -> Any:
        if isinstance(res, Resultat):
            self.melding(res.melding)
            if res.advarsler:
                boks = QMessageBox(
                    QMessageBox.Icon.Information,
                    self.tr("Merk"),
                    res.melding + "\n\n" + "\n".join(f"– {a}" for a in res.advarsler),
                    QMessageBox.StandardButton.Ok,
                    self.forelder,
                )
                boks.setObjectName("advarsler")
                self.kjor_dialog(boks)
        self.varsle(endrer)
        return res if res is not None else True

    def varsle(self, endrer: str) -> None:
        """Tell every view that data of this kind changed."""
        hendelser().sig_data_changed.emit(endrer)

    def trygt(self, f: Callable[[], object]) -> None:
        """An action slot: a refusal or a bug is shown, never swallowed."""
        try:
            f()
        except Exception as e:
            self.vis_feil(e)

    # --- talking to the user ----------------------------------------------------------

    def vis_feil(self, e: BaseException | str) -> None:
        """Show a refusal in a message box with the service's Norwegian message; nothing is lost."""
        if not isinstance(e, SaksbordFeil | str):  # a bug: the crash dialog, the log and the report
            from app.views.dialoger.krasj import vis_krasj

            vis_krasj(e, parent=self.forelder, kjor=self.kjor_dialog)
            return
        tekst = str(e)
        boks = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Saksbord"), tekst, QMessageBox.StandardButton.Ok, self.forelder
        )
        boks.setObjectName("feilmelding")
        self.kjor_dialog(boks)

    def sporsmal(self, tittel: str, tekst: str) -> bool:
        """A Ja/Nei question; True on Ja."""
        boks = QMessageBox(
            QMessageBox.Icon.Question,
            tittel,
            tekst,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.forelder,
        )
        boks.setObjectName("sporsmal")
        return self.kjor_dialog(boks)

    def melding(self, tekst: str, ms: int = 10000) -> None:
        """A passing message in the status bar."""
        self._statusmelding(tekst, ms)
