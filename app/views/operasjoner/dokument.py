"""Working copies of documents: open the newest version in its program, watch it, offer to check it in.

An edit is never lost (DESIGN §7): a saved copy is announced in the reading pane's
check-in bar, and closing the window with edits not checked in asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QMessageBox

from app.services import dokumenter, visning
from app.services.data import JournalpostInfo
from app.views.hovedvindu.kontekst import Vinduskontekst
from app.widgets.arbeidskopier import Arbeidskopi, Arbeidskopier
from app.widgets.meldingslinje import Meldingslinje


class Dokumenthandlinger(QObject):
    def __init__(self, ctx: Vinduskontekst, innsjekk: Meldingslinje) -> None:
        """``innsjekk``: the bar that offers "Sjekk inn ny versjon" (in the reading pane)."""
        super().__init__(ctx)
        self.ctx = ctx
        self.innsjekk = innsjekk
        self.arbeidskopier = Arbeidskopier(self)
        self._aktuell: Arbeidskopi | None = None
        self.arbeidskopier.sig_endret.connect(self._on_arbeidskopi_endret)
        innsjekk.sig_handling.connect(lambda: ctx.trygt(self._on_sjekk_inn_clicked))
        innsjekk.sig_lukket.connect(self._vis_neste)

    def rediger(self, jp: JournalpostInfo | None, dokument_id: int) -> None:
        """Write the newest production version to a working copy and open it in its program."""
        ctx = self.ctx
        if jp is None:
            return
        egne = [d for d in jp.dokumenter if d.id == dokument_id]
        siste = max([d for d in egne if d.variant == "produksjonsformat"] or egne, key=lambda d: d.versjon)
        _navn, data = ctx.hent(visning.hent_innhold, siste.objekt_id)
        try:
            kopi = self.arbeidskopier.lag(
                jpnr=jp.journalpostnummer, dokument_id=dokument_id, filnavn=siste.filnavn, data=data
            )
        except OSError as e:
            ctx.vis_feil(self.tr("Arbeidskopien kunne ikke skrives: %1").replace("%1", str(e)))
            return
        if not ctx.aapne_url(QUrl.fromLocalFile(str(kopi.sti))):
            ctx.vis_feil(self.tr("Fant ikke et program som kan åpne %1").replace("%1", str(kopi.sti)))
            return
        ctx.melding(
            self.tr(
                "%1 er åpnet for redigering. Lagre i programmet, så tilbyr Saksbord å sjekke inn."
            ).replace("%1", kopi.filnavn),
            15000,
        )

    def sjekk(self) -> None:
        """Look at every working copy now (the window is active again: the editor may have saved)."""
        self.arbeidskopier.sjekk()

    def _on_arbeidskopi_endret(self, kopi: Arbeidskopi) -> None:
        self._aktuell = kopi
        self.innsjekk.vis(
            self.tr("«%1» (%2) er endret i arbeidskopien.")
            .replace("%1", kopi.filnavn)
            .replace("%2", kopi.jpnr),
            knapp=self.tr("Sjekk inn ny versjon"),
            lukk=self.tr("Ikke nå"),
        )

    def _vis_neste(self) -> None:
        neste = next((k for k in self.arbeidskopier.endrede() if k is not self._aktuell), None)
        if neste is None:
            self._aktuell = None
            self.innsjekk.setVisible(False)
        else:
            self._on_arbeidskopi_endret(neste)

    def _on_sjekk_inn_clicked(self) -> None:
        kopi = self._aktuell
        if kopi is not None and self._sjekk_inn(kopi):
            self._aktuell = None
            self._vis_neste()

    def _sjekk_inn(self, kopi: Arbeidskopi) -> bool:
        ctx = self.ctx
        data = kopi.les()
        if data is None:
            ctx.vis_feil(
                self.tr("Arbeidskopien %1 kan ikke leses nå. Lukk den i programmet og prøv igjen.").replace(
                    "%1", str(kopi.sti)
                )
            )
            return False
        res = ctx.utfor(
            "journalpost",
            dokumenter.sjekk_inn,
            kopi.jpnr,
            dokument_id=kopi.dokument_id,
            filnavn=kopi.filnavn,
            data=data,
            etter=lambda _r: self.arbeidskopier.sjekket_inn(kopi, data),
        )
        return bool(res)

    def kan_lukke(self) -> bool:
        """Un-checked-in edits: check them in, leave them, or stay open. True lets the window close."""
        ctx = self.ctx
        endrede = self.arbeidskopier.endrede()
        if not endrede:
            return True
        boks = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Endringer som ikke er sjekket inn"),
            self.tr("Disse dokumentene er endret, men ikke sjekket inn:")
            + "\n"
            + "\n".join(f"– {k.filnavn} ({k.jpnr})" for k in endrede)
            + "\n\n"
            + self.tr("Sjekke dem inn som nye versjoner nå?"),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            ctx.forelder,
        )
        boks.setObjectName("ikke_sjekket_inn")
        if ctx.kjor_dialog(boks):
            return all(self._sjekk_inn(k) for k in endrede)
        return boks.clickedButton() is not boks.button(QMessageBox.StandardButton.Cancel)
