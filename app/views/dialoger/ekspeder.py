"""Ekspeder: the mottakere are checked before this opens, and a missing address is fixed right here.

The dialog only collects; app.services.ekspedering.ekspeder applies the channels and the
corrected addresses (both by korrespondansepart id) and sends, in one unit of work.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from app.services.data import JournalpostInfo
from app.views.dialoger.felles import Skjema


class EkspederDialog(Skjema):
    """One row per mottaker: channel, e-mail and postal address; the reasons that stop it on top."""

    def __init__(
        self,
        jp: JournalpostInfo,
        mangler: list[str],
        *,
        kan_endre: bool,
        kan_rette_adresse: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(
            self.tr("Ekspeder %1").replace("%1", jp.journalpostnummer), parent, ok=self.tr("Ekspeder")
        )
        self.setMinimumSize(760, 300)
        self.jp = jp
        self.kan_endre = kan_endre
        self.kan_rette_adresse = kan_rette_adresse and not kan_endre
        self.mangler = QLabel()
        self.mangler.setObjectName("mangler")
        self.mangler.setWordWrap(True)
        self.mangler.setStyleSheet("background:#fdecea; color:#8e1c1c; padding:6px")
        self.vis_mangler(mangler)
        self.lag.addWidget(self.mangler)
        if kan_endre:
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
        self.parter = [p for p in jp.mottakere + jp.kopimottakere]
        self.tabell = QTableWidget(len(self.parter), 5)
        self.tabell.setObjectName("mottakere")
        self.tabell.setHorizontalHeaderLabels(
            [
                self.tr("Mottaker"),
                self.tr("Kanal"),
                self.tr("E-post"),
                self.tr("Adresse"),
                self.tr("Postnr og sted"),
            ]
        )
        self.tabell.verticalHeader().setVisible(False)
        self.tabell.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabell.setColumnWidth(2, 200)
        self.tabell.setColumnWidth(3, 160)
        self.tabell.setColumnWidth(4, 140)
        for r, p in enumerate(self.parter):
            navn = QTableWidgetItem(p.navn + (f" ({self.tr('kopi')})" if p.rolle == "kopimottaker" else ""))
            self.tabell.setItem(r, 0, navn)
            kanal = QComboBox()
            if p.intern_initialer:
                kanal.addItem(self.tr("Internt"), "intern")
                kanal.setEnabled(False)
            else:
                kanal.addItem(self.tr("E-post"), "epost")
                kanal.addItem(self.tr("Papir"), "papir")
                kanal.setCurrentIndex(kanal.findData(p.kanal or ("epost" if p.epost else "papir")))
            self.tabell.setCellWidget(r, 1, kanal)
            sted = " ".join(x for x in (p.postnummer, p.poststed) if x)
            for c, v in ((2, p.epost), (3, p.adresse), (4, sted)):
                it = QTableWidgetItem(v or "")
                if not (kan_endre or self.kan_rette_adresse) or p.intern_initialer:
                    it.setFlags(it.flags() & ~it.flags().ItemIsEditable)
                self.tabell.setItem(r, c, it)
        self.lag.addWidget(self.tabell)
        self.ferdig()

    def vis_mangler(self, mangler: list[str]) -> None:
        self.mangler.setText(
            self.tr("Dette stopper ekspederingen:") + "\n" + "\n".join(f"– {m}" for m in mangler)
        )
        self.mangler.setVisible(bool(mangler))

    def sett(
        self, rad: int, *, kanal: str | None = None, epost: str | None = None, adresse: str | None = None
    ) -> None:
        """Fill one row (tests and keyboard users alike)."""
        if kanal:
            c = self._kanal(rad)
            c.setCurrentIndex(c.findData(kanal))
        if epost is not None:
            self._celle(rad, 2).setText(epost)
        if adresse is not None:
            self._celle(rad, 3).setText(adresse)

    # Every row gets its kanal picker and its cells in __init__.

    def _kanal(self, r: int) -> QComboBox:
        c = self.tabell.cellWidget(r, 1)
        assert isinstance(c, QComboBox)
        return c

    def _celle(self, r: int, kolonne: int) -> QTableWidgetItem:
        it = self.tabell.item(r, kolonne)
        assert it is not None
        return it

    def kanaler(self) -> dict[int, str]:
        ut = {}
        for r, p in enumerate(self.parter):
            k = self._kanal(r).currentData()
            if k != "intern":
                ut[p.id] = k
        return ut

    def _rad(self, r: int) -> tuple[str | None, str | None, str | None, str | None]:
        epost = self._celle(r, 2).text().strip() or None
        adresse = self._celle(r, 3).text().strip() or None
        sted = self._celle(r, 4).text().strip()
        pnr, _, psted = sted.partition(" ")
        return epost, adresse, pnr or None, psted or None

    def rettede_adresser(self) -> dict[int, dict[str, str]]:
        """Per mottaker id, the address fields changed ("" clears one); empty when they are read-only.

        Keyed by the korrespondansepart's id, so the service corrects exactly the row shown here.
        """
        if not (self.kan_endre or self.kan_rette_adresse):
            return {}
        ut: dict[int, dict[str, str]] = {}
        for r, p in enumerate(self.parter):
            if p.intern_initialer:
                continue
            epost, adresse, pnr, psted = self._rad(r)
            endret = {
                felt: ny or ""
                for felt, ny, gammel in (
                    ("epost", epost, p.epost),
                    ("adresse", adresse, p.adresse),
                    ("postnummer", pnr, p.postnummer),
                    ("poststed", psted, p.poststed),
                )
                if ny != (gammel or None)
            }
            if endret:
                ut[p.id] = endret
        return ut
