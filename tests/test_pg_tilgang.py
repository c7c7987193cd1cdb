"""Access enforced by PostgreSQL itself: init-db, user roles, row-level security, locked records.

Everything here runs against the real server the test session starts; users
connect with their own LOGIN role (``sb_<database>_<initialer>``), the setup as superuser.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy import select

from app.domain.feil import IngenTilgang
from app.services import admin, avskrivning, ekspedering, journalposter, kurver, oppgaver, saker, visning
from app.services.arbeid import Kontekst
from app.services.journalposter import NyJournalpost, PartInn
from app.store import models as m
from app.store.db import SKJEMA_VERSJON, Database
from app.store.pg.roller import rollenavn
from tests.support.skrivetilgang import gi_skrivetilgang

PASSORD = "hemmelig-test"
DEMOBRUKERE = ("RAD", "KLE", "OHA", "ISO", "TBA", "MBE", "SNI", "PKR", "LMO", "ALA", "HJO")


@dataclass
class PgDemo:
    """A copy of the demo on the test server, init-db run and every demo user given a login role."""

    server: object
    navn: str

    @property
    def admin_url(self) -> str:
        return self.server.url(self.navn)

    def rolle(self, initialer: str) -> str:
        """The user's login role: named for this database (roles are cluster-wide)."""
        return rollenavn(initialer, self.navn)

    def url(self, initialer: str) -> str:
        return self.server.url(self.navn, user=self.rolle(initialer), password=PASSORD)

    def conninfo(self, initialer: str | None = None) -> str:
        bruker = self.rolle(initialer) if initialer else self.server.superuser
        return f"host={self.server.host} port={self.server.port} dbname={self.navn} user={bruker} password={PASSORD}"

    def db(self, initialer: str) -> Database:
        return Database.aapne(self.url(initialer))


@pytest.fixture
def pg_demo(pg_server, _demo_pg_mal):
    if not pg_server.is_running():
        pg_server.start()
    navn = f"sb_demo_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{navn}" TEMPLATE "{_demo_pg_mal}"')
    demo = PgDemo(pg_server, navn)
    admin.init_db(demo.admin_url)
    db = Database.aapne(demo.admin_url)
    for ini in DEMOBRUKERE:
        admin.endre_tilgang(db, initialer=ini, passord=PASSORD)
    db.lukk()
    yield demo
    if not pg_server.is_running():
        pg_server.start()
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{navn}" WITH (FORCE)')
        fjern_roller(c, navn)


def fjern_roller(c, database: str) -> None:
    """Drop the login roles a test database made (they outlive it: roles are cluster-wide)."""
    for (r,) in c.execute(
        "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", (rollenavn("", database),)
    ).fetchall():
        c.execute(f'DROP ROLE IF EXISTS "{r}"')


def _cli(*argv: str, env: dict | None = None):
    """The CLI in this process (tests/support/cli.py); the entry point's own test starts ``saksbord``."""
    from tests.support.cli import kjor_cli

    return kjor_cli(*argv, env=env)


def test_init_db_og_bruker_opprett_og_tilgang_fra_kommandolinjen(pg_url, pg_server):
    kno = rollenavn("KNO", pg_url.rsplit("/", 1)[1])  # named for this database: roles are cluster-wide
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as c:
        c.execute(f'DROP ROLE IF EXISTS "{kno}"')  # a new user must not find one
    r = _cli("init-db", "--db", pg_url)
    assert r.returncode == 0, r.stderr
    assert f"skjemaversjon {SKJEMA_VERSJON}" in r.stdout
    assert _cli("init-db", "--db", pg_url).returncode == 0  # idempotent (upgrade is a no-op)

    r = _cli(
        "bruker", "opprett", "--db", pg_url, "--initialer", "KNO", "--navn", "Kari Nordmann",
        "--rolle", "saksbehandler", "--kode", "U", env={"SAKSBORD_PASSORD": "pw-kno"},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "KNO" in r.stdout
    with psycopg.connect(pg_server.conninfo(pg_url.rsplit("/", 1)[1])) as c:
        assert c.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (kno,)).fetchone() == (True,)
        assert c.execute("SELECT db_rolle FROM bruker WHERE initialer = 'KNO'").fetchone() == (kno,)
        medlem = c.execute("SELECT pg_has_role(%s, 'saksbord_bruker', 'MEMBER')", (kno,)).fetchone()[0]
        assert medlem
    # The new role logs in and sees the registry (read as itself).
    with psycopg.connect(pg_server.conninfo(pg_url.rsplit("/", 1)[1], user=kno)) as c:
        assert c.execute("SELECT current_user").fetchone() == (kno,)
        assert c.execute("SELECT count(*) FROM kode_tilgang").fetchone()[0] > 0
        # … but may not grant itself a code.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("INSERT INTO bruker_tilgang (bruker_id, tilgangskode) SELECT id, 'P' FROM bruker")

    r = _cli(
        "bruker",
        "opprett",
        "--db",
        pg_url,
        "--initialer",
        "KNO",
        "--navn",
        "X",
        env={"SAKSBORD_PASSORD": "p"},
    )
    assert r.returncode == 1 and "allerede i bruk" in r.stderr
    r = _cli("bruker", "opprett", "--db", pg_url, "--initialer", "ABC", "--navn", "Uten passord")
    assert r.returncode == 1 and "passord" in r.stderr.lower()
    r = _cli("bruker", "opprett", "--db", pg_url, "--initialer", "ABC")
    assert r.returncode == 2
    r = _cli(
        "bruker", "tilgang", "--db", pg_url, "--initialer", "KNO", "--legg-til-kode", "P", "--fjern-kode", "U"
    )
    assert r.returncode == 0, r.stderr
    assert "tilgangskoder P" in r.stdout
    r = _cli("bruker", "tilgang", "--db", pg_url, "--initialer", "KNO", "--legg-til-kode", "ZZ")
    assert r.returncode == 1 and "Ukjent tilgangskode" in r.stderr
    r = _cli("bruker", "tilgang", "--db", pg_url, "--initialer", "NEI", "--rolle", "leder")
    assert r.returncode == 1 and "Fant ingen bruker" in r.stderr


def _antall(conninfo: str, sql: str) -> int:
    with psycopg.connect(conninfo) as c:
        return c.execute(sql).fetchone()[0]


