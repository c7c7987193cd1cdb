"""The user's own settings, the support report and the update check, without a window."""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path
from urllib.parse import quote

import keyring
import keyring.backend
import pytest

from app.domain.feil import Frakoblet, UgyldigInndata
from app.services import feilrapport, oppdatering, profil
from app.services import mine_innstillinger as mine

ROT = Path(__file__).resolve().parents[1]
PASSORD = "Sv4rt-Hemmelig!pw"
SMTP_PASSORD = "smtp-Passord-42"
TOKEN = "tok-ABCDEF0123456789"


class MinneNokkelring(keyring.backend.KeyringBackend):
    """An in-memory keyring (the real one is the OS keyring)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.data.get((service, username))

    def set_password(self, service, username, password):
        self.data[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if self.data.pop((service, username), None) is None:
            raise PasswordDeleteError("finnes ikke")


@pytest.fixture
def nokkelring(tmp_path, monkeypatch):
    monkeypatch.setenv(profil.KONFIG_MILJO, str(tmp_path / "konfig"))
    forrige = keyring.get_keyring()
    ring = MinneNokkelring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(forrige)


def test_mine_innstillinger_standard_lagres_og_leses(nokkelring):
    assert mine.les() == mine.MineInnstillinger()  # no file yet: the defaults
    assert mine.les().se_etter_oppdateringer is False  # the update check is off until turned on
    v = mine.lagre(
        mine.MineInnstillinger(
            sprak="en", skriftstorrelse=12, standard_kurv="forfall", smtp_server=" smtp.k.no "
        ),
        smtp_passord=SMTP_PASSORD,
    )
    assert v.smtp_server == "smtp.k.no"
    assert mine.les() == v
    tekst = (profil.konfig_mappe() / mine.FILNAVN).read_text(encoding="utf-8")
    assert SMTP_PASSORD not in tekst  # the password is in the keyring only
    assert mine.smtp_passord(mine.les()) == SMTP_PASSORD
    mine.lagre(mine.les(), smtp_passord="")
    assert mine.smtp_passord(mine.les()) is None


@pytest.mark.parametrize(
    ("felt", "verdi", "melding"),
    [
        ("sprak", "sv", "Ukjent språk"),
        ("skriftstorrelse", 40, "mellom 7 og 24"),
        ("smtp_port", 0, "SMTP-porten"),
        ("avsenderadresse", "ikke en adresse", "ikke en e-postadresse"),
        ("oppdatering_url", "ftp://x", "https://"),
        ("arbeidsmappe", "relativ/mappe", "full sti"),
    ],
)
def test_ugyldige_valg_gir_norsk_melding(nokkelring, felt, verdi, melding):
    with pytest.raises(UgyldigInndata, match=melding):
        mine.lagre(mine.MineInnstillinger(**{felt: verdi}))
    assert not (profil.konfig_mappe() / mine.FILNAVN).exists()  # nothing half-saved


def test_skadet_fil_gir_standardvalgene(nokkelring):
    fil = profil.konfig_mappe() / mine.FILNAVN
    fil.parent.mkdir(parents=True)
    fil.write_text("{ikke json", encoding="utf-8")
    assert mine.les() == mine.MineInnstillinger()
    fil.write_text(json.dumps({"sprak": "klingon", "ukjent": 1}), encoding="utf-8")
    assert mine.les() == mine.MineInnstillinger()


def test_velg_profil_bytter_aktiv_og_nekter_ukjent(nokkelring):
    profil.lagre_profil(profil.Profil(navn="kommune", server="db.k.no", bruker="kno"), aktiv=False)
    mine.velg_profil("kommune")
    assert (p := profil.aktiv_profil()) is not None and p.navn == "kommune"
    mine.velg_profil(None)
    assert profil.aktiv_profil() is None
    with pytest.raises(UgyldigInndata, match="Fant ingen tilkoblingsprofil"):
        mine.velg_profil("finnes-ikke")


def test_feilrapport_har_logg_versjon_os_og_innstillinger_men_ingen_passord(nokkelring, tmp_path):
    from app.services.synk import http

    pg = profil.lagre_profil(profil.Profil(navn="kommune", server="db.k.no", bruker="kno"), PASSORD)
    server = profil.lagre_profil(
        profil.Profil(navn="server", server="", adresse="https://sb.k.no", initialer="kno")
    )
    keyring.set_password(
        http.NOKKELRING_TJENESTE, http.nokkelring_navn(server.adresse, server.initialer), TOKEN
    )
    mine.lagre(mine.MineInnstillinger(smtp_server="smtp.k.no", smtp_bruker="kno"), smtp_passord=SMTP_PASSORD)
    assert keyring.get_password(profil.NOKKELRING_TJENESTE, pg.nokkel) == PASSORD
    loggmappe = tmp_path / "logg"
    loggmappe.mkdir()
    # The worst case: a secret that slipped into the log (a URL, a key=value, the bare token).
    (loggmappe / "saksbord.log").write_text(
        f"INFO koblet til {pg.url()}\nWARNING innlogging feilet password={PASSORD}\n"
        f"DEBUG token {TOKEN} og smtp {SMTP_PASSORD}\nINFO vanlig linje om 2026/12-3\n",
        encoding="utf-8",
    )
    (loggmappe / "saksbord.log.1").write_text("INFO eldre linje\n", encoding="utf-8")

    zipfil = feilrapport.lag_feilrapport(
        tmp_path, loggmappe=loggmappe, tillegg={"Qt": "6.x"}, hendelse=f"RuntimeError: {PASSORD}"
    )

    assert zipfil.parent == tmp_path and zipfil.name.startswith("saksbord-feilrapport-")
    with zipfile.ZipFile(zipfil) as z:
        navn = set(z.namelist())
        innhold = {n: z.read(n).decode("utf-8") for n in navn}
    assert navn == {
        "om.txt",
        "innstillinger.json",
        "hendelse.txt",
        "logg/saksbord.log",
        "logg/saksbord.log.1",
    }
    for n, tekst in innhold.items():
        for hemmelig in (PASSORD, SMTP_PASSORD, TOKEN):
            assert hemmelig not in tekst, f"{hemmelig!r} står i {n}"
    assert f"Saksbord: {oppdatering.versjon()}" in innhold["om.txt"]
    assert "Operativsystem: " in innhold["om.txt"] and "Qt: 6.x" in innhold["om.txt"]
    assert "vanlig linje om 2026/12-3" in innhold["logg/saksbord.log"]  # the rest of the log is intact
    assert "kno:***@db.k.no" in innhold["logg/saksbord.log"]
    data = json.loads(innhold["innstillinger.json"])
    assert {p["navn"] for p in data["profiler"]} == {"kommune", "server"}
    assert data["mine_innstillinger"]["smtp_server"] == "smtp.k.no"


def test_feilrapport_fra_ekte_logg(nokkelring, tmp_path, monkeypatch):
    """A password logged through the real log file (app/bootstrap.py) does not reach the report."""
    from app import bootstrap

    profil.lagre_profil(profil.Profil(navn="kommune", server="db.k.no", bruker="kno"), PASSORD)
    monkeypatch.setenv(bootstrap.LOGGMAPPE_MILJO, str(tmp_path / "logg"))
    try:
        fil = bootstrap.sett_opp_logging(konsoll=False, hva="test")
        logging.getLogger("saksbord.test").warning("Uheldig: %s", profil.hent_profil("kommune").url())
        for h in logging.getLogger().handlers:
            h.flush()
        assert quote(PASSORD, safe="") in fil.read_text(encoding="utf-8")  # the log has it (the worst case)
        zipfil = feilrapport.lag_feilrapport(tmp_path / "r.zip", loggmappe=fil.parent)
    finally:
        monkeypatch.delenv(bootstrap.LOGGMAPPE_MILJO)
        bootstrap.sett_opp_logging(konsoll=False)
    with zipfile.ZipFile(zipfil) as z:
        alt = b"".join(z.read(n) for n in z.namelist())
    assert PASSORD.encode() not in alt and quote(PASSORD, safe="").encode() not in alt
    assert b"Uheldig: postgresql+psycopg://kno:***@db.k.no" in alt


def test_versjonsnokkel_sorterer_tall():
    assert oppdatering.versjonsnokkel("1.10.0") > oppdatering.versjonsnokkel("1.9.3")
    assert oppdatering.versjonsnokkel("0.1") == oppdatering.versjonsnokkel("0.1.0")
    with pytest.raises(UgyldigInndata):
        oppdatering.versjonsnokkel("ny!")


def test_oppdatering_ser_nyere_versjon_og_laster_ingenting_ned(httpserver):
    httpserver.expect_request("/versjon.json").respond_with_json(
        {"versjon": "0.2.0", "side": "https://kommune.no/saksbord", "notat": "Bedre søk"}
    )
    svar = oppdatering.se_etter(httpserver.url_for("/versjon.json"), naa="0.1.0")
    assert svar.finnes and svar.nyeste == "0.2.0" and svar.side == "https://kommune.no/saksbord"
    assert not oppdatering.se_etter(httpserver.url_for("/versjon.json"), naa="0.2.0").finnes
    assert [r.path for r, _ in httpserver.log] == [
        "/versjon.json",
        "/versjon.json",
    ]  # only the small document


def test_oppdatering_feil_sies_paa_norsk(httpserver):
    httpserver.expect_request("/borte").respond_with_data("nei", status=500)
    httpserver.expect_request("/tull").respond_with_data("<html>", content_type="text/html")
    with pytest.raises(Frakoblet, match="svarte 500"):
        oppdatering.se_etter(httpserver.url_for("/borte"))
    with pytest.raises(UgyldigInndata, match="ikke med et versjonsnummer"):
        oppdatering.se_etter(httpserver.url_for("/tull"))
    with pytest.raises(Frakoblet, match="Fikk ikke kontakt"):
        oppdatering.se_etter("http://127.0.0.1:9/versjon.json", tidsavbrudd=2)


def test_arbeidsmappen_styrer_hvor_arbeidskopiene_legges(nokkelring, tmp_path):
    from app.widgets import arbeidskopier

    standard = arbeidskopier.rotmappe()
    assert standard.name == "arbeidskopier"
    mine.lagre(mine.MineInnstillinger(arbeidsmappe=str(tmp_path / "dokumenter")))
    assert arbeidskopier.rotmappe() == tmp_path / "dokumenter"
    mine.lagre(mine.MineInnstillinger())
    assert arbeidskopier.rotmappe() == standard


def test_aapne_med_saksbord_tar_bare_epostfiler(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("start", ROT / "packaging" / "start.py")
    assert spec and spec.loader
    start = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(start)
    msg, eml, txt = tmp_path / "a.MSG", tmp_path / "b.eml", tmp_path / "c.txt"
    for f in (msg, eml, txt):
        f.write_bytes(b"x")
    assert start.epostfiler([str(msg), str(eml)]) == [str(msg.resolve()), str(eml.resolve())]
    assert start.epostfiler([str(msg), str(txt)]) is None  # anything else is the command line
    assert start.epostfiler(["--db", str(msg)]) is None
    assert start.epostfiler([str(tmp_path / "borte.msg")]) is None
    assert start.epostfiler([]) is None
