"""offentligJournal.xml as a file for a period (issue 16), and the uttrekk's journals and endringslogg
when there is nothing to list, all checked against Arkivverket's schemas (../shared/specs/noark5).

Every skjerming level (tests/test_rapporter.py's register), an XX post and a title with a shielded
word: nothing shielded may appear in the file, and it holds the same posts as the postliste.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from lxml import etree

from app.domain.feil import UgyldigInndata, UgyldigTilstand
from app.services import journalposter, merking, postliste, saker
from app.services.arbeid import Kontekst
from app.services.eksport import kontroller
from app.services.eksport.offentlig_journal import eksporter_offentlig_journal
from app.services.journalposter import NyJournalpost, PartInn
from tests.support.cli import kjor_cli
from tests.test_cli import db_arg
from tests.test_eksport_noark5 import ADDML, SPESIFIKASJON, _uttrekk
from tests.test_rapporter import _skjermet_register

OJ = "{http://www.arkivverket.no/standarder/noark5/offentligJournal}"


def _gyldig(fil, xsd: str) -> None:
    skjema = etree.XMLSchema(etree.parse(str(SPESIFIKASJON / xsd)))
    assert skjema.validate(etree.parse(str(fil))), (fil.name, skjema.error_log)


def _alle_gyldige(ut) -> list[str]:
    filer = {
        "arkivstruktur.xml": "arkivstruktur.xsd",
        "endringslogg.xml": "endringslogg.xsd",
        "loependeJournal.xml": "loependeJournal.xsd",
        "offentligJournal.xml": "offentligJournal.xsd",
        "arkivuttrekk.xml": "addml.xsd",
    }
    med = [x for x in filer if (ut / x).is_file()]
    for x in med:
        _gyldig(ut / x, filer[x])
    return med


def _dataobjekter(ut) -> list[str]:
    rot = etree.parse(str(ut / "arkivuttrekk.xml"))
    return [d.get("name") for d in rot.iterfind(".//a:dataObject/a:dataObjects/a:dataObject", ADDML)]


def test_tomt_uttrekk_har_gyldig_endringslogg_og_utelater_tomme_journaler(demo_db, tmp_path):
    """A period with no saker: the endringslogg holds the arkivdel's closing, the journals are left out."""
    ut = tmp_path / "tomt"
    res = _uttrekk(demo_db, ut, fra=date(2040, 1, 1), til=date(2040, 12, 31))
    assert (res.mapper, res.registreringer, res.loepende, res.offentlige, res.endringer) == (0, 0, 0, 0, 1)
    assert _alle_gyldige(ut) == ["arkivstruktur.xml", "endringslogg.xml", "arkivuttrekk.xml"]
    assert _dataobjekter(ut) == ["arkivstruktur", "endringslogg"]
    el = etree.parse(str(ut / "endringslogg.xml"))
    ns = {"e": "http://www.arkivverket.no/standarder/noark5/endringslogg"}
    assert el.findtext(".//e:referanseMetadata", namespaces=ns) == "avsluttetDato"
    assert el.findtext(".//e:tidligereVerdi", namespaces=ns) == "(ingen verdi)"
    arkivdel_sid = etree.parse(str(ut / "arkivstruktur.xml")).findtext(
        ".//{http://www.arkivverket.no/standarder/noark5/arkivstruktur}arkivdel/"
        "{http://www.arkivverket.no/standarder/noark5/arkivstruktur}systemID"
    )
    assert el.findtext(".//e:referanseArkivenhet", namespaces=ns) == arkivdel_sid
    rapport = kontroller(ut)
    assert rapport.ok, rapport.feil
    assert any("offentligJournal.xml er ikke med" in x for x in rapport.advarsler)
    assert any("loependeJournal.xml er ikke med" in x for x in rapport.advarsler)

    # Left out without arkivuttrekk.xml saying so is still an error.
    (ut / "endringslogg.xml").unlink()
    assert "endringslogg.xml mangler i uttrekket" in "\n".join(kontroller(ut).feil)


def test_uttrekk_uten_offentlige_journalposter_er_gyldig(demo_db, tmp_path, monkeypatch):
    """Posts, but none public (not journalført): the løpende journal lists it, the offentlig is left out."""
    monkeypatch.setenv("SAKSBORD_IDAG", "2027-03-01")
    sbh = Kontekst(demo_db, "MBE")
    sak = saker.opprett_sak(sbh, tittel="Uavklart henvendelse", klasse="000").saksnummer
    journalposter.registrer_journalpost(
        sbh, NyJournalpost(sak=sak, type="I", tittel="Henvendelse", avsendere=[PartInn("Per Hansen")])
    )
    ut = tmp_path / "u"
    res = _uttrekk(demo_db, ut, fra=date(2027, 1, 1), til=date(2027, 12, 31), test=True)
    assert (res.loepende, res.offentlige) == (1, 0) and res.endringer >= 1
    assert _alle_gyldige(ut) == [
        "arkivstruktur.xml",
        "endringslogg.xml",
        "loependeJournal.xml",
        "arkivuttrekk.xml",
    ]
    assert _dataobjekter(ut) == ["arkivstruktur", "endringslogg", "loependeJournal"]
    assert res.kontroll.ok, res.kontroll.feil


