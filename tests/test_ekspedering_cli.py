"""``saksbord jp ekspeder`` and ``saksbord forsendelse status`` against a real SMTP server."""

from __future__ import annotations

import email
import json
from email.policy import default

import pytest

from app.services.journalposter import PartInn
from tests.support.cli import kjor_cli
from tests.support.smtp import SmtpTjener
from tests.test_ekspedering_utsending import brev, eldre_notat_til_ekstern, sidetekster


@pytest.fixture
def smtp():
    tjener = SmtpTjener().start()
    yield tjener
    tjener.stopp()


def test_cli_sender_epost_og_papir_og_viser_status(demo_sqlite, smtp, tmp_path):
    db = demo_sqlite
    sti = str(tmp_path / "demo.sqlite")
    jpnr = brev(
        db,
        PartInn("Anne Mottaker", epost="anne@eksempel.no"),
        PartInn("Cato Papir", adresse="Storgata 1", postnummer="2211", poststed="Kongsvinger"),
    )
    for navn, verdi in (
        ("smtp.vert", "127.0.0.1"),
        ("smtp.port", str(smtp.port)),
        ("smtp.sikkerhet", "ingen"),
    ):
        assert kjor_cli("--db", sti, "innstilling", "sett", navn, verdi, "--bruker", "ALA").returncode == 0
    til = tmp_path / "cato.pdf"
    ut = kjor_cli(
        "--db", sti, "jp", "ekspeder", jpnr, "--kanal", "Anne Mottaker=epost", "--kanal", "Cato Papir=papir",
        "--til", str(til), "--tekst", "Vedtaket følger vedlagt.", "--bruker", "OHA",
    )  # fmt: skip
    assert ut.returncode == 0, ut
    assert f"Journalpost {jpnr} er ekspedert" in ut.stdout
    [post] = smtp.postkasse.mottatt
    assert post.til == ["anne@eksempel.no"]
    assert post.melding.get_body(("plain",)).get_content().strip() == "Vedtaket følger vedlagt."
    assert "Cato Papir" in sidetekster(til.read_bytes())[0]

    st = kjor_cli("--db", sti, "forsendelse", "status", jpnr, "--bruker", "OHA", "--json")
    data = json.loads(st.stdout)
    assert data["status"] == "E"
    assert {(f["mottaker"], f["kanal"], f["status"]) for f in data["forsendelser"]} == {
        ("Anne Mottaker", "epost", "sendt"), ("Cato Papir", "papir", "sendt")
    }  # fmt: skip
    assert [f["ekstern_id"] for f in data["forsendelser"] if f["kanal"] == "epost"] == [
        post.melding["Message-ID"]
    ]


def test_cli_delvis_sendt_gir_kode_1_og_nytt_forsok_sender_resten(demo_sqlite, smtp, tmp_path):
    db = demo_sqlite
    sti = str(tmp_path / "demo.sqlite")
    jpnr = brev(
        db,
        PartInn("Anne Mottaker", epost="anne@eksempel.no"),
        PartInn("Bjørn Mottaker", epost="bjorn@eksempel.no"),
    )
    for navn, verdi in (
        ("smtp.vert", "127.0.0.1"),
        ("smtp.port", str(smtp.port)),
        ("smtp.sikkerhet", "ingen"),
    ):
        kjor_cli("--db", sti, "innstilling", "sett", navn, verdi, "--bruker", "ALA")
    smtp.postkasse.avvis.add("bjorn@eksempel.no")
    ut = kjor_cli("--db", sti, "jp", "ekspeder", jpnr, "--kanal", "epost", "--bruker", "OHA")
    assert ut.returncode == 1
    assert "delvis sendt; gjenstår: Bjørn Mottaker" in ut.stdout
    st = kjor_cli("--db", sti, "forsendelse", "status", jpnr, "--bruker", "OHA")
    assert "Delvis sendt: 1 mottaker(e) gjenstår" in st.stdout and "feilet" in st.stdout
    smtp.postkasse.avvis.clear()
    ut = kjor_cli("--db", sti, "jp", "ekspeder", jpnr, "--bruker", "OHA")
    assert ut.returncode == 0, ut
    assert sorted(x.til[0] for x in smtp.postkasse.mottatt) == ["anne@eksempel.no", "bjorn@eksempel.no"]


def test_cli_uten_smtp_skriver_eml_i_mappen(demo_sqlite, tmp_path):
    db = demo_sqlite
    sti = str(tmp_path / "demo.sqlite")
    jpnr = brev(db, PartInn("Anne Mottaker", epost="anne@eksempel.no"))
    mappe = tmp_path / "utkast"
    ut = kjor_cli(
        "--db", sti, "jp", "ekspeder", jpnr, "--kanal", "epost", "--mappe", str(mappe), "--bruker", "OHA"
    )
    assert ut.returncode == 0, ut
    [eml] = mappe.glob("*.eml")
    melding = email.message_from_bytes(eml.read_bytes(), policy=default)
    assert melding["X-Unsent"] == "1" and melding["To"] == "Anne Mottaker <anne@eksempel.no>"


def test_cli_n_til_ekstern_avvises(demo_sqlite, tmp_path):
    db = demo_sqlite
    sti = str(tmp_path / "demo.sqlite")
    jpnr = eldre_notat_til_ekstern(db)
    ut = kjor_cli("--db", sti, "jp", "ekspeder", jpnr, "--bruker", "OHA")
    assert ut.returncode == 1
    assert "bare til interne mottakere" in ut.stderr and "Ekstern Person er ekstern" in ut.stderr
