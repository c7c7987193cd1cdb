"""The political treatment in the arkivuttrekk (issue 15's last done-when): a full saksgang through
formannskap and kommunestyre, a referatsak and a shielded behandling, exported as moetemappe /
moeteregistrering, valid against Arkivverket's arkivstruktur.xsd (../shared/specs/noark5, lxml)
and passing the built-in depot check. SQLite and PostgreSQL."""

from __future__ import annotations

from lxml import etree

from app.services import journalposter
from app.services.eksport import kontroller
from app.services.journalposter import NyJournalpost
from app.services.politikk import behandling, lesing, mote
from tests.test_eksport_noark5 import AS, FILER, SPESIFIKASJON, _uttrekk
from tests.test_politikk import FYLT, ctx, godkjenn, moter, nytt_saksframlegg

XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"


def _politisk_kjede(db) -> dict:
    """saksframlegg → FSK (vedtak) → KST (vedtak), a shielded S in the same FSK møte, and a referatsak."""
    nr = nytt_saksframlegg(db, "Barnehagebehovsplan 2027–2030")
    lukket = nytt_saksframlegg(db, "Ansettelse av rektor", kode="U")
    fsk1, kst1 = moter(db, "FSK")[0], moter(db, "KST")[0]
    behandling.sett_saksgang(ctx(db, "OHA"), nr, utvalg=["FSK", "KST"], hjemmel="Barnehageloven § 8",
                             melding_til=["Foreldrerådet"], onsket_mote=fsk1.dato)  # fmt: skip
    behandling.sett_saksgang(ctx(db, "OHA"), lukket, utvalg=["FSK"], onsket_mote=fsk1.dato)
    godkjenn(db, nr)
    godkjenn(db, lukket)
    oha = ctx(db, "OHA")
    brev = journalposter.registrer_journalpost(
        oha,
        NyJournalpost(sak=nr.split("-")[0], type="I", tittel="Brev fra Statsforvalteren",
                      avsendere=[journalposter.PartInn(navn="Statsforvalteren i Innlandet")]),
    ).krev_journalpostnummer()  # fmt: skip
    behandling.referer(oha, brev, utvalg=["FSK"], mote=fsk1.dato, type_="RS")
    lmo = ctx(db, "LMO")
    mote.fyll_saksliste(lmo, fsk1.id)
    mote.las_mote(lmo, fsk1.id)
    for r in mote.saksliste(lmo, fsk1.id):
        tekst = {lukket: "Kari Nordmann ansettes som rektor.", brev: "Tas til orientering."}.get(
            r.journalpostnummer
        )
        behandling.fatt_vedtak(lmo, r.id, status="vedtatt", tekst=tekst)
    kst = lesing.klar_til_behandling(lmo)
    behandling.sett_opp(lmo, kst[0].utvalgssak_id)
    mote.las_mote(lmo, kst1.id)
    b = mote.saksliste(lmo, kst1.id)[0]
    behandling.fatt_vedtak(lmo, b.id, status="vedtatt", tekst="Planen vedtas med endringer.")
    return {"nr": nr, "lukket": lukket, "brev": brev, "fsk1": fsk1, "kst1": kst1}


