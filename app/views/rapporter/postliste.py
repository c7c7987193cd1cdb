"""Offentlig journal: pick a period, fetch the postliste off the UI thread, read it, save it as PDF,
or write the same selection as Noark 5 offentligJournal.xml (app/services/eksport/offentlig_journal.py)."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.arbeid import Kontekst
from app.services.postliste import PostlisteRad, postliste
from app.views.dialoger.felles import dato
from app.widgets.arbeider import Arbeider


def _d(d: date | None) -> str:
    return f"{d:%d.%m.%Y}" if d else ""


class PostlisteDialog(QDialog):
    """One period, one table, one PDF. The query runs on the worker; a new query cancels the old."""

    def __init__(self, ctx: Kontekst, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postlistedialog")
        self.setMinimumSize(900, 520)
        self.ctx = ctx
        self.rader: list[PostlisteRad] = []
        self.velg_fil: Callable[[str], str] = self._velg_fil
        """Asks where to save the PDF ("" cancels); tests replace it."""
        self.velg_xml: Callable[[str], str] = self._velg_xml_fil
        """Asks where to save offentligJournal.xml ("" cancels); tests replace it."""

        idag = ctx.db.idag()
        mandag = idag - timedelta(days=idag.weekday())
        self.fra = QDateEdit(QDate(mandag.year, mandag.month, mandag.day))
        self.til = QDateEdit(QDate(idag.year, idag.month, idag.day))
        for felt, navn in ((self.fra, "fra"), (self.til, "til")):
            felt.setObjectName(navn)
            felt.setCalendarPopup(True)
            felt.setDisplayFormat("dd.MM.yyyy")
        self.fra_etikett, self.til_etikett = QLabel(), QLabel()
        self.fra_etikett.setBuddy(self.fra)
        self.til_etikett.setBuddy(self.til)
        self.hent = QPushButton()
        self.hent.setObjectName("hent")
        self.hent.setDefault(True)
        self.hent.clicked.connect(self._on_hent_clicked)
        self.status = QLabel()
        self.status.setObjectName("status")

        topp = QHBoxLayout()
        for w in (self.fra_etikett, self.fra, self.til_etikett, self.til, self.hent):
            topp.addWidget(w)
        topp.addSpacing(12)
        topp.addWidget(self.status, 1)

        self.tabell = QTableWidget(0, 7)
        self.tabell.setObjectName("postliste")
        self.tabell.verticalHeader().setVisible(False)
        self.tabell.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabell.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.tabell.setAlternatingRowColors(True)
        self.tabell.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.knapper = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.lagre = self.knapper.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.lagre.setObjectName("lagre_pdf")
        self.lagre.setEnabled(False)
        self.lagre.clicked.connect(self._on_lagre_clicked)
        self.lagre_xml = self.knapper.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.lagre_xml.setObjectName("lagre_xml")
        self.lagre_xml.clicked.connect(self._on_lagre_xml_clicked)
        self.knapper.rejected.connect(self.reject)

        lag = QVBoxLayout(self)
        lag.addLayout(topp)
        lag.addWidget(self.tabell, 1)
        lag.addWidget(self.knapper)

        self._arbeider = Arbeider(self)
        self._arbeider.sig_result.connect(self._on_rader)
        self._arbeider.sig_error.connect(self._on_feil)
        self._xml_arbeider = Arbeider(self)
        self._xml_arbeider.sig_result.connect(self._on_xml_skrevet)
        self._xml_arbeider.sig_error.connect(self._on_feil)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Offentlig journal"))
        self.fra_etikett.setText(self.tr("&Fra"))
        self.til_etikett.setText(self.tr("&Til"))
        self.hent.setText(self.tr("Hent"))
        self.lagre.setText(self.tr("Lagre som PDF…"))
        self.lagre_xml.setText(self.tr("Lagre som Noark 5-fil…"))
        self.lagre_xml.setToolTip(
            self.tr(
                "Den samme offentlige journalen for perioden som offentligJournal.xml (Noark 5), for publisering uten eInnsyn"
            )
        )
        self.knapper.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        self.tabell.setHorizontalHeaderLabels(self._kolonner())

    def _kolonner(self) -> list[str]:
        return [
            self.tr("Journalpost"),
            self.tr("Journaldato"),
            self.tr("Type"),
            self.tr("Tittel"),
            self.tr("Avsender/mottaker"),
            self.tr("Sak"),
            self.tr("Skjermet etter"),
        ]

    @property
    def opptatt(self) -> bool:
        return self._arbeider.opptatt or self._xml_arbeider.opptatt

    def _periode(self) -> tuple[date, date]:
        return dato(self.fra), dato(self.til)

    def _on_hent_clicked(self) -> None:
        ctx, (fra, til) = self.ctx, self._periode()
        self.status.setText(self.tr("Henter …"))
        self.lagre.setEnabled(False)
        self._arbeider.start(lambda progress, avbrutt: postliste(ctx, fra=fra, til=til))

    def _on_feil(self, e: Exception) -> None:
        self.status.setText(
            str(e) if hasattr(e, "melding") else self.tr("Uventet feil: %1").replace("%1", str(e))
        )

    def _celler(self, r: PostlisteRad) -> list[str]:
        return [
            r.journalpostnummer,
            _d(r.journaldato),
            r.type,
            r.tittel,
            r.avsender_mottaker or "",
            f"{r.saksnummer} {r.sakstittel}",
            r.skjerming or "",
        ]

    def _on_rader(self, rader: list[PostlisteRad]) -> None:
        self.rader = rader
        self.tabell.setRowCount(len(rader))
        for i, r in enumerate(rader):
            for k, tekst in enumerate(self._celler(r)):
                celle = QTableWidgetItem(tekst)
                celle.setToolTip(tekst)
                self.tabell.setItem(i, k, celle)
        self.tabell.resizeColumnsToContents()
        self.tabell.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.status.setText(self.tr("%1 journalpost(er)").replace("%1", str(len(rader))))
        self.lagre.setEnabled(bool(rader))

    # --- PDF --------------------------------------------------------------------

    def html(self) -> str:
        """The list as one HTML table: what the PDF shows."""
        fra, til = self._periode()
        hode = "".join(f"<th align='left'>{html.escape(k)}</th>" for k in self._kolonner())
        rader = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in self._celler(r)) + "</tr>"
            for r in self.rader
        )
        tittel = self.tr("Offentlig journal %1–%2").replace("%1", _d(fra)).replace("%2", _d(til))
        return (
            "<html><body style='font-family: sans-serif; font-size: 8pt'>"
            f"<h2>{html.escape(tittel)}</h2>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse:collapse'>"
            f"<thead><tr>{hode}</tr></thead><tbody>{rader}</tbody></table></body></html>"
        )

    def lagre_pdf(self, sti: Path) -> None:
        """Write the list as an A4 landscape PDF."""
        skriver = QPdfWriter(str(sti))
        skriver.setTitle(self.windowTitle())
        skriver.setCreator("Saksbord")
        skriver.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        dok = QTextDocument()
        dok.setHtml(self.html())
        dok.print_(skriver)  # lays the text out on the writer's pages at print size

    def _velg_fil(self, forslag: str) -> str:
        sti, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre offentlig journal"), forslag, "PDF (*.pdf)")
        return sti

    def _on_lagre_clicked(self) -> None:
        fra, til = self._periode()
        sti = self.velg_fil(f"offentlig-journal-{fra:%Y%m%d}-{til:%Y%m%d}.pdf")
        if not sti:
            return
        if not sti.lower().endswith(".pdf"):
            sti += ".pdf"
        try:
            self.lagre_pdf(Path(sti))
        except OSError as e:
            self.status.setText(self.tr("Kunne ikke lagre: %1").replace("%1", str(e)))
            return
        self.status.setText(self.tr("Lagret %1").replace("%1", sti))

    # --- offentligJournal.xml ---------------------------------------------------------

    def _velg_xml_fil(self, forslag: str) -> str:
        sti, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lagre offentlig journal som Noark 5-fil"), forslag, self.tr("Noark 5 XML (*.xml)")
        )
        return sti

    def _on_lagre_xml_clicked(self) -> None:
        from app.services.eksport.offentlig_journal import eksporter_offentlig_journal

        ctx, (fra, til) = self.ctx, self._periode()
        sti = self.velg_xml(f"offentligJournal-{fra:%Y%m%d}-{til:%Y%m%d}.xml")
        if not sti:
            return
        if not sti.lower().endswith(".xml"):
            sti += ".xml"
        self.status.setText(self.tr("Skriver offentligJournal.xml …"))
        self._xml_arbeider.start(
            lambda progress, avbrutt: eksporter_offentlig_journal(
                ctx, fra=fra, til=til, ut=Path(sti), cancelled=avbrutt
            )
        )

    def _on_xml_skrevet(self, res) -> None:
        self.status.setText(
            self.tr("Lagret %1 (%2 journalposter, gyldig etter offentligJournal.xsd)")
            .replace("%1", res.fil.name)
            .replace("%2", str(res.antall))
        )
        self.status.setToolTip(str(res.fil))

    def reject(self) -> None:
        self._arbeider.avbryt()
        self._xml_arbeider.avbryt()
        super().reject()
