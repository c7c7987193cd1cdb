"""The raw-SQL attack of issue 21, run with the credentials a desktop holds today: every attempt is
refused by PostgreSQL itself (revision 0007), and nothing in the registry changed.

Each attempt connects with the login role of a user who may see the row (so a refusal is the
lock's, not row-level security hiding the row), asserts the error, and rolls back. An imprint of
every registry table, taken as the owner before and after, proves that nothing was written.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import psycopg
import pytest

from app.services import admin
from app.store.db import Database
from app.store.pg.roller import rollenavn
from tests.test_pg_tilgang import PASSORD, fjern_roller, pg_demo  # noqa: F401  (fixture)

pytestmark = pytest.mark.pg

_TABELLER = {
    "journalpost": "x.id", "sak": "x.id", "korrespondansepart": "x.id",
    "journalpost_dokument": "x.journalpost_id, x.dokument_id", "dokumentbeskrivelse": "x.id",
    "dokumentobjekt": "x.id", "merknad": "x.id", "avskrivning": "x.id", "klassering": "x.id",
    "oppgave": "x.id", "endringslogg": "x.id", "nummerserie": "x.serie, x.aar",
}  # fmt: skip

LAAST = psycopg.errors.ObjectNotInPrerequisiteState
INGEN_RETT = psycopg.errors.InsufficientPrivilege


def _avtrykk(ci: str) -> dict[str, str]:
    with psycopg.connect(ci) as c:
        ut = {
            t: c.execute(
                f"SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY {k}), '')) FROM {t} x"
            ).fetchone()[0]
            for t, k in _TABELLER.items()
        }
        ut["innhold"] = c.execute(
            "SELECT md5(string_agg(sjekksum || md5(data), '|' ORDER BY sjekksum)) FROM innhold"
        ).fetchone()[0]
        return ut


def _en(ci: str, sql: str, params=()):
    with psycopg.connect(ci) as c:
        return c.execute(sql, params).fetchone()


class Angriper:
    """Raw SQL on one login role; every statement list runs in one transaction that is rolled back."""

    def __init__(self, demo, initialer: str | None) -> None:
        self.ci = demo.conninfo(initialer)

    def avvist(self, *sql: str | tuple, feil=psycopg.errors.Error, match: str | None = None) -> None:
        with psycopg.connect(self.ci) as c:
            *foer, siste = [s if isinstance(s, tuple) else (s, ()) for s in sql]
            for tekst, params in foer:
                c.execute(tekst, params)
            with pytest.raises(feil, match=match):
                c.execute(*siste)
            c.rollback()

    def se(self, sql: str, params=()):
        with psycopg.connect(self.ci) as c:
            rad = c.execute(sql, params).fetchone()
            c.rollback()
            return rad


def _post(eier: str, status: str, type_: str | None = None) -> tuple[int, str]:
    """A journalpost in ``status`` and its saksbehandler's initials."""
    rad = _en(
        eier,
        "SELECT j.id, b.initialer FROM journalpost j JOIN bruker b ON b.id = j.saksbehandler_id "
        "WHERE j.status = %s AND (%s::text IS NULL OR j.type = %s) ORDER BY j.id LIMIT 1",
        (status, type_, type_),
    )
    assert rad is not None, f"demoen har ingen journalpost i status {status}"
    return rad


@pytest.fixture
def angrep(pg_demo):  # noqa: F811
    """The demo copy as production: not a training database (whose clock may be set back)."""
    with psycopg.connect(pg_demo.conninfo()) as c:
        c.execute("UPDATE innstilling SET verdi = 'nei' WHERE navn = 'demo'")
    return pg_demo