P_SAKER = "SELECT count(*) FROM sak WHERE tilgangskode = 'P'"
P_JP = (
    "SELECT count(*) FROM journalpost j JOIN sak s ON s.id = j.sak_id "
    "WHERE j.tilgangskode = 'P' OR (j.tilgangskode IS NULL AND s.tilgangskode = 'P' AND j.type <> 'S')"
)
P_JP_ALENE = (
    "SELECT count(*) FROM journalpost j WHERE j.tilgangskode = 'P' OR (j.tilgangskode IS NULL AND j.type <> 'S' "
    "AND j.sak_id IN (SELECT id FROM sak WHERE tilgangskode = 'P'))"
)


def _p_jp_ider(conninfo: str) -> list[int]:
    with psycopg.connect(conninfo) as c:
        return [
            r[0]
            for r in c.execute(
                "SELECT j.id FROM journalpost j JOIN sak s ON s.id = j.sak_id "
                "WHERE j.tilgangskode = 'P' OR (j.tilgangskode IS NULL AND s.tilgangskode = 'P' AND j.type <> 'S')"
            )
        ]


def test_bruker_uten_kode_p_faar_null_p_rader_med_raa_sql(pg_demo):
    admin_ci = pg_demo.conninfo()
    assert _antall(admin_ci, P_SAKER) >= 1
    p_jp = _p_jp_ider(admin_ci)
    assert p_jp, "the demo has P-shielded journalposter"
    ider = ",".join(map(str, p_jp))
    mbe = pg_demo.conninfo("MBE")
    assert _antall(mbe, f"SELECT current_user = '{pg_demo.rolle('MBE')}'")
    assert _antall(mbe, P_SAKER) == 0
    assert _antall(mbe, P_JP_ALENE) == 0
    assert _antall(mbe, f"SELECT count(*) FROM journalpost WHERE id IN ({ider})") == 0
    for tabell in ("korrespondansepart", "journalpost_dokument", "merknad"):
        assert _antall(mbe, f"SELECT count(*) FROM {tabell} WHERE journalpost_id IN ({ider})") == 0
        assert _antall(admin_ci, f"SELECT count(*) FROM {tabell} WHERE journalpost_id IN ({ider})") >= 0
    dok = (
        "SELECT count(*) FROM dokumentbeskrivelse d WHERE d.id IN "
        f"(SELECT dokument_id FROM journalpost_dokument WHERE journalpost_id IN ({ider}))"
    )
    assert _antall(mbe, dok) == 0
    # The admin sees parties and documents there, so the zero above is RLS at work.
    assert _antall(admin_ci, f"SELECT count(*) FROM korrespondansepart WHERE journalpost_id IN ({ider})") > 0
    # Unshielded rows stay visible to MBE; LMO (code P) sees the P rows; a P1-only grant does not open P.
    assert _antall(mbe, "SELECT count(*) FROM sak WHERE tilgangskode IS NULL") == _antall(
        admin_ci, "SELECT count(*) FROM sak WHERE tilgangskode IS NULL"
    )
    assert _antall(pg_demo.conninfo("LMO"), P_SAKER) == _antall(admin_ci, P_SAKER)
    assert _antall(pg_demo.conninfo("OHA"), P_SAKER) == 0


def test_stedfortreder_faar_bare_tildelte_koder_og_kan_ikke_utnevne_seg_selv(pg_demo):
    from datetime import date, timedelta

    mbe = pg_demo.conninfo("MBE")
    with psycopg.connect(mbe) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.execute(
            "INSERT INTO stedfortreder (leder_id, stedfortreder_id, fra, til, koder) "
            "SELECT l.id, s.id, current_date - 1, current_date + 1, 'P' FROM bruker l, bruker s "
            "WHERE l.initialer = 'TBA' AND s.initialer = 'MBE'"
        )
    from app.services.brukere import sett_stedfortreder

    tba = pg_demo.db("TBA")
    sett_stedfortreder(
        Kontekst(tba, "TBA"), leder="TBA", stedfortreder="MBE", fra=date.today() - timedelta(days=1),
        til=date.today() + timedelta(days=1), koder=["P"],
    )  # fmt: skip
    tba.lukk()
    # TBA holds P without a unit limit, so MBE now sees the P saker for the period.
    assert _antall(mbe, P_SAKER) == _antall(pg_demo.conninfo(), P_SAKER)


def test_kommandolinjen_som_egen_rolle_viser_ingen_p_saker(pg_demo):
    url = pg_demo.url("MBE").replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(pg_demo.conninfo()) as c:
        p_titler = [r[0] for r in c.execute("SELECT tittel FROM sak WHERE tilgangskode = 'P'")]
        alle = c.execute("SELECT count(*) FROM sak").fetchone()[0]
    r = subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", url, "sak", "liste", "--bruker", "MBE", "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip()
    assert not any(t in r.stdout for t in p_titler)
    r2 = _cli("--db", url, "kurv", "mine-saker", "--bruker", "MBE")
    assert r2.returncode == 0, r2.stderr
    # Working as somebody else on MBE's own login is refused with a message.
    r3 = _cli("--db", url, "kurv", "ubehandlet", "--bruker", "LMO")
    assert r3.returncode == 1 and "logget på databasen som MBE" in r3.stderr
    assert alle > len(p_titler) > 0


def test_tjenestene_som_egen_rolle_ser_ikke_p_og_initialer_maa_stemme(pg_demo):
    db = pg_demo.db("MBE")
    try:
        c = Kontekst(db, "MBE")
        ider = saker.sak_ider(c)
        with db.session() as s:
            assert s.scalar(select(m.Sak.id).where(m.Sak.tilgangskode == "P")) is None
        with psycopg.connect(pg_demo.conninfo()) as pc:
            p_ider = {r[0] for r in pc.execute("SELECT id FROM sak WHERE tilgangskode = 'P'")}
        assert ider and not (set(ider) & p_ider)
        with pytest.raises(IngenTilgang, match="logget på databasen som MBE"):
            kurver.kurver(Kontekst(db, "LMO"))
        assert kurver.kurver(Kontekst(db, "mbe"))  # case does not matter
    finally:
        db.lukk()


