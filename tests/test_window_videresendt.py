"""A forwarded e-mail: the window proposes the original sender and takes it on one click (DESIGN §7)."""

from __future__ import annotations

from app.services import kurver, visning
from app.services.arbeid import Kontekst
from app.services.epostimport import importer_filer
from app.services.saker import opprett_sak
from tests.support.msgwriter import write_msg
from tests.test_window_routines import aapne, velg


def test_videresendt_epost_foreslaar_opprinnelig_avsender(qtbot, lag_vindu, fanger, demo_sqlite, tmp_path):
    ctx = Kontekst(demo_sqlite, "OHA")
    sak = opprett_sak(ctx, tittel="Klage på vedtak om skoleskyss", klasse="000").saksnummer
    sti = write_msg(
        tmp_path / "videresendt.msg",
        subject="VS: Klage på vedtak",
        sender_name="Per Videre",
        sender_email="per@example.no",
        to=[("Ola Hansen", "ola.hansen@demokommune.no")],
        body="Se under.\r\n\r\nFra: Kari Nordmann <kari@example.no>\r\nSendt: 2. mai 2026 10:00\r\n"
        "Til: Per Videre <per@example.no>\r\nEmne: Klage på vedtak\r\n\r\nJeg klager på vedtaket.",
    )
    (r,) = importer_filer(ctx, sak, [sti]).resultater
    assert r.status == "importert", r.melding

    w = lag_vindu("OHA")
    aapne(qtbot, w, "ubehandlet")
    velg(qtbot, w, lambda rad: rad.journalpostnummer == r.journalpostnummer)
    assert "Opprinnelig avsender: Kari Nordmann" in w.lesefelt.metadata.text()
    assert w.handlinger["bruk_foreslatt_avsender"].isEnabled(), w.grunn("bruk_foreslatt_avsender")

    w.handlinger["bruk_foreslatt_avsender"].trigger()
    assert not fanger.meldinger, fanger.meldinger
    jp = visning.vis_journalpost(ctx, r.journalpostnummer)
    assert [(p.navn, p.epost) for p in jp.avsender] == [("Kari Nordmann", "kari@example.no")]
    qtbot.waitUntil(lambda: "Opprinnelig avsender" not in w.lesefelt.metadata.text())
    assert not w.handlinger["bruk_foreslatt_avsender"].isEnabled()
    ider = kurver.kurv_ider(ctx, "ubehandlet")
    assert (
        kurver.kurv_rader(ctx, "ubehandlet", ider[ider.index(jp.id) :][:1])[0].avsender_mottaker
        == "Kari Nordmann"
    )
