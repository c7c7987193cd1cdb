"""Working against the shared database through the local replica: online, offline, and back.

``SynkKlient.utfor("ferdigstill", jpnr=…)`` runs the service on PostgreSQL in one
transaction and pulls the result into the replica at once. When the server
cannot be reached, the call goes to the outbox (service, JSON arguments, the
versjon the user saw), is applied provisionally to the replica (a new
journalpost shows a provisional number) and is replayed in order on reconnect.
A replay that meets a changed row (versjon) or a refusal becomes a conflict,
listed by ``konflikter(replika)`` and settled by ``loes_konflikt``; nothing is
dropped silently. ``Synkroniserer`` keeps the replica fresh: NOTIFY wakes it,
polling every 30 s is the fallback, and the status text goes to a callback.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from app.domain import regler
from app.domain.feil import Frakoblet, IkkeFunnet, Konflikt, SaksbordFeil, UgyldigInndata
from app.services import avskrivning, journalposter, oppgaver
from app.services.arbeid import SKRIVETJENESTER, Kontekst, arbeid
from app.services.data import Resultat
from app.store.db import Database
from app.store.models import Journalpost
from app.store.pg.ddl import UTFORT
from app.store.sync import utboks
from app.store.sync.lytter import Lytter
from app.store.sync.pull import synk_ned
from app.store.sync.replika import aapne_replika, raa_forbindelse

log = logging.getLogger(__name__)

TJENESTER: dict[str, Callable[..., Resultat]] = {
    "registrer_journalpost": journalposter.registrer_journalpost,
    "endre_journalpost": journalposter.endre_journalpost,
    "avskriv": avskrivning.avskriv,
    "besvar": avskrivning.besvar,
    "send_oppgave": oppgaver.send_oppgave,
    "svar_oppgave": oppgaver.svar_oppgave,
    "ferdigstill": journalposter.ferdigstill,
    "ekspeder": journalposter.ekspeder,
}

TILKOBLET = "Tilkoblet"
SYNKRONISERER = "Synkroniserer…"

_utboks_id: ContextVar[int | None] = ContextVar("saksbord_utboks_id", default=None)
#: The request being run on the server: {"id": uuid, "jp": first new journalpost id, "skrevet": bool}.
_foresporsel: ContextVar[dict | None] = ContextVar("saksbord_foresporsel", default=None)


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
    c = raa_forbindelse(replika)
    try:
        return [
            KonfliktInfo(r[0], r[1], utboks.fra_json(r[2]), r[3], r[4], r[5])
            for r in c.execute(
                "SELECT id, tjeneste, args, melding, tid, lokalt_nr FROM synk_konflikt WHERE loest IS NULL ORDER BY id"
            )
        ]
    finally:
        c.close()


def forelopig_nummer(replika: Database, journalpost_id: int) -> str | None:
    """ "2026/12-(foreløpig 1)" for a journalpost made offline and not yet on the server, else None."""
    c = raa_forbindelse(replika)
    try:
        rader = [
            json.loads(r[0])["id"]
            for r in c.execute(
                "SELECT nokkel FROM synk_lokal WHERE tabell = 'journalpost' AND ny = 1 ORDER BY utboks_id, nokkel"
            )
        ]
        if journalpost_id not in rader:
            return None
        aar, sekv = c.execute(
            "SELECT s.saksaar, s.sakssekvensnummer FROM journalpost j JOIN sak s ON s.id = j.sak_id WHERE j.id = ?",
            (journalpost_id,),
        ).fetchone()
        return f"{aar}/{sekv}-(foreløpig {rader.index(journalpost_id) + 1})"
    finally:
        c.close()


def _merk_lokale_rader(session, _flush_context) -> None:
    """After each flush of a provisional (offline) action: remember which replica rows it touched."""
    uid = _utboks_id.get()
    if uid is None:
        return
    conn = session.connection()
    for objekter, ny in ((session.new, 1), (session.dirty, 0), (session.deleted, 0)):
        for obj in list(objekter):
            mapper = inspect(obj).mapper
            tabell = mapper.local_table.name
            pk = mapper.primary_key_from_instance(obj)
            nokkel = {kol.name: v for kol, v in zip(mapper.primary_key, pk, strict=True)}
            rader = [(tabell, nokkel, ny)]
            if tabell == "journalpost" and ny:
                rader.append(("sak", {"id": obj.sak_id}, 0))  # its siste_dokumentnummer moved
            for t, n, er_ny in rader:
                conn.execute(
                    text(
                        "INSERT OR IGNORE INTO synk_lokal (tabell, nokkel, utboks_id, ny) VALUES (:t, :n, :u, :ny)"
                    ),
                    {"t": t, "n": json.dumps(n, sort_keys=True), "u": uid, "ny": er_ny},
                )


def _husk_ny_journalpost(session, _flush_context) -> None:
    """The journalpost an action creates, so a skipped replay can still hand on its real number."""
    f = _foresporsel.get()
    if f is None or f["jp"] is not None:
        return
    for obj in session.new:
        if isinstance(obj, Journalpost):
            f["jp"] = obj.id
            return


def _skriv_foresporsel(session) -> None:
    """Record the request id in the action's own transaction, just before it commits.

    The service's unit of work commits once; flushing first here lets the new journalpost's
    id in, and the row commits or rolls back together with the action.
    """
    f = _foresporsel.get()
    if f is None or f["skrevet"]:
        return
    session.flush()
    session.execute(
        text(
            f"INSERT INTO {UTFORT} (id, journalpost_id) VALUES (CAST(:id AS uuid), :jp) ON CONFLICT DO NOTHING"
        ),
        {"id": f["id"], "jp": f["jp"]},
    )
    f["skrevet"] = True


@contextlib.contextmanager
def _som_foresporsel(foresporsel_id: str):
    token = _foresporsel.set({"id": foresporsel_id, "jp": None, "skrevet": False})
    try:
        yield
    finally:
        _foresporsel.reset(token)


#: Provisional numbers in the replica start here, far above anything the server has handed out.
LOKAL_NUMMERSTART = 1_000_000


def _lokale_nummerserier(c) -> None:
    """Let offline numbering in the replica run in its own range, so it never meets a server number.

    The user sees "(foreløpig n)" instead; the server assigns the real number on replay.
    """
    for serie, aar_kol, nr_kol, tabell in (
        ("journal", "journalaar", "journalsekvensnummer", "journalpost"),
        ("sak", "saksaar", "sakssekvensnummer", "sak"),
    ):
        c.execute(
            f"INSERT OR REPLACE INTO nummerserie (serie, aar, siste) "
            f"SELECT ?, t.{aar_kol}, max(max(t.{nr_kol}) + ?, coalesce(max(n.siste), 0)) FROM {tabell} t "
            f"LEFT JOIN nummerserie n ON n.serie = ? AND n.aar = t.{aar_kol} GROUP BY t.{aar_kol}",
            (serie, LOKAL_NUMMERSTART, serie),
        )
        c.execute(
            "INSERT OR IGNORE INTO nummerserie (serie, aar, siste) VALUES (?, CAST(strftime('%Y', 'now') AS INTEGER), ?)",
            (serie, LOKAL_NUMMERSTART),
        )


def _er_frakoblet(e: BaseException) -> bool:
    return isinstance(e, Frakoblet | OperationalError) or (
        isinstance(e, DBAPIError) and e.connection_invalidated
    )


class SynkKlient:
    """One user's client: the replica for reading, PostgreSQL for writing when reachable."""

    def __init__(
        self,
        replika: Database | str,
        pg_url: str,
        initialer: str,
        *,
        status: Callable[[str], None] | None = None,
        endret: Callable[[], None] | None = None,
    ) -> None:
        self.replika = aapne_replika(replika) if isinstance(replika, str) else replika
        u = make_url(pg_url)
        if "connect_timeout" not in u.query:
            u = u.update_query_dict({"connect_timeout": "5"})
        self.pg = Database(u.render_as_string(hide_password=False))
        self.initialer = initialer.strip().upper()
        self._status = status or (lambda _t: None)
        self._endret = endret or (lambda: None)
        self._laas = threading.RLock()
        self.siste_status = ""
        event.listen(self.replika._sessions, "after_flush", _merk_lokale_rader)
        if self.pg.er_postgres:
            event.listen(self.pg._sessions, "after_flush", _husk_ny_journalpost)
            event.listen(self.pg._sessions, "before_commit", _skriv_foresporsel)

    # --- contexts -----------------------------------------------------------

    @property
    def ctx(self) -> Kontekst:
        """For reading (kurver, search, cards): the replica, instantly and offline too."""
        return Kontekst(self.replika, self.initialer)

    def _sett_status(self, tekst: str) -> None:
        self.siste_status = tekst
        try:
            self._status(tekst)
        except Exception:  # a broken callback must not stop the sync
            log.exception("statuskallet feilet")

    def venter(self) -> int:
        c = raa_forbindelse(self.replika)
        try:
            return utboks.antall_ventende(c)
        finally:
            c.close()

    # --- acting ---------------------------------------------------------------

    def utfor(self, tjeneste: str, *, som: str | None = None, **kwargs: Any) -> Resultat:
        """Run the service online, or queue it (and apply it provisionally) when the server is gone.

        The everyday actions in TJENESTER may be queued; every other write service (and any action
        taken on a stedfortreder's desk) needs the server and says so when it is unreachable.
        """
        if tjeneste not in TJENESTER or som:
            return self._utfor_tilkoblet(tjeneste, som, kwargs)
        with self._laas:
            kwargs = _erstatt(kwargs, self._forelopige_nr())
            if self.venter():
                self.synk()  # earlier offline work goes first, in order
            foresporsel = None
            if not self.venter():
                # The same request id follows the call into the outbox: if the connection broke
                # during the commit, the action may be on the server and the replay must skip it.
                foresporsel = str(uuid.uuid4())
                try:
                    with _som_foresporsel(foresporsel):
                        res = TJENESTER[tjeneste](Kontekst(self.pg, self.initialer), **kwargs)
                except Exception as e:
                    if not _er_frakoblet(e):
                        raise
                    log.info("frakoblet; %s legges i utboksen", tjeneste)
                else:
                    self._hent()
                    return res
            return self._i_utboks(tjeneste, kwargs, foresporsel)

    def _utfor_tilkoblet(self, tjeneste: str, som: str | None, kwargs: dict[str, Any]) -> Resultat:
        fn = SKRIVETJENESTER.get(tjeneste)
        if fn is None:
            raise UgyldigInndata(f"«{tjeneste}» er ikke en tjeneste som endrer registeret")
        with self._laas:
            try:
                res = fn(Kontekst(self.pg, self.initialer, som), **kwargs)
            except Exception as e:
                if not _er_frakoblet(e):
                    raise
                self._sett_status(frakoblet_tekst(self.venter()))
                raise Frakoblet(
                    "Du er frakoblet den felles databasen. Denne handlingen krever forbindelse; "
                    "registrering, svar, avskrivning og oppgaver kan gjøres frakoblet."
                ) from e
            self._hent()
            return res

    def _i_utboks(self, tjeneste: str, kwargs: dict[str, Any], foresporsel: str | None = None) -> Resultat:
        versjoner = self._sette_versjoner(kwargs)
        c = raa_forbindelse(self.replika)
        try:
            uid = utboks.legg_i_utboks(c, tjeneste, kwargs, versjoner, foresporsel)
            _lokale_nummerserier(c)
        finally:
            c.close()
        token = _utboks_id.set(uid)
        try:
            res = TJENESTER[tjeneste](self.ctx, **kwargs)
        except SaksbordFeil:
            # The rules refuse it locally too: do not queue what cannot succeed.
            c = raa_forbindelse(self.replika)
            c.execute("DELETE FROM synk_utboks WHERE id = ?", (uid,))
            c.execute("DELETE FROM synk_lokal WHERE utboks_id = ?", (uid,))
            c.close()
            raise
        finally:
            _utboks_id.reset(token)
        lokalt = res.journalpostnummer
        nr = lokalt
        if lokalt:
            c = raa_forbindelse(self.replika)
            try:
                c.execute("UPDATE synk_utboks SET lokalt_nr = ? WHERE id = ?", (lokalt, uid))
                jp_id = self._jp_id(lokalt)
            finally:
                c.close()
            nr = (forelopig_nummer(self.replika, jp_id) if jp_id else None) or lokalt
        venter = self.venter()
        self._sett_status(frakoblet_tekst(venter))
        return replace(
            res,
            melding=f"{res.melding.replace(lokalt, nr) if lokalt else res.melding} "
            "(lagret lokalt; sendes når forbindelsen er tilbake)",
            journalpostnummer=nr,
        )

    def _forelopige_nr(self) -> dict[str, str]:
        """Provisional numbers shown to the user → the replica's local numbers (for chained offline work)."""
        c = raa_forbindelse(self.replika)
        try:
            ider = [
                json.loads(r[0])["id"]
                for r in c.execute(
                    "SELECT nokkel FROM synk_lokal WHERE tabell = 'journalpost' AND ny = 1 ORDER BY utboks_id, nokkel"
                )
            ]
            ut = {}
            for i, jp_id in enumerate(ider, start=1):
                rad = c.execute(
                    "SELECT s.saksaar, s.sakssekvensnummer, j.dokumentnummer FROM journalpost j "
                    "JOIN sak s ON s.id = j.sak_id WHERE j.id = ?",
                    (jp_id,),
                ).fetchone()
                if rad:
                    ut[f"{rad[0]}/{rad[1]}-(foreløpig {i})"] = regler.journalpostnummer(*rad)
            return ut
        finally:
            c.close()

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
        """Replay the outbox in order, then pull; returns rows pulled. Offline: status says so."""
        with self._laas:
            self._sett_status(SYNKRONISERER)
            try:
                fullfort = self._send_utboks()
                antall = self._hent(tilbakestill=fullfort)
            except Exception as e:
                if not _er_frakoblet(e):
                    self._sett_status(self._status_tekst(online=True))
                    raise
                self._sett_status(frakoblet_tekst(self.venter()))
                return 0
            self._sett_status(self._status_tekst(online=True))
            if antall:
                self._endret()
            return antall

    def _status_tekst(self, *, online: bool) -> str:
        venter = self.venter()
        return TILKOBLET if online and not venter else frakoblet_tekst(venter)

    def _hent(self, *, tilbakestill: bool = False) -> int:
        rader: list[tuple[str, dict]] = []
        c = raa_forbindelse(self.replika)
        try:
            if tilbakestill:
                rader = [(t, json.loads(n)) for t, n in c.execute("SELECT tabell, nokkel FROM synk_lokal")]
            antall = synk_ned(self.replika, self.pg, tilbakestill=rader)
            if tilbakestill:
                c.execute("DELETE FROM synk_lokal")
            return antall
        finally:
            c.close()

    def _send_utboks(self) -> bool:
        """Replay every queued action; True when the outbox is empty afterwards."""
        c = raa_forbindelse(self.replika)
        try:
            nye_nr: dict[str, str] = {}
            avspilt = False
            for rad in utboks.ventende(c):
                avspilt = True
                kwargs = _erstatt(rad.kwargs, nye_nr)
                versjoner = {nye_nr.get(k, k): v for k, v in rad.versjoner.items()}
                utfort = self._utfort(rad.foresporsel)
                if utfort is not None:
                    # Already on the server (a crash after its commit, before this delete): skip it.
                    log.info("utboks %s (%s) er allerede utført på serveren", rad.id, rad.tjeneste)
                    if rad.lokalt_nr and utfort:
                        nye_nr[rad.lokalt_nr] = utfort
                    c.execute("DELETE FROM synk_utboks WHERE id = ?", (rad.id,))
                    continue
                try:
                    self._sjekk_versjoner(versjoner)
                    with _som_foresporsel(rad.foresporsel):
                        res = TJENESTER[rad.tjeneste](Kontekst(self.pg, self.initialer), **kwargs)
                    if rad.lokalt_nr and res.journalpostnummer:
                        nye_nr[rad.lokalt_nr] = res.journalpostnummer
                except SaksbordFeil as e:
                    if isinstance(e, Frakoblet):
                        raise
                    c.execute(
                        "INSERT INTO synk_konflikt (tjeneste, args, versjoner, lokalt_nr, melding) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (rad.tjeneste, utboks.til_json(kwargs), json.dumps(versjoner), rad.lokalt_nr, str(e)),
                    )
                c.execute("DELETE FROM synk_utboks WHERE id = ?", (rad.id,))
            if avspilt:
                self._rydd_utfort()
            return True
        finally:
            c.close()

    def _rydd_utfort(self) -> None:
        """After a replay, let the server drop request ids older than 90 days (nobody replays those).

        Users may not delete from the table; the SECURITY DEFINER function does it as the owner.
        Best effort: a failure here costs nothing but a larger table, so it is only logged.
        """
        if not self.pg.er_postgres:
            return
        try:
            with self.pg.engine.begin() as conn:
                conn.execute(text("SELECT saksbord_rydd_utfort()"))
        except DBAPIError as e:
            log.warning("kunne ikke rydde %s: %s", UTFORT, e)

    def _utfort(self, foresporsel: str) -> str | None:
        """None if the request has not reached the server, else the number of the journalpost it
        made ("" if none or no longer visible)."""
        if not self.pg.er_postgres:
            return None
        with arbeid(Kontekst(self.pg, self.initialer), skriv=False) as a:
            rad = a.s.execute(
                text(f"SELECT journalpost_id FROM {UTFORT} WHERE id = CAST(:id AS uuid)"), {"id": foresporsel}
            ).first()
            if rad is None:
                return None
            jp = a.s.get(Journalpost, rad[0]) if rad[0] is not None else None
            return (
                regler.journalpostnummer(jp.sak.saksaar, jp.sak.sakssekvensnummer, jp.dokumentnummer)
                if jp
                else ""
            )

    def _sjekk_versjoner(self, versjoner: dict[str, int]) -> None:
        if not versjoner:
            return
        with arbeid(Kontekst(self.pg, self.initialer), skriv=False) as a:
            for nr, sett in versjoner.items():
                naa = a.journalpost(int(nr) if nr.isdigit() else nr).versjon
                if naa != sett:
                    raise Konflikt(
                        f"Journalpost {nr} er endret på serveren mens du var frakoblet "
                        f"(versjon {sett} → {naa}); velg din eller serverens utgave"
                    )

    # --- conflicts ------------------------------------------------------------------

    def konflikter(self) -> list[KonfliktInfo]:
        return konflikter(self.replika)

    def loes_konflikt(self, konflikt_id: int, valg: str = "behold_min") -> Resultat:
        """``behold_min``: run my action again on the server as it is now; ``bruk_server``: drop mine."""
        if valg not in ("behold_min", "bruk_server"):
            raise UgyldigInndata("Velg «behold_min» eller «bruk_server»")
        c = raa_forbindelse(self.replika)
        try:
            rad = c.execute(
                "SELECT tjeneste, args FROM synk_konflikt WHERE id = ? AND loest IS NULL", (konflikt_id,)
            ).fetchone()
            if rad is None:
                raise IkkeFunnet(f"Fant ingen åpen konflikt {konflikt_id}")
            res = Resultat("Serverens utgave er beholdt")
            if valg == "behold_min":
                kwargs = utboks.fra_json(rad[1])
                kwargs.pop("versjon", None)
                res = TJENESTER[rad[0]](Kontekst(self.pg, self.initialer), **kwargs)
            c.execute("UPDATE synk_konflikt SET loest = ? WHERE id = ?", (valg, konflikt_id))
        finally:
            c.close()
        self._hent()
        return res

    def lukk(self) -> None:
        self.pg.lukk()
        self.replika.lukk()


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


