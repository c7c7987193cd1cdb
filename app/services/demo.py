"""The demo and training database: three units, eleven people, realistic saker in every state.

Built through the same services a user calls, so every row obeys the rules and
has its endringslogg; only the organisation itself is created directly.
"""

from __future__ import annotations

import os
import random
from datetime import timedelta
from pathlib import Path

from app.services import (
    arkivformat, avskrivning, dokumenter, ekspedering, journalposter, oppgaver, saker, sakstilgang,
)  # fmt: skip
from app.services.arbeid import Kontekst
from app.services.brukere import opprett_bruker, opprett_enhet, sett_stedfortreder
from app.services.journalposter import FilInn, NyJournalpost, PartInn
from app.store.db import Database

ENHETER = [
    ("OPP", "Oppvekst og kultur"),
    ("TEK", "Plan, bygg og eiendom"),
    ("ORG", "Organisasjon og dokumentsenter"),
]

BRUKERE = [
    # initialer, navn, enhet, roller, koder, leder for. Leaders hold XX: they make the
    # offentlighetsvurdering of posts the archive registered as midlertidig skjermet.
    ("RAD", "Randi Aasen", "ORG", ["leder", "radmann"], ["U", "P", "P1"], []),
    ("KLE", "Kari Lie", "OPP", ["leder", "saksbehandler"], ["U", "E", "P", "XX"], ["OPP"]),
    ("OHA", "Ola Hansen", "OPP", ["saksbehandler"], ["E"], []),
    ("ISO", "Ingrid Solberg", "OPP", ["saksbehandler"], ["E", "U"], []),
    ("TBA", "Trond Bakken", "TEK", ["leder", "saksbehandler"], ["U", "P", "XX"], ["TEK"]),
    ("MBE", "Marte Berg", "TEK", ["saksbehandler"], [], []),
    ("SNI", "Sindre Nilsen", "TEK", ["saksbehandler"], ["U"], []),
    ("PKR", "Per Kristiansen", "ORG", ["leder", "saksbehandler"], ["P", "P1", "U", "XX"], ["ORG"]),
    ("LMO", "Liv Moen", "ORG", ["saksbehandler", "motesekretar"], ["P"], []),
    ("ALA", "Anne Larsen", "ORG", ["arkiv"], ["U", "P", "P1", "E", "S", "IS", "XX"], []),
    ("HJO", "Hege Johansen", "ORG", ["arkiv", "systemansvarlig"], ["U", "P", "E", "XX"], []),
]

EPOST_DOMENE = "demokommune.no"

PRIVATE = [
    ("Lars Eriksen", "Storgata 12", "2211", "Kongsvinger", "lars.eriksen@eksempel.no"),
    ("Mona Haugen", "Skogveien 4", "2212", "Kongsvinger", "mona.haugen@eksempel.no"),
    ("Nordbygg AS", "Industriveien 7", "2213", "Kongsvinger", "post@nordbygg.no"),
    ("Statsforvalteren i Innlandet", "Postboks 987", "2604", "Lillehammer", "sfinpost@statsforvalteren.no"),
    ("Aksel Dahl", "Fjellgata 3", "2210", "Granli", None),
    ("Huseierforeningen", "Postboks 55", "2201", "Kongsvinger", "post@huseier.no"),
    ("Eva Strand", "Bjørkeveien 19", "2215", "Roverud", "eva.strand@eksempel.no"),
    ("Glåmdal Revisjon IKS", "Postboks 100", "2201", "Kongsvinger", "post@glamdalrevisjon.no"),
]

