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
    return saker.opprett_sak(
        ctx(db, ini), tittel=kw.pop("tittel", "Sak for regeltest"), klasse=kw.pop("klasse", "000"), **kw
    ).saksnummer


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
        klasse="000",
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
        ctx(db, "PKR"), tittel="Personalsak", tilgangskode="P", hjemmel="Offl. § 25", nivaa=3, klasse="000"
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
    from app.services import innstillinger, kurver, merking, oppgaver

    db = demo_db
    sak = ny_sak(db)
    u = _brev(db, sak)
    merking.marker_krever_godkjenning(ctx(db, "OHA"), u)
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
    merking.marker_krever_godkjenning(ctx(db, "OHA"), u2, krever=False)
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
    assert sakstilgang.skrivetilganger(ctx(db, "MBE"), sak) == []
    with pytest.raises(IngenTilgang, match="kan gi deg tilgang"):
        _inn(db, sak, "ISO")  # OPP, never granted
    # A journalpost in the sak handed to a user is work there: OHA keeps write access through it.
    assert _inn(db, sak, "OHA", tittel="Oppfølging av nabomerknad")


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


def test_20_18_egne_kurver(demo_db):
    """An own kurv lists what its criteria say, counted like the built-in ones; renamed, reordered,
    removed; a leader shares one with the unit; ``kurv_ider`` finds it by name too."""
    from app.domain.regler.kurv import Kriterier
    from app.services import egne_kurver, kurver

    db = demo_db
    sak = ny_sak(db, tittel="Sak for egen kurv")
    inn = _inn(db, sak, tittel="Ny søknad i dag", forfallsdato=db.idag() + timedelta(days=3))
    k = egne_kurver.lagre_kurv(
        ctx(db, "OHA"), "Mine nye I", Kriterier(typer="I", saksbehandler="meg", siste_dager=14)
    ).kurv
    i = egne_kurver.lagre_kurv(
        ctx(db, "OHA"), "Forfaller snart", Kriterier(saksbehandler="meg", forfall_innen_dager=7)
    ).kurv
    assert inn in _kurv(db, "OHA", k) and inn in _kurv(db, "OHA", "Forfaller snart")
    assert inn not in _kurv(db, "ISO", "ubehandlet")
    info = {x.navn: x for x in kurver.kurver(ctx(db, "OHA"))}
    assert info[k].tittel == "Mine nye I" and info[k].gruppe == "egne"
    assert info[k].antall == len(kurver.kurv_ider(ctx(db, "OHA"), k)) >= 1
    # Kept current: a post older than the window drops out as days pass.
    gammel = _inn(db, sak, tittel="Gammel søknad")
    with db.session() as s, s.begin():
        jp = s.scalar(select(m.Journalpost).where(m.Journalpost.tittel == "Gammel søknad"))
        jp.journaldato = db.idag() - timedelta(days=20)
    assert gammel not in _kurv(db, "OHA", k)
    # Rename, reorder, remove.
    egne_kurver.gi_nytt_navn(ctx(db, "OHA"), k, "Nye søknader")
    egne_kurver.flytt_kurv(ctx(db, "OHA"), i, steg=-1)
    assert [x.navn for x in egne_kurver.egne_kurver(ctx(db, "OHA"))] == ["Forfaller snart", "Nye søknader"]
    with pytest.raises(UgyldigInndata, match="allerede en kurv"):
        egne_kurver.gi_nytt_navn(ctx(db, "OHA"), k, "ubehandlet")
    with pytest.raises(UgyldigInndata, match="minst ett kriterium"):
        egne_kurver.lagre_kurv(ctx(db, "OHA"), "Alt", Kriterier())
    egne_kurver.fjern_kurv(ctx(db, "OHA"), "Nye søknader")
    assert [x.navn for x in egne_kurver.egne_kurver(ctx(db, "OHA"))] == ["Forfaller snart"]
    # Others do not see mine; a leader shares one with the unit; only its owner changes it.
    assert egne_kurver.egne_kurver(ctx(db, "ISO")) == []
    with pytest.raises(IngenTilgang, match="Bare lederen"):
        egne_kurver.del_kurv(ctx(db, "OHA"), "Forfaller snart")
    delt = egne_kurver.lagre_kurv(
        ctx(db, "KLE"),
        "Enhetens restanser",
        Kriterier(enhet="OPP", forfall_innen_dager=7),
        del_med_enheten=True,
    ).kurv
    assert [x.navn for x in egne_kurver.egne_kurver(ctx(db, "ISO"))] == ["Enhetens restanser"]
    assert inn in _kurv(db, "ISO", delt)
    with pytest.raises(IngenTilgang, match="bare den som laget den"):
        egne_kurver.fjern_kurv(ctx(db, "ISO"), delt)
    assert egne_kurver.egne_kurver(ctx(db, "SNI")) == []  # another unit
    egne_kurver.del_kurv(ctx(db, "KLE"), delt, delt=False)
    assert egne_kurver.egne_kurver(ctx(db, "ISO")) == []


