"""eInnsyn publishes the public documents' files: the PDF/A of each marked document of a public post.

The fake (tests/support/einnsyn.py) validates every request body against the OpenAPI and decodes
each dokumentobjekt's ``referanseDokumentfil`` (the spec has no upload route; the file goes as a
data: URI with its SHA-256), so the tests can compare what arrived with what the archive holds.
"""

from __future__ import annotations

import hashlib

import keyring
import pytest

from app.services import arkivformat, einnsyn, innstillinger, journalposter, saker, visning
from app.services.arbeid import Kontekst
from app.services.dokumenter import FilInn
from app.services.journalposter import NyJournalpost, PartInn
from tests.support.einnsyn import MinneNokkelring
from tests.support.einnsyn import einnsyn as falsk_einnsyn

ARKIV = "ALA"
BREV = b"%PDF-1.7 produksjon brev"
BREV_A = b"%PDF-1.7 %PDF/A-2b brev \x00\xff\xfe binary " + bytes(range(256))
VEDLEGG_A = b"%PDF-1.7 %PDF/A-2b vedlegg " + bytes(range(255, -1, -1))


@pytest.fixture
def nokkelring():
    forrige = keyring.get_keyring()
    keyring.set_keyring(MinneNokkelring())
    yield
    keyring.set_keyring(forrige)


@pytest.fixture
def oppsett(demo_sqlite, httpserver, nokkelring):
    ctx = Kontekst(demo_sqlite, ARKIV)
    falsk, url = falsk_einnsyn(httpserver)
    innstillinger.sett_innstilling(ctx, "einnsyn_url", url)
    innstillinger.sett_innstilling(ctx, "einnsyn_ventetid_dager", "0")
    einnsyn.lagre_api_noekkel(ctx, "test-nokkel")
    return ctx, falsk


def _post(ctx, tittel: str, *, merk: bool = True, ekstra: list[FilInn] = (), **kw) -> str:  # type: ignore[assignment]
    """A journalført I with a hoveddokument and a vedlegg, both with arkivformat, all marked."""
    sak = saker.opprett_sak(ctx, tittel="Byggesak Storgata 1", klasse="000").saksnummer
    ny = NyJournalpost(
        sak=sak, type="I", tittel=tittel, avsendere=[PartInn("Bygg og Anlegg AS")],
        filer=[FilInn("brev.pdf", BREV, tilknytning="hoveddokument", arkivformat=BREV_A),
               FilInn("vedlegg.pdf", VEDLEGG_A, arkivformat=VEDLEGG_A), *ekstra], **kw,
    )  # fmt: skip
    nr = journalposter.registrer_journalpost(ctx, ny).journalpostnummer
    journalposter.journalfor(ctx, nr)
    if merk:
        for d in visning.vis_journalpost(ctx, nr).dokumenter:
            einnsyn.merk_dokument(ctx, d.id)
    return nr


def _jp(falsk, nr: str) -> dict:
    return next(o for o in falsk.av_type("journalpost") if o["externalId"].endswith(":" + nr))


def _filer(falsk, nr: str) -> list[bytes | None]:
    return [falsk.fil(d) for d in falsk.dokumenter(_jp(falsk, nr))]


@pytest.fixture
def oppsett_begge(demo_db, httpserver, nokkelring):
    """On SQLite and on PostgreSQL (the archive reads the stored files under row-level security)."""
    from app.store import models as m

    ctx = Kontekst(demo_db, ARKIV)
    falsk, url = falsk_einnsyn(httpserver)
    for navn, verdi in (("einnsyn_url", url), ("einnsyn_ventetid_dager", "0")):
        if demo_db.er_postgres:
            with demo_db.session() as s:
                s.merge(m.Innstilling(navn=navn, verdi=verdi))
                s.commit()
        else:
            innstillinger.sett_innstilling(ctx, navn, verdi)
    einnsyn.lagre_api_noekkel(ctx, "test-nokkel")
    return ctx, falsk


