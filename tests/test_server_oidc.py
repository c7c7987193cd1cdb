"""Signing in with OpenID Connect (authorization code + PKCE) against a local fake provider that is as
strict as the real ones, through a real Saksbord server and PostgreSQL; then forged and misaddressed
ID tokens, which the server must refuse without signing anyone in."""

from __future__ import annotations

import threading

import httpx
import jwt
import psycopg
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.domain.feil import IngenTilgang
from app.server.oidc import OidcOppsett
from app.services.synk import SynkKlient
from app.services.synk.oidc import logg_inn_og_lagre, logg_inn_oidc
from tests.support.oidc_fake import FalskLeverandor
from tests.support.tjener import Tjener
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (fixture)

pytestmark = pytest.mark.pg

EPOST = "ola.hansen@kommune.example"


def _nettleser(url: str) -> None:
    """The system browser: follow the provider's redirect back to the loopback address."""
    threading.Thread(target=lambda: httpx.get(url, follow_redirects=True, timeout=10), daemon=True).start()


@pytest.fixture
def leverandor(httpserver):
    return FalskLeverandor(httpserver, epost=EPOST).start()


@pytest.fixture
def oidc_tjener(pg_demo, leverandor, nokkelring):  # noqa: F811
    with psycopg.connect(pg_demo.conninfo()) as c:
        c.execute("UPDATE bruker SET epost = %s WHERE initialer = 'OHA'", (EPOST,))
    t = Tjener(pg_demo.admin_url, oidc=OidcOppsett(leverandor.utsteder, leverandor.klient_id))
    t.start()
    yield t
    t.stopp()
    t.db.lukk()


def _meg(tjener, token: str) -> httpx.Response:
    return httpx.get(tjener.url + "/api/meg", headers={"Authorization": f"Bearer {token}"}, timeout=10)


def _logginn(tjener, id_token: str) -> httpx.Response:
    return httpx.post(tjener.url + "/api/logginn/oidc", json={"id_token": id_token}, timeout=10)


def test_pkce_innlogging_gir_saksbord_token_og_synk(oidc_tjener, leverandor, nokkelring, tmp_path):
    initialer = logg_inn_og_lagre(oidc_tjener.url, aapne=_nettleser, tidsavbrudd_s=20)
    assert initialer == "OHA"
    # The provider saw a verifier that matches the challenge, and the redirect to our loopback listener.
    (kall,) = leverandor.token_kall
    assert len(kall["code_verifier"]) >= 43 and kall["redirect_uri"].startswith("http://127.0.0.1:")
    # Only the Saksbord token is kept, and it works like one from a password.
    (token,) = nokkelring.data.values()
    assert _meg(oidc_tjener, token).json() == {"initialer": "OHA"}
    k = SynkKlient(str(tmp_path / "oha.sqlite"), oidc_tjener.url, "OHA")
    try:
        assert k.synk() > 0 and k.venter() == 0
    finally:
        k.lukk()


def test_ukjent_person_og_feil_verifikator_gir_ingen_innlogging(oidc_tjener, leverandor, nokkelring):
    leverandor.epost = "ukjent@kommune.example"
    with pytest.raises(IngenTilgang, match="ingen aktiv bruker med den e-postadressen"):
        logg_inn_oidc(oidc_tjener.url, aapne=_nettleser, tidsavbrudd_s=20)

    # A code caught on the way is worth nothing without the verifier.
    import app.services.synk.oidc as oidc

    ekte = oidc.pkce_par
    try:
        oidc.pkce_par = lambda: (ekte()[0], ekte()[1])  # challenge from another verifier
        with pytest.raises(IngenTilgang, match="ID-token for koden"):
            logg_inn_oidc(oidc_tjener.url, aapne=_nettleser, tidsavbrudd_s=20)
    finally:
        oidc.pkce_par = ekte
    assert not nokkelring.data


def test_forfalskede_id_token_avvises(oidc_tjener, leverandor):
    leverandor.epost = EPOST
    assert _logginn(oidc_tjener, leverandor.id_token()).status_code == 200  # the real thing works

    fremmed = rsa.generate_private_key(65537, 2048)
    offentlig_pem = leverandor.nokkel.public_key().public_bytes(
        Encoding.PEM, PublicFormat.SubjectPublicKeyInfo
    )
    forsok = {
        "signert med en annen nøkkel": leverandor.id_token(nokkel=fremmed),
        "ukjent nøkkel-id": leverandor.id_token(nokkel=fremmed, kid="ukjent"),
        "annen mottaker": leverandor.id_token(aud="et-annet-system"),
        "annen utsteder": leverandor.id_token(iss="https://falsk.example"),
        "utløpt": leverandor.id_token(exp=1_000_000_000, iat=999_999_000),
        "alg none": jwt.encode(
            {
                "iss": leverandor.utsteder,
                "aud": leverandor.klient_id,
                "email": EPOST,
                "sub": "x",
                "iat": 1,
                "exp": 9_999_999_999,
            },
            None,
            algorithm="none",
        ),  # fmt: skip
        "HS256 med den offentlige nøkkelen": _hs256(offentlig_pem, leverandor),
        "søppel": "ikke.et.token",
    }
    for hva, token in forsok.items():
        r = _logginn(oidc_tjener, token)
        assert r.status_code == 401, (hva, r.text)
        assert "token" not in r.json(), hva


def _hs256(hemmelighet: bytes, lev: FalskLeverandor) -> str:
    import base64
    import hashlib
    import hmac
    import json

    def b64(b: bytes) -> str:
        return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

    hode = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": lev.kid}).encode())
    krav = b64(json.dumps({"iss": lev.utsteder, "aud": lev.klient_id, "email": EPOST, "sub": "x", "iat": 1,
                           "exp": 9_999_999_999}).encode())  # fmt: skip
    sig = b64(hmac.new(hemmelighet, f"{hode}.{krav}".encode(), hashlib.sha256).digest())
    return f"{hode}.{krav}.{sig}"


def test_server_uten_oidc_sier_det(tjener):
    r = httpx.get(tjener.url + "/api/oidc", timeout=10)
    assert r.status_code == 404 and "OpenID Connect" in r.json()["melding"]
    with pytest.raises(IngenTilgang, match="ikke satt opp for innlogging med OpenID Connect"):
        logg_inn_oidc(tjener.url, aapne=lambda url: None, tidsavbrudd_s=1)


def test_dialogen_logger_inn_med_kommunens_konto(qtbot, oidc_tjener, nokkelring, monkeypatch, tmp_path):
    """The connection dialog's second way in: the browser opens, the profile is saved with the
    initials the server gives, and only the Saksbord token is kept."""
    import webbrowser

    from app.services import profil
    from app.views.profil import ProfilDialog

    monkeypatch.setenv(profil.KONFIG_MILJO, str(tmp_path / "konfig"))
    apnet: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: (apnet.append(url), _nettleser(url)))
    d = ProfilDialog()
    qtbot.addWidget(d)
    assert d.knapp_oidc.isVisibleTo(d)
    d.adresse.setText(oidc_tjener.url)
    with qtbot.waitSignal(d.sig_test_ferdig, timeout=30000):
        d.knapp_oidc.click()
        assert d.status.text() == "Fullfør innloggingen i nettleseren …"
    assert d.result() == d.DialogCode.Accepted, d.status.text()
    assert apnet and "code_challenge_method=S256" in apnet[0]
    p = profil.aktiv_profil()
    assert p is not None and p.er_server and p.initialer == "OHA" and profil.har_innlogging(p)
