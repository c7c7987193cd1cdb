"""The register of utvalg and the delegated decisions, in the window (issue 15).

``UtvalgDialog`` lists the bodies and the members of the chosen one (role, party, period) and
registers a new body or member through app/services/politikk/utvalg.py; ``DelegertVedtakDialog``
picks the body a delegated decision (DS) is referred to; ``DelegasjonslisteDialog`` lists every DS
referred to a body in a period. Each button goes through the window's Vinduskontekst, so a refusal
is shown as the service words it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.regler import politikk as regler
from app.services.politikk import lesing, utvalg
from app.services.politikk.felles import BehandlingRad, UtvalgInfo
from app.views.dialoger.felles import Skjema

if TYPE_CHECKING:
    from app.views.hovedvindu.kontekst import Vinduskontekst


#: The role and status names of app/domain/regler/politikk.py, shown in these dialogs.
_NAVN = (
    QT_TRANSLATE_NOOP("Politikkregister", "Leder"),
    QT_TRANSLATE_NOOP("Politikkregister", "Nestleder"),
    QT_TRANSLATE_NOOP("Politikkregister", "Medlem"),
    QT_TRANSLATE_NOOP("Politikkregister", "Varamedlem"),
    QT_TRANSLATE_NOOP("Politikkregister", "I saksgangen"),
    QT_TRANSLATE_NOOP("Politikkregister", "Klar til behandling"),
    QT_TRANSLATE_NOOP("Politikkregister", "Satt opp på møte"),
    QT_TRANSLATE_NOOP("Politikkregister", "Ferdig behandlet"),
)


def _navn(tekst: str) -> str:
    return QCoreApplication.translate("Politikkregister", tekst)


def _dato(d: QDateEdit) -> date:
    q = d.date()
    return date(q.year(), q.month(), q.day())


def _datofelt(navn: str, dag: date) -> QDateEdit:
    felt = QDateEdit(QDate(dag.year, dag.month, dag.day))
    felt.setObjectName(navn)
    felt.setCalendarPopup(True)
    felt.setDisplayFormat("dd.MM.yyyy")
    return felt


class NyttUtvalgDialog(Skjema):
    """Kortnavn, navn, møtesekretær and the fullmaktsorgan its delegated decisions go to."""

    def __init__(self, finnes: Sequence[UtvalgInfo], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nytt utvalg"), parent, ok=self.tr("Opprett utvalget"))
        self.kode = QLineEdit()
        self.kode.setObjectName("utvalg_kode")
        self.kode.setMaxLength(20)
        self.skjema.addRow(self.tr("Kortnavn"), self.kode)
        self.navn = QLineEdit()
        self.navn.setObjectName("utvalg_navn")
        self.skjema.addRow(self.tr("Navn"), self.navn)
        self.sekretar = QLineEdit()
        self.sekretar.setObjectName("utvalg_sekretar")
        self.sekretar.setPlaceholderText(self.tr("Initialer, for eksempel LMO"))
        self.skjema.addRow(self.tr("Møtesekretær"), self.sekretar)
        self.fullmaktsorgan = QComboBox()
        self.fullmaktsorgan.setObjectName("utvalg_fullmaktsorgan")
        self.fullmaktsorgan.addItem(self.tr("Ingen"), None)
        for u in finnes:
            self.fullmaktsorgan.addItem(f"{u.kode} – {u.navn}", u.kode)
        self.skjema.addRow(self.tr("Fullmaktsorgan"), self.fullmaktsorgan)
        self.ferdig()

    def sjekk(self) -> str | None:
        if not self.kode.text().strip() or not self.navn.text().strip():
            return self.tr("Utvalget trenger et kortnavn og et navn")
        return None


class MedlemDialog(Skjema):
    """A member or deputy: name, role, party, e-mail and the period the seat runs (valgperiode)."""

    ROLLER = tuple(regler.MEDLEMSROLLER.items())

    def __init__(self, kode: str, idag: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nytt medlem i %1").replace("%1", kode), parent, ok=self.tr("Legg til"))
        self.navn = QLineEdit()
        self.navn.setObjectName("medlem_navn")
        self.skjema.addRow(self.tr("Navn"), self.navn)
        self.rolle = QComboBox()
        self.rolle.setObjectName("medlem_rolle")
        for kode_, navn in self.ROLLER:
            self.rolle.addItem(_navn(navn), kode_)
        self.rolle.setCurrentIndex(self.rolle.findData("medlem"))
        self.skjema.addRow(self.tr("Rolle"), self.rolle)
        self.parti = QLineEdit()
        self.parti.setObjectName("medlem_parti")
        self.skjema.addRow(self.tr("Parti"), self.parti)
        self.epost = QLineEdit()
        self.epost.setObjectName("medlem_epost")
        self.skjema.addRow(self.tr("E-post"), self.epost)
        self.med_periode = QCheckBox(self.tr("Bare for en periode"))
        self.med_periode.setObjectName("medlem_med_periode")
        self.fra = _datofelt("medlem_fra", idag)
        self.til = _datofelt("medlem_til", idag.replace(year=idag.year + 4))
        periode = QHBoxLayout()
        periode.addWidget(self.med_periode)
        periode.addWidget(self.fra)
        periode.addWidget(QLabel("–"))
        periode.addWidget(self.til)
        self.med_periode.toggled.connect(self._periode)
        self._periode(False)
        self.skjema.addRow(self.tr("Periode"), periode)
        self.ferdig()

    def _periode(self, paa: bool) -> None:
        self.fra.setEnabled(paa)
        self.til.setEnabled(paa)

    def fyll(
        self, navn: str, *, rolle: str = "medlem", parti: str = "", periode: tuple[date, date] | None = None
    ):
        """What a user types (the tests' seam)."""
        self.navn.setText(navn)
        self.rolle.setCurrentIndex(self.rolle.findData(rolle))
        self.parti.setText(parti)
        self.med_periode.setChecked(periode is not None)
        if periode is not None:
            for felt, d in zip((self.fra, self.til), periode, strict=True):
                felt.setDate(QDate(d.year, d.month, d.day))

    def periode(self) -> tuple[date | None, date | None]:
        return (_dato(self.fra), _dato(self.til)) if self.med_periode.isChecked() else (None, None)

    def sjekk(self) -> str | None:
        if not self.navn.text().strip():
            return self.tr("Skriv medlemmets navn")
        fra, til = self.periode()
        if fra and til and til < fra:
            return self.tr("Perioden slutter før den begynner")
        return None


class UtvalgDialog(QDialog):
    """The register of utvalg: the bodies, the chosen body's members, and the buttons that add them."""

    def __init__(self, ctx: Vinduskontekst) -> None:
        super().__init__(ctx.forelder)
        self.ctx = ctx
        self.setObjectName("utvalgsregister")
        self.setWindowTitle(self.tr("Utvalg"))
        self.resize(860, 480)
        lag = QVBoxLayout(self)
        self.utvalg = QTreeWidget()
        self.utvalg.setObjectName("utvalg_liste")
        self.utvalg.setRootIsDecorated(False)
        self.utvalg.setHeaderLabels(
            [self.tr("Kortnavn"), self.tr("Navn"), self.tr("Møtesekretær"), self.tr("Fullmaktsorgan")]
        )
        self.utvalg.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.utvalg.currentItemChanged.connect(lambda *_: self._vis_medlemmer())
        lag.addWidget(QLabel(self.tr("Utvalg")))
        lag.addWidget(self.utvalg)
        self.medlemmer = QTreeWidget()
        self.medlemmer.setObjectName("utvalg_medlemmer")
        self.medlemmer.setRootIsDecorated(False)
        self.medlemmer.setHeaderLabels(
            [self.tr("Navn"), self.tr("Rolle"), self.tr("Parti"), self.tr("E-post"), self.tr("Periode")]
        )
        self.medlemmer.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.medlemmer_tittel = QLabel()
        lag.addWidget(self.medlemmer_tittel)
        lag.addWidget(self.medlemmer)
        knapper = QHBoxLayout()
        self.nytt = QPushButton(self.tr("Nytt utvalg …"))
        self.nytt.setObjectName("nytt_utvalg")
        self.nytt.clicked.connect(lambda: ctx.trygt(self.nytt_utvalg))
        self.nytt_medlem_knapp = QPushButton(self.tr("Legg til medlem …"))
        self.nytt_medlem_knapp.setObjectName("nytt_medlem")
        self.nytt_medlem_knapp.clicked.connect(lambda: ctx.trygt(self.nytt_medlem))
        knapper.addWidget(self.nytt)
        knapper.addWidget(self.nytt_medlem_knapp)
        knapper.addStretch(1)
        lukk = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        lukk.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        lukk.rejected.connect(self.reject)
        knapper.addWidget(lukk)
        lag.addLayout(knapper)
        self._liste: list[UtvalgInfo] = []
        self.les()

    def les(self, velg: str | None = None) -> None:
        valgt = velg or self.valgt_kode()
        self._liste = self.ctx.hent(utvalg.liste_utvalg, alle_medlemmer=True)
        self.utvalg.clear()
        for u in self._liste:
            it = QTreeWidgetItem(self.utvalg, [u.kode, u.navn, u.sekretar or "", u.fullmaktsorgan or ""])
            it.setData(0, Qt.ItemDataRole.UserRole, u.kode)
            if u.kode == valgt:
                self.utvalg.setCurrentItem(it)
        forste = self.utvalg.topLevelItem(0)
        if self.utvalg.currentItem() is None and forste is not None:
            self.utvalg.setCurrentItem(forste)
        self._vis_medlemmer()

    def valgt_kode(self) -> str | None:
        it = self.utvalg.currentItem()
        return it.data(0, Qt.ItemDataRole.UserRole) if it is not None else None

    def velg(self, kode: str) -> None:
        for i in range(self.utvalg.topLevelItemCount()):
            it = self.utvalg.topLevelItem(i)
            if it is not None and it.data(0, Qt.ItemDataRole.UserRole) == kode:
                self.utvalg.setCurrentItem(it)

    def _vis_medlemmer(self) -> None:
        kode = self.valgt_kode()
        u = next((x for x in self._liste if x.kode == kode), None)
        self.medlemmer.clear()
        self.nytt_medlem_knapp.setEnabled(u is not None)
        self.medlemmer_tittel.setText(
            self.tr("Medlemmer i %1").replace("%1", f"{u.kode} – {u.navn}") if u else self.tr("Medlemmer")
        )
        for md in u.medlemmer if u else []:
            periode = ""
            if md.fra or md.til:
                periode = f"{md.fra:%d.%m.%Y}" if md.fra else ""
                periode += " – " + (f"{md.til:%d.%m.%Y}" if md.til else "")
            rolle = _navn(regler.MEDLEMSROLLER.get(md.rolle, md.rolle))
            QTreeWidgetItem(self.medlemmer, [md.navn, rolle, md.parti or "", md.epost or "", periode])

    def nytt_utvalg(self) -> None:
        d = NyttUtvalgDialog(self._liste, self)
        if not self.ctx.kjor_dialog(d):
            return
        kode = d.kode.text().strip().upper()
        if self.ctx.utfor(
            "alt", utvalg.opprett_utvalg, kode=kode, navn=d.navn.text(),
            sekretar=d.sekretar.text().strip() or None, fullmaktsorgan=d.fullmaktsorgan.currentData(),
        ):  # fmt: skip
            self.les(velg=kode)

    def nytt_medlem(self) -> None:
        kode = self.valgt_kode()
        if kode is None:
            return
        d = MedlemDialog(kode, self.ctx.tjeneste.db.idag(), self)
        if not self.ctx.kjor_dialog(d):
            return
        fra, til = d.periode()
        if self.ctx.utfor(
            "alt", utvalg.legg_til_medlem, kode, navn=d.navn.text(), rolle=d.rolle.currentData(),
            parti=d.parti.text() or None, epost=d.epost.text() or None, fra=fra, til=til,
        ):  # fmt: skip
            self.les(velg=kode)


class DelegertVedtakDialog(Skjema):
    """Register a delegated decision (DS): the body whose delegation it was made under."""

    def __init__(self, jpnr: str, liste: Sequence[UtvalgInfo], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Delegert vedtak %1").replace("%1", jpnr), parent, ok=self.tr("Registrer delegert vedtak")
        )
        self._liste = list(liste)
        self.utvalg = QComboBox()
        self.utvalg.setObjectName("ds_utvalg")
        for u in self._liste:
            self.utvalg.addItem(f"{u.kode} – {u.navn}", u.kode)
        self.utvalg.currentIndexChanged.connect(lambda _i: self._vis())
        self.skjema.addRow(self.tr("Vedtatt etter delegasjon fra"), self.utvalg)
        self.referert = QLabel()
        self.referert.setObjectName("ds_referert")
        self.referert.setWordWrap(True)
        self.skjema.addRow(self.tr("Refereres til"), self.referert)
        self._vis()
        self.ferdig()

    def _vis(self) -> None:
        u = next((x for x in self._liste if x.kode == self.utvalg.currentData()), None)
        if u is None:
            self.referert.setText("")
        elif u.fullmaktsorgan:
            self.referert.setText(self.tr("fullmaktsorganet %1").replace("%1", u.fullmaktsorgan))
        else:
            self.referert.setText(
                self.tr("%1 selv (utvalget har ikke noe fullmaktsorgan)").replace("%1", u.kode)
            )

    def velg(self, kode: str) -> None:
        self.utvalg.setCurrentIndex(self.utvalg.findData(kode))

    def sjekk(self) -> str | None:
        return None if self.utvalg.currentData() else self.tr("Velg utvalget")


class DelegasjonslisteDialog(QDialog):
    """Every delegated decision referred to a body in a period (the delegasjonsliste)."""

    def __init__(self, ctx: Vinduskontekst) -> None:
        super().__init__(ctx.forelder)
        self.ctx = ctx
        self.setObjectName("delegasjonsliste")
        self.setWindowTitle(self.tr("Delegasjonsliste"))
        self.resize(860, 440)
        lag = QVBoxLayout(self)
        valg = QHBoxLayout()
        self.utvalg = QComboBox()
        self.utvalg.setObjectName("delegasjon_utvalg")
        for u in ctx.hent(utvalg.liste_utvalg):
            self.utvalg.addItem(f"{u.kode} – {u.navn}", u.kode)
        idag = ctx.tjeneste.db.idag()
        self.fra = _datofelt("delegasjon_fra", idag.replace(month=1, day=1))
        self.til = _datofelt("delegasjon_til", idag)
        self.vis_knapp = QPushButton(self.tr("Vis"))
        self.vis_knapp.setObjectName("delegasjon_vis")
        self.vis_knapp.clicked.connect(lambda: ctx.trygt(self.vis))
        for tekst, felt in (
            (self.tr("Utvalg"), self.utvalg),
            (self.tr("Fra"), self.fra),
            (self.tr("Til"), self.til),
        ):
            valg.addWidget(QLabel(tekst))
            valg.addWidget(felt)
        valg.addWidget(self.vis_knapp)
        valg.addStretch(1)
        lag.addLayout(valg)
        self.tabell = QTreeWidget()
        self.tabell.setObjectName("delegasjon_rader")
        self.tabell.setRootIsDecorated(False)
        self.tabell.setHeaderLabels(
            [self.tr("Journalpost"), self.tr("Tittel"), self.tr("Saksbehandler"), self.tr("Status"),
             self.tr("Møte")]
        )  # fmt: skip
        self.tabell.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lag.addWidget(self.tabell)
        self.antall = QLabel()
        self.antall.setObjectName("delegasjon_antall")
        lag.addWidget(self.antall)
        lukk = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        lukk.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        lukk.rejected.connect(self.reject)
        lag.addWidget(lukk)
        self.rader: list[BehandlingRad] = []
        if self.utvalg.count():
            self.vis()

    def velg(self, kode: str, fra: date, til: date) -> None:
        self.utvalg.setCurrentIndex(self.utvalg.findData(kode))
        self.fra.setDate(QDate(fra.year, fra.month, fra.day))
        self.til.setDate(QDate(til.year, til.month, til.day))
        self.vis()

    def vis(self) -> None:
        kode = self.utvalg.currentData()
        if not kode:
            return
        self.rader = self.ctx.hent(lesing.delegasjonsliste, kode, fra=_dato(self.fra), til=_dato(self.til))
        self.tabell.clear()
        for r in self.rader:
            QTreeWidgetItem(
                self.tabell,
                [r.journalpostnummer, r.tittel, r.saksbehandler or "", _navn(regler.UTVALGSSAKSTATUSER.get(r.status, r.status)),
                 f"{r.motedato:%d.%m.%Y}" if r.motedato else ""],
            )  # fmt: skip
        for k in (0, 2, 3, 4):
            self.tabell.resizeColumnToContents(k)
        self.antall.setText(self.tr("%n delegert(e) vedtak", "", len(self.rader)))