def test_laast_journalpost_avvises_av_databasen(pg_demo):
    with psycopg.connect(pg_demo.conninfo()) as c:
        sbh = c.execute(
            "SELECT b.initialer FROM journalpost j JOIN bruker b ON b.id = j.saksbehandler_id "
            "WHERE j.status = 'E' LIMIT 1"
        ).fetchone()[0]
    for ci in (pg_demo.conninfo(sbh), pg_demo.conninfo()):  # the user's role, and the table owner too
        with psycopg.connect(ci) as c:
            with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="låst"):
                c.execute("UPDATE journalpost SET tittel = 'x' WHERE status = 'E'")
            c.rollback()
            with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="låst"):
                c.execute("UPDATE journalpost SET status = 'R' WHERE status = 'E'")
            c.rollback()
            # Skjerming and the status transition stay open.
            n = c.execute(
                "UPDATE journalpost SET tilgangskode = 'U', hjemmel = 'Offl. § 13', skjermingsnivaa = 1 "
                "WHERE status = 'E'"
            ).rowcount
            assert n > 0
            c.rollback()
    with psycopg.connect(pg_demo.conninfo(sbh)) as c:
        # The archive's correction setting opens nothing for anyone but the archive.
        c.execute("SELECT set_config('saksbord.arkivretting', 'ja', true)")
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="låst"):
            c.execute("UPDATE journalpost SET tittel = 'x' WHERE status = 'E'")
    with psycopg.connect(pg_demo.conninfo("ALA")) as c:
        assert c.execute("UPDATE journalpost SET status = 'J' WHERE status = 'E'").rowcount > 0
        c.rollback()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="avsluttet"):
            c.execute("UPDATE sak SET tittel = 'x' WHERE status = 'A'")
        c.rollback()
        # Not even the archive changes a locked post's title with a plain UPDATE (issue 20 item 5):
        # only its logged correction path (app/services/arkivretting.py) does.
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="låst"):
            c.execute("UPDATE journalpost SET tittel = 'x' WHERE status = 'E'")
        c.rollback()
        c.execute("SELECT set_config('saksbord.arkivretting', 'ja', true)")
        assert c.execute("UPDATE journalpost SET tittel = 'x' WHERE status = 'E'").rowcount > 0
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="låst"):
            c.execute("UPDATE journalpost SET antall_vedlegg = antall_vedlegg + 1 WHERE status = 'E'")
        c.rollback()
        # The setting is local to the transaction that set it.
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="avsluttet"):
            c.execute("UPDATE sak SET tittel = 'x' WHERE status = 'A'")


def test_rutinen_gjennom_tjenestene_paa_egne_roller(pg_demo):
    oha, kle = pg_demo.db("OHA"), pg_demo.db("KLE")
    try:
        sak = saker.opprett_sak(
            Kontekst(oha, "OHA"), tittel="Søknad om tilskudd til lag", enhet="OPP", klasse="000"
        ).saksnummer
        inn = journalposter.registrer_journalpost(
            Kontekst(oha, "OHA"),
            NyJournalpost(
                sak=sak,
                type="I",
                tittel="Søknad om tilskudd",
                avsendere=[PartInn("Kari Nordmann", epost="kari@eksempel.no")],
            ),
        ).journalpostnummer
        svar = avskrivning.besvar(Kontekst(oha, "OHA"), [inn], tittel="Svar på søknad").journalpostnummer
        oid = oppgaver.send_oppgave(Kontekst(oha, "OHA"), type_="godkjenning", jpnr=svar, til="KLE").oppgave
        assert oid in kurver.kurv_ider(Kontekst(kle, "KLE"), "mottatt-for-godkjenning")
        oppgaver.merk_oppgave_lest(Kontekst(kle, "KLE"), oid)
        oppgaver.svar_oppgave(Kontekst(kle, "KLE"), oid, svar="godkjent")
        ekspedering.ekspeder(Kontekst(oha, "OHA"), svar, kanal="epost")
        jp = visning.vis_journalpost(Kontekst(oha, "OHA"), svar)
        assert jp.status == "E"
        assert not visning.vis_journalpost(Kontekst(oha, "OHA"), inn).restanse
    finally:
        oha.lukk()
        kle.lukk()
    with psycopg.connect(pg_demo.conninfo()) as c:
        hvem = {
            r[0]
            for r in c.execute(
                "SELECT DISTINCT b.initialer FROM endringslogg e JOIN bruker b ON b.id = e.bruker_id WHERE e.tid > now() - interval '1 hour'"
            )
        }
    assert {"OHA", "KLE"} <= hvem


#: Rows hanging off a P-shielded sak that carry its content (gnr/bnr, titles in the log, tasks …).
_P_SAK = "(SELECT id FROM sak WHERE tilgangskode = 'P')"
_P_JP = f"(SELECT id FROM journalpost WHERE tilgangskode = 'P' OR sak_id IN {_P_SAK})"
P_AVLEDET = {
    "klassering": f"SELECT count(*) FROM klassering WHERE sak_id IN {_P_SAK}",
    "presedens": f"SELECT count(*) FROM presedens WHERE sak_id IN {_P_SAK}",
    "kryssreferanse": (
        f"SELECT count(*) FROM kryssreferanse WHERE fra_sak_id IN {_P_SAK} OR til_sak_id IN {_P_SAK} "
        f"OR til_journalpost_id IN {_P_JP}"
    ),
    "avskrivning": f"SELECT count(*) FROM avskrivning WHERE journalpost_id IN {_P_JP}",
    "oppgave": (
        f"SELECT count(*) FROM oppgave WHERE (journalpost_id IN {_P_JP} OR sak_id IN {_P_SAK}) "
        "AND til_id <> (SELECT id FROM bruker WHERE initialer = 'MBE')"
    ),
    "endringslogg": f"SELECT count(*) FROM endringslogg WHERE sak_id IN {_P_SAK} OR journalpost_id IN {_P_JP}",
}


