"""The Noark 5 arkivuttrekk of the demo registry, checked against Arkivverket's own schemas and
template in ../shared/specs/noark5 (never copied into the repository), and the depot's check
finding every error of a package broken on purpose. Demo on SQLite and PostgreSQL.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import func, select

from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.services.arbeid import Kontekst
from app.services.eksport import SKJEMAER, eksporter_noark5, kontroller
from app.store import models as m
from tests.support.cli import kjor_cli
from tests.test_cli import db_arg

SPESIFIKASJON = Path(__file__).resolve().parents[2] / "shared" / "specs" / "noark5"
if not SPESIFIKASJON.is_dir():
    SPESIFIKASJON = Path("/work/shared/specs/noark5")
AS = "{http://www.arkivverket.no/standarder/noark5/arkivstruktur}"
ADDML = {"a": "http://www.arkivverket.no/standarder/addml"}
FILER = {
    "arkivstruktur.xml": "arkivstruktur.xsd",
    "endringslogg.xml": "endringslogg.xsd",
    "loependeJournal.xml": "loependeJournal.xsd",
    "offentligJournal.xml": "offentligJournal.xsd",
    "arkivuttrekk.xml": "addml.xsd",
}


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _uttrekk(db, ut: Path, **kw):
    return eksporter_noark5(Kontekst(db, "ALA"), arkivdel="Saksarkiv", ut=ut, skjemaer=SPESIFIKASJON, **kw)


def test_demoens_uttrekk_er_gyldig_med_riktige_sjekksummer_og_antall(demo_db, tmp_path):
    ut = tmp_path / "uttrekk"
    res = _uttrekk(demo_db, ut, test=True)

    # Every XML file valid against the official schema, checked here with lxml directly.
    for xml, xsd in FILER.items():
        skjema = etree.XMLSchema(etree.parse(str(SPESIFIKASJON / xsd)))
        assert skjema.validate(etree.parse(str(ut / xml))), (xml, skjema.error_log)
    # The schemas are byte for byte Arkivverket's.
    for navn in SKJEMAER:
        assert (ut / navn).read_bytes() == (SPESIFIKASJON / navn).read_bytes()

    # The checksums arkivuttrekk.xml states are those of the files beside it.
    addml = etree.parse(str(ut / "arkivuttrekk.xml"))
    oppgitt = {}
    for fil in addml.iterfind(".//a:property[@name='file']", ADDML):
        navn = fil.findtext("a:properties/a:property[@name='name']/a:value", namespaces=ADDML)
        verdi = fil.findtext(
            ".//a:property[@name='checksum']//a:property[@name='value']/a:value", namespaces=ADDML
        )
        if verdi:
            oppgitt[navn] = verdi.lower()
    assert set(oppgitt) >= set(FILER) - {"arkivuttrekk.xml"} | {"metadatakatalog.xsd"}
    for navn, verdi in oppgitt.items():
        assert _sha(ut / navn) == verdi, navn

    # Counts: the database, arkivstruktur.xml and arkivuttrekk.xml say the same.
    with demo_db.session(les=True) as s:
        saker = s.scalar(select(func.count()).select_from(m.Sak))
        jps = s.scalar(select(func.count()).select_from(m.Journalpost))
        objekter = s.scalar(
            select(func.count())
            .select_from(m.JournalpostDokument)
            .join(m.Dokumentobjekt, m.Dokumentobjekt.dokument_id == m.JournalpostDokument.dokument_id)
        )
    tre = etree.parse(str(ut / "arkivstruktur.xml"))
    assert len(tre.findall(f".//{AS}mappe")) == saker == res.mapper
    assert len(tre.findall(f".//{AS}registrering")) == jps == res.registreringer
    assert len(tre.findall(f".//{AS}dokumentobjekt")) == objekter == res.dokumentobjekter > 0

    def antall(objekt: str, element: str) -> int:
        sti = (
            f".//a:dataObject[@name='{objekt}']/a:properties/a:property[@name='info']/a:properties/"
            f"a:property[@name='numberOfOccurrences'][a:value='{element}']//a:property[@name='value']/a:value"
        )
        return int(addml.findtext(sti, namespaces=ADDML))

    assert antall("arkivstruktur", "mappe") == saker
    assert antall("arkivstruktur", "registrering") == jps
    assert antall("loependeJournal", "journalregistrering") == jps
    assert antall("offentligJournal", "journalregistrering") == res.offentlige > 0

    # Documents: relative references, each file's SHA-256 and size as the dokumentobjekt says.
    for obj in tre.iterfind(f".//{AS}dokumentobjekt"):
        ref = obj.findtext(f"{AS}referanseDokumentfil")
        assert ref.startswith("DOKUMENT/") and ".." not in ref
        fil = ut / ref
        assert _sha(fil) == obj.findtext(f"{AS}sjekksum")
        assert fil.stat().st_size == int(obj.findtext(f"{AS}filstoerrelse"))
    varianter = {o.findtext(f"{AS}variantformat") for o in tre.iterfind(f".//{AS}dokumentobjekt")}
    assert varianter == {"Produksjonsformat", "Arkivformat"}
    # Codes are the standard's kodenavn, not our letters.
    statuser = {x.text for x in tre.iterfind(f".//{AS}saksstatus")}
    assert "Under behandling" in statuser and "Avsluttet" in statuser and "B" not in statuser

    assert res.kontroll.ok, res.kontroll.feil
    assert kontroller(ut, test=True).ok
    # A real (non-test) check of the same package names the open saker as errors.
    streng = kontroller(ut)
    assert any("saksstatus «Under behandling»" in f for f in streng.feil)


def test_arkivuttrekk_xml_foelger_malen_element_for_element(demo_sqlite, tmp_path):
    """Arkade reads arkivuttrekk.xml by position: the same elements in the same order as the template."""
    ut = tmp_path / "u"
    _uttrekk(demo_sqlite, ut, test=True)

    def stier(rot) -> list[str]:
        ut_: list[str] = []

        def gaa(el, sti: str) -> None:
            if not isinstance(el.tag, str):
                return
            ny = f"{sti}/{etree.QName(el).localname}" + (f"[{el.get('name')}]" if el.get("name") else "")
            ut_.append(ny)
            for barn in el:
                gaa(barn, ny)

        gaa(rot, "")
        return ut_

    vaar = etree.parse(str(ut / "arkivuttrekk.xml")).getroot()
    # The one addition: the dokumentobjekt count, after the template's mappe and registrering counts.
    ekstra = vaar.xpath(
        "//a:property[@name='numberOfOccurrences'][a:value='dokumentobjekt']", namespaces=ADDML
    )
    assert len(ekstra) == 1
    forrige = ekstra[0].getprevious()
    assert forrige.findtext("a:value", namespaces=ADDML) == "registrering"
    ekstra[0].getparent().remove(ekstra[0])
    mal = etree.parse(str(SPESIFIKASJON / "arkivuttrekk-template.xml")).getroot()
    assert stier(vaar) == stier(mal)


def test_uttrekk_avvises_naar_saker_er_aapne_og_sier_hvilke(demo_db, tmp_path):
    with pytest.raises(UgyldigTilstand) as e:
        _uttrekk(demo_db, tmp_path / "u")
    assert "--test" in str(e.value) and any("Under behandling" in d for d in e.value.detaljer)
    assert not (tmp_path / "u").exists() and not (tmp_path / "u.delvis").exists()


def test_skjemaer_som_mangler_sier_hvor_de_finnes(demo_sqlite, tmp_path):
    tom = tmp_path / "tom"
    tom.mkdir()
    with pytest.raises(UgyldigInndata) as e:
        eksporter_noark5(
            Kontekst(demo_sqlite, "ALA"), arkivdel="Saksarkiv", ut=tmp_path / "u", skjemaer=tom, test=True
        )
    assert "arkivstruktur.xsd" in str(e.value) and "github.com/arkivverket/schemas" in str(e.value)
    with pytest.raises(IngenTilgang):
        eksporter_noark5(
            Kontekst(demo_sqlite, "OHA"),
            arkivdel="Saksarkiv",
            ut=tmp_path / "u",
            skjemaer=SPESIFIKASJON,
            test=True,
        )


def test_avbrutt_uttrekk_etterlater_ingenting(demo_sqlite, tmp_path):
    kall = []

    def avbrutt() -> bool:
        kall.append(1)
        return len(kall) > 1

    with pytest.raises(UgyldigTilstand, match="avbrutt"):
        _uttrekk(demo_sqlite, tmp_path / "u", test=True, cancelled=avbrutt)
    assert not (tmp_path / "u").exists() and not (tmp_path / "u.delvis").exists()


def test_kontroller_finner_hver_feil_i_en_oedelagt_pakke(demo_sqlite, tmp_path):
    ut = tmp_path / "u"
    _uttrekk(demo_sqlite, ut, test=True)
    assert kontroller(ut, test=True).ok

    # 1. A changed byte in a document.
    dok = sorted((ut / "DOKUMENT").rglob("*.pdf"))[0]
    data = bytearray(dok.read_bytes())
    data[len(data) // 2] ^= 0x01
    dok.write_bytes(bytes(data))
    # 2. A missing file.
    (ut / "endringslogg.xml").unlink()
    # 3. A duplicated systemID: the second journalpost takes the first one's.
    tekst = (ut / "arkivstruktur.xml").read_text(encoding="utf-8")
    tre = etree.fromstring(tekst.encode())
    jps = tre.findall(f".//{AS}registrering")
    forste, andre = jps[0].findtext(f"{AS}systemID"), jps[1].findtext(f"{AS}systemID")
    tekst = tekst.replace(f"<systemID>{andre}</systemID>", f"<systemID>{forste}</systemID>", 1)
    # 4. An invalid element inside a saksmappe.
    tekst = tekst.replace(
        "<dokumentmedium>Elektronisk arkiv</dokumentmedium>", "<ukjentElement>x</ukjentElement>", 1
    )
    (ut / "arkivstruktur.xml").write_text(tekst, encoding="utf-8")

    rapport = kontroller(ut, test=True)
    feil = "\n".join(rapport.feil)
    assert not rapport.ok
    assert f"Dokumentfilen {dok.relative_to(ut).as_posix()} har en annen sjekksum" in feil
    assert "endringslogg.xml mangler i uttrekket" in feil
    assert f"systemID {forste} forekommer 2 ganger" in feil
    assert "ukjentElement" in feil and "ugyldig etter arkivstruktur.xsd" in feil
    # The changed arkivstruktur.xml no longer matches the checksum arkivuttrekk.xml states.
    assert "Sjekksummen for arkivstruktur.xml" in feil

    # The command line says the same and exits 1.
    p = kjor_cli("eksport", "kontroller", str(ut), "--test")
    assert p.returncode == 1 and "endringslogg.xml mangler" in p.stdout and "forekommer 2 ganger" in p.stdout


def test_kontroller_finner_uhenvist_dokumentfil_og_tomt_element(demo_sqlite, tmp_path):
    ut = tmp_path / "u"
    _uttrekk(demo_sqlite, ut, test=True)
    (ut / "DOKUMENT" / "løs.pdf").write_bytes(b"%PDF-1.4 ingen peker hit")
    tekst = (ut / "loependeJournal.xml").read_text(encoding="utf-8")
    (ut / "loependeJournal.xml").write_text(
        tekst.replace("<seleksjon>Alle journalposter i uttrekket</seleksjon>", "<seleksjon></seleksjon>"),
        encoding="utf-8",
    )
    feil = "\n".join(kontroller(ut, test=True).feil)
    assert "DOKUMENT/løs.pdf er ikke referert" in feil
    assert "loependeJournal.xml linje" in feil and "tomt element <seleksjon>" in feil


def test_eksport_paa_kommandolinjen(demo_sqlite, tmp_path):
    ut = tmp_path / "u"
    args = ("--db", db_arg(demo_sqlite), "eksport", "noark5", "--arkivdel", "Saksarkiv", "--out", str(ut))
    p = kjor_cli(*args, "--bruker", "ALA", "--skjemaer", str(SPESIFIKASJON))
    assert p.returncode == 1 and "verken avsluttet eller utgått" in p.stderr
    p = kjor_cli(*args, "--bruker", "ALA", "--test", env={"SAKSBORD_NOARK5_SKJEMAER": str(SPESIFIKASJON)})
    assert p.returncode == 0, p.stderr
    assert "Testuttrekk skrevet" in p.stdout and "Kontroll av uttrekket: bestått" in p.stdout
    shutil.rmtree(ut)
    p = kjor_cli(*args, "--bruker", "ALA", "--test", "--skjemaer", str(tmp_path))
    assert p.returncode == 1 and "Last ned Noark 5-skjemaene" in p.stderr


def test_avsluttet_periode_eksporteres_uten_test_og_bestaar_streng_kontroll(demo_db, tmp_path, monkeypatch):
    """A period where every sak is closed: no --test, journalposter arkivert, kontroller without leniency."""
    from app.services import avskrivning, journalposter, saker
    from app.services.journalposter import NyJournalpost, PartInn

    monkeypatch.setenv("SAKSBORD_IDAG", "2027-03-01")
    arkiv, sbh = Kontekst(demo_db, "ALA"), Kontekst(demo_db, "MBE")
    sak = saker.opprett_sak(sbh, tittel="Byggesak gnr 9 bnr 9", klasse="GBNR 9/9", ordningsprinsipp="GBNR")
    nr = sak.saksnummer
    jp = journalposter.registrer_journalpost(
        sbh, NyJournalpost(sak=nr, type="I", tittel="Søknad om tiltak", avsendere=[PartInn("Åse Ærlig")])
    ).journalpostnummer
    avskrivning.avskriv(sbh, [jp], kode="TE")
    journalposter.journalfor(arkiv, jp)
    saker.sett_saksstatus(arkiv, nr, "A")

    ut = tmp_path / "u"
    res = _uttrekk(demo_db, ut, fra=date(2027, 1, 1), til=date(2027, 12, 31))
    assert res.kontroll.ok and not res.kontroll.advarsler, res.kontroll.feil + res.kontroll.advarsler
    assert (res.mapper, res.registreringer, res.loepende, res.offentlige) == (1, 1, 1, 1)
    tre = etree.parse(str(ut / "arkivstruktur.xml"))
    assert tre.findtext(f".//{AS}saksstatus") == "Avsluttet"
    assert tre.findtext(f".//{AS}journalstatus") == "Arkivert"
    assert tre.findtext(f".//{AS}klasse/{AS}klasseID") == "GBNR 9/9"
    assert tre.findtext(f".//{AS}korrespondansepartNavn") == "Åse Ærlig"
    assert "Åse Ærlig" in (ut / "arkivstruktur.xml").read_text(encoding="utf-8")  # UTF-8, not escaped


def test_store_filer_valideres_strommende_og_feilen_meldes(demo_sqlite, tmp_path, monkeypatch):
    """Above the whole-tree limit a file is validated as it streams; an invalid element is still found."""
    from app.services.eksport import kontroll

    ut = tmp_path / "u"
    _uttrekk(demo_sqlite, ut, test=True)
    monkeypatch.setattr(kontroll, "HEL_VALIDERING_GRENSE", 0)
    assert kontroller(ut, test=True).ok
    sti = ut / "loependeJournal.xml"
    sti.write_text(sti.read_text(encoding="utf-8").replace("<journalaar>", "<feilElement/><journalaar>", 1),
                   encoding="utf-8")  # fmt: skip
    feil = "\n".join(kontroller(ut, test=True).feil)
    assert (
        "loependeJournal.xml: ugyldig etter loependeJournal.xsd (første feil" in feil
        and "feilElement" in feil
    )
