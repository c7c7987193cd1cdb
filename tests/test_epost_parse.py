"""Reading .msg and .eml files into plain data (app/epost)."""

from __future__ import annotations

import email.utils
import io
import os
import subprocess
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import extract_msg
import pytest
from pypdf import PdfWriter

from app.epost import EpostFeil, les_epost, les_epost_bytes, trygt_filnavn, unike_filnavn
from app.epost.rtf import rtf_tolk
from app.epost.videresending import finn_videresending
from tests.support.msgwriter import msg_bytes, write_msg

FIXTURES = Path(__file__).resolve().parents[2] / "shared/fixtures/msg"
FIXTURFILER = sorted(FIXTURES.glob("*.msg")) if FIXTURES.is_dir() else []
trenger_fixturer = pytest.mark.skipif(not FIXTURFILER, reason=f"no shared .msg fixtures at {FIXTURES}")

SENDT = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
MOTTATT = datetime(2024, 5, 6, 7, 9, 30, tzinfo=UTC)


def _pdf(sider: int = 1, passord: str | None = None) -> bytes:
    skriver = PdfWriter()
    for _ in range(sider):
        skriver.add_blank_page(width=595, height=842)
    if passord:
        skriver.encrypt(passord)
    ut = io.BytesIO()
    skriver.write(ut)
    return ut.getvalue()


# ---------------------------------------------------------------------------
# The shared corpus of real Outlook files


@trenger_fixturer
@pytest.mark.parametrize("sti", FIXTURFILER, ids=lambda p: p.name)
def test_every_fixture_is_read_like_extract_msg_reads_it_or_refused(sti: Path) -> None:
    try:
        epost = les_epost(sti)
    except EpostFeil as feil:
        assert str(feil).strip(), "a refusal must carry a message for the user"
        return
    msg = extract_msg.openMsg(str(sti))
    try:
        assert epost.format == "msg"
        assert epost.emne == " ".join((msg.subject or "").split())
        forventet = email.utils.parseaddr(msg.sender or "")[1]
        assert (epost.avsender.epost if epost.avsender else "") == (forventet if "@" in forventet else "")
        toppnivå = [v for v in epost.vedlegg if v.fra_melding is None]
        assert len(toppnivå) == len(msg.attachments)
    finally:
        msg.close()
    assert epost.sha256 and epost.storrelse == sti.stat().st_size
    assert epost.sendt or epost.mottatt, "every imported message needs a date"


@trenger_fixturer
def test_msg_in_msg_yields_the_nested_message_as_an_attachment() -> None:
    epost = les_epost(FIXTURES / "hh_msgInMsg.msg")
    navn = [v.filnavn for v in epost.vedlegg]
    assert navn == ["Microsoft Outlook テスト メッセージ.msg", "green.png"]
    indre = epost.vedlegg[0]
    assert indre.mimetype == "application/vnd.ms-outlook"
    # The attached message is a file Outlook (and we) can open on its own.
    igjen = les_epost_bytes(indre.data, indre.filnavn)
    assert igjen.emne == "Microsoft Outlook テスト メッセージ"


@trenger_fixturer
def test_forward_as_attachment_proposes_the_attached_messages_sender() -> None:
    epost = les_epost(FIXTURES / "EmailWithMsgAttachment.msg")
    assert epost.videresendt
    assert epost.vedlegg[0].filnavn == "Msg Attachment Test.msg"
    assert epost.opprinnelig_avsender is not None
    assert epost.opprinnelig_avsender.epost == "d.triendl@cp-solutions.at"


@trenger_fixturer
def test_unreadable_date_falls_back_to_the_file_time_with_a_warning(tmp_path: Path) -> None:
    kopi = tmp_path / "strangeDate.msg"
    kopi.write_bytes((FIXTURES / "strangeDate.msg").read_bytes())
    tid = datetime(2023, 2, 1, 12, 0, tzinfo=UTC)
    os.utime(kopi, (tid.timestamp(), tid.timestamp()))
    epost = les_epost(kopi)
    assert epost.mottatt == tid
    assert "Datoen i meldingen kunne ikke leses; filens tidspunkt er brukt" in epost.advarsler


