"""Importing e-mail files into a sak (app/services/epostimport.py) against the demo registry.

Rendering takes pytest-qt's ``qapp`` so the suite's QApplication exists before
arkivpdf looks for one. The shared corpus tests skip when ../shared is absent;
the rest write their own .msg files with tests/support/msgwriter.py.
"""

from __future__ import annotations

import email.utils
import hashlib
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import extract_msg
import pytest
from sqlalchemy import func, select, text

from app.domain.feil import IkkeFunnet, UgyldigTilstand
from app.services import journalposter, kurver, sok, visning
from app.services.arbeid import Kontekst
from app.services.epostimport import UKJENT_AVSENDER, UTEN_EMNE, ImportRapport, importer_filer
from app.services.handlinger import mulige_handlinger
from app.services.saker import sak_ider
from app.store import models as m
from app.store.db import Database
from app.widgets.arkivpdf import lag_arkiv_pdf, pdf_tekst
from tests.support.msgwriter import write_msg

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "msg"
FIXTURFILER = sorted(FIXTURES.glob("*.msg")) if FIXTURES.is_dir() else []
trenger_fixturer = pytest.mark.skipif(not FIXTURFILER, reason=f"no shared .msg fixtures at {FIXTURES}")

SENDT = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
MOTTATT = datetime(2024, 5, 6, 7, 9, 30, tzinfo=UTC)
OLA = ("Ola Hansen", "ola.hansen@demokommune.no")


@pytest.fixture(scope="module")
def demo_mal(tmp_path_factory) -> Path:
    """The demo registry, built once per module (about two seconds); each test gets a copy."""
    from app.services.demo import lag_demo

    sti = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    lag_demo(sti).lukk()
    return sti


@pytest.fixture
def ctx(demo_mal, tmp_path) -> Iterator[Kontekst]:
    """OHA (saksbehandler, ola.hansen@demokommune.no) on a fresh copy of the demo."""
    kopi = tmp_path / "demo.sqlite"
    shutil.copy(demo_mal, kopi)
    db = Database.aapne(kopi)
    yield Kontekst(db, "OHA")
    db.lukk()


@pytest.fixture
def sak(ctx) -> str:
    """An open, unshielded sak in OHA's Mine saker."""
    rader = kurver.kurv_rader(ctx, "mine-saker", kurver.kurv_ider(ctx, "mine-saker"))
    return next(r.saksnummer for r in rader if not r.skjermet and r.status in ("R", "B"))


def _importer(ctx, sak, filer, **kw) -> ImportRapport:
    return importer_filer(ctx, sak, filer, render_pdf=lag_arkiv_pdf, pdf_tekst=pdf_tekst, **kw)


def _jp(ctx, jpnr: str):
    return visning.vis_journalpost(ctx, jpnr)


