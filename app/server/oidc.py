"""Signing in with OpenID Connect: the municipality's identity provider (Entra ID, ID-porten, Keycloak …)
vouches for the user, the server checks its word and gives a Saksbord token as after a password.

The desktop runs the authorization code flow with PKCE itself (``app.services.synk.oidc``) and hands
the provider's ID token to ``POST /api/logginn/oidc``. Here the token is verified completely before
anyone is signed in: the signature against the provider's published keys (JWKS, fetched from its
discovery document and cached; a key id not seen before makes one fresh fetch, so a key rotation
works without a restart), the issuer, the audience (our client id), expiry and not-before with a
minute's leeway, and an asymmetric algorithm only (``none`` and HMAC are refused, so a token cannot be
signed with a public key as its secret). The user is the one whose e-mail (or initials) equals the
configured claim, and must be active. Every attempt is recorded beside the password attempts
(``saksbord_innlogging``, as ``OIDC:<claim>``). Guessing is the provider's to stop: it holds the
credentials, and a forged token fails on the signature.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx
import jwt
from sqlalchemy import text

from app.domain.feil import Frakoblet
from app.server.innlogging import IkkeInnlogget, utsted_token
from app.store.db import Database

log = logging.getLogger("saksbord.server")

#: Algorithms a provider may sign ID tokens with. Never "none", never HS* (a shared secret).
ALGORITMER = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384"]
SPILLEROM_S = 60


@dataclass(frozen=True)
class OidcOppsett:
    """The provider the server trusts: its issuer URL, our client id there, and the claim naming the user."""

    utsteder: str
    klient_id: str
    krav: str = "email"
    """The ID token's claim that names the Saksbord user: ``email``/``upn``/``preferred_username`` is
    matched against the user's e-mail, anything else against the initials."""


class Oidc:
    """Verifies ID tokens from one provider; the discovery document and keys are fetched lazily."""

    def __init__(self, oppsett: OidcOppsett, *, verify: Any = True) -> None:
        self.oppsett = oppsett
        self._verify = verify
        self._laas = threading.Lock()
        self._jwks_uri: str | None = None
        self._nokler: dict[str, Any] = {}
        self._hentet = 0.0

    def offentlig(self) -> dict[str, str]:
        """What a desktop needs to start the flow (nothing secret)."""
        return {"utsteder": self.oppsett.utsteder, "klient_id": self.oppsett.klient_id}

    def _hent(self, url: str) -> dict:
        try:
            r = httpx.get(url, timeout=10, verify=self._verify)
            r.raise_for_status()
            return r.json()
        except (httpx.HTTPError, ValueError) as e:
            raise Frakoblet(f"Identitetsleverandøren svarer ikke ({url})") from e

    def _last_nokler(self) -> None:
        if self._jwks_uri is None:
            disc = self._hent(self.oppsett.utsteder.rstrip("/") + "/.well-known/openid-configuration")
            if disc.get("issuer") != self.oppsett.utsteder:
                raise Frakoblet(
                    "Identitetsleverandørens oppsett oppgir en annen utsteder enn den som er satt opp"
                )
            self._jwks_uri = str(disc["jwks_uri"])
        sett = jwt.PyJWKSet.from_dict(self._hent(self._jwks_uri))
        self._nokler = {k.key_id: k for k in sett.keys if k.key_id}
        self._hentet = time.monotonic()

    def _nokkel(self, kid: str | None) -> Any:
        with self._laas:
            if not self._nokler:
                self._last_nokler()
            if kid not in self._nokler and time.monotonic() - self._hentet > 10:
                self._last_nokler()  # a rotated key: fetch once more, but not on every bad token
            if kid not in self._nokler:
                raise IkkeInnlogget("ID-tokenet er signert med en nøkkel leverandøren ikke har publisert")
            return self._nokler[kid]

    def krav(self, id_token: str) -> dict:
        """The verified claims of an ID token, or IkkeInnlogget."""
        try:
            hode = jwt.get_unverified_header(id_token)
        except jwt.PyJWTError as e:
            raise IkkeInnlogget("ID-tokenet kan ikke leses") from e
        if hode.get("alg") not in ALGORITMER:
            raise IkkeInnlogget("ID-tokenet er ikke signert med en godkjent algoritme")
        nokkel = self._nokkel(hode.get("kid"))
        try:
            return jwt.decode(
                id_token, nokkel.key, algorithms=ALGORITMER, audience=self.oppsett.klient_id,
                issuer=self.oppsett.utsteder, leeway=SPILLEROM_S,
                options={"require": ["exp", "iat", "iss", "aud", "sub"]},
            )  # fmt: skip
        except jwt.ExpiredSignatureError as e:
            raise IkkeInnlogget("ID-tokenet er utløpt; logg inn på nytt") from e
        except jwt.PyJWTError as e:
            raise IkkeInnlogget(f"ID-tokenet ble avvist: {e}") from e

    def logg_inn(self, db: Database, id_token: str, *, levetid) -> str:
        """A Saksbord token for the active user the verified ID token names."""
        krav = self.krav(id_token)
        verdi = str(krav.get(self.oppsett.krav) or "").strip()
        if not verdi:
            raise IkkeInnlogget(f"ID-tokenet mangler «{self.oppsett.krav}», som skal navngi brukeren")
        paa_epost = self.oppsett.krav in ("email", "upn", "preferred_username") and "@" in verdi
        sql = (
            "SELECT id FROM bruker WHERE lower(epost) = lower(:v) AND aktiv"
            if paa_epost
            else "SELECT id FROM bruker WHERE upper(initialer) = upper(:v) AND aktiv"
        )
        navn = f"oidc:{verdi}"[:40].upper()
        with db.engine.begin() as conn:
            rader = conn.execute(text(sql), {"v": verdi}).all()
            ok = len(rader) == 1
            conn.execute(
                text("INSERT INTO saksbord_innlogging (brukernavn, ok) VALUES (:n, :ok)"),
                {"n": navn, "ok": ok},
            )
            if ok:
                return utsted_token(conn, rader[0].id, levetid)
        log.info("OIDC-innlogging avvist: ingen entydig aktiv bruker")
        raise IkkeInnlogget(
            "Identitetsleverandøren kjenner deg, men Saksbord har ingen aktiv bruker med den e-postadressen; "
            "kontakt administrator"
        )
