"""Where the window's actions appear: the ribbon, the menu bar, the right-click menu, and their state.

The QActions themselves come from app/views/handlinger.py; this module only
places them and enables each one from ``mulige_handlinger`` (a disabled action
carries the refusal as its tooltip's second line and as its status tip).
Texts keep the window's translation context ("Hovedvindu").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.domain.feil import SaksbordFeil
from app.services import brukere
from app.services.data import KurvRad
from app.views.handlinger import DEFS
from app.views.hovedvindu.kontekst import Vinduskontekst

BAANDGRUPPER = (
    ("ny_sak", "ny_journalpost", "importer_epost"),
    ("avskriv", "besvar", "forelopig_svar"),
    ("send_oppgave", "behandle_oppgave"),
    ("ferdigstill", "ekspeder", "fordel"),
    ("journalfor", "avslutt_sak"),
    ("oppdater",),
)

#: The sak's own actions: on a sak row, and in the "Sak …" submenu of a journalpost or task row.
SAKSHANDLINGER = ("ny_journalpost", "obs", "meld_utgaar", "be_om_avslutning", "avslutt_sak", "gjenaapne_sak")


class Baand(QToolBar):
    """The ribbon: the everyday actions in groups, then the global search and the user button."""

    def __init__(self, handlinger: dict[str, QAction], vindu: QWidget) -> None:
        # No parent yet: the name must be set before the window's style sheet first polishes the bar
        # (a later setObjectName does not re-polish, and #baand's padding would be lost).
        super().__init__()
        self.setObjectName("baand")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIconSize(QSize(26, 26))
        for i, gruppe in enumerate(BAANDGRUPPER):
            if i:
                self.addSeparator()
            for n in gruppe:
                self.addAction(handlinger[n])
        fyll = QWidget()
        fyll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(fyll)
        self.sokefelt = QLineEdit()
        self.sokefelt.setObjectName("globaltsok")
        self.sokefelt.setClearButtonEnabled(True)
        self.sokefelt.setMinimumWidth(200)
        self.sokefelt.setMaximumWidth(280)
        self.addWidget(self.sokefelt)
        self.brukerknapp = QToolButton()
        self.brukerknapp.setObjectName("brukerknapp")
        self.brukerknapp.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.brukerknapp.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.brukerknapp.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_DirHomeIcon))
        self.brukermeny = QMenu(vindu)
        self.brukerknapp.setMenu(self.brukermeny)
        self.addWidget(self.brukerknapp)


@dataclass
class Menyer:
    fil: QMenu
    jp: QMenu
    oppg: QMenu
    sak: QMenu
    arkiv: QMenu
    bruker: QMenu
    hjelp: QMenu
    avslutt: QAction
    rapporter: QMenu | None = None
    rapportvalg: dict[str, QAction] | None = None


def bygg_menyer(
    vindu: QMainWindow,
    mb: QMenuBar,
    handlinger: dict[str, QAction],
    *,
    koble_til: bool,
) -> Menyer:
    """The menu bar; titles are set by the window's retranslate_ui. ``koble_til``: show "Koble til…".

    The Rapporter menu opens app/views/rapporter's dialog for the window (``rapporter.aapne``).
    """

    def meny(navn: tuple[str | None, ...]) -> QMenu:
        m = mb.addMenu("")
        for n in navn:
            m.addAction(handlinger[n]) if n else m.addSeparator()
        return m

    fil = meny(("ny_sak", "ny_journalpost", "oppdater", None, "offentlig_journal", "koble_til", None))
    handlinger["koble_til"].setVisible(koble_til)
    avslutt = fil.addAction("", vindu.close)
    avslutt.setShortcut(QKeySequence.StandardKey.Quit)
    jp = meny(
        (
            "rediger",
            "importer_epost",
            None,
            "avskriv",
            "besvar",
            "forelopig_svar",
            "besvar_uten",
            None,
            "send_oppgave",
            "ferdigstill",
            "ekspeder",
            "fordel",
            "merknad",
            None,
            "bruk_foreslatt_avsender",
            "be_arkivet_rette",
            "feilregistrer",
        )
    )
    oppg = meny(("behandle_oppgave", "deaktiver_oppgave", "fjern_oppgave"))
    sak = meny(("ny_journalpost", "obs", "merknad", "meld_utgaar", "be_om_avslutning"))
    arkiv = meny(
        (
            "journalfor",
            "flytt",
            "feilregistrer",
            "avslutt_sak",
            "gjenaapne_sak",
            None,
            "hent_svarinn",
            "vis_svarinn",
        )
    )
    from app.views import rapporter as rapportvisning
    from app.views.rapporter.dialog import TITLER

    rapporter = mb.addMenu("")
    rapporter.setObjectName("meny_rapporter")
    rapportvalg = {}
    for navn in TITLER:
        valg = rapporter.addAction("")
        valg.setObjectName(f"rapport_{navn}")
        valg.triggered.connect(lambda _c=False, navn=navn: rapportvisning.aapne(vindu, navn))
        rapportvalg[navn] = valg
    # The public journal as a period list, PDF or Noark 5 offentligJournal.xml (the same action as in Fil).
    rapporter.addSeparator()
    rapporter.addAction(handlinger["offentlig_journal"])
    bruker = mb.addMenu("")
    hjelp = meny(("hjelp",))
    for m in (jp, oppg, sak, arkiv):
        m.setToolTipsVisible(True)
    return Menyer(fil, jp, oppg, sak, arkiv, bruker, hjelp, avslutt, rapporter, rapportvalg)


def retranslate_menyer(m: Menyer) -> None:
    m.fil.setTitle(QCoreApplication.translate("Hovedvindu", "&Fil"))
    m.jp.setTitle(QCoreApplication.translate("Hovedvindu", "&Journalpost"))
    m.oppg.setTitle(QCoreApplication.translate("Hovedvindu", "&Oppgave"))
    m.sak.setTitle(QCoreApplication.translate("Hovedvindu", "&Sak"))
    m.arkiv.setTitle(QCoreApplication.translate("Hovedvindu", "&Arkiv"))
    m.bruker.setTitle(QCoreApplication.translate("Hovedvindu", "&Bruker"))
    m.hjelp.setTitle(QCoreApplication.translate("Hovedvindu", "&Hjelp"))
    m.avslutt.setText(QCoreApplication.translate("Hovedvindu", "Avslutt"))
    if m.rapporter is not None and m.rapportvalg is not None:
        from app.views.rapporter.dialog import tittel

        m.rapporter.setTitle(QCoreApplication.translate("Hovedvindu", "&Rapporter"))
        for navn, valg in m.rapportvalg.items():
            valg.setText(tittel(navn) + "…")


def sett_handlinger(
    handlinger: dict[str, QAction], rad: KurvRad | None, mulige: dict[str, str | None]
) -> None:
    """Enable each action exactly when the service would take it; a refusal becomes the tooltip.

    Runs twice per selection on the UI thread: an action whose text and reason did not change is
    left alone (most are, between two rows of one kurv).
    """
    ingen_rad = QCoreApplication.translate("Hovedvindu", "Velg noe i listen først")
    uten_regel = {
        "journalpost": QCoreApplication.translate("Hovedvindu", "Velg en journalpost først"),
        "sak": QCoreApplication.translate("Hovedvindu", "Velg en sak eller en journalpost i saken først"),
        "oppgave": QCoreApplication.translate("Hovedvindu", "Velg en oppgave først"),
    }
    ikke_her = QCoreApplication.translate("Hovedvindu", "Ikke tilgjengelig her")
    for d in DEFS:
        a = handlinger[d.nokkel]
        grunn: str | None = None
        if d.regel == "merknad":
            regel = "merknad_jp" if rad and rad.journalpost_id else "merknad_sak"
        else:
            regel = d.regel
        if d.gjelder == "valgt" and rad is None:
            grunn = ingen_rad
        elif regel is not None:
            grunn = mulige[regel] if regel in mulige else uten_regel.get(d.gjelder, ikke_her)
        tekst = a.text()
        tilstand = f"{tekst}\x00{'' if grunn is None else grunn}\x00{grunn is None}"
        if a.property("saksbord_tilstand") == tilstand:
            continue
        a.setProperty("saksbord_tilstand", tilstand)
        a.setEnabled(grunn is None)
        hint = tekst.replace("&", "")
        if a.shortcut().toString():
            hint += f" ({a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        a.setToolTip(hint if grunn is None else f"{hint}\n{grunn}")
        a.setStatusTip("" if grunn is None else grunn)


def kontekstmeny(
    forelder: QWidget, handlinger: dict[str, QAction], rad: KurvRad | None, mulige: dict[str, str | None]
) -> QMenu:
    """The right-click menu for a row: every action for its kind, disabled ones with their reason."""
    m = QMenu(forelder)
    m.setObjectName("kontekstmeny")
    m.setToolTipsVisible(True)
    if rad is None:
        for n in ("ny_sak", "ny_journalpost", "oppdater"):
            m.addAction(handlinger[n])
        return m
    grupper: list[list[str]] = [["rediger"]]
    if rad.art == "oppgave":
        grupper.append(["behandle_oppgave", "deaktiver_oppgave", "fjern_oppgave"])
    if rad.journalpost_id:
        grupper += [
            ["avskriv", "besvar", "forelopig_svar", "besvar_uten"],
            ["send_oppgave", "ferdigstill", "ekspeder", "fordel", "merknad"],
            ["offentlighetsvurder", "be_arkivet_rette", "journalfor", "flytt", "feilregistrer"],
        ]
        if mulige.get("bruk_foreslatt_avsender", "") is None:  # only when a forwarded mail offers one
            grupper.insert(-1, ["bruk_foreslatt_avsender"])
    if rad.art == "sak":
        grupper.append(["merknad", *SAKSHANDLINGER])
    for i, g in enumerate(grupper):
        if i:
            m.addSeparator()
        for n in g:
            if handlinger[n].isVisible():
                m.addAction(handlinger[n])
    if rad.art != "sak" and rad.sak_id:
        under = m.addMenu(
            QCoreApplication.translate("Hovedvindu", "Sak %1").replace("%1", rad.saksnummer or "")
        )
        under.setToolTipsVisible(True)
        for n in SAKSHANDLINGER:
            if handlinger[n].isVisible():
                under.addAction(handlinger[n])
    return m


def fyll_brukermeny(meny: QMenu, ctx: Vinduskontekst, bytt: Callable[..., bool]) -> None:
    """The user menu: my own desk, the desks I am stedfortreder for, and (demo) every user.

    ``bytt(initialer, som=None)`` switches who is working; it is the window's ``bytt_bruker``.
    """
    tjeneste = ctx.tjeneste
    meny.clear()
    meny.setToolTipsVisible(True)
    eget = meny.addAction(
        QCoreApplication.translate("Hovedvindu", "Mitt skrivebord"), lambda: bytt(tjeneste.initialer)
    )
    eget.setCheckable(True)
    eget.setChecked(not tjeneste.som)
    try:
        bord = brukere.skrivebord(tjeneste.med(som=None))
    except SaksbordFeil as e:
        ctx.vis_feil(e)
        bord = []
    if bord:
        meny.addSection(QCoreApplication.translate("Hovedvindu", "Stedfortreder for"))
    for d in bord:
        tekst = f"{d['navn']} ({d['initialer']})  {d['fra']} – {d['til']}"
        a = meny.addAction(tekst, lambda ini=d["initialer"]: bytt(tjeneste.initialer, ini))
        a.setCheckable(True)
        a.setChecked((tjeneste.som or "").upper() == d["initialer"].upper())
        if not d["aktiv"]:
            a.setToolTip(QCoreApplication.translate("Hovedvindu", "Perioden gjelder ikke i dag"))
    if tjeneste.db.er_demo:
        sub = meny.addMenu(QCoreApplication.translate("Hovedvindu", "Bytt bruker (demo)"))
        for b in ctx.brukerliste():
            sub.addAction(f"{b.navn} ({b.initialer})", lambda ini=b.initialer: bytt(ini))