def _p_avledede_rader(admin_ci: str) -> dict[str, int]:
    """As the owner: presedens, kryssreferanser, avskrivning, tasks and log rows on a P sak; the ids used."""
    with psycopg.connect(admin_ci) as c:
        sak, jp, tittel = c.execute(
            "SELECT s.id, j.id, s.tittel FROM sak s JOIN journalpost j ON j.sak_id = s.id "
            "WHERE s.tilgangskode = 'P' AND j.type <> 'S' ORDER BY s.id, j.id LIMIT 1"
        ).fetchone()
        aapen = c.execute("SELECT min(id) FROM sak WHERE tilgangskode IS NULL").fetchone()[0]
        b = dict(c.execute("SELECT initialer, id FROM bruker").fetchall())
        c.execute(
            "INSERT INTO presedens (sak_id, type, stikkord, tekst, journalpost_ids, dato, av_id) "
            "VALUES (%s, 'vedtak', 'Sykefravær', 'Hemmelig praksis', %s, current_date, %s)",
            (sak, str(jp), b["LMO"]),
        )
        c.execute(
            "INSERT INTO kryssreferanse (fra_sak_id, til_sak_id) VALUES (%s, %s), (%s, %s)",
            (aapen, sak, sak, aapen),
        )
        c.execute("INSERT INTO kryssreferanse (fra_sak_id, til_journalpost_id) VALUES (%s, %s)", (aapen, jp))
        c.execute(
            "INSERT INTO avskrivning (journalpost_id, kode, dato, av_id, merknad, ventende) "
            "VALUES (%s, (SELECT min(kode) FROM kode_avskrivning), current_date, %s, 'Ringt den ansatte', false)",
            (jp, b["LMO"]),
        )
        for til in ("TBA", "MBE"):
            c.execute(
                "INSERT INTO oppgave (type, journalpost_id, fra_id, til_id, merknad, gul_for_alle, status, sendt) "
                "VALUES ('beskjed', %s, %s, %s, 'Om sykefraværet', false, 'aktiv', now())",
                (jp, b["LMO"], b[til]),
            )
        c.execute(
            "INSERT INTO endringslogg (tid, bruker_id, handling, entitet, entitet_id, sak_id, felt, fra, til) "
            "VALUES (now(), %s, 'endret', 'sak', %s, %s, 'tittel', %s, 'Ny tittel')",
            (b["LMO"], sak, sak, tittel),
        )
        c.execute(
            "INSERT INTO endringslogg (tid, handling, entitet, entitet_id, felt, til) "
            "VALUES (now(), 'tilgang endret', 'bruker', %s, 'tilgangskode', 'U'), "
            "(now(), 'tilgang endret', 'bruker', %s, 'tilgangskode', 'P')",
            (b["MBE"], b["LMO"]),
        )
        oid = c.execute("SELECT max(id) FROM oppgave").fetchone()[0]
    return {"sak": sak, "jp": jp, "mbe": b["MBE"], "oppgave_til_mbe": oid}


def test_avledede_tabeller_lekker_ikke_p_sak_men_tjenestene_virker(pg_demo):
    admin_ci, mbe, lmo = pg_demo.conninfo(), pg_demo.conninfo("MBE"), pg_demo.conninfo("LMO")
    ider = _p_avledede_rader(admin_ci)
    for tabell, sql in P_AVLEDET.items():
        assert _antall(admin_ci, sql) >= 1, tabell
        assert _antall(mbe, sql) == 0, f"MBE ser {tabell} for en P-sak"
        assert _antall(lmo, sql) == _antall(admin_ci, sql), f"LMO (kode P) ser ikke alle {tabell}"
    # Nothing else in the log about the P sak slips through either (fra/til hold its title).
    with psycopg.connect(admin_ci) as c:
        p_titler = [r[0] for r in c.execute("SELECT tittel FROM sak WHERE tilgangskode = 'P'")]
    with psycopg.connect(mbe) as c:
        tekst = " ".join(str(v) for r in c.execute("SELECT fra, til FROM endringslogg") for v in r if v)
        assert not any(t in tekst for t in p_titler)
        # Rows about MBE themselves stay readable; rows about another user's codes do not.
        om = c.execute("SELECT entitet_id FROM endringslogg WHERE entitet = 'bruker'").fetchall()
        assert om and {r[0] for r in om} == {ider["mbe"]}
        # A task sent to MBE on the P journalpost: the recipient sees the task, not the journalpost.
        assert c.execute(
            "SELECT count(*) FROM oppgave WHERE id = %s", (ider["oppgave_til_mbe"],)
        ).fetchone() == (1,)
        assert c.execute("SELECT count(*) FROM journalpost WHERE id = %s", (ider["jp"],)).fetchone() == (0,)

    # The services on MBE's own role: marking the task read logs "oppgave lest" about a journalpost
    # MBE may not see (INSERT … RETURNING must still pass), and the task shows no title.
    db = pg_demo.db("MBE")
    try:
        assert oppgaver.vis_oppgave(Kontekst(db, "MBE"), ider["oppgave_til_mbe"]).lest is None  # a pure read
        oppgaver.merk_oppgave_lest(Kontekst(db, "MBE"), ider["oppgave_til_mbe"])
        info = oppgaver.vis_oppgave(Kontekst(db, "MBE"), ider["oppgave_til_mbe"])
        assert info.lest is not None and info.journalpostnummer is None and info.tittel == ""
        assert ider["oppgave_til_mbe"] in kurver.kurv_ider(Kontekst(db, "MBE"), "mottatte-oppgaver")
    finally:
        db.lukk()
    with psycopg.connect(admin_ci) as c:
        assert c.execute(
            "SELECT count(*) FROM endringslogg WHERE handling = 'oppgave lest' AND entitet_id = %s",
            (ider["oppgave_til_mbe"],),
        ).fetchone() == (1,)
    # LMO (code P) works on the sak through the services: history, klassering and tasks are there.
    db = pg_demo.db("LMO")
    try:
        with psycopg.connect(admin_ci) as c:
            saksnr = c.execute(
                "SELECT saksaar || '/' || sakssekvensnummer FROM sak WHERE id = %s", (ider["sak"],)
            ).fetchone()[0]
        logg = visning.historikk(Kontekst(db, "LMO"), saksnr)
        assert any(r.felt == "tittel" and r.til == "Ny tittel" for r in logg)
    finally:
        db.lukk()


