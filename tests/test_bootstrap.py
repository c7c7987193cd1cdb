"""One startup path (app/bootstrap.py): the log file in the user log dir, admin changes with their actor."""

from __future__ import annotations

import getpass
import logging
import shutil
import sys
import threading

import pytest

from app import bootstrap
from tests.support.cli import kjor_cli


@pytest.fixture
def loggmappe(tmp_path, monkeypatch):
    """The platformdirs user log dir, pointed at tmp_path; bootstrap's handlers removed afterwards."""
    mappe = tmp_path / "brukerlogg"
    monkeypatch.delenv(bootstrap.LOGGMAPPE_MILJO, raising=False)
    monkeypatch.setattr(bootstrap, "user_log_dir", lambda app, forfatter: str(mappe))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield mappe
    rot = logging.getLogger()
    for h in [h for h in rot.handlers if getattr(h, bootstrap._MERKE, False)]:
        rot.removeHandler(h)
        h.close()


@pytest.fixture
def demo_sti(tmp_path, _demo_sqlite_mal) -> str:
    sti = tmp_path / "demo.sqlite"
    shutil.copy(_demo_sqlite_mal, sti)
    return str(sti)


def _logg(mappe) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return (mappe / bootstrap.LOGGFIL).read_text(encoding="utf-8")


def test_etter_oppstart_finnes_loggfilen_i_brukerens_loggmappe(loggmappe, demo_sti):
    assert not loggmappe.exists()
    p = kjor_cli("--db", demo_sti, "brukere")
    assert p.returncode == 0 and "Kari Lie" in p.stdout
    logg = _logg(loggmappe)
    assert "Saksbord startet: brukere" in logg
    assert f"Database åpnet: SQLite {demo_sti}" in logg
    # A second start in the same process appends to the same file through one handler, not two.
    kjor_cli("--db", demo_sti, "brukere")
    assert _logg(loggmappe).count("Saksbord startet: brukere") == 2
    filer = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None)]
    assert len([h for h in filer if getattr(h, bootstrap._MERKE, False)]) == 1


def test_en_adminendring_skriver_en_linje_med_hvem(loggmappe, demo_sti):
    p = kjor_cli("--db", demo_sti, "bruker", "tilgang", "--initialer", "MBE", "--legg-til-kode", "P")
    assert p.returncode == 0, p.stderr
    linjer = [linje for linje in _logg(loggmappe).splitlines() if "saksbord.admin" in linje]
    assert any(
        f"Tilgang for MBE endret av {getpass.getuser()}: tilgangskode → P" in linje for linje in linjer
    ), linjer

    p = kjor_cli(
        "--db", demo_sti, "stedfortreder", "sett", "--leder", "KLE", "--stedfortreder", "ISO",
        "--fra", "2030-01-01", "--til", "2030-01-31", "--koder", "E", "--bruker", "KLE",
    )  # fmt: skip
    assert p.returncode == 0, p.stderr
    assert "Stedfortreder ISO for KLE 2030-01-01–2030-01-31 koder E satt av KLE" in _logg(loggmappe)


def test_en_avvist_adminendring_logges_ikke_som_gjort(loggmappe, demo_sti):
    p = kjor_cli("--db", demo_sti, "bruker", "tilgang", "--initialer", "MBE", "--legg-til-kode", "ZZ")
    assert p.returncode == 1
    assert p.stderr.strip().startswith("Ukjent tilgangskode: ZZ")  # stderr holds the user's message only
    logg = _logg(loggmappe)
    assert "Tilgang for MBE" not in logg
    assert "Avvist (bruker tilgang): Ukjent tilgangskode: ZZ" in logg and "Traceback" in logg


def test_stderr_er_for_brukeren_og_advarsler_filen_tar_info(loggmappe, capsys):
    bootstrap.sett_opp_logging(konsoll=True, hva="test")
    logging.getLogger("saksbord.test").info("bare i filen")
    logging.getLogger("saksbord.test").warning("også på stderr")
    logg = _logg(loggmappe)
    assert "bare i filen" in logg and "også på stderr" in logg
    assert capsys.readouterr().err == "WARNING saksbord.test: også på stderr\n"


def test_uventet_feil_havner_i_loggen_med_sporet(loggmappe, monkeypatch):
    forrige = []
    monkeypatch.setattr(sys, "excepthook", lambda *feil: forrige.append(feil))  # Python's own printer
    bootstrap.sett_opp_logging(konsoll=True)
    try:
        raise ValueError("noe gikk galt")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    logg = _logg(loggmappe)
    assert "CRITICAL" in logg and "Uventet feil" in logg and "ValueError: noe gikk galt" in logg
    assert [type(f[1]) for f in forrige] == [ValueError]  # and the usual printout still happens, once


def test_vinduet_aapner_gjennom_samme_vei(loggmappe, demo_sti, monkeypatch):
    from app.views import app as app_modul

    monkeypatch.setenv("SAKSBORD_KONFIG", str(loggmappe.parent / "ingen-profiler"))
    sett = {}

    def kjor(db, **kw) -> int:
        sett["url"], sett["kw"] = db.url, kw
        return 0

    monkeypatch.setattr(app_modul, "kjor", kjor)
    assert app_modul.start(demo_sti) == 0
    assert sett["url"].endswith(demo_sti) and "synk" not in sett["kw"]
    assert "Saksbord startet: arbeidsbordet" in _logg(loggmappe)


def test_uten_db_og_uten_profil_aapnes_den_innebygde_filen(loggmappe, tmp_path, monkeypatch):
    from app.store import db as dbmodul

    monkeypatch.setenv("SAKSBORD_KONFIG", str(tmp_path / "ingen-profiler"))
    monkeypatch.setattr(dbmodul, "standard_db_sti", lambda: tmp_path / "innebygd.sqlite")
    oppkobling = bootstrap.aapne(None, profil=True)
    try:
        assert oppkobling.synk is None and oppkobling.db.url.endswith("innebygd.sqlite")
    finally:
        oppkobling.lukk()


def test_kommandolinjen_laster_ikke_qt_foer_den_trenger_det():
    """The CLI (parser, bootstrap, a registry command) runs headless; only import-msg and the window load Qt."""
    import subprocess
    from pathlib import Path

    kode = (
        "import sys\n"
        "from app.cli import main\n"
        "main(['--db', ':memory:', 'brukere', '--json'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    rot = Path(__file__).resolve().parents[1]
    ut = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, cwd=rot, check=True)
    assert ut.stdout.strip().splitlines()[-1] == "[]", ut.stdout[-300:]
