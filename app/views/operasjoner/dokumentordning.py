"""Adding and arranging a journalpost's documents from the window.

Files come from "Legg til fil", from a drop on the card's Dokumenter tab, or from a
drop on the reading pane of a journalpost; each is stored at once through the
document service (the first is the hoveddokument when the journalpost has none,
the rest vedlegg). On the card's tab the documents are moved up and down, retitled,
linked to another journalpost (the same document, not a copy) and copied into a
journalpost of another sak (services/dokumentordning.py checks every one of these).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from app.services import dokumenter, dokumentordning, handlinger
from app.services.dokumenter import FilInn
from app.views.dialoger.dokumentfane import Dokumentfane
from app.views.dialoger.dokumentordning import DokumenttittelDialog, VelgJournalpostDialog
from app.views.hovedvindu.kontekst import Vinduskontekst


def legg_til_filer(
    ctx: Vinduskontekst, jp_id: int, stier: list[Path], *, etter: Callable[[object], None] | None = None
) -> None:
    """Store each file on the journalpost; one that cannot be read stops before anything is stored."""
    filer: list[tuple[Path, bytes]] = []
    for sti in stier:
        try:
            filer.append((sti, sti.read_bytes()))
        except OSError as e:
            ctx.vis_feil(
                QCoreApplication.translate("Dokumentordning", "Filen kunne ikke leses: %1").replace(
                    "%1", str(e)
                )
            )
            return
    har_hoved = any(r.tilknytning == "hoveddokument" for r in ctx.hent(dokumenter.liste, jp_id))
    for nr, (sti, data) in enumerate(filer):
        tilknytning = "hoveddokument" if not har_hoved and nr == 0 else "vedlegg"
        fil = FilInn(sti.name, data, tittel=sti.stem, tilknytning=tilknytning)
        if not ctx.utfor("journalpost", dokumenter.legg_til_dokument, jp_id, fil, etter=etter):
            return  # refused (and shown): the rest would be refused for the same reason


class Dokumentordning(QObject):
    """The window's document arranging: the card's tab and files dropped on the reading pane."""

    def __init__(self, ctx: Vinduskontekst) -> None:
        super().__init__(ctx)
        self.ctx = ctx

    def fane(self, jp_id: int, grunn: str | None) -> Dokumentfane:
        return lag_dokumentfane(self.ctx, jp_id, grunn)

    def filer_sluppet(self, jp_id: int, stier: list[Path]) -> None:
        """Files dropped on the reading pane of journalpost ``jp_id``."""
        self.ctx.trygt(lambda: legg_til_filer(self.ctx, jp_id, stier))


def lag_dokumentfane(ctx: Vinduskontekst, jp_id: int, grunn: str | None) -> Dokumentfane:
    """The card's Dokumenter tab for journalpost ``jp_id``, wired to the document services."""
    kopi_grunn = ctx.hent(handlinger.mulige_handlinger, journalpost_id=jp_id).get("kopier_dokument")
    fane = Dokumentfane(ctx.hent(dokumenter.liste, jp_id), grunn=grunn, kopi_grunn=kopi_grunn)

    def vis_igjen(_res: object = None) -> None:
        fane.vis(ctx.hent(dokumenter.liste, jp_id))

    fane.sig_legg_til.connect(
        lambda stier: ctx.trygt(lambda: legg_til_filer(ctx, jp_id, stier, etter=vis_igjen))
    )

    def rekkefolge(ider: list[int]) -> None:
        valgt = fane.valgt()

        def etter(_res: object) -> None:
            vis_igjen()
            if valgt is not None:
                fane.velg(valgt)

        ctx.utfor(
            "journalpost",
            dokumentordning.endre_dokument,
            jp_id,
            dokument_id=ider[0],
            rekkefolge=ider,
            etter=etter,
        )

    def tittel(dokument_id: int, naa: str) -> None:
        d = DokumenttittelDialog(naa, ctx.forelder)
        if ctx.kjor_dialog(d):
            ctx.utfor(
                "journalpost",
                dokumentordning.endre_dokument,
                jp_id,
                dokument_id=dokument_id,
                tittel=d.tittel.text(),
                etter=vis_igjen,
            )

    def til(dokument_id: int, navn: str, *, kopi: bool) -> None:
        d = VelgJournalpostDialog(
            tittel=QCoreApplication.translate("Dokumentordning", "Kopier dokument")
            if kopi
            else QCoreApplication.translate("Dokumentordning", "Lenk dokument"),
            dokument=navn,
            kopi=kopi,
            parent=ctx.forelder,
        )
        if ctx.kjor_dialog(d):
            tjeneste = dokumentordning.kopier_til if kopi else dokumentordning.knytt_til
            ctx.utfor("journalpost", tjeneste, jp_id, dokument_id=dokument_id, til=d.jpnr.text().strip())

    fane.sig_rekkefolge.connect(lambda ider: ctx.trygt(lambda: rekkefolge(ider)))
    fane.sig_endre_tittel.connect(lambda d, t: ctx.trygt(lambda: tittel(d, t)))
    fane.sig_lenk.connect(lambda d, t: ctx.trygt(lambda: til(d, t, kopi=False)))
    fane.sig_kopier.connect(lambda d, t: ctx.trygt(lambda: til(d, t, kopi=True)))
    return fane