def test_offentlig_journal_som_fil_holder_tilbake_alt_skjermet(demo_db, tmp_path):
    db = demo_db
    _hemmelig, offentlig_hemmelig, _saknr = _skjermet_register(db)
    ala = Kontekst(db, "ALA")
    # Shielded title words (issue 20 item 10) are marked on the sak and the post, not written in braces.
    sak = saker.opprett_sak(ala, tittel="Barnevern Olsen", tittel2="Ordinær", klasse="000").saksnummer
    merking.skjerm_ord_i_sakstittel(ala, sak, ord=["Olsen"])
    jp = journalposter.registrer_journalpost(
        ala, NyJournalpost(sak=sak, type="I", tittel="Bekymringsmelding om Kari Olsen",
                           avsendere=[PartInn("Skolen")]),
    ).journalpostnummer  # fmt: skip
    merking.skjerm_ord_i_tittel(ala, jp, ord=["Kari Olsen"])
    journalposter.journalfor(ala, jp)
    # A sak not yet offentlighetsvurdert (XX): its journalført post is never public.
    xx = saker.opprett_sak(
        ala, tittel="Xxsak Uvurdert", tilgangskode="XX", hjemmel="Ikke vurdert", nivaa=1, klasse="000"
    )
    xxjp = journalposter.registrer_journalpost(
        ala, NyJournalpost(sak=xx.saksnummer, type="I", tittel="Xxsakpost Brev", avsendere=[PartInn("Xxsakavsender")]),
    ).journalpostnummer  # fmt: skip
    journalposter.journalfor(ala, xxjp)
    offentlig_hemmelig += ["Xxsak Uvurdert", "Xxsakpost Brev", "Xxsakavsender"]
    idag = db.idag()
    fra, til = idag - timedelta(days=400), idag
    fil = tmp_path / "offentligJournal.xml"

    res = eksporter_offentlig_journal(Kontekst(db, "HJO"), fra=fra, til=til, ut=fil, skjemaer=SPESIFIKASJON)

    _gyldig(fil, "offentligJournal.xsd")
    tekst = fil.read_text(encoding="utf-8")
    for verdi in [*offentlig_hemmelig, "Olsen"]:
        assert verdi not in tekst, verdi
    # Each shielded word becomes asterisks of its own length (app/domain/regler/tittel.tittel_for_leser).
    assert "Innkommet nivå 3" in tekst
    assert "Bekymringsmelding om **********<" in tekst and "Barnevern *****<" in tekst
    # The same selection as the postliste, and the same posts as the uttrekk's offentligJournal.xml.
    rader = postliste.postliste(Kontekst(db, "HJO"), fra=fra, til=til)
    tre = etree.parse(str(fil))
    sider = [x.findtext(f"{OJ}journalpost/{OJ}systemID") for x in tre.iterfind(f"{OJ}journalregistrering")]
    assert res.antall == len(rader) == len(sider) > 0
    assert tre.findtext(f"{OJ}journalhode/{OJ}antallJournalposter") == str(res.antall)
    ut = tmp_path / "uttrekk"
    _uttrekk(db, ut, test=True)
    uttrekkets = etree.parse(str(ut / "offentligJournal.xml"))
    fra_uttrekket = {
        x.findtext(f"{OJ}journalpost/{OJ}systemID"): etree.tostring(x, method="c14n")
        for x in uttrekkets.iterfind(f"{OJ}journalregistrering")
    }
    for x in tre.iterfind(f"{OJ}journalregistrering"):
        sid = x.findtext(f"{OJ}journalpost/{OJ}systemID")
        assert etree.tostring(x, method="c14n") == fra_uttrekket[sid]  # the same writer, byte for byte

    # The values are really in the registry (the test can fail): the løpende journal holds them.
    lj = (ut / "loependeJournal.xml").read_text(encoding="utf-8")
    assert "Postlinjeto3E" in lj and "Skjultnavn3A Personsen" in lj and "Xxsakpost Brev" in lj


def test_offentlig_journal_avviser_tom_periode_og_feil_inndata(demo_db, tmp_path):
    ctx = Kontekst(demo_db, "HJO")
    (tmp_path / "ut").mkdir()
    fil = tmp_path / "ut" / "oj.xml"
    with pytest.raises(UgyldigTilstand, match="minst én journalpost"):
        eksporter_offentlig_journal(
            ctx, fra=date(2040, 1, 1), til=date(2040, 1, 31), ut=fil, skjemaer=SPESIFIKASJON
        )
    assert not list((tmp_path / "ut").iterdir())
    with pytest.raises(UgyldigInndata, match="slutter før"):
        eksporter_offentlig_journal(
            ctx, fra=date(2026, 2, 1), til=date(2026, 1, 1), ut=fil, skjemaer=SPESIFIKASJON
        )
    with pytest.raises(UgyldigInndata, match="Noark 5-skjemaene"):
        eksporter_offentlig_journal(
            ctx, fra=date(2026, 1, 1), til=date(2026, 1, 2), ut=fil, skjemaer=tmp_path
        )


def test_offentlig_journal_paa_kommandolinjen(demo_sqlite, tmp_path):
    idag = demo_sqlite.idag()
    fil = tmp_path / "oj.xml"
    args = ("--db", db_arg(demo_sqlite), "eksport", "offentlig-journal", "--ut", str(fil), "--bruker", "HJO",
            "--skjemaer", str(SPESIFIKASJON))  # fmt: skip
    p = kjor_cli(*args, "--fra", f"{idag - timedelta(days=400)}", "--til", f"{idag}")
    assert p.returncode == 0, p.stderr
    assert "gyldig etter offentligJournal.xsd" in p.stdout
    _gyldig(fil, "offentligJournal.xsd")
    fil.unlink()
    p = kjor_cli(*args, "--fra", "2040-01-01", "--til", "2040-01-31")
    assert p.returncode == 1 and "Ingen offentlige journalposter" in p.stderr and not fil.exists()