def test_uten_kode_kan_ikke_skrive_rader_paa_p_sak_med_raa_sql(pg_demo):
    """Writing is checked like reading: no rows hung onto, or moved into, a sak the user cannot see."""
    with psycopg.connect(pg_demo.conninfo()) as c:
        p_sak = c.execute("SELECT min(id) FROM sak WHERE tilgangskode = 'P'").fetchone()[0]
        mbe_id = c.execute("SELECT id FROM bruker WHERE initialer = 'MBE'").fetchone()[0]
        # An open journalpost MBE handles in an unshielded sak: visible to MBE as its saksbehandler.
        jp = c.execute(
            "SELECT j.id FROM journalpost j JOIN sak s ON s.id = j.sak_id WHERE s.tilgangskode IS NULL "
            "AND j.tilgangskode IS NULL AND j.status IN ('R', 'S', 'M') ORDER BY j.id LIMIT 1"
        ).fetchone()[0]
        c.execute("UPDATE journalpost SET saksbehandler_id = %s WHERE id = %s", (mbe_id, jp))
    rls = "row-level security"
    with psycopg.connect(pg_demo.conninfo("MBE")) as c:
        assert c.execute("SELECT count(*) FROM journalpost WHERE id = %s", (jp,)).fetchone() == (1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=rls):
            c.execute(
                "INSERT INTO klassering (sak_id, ordningsprinsipp, ordningsverdi, sortering) "
                "VALUES (%s, 'GBNR', '12/34', 1)",
                (p_sak,),
            )
        c.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=rls):
            c.execute(
                "INSERT INTO merknad (sak_id, type, tekst, for_alle, av_id, tid) "
                "VALUES (%s, 'formell', 'Sett', true, %s, now())",
                (p_sak, mbe_id),
            )
        c.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=rls):
            c.execute("UPDATE journalpost SET sak_id = %s WHERE id = %s", (p_sak, jp))
        c.rollback()
        # The same writes on a sak MBE may see go through.
        aapen = c.execute("SELECT sak_id FROM journalpost WHERE id = %s", (jp,)).fetchone()[0]
        c.execute(
            "INSERT INTO klassering (sak_id, ordningsprinsipp, ordningsverdi, sortering) "
            "VALUES (%s, 'GBNR', '12/34', 1)",
            (aapen,),
        )
        c.rollback()
    with psycopg.connect(pg_demo.conninfo()) as c:
        assert c.execute("SELECT count(*) FROM klassering WHERE ordningsverdi = '12/34'").fetchone() == (0,)
        assert c.execute(
            "SELECT count(*) FROM journalpost WHERE id = %s AND sak_id = %s", (jp, p_sak)
        ).fetchone() == (0,)


def test_tjenestene_skriver_som_egne_roller_gjennom_skrivesjekken(pg_demo):
    """Fordel, flytt, journalfør, offentlighetsvurdering, a stedfortreder, a task the recipient may not
    read: each on the acting user's own login role, where every written row passes the RLS check."""
    from datetime import date, timedelta

    from app.services.brukere import sett_stedfortreder

    dbs = {i: pg_demo.db(i) for i in ("ALA", "TBA", "MBE", "LMO")}

    def k(ini: str, som: str | None = None) -> Kontekst:
        return Kontekst(dbs[ini], ini, som)

    try:
        # The archive registers post for TEK without saksbehandler; the leader distributes it.
        sak = saker.opprett_sak(k("ALA"), tittel="Post til teknisk", enhet="TEK", klasse="000").saksnummer
        riktig = saker.opprett_sak(k("ALA"), tittel="Riktig sak", enhet="TEK", klasse="000").saksnummer
        inn = journalposter.registrer_journalpost(
            k("ALA"),
            NyJournalpost(sak=sak, type="I", tittel="Søknad om graving", avsendere=[PartInn("Kari")]),
        ).journalpostnummer
        journalposter.fordel(k("TBA"), inn, til="MBE")
        nytt = journalposter.flytt(k("ALA"), inn, til_sak=riktig).journalpostnummer
        assert nytt == f"{riktig}-1"
        avskrivning.besvar(k("MBE"), [nytt], tittel="Svar om graving")
        journalposter.journalfor(k("ALA"), nytt)
        # Registered by the archive in doubt (XX); the archive's offentlighetsvurdering.
        xx = journalposter.registrer_journalpost(
            k("ALA"),
            NyJournalpost(
                sak=riktig, type="I", tittel="Usikker post", avsendere=[PartInn("X")], saksbehandler="MBE",
                tilgangskode="XX", hjemmel="Ikke vurdert", nivaa=1,
            ),
        )  # fmt: skip
        assert xx.status == "M"
        journalposter.offentlighetsvurder(k("ALA"), xx.journalpostnummer, kode=None)
        assert visning.vis_journalpost(k("MBE"), xx.journalpostnummer).status == "S"

        # A stedfortreder within the period works on the leader's U sak that MBE alone may not see.
        u_sak = saker.opprett_sak(
            k("TBA"),
            tittel="Personalsak teknisk",
            enhet="TEK",
            tilgangskode="U",
            hjemmel="Offl. § 13",
            nivaa=1,
            klasse="000",
        ).saksnummer
        sett_stedfortreder(
            k("TBA"), leder="TBA", stedfortreder="MBE", fra=date.today() - timedelta(days=1),
            til=date.today() + timedelta(days=1), koder=["U"],
        )  # fmt: skip
        u_jp = journalposter.registrer_journalpost(
            k("MBE", som="TBA"),
            NyJournalpost(
                sak=u_sak,
                type="U",
                tittel="Brev fra stedfortreder",
                mottakere=[PartInn("Kari", epost="k@x.no")],
            ),
        ).journalpostnummer
        assert u_jp == f"{u_sak}-1"

        # A task on a P journalpost to MBE, who may not see it: LMO (code P) sends, MBE reads and removes.
        with psycopg.connect(pg_demo.conninfo()) as c:
            p_nr, p_id, annen_p = c.execute(
                "SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer, j.id, "
                "(SELECT max(a.id) FROM journalpost a JOIN sak t ON t.id = a.sak_id WHERE t.tilgangskode = 'P' "
                "AND a.type <> 'S' AND a.id <> j.id) FROM journalpost j "
                "JOIN sak s ON s.id = j.sak_id WHERE s.tilgangskode = 'P' AND j.type <> 'S' ORDER BY j.id LIMIT 1"
            ).fetchone()
        oid = oppgaver.send_oppgave(
            k("LMO"), type_="beskjed", jpnr=p_nr, til="MBE", merknad="Til orientering"
        ).oppgave
        oppgaver.merk_oppgave_lest(k("MBE"), oid)
        oppgaver.fjern_oppgave(k("MBE"), oid)
        assert annen_p is not None
    finally:
        for db in dbs.values():
            db.lukk()

    with psycopg.connect(pg_demo.conninfo("MBE")) as c:
        # … but MBE can neither re-point that task nor make one of their own on the P journalpost.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            c.execute("UPDATE oppgave SET journalpost_id = %s WHERE id = %s", (annen_p, oid))
        c.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            c.execute(
                "INSERT INTO oppgave (type, journalpost_id, fra_id, til_id, gul_for_alle, status, sendt) "
                "SELECT 'beskjed', %s, b.id, b.id, false, 'aktiv', now() FROM bruker b WHERE b.initialer = 'MBE'",
                (p_id,),
            )
    with psycopg.connect(pg_demo.conninfo()) as c:
        assert c.execute("SELECT status, journalpost_id FROM oppgave WHERE id = %s", (oid,)).fetchone() == (
            "fjernet",
            p_id,
        )
        handlinger = {
            r[0]
            for r in c.execute(
                "SELECT handling FROM endringslogg e JOIN bruker b ON b.id = e.bruker_id "
                "WHERE b.initialer = 'MBE' AND e.tid > now() - interval '1 hour'"
            )
        }
        assert {"oppgave lest", "oppgave fjernet"} <= handlinger


