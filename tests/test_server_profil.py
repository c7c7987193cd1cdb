"""The desktop's side of a server profile: the connection dialog signs in to a real Saksbord server,
keeps only the token, and the window opened from the profile shows the user's kurver.

The server is uvicorn in a thread over the suite's PostgreSQL (``tjener`` from tests/test_server.py),
the keyring the in-memory one from there, the config folder a temporary one.
"""

from __future__ import annotations

import datetime
import ssl
import threading
import time

import pytest
import uvicorn
from PySide6.QtWidgets import QDialogButtonBox

from app import bootstrap
from app.server.app import lag_app
from app.server.innlogging import MAKS_FEIL
from app.services import journalposter, kurver, profil
from app.services.arbeid import Kontekst
from app.services.journalposter import NyJournalpost, PartInn
from app.services.synk.http import NOKKELRING_TJENESTE, HttpTransport
from app.store.db import Database
from app.views.profil import ProfilDialog
from app.views.profil.dialog import POSTGRES, SERVER
from tests.conftest import vent
from tests.support.tjener import PASSORD, _ledig_port
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (fixture)
from tests.test_server import _sak
from tests.test_window_routines import aapne


@pytest.fixture(autouse=True)
def konfig(tmp_path, monkeypatch):
    monkeypatch.setenv(profil.KONFIG_MILJO, str(tmp_path / "konfig"))
    from app.store.sync import replika

    monkeypatch.setattr(replika, "standard_replika_sti", lambda navn: tmp_path / "replika" / f"{navn}.sqlite")
    return tmp_path / "konfig"


def _dialog(qtbot, adresse: str, bruker: str, passord: str) -> ProfilDialog:
    d = ProfilDialog()
    qtbot.addWidget(d)
    assert d.type.currentIndex() == SERVER  # a new profile is a server profile
    assert d.adresse.isVisibleTo(d) and not d.database.isVisibleTo(d)
    d.navn.setText("Kommunen")
    d.adresse.setText(adresse)
    d.initialer.setText(bruker)
    d.passord.setText(passord)
    return d


def test_dialogen_logger_inn_og_vinduet_viser_kurvene(qtbot, fanger, tjener, pg_demo, nokkelring, konfig):  # noqa: F811
    # Something for OHA's Ubehandlet that only the server holds.
    admin = Database.aapne(pg_demo.admin_url, opprett=False)
    try:
        ny = NyJournalpost(
            sak=_sak(pg_demo), type="I", tittel="Søknad levert før serverprofilen",
            avsendere=[PartInn("Kari Nordmann")], saksbehandler="OHA",
        )  # fmt: skip
        jpnr = journalposter.registrer_journalpost(Kontekst(admin, "OHA"), ny=ny).journalpostnummer
    finally:
        admin.lukk()

    d = _dialog(qtbot, tjener.url + "/", "oha", PASSORD)
    with qtbot.waitSignal(d.sig_test_ferdig, timeout=20000) as sig:
        d.knapp_test.click()
    assert sig.args == ["Tilkoblet"]
    assert nokkelring.data == {}  # a test keeps nothing
    _lagre(qtbot, d)
    assert d.result() == d.DialogCode.Accepted, d.status.text()
    assert d.passord.text() == ""

    # Only the token is kept: in the keyring, under the server's address and the user.
    p = profil.aktiv_profil()
    assert p == d.profil and p.er_server and p.adresse == tjener.url and p.initialer == "OHA"
    assert list(nokkelring.data) == [(NOKKELRING_TJENESTE, f"OHA@{tjener.url}")]
    token = nokkelring.data[(NOKKELRING_TJENESTE, f"OHA@{tjener.url}")]
    assert token and token != PASSORD
    assert PASSORD not in (konfig / "profiler.json").read_text(encoding="utf-8")

    # The window opens the profile the way the program does, and shows OHA's kurver from the server.
    from app.views.hovedvindu import Hovedvindu

    opp = bootstrap.aapne(None, profil=True)
    try:
        assert isinstance(opp.synk.transport, HttpTransport) and opp.bruker == "OHA"
        opp.synk.synk()
        w = Hovedvindu(opp.db, opp.bruker, synk=opp.synk)
        w.kjor_dialog = fanger
        qtbot.addWidget(w)
        w.show()
        vent(qtbot, w)
        aapne(qtbot, w, "ubehandlet")
        m = w.liste.modell
        titler = [m.rad(r).tittel for r in range(m.rowCount()) if m.rad(r) is not None]
        assert "Søknad levert før serverprofilen" in titler, titler
        assert jpnr in {m.rad(r).journalpostnummer for r in range(m.rowCount()) if m.rad(r) is not None}
        assert not fanger.meldinger, fanger.meldinger
        w.close()
    finally:
        opp.lukk()

    profil.slett_profil("Kommunen")
    assert profil.aktiv_profil() is None and nokkelring.data == {}


