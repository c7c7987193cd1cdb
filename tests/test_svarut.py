"""The SvarUt client against a fake SvarUt that validates every request against the v2 OpenAPI files."""

from __future__ import annotations

import json

import httpx
import pytest

from app.integrasjoner.fiks.cms import dekrypter
from app.integrasjoner.fiks.svarut import (
    SvarUtDokument,
    SvarUtFeil,
    SvarUtForsendelse,
    SvarUtKlient,
    SvarUtMottaker,
    SvarUtTidsavbrudd,
    trygge_filnavn,
)
from tests.support.cms_nokler import lag_nokkelpar

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _klient(fake, **kw) -> SvarUtKlient:
    return SvarUtKlient(fake.url, fake.konto_id, fake.passord, **kw)


def _forsendelse(ref: str = "saksbord-ekspedering-1", **kw) -> SvarUtForsendelse:
    mottaker = kw.pop(
        "mottaker",
        SvarUtMottaker(
            navn="Kari Nordmann",
            adresse="Storgata 1\nLeilighet H0201",
            postnummer="2211",
            poststed="KONGSVINGER",
            fodselsnummer="01017012345",
        ),
    )
    dokumenter = kw.pop(
        "dokumenter",
        [
            SvarUtDokument("Vedtak om byggetillatelse.pdf", "application/pdf", PDF),
            SvarUtDokument("Situasjonskart.pdf", "application/pdf", PDF + b"vedlegg"),
        ],
    )
    return SvarUtForsendelse("Vedtak om byggetillatelse", mottaker, dokumenter, ref, **kw)


def test_send_lagrer_forsendelsen_slik_spesifikasjonen_sier(svarut_fake):
    with _klient(svarut_fake) as k:
        fid = k.send(_forsendelse())
        status = k.status(fid)

    assert svarut_fake.ugyldige == []
    lagret = svarut_fake.forsendelser[fid]
    assert lagret.metadata["tittel"] == "Vedtak om byggetillatelse"
    assert lagret.metadata["eksternReferanse"] == "saksbord-ekspedering-1"
    assert lagret.metadata["mottaker"] == {
        "navn": "Kari Nordmann",
        "digitalId": "01017012345",
        "adresselinje1": "Storgata 1",
        "adresselinje2": "Leilighet H0201",
        "postnummer": "2211",
        "poststed": "KONGSVINGER",
    }
    assert lagret.metadata["kunDigitalLevering"] is False
    assert [(f[0], f[1], f[2]) for f in lagret.filer] == [
        ("Vedtak om byggetillatelse.pdf", "application/pdf", PDF),
        ("Situasjonskart.pdf", "application/pdf", PDF + b"vedlegg"),
    ]
    assert status.status == "MOTTATT"
    assert status.detalj == "Mottatt"
    assert status.tidspunkt is not None and status.tidspunkt.tzinfo is not None
    assert not status.endelig


def test_status_gaar_til_lest_og_til_printet(svarut_fake):
    with _klient(svarut_fake) as k:
        digital = k.send(_forsendelse("ref-digital"))
        papir = k.send(_forsendelse("ref-papir"))
        assert k.status(digital).status == "MOTTATT"

        svarut_fake.sett_status(digital, "AKSEPTERT", "Akseptert for ekspedering")
        assert k.status(digital).status == "AKSEPTERT"
        svarut_fake.les(digital)
        svarut_fake.skriv_ut(papir)
        lest, printet = k.status(digital), k.status(papir)

    assert (lest.status, lest.detalj, lest.endelig, lest.mislykket) == (
        "LEST",
        "Lest av mottaker",
        True,
        False,
    )
    assert (printet.status, printet.detalj, printet.endelig) == ("PRINTET", "Printet og sendt i posten", True)
    assert svarut_fake.ugyldige == []


def test_tidsavbrudd_etter_mottak_og_oppslaget_finner_nøyaktig_en(svarut_fake):
    svarut_fake.forsinkelse = 2.0
    f = _forsendelse("saksbord-ekspedering-42")
    with _klient(svarut_fake, tidsavbrudd=0.5) as k:
        with pytest.raises(SvarUtTidsavbrudd) as feil:
            k.send(f)
        assert feil.value.permanent is False
        assert "ekstern referanse" in str(feil.value)
        # The retry rule: look it up by our reference before sending again.
        funnet = k.finn("saksbord-ekspedering-42")
        assert k.finn("saksbord-ekspedering-annen") == []

    assert funnet == list(svarut_fake.forsendelser)
    assert len(funnet) == 1
    assert [k for k, _ in svarut_fake.kall].count("send") == 1


def test_permanent_avvisning(svarut_fake):
    svarut_fake.avvis_neste("Mottaker har ugyldig fødselsnummer")
    with _klient(svarut_fake) as k, pytest.raises(SvarUtFeil) as feil:
        k.send(_forsendelse())
    assert feil.value.permanent is True
    assert "Mottaker har ugyldig fødselsnummer" in str(feil.value)
    assert "HTTP 400" in str(feil.value)
    assert svarut_fake.forsendelser == {}


def test_feil_passord_er_ikke_permanent(svarut_fake):
    with SvarUtKlient(svarut_fake.url, svarut_fake.konto_id, "feil") as k, pytest.raises(SvarUtFeil) as feil:
        k.send(_forsendelse())
    assert feil.value.permanent is False
    assert "innloggingen" in str(feil.value)
    assert svarut_fake.forsendelser == {}