def _pdf_med_tekst(tekst: str) -> bytes:
    """A one-page PDF whose only text is ``tekst`` (written with Qt, as Word or a scanner would)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    skriver = QPdfWriter(buffer)
    skriver.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    maler = QPainter(skriver)
    maler.drawText(200, 400, tekst)
    maler.end()
    del skriver
    return bytes(buffer.data())


def _antall(db) -> dict[str, int]:
    with db.session() as s:
        return {
            "journalpost": s.scalar(select(func.count()).select_from(m.Journalpost)),
            "dokument": s.scalar(select(func.count()).select_from(m.Dokumentbeskrivelse)),
            "part": s.scalar(select(func.count()).select_from(m.Korrespondansepart)),
            "fulltekst": s.execute(text("SELECT count(*) FROM fulltekst")).scalar(),
        }


def _innkommende(mappe: Path, navn: str = "innkommende.msg", **felt) -> Path:
    standard = {
        "subject": "Søknad om ferdigattest for gnr. 12 bnr. 34",
        "sender_name": "Kari Nordmann",
        "sender_email": "kari@example.no",
        "to": [OLA],
        "cc": [("Åse Ødegård", "ase@example.no")],
        "body": "Hei,\r\n\r\nHer er søknaden om ferdigattest.\r\n\r\nHilsen Kari",
        "sent": SENDT,
        "received": MOTTATT,
        "message_id": f"<{navn}@example.no>",
    }
    return write_msg(mappe / navn, **{**standard, **felt})


# ---------------------------------------------------------------------------
# The shared corpus of real Outlook files


def _ikke_skjulte_vedlegg(msg) -> int:
    """Attachments as extract_msg reads them, attached messages opened; hidden (inline) ones left out."""
    antall = 0
    for a in msg.attachments:
        if isinstance(a.data, extract_msg.msg_classes.MSGFile):
            antall += 1 + _ikke_skjulte_vedlegg(a.data)
        elif not a.hidden:
            antall += 1
    return antall


@trenger_fixturer
def test_every_fixture_is_imported_as_extract_msg_reads_it_or_refused(qapp, ctx, sak) -> None:
    rapport = _importer(ctx, sak, FIXTURFILER)
    assert [Path(r.fil).name for r in rapport.resultater] == [p.name for p in FIXTURFILER]
    assert rapport.importerte, "the real corpus must yield journalposter"
    for sti, r in zip(FIXTURFILER, rapport.resultater, strict=True):
        assert r.melding.strip(), f"{sti.name}: every result carries a message"
        if r.status == "avvist":
            continue
        assert r.status == "importert", f"{sti.name}: {r.melding}"
        jp = _jp(ctx, r.journalpostnummer)
        msg = extract_msg.openMsg(str(sti))
        try:
            emne = " ".join((msg.subject or "").split())
            avsender = email.utils.parseaddr(msg.sender or "")[1]
            vedlegg = _ikke_skjulte_vedlegg(msg)
        finally:
            msg.close()
        assert jp.tittel == (emne or UTEN_EMNE), sti.name
        avsendere = [p.epost or "" for p in jp.avsender]
        if "@" in avsender:
            assert avsendere == [avsender], sti.name
        elif jp.type == "I":
            assert [p.navn for p in jp.avsender] == [(msg.sender or "").strip() or UKJENT_AVSENDER], sti.name
        assert jp.antall_vedlegg == r.vedlegg == vedlegg, sti.name
        hoved = [d for d in jp.dokumenter if d.tilknytning == "hoveddokument"]
        assert {d.variant for d in hoved} == {"produksjonsformat", "arkivformat"}, sti.name
        assert {d.format for d in hoved} == {"msg", "pdf"}, sti.name


@trenger_fixturer
def test_fixture_with_a_message_inside_keeps_both_and_a_pdf_of_the_inner_one(qapp, ctx, sak) -> None:
    (r,) = _importer(ctx, sak, [FIXTURES / "hh_msgInMsg.msg"]).resultater
    jp = _jp(ctx, r.journalpostnummer)
    vedlegg = [d for d in jp.dokumenter if d.tilknytning == "vedlegg"]
    indre = [d for d in vedlegg if d.tittel == "Microsoft Outlook テスト メッセージ.msg"]
    assert {d.format for d in indre} == {"msg", "pdf"}
    assert "green.png" in {d.filnavn for d in vedlegg}


# ---------------------------------------------------------------------------
# Self-made messages: the rules


def test_received_mail_becomes_I_with_parties_dates_files_and_lands_in_ubehandlet(
    qapp, ctx, sak, tmp_path
) -> None:
    pdf = _pdf_med_tekst("Situasjonsplan")
    sti = _innkommende(
        tmp_path,
        attachments=[("situasjonsplan.pdf", pdf), ("tegning:1?.txt", b"fasade")],
        embedded=[
            {
                "subject": "Nabovarsel",
                "sender_name": "Nils Nabo",
                "sender_email": "nils@example.no",
                "to": [("Kari Nordmann", "kari@example.no")],
                "body": "Jeg har ingen merknader.",
                "sent": SENDT - timedelta(days=3),
                "attachments": [("kvittering.txt", b"ok")],
            }
        ],
    )
    (r,) = _importer(ctx, sak, [sti]).resultater
    assert (r.status, r.type, r.journalstatus, r.vedlegg) == ("importert", "I", "S", 4)

    jp = _jp(ctx, r.journalpostnummer)
    assert jp.tittel == "Søknad om ferdigattest for gnr. 12 bnr. 34"
    assert [(p.navn, p.epost) for p in jp.avsender] == [("Kari Nordmann", "kari@example.no")]
    assert [(p.navn, p.epost) for p in jp.mottakere] == [OLA]
    assert [(p.navn, p.epost) for p in jp.kopimottakere] == [("Åse Ødegård", "ase@example.no")]
    assert jp.dokumentdato == SENDT.astimezone().date()
    assert jp.mottatt_dato == MOTTATT.astimezone().date()
    assert jp.forfallsdato == ctx.db.idag() + timedelta(days=14)
    assert jp.saksbehandler == "OHA" and jp.restanse

    hoved = {d.variant: d for d in jp.dokumenter if d.tilknytning == "hoveddokument"}
    assert hoved["produksjonsformat"].filnavn == "innkommende.msg"
    assert hoved["produksjonsformat"].sjekksum == hashlib.sha256(sti.read_bytes()).hexdigest()
    _, arkiv = visning.hent_innhold(ctx, hoved["arkivformat"].objekt_id)
    assert arkiv.startswith(b"%PDF") and "ferdigattest" in pdf_tekst(arkiv)

    vedlegg = [(d.tittel, d.filnavn, d.format, d.sider) for d in jp.dokumenter if d.tilknytning == "vedlegg"]
    assert ("situasjonsplan.pdf", "situasjonsplan.pdf", "pdf", 1) in vedlegg
    assert ("tegning_1_.txt", "tegning_1_.txt", "txt", None) in vedlegg
    assert ("Nabovarsel.msg", "Nabovarsel.msg", "msg", None) in vedlegg
    assert ("Nabovarsel.pdf", "pdf") in {(f, fmt) for _, f, fmt, _ in vedlegg}
    assert ("kvittering.txt (fra «Nabovarsel»)", "kvittering.txt", "txt", None) in vedlegg

    assert jp.id in kurver.kurv_ider(ctx, "ubehandlet")
    assert jp.id not in kurver.kurv_ider(ctx, "dokumenter-i-arbeid")


def test_sent_item_becomes_U_in_status_R_in_dokumenter_i_arbeid(qapp, ctx, sak, tmp_path) -> None:
    fra_sendte = write_msg(
        tmp_path / "svar.msg",
        subject="SV: Søknad om ferdigattest",
        sender_name="Ola Hansen",
        sender_email="ola.hansen@demokommune.no",
        to=[("Kari Nordmann", "kari@example.no")],
        body="Ferdigattest er gitt.",
        sent=SENDT,
        sent_item=True,
        headers=False,
    )
    # Saved from the inbox of a shared mailbox: no "from me" flag, but sent from the user's address.
    fra_adresse = write_msg(
        tmp_path / "purring.msg",
        subject="Purring",
        sender_name="Ola Hansen",
        sender_email="Ola.Hansen@demokommune.no",
        to=[("Kari Nordmann", "kari@example.no")],
        body="Vi mangler fortsatt tegninger.",
        sent=SENDT,
    )
    rapport = _importer(ctx, sak, [fra_sendte, fra_adresse])
    assert [(r.status, r.type, r.journalstatus) for r in rapport.resultater] == [("importert", "U", "R")] * 2
    assert rapport.sendte_i_arbeid == rapport.importerte

    i_arbeid = kurver.kurv_ider(ctx, "dokumenter-i-arbeid")
    for r in rapport.resultater:
        jp = _jp(ctx, r.journalpostnummer)
        assert jp.id in i_arbeid and jp.id not in kurver.kurv_ider(ctx, "ubehandlet")
        assert [(p.navn, p.epost) for p in jp.mottakere] == [("Kari Nordmann", "kari@example.no")]
        assert jp.dokumentdato == SENDT.astimezone().date() and jp.mottatt_dato is None


def test_forwarded_mail_warns_with_the_original_sender(qapp, ctx, sak, tmp_path) -> None:
    sti = _innkommende(
        tmp_path,
        subject="VS: Klage på vedtak",
        sender_name="Per Videre",
        sender_email="per@example.no",
        body=(
            "Se under.\r\n\r\n"
            "Fra: Kari Nordmann <kari@example.no>\r\n"
            "Sendt: 2. mai 2024 10:00\r\n"
            "Til: Per Videre <per@example.no>\r\n"
            "Emne: Klage på vedtak\r\n\r\n"
            "Jeg klager på vedtaket."
        ),
    )
    (r,) = _importer(ctx, sak, [sti]).resultater
    varsel = "Videresendt: opprinnelig avsender ser ut til å være Kari Nordmann <kari@example.no>"
    assert varsel in r.advarsler
    jp = _jp(ctx, r.journalpostnummer)
    assert varsel in jp.advarsler
    assert [p.epost for p in jp.avsender] == ["per@example.no"]  # proposed, not silently changed
    assert jp.foreslatt_avsender == "Kari Nordmann <kari@example.no>"
    assert mulige_handlinger(ctx, journalpost_id=jp.id)["bruk_foreslatt_avsender"] is None

    journalposter.bruk_foreslatt_avsender(ctx, r.journalpostnummer)
    jp = _jp(ctx, r.journalpostnummer)
    assert [(p.navn, p.epost) for p in jp.avsender] == [("Kari Nordmann", "kari@example.no")]
    assert jp.foreslatt_avsender is None
    assert (
        "Journalposten har ingen foreslått"
        in mulige_handlinger(ctx, journalpost_id=jp.id)["bruk_foreslatt_avsender"]
    )
    logg = visning.historikk(ctx, r.journalpostnummer)
    assert any(x.felt == "avsender" and x.fra == "Per Videre" and x.til == "Kari Nordmann" for x in logg)


def test_mail_without_subject_or_sender_is_registered_for_the_user_to_complete(
    qapp, ctx, sak, tmp_path
) -> None:
    sti = write_msg(tmp_path / "tom.msg", subject="", to=[OLA], body="Hei", sent=SENDT)
    (r,) = _importer(ctx, sak, [sti]).resultater
    jp = _jp(ctx, r.journalpostnummer)
    assert jp.tittel == UTEN_EMNE
    assert [p.navn for p in jp.avsender] == [UKJENT_AVSENDER]
    assert "Meldingen har ingen avsender; fyll inn avsender i registreringen" in jp.advarsler


def test_duplicates_are_found_by_message_id_and_by_content(qapp, ctx, sak, tmp_path) -> None:
    første = _innkommende(tmp_path, "a.msg", message_id="<samme@example.no>")
    (r,) = _importer(ctx, sak, [første]).resultater
    # The same message saved again: other bytes, same Message-ID; and a plain copy of the file.
    igjen = _innkommende(tmp_path, "b.msg", message_id="<samme@example.no>", body="Lagret på nytt")
    kopi = tmp_path / "kopi.msg"
    kopi.write_bytes(første.read_bytes())

    spor = _importer(ctx, sak, [igjen, kopi])
    assert [(x.status, x.journalpostnummer) for x in spor.resultater] == [
        ("duplikat", r.journalpostnummer)
    ] * 2
    assert spor.resultater[0].melding == f"Meldingen er allerede registrert i saken som {r.journalpostnummer}"

    før = _antall(ctx.db)
    hopp = _importer(ctx, sak, [igjen], duplikat="hopp")
    assert [x.status for x in hopp.resultater] == ["avvist"]
    assert _antall(ctx.db) == før

    likevel = _importer(ctx, sak, [igjen], duplikat="importer")
    (ny,) = likevel.resultater
    assert ny.status == "importert" and ny.journalpostnummer != r.journalpostnummer
    assert any("registrert på nytt" in a for a in _jp(ctx, ny.journalpostnummer).advarsler)


def test_bad_files_are_refused_whole_while_the_rest_of_the_batch_imports(qapp, ctx, sak, tmp_path) -> None:
    god = _innkommende(tmp_path, "god.msg")
    tom = tmp_path / "tom.msg"
    tom.write_bytes(b"")
    tekst = tmp_path / "tekst.msg"
    tekst.write_text("Dette er ikke en e-post\n", encoding="utf-8")
    avkuttet = tmp_path / "avkuttet.msg"
    avkuttet.write_bytes(god.read_bytes()[:3000])
    også_god = _innkommende(tmp_path, "ogsaa_god.msg", subject="Tilleggsopplysninger")

    før = _antall(ctx.db)
    rapport = _importer(ctx, sak, [god, tom, tekst, avkuttet, tmp_path / "borte.msg", også_god])
    assert [r.status for r in rapport.resultater] == ["importert", *["avvist"] * 4, "importert"]
    meldinger = [r.melding for r in rapport.avviste]
    assert meldinger[0] == "Filen er tom (0 byte)"
    assert meldinger[1] == "Filen er ikke en Outlook-melding (.msg)"
    assert meldinger[2].startswith("Filen er avkuttet eller skadet")
    assert meldinger[3] == "Filen finnes ikke: borte.msg"
    etter = _antall(ctx.db)
    assert etter["journalpost"] == før["journalpost"] + 2
    assert etter["fulltekst"] == før["fulltekst"] + 2


def test_a_failure_inside_the_registration_leaves_no_half_journalpost(
    qapp, ctx, sak, tmp_path, monkeypatch
) -> None:
    from app.store import fulltekst

    ekte = fulltekst.indekser

    def feiler_for_klage(s, journalpost_id, tekst):
        if "Klage" in tekst:
            raise RuntimeError("disken er full")
        ekte(s, journalpost_id, tekst)

    monkeypatch.setattr(fulltekst, "indekser", feiler_for_klage)
    klage = _innkommende(tmp_path, "klage.msg", subject="Klage", attachments=[("a.txt", b"x")])
    søknad = _innkommende(tmp_path, "soknad.msg", subject="Søknad")
    før = _antall(ctx.db)
    rapport = _importer(ctx, sak, [klage, søknad])
    assert [r.status for r in rapport.resultater] == ["avvist", "importert"]
    assert "disken er full" in rapport.resultater[0].melding
    etter = _antall(ctx.db)
    assert etter == {
        "journalpost": før["journalpost"] + 1,
        "dokument": før["dokument"] + 1,
        "part": før["part"] + 3,
        "fulltekst": før["fulltekst"] + 1,
    }


def test_full_text_search_finds_words_of_the_body_and_of_a_pdf_attachment(qapp, ctx, sak, tmp_path) -> None:
    sti = _innkommende(
        tmp_path,
        subject="Søknad",
        body="Vedlagt er tegningene til Kvistløfteprosjektet.",
        attachments=[("plan.pdf", _pdf_med_tekst("Reguleringsbestemmelsene Fjellvang"))],
    )
    (r,) = _importer(ctx, sak, [sti]).resultater
    jp_id = _jp(ctx, r.journalpostnummer).id
    assert sok.sok(ctx, "Fjellvang").journalposter == [jp_id]
    assert sok.sok(ctx, "reguleringsbestemmelsene").journalposter == [jp_id]
    assert sok.sok(ctx, "kvistløfteprosjektet").journalposter == [jp_id]
    assert sok.sok(ctx, "Blåbærsyltetøy").journalposter == []


def test_cancel_stops_between_files_and_progress_counts_up(qapp, ctx, sak, tmp_path) -> None:
    filer = [_innkommende(tmp_path, f"m{i}.msg", subject=f"Melding {i}") for i in range(4)]
    fremdrift: list[int] = []
    rapport = _importer(ctx, sak, filer, progress=fremdrift.append, cancelled=lambda: len(fremdrift) >= 2)
    assert rapport.avbrutt
    assert [Path(r.fil).name for r in rapport.importerte] == ["m0.msg", "m1.msg"]
    assert rapport.ikke_behandlet == (str(filer[2]), str(filer[3]))
    assert fremdrift == [25, 50]


def test_runs_without_rendering_when_no_renderer_is_given(ctx, sak, tmp_path) -> None:
    (r,) = importer_filer(ctx, sak, [_innkommende(tmp_path)]).resultater
    jp = _jp(ctx, r.journalpostnummer)
    assert [d.variant for d in jp.dokumenter] == ["produksjonsformat"]


def test_an_unknown_or_closed_sak_refuses_the_whole_batch(ctx, tmp_path) -> None:
    sti = _innkommende(tmp_path)
    with pytest.raises(IkkeFunnet, match="Fant ingen sak 1999/9"):
        importer_filer(ctx, "1999/9", [sti])
    lukket = next(r.saksnummer for r in kurver.kurv_rader(ctx, "sak", sak_ider(ctx)) if r.status == "A")
    with pytest.raises(UgyldigTilstand, match="Saken er avsluttet"):
        importer_filer(ctx, lukket, [sti])


def test_import_and_full_text_search_work_the_same_on_postgresql(qapp, demo_db, tmp_path) -> None:
    """The shared database: registration, duplicate check and the tsvector index (``demo_db`` runs both)."""
    ola = Kontekst(demo_db, "OHA")
    rader = kurver.kurv_rader(ola, "mine-saker", kurver.kurv_ider(ola, "mine-saker"))
    saksnr = next(r.saksnummer for r in rader if not r.skjermet and r.status in ("R", "B"))
    sti = _innkommende(
        tmp_path,
        body="Fasaden mot Storgata skal pusses.",
        attachments=[("plan.pdf", _pdf_med_tekst("Reguleringsbestemmelsene Fjellvang"))],
    )
    (r,) = _importer(ola, saksnr, [sti]).resultater
    jp = _jp(ola, r.journalpostnummer)
    assert (r.status, jp.type, jp.status, jp.antall_vedlegg) == ("importert", "I", "S", 1)
    assert sok.sok(ola, "Fjellvang").journalposter == [jp.id]
    assert sok.sok(ola, "storgata").journalposter == [jp.id]
    assert [x.status for x in _importer(ola, saksnr, [sti]).resultater] == ["duplikat"]