# (enhet, ansvarlig, sakstype, tittel, tittel2, klasse, skjerming)
SAKER = [
    ("TEK", "MBE", "BS", "Byggesak gnr 12 bnr 45 - tilbygg enebolig", None, "12/45", None),
    ("TEK", "MBE", "BS", "Byggesak gnr 3 bnr 118 - garasje", None, "3/118", None),
    ("TEK", "SNI", "BS", "Byggesak gnr 40 bnr 2 - bruksendring til boligformål", None, "40/2", None),
    ("TEK", "SNI", "RS", "Detaljregulering Vestsiden boligfelt", None, "L12", None),
    ("TEK", "MBE", "ES", "Salg av kommunal tomt Holtet næringsområde", None, "611", None),
    ("TEK", "SNI", "GS", "Klage på kommunale avgifter 2026", None, "231", None),
    ("TEK", "TBA", "GS", "Vedlikeholdsplan kommunale bygg 2027", None, "614", None),
    ("TEK", "MBE", "BS", "Ulovlig oppført bod gnr 7 bnr 9", None, "7/9", None),
    ("TEK", "SNI", "GS", "Søknad om utslippstillatelse Skogli renseanlegg", None, "M41", None),
    ("TEK", "MBE", "BS", "Byggesak gnr 22 bnr 6 - riving av uthus", None, "22/6", None),
    ("TEK", "TBA", "GS", "Trafikksikkerhetsplan 2026-2030", None, "Q80", None),
    ("TEK", "SNI", "ES", "Kjøp av grunn til gang- og sykkelvei Brugata", None, "Q13", None),
    ("OPP", "OHA", "BHG", "Søknad om barnehageplass hovedopptak 2027", None, "A10", None),
    (
        "OPP",
        "OHA",
        "ELEV",
        "Elevmappe",
        "Jonas Eriksen, f. 2014",
        "B31",
        ("E", "Offl. § 13 jf. fvl. § 13", 2),
    ),
    ("OPP", "ISO", "ELEV", "Elevmappe", "Sara Haugen, f. 2012", "B31", ("E", "Offl. § 13 jf. fvl. § 13", 2)),
    ("OPP", "ISO", "GS", "Tilsyn med barnehager 2026", None, "A10", None),
    ("OPP", "OHA", "SFO", "Søknad om redusert foreldrebetaling SFO", None, "A15", None),
    ("OPP", "ISO", "GS", "Kulturmidler 2027 - søknader fra lag og foreninger", None, "223", None),
    (
        "OPP",
        "OHA",
        "GS",
        "Skolebytte - søknad om skoleplass ved Austmarka skole",
        "Mia Strand",
        "B15",
        ("U", "Offl. § 13 jf. fvl. § 13", 2),
    ),
    ("OPP", "KLE", "GS", "Budsjett oppvekst 2027", None, "151", None),
    (
        "OPP",
        "ISO",
        "GS",
        "Bekymringsmelding",
        "Gjelder barn i familie på Roverud",
        "F47",
        ("U", "Offl. § 13 jf. bvl. § 13-1", 3),
    ),
    ("OPP", "OHA", "GS", "Skyss av elever - klage på vedtak", None, "N03", None),
    (
        "OPP",
        "ISO",
        "GS",
        "Spesialundervisning - sakkyndig vurdering",
        "Elev ved Vangen skole",
        "B35",
        ("E", "Offl. § 13 jf. fvl. § 13", 2),
    ),
    ("OPP", "OHA", "GS", "Ny lekeplass Langeland barnehage", None, "A10", None),
    ("ORG", "LMO", "PERS", "Personalmappe", "Mona Haugen, f. 1978", "400", ("P", "Offl. § 25", 2)),
    ("ORG", "LMO", "PERS", "Tilsetting - rådgiver plan og bygg", None, "411", None),
    (
        "ORG",
        "PKR",
        "PERS",
        "Personalsak - oppfølging sykefravær",
        "Lars Eriksen",
        "461",
        ("P", "Offl. § 13 jf. fvl. § 13", 3),
    ),
    ("ORG", "PKR", "GS", "Lønnsforhandlinger 2026", None, "414", None),
    ("ORG", "LMO", "GS", "Innkjøp av nytt sak/arkivsystem", None, "055", None),
    ("ORG", "PKR", "GS", "Revisjonsrapport dokumentasjonsforvaltning", None, "046", None),
    ("ORG", "LMO", "PERS", "Tilsetting - lærer Austmarka skole", None, "411", None),
    ("ORG", "PKR", "GS", "Arkivplan 2026", None, "060", None),
    ("TEK", "MBE", "BS", "Byggesak gnr 5 bnr 77 - fasadeendring", None, "5/77", None),
    ("TEK", "SNI", "GS", "Vinterdrift kommunale veier 2026/2027", None, "Q51", None),
    ("OPP", "ISO", "GS", "Leirskole 7. trinn 2027", None, "B23", None),
    ("OPP", "OHA", "BHG", "Søknad om dispensasjon fra barnehagenormen", None, "A10", None),
    ("TEK", "MBE", "BS", "Byggesak gnr 31 bnr 4 - ny enebolig", None, "31/4", None),
    ("ORG", "LMO", "GS", "Velferdstiltak for ansatte 2027", None, "430", None),
    ("TEK", "SNI", "ES", "Festekontrakt hyttetomt Vingersjøen", None, "611", None),
    ("OPP", "KLE", "GS", "Rektormøter 2026 - referater", None, "033", None),
    ("TEK", "TBA", "GS", "Søknad om startlån", "Eva Strand", "252", ("U", "Offl. § 13 jf. fvl. § 13", 2)),
    ("ORG", "PKR", "GS", "Politisk sekretariat - møteplan 2027", None, "033", None),
    ("TEK", "MBE", "BS", "Byggesak gnr 8 bnr 210 - terrasse", None, "8/210", None),
    ("OPP", "ISO", "GS", "Klage på karakter i muntlig eksamen", None, "B47", None),
]


