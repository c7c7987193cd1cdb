"""The party fields' helpers: the party register as a completer, and an Enhetsregisteret lookup.

``koble_til(fane, ctx)`` adds both to a party table (the registration card's Avsender/Mottaker tab):
typing a name offers the parties met before (the register answers locally, shielded rows only for
those who may see them), and picking one fills e-post and address; the button "Slå opp i
Enhetsregisteret" looks the row's name or organisasjonsnummer up off the UI thread and fills the
party in one click (several hits: a short list to pick from). Offline, the desk's cache answers and
the line under the table says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain.feil import SaksbordFeil
from app.services import enhetsregister, parter
from app.services.arbeid import Kontekst
from app.services.enhetsregister import Enhet
from app.services.parter import PartForslag
from app.widgets.arbeider import Arbeider

#: The party table's columns (app/views/dialoger/kort.py ``_Partfane.KOL``): navn, epost, adresse, postnr, poststed.
NAVN, EPOST, ADRESSE, POSTNR, POSTSTED = 1, 2, 3, 4, 5


class _Navnefelt(QStyledItemDelegate):
    """The name cell's editor: a line with the party register as its completer."""

    def __init__(self, eier: Partoppslag) -> None:
        super().__init__(eier.tabell)
        self.eier = eier

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        felt = QLineEdit(parent)
        felt.setObjectName("partnavn")
        c = QCompleter(list(self.eier.forslag), felt)
        c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        c.setFilterMode(Qt.MatchFlag.MatchContains)
        felt.setCompleter(c)
        rad = index.row()
        c.activated.connect(lambda tekst: self.eier.velg_forslag(rad, tekst, felt))
        return felt


class Partoppslag(QObject):
    def __init__(self, tabell: QTableWidget, knapper: QHBoxLayout, ctx: Kontekst) -> None:
        super().__init__(tabell)
        self.tabell = tabell
        self.ctx = ctx
        # The register is read when a name is first edited, not while the card opens (issue 11: the
        # click that opens the card waits for nothing it does not show).
        self._forslag: dict[str, PartForslag] | None = None
        tabell.setItemDelegateForColumn(NAVN, _Navnefelt(self))
        self.knapp = QPushButton(self.tr("Slå opp i Enhetsregisteret"))
        self.knapp.setObjectName("enhetsoppslag")
        self.knapp.setToolTip(
            self.tr("Slå opp navnet eller organisasjonsnummeret i raden og fyll inn parten")
        )
        self.knapp.clicked.connect(self._on_slaa_opp)
        self.status = QLabel()
        self.status.setObjectName("enhetsstatus")
        self.status.setWordWrap(True)
        knapper.insertWidget(2, self.knapp)
        knapper.addWidget(self.status, 1)
        self._arbeider = Arbeider(self)
        self._arbeider.sig_result.connect(self._on_treff)
        self._arbeider.sig_error.connect(self._on_feil)
        self._rad = -1
        self.velg: Callable[[list[Enhet]], Enhet | None] = self._velg_i_meny
        """Picks one of several hits (None: none); tests replace it."""

    @property
    def opptatt(self) -> bool:
        return self._arbeider.opptatt

    @property
    def forslag(self) -> dict[str, PartForslag]:
        """The parties met before, as the name's completer shows them → the party (read on first use)."""
        if self._forslag is None:
            self._forslag = _les_forslag(self.ctx)
        return self._forslag

    def _sett(self, rad: int, kol: int, tekst: str | None) -> None:
        self.tabell.setItem(rad, kol, QTableWidgetItem(tekst or ""))

    def velg_forslag(self, rad: int, tekst: str, felt: QLineEdit) -> None:
        f = self.forslag.get(tekst)
        if f is None:
            return
        felt.setText(f.navn)
        # After the editor has committed the name, fill the rest of the row.
        QTimer.singleShot(0, lambda: self._fyll(rad, f.navn, f.epost, f.adresse, f.postnummer, f.poststed))

    def _fyll(
        self,
        rad: int,
        navn: str,
        epost: str | None,
        adresse: str | None,
        postnr: str | None,
        sted: str | None,
    ) -> None:
        if not 0 <= rad < self.tabell.rowCount():
            return
        self._sett(rad, NAVN, navn)
        for kol, verdi in ((EPOST, epost), (ADRESSE, adresse), (POSTNR, postnr), (POSTSTED, sted)):
            if verdi:
                self._sett(rad, kol, verdi)

    def _on_slaa_opp(self) -> None:
        rad = self.tabell.currentRow()
        if rad < 0:
            rad = self.tabell.rowCount() - 1
        celle = self.tabell.item(rad, NAVN) if rad >= 0 else None
        tekst = celle.text().strip() if celle else ""
        if not tekst:
            self.status.setText(self.tr("Skriv navnet eller organisasjonsnummeret i en rad først"))
            return
        self._rad = rad
        ctx = self.ctx
        kompakt = tekst.replace(" ", "")
        if kompakt.isdigit():
            feil = enhetsregister.orgnr_feil(kompakt)
            if feil:
                self.status.setText(feil)  # never sent: a mistyped number stays on this machine
                return
            self._arbeider.start(lambda progress, avbrutt: [enhetsregister.slaa_opp(ctx, kompakt)])
        else:
            self._arbeider.start(lambda progress, avbrutt: enhetsregister.sok(ctx, tekst))
        self.status.setText(self.tr("Slår opp …"))

    def _on_treff(self, treff: list[Enhet]) -> None:
        if not treff:
            self.status.setText(self.tr("Ingen treff i Enhetsregisteret"))
            return
        e = treff[0] if len(treff) == 1 else self.velg(treff)
        if e is None:
            self.status.setText("")
            return
        self._fyll(self._rad, e.navn, None, e.adresse, e.postnummer, e.poststed)
        hvor = f"{e.orgnr} {e.organisasjonsform or ''}".strip()
        if e.fra_cache and e.hentet:
            self.status.setText(
                self.tr("%1 (uten nett: fra hurtigbufferen, hentet %2)")
                .replace("%1", hvor)
                .replace("%2", f"{e.hentet:%d.%m.%Y}")
            )
        else:
            self.status.setText(hvor)

    def _on_feil(self, e: object) -> None:
        self.status.setText(str(e))

    def _velg_i_meny(self, treff: list[Enhet]) -> Enhet | None:
        meny = QMenu(self.tabell)
        for e in treff:
            meny.addAction(f"{e.navn} ({e.orgnr}, {e.poststed or ''})").setData(e.orgnr)
        valgt = meny.exec(QCursor.pos())
        if valgt is None:
            return None
        return next((e for e in treff if e.orgnr == valgt.data()), None)