def test_filene_til_en_offentlig_post_kommer_fram_byte_for_byte(oppsett_begge):
    ctx, falsk = oppsett_begge
    nr = _post(ctx, "Søknad om rammetillatelse")

    einnsyn.publiser(ctx)

    assert falsk.avviste == []
    dokumenter = falsk.dokumenter(_jp(falsk, nr))
    assert [(d["tittel"], d["tilknyttetRegistreringSom"]) for d in dokumenter] == [
        ("brev.pdf", "hoveddokument"), ("vedlegg.pdf", "vedlegg")
    ]  # fmt: skip
    assert _filer(falsk, nr) == [BREV_A, VEDLEGG_A]  # the arkivformat, not the production file
    objekt = falsk.objekter[dokumenter[0]["dokumentobjekt"][0]]
    assert objekt["sjekksum"] == hashlib.sha256(BREV_A).hexdigest()
    assert objekt["sjekksumAlgoritme"] == "SHA-256" and objekt["format"] == "PDF/A"


def test_ingen_fil_fra_en_skjermet_post_og_umerkede_dokumenter_sendes_ikke(oppsett):
    ctx, falsk = oppsett
    # P is listed with its shielded fields replaced; U is left off the journal entirely (003, issue 20 item 9).
    skjermet = _post(ctx, "Klage", tilgangskode="P", hjemmel="Offl. § 25", nivaa=1)
    utelatt = _post(ctx, "Klage", tilgangskode="U", hjemmel="Offl. § 13", nivaa=1)
    umerket = _post(ctx, "Nabovarsel", merk=False)

    einnsyn.publiser(ctx)

    assert falsk.dokumenter(_jp(falsk, skjermet)) == [] and falsk.dokumenter(_jp(falsk, umerket)) == []
    assert not [o for o in falsk.av_type("journalpost") if o["externalId"].endswith(":" + utelatt)]
    assert falsk.av_type("dokumentobjekt") == [] and falsk.mottatte_filer == []


def test_oppdatering_skjerming_ny_versjon_og_avmerking_rydder_dokumentene(oppsett):
    ctx, falsk = oppsett
    # A document without arkivformat yet: its description goes now, its file when the PDF/A exists.
    nr = _post(ctx, "Søknad om dispensasjon", ekstra=[FilInn("tegning.docx", b"PK\x03\x04 docx")])
    einnsyn.publiser(ctx)
    assert _filer(falsk, nr) == [BREV_A, VEDLEGG_A, None]
    tegning = next(d for d in visning.vis_journalpost(ctx, nr).dokumenter if d.tittel == "tegning.docx")
    tegning_a = b"%PDF-1.7 %PDF/A-2b tegning"
    arkivformat.lagre_arkivformat(ctx, nr, dokument_id=tegning.id, versjon=1, pdf=tegning_a)
    assert einnsyn.publiser(ctx).oppdatert == 1
    assert _filer(falsk, nr) == [BREV_A, VEDLEGG_A, tegning_a]
    assert falsk.mottatte_filer == [BREV_A, VEDLEGG_A, tegning_a]  # an update resends no old file

    vedlegg = next(d for d in visning.vis_journalpost(ctx, nr).dokumenter if d.tittel == "vedlegg.pdf")
    einnsyn.merk_dokument(ctx, vedlegg.id, publiser=False)
    einnsyn.publiser(ctx)
    assert [d["tittel"] for d in falsk.dokumenter(_jp(falsk, nr))] == ["brev.pdf", "tegning.docx"]

    # P keeps the post on the journal with its shielded fields replaced (U would withdraw it):
    # the update takes every document and file along.
    journalposter.skjerm_journalpost(ctx, nr, kode="P", hjemmel="Offl. § 25", nivaa=1)
    assert einnsyn.publiser(ctx).oppdatert == 1
    assert falsk.dokumenter(_jp(falsk, nr)) == []
    assert falsk.av_type("dokumentbeskrivelse") == [] and falsk.av_type("dokumentobjekt") == []
    assert falsk.filer == {}
    assert falsk.avviste == []


