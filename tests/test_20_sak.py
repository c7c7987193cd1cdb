"""Issue 20, item 7 where the user meets it: a new sak needs an arkivdel and a primary ordningsverdi
(window, import, command line), and the archive setting a reserved sak under behandling (R → B) is
asked for the proposed tilgangskode (none allowed). The service refuses a sak without one whoever
calls it; SvarInn and Fiks Arkiv give the archive's placeholder K-kode when they know none."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.domain import regler
from app.domain.feil import UgyldigInndata
from app.services import saker, visning
from app.services.arbeid import Kontekst
from app.store import models as m
from app.views.dialoger.arkivretting import UnderBehandlingDialog
from app.views.dialoger.kort import SakKort
from tests.conftest import vent
from tests.support.cli import kjor_cli
from tests.test_cli import db_arg


def _klassering(db, saksnr: str) -> list[tuple[str, str]]:
    return [
        (k["ordningsprinsipp"], k["ordningsverdi"])
        for k in visning.vis_sak(Kontekst(db, "ALA"), saksnr).klasseringer
    ]


def test_20_07_ny_sak_krever_arkivdel_og_primaer_ordningsverdi(qtbot, lag_vindu, fanger, demo_sqlite):
    db = demo_sqlite
    sti = db_arg(db)
    # The command line: --klasse is required, blank is refused, the prinsipp is one of the known.
    ut = kjor_cli("--db", sti, "sak", "opprett", "--tittel", "Byggesak Storgata 1", "--bruker", "MBE")
    assert ut.returncode == 2 and "--klasse" in ut.stderr
    ut = kjor_cli("--db", sti, "sak", "opprett", "--tittel", "Byggesak", "--klasse", "  ", "--bruker", "MBE")
    assert ut.returncode == 1 and "primær ordningsverdi" in ut.stderr
    ut = kjor_cli(
        "--db", sti, "sak", "opprett", "--tittel", "Byggesak Storgata 1",
        "--ordningsprinsipp", "GBNR", "--klasse", "12/34", "--bruker", "MBE", "--json",
    )  # fmt: skip
    assert ut.returncode == 0, ut.stderr
    nr = json.loads(ut.stdout)["saksnummer"]
    assert _klassering(db, nr) == [("GBNR", "12/34")]
    with db.session() as s:
        sak = s.scalar(select(m.Sak).where(m.Sak.sakssekvensnummer == int(nr.split("/")[1])))
        assert sak is not None and sak.arkivdel_id is not None  # the active arkivdel
    with pytest.raises(UgyldigInndata, match="Ukjent ordningsprinsipp"):
        regler.sjekk_primaer_ordningsverdi("Fritekst", "1")
    # The service itself: whoever calls it (window, CLI, import, a machine), no sak without one,
    # and nothing is numbered or logged for the refused one.
    for klasse in (None, "", "   "):
        with pytest.raises(UgyldigInndata, match="primær ordningsverdi"):
            saker.opprett_sak(Kontekst(db, "MBE"), tittel="Sak uten klasse", klasse=klasse)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(m.Sak).where(m.Sak.tittel == "Sak uten klasse")) == 0

    # The window: OK without an ordningsverdi is refused in place; with one, the sak is classified.
    w = lag_vindu("OHA")
    sett: dict[str, str] = {}

    def fyll(d: SakKort) -> None:
        d.tittel.setText("Søknad om startlån")
        d.accept()
        sett["feil"] = d.feil.text()
        d.ordningsprinsipp.setCurrentIndex(d.ordningsprinsipp.findData("K-kode"))
        d.klasse.setText("243")

    fanger.plan(SakKort, fyll)
    w.handlinger["ny_sak"].trigger()
    assert not fanger.planer
    assert "primær ordningsverdi" in sett["feil"]
    vent(qtbot, w)
    with db.session() as s:
        sak = s.scalar(select(m.Sak).where(m.Sak.tittel == "Søknad om startlån").order_by(m.Sak.id.desc()))
        assert sak is not None, fanger.meldinger
        assert [(k.ordningsprinsipp, k.ordningsverdi) for k in sak.klasseringer] == [("K-kode", "243")]


def test_20_07_r_til_b_spor_om_tilgangskode(qtbot, lag_vindu, fanger, demo_sqlite):
    db = demo_sqlite
    sti = db_arg(db)
    r1 = saker.opprett_sak(Kontekst(db, "OHA"), tittel="Barnevernssak", klasse="F47").saksnummer
    r2 = saker.opprett_sak(Kontekst(db, "OHA"), tittel="Søknad om dispensasjon", klasse="L42").saksnummer
    assert visning.vis_sak(Kontekst(db, "ALA"), r1).status == "R"

    # The command line asks for the proposed code: refused without --kode or --ingen-kode.
    ut = kjor_cli("--db", sti, "sak", "status", r2, "B", "--bruker", "ALA")
    assert ut.returncode == 2 and "--ingen-kode" in ut.stderr
    assert visning.vis_sak(Kontekst(db, "ALA"), r2).status == "R"
    ut = kjor_cli("--db", sti, "sak", "status", r2, "B", "--ingen-kode", "--bruker", "ALA")
    assert ut.returncode == 0, ut.stderr
    info = visning.vis_sak(Kontekst(db, "ALA"), r2)
    assert info.status == "B" and info.skjerming is None

    # The window: the archive's "Sett under behandling" asks for the code (hjemmel filled in).
    w = lag_vindu("ALA")
    w.sokefelt.setText(r1)
    w.sokefelt.returnPressed.emit()
    vent(qtbot, w)
    mod = w.liste.modell
    rad = next(i for i in range(mod.rowCount()) if mod.rad(i) is not None and mod.rad(i).saksnummer == r1)
    w.liste.tabell.selectRow(rad)
    qtbot.waitUntil(lambda: w.valg is not None and w.valg.saksnummer == r1 and not w.leser.leser)
    handling = w.handlinger["under_behandling"]
    qtbot.waitUntil(lambda: handling.isEnabled(), timeout=30000)

    def velg(d: UnderBehandlingDialog) -> None:
        k = d.skjermingsvalg.kode
        k.setCurrentIndex(k.findData("U"))

    fanger.plan(UnderBehandlingDialog, velg)
    handling.trigger()
    assert not fanger.planer and not fanger.meldinger, fanger.meldinger
    info = visning.vis_sak(Kontekst(db, "ALA"), r1)
    assert info.status == "B" and info.skjerming is not None and info.skjerming.tilgangskode == "U"
    assert info.skjerming.hjemmel  # the code's standard hjemmel
    # Once under behandling the action is gone for that sak (it is for reserved saker).
    vent(qtbot, w)
    qtbot.waitUntil(lambda: not handling.isEnabled(), timeout=30000)
    assert "reservert" in handling.toolTip()
