"""Issue 20: the handbooks' rules that failed, each as a behaviour (one test per numbered item).

Each test is named after its item (test_20_NN_…); each failed on the main of 2 December 2026 and
passes with the rule in app/domain/regler/ applied by the services (and, where the issue asks,
by PostgreSQL's row-level security, revision 0009).
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import select

from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.services import admin, avskrivning, ekspedering, journalposter, saker, visning
from app.services.arbeid import Kontekst
from app.services.brukere import sett_stedfortreder
from app.services.data import SKJERMET
from app.services.journalposter import NyJournalpost, PartInn
from app.store import models as m
from app.store.db import Database
from tests.test_pg_tilgang import DEMOBRUKERE, PASSORD, PgDemo


def ctx(db, ini, som=None):
    return Kontekst(db, ini, som)


def ny_sak(db, ini="OHA", **kw):
    return saker.opprett_sak(ctx(db, ini), tittel=kw.pop("tittel", "Sak for regeltest"), **kw).saksnummer


def test_20_01_notater_bare_interne_mottakere(demo_db):
    """An N or X with an outside mottaker is refused at registration and at edit; users and units pass."""
    db = demo_db
    sak = ny_sak(db)
    for jp_type in "NX":
        with pytest.raises(UgyldigInndata, match="bare ha interne mottakere.*Lars Eriksen"):
            journalposter.registrer_journalpost(
                ctx(db, "OHA"),
                NyJournalpost(
                    sak=sak,
                    type=jp_type,
                    tittel="Internt notat",
                    mottakere=[PartInn("Lars Eriksen", epost="lars.eriksen@eksempel.no")],
                ),
            )
        with pytest.raises(UgyldigInndata, match="bare ha interne mottakere"):
            journalposter.registrer_journalpost(
                ctx(db, "OHA"),
                NyJournalpost(
                    sak=sak,
                    type=jp_type,
                    tittel="Internt notat",
                    mottakere=[PartInn("ISO")],
                    kopimottakere=[PartInn("ekstern@eksempel.no")],
                ),
            )
    n = journalposter.registrer_journalpost(
        ctx(db, "OHA"),
        NyJournalpost(sak=sak, type="N", tittel="Internt notat", mottakere=[PartInn("ISO"), PartInn("TEK")]),
    ).journalpostnummer
    with pytest.raises(UgyldigInndata, match="bare ha interne mottakere"):
        journalposter.endre_journalpost(
            ctx(db, "OHA"), n, mottakere=[PartInn("Nordbygg AS", epost="post@nordbygg.no")]
        )
    info = visning.vis_journalpost(ctx(db, "OHA"), n)
    assert sorted(p.navn for p in info.mottakere) == [
        "Ingrid Solberg",
        "Plan, bygg og eiendom",
    ]
    # A letter (U) still takes an outside mottaker.
    journalposter.registrer_journalpost(
        ctx(db, "OHA"),
        NyJournalpost(sak=sak, type="U", tittel="Brev", mottakere=[PartInn("Lars Eriksen", epost="l@e.no")]),
    )
    ekspedering.ekspeder(ctx(db, "OHA"), n)
    assert visning.vis_journalpost(ctx(db, "OHA"), n).status == "E"


def _pkr_p_sak(db: Database) -> str:
    """PKR (leader, holds P) owns a P-shielded sak; MBE stands in for him with code U only."""
    nr = saker.opprett_sak(
        ctx(db, "PKR"),
        tittel="Personalsak for leder",
        tilgangskode="P",
        hjemmel="Offl. § 25",
        nivaa=2,
    ).saksnummer
    idag = db.idag()
    sett_stedfortreder(
        ctx(db, "PKR"), leder="PKR", stedfortreder="MBE", fra=idag, til=idag + timedelta(days=5), koder=["U"]
    )
    db.aktorer.clear()
    return nr


def test_20_03_stedfortreder_bare_tildelte_koder(demo_sqlite):
    """Acting for PKR with code U only, MBE does not see PKR's own P sak; PKR himself does."""
    db = demo_sqlite
    nr = _pkr_p_sak(db)
    assert visning.vis_sak(ctx(db, "MBE", "PKR"), nr).skjermet_for_deg
    assert visning.vis_sak(ctx(db, "MBE"), nr).skjermet_for_deg
    assert not visning.vis_sak(ctx(db, "PKR"), nr).skjermet_for_deg
    # A granted code still opens: the same deputy granted P sees it.
    idag = db.idag()
    sett_stedfortreder(
        ctx(db, "PKR"), leder="PKR", stedfortreder="LMO", fra=idag, til=idag + timedelta(days=5), koder=["P"]
    )
    db.aktorer.clear()
    assert not visning.vis_sak(ctx(db, "LMO", "PKR"), nr).skjermet_for_deg