def _sted(db: Database, initialer: str, som: str | None = None) -> Kontekst:
    return Kontekst(db, initialer, som)


def _part(rnd: random.Random) -> PartInn:
    navn, adr, pnr, sted, epost = rnd.choice(PRIVATE)
    return PartInn(navn=navn, adresse=adr, postnummer=pnr, poststed=sted, epost=epost)


BREVTEKST = [
    "Vi viser til henvendelsen og takker for den.",
    "Saken er registrert og fordelt til saksbehandler, som vil ta kontakt",
    "dersom det er behov for flere opplysninger.",
    "",
    "Med hilsen",
    "Demokommune",
]


def enkel_pdf(tittel: str, linjer: list[str] = BREVTEKST) -> bytes:
    """A small valid one-page PDF (title and a few lines), so demo documents can be previewed."""

    def tekst(t: str) -> str:
        return (
            t.encode("latin-1", "replace")
            .decode("latin-1")
            .replace("\\", "")
            .replace("(", "[")
            .replace(")", "]")
        )

    brodtekst = " ".join(f"({tekst(linje)}) ' " for linje in linjer)
    innhold = f"BT /F1 16 Tf 72 760 Td ({tekst(tittel)}) Tj /F1 11 Tf 16 TL T* {brodtekst}ET".encode(
        "latin-1"
    )
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(innhold)).encode() + b" >>\nstream\n" + innhold + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    ut = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(ut))
        ut += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(ut)
    ut += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offs:
        ut += f"{off:010d} 00000 n \n".encode()
    ut += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(ut)


def lag_demo(sti: str | os.PathLike | None, *, seed: int = 2026) -> Database:
    """Create (or reset) the demo database at ``sti`` and fill it."""
    if sti is not None and "://" not in str(sti) and str(sti) != ":memory:":
        p = Path(sti)
        p.parent.mkdir(parents=True, exist_ok=True)
        for ending in ("", "-wal", "-shm"):
            Path(str(p) + ending).unlink(missing_ok=True)
    db = Database.aapne(sti)
    db.sett_innstilling("demo", "ja")
    fyll_demo(db, seed=seed)
    return db