def test_20_18_egne_kurver_fra_kommandolinjen(demo_sqlite):
    """``saksbord kurv-lagre`` saves one, ``saksbord kurver`` lists it with its count, ``kurv NAVN`` runs it."""
    from tests.test_cli import js, sb

    db = demo_sqlite
    sak = ny_sak(db)
    inn = _inn(db, sak, tittel="Søknad fra kommandolinjen")
    lagret = js(
        db,
        "kurv-lagre",
        "Nye søknader",
        "--type",
        "I",
        "--saksbehandler",
        "meg",
        "--siste-dager",
        "14",
        "--bruker",
        "OHA",
    )
    assert lagret["melding"] == "Kurven «Nye søknader» er lagret"
    liste = {k["tittel"]: k for k in js(db, "kurver", "--bruker", "OHA")}
    assert liste["Nye søknader"]["antall"] >= 1
    rader = js(db, "kurv", "Nye søknader", "--bruker", "OHA")
    assert inn in [r["journalpostnummer"] for r in rader["rader"]]
    assert (
        "Fant ingen egen kurv" in sb(db, "kurv-fjern", "Finnes ikke", "--bruker", "OHA", forventet=1).stderr
    )
    sb(db, "kurv-fjern", "Nye søknader", "--bruker", "OHA")
    assert "Ukjent kurv" in sb(db, "kurv", "Nye søknader", "--bruker", "OHA", forventet=1).stderr


def _rutine_arkivretting(db, db_ala=None, db_oha=None):
    """A J post corrected (title, party, date), a closed sak's title, an avskrivning undone."""
    from app.services import arkivretting

    ala, oha = ctx(db_ala or db, "ALA"), ctx(db_oha or db, "OHA")
    sak = saker.opprett_sak(oha, tittel="Sak som arkivet retter", klasse="000").saksnummer
    inn = journalposter.registrer_journalpost(
        oha,
        NyJournalpost(
            sak=sak, type="I", tittel="Søknad om skjenkebevilgning", avsendere=[PartInn("Kari Nordman")]
        ),
    ).journalpostnummer
    avskrivning.avskriv(oha, [inn], kode="TE")
    journalposter.journalfor(ala, inn)
    jp = visning.vis_journalpost(ala, inn)
    part = jp.avsender[0].id
    with pytest.raises(IngenTilgang, match="Bare arkivet"):
        arkivretting.rett_journalpost(oha, inn, grunn="Skrivefeil", tittel="Annen tittel")
    with pytest.raises(UgyldigInndata, match="hvorfor det rettes"):
        arkivretting.rett_journalpost(ala, inn, grunn=" ", tittel="Annen tittel")
    arkivretting.rett_journalpost(
        ala,
        inn,
        grunn="Skrivefeil i tittel og navn",
        tittel="Søknad om skjenkebevilling",
        dokumentdato=db.idag() - timedelta(days=2),
        parter={part: {"navn": "Kari Nordmann"}},
    )
    jp = visning.vis_journalpost(ala, inn)
    assert jp.status == "J" and jp.tittel == "Søknad om skjenkebevilling"
    assert [p.navn for p in jp.avsender] == ["Kari Nordmann"]
    logg = visning.historikk(ala, inn)
    assert any(r.fra == "Søknad om skjenkebevilgning" and r.til == "Søknad om skjenkebevilling" for r in logg)
    assert any(r.fra == "Kari Nordman" and r.til == "Kari Nordmann" for r in logg)
    assert any(r.til == "Skrivefeil i tittel og navn" for r in logg)
    # The archive undoes the avskrivning: the restanse is back.
    assert not jp.restanse
    arkivretting.angre_avskrivning(ala, inn, grunn="Avskrevet ved en feil")
    jp = visning.vis_journalpost(ala, inn)
    assert jp.restanse and not jp.avskrivninger
    with pytest.raises(UgyldigTilstand, match="ingen avskrivning"):
        arkivretting.angre_avskrivning(ala, inn, grunn="Igjen")
    # A closed sak's title.
    avskrivning.avskriv(oha, [inn], kode="TE")
    saker.sett_saksstatus(ala, sak, "A")
    arkivretting.rett_sak(ala, sak, grunn="Navnet var feil", tittel="Sak som arkivet har rettet")
    info = visning.vis_sak(ala, sak)
    assert info.status == "A" and info.tittel == "Sak som arkivet har rettet"
    return inn


def test_20_05_arkivet_retter(demo_db):
    _rutine_arkivretting(demo_db)


