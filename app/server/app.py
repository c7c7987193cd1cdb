"""The HTTP API: the one gatekeeper between desktops and the shared PostgreSQL.

Every route but ``/helse``, ``/api/logginn`` (password), ``/api/oidc`` and ``/api/logginn/oidc``
(OpenID Connect, app/server/oidc.py) needs a token (``Authorization: Bearer …``); the
user is who the token says, never a name in the body. Writes call the same service from
``SKRIVETJENESTER`` the local mode calls (``PgTransport`` on the server's engine, so request ids
make a replay idempotent exactly as before); reads run as the user's NOLOGIN role so row-level
security filters them. Between requests nothing is kept but the database: any number of these
can run behind a load balancer.

A refusal by the rules is HTTP 401/403/404/409/422/429 with ``{"feil": class name, "melding": …}``;
the client raises the same ``SaksbordFeil`` subclass. Each request is logged once (initials,
action, result, duration); messages (which may name people) and bodies are never logged.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import dataclasses
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from app.domain.feil import (
    Frakoblet,
    IkkeFunnet,
    IngenTilgang,
    Konflikt,
    SaksbordFeil,
    UgyldigInndata,
    UgyldigTilstand,
)
from app.server import innlogging, rolle
from app.server.hendelser import Hendelser
from app.server.oidc import Oidc, OidcOppsett
from app.services.arbeid import SKRIVETJENESTER, Kontekst
from app.services.synk import kodek
from app.services.synk.transport import PgTransport, _conninfo
from app.store.db import SKJEMA_VERSJON, Database
from app.store.sync.forste import Forstemarkor, forste_strom
from app.store.sync.pull import Markor, endringer

log = logging.getLogger("saksbord.server")

#: Seconds between keep-alive comments on the event stream (proxies drop idle connections).
HOLD_I_LIVE_S = 15.0


def _status(e: SaksbordFeil) -> int:
    if isinstance(e, innlogging.IkkeInnlogget):
        return 401
    if isinstance(e, innlogging.Sperret):
        return 429
    if isinstance(e, IngenTilgang):
        return 403
    if isinstance(e, IkkeFunnet):
        return 404
    if isinstance(e, Konflikt | UgyldigTilstand):
        return 409
    if isinstance(e, Frakoblet):
        return 503
    return 422


def _feilsvar(request: Request, e: SaksbordFeil) -> JSONResponse:
    request.state.resultat = type(e).__name__
    return JSONResponse(
        {"feil": type(e).__name__, "melding": e.melding, "detaljer": e.detaljer}, status_code=_status(e)
    )


def _token(request: Request) -> str | None:
    hode = request.headers.get("authorization", "")
    return hode[7:].strip() if hode.lower().startswith("bearer ") else None


class Tjener:
    """The routes over one Database (the server's own login)."""

    def __init__(
        self, db: Database, *, token_levetid: timedelta = innlogging.TOKEN_LEVETID, oidc: Oidc | None = None
    ) -> None:
        self.db = db
        self.token_levetid = token_levetid
        self.oidc = oidc
        self.hendelser = Hendelser(_conninfo(db.url)) if db.er_postgres else None

    def _hvem(self, request: Request) -> innlogging.Innlogget:
        bruker = innlogging.hvem(self.db, _token(request))
        request.state.initialer = bruker.initialer
        return bruker

    # --- routes (plain functions run in Starlette's thread pool) ---------------------

    def helse(self, request: Request) -> Response:
        request.state.handling = "helse"
        try:
            with self.db.engine.connect() as conn:
                versjon = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except Exception:
            request.state.resultat = "databasen svarer ikke"
            return JSONResponse({"status": "feil", "melding": "Databasen svarer ikke"}, status_code=503)
        ok = versjon == SKJEMA_VERSJON
        return JSONResponse(
            {"status": "ok" if ok else "feil", "skjema": versjon}, status_code=200 if ok else 503
        )

    def logginn(self, request: Request, data: dict) -> Response:
        request.state.handling = "logginn"
        try:
            token = innlogging.logg_inn(
                self.db, str(data.get("brukernavn") or ""), str(data.get("passord") or ""),
                levetid=self.token_levetid, kilde=request.client.host if request.client else "",
            )  # fmt: skip
            bruker = innlogging.hvem(self.db, token)
        except SaksbordFeil as e:
            return _feilsvar(request, e)
        request.state.initialer = bruker.initialer
        return JSONResponse({"token": token, "initialer": bruker.initialer})

    def oidc_oppsett(self, request: Request) -> Response:
        """Where a desktop signs in with OpenID Connect (404 when the server has no provider)."""
        request.state.handling = "oidc"
        if self.oidc is None:
            raise IkkeFunnet("Serveren er ikke satt opp for innlogging med OpenID Connect")
        return JSONResponse(self.oidc.offentlig())

    def logginn_oidc(self, request: Request, data: dict) -> Response:
        """An ID token from the provider in, a Saksbord token out (after full verification)."""
        request.state.handling = "logginn oidc"
        if self.oidc is None:
            raise IkkeFunnet("Serveren er ikke satt opp for innlogging med OpenID Connect")
        token = self.oidc.logg_inn(self.db, str(data.get("id_token") or ""), levetid=self.token_levetid)
        bruker = innlogging.hvem(self.db, token)
        request.state.initialer = bruker.initialer
        return JSONResponse({"token": token, "initialer": bruker.initialer})

    def loggut(self, request: Request, _data: dict) -> Response:
        request.state.handling = "loggut"
        self._hvem(request)
        innlogging.logg_ut(self.db, _token(request) or "")
        return JSONResponse({"melding": "Logget ut"})

    def meg(self, request: Request) -> Response:
        request.state.handling = "meg"
        return JSONResponse({"initialer": self._hvem(request).initialer})

    def utfor(self, request: Request, data: dict) -> Response:
        navn = str(data.get("tjeneste") or "")
        request.state.handling = f"utfor {navn[:60]}"
        bruker = self._hvem(request)
        if navn not in SKRIVETJENESTER:
            raise UgyldigInndata(f"«{navn[:60]}» er ikke en tjeneste som endrer registeret")
        try:
            kwargs = kodek.fra_json(data.get("kwargs") or "{}")
        except (ValueError, TypeError, KeyError) as e:
            raise UgyldigInndata("Argumentene kan ikke leses") from e
        if not isinstance(kwargs, dict) or "ctx" in kwargs:
            raise UgyldigInndata("Argumentene kan ikke leses")
        foresporsel = data.get("foresporsel")
        if foresporsel is not None:
            try:
                foresporsel = str(uuid.UUID(str(foresporsel)))
            except ValueError as e:
                raise UgyldigInndata("Forespørsels-id må være en UUID") from e
        versjoner = data.get("versjoner") or None
        if versjoner is not None and not (
            isinstance(versjoner, dict) and all(isinstance(v, int) for v in versjoner.values())
        ):
            raise UgyldigInndata("Versjoner må være journalpostnummer → versjon")
        som = data.get("som") or None
        with rolle.som_bruker(bruker.rolle):
            try:
                res = PgTransport.paa(self.db, bruker.initialer).utfor(
                    navn, kwargs, som=str(som) if som else None, foresporsel=foresporsel, versjoner=versjoner
                )
            except TypeError as e:
                raise UgyldigInndata(f"Ugyldige argumenter til «{navn}»") from e
        return JSONResponse(dataclasses.asdict(res))

    def utfort(self, request: Request) -> Response:
        request.state.handling = "utfort"
        bruker = self._hvem(request)
        try:
            foresporsel = str(uuid.UUID(request.path_params["id"]))
        except ValueError as e:
            raise UgyldigInndata("Forespørsels-id må være en UUID") from e
        with rolle.som_bruker(bruker.rolle):
            nr = PgTransport.paa(self.db, bruker.initialer).utfort(foresporsel)
        return JSONResponse({"journalpostnummer": nr, "utfort": nr is not None})

    def rydd(self, request: Request, _data: dict) -> Response:
        request.state.handling = "rydd"
        self._hvem(request)
        PgTransport.paa(self.db, "").rydd()  # SECURITY DEFINER; forgets only old request ids
        return JSONResponse({"melding": "ok"})

    def endringer(self, request: Request, data: dict) -> Response:
        """The user's visible changes since ``siden`` (a cursor), as codec JSON."""
        request.state.handling = "endringer"
        bruker = self._hvem(request)
        if "forste" in data:
            return self._forste(request, bruker, data["forste"])
        siden = data.get("siden") or request.query_params.get("siden") or {}
        if isinstance(siden, str):
            try:
                siden = json.loads(siden)
            except ValueError as e:
                raise UgyldigInndata("Markøren kan ikke leses") from e
        try:
            markor = Markor(
                int(siden.get("endringsnr", 0)), str(siden.get("xmin", "0")), str(siden.get("idsjekk", ""))
            )
            gjenles = [(str(t), dict(n)) for t, n in data.get("gjenles") or []]
        except (AttributeError, TypeError, ValueError) as e:
            raise UgyldigInndata("Markøren kan ikke leses") from e
        nokler = data.get("nokler")
        hent_nokler = None
        if nokler is not None:
            sett = {str(t): {tuple(n) for n in ns} for t, ns in dict(nokler).items()}
            hent_nokler = lambda: sett  # noqa: E731
        with rolle.som_bruker(bruker.rolle):
            e = endringer(self.db, markor, gjenles=gjenles, nokler=hent_nokler, full=bool(data.get("full")))
        request.state.resultat = f"{e.antall_rader} rader"
        return Response(kodek.endringer_til_json(e), media_type="application/json")

    def _forste(self, request: Request, bruker: innlogging.Innlogget, markor: Any) -> Response:
        """A first sync as NDJSON: one line per batch (rows and the cursor after them), then ``slutt``.

        Read as the server's own login with the user's visibility computed set-wise
        (``app.store.sync.forste``); a failure after the first line is a ``feil`` line.
        """
        request.state.handling = "endringer forste"
        try:
            m = Forstemarkor.fra_dict(markor) if markor else None
        except (AttributeError, TypeError, ValueError, KeyError) as e:
            raise UgyldigInndata("Markøren kan ikke leses") from e
        strom = forste_strom(self.db, m, rolle=bruker.rolle)
        return StreamingResponse(
            _ndjson(strom, request), media_type="application/x-ndjson", headers={"Cache-Control": "no-store"}
        )

    def dokument(self, request: Request) -> Response:
        """One document's file, reached through the journalpost: RLS and the rules check the journalpost."""
        from app.services import dokumenter

        request.state.handling = "dokument"
        bruker = self._hvem(request)
        p = request.path_params
        jpnr = f"{p['aar']}/{p['nr']}"
        versjon = request.query_params.get("versjon")
        with rolle.som_bruker(bruker.rolle):
            fil = dokumenter.hent(
                Kontekst(self.db, bruker.initialer), jpnr, dokument_id=int(p["dokument"]),
                versjon=int(versjon) if versjon and versjon.isdigit() else None,
                variant=request.query_params.get("variant", "produksjon"),
            )  # fmt: skip
        return Response(
            fil.data,
            media_type="application/octet-stream",
            headers={"X-Saksbord-Filnavn": json.dumps(fil.filnavn), "X-Saksbord-Versjon": str(fil.versjon)},
        )

    async def hendelser_strom(self, request: Request) -> Response:
        """Server-sent events: one ``endring`` on connect and on every change that may concern this
        user (no ids, no rows; another user's access change does not wake it)."""
        request.state.handling = "hendelser"
        try:
            bruker = await asyncio.to_thread(self._hvem, request)
        except SaksbordFeil as e:
            return _feilsvar(request, e)
        if self.hendelser is None:
            return _feilsvar(request, Frakoblet("Serveren har ingen varsler"))
        hendelser = self.hendelser
        kø = hendelser.abonner(bruker.bruker_id)

        async def strom() -> AsyncIterator[bytes]:
            try:
                yield b"event: endring\ndata: {}\n\n"
                while True:
                    try:
                        await asyncio.wait_for(kø.get(), HOLD_I_LIVE_S)
                    except TimeoutError:
                        yield b": hold\n\n"
                        continue
                    while not kø.empty():
                        kø.get_nowait()
                    yield b"event: endring\ndata: {}\n\n"
            finally:
                hendelser.avslutt(kø)

        return StreamingResponse(
            strom(), media_type="text/event-stream", headers={"Cache-Control": "no-store"}
        )


def _linje(d: dict) -> bytes:
    rader = d.get("rader")
    if rader and d.get("binaere"):
        for rad in rader:
            for i in d["binaere"]:
                if rad[i] is not None:
                    rad[i] = base64.b64encode(rad[i]).decode()
    return json.dumps(d, ensure_ascii=False, default=str).encode() + b"\n"


async def _ndjson(strom: Iterator[dict], request: Request) -> AsyncIterator[bytes]:
    """The batches off the event loop; the generator (its snapshot, its connection) is closed however
    the stream ends, the client's disconnect included."""
    loop = asyncio.get_running_loop()
    kjorer: asyncio.Future | None = None
    antall = 0
    try:
        while True:
            kjorer = loop.run_in_executor(None, lambda: next(strom, None))
            try:
                d = await kjorer
            except SaksbordFeil as e:
                yield _linje({"feil": type(e).__name__, "melding": e.melding})
                return
            except Exception:
                log.exception("feil i første synkronisering")
                yield _linje({"feil": "Serverfeil", "melding": "Serveren feilet"})
                return
            kjorer = None
            if d is None:
                return
            antall += len(d.get("rader") or ())
            yield await loop.run_in_executor(None, _linje, d)
    finally:
        request.state.resultat = f"{antall} rader"
        if kjorer is not None and not kjorer.done():
            kjorer.add_done_callback(lambda _f: strom.close())  # type: ignore[attr-defined]
        else:
            strom.close()  # type: ignore[attr-defined]


def _rute(handling) -> Any:
    """Wrap a sync route: JSON body in, SaksbordFeil → its HTTP status, all in the thread pool."""
    import inspect

    med_data = len(inspect.signature(handling).parameters) == 2

    async def kall(request: Request) -> Response:
        data: dict = {}
        if med_data and request.method == "POST":
            try:
                innhold = await request.json()
            except ValueError:
                innhold = None
            if not isinstance(innhold, dict):
                return _feilsvar(request, UgyldigInndata("Forventet et JSON-objekt"))
            data = innhold
        try:
            if med_data:
                return await asyncio.to_thread(handling, request, data)
            return await asyncio.to_thread(handling, request)
        except SaksbordFeil as e:
            return _feilsvar(request, e)
        except Exception:
            log.exception("feil i %s", request.state.handling)
            request.state.resultat = "serverfeil"
            return JSONResponse({"feil": "Serverfeil", "melding": "Serveren feilet"}, status_code=500)

    return kall


class _Logg(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        t0 = time.perf_counter()
        request.state.initialer = "-"
        request.state.handling = request.url.path[:60]
        request.state.resultat = ""
        svar = await call_next(request)
        ms = (time.perf_counter() - t0) * 1000
        resultat = request.state.resultat
        nivaa = logging.INFO if svar.status_code < 400 else logging.WARNING
        log.log(
            nivaa, "%s %s %s %d %s %.0f ms",
            request.state.initialer, request.method, request.state.handling, svar.status_code,
            ("avvist " + resultat) if svar.status_code >= 400 else (resultat or "ok"), ms,
        )  # fmt: skip
        return svar


def registrer_tjenester() -> None:
    """Import every service module, so each ``@skrivetjeneste`` is in ``SKRIVETJENESTER``.

    The registry fills as modules are imported; a server process that imported only what its routes
    name refused most writes a desktop queues (``opprett_sak`` among them) as unknown services.
    """
    import importlib
    import pkgutil

    import app.services as pakke

    for modul in pkgutil.walk_packages(pakke.__path__, pakke.__name__ + "."):
        importlib.import_module(modul.name)


def lag_app(
    db: Database,
    *,
    token_levetid: timedelta = innlogging.TOKEN_LEVETID,
    oidc: OidcOppsett | None = None,
    oidc_verify: Any = True,
) -> Starlette:
    """The ASGI app over the server's own Database (PostgreSQL at the current schema version)."""
    if not db.er_postgres:
        raise UgyldigInndata("Saksbord-serveren krever en PostgreSQL-database (--db postgresql://…)")
    versjon = db.skjema_versjon()
    if versjon != SKJEMA_VERSJON:
        raise UgyldigTilstand(
            f"Databasen har skjemaversjon {versjon}, serveren krever {SKJEMA_VERSJON}; kjør «saksbord init-db» først"
        )
    if db.innlogget_initialer():  # read now, outside any user's role, and kept for the process
        raise IngenTilgang("Serveren må kobles til med sin egen databaseinnlogging, ikke en brukers rolle")
    rolle.koble(db)
    registrer_tjenester()
    t = Tjener(db, token_levetid=token_levetid, oidc=Oidc(oidc, verify=oidc_verify) if oidc else None)

    @contextlib.asynccontextmanager
    async def levetid(_app: Starlette) -> AsyncIterator[None]:
        if t.hendelser is not None:
            t.hendelser.start(asyncio.get_running_loop())
        try:
            yield
        finally:
            if t.hendelser is not None:
                t.hendelser.stopp()

    ruter = [
        Route("/helse", _rute(t.helse), methods=["GET"]),
        Route("/api/logginn", _rute(t.logginn), methods=["POST"]),
        Route("/api/loggut", _rute(t.loggut), methods=["POST"]),
        Route("/api/oidc", _rute(t.oidc_oppsett), methods=["GET"]),
        Route("/api/logginn/oidc", _rute(t.logginn_oidc), methods=["POST"]),
        Route("/api/meg", _rute(t.meg), methods=["GET"]),
        Route("/api/utfor", _rute(t.utfor), methods=["POST"]),
        Route("/api/utfort/{id}", _rute(t.utfort), methods=["GET"]),
        Route("/api/rydd", _rute(t.rydd), methods=["POST"]),
        Route("/api/endringer", _rute(t.endringer), methods=["GET", "POST"]),
        Route(
            "/api/journalpost/{aar:int}/{nr}/dokument/{dokument:int}",
            _rute(t.dokument),
            methods=["GET"],
        ),  # fmt: skip
        Route("/api/hendelser", t.hendelser_strom, methods=["GET"]),
    ]
    app = Starlette(routes=ruter, middleware=[Middleware(_Logg)], lifespan=levetid)
    app.state.tjener = t
    return app