def test_manglende_postadresse_stoppes_for_noe_sendes(svarut_fake):
    uten_adresse = SvarUtMottaker("Ola Nordmann", "", "", "", fodselsnummer="01017012345")
    with _klient(svarut_fake) as k:
        with pytest.raises(SvarUtFeil, match="Ola Nordmann mangler postadresse") as feil:
            k.send(_forsendelse(mottaker=uten_adresse))
        assert feil.value.permanent is True
        uten_id = SvarUtMottaker("Ola Nordmann", "", "", "")
        with pytest.raises(SvarUtFeil, match="mangler fødselsnummer eller organisasjonsnummer"):
            k.send(_forsendelse(mottaker=uten_id, skriv_ut_som_fallback=False))
        # Digital only, by organisasjonsnummer, with no address: accepted.
        fid = k.send(
            _forsendelse(
                mottaker=SvarUtMottaker("Bygg AS", "", "", "", organisasjonsnummer="987654321"),
                skriv_ut_som_fallback=False,
            )
        )
    assert svarut_fake.kall == [("send", f"/v2/kontoer/{svarut_fake.konto_id}/forsendelser")]
    assert svarut_fake.forsendelser[fid].metadata["kunDigitalLevering"] is True
    assert svarut_fake.forsendelser[fid].metadata["mottaker"] == {"navn": "Bygg AS", "digitalId": "987654321"}


def test_filnavn_blir_unike_og_lovlige(svarut_fake):
    dokumenter = [
        SvarUtDokument("brev.pdf", "application/pdf", PDF),
        SvarUtDokument("Brev.pdf", "application/pdf", PDF),
        SvarUtDokument('svar: "ja/nei"?.pdf', "application/pdf", PDF),
        SvarUtDokument("kart.png", "image/png", b"\x89PNG"),
    ]
    with _klient(svarut_fake) as k:
        fid = k.send(_forsendelse(dokumenter=dokumenter))
    lagret = svarut_fake.forsendelser[fid]
    assert [f[0] for f in lagret.filer] == ["brev.pdf", "Brev (2).pdf", "svar_ _ja_nei__.pdf", "kart.png"]
    # A non-PDF cannot be printed: the schema asks for it to be excluded from the print fallback.
    assert lagret.metadata["dokumenter"][3] == {
        "filnavn": "kart.png",
        "mimeType": "image/png",
        "skalEkskluderesFraUtskrift": True,
    }
    assert trygge_filnavn(["x" * 300 + ".pdf"])[0].endswith(".pdf")
    assert len(trygge_filnavn(["x" * 300 + ".pdf"])[0]) <= 226


def test_niva4_uten_sertifikat_sendes_ikke(svarut_fake):
    with _klient(svarut_fake) as k, pytest.raises(SvarUtFeil, match="Nivå 4") as feil:
        k.send(_forsendelse(krever_niva4=True))
    assert feil.value.permanent is True
    assert svarut_fake.kall == []


def test_ukjent_forsendelse_og_nede_tjeneste(svarut_fake):
    with _klient(svarut_fake) as k, pytest.raises(SvarUtFeil, match="kjenner ikke") as feil:
        k.status("d6b23522-ddf3-462a-8140-16e59e1f476d")
    assert feil.value.permanent is True
    with (
        SvarUtKlient("http://127.0.0.1:9", "konto", "passord", tidsavbrudd=2) as k,
        pytest.raises(SvarUtFeil) as nede,
    ):
        k.finn("ref")
    assert nede.value.permanent is False
    assert "Fikk ikke kontakt med SvarUt" in str(nede.value)


def test_falsken_avviser_det_spesifikasjonen_avviser(svarut_fake):
    """The fake's schema check can fail: a forsendelse without tittel and with a stray part is refused."""
    metadata = {
        "mottaker": {"navn": "Kari"},
        "dokumenter": [{"filnavn": "a.pdf", "mimeType": "application/pdf"}],
    }
    svar = httpx.post(
        f"{svarut_fake.url}/v2/kontoer/{svarut_fake.konto_id}/forsendelser",
        auth=(svarut_fake.konto_id, svarut_fake.passord),
        files=[
            ("forsendelse", (None, json.dumps(metadata).encode(), "application/json")),
            ("filer", ("b.pdf", PDF, "application/pdf")),
        ],
    )
    assert svar.status_code == 400
    assert any("'tittel' is a required property" in k for k in svarut_fake.ugyldige)
    assert any("stemmer ikke med dokumenter" in k for k in svarut_fake.ugyldige)
    assert svarut_fake.forsendelser == {}


def test_niva4_krypterer_dokumentene_til_svaruts_sertifikat(svarut_fake):
    svarut = lag_nokkelpar("SvarUt")
    with _klient(svarut_fake, svarut_sertifikat=svarut.sertifikat_pem) as k:
        fid = k.send(_forsendelse(krever_niva4=True))
    lagret = svarut_fake.forsendelser[fid]
    assert svarut_fake.ugyldige == []
    assert (lagret.metadata["krevNiva4Innlogging"], lagret.metadata["kryptert"]) == (True, True)
    assert PDF not in lagret.filer[0][2]
    assert [dekrypter(f[2], svarut.nokkel) for f in lagret.filer] == [PDF, PDF + b"vedlegg"]


def test_fiks_kjenner_ingen_database_og_ingen_qt():
    """The Fiks clients are plain HTTP and CMS: importing them loads neither SQLAlchemy nor Qt."""
    import subprocess
    import sys
    from pathlib import Path

    kode = (
        "import sys, app.integrasjoner.fiks.svarut, app.integrasjoner.fiks.svarinn, app.integrasjoner.fiks.cms\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'PySide6', 'shiboken6', 'psycopg'}))"
    )
    ut = subprocess.run(
        [sys.executable, "-c", kode],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[1],
    )
    assert ut.stdout.strip() == "[]"