def test_laaste_poster_og_saker_kan_ikke_slettes_eller_skrives_om(angrep):
    eier = angrep.conninfo()
    a_sak = _en(eier, "SELECT id FROM sak WHERE status = 'A' AND tilgangskode IS NULL ORDER BY id LIMIT 1")[0]
    gammel = date.today() - timedelta(days=200)
    with psycopg.connect(eier) as c:  # the sak was closed long ago (maintenance may date it so)
        c.execute("SET LOCAL saksbord.vedlikehold = 'ja'")
        c.execute("UPDATE sak SET avsluttet_dato = %s WHERE id = %s", (gammel, a_sak))
    foer = _avtrykk(eier)
    f_id, f_sbh = _post(eier, "F")
    e_id, e_sbh = _post(eier, "E", "U")
    j_id, j_sbh = _post(eier, "J", "I")
    f_dok = [r[0] for r in psycopg.connect(eier).execute(
        "SELECT dokument_id FROM journalpost_dokument WHERE journalpost_id = %s", (f_id,)).fetchall()]  # fmt: skip
    assert f_dok, "den ferdigstilte posten har dokumenter"
    F, E, J, arkiv = (Angriper(angrep, i) for i in (f_sbh, e_sbh, j_sbh, "ALA"))
    assert F.se("SELECT count(*) FROM journalpost WHERE id = %s", (f_id,)) == (1,)  # visible: not RLS

    # Deleting ferdigstilte, ekspederte and journalførte posts and a closed sak (not even the archive).
    for a, jp in ((F, f_id), (E, e_id), (J, j_id), (arkiv, j_id)):
        a.avvist(("DELETE FROM journalpost WHERE id = %s", (jp,)), feil=LAAST, match="slettes ikke")
    arkiv.avvist(("DELETE FROM sak WHERE id = %s", (a_sak,)), feil=LAAST, match="slettes ikke")

    # Parties.
    assert E.se("SELECT count(*) FROM korrespondansepart WHERE journalpost_id = %s", (e_id,))[0] > 0
    J.avvist(("UPDATE korrespondansepart SET navn = 'Falsk' WHERE journalpost_id = %s", (j_id,)), feil=LAAST,
             match="låst")  # fmt: skip
    E.avvist(
        ("UPDATE korrespondansepart SET epost = 'ny@x.no' WHERE journalpost_id = %s", (e_id,)), feil=LAAST
    )
    E.avvist(("DELETE FROM korrespondansepart WHERE journalpost_id = %s", (e_id,)), feil=LAAST)
    E.avvist(
        (
            "INSERT INTO korrespondansepart (journalpost_id, rolle, navn) VALUES (%s, 'mottaker', 'Ny')",
            (e_id,),
        ),
        feil=LAAST,
    )

    # Document rows, links and file bytes.
    F.avvist(("UPDATE dokumentbeskrivelse SET tittel = 'Omskrevet' WHERE id = ANY(%s)", (f_dok,)), feil=LAAST)
    F.avvist(("DELETE FROM journalpost_dokument WHERE journalpost_id = %s", (f_id,)), feil=LAAST)
    F.avvist(("DELETE FROM dokumentobjekt WHERE dokument_id = ANY(%s)", (f_dok,)), feil=LAAST)
    F.avvist(
        ("UPDATE innhold SET data = '\\x00'::bytea WHERE sjekksum IN "
         "(SELECT sjekksum FROM dokumentobjekt WHERE dokument_id = ANY(%s))", (f_dok,)),
        feil=LAAST, match="endres ikke",
    )  # fmt: skip
    F.avvist(
        ("INSERT INTO dokumentobjekt (dokument_id, versjonsnummer, variantformat, format, filnavn, sjekksum, "
         "storrelse, kryptert, opprettet) SELECT dokument_id, 99, 'produksjonsformat', format, filnavn, sjekksum, "
         "storrelse, false, now() FROM dokumentobjekt WHERE dokument_id = %s LIMIT 1", (f_dok[0],)),
        feil=LAAST, match="arkivformat",
    )  # fmt: skip
    # Content whose checksum is not its bytes' (poisoning a later upload of the real file).
    F.avvist(
        "INSERT INTO innhold (sjekksum, storrelse, data) VALUES (repeat('a', 64), 1, '\\x00'::bytea)",
        feil=psycopg.errors.CheckViolation,
    )

    # Merknader and avskrivninger under locked posts.
    assert F.se("SELECT count(*) FROM merknad WHERE journalpost_id = %s", (f_id,))[0] > 0
    F.avvist(("UPDATE merknad SET tekst = 'Omskrevet' WHERE journalpost_id = %s", (f_id,)), feil=LAAST)
    F.avvist(("DELETE FROM merknad WHERE journalpost_id = %s", (f_id,)), feil=LAAST)
    assert J.se("SELECT count(*) FROM avskrivning WHERE journalpost_id = %s", (j_id,))[0] > 0
    J.avvist(
        ("UPDATE avskrivning SET kode = 'TE', merknad = 'x' WHERE journalpost_id = %s", (j_id,)), feil=LAAST
    )
    J.avvist(("DELETE FROM avskrivning WHERE journalpost_id = %s", (j_id,)), feil=LAAST)
    # Klassering of a closed sak.
    arkiv.avvist(
        ("INSERT INTO klassering (sak_id, ordningsprinsipp, ordningsverdi, sortering) VALUES (%s, 'K', '1', 9)",
         (a_sak,)),
        feil=LAAST, match="avsluttet",
    )  # fmt: skip

    # Status backwards: J → F (not even the archive), A → J outside the archive, sak A → U / A → B.
    arkiv.avvist(("UPDATE journalpost SET status = 'F' WHERE id = %s", (j_id,)), feil=LAAST, match="tilbake")
    F.avvist(("UPDATE journalpost SET status = 'R' WHERE id = %s", (f_id,)), feil=LAAST, match="tilbake")
    a_jp, a_sbh = _post(eier, "A")
    Angriper(angrep, a_sbh).avvist(("UPDATE journalpost SET status = 'J' WHERE id = %s", (a_jp,)), feil=LAAST)
    for status in ("U", "B"):
        J.avvist(
            ("UPDATE sak SET status = %s WHERE id = %s", (status, a_sak)), feil=INGEN_RETT, match="arkivet"
        )
    # Reopen and re-close with the old date: the archive may reopen, but closes only with today's date.
    arkiv.avvist(
        ("UPDATE sak SET status = 'B', avsluttet_dato = NULL WHERE id = %s", (a_sak,)),
        ("UPDATE sak SET status = 'A', avsluttet_dato = %s WHERE id = %s", (gammel, a_sak)),
        feil=LAAST, match="dagens dato",
    )  # fmt: skip

    # Journalføring without the archive role.
    F.avvist(("UPDATE journalpost SET status = 'J' WHERE id = %s", (f_id,)), feil=INGEN_RETT, match="arkivet")

    assert _avtrykk(eier) == foer