def test_feil_passord_sperret_bruker_og_utilgjengelig_server_paa_norsk(qtbot, tjener, nokkelring):  # noqa: F811
    d = _dialog(qtbot, tjener.url, "KLE", "feil-passord-123")
    _lagre(qtbot, d)
    assert d.result() != d.DialogCode.Accepted
    assert d.status.text() == "Feil bruker eller passord (eller brukeren er deaktivert)"
    assert profil.aktiv_profil() is None and nokkelring.data == {}

    for _ in range(MAKS_FEIL):
        profil.logg_inn_server(
            profil.Profil("k", "", adresse=tjener.url, initialer="KLE"), "feil-passord-123"
        )
    d.passord.setText(PASSORD)  # even the right password, while the user is locked
    _lagre(qtbot, d)
    assert "midlertidig sperret" in d.status.text() and "KLE" in d.status.text()
    assert profil.aktiv_profil() is None and nokkelring.data == {}

    d = _dialog(qtbot, f"http://127.0.0.1:{_ledig_port()}", "OHA", PASSORD)
    _lagre(qtbot, d)
    assert d.status.text().startswith("Får ikke kontakt med Saksbord-serveren på http://127.0.0.1:")

    d = _dialog(qtbot, "", "OHA", PASSORD)
    _lagre(qtbot, d)
    assert d.status.text().startswith("Oppgi adressen til Saksbord-serveren")

    d = _dialog(qtbot, "http://kommune.example.no", "OHA", PASSORD)
    _lagre(qtbot, d)
    assert "må bruke https://" in d.status.text()
    assert profil.aktiv_profil() is None and nokkelring.data == {}