def _conninfo(url: str) -> dict:
    u = make_url(url)
    info = {"host": u.host, "port": u.port or 5432, "dbname": u.database, "user": u.username}
    if u.password:
        info["password"] = u.password
    return info


class Synkroniserer:
    """Keeps a client's replica fresh off the UI thread: NOTIFY wakes it, polling is the fallback."""

    def __init__(self, klient: SynkKlient, *, intervall: float = 30.0) -> None:
        self.klient = klient
        self.intervall = intervall
        self._vekk = threading.Event()
        self._stopp = threading.Event()
        self.lytter = Lytter(_conninfo(klient.pg.url), self.vekk)
        self._arbeider = threading.Thread(target=self._loop, name="saksbord-synk", daemon=True)

    def vekk(self) -> None:
        self._vekk.set()

    def start(self) -> Synkroniserer:
        self.lytter.start()
        self._arbeider.start()
        return self

    def _loop(self) -> None:
        while not self._stopp.is_set():
            self._vekk.wait(self.intervall)
            if self._stopp.is_set():
                break
            self._vekk.clear()
            try:
                self.klient.synk()
            except Exception:
                log.exception("synkroniseringen feilet")

    def stopp(self) -> None:
        self._stopp.set()
        self._vekk.set()
        self.lytter.stopp()
        self._arbeider.join(timeout=5)
        self.lytter.join(timeout=5)