def test_moetene_blir_moetemapper_som_validerer_og_holder_moetets_data(demo_db, tmp_path):
    k = _politisk_kjede(demo_db)
    ut = tmp_path / "u"
    res = _uttrekk(demo_db, ut, test=True)

    for xml, xsd in FILER.items():
        skjema = etree.XMLSchema(etree.parse(str(SPESIFIKASJON / xsd)))
        assert skjema.validate(etree.parse(str(ut / xml))), (xml, skjema.error_log)
    assert res.kontroll.ok, res.kontroll.feil

    tre = etree.parse(str(ut / "arkivstruktur.xml"))
    mapper = tre.findall(f".//{AS}mappe")
    moeter = [x for x in mapper if x.get(XSI_TYPE) == "moetemappe"]
    # Counts include the moetemapper and their moeteregistreringer, as ADDML counts //mappe.
    assert res.mapper == len(mapper) and res.registreringer == len(tre.findall(f".//{AS}registrering"))
    assert [(x.findtext(f"{AS}utvalg"), x.findtext(f"{AS}moetedato")) for x in moeter] == [
        ("Formannskapet", k["fsk1"].dato.isoformat()),
        ("Kommunestyret", k["kst1"].dato.isoformat()),
    ]
    fsk, kst = moeter
    assert fsk.findtext(f"{AS}moetenummer") == f"{k['fsk1'].motenummer}"
    assert fsk.findtext(f"{AS}moetested") == "Formannskapssalen"
    assert kst.findtext(f"{AS}moetested") == "Kommunestyresalen"
    deltakere = {
        (x.findtext(f"{AS}moetedeltakerNavn"), x.findtext(f"{AS}moetedeltakerFunksjon"))
        for x in fsk.iterfind(f"{AS}moetedeltaker")
    }
    assert ("Siri Haugland", "Leder") in deltakere and ("Kjell Ødegård", "Varamedlem") in deltakere
    # The møter sit in their own klassifikasjonssystem, one klasse per utvalg.
    assert fsk.getparent().findtext(f"{AS}klasseID") == "FSK"
    assert kst.getparent().findtext(f"{AS}klasseID") == "KST"

    # One moeteregistrering per behandling, in saksliste order: public saker, the shielded last, then RS.
    regs = fsk.findall(f"{AS}registrering")
    assert all(r.get(XSI_TYPE) == "moeteregistrering" for r in regs)
    aar = k["fsk1"].dato.year % 100
    typer = [(r.findtext(f"{AS}registreringsID"), r.findtext(f"{AS}moetesakstype")) for r in regs]
    assert sorted(typer) == sorted(
        [(f"PS 1/{aar}", "Politisk sak"), (f"PS 2/{aar}", "Politisk sak"), (f"RS 1/{aar}", "Referatsak")]
    )
    etter_tittel = {r.findtext(f"{AS}tittel"): r for r in regs}
    plan = etter_tittel["Barnehagebehovsplan 2027–2030"]
    assert plan.findtext(f"{AS}moeteregistreringstype") == "Saksframlegg"
    assert plan.findtext(f"{AS}moeteregistreringsstatus") == "Vedtatt"
    assert plan.findtext(f"{AS}beskrivelse") == "Vedtak: " + FYLT["Kommunedirektørens innstilling"]
    assert plan.findtext(f"{AS}saksbehandler") and plan.findtext(f"{AS}administrativEnhet")
    merknader = [x.findtext(f"{AS}merknadstekst") for x in plan.iterfind(f"{AS}merknad")]
    assert merknader == ["Hjemmel: Barnehageloven § 8", "Melding om vedtak til: Foreldrerådet"]
    rektor = etter_tittel["Ansettelse av rektor"]
    assert rektor.findtext(f"{AS}skjerming/{AS}tilgangsrestriksjon") == "U"
    assert rektor.findtext(f"{AS}beskrivelse") == "Vedtak: Kari Nordmann ansettes som rektor."
    assert etter_tittel["Brev fra Statsforvalteren"].findtext(f"{AS}moeteregistreringstype") == "Referatsak"

    # References resolve: each behandling to its sakspapir, and along the saksgang FSK → KST.
    jp_sid = {
        r.findtext(f"{AS}registreringsID"): r.findtext(f"{AS}systemID")
        for r in tre.iterfind(f".//{AS}registrering")
        if r.get(XSI_TYPE) == "journalpost"
    }
    assert plan.findtext(f"{AS}kryssreferanse/{AS}referanseTilRegistrering") == jp_sid[k["nr"]]
    kst_plan = kst.find(f"{AS}registrering")
    assert kst_plan.findtext(f"{AS}beskrivelse") == "Vedtak: Planen vedtas med endringer."
    assert plan.findtext(f"{AS}referanseTilMoeteregistrering") == kst_plan.findtext(f"{AS}systemID")
    assert kst_plan.findtext(f"{AS}referanseFraMoeteregistrering") == plan.findtext(f"{AS}systemID")
    assert fsk.findtext(f"{AS}referanseNesteMoete") is None  # the next FSK møte has nothing in the uttrekk

    # The depot check catches a reference that points nowhere.
    sti = ut / "arkivstruktur.xml"
    tekst = sti.read_text(encoding="utf-8")
    sti.write_text(tekst.replace(kst_plan.findtext(f"{AS}referanseFraMoeteregistrering"),
                                 "00000000-0000-0000-0000-000000000000", 1), encoding="utf-8")  # fmt: skip
    feil = "\n".join(kontroller(ut, test=True).feil)
    assert "peker ikke på noe i uttrekket" in feil
