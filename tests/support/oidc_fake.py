"""A local OpenID Connect provider on pytest-httpserver, strict the way Entra ID and ID-porten are:
discovery, JWKS, an authorization endpoint that only accepts S256 PKCE and redirects the browser back
with a one-time code, and a token endpoint that checks the verifier against the challenge before it
signs an ID token (RS256) with the nonce of the attempt.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from werkzeug import Request, Response


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass
class FalskLeverandor:
    """``utsteder`` is the issuer URL; ``epost`` the signed-in person's e-mail in the next ID token."""

    httpserver: object
    klient_id: str = "saksbord-desktop"
    epost: str = ""
    kid: str = "nokkel-1"
    nokkel: rsa.RSAPrivateKey = field(default_factory=lambda: rsa.generate_private_key(65537, 2048))
    koder: dict[str, dict] = field(default_factory=dict)
    token_kall: list[dict] = field(default_factory=list)

    @property
    def utsteder(self) -> str:
        return self.httpserver.url_for("/oidc")  # type: ignore[attr-defined]

    def start(self) -> FalskLeverandor:
        hs = self.httpserver
        hs.expect_request("/oidc/.well-known/openid-configuration").respond_with_handler(self._oppsett)  # type: ignore[attr-defined]
        hs.expect_request("/oidc/jwks").respond_with_handler(self._jwks)  # type: ignore[attr-defined]
        hs.expect_request("/oidc/authorize").respond_with_handler(self._authorize)  # type: ignore[attr-defined]
        hs.expect_request("/oidc/token", method="POST").respond_with_handler(self._token)  # type: ignore[attr-defined]
        return self

    def _json(self, data: dict, status: int = 200) -> Response:
        return Response(json.dumps(data), status=status, content_type="application/json")

    def _oppsett(self, _r: Request) -> Response:
        return self._json({
            "issuer": self.utsteder, "authorization_endpoint": self.utsteder + "/authorize",
            "token_endpoint": self.utsteder + "/token", "jwks_uri": self.utsteder + "/jwks",
            "response_types_supported": ["code"], "code_challenge_methods_supported": ["S256"],
            "id_token_signing_alg_values_supported": ["RS256"],
        })  # fmt: skip

    def _jwks(self, _r: Request) -> Response:
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.nokkel.public_key()))
        return self._json({"keys": [jwk | {"kid": self.kid, "use": "sig", "alg": "RS256"}]})

    def _authorize(self, r: Request) -> Response:
        a = r.args
        if a.get("client_id") != self.klient_id or a.get("code_challenge_method") != "S256":
            return Response("invalid_request", status=400)
        if not a.get("redirect_uri", "").startswith("http://127.0.0.1:") or not a.get("code_challenge"):
            return Response("invalid_request", status=400)
        kode = secrets.token_urlsafe(16)
        self.koder[kode] = {
            "challenge": a["code_challenge"], "redirect_uri": a["redirect_uri"], "nonce": a.get("nonce"),
        }  # fmt: skip
        return Response(status=302, headers={"Location": a["redirect_uri"] + "?" + urlencode(
            {"code": kode, "state": a.get("state", "")})})  # fmt: skip

    def _token(self, r: Request) -> Response:
        f = r.form
        self.token_kall.append(dict(f))
        kode = self.koder.pop(f.get("code", ""), None)  # one-time
        if (
            kode is None
            or f.get("redirect_uri") != kode["redirect_uri"]
            or f.get("client_id") != self.klient_id
        ):
            return self._json({"error": "invalid_grant"}, 400)
        if _b64(hashlib.sha256(f.get("code_verifier", "").encode()).digest()) != kode["challenge"]:
            return self._json({"error": "invalid_grant", "error_description": "PKCE"}, 400)
        return self._json({"id_token": self.id_token(nonce=kode["nonce"]), "token_type": "Bearer"})

    def id_token(self, *, nonce: str | None = None, nokkel=None, kid: str | None = None, **krav) -> str:
        naa = int(time.time())
        innhold = {
            "iss": self.utsteder, "aud": self.klient_id, "sub": "person-1", "email": self.epost,
            "iat": naa, "exp": naa + 300, "nonce": nonce,
        } | krav  # fmt: skip
        return jwt.encode(innhold, nokkel or self.nokkel, algorithm="RS256", headers={"kid": kid or self.kid})