def _les_forslag(ctx: Kontekst) -> dict[str, PartForslag]:
    try:
        liste = parter.forslag(ctx)
    except SaksbordFeil:
        liste = []
    return {f.visning: f for f in liste}


def koble_til(fane: QWidget, ctx: Kontekst) -> Partoppslag | None:
    """Attach the helpers to a party tab that has ``tabell`` and a row of buttons; None if it has not."""
    tabell = getattr(fane, "tabell", None)
    lag = fane.layout()
    siste = lag.itemAt(lag.count() - 1) if lag is not None and lag.count() else None
    knapper = siste.layout() if siste is not None else None
    if not isinstance(tabell, QTableWidget) or not isinstance(knapper, QHBoxLayout):
        return None
    oppslag = Partoppslag(tabell, knapper, ctx)
    fane.setProperty("partoppslag", True)
    fane.partoppslag = oppslag  # type: ignore[attr-defined]
    return oppslag


class Adressebok(QObject):
    """Ekspedering: fill the mottakere's missing e-mail and address from the party register."""

    def __init__(self, dialog, ctx: Kontekst) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.ctx = ctx
        self.knapp = QPushButton(self.tr("Fyll manglende adresser fra adresseboken"))
        self.knapp.setObjectName("fyll_fra_adresseboken")
        self.knapp.clicked.connect(self.fyll)
        self.status = QLabel()
        self.status.setObjectName("adressebokstatus")
        rad = QHBoxLayout()
        rad.addWidget(self.knapp)
        rad.addWidget(self.status, 1)
        lag = dialog.lag
        lag.insertLayout(max(0, lag.count() - 1), rad)

    def fyll(self) -> int:
        """Fill every empty e-mail/address cell whose mottaker the register knows; returns how many rows."""
        try:
            forslag = parter.forslag(self.ctx)
        except SaksbordFeil as e:
            self.status.setText(str(e))
            return 0
        kjente: dict[str, PartForslag] = {}
        for f in forslag:  # most used first; an entry with an address beats one without
            har = kjente.get(f.navn.lower())
            if har is None or (not (har.epost or har.adresse) and (f.epost or f.adresse)):
                kjente[f.navn.lower()] = f
        tabell: QTableWidget = self.dialog.tabell
        fylt = 0
        for r, p in enumerate(self.dialog.parter):
            f = kjente.get(p.navn.lower())
            if p.intern_initialer or f is None:
                continue
            sted = " ".join(x for x in (f.postnummer, f.poststed) if x)
            endret = False
            for kol, verdi in ((2, f.epost), (3, f.adresse), (4, sted)):
                celle = tabell.item(r, kol)
                if celle is not None and verdi and not celle.text().strip():
                    celle.setText(verdi)
                    endret = True
            fylt += endret
        self.status.setText(self.tr("%1 mottaker(e) fylt ut fra adresseboken").replace("%1", str(fylt)))
        return fylt


def koble_til_ekspedering(dialog, ctx: Kontekst) -> Adressebok | None:
    """Attach the address book to the ekspedering dialog when its addresses may be corrected there."""
    if not (getattr(dialog, "kan_endre", False) or getattr(dialog, "kan_rette_adresse", False)):
        return None
    bok = Adressebok(dialog, ctx)
    dialog.adressebok = bok
    return bok
