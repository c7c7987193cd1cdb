"""The window's actions: one QAction per user action, enabled from services.handlinger.mulige_handlinger.

Each action has a key that matches a key ``mulige_handlinger`` returns; a
disabled action carries the Norwegian reason as tooltip and status tip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from app.widgets import ikoner
from app.widgets.oversetting import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Def:
    nokkel: str
    tekst: str
    regel: str | None  # key in mulige_handlinger; None: always enabled
    gjelder: str  # journalpost | sak | oppgave | alltid
    snarvei: str | None = None
    ikon: str | QStyle.StandardPixmap | None = None
    kort: str | None = None  # short toolbar text
    arkiv: bool = False  # only shown to the archive


_T = "Handlinger"

DEFS: tuple[Def, ...] = (
    Def(
        "ny_sak",
        QT_TRANSLATE_NOOP("Handlinger", "Ny sak"),
        None,
        "alltid",
        "Ctrl+Shift+S",
        QStyle.StandardPixmap.SP_FileDialogNewFolder,
    ),
    Def(
        "ny_journalpost",
        QT_TRANSLATE_NOOP("Handlinger", "Ny journalpost"),
        None,
        "alltid",
        "Ctrl+Shift+D",
        QStyle.StandardPixmap.SP_FileIcon,
    ),
    Def(
        "rediger",
        QT_TRANSLATE_NOOP("Handlinger", "Rediger (registreringsbilde)"),
        None,
        "valgt",
        None,
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP("Handlinger", "Rediger"),
    ),
    Def(
        "avskriv", QT_TRANSLATE_NOOP("Handlinger", "Avskriv"), "avskriv", "journalpost", "Ctrl+Shift+A", "AV"
    ),
    Def(
        "besvar",
        QT_TRANSLATE_NOOP("Handlinger", "Besvar og avskriv"),
        "besvar",
        "journalpost",
        "Ctrl+Shift+B",
        "BU",
    ),
    Def(
        "forelopig_svar",
        QT_TRANSLATE_NOOP("Handlinger", "Foreløpig svar"),
        "forelopig_svar",
        "journalpost",
        None,
        "***",
    ),
    Def(
        "besvar_uten",
        QT_TRANSLATE_NOOP("Handlinger", "Besvar uten å avskrive"),
        "besvar_uten",
        "journalpost",
        None,
        "BS",
    ),
    Def(
        "send_oppgave",
        QT_TRANSLATE_NOOP("Handlinger", "Send oppgave"),
        "send_oppgave",
        "journalpost",
        "Ctrl+Shift+O",
        QStyle.StandardPixmap.SP_ArrowForward,
    ),
    Def(
        "behandle_oppgave",
        QT_TRANSLATE_NOOP("Handlinger", "Behandle oppgave"),
        "behandle_oppgave",
        "oppgave",
        "Ctrl+Shift+G",
        "ok",
    ),
    Def(
        "deaktiver_oppgave",
        QT_TRANSLATE_NOOP("Handlinger", "Deaktiver oppgave"),
        "deaktiver_oppgave",
        "oppgave",
        None,
        QStyle.StandardPixmap.SP_DialogCancelButton,
    ),
    Def(
        "fjern_oppgave",
        QT_TRANSLATE_NOOP("Handlinger", "Fjern fra kurv"),
        "fjern_oppgave",
        "oppgave",
        None,
        QStyle.StandardPixmap.SP_TrashIcon,
    ),
    Def(
        "ferdigstill", QT_TRANSLATE_NOOP("Handlinger", "Ferdigstill"), "ferdigstill", "journalpost", None, "F"
    ),
    Def(
        "ekspeder",
        QT_TRANSLATE_NOOP("Handlinger", "Ekspeder"),
        "ekspeder",
        "journalpost",
        "Ctrl+Shift+E",
        "E",
    ),
    Def(
        "fordel",
        QT_TRANSLATE_NOOP("Handlinger", "Fordel"),
        "fordel",
        "journalpost",
        None,
        QStyle.StandardPixmap.SP_DirLinkIcon,
    ),
    Def("obs", QT_TRANSLATE_NOOP("Handlinger", "OBS-dato"), "obs", "sak", None, "!"),
    Def("merknad", QT_TRANSLATE_NOOP("Handlinger", "Merknad"), "merknad", "valgt", None, "M"),
    Def(
        "be_arkivet_rette",
        QT_TRANSLATE_NOOP("Handlinger", "Be arkivet rette"),
        "be_arkivet_rette",
        "journalpost",
        None,
        "?",
    ),
    Def(
        "bruk_foreslatt_avsender",
        QT_TRANSLATE_NOOP("Handlinger", "Bruk opprinnelig avsender"),
        "bruk_foreslatt_avsender",
        "journalpost",
        None,
        "@",
    ),
    Def("meld_utgaar", QT_TRANSLATE_NOOP("Handlinger", "Meld saken utgår"), "meld_utgaar", "sak", None, "U"),
    Def(
        "be_om_avslutning",
        QT_TRANSLATE_NOOP("Handlinger", "Be om avslutning"),
        "be_om_avslutning",
        "sak",
        None,
        "ØA",
    ),
    Def(
        "offentlighetsvurder",
        QT_TRANSLATE_NOOP("Handlinger", "Offentlighetsvurder"),
        "offentlighetsvurder",
        "journalpost",
        None,
        "§",
    ),
    Def(
        "journalfor",
        QT_TRANSLATE_NOOP("Handlinger", "Journalfør"),
        "journalfor",
        "journalpost",
        "Ctrl+J",
        "J",
        arkiv=True,
    ),
    Def("flytt", QT_TRANSLATE_NOOP("Handlinger", "Flytt"), "flytt", "journalpost", None, "→", arkiv=True),
    Def(
        "feilregistrer",
        QT_TRANSLATE_NOOP("Handlinger", "Feilregistrer"),
        "feilregistrer",
        "journalpost",
        None,
        "X",
    ),
    Def(
        "rett_journalpost",
        QT_TRANSLATE_NOOP("Handlinger", "Rett journalpost (arkivet) …"),
        "rett_journalpost",
        "journalpost",
        None,
        "R",
        arkiv=True,
    ),
    Def(
        "angre_avskrivning",
        QT_TRANSLATE_NOOP("Handlinger", "Angre avskrivning …"),
        "angre_avskrivning",
        "journalpost",
        None,
        "↶",
        arkiv=True,
    ),
    Def(
        "under_behandling",
        QT_TRANSLATE_NOOP("Handlinger", "Sett under behandling …"),
        "under_behandling",
        "sak",
        None,
        "B",
        arkiv=True,
    ),
    Def(
        "rett_sak",
        QT_TRANSLATE_NOOP("Handlinger", "Rett sak (arkivet) …"),
        "rett_sak",
        "sak",
        None,
        "R",
        arkiv=True,
    ),
    Def(
        "avslutt_sak",
        QT_TRANSLATE_NOOP("Handlinger", "Avslutt sak"),
        "avslutt_sak",
        "sak",
        None,
        "A",
        arkiv=True,
    ),
    Def(
        "gjenaapne_sak",
        QT_TRANSLATE_NOOP("Handlinger", "Gjenåpne sak"),
        "gjenaapne_sak",
        "sak",
        None,
        "B",
        arkiv=True,
    ),
    Def(
        "importer_epost",
        QT_TRANSLATE_NOOP("Handlinger", "Importer e-post…"),
        None,
        "alltid",
        "Ctrl+Shift+I",
        "@",
    ),
    Def(
        "hent_svarinn",
        QT_TRANSLATE_NOOP("Handlinger", "Hent fra SvarInn"),
        None,
        "alltid",
        None,
        QStyle.StandardPixmap.SP_ArrowDown,
        arkiv=True,
    ),
    Def(
        "vis_svarinn",
        QT_TRANSLATE_NOOP("Handlinger", "Post fra SvarInn …"),
        None,
        "alltid",
        None,
        QStyle.StandardPixmap.SP_FileDialogInfoView,
        arkiv=True,
    ),
    Def(
        "offentlig_journal",
        QT_TRANSLATE_NOOP("Handlinger", "Offentlig journal…"),
        None,
        "alltid",
        None,
        QStyle.StandardPixmap.SP_FileDialogContentsView,
        arkiv=True,
    ),
    Def(
        "koble_til",
        QT_TRANSLATE_NOOP("Handlinger", "Koble til felles database…"),
        None,
        "alltid",
        None,
        QStyle.StandardPixmap.SP_DriveNetIcon,
    ),
    Def(
        "oppdater",
        QT_TRANSLATE_NOOP("Handlinger", "Oppdater"),
        None,
        "alltid",
        "F5",
        QStyle.StandardPixmap.SP_BrowserReload,
    ),
    Def(
        "hjelp",
        QT_TRANSLATE_NOOP("Handlinger", "Hjelp"),
        None,
        "alltid",
        "F2",
        QStyle.StandardPixmap.SP_DialogHelpButton,
    ),
)
DEF_ETTER_NOKKEL = {d.nokkel: d for d in DEFS}

#: Two-line toolbar labels, so the band stays narrow without eliding text.
KORT = {
    "ny_sak": QT_TRANSLATE_NOOP("Handlinger", "Ny\nsak"),
    "ny_journalpost": QT_TRANSLATE_NOOP("Handlinger", "Ny\njournalpost"),
    "importer_epost": QT_TRANSLATE_NOOP("Handlinger", "Importer\ne-post"),
    "besvar": QT_TRANSLATE_NOOP("Handlinger", "Besvar og\navskriv"),
    "forelopig_svar": QT_TRANSLATE_NOOP("Handlinger", "Foreløpig\nsvar"),
    "send_oppgave": QT_TRANSLATE_NOOP("Handlinger", "Send\noppgave"),
    "behandle_oppgave": QT_TRANSLATE_NOOP("Handlinger", "Behandle\noppgave"),
    "avslutt_sak": QT_TRANSLATE_NOOP("Handlinger", "Avslutt\nsak"),
}

_FARGE = {
    "AV": "#6d7f91",
    "BU": "#2e7d32",
    "***": "#2b7bd9",
    "BS": "#5d8aa8",
    "F": "#37618e",
    "E": "#00796b",
    "!": "#c62828",
    "@": "#1565c0",
    "M": "#b8860b",
    "?": "#8a4b00",
    "U": "#7b5e57",
    "ØA": "#455a64",
    "J": "#6a1b9a",
    "→": "#6a1b9a",
    "§": "#7a4fb5",
    "X": "#8e1c1c",
    "A": "#4e342e",
    "B": "#4e342e",
}


def tr(tekst: str) -> str:
    return QCoreApplication.translate(_T, tekst)


def lag_handlinger(eier: QWidget) -> dict[str, QAction]:
    stil = eier.style()
    ut = {}
    for d in DEFS:
        if isinstance(d.ikon, str) and d.ikon == "ok":
            ikon = ikoner.hake()
        elif isinstance(d.ikon, str):
            ikon = ikoner.bokstav(d.ikon, _FARGE.get(d.ikon, "#37618e"))
        elif d.ikon is not None:
            ikon = stil.standardIcon(d.ikon)
        else:
            ikon = QIcon()
        a = QAction(ikon, tr(d.tekst), eier)
        a.setObjectName(f"handling_{d.nokkel}")
        a.setIconText(tr(KORT.get(d.nokkel) or d.kort or d.tekst))
        if d.snarvei:
            a.setShortcut(QKeySequence(d.snarvei))
        ut[d.nokkel] = a
    return ut


def oversett(handlinger: dict[str, QAction]) -> None:
    for d in DEFS:
        a = handlinger[d.nokkel]
        a.setText(tr(d.tekst))
        a.setIconText(tr(KORT.get(d.nokkel) or d.kort or d.tekst))