@trenger_fixturer
def test_html_unwrapped_from_rtf_matches_extract_msg() -> None:
    msg = extract_msg.openMsg(str(FIXTURES / "hh_sent.msg"))
    try:
        deres = msg.htmlBody.decode("utf-8")
        vår = rtf_tolk(msg.rtfBody, som_html=True)
    finally:
        msg.close()
    assert vår is not None
    assert " ".join(vår.split()) == " ".join(deres.split())


@trenger_fixturer
def test_truncated_real_file_is_refused(tmp_path: Path) -> None:
    data = (FIXTURES / "EmailWithAttachments.msg").read_bytes()
    avkuttet = tmp_path / "avkuttet.msg"
    avkuttet.write_bytes(data[: len(data) // 3])
    with pytest.raises(EpostFeil, match=r"^Filen er avkuttet eller skadet"):
        les_epost(avkuttet)


# ---------------------------------------------------------------------------
# Bad input: a message, never a traceback


def test_empty_file_is_refused(tmp_path: Path) -> None:
    tom = tmp_path / "tom.msg"
    tom.write_bytes(b"")
    with pytest.raises(EpostFeil, match=r"^Filen er tom \(0 byte\)$"):
        les_epost(tom)


def test_text_named_msg_is_refused(tmp_path: Path) -> None:
    tekst = tmp_path / "tekst.msg"
    tekst.write_text("Dette er ikke en e-post\n", encoding="utf-8")
    with pytest.raises(EpostFeil, match=r"^Filen er ikke en Outlook-melding \(\.msg\)$"):
        les_epost(tekst)


def test_text_named_eml_is_refused(tmp_path: Path) -> None:
    tekst = tmp_path / "tekst.eml"
    tekst.write_text("Hei\nDette er bare tekst.\n", encoding="utf-8")
    with pytest.raises(EpostFeil, match=r"^Filen er ikke en e-post \(\.eml\)"):
        les_epost(tekst)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EpostFeil, match="^Filen finnes ikke"):
        les_epost(tmp_path / "borte.msg")


@pytest.mark.parametrize("brøk", [3, 2, 10])
def test_truncated_written_msg_is_refused(tmp_path: Path, brøk: int) -> None:
    data = msg_bytes(subject="Hei", body="x" * 20000, attachments=[("a.bin", bytes(30000))])
    with pytest.raises(EpostFeil, match=r"^Filen er avkuttet eller skadet: .+"):
        les_epost_bytes(data[: len(data) // brøk], "avkuttet.msg")


def test_an_outlook_task_is_refused() -> None:
    data = msg_bytes(subject="Gjør noe", body="x").replace(
        "IPM.Note".encode("utf-16-le"), "IPM.Task".encode("utf-16-le")
    )
    with pytest.raises(EpostFeil, match="^Elementet er en oppgave, ikke en e-post$"):
        les_epost_bytes(data, "oppgave.msg")


def test_an_ole_file_that_is_no_message_is_refused() -> None:
    from tests.support.msgwriter import cfb_bytes

    with pytest.raises(EpostFeil, match=r"^Filen er ikke en Outlook-melding \(\.msg\)"):
        les_epost_bytes(cfb_bytes({"WordDocument": b"\0" * 600}), "rapport.msg")


def test_too_large_attachment_is_refused() -> None:
    data = msg_bytes(subject="Stor", attachments=[("stor.pdf", b"%PDF-" + bytes(5000))])
    with pytest.raises(EpostFeil, match="^Vedlegget «stor.pdf» er større enn 0.00390625 MB$"):
        les_epost_bytes(data, "stor.msg", maks_vedlegg_bytes=4096)


# ---------------------------------------------------------------------------
# .msg written by tests/support/msgwriter.py (no shared corpus needed)


def test_written_msg_reads_back_with_parties_dates_and_attachments(tmp_path: Path) -> None:
    sti = write_msg(
        tmp_path / "søknad.msg",
        subject="Søknad om ferdigattest – gnr. 12 bnr. 34",
        sender_name="Kari Nordmann",
        sender_email="kari.nordmann@example.no",
        to=[("Postmottak", "post@kommune.example.no")],
        cc=[("Åse Ødegård", "ase@example.no")],
        body="Hei,\r\n\r\nVedlagt er søknaden.\r\n\r\nHilsen Kari\r\n",
        attachments=[("søknad.pdf", _pdf(2)), ("kart.png", b"\x89PNG\r\n\x1a\n" + bytes(40))],
        sent=SENDT,
        received=MOTTATT,
        message_id="<abc@example.no>",
    )
    epost = les_epost(sti)
    assert epost.emne == "Søknad om ferdigattest – gnr. 12 bnr. 34"
    assert (epost.avsender.navn, epost.avsender.epost) == ("Kari Nordmann", "kari.nordmann@example.no")
    assert [(a.navn, a.epost) for a in epost.mottakere] == [("Postmottak", "post@kommune.example.no")]
    assert [(a.navn, a.epost) for a in epost.kopi] == [("Åse Ødegård", "ase@example.no")]
    assert (epost.sendt, epost.mottatt) == (SENDT, MOTTATT)
    assert epost.message_id == "<abc@example.no>"
    assert "Vedlagt er søknaden." in epost.tekst
    assert [(v.filnavn, v.mimetype, v.sider) for v in epost.vedlegg] == [
        ("søknad.pdf", "application/pdf", 2),
        ("kart.png", "image/png", None),
    ]
    assert not epost.sendt_element and not epost.videresendt and epost.advarsler == ()


def test_sent_item_is_recognised_by_flag_and_by_own_address(tmp_path: Path) -> None:
    felles = {"subject": "Svar på søknad", "sender_name": "Saksbehandler", "sender_email": "sb@kommune.no"}
    fra_sendte = les_epost_bytes(msg_bytes(**felles, sent=SENDT, sent_item=True, headers=False), "a.msg")
    assert fra_sendte.sendt_element and fra_sendte.sendt == SENDT
    innboks = msg_bytes(**felles, sent=SENDT, received=MOTTATT)
    assert not les_epost_bytes(innboks, "b.msg").sendt_element
    assert les_epost_bytes(innboks, "b.msg", egne_adresser=["SB@Kommune.no"]).sendt_element


def test_nested_messages_are_flattened_with_their_origin() -> None:
    data = msg_bytes(
        subject="VS: Klage på vedtak",
        sender_name="Postmottak",
        sender_email="post@kommune.no",
        body="Til behandling.",
        sent=SENDT,
        embedded=[
            {
                "subject": "Klage på vedtak",
                "sender_name": "Ola Nordmann",
                "sender_email": "ola@example.no",
                "body": "Jeg klager.",
                "attachments": [("klage.pdf", _pdf(3))],
                "embedded": [
                    {"subject": "Vedtak", "body": "Vedtaket", "attachments": [("vedtak.pdf", _pdf())]}
                ],
            }
        ],
    )
    epost = les_epost_bytes(data, "vs.msg")
    assert [(v.filnavn, v.fra_melding, v.sider) for v in epost.vedlegg] == [
        ("Klage på vedtak.msg", None, None),
        ("klage.pdf", "Klage på vedtak", 3),
        ("Vedtak.msg", "Klage på vedtak", None),
        ("vedtak.pdf", "Vedtak", 1),
    ]
    assert epost.videresendt
    assert epost.opprinnelig_avsender is not None
    assert epost.opprinnelig_avsender.epost == "ola@example.no"
    assert "Meldingen er videresendt: avsenderen som vises er ikke den opprinnelige" in epost.advarsler


def test_missing_dates_use_the_file_time(tmp_path: Path) -> None:
    sti = write_msg(tmp_path / "udatert.msg", subject="Uten dato", body="x", headers=False)
    tid = datetime(2022, 1, 2, 3, 4, 5, tzinfo=UTC)
    os.utime(sti, (tid.timestamp(), tid.timestamp()))
    epost = les_epost(sti)
    assert (epost.sendt, epost.mottatt) == (None, tid)
    assert "Datoen i meldingen kunne ikke leses; filens tidspunkt er brukt" in epost.advarsler


def test_encrypted_and_broken_pdfs_are_kept_with_warnings() -> None:
    data = msg_bytes(
        subject="PDF-er",
        sent=SENDT,
        attachments=[("hemmelig.pdf", _pdf(1, passord="hemmelig")), ("ødelagt.pdf", b"%PDF-1.4\ngarbage")],
    )
    epost = les_epost_bytes(data, "pdf.msg")
    kryptert, ødelagt = epost.vedlegg
    assert kryptert.kryptert and kryptert.advarsel == "Vedlegget «hemmelig.pdf» er kryptert"
    assert ødelagt.sider is None and ødelagt.advarsel and "ødelagt.pdf" in ødelagt.advarsel
    assert "Vedlegget «hemmelig.pdf» er kryptert" in epost.advarsler
    assert ødelagt.data == b"%PDF-1.4\ngarbage"


def test_attachment_names_are_made_safe_and_unique() -> None:
    data = msg_bytes(
        subject="Navn",
        sent=SENDT,
        attachments=[("../../evil.pdf", b"a"), ("evil.pdf", b"b"), ("CON.txt", b"c"), ('a<b>"c".txt', b"d")],
    )
    epost = les_epost_bytes(data, "navn.msg")
    assert [v.filnavn for v in epost.vedlegg] == ["evil.pdf", "evil (2).pdf", "_CON.txt", "a_b__c_.txt"]
    assert epost.vedlegg[0].opprinnelig_navn == "../../evil.pdf"


def test_html_only_message_gets_text_for_the_index() -> None:
    html = "<html><head><style>p{color:red}</style></head><body><p>Hei <b>Kari</b></p><p>Linje&nbsp;to</p></body></html>"
    epost = les_epost_bytes(msg_bytes(subject="Html", html=html, sent=SENDT), "html.msg")
    assert epost.html == html
    assert epost.tekst == "Hei Kari\n\nLinje to"


# ---------------------------------------------------------------------------
# Forwarded messages: the original sender from quoted headers


@pytest.mark.parametrize(
    ("emne", "tekst", "forventet"),
    [
        (
            "VS: Søknad om barnehageplass",
            "Se under.\n\nFra: Kari Nordmann <kari@example.no>\nSendt: 3. mars 2024 10:12\n"
            "Til: Postmottak <post@kommune.no>\nEmne: Søknad om barnehageplass\n\nHei!",
            ("Kari Nordmann", "kari@example.no"),
        ),
        (
            "FW: Complaint",
            "FYI\n\n-----Original Message-----\nFrom: Ola <ola@x.no>\nSent: Monday, March 4, 2024 9:00 AM\n"
            "To: post@kommune.no\nSubject: Complaint\n\nText",
            ("Ola", "ola@x.no"),
        ),
        (
            "VS: Byggesak",
            "\n________________________________\nFra: Kari Nordmann [mailto:kari@x.no]\n"
            "Sendt: 4. mars 2024 09:00\nTil: Postmottak\nEmne: Byggesak\n",
            ("Kari Nordmann", "kari@x.no"),
        ),
        (
            "Fwd: Møte",
            "---------- Forwarded message ---------\nFrom: Per Hansen <per@example.com>\n"
            "Date: Tue, 5 Mar 2024 at 10:00\nSubject: Møte\nTo: <sb@kommune.no>\n",
            ("Per Hansen", "per@example.com"),
        ),
        (
            "WG: Anfrage",
            "> Von: Hans Müller <hans@example.de>\n> Gesendet: Mittwoch, 6. März 2024 11:00\n"
            "> An: post@kommune.no\n> Betreff: Anfrage\n",
            ("Hans Müller", "hans@example.de"),
        ),
        (
            "Videresendt uten prefiks",
            "-------- Videresendt melding --------\nEmne: Regning\nDato: Thu, 7 Mar 2024 12:00:00 +0100\n"
            "Fra: Eva Berg <eva@example.no>\nTil: post@kommune.no\n",
            ("Eva Berg", "eva@example.no"),
        ),
        (
            "VS: VS: Klage",
            "Fra: Leder <leder@kommune.no>\nSendt: 8. mars\nTil: SB\nEmne: VS: Klage\n\n"
            "Fra: Ola Klager <ola.klager@example.no>\nSendt: 7. mars\nTil: Leder\nEmne: Klage\n",
            ("Ola Klager", "ola.klager@example.no"),
        ),
        (
            "VS: Intern",
            "From: Nordmann, Kari\r\nSent: 8. mars 2024 08:00\r\nTo: Hansen, Per\r\nSubject: Intern\r\n",
            ("Nordmann, Kari", ""),
        ),
        (
            "VS: Exchange-tekst",
            "From: Kari <kari@example.no<mailto:kari@example.no>>\nSent: 8. mars\nTo: x\n",
            ("Kari", "kari@example.no"),
        ),
    ],
)
def test_forwarded_message_gives_the_original_sender(
    emne: str, tekst: str, forventet: tuple[str, str]
) -> None:
    videresendt, opprinnelig = finn_videresending(emne, tekst)
    assert videresendt
    assert opprinnelig is not None
    assert (opprinnelig.navn, opprinnelig.epost) == forventet


@pytest.mark.parametrize(
    ("emne", "tekst"),
    [
        (
            "SV: Søknad",
            "Takk!\n\nFra: Kari <kari@example.no>\nSendt: 3. mars\nTil: post@kommune.no\nEmne: Søknad\n",
        ),
        ("Søknad om plass", "Hei,\njeg søker om plass fra august.\nFra: mars er vi flyttet.\n"),
        ("RE: Complaint", "From: Ola <ola@x.no>\nSent: Monday\nTo: post@kommune.no\n"),
    ],
)
def test_replies_and_plain_messages_are_not_forwards(emne: str, tekst: str) -> None:
    assert finn_videresending(emne, tekst) == (False, None)


def test_forward_by_subject_without_quoted_header_still_warns() -> None:
    epost = les_epost_bytes(
        msg_bytes(
            subject="VS: Innspill", sender_name="Leder", sender_email="l@k.no", body="Se vedlegg", sent=SENDT
        ),
        "vs.msg",
    )
    assert epost.videresendt and epost.opprinnelig_avsender is None
    assert "Meldingen er videresendt: avsenderen som vises er ikke den opprinnelige" in epost.advarsler


# ---------------------------------------------------------------------------
# .eml through the standard library


def _eml_med_vedlegg() -> bytes:
    indre = EmailMessage()
    indre["From"] = "Ola Nordmann <ola@example.no>"
    indre["To"] = "post@kommune.no"
    indre["Subject"] = "Klage på vedtak"
    indre["Date"] = "Mon, 04 Mar 2024 09:00:00 +0100"
    indre.set_content("Jeg klager på vedtaket.")
    indre.add_attachment(_pdf(2), maintype="application", subtype="pdf", filename="klage.pdf")

    ytre = EmailMessage()
    ytre["From"] = '"Nordmann, Kari" <kari@example.no>'
    ytre["To"] = "Postmottak <post@kommune.no>, sb@kommune.no"
    ytre["Cc"] = "Åse Ødegård <ase@example.no>"
    ytre["Subject"] = "VS: Klage på vedtak"
    ytre["Date"] = "Tue, 05 Mar 2024 10:15:00 +0100"
    ytre["Message-ID"] = "<eml-1@example.no>"
    ytre.set_content(
        "Videresender klagen.\n\nFra: Ola Nordmann <ola@example.no>\nSendt: 4. mars\nEmne: Klage\n"
    )
    ytre.add_alternative("<p>Videresender <b>klagen</b>.</p>", subtype="html")
    ytre.add_attachment(b"Tekstvedlegg", maintype="text", subtype="plain", filename="notat.txt")
    ytre.add_attachment(indre)
    return bytes(ytre)


def test_eml_with_attachment_and_nested_message() -> None:
    epost = les_epost_bytes(_eml_med_vedlegg(), "klage.eml")
    assert epost.format == "eml"
    assert epost.emne == "VS: Klage på vedtak"
    assert (epost.avsender.navn, epost.avsender.epost) == ("Nordmann, Kari", "kari@example.no")
    assert [a.epost for a in epost.mottakere] == ["post@kommune.no", "sb@kommune.no"]
    assert [a.navn for a in epost.kopi] == ["Åse Ødegård"]
    assert epost.sendt == datetime(2024, 3, 5, 9, 15, tzinfo=UTC)
    assert epost.message_id == "<eml-1@example.no>"
    assert epost.tekst.startswith("Videresender klagen.")
    assert epost.html is not None and "<b>klagen</b>" in epost.html
    assert [(v.filnavn, v.mimetype, v.fra_melding, v.sider) for v in epost.vedlegg] == [
        ("notat.txt", "text/plain", None, None),
        ("Klage på vedtak.eml", "message/rfc822", None, None),
        ("klage.pdf", "application/pdf", "Klage på vedtak", 2),
    ]
    assert epost.vedlegg[0].data == b"Tekstvedlegg"
    nestet = les_epost_bytes(epost.vedlegg[1].data, epost.vedlegg[1].filnavn)
    assert nestet.emne == "Klage på vedtak" and len(nestet.vedlegg) == 1
    assert epost.videresendt
    assert epost.opprinnelig_avsender is not None and epost.opprinnelig_avsender.epost == "ola@example.no"


def test_eml_file_is_recognised_by_content_even_when_named_msg(tmp_path: Path) -> None:
    sti = tmp_path / "feil-endelse.msg"
    sti.write_bytes(_eml_med_vedlegg())
    assert les_epost(sti).format == "eml"


def test_eml_with_undecodable_text_is_read_with_a_warning() -> None:
    rå = (
        b"From: a@example.no\r\nTo: b@example.no\r\nSubject: Tegn\r\nDate: Tue, 05 Mar 2024 10:15:00 +0100\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: text/plain; charset="utf-8"\r\n'
        b"Content-Transfer-Encoding: 8bit\r\n\r\nBl\xe5b\xe6r\r\n"
    )
    epost = les_epost_bytes(rå, "tegn.eml")
    assert epost.tekst.startswith("Bl\ufffdb\ufffdr")
    assert any("tegnkoding" in a for a in epost.advarsler)


def test_single_part_eml_whose_body_is_a_file_keeps_the_file() -> None:
    msg = EmailMessage()
    msg["From"] = "skanner@kommune.no"
    msg["Subject"] = "Skannet dokument"
    msg["Date"] = "Tue, 05 Mar 2024 10:15:00 +0100"
    msg.set_content(_pdf(2), maintype="application", subtype="pdf", filename="skann.pdf")
    epost = les_epost_bytes(bytes(msg), "skann.eml")
    assert [(v.filnavn, v.sider) for v in epost.vedlegg] == [("skann.pdf", 2)]
    assert epost.tekst == ""


def test_eml_inline_image_is_marked_as_embedded() -> None:
    msg = EmailMessage()
    msg["From"] = "a@example.no"
    msg["Subject"] = "Bilde"
    msg["Date"] = "Tue, 05 Mar 2024 10:15:00 +0100"
    msg.set_content("Se bildet")
    msg.add_alternative('<p>Se <img src="cid:logo@x"></p>', subtype="html")
    msg.get_payload()[1].add_related(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png", cid="<logo@x>")
    epost = les_epost_bytes(bytes(msg), "bilde.eml")
    (bilde,) = epost.vedlegg
    assert bilde.innebygd and bilde.content_id == "logo@x" and bilde.filnavn == "vedlegg.png"


# ---------------------------------------------------------------------------
# RTF unwrapping and file names


def test_rtf_unwrapping_follows_the_ms_oxrtfex_example() -> None:
    rtf = (
        rb"{\rtf1\ANSI\ansicpg1251\fromhtml1 \deff0{\fonttbl {\f0\fmodern Courier New;}"
        rb"{\f1\fswiss Arial;}{\f2\fswiss\fcharset0 Arial;}}{\colortbl\red0\green0\blue0;}"
        rb"{\*\htmltag64}\uc1\pard\plain\deftab360 \f0\fs24 {\*\htmltag <HTML><head>\par <style>\par "
        rb"p \{font-family:Arial;\}\par </style>\par </head><body><p>}{\htmlrtf \f1 \htmlrtf0 Tekst "
        rb"{\*\htmltag <b>}{\htmlrtf \b \htmlrtf0 fet{\*\htmltag </b>}} \htmlrtf\par\htmlrtf0}"
        rb"{\*\htmltag &nbsp;}\htmlrtf \'a0\htmlrtf0 \'e0\u8364?{\*\htmltag </p></body></HTML>}}"
    )
    html = rtf_tolk(rtf, som_html=True)
    assert html == (
        "<HTML><head>\n<style>\np {font-family:Arial;}\n</style>\n</head><body><p>"
        "Tekst <b>fet</b> &nbsp;а€</p></body></HTML>"
    )
    assert rtf_tolk(rtf, som_html=False) == "Tekst fet \n\xa0а€"
    assert rtf_tolk(rb"{\rtf1\ansi Bare RTF\par}", som_html=True) is None


@pytest.mark.parametrize(
    ("navn", "forventet"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\kari\\rapport.pdf", "rapport.pdf"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("Lpt9.tar.gz", "_Lpt9.tar.gz"),
        ("NUL .txt", "_NUL .txt"),
        ("COM10.txt", "COM10.txt"),
        ('a<b>c:d"e|f?g*.pdf', "a_b_c_d_e_f_g_.pdf"),
        ("rapport. . ", "rapport"),
        ("  mellomrom  .docx", "mellomrom .docx"),
        ("linje\r\nskift\t.txt", "linje skift .txt"),
        ("\u202egnp.exe", "gnp.exe"),
        ("nul\x00byte.pdf", "nul byte.pdf"),
        ("", "vedlegg"),
        ("...", "vedlegg"),
        ("///", "vedlegg"),
        ("???", "vedlegg"),
        (".htaccess", ".htaccess"),
        ("Møtereferat 12.03.2024.docx", "Møtereferat 12.03.2024.docx"),
    ],
)
def test_safe_file_names(navn: str, forventet: str) -> None:
    assert trygt_filnavn(navn) == forventet


def test_safe_file_name_fallback_and_length_limits() -> None:
    assert trygt_filnavn("", standard="melding.msg") == "melding.msg"
    lang = trygt_filnavn("x" * 300 + ".pdf")
    assert len(lang) == 150 and lang.endswith(".pdf")
    norsk = trygt_filnavn("æ" * 200 + ".docx")
    assert norsk.endswith(".docx") and len(norsk.encode("utf-8")) <= 240


def test_unique_file_names() -> None:
    assert unike_filnavn(["x.pdf", "X.pdf", "x.pdf", "y", "y"]) == [
        "x.pdf",
        "X (2).pdf",
        "x (3).pdf",
        "y",
        "y (2)",
    ]
    lange = unike_filnavn(["a" * 146 + ".pdf"] * 2)
    assert lange[1].endswith(" (2).pdf") and len(lange[1]) <= 150


_FREMMEDE = ("sqlalchemy", "PySide6", "shiboken6", "app.store", "app.services", "app.views", "app.widgets")
"""What the e-mail format package must never pull in: no database, no Qt, nothing above it."""


def test_epost_pakken_har_ingen_database_og_ingen_qt() -> None:
    """app.epost is file formats only: reading a .msg and an .eml loads no database layer and no Qt."""
    rot = Path(__file__).resolve().parents[1]
    moduler = sorted(
        "app.epost." + f.stem for f in (rot / "app" / "epost").glob("*.py") if f.stem != "__init__"
    )
    assert len(moduler) >= 8
    kode = (
        "import importlib, sys\n"
        + "".join(f"importlib.import_module({m!r})\n" for m in moduler)
        + "from tests.support.msgwriter import msg_bytes\n"
        + "from app.epost import les_epost_bytes\n"
        + "m = les_epost_bytes(msg_bytes(subject='VS: Hei', sender_email='k@example.no', body='Tekst'), 'a.msg')\n"
        + "e = les_epost_bytes(b'From: k@example.no\\nSubject: Hei\\n\\nTekst\\n', 'b.eml')\n"
        + "from app.epost.arkivvisning import hode_html\n"
        + "assert 'Hei' in hode_html(m) and e.emne == 'Hei'\n"
        + f"print(sorted(n for n in sys.modules if n.startswith({_FREMMEDE!r})))\n"
    )
    ut = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, cwd=rot, check=True)
    assert ut.stdout.strip() == "[]", f"app.epost loaded: {ut.stdout}"


def test_epost_pakken_importerer_ingen_database_selv_ikke_lat() -> None:
    """The same line for imports inside functions (extract-msg and pypdf are imported lazily)."""
    import ast

    for fil in (Path(__file__).resolve().parents[1] / "app" / "epost").glob("*.py"):
        for node in ast.walk(ast.parse(fil.read_text(encoding="utf-8"))):
            navn = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                navn = [node.module or ""]
            for n in navn:
                assert not n.startswith(_FREMMEDE), f"{fil.name} imports {n}"


def test_broken_utf16_text_is_replaced_with_a_warning() -> None:
    data = msg_bytes(
        subject="Hei §", sender_name="Kari §", sender_email="k@example.no", body="Tekst §", sent=SENDT
    )
    ødelagt = data.replace("§".encode("utf-16-le"), b"\x3d\xd8")  # half of a UTF-16 surrogate pair
    epost = les_epost_bytes(ødelagt, "halv.msg")
    assert epost.emne == "Hei \ufffd"
    assert epost.avsender is not None and epost.avsender.epost == "k@example.no"
    assert (
        "Noen tegn i meldingen kunne ikke leses (ukjent tegnkoding) og er erstattet med «\ufffd»"
        in epost.advarsler
    )