def test_tilbaketrekking_tar_dokumentene_og_filene_med(oppsett):
    ctx, falsk = oppsett
    nr = _post(ctx, "Søknad om ferdigattest")
    einnsyn.publiser(ctx)
    assert falsk.filer

    journalposter.feilregistrer(ctx, nr, grunn="Feil sak")
    assert einnsyn.publiser(ctx).trukket == 1

    assert not [o for o in falsk.av_type("journalpost") if o["externalId"].endswith(":" + nr)]
    assert falsk.av_type("dokumentbeskrivelse") == [] and falsk.av_type("dokumentobjekt") == []
    assert falsk.filer == {}


def test_et_nytt_forsok_sender_ingen_fil_to_ganger(oppsett):
    ctx, falsk = oppsett
    nr = _post(ctx, "Søknad om tilskudd")
    falsk.mist_svar_paa_fil = 1  # the first file arrives, its answer is lost

    forste = einnsyn.publiser(ctx)
    assert forste.feilet == 1
    assert next(s for s in einnsyn.status(ctx) if s.journalpostnummer == nr).status.startswith("feilet")

    andre = einnsyn.publiser(ctx)
    tredje = einnsyn.publiser(ctx)

    assert andre.oppdatert == 1 and andre.feilet == 0 and tredje.uendret >= 1
    assert _filer(falsk, nr) == [BREV_A, VEDLEGG_A]
    assert falsk.mottatte_filer == [BREV_A, VEDLEGG_A]  # each file once, whatever the retries
    assert len(falsk.av_type("dokumentbeskrivelse")) == 2 and len(falsk.av_type("dokumentobjekt")) == 2


def test_falsk_einnsyn_avviser_det_spesifikasjonen_avviser(oppsett):
    """The fake can fail: a dokumentbeskrivelse without its required fields, a bad checksum, a route the API lacks."""
    from werkzeug.test import EnvironBuilder

    _, falsk = oppsett
    jp = falsk._ny("journalpost", {"externalId": "x"})

    def kall(metode, sti, body):
        return falsk(EnvironBuilder(method=metode, path=sti, json=body,
                                    headers={"API-KEY": "test-nokkel"}).get_request())  # fmt: skip

    assert kall("POST", f"/journalpost/{jp['id']}/dokumentbeskrivelse", {"tittel": "x"}).status_code == 400
    assert kall("POST", f"/journalpost/{jp['id']}/dokumentbeskrivelse",
                {"tittel": "x", "tittelSensitiv": "x", "dokumentnummer": "en",
                 "tilknyttetRegistreringSom": "vedlegg"}).status_code == 400  # fmt: skip
    db = kall("POST", f"/journalpost/{jp['id']}/dokumentbeskrivelse",
              {"tittel": "x", "tittelSensitiv": "x", "dokumentnummer": 1,
               "tilknyttetRegistreringSom": "vedlegg"})  # fmt: skip
    assert db.status_code == 201
    db_id = db.get_json()["id"]
    feil_sum = {"referanseDokumentfil": "data:application/pdf;base64,JVBERg==", "sjekksum": "0" * 64,
                "sjekksumAlgoritme": "SHA-256"}  # fmt: skip
    assert kall("POST", f"/dokumentbeskrivelse/{db_id}/dokumentobjekt", feil_sum).status_code == 400
    assert (
        kall("POST", f"/dokumentbeskrivelse/{db_id}/dokumentobjekt", {"format": "PDF/A"}).status_code == 400
    )
    assert kall("PUT", f"/dokumentbeskrivelse/{db_id}/fil", {}).status_code == 404
    assert falsk.mottatte_filer == []
