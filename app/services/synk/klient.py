"""Working against the shared database through the local replica: online, offline, and back.

``SynkKlient.utfor("ferdigstill", jpnr=…)`` runs the service at the far end (the
``Transport``) in one transaction; the background sync is then woken to pull the
result (without one, as in the CLI and in tests, the client pulls itself). When
the far end cannot be reached, a queueable call (``@skrivetjeneste(koebar=True)``)
goes to the outbox (service, arguments, the versjon the user saw), is applied
provisionally to the replica (a new journalpost shows a provisional number) and
is replayed in order on reconnect. A replay that meets a changed row (versjon) or
a refusal becomes a conflict, listed by ``konflikter(replika)`` and settled by
``loes_konflikt``; nothing is dropped silently.

Every call that may touch the network takes the client's lock; the window calls
them from its one writer thread (app/widgets/skriver.py), never from the UI thread.
The replica's bookkeeping is ``Bokforing``'s; this module runs no SQL.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from app.domain.feil import Frakoblet, IkkeFunnet, SaksbordFeil, UgyldigInndata

# The queueable services register themselves on import (@skrivetjeneste(koebar=True)).
from app.services import avskrivning, ekspedering, journalposter, oppgaver  # noqa: F401
from app.services.arbeid import SKRIVETJENESTER, Kontekst, arbeid
from app.services.data import Resultat
from app.services.politikk import behandling, mote, utvalg  # noqa: F401  (issue 15's write services)
from app.services.synk import kodek
from app.services.synk.transport import PgTransport, Transport
from app.store.db import Database
from app.store.pg.ddl import SKJERMEDE_TABELLER
from app.store.sync.replika import INNHOLDSKILDER, Bokforing, aapne_replika

log = logging.getLogger(__name__)

TILKOBLET = "Tilkoblet"
SYNKRONISERER = "Synkroniserer…"
FORSTE_SYNK = "Første synkronisering – {antall} rader hentet"


def frakoblet_tekst(venter: int) -> str:
    return f"Frakoblet – {venter} {'endring venter' if venter == 1 else 'endringer venter'}"


@dataclass(frozen=True)
class KonfliktInfo:
    id: int
    tjeneste: str
    argumenter: dict[str, Any]
    melding: str
    tid: str
    lokalt_nr: str | None


def konflikter(replika: Database) -> list[KonfliktInfo]:
    """Open conflicts (the "Konflikter" kurv): offline actions the server refused on replay."""
    return [
        KonfliktInfo(k.id, k.tjeneste, kodek.fra_json(k.args), k.melding, k.tid, k.lokalt_nr)
        for k in Bokforing(replika).konflikter()
    ]


def forelopig_nummer(replika: Database, journalpost_id: int) -> str | None:
    """ "2026/12-(foreløpig 1)" for a journalpost made offline and not yet on the server, else None."""
    return Bokforing(replika).forelopige_numre([journalpost_id]).get(journalpost_id)


def forelopige_numre(replika: Database, journalpost_ider: list[int]) -> dict[int, str]:
    """``forelopig_nummer`` for a page of journalposter at once (the kurv list asks once per page)."""
    return Bokforing(replika).forelopige_numre(journalpost_ider)


#: The outbox row whose provisional application to the replica is being flushed.
_utboks_id: ContextVar[int | None] = ContextVar("saksbord_utboks_id", default=None)


@event.listens_for(Session, "after_flush")
def _merk_lokale_rader(session: Session, _flush_context: Any) -> None:
    """After each flush of a provisional (offline) action: remember which replica rows it touched."""
    uid = _utboks_id.get()
    if uid is None:
        return
    rader: list[tuple[str, dict[str, Any], bool]] = []
    for objekter, ny in ((session.new, True), (session.dirty, False), (session.deleted, False)):
        for obj in list(objekter):
            mapper = inspect(obj).mapper
            pk = mapper.primary_key_from_instance(obj)
            rader.append(
                (
                    mapper.local_table.name,
                    {k.name: v for k, v in zip(mapper.primary_key, pk, strict=True)},
                    ny,
                )
            )
            if mapper.local_table.name == "journalpost" and ny:
                rader.append(("sak", {"id": obj.sak_id}, False))  # its siste_dokumentnummer moved
    Bokforing.merk_lokale(session.connection(), uid, rader)


@contextlib.contextmanager
def _provisorisk(utboks_id: int) -> Iterator[None]:
    token = _utboks_id.set(utboks_id)
    try:
        yield
    finally:
        _utboks_id.reset(token)


class SynkKlient:
    """One user's client: the replica for reading, the far end (``Transport``) for writing when reachable."""

    def __init__(
        self,
        replika: Database | str,
        fjern: Transport | str,
        initialer: str,
        *,
        status: Callable[[str], None] | None = None,
        endret: Callable[[], None] | None = None,
    ) -> None:
        self.replika = aapne_replika(replika) if isinstance(replika, str) else replika
        self.bokforing = Bokforing(self.replika)
        self.initialer = initialer.strip().upper()
        self.transport: Transport = _transport(fjern, self.initialer) if isinstance(fjern, str) else fjern
        self._status = status or (lambda _t: None)
        self._endret = endret or (lambda: None)
        self._laas = threading.RLock()
        self._vekk_bakgrunn: Callable[[], None] | None = None
        self._ui_traad: int | None = None
        self._forste_laas = threading.Lock()
        self._sist_varslet = 0.0
        self._sist_status = 0.0
        #: Set once the replica holds the users, codes and settings (the first tables of a first
        #: sync), so the window can open on it while the case data is still arriving.
        self.grunndata = threading.Event()
        if self.bokforing.markor().endringsnr > 0:
            self.grunndata.set()
        self.siste_status = ""
        INNHOLDSKILDER[self.replika] = self._hent_innhold

    # --- contexts -----------------------------------------------------------

    @property
    def ctx(self) -> Kontekst:
        """For reading (kurver, search, cards): the replica, instantly and offline too."""
        return Kontekst(self.replika, self.initialer)

    def koble_bakgrunn(self, vekk: Callable[[], None] | None) -> None:
        """A background sync runs (``vekk`` wakes it): after a write, wake it instead of pulling here."""
        self._vekk_bakgrunn = vekk

    def merk_ui_traad(self, traad: int | None = None) -> None:
        """The window's UI thread: a call from it that would take the sync lock is logged as a fault."""
        self._ui_traad = threading.get_ident() if traad is None else traad

    @contextlib.contextmanager
    def _laast(self, hva: str) -> Iterator[None]:
        if self._ui_traad is not None and threading.get_ident() == self._ui_traad:
            log.warning("%s kjøres på UI-tråden og kan vente på nettverket", hva)
        with self._laas:
            yield

    def _sett_status(self, tekst: str) -> None:
        self.siste_status = tekst
        try:
            self._status(tekst)
        except Exception:  # a broken callback must not stop the sync
            log.exception("statuskallet feilet")

    def venter(self) -> int:
        return self.bokforing.antall_ventende()

    def konflikter(self) -> list[KonfliktInfo]:
        return konflikter(self.replika)

    # --- acting ---------------------------------------------------------------

    def utfor(self, tjeneste: str, *, som: str | None = None, **kwargs: Any) -> Resultat:
        """Run the service at the far end, or queue it (and apply it provisionally) when it is gone.

        Queueable services may go to the outbox; every other write service (and any action taken
        on a stedfortreder's desk) needs the server and says so when it is unreachable.
        """
        registrert = SKRIVETJENESTER.get(tjeneste)
        if registrert is None or not registrert.koebar or som:
            return self._utfor_tilkoblet(tjeneste, som, kwargs)
        with self._laast(tjeneste):
            kwargs = _erstatt(kwargs, self.bokforing.lokale_numre())
            if self.venter():
                self._synk()  # earlier offline work goes first, in order
            foresporsel = None
            if not self.venter():
                # The same request id follows the call into the outbox: if the connection broke
                # during the commit, the action may be on the server and the replay must skip it.
                foresporsel = str(uuid.uuid4())
                try:
                    res = self.transport.utfor(tjeneste, kwargs, foresporsel=foresporsel)
                except Frakoblet:
                    log.info("frakoblet; %s legges i utboksen", tjeneste)
                else:
                    self._etter_skriving()
                    return res
            return self._i_utboks(tjeneste, kwargs, foresporsel)

    def _utfor_tilkoblet(self, tjeneste: str, som: str | None, kwargs: dict[str, Any]) -> Resultat:
        with self._laast(tjeneste):
            try:
                res = self.transport.utfor(tjeneste, kwargs, som=som)
            except Frakoblet as e:
                self._sett_status(frakoblet_tekst(self.venter()))
                raise Frakoblet(
                    "Du er frakoblet den felles databasen. Denne handlingen krever forbindelse; "
                    "registrering, svar, avskrivning og oppgaver kan gjøres frakoblet."
                ) from e
            self._etter_skriving()
            return res

    def _etter_skriving(self) -> None:
        """A write landed at the far end: wake the background sync, or (with none) pull now."""
        if self._vekk_bakgrunn is not None:
            self._vekk_bakgrunn()
            return
        try:
            if self._hent():
                self._endret()
        except Frakoblet:
            self._sett_status(frakoblet_tekst(self.venter()))

    def _i_utboks(self, tjeneste: str, kwargs: dict[str, Any], foresporsel: str | None = None) -> Resultat:
        uid = self.bokforing.legg_i_utboks(
            tjeneste, kodek.til_json(kwargs), self._sette_versjoner(kwargs), foresporsel
        )
        self.bokforing.lokale_nummerserier()
        try:
            with _provisorisk(uid):
                res = SKRIVETJENESTER[tjeneste].fn(self.ctx, **kwargs)
        except SaksbordFeil:
            # The rules refuse it locally too: do not queue what cannot succeed.
            self.bokforing.angre(uid)
            raise
        lokalt = res.journalpostnummer
        nr = lokalt
        if lokalt:
            self.bokforing.sett_lokalt_nr(uid, lokalt)
            jp_id = self._jp_id(lokalt)
            nr = (forelopig_nummer(self.replika, jp_id) if jp_id else None) or lokalt
        self._sett_status(frakoblet_tekst(self.venter()))
        return replace(
            res,
            melding=f"{res.melding.replace(lokalt, nr) if lokalt and nr else res.melding} "
            "(lagret lokalt; sendes når forbindelsen er tilbake)",
            journalpostnummer=nr,
        )

    def _jp_id(self, jpnr: str | int) -> int | None:
        try:
            with arbeid(self.ctx, skriv=False) as a:
                return a.journalpost(jpnr).id
        except IkkeFunnet:
            return None

    def _sette_versjoner(self, kwargs: dict[str, Any]) -> dict[str, int]:
        """The versjon of each journalpost the action touches, as the user saw it in the replica."""
        nr = kwargs.get("jpnr")
        if nr is None:
            return {}
        ut = {}
        with arbeid(self.ctx, skriv=False) as a:
            for x in nr if isinstance(nr, list | tuple) else [nr]:
                with contextlib.suppress(IkkeFunnet):
                    ut[str(x)] = a.journalpost(x).versjon
        return ut

    # --- replay and pull --------------------------------------------------------

    def synk(self) -> int:
        """Replay the outbox in order, then pull; returns rows pulled. Offline: status says so.

        A first sync runs outside the client's lock, batch by batch: the window reads the rows as
        they arrive and its writes go straight to the far end meanwhile.
        """
        antall = 0
        if self.bokforing.markor().endringsnr == 0 and not self.venter():
            with self._forste_laas:
                self._sett_status(FORSTE_SYNK.format(antall=0))
                try:
                    antall = self.transport.hent(self.replika, tilbakestill=[], underveis=self._underveis)
                except Frakoblet:
                    self._sett_status(frakoblet_tekst(self.venter()))
                    return 0
                self.grunndata.set()
        with self._laast("synk"):
            return antall + self._synk()

    def vent_paa_grunndata(self, frist_s: float = 60.0) -> bool:
        """Before a window opens on a replica still empty: wait (off the window, in start-up) until the
        first sync has brought the users and codes. False when it did not come in time (offline)."""
        return self.grunndata.wait(frist_s)

    def _underveis(self, antall: int, tabell: str) -> None:
        """A first-sync batch is in the replica: progress in the status bar (≤ 4/s), kurver refreshed
        (≤ 1/s), so the window is not kept busy by a fast stream."""
        if tabell in SKJERMEDE_TABELLER:
            self.grunndata.set()  # the open tables come first (app.store.sync.forste.rekkefolge)
        naa = time.monotonic()
        if naa - self._sist_status >= 0.25:
            self._sist_status = naa
            self._sett_status(FORSTE_SYNK.format(antall=f"{antall:,}".replace(",", "\u00a0")))
        if naa - self._sist_varslet >= 1.0:
            self._sist_varslet = naa
            try:
                self._endret()
            except Exception:
                log.exception("endret-kallet feilet")

    def _hent_innhold(self, dokument_id: int, versjon: int, variant: str, sjekksum: str) -> bytes | None:
        """A document's content the replica lacks (the first sync leaves content out): from the far
        end through its journalpost, kept in the replica for next time."""
        jpnr = self.bokforing.journalpost_for_dokument(dokument_id)
        if jpnr is None:
            return None
        try:
            data = self.transport.hent_innhold(jpnr, dokument_id, versjon, variant)
        except Frakoblet as e:
            raise Frakoblet("Dokumentet er ikke hentet ennå, og du er frakoblet; prøv igjen når du er tilkoblet") from e
        self.bokforing.lagre_innhold(sjekksum, data)
        return data

    def _synk(self) -> int:
        self._sett_status(SYNKRONISERER)
        try:
            fullfort = self._send_utboks()
            antall = self._hent(tilbakestill=fullfort)
        except Frakoblet:
            self._sett_status(frakoblet_tekst(self.venter()))
            return 0
        except Exception:
            self._sett_status(self._status_tekst())
            raise
        self._sett_status(self._status_tekst())
        if antall:
            self._endret()
        return antall

    def _status_tekst(self) -> str:
        venter = self.venter()
        return TILKOBLET if not venter else frakoblet_tekst(venter)

    def _hent(self, *, tilbakestill: bool = False) -> int:
        rader = self.bokforing.lokale_rader() if tilbakestill else []
        antall = self.transport.hent(self.replika, tilbakestill=rader)
        if tilbakestill:
            self.bokforing.glem_lokale()
        return antall

    def _send_utboks(self) -> bool:
        """Replay every queued action; True when the outbox is empty afterwards."""
        nye_nr: dict[str, str] = {}
        avspilt = False
        for rad in self.bokforing.ventende():
            avspilt = True
            kwargs = _erstatt(kodek.fra_json(rad.args), nye_nr)
            versjoner = {nye_nr.get(k, k): v for k, v in rad.versjoner.items()}
            utfort = self.transport.utfort(rad.foresporsel)
            if utfort is not None:
                # Already on the server (a crash after its commit, before this delete): skip it.
                log.info("utboks %s (%s) er allerede utført på serveren", rad.id, rad.tjeneste)
                if rad.lokalt_nr and utfort:
                    nye_nr[rad.lokalt_nr] = utfort
                self.bokforing.fjern_fra_utboks(rad.id)
                continue
            try:
                res = self.transport.utfor(
                    rad.tjeneste, kwargs, foresporsel=rad.foresporsel, versjoner=versjoner
                )
                if rad.lokalt_nr and res.journalpostnummer:
                    nye_nr[rad.lokalt_nr] = res.journalpostnummer
            except Frakoblet:
                raise
            except SaksbordFeil as e:
                self.bokforing.ny_konflikt(
                    tjeneste=rad.tjeneste,
                    args=kodek.til_json(kwargs),
                    versjoner=versjoner,
                    lokalt_nr=rad.lokalt_nr,
                    melding=str(e),
                )
            self.bokforing.fjern_fra_utboks(rad.id)
        if avspilt:
            self.transport.rydd()
        return True

    # --- conflicts ------------------------------------------------------------------

    def loes_konflikt(self, konflikt_id: int, valg: str = "behold_min") -> Resultat:
        """``behold_min``: run my action again on the server as it is now; ``bruk_server``: drop mine.

        An unreachable server is said plainly: ``behold_min`` then leaves the conflict open (it needs
        the server); ``bruk_server`` is settled at once and the pull catches up on reconnect.
        """
        if valg not in ("behold_min", "bruk_server"):
            raise UgyldigInndata("Velg «behold_min» eller «bruk_server»")
        with self._laast("loes_konflikt"):
            rad = self.bokforing.aapen_konflikt(konflikt_id)
            if rad is None:
                raise IkkeFunnet(f"Fant ingen åpen konflikt {konflikt_id}")
            res = Resultat("Serverens utgave er beholdt")
            if valg == "behold_min":
                kwargs = kodek.fra_json(rad.args)
                kwargs.pop("versjon", None)
                try:
                    res = self.transport.utfor(rad.tjeneste, kwargs)
                except Frakoblet as e:
                    self._sett_status(frakoblet_tekst(self.venter()))
                    raise Frakoblet(
                        "Du er frakoblet den felles databasen. Konflikten står åpen til forbindelsen er tilbake."
                    ) from e
            self.bokforing.merk_loest(konflikt_id, valg)
            if self._vekk_bakgrunn is not None:
                self._vekk_bakgrunn()
                return res
            try:
                self._hent()
            except Frakoblet:
                self._sett_status(frakoblet_tekst(self.venter()))
                if valg == "bruk_server":
                    return Resultat("Serverens utgave er beholdt; den hentes når forbindelsen er tilbake")
            return res

    def lukk(self) -> None:
        self.transport.lukk()
        self.replika.lukk()


def _transport(adresse: str, initialer: str) -> Transport:
    """An https:// address is the Saksbord server (token from the keyring); anything else PostgreSQL."""
    if adresse.startswith(("https://", "http://")):
        from app.services.synk.http import HttpTransport

        return HttpTransport(adresse, initialer)
    return PgTransport(adresse, initialer)


def loes_konflikt_i_vinduet(klient: SynkKlient, konflikt_id: int, valg: str) -> Resultat:
    """What the window calls to settle a conflict (``SynkKlient.loes_konflikt``)."""
    return klient.loes_konflikt(konflikt_id, valg)


def _erstatt(v: Any, nye: dict[str, str]) -> Any:
    """Swap provisional journalpost numbers for the real ones given on replay."""
    if not nye:
        return v
    if isinstance(v, str):
        return nye.get(v, v)
    if isinstance(v, list):
        return [_erstatt(x, nye) for x in v]
    if isinstance(v, dict):
        return {k: _erstatt(x, nye) for k, x in v.items()}
    return v
