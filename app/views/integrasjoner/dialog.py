"""The integrations' status, for the archive: an Oversikt of all five (eInnsyn, Fiks Arkiv,
Enhetsregisteret, SvarUt, SvarInn), then Fiks Arkiv receipts, eInnsyn publication, Enhetsregisteret.

Each tab is read from the same services the CLI prints (``integrasjon status``, ``arkivmelding
status``, ``einnsyn status``). Work that talks to the network or the watched folder (Ta imot nå, Publiser nå,
Prøv igjen) runs off the UI thread; the tab refreshes when it is done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.feil import SaksbordFeil
from app.services import arkivmelding, einnsyn, enhetsregister, innstillinger, integrasjoner
from app.services.arbeid import Kontekst
from app.widgets.arbeider import Arbeider
from app.widgets.hendelser import hendelser


def _tid(t: datetime | None) -> str:
    return f"{t:%d.%m.%Y %H:%M}" if t else ""


def _tabell(navn: str, kolonner: int, strekk: int) -> QTableWidget:
    t = QTableWidget(0, kolonner)
    t.setObjectName(navn)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setSectionResizeMode(strekk, QHeaderView.ResizeMode.Stretch)
    return t


def _fyll(t: QTableWidget, rader: Sequence[Sequence[str]]) -> None:
    t.setRowCount(len(rader))
    for i, celler in enumerate(rader):
        for k, tekst in enumerate(celler):
            c = QTableWidgetItem(tekst)
            c.setToolTip(tekst)
            t.setItem(i, k, c)


class IntegrasjonsDialog(QDialog):
    def __init__(self, ctx: Kontekst, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("integrasjonsdialog")
        self.setMinimumSize(860, 480)
        self.ctx = ctx
        self.faner = QTabWidget()

        self.oversikt_side = QWidget()
        self.oversikt = _tabell("oversikt", 4, 2)
        self.oversikt.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.oversikt.itemSelectionChanged.connect(self._vis_detaljer)
        self.detaljer = QPlainTextEdit()
        self.detaljer.setObjectName("oversikt_detaljer")
        self.detaljer.setReadOnly(True)
        self.detaljer.setMaximumHeight(140)
        self.oversikt_info = QLabel()
        self.oversikt_info.setWordWrap(True)
        lag_o = QVBoxLayout(self.oversikt_side)
        lag_o.addWidget(self.oversikt_info)
        lag_o.addWidget(self.oversikt, 1)
        lag_o.addWidget(self.detaljer)
        self._oversikt: list[integrasjoner.Integrasjonsstatus] = []

        self.fiks = QWidget()
        self.mottak = _tabell("mottak", 5, 4)
        self.ta_imot = QPushButton()
        self.ta_imot.setObjectName("ta_imot")
        self.ta_imot.clicked.connect(self._on_ta_imot)
        self.fiks_info = QLabel()
        self.fiks_info.setObjectName("fiks_info")
        self.fiks_info.setWordWrap(True)
        self._side(self.fiks, self.fiks_info, self.mottak, [self.ta_imot])

        self.einnsyn = QWidget()
        self.publisering = _tabell("publisering", 4, 2)
        self.publiser = QPushButton()
        self.publiser.setObjectName("publiser")
        self.publiser.clicked.connect(lambda: self._kjor_publisering(None))
        self.prov_igjen = QPushButton()
        self.prov_igjen.setObjectName("prov_igjen")
        self.prov_igjen.clicked.connect(self._on_prov_igjen)
        self.einnsyn_info = QLabel()
        self.einnsyn_info.setObjectName("einnsyn_info")
        self.einnsyn_info.setWordWrap(True)
        self._side(self.einnsyn, self.einnsyn_info, self.publisering, [self.publiser, self.prov_igjen])

        self.enhet = QWidget()
        skjema = QFormLayout(self.enhet)
        self.enhet_url, self.enhet_cache = QLabel(), QLabel()
        self.enhet_url.setObjectName("enhet_url")
        self.enhet_cache.setObjectName("enhet_cache")
        self.enhet_url_etikett, self.enhet_cache_etikett = QLabel(), QLabel()
        skjema.addRow(self.enhet_url_etikett, self.enhet_url)
        skjema.addRow(self.enhet_cache_etikett, self.enhet_cache)

        self.faner.addTab(self.oversikt_side, "")
        self.faner.addTab(self.fiks, "")
        self.faner.addTab(self.einnsyn, "")
        self.faner.addTab(self.enhet, "")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.knapper = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.knapper.rejected.connect(self.reject)
        lag = QVBoxLayout(self)
        lag.addWidget(self.faner, 1)
        lag.addWidget(self.status)
        lag.addWidget(self.knapper)

        self._arbeider = Arbeider(self)
        self._arbeider.sig_result.connect(self._on_ferdig)
        self._arbeider.sig_error.connect(lambda e: self.status.setText(str(e)))
        self._feilet: list[int] = []
        self.retranslate_ui()
        self.oppdater()

    def _side(self, side: QWidget, info: QLabel, tabell: QTableWidget, knapper: list[QPushButton]) -> None:
        lag = QVBoxLayout(side)
        lag.addWidget(info)
        lag.addWidget(tabell, 1)
        rad = QHBoxLayout()
        for k in knapper:
            rad.addWidget(k)
        rad.addStretch(1)
        lag.addLayout(rad)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Integrasjoner"))
        self.faner.setTabText(0, self.tr("Oversikt"))
        self.faner.setTabText(1, self.tr("Arkivmeldinger (Fiks Arkiv)"))
        self.faner.setTabText(2, self.tr("eInnsyn"))
        self.faner.setTabText(3, self.tr("Enhetsregisteret"))
        self.oversikt_info.setText(
            self.tr("Det registeret vet om hver integrasjon; velg en rad for det som trenger tilsyn.")
        )
        self.oversikt.setHorizontalHeaderLabels(
            [self.tr("Integrasjon"), self.tr("Satt opp"), self.tr("Tilstand"), self.tr("Trenger tilsyn")]
        )
        self.mottak.setHorizontalHeaderLabels(
            [
                self.tr("Mottatt"),
                self.tr("Melding"),
                self.tr("Status"),
                self.tr("Registrert"),
                self.tr("Feil"),
            ]
        )
        self.publisering.setHorizontalHeaderLabels(
            [self.tr("Journalpost"), self.tr("Status"), self.tr("Offentlig tittel"), self.tr("Tid")]
        )
        self.ta_imot.setText(self.tr("Ta imot nå"))
        self.publiser.setText(self.tr("Publiser nå"))
        self.prov_igjen.setText(self.tr("Prøv igjen"))
        self.enhet_url_etikett.setText(self.tr("Adresse"))
        self.enhet_cache_etikett.setText(self.tr("Hurtigbuffer"))
        self.knapper.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))

    @property
    def opptatt(self) -> bool:
        return self._arbeider.opptatt

    def oppdater(self) -> None:
        """Read every tab again from the services."""
        ctx = self.ctx
        inst = innstillinger.les(ctx)
        try:
            self._oversikt = integrasjoner.oversikt(ctx)
        except SaksbordFeil as e:
            self._oversikt = []
            self.oversikt_info.setText(str(e))
        _fyll(
            self.oversikt,
            [
                [r.navn, self.tr("Ja") if r.satt_opp else self.tr("Nei"),
                 r.tilstand + (f" – {r.adresse}" if r.adresse else ""), str(r.trenger_tilsyn or "")]
                for r in self._oversikt
            ],
        )  # fmt: skip
        for k in (0, 1, 3):
            self.oversikt.resizeColumnToContents(k)
        self._vis_detaljer()
        try:
            rot = arkivmelding.rotmappe(ctx)
            self.fiks_info.setText(self.tr("Overvåket mappe: %1").replace("%1", str(rot / "inn")))
            _fyll(
                self.mottak,
                [
                    [
                        _tid(r.mottatt),
                        r.filnavn,
                        r.status,
                        r.journalpostnummer or r.saksnummer or "",
                        r.feil or "",
                    ]
                    for r in arkivmelding.mottak(ctx)
                ],
            )
        except (SaksbordFeil, OSError) as e:
            self.fiks_info.setText(str(e))
        try:
            rader = einnsyn.status(ctx)
        except SaksbordFeil as e:
            self.einnsyn_info.setText(str(e))
            rader = []
        else:
            har_nokkel = einnsyn.api_noekkel(inst.einnsyn_url) is not None
            self.einnsyn_info.setText(
                self.tr("%1 · ventetid %2 arbeidsdag(er)")
                .replace("%1", inst.einnsyn_url)
                .replace("%2", str(inst.einnsyn_ventetid_dager))
                + ("" if har_nokkel else " · " + self.tr("ingen API-nøkkel i nøkkelringen"))
            )
        self._feilet = [r.journalpost_id for r in rader if r.status.startswith("feilet")]
        _fyll(
            self.publisering,
            [[r.journalpostnummer, self._statustekst(r), r.tittel, _tid(r.tid)] for r in rader],
        )
        self.prov_igjen.setEnabled(bool(self._feilet))
        self.enhet_url.setText(inst.enhetsregisteret_url)
        st = enhetsregister.status(ctx)
        self.enhet_cache.setText(
            self.tr("%1 virksomheter i %2").replace("%1", str(st.antall)).replace("%2", st.mappe)
        )

    def _vis_detaljer(self) -> None:
        rader = {i.row() for i in self.oversikt.selectedIndexes()}
        valgt = [self._oversikt[i] for i in sorted(rader) if i < len(self._oversikt)]
        linjer = [f"{r.navn}: {d}" for r in (valgt or self._oversikt) for d in r.detaljer]
        self.detaljer.setPlainText("\n".join(linjer) or self.tr("Ingenting trenger tilsyn."))

    def _statustekst(self, r: einnsyn.Statusrad) -> str:
        if r.status == "venter" and r.klar_fra:
            return self.tr("venter (fra %1)").replace("%1", f"{r.klar_fra:%d.%m.%Y}")
        return r.status

    def _start(self, arbeid: Callable[[], str]) -> None:
        self.status.setText(self.tr("Arbeider …"))
        self._arbeider.start(lambda progress, avbrutt: arbeid())

    def _on_ta_imot(self) -> None:
        ctx = self.ctx

        def kjor() -> str:
            res = arkivmelding.motta_mappe(ctx)
            return "\n".join(r.melding for r in res) or self.tr("Ingen meldinger å ta imot")

        self._start(kjor)

    def _kjor_publisering(self, kun: set[int] | None) -> None:
        ctx = self.ctx
        self._start(lambda: einnsyn.publiser(ctx, kun=kun).melding)

    def _on_prov_igjen(self) -> None:
        valgt = {
            self._feilet[i.row()]
            for i in self.publisering.selectionModel().selectedRows()
            if i.row() < len(self._feilet)
        }
        self._kjor_publisering(valgt or set(self._feilet))

    def _on_ferdig(self, melding: str) -> None:
        self.status.setText(melding)
        self.oppdater()
        hendelser().sig_data_changed.emit("alt")

    def reject(self) -> None:
        self._arbeider.avbryt()
        super().reject()