def test_gamle_utforte_foresporsler_ryddes_av_init_db_og_etter_avspilling(pg_demo, tmp_path):
    from app.services.synk import SynkKlient
    from app.services.synk.kodek import til_json
    from app.store.sync.replika import raa_forbindelse

    def legg_inn(c, alder: dict[str, str]) -> dict[str, str]:
        ider = {navn: str(uuid.uuid4()) for navn in alder}
        for navn, tid in alder.items():
            c.execute(
                "INSERT INTO utfort_foresporsel (id, tid, rolle) VALUES (%s, now() - %s::interval, %s)",
                (ider[navn], tid, pg_demo.rolle("OHA" if navn.endswith("oha") else "MBE")),
            )
        return ider

    def igjen(c, ider: dict[str, str]) -> set[str]:
        rader = c.execute("SELECT id::text FROM utfort_foresporsel").fetchall()
        return {navn for navn, i in ider.items() if (i,) in rader}

    with psycopg.connect(pg_demo.conninfo()) as c:
        ider = legg_inn(
            c, {"gammel_oha": "91 days", "gammel_mbe": "200 days", "ny_oha": "89 days", "fersk": "0"}
        )
    admin.init_db(pg_demo.admin_url)
    with psycopg.connect(pg_demo.conninfo()) as c:
        assert igjen(c, ider) == {"ny_oha", "fersk"}
        ider = legg_inn(c, {"gammel_oha": "100 days", "gammel_mbe": "95 days"})
    # Users may not delete request ids themselves, not even their own.
    with psycopg.connect(pg_demo.conninfo("OHA")) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.execute("DELETE FROM utfort_foresporsel")

    # OHA's client replays one queued action; afterwards the server has dropped everyone's old ids.
    with psycopg.connect(pg_demo.conninfo()) as c:
        sak = c.execute(
            "SELECT saksaar || '/' || sakssekvensnummer FROM sak WHERE tilgangskode IS NULL "
            "AND status IN ('R', 'B') ORDER BY id LIMIT 1"
        ).fetchone()[0]
    # OHA registers in the sak: the archive grants the write access it needs (issue 20 item 4).
    arkiv = pg_demo.db("ALA")
    try:
        gi_skrivetilgang(arkiv, sak, ["OHA"])
    finally:
        arkiv.lukk()
    k = SynkKlient(str(tmp_path / "oha.sqlite"), pg_demo.url("OHA"), "OHA")
    try:
        ny = NyJournalpost(sak=sak, type="I", tittel="Avspilt", avsendere=[PartInn("Per Post")])
        uid = k.bokforing.legg_i_utboks("registrer_journalpost", til_json({"ny": ny}), {})
        c = raa_forbindelse(k.replika)
        foresporsel = c.execute("SELECT foresporsel FROM synk_utboks WHERE id = ?", (uid,)).fetchone()[0]
        c.close()
        k.synk()
        assert k.venter() == 0
    finally:
        k.lukk()
    with psycopg.connect(pg_demo.conninfo()) as c:
        assert igjen(c, ider) == set()
        n = c.execute("SELECT count(*) FROM utfort_foresporsel WHERE id = %s", (foresporsel,)).fetchone()[0]
        assert n == 1
        assert c.execute("SELECT count(*) FROM utfort_foresporsel").fetchone()[0] == 3


