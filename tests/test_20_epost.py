"""Issue 20, item 11: e-mail import — a duplicate in another sak, and the type corrected until locked."""

# ruff: noqa: F811 - the demo fixtures are imported from test_epost_import and taken as arguments

from __future__ import annotations

import pytest

from app.domain.feil import UgyldigInndata, UgyldigTilstand
from app.services import journalposter, kurver, saker, visning
from tests.test_epost_import import _importer, _innkommende, ctx, demo_mal, sak  # noqa: F401


def test_20_11_duplikat_i_en_annen_sak_og_type_kan_rettes(qapp, ctx, sak, tmp_path) -> None:
    melding = _innkommende(tmp_path, "a.msg", message_id="<en-gang@example.no>")
    (r,) = _importer(ctx, sak, [melding]).resultater
    annen = saker.opprett_sak(ctx, tittel="En annen sak for samme søknad", klasse="000").saksnummer
    (igjen,) = _importer(ctx, annen, [melding]).resultater
    assert igjen.status == "duplikat" and igjen.journalpostnummer == r.journalpostnummer
    assert igjen.melding == f"Meldingen er allerede registrert i en annen sak som {r.journalpostnummer}"

    # Outlook's In/Sent is only a guess: the type is corrected until the post is locked.
    jp = visning.vis_journalpost(ctx, r.journalpostnummer)
    assert (jp.type, jp.status) == ("I", "S") and jp.restanse
    journalposter.endre_journalpost(ctx, r.journalpostnummer, type="U")
    jp = visning.vis_journalpost(ctx, r.journalpostnummer)
    assert (jp.type, jp.status, jp.restanse) == ("U", "R", False)
    assert jp.id in kurver.kurv_ider(ctx, "dokumenter-i-arbeid")
    assert jp.id not in kurver.kurv_ider(ctx, "ubehandlet") + kurver.kurv_ider(ctx, "forfall")
    with pytest.raises(UgyldigInndata, match="bare ha interne mottakere"):
        journalposter.endre_journalpost(ctx, r.journalpostnummer, type="X")  # Kari Nordmann is outside
    journalposter.endre_journalpost(ctx, r.journalpostnummer, type="I")
    jp = visning.vis_journalpost(ctx, r.journalpostnummer)
    assert (jp.type, jp.status) == ("I", "S") and jp.restanse and jp.forfallsdato
    with pytest.raises(UgyldigTilstand, match="mellom I, U, N og X"):
        journalposter.endre_journalpost(ctx, r.journalpostnummer, type="S")
    journalposter.endre_journalpost(ctx, r.journalpostnummer, type="U")
    journalposter.ferdigstill(ctx, r.journalpostnummer)
    with pytest.raises(UgyldigTilstand, match="ferdigstilt og kan ikke endres"):
        journalposter.endre_journalpost(ctx, r.journalpostnummer, type="I")


def test_20_11_typen_rettes_i_importoppsummeringen(qtbot, ctx, sak, tmp_path) -> None:
    """The summary lists each imported post's type in a choice; changing it corrects the post."""
    from app.views.epost import ImportOppsummering

    rapport = _importer(ctx, sak, [_innkommende(tmp_path, "b.msg", message_id="<b@example.no>")])
    (r,) = rapport.resultater
    d = ImportOppsummering(rapport, ctx)
    qtbot.addWidget(d)
    valg = d.typevalg[r.journalpostnummer]
    assert valg.currentData() == "I"
    valg.setCurrentIndex(valg.findData("U"))
    jp = visning.vis_journalpost(ctx, r.journalpostnummer)
    assert (jp.type, jp.status) == ("U", "R")
    assert d.tabell.item(0, 1).text() == f"{r.journalpostnummer} (U)"


def test_20_11_hoveddokument_velges_i_importoppsummeringen(qtbot, ctx, sak, tmp_path) -> None:
    """The message is the hoveddokument to begin with; the user picks the attached letter instead."""
    from app.services import dokumenter
    from app.views.epost import ImportOppsummering
    from tests.support.msgwriter import write_msg

    melding = write_msg(
        tmp_path / "klage.msg",
        subject="Klage på vedtak",
        sender_name="Kari Nordmann",
        sender_email="kari@eksempel.no",
        body="Se vedlagte klage.",
        attachments=[("Klage.pdf", b"%PDF-1.4 klage"), ("Kart.pdf", b"%PDF-1.4 kart")],
        message_id="<klage@eksempel.no>",
    )
    rapport = _importer(ctx, sak, [melding])
    (r,) = rapport.resultater
    jpnr = r.journalpostnummer
    før = {d.tittel: d.tilknytning for d in dokumenter.liste(ctx, jpnr)}
    assert før == {"Klage på vedtak": "hoveddokument", "Klage.pdf": "vedlegg", "Kart.pdf": "vedlegg"}
    d = ImportOppsummering(rapport, ctx)
    qtbot.addWidget(d)
    valg = d.hovedvalg[jpnr]
    assert valg.currentText() == "Klage på vedtak"
    valg.setCurrentIndex(valg.findText("Klage.pdf"))
    rader = dokumenter.liste(ctx, jpnr)
    assert [(x.tittel, x.tilknytning) for x in rader] == [
        ("Klage.pdf", "hoveddokument"),
        ("Klage på vedtak", "vedlegg"),
        ("Kart.pdf", "vedlegg"),
    ]
    jp = visning.vis_journalpost(ctx, jpnr)
    assert jp.antall_vedlegg == 2
    assert any(h.felt == "hoveddokument" and h.til == "Klage.pdf" for h in visning.historikk(ctx, jpnr))
    # Until the post is locked: a ferdigstilt post keeps its hoveddokument.
    from app.services import dokumentordning

    journalposter.endre_journalpost(ctx, jpnr, type="U")
    journalposter.ferdigstill(ctx, jpnr)
    kart = next(x.id for x in rader if x.tittel == "Kart.pdf")
    with pytest.raises(UgyldigTilstand):
        dokumentordning.velg_hoveddokument(ctx, jpnr, dokument_id=kart)