def synk_kommando(*, db: str | None, profil: str | None, bruker: str | None, replika: str | None) -> dict:
    """``saksbord synk``: replay and pull once; what happened, for the CLI."""
    from app.services import profil as profiler
    from app.store.db import til_url
    from app.store.sync.replika import standard_replika_sti

    if profil:
        p = profiler.hent_profil(profil)
        url, initialer, navn = p.url(), bruker or p.initialer, p.navn
    elif db:
        url, initialer, navn = til_url(db), bruker, make_url(til_url(db)).database or "db"
    else:
        p = profiler.aktiv_profil()
        if p is None:
            raise UgyldigInndata("Ingen tilkoblingsprofil; oppgi --profil eller --db")
        url, initialer, navn = p.url(), bruker or p.initialer, p.navn
    if not initialer:
        raise UgyldigInndata("Oppgi hvem som arbeider (--bruker)")
    if not url.startswith("postgresql"):
        raise UgyldigInndata("Synkronisering gjelder bare en felles PostgreSQL-database")
    klient = SynkKlient(str(replika or standard_replika_sti(navn)), url, initialer)
    try:
        hentet = klient.synk()
        venter = klient.venter()
        antall_konflikter = len(klient.konflikter())
        melding = (
            f"{klient.siste_status}: {hentet} rader hentet, {venter} venter, {antall_konflikter} konflikter"
        )
        return {
            "melding": melding, "status": klient.siste_status, "hentet": hentet, "venter": venter,
            "konflikter": antall_konflikter,
        }  # fmt: skip
    finally:
        klient.lukk()