def test_nummer_godkjenning_oppgaver_og_logg_gaar_bare_gjennom_reglene(angrep):
    eier = angrep.conninfo()
    foer = _avtrykk(eier)
    aar = date.today().year
    mbe = Angriper(angrep, "MBE")
    # The writable nummerserie: no user writes it; even the owner cannot rewind it.
    mbe.avvist("UPDATE nummerserie SET siste = 0", feil=INGEN_RETT)
    mbe.avvist("DELETE FROM nummerserie", feil=INGEN_RETT)
    mbe.avvist("INSERT INTO nummerserie (serie, aar, siste) VALUES ('sak', 1999, 0)", feil=INGEN_RETT)
    Angriper(angrep, None).avvist("UPDATE nummerserie SET siste = 0", feil=LAAST, match="spoles")
    siste = _en(eier, "SELECT siste FROM nummerserie WHERE serie = 'sak' AND aar = %s", (aar,))
    assert mbe.se("SELECT saksbord_neste_nummer('sak', %s)", (aar,)) == ((siste[0] if siste else 0) + 1,)
    sak = _en(eier, "SELECT id FROM sak WHERE tilgangskode IS NULL AND status = 'B' AND siste_dokumentnummer > 0 "
                    "ORDER BY id LIMIT 1")[0]  # fmt: skip
    mbe.avvist(("UPDATE sak SET siste_dokumentnummer = 0 WHERE id = %s", (sak,)), feil=LAAST, match="spoles")

    # Approving a colleague's draft (a plain colleague: no leader, no stedfortreder, not saksansvarlig),
    # also through a forged approval task addressed to oneself.
    utkast, sbh, kollega, kollega_id = _en(
        eier,
        "SELECT j.id, b.initialer, k.initialer, k.id FROM journalpost j JOIN sak s ON s.id = j.sak_id "
        "JOIN bruker b ON b.id = j.saksbehandler_id JOIN bruker k ON k.enhet_id = b.enhet_id AND k.id <> b.id "
        "WHERE j.status = 'R' AND j.tilgangskode IS NULL AND s.tilgangskode IS NULL "
        "AND s.saksansvarlig_id IS DISTINCT FROM k.id "
        "AND NOT EXISTS (SELECT 1 FROM bruker_rolle r WHERE r.bruker_id = k.id AND r.rolle <> 'saksbehandler') "
        "AND NOT EXISTS (SELECT 1 FROM administrativ_enhet e WHERE e.leder_id = k.id) "
        "AND NOT EXISTS (SELECT 1 FROM stedfortreder sf WHERE sf.stedfortreder_id = k.id) ORDER BY j.id LIMIT 1",
    )
    k = Angriper(angrep, kollega)
    assert k.se("SELECT count(*) FROM journalpost WHERE id = %s", (utkast,)) == (1,)
    k.avvist(("UPDATE journalpost SET status = 'F' WHERE id = %s", (utkast,)), feil=INGEN_RETT,
             match="godkjenneren")  # fmt: skip
    k.avvist(
        ("INSERT INTO oppgave (type, journalpost_id, fra_id, til_id, status, sendt, gul_for_alle) "
         "VALUES ('godkjenning', %s, %s, %s, 'aktiv', now(), false)", (utkast, kollega_id, kollega_id)),
        ("UPDATE journalpost SET status = 'F' WHERE id = %s", (utkast,)),
        feil=INGEN_RETT,
    )  # fmt: skip
    k.avvist(("UPDATE journalpost SET status = 'E' WHERE id = %s", (utkast,)), feil=INGEN_RETT)
    assert sbh != kollega

    # Answering (or re-addressing) someone else's approval task: its sender tries.
    oppg, fra = _en(
        eier,
        "SELECT o.id, b.initialer FROM oppgave o JOIN bruker b ON b.id = o.fra_id "
        "WHERE o.type = 'godkjenning' AND o.status = 'aktiv' AND o.fra_id <> o.til_id ORDER BY o.id LIMIT 1",
    )
    avsender = Angriper(angrep, fra)
    assert avsender.se("SELECT count(*) FROM oppgave WHERE id = %s", (oppg,)) == (1,)
    avsender.avvist(
        ("UPDATE oppgave SET status = 'besvart', svar = 'godkjent', besvart = now() WHERE id = %s", (oppg,)),
        feil=INGEN_RETT, match="mottakeren",
    )  # fmt: skip
    avsender.avvist(
        ("UPDATE oppgave SET til_id = fra_id WHERE id = %s", (oppg,)), feil=LAAST, match="sendes om"
    )

    # A backdated log row (today's is taken, and rolled back).
    mbe_id = _en(eier, "SELECT id FROM bruker WHERE initialer = 'MBE'")[0]
    logg = "INSERT INTO endringslogg (tid, bruker_id, handling, entitet) VALUES (%s, %s, 'endret', 'sak')"
    mbe.avvist((logg, (f"{date.today() - timedelta(days=30)} 10:00", mbe_id)), feil=LAAST, match="dateres")
    with psycopg.connect(mbe.ci) as c:
        c.execute(logg.replace("%s, %s", "localtimestamp, %s"), (mbe_id,))
        c.rollback()

    assert _avtrykk(eier) == foer


