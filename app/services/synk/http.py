"""The far end as the Saksbord server over HTTPS: the ``Transport`` the desktop uses from now on.

The desktop holds no database login, only a token (in the OS keyring, put there by
``logg_inn``). Writes go to ``POST /api/utfor`` as codec JSON; the pull asks
``/api/endringer`` from the replica's cursor and hands the answer to ``Bokforing`` to apply,
exactly as the PostgreSQL pull does; change notifications arrive as server-sent events.

What cannot reach the server (no network, a proxy's 502/503/504, an expired login) raises
``Frakoblet``, so the outbox keeps its work; a refusal by the server's rules is raised as the
same ``SaksbordFeil`` subclass the service raised there, so a replay makes it a conflict.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import threading
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from app.domain import feil
from app.domain.feil import Frakoblet, SaksbordFeil
from app.services.data import Resultat
from app.services.synk import kodek
from app.store.db import Database
from app.store.sync.pull import Underveis
from app.store.sync.replika import Bokforing

log = logging.getLogger(__name__)

NOKKELRING_TJENESTE = "Saksbord-server"
#: Seconds an idle connection stays in the pool: below the server's keep-alive
#: (``app.server.kjor.HOLD_TILKOBLING_S``), so the client closes first.
KLIENT_HOLDER_S = 30.0


class InnloggingUtlopt(Frakoblet):
    """The token is gone or expired: the work waits until the user signs in again."""


def nokkelring_navn(adresse: str, initialer: str) -> str:
    return f"{initialer.strip().upper()}@{adresse.rstrip('/')}"


def _feil_fra_svar(r: httpx.Response) -> SaksbordFeil:
    try:
        d = r.json()
    except ValueError:
        d = {}
    melding = str(d.get("melding") or f"Serveren svarte {r.status_code}")
    detaljer = [str(x) for x in d.get("detaljer") or []]
    if r.status_code == 401:
        return InnloggingUtlopt(melding)
    if r.status_code in (502, 503, 504):
        return Frakoblet(f"Saksbord-serveren svarer ikke: {melding}")
    klasse = getattr(feil, str(d.get("feil") or ""), None)
    if not (isinstance(klasse, type) and issubclass(klasse, SaksbordFeil)) or klasse is Frakoblet:
        klasse = {
            403: feil.IngenTilgang,
            404: feil.IkkeFunnet,
            409: feil.Konflikt,
            429: feil.IngenTilgang,
        }.get(r.status_code, feil.UgyldigTilstand)
    return klasse(melding, detaljer=detaljer)


def feil_ved_innlogging(r: httpx.Response) -> SaksbordFeil:
    """The error of a failed sign-in (password or OIDC): a 401 there means refused, not expired."""
    e = _feil_fra_svar(r)
    return feil.IngenTilgang(e.melding) if isinstance(e, InnloggingUtlopt) else e


def _feil_fra_linje(d: dict) -> SaksbordFeil:
    """An error the server wrote into a stream that had already begun."""
    klasse = getattr(feil, str(d.get("feil") or ""), None)
    if not (isinstance(klasse, type) and issubclass(klasse, SaksbordFeil)):
        return Frakoblet(f"Saksbord-serveren feilet: {d.get('melding') or ''}")
    return klasse(str(d.get("melding") or ""))


def _klient(adresse: str, tidsavbrudd_s: float, verify: Any = True) -> httpx.Client:
    return httpx.Client(
        base_url=adresse.rstrip("/"), timeout=tidsavbrudd_s, verify=verify,
        limits=httpx.Limits(keepalive_expiry=KLIENT_HOLDER_S),
    )  # fmt: skip


def logg_inn(adresse: str, brukernavn: str, passord: str, *, lagre: bool = True, verify: Any = True) -> str:
    """Sign in; the token goes to the keyring (``lagre``) and is returned. The password is not kept."""
    with _klient(adresse, 15, verify) as k:
        try:
            r = k.post("/api/logginn", json={"brukernavn": brukernavn, "passord": passord})
        except httpx.TransportError as e:
            raise Frakoblet(f"Får ikke kontakt med Saksbord-serveren på {adresse}: {e}") from e
    if r.status_code != 200:
        raise feil_ved_innlogging(r)
    token = r.json()["token"]
    if lagre:
        import keyring

        keyring.set_password(NOKKELRING_TJENESTE, nokkelring_navn(adresse, brukernavn), token)
    return token


class HttpTransport:
    """One user's connection to the Saksbord server."""

    def __init__(
        self,
        adresse: str,
        initialer: str,
        *,
        token: str | None = None,
        tidsavbrudd_s: float = 30,
        verify: Any = True,
    ) -> None:
        self.adresse = adresse.rstrip("/")
        self.initialer = initialer.strip().upper()
        if token is None:
            import keyring

            token = keyring.get_password(NOKKELRING_TJENESTE, nokkelring_navn(self.adresse, self.initialer))
        self._token = token or ""
        self._verify = verify
        self._http = _klient(self.adresse, tidsavbrudd_s, verify)

    @property
    def _hoder(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"}

    def _kall(self, metode: str, sti: str, **kw: Any) -> httpx.Response:
        if not self._token:
            raise InnloggingUtlopt("Du er ikke logget på Saksbord-serveren; logg inn på nytt")
        try:
            r = self._http.request(metode, sti, headers=self._hoder, **kw)
        except httpx.TransportError as e:
            raise Frakoblet(f"Saksbord-serveren svarer ikke: {e}") from e
        if r.status_code >= 400:
            raise _feil_fra_svar(r)
        return r

    def utfor(
        self,
        tjeneste: str,
        kwargs: dict[str, Any],
        *,
        som: str | None = None,
        foresporsel: str | None = None,
        versjoner: Mapping[str, int] | None = None,
    ) -> Resultat:
        r = self._kall(
            "POST", "/api/utfor",
            json={
                "tjeneste": tjeneste, "kwargs": kodek.til_json(kwargs), "som": som,
                "foresporsel": foresporsel, "versjoner": dict(versjoner) if versjoner else None,
            },
        )  # fmt: skip
        felt = {f.name for f in dataclasses.fields(Resultat)}
        return Resultat(**{k: v for k, v in r.json().items() if k in felt})

    def utfort(self, foresporsel: str) -> str | None:
        d = self._kall("GET", f"/api/utfort/{foresporsel}").json()
        return d["journalpostnummer"] if d.get("utfort") else None

    def rydd(self) -> None:
        try:
            self._kall("POST", "/api/rydd", json={})
        except SaksbordFeil as e:
            log.warning("kunne ikke rydde forespørsels-id-er: %s", e)

    def hent(
        self, replika: Database, *, tilbakestill: list[tuple[str, dict]], underveis: Underveis | None = None
    ) -> int:
        bok = Bokforing(replika)
        antall = 0
        if bok.markor().endringsnr == 0 and not tilbakestill:
            antall = self._forste(bok, underveis)
        return antall + self._endringer(bok, tilbakestill)

    def _forste(self, bok: Bokforing, underveis: Underveis | None) -> int:
        """The first sync as it streams in: each batch written to the replica with its cursor, so a
        broken connection costs only the batch under way and the next pull resumes from the cursor."""
        if not self._token:
            raise InnloggingUtlopt("Du er ikke logget på Saksbord-serveren; logg inn på nytt")
        antall, ferdig = 0, False
        try:
            with self._http.stream(
                "POST", "/api/endringer", json={"forste": bok.forste_markor() or {}}, headers=self._hoder,
                timeout=httpx.Timeout(30.0, read=300.0),
            ) as r:  # fmt: skip
                if r.status_code >= 400:
                    r.read()
                    raise _feil_fra_svar(r)
                for tekst in r.iter_lines():
                    if not tekst:
                        continue
                    linje = json.loads(tekst)
                    if "feil" in linje:
                        raise _feil_fra_linje(linje)
                    for i in linje.get("binaere") or ():
                        for rad in linje["rader"]:
                            if rad[i] is not None:
                                rad[i] = base64.b64decode(rad[i])
                    antall += bok.bruk_bunke(linje)
                    if "slutt" in linje:
                        ferdig = True
                    elif underveis is not None:
                        underveis(antall, linje["tabell"])
        except httpx.TransportError as e:
            raise Frakoblet(f"Saksbord-serveren svarer ikke: {e}") from e
        except ValueError as e:
            raise Frakoblet(f"Svaret fra Saksbord-serveren ble brutt: {e}") from e
        if not ferdig:
            raise Frakoblet("Den første synkroniseringen ble brutt; den fortsetter der den stoppet")
        return antall

    def _endringer(self, bok: Bokforing, tilbakestill: list[tuple[str, dict]]) -> int:
        sporsmaal: dict[str, Any] = {
            "siden": dataclasses.asdict(bok.markor()),
            "gjenles": [[t, n] for t, n in tilbakestill],
        }
        e = kodek.endringer_fra_json(self._kall("POST", "/api/endringer", json=sporsmaal).content)
        if e.trenger_nokler:
            # This user's access changed: every id is compared (only for them); it may take a while.
            sporsmaal["nokler"] = {t: [list(n) for n in ns] for t, ns in bok.skjermede_nokler().items()}
            e = kodek.endringer_fra_json(
                self._kall(
                    "POST", "/api/endringer", json=sporsmaal, timeout=httpx.Timeout(30.0, read=600.0)
                ).content
            )
        return bok.bruk_endringer(e, tilbakestill=tilbakestill)

    def hent_innhold(self, jpnr: str, dokument_id: int, versjon: int, variant: str) -> bytes:
        return self.hent_dokument(jpnr, dokument_id, variant=variant, versjon=versjon)

    def hent_dokument(
        self, jpnr: str, dokument_id: int, *, variant: str = "produksjon", versjon: int | None = None
    ) -> bytes:
        """One document's file through its journalpost (the server checks the journalpost)."""
        aar, _, rest = jpnr.partition("/")
        params: dict[str, Any] = {"variant": variant}
        if versjon is not None:
            params["versjon"] = versjon
        return self._kall(
            "GET", f"/api/journalpost/{aar}/{rest}/dokument/{dokument_id}", params=params
        ).content

    def vekker(self, vekk: Callable[[], None]) -> HendelseVekker:
        return HendelseVekker(self.adresse, self._token, vekk, verify=self._verify)

    def lukk(self) -> None:
        self._http.close()


class HendelseVekker(threading.Thread):
    """Reads ``/api/hendelser`` and calls ``vekk()`` on each ``endring`` (one arrives on every connect)."""

    def __init__(
        self, adresse: str, token: str, vekk: Callable[[], None], *, pause: float = 2.0, verify: Any = True
    ) -> None:
        super().__init__(name="saksbord-hendelser", daemon=True)
        self._adresse = adresse
        self._token = token
        self._vekk = vekk
        self._pause = pause
        self._verify = verify
        self._stopp = threading.Event()
        self._svar: httpx.Response | None = None
        self.tilkoblet = threading.Event()

    def stopp(self) -> None:
        self._stopp.set()
        svar = self._svar
        if svar is not None:
            try:
                svar.close()
            except Exception:  # closing from another thread may race the reader; it ends either way
                log.debug("hendelsestrømmen var allerede lukket")

    def run(self) -> None:
        tid = httpx.Timeout(10.0, read=60.0)
        while not self._stopp.is_set():
            try:
                with (
                    httpx.Client(base_url=self._adresse, timeout=tid, verify=self._verify) as k,
                    k.stream(
                        "GET", "/api/hendelser", headers={"Authorization": f"Bearer {self._token}"}
                    ) as r,
                ):
                    if r.status_code != 200:
                        raise Frakoblet(f"hendelser: {r.status_code}")
                    self._svar = r
                    self.tilkoblet.set()
                    for linje in r.iter_lines():
                        if self._stopp.is_set():
                            break
                        if linje.startswith("event: endring"):
                            self._vekk()
            except (httpx.HTTPError, Frakoblet, RuntimeError) as e:
                log.debug("hendelser frakoblet: %s", e)
            finally:
                self._svar = None
                self.tilkoblet.clear()
            self._stopp.wait(self._pause)