def _selvsignert(mappe) -> tuple[str, str]:
    """A self-signed certificate for 127.0.0.1 that no trust store knows."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    nokkel = ec.generate_private_key(ec.SECP256R1())
    navn = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "saksbord-test")])
    naa = datetime.datetime.now(datetime.UTC)
    sert = (
        x509.CertificateBuilder().subject_name(navn).issuer_name(navn).public_key(nokkel.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(naa - datetime.timedelta(days=1))
        .not_valid_after(naa + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(nokkel, hashes.SHA256())
    )  # fmt: skip
    s, k = mappe / "sert.pem", mappe / "nokkel.pem"
    s.write_bytes(sert.public_bytes(serialization.Encoding.PEM))
    k.write_bytes(
        nokkel.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return str(s), str(k)


def test_ukjent_sertifikat_sies_tydelig_og_ingenting_lagres(qtbot, tjener, nokkelring, tmp_path):  # noqa: F811
    sert, nokkel = _selvsignert(tmp_path)
    port = _ledig_port()
    srv = uvicorn.Server(
        uvicorn.Config(
            lag_app(tjener.db), host="127.0.0.1", port=port, ssl_certfile=sert, ssl_keyfile=nokkel,
            log_config=None, access_log=False, lifespan="on", timeout_graceful_shutdown=1,
        )
    )  # fmt: skip
    traad = threading.Thread(target=srv.run, daemon=True)
    traad.start()
    slutt = time.monotonic() + 10
    while not srv.started and time.monotonic() < slutt:
        time.sleep(0.02)
    try:
        d = _dialog(qtbot, f"https://127.0.0.1:{port}", "OHA", PASSORD)
        _lagre(qtbot, d)
        assert d.result() != d.DialogCode.Accepted
        assert d.status.text().startswith(f"Sertifikatet til https://127.0.0.1:{port} kan ikke bekreftes")
        assert profil.aktiv_profil() is None and nokkelring.data == {}
        # The same server with its certificate trusted signs in: it was the certificate, nothing else.
        p = profil.Profil("k", "", adresse=f"https://127.0.0.1:{port}", initialer="OHA")
        assert profil.logg_inn_server(p, PASSORD, verify=ssl.create_default_context(cafile=sert)) is None
    finally:
        srv.should_exit = True
        traad.join(10)


def test_postgresql_profilen_finnes_fortsatt_i_dialogen(qtbot, nokkelring):  # noqa: F811
    d = ProfilDialog(profil=profil.Profil("Gammel", "db.kommune.no", bruker="sb_kno", initialer="KNO"))
    qtbot.addWidget(d)
    assert d.type.currentIndex() == POSTGRES
    assert d.database.isVisibleTo(d) and not d.adresse.isVisibleTo(d)
    d.type.setCurrentIndex(SERVER)
    assert d.adresse.isVisibleTo(d) and not d.database.isVisibleTo(d)


def test_kommandolinjen_logger_inn_og_synker_gjennom_serveren(tjener, pg_demo, nokkelring, konfig):  # noqa: F811
    """`saksbord logg-inn` keeps a server profile and its token; `saksbord synk --profil` pulls through it."""
    import json

    from tests.support.cli import kjor_cli

    feil = kjor_cli(
        "logg-inn", "--server", tjener.url, "--bruker", "oha", env={"SAKSBORD_PASSORD": "galt-passord-x"}
    )
    assert feil.returncode == 1 and "Feil bruker eller passord" in feil.stderr
    assert profil.profiler() == [] and not nokkelring.data  # nothing kept from a failed sign-in

    # Not signed in: a clear message, no traceback, nothing created.
    ute = kjor_cli("synk", "--server", tjener.url, "--bruker", "OHA")
    assert ute.returncode == 1 and "logg-inn" in ute.stderr

    inn = kjor_cli("logg-inn", "--server", tjener.url, "--bruker", "oha", "--profil", "kommunen",
                   env={"SAKSBORD_PASSORD": PASSORD})  # fmt: skip
    assert inn.returncode == 0, inn.stderr
    assert "OHA er logget på" in inn.stdout
    (p,) = profil.profiler()
    assert p.er_server and p.navn == "kommunen" and profil.aktiv_profil() == p
    assert PASSORD not in repr(nokkelring.data) and PASSORD not in (konfig / "profiler.json").read_text()

    ut = kjor_cli("synk", "--profil", "kommunen", "--json")
    assert ut.returncode == 0, ut.stderr
    svar = json.loads(ut.stdout)
    assert svar["hentet"] > 0 and svar["venter"] == 0 and svar["konflikter"] == 0, svar
    # The replica holds OHA's desk as the server's row-level security gives it.
    replika = Database.aapne(str(konfig.parent / "replika" / "kommunen.sqlite"), opprett=False)
    try:
        assert kurver.kurv_ider(Kontekst(replika, "OHA"), "ubehandlet")
    finally:
        replika.lukk()
    # Without --profil the active profile is used.
    assert kjor_cli("synk").returncode == 0


def _lagre(qtbot, d) -> None:
    """Save, and wait for the sign-in or the connection test it runs off the UI thread."""
    with qtbot.waitSignal(d.sig_test_ferdig, timeout=30000):
        d.knapper.button(QDialogButtonBox.StandardButton.Save).click()


def test_innloggingen_venter_ikke_paa_ui_traaden(qtbot, nokkelring):
    """A server that accepts the connection and never answers: the click returns at once, the dialog
    says it is signing in with Save off, and Cancel drops the attempt (nothing saved later)."""
    import socket

    lytter = socket.socket()
    lytter.bind(("127.0.0.1", 0))
    lytter.listen(8)
    try:
        d = _dialog(qtbot, f"http://127.0.0.1:{lytter.getsockname()[1]}", "OHA", PASSORD)
        d.knapper.button(QDialogButtonBox.StandardButton.Save).click()
        assert d.status.text() == "Logger inn …"
        assert not d.knapper.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        assert not d.knapp_test.isEnabled()
        assert d.passord.text() == ""  # not kept in the dialog while the attempt runs
        d.reject()
        assert d.result() == d.DialogCode.Rejected
    finally:
        lytter.close()
    qtbot.wait(200)
    assert profil.aktiv_profil() is None and nokkelring.data == {}