def test_skjermede_dokumenter_kan_ikke_leses_ved_aa_koble_dem_til_egen_post(angrep):
    eier = angrep.conninfo()
    jp, ini = _en(
        eier,
        "SELECT j.id, b.initialer FROM journalpost j JOIN sak s ON s.id = j.sak_id "
        "JOIN bruker b ON b.id = j.saksbehandler_id WHERE j.status = 'R' AND j.tilgangskode IS NULL "
        "AND s.tilgangskode IS NULL AND NOT EXISTS (SELECT 1 FROM bruker_tilgang t WHERE t.bruker_id = b.id "
        "AND t.tilgangskode = 'P') ORDER BY j.id LIMIT 1",
    )
    a = Angriper(angrep, ini)
    with psycopg.connect(eier) as c:
        alle = {r[0] for r in c.execute("SELECT id FROM dokumentbeskrivelse")}
    with psycopg.connect(a.ci) as c:
        synlige = {r[0] for r in c.execute("SELECT id FROM dokumentbeskrivelse")}
    skjulte = sorted(alle - synlige)
    assert len(skjulte) >= 5, "demoen har skjermede dokumenter brukeren ikke ser"
    for dok in skjulte:
        a.avvist(
            ("INSERT INTO journalpost_dokument (journalpost_id, dokument_id, tilknytning, rekkefolge) "
             "VALUES (%s, %s, 'vedlegg', 99)", (jp, dok)),
            feil=INGEN_RETT, match="row-level security",
        )  # fmt: skip
    # Re-pointing one of one's own links at a hidden document is refused the same way.
    egen = a.se("SELECT dokument_id FROM journalpost_dokument WHERE journalpost_id = %s", (jp,))
    if egen:
        a.avvist(
            ("UPDATE journalpost_dokument SET dokument_id = %s WHERE journalpost_id = %s", (skjulte[0], jp)),
            feil=INGEN_RETT, match="row-level security",
        )  # fmt: skip
    assert a.se("SELECT count(*) FROM dokumentobjekt WHERE dokument_id = ANY(%s)", (skjulte,)) == (0,)


