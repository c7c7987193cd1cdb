"""Political treatment (issue 15) through the services, on SQLite and PostgreSQL: saksgang,
klar til behandling after the approval chain, the late sakspapir, saksliste, vedtak, the
delegasjonsliste and «Referer i utvalg». The PDFs are read back with pypdf."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.dokumenter.saksframlegg import skriv_overskrifter
from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.domain.regler import politikk as regler
from app.services import dokumenter, dokumentmal, journalposter, oppgaver, saker, visning
from app.services.arbeid import Kontekst
from app.services.journalposter import NyJournalpost
from app.services.politikk import behandling, lesing, mote
from app.store import models as m
from app.store.modeller import politikk as pm
from tests.test_dokumenter_maler import docx_tekst
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (the fixture)

FYLT = {
    "Kommunedirektørens innstilling": "Kommunestyret vedtar ny barnehagebehovsplan for 2027–2030.",
    "Dokumentliste/vedlegg": "Barnehagebehovsplan 2027–2030 (utkast)",
    "Sammendrag": "Planen viser behovet for nye plasser.",
    "Bakgrunn": "Planen rulleres hvert fjerde år.",
    "Saksopplysninger": "Barnetallet øker på Vestsiden.",
    "Økonomiske konsekvenser": "Ingen i 2027.",
    "Vurdering": "Kommunedirektøren tilrår planen.",
}


def ctx(db, ini: str) -> Kontekst:
    return Kontekst(db, ini)


def nytt_saksframlegg(db, tittel: str, *, sak: str | None = None, fyll: bool = True, kode=None) -> str:
    """OHA writes an S from the saksframlegg template (and fills it, as in Word)."""
    oha = ctx(db, "OHA")
    if sak is None:
        sak = saker.opprett_sak(oha, tittel=f"Sak: {tittel}", klasse="000").krev_saksnummer()
    ny = NyJournalpost(sak=sak, type="S", tittel=tittel, tilgangskode=kode,
                       hjemmel="Offl. § 14" if kode else None, nivaa=1 if kode else None)  # fmt: skip
    nr = journalposter.registrer_journalpost(oha, ny).krev_journalpostnummer()
    dokumentmal.ny_fra_mal(oha, nr, mal="saksframlegg")
    if fyll:
        fyll_saksframlegg(db, nr)
    return nr


def fyll_saksframlegg(db, nr: str, innhold: dict[str, str] = FYLT) -> None:
    oha = ctx(db, "OHA")
    dok = dokumenter.liste(oha, nr)[0]
    data = dokumenter.hent(oha, nr, dokument_id=dok.id).data
    dokumenter.sjekk_inn(
        oha, nr, dokument_id=dok.id, filnavn="saksframlegg.docx", data=skriv_overskrifter(data, innhold)
    )


def godkjenn(db, nr: str) -> None:
    """saksbehandler → leader (KLE) → kommunedirektør (RAD), the existing approval chain."""
    o = oppgaver.send_oppgave(ctx(db, "OHA"), type_="godkjenning", til="KLE", jpnr=nr).krev_oppgave()
    o2 = oppgaver.svar_oppgave(ctx(db, "KLE"), o, svar="videresendt", til="RAD").krev_oppgave()
    oppgaver.svar_oppgave(ctx(db, "RAD"), o2, svar="godkjent")


def moter(db, kode: str) -> list:
    return mote.liste_moter(ctx(db, "LMO"), kode)


def pdf_tekst(data: bytes) -> str:
    return "\n".join(s.extract_text() for s in PdfReader(io.BytesIO(data)).pages)


def test_et_tomt_avsnitt_stopper_ferdigstillingen_og_navnes(demo_db):
    nr = nytt_saksframlegg(demo_db, "Barnehagebehovsplan", fyll=False)
    fyll_saksframlegg(demo_db, nr, {k: v for k, v in FYLT.items() if k != "Bakgrunn"})
    with pytest.raises(UgyldigTilstand) as feil:
        journalposter.ferdigstill(ctx(demo_db, "OHA"), nr)
    assert "tom: Bakgrunn" in str(feil.value)
    assert visning.vis_journalpost(ctx(demo_db, "OHA"), nr).status == "R"
    fyll_saksframlegg(demo_db, nr)
    journalposter.ferdigstill(ctx(demo_db, "OHA"), nr)


def test_saksgangen_fra_formannskap_til_kommunestyre_og_oppfolging(demo_db):
    nr = nytt_saksframlegg(demo_db, "Barnehagebehovsplan 2027–2030")
    fsk1 = moter(demo_db, "FSK")[0]
    behandling.sett_saksgang(ctx(demo_db, "OHA"), nr, utvalg=["FSK", "KST"], hjemmel="Barnehageloven § 8",
                             melding_til=["Foreldrerådet"], onsket_mote=fsk1.dato)  # fmt: skip
    assert [r.status for r in lesing.saksgang(ctx(demo_db, "OHA"), nr)] == ["I saksgangen"] * 2
    assert lesing.klar_til_behandling(ctx(demo_db, "LMO")) == []

    godkjenn(demo_db, nr)

    klar = lesing.klar_til_behandling(ctx(demo_db, "LMO"))
    assert [(r.journalpostnummer, r.utvalg, r.motedato) for r in klar] == [(nr, "FSK", fsk1.dato)]
    with pytest.raises(IngenTilgang):
        behandling.sett_opp(ctx(demo_db, "OHA"), klar[0].utvalgssak_id)
    mote.fyll_saksliste(ctx(demo_db, "LMO"), fsk1.id)
    liste = mote.saksliste(ctx(demo_db, "LMO"), fsk1.id)
    aar = fsk1.dato.year % 100
    assert [(r.utvalgssaksnummer, r.innstilling) for r in liste] == [
        (f"PS 1/{aar}", FYLT["Kommunedirektørens innstilling"])
    ]
    with pytest.raises(UgyldigTilstand, match="låses"):
        behandling.fatt_vedtak(ctx(demo_db, "LMO"), liste[0].id, status="vedtatt")
    mote.las_mote(ctx(demo_db, "LMO"), fsk1.id)
    with pytest.raises(UgyldigTilstand):
        mote.sett_rekkefolge(ctx(demo_db, "LMO"), fsk1.id, behandlinger=[liste[0].id])

    r = behandling.fatt_vedtak(ctx(demo_db, "LMO"), liste[0].id, status="vedtatt")  # the innstilling
    assert "går videre til KST" in r.melding
    kst = lesing.klar_til_behandling(ctx(demo_db, "LMO"))
    assert [(k.utvalg, k.motedato) for k in kst] == [("KST", moter(demo_db, "KST")[0].dato)]
    kst1 = moter(demo_db, "KST")[0]
    behandling.sett_opp(ctx(demo_db, "LMO"), kst[0].utvalgssak_id)
    mote.las_mote(ctx(demo_db, "LMO"), kst1.id)
    b = mote.saksliste(ctx(demo_db, "LMO"), kst1.id)[0]
    assert b.innstilling == FYLT["Kommunedirektørens innstilling"]  # FSK's vedtak carried over
    behandling.fatt_vedtak(ctx(demo_db, "LMO"), b.id, status="vedtatt", tekst="Planen vedtas med endringer.")

    assert [x.journalpostnummer for x in lesing.til_oppfolging(ctx(demo_db, "LMO"))] == [nr]
    with demo_db.session() as s:
        o = s.scalars(select(m.Oppgave).where(m.Oppgave.type == "beskjed", m.Oppgave.status == "aktiv")).all()
        varsel = [x for x in o if x.merknad and x.merknad.startswith("Vedtak i KST")]
        assert len(varsel) == 1 and "Planen vedtas med endringer." in varsel[0].merknad
        assert "Foreldrerådet" in varsel[0].merknad
    behandling.bekreft_oppfolging(ctx(demo_db, "OHA"), b.id)
    assert lesing.til_oppfolging(ctx(demo_db, "LMO")) == []
    with demo_db.session() as s:
        assert s.get(m.Oppgave, varsel[0].id).status == "besvart"
        assert s.get(pm.Mote, kst1.id).status == "avholdt"

    # A partsbrev from the vedtaksbrev template merges the vedtak text.
    brev = journalposter.registrer_journalpost(
        ctx(demo_db, "OHA"),
        NyJournalpost(
            sak=nr.split("-")[0],
            type="U",
            tittel="Melding om vedtak",
            mottakere=[journalposter.PartInn(navn="Foreldrerådet")],
        ),  # fmt: skip
    ).krev_journalpostnummer()
    dokumentmal.ny_fra_mal(ctx(demo_db, "OHA"), brev, mal="vedtaksbrev")
    dok = dokumenter.liste(ctx(demo_db, "OHA"), brev)[0]
    assert "Planen vedtas med endringer." in docx_tekst(
        dokumenter.hent(ctx(demo_db, "OHA"), brev, dokument_id=dok.id).data
    )


def test_et_sent_sakspapir_flyttes_til_neste_mote_og_saksbehandleren_faar_beskjed(demo_db):
    nr = nytt_saksframlegg(demo_db, "Skolebruksplan")
    fsk1, fsk2 = moter(demo_db, "FSK")[:2]
    behandling.sett_saksgang(ctx(demo_db, "OHA"), nr, utvalg=["FSK"], onsket_mote=fsk1.dato)
    demo_db.kursklokke = fsk1.skrivefrist + timedelta(days=1)
    try:
        godkjenn(demo_db, nr)
        klar = lesing.klar_til_behandling(ctx(demo_db, "LMO"))
        assert [(k.journalpostnummer, k.motedato) for k in klar] == [(nr, fsk2.dato)]
        with pytest.raises(UgyldigTilstand, match="etter møtets skrivefrist"):
            behandling.sett_opp(ctx(demo_db, "LMO"), klar[0].utvalgssak_id, mote_id=fsk1.id)
        with demo_db.session() as s:
            jp_id = s.scalar(
                select(pm.Utvalgssak.journalpost_id).where(pm.Utvalgssak.id == klar[0].utvalgssak_id)
            )
            beskjed = s.scalars(
                select(m.Oppgave).where(m.Oppgave.journalpost_id == jp_id, m.Oppgave.type == "beskjed")
            ).all()
            oha = s.scalar(select(m.Bruker.id).where(m.Bruker.initialer == "OHA"))
        assert [o.til_id for o in beskjed] == [oha]
        assert f"etter skrivefristen {fsk1.skrivefrist:%d.%m.%Y}" in beskjed[0].merknad
        assert f"flyttet til møtet {fsk2.dato:%d.%m.%Y}" in beskjed[0].merknad
    finally:
        demo_db.kursklokke = None


def test_saksliste_skjermede_sist_og_pdf_offentlig_og_for_medlemmer(demo_db):
    fsk1 = moter(demo_db, "FSK")[0]
    apen = [nytt_saksframlegg(demo_db, t) for t in ("Ny gang- og sykkelvei", "Kulturmidler 2027")]
    lukket = nytt_saksframlegg(demo_db, "Ansettelse av rektor", kode="U")
    for nr in (apen[0], lukket, apen[1]):
        behandling.sett_saksgang(ctx(demo_db, "OHA"), nr, utvalg=["FSK"], onsket_mote=fsk1.dato)
        godkjenn(demo_db, nr)
    mote.fyll_saksliste(ctx(demo_db, "LMO"), fsk1.id)
    liste = mote.saksliste(ctx(demo_db, "LMO"), fsk1.id)
    assert [r.journalpostnummer for r in liste] == [apen[0], apen[1], lukket]
    with pytest.raises(UgyldigInndata, match="sist"):
        mote.sett_rekkefolge(
            ctx(demo_db, "LMO"), fsk1.id, behandlinger=[liste[2].id, liste[0].id, liste[1].id]
        )
    mote.sett_rekkefolge(ctx(demo_db, "LMO"), fsk1.id, behandlinger=[liste[1].id, liste[0].id, liste[2].id])
    liste = mote.saksliste(ctx(demo_db, "LMO"), fsk1.id)
    assert [r.journalpostnummer for r in liste] == [apen[1], apen[0], lukket]
    mote.las_mote(ctx(demo_db, "LMO"), fsk1.id)
    vedtak = {apen[1]: "Midlene fordeles som foreslått.", apen[0]: "Gang- og sykkelveien bygges.",
              lukket: "Kari Nordmann ansettes som rektor."}  # fmt: skip
    for r in liste:
        behandling.fatt_vedtak(ctx(demo_db, "LMO"), r.id, status="vedtatt", tekst=vedtak[r.journalpostnummer])

    _, offentlig = mote.innkalling(ctx(demo_db, "OHA"), fsk1.id)
    _, medlem = mote.innkalling(ctx(demo_db, "LMO"), fsk1.id, offentlig=False)
    _, prot = mote.protokoll(ctx(demo_db, "OHA"), fsk1.id)
    _, mprot = mote.protokoll(ctx(demo_db, "LMO"), fsk1.id, offentlig=False)
    off, med, pr, mpr = (pdf_tekst(x) for x in (offentlig, medlem, prot, mprot))
    assert off.index("Kulturmidler 2027") < off.index("Ny gang- og sykkelvei")
    assert "Ansettelse av rektor" not in off and "1 sak(er) unntatt offentlighet" in off
    assert (
        med.index("Kulturmidler 2027")
        < med.index("Ny gang- og sykkelvei")
        < med.index("Ansettelse av rektor")
    )
    assert pr.index("Midlene fordeles") < pr.index("Gang- og sykkelveien bygges")
    assert "Kari Nordmann" not in pr and "Ansettelse av rektor" not in pr and "Unntatt offentlighet" in pr
    assert (
        mpr.index("Midlene fordeles")
        < mpr.index("Gang- og sykkelveien")
        < mpr.index("Kari Nordmann ansettes")
    )
    with pytest.raises(IngenTilgang):
        mote.protokoll(ctx(demo_db, "OHA"), fsk1.id, offentlig=False)


def test_delegasjonslisten_og_referatsaker(demo_db):
    oha = ctx(demo_db, "OHA")
    sak = saker.opprett_sak(oha, tittel="Delegerte vedtak barnehage", klasse="000").krev_saksnummer()
    ds = []
    for i in range(3):
        nr = journalposter.registrer_journalpost(
            oha,
            NyJournalpost(
                sak=sak,
                type="U",
                tittel=f"Vedtak om barnehageplass {i + 1}",
                mottakere=[journalposter.PartInn(navn="Lars Eriksen")],
            ),  # fmt: skip
        ).krev_journalpostnummer()
        journalposter.ferdigstill(oha, nr)
        # FSK holds delegated authority from KST: its DS is referred to its fullmaktsorgan.
        r = behandling.ny_behandling(oha, nr, utvalg="FSK", type_="DS")
        assert "fullmaktsorganet KST" in r.melding and r.status == "klar"
        ds.append(nr)
    idag = demo_db.idag()
    liste = lesing.delegasjonsliste(ctx(demo_db, "LMO"), "KST", fra=idag - timedelta(days=1), til=idag)
    assert [r.journalpostnummer for r in liste] == ds and {r.type for r in liste} == {"DS"}
    assert lesing.delegasjonsliste(ctx(demo_db, "LMO"), "FSK", fra=idag, til=idag) == []

    brev = journalposter.registrer_journalpost(
        ctx(demo_db, "OHA"),
        NyJournalpost(
            sak=sak,
            type="I",
            tittel="Brev fra Statsforvalteren",
            avsendere=[journalposter.PartInn(navn="Statsforvalteren i Innlandet")],
        ),
    ).krev_journalpostnummer()
    fsk1, kst1 = moter(demo_db, "FSK")[0], moter(demo_db, "KST")[0]
    behandling.referer(oha, brev, utvalg=["FSK"], mote=fsk1.dato, type_="RS")
    behandling.referer(oha, brev, utvalg=["KST"], mote=kst1.dato, type_="OS")
    assert [(r.utvalgssaksnummer.split()[0], r.journalpostnummer) for r in mote.saksliste(oha, fsk1.id)] == [
        ("RS", brev)
    ]
    assert [r.type for r in mote.saksliste(oha, kst1.id)] == ["OS"]
    assert [r.type for r in lesing.saksgang(oha, brev)] == ["RS", "OS"]


def test_regler():
    assert regler.utvalgssaksnummer("PS", 12, 2026) == "PS 12/26"
    assert regler.ordne_saksliste([True, False, True, False]) == [1, 3, 0, 2]
    sf, inf = regler.frister(date(2026, 12, 10), skrivefrist_dager=9, innkallingsfrist_dager=8)
    assert (sf, inf) == (date(2026, 12, 1), date(2026, 12, 2))
    regler.sjekk_mote(date(2026, 12, 10), sf, inf)
    with pytest.raises(UgyldigInndata):
        regler.sjekk_mote(date(2026, 12, 10), inf, sf)
    assert regler.tomme_overskrifter({"Overskrift": "x", "Vurdering": "[Skriv her.]"})[-1] == "Vurdering"
    assert not regler.er_saksframlegg({"Saksopplysninger": "x", "Vurdering": "y"})  # a delegert vedtak


def test_et_delegert_vedtak_paa_en_s_ferdigstilles_uten_saksframleggets_overskrifter(demo_db):
    oha = ctx(demo_db, "OHA")
    sak = saker.opprett_sak(oha, tittel="Delegert vedtak", klasse="000").krev_saksnummer()
    nr = journalposter.registrer_journalpost(
        oha, NyJournalpost(sak=sak, type="S", tittel="Vedtak om tilskudd")
    ).krev_journalpostnummer()
    dokumentmal.ny_fra_mal(oha, nr, mal="delegert-vedtak")
    assert journalposter.ferdigstill(oha, nr).status == "F"


@pytest.mark.pg
def test_postgresql_skjermer_behandlingene_og_moteregisteret_selv(pg_demo):  # noqa: F811
    """Row-level security on the new tables, through each user's own login role."""
    import psycopg

    dbs = {ini: pg_demo.db(ini) for ini in ("LMO", "OHA", "ISO")}
    try:
        fsk1 = moter(dbs["LMO"], "FSK")[0]
        iso = ctx(dbs["ISO"], "ISO")  # ISO holds code U, OHA does not
        sak = saker.opprett_sak(
            iso, tittel="Personalsak", tilgangskode="U", hjemmel="Offl. § 25", nivaa=1, klasse="000"
        )
        ny = NyJournalpost(sak=sak.krev_saksnummer(), type="S", tittel="Tilsetting av rektor", tilgangskode="U",
                           hjemmel="Offl. § 25", nivaa=1)  # fmt: skip
        nr = journalposter.registrer_journalpost(iso, ny).krev_journalpostnummer()
        behandling.sett_saksgang(iso, nr, utvalg=["FSK"], onsket_mote=fsk1.dato)
        with psycopg.connect(pg_demo.conninfo("ISO")) as c:
            assert c.execute("SELECT count(*) FROM utvalgssak").fetchone()[0] == 1
        with psycopg.connect(pg_demo.conninfo("OHA")) as c:
            assert c.execute("SELECT count(*) FROM utvalgssak").fetchone()[0] == 0
            assert c.execute("SELECT count(*) FROM mote").fetchone()[0] == 4  # the register is public
            assert c.execute("UPDATE mote SET status = 'last' WHERE id = %s", (fsk1.id,)).rowcount == 0
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                c.execute("INSERT INTO utvalg (kode, navn, aktiv, versjon) VALUES ('X', 'X', true, 1)")
        with pytest.raises(IngenTilgang):
            mote.las_mote(ctx(dbs["OHA"], "OHA"), fsk1.id)
        assert mote.las_mote(ctx(dbs["LMO"], "LMO"), fsk1.id).melding.startswith("Sakslisten for FSK")
    finally:
        for db in dbs.values():
            db.lukk()
