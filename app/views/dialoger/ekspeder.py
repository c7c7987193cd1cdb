"""Ekspeder: the mottakere are checked before this opens, and what is missing is fixed right here.

One row per mottaker: channel (SvarUt where it is set up, e-post, papir; internal mottakere
get it in their kurv), e-mail and postal address. What still stops the ekspedering stands on
top and is asked again as the user types, so the warning goes away as each problem is fixed.
Below: whether the hoveddokument goes as a PDF attachment or as the mail's text, the covering
text, and a preview of exactly what the chosen mottaker gets.

The dialog only collects; the action (app/views/operasjoner/ekspedering.py) hands channels and
corrected addresses (both keyed by korrespondansepart id) to the service and sends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.data import JournalpostInfo
from app.services.ekspedering.utsending import Forhandsvisning, Utsendingsvalg
from app.views.dialoger.felles import Skjema
from app.views.lesefelt.forhaandsvisning import Forhaandsvisning

#: ``sjekker(kanaler, adresser)``: what still stops it, as the service answers.
Sjekker = Callable[[dict[int, str], dict[int, dict[str, str]]], list[str]]
#: ``forhandsviser(part_id, kanal, valg)``: what that mottaker gets.
Forhandsviser = Callable[[int, str, Utsendingsvalg], Forhandsvisning]


class EkspederDialog(Skjema):
    """Channel and address per mottaker, the mail's form, a preview; the reasons that stop it on top."""

    def __init__(
        self,
        jp: JournalpostInfo,
        mangler: list[str],
        *,
        kan_endre: bool,
        kan_rette_adresse: bool = False,
        svarut: bool = False,
        sendt: set[int] | None = None,
        sjekker: Sjekker | None = None,
        forhandsviser: Forhandsviser | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(
            self.tr("Ekspeder %1").replace("%1", jp.journalpostnummer), parent, ok=self.tr("Ekspeder")
        )
        self.setMinimumSize(980, 560)
        self.jp = jp
        self.kan_endre = kan_endre
        self.kan_rette_adresse = kan_rette_adresse and not kan_endre
        self.svarut = svarut
        self.sendt = set(sendt or ())
        self._sjekker = sjekker
        self._forhandsviser = forhandsviser
        self._fyller = True
        self.mangler = QLabel()
        self.mangler.setObjectName("mangler")
        self.mangler.setWordWrap(True)
        self.mangler.setStyleSheet("background:#fdecea; color:#8e1c1c; padding:6px")
        self.vis_mangler(mangler)
        self.lag.addWidget(self.mangler)
        if self.sendt:
            forklaring = self.tr(
                "Journalposten er delvis sendt. Mottakere som alt har fått den, sendes ikke til igjen."
            )
        elif kan_endre:
            forklaring = self.tr("Velg kanal per mottaker. Rett manglende adresser her før du ekspederer.")
        elif self.kan_rette_adresse:
            forklaring = self.tr(
                "Journalposten er godkjent og låst; bare mottakernes adresser kan rettes her før du ekspederer."
            )
        else:
            forklaring = self.tr(
                "Journalposten er låst; adressene kan ikke endres, men du kan velge en annen kanal."
            )
        hjelp = QLabel(forklaring)
        hjelp.setWordWrap(True)
        self.lag.addWidget(hjelp)

        deler = QSplitter()
        venstre = QWidget()
        vlag = QVBoxLayout(venstre)
        vlag.setContentsMargins(0, 0, 0, 0)
        self.parter = list(jp.mottakere + jp.kopimottakere)
        self.tabell = self._lag_tabell()
        vlag.addWidget(self.tabell)
        vlag.addWidget(self._lag_epostvalg())
        deler.addWidget(venstre)
        deler.addWidget(self._lag_forhandsvisning())
        deler.setSizes([560, 420])
        self.lag.addWidget(deler, 1)
        self.ferdig()
        self._fyller = False
        self.tabell.itemChanged.connect(lambda _it: self._on_mottaker_endret())
        if self.parter:
            self.tabell.selectRow(0)

    # --- building -----------------------------------------------------------------------

    def _lag_tabell(self) -> QTableWidget:
        tabell = QTableWidget(len(self.parter), 6)
        tabell.setObjectName("mottakere")
        tabell.setHorizontalHeaderLabels(
            [
                self.tr("Mottaker"),
                self.tr("Kanal"),
                self.tr("E-post"),
                self.tr("Adresse"),
                self.tr("Postnr og sted"),
                self.tr("F.nr./org.nr."),
            ]
        )
        # SvarUt delivers digitally by fødselsnummer or organisasjonsnummer; without SvarUt it is not asked for.
        tabell.setColumnHidden(5, not self.svarut)
        tabell.verticalHeader().setVisible(False)
        tabell.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        tabell.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        tabell.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tabell.setColumnWidth(1, 110)
        tabell.setColumnWidth(2, 180)
        tabell.setColumnWidth(3, 140)
        tabell.setColumnWidth(4, 130)
        redigerbar = self.kan_endre or self.kan_rette_adresse
        for r, p in enumerate(self.parter):
            tekst = p.navn + (f" ({self.tr('kopi')})" if p.rolle == "kopimottaker" else "")
            if p.id in self.sendt:
                tekst += f" – {self.tr('sendt')}"
            navn = QTableWidgetItem(tekst)
            navn.setFlags(navn.flags() & ~navn.flags().ItemIsEditable)
            tabell.setItem(r, 0, navn)
            kanal = QComboBox()
            if p.intern_initialer:
                kanal.addItem(self.tr("Internt"), "intern")
                kanal.setEnabled(False)
            else:
                if self.svarut:
                    kanal.addItem(self.tr("SvarUt"), "svarut")
                kanal.addItem(self.tr("E-post"), "epost")
                kanal.addItem(self.tr("Papir"), "papir")
                standard = p.kanal or ("svarut" if self.svarut else "epost" if p.epost else "papir")
                kanal.setCurrentIndex(max(0, kanal.findData(standard)))
                kanal.setEnabled(p.id not in self.sendt)
                kanal.currentIndexChanged.connect(lambda _i: self._on_mottaker_endret())
            tabell.setCellWidget(r, 1, kanal)
            sted = " ".join(x for x in (p.postnummer, p.poststed) if x)
            for c, v in ((2, p.epost), (3, p.adresse), (4, sted), (5, p.digital_id)):
                it = QTableWidgetItem(v or "")
                if not redigerbar or p.intern_initialer or p.id in self.sendt:
                    it.setFlags(it.flags() & ~it.flags().ItemIsEditable)
                tabell.setItem(r, c, it)
        return tabell

    def _lag_epostvalg(self) -> QGroupBox:
        boks = QGroupBox(self.tr("E-post"))
        lag = QVBoxLayout(boks)
        rad = QHBoxLayout()
        self.som_vedlegg = QRadioButton(self.tr("Hoveddokumentet som PDF-vedlegg"))
        self.som_vedlegg.setObjectName("som_vedlegg")
        self.i_teksten = QRadioButton(self.tr("Hoveddokumentet som e-postens tekst"))
        self.i_teksten.setObjectName("i_teksten")
        self.som_vedlegg.setChecked(True)
        gruppe = QButtonGroup(boks)
        gruppe.addButton(self.som_vedlegg)
        gruppe.addButton(self.i_teksten)
        rad.addWidget(self.som_vedlegg)
        rad.addWidget(self.i_teksten)
        lag.addLayout(rad)
        lag.addWidget(QLabel(self.tr("Følgetekst (tom: en kort standardtekst)")))
        self.folgetekst = QPlainTextEdit()
        self.folgetekst.setObjectName("folgetekst")
        self.folgetekst.setMaximumHeight(90)
        lag.addWidget(self.folgetekst)
        return boks

    def _lag_forhandsvisning(self) -> QWidget:
        side = QWidget()
        lag = QVBoxLayout(side)
        lag.setContentsMargins(0, 0, 0, 0)
        self.vis_knapp = QPushButton(self.tr("Forhåndsvis for valgt mottaker"))
        self.vis_knapp.setObjectName("forhandsvis")
        self.vis_knapp.setEnabled(self._forhandsviser is not None and bool(self.parter))
        self.vis_knapp.clicked.connect(self.forhandsvis)
        lag.addWidget(self.vis_knapp)
        self.visningstekst = QLabel(self.tr("Velg en mottaker og trykk Forhåndsvis."))
        self.visningstekst.setObjectName("visningstekst")
        self.visningstekst.setWordWrap(True)
        lag.addWidget(self.visningstekst)
        self.visning = Forhaandsvisning()
        self.visning.ingen_tekst = self.tr("Ingen forhåndsvisning")
        self.visning.vis_ingen()
        lag.addWidget(self.visning, 1)
        return side

    # --- what the user sees change ----------------------------------------------------------

    def vis_mangler(self, mangler: list[str]) -> None:
        self.mangler.setText(
            self.tr("Dette stopper ekspederingen:") + "\n" + "\n".join(f"– {m}" for m in mangler)
        )
        self.mangler.setVisible(bool(mangler))

    def _on_mottaker_endret(self) -> None:
        """Ask the service again, so the warning follows what the user fixes."""
        if self._fyller or self._sjekker is None:
            return
        try:
            self.vis_mangler(self._sjekker(self.kanaler(), self.rettede_adresser()))
        except Exception as e:  # a refusal of the input itself (e.g. a wrong field) is shown, not raised
            self.vis_mangler([str(e)])

    def forhandsvis(self) -> None:
        """Show exactly what the selected mottaker gets over the chosen channel."""
        if self._forhandsviser is None or not self.parter:
            return
        r = max(0, self.tabell.currentRow())
        p = self.parter[r]
        kanal = self._kanal(r).currentData()
        try:
            vis = self._forhandsviser(p.id, kanal, self.valg())
        except Exception as e:
            self.visningstekst.setText(self.tr("Kan ikke forhåndsvise: %1").replace("%1", str(e)))
            self.visning.vis_ingen()
            return
        if vis.epost is not None:
            vedlegg = [d.get_filename() or "" for d in vis.epost.iter_attachments()]
            kropp = vis.epost.get_body(("plain",))
            tekst = kropp.get_content() if kropp is not None else ""  # type: ignore[union-attr]
            self.visningstekst.setText(
                self.tr("Til: %1\nEmne: %2\nVedlegg: %3\n\n%4")
                .replace("%1", str(vis.epost["To"]))
                .replace("%2", str(vis.epost["Subject"]))
                .replace("%3", ", ".join(vedlegg) or self.tr("ingen"))
                .replace("%4", tekst.strip()[:1500])
            )
        elif kanal == "intern":
            self.visningstekst.setText(self.tr("%1 får journalposten i sin kurv.").replace("%1", p.navn))
        else:
            self.visningstekst.setText(
                self.tr("Papirbrev til %1: hoveddokumentet med adressen i vinduet, så vedleggene.").replace(
                    "%1", p.navn
                )
            )
        self.visning.vis_pdf(vis.pdf)

    # --- filling and reading ----------------------------------------------------------------

    def sett(
        self, rad: int, *, kanal: str | None = None, epost: str | None = None, adresse: str | None = None,
        sted: str | None = None, digital_id: str | None = None,
    ) -> None:  # fmt: skip
        """Fill one row (tests and keyboard users alike); the warning follows as after typing."""
        if kanal:
            c = self._kanal(rad)
            c.setCurrentIndex(c.findData(kanal))
        if epost is not None:
            self._celle(rad, 2).setText(epost)
        if adresse is not None:
            self._celle(rad, 3).setText(adresse)
        if sted is not None:
            self._celle(rad, 4).setText(sted)
        if digital_id is not None:
            self._celle(rad, 5).setText(digital_id)

    def rad_for(self, navn: str) -> int:
        return next(i for i, p in enumerate(self.parter) if p.navn == navn)

    def _kanal(self, r: int) -> QComboBox:
        c = self.tabell.cellWidget(r, 1)
        assert isinstance(c, QComboBox)  # every row gets its kanal picker in __init__
        return c

    def _celle(self, r: int, kolonne: int) -> QTableWidgetItem:
        it = self.tabell.item(r, kolonne)
        assert it is not None
        return it

    def kanaler(self) -> dict[int, str]:
        ut = {}
        for r, p in enumerate(self.parter):
            k = self._kanal(r).currentData()
            if k != "intern" and p.id not in self.sendt:
                ut[p.id] = k
        return ut

    def valg(self) -> Utsendingsvalg:
        return Utsendingsvalg(
            hoveddokument_i_teksten=self.i_teksten.isChecked(),
            folgetekst=self.folgetekst.toPlainText(),
        )

    def _rad(self, r: int) -> tuple[str | None, str | None, str | None, str | None, str | None]:
        epost = self._celle(r, 2).text().strip() or None
        adresse = self._celle(r, 3).text().strip() or None
        sted = self._celle(r, 4).text().strip()
        pnr, _, psted = sted.partition(" ")
        digital_id = "".join(self._celle(r, 5).text().split()) or None
        return epost, adresse, pnr or None, psted or None, digital_id

    def rettede_adresser(self) -> dict[int, dict[str, str]]:
        """Per mottaker id, the address fields changed ("" clears one); empty when they are read-only.

        Keyed by the korrespondansepart's id, so the service corrects exactly the row shown here.
        """
        if not (self.kan_endre or self.kan_rette_adresse):
            return {}
        ut: dict[int, dict[str, str]] = {}
        for r, p in enumerate(self.parter):
            if p.intern_initialer or p.id in self.sendt:
                continue
            epost, adresse, pnr, psted, digital_id = self._rad(r)
            endret = {
                felt: ny or ""
                for felt, ny, gammel in (
                    ("epost", epost, p.epost),
                    ("adresse", adresse, p.adresse),
                    ("postnummer", pnr, p.postnummer),
                    ("poststed", psted, p.poststed),
                    ("digital_id", digital_id, p.digital_id),
                )
                if ny != (gammel or None)
            }
            if endret:
                ut[p.id] = endret
        return ut
