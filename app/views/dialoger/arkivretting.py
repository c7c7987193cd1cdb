"""The archive's corrections (issue 20, item 5): a locked journalpost's title, parties and dates, a
closed sak's title and saksdato, each with a reason; the service logs old and new value."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services.data import JournalpostInfo, Part, SakInfo
from app.views.dialoger.felles import Skjema

#: The parties' columns the archive corrects, in the table's order (app/domain/regler/arkivretting.py).
PARTFELT = ("navn", "adresse", "postnummer", "poststed", "epost")
_INGEN = QDate(1900, 1, 1)


def _datofelt(verdi: date | None, navn: str) -> QDateEdit:
    """A date that may be empty ("–"): the minimum date stands for none."""
    d = QDateEdit()
    d.setObjectName(navn)
    d.setCalendarPopup(True)
    d.setDisplayFormat("dd.MM.yyyy")
    d.setMinimumDate(_INGEN)
    d.setSpecialValueText("–")
    d.setDate(QDate(verdi.year, verdi.month, verdi.day) if verdi else _INGEN)
    return d


def _dato(felt: QDateEdit) -> date | None:
    q = felt.date()
    return None if q == _INGEN else date(q.year(), q.month(), q.day())


class _Retting(Skjema):
    """Shared: the explanation, the reason (required) and "nothing changed" refused."""

    def _forklaring(self, tekst: str) -> None:
        f = QLabel(tekst)
        f.setWordWrap(True)
        f.setStyleSheet("color:#5f6b7a")
        self.skjema.addRow(f)

    def _grunnfelt(self) -> None:
        self.grunn = QLineEdit()
        self.grunn.setObjectName("rettegrunn")
        self.grunn.setPlaceholderText(self.tr("For eksempel: skrivefeil i navnet"))
        self.skjema.addRow(self.tr("Grunn (står i historikken)"), self.grunn)

    def endringer(self) -> dict[str, Any]:
        return {}

    def sjekk(self) -> str | None:
        if not self.grunn.text().strip():
            return self.tr("Skriv hvorfor det rettes; grunnen står i historikken")
        if not self.endringer():
            return self.tr("Ingenting er endret")
        return None


class RettJournalpostDialog(_Retting):
    def __init__(self, jp: JournalpostInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Rett journalpost %1").replace("%1", jp.journalpostnummer), parent, ok=self.tr("Rett")
        )
        self.setMinimumWidth(720)
        self.jp = jp
        self._forklaring(
            self.tr(
                "Journalposten har status %1. Arkivet retter registreringen; hver endring logges med "
                "gammel og ny verdi og grunnen."
            ).replace("%1", jp.statusnavn)
        )
        self.tittel = QLineEdit(jp.tittel)
        self.tittel.setObjectName("rett_tittel")
        self.tittel2 = QLineEdit(jp.tittel2 or "")
        self.tittel2.setObjectName("rett_tittel2")
        self.dokumentdato = _datofelt(jp.dokumentdato, "rett_dokumentdato")
        self.mottatt_dato = _datofelt(jp.mottatt_dato, "rett_mottatt_dato")
        self.forfallsdato = _datofelt(jp.forfallsdato, "rett_forfallsdato")
        self.skjema.addRow(self.tr("Tittel"), self.tittel)
        self.skjema.addRow(self.tr("Tittel 2"), self.tittel2)
        self.skjema.addRow(self.tr("Dokumentdato"), self.dokumentdato)
        self.skjema.addRow(self.tr("Mottatt"), self.mottatt_dato)
        self.skjema.addRow(self.tr("Forfallsdato"), self.forfallsdato)
        self.parter: list[Part] = [*jp.avsender, *jp.mottakere, *jp.kopimottakere]
        self.partabell = QTableWidget(len(self.parter), 1 + len(PARTFELT))
        self.partabell.setObjectName("rett_parter")
        self.partabell.setHorizontalHeaderLabels(
            [
                self.tr("Rolle"),
                self.tr("Navn"),
                self.tr("Adresse"),
                self.tr("Postnr."),
                self.tr("Poststed"),
                self.tr("E-post"),
            ]
        )
        self.partabell.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.partabell.verticalHeader().setVisible(False)
        for r, p in enumerate(self.parter):
            rolle = QTableWidgetItem(p.rolle)
            rolle.setFlags(rolle.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.partabell.setItem(r, 0, rolle)
            for k, felt in enumerate(PARTFELT, start=1):
                self.partabell.setItem(r, k, QTableWidgetItem(getattr(p, felt) or ""))
        self.partabell.setVisible(bool(self.parter))
        if self.parter:
            self.skjema.addRow(self.tr("Parter"), self.partabell)
        self._grunnfelt()
        self.ferdig()

    def parteendringer(self) -> dict[int, dict[str, str]]:
        """Part id -> {field: new value} for the cells the archive changed."""
        ut: dict[int, dict[str, str]] = {}
        for r, p in enumerate(self.parter):
            for k, felt in enumerate(PARTFELT, start=1):
                celle = self.partabell.item(r, k)
                ny = celle.text().strip() if celle is not None else ""
                if ny != (getattr(p, felt) or ""):
                    ut.setdefault(p.id, {})[felt] = ny
        return ut

    def endringer(self) -> dict[str, Any]:
        """The keyword arguments for ``arkivretting.rett_journalpost``: only what changed."""
        jp = self.jp
        ut: dict[str, Any] = {}
        if self.tittel.text().strip() != jp.tittel:
            ut["tittel"] = self.tittel.text()
        if self.tittel2.text().strip() != (jp.tittel2 or ""):
            ut["tittel2"] = self.tittel2.text()
        for navn, felt, gammel in (
            ("dokumentdato", self.dokumentdato, jp.dokumentdato),
            ("mottatt_dato", self.mottatt_dato, jp.mottatt_dato),
            ("forfallsdato", self.forfallsdato, jp.forfallsdato),
        ):
            ny = _dato(felt)
            if ny is not None and ny != gammel:
                ut[navn] = ny
        if parter := self.parteendringer():
            ut["parter"] = parter
        return ut


class RettSakDialog(_Retting):
    def __init__(self, sak: SakInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rett sak %1").replace("%1", sak.saksnummer), parent, ok=self.tr("Rett"))
        self.sak = sak
        self._forklaring(
            self.tr(
                "Saken har status %1. Arkivet retter tittel og saksdato; hver endring logges med gammel og "
                "ny verdi og grunnen."
            ).replace("%1", sak.statusnavn)
        )
        self.tittel = QLineEdit(sak.tittel)
        self.tittel.setObjectName("rett_tittel")
        self.tittel2 = QLineEdit(sak.tittel2 or "")
        self.tittel2.setObjectName("rett_tittel2")
        self.saksdato = _datofelt(sak.saksdato, "rett_saksdato")
        self.skjema.addRow(self.tr("Tittel"), self.tittel)
        self.skjema.addRow(self.tr("Tittel 2"), self.tittel2)
        self.skjema.addRow(self.tr("Saksdato"), self.saksdato)
        self._grunnfelt()
        self.ferdig()

    def endringer(self) -> dict[str, Any]:
        ut: dict[str, Any] = {}
        if self.tittel.text().strip() != self.sak.tittel:
            ut["tittel"] = self.tittel.text()
        if self.tittel2.text().strip() != (self.sak.tittel2 or ""):
            ut["tittel2"] = self.tittel2.text()
        ny = _dato(self.saksdato)
        if ny is not None and ny != self.sak.saksdato:
            ut["saksdato"] = ny
        return ut


class UnderBehandlingDialog(Skjema):
    """R → B: the archive checks a reserved sak and sets the proposed tilgangskode, or none (item 7)."""

    def __init__(self, sak: SakInfo, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Sett sak %1 under behandling").replace("%1", sak.saksnummer),
            parent,
            ok=self.tr("Sett under behandling"),
        )
        f = QLabel(
            self.tr(
                "Saken er reservert. Kontroller tittel og klassering, og velg tilgangskoden saken skal ha "
                "(eller ingen, så er den offentlig)."
            )
        )
        f.setWordWrap(True)
        self.skjema.addRow(f)
        from app.views.dialoger.kort import Skjermingsfane

        skj = sak.skjerming
        self.skjermingsvalg = Skjermingsfane(
            skj.tilgangskode if skj else None, skj.hjemmel if skj else None, skj.nivaa if skj else None
        )
        self.skjema.addRow(self.skjermingsvalg)
        self.ferdig()

    def sjekk(self) -> str | None:
        v = self.skjermingsvalg.verdi()
        return self.tr("Skjerming krever en hjemmel") if v.kode and not v.hjemmel else None
