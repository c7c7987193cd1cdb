"""Ekspeder from the window: check before the dialog, fix in place, send in the background.

What the dialog cannot fix (wrong status, waiting for approval, an N or X with an external
mottaker) is refused before it opens, with the same message the button's tooltip shows.
In the dialog the warning follows the user's corrections (``sjekk_ekspedering``). On
Ekspeder, ``start_ekspedering`` checks and writes the forsendelse rows (a refusal brings the
dialog back with the user's entries); the sending itself (SMTP, SvarUt) runs off the UI
thread (app/widgets/arbeider.py). Afterwards: each .eml draft is opened in the user's mail
program, the paper letters are offered for printing (Qt's print dialog) or are where they
were saved, and a partly sent post says who is left; Ekspeder again sends only to them.
Letters sent through SvarUt are followed up by a timer that polls their status into Historikk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_documents_dir
from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from app.services import handlinger, innstillinger, visning
from app.services.ekspedering import forsendelse, sjekk_ekspedering, svarut, utsending
from app.services.ekspedering.utsending import Grunnlag, Utsendingsrapport, Utsendingsvalg
from app.views.dialoger import partoppslag
from app.views.dialoger.ekspeder import EkspederDialog
from app.widgets.arbeider import Arbeider

if TYPE_CHECKING:  # the window's package imports this module
    from app.views.hovedvindu.kontekst import Vinduskontekst


#: How often the window asks SvarUt about letters on their way (10 minutes).
SVARUT_INTERVALL_MS = 10 * 60 * 1000


def standard_mappe() -> Path:
    """Where paper letters and e-mail drafts are kept: Documents/Saksbord/Ekspedert."""
    return Path(user_documents_dir()) / "Saksbord" / "Ekspedert"


def skriv_ut_pdf(pdf: Path, skriver: QPrinter) -> int:
    """Print every page of ``pdf`` on ``skriver``; returns the pages printed."""
    dok = QPdfDocument()
    dok.load(str(pdf))
    sider = dok.pageCount()
    maler = QPainter()
    if not maler.begin(skriver):
        return 0
    try:
        for nr in range(sider):
            if nr:
                skriver.newPage()
            flate = skriver.pageLayout().paintRectPixels(skriver.resolution())
            bilde = dok.render(nr, flate.size())
            maler.drawImage(0, 0, bilde)
    finally:
        maler.end()
        dok.close()
    return sider


class Ekspederingshandling(QObject):
    """The Ekspeder action; ``mappe`` and ``skriv_ut`` are the seams a test replaces."""

    def __init__(self, ctx: Vinduskontekst) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.mappe: Path = standard_mappe()
        """Where paper letters and .eml drafts are written."""
        self.skriv_ut: Callable[[Path], bool] = self._skriv_ut_med_dialog
        """Print one paper letter; True when it went to a printer."""
        self._arbeider = Arbeider(self)
        self._arbeider.sig_result.connect(lambda r: ctx.trygt(lambda: self._on_sendt(r)))
        self._arbeider.sig_error.connect(self._on_feilet)
        self._jp_id: int | None = None
        self.siste: Utsendingsrapport | None = None
        """The last sending's report (the window test reads it)."""
        self._status = Arbeider(self)
        self._status.sig_result.connect(self._on_svarut_status)
        self._status.sig_error.connect(
            lambda e: ctx.melding(self.tr("SvarUt-status: %1").replace("%1", str(e)))
        )
        self.svarut_timer = QTimer(self)
        """Asks SvarUt now and then how the letters sent through it are doing (into Historikk)."""
        self.svarut_timer.setInterval(SVARUT_INTERVALL_MS)
        self.svarut_timer.timeout.connect(self.oppdater_svarut)
        self.svarut_timer.start()

    def handlinger(self) -> dict[str, Callable[[], object]]:
        return {"ekspeder": self.ekspeder}

    @property
    def sender(self) -> bool:
        """A sending is running right now."""
        return self._arbeider.opptatt

    def oppdater_svarut(self) -> None:
        """Poll SvarUt in the background for every letter not yet LEST/PRINTET/…; quiet when it is not set up."""
        ctx = self.ctx
        if self._status.opptatt or not ctx.hent(innstillinger.les).svarut_url:
            return
        tjeneste = ctx.tjeneste
        self._status.start(lambda progress, avbrutt: svarut.oppdater_alle(tjeneste))

    def _on_svarut_status(self, linjer: list[str]) -> None:
        if linjer:
            self.ctx.melding(self.tr("SvarUt: %1").replace("%1", "; ".join(linjer)))
            self.ctx.varsle("journalpost")

    def ekspeder(self) -> None:
        ctx = self.ctx
        if self.sender:
            ctx.vis_feil(self.tr("En ekspedering sendes allerede; vent til den er ferdig."))
            return
        jp_id = ctx.jp_id()
        grunn = ctx.hent(handlinger.mulige_handlinger, journalpost_id=jp_id).get("ekspeder")
        if not grunn and self._tilby_papir(jp_id):
            return
        if grunn:
            ctx.vis_feil(grunn)  # what the dialog could not fix: refused before it opens
            return
        jp = ctx.hent(visning.vis_journalpost, jp_id)
        kan_endre = (
            ctx.hent(handlinger.mulige_handlinger, journalpost_id=jp_id).get("endre_journalpost") is None
        )
        status = ctx.hent(forsendelse.status, jp_id)
        sendt = {f.part_id for f in status.forsendelser if f.status == "sendt"}
        grunnlag: list[Grunnlag] = []

        def forhandsviser(part_id: int, kanal: str, valg: Utsendingsvalg):
            if not grunnlag:
                from app.widgets.pdfskriver import tegn_pdf

                grunnlag.append(ctx.hent(utsending.grunnlag, jp_id, tegner=tegn_pdf))
            return ctx.hent(
                utsending.forhandsvis, jp_id, part_id=part_id, kanal=kanal, valg=valg, grunnlag_=grunnlag[0]
            )

        d = EkspederDialog(
            jp,
            ctx.hent(sjekk_ekspedering, jp_id),
            kan_endre=kan_endre,
            kan_rette_adresse=jp.status == "F",
            svarut=bool(ctx.hent(innstillinger.les).svarut_url),
            sendt=sendt,
            sjekker=lambda kanaler, adresser: ctx.hent(
                sjekk_ekspedering, jp_id, kanaler=kanaler, adresser=adresser
            ),
            forhandsviser=forhandsviser,
            parent=ctx.forelder,
        )
        partoppslag.koble_til_ekspedering(d, ctx.tjeneste)  # fill missing addresses from the party register
        while ctx.kjor_dialog(d):
            kanaler, adresser = d.kanaler(), d.rettede_adresser()
            if ctx.utfor(
                "journalpost", forsendelse.start_ekspedering, jp_id, kanaler=kanaler, adresser=adresser
            ):
                self._send(jp_id, d.valg())
                return
            d.vis_mangler(ctx.hent(sjekk_ekspedering, jp_id, kanaler=kanaler, adresser=adresser))

    def _tilby_papir(self, jp_id: int) -> bool:
        """SvarUt reported a letter undelivered (AVVIST, IKKE_LEVERT): offer it again as a paper letter.

        Only on a post that is E (True: the question was asked); on a post still partly unsent the
        ordinary dialog goes on, and start_ekspedering puts such a mottaker on paper with the rest.
        """
        ctx = self.ctx
        mislykte = ctx.hent(forsendelse.mislykte, jp_id)
        if not mislykte:
            return False
        if ctx.hent(forsendelse.status, jp_id).status != "E":
            return False  # the ordinary dialog: start_ekspedering sends these on paper with the rest
        linjer = "\n".join(
            self.tr("%1: %2 (sendt med SvarUt)")
            .replace("%1", f.mottaker)
            .replace("%2", f.ekstern_status or "")
            for f in mislykte
        )
        sporsmal = self.tr(
            "Disse brevene ble ikke levert med SvarUt:\n\n%1\n\nSende dem på nytt som papirbrev?"
        )
        if not ctx.sporsmal(self.tr("Ikke levert"), sporsmal.replace("%1", linjer)):
            return True
        for f in mislykte:
            if not ctx.utfor("journalpost", forsendelse.send_paa_nytt, f.uuid, kanal="papir"):
                return True
        self._send(jp_id, Utsendingsvalg())
        return True

    def _send(self, jp_id: int, valg: Utsendingsvalg) -> None:
        ctx = self.ctx
        tjeneste = ctx.tjeneste
        oppsett = utsending.standard_oppsett(tjeneste, self.mappe)
        self._jp_id = jp_id
        ctx.melding(self.tr("Sender …"), 0)

        def jobb(progress, avbrutt):
            from app.widgets.pdfskriver import tegn_pdf

            return utsending.send_ekspedering(
                tjeneste, jp_id, oppsett=oppsett, valg=valg, start=False, tegner=tegn_pdf,
                progress=progress, cancelled=avbrutt,
            )  # fmt: skip

        self._arbeider.start(jobb)

    def _on_feilet(self, e: object) -> None:
        self.ctx.varsle("journalpost")
        self.ctx.vis_feil(e if isinstance(e, BaseException) else str(e))

    def _on_sendt(self, rapport: Utsendingsrapport) -> None:
        ctx = self.ctx
        self.siste = rapport
        if rapport.ekspedert and self._jp_id is not None:
            ctx.sig_laast.emit(self._jp_id)  # its documents get arkivformat
        ctx.varsle("journalpost")
        for eml in rapport.eml:
            if not ctx.aapne_url(QUrl.fromLocalFile(str(eml))):
                ctx.vis_feil(self.tr("Fant ikke et e-postprogram som kan åpne %1").replace("%1", str(eml)))
        linjer = [("✓ " if r.ok else "✗ ") + f"{r.mottaker}: {r.melding}" for r in rapport.resultater]
        if rapport.ekspedert:
            ctx.melding(self.tr("Journalpost %1 er ekspedert").replace("%1", rapport.journalpostnummer))
            overskrift = self.tr("Journalpost %1 er ekspedert.").replace("%1", rapport.journalpostnummer)
        else:
            overskrift = (
                self.tr(
                    "Journalpost %1 er delvis sendt. Gjenstår: %2. Velg Ekspeder igjen for å sende resten."
                )
                .replace("%1", rapport.journalpostnummer)
                .replace("%2", ", ".join(rapport.gjenstaar))
            )
        tekst = overskrift + "\n\n" + "\n".join(linjer)
        if rapport.papir:
            tekst += "\n\n" + self.tr("Papirbrevene er lagret i %1. Skrive dem ut nå?").replace(
                "%1", str(rapport.papir[0].parent)
            )
            if ctx.sporsmal(self.tr("Ekspedert"), tekst):
                for sti in rapport.papir:
                    self.skriv_ut(sti)
        elif rapport.ekspedert:
            ctx.melding(overskrift)
        else:
            ctx.vis_feil(tekst)

    def _skriv_ut_med_dialog(self, pdf: Path) -> bool:
        skriver = QPrinter(QPrinter.PrinterMode.HighResolution)
        d = QPrintDialog(skriver, self.ctx.forelder)
        d.setWindowTitle(self.tr("Skriv ut %1").replace("%1", pdf.name))
        if not self.ctx.kjor_dialog(d):
            return False
        return skriv_ut_pdf(pdf, skriver) > 0