def test_bruker_opprett_er_en_transaksjon_med_innloggingsrollen(pg_url, pg_server, monkeypatch):
    from app.domain.feil import UgyldigInndata
    from app.store.pg import roller

    navn = pg_url.rsplit("/", 1)[1]
    kol, brt, hel = (rollenavn(i, navn) for i in ("KOL", "BRT", "HEL"))
    admin.init_db(pg_url)
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as c:
        for r in (kol, brt, hel):
            c.execute(f'DROP ROLE IF EXISTS "{r}"')
        c.execute(f"CREATE ROLE \"{kol}\" LOGIN PASSWORD 'en-annen'")  # made by hand, not by Saksbord
    db = Database.aapne(pg_url)
    ekte = roller.sett_innlogging
    try:
        # The login role exists already: refused, and the user row goes with it.
        with pytest.raises(UgyldigInndata, match=f"{kol} finnes allerede"):
            admin.opprett_bruker_med_rolle(db, initialer="KOL", navn="Kollisjon", passord="pw-kol")

        # A failure after CREATE ROLE takes the role back too.
        def feiler_etterpaa(*a, **k):
            ekte(*a, **k)
            raise UgyldigInndata("feil etter CREATE ROLE")

        monkeypatch.setattr(roller, "sett_innlogging", feiler_etterpaa)
        with pytest.raises(UgyldigInndata, match="etter CREATE ROLE"):
            admin.opprett_bruker_med_rolle(db, initialer="BRT", navn="Brutt", passord="pw-brt")
        monkeypatch.setattr(roller, "sett_innlogging", ekte)

        info = admin.opprett_bruker_med_rolle(db, initialer="HEL", navn="Hel ved", passord="pw-hel")
        assert info.initialer == "HEL"
    finally:
        db.lukk()
    with psycopg.connect(pg_server.conninfo(navn)) as c:
        brukere = {r[0]: r[1] for r in c.execute("SELECT initialer, db_rolle FROM bruker")}
        assert "KOL" not in brukere and "BRT" not in brukere and brukere["HEL"] == hel
        logg = " ".join(
            r[0] or "" for r in c.execute("SELECT til FROM endringslogg WHERE entitet = 'bruker'")
        )
        assert "Kollisjon" not in logg and "Brutt" not in logg and "Hel ved" in logg
        roller_ = dict(
            c.execute(
                "SELECT rolname, pg_has_role(rolname, 'saksbord_bruker', 'MEMBER') FROM pg_roles "
                "WHERE rolname = ANY(%s)",
                ([kol, brt, hel],),
            ).fetchall()
        )
        assert roller_ == {kol: False, hel: True}  # the clash's role untouched, sb_brt never made
    # The existing role keeps its own password.
    ci = f"host={pg_server.host} port={pg_server.port} dbname={navn} user={kol} password=en-annen"
    with psycopg.connect(ci) as c:
        assert c.execute("SELECT current_user").fetchone() == (kol,)
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as c:
        c.execute(f'DROP ROLE "{kol}"')


def test_leder_offentlighetsvurderer_xx_post_paa_egen_rolle(pg_demo):  # noqa: F811
    """The archive's midlertidig skjermet (XX) post reaches the unit leader's own login and is assessed there."""
    kle = pg_demo.db("KLE")
    try:
        ctx = Kontekst(kle, "KLE")
        ider = kurver.kurv_ider(ctx, "til-offentlighetsvurdering")
        assert ider, "the demo's XX post must be visible to the leader of its unit"
        rad = kurver.kurv_rader(ctx, "til-offentlighetsvurdering", ider[:1])[0]
        journalposter.offentlighetsvurder(ctx, rad.journalpost_id, kode="U", hjemmel="Offl. § 13", nivaa=2)
        info = visning.vis_journalpost(ctx, rad.journalpost_id)
        assert (info.status, info.skjerming.tilgangskode) == ("S", "U")
        assert rad.journalpost_id not in kurver.kurv_ider(ctx, "til-offentlighetsvurdering")
    finally:
        kle.lukk()
    mbe = pg_demo.db("MBE")
    try:
        assert kurver.kurv_ider(
            Kontekst(mbe, "MBE"), "mine-saker"
        )  # MBE works on, but sees no XX/U posts of OPP
        with psycopg.connect(pg_demo.conninfo("MBE")) as c:
            assert (
                c.execute("SELECT count(*) FROM journalpost WHERE tilgangskode IN ('XX', 'U')").fetchone()[0]
                == 0
            )
    finally:
        mbe.lukk()