def forelopige_numre(replika: Database, journalpost_ider: list[int]) -> dict[int, str]:
    """``forelopig_nummer`` for a page of journalposter at once (the kurv list asks once per page).

    Only the ids that were made offline and are not yet on the server are in the answer; with
    nothing pending it is one cheap query.
    """
    c = raa_forbindelse(replika)
    try:
        nye = [
            json.loads(r[0])["id"]
            for r in c.execute(
                "SELECT nokkel FROM synk_lokal WHERE tabell = 'journalpost' AND ny = 1 ORDER BY utboks_id, nokkel"
            )
        ]
        ut: dict[int, str] = {}
        onsket = set(journalpost_ider)
        for i, jp_id in enumerate(nye, start=1):
            if jp_id not in onsket:
                continue
            rad = c.execute(
                "SELECT s.saksaar, s.sakssekvensnummer FROM journalpost j JOIN sak s ON s.id = j.sak_id "
                "WHERE j.id = ?",
                (jp_id,),
            ).fetchone()
            if rad:
                ut[jp_id] = f"{rad[0]}/{rad[1]}-(foreløpig {i})"
        return ut
    finally:
        c.close()


def loes_konflikt_i_vinduet(klient: SynkKlient, konflikt_id: int, valg: str) -> Resultat:
    """``klient.loes_konflikt`` for the window: an unreachable server is said plainly (Frakoblet).

    The conflict then stays open (``behold_min`` needs the server); nothing is dropped.
    """
    try:
        return klient.loes_konflikt(konflikt_id, valg)
    except SaksbordFeil:
        raise
    except Exception as e:
        if not _er_frakoblet(e):
            raise
        klient._sett_status(frakoblet_tekst(klient.venter()))
        if all(k.id != konflikt_id for k in konflikter(klient.replika)):
            # bruk_server needs no server: settled; the pull catches up on reconnect.
            return Resultat("Serverens utgave er beholdt; den hentes når forbindelsen er tilbake")
        raise Frakoblet(
            "Du er frakoblet den felles databasen. Konflikten står åpen til forbindelsen er tilbake."
        ) from e
