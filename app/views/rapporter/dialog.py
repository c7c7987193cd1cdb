"""Rapporter: choose a report and its criteria, see it at once, export it as CSV, HTML or PDF.

Every change of a criterion reruns the report (after a short pause) on the worker, with a
progress bar and Avbryt; a newer run cancels the older, so a stale preview never lands. The
preview is the report's own HTML, the export writes the same rows, and the restanse reports
also draw the leader's chart (restanser per saksbehandler, coloured by age).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.arbeid import Kontekst
from app.services.rapporter import RAPPORTER, Kriterier, Rapport, lag_rapport
from app.services.rapporter.format import som_csv, som_html
from app.widgets.arbeider import Arbeider
from app.widgets.restansediagram import Restansediagram

#: The menu's and the chooser's titles, for lupdate (the service's RAPPORTER holds the same bokmål).
TITLER = {
    "restanseliste": QT_TRANSLATE_NOOP("Rapporter", "Restanseliste"),
    "forfallsliste": QT_TRANSLATE_NOOP("Rapporter", "Forfallsliste"),
    "uavsluttede-saker": QT_TRANSLATE_NOOP("Rapporter", "Uavsluttede saker"),
    "fullstendig-journal": QT_TRANSLATE_NOOP("Rapporter", "Fullstendig journal for sak"),
    "lopende-journal": QT_TRANSLATE_NOOP("Rapporter", "Løpende journal"),
    "offentlig-journal": QT_TRANSLATE_NOOP("Rapporter", "Offentlig journal"),
}
assert set(TITLER) == set(RAPPORTER)


def tittel(navn: str) -> str:
    return QCoreApplication.translate("Rapporter", str(TITLER[navn]))


def _les_dato(tekst: str) -> date | None:
    tekst = tekst.strip()
    if not tekst:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(tekst, fmt).date()
        except ValueError:
            continue
    raise ValueError(tekst)


class RapportDialog(QDialog):
    def __init__(self, ctx: Kontekst, navn: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rapportdialog")
        self.setMinimumSize(980, 640)
        self.ctx = ctx
        self.rapport: Rapport | None = None
        self.velg_fil: Callable[[str, str], str] = self._velg_fil
        """Asks where to save (suggested name, filter); "" cancels. Tests replace it."""

        self.velger = QComboBox()
        self.velger.setObjectName("rapport")
        for n in RAPPORTER:
            self.velger.addItem("", n)
        if navn in RAPPORTER:
            self.velger.setCurrentIndex(list(RAPPORTER).index(navn))
        self.fra, self.til = QLineEdit(), QLineEdit()
        self.enhet, self.saksbehandler, self.sak = QLineEdit(), QLineEdit(), QLineEdit()
        for felt, objnavn in ((self.fra, "fra"), (self.til, "til"), (self.enhet, "enhet"),
                              (self.saksbehandler, "saksbehandler"), (self.sak, "sak")):  # fmt: skip
            felt.setObjectName(objnavn)
            felt.textChanged.connect(self._on_kriterium_endret)
        self.dager = QSpinBox()
        self.dager.setObjectName("dager")
        self.dager.setRange(-1, 365)
        self.dager.setValue(-1)
        self.dager.valueChanged.connect(self._on_kriterium_endret)
        self.velger.currentIndexChanged.connect(self._on_kriterium_endret)

        self.skjema = QFormLayout()
        self.etiketter = [QLabel() for _ in range(7)]
        for etikett, felt in zip(
            self.etiketter,
            (self.velger, self.fra, self.til, self.enhet, self.saksbehandler, self.sak, self.dager),
            strict=True,
        ):
            etikett.setBuddy(felt)
            self.skjema.addRow(etikett, felt)

        # Saved criteria (per user, in the desk's own settings): pick one to rerun it at once.
        self.lagrede = QComboBox()
        self.lagrede.setObjectName("lagrede")
        self.lagrede.activated.connect(self._on_lagret_valgt)
        self.kriterienavn = QLineEdit()
        self.kriterienavn.setObjectName("kriterienavn")
        self.lagre_kriterier = QPushButton()
        self.lagre_kriterier.setObjectName("lagre_kriterier")
        self.lagre_kriterier.clicked.connect(self._on_lagre_kriterier_clicked)
        lagret = QHBoxLayout()
        lagret.addWidget(self.kriterienavn, 1)
        lagret.addWidget(self.lagre_kriterier)
        self.innstillinger = QSettings("Saksbord", "Saksbord")
        """Where saved criteria live; tests point it at a file of their own."""

        self.fremdrift = QProgressBar()
        self.fremdrift.setObjectName("fremdrift")
        self.fremdrift.setRange(0, 100)
        self.avbryt = QPushButton()
        self.avbryt.setObjectName("avbryt")
        self.avbryt.setEnabled(False)
        self.avbryt.clicked.connect(self._on_avbryt_clicked)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        linje = QHBoxLayout()
        linje.addWidget(self.fremdrift, 1)
        linje.addWidget(self.avbryt)

        self.diagram = Restansediagram()
        self.diagram.setVisible(False)
        self.visning = QTextBrowser()
        self.visning.setObjectName("forhaandsvisning")

        self.knapper = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.eksport: dict[str, QPushButton] = {}
        for fmt in ("csv", "html", "pdf"):
            k = self.knapper.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
            k.setObjectName(f"lagre_{fmt}")
            k.setEnabled(False)
            k.clicked.connect(lambda _c=False, fmt=fmt: self.lagre(fmt))
            self.eksport[fmt] = k
        self.knapper.rejected.connect(self.reject)

        venstre = QVBoxLayout()
        venstre.addLayout(self.skjema)
        venstre.addWidget(self.lagrede)
        venstre.addLayout(lagret)
        venstre.addLayout(linje)
        venstre.addWidget(self.status)
        venstre.addStretch(1)
        hoyre = QVBoxLayout()
        hoyre.addWidget(self.diagram)
        hoyre.addWidget(self.visning, 1)
        midt = QHBoxLayout()
        midt.addLayout(venstre, 1)
        midt.addLayout(hoyre, 3)
        lag = QVBoxLayout(self)
        lag.addLayout(midt, 1)
        lag.addWidget(self.knapper)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(300)
        self._pause.timeout.connect(self.kjor)
        self._arbeider = Arbeider(self)
        self._arbeider.sig_progress.connect(self.fremdrift.setValue)
        self._arbeider.sig_result.connect(self._on_rapport)
        self._arbeider.sig_error.connect(self._on_feil)
        self.retranslate_ui()
        self.kjor()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Rapporter"))
        for i, n in enumerate(RAPPORTER):
            self.velger.setItemText(i, tittel(n))
        tekster = (self.tr("&Rapport"), self.tr("&Fra dato"), self.tr("&Til dato"), self.tr("&Enhet"),
                   self.tr("Saks&behandler"), self.tr("&Sak"), self.tr("Forfall innen (&dager)"))  # fmt: skip
        for etikett, tekst in zip(self.etiketter, tekster, strict=True):
            etikett.setText(tekst)
        for felt in (self.fra, self.til):
            felt.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.sak.setPlaceholderText(self.tr("2026/123 (fullstendig journal)"))
        self.dager.setSpecialValueText(self.tr("innstillingen"))
        self.avbryt.setText(self.tr("Avbryt"))
        self.kriterienavn.setPlaceholderText(self.tr("Navn på kriteriene"))
        self.lagre_kriterier.setText(self.tr("Lagre kriterier"))
        self._fyll_lagrede()
        self.eksport["csv"].setText(self.tr("Lagre som CSV…"))
        self.eksport["html"].setText(self.tr("Lagre som HTML…"))
        self.eksport["pdf"].setText(self.tr("Lagre som PDF…"))
        self.knapper.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))

    @property
    def navn(self) -> str:
        return str(self.velger.currentData())

    @property
    def opptatt(self) -> bool:
        return self._arbeider.opptatt

    def kriterier(self) -> Kriterier:
        """The criteria as typed; ValueError names a date that is not one."""
        return Kriterier(
            fra=_les_dato(self.fra.text()),
            til=_les_dato(self.til.text()),
            enhet=self.enhet.text().strip() or None,
            saksbehandler=self.saksbehandler.text().strip() or None,
            sak=self.sak.text().strip() or None,
            dager=None if self.dager.value() < 0 else self.dager.value(),
        )

    def _on_kriterium_endret(self, *_a: object) -> None:
        self._pause.start()

    def kjor(self) -> None:
        """Run the report with the current criteria on the worker (the older run is cancelled)."""
        self._pause.stop()
        try:
            k = self.kriterier()
        except ValueError as e:
            self.status.setText(self.tr("«%1» er ikke en dato (skriv ÅÅÅÅ-MM-DD)").replace("%1", str(e)))
            return
        if self.navn == "fullstendig-journal" and not k.sak:
            self._arbeider.avbryt()
            self.status.setText(self.tr("Skriv saksnummeret for å se sakens fullstendige journal"))
            return
        ctx, navn = self.ctx, self.navn
        self.fremdrift.setValue(0)
        self.avbryt.setEnabled(True)
        self.status.setText(self.tr("Lager rapporten …"))
        self._arbeider.start(
            lambda progress, avbrutt: lag_rapport(ctx, navn, k, progress=progress, cancelled=avbrutt)
        )

    def _on_avbryt_clicked(self) -> None:
        self._arbeider.avbryt()
        self.avbryt.setEnabled(False)
        self.status.setText(self.tr("Avbrutt"))

    def _on_rapport(self, r: Rapport) -> None:
        self.rapport = r
        self.avbryt.setEnabled(False)
        self.fremdrift.setValue(100)
        self.visning.setHtml(som_html(r))
        self.diagram.setVisible(bool(r.grupper))
        self.diagram.sett_grupper(r.grupper)
        for k in self.eksport.values():
            k.setEnabled(True)
        self.status.setText(
            self.tr("%1: %2 rader").replace("%1", tittel(r.navn)).replace("%2", str(len(r.rader)))
        )

    def _on_feil(self, e: BaseException) -> None:
        self.avbryt.setEnabled(False)
        self.status.setText(
            str(e) if hasattr(e, "melding") else self.tr("Uventet feil: %1").replace("%1", str(e))
        )

    # --- saved criteria ----------------------------------------------------------------------

    def _nokkel(self) -> str:
        return f"rapporter/{self.ctx.initialer.upper()}"

    def _alle_lagrede(self) -> dict[str, dict[str, str]]:
        verdi = self.innstillinger.value(self._nokkel(), "{}")
        try:
            data = json.loads(str(verdi))
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def _fyll_lagrede(self) -> None:
        self.lagrede.clear()
        self.lagrede.addItem(self.tr("Lagrede kriterier …"), None)
        for navn in sorted(self._alle_lagrede()):
            self.lagrede.addItem(navn, navn)

    def _on_lagre_kriterier_clicked(self) -> None:
        navn = self.kriterienavn.text().strip()
        if not navn:
            self.status.setText(self.tr("Gi kriteriene et navn først"))
            return
        alle = self._alle_lagrede()
        alle[navn] = {"rapport": self.navn, "fra": self.fra.text(), "til": self.til.text(),
                      "enhet": self.enhet.text(), "saksbehandler": self.saksbehandler.text(),
                      "sak": self.sak.text(), "dager": str(self.dager.value())}  # fmt: skip
        self.innstillinger.setValue(self._nokkel(), json.dumps(alle, ensure_ascii=False))
        self._fyll_lagrede()
        self.status.setText(self.tr("Kriteriene «%1» er lagret").replace("%1", navn))

    def _on_lagret_valgt(self, indeks: int) -> None:
        k = self._alle_lagrede().get(str(self.lagrede.itemData(indeks) or ""))
        if not k:
            return
        if k.get("rapport") in RAPPORTER:
            self.velger.setCurrentIndex(list(RAPPORTER).index(k["rapport"]))
        for felt, nokkel in ((self.fra, "fra"), (self.til, "til"), (self.enhet, "enhet"),
                             (self.saksbehandler, "saksbehandler"), (self.sak, "sak")):  # fmt: skip
            felt.setText(k.get(nokkel, ""))
        self.dager.setValue(int(k.get("dager", "-1") or -1))
        self.kjor()

    # --- export ---------------------------------------------------------------------------

    def _velg_fil(self, forslag: str, filter_: str) -> str:
        sti, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre rapporten"), forslag, filter_)
        return sti

    def lagre(self, fmt: str) -> Path | None:
        r = self.rapport
        if r is None:
            return None
        filtre = {"csv": "CSV (*.csv)", "html": "HTML (*.html)", "pdf": "PDF (*.pdf)"}
        sti = self.velg_fil(f"{r.navn}-{r.laget:%Y%m%d}.{fmt}", filtre[fmt])
        if not sti:
            return None
        ut = Path(sti if sti.lower().endswith(f".{fmt}") else f"{sti}.{fmt}")
        try:
            if fmt == "csv":
                ut.write_bytes(som_csv(r))
            elif fmt == "html":
                ut.write_text(som_html(r), encoding="utf-8")
            else:
                from app.widgets.rapportpdf import skriv_pdf

                skriv_pdf(r, ut)
        except OSError as e:
            self.status.setText(self.tr("Kunne ikke lagre: %1").replace("%1", str(e)))
            return None
        self.status.setText(self.tr("Lagret %1").replace("%1", str(ut)))
        return ut

    def reject(self) -> None:
        self._arbeider.avbryt()
        super().reject()