def test_en_rolle_fra_en_annen_database_paa_serveren_faar_ingenting_og_passordet_logges_ikke(
    angrep, pg_server, _demo_pg_mal
):
    """A training database on the same cluster makes an archivist; that role logs into production."""
    kurs = f"sb_kurs_{uuid.uuid4().hex[:8]}"
    kx1 = rollenavn("KX1", kurs)
    passord = f"Kurs-{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{kurs}" TEMPLATE "{_demo_pg_mal}"')
        c.execute(f"ALTER DATABASE \"{kurs}\" SET log_statement = 'all'")
    try:
        admin.init_db(pg_server.url(kurs))
        db = Database.aapne(pg_server.url(kurs))
        try:
            admin.opprett_bruker_med_rolle(
                db, initialer="KX1", navn="Kurs Arkivar", roller=["arkiv"], passord=passord
            )
        finally:
            db.lukk()
        logg = pg_server.logfile.read_text(errors="replace")
        assert "CREATE ROLE" in logg and "SCRAM-SHA-256$" in logg  # statements are logged …
        assert passord not in logg  # … but only the verifier, never the password
        with psycopg.connect(pg_server.conninfo(kurs, user=kx1) + f" password={passord}") as c:
            assert c.execute("SELECT saksbord_er_arkiv(), count(*) > 0 FROM sak").fetchone() == (True, True)
        # Role names are scoped to their database: the course's OHA is a role of its own, so giving it
        # a password there leaves production's OHA (its role and its password) as it was.
        prod_oha = _en(
            angrep.conninfo(), "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (angrep.rolle("OHA"),)
        )
        db = Database.aapne(pg_server.url(kurs))
        try:
            admin.endre_tilgang(db, initialer="OHA", passord=passord)
        finally:
            db.lukk()
        kurs_oha = _en(pg_server.conninfo(kurs), "SELECT db_rolle FROM bruker WHERE initialer = 'OHA'")[0]
        assert kurs_oha == rollenavn("OHA", kurs) != angrep.rolle("OHA")
        assert (
            _en(
                angrep.conninfo(),
                "SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                (angrep.rolle("OHA"),),
            )
            == prod_oha
        )

        # In production the role is nobody: not an administrator, sees no row, writes none.
        prod = (
            f"host={pg_server.host} port={pg_server.port} dbname={angrep.navn} user={kx1} password={passord}"
        )
        foer = _avtrykk(angrep.conninfo())
        with psycopg.connect(prod) as c:
            assert c.execute("SELECT saksbord_er_admin(), saksbord_er_arkiv(), saksbord_kjent()").fetchone() == (
                False, False, False,
            )  # fmt: skip
            for t in (
                "sak",
                "journalpost",
                "dokumentbeskrivelse",
                "innhold",
                "bruker",
                "bruker_tilgang",
                "mal",
            ):
                assert c.execute(f"SELECT count(*) FROM {t}").fetchone() == (0,), t
            assert c.execute("UPDATE journalpost SET tittel = 'x'").rowcount == 0
            c.rollback()
            with pytest.raises(INGEN_RETT, match="row-level security"):
                c.execute(
                    "INSERT INTO sak (saksaar, sakssekvensnummer, tittel, saksdato, status, siste_dokumentnummer, "
                    "avslutning_bedt, versjon) VALUES (2026, 9999, 'Inntrenger', current_date, 'R', 0, false, 1)"
                )
            c.rollback()
            with pytest.raises(INGEN_RETT, match="row-level security"):
                c.execute(
                    "INSERT INTO mal (navn, tittel, journalposttyper, standard_for, aktiv, endret) "
                    "VALUES ('falsk', 'Falsk', 'U', '', true, now())"
                )
            c.rollback()
        assert _avtrykk(angrep.conninfo()) == foer
    finally:
        with psycopg.connect(pg_server.conninfo(), autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{kurs}" WITH (FORCE)')
            fjern_roller(c, kurs)


def test_passordet_til_en_eksisterende_rolle_settes_uten_aa_logges(angrep, pg_server):
    with psycopg.connect(angrep.conninfo(), autocommit=True) as c:
        c.execute(f"ALTER DATABASE \"{angrep.navn}\" SET log_statement = 'all'")
    nytt = f"Nytt-{uuid.uuid4().hex[:10]}"
    db = Database.aapne(angrep.admin_url)
    try:
        admin.endre_tilgang(db, initialer="MBE", passord=nytt)
    finally:
        db.lukk()
    assert "ALTER ROLE" in pg_server.logfile.read_text(errors="replace")
    assert nytt not in pg_server.logfile.read_text(errors="replace")
    # The test server trusts every login, so the stored verifier is what proves the password was set.
    verifikator = _en(
        angrep.conninfo(), f"SELECT rolpassword FROM pg_authid WHERE rolname = '{angrep.rolle('MBE')}'"
    )[0]
    assert verifikator.startswith("SCRAM-SHA-256$")
    assert verifikator != _en(angrep.conninfo(), "SELECT %s::text", (PASSORD,))[0]


def test_databasens_avslag_blir_regelens_melding_ikke_frakoblet(angrep):
    """When PostgreSQL itself refuses inside a unit of work (a lock trigger, a missing right), the
    service raises the rule refusal with the database's Norwegian message, not "Frakoblet": the
    outbox makes it a conflict the user can read instead of retrying it forever as a lost line."""
    from sqlalchemy import text

    from app.domain.feil import Frakoblet, IngenTilgang, UgyldigTilstand
    from app.services.arbeid import Kontekst, arbeid

    eier = angrep.conninfo()
    j_id, j_sbh = _post(eier, "J", "I")
    foer = _avtrykk(eier)
    db = Database.aapne(angrep.url(j_sbh), opprett=False)
    try:
        ctx = Kontekst(db, j_sbh)
        with pytest.raises(UgyldigTilstand, match="låst") as laast, arbeid(ctx) as a:
            a.s.execute(
                text("UPDATE korrespondansepart SET navn = 'Falsk' WHERE journalpost_id = :j"), {"j": j_id}
            )
        assert not isinstance(laast.value, Frakoblet)
        with pytest.raises(IngenTilgang), arbeid(ctx) as a:
            a.s.execute(text("UPDATE nummerserie SET siste = 1"))
        # The unit of work still works afterwards: the session was rolled back, not left broken.
        with arbeid(ctx, skriv=False) as a:
            assert (
                a.s.execute(text("SELECT count(*) FROM journalpost WHERE id = :j"), {"j": j_id}).scalar() == 1
            )
    finally:
        db.lukk()
    assert _avtrykk(eier) == foer
