"""Documents through the services, on SQLite and PostgreSQL: templates, check-in, arkivformat, sak closing.

LibreOffice and Ghostscript are the real ones (.ci/run installs them); the
tests that need them are skipped, saying so, where they are missing.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from datetime import date

import pikepdf
import pytest
from sqlalchemy import select

from app.dokumenter.maler import datotekst, les_manifest
from app.dokumenter.pdfa import sjekk_pdfa
from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.services import (
    arkivformat,
    avskrivning,
    dokumenter,
    dokumentmal,
    dokumentordning,
    ekspedering,
    journalposter,
    maler,
    saker,
)
from app.services.arbeid import Kontekst
from app.services.journalposter import NyJournalpost, PartInn
from app.store import models as m
from tests.test_dokumenter_maler import docx_tekst

trenger_lo_gs = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("gs") is None,
    reason="LibreOffice og Ghostscript trengs; .ci/run installerer libreoffice-writer-nogui og ghostscript",
)

KOMMUNE = {
    "kommune_navn": "Kongsvinger kommune",
    "kommune_adresse": "Rådhusplassen 1",
    "kommune_postnummer": "2226",
    "kommune_poststed": "Kongsvinger",
    "kommune_telefon": "62 87 00 00",
    "kommune_epost": "postmottak@kongsvinger.kommune.no",
    "kommune_orgnr": "944 117 784",
}


def ctx(db, ini):
    return Kontekst(db, ini)


@pytest.fixture
def db(demo_db):
    for navn, verdi in KOMMUNE.items():
        demo_db.sett_innstilling(navn, verdi)
    with demo_db.session() as s, s.begin():
        s.scalar(select(m.Bruker).where(m.Bruker.initialer == "OHA")).telefon = "62 87 01 23"
    return demo_db


@pytest.fixture
def sak(db):
    return saker.opprett_sak(ctx(db, "OHA"), tittel="Byggesak Storgata 1", klasse="L42").saksnummer


def registrer(db, sak, type_, *, mal=None, tittel="Svar om byggeløyve for Storgata 1", **kw):
    mottakere = {
        "U": [PartInn("Kari Nordmann", adresse="Storgata 1", postnummer="0150", poststed="Oslo")],
        "N": [PartInn("KLE")],
    }.get(type_, [])
    ny = NyJournalpost(
        sak=sak,
        type=type_,
        tittel=tittel,
        mottakere=mottakere,
        kopimottakere=[
            PartInn(
                "Statsforvalteren i Innlandet",
                adresse="Postboks 987",
                postnummer="2626",
                poststed="Lillehammer",
            )
        ]
        if type_ == "U"
        else [PartInn("ISO")]  # a note's copy stays inside the house (issue 20 item 1)
        if type_ == "N"
        else [],
        **kw,
    )
    return journalposter.registrer_journalpost(ctx(db, "OHA"), ny, mal=mal).journalpostnummer


def hoveddokument_tekst(db, jpnr) -> str:
    return docx_tekst(dokumenter.hent(ctx(db, "OHA"), jpnr).data)


# --- templates ----------------------------------------------------------------------------

TYPE = {"brev": "U", "forelopig-svar": "U", "vedtaksbrev": "U", "notat": "N", "saksframlegg": "S"}
TYPE["delegert-vedtak"] = "S"


@pytest.mark.parametrize("navn", [i.navn for i in les_manifest()])
def test_et_brev_fra_hver_levert_mal_har_hver_verdi_fra_registeret(db, sak, navn):
    frist = date(2026, 12, 15)
    jpnr = registrer(db, sak, TYPE[navn], mal=navn, forfallsdato=frist if navn == "forelopig-svar" else None)
    tekst = hoveddokument_tekst(db, jpnr)

    felles = [
        "Svar om byggeløyve for Storgata 1",
        datotekst(db.idag()),
        jpnr,
        "Ola Hansen",
        "Oppvekst og kultur",
        *KOMMUNE.values(),
    ]
    brev = ["Kari Nordmann", "Storgata 1", "0150 Oslo", "Statsforvalteren i Innlandet"]
    brev += ["62 87 01 23", "ola.hansen@"]
    forventet = {
        "brev": felles + brev,
        "forelopig-svar": felles + brev + [sak, datotekst(frist)],
        "vedtaksbrev": felles + brev + [sak, "Kari Lie"],
        "notat": felles + ["Kari Lie", "Ingrid Solberg", "L42"],
        "saksframlegg": felles + ["L42"],
        "delegert-vedtak": felles + ["L42", "Kari Lie"],
    }[navn]
    mangler = [v for v in forventet if v not in tekst]
    assert mangler == [], tekst
    assert "{{" not in tekst and "{%" not in tekst
    rader = dokumenter.liste(ctx(db, "OHA"), jpnr)
    assert [(r.tilknytning, r.versjon, r.arkivstatus) for r in rader] == [("hoveddokument", 1, "ikke ennå")]


def test_besvar_med_mal_tar_deres_ref_og_deres_dato_fra_brevet_som_besvares(db, sak):
    inn = journalposter.registrer_journalpost(
        ctx(db, "OHA"),
        NyJournalpost(
            sak=sak,
            type="I",
            tittel="Søknad om byggeløyve",
            dokumentdato=date(2026, 2, 1),
            avsendere=[PartInn("Kari Nordmann", adresse="Storgata 1", referanse="DR-2026/9")],
        ),
    ).journalpostnummer
    svar = avskrivning.besvar(ctx(db, "OHA"), [inn], mal="brev").journalpostnummer
    tekst = hoveddokument_tekst(db, svar)
    assert "DR-2026/9" in tekst and "01.02.2026" in tekst and "Kari Nordmann" in tekst


def test_ett_brev_per_mottaker_naar_det_bes_om(db, sak):
    jpnr = registrer(db, sak, "U")
    journalposter.endre_journalpost(
        ctx(db, "OHA"), jpnr, mottakere=[PartInn("Kari Nordmann"), PartInn("Hansen og Sønn AS")]
    )
    dokumentmal.ny_fra_mal(ctx(db, "OHA"), jpnr, mal="brev", per_mottaker=True)
    rader = dokumenter.liste(ctx(db, "OHA"), jpnr)
    assert [r.tittel.rsplit("– ", 1)[1] for r in rader] == ["Kari Nordmann", "Hansen og Sønn AS"]
    with pytest.raises(UgyldigTilstand, match="har alt et hoveddokument"):
        dokumentmal.ny_fra_mal(ctx(db, "OHA"), jpnr, mal="brev")


def test_malbiblioteket_standard_forst_og_arkivets_versjoner_logges(db):
    u = maler.liste(ctx(db, "OHA"), type_="U")
    assert u[0].navn == "brev" and u[0].standard and not any(r.standard for r in u[1:])
    assert maler.liste(ctx(db, "OHA"), type_="U", handling="forelopig-svar")[0].navn == "forelopig-svar"
    with pytest.raises(IngenTilgang):
        maler.trekk_tilbake_mal(ctx(db, "OHA"), "vedtaksbrev")

    ny = (les_manifest()[0].fil).read_bytes()
    maler.erstatt_mal(ctx(db, "ALA"), "brev", filnavn="brev-2027.docx", data=ny)
    maler.trekk_tilbake_mal(ctx(db, "ALA"), "vedtaksbrev")
    maler.legg_til_mal(
        ctx(db, "ALA"),
        navn="brev-bygg",
        tittel="Brev byggesak",
        journalposttyper="U",
        filnavn="b.docx",
        data=ny,
    )
    rader = {r.navn: r for r in maler.liste(ctx(db, "OHA"), alle=True)}
    assert (rader["brev"].versjon, rader["brev"].levert) == (2, False)
    assert not rader["vedtaksbrev"].aktiv and "vedtaksbrev" not in [
        r.navn for r in maler.liste(ctx(db, "OHA"), type_="U")
    ]
    assert rader["brev-bygg"].versjon == 1
    with db.session() as s:
        logg = s.scalars(select(m.Endringslogg.handling).where(m.Endringslogg.entitet == "mal")).all()
        versjoner = s.scalars(select(m.Malversjon.versjon).where(m.Malversjon.mal_navn == "brev")).all()
    assert sorted(logg) == ["mal erstattet", "mal lagt til", "mal trukket tilbake"]
    assert sorted(versjoner) == [1, 2]
    with pytest.raises(UgyldigInndata, match="ikke en gyldig Word-fil"):
        maler.erstatt_mal(ctx(db, "ALA"), "brev", filnavn="x.docx", data=b"ikke en docx")


# --- check out and in ---------------------------------------------------------------------


def test_to_versjoner_sjekkes_inn_og_begge_leses_tilbake_byte_for_byte(db, sak):
    jpnr = registrer(db, sak, "U", mal="brev")
    v1 = dokumenter.hent(ctx(db, "OHA"), jpnr).data
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(v1)) as inn, zipfile.ZipFile(buf, "w") as ut:
        for del_ in inn.infolist():
            innhold = inn.read(del_)
            if del_.filename == "word/document.xml":
                innhold = innhold.replace(b"Storgata 1", b"Storgata 1 (rettet)", 1)
            ut.writestr(del_, innhold)
    v2 = buf.getvalue()
    dokumenter.sjekk_ut(ctx(db, "OHA"), jpnr)
    dokumenter.sjekk_inn(ctx(db, "OHA"), jpnr, filnavn="brev.docx", data=v2)

    assert dokumenter.hent(ctx(db, "OHA"), jpnr, versjon=1).data == v1
    assert dokumenter.hent(ctx(db, "OHA"), jpnr, versjon=2).data == v2
    assert dokumenter.hent(ctx(db, "OHA"), jpnr).versjon == 2
    rad = dokumenter.liste(ctx(db, "OHA"), jpnr)[0]
    assert rad.versjon == 2 and rad.utsjekket_av is None


def test_en_skadet_docx_avvises_og_produksjonsversjonen_beholdes(db, sak):
    jpnr = registrer(db, sak, "U", mal="brev")
    v1 = dokumenter.hent(ctx(db, "OHA"), jpnr).data
    with pytest.raises(UgyldigInndata) as feil:
        dokumenter.sjekk_inn(ctx(db, "OHA"), jpnr, filnavn="brev.docx", data=v1[: len(v1) // 2])
    assert "ikke en gyldig Word-fil (.docx) eller er skadet" in str(feil.value)
    assert "Versjon 1 er beholdt" in str(feil.value)
    assert dokumenter.hent(ctx(db, "OHA"), jpnr).data == v1
    assert dokumenter.liste(ctx(db, "OHA"), jpnr)[0].versjon == 1


def test_en_annen_bruker_kan_ikke_sjekke_inn_over_et_utsjekket_dokument(db, sak):
    jpnr = registrer(db, sak, "U", mal="brev")
    journalposter.fordel(ctx(db, "OHA"), jpnr, til="ISO")  # a colleague in the same unit takes over
    dokumenter.sjekk_ut(ctx(db, "KLE"), jpnr)
    rad = dokumenter.liste(ctx(db, "ISO"), jpnr)[0]
    assert rad.utsjekket_av == "Kari Lie" and rad.utsjekket is not None

    with pytest.raises(UgyldigTilstand, match="sjekket ut av Kari Lie siden .*kan ikke sjekke inn over"):
        dokumenter.sjekk_inn(ctx(db, "ISO"), jpnr, filnavn="brev.docx", data=b"PK annen tekst")
    with pytest.raises(UgyldigTilstand, match="sjekket ut av Kari Lie"):
        dokumenter.sjekk_ut(ctx(db, "ISO"), jpnr)
    assert dokumenter.liste(ctx(db, "ISO"), jpnr)[0].versjon == 1

    dokumenter.angre_utsjekk(ctx(db, "KLE"), jpnr)
    assert dokumenter.liste(ctx(db, "ISO"), jpnr)[0].utsjekket_av is None


def test_innsjekk_paa_et_ekspedert_dokument_avvises(db, sak):
    jpnr = registrer(db, sak, "U", mal="brev")
    v1 = dokumenter.hent(ctx(db, "OHA"), jpnr).data
    journalposter.ferdigstill(ctx(db, "OHA"), jpnr)
    ekspedering.ekspeder(ctx(db, "OHA"), jpnr, kanal="papir")
    with pytest.raises(UgyldigTilstand) as feil:
        dokumenter.sjekk_inn(ctx(db, "OHA"), jpnr, filnavn="brev.docx", data=v1 + b" ")
    assert "ekspedert og kan ikke endres" in str(feil.value)
    assert "åpnes bare for lesing" in str(feil.value)
    assert dokumenter.liste(ctx(db, "OHA"), jpnr)[0].versjon == 1


def test_vedlegg_omordnes_faar_ny_tittel_lenkes_og_kopieres(db, sak):
    jpnr = registrer(db, sak, "U", mal="brev")
    for navn in ("kart.pdf", "tegning.pdf"):
        dokumenter.legg_til_dokument(
            ctx(db, "OHA"), jpnr, dokumenter.FilInn(navn, b"%PDF-1.4 " + navn.encode())
        )
    hoved, kart, tegning = (r.id for r in dokumenter.liste(ctx(db, "OHA"), jpnr))
    dokumentordning.endre_dokument(
        ctx(db, "OHA"), jpnr, dokument_id=kart, tittel="Situasjonskart", rekkefolge=[hoved, tegning, kart]
    )
    assert [r.tittel for r in dokumenter.liste(ctx(db, "OHA"), jpnr)] == [
        "Svar om byggeløyve for Storgata 1",
        "tegning.pdf",
        "Situasjonskart",
    ]
    annen = registrer(db, sak, "U", tittel="Kopi til naboen")
    dokumentordning.knytt_til(ctx(db, "OHA"), jpnr, dokument_id=kart, til=annen)
    lenket = dokumenter.liste(ctx(db, "OHA"), annen)
    assert [(r.id, r.lenket) for r in lenket] == [(kart, True)]  # one document, two journalposter
    with pytest.raises(UgyldigInndata, match="lenkes"):
        dokumentordning.kopier_til(ctx(db, "OHA"), jpnr, dokument_id=kart, til=annen)

    annen_sak = saker.opprett_sak(ctx(db, "OHA"), tittel="Klagesak", klasse="000").saksnummer
    ny = registrer(db, annen_sak, "U", tittel="Oversendelse")
    # Only the archive copies a document into another sak (issue 20 item 5).
    with pytest.raises(IngenTilgang, match="Bare arkivet"):
        dokumentordning.kopier_til(ctx(db, "OHA"), jpnr, dokument_id=kart, til=ny)
    dokumentordning.kopier_til(ctx(db, "ALA"), jpnr, dokument_id=kart, til=ny)
    kopi = dokumenter.liste(ctx(db, "OHA"), ny)[0]
    assert kopi.id != kart and kopi.tittel == "Situasjonskart"
    assert dokumenter.hent(ctx(db, "OHA"), ny, dokument_id=kopi.id).data == b"%PDF-1.4 kart.pdf"


# --- arkivformat --------------------------------------------------------------------------


def _pdfa_egenskaper(pdf: bytes) -> dict:
    with pikepdf.open(io.BytesIO(pdf)) as p:
        meta = p.open_metadata()
        return {
            "del": meta.get("pdfaid:part"),
            "samsvar": meta.get("pdfaid:conformance"),
            "intensjon": len(p.Root.get("/OutputIntents", [])) > 0,
            "kryptert": p.is_encrypted,
        }


@trenger_lo_gs
def test_ferdigstilt_brev_faar_arkivformat_pdfa2_og_saken_kan_avsluttes(db, sak):
    jpnr = registrer(db, sak, "U", mal="brev")
    journalposter.ferdigstill(ctx(db, "OHA"), jpnr)
    assert dokumenter.liste(ctx(db, "OHA"), jpnr)[0].arkivstatus == "venter"
    ekspedering.ekspeder(ctx(db, "OHA"), jpnr, kanal="papir")
    with pytest.raises(UgyldigTilstand) as feil:
        saker.sett_saksstatus(ctx(db, "ALA"), sak, "A")
    assert any("mangler arkivformat" in d and "Svar om byggeløyve" in d for d in feil.value.detaljer)

    fremdrift = []
    rapport = arkivformat.lag_arkivformat(
        ctx(db, "OHA"), jpnr, progress=fremdrift.append, cancelled=lambda: False
    )

    assert rapport.feilet == {} and len(rapport.laget) == 1 and fremdrift[-1] == 100
    pdf = dokumenter.hent(ctx(db, "OHA"), jpnr, variant="arkiv")
    assert pdf.filnavn.endswith(".pdf") and pdf.versjon == 1
    assert _pdfa_egenskaper(pdf.data) == {"del": "2", "samsvar": "B", "intensjon": True, "kryptert": False}
    assert sjekk_pdfa(pdf.data) == []  # fonts embedded, among the rest
    assert dokumenter.liste(ctx(db, "OHA"), jpnr)[0].arkivstatus == "ok"
    assert saker.sett_saksstatus(ctx(db, "ALA"), sak, "A").status == "A"


@trenger_lo_gs
def test_en_skadet_docx_faar_feilen_lagret_med_grunn_og_kan_proves_igjen(db, sak):
    jpnr = registrer(db, sak, "U")
    dokumenter.legg_til_dokument(
        ctx(db, "OHA"),
        jpnr,
        dokumenter.FilInn("brev.docx", b"PK\x03\x04 ikke word", tilknytning="hoveddokument"),
    )
    journalposter.ferdigstill(ctx(db, "OHA"), jpnr)
    rapport = arkivformat.lag_arkivformat(ctx(db, "OHA"), jpnr)
    assert rapport.laget == [] and len(rapport.feilet) == 1
    rad = dokumenter.liste(ctx(db, "OHA"), jpnr)[0]
    assert rad.arkivstatus == "feilet" and "brev.docx" in rad.arkivfeil
    assert dokumenter.hent(ctx(db, "OHA"), jpnr).data == b"PK\x03\x04 ikke word"  # production kept
    with pytest.raises(UgyldigTilstand) as feil:
        saker.sett_saksstatus(ctx(db, "ALA"), sak, "A")
    assert any("«brev.docx» mangler arkivformat (PDF/A): " in d for d in feil.value.detaljer)
    again = arkivformat.lag_arkivformat(ctx(db, "OHA"), jpnr)  # the retry: same input, same clear failure
    assert list(again.feilet) == list(rapport.feilet)


@trenger_lo_gs
def test_en_inngaaende_pdf_faar_journalstempel_paa_arkivformatet(db, sak):
    from tests.test_dokumenter_arkivformat import pdf_med_tekst

    original = pdf_med_tekst("Søknad")
    inn = journalposter.registrer_journalpost(
        ctx(db, "ALA"),
        NyJournalpost(
            sak=sak,
            type="I",
            tittel="Søknad",
            saksbehandler="OHA",
            avsendere=[PartInn("Kari Nordmann")],
            filer=[dokumenter.FilInn("soknad.pdf", original, tilknytning="hoveddokument")],
        ),
    ).journalpostnummer
    journalposter.journalfor(ctx(db, "ALA"), inn)
    arkivformat.lag_arkivformat(ctx(db, "ALA"), inn)
    arkiv = dokumenter.hent(ctx(db, "OHA"), inn, variant="arkiv").data
    from pypdf import PdfReader

    tekst = PdfReader(io.BytesIO(arkiv)).pages[0].extract_text()
    assert "Kongsvinger kommune" in tekst and f"Saksnr.: {inn}" in tekst and "OHA" in tekst
    assert dokumenter.hent(ctx(db, "OHA"), inn).data == original  # the production copy is as it came
