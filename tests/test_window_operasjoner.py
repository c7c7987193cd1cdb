"""The window's actions after the split: ekspedering in one call from the dialog, and the rooms' walls."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from app.services import journalposter, saker, visning
from app.services.arbeid import Kontekst
from app.services.journalposter import FilInn, NyJournalpost, PartInn
from app.views.dialoger.ekspeder import EkspederDialog
from tests.conftest import vent
from tests.test_ekspedering_utsending import pdf

VIEWS = Path(__file__).resolve().parents[1] / "app" / "views"


def test_ekspeder_avvist_beholder_det_brukeren_skrev_og_lagrer_ingenting(
    qtbot, lag_vindu, fanger, demo_sqlite
):
    ctx = Kontekst(demo_sqlite, "OHA")
    sak = saker.opprett_sak(ctx, tittel="Sak med to mottakere", klasse="000").saksnummer
    ny = NyJournalpost(
        sak=sak,
        type="U",
        tittel="Vedtak",
        mottakere=[PartInn("Anne Ny"), PartInn("Bjørn Ny")],
        filer=[FilInn("vedtak.pdf", pdf("Vedtak"), tilknytning="hoveddokument")],
    )
    jpnr = journalposter.registrer_journalpost(ctx, ny).journalpostnummer
    jp = visning.vis_journalpost(ctx, jpnr)
    ider = {p.navn: p.id for p in jp.mottakere}

    w = lag_vindu("OHA")
    w.velg_kurv("dokumenter-i-arbeid")
    vent(qtbot, w)
    assert w.liste.velg_id("journalpost", jp.id)
    qtbot.waitUntil(lambda: w.valg is not None and w.valg.id == jp.id)
    assert w.handlinger["ekspeder"].isEnabled(), w.grunn("ekspeder")
    sett: dict[str, object] = {}

    def rad(d: EkspederDialog, navn: str) -> int:
        return next(i for i, p in enumerate(d.parter) if p.navn == navn)

    def forst(d: EkspederDialog) -> None:
        sett["mangler_forst"] = d.mangler.text()
        d.sett(rad(d, "Anne Ny"), kanal="epost", epost="anne@eksempel.no")
        d.sett(rad(d, "Bjørn Ny"), kanal="papir")  # no postal address: this stops it

    def igjen(d: EkspederDialog) -> None:
        sett["anne_i_feltet"] = d.tabell.item(rad(d, "Anne Ny"), 2).text()
        sett["mangler_igjen"] = d.mangler.text()
        naa = visning.vis_journalpost(ctx, jpnr)
        sett["anne_i_basen"] = next(p.epost for p in naa.mottakere if p.navn == "Anne Ny")
        d.sett(rad(d, "Bjørn Ny"), adresse="Kirkeveien 2")

    fanger.plan(EkspederDialog, forst)
    fanger.plan(EkspederDialog, igjen)
    w.handlinger["ekspeder"].trigger()
    qtbot.waitUntil(lambda: not w.ekspedering.sender, timeout=30000)

    assert "Anne Ny mangler postadresse" in sett["mangler_forst"]
    assert any("Bjørn Ny mangler postadresse" in t for t in fanger.meldinger), fanger.meldinger
    assert sett["anne_i_feltet"] == "anne@eksempel.no", "the user's entry survives the refusal"
    assert "Bjørn Ny mangler postadresse" in sett["mangler_igjen"]
    assert "Anne Ny" not in sett["mangler_igjen"]
    assert sett["anne_i_basen"] is None, "the refused ekspedering saved nothing"
    etter = visning.vis_journalpost(ctx, jpnr)
    assert etter.status == "E"
    per_navn = {p.navn: p for p in etter.mottakere}
    assert {n: p.id for n, p in per_navn.items()} == ider, "the same mottaker rows, matched by id"
    assert (per_navn["Anne Ny"].epost, per_navn["Anne Ny"].kanal) == ("anne@eksempel.no", "epost")
    assert (per_navn["Bjørn Ny"].adresse, per_navn["Bjørn Ny"].kanal) == ("Kirkeveien 2", "papir")


def test_operasjonene_naar_bare_konteksten():
    """A family of actions imports no other family and not the window; it reaches no private attribute."""
    for fil in sorted((VIEWS / "operasjoner").glob("*.py")):
        tre = ast.parse(fil.read_text(encoding="utf-8"))
        moduler = [n.module for n in ast.walk(tre) if isinstance(n, ast.ImportFrom) and n.module]
        moduler += [a.name for n in ast.walk(tre) if isinstance(n, ast.Import) for a in n.names]
        for mod in moduler:
            assert not mod.startswith("app.views.operasjoner"), f"{fil.name} importerer {mod}"
            if mod.startswith("app.views.hovedvindu"):
                assert mod == "app.views.hovedvindu.kontekst", f"{fil.name} importerer {mod}"
        privat = [
            f"{n.value.attr}.{n.attr}"
            for n in ast.walk(tre)
            if isinstance(n, ast.Attribute)
            and n.attr.startswith("_")
            and not n.attr.startswith("__")
            and not (isinstance(n.value, ast.Name) and n.value.id == "self")
            and isinstance(n.value, ast.Attribute)
        ]
        assert not privat, f"{fil.name}: {privat}"
        assert not re.search(r"\bctx\._", fil.read_text(encoding="utf-8")), fil.name


def test_handlingene_snakker_engelsk_i_sine_nye_rom(qapp, monkeypatch):
    """The moved texts keep their English: the compiled translation knows each family's context."""
    from PySide6.QtCore import QCoreApplication

    from app.views.app import installer_oversettelse

    monkeypatch.setenv("SAKSBORD_SPRAK", "en")
    t = installer_oversettelse(qapp)
    assert t is not None
    try:
        oversatt = {
            (kontekst, tekst): QCoreApplication.translate(kontekst, tekst)
            for kontekst, tekst in (
                ("Arkivhandlinger", "Avslutt sak"),
                ("Sakshandlinger", "Meld sak %1 utgår"),
                ("Journalposthandlinger", "Foreløpig svar: "),
                ("Dokumenthandlinger", "Sjekk inn ny versjon"),
                ("Hovedvindu", "Mitt skrivebord"),
                ("Hovedvindu", "Velg en journalpost først"),
            )
        }
    finally:
        qapp.removeTranslator(t)
    assert oversatt == {
        ("Arkivhandlinger", "Avslutt sak"): "Close case",
        ("Sakshandlinger", "Meld sak %1 utgår"): "Withdraw case %1",
        ("Journalposthandlinger", "Foreløpig svar: "): "Interim reply: ",
        ("Dokumenthandlinger", "Sjekk inn ny versjon"): "Check in new version",
        ("Hovedvindu", "Mitt skrivebord"): "My desk",
        ("Hovedvindu", "Velg en journalpost først"): "Select a registry entry first",
    }