def test_rader_skrives_bare_i_eget_navn_med_raa_sql(pg_demo):
    """The author columns must be the connected user: no log row, task, merknad, avskrivning or
    presedens credited to someone else, no "on behalf of" a leader outside a stedfortreder period, and no
    re-crediting a stored row; the recipient may still answer a task, and a period holder may
    act for the leader."""
    with psycopg.connect(pg_demo.conninfo()) as c:
        b = dict(c.execute("SELECT initialer, id FROM bruker").fetchall())
        # A journalpost everyone may see (no code on it or its sak) that still takes an avskrivning.
        jp, sak = c.execute(
            "SELECT j.id, j.sak_id FROM journalpost j JOIN sak s ON s.id = j.sak_id "
            "WHERE s.tilgangskode IS NULL AND j.tilgangskode IS NULL AND j.type = 'I' ORDER BY j.id LIMIT 1"
        ).fetchone()
        kode = c.execute("SELECT min(kode) FROM kode_avskrivning").fetchone()[0]
        # A task from KLE to MBE, a merknad and an avskrivning by MBE, made by the owner.
        oid = c.execute(
            "INSERT INTO oppgave (type, journalpost_id, fra_id, til_id, gul_for_alle, status, sendt) "
            "VALUES ('beskjed', %s, %s, %s, false, 'aktiv', now()) RETURNING id",
            (jp, b["KLE"], b["MBE"]),
        ).fetchone()[0]
        mk = c.execute(
            "INSERT INTO merknad (journalpost_id, type, tekst, for_alle, av_id, tid) "
            "VALUES (%s, 'formell', 'Egen', true, %s, now()) RETURNING id",
            (jp, b["MBE"]),
        ).fetchone()[0]
        av = c.execute(
            "INSERT INTO avskrivning (journalpost_id, kode, dato, av_id, ventende) "
            "VALUES (%s, %s, current_date, %s, false) RETURNING id",
            (jp, kode, b["MBE"]),
        ).fetchone()[0]
        # The demo: SNI holds TBA's desk around today, ISO's period for KLE has ended, MBE has none.
        assert c.execute(
            "SELECT count(*) FROM stedfortreder WHERE stedfortreder_id = %s AND leder_id = %s "
            "AND current_date BETWEEN fra AND til",
            (b["SNI"], b["TBA"]),
        ).fetchone() == (1,)
        assert c.execute(
            "SELECT count(*) FROM stedfortreder WHERE stedfortreder_id = %s AND leder_id = %s "
            "AND current_date > til",
            (b["ISO"], b["KLE"]),
        ).fetchone() == (1,)
        assert c.execute(
            "SELECT count(*) FROM stedfortreder WHERE stedfortreder_id = %s", (b["MBE"],)
        ).fetchone() == (0,)

    logg = (
        "INSERT INTO endringslogg (tid, bruker_id, paa_vegne_av_id, handling, entitet, entitet_id, sak_id) "
        "VALUES (now(), %s, %s, 'endret', 'sak', %s, %s)"
    )
    oppgave = (
        "INSERT INTO oppgave (type, journalpost_id, fra_id, paa_vegne_av_id, til_id, gul_for_alle, status, sendt) "
        "VALUES ('beskjed', %s, %s, %s, %s, false, 'aktiv', now())"
    )
    merknad = (
        "INSERT INTO merknad (journalpost_id, type, tekst, for_alle, av_id, tid) "
        "VALUES (%s, 'formell', 'Falsk', true, %s, now())"
    )
    avskriv = "INSERT INTO avskrivning (journalpost_id, kode, dato, av_id, ventende) VALUES (%s, %s, current_date, %s, false)"
    presedens = (
        "INSERT INTO presedens (sak_id, type, stikkord, journalpost_ids, dato, av_id) "
        "VALUES (%s, 'praksis', 'Falsk', '', current_date, %s)"
    )

    def avvist(c, sql: str, parametre: tuple) -> None:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            c.execute(sql, parametre)
        c.rollback()

    def godtatt(c, sql: str, parametre: tuple) -> None:
        assert c.execute(sql, parametre).rowcount == 1
        c.rollback()

    with psycopg.connect(pg_demo.conninfo("MBE")) as c:
        # In someone else's name: refused.
        avvist(c, logg, (b["KLE"], None, sak, sak))
        avvist(c, oppgave, (jp, b["KLE"], None, b["MBE"]))
        avvist(c, merknad, (jp, b["KLE"]))
        avvist(c, avskriv, (jp, kode, b["KLE"]))
        avvist(c, presedens, (sak, b["KLE"]))
        # On behalf of TBA without a period: refused, for the log and for a task.
        avvist(c, logg, (b["MBE"], b["TBA"], sak, sak))
        avvist(c, oppgave, (jp, b["MBE"], b["TBA"], b["KLE"]))
        # In MBE's own name the same rows go through.
        godtatt(c, logg, (b["MBE"], None, sak, sak))
        godtatt(c, oppgave, (jp, b["MBE"], None, b["KLE"]))
        godtatt(c, merknad, (jp, b["MBE"]))
        godtatt(c, avskriv, (jp, kode, b["MBE"]))
        godtatt(c, presedens, (sak, b["MBE"]))
        # A stored row may not be re-credited: not the task MBE received, nor MBE's own merknad/avskrivning.
        avvist(c, "UPDATE oppgave SET fra_id = %s WHERE id = %s", (b["MBE"], oid))
        avvist(c, "UPDATE oppgave SET paa_vegne_av_id = %s WHERE id = %s", (b["TBA"], oid))
        avvist(c, "UPDATE merknad SET av_id = %s WHERE id = %s", (b["KLE"], mk))
        avvist(c, "UPDATE avskrivning SET av_id = %s WHERE id = %s", (b["KLE"], av))
        # … but the recipient still reads and removes the task, and MBE edits their own merknad.
        godtatt(c, "UPDATE oppgave SET lest = now(), status = 'fjernet' WHERE id = %s", (oid,))
        godtatt(c, "UPDATE merknad SET tekst = 'Rettet' WHERE id = %s", (mk,))

    with psycopg.connect(pg_demo.conninfo("SNI")) as c:
        # Within the period SNI acts for TBA …
        godtatt(c, logg, (b["SNI"], b["TBA"], sak, sak))
        godtatt(c, oppgave, (jp, b["SNI"], b["TBA"], b["KLE"]))
        # … but not for a leader SNI holds no period for, nor as TBA.
        avvist(c, logg, (b["SNI"], b["KLE"], sak, sak))
        avvist(c, logg, (b["TBA"], None, sak, sak))
    with psycopg.connect(pg_demo.conninfo("ISO")) as c:
        avvist(c, logg, (b["ISO"], b["KLE"], sak, sak))  # the period has ended

    with psycopg.connect(pg_demo.conninfo()) as c:
        assert c.execute("SELECT fra_id, status FROM oppgave WHERE id = %s", (oid,)).fetchone() == (
            b["KLE"],
            "aktiv",
        )
        assert c.execute("SELECT count(*) FROM merknad WHERE tekst = 'Falsk'").fetchone() == (0,)
        # The owner (init-db, bruker opprett, maintenance) is not an app user and writes as it must.
        c.execute(logg, (None, None, sak, sak))
        c.execute(oppgave, (jp, b["KLE"], b["TBA"], b["MBE"]))
        c.rollback()


def test_stedfortreder_sender_oppgave_paa_vegne_av_lederen(pg_demo):
    """Through the services on SNI's own role: a task sent from TBA's desk carries fra SNI, paa vegne
    av TBA in the task and the log, and its recipient answers it."""
    sni, kle = pg_demo.db("SNI"), pg_demo.db("KLE")
    try:
        with psycopg.connect(pg_demo.conninfo()) as c:
            jpnr = c.execute(
                "SELECT s.saksaar || '/' || s.sakssekvensnummer || '-' || j.dokumentnummer FROM journalpost j "
                "JOIN sak s ON s.id = j.sak_id WHERE s.tilgangskode IS NULL AND j.tilgangskode IS NULL "
                "ORDER BY j.id LIMIT 1"
            ).fetchone()[0]
        oid = oppgaver.send_oppgave(
            Kontekst(sni, "SNI", som="TBA"), type_="uttalelse", jpnr=jpnr, til="KLE", merknad="Hva mener du?"
        ).oppgave
        oppgaver.merk_oppgave_lest(Kontekst(kle, "KLE"), oid)
        oppgaver.svar_oppgave(Kontekst(kle, "KLE"), oid, svar="uttalt", merknad="Greit")
    finally:
        sni.lukk()
        kle.lukk()
    with psycopg.connect(pg_demo.conninfo()) as c:
        b = dict(c.execute("SELECT initialer, id FROM bruker").fetchall())
        assert c.execute(
            "SELECT fra_id, paa_vegne_av_id, status FROM oppgave WHERE id = %s", (oid,)
        ).fetchone() == (
            b["SNI"],
            b["TBA"],
            "besvart",
        )
        rader = set(
            c.execute(
                "SELECT handling, bruker_id, paa_vegne_av_id FROM endringslogg WHERE entitet = 'oppgave' "
                "AND entitet_id = %s",
                (oid,),
            ).fetchall()
        )
        assert {("oppgave sendt", b["SNI"], b["TBA"]), ("oppgave besvart", b["KLE"], None)} <= rader