@pytest.mark.pg
def test_20_03_stedfortreder_bare_tildelte_koder_i_rls(pg_server, _demo_pg_mal):
    """The same on PostgreSQL: MBE's own login role reads no row of PKR's P sak."""
    if not pg_server.is_running():
        pg_server.start()
    navn = f"sb_r20_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{navn}" TEMPLATE "{_demo_pg_mal}"')
    try:
        demo = PgDemo(pg_server, navn)
        admin.init_db(demo.admin_url)
        db = Database.aapne(demo.admin_url)
        for ini in DEMOBRUKERE:
            admin.endre_tilgang(db, initialer=ini, passord=PASSORD)
        nr = _pkr_p_sak(db)
        aar, sekv = nr.split("/")
        db.lukk()
        sql = "SELECT count(*) FROM sak WHERE saksaar = %s AND sakssekvensnummer = %s"
        with psycopg.connect(demo.conninfo("MBE")) as c:
            assert c.execute(sql, (int(aar), int(sekv))).fetchone()[0] == 0
        with psycopg.connect(demo.conninfo("PKR")) as c:
            assert c.execute(sql, (int(aar), int(sekv))).fetchone()[0] == 1
    finally:
        with psycopg.connect(pg_server.conninfo(), autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{navn}" WITH (FORCE)')


def test_20_06_koder_per_type(demo_db):
    """BSS, BB, BM and EP apply to I, U, N and X; a U with its own forfallsdato is cleared by them."""
    db = demo_db
    sak = ny_sak(db)
    for kode in ("BSS", "BB", "BM", "EP"):
        for jp_type in "IUNX":
            assert kode in {k["kode"] for k in avskrivning.gyldige_koder(ctx(db, "OHA"), jp_type)}, (
                kode,
                jp_type,
            )
    u = journalposter.registrer_journalpost(
        ctx(db, "OHA"),
        NyJournalpost(
            sak=sak,
            type="U",
            tittel="Brev med svarfrist",
            mottakere=[PartInn("Lars Eriksen", epost="lars.eriksen@eksempel.no")],
            forfallsdato=db.idag() + timedelta(days=10),
        ),
    ).journalpostnummer
    ekspedering.ekspeder(ctx(db, "OHA"), u, kanal="epost")
    with db.session() as s:
        assert s.scalar(select(m.Journalpost.restanse).where(m.Journalpost.tittel == "Brev med svarfrist"))
    avskrivning.avskriv(ctx(db, "OHA"), [u], kode="BM")
    with db.session() as s:
        assert not s.scalar(
            select(m.Journalpost.restanse).where(m.Journalpost.tittel == "Brev med svarfrist")
        )
    # X: allowed, never required.
    x = journalposter.registrer_journalpost(
        ctx(db, "OHA"), NyJournalpost(sak=sak, type="X", tittel="Til orientering", mottakere=[PartInn("ISO")])
    ).journalpostnummer
    avskrivning.avskriv(ctx(db, "OHA"), [x], kode="EP")
    with db.session() as s:
        rad = s.scalar(select(m.Journalpost).where(m.Journalpost.tittel == "Til orientering"))
        assert not rad.restanse
        assert s.scalar(select(m.Avskrivning.kode).where(m.Avskrivning.journalpost_id == rad.id)) == "EP"
    with pytest.raises(UgyldigTilstand, match="ingen restanse"):
        avskrivning.avskriv(ctx(db, "OHA"), [u], kode="TE")


def _inn(db, sak, ini="OHA", **kw):
    ny = NyJournalpost(
        sak=sak,
        type="I",
        tittel=kw.pop("tittel", "Søknad om noe"),
        avsendere=[PartInn("Kari Nordmann", epost="kari@eksempel.no")],
        **kw,
    )
    return journalposter.registrer_journalpost(ctx(db, ini), ny).journalpostnummer


def test_20_09_offentlig_journal_per_kode(demo_db):
    """U is left off the offentlig journal (003), P is listed masked; the property is the code's own."""
    from app.services.postliste import postliste, sett_offentlig_journal

    db = demo_db
    sak = ny_sak(db, "KLE")
    u = _inn(db, sak, "KLE", tittel="Unntatt", tilgangskode="U", hjemmel="Offl. § 13", nivaa=3)
    p_sak = saker.opprett_sak(
        ctx(db, "PKR"), tittel="Personalsak", tilgangskode="P", hjemmel="Offl. § 25", nivaa=3
    ).saksnummer
    p = _inn(db, p_sak, "PKR", tittel="Sykmelding")
    apen = _inn(db, sak, "KLE", tittel="Åpen søknad")
    for nr in (u, p, apen):
        journalposter.journalfor(ctx(db, "ALA"), nr)

    def liste():
        return {r.journalpostnummer: r for r in postliste(ctx(db, "ALA"), fra=db.idag(), til=db.idag())}

    rader = liste()
    assert u not in rader
    assert rader[p].avsender_mottaker == SKJERMET
    assert rader[p].skjerming == "Offl. § 25" and rader[apen].skjerming is None
    # The archive turns it around per code: U listed masked, P left off.
    sett_offentlig_journal(ctx(db, "ALA"), "U", "erstatt")
    sett_offentlig_journal(ctx(db, "ALA"), "P", "utelat")
    rader = liste()
    assert u in rader and rader[u].skjerming == "Offl. § 13" and p not in rader and apen in rader
    with pytest.raises(UgyldigInndata, match="utelat"):
        sett_offentlig_journal(ctx(db, "ALA"), "P", "kanskje")
    with pytest.raises(IngenTilgang):
        sett_offentlig_journal(ctx(db, "OHA"), "P", "erstatt")


def _brev(db, sak, ini="OHA", **kw):
    return journalposter.registrer_journalpost(
        ctx(db, ini),
        NyJournalpost(
            sak=sak,
            type="U",
            tittel=kw.pop("tittel", "Vedtaksbrev"),
            mottakere=[PartInn("Lars Eriksen", epost="lars.eriksen@eksempel.no")],
            **kw,
        ),
    ).journalpostnummer


def test_20_08_godkjenning_foer_ferdigstilling(demo_db):
    """A post marked for approval (by hand, or by type as a setting) is ferdigstilt only by Godkjent."""
    from app.services import innstillinger, kurver, oppgaver

    db = demo_db
    sak = ny_sak(db)
    u = _brev(db, sak)
    journalposter.marker_krever_godkjenning(ctx(db, "OHA"), u)
    with pytest.raises(UgyldigTilstand, match="må godkjennes før den ferdigstilles"):
        journalposter.ferdigstill(ctx(db, "OHA"), u)
    with pytest.raises(UgyldigTilstand, match="må godkjennes før den kan ekspederes"):
        ekspedering.ekspeder(ctx(db, "OHA"), u, kanal="epost")
    assert visning.vis_journalpost(ctx(db, "OHA"), u).status == "R"
    oppgave = oppgaver.send_oppgave(ctx(db, "OHA"), type_="godkjenning", til="KLE", jpnr=u).oppgave
    assert oppgave in kurver.kurv_ider(ctx(db, "KLE"), "mottatt-for-godkjenning")
    oppgaver.svar_oppgave(ctx(db, "KLE"), oppgave, svar="godkjent")
    assert visning.vis_journalpost(ctx(db, "OHA"), u).status == "F"
    # By type, as a setting: every new U needs approval; an N does not.
    innstillinger.sett_innstilling(ctx(db, "HJO"), "godkjenning_typer", "U")
    u2 = _brev(db, sak, tittel="Nytt brev")
    with pytest.raises(UgyldigTilstand, match="må godkjennes"):
        journalposter.ferdigstill(ctx(db, "OHA"), u2)
    n = journalposter.registrer_journalpost(
        ctx(db, "OHA"), NyJournalpost(sak=sak, type="N", tittel="Notat", mottakere=[PartInn("ISO")])
    ).journalpostnummer
    journalposter.ferdigstill(ctx(db, "OHA"), n)
    # Unmarked again, the saksbehandler finishes it himself.
    journalposter.marker_krever_godkjenning(ctx(db, "OHA"), u2, krever=False)
    journalposter.ferdigstill(ctx(db, "OHA"), u2)
    assert visning.vis_journalpost(ctx(db, "OHA"), u2).status == "F"


def _kurv(db, ini, kurv, som=None):
    from app.services import kurver

    c = ctx(db, ini, som)
    return [r.journalpostnummer for r in kurver.kurv_rader(c, kurv, kurver.kurv_ider(c, kurv))]


def test_20_02_restanse_per_mottaker(demo_db):
    """Two internal mottakere of an N each have their own restanse; the unit list follows the recipient."""
    db = demo_db
    sak = ny_sak(db)
    n = journalposter.registrer_journalpost(
        ctx(db, "OHA"),
        NyJournalpost(sak=sak, type="N", tittel="Notat til to", mottakere=[PartInn("ISO"), PartInn("SNI")]),
    ).journalpostnummer
    ekspedering.ekspeder(ctx(db, "OHA"), n)

    def hos(ini):
        return n in _kurv(db, ini, "ubehandlet") + _kurv(db, ini, "forfall")

    assert hos("ISO") and hos("SNI") and not hos("OHA")
    # Filed under the recipients' units: TEK's leader (SNI) and OPP's (ISO), not only the sender's.
    assert n in _kurv(db, "TBA", "restanser-enhet") and n in _kurv(db, "KLE", "restanser-enhet")
    avskrivning.avskriv(ctx(db, "ISO"), [n], kode="TE")
    assert not hos("ISO") and hos("SNI")
    assert visning.vis_journalpost(ctx(db, "SNI"), n).restanse
    assert n in _kurv(db, "TBA", "restanser-enhet") and n not in _kurv(db, "KLE", "restanser-enhet")
    with pytest.raises(UgyldigTilstand, match="ingen restanse"):
        avskrivning.avskriv(ctx(db, "ISO"), [n], kode="TE")
    avskrivning.avskriv(ctx(db, "SNI"), [n], kode="TE")
    assert not hos("SNI") and n not in _kurv(db, "TBA", "restanser-enhet")
    assert not visning.vis_journalpost(ctx(db, "OHA"), n).restanse
    # An N from OPP to TEK only is TEK's leader's to follow up, not the sender's leader's.
    n2 = journalposter.registrer_journalpost(
        ctx(db, "OHA"), NyJournalpost(sak=sak, type="N", tittel="Notat til TEK", mottakere=[PartInn("MBE")])
    ).journalpostnummer
    ekspedering.ekspeder(ctx(db, "OHA"), n2)
    assert n2 in _kurv(db, "TBA", "restanser-enhet") and n2 not in _kurv(db, "KLE", "restanser-enhet")


def test_20_04_skrivetilgang_til_sak(demo_db):
    """Registering needs write access: the saksansvarlig, the unit, the archive or a grant from them."""
    from app.services import sakstilgang

    db = demo_db
    sak = ny_sak(db, "MBE", tittel="Byggesak på Vangen")  # TEK, Marte Berg saksansvarlig
    with pytest.raises(IngenTilgang, match="Saksansvarlig Marte Berg eller arkivet kan gi deg tilgang"):
        _inn(db, sak, "OHA")  # OPP
    assert _inn(db, sak, "SNI")  # same unit
    assert _inn(db, sak, "ALA")  # the archive
    with pytest.raises(IngenTilgang, match="Bare saksansvarlig"):
        sakstilgang.gi_skrivetilgang(ctx(db, "OHA"), sak, til="OHA")
    sakstilgang.gi_skrivetilgang(ctx(db, "MBE"), sak, til="OHA")
    assert sakstilgang.skrivetilganger(ctx(db, "MBE"), sak) == ["OHA"]
    nr = _inn(db, sak, "OHA", tittel="Nabomerknad")
    assert visning.vis_journalpost(ctx(db, "OHA"), nr).tittel == "Nabomerknad"
    assert any(r.handling == "skrivetilgang gitt" for r in visning.historikk(ctx(db, "ALA"), sak))
    sakstilgang.fjern_skrivetilgang(ctx(db, "MBE"), sak, bruker="OHA")
    with pytest.raises(IngenTilgang, match="kan gi deg tilgang"):
        _inn(db, sak, "OHA")


def test_20_07_saker_uten_oppfolging_og_tilgangskode_ved_r_til_b(demo_db):
    """X (and A) saker leave OBS-saker and the follow-up lists; R → B sets the proposed tilgangskode."""
    from app.services import kurver

    db = demo_db
    sak = ny_sak(db, tittel="Sak som unntas")
    saker.sett_obs(ctx(db, "OHA"), sak, dato=db.idag() + timedelta(days=2), kommentar="Frist")
    inn = _inn(db, sak, forfallsdato=db.idag() - timedelta(days=1))

    def saker_i(ini, kurv):
        c = ctx(db, ini)
        return [r.saksnummer for r in kurver.kurv_rader(c, kurv, kurver.kurv_ider(c, kurv))]

    assert sak in saker_i("OHA", "obs-saker") and inn in _kurv(db, "OHA", "forfall")
    assert inn in _kurv(db, "KLE", "restanser-enhet")
    saker.sett_saksstatus(ctx(db, "ALA"), sak, "X")
    assert sak not in saker_i("OHA", "obs-saker")
    assert inn not in _kurv(db, "OHA", "forfall") + _kurv(db, "OHA", "ubehandlet")
    assert inn not in _kurv(db, "KLE", "restanser-enhet")
    # The archive sets a reserved sak under behandling with a proposed tilgangskode, or none.
    r1 = ny_sak(db, tittel="Reservert sak med forslag")
    saker.sett_saksstatus(ctx(db, "ALA"), r1, "B", tilgangskode="U", hjemmel="Offl. § 13", nivaa=1)
    info = visning.vis_sak(ctx(db, "ALA"), r1)
    assert info.status == "B" and info.skjerming.tilgangskode == "U"
    r2 = ny_sak(db, tittel="Reservert sak uten kode")
    saker.sett_saksstatus(ctx(db, "ALA"), r2, "B", tilgangskode="")
    assert visning.vis_sak(ctx(db, "ALA"), r2).skjerming is None
    with pytest.raises(UgyldigInndata, match="krever en hjemmel"):
        saker.sett_saksstatus(ctx(db, "ALA"), ny_sak(db), "B", tilgangskode="U")
