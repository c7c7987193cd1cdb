"""Documents from the window: working copies (edit, watch, check in) and arkivformat in the background.

An edit is never lost (DESIGN §7): a saved copy is announced in the reading pane's
check-in bar, and closing the window with edits not checked in asks first.

When a journalpost is ferdigstilt or ekspedert (also by an approval), the action says
so on ``ctx.sig_laast`` and ``arkiver`` makes its documents' arkivformat off the UI
thread (app/widgets/arbeider.py); progress and failures go to the status bar, a
failure also stays on the document in the reading pane with "Prøv igjen", and the
pane is refreshed when it lands.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QMessageBox

from app.services import arkivformat, dokumenter, visning
from app.services.data import JournalpostInfo
from app.views.hovedvindu.kontekst import Vinduskontekst
from app.views.lesefelt.panel import Lesefelt
from app.widgets.arbeider import Arbeider
from app.widgets.arbeidskopier import Arbeidskopi, Arbeidskopier


class Dokumenthandlinger(QObject):
    def __init__(self, ctx: Vinduskontekst, lesefelt: Lesefelt) -> None:
        """``lesefelt``: the reading pane, with the bar that offers "Sjekk inn ny versjon"."""
        super().__init__(ctx)
        self.ctx = ctx
        self.innsjekk = innsjekk = lesefelt.innsjekk
        self.arbeidskopier = Arbeidskopier(self)
        self._aktuell: Arbeidskopi | None = None
        self._arkivering: dict[int, Arbeider] = {}
        """One background lane per journalpost being archived (a second start would cancel the first)."""
        self.arbeidskopier.sig_endret.connect(self._on_arbeidskopi_endret)
        innsjekk.sig_handling.connect(lambda: ctx.trygt(self._on_sjekk_inn_clicked))
        innsjekk.sig_lukket.connect(self._vis_neste)
        ctx.sig_laast.connect(lambda jp_id: ctx.trygt(lambda: self.arkiver(jp_id)))
        lesefelt.sig_arkiver_igjen.connect(lambda jp_id: ctx.trygt(lambda: self.arkiver(jp_id, igjen=True)))

    # --- arkivformat ----------------------------------------------------------------------

    def arkiver(self, jp_id: int, *, igjen: bool = False) -> None:
        """Start ``lag_arkivformat`` for the journalpost when it is locked and a document lacks one.

        ``igjen``: the user's "Prøv igjen" on a failed document (the service's retry is a new run).
        """
        ctx = self.ctx
        if jp_id in self._arkivering:
            return
        tjeneste = ctx.tjeneste
        arbeider = Arbeider(self)
        self._arkivering[jp_id] = arbeider
        jpnr = ""

        def jobb(progress, avbrutt):
            # What is due is read here too, off the UI thread (an approval on a replica lands here).
            from app.widgets.pdfskriver import tegn_pdf

            nonlocal jpnr
            rader = dokumenter.liste(tjeneste, jp_id)
            if not [r for r in rader if r.arkivstatus == "venter" or (igjen and r.arkivstatus == "feilet")]:
                return None
            jpnr = visning.vis_journalpost(tjeneste, jp_id).journalpostnummer
            progress(0)
            return arkivformat.lag_arkivformat(
                tjeneste, jp_id, tegner=tegn_pdf, progress=progress, cancelled=avbrutt
            )

        def framdrift(p: int) -> None:
            ctx.melding(
                self.tr("Lager arkivformat for %1 … %2 %").replace("%1", jpnr).replace("%2", str(p)), 0
            )

        def ferdig(rapport: arkivformat.Arkivrapport | None) -> None:
            self._arkivering.pop(jp_id, None)
            arbeider.deleteLater()
            if rapport is None:
                return  # nothing was due
            if rapport.feilet:
                grunner = "; ".join(g.splitlines()[0] for g in rapport.feilet.values() if g)
                ctx.melding(
                    self.tr("Arkivformat feilet for %n dokument(er) i %1: %2", "", len(rapport.feilet))
                    .replace("%1", jpnr)
                    .replace("%2", grunner),
                    30000,
                )
            else:
                ctx.melding(self.tr("Arkivformat er laget for %1").replace("%1", jpnr), 10000)
            ctx.varsle("journalpost")

        def feil(e: object) -> None:
            self._arkivering.pop(jp_id, None)
            arbeider.deleteLater()
            ctx.melding(
                self.tr("Arkivformat for %1 feilet: %2").replace("%1", jpnr).replace("%2", str(e)), 30000
            )
            ctx.varsle("journalpost")

        arbeider.sig_progress.connect(framdrift)
        arbeider.sig_result.connect(ferdig)
        arbeider.sig_error.connect(feil)
        arbeider.start(jobb)

    @property
    def arkiverer(self) -> bool:
        """Some arkivformat is being made right now."""
        return bool(self._arkivering)

    # --- working copies -------------------------------------------------------------------

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
        """Un-checked-in edits: check them in, leave them, or stay open. True lets the window close.

        When it closes, arkivformat still being made stops after the current document.
        """
        if not self._ingen_tapte_endringer():
            return False
        self.avbryt_arkivering()
        return True

    def _ingen_tapte_endringer(self) -> bool:
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

    def avbryt_arkivering(self) -> None:
        """The window closes: stop after the document being converted (the rest is made next time)."""
        for arbeider in self._arkivering.values():
            arbeider.avbryt()
        self._arkivering.clear()
