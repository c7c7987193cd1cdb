"""Own kurver in the left pane: save a search as a kurv, rename, reorder, share, remove (issue 20).

The tree's context menu offers these on "Mine kurver"; every change goes through
app/services/egne_kurver.py and the pane recounts as after any other change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMenu, QSpinBox, QWidget

from app.domain.regler.kurv import PREFIKS, Kriterier
from app.services import egne_kurver
from app.views.dialoger.enkle import TekstDialog
from app.views.dialoger.felles import Skjema
from app.views.hovedvindu.kontekst import Vinduskontekst
from app.views.kurver.tre import KurvTre, NavnRolle


class NyKurvDialog(Skjema):
    """The criteria of an own kurv; empty fields mean "any"."""

    def __init__(self, parent: QWidget | None = None, *, kan_dele: bool = False) -> None:
        super().__init__(self.tr("Ny kurv"), parent, ok=self.tr("Lagre kurv"))
        self.navn = QLineEdit()
        self.navn.setObjectName("kurvnavn")
        self.typer = QLineEdit()
        self.typer.setPlaceholderText(self.tr("f.eks. I eller IN"))
        self.statuser = QLineEdit()
        self.statuser.setPlaceholderText(self.tr("f.eks. RF"))
        self.enhet = QLineEdit()
        self.saksbehandler = QLineEdit()
        self.saksbehandler.setPlaceholderText(self.tr("initialer, eller «meg»"))
        self.klasse = QLineEdit()
        self.klasse.setPlaceholderText(self.tr("K-kode, gnr/bnr …"))
        self.siste = QSpinBox()
        self.siste.setRange(0, 3650)
        self.siste.setSpecialValueText(self.tr("alle"))
        self.forfall = QSpinBox()
        self.forfall.setRange(-1, 3650)
        self.forfall.setSpecialValueText(self.tr("ikke brukt"))
        self.forfall.setValue(-1)
        self.del_ = QCheckBox(self.tr("Del med enheten"))
        self.del_.setVisible(kan_dele)
        self.skjema.addRow(self.tr("Navn"), self.navn)
        self.skjema.addRow(self.tr("Journalposttype"), self.typer)
        self.skjema.addRow(self.tr("Status"), self.statuser)
        self.skjema.addRow(self.tr("Enhet"), self.enhet)
        self.skjema.addRow(self.tr("Saksbehandler"), self.saksbehandler)
        self.skjema.addRow(self.tr("Klassering"), self.klasse)
        self.skjema.addRow(self.tr("Journalført siste dager"), self.siste)
        self.skjema.addRow(self.tr("Forfaller innen dager"), self.forfall)
        self.skjema.addRow("", self.del_)
        self.ferdig()

    def kriterier(self) -> Kriterier:
        return Kriterier(
            typer=self.typer.text() or None,
            statuser=self.statuser.text() or None,
            enhet=self.enhet.text() or None,
            saksbehandler=self.saksbehandler.text() or None,
            klasse=self.klasse.text() or None,
            siste_dager=self.siste.value() or None,
            forfall_innen_dager=self.forfall.value() if self.forfall.value() >= 0 else None,
        )

    def sjekk(self) -> str | None:
        return None if self.navn.text().strip() else self.tr("Kurven må ha et navn")


class EgneKurver(QObject):
    """The tree's context menu for own kurver."""

    def __init__(self, ctx: Vinduskontekst, tre: KurvTre) -> None:
        super().__init__(ctx)
        self.ctx, self.tre = ctx, tre
        tre.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tre.customContextMenuRequested.connect(self._on_meny)
        self.meny: QMenu | None = None

    def _kan_dele(self) -> bool:
        return "leder" in self.ctx.meg.get("roller", []) or "radmann" in self.ctx.meg.get("roller", [])

    def _on_meny(self, pos: QPoint) -> None:
        self.lag_meny(self.tre.itemAt(pos)).popup(self.tre.viewport().mapToGlobal(pos))

    def lag_meny(self, element) -> QMenu:
        meny = QMenu(self.tre)
        meny.setObjectName("kurvmeny")
        meny.addAction(self.tr("Ny kurv…"), self.ny)
        navn = element.data(0, NavnRolle) if element is not None else None
        if navn and str(navn).startswith(PREFIKS):
            meny.addSeparator()
            meny.addAction(self.tr("Gi nytt navn…"), lambda: self.nytt_navn(navn))
            meny.addAction(
                self.tr("Flytt opp"), lambda: self.ctx.utfor("kurv", egne_kurver.flytt_kurv, navn, steg=-1)
            )
            meny.addAction(
                self.tr("Flytt ned"), lambda: self.ctx.utfor("kurv", egne_kurver.flytt_kurv, navn, steg=1)
            )
            if self._kan_dele():
                meny.addAction(
                    self.tr("Del med enheten"), lambda: self.ctx.utfor("kurv", egne_kurver.del_kurv, navn)
                )
                meny.addAction(
                    self.tr("Slutt å dele"),
                    lambda: self.ctx.utfor("kurv", egne_kurver.del_kurv, navn, delt=False),
                )
            meny.addAction(self.tr("Fjern kurven"), lambda: self.fjern(navn))
        self.meny = meny
        return meny

    def ny(self) -> None:
        d = NyKurvDialog(self.ctx.forelder, kan_dele=self._kan_dele())
        if not self.ctx.kjor_dialog(d):
            return
        r = self.ctx.utfor(
            "kurv", egne_kurver.lagre_kurv, d.navn.text(), d.kriterier(), del_med_enheten=d.del_.isChecked()
        )
        if r and getattr(r, "kurv", None):
            self.tre.velg_kurv(r.kurv)

    def nytt_navn(self, navn: str) -> None:
        d = TekstDialog(
            self.tr("Gi kurven nytt navn"), self.tr("Nytt navn"), self.ctx.forelder, paakrevd=True
        )
        if self.ctx.kjor_dialog(d):
            self.ctx.utfor("kurv", egne_kurver.gi_nytt_navn, navn, d.verdi())

    def fjern(self, navn: str) -> None:
        if self.ctx.sporsmal(
            self.tr("Fjern kurven"), self.tr("Fjerne kurven? Journalpostene i den berøres ikke.")
        ):
            self.ctx.utfor("kurv", egne_kurver.fjern_kurv, navn)
