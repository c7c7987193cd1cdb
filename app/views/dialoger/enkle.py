"""Small dialogs for one action each: avskriv, besvar, fordel, OBS, merknad, flytt, reasons, tasks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.koder import OPPGAVESVAR, OPPGAVESVAR_NAVN, OPPGAVETYPER
from app.domain.regler.oppgave import egen_leder, kan_godkjenne
from app.services.data import BrukerInfo, OppgaveInfo
from app.views.dialoger.felles import Skjema, brukervelger, dato, datofelt

#: Code-list names shown in these dialogs, registered for translation.
_NAVN = (
    QT_TRANSLATE_NOOP("SendOppgaveDialog", "Til godkjenning"),
    QT_TRANSLATE_NOOP("SendOppgaveDialog", "Til uttalelse"),
    QT_TRANSLATE_NOOP("SendOppgaveDialog", "Beskjed"),
    QT_TRANSLATE_NOOP("SendOppgaveDialog", "Intern kopi"),
    QT_TRANSLATE_NOOP("BehandleOppgaveDialog", "Godkjent"),
    QT_TRANSLATE_NOOP("BehandleOppgaveDialog", "Ikke godkjent"),
    QT_TRANSLATE_NOOP("BehandleOppgaveDialog", "Videresendt"),
    QT_TRANSLATE_NOOP("BehandleOppgaveDialog", "Uttalelse gitt"),
    QT_TRANSLATE_NOOP("BehandleOppgaveDialog", "Utført"),
)


def _tekstfelt(navn: str, hoyde: int = 80) -> QPlainTextEdit:
    t = QPlainTextEdit()
    t.setObjectName(navn)
    t.setFixedHeight(hoyde)
    t.setTabChangesFocus(True)
    return t


class AvskrivDialog(Skjema):
    """Avskriv without a written answer: only the codes valid for the type; merknad where the code needs one."""

    def __init__(self, jpnr: list[str], koder: list[dict], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Avskriv %1").replace("%1", ", ".join(jpnr)), parent, ok=self.tr("Avskriv"))
        self.koder = [k for k in koder if k["kode"] != "***"]
        self.kode = QComboBox()
        self.kode.setObjectName("avskrivningskode")
        for k in self.koder:
            self.kode.addItem(f"{k['kode']} – {k['navn']}", k["kode"])
        self.kode.setAccessibleName(self.tr("Avskrivningskode"))
        self.merknad = _tekstfelt("merknad")
        self.merknad.setAccessibleName(self.tr("Merknad"))
        self.krav = QLabel()
        self.krav.setStyleSheet("color:#5f6b7a")
        self.skjema.addRow(self.tr("Avskrivningsmåte"), self.kode)
        self.skjema.addRow(self.tr("Merknad"), self.merknad)
        self.skjema.addRow("", self.krav)
        self.kode.currentIndexChanged.connect(self._oppdater)
        self._oppdater()
        self.ferdig()

    def velg(self, kode: str) -> None:
        self.kode.setCurrentIndex(self.kode.findData(kode))

    def _krever(self) -> bool:
        k = next((k for k in self.koder if k["kode"] == self.kode.currentData()), None)
        return bool(k and k["krever_merknad"])

    def _oppdater(self) -> None:
        self.krav.setText(self.tr("Denne avskrivningsmåten krever merknad") if self._krever() else "")

    def sjekk(self) -> str | None:
        if self.kode.currentData() is None:
            return self.tr("Velg avskrivningsmåte")
        if self._krever() and not self.merknad.toPlainText().strip():
            return self.tr("Avskrivningskode %1 krever merknad").replace("%1", self.kode.currentData())
        return None


class BesvarDialog(Skjema):
    """Besvar og avskriv / Foreløpig svar / Besvar uten å avskrive: a new U (or N) in the same sak."""

    def __init__(
        self, tittel: str, standardtittel: str, parent: QWidget | None = None, *, maler: list | None = None
    ) -> None:
        from app.views.dialoger.malvalg import Malvalg

        super().__init__(tittel, parent, ok=self.tr("Opprett svar"))
        self.tittel = QLineEdit(standardtittel)
        self.tittel.setObjectName("svartittel")
        self.tittel.setAccessibleName(self.tr("Tittel på svaret"))
        self.merknad = _tekstfelt("merknad", 60)
        self.mal = Malvalg(maler or [])
        self.skjema.addRow(self.tr("Tittel på svaret"), self.tittel)
        self.skjema.addRow(self.tr("Mal for svarbrevet"), self.mal)
        self.skjema.addRow(self.tr("Merknad"), self.merknad)
        info = QLabel(self.tr("Svaret får mottakere fra avsenderne og legges i Dokumenter i arbeid."))
        info.setWordWrap(True)
        info.setStyleSheet("color:#5f6b7a")
        self.skjema.addRow("", info)
        self.ferdig()

    def sjekk(self) -> str | None:
        return None if self.tittel.text().strip() else self.tr("Svaret må ha en tittel")


class SendOppgaveDialog(Skjema):
    """Send a task: type, recipient, merknad (kept on the journalpost) and a gul lapp for the next link."""

    TYPER = ("godkjenning", "uttalelse", "beskjed", "intern-kopi")

    def __init__(
        self,
        hva: str,
        brukere: list[BrukerInfo],
        parent: QWidget | None = None,
        *,
        type_: str = "godkjenning",
        til: str | None = None,
        enhet: str | None = None,
    ) -> None:
        super().__init__(self.tr("Send oppgave – %1").replace("%1", hva), parent, ok=self.tr("Send"))
        # Til godkjenning lists only those who may approve, and proposes the user's own leader.
        self._brukere = brukere
        self._godkjennere = [b for b in brukere if kan_godkjenne(b.roller)]
        self._leder = egen_leder(enhet, [(b.initialer, b.leder_for) for b in self._godkjennere])
        self.type = QComboBox()
        self.type.setObjectName("oppgavetype")
        for t in self.TYPER:
            self.type.addItem(self.tr(OPPGAVETYPER[t]), t)
        self.type.setCurrentIndex(max(0, self.type.findData(type_)))
        forste = self._godkjennere if type_ == "godkjenning" else brukere
        self.til = brukervelger(
            forste,
            tom=self.tr("– velg mottaker –"),
            valgt=til or (self._leder if type_ == "godkjenning" else None),
        )
        self.til.setObjectName("mottaker")
        self.type.currentIndexChanged.connect(self._on_type_endret)
        self.til.setAccessibleName(self.tr("Mottaker"))
        self.merknad = _tekstfelt("merknad", 60)
        self.gul = QLineEdit()
        self.gul.setObjectName("gullapp")
        self.gul.setPlaceholderText(self.tr("Sees bare av mottakeren"))
        self.skjema.addRow(self.tr("Oppgave"), self.type)
        self.skjema.addRow(self.tr("Til"), self.til)
        self.skjema.addRow(self.tr("Merknad"), self.merknad)
        self.skjema.addRow(self.tr("Gul lapp"), self.gul)
        self.ferdig()

    def velg(self, type_: str, til: str) -> None:
        self.type.setCurrentIndex(self.type.findData(type_))
        self.til.setCurrentIndex(self.til.findData(til))

    def _on_type_endret(self, _i: int) -> None:
        godkjenning = self.type.currentData() == "godkjenning"
        valgt = self.til.currentData()
        aktuelle = self._godkjennere if godkjenning else self._brukere
        self.til.clear()
        self.til.addItem(self.tr("– velg mottaker –"), None)
        for b in aktuelle:
            self.til.addItem(f"{b.navn} ({b.initialer}) – {b.enhet or ''}", b.initialer)
        i = self.til.findData(valgt if valgt else (self._leder if godkjenning else None))
        self.til.setCurrentIndex(max(0, i))

    def sjekk(self) -> str | None:
        return None if self.til.currentData() else self.tr("Velg mottaker for oppgaven")


class BehandleOppgaveDialog(Skjema):
    """The one way to answer a task: the answers its type allows, a recipient when it goes on."""

    def __init__(
        self, oppgave: OppgaveInfo, brukere: list[BrukerInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Behandle oppgave – %1").replace("%1", oppgave.typenavn), parent, ok=self.tr("Send svar")
        )
        self.oppgave = oppgave
        hva = QLabel(
            f"<b>{oppgave.journalpostnummer or oppgave.saksnummer or ''}</b> {oppgave.tittel}<br>"
            + self.tr("Fra %1").replace("%1", oppgave.fra_navn)
            + (f"<br><i>{oppgave.merknad}</i>" if oppgave.merknad else "")
        )
        hva.setWordWrap(True)
        self.skjema.addRow(hva)
        self.svar = QButtonGroup(self)
        boks = QWidget()
        bl = QVBoxLayout(boks)
        bl.setContentsMargins(0, 0, 0, 0)
        self.knapper_svar: dict[str, QRadioButton] = {}
        for i, s in enumerate(OPPGAVESVAR.get(oppgave.type, ())):
            r = QRadioButton(self.tr(OPPGAVESVAR_NAVN[s]))
            r.setObjectName(f"svar_{s}")
            self.svar.addButton(r, i)
            self.knapper_svar[s] = r
            bl.addWidget(r)
        self.skjema.addRow(self.tr("Svar"), boks)
        self.til = brukervelger([b for b in brukere], tom=self.tr("– velg –"))
        self.til.setObjectName("mottaker")
        self.til_etikett = QLabel(self.tr("Til"))
        self.skjema.addRow(self.til_etikett, self.til)
        self.merknad = _tekstfelt("merknad", 60)
        self.skjema.addRow(self.tr("Merknad"), self.merknad)
        self.svar.buttonToggled.connect(lambda *_: self._oppdater())
        if self.knapper_svar:
            next(iter(self.knapper_svar.values())).setChecked(True)
        self._oppdater()
        self.ferdig()

    def valgt_svar(self) -> str | None:
        return next((s for s, r in self.knapper_svar.items() if r.isChecked()), None)

    def velg(self, svar: str, til: str | None = None) -> None:
        self.knapper_svar[svar].setChecked(True)
        if til:
            self.til.setCurrentIndex(self.til.findData(til))

    def _oppdater(self) -> None:
        s = self.valgt_svar()
        vis = s in ("videresendt", "ikke-godkjent")
        self.til.setVisible(vis)
        self.til_etikett.setVisible(vis)
        self.til_etikett.setText(
            self.tr("Tilbake til (tom: forrige ledd)") if s == "ikke-godkjent" else self.tr("Til")
        )

    def sjekk(self) -> str | None:
        s = self.valgt_svar()
        if s is None:
            return self.tr("Velg et svar")
        if s == "videresendt" and not self.til.currentData():
            return self.tr("Velg hvem oppgaven skal videresendes til")
        return None


class FordelDialog(Skjema):
    def __init__(self, jpnr: str, brukere: list[BrukerInfo], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Fordel %1").replace("%1", jpnr), parent, ok=self.tr("Fordel"))
        self.til = brukervelger(brukere, tom=self.tr("– ingen (tilbake til arkivet) –"))
        self.til.setObjectName("saksbehandler")
        self.til.setAccessibleName(self.tr("Saksbehandler"))
        self.skjema.addRow(self.tr("Ny saksbehandler"), self.til)
        self.ferdig()

    def velg(self, initialer: str) -> None:
        self.til.setCurrentIndex(self.til.findData(initialer))


class ObsDialog(Skjema):
    def __init__(
        self, saksnr: str, dato_: date | None, kommentar: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("OBS-dato for sak %1").replace("%1", saksnr), parent)
        self.bruk = QCheckBox(self.tr("Sett OBS-dato (fjern haken for å fjerne den)"))
        self.bruk.setChecked(True)
        self.dato = datofelt(dato_)
        self.dato.setObjectName("obsdato")
        self.kommentar = QLineEdit(kommentar or "")
        self.kommentar.setObjectName("obskommentar")
        self.skjema.addRow(self.bruk)
        self.skjema.addRow(self.tr("OBS-dato"), self.dato)
        self.skjema.addRow(self.tr("Kommentar"), self.kommentar)
        self.bruk.toggled.connect(self.dato.setEnabled)
        self.ferdig()

    def verdi(self) -> date | None:
        return dato(self.dato) if self.bruk.isChecked() else None


class MerknadDialog(Skjema):
    def __init__(self, hva: str, parent: QWidget | None = None, *, gul_mulig: bool = True) -> None:
        super().__init__(self.tr("Merknad – %1").replace("%1", hva), parent, ok=self.tr("Lagre"))
        self.tekst = _tekstfelt("merknadtekst", 110)
        self.gul = QCheckBox(self.tr("Gul lapp (uformell, slettes ved journalføring)"))
        self.gul.setVisible(gul_mulig)
        self.skjema.addRow(self.tr("Merknad"), self.tekst)
        self.skjema.addRow("", self.gul)
        self.ferdig()

    def sjekk(self) -> str | None:
        return None if self.tekst.toPlainText().strip() else self.tr("Merknaden er tom")


class TekstDialog(Skjema):
    """One text (a reason, what to correct) and optionally a saksnummer."""

    def __init__(
        self,
        tittel: str,
        etikett: str,
        parent: QWidget | None = None,
        *,
        paakrevd: bool = False,
        sak_etikett: str | None = None,
        ok: str | None = None,
        forklaring: str | None = None,
    ) -> None:
        super().__init__(tittel, parent, ok=ok)
        self.paakrevd = paakrevd
        if forklaring:
            f = QLabel(forklaring)
            f.setWordWrap(True)
            f.setStyleSheet("color:#5f6b7a")
            self.skjema.addRow(f)
        self.tekst = _tekstfelt("tekst", 80)
        self.tekst.setAccessibleName(etikett)
        self.skjema.addRow(etikett, self.tekst)
        self.sak = QLineEdit()
        self.sak.setObjectName("saksnummer")
        self.sak.setPlaceholderText("2026/123")
        if sak_etikett:
            self.skjema.addRow(sak_etikett, self.sak)
        self.ferdig()

    def verdi(self) -> str:
        return self.tekst.toPlainText().strip()

    def sjekk(self) -> str | None:
        return self.tr("Fyll ut feltet") if self.paakrevd and not self.verdi() else None


class FlyttDialog(Skjema):
    def __init__(self, jpnr: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Flytt %1 til en annen sak").replace("%1", jpnr), parent, ok=self.tr("Flytt")
        )
        self.sak = QLineEdit()
        self.sak.setObjectName("tilsak")
        self.sak.setPlaceholderText("2026/123")
        self.skjema.addRow(self.tr("Til sak"), self.sak)
        self.ferdig()

    def sjekk(self) -> str | None:
        return None if self.sak.text().strip() else self.tr("Oppgi saksnummer")


class OffentlighetDialog(Skjema):
    """Offentlighetsvurdering: replace the temporary XX with the right code and hjemmel, or make it public."""

    def __init__(self, jpnr: str, parent: QWidget | None = None) -> None:
        from app.views.dialoger.kort import Skjermingsfane

        super().__init__(self.tr("Offentlighetsvurder %1").replace("%1", jpnr), parent, ok=self.tr("Lagre"))
        self.skjerming = Skjermingsfane(None, None, None)
        i = self.skjerming.kode.findData("XX")
        if i >= 0:
            self.skjerming.kode.removeItem(i)
        self.skjerming.kode.setCurrentIndex(0)
        self.lag.addWidget(self.skjerming)
        self.ferdig()

    def sjekk(self) -> str | None:
        v = self.skjerming.verdi()
        return self.tr("Skjerming krever en hjemmel") if v.kode and not v.hjemmel else None