@pytest.mark.pg
def test_20_05_arkivet_retter_gjennom_laasene_i_postgresql(pg_server, _demo_pg_mal):
    """On the shared database the archive's corrections pass the lock triggers; nobody else's do."""
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
        db.lukk()
        db_ala, db_oha = demo.db("ALA"), demo.db("OHA")
        try:
            inn = _rutine_arkivretting(db_ala, db_ala, db_oha)
            nr = inn.rsplit("-", 1)
            aar, sekv = nr[0].split("/")
            sql = (
                "UPDATE journalpost SET tittel = 'Endret av saksbehandler' WHERE dokumentnummer = %s AND sak_id = "
                "(SELECT id FROM sak WHERE saksaar = %s AND sakssekvensnummer = %s)"
            )
            with psycopg.connect(demo.conninfo("OHA")) as c, pytest.raises(psycopg.Error, match="låst"):
                c.execute(sql, (int(nr[1]), int(aar), int(sekv)))
        finally:
            db_ala.lukk()
            db_oha.lukk()
    finally:
        with psycopg.connect(pg_server.conninfo(), autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{navn}" WITH (FORCE)')


def test_20_10_skjermede_ord_i_tittelen(demo_db, tmp_path):
    """Marked words of title line 1 are asterisks for readers without the code, everywhere; the rest shows."""
    from app.services import kurver, merking
    from app.services.postliste import postliste

    db = demo_db
    sak = ny_sak(db, "KLE", tittel="Startlån")
    nr = _inn(
        db,
        sak,
        "KLE",
        tittel="Søknad om startlån fra Per Olsen",
        tilgangskode="U",
        hjemmel="Offl. § 13",
        nivaa=1,
    )
    with pytest.raises(UgyldigInndata, match="står ikke i tittel linje 1"):
        merking.skjerm_ord_i_tittel(ctx(db, "KLE"), nr, ord=["Ola Hansen"])
    merking.skjerm_ord_i_tittel(ctx(db, "KLE"), nr, ord=["Per Olsen"])
    maskert = "Søknad om startlån fra *********"
    jp_id = visning.vis_journalpost(ctx(db, "KLE"), nr).id
    # MBE holds no U: the card, a kurv row and the sak's list mask the name, and only the name.
    assert visning.vis_journalpost(ctx(db, "MBE"), nr).tittel == maskert
    assert kurver.kurv_rader(ctx(db, "MBE"), "journalpost", [jp_id])[0].tittel == maskert
    assert [j.tittel for j in visning.vis_sak(ctx(db, "MBE"), sak).journalposter if j.id == jp_id] == [
        maskert
    ]
    # A search for the shielded name does not betray the post to MBE; the visible words still find it.
    from app.services import sok

    assert jp_id not in sok.sok(ctx(db, "MBE"), "Olsen startlån").journalposter
    assert jp_id in sok.sok(ctx(db, "MBE"), "startlån").journalposter
    assert jp_id in sok.sok(ctx(db, "KLE"), "Olsen startlån").journalposter
    # KLE (holds U) reads it whole.
    assert visning.vis_journalpost(ctx(db, "KLE"), nr).tittel == "Søknad om startlån fra Per Olsen"
    assert kurver.kurv_rader(ctx(db, "KLE"), "journalpost", [jp_id])[0].tittel.endswith("Per Olsen")
    # The offentlig journal masks it always (U listed masked here, as the archive has set it).
    from app.services.postliste import sett_offentlig_journal

    sett_offentlig_journal(ctx(db, "ALA"), "U", "erstatt")
    journalposter.journalfor(ctx(db, "ALA"), nr)
    rader = {r.journalpostnummer: r for r in postliste(ctx(db, "ALA"), fra=db.idag(), til=db.idag())}
    assert rader[nr].tittel == maskert
    # The same one rule in every public output and report (issue 20 item 10): the arkivuttrekk's
    # offentligTittel and offentlig journal, a report for a reader without the code, the sak's title.
    from app.services import rapporter
    from app.services.eksport import eksporter_noark5
    from tests.test_eksport_noark5 import SPESIFIKASJON

    eksporter_noark5(
        ctx(db, "ALA"), arkivdel="Saksarkiv", ut=tmp_path / "u", skjemaer=SPESIFIKASJON, test=True
    )
    struktur = (tmp_path / "u" / "arkivstruktur.xml").read_text(encoding="utf-8")
    assert f"<offentligTittel>{maskert}</offentligTittel>" in struktur
    assert "Per Olsen</offentligTittel>" not in struktur
    journal = (tmp_path / "u" / "offentligJournal.xml").read_text(encoding="utf-8")
    assert "Per Olsen" not in journal and maskert in journal
    rapport = rapporter.lag_rapport(ctx(db, "MBE"), "lopende-journal")
    assert "Per Olsen" not in str(rapport.rader) and any(maskert in str(r) for r in rapport.rader)
    merking.skjerm_ord_i_sakstittel(ctx(db, "KLE"), sak, ord=["Startlån"])
    rader = {r.journalpostnummer: r for r in postliste(ctx(db, "ALA"), fra=db.idag(), til=db.idag())}
    assert rader[nr].sakstittel == "********"
    # Allowed in every status (also on the journalført post), and removed again with an empty list.
    merking.skjerm_ord_i_tittel(ctx(db, "KLE"), nr, ord=[])
    assert visning.vis_journalpost(ctx(db, "MBE"), nr).tittel.endswith("Per Olsen")


def test_20_18_innebygde_kurvnavn_er_i_takt():
    """An own kurv may not take a built-in kurv's name; the rule's list follows the kurver."""
    from app.domain.regler.kurv import INNEBYGDE_KURVNAVN
    from app.services.kurver import KURVER

    assert {k.navn for k in KURVER} | {k.tittel for k in KURVER} == INNEBYGDE_KURVNAVN