def fyll_demo(db: Database, *, seed: int = 2026) -> None:
    rnd = random.Random(seed)
    idag = db.idag()
    for kode, navn in ENHETER:
        opprett_enhet(db, kode=kode, navn=navn)
    for ini, navn, enhet, roller, koder, leder_for in BRUKERE:
        epost = f"{navn.split()[0].lower()}.{navn.split()[-1].lower()}@{EPOST_DOMENE}".replace("å", "a")
        opprett_bruker(
            db,
            initialer=ini,
            navn=navn,
            enhet=enhet,
            epost=epost,
            roller=roller,
            koder=koder,
            leder_for=leder_for,
        )

    arkiv = _sted(db, "ALA")
    sett_stedfortreder(
        _sted(db, "TBA"),
        leder="TBA",
        stedfortreder="SNI",
        fra=idag - timedelta(days=3),
        til=idag + timedelta(days=10),
        koder=["U"],
    )
    sett_stedfortreder(
        _sted(db, "KLE"),
        leder="KLE",
        stedfortreder="ISO",
        fra=idag - timedelta(days=60),
        til=idag - timedelta(days=30),
        koder=["U", "E"],
    )
    sett_stedfortreder(
        _sted(db, "KLE"),
        leder="KLE",
        stedfortreder="OHA",
        fra=idag + timedelta(days=20),
        til=idag + timedelta(days=34),
        koder=["E"],
    )

    saksnr = []
    for i, (enhet, ansv, stype, tittel, tittel2, klasse, skj) in enumerate(SAKER):
        ctx = _sted(db, ansv)
        kode, hjemmel, nivaa = skj if skj else (None, None, None)
        r = saker.opprett_sak(
            ctx,
            tittel=tittel,
            tittel2=tittel2,
            enhet=enhet,
            sakstype=stype,
            klasse=klasse,
            tilgangskode=kode,
            hjemmel=hjemmel,
            nivaa=nivaa,
        )
        saksnr.append((r.krev_saksnummer(), ansv, enhet))
        if i % 4 != 3:  # the archive has checked most of them (B); the rest stay R
            saker.sett_saksstatus(arkiv, r.krev_saksnummer(), "B")
        if tittel == "Byggesak gnr 8 bnr 210 - terrasse":
            # Across units (handbook 002): the terrace borders the school's playground, so MBE lets
            # Oppvekst's ISO register the school's letters in her sak.
            sakstilgang.gi_skrivetilgang(ctx, r.krev_saksnummer(), til="ISO")

    def inn(
        nr: str,
        sbh: str | None,
        tittel: str,
        *,
        forfall_om: int | None = None,
        ctx: Kontekst | None = None,
        kopi=(),
        fil=True,
    ) -> str:
        part = _part(rnd)
        ny = NyJournalpost(
            sak=nr,
            type="I",
            tittel=tittel,
            avsendere=[part],
            kopimottakere=[PartInn(navn=k) for k in kopi],
            saksbehandler=sbh,
            forfallsdato=idag + timedelta(days=forfall_om) if forfall_om is not None else None,
            dokumentdato=idag - timedelta(days=rnd.randint(1, 20)),
            filer=[FilInn(f"{tittel[:40]}.pdf", enkel_pdf(tittel), tilknytning="hoveddokument")]
            if fil
            else [],
        )
        return journalposter.registrer_journalpost(
            ctx or _sted(db, sbh or "ALA"), ny
        ).krev_journalpostnummer()

    def ut(
        nr: str, sbh: str, tittel: str, mottaker: PartInn | None = None, *, type_: str = "U", kopi=()
    ) -> str:
        ny = NyJournalpost(
            sak=nr,
            type=type_,
            tittel=tittel,
            mottakere=[mottaker or _part(rnd)],
            kopimottakere=[PartInn(navn=k) for k in kopi],
            filer=[FilInn(f"{tittel[:40]}.pdf", enkel_pdf(tittel), tilknytning="hoveddokument")],
        )
        return journalposter.registrer_journalpost(_sted(db, sbh), ny).krev_journalpostnummer()

    by = {nr: (ansv, enhet) for nr, ansv, enhet in saksnr}
    nr_liste = [nr for nr, _, _ in saksnr]

    # Incoming post waiting (Ubehandlet) and overdue (Forfall) for several saksbehandlere.
    for j, nr in enumerate(nr_liste[:30]):
        ansv, _ = by[nr]
        forfall = [10, 14, -3, 5, -10, 21, 1, -1][j % 8]
        inn(nr, ansv, _inn_tittel(SAKER[j][3], j), forfall_om=forfall)

    # Avskrevet directly: TE, and TLF with its merknad.
    jp = inn(nr_liste[1], "MBE", "Orientering om nabovarsel", forfall_om=7)
    avskrivning.avskriv(_sted(db, "MBE"), [jp], kode="TE")
    jp = inn(nr_liste[2], "SNI", "Spørsmål om saksbehandlingstid", forfall_om=7)
    avskrivning.avskriv(_sted(db, "SNI"), [jp], kode="TLF", merknad="Ringte søker og ga muntlig svar")

    # Answers in progress: Dokumenter i arbeid; two sent to approval five days ago (reminders show);
    # one approved and ekspedert.
    db.kursklokke = idag - timedelta(days=5)
    jp = inn(nr_liste[0], "MBE", "Søknad om tillatelse til tiltak - tilbygg", forfall_om=9)
    svar = _besvar(_sted(db, "MBE"), [jp], tittel="Tillatelse til tiltak - tilbygg")
    oppgaver.send_oppgave(
        _sted(db, "MBE"), type_="godkjenning", jpnr=svar, til="TBA", merknad="Ber om godkjenning av vedtaket"
    )

    jp = inn(nr_liste[12], "OHA", "Søknad om barnehageplass for to barn", forfall_om=12)
    svar = _besvar(_sted(db, "OHA"), [jp], tittel="Tilbud om barnehageplass")
    oppgaver.send_oppgave(
        _sted(db, "OHA"), type_="godkjenning", jpnr=svar, til="KLE", merknad="Klar for godkjenning"
    )
    db.kursklokke = None

    jp = inn(nr_liste[16], "OHA", "Søknad om redusert foreldrebetaling", forfall_om=4)
    svar = _besvar(_sted(db, "OHA"), [jp], tittel="Vedtak om redusert foreldrebetaling")
    o = oppgaver.send_oppgave(_sted(db, "OHA"), type_="godkjenning", jpnr=svar, til="KLE").krev_oppgave()
    oppgaver.merk_oppgave_lest(_sted(db, "KLE"), o)
    oppgaver.svar_oppgave(_sted(db, "KLE"), o, svar="godkjent", merknad="Godkjent, kan sendes")

    jp = inn(nr_liste[5], "SNI", "Klage på gebyr for feiing", forfall_om=6)
    svar = _besvar(_sted(db, "SNI"), [jp], tittel="Svar på klage på feiegebyr")
    journalposter.ferdigstill(_sted(db, "SNI"), svar)
    ekspedering.ekspeder(_sted(db, "SNI"), svar, kanal="epost" if _har_epost(db, svar) else "papir")

    # Own letters and notes in progress.
    ut(nr_liste[6], "TBA", "Innkalling til befaring av kommunale bygg")
    ut(
        nr_liste[10],
        "TBA",
        "Høring - trafikksikkerhetsplan",
        PartInn(
            navn="Statsforvalteren i Innlandet",
            epost="sfinpost@statsforvalteren.no",
            adresse="Postboks 987",
            postnummer="2604",
            poststed="Lillehammer",
        ),
    )
    ut(nr_liste[19], "KLE", "Budsjettinnspill fra oppvekst", PartInn(navn="RAD"), type_="N")
    ut(
        nr_liste[28],
        "LMO",
        "Behovsanalyse nytt sak/arkivsystem",
        PartInn(navn="PKR"),
        type_="X",
        kopi=["ALA"],
    )
    ut(nr_liste[17], "ISO", "Tildeling av kulturmidler 2027", kopi=["KLE"])

    # Copies (Kopier) once ferdigstilt: the X note, and a letter with an internal copy.
    x = ut(nr_liste[31], "PKR", "Referat fra arkivmøte", PartInn(navn="LMO"), type_="X", kopi=["ALA", "HJO"])
    ekspedering.ekspeder(_sted(db, "PKR"), x)
    n = ut(
        nr_liste[29], "PKR", "Oppfølging av revisjonsrapport", PartInn(navn="LMO"), type_="N", kopi=["RAD"]
    )
    ekspedering.ekspeder(_sted(db, "PKR"), n)

    # Tasks in flight.
    jp = inn(nr_liste[3], "SNI", "Merknad til planforslag fra nabo", forfall_om=15)
    oppgaver.send_oppgave(
        _sted(db, "SNI"), type_="uttalelse", jpnr=jp, til="MBE", merknad="Kan du se på merknaden?"
    )
    oppgaver.send_oppgave(
        _sted(db, "TBA"), type_="beskjed", jpnr=jp, til="SNI", merknad="Husk fristen for høringen"
    )
    oppgaver.send_oppgave(
        _sted(db, "ISO"),
        type_="intern-kopi",
        jpnr=inn(nr_liste[15], "ISO", "Tilsynsrapport Langeland barnehage", forfall_om=20),
        til="KLE",
    )
    oppgaver.send_oppgave(
        _sted(db, "MBE"),
        type_="dokumentsenter",
        jpnr=inn(nr_liste[7], "MBE", "Bilder av ulovlig bod", forfall_om=8),
        merknad="Dokumentet er registrert på feil sak, skal til 2026/33",
    )

    # Incoming post registered by the archive without saksbehandler: Til fordeling for the leaders.
    for nr, tittel in (
        (nr_liste[8], "Søknad om utslippstillatelse - tilleggsopplysninger"),
        (nr_liste[13], "Kartleggingsprøver - resultater"),
        (nr_liste[23], "Tilbud på lekeapparater"),
    ):
        inn(nr, None, tittel, ctx=arkiv, forfall_om=14)
    # Registered by the archive in doubt about publicity: M with XX, Til offentlighetsvurdering.
    journalposter.registrer_journalpost(
        arkiv,
        NyJournalpost(
            sak=nr_liste[20],
            type="I",
            tittel="Melding fra helsestasjon",
            avsendere=[PartInn(navn="Helsestasjonen")],
            tilgangskode="XX",
            hjemmel="Ikke vurdert",
            nivaa=2,
        ),
    )

    # Finished saker: everything answered and journalført, given arkivformat (Ghostscript), then
    # closed by the archive; without Ghostscript the failures are on the documents and they stay open.
    arkivert = set()
    for nr in nr_liste[36:40]:
        ansv, _ = by[nr]
        jp = inn(nr, ansv, "Henvendelse " + nr, forfall_om=5)
        svar = _besvar(_sted(db, ansv), [jp], tittel="Svar på henvendelse")
        journalposter.ferdigstill(_sted(db, ansv), svar)
        ekspedering.ekspeder(_sted(db, ansv), svar, kanal="papir")
        journalposter.journalfor(arkiv, jp)
        journalposter.journalfor(arkiv, svar)
        ferdig = not any(arkivformat.lag_arkivformat(arkiv, j).feilet for j in (jp, svar))
        if ferdig and nr in nr_liste[36:39]:
            arkivert.add(nr)
    for nr in sorted(arkivert):
        saker.sett_saksstatus(arkiv, nr, "A")
    saker.be_om_avslutning(_sted(db, by[nr_liste[39]][0]), nr_liste[39], merknad="Saken er ferdig behandlet")
    # One withdrawn (U), one outside process control (X), OBS-dates.
    saker.meld_utgaar(_sted(db, by[nr_liste[43]][0]), nr_liste[43], grunn="Opprettet ved en feil")
    saker.sett_saksstatus(arkiv, nr_liste[41], "X")
    for nr, dager in (
        (nr_liste[0], 2),
        (nr_liste[3], -1),
        (nr_liste[12], 4),
        (nr_liste[24], 3),
        (nr_liste[20], 1),
    ):
        saker.sett_obs(
            _sted(db, by[nr][0]), nr, dato=idag + timedelta(days=dager), kommentar="Følg opp fristen"
        )
    saker.legg_til_merknad(
        _sted(db, "MBE"), jpnr=f"{nr_liste[0]}-1", tekst="Mangler situasjonsplan", gul=True
    )
    saker.legg_til_presedens(
        _sted(db, "TBA"),
        nr_liste[7],
        type_="vedtak",
        stikkord="Ulovlig bod i strandsonen",
        tekst="Pålegg om riving",
    )
    from app.services.politikk import demo as politikk_demo

    politikk_demo.fyll(db, idag)


