"""Reading the selection off the UI thread: everything the reading pane and the buttons need, in one go.

A click on a row used to run ``mulige_handlinger`` and the reading pane's reads
(the journalpost, its tasks, history and document status) on the UI thread; on a
replica that the background sync is writing, or a slow disk, that is tens to
hundreds of milliseconds with the window frozen (issue 11). ``les_valg`` does the
same reads as a plain function; ``Valgleser`` runs it on a lane of its own
(app/widgets/arbeider.py) and hands back a ``Lesestoff``. A new selection cancels
the read before it and drops its answer, so the pane never shows a row the user
has left; until the answer lands the pane keeps what it showed and the actions
say they are waiting.

The lane has its own small thread pool: a preview conversion or a kurv count on
the global pool never holds up the answer to a click.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QThreadPool, Signal

from app.domain.feil import SaksbordFeil
from app.services import dokumenter, handlinger, oppgaver, visning
from app.services import synk as synktjeneste
from app.services.arbeid import Kontekst
from app.services.data import JournalpostInfo, KurvRad, LoggInfo, OppgaveInfo, SakInfo
from app.services.dokumenter import Dokumentrad
from app.widgets.arbeider import Arbeider

log = logging.getLogger(__name__)

ALLE_HANDLINGER = (*handlinger.JP_HANDLINGER, *handlinger.SAK_HANDLINGER, *handlinger.OPPGAVE_HANDLINGER)
"""Every key ``mulige_handlinger`` may return: all of them wait while a selection is read."""


@dataclass(frozen=True)
class Lesestoff:
    """What one selected row shows: its actions' verdicts and the reading pane's content."""

    rad: KurvRad
    mulige: dict[str, str | None]
    sak: SakInfo | None = None
    jp: JournalpostInfo | None = None
    oppgaver: list[OppgaveInfo] = field(default_factory=list)
    historikk: list[LoggInfo] = field(default_factory=list)
    oppgave: OppgaveInfo | None = None
    dokumentrader: list[Dokumentrad] = field(default_factory=list)
    forelopig_nummer: str | None = None
    """Made offline and not yet on the server: the provisional number to show."""
    merk_lest: int | None = None
    """A task the recipient opens for the first time: the window queues "mark as read"."""
    feil: SaksbordFeil | None = None
    """Refused (shielded for you, gone): said in place of the content."""


def les_valg(ctx: Kontekst, rad: KurvRad, *, merket_lest: frozenset[int] = frozenset()) -> Lesestoff:
    """Every read a selection needs, for the acting user; pure reads, any thread."""
    mulige: dict[str, str | None] = {}
    try:
        mulige = handlinger.mulige_handlinger(
            ctx,
            journalpost_id=rad.journalpost_id,
            sak_id=rad.sak_id,
            oppgave_id=rad.id if rad.art == "oppgave" else None,
        )
        if rad.art == "sak" or (not rad.journalpost_id and rad.sak_id):
            sak = visning.vis_sak(ctx, rad.id if rad.art == "sak" else int(rad.sak_id or 0))
            return Lesestoff(rad, mulige, sak=sak, historikk=visning.historikk(ctx, sak.saksnummer))
        if not rad.journalpost_id:
            return Lesestoff(rad, mulige)
        oppg = oppgaver.vis_oppgave(ctx, rad.id) if rad.art == "oppgave" else None
        merk = (
            oppg.id
            if oppg is not None and oppg.id not in merket_lest and oppgaver.ma_merkes_lest(ctx, oppg)
            else None
        )
        jp = visning.vis_journalpost(ctx, rad.journalpost_id)
        return Lesestoff(
            rad,
            mulige,
            jp=jp,
            oppgaver=visning.oppgaver_for_journalpost(ctx, jp.id),
            historikk=visning.historikk(ctx, jp.journalpostnummer),
            oppgave=oppg,
            dokumentrader=_dokumentrader(ctx, jp),
            forelopig_nummer=(
                synktjeneste.forelopig_nummer(ctx.synk.replika, jp.id) if ctx.synk is not None else None
            ),
            merk_lest=merk,
        )
    except SaksbordFeil as e:
        return Lesestoff(rad, mulige, feil=e)


def _dokumentrader(ctx: Kontekst, jp: JournalpostInfo) -> list[Dokumentrad]:
    """Arkivformat status and check-outs; shielded documents and the like: the list shows what it can."""
    try:
        return dokumenter.liste(ctx, jp.id)
    except SaksbordFeil as e:
        log.info("Dokumentstatus for %s ble ikke lest: %s", jp.journalpostnummer, e)
        return []


class Valgleser(QObject):
    """One lane that reads the selected row; only the newest selection's answer arrives."""

    sig_lest = Signal(object)
    """The ``Lesestoff`` of the newest selection."""
    sig_feil = Signal(object)
    """A read failed with something other than a refusal (a bug): the exception."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # a cancelled read may still be finishing beside the new one
        self._arbeider = Arbeider(self, pool=self._pool, lesing=True)
        self._arbeider.sig_result.connect(self.sig_lest)
        self._arbeider.sig_error.connect(self.sig_feil)

    @property
    def leser(self) -> bool:
        """A read for the current selection is under way."""
        return self._arbeider.opptatt

    def les(self, ctx: Kontekst, rad: KurvRad, *, merket_lest: frozenset[int]) -> None:
        """Read ``rad`` for ``ctx`` off the UI thread; the read before it is dropped."""
        self._arbeider.start(lambda progress, avbrutt: les_valg(ctx, rad, merket_lest=merket_lest))

    def avbryt(self) -> None:
        """The selection went to nothing or to a conflict: drop any answer still coming."""
        self._arbeider.avbryt()

    def vent(self, ms: int = 30000) -> None:
        """Wait for the reads still running (closing the window: no thread outlives the database)."""
        self._pool.waitForDone(ms)
