"""Connection profiles: JSON in the config folder, the password only in the (test) keyring."""

from __future__ import annotations

import keyring
import keyring.backend
import pytest

from app.services import profil
from app.services.profil import Profil
from app.store.pg.roller import rollenavn
from tests.support.tjener import MinneNokkelring


@pytest.fixture
def nokkelring(tmp_path, monkeypatch):
    monkeypatch.setenv(profil.KONFIG_MILJO, str(tmp_path / "konfig"))
    forrige = keyring.get_keyring()
    ring = MinneNokkelring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(forrige)


@pytest.fixture
def pg_bruker(pg_url, pg_server):
    """A fresh database with init-db run and one user KNO with a login role."""
    import psycopg

    from app.services import admin
    from app.store.db import Database

    admin.init_db(pg_url)
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as c:  # cluster-wide: an earlier run's
        c.execute(f'DROP ROLE IF EXISTS "{rollenavn("KNO", pg_url.rsplit("/", 1)[1])}"')
    db = Database.aapne(pg_url)
    admin.opprett_bruker_med_rolle(db, initialer="KNO", navn="Kari Nordmann", passord="pw-kno")
    db.lukk()
    return pg_url.rsplit("/", 1)[1]


def test_profil_lagres_uten_passord_i_fil_og_sqlite_er_standard(nokkelring, tmp_path):
    assert profil.aktiv_profil() is None
    assert profil.standard_db().startswith("sqlite:///")
    p = profil.lagre_profil(
        Profil(
            navn="Kommunen", server="db.kommune.no", database="saksbord", bruker="sb_kno", initialer="kno"
        ),
        "hemmelig-123",
    )
    assert p.initialer == "KNO"
    fil = (tmp_path / "konfig" / "profiler.json").read_text(encoding="utf-8")
    assert "hemmelig-123" not in fil and "db.kommune.no" in fil
    assert nokkelring.data == {("saksbord", "sb_kno@db.kommune.no:5432/saksbord"): "hemmelig-123"}
    assert profil.aktiv_profil() == p
    assert profil.standard_db() == "postgresql+psycopg://sb_kno:hemmelig-123@db.kommune.no:5432/saksbord"
    profil.slett_profil("Kommunen")
    assert profil.aktiv_profil() is None and nokkelring.data == {}


def test_forbindelse_ok_og_feil_paa_norsk(nokkelring, pg_server, pg_bruker):
    god = Profil(
        navn="t",
        server=pg_server.host,
        port=pg_server.port,
        database=pg_bruker,
        bruker=rollenavn("KNO", pg_bruker),
        initialer="KNO",
    )
    assert profil.test_forbindelse(god, "pw-kno") is None
    assert "tilhører KNO" in profil.test_forbindelse(Profil(**{**god.__dict__, "initialer": "OHA"}), "pw-kno")
    ledig = Profil(navn="t", server="127.0.0.1", port=1, database="x", bruker="sb_kno")
    assert profil.test_forbindelse(ledig, "pw").startswith("Får ikke kontakt med databaseserveren")
    assert "Fant ikke databasen" in profil.test_forbindelse(
        Profil(**{**god.__dict__, "database": "finnes_ikke"}), "pw"
    )


def test_forste_oppstart_dialog_setter_opp_og_tester_profilen(qtbot, nokkelring, pg_server, pg_bruker):

    from app.views.profil import ProfilDialog
    from app.views.profil.dialog import POSTGRES

    d = ProfilDialog()
    qtbot.addWidget(d)
    d.type.setCurrentIndex(POSTGRES)  # the server kind is the default; this is the direct login
    d.server.setText(pg_server.host)
    d.port.setValue(pg_server.port)
    d.database.setText(pg_bruker)
    d.bruker.setText(rollenavn("KNO", pg_bruker))
    d.initialer.setText("kno")
    d.passord.setText("pw-kno")
    with qtbot.waitSignal(d.sig_test_ferdig, timeout=10000) as sig:
        d.knapp_test.click()
    assert sig.args == ["Tilkoblet"] and d.status.text() == "Tilkoblet"
    _lagre(qtbot, d)
    assert d.result() == d.DialogCode.Accepted
    assert d.profil == profil.aktiv_profil()
    assert profil.hent_passord(d.profil) == "pw-kno"
    assert profil.test_forbindelse(d.profil) is None  # password from the keyring

    d2 = ProfilDialog()
    qtbot.addWidget(d2)
    d2.type.setCurrentIndex(POSTGRES)
    d2.server.setText("127.0.0.1")
    d2.port.setValue(1)
    d2.bruker.setText("sb_kno")
    _lagre(qtbot, d2)
    assert d2.profil is None and "Får ikke kontakt" in d2.status.text()


def _lagre(qtbot, d) -> None:
    """Save, and wait for the sign-in or the connection test it runs off the UI thread."""
    from PySide6.QtWidgets import QDialogButtonBox

    with qtbot.waitSignal(d.sig_test_ferdig, timeout=30000):
        d.knapper.button(QDialogButtonBox.StandardButton.Save).click()