def _besvar(ctx: Kontekst, jpnr: list[str], *, tittel: str) -> str:
    """Besvar og avskriv, with the letter itself attached as the main document; the answer's number."""
    svar = avskrivning.besvar(ctx, jpnr, tittel=tittel).krev_journalpostnummer()
    dokumenter.legg_til_dokument(
        ctx,
        svar,
        FilInn(f"{tittel[:40]}.pdf", enkel_pdf(tittel), tilknytning="hoveddokument"),
    )
    return svar


def _har_epost(db: Database, jpnr: str) -> bool:
    from app.services.visning import vis_journalpost

    info = vis_journalpost(Kontekst(db, "ALA"), jpnr)
    return all(p.epost for p in info.mottakere)


INNGAAENDE = {
    "BS": [
        "Søknad om tillatelse til tiltak",
        "Nabomerknad til byggesøknad",
        "Tilleggsdokumentasjon",
        "Søknad om ferdigattest",
    ],
    "RS": ["Merknad til planforslag", "Uttalelse fra Statens vegvesen", "Innspill fra grunneier"],
    "ES": ["Bud på tomt", "Henvendelse om grensejustering", "Kjøpekontrakt i retur"],
    "BHG": ["Søknad om barnehageplass", "Søknad om bytte av barnehage", "Oppsigelse av barnehageplass"],
    "ELEV": ["Melding om fravær", "Søknad om permisjon fra undervisning", "Referat fra foreldresamtale"],
    "SFO": ["Søknad om redusert foreldrebetaling", "Oppsigelse av SFO-plass"],
    "PERS": ["Søknad på stilling", "Legeerklæring", "Søknad om permisjon"],
    "GS": [
        "Henvendelse fra innbygger",
        "Klage",
        "Spørsmål om saksbehandlingstid",
        "Innspill",
        "Purring på svar",
        "Uttalelse",
    ],
}


def _inn_tittel(sakstittel: str, j: int) -> str:
    sakstype = SAKER[j][2]
    maler = INNGAAENDE.get(sakstype, INNGAAENDE["GS"])
    tittel = maler[j % len(maler)]
    if sakstype == "GS":
        return f"{tittel} - {sakstittel[0].lower() + sakstittel[1:]}"
    return tittel
