"""The desktop's sign-in with OpenID Connect: authorization code with PKCE (RFC 7636, RFC 8252).

As desktop apps sign in with Entra ID or ID-porten: the system browser opens the provider's page, the
provider sends the browser back to a loopback address this process listens on for that one answer
(``http://127.0.0.1:<free port>/``), and the code it carries is exchanged for an ID token with the
PKCE verifier, so a code caught on the way is worth nothing without it. ``state`` ties the answer to
this attempt and ``nonce`` ties the ID token to it. The ID token then goes to the Saksbord server,
which verifies it and gives back its own token (kept in the keyring as after a password); the
provider's tokens are not kept.

Which provider and client id to use the Saksbord server says (``GET /api/oidc``), so the desktop needs
only the server's address.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import webbrowser
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from app.domain import feil
from app.domain.feil import Frakoblet, IngenTilgang
from app.services.synk.http import NOKKELRING_TJENESTE, feil_ved_innlogging, nokkelring_navn

SIDE_OK = (
    "<!doctype html><meta charset=utf-8><title>Saksbord</title>"
    "<p style='font:16px sans-serif'>Du er logget inn. Du kan lukke denne fanen og gå tilbake til Saksbord.</p>"
)
SIDE_FEIL = (
    "<!doctype html><meta charset=utf-8><title>Saksbord</title>"
    "<p style='font:16px sans-serif'>Innloggingen ble ikke fullført. Gå tilbake til Saksbord.</p>"
)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def pkce_par() -> tuple[str, str]:
    """(code_verifier, code_challenge) with S256, as RFC 7636 §4.1–4.2."""
    verifier = _b64(secrets.token_bytes(48))  # 64 characters of the unreserved set
    return verifier, _b64(hashlib.sha256(verifier.encode()).digest())


class _Svar(BaseHTTPRequestHandler):
    """Takes the one redirect back from the provider; answers a page, keeps the query."""

    def do_GET(self) -> None:  # noqa: N802  (http.server's name)
        q = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        fanger: _Mottak = self.server.mottak  # type: ignore[attr-defined]
        if "code" not in q and "error" not in q:  # a favicon or a stray request
            self.send_response(404)
            self.end_headers()
            return
        ok = "code" in q and q.get("state") == fanger.state
        side = (SIDE_OK if ok else SIDE_FEIL).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(side)))
        self.end_headers()
        self.wfile.write(side)
        fanger.svar = q
        fanger.ferdig.set()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002  (the code is a secret)
        return


class _Mottak:
    def __init__(self, state: str) -> None:
        self.state = state
        self.svar: dict[str, str] = {}
        self.ferdig = threading.Event()


def logg_inn_oidc(
    adresse: str,
    *,
    aapne: Callable[[str], Any] | None = None,
    tidsavbrudd_s: float = 300,
    avbrutt: Callable[[], bool] = lambda: False,
    verify: Any = True,
) -> tuple[str, str]:
    """Sign in through the server's identity provider; (Saksbord token, initials). Keeps nothing.

    ``aapne`` opens the provider's page (the system browser; a test follows the redirects itself).
    Raises IngenTilgang when the provider or the server says no, Frakoblet when one cannot be reached.
    """
    adresse = adresse.rstrip("/")
    aapne = aapne or webbrowser.open
    with httpx.Client(timeout=15, verify=verify) as http:
        try:
            r = http.get(adresse + "/api/oidc")
        except httpx.TransportError as e:
            raise Frakoblet(f"Får ikke kontakt med Saksbord-serveren på {adresse}") from e
        if r.status_code == 404:
            raise IngenTilgang("Saksbord-serveren er ikke satt opp for innlogging med OpenID Connect")
        oppsett = r.json()
        utsteder, klient_id = str(oppsett["utsteder"]).rstrip("/"), str(oppsett["klient_id"])
        try:
            disc = http.get(utsteder + "/.well-known/openid-configuration").json()
        except (httpx.HTTPError, ValueError) as e:
            raise Frakoblet(f"Får ikke kontakt med identitetsleverandøren {utsteder}") from e

        verifier, challenge = pkce_par()
        state, nonce = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        mottak = _Mottak(state)
        lytter = HTTPServer(("127.0.0.1", 0), _Svar)
        lytter.mottak = mottak  # type: ignore[attr-defined]
        lytter.timeout = 0.5
        redirect = f"http://127.0.0.1:{lytter.server_address[1]}/"
        traad = threading.Thread(target=_betjen, args=(lytter, mottak), daemon=True, name="saksbord-oidc")
        traad.start()
        try:
            aapne(
                str(disc["authorization_endpoint"])
                + "?"
                + urlencode(
                    {
                        "response_type": "code",
                        "client_id": klient_id,
                        "redirect_uri": redirect,
                        "scope": "openid email profile",
                        "state": state,
                        "nonce": nonce,
                        "code_challenge": challenge,
                        "code_challenge_method": "S256",
                    }
                )  # fmt: skip
            )
            frist = tidsavbrudd_s
            while not mottak.ferdig.wait(0.2):
                frist -= 0.2
                if avbrutt() or frist <= 0:
                    raise IngenTilgang("Innloggingen ble avbrutt eller tok for lang tid; prøv igjen")
        finally:
            mottak.ferdig.set()
            traad.join(5)
            lytter.server_close()
        svar = mottak.svar
        if svar.get("state") != state:
            raise IngenTilgang("Svaret fra identitetsleverandøren hørte ikke til denne innloggingen")
        if "error" in svar:
            raise IngenTilgang(
                f"Identitetsleverandøren avviste innloggingen: {svar.get('error_description') or svar['error']}"
            )

        tok = http.post(
            str(disc["token_endpoint"]),
            data={
                "grant_type": "authorization_code", "code": svar["code"], "redirect_uri": redirect,
                "client_id": klient_id, "code_verifier": verifier,
            },
        )  # fmt: skip
        if tok.status_code != 200:
            raise IngenTilgang("Identitetsleverandøren ga ikke noe ID-token for koden")
        id_token = str(tok.json().get("id_token") or "")
        _krev_nonce(id_token, nonce)

        r = http.post(adresse + "/api/logginn/oidc", json={"id_token": id_token})
        if r.status_code != 200:
            raise feil_ved_innlogging(r)
        d = r.json()
        return str(d["token"]), str(d["initialer"])


def _betjen(lytter: HTTPServer, mottak: _Mottak) -> None:
    while not mottak.ferdig.is_set():
        lytter.handle_request()


def _krev_nonce(id_token: str, nonce: str) -> None:
    """The ID token must answer this attempt (the server verifies the signature; this is the replay check)."""
    import jwt

    try:
        krav = jwt.decode(id_token, options={"verify_signature": False})
    except jwt.PyJWTError as e:
        raise IngenTilgang("Identitetsleverandøren ga et ID-token som ikke kan leses") from e
    if krav.get("nonce") != nonce:
        raise feil.IngenTilgang("ID-tokenet hørte ikke til denne innloggingen (nonce)")


def logg_inn_og_lagre(adresse: str, **kw: Any) -> str:
    """``logg_inn_oidc`` with the Saksbord token put in the keyring; returns the initials."""
    import keyring

    token, initialer = logg_inn_oidc(adresse, **kw)
    keyring.set_password(NOKKELRING_TJENESTE, nokkelring_navn(adresse, initialer), token)
    return initialer
