"""Registration cards for sak and journalpost: tabs Generelt, Avsender/Mottaker, Skjerming, Merknader, Historikk.

A card is a form over plain values; the window turns them into service calls.
Fields the status locks are read-only, and the card says why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import regler
from app.domain.koder import (
    JOURNALPOSTTYPER,
    KORRESPONDANSEPARTROLLER,
    SAKSTYPER,
    STANDARD_HJEMMEL,
    TILGANGSKODER,
)
from app.services.data import BrukerInfo, JournalpostInfo, LoggInfo, MerknadInfo, SakInfo
from app.services.journalposter import PartInn
from app.views.dialoger.felles import Skjema, brukervelger, dato, datofelt


@dataclass
class SkjermingValg:
    kode: str | None
    hjemmel: str | None
    nivaa: int | None


class Skjermingsfane(QWidget):
    def __init__(self, kode: str | None, hjemmel: str | None, nivaa: int | None, parent=None) -> None:
        super().__init__(parent)
        f = QFormLayout(self)
        self.kode = QComboBox()
        self.kode.setObjectName("tilgangskode")
        self.kode.addItem(self.tr("– ingen (offentlig) –"), None)
        for k, navn in TILGANGSKODER.items():
            self.kode.addItem(f"{k} – {navn}", k)
        self.kode.setCurrentIndex(max(0, self.kode.findData(kode)))
        self.hjemmel = QLineEdit(hjemmel or "")
        self.hjemmel.setObjectName("hjemmel")
        self.nivaa = QSpinBox()
        self.nivaa.setRange(1, 3)
        self.nivaa.setValue(nivaa or 1)
        self.nivaa.setObjectName("nivaa")
        f.addRow(self.tr("Tilgangskode"), self.kode)
        f.addRow(self.tr("Hjemmel"), self.hjemmel)
        f.addRow(self.tr("Skjermingsnivå"), self.nivaa)
        hjelp = QLabel(
            self.tr(
                "Nivå 1: dokumentene skjermes. 2: også tittel linje 2. 3: også avsender/mottaker "
                "(journalpost) eller klassering (sak)."
            )
        )
        hjelp.setWordWrap(True)
        hjelp.setStyleSheet("color:#5f6b7a")
        f.addRow(hjelp)
        self.kode.currentIndexChanged.connect(self._on_kode)
        self._start = (kode, hjemmel, nivaa)

    def _on_kode(self) -> None:
        k = self.kode.currentData()
        if k and not self.hjemmel.text().strip():
            self.hjemmel.setText(STANDARD_HJEMMEL.get(k, ""))

    def verdi(self) -> SkjermingValg:
        k = self.kode.currentData()
        return SkjermingValg(
            k, self.hjemmel.text().strip() or None if k else None, self.nivaa.value() if k else None
        )

    def endret(self) -> bool:
        v = self.verdi()
        return (v.kode, v.hjemmel, v.nivaa) != self._start


def _merknadsfane(merknader: list[MerknadInfo]) -> QTreeWidget:
    t = QTreeWidget()
    t.setRootIsDecorated(False)
    t.setHeaderLabels([t.tr("Tid"), t.tr("Av"), t.tr("Merknad")])
    for mk in merknader:
        it = QTreeWidgetItem([f"{mk.tid:%d.%m.%Y %H:%M}", mk.av, mk.tekst])
        if mk.type == "gul":
            for k in range(3):
                it.setBackground(k, Qt.GlobalColor.yellow)
        t.addTopLevelItem(it)
    return t


def _tekst(celle: QTableWidgetItem | None) -> str:
    return celle.text().strip() if celle else ""


def _historikkfane(logg: list[LoggInfo]) -> QTreeWidget:
    t = QTreeWidget()
    t.setRootIsDecorated(False)
    t.setHeaderLabels([t.tr("Tid"), t.tr("Bruker"), t.tr("Handling"), t.tr("Felt"), t.tr("Fra"), t.tr("Til")])
    for r in reversed(logg):
        t.addTopLevelItem(
            QTreeWidgetItem(
                [
                    f"{r.tid:%d.%m.%Y %H:%M}",
                    r.bruker or "",
                    r.handling,
                    r.felt or "",
                    r.fra or "",
                    r.til or "",
                ]
            )
        )
    return t


def _laast(grunn: str | None) -> QLabel:
    lbl = QLabel(grunn or "")
    lbl.setObjectName("laastgrunn")
    lbl.setWordWrap(True)
    lbl.setStyleSheet("background:#fff4e5; color:#8a4b00; padding:6px")
    lbl.setVisible(bool(grunn))
    return lbl


# --- sak --------------------------------------------------------------------------


@dataclass
class SakVerdier:
    tittel: str
    tittel2: str | None
    sakstype: str | None
    saksansvarlig: str | None
    klasse: str | None
    ordningsprinsipp: str
    skjerming: SkjermingValg
    skjerming_endret: bool


class SakKort(Skjema):
    """Ny sak (with lignende saker while typing) or the card of an existing sak."""

    def __init__(
        self,
        brukere: list[BrukerInfo],
        parent: QWidget | None = None,
        *,
        sak: SakInfo | None = None,
        historikk: Sequence[LoggInfo] = (),
        laast: str | None = None,
        lignende: Callable[[str], list[dict]] | None = None,
        meg: str | None = None,
    ) -> None:
        tittel = self.tr("Ny sak") if sak is None else self.tr("Sak %1").replace("%1", sak.saksnummer)
        super().__init__(tittel, parent, ok=self.tr("Opprett sak") if sak is None else self.tr("Lagre"))
        self.setMinimumSize(640, 480)
        self.sak = sak
        self._lignende = lignende
        self.faner = QTabWidget()
        gen = QWidget()
        f = QFormLayout(gen)
        self.tittel = QLineEdit(sak.tittel if sak else "")
        self.tittel.setObjectName("tittel")
        self.tittel.setAccessibleName(self.tr("Tittel"))
        self.tittel2 = QLineEdit((sak.tittel2 or "") if sak else "")
        self.tittel2.setObjectName("tittel2")
        self.tittel2.setPlaceholderText(self.tr("Navn og andre opplysninger som kan skjermes"))
        self.sakstype = QComboBox()
        self.sakstype.addItem("–", None)
        for k, v in SAKSTYPER.items():
            self.sakstype.addItem(f"{k} – {v}", k)
        self.sakstype.setCurrentIndex(max(0, self.sakstype.findData(sak.sakstype if sak else None)))
        self.ansvarlig = brukervelger(brukere, valgt=sak.saksansvarlig if sak else meg)
        self.klasse = QLineEdit()
        self.klasse.setObjectName("klasse")
        self.klasse.setPlaceholderText(self.tr("K-kode, f.eks. 611"))
        self.ordningsprinsipp = QComboBox()
        self.ordningsprinsipp.setObjectName("ordningsprinsipp")
        for k, v in regler.ORDNINGSPRINSIPPER.items():
            self.ordningsprinsipp.addItem(v, k)
        f.addRow(self.tr("Tittel (linje 1, offentlig)"), self.tittel)
        f.addRow(self.tr("Tittel linje 2"), self.tittel2)
        f.addRow(self.tr("Sakstype"), self.sakstype)
        f.addRow(self.tr("Saksansvarlig"), self.ansvarlig)
        if sak is None:
            f.addRow(self.tr("Ordningsprinsipp"), self.ordningsprinsipp)
            f.addRow(self.tr("Primær ordningsverdi"), self.klasse)
            self.lignende = QListWidget()
            self.lignende.setObjectName("lignendesaker")
            self.lignende.setMinimumHeight(120)
            self.lignende_etikett = QLabel(self.tr("Lignende saker (finnes saken fra før?)"))
            f.addRow(self.lignende_etikett)
            f.addRow(self.lignende)
            self._tid = QTimer(self, singleShot=True, interval=300)
            self._tid.timeout.connect(self.oppdater_lignende)
            self.tittel.textChanged.connect(lambda _t: self._tid.start())
        else:
            status = QLabel(f"{sak.status} {sak.statusnavn}")
            f.addRow(self.tr("Status"), status)
        self.faner.addTab(gen, self.tr("Generelt"))
        parter = QTreeWidget()
        parter.setRootIsDecorated(False)
        parter.setHeaderLabels([self.tr("Journalpost"), self.tr("Avsender/Mottaker"), self.tr("Tittel")])
        for jp in sak.journalposter if sak else []:
            parter.addTopLevelItem(
                QTreeWidgetItem([jp.journalpostnummer, jp.avsender_mottaker or "", jp.tittel])
            )
        self.faner.addTab(parter, self.tr("Avsender/Mottaker"))
        skj = sak.skjerming if sak else None
        self.skjerming = Skjermingsfane(
            skj.tilgangskode if skj else None, skj.hjemmel if skj else None, skj.nivaa if skj else None
        )
        self.faner.addTab(self.skjerming, self.tr("Skjerming"))
        self.faner.addTab(_merknadsfane(sak.merknader if sak else []), self.tr("Merknader"))
        self.faner.addTab(_historikkfane(list(historikk)), self.tr("Historikk"))
        self.lag.addWidget(_laast(laast))
        self.lag.addWidget(self.faner)
        if laast:
            for w in (self.tittel, self.tittel2, self.sakstype, self.ansvarlig, self.skjerming):
                w.setEnabled(False)
        self.ferdig()

    def oppdater_lignende(self) -> None:
        if self._lignende is None:
            return
        self.lignende.clear()
        try:
            treff = self._lignende(self.tittel.text())
        except Exception:
            treff = []
        for t in treff:
            self.lignende.addItem(f"{t['saksnummer']}  {t['tittel']}  ({t['status']})")

    def sjekk(self) -> str | None:
        v = self.skjerming.verdi()
        if not self.tittel.text().strip():
            return self.tr("Saken må ha en tittel")
        if v.kode and not v.hjemmel:
            return self.tr("Skjerming krever en hjemmel")
        if self.sak is None and not self.klasse.text().strip():
            return self.tr("En ny sak må ha en primær ordningsverdi (K-kode, gårds- og bruksnummer …)")
        return None

    def verdier(self) -> SakVerdier:
        return SakVerdier(
            tittel=self.tittel.text().strip(),
            tittel2=self.tittel2.text().strip() or None,
            sakstype=self.sakstype.currentData(),
            saksansvarlig=self.ansvarlig.currentData(),
            klasse=self.klasse.text().strip() or None,
            ordningsprinsipp=self.ordningsprinsipp.currentData() or "K-kode",
            skjerming=self.skjerming.verdi(),
            skjerming_endret=self.skjerming.endret(),
        )


# --- journalpost -------------------------------------------------------------


@dataclass
class JpVerdier:
    sak: str
    type: str
    tittel: str
    tittel2: str | None
    dokumentdato: date
    forfallsdato: date | None
    saksbehandler: str | None
    skjerming: SkjermingValg
    parter: dict[str, list[PartInn]] = field(default_factory=dict)
    parter_endret: bool = False
    skjerming_endret: bool = False


class _Partfane(QWidget):
    KOL = ("rolle", "navn", "epost", "adresse", "postnummer", "poststed")

    def __init__(self, jp: JournalpostInfo | None, parent=None) -> None:
        super().__init__(parent)
        lag = QVBoxLayout(self)
        self.tabell = QTableWidget(0, len(self.KOL))
        self.tabell.setObjectName("parter")
        self.tabell.setHorizontalHeaderLabels(
            [
                self.tr("Rolle"),
                self.tr("Navn / initialer"),
                self.tr("E-post"),
                self.tr("Adresse"),
                self.tr("Postnr"),
                self.tr("Poststed"),
            ]
        )
        self.tabell.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabell.verticalHeader().setVisible(False)
        lag.addWidget(self.tabell)
        knapper = QHBoxLayout()
        self.ny = QPushButton(self.tr("Legg til part"))
        self.fjern = QPushButton(self.tr("Fjern part"))
        self.ny.clicked.connect(
            lambda: self.legg_til("avsender" if self._type() == "I" else "mottaker", PartInn(""))
        )
        self.fjern.clicked.connect(lambda: self.tabell.removeRow(self.tabell.currentRow()))
        knapper.addWidget(self.ny)
        knapper.addWidget(self.fjern)
        knapper.addStretch(1)
        lag.addLayout(knapper)
        self._type: Callable[[], str] = lambda: "I"
        for p in (jp.avsender + jp.mottakere + jp.kopimottakere) if jp else []:
            self.legg_til(
                p.rolle, PartInn(p.intern_initialer or p.navn, p.epost, p.adresse, p.postnummer, p.poststed)
            )
        self._start = self.verdi()

    def legg_til(self, rolle: str, p: PartInn) -> None:
        r = self.tabell.rowCount()
        self.tabell.insertRow(r)
        c = QComboBox()
        for k, v in KORRESPONDANSEPARTROLLER.items():
            c.addItem(self.tr(v), k)
        c.setCurrentIndex(max(0, c.findData(rolle)))
        self.tabell.setCellWidget(r, 0, c)
        for i, v in enumerate((p.navn, p.epost, p.adresse, p.postnummer, p.poststed), start=1):
            self.tabell.setItem(r, i, QTableWidgetItem(v or ""))

    def verdi(self) -> dict[str, list[PartInn]]:
        ut: dict[str, list[PartInn]] = {"avsender": [], "mottaker": [], "kopimottaker": []}
        for r in range(self.tabell.rowCount()):
            felt = [_tekst(self.tabell.item(r, i)) for i in range(1, 6)]
            if not felt[0]:
                continue
            velger = self.tabell.cellWidget(r, 0)
            assert isinstance(velger, QComboBox)  # every row gets its role picker in legg_til
            rolle = velger.currentData()
            ut[rolle].append(
                PartInn(felt[0], felt[1] or None, felt[2] or None, felt[3] or None, felt[4] or None)
            )
        return ut

    def endret(self) -> bool:
        return self.verdi() != self._start


class JournalpostKortDialog(Skjema):
    """Ny journalpost (Ctrl+Shift+D) or the card of an existing one."""

    def __init__(
        self,
        brukere: list[BrukerInfo],
        parent: QWidget | None = None,
        *,
        jp: JournalpostInfo | None = None,
        saksnr: str | None = None,
        historikk: Sequence[LoggInfo] = (),
        laast: str | None = None,
        meg: str | None = None,
        dokumentfane: QWidget | None = None,
    ) -> None:
        tittel = (
            self.tr("Ny journalpost")
            if jp is None
            else self.tr("Journalpost %1").replace("%1", jp.journalpostnummer)
        )
        super().__init__(tittel, parent, ok=self.tr("Registrer") if jp is None else self.tr("Lagre"))
        self.setMinimumSize(720, 500)
        self.jp = jp
        self.faner = QTabWidget()
        gen = QWidget()
        f = QFormLayout(gen)
        self.sak = QLineEdit(jp.saksnummer if jp else (saksnr or ""))
        self.sak.setObjectName("saksnummer")
        self.sak.setPlaceholderText("2026/123")
        self.sak.setReadOnly(jp is not None)
        self.type = QComboBox()
        self.type.setObjectName("jptype")
        for k, v in JOURNALPOSTTYPER.items():
            self.type.addItem(f"{k} – {self.tr(v)}", k)
        self.type.setCurrentIndex(max(0, self.type.findData(jp.type if jp else "U")))
        # The type stays correctable until the post is locked (Outlook's In/Sent is only a guess).
        self.type.setEnabled(jp is None or (jp.status in ("R", "S") and jp.type in "IUNX"))
        self.tittel = QLineEdit(jp.tittel if jp else "")
        self.tittel.setObjectName("tittel")
        self.tittel2 = QLineEdit((jp.tittel2 or "") if jp else "")
        self.tittel2.setObjectName("tittel2")
        self.dokumentdato = datofelt(jp.dokumentdato if jp else None)
        self.har_forfall = QCheckBox(self.tr("Svarfrist"))
        self.har_forfall.setChecked(bool(jp and jp.forfallsdato))
        self.forfall = datofelt(jp.forfallsdato if jp and jp.forfallsdato else None)
        self.forfall.setEnabled(self.har_forfall.isChecked())
        self.har_forfall.toggled.connect(self.forfall.setEnabled)
        rad = QHBoxLayout()
        rad.addWidget(self.har_forfall)
        rad.addWidget(self.forfall)
        rad.addStretch(1)
        self.saksbehandler = brukervelger(
            brukere, tom=self.tr("– meg selv –"), valgt=jp.saksbehandler if jp else None
        )
        self.saksbehandler.setEnabled(jp is None)
        f.addRow(self.tr("Sak"), self.sak)
        f.addRow(self.tr("Type"), self.type)
        f.addRow(self.tr("Tittel (linje 1, offentlig)"), self.tittel)
        f.addRow(self.tr("Tittel linje 2"), self.tittel2)
        f.addRow(self.tr("Dokumentdato"), self.dokumentdato)
        f.addRow(self.tr("Forfall"), rad)
        f.addRow(self.tr("Saksbehandler"), self.saksbehandler)
        if jp:
            f.addRow(self.tr("Status"), QLabel(f"{jp.status} {jp.statusnavn}"))
        self.faner.addTab(gen, self.tr("Generelt"))
        self.parter = _Partfane(jp)
        self.parter._type = lambda: self.type.currentData()
        self.faner.addTab(self.parter, self.tr("Avsender/Mottaker"))
        if dokumentfane is not None:
            self.faner.addTab(dokumentfane, self.tr("Dokumenter"))
        skj = jp.skjerming if jp and jp.skjerming and not jp.skjerming.arvet_fra_sak else None
        self.skjerming = Skjermingsfane(
            skj.tilgangskode if skj else None, skj.hjemmel if skj else None, skj.nivaa if skj else None
        )
        self.faner.addTab(self.skjerming, self.tr("Skjerming"))
        self.faner.addTab(_merknadsfane(jp.merknader if jp else []), self.tr("Merknader"))
        self.faner.addTab(_historikkfane(list(historikk)), self.tr("Historikk"))
        self.lag.addWidget(_laast(laast))
        self.lag.addWidget(self.faner)
        if laast:
            for w in (
                self.tittel,
                self.tittel2,
                self.dokumentdato,
                self.har_forfall,
                self.forfall,
                self.parter,
            ):
                w.setEnabled(False)
        self.ferdig()

    def sjekk(self) -> str | None:
        if not self.sak.text().strip():
            return self.tr("Oppgi saksnummer")
        if not self.tittel.text().strip():
            return self.tr("Journalposten må ha en tittel")
        v = self.skjerming.verdi()
        if v.kode and not v.hjemmel:
            return self.tr("Skjerming krever en hjemmel")
        return None

    def verdier(self) -> JpVerdier:
        return JpVerdier(
            sak=self.sak.text().strip(),
            type=self.type.currentData(),
            tittel=self.tittel.text().strip(),
            tittel2=self.tittel2.text().strip() or None,
            dokumentdato=dato(self.dokumentdato),
            forfallsdato=dato(self.forfall) if self.har_forfall.isChecked() else None,
            saksbehandler=self.saksbehandler.currentData(),
            parter=self.parter.verdi(),
            parter_endret=self.parter.endret(),
            skjerming=self.skjerming.verdi(),
            skjerming_endret=self.skjerming.endret(),
        )
