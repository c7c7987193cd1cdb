"""The register of utvalg and the delegated decisions through the window's «Politisk behandling» menu."""

from __future__ import annotations

from datetime import date

from app.services.arbeid import Kontekst
from app.services.politikk import lesing, utvalg
from app.views.politikk.register import (
    DelegasjonslisteDialog,
    DelegertVedtakDialog,
    MedlemDialog,
    NyttUtvalgDialog,
    UtvalgDialog,
)
from tests.test_window_routines import aapne, velg


def test_utvalg_med_medlemmer_og_periode_registreres_fra_vinduet(
    qtbot, lag_vindu, fanger, demo_sqlite, tmp_path
):
    lmo = Kontekst(demo_sqlite, "LMO")  # the møtesekretær
    w = lag_vindu("LMO")
    p = w.politikk
    assert p.handlinger["utvalg"].isEnabled()
    sett: dict[str, object] = {}

    def nytt(d: NyttUtvalgDialog) -> None:
        d.kode.setText("hok")
        d.navn.setText("Hovedutvalg for oppvekst og kultur")
        d.sekretar.setText("LMO")
        d.fullmaktsorgan.setCurrentIndex(d.fullmaktsorgan.findData("KST"))

    def medlem(navn: str, rolle: str, periode=None):
        return lambda d: d.fyll(navn, rolle=rolle, parti="Sp", periode=periode)

    def register(d: UtvalgDialog) -> None:
        fanger.plan(NyttUtvalgDialog, nytt)
        d.nytt.click()
        assert d.valgt_kode() == "HOK"
        fanger.plan(MedlemDialog, medlem("Siri Leder", "leder"))
        d.nytt_medlem_knapp.click()
        fanger.plan(MedlemDialog, medlem("Vidar Vara", "varamedlem", (date(2027, 10, 1), date(2031, 9, 30))))
        d.nytt_medlem_knapp.click()
        # A period that ends before it starts is refused in the dialog, and nothing is saved.
        fanger.plan(
            MedlemDialog, medlem("Feil Periode", "medlem", (date(2027, 1, 1), date(2026, 1, 1))), svar=True
        )
        d.nytt_medlem_knapp.click()
        sett["medlemmer"] = [
            [d.medlemmer.topLevelItem(i).text(k) for k in range(5)]
            for i in range(d.medlemmer.topLevelItemCount())
        ]
        d.resize(860, 480)
        sett["bilde"] = d.grab().save(str(tmp_path / "utvalg.png"))

    fanger.plan(UtvalgDialog, register)
    p.handlinger["utvalg"].trigger()

    assert not [m for m in fanger.meldinger if "feil" in m.lower()], fanger.meldinger
    assert sett["medlemmer"] == [
        ["Siri Leder", "Leder", "Sp", "", ""],
        ["Vidar Vara", "Varamedlem", "Sp", "", "01.10.2027 – 30.09.2031"],
    ]
    assert sett["bilde"]
    hok = next(u for u in utvalg.liste_utvalg(lmo, alle_medlemmer=True) if u.kode == "HOK")
    assert (hok.navn, hok.sekretar, hok.fullmaktsorgan) == (
        "Hovedutvalg for oppvekst og kultur",
        "LMO",
        "KST",
    )
    assert [(x.navn, x.rolle, x.fra, x.til) for x in hok.medlemmer] == [
        ("Siri Leder", "leder", None, None),
        ("Vidar Vara", "varamedlem", date(2027, 10, 1), date(2031, 9, 30)),
    ]
    # Today's members: the deputy's seat has not begun.
    assert [x.navn for x in next(u for u in utvalg.liste_utvalg(lmo) if u.kode == "HOK").medlemmer] == [
        "Siri Leder"
    ]


def test_utvalg_kan_ikke_opprettes_av_en_saksbehandler(qtbot, lag_vindu, fanger, demo_sqlite):
    w = lag_vindu("OHA")

    def register(d: UtvalgDialog) -> None:
        fanger.plan(NyttUtvalgDialog, lambda n: (n.kode.setText("X"), n.navn.setText("Utvalg X")))
        d.nytt.click()

    fanger.plan(UtvalgDialog, register)
    w.politikk.handlinger["utvalg"].trigger()
    assert any("Bare arkivet, møtesekretæren" in m for m in fanger.meldinger), fanger.meldinger
    assert "X" not in {u.kode for u in utvalg.liste_utvalg(Kontekst(demo_sqlite, "OHA"))}


def test_delegert_vedtak_registreres_og_staar_paa_delegasjonslisten(
    qtbot, lag_vindu, fanger, demo_sqlite, tmp_path
):
    oha = Kontekst(demo_sqlite, "OHA")
    w = lag_vindu("OHA")
    p = w.politikk
    aapne(qtbot, w, "ubehandlet")
    velg(qtbot, w, lambda r: r.type == "I")
    assert not p.handlinger["delegert_vedtak"].isEnabled() and "U, S eller X" in p.grunn("delegert_vedtak")
    aapne(qtbot, w, "dokumenter-i-arbeid")
    rad = velg(qtbot, w, lambda r: r.type == "U")
    assert p.handlinger["delegert_vedtak"].isEnabled(), p.grunn("delegert_vedtak")
    vist: list[str] = []

    def ds(d: DelegertVedtakDialog) -> None:
        d.velg("FSK")
        vist.append(d.referert.text())

    fanger.plan(DelegertVedtakDialog, ds)
    p.handlinger["delegert_vedtak"].trigger()

    assert not fanger.meldinger or not any("kan ikke" in m for m in fanger.meldinger), fanger.meldinger
    assert vist == ["fullmaktsorganet KST"]
    idag = demo_sqlite.idag()
    liste = lesing.delegasjonsliste(oha, "KST", fra=idag.replace(year=idag.year - 1), til=idag)
    assert [(r.journalpostnummer, r.type) for r in liste] == [(rad.journalpostnummer, "DS")]

    rader: list[list[str]] = []

    def delegasjoner(d: DelegasjonslisteDialog) -> None:
        d.velg("KST", idag.replace(year=idag.year - 1), idag)
        rader.extend(
            [d.tabell.topLevelItem(i).text(k) for k in range(2)] for i in range(d.tabell.topLevelItemCount())
        )
        rader.append([d.antall.text()])
        d.grab().save(str(tmp_path / "delegasjonsliste.png"))
        d.velg("KST", idag.replace(year=idag.year - 3), idag.replace(year=idag.year - 2))
        rader.append([str(d.tabell.topLevelItemCount())])

    fanger.plan(DelegasjonslisteDialog, delegasjoner)
    p.handlinger["delegasjonsliste"].trigger()
    assert rader[0] == [rad.journalpostnummer, rad.tittel]
    assert rader[1] == ["1 delegert(e) vedtak"]
    assert rader[2] == ["0"], "a period without delegated decisions lists none"
