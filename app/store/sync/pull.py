"""Incremental pull: the rows changed on the server since last time, as the user may see them.

Every synced PostgreSQL row carries ``endringsnr`` (one sequence) and
``endringsxid`` (the writing transaction). A transaction that commits late can
hold a smaller endringsnr than rows already pulled, so besides
``endringsnr > sist`` the pull also re-reads rows written by transactions that
were still open at the previous pull (``endringsxid >= xmin`` of that
snapshot). All tables are read in one REPEATABLE READ snapshot over the user's
own connection, so row-level security decides what arrives.

Rows can also leave (or enter) the user's sight without changing themselves: a
code or stedfortreder period is revoked, a sak is shielded after the fact. The
database marks such changes in ``saksbord_synlighet`` with what they concern
(revision 0017). A mark for this user (their codes, roles or desks changed), or a
stedfortreder period of theirs that began or ended since the last pull's day,
makes the pull compare the ids the user may see now in every RLS table with the
replica's, deleting what is no longer visible and fetching what became visible.
A mark for a record (a sak, a journalpost, a task, a document) re-checks only
that record's rows, against the owner's view on the application server. Other
users' marks cost nothing, and there is no daily full check any more.

The pull is two halves so that the far end may be PostgreSQL or the application server:
``endringer`` (here, next to PostgreSQL) reads the changes as plain data from a cursor
(``Markor``) — on the server under the user's own role — and ``Bokforing.bruk_endringer``
(app/store/sync/replika.py) applies them to the replica. ``synk_ned`` joins the two for a
client that holds the PostgreSQL connection itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime

from app.store.db import Database
from app.store.models import Base
from app.store.pg import roller as pgroller
from app.store.pg.ddl import SKJERMEDE_TABELLER, SLETTET, SYNK_TABELLER, SYNLIGHET
from app.store.sync.replika import Bokforing


@dataclass(frozen=True)
class Markor:
    """How far a replica has pulled: the change number, the snapshot's xmin, the day of the last id check."""

    endringsnr: int = 0
    xmin: str = "0"
    idsjekk: str = ""


@dataclass
class Tabellrader:
    tabell: str
    kolonner: list[str]
    rader: list[list[Any]]


@dataclass
class Endringer:
    """What changed for one user since a ``Markor``, as plain values in the replica's own form.

    ``trenger_nokler``: an id check is due (a visibility mark or a new day) and the caller did
    not hand in the replica's keys; ask again with them (only the server's HTTP pull does this).
    """

    markor: Markor
    slettinger: list[tuple[str, dict]] = field(default_factory=list)
    borte: list[tuple[str, dict]] = field(default_factory=list)
    tabeller: list[Tabellrader] = field(default_factory=list)
    trenger_nokler: bool = False

    @property
    def antall_rader(self) -> int:
        return sum(len(t.rader) for t in self.tabeller)


def _dato(v):
    return v.isoformat() if isinstance(v, date) else v


def _tid(v):
    return v.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(v, datetime) else v


def _bool(v):
    return int(v) if isinstance(v, bool) else v


def _kolonner(tabell: str) -> list[tuple[str, Callable | None]]:
    """The model's columns for ``tabell`` and how to turn a psycopg value into what SQLAlchemy stores in SQLite."""
    if tabell == "fulltekst":
        return [("id", None), ("journalpost_id", None), ("tekst", None)]
    ut = []
    for kol in Base.metadata.tables[tabell].columns:
        t = kol.type
        konv = (
            _tid
            if isinstance(t, DateTime)
            else _dato
            if isinstance(t, Date)
            else _bool
            if isinstance(t, Boolean)
            else None
        )
        ut.append((kol.name, konv))
    return ut


def _sjekk_ider(
    cur, tabell: str, sql: str, lokalt: set[tuple], server: set[tuple] | None = None
) -> tuple[list[dict], list]:
    """Visible ids on the server vs. the replica's: (keys to delete, missing rows read now).

    ``server``: the visible keys computed set-wise already (the application server); else read
    through row-level security here."""
    pk = SYNK_TABELLER[tabell]
    kol = ", ".join(f'"{k}"' for k in pk)
    settvis = server is not None
    if server is None:
        server = set(cur.execute(f'SELECT {kol} FROM "{tabell}"').fetchall())
    borte = [dict(zip(pk, n, strict=True)) for n in lokalt - server]
    mangler = sorted(server - lokalt, key=repr)
    nye: list = []
    # Keys found set-wise are known to be visible: read their rows as the owner (no policy per row).
    rolle = _som_eier(cur)[0] if settvis and mangler else None
    try:
        _hent_mangler(cur, sql, pk, kol, mangler, nye)
    finally:
        if rolle is not None:
            _tilbake(cur, rolle)
    return borte, nye


def _hent_mangler(cur, sql: str, pk: tuple[str, ...], kol: str, mangler: list, nye: list) -> None:
    for i in range(0, len(mangler), 1000):
        bit = mangler[i : i + 1000]
        if len(pk) == 1:
            nye += cur.execute(sql + f'WHERE "{pk[0]}" = ANY(%s)', ([n[0] for n in bit],)).fetchall()
        else:
            verdier = ", ".join(["(" + ", ".join(["%s"] * len(pk)) + ")"] * len(bit))
            nye += cur.execute(
                sql + f"WHERE ({kol}) IN (VALUES {verdier})", [v for n in bit for v in n]
            ).fetchall()


def _pg_tilkobling(pg: Database):
    """A connection in one REPEATABLE READ read-only transaction (a role set for the request holds)."""
    return pg.engine.connect().execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)


def endringer(
    pg: Database,
    siden: Markor,
    *,
    gjenles: Iterable[tuple[str, dict]] = (),
    nokler: Callable[[], dict[str, set[tuple]]] | None = None,
    full: bool = False,
) -> Endringer:
    """The changes the connection's user may see since ``siden``, in one snapshot.

    ``gjenles``: (table, primary key) of rows to read again whatever their change number.
    ``nokler``: the replica's keys per shielded table, asked for only when an id check is due
    (``full``, a visibility mark, a new day); without it such a pull says ``trenger_nokler``.
    """
    sist, xmin = siden.endringsnr, siden.xmin
    with _pg_tilkobling(pg) as conn, conn.begin():
        psycopg_conn = conn.connection.driver_connection
        assert psycopg_conn is not None  # None only once the connection is invalidated
        cur = psycopg_conn.cursor()
        ny_xmin, idag = cur.execute(
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text, current_date::text"
        ).fetchone()
        merker = cur.execute(
            f"SELECT endringsnr, bruker_id, sak_id, journalpost_id, oppgave_id, dokument_id FROM {SYNLIGHET} "
            "WHERE endringsnr > %s OR endringsxid >= %s::xid8",
            (sist, xmin),
        ).fetchall()
        merke = max((r[0] for r in merker), default=None)
        meg = cur.execute("SELECT saksbord_bruker_id()").fetchone()[0]
        # A first pull reads everything anyway. Later ones check all ids only when this user's own
        # access changed (a mark for them, a stedfortreder period of theirs began or ended since the
        # last pull, or a mark that names nothing); a record's change re-checks that record only.
        hele = full or any(
            r[1] == meg or all(v is None for v in r[1:]) for r in merker
        ) or _periode_skiftet(cur, siden.idsjekk, idag)
        omfang = _omfang(merker)
        sjekk = sist > 0 and hele
        if sist > 0 and not hele and any(omfang.values()):
            avgrenset = _sjekk_omfang(cur, omfang)
            if avgrenset is None:  # no owner's view to compare with (a user's own login): check all
                sjekk = True
        else:
            avgrenset = None
        if sjekk and nokler is None:
            return Endringer(siden, trenger_nokler=True)
        lokalt = nokler() if sjekk and nokler is not None else {}
        settvis = _synlige_settvis(cur) if sjekk else None
        slettinger = cur.execute(
            f"SELECT tabell, nokkel, endringsnr FROM {SLETTET} "
            "WHERE endringsnr > %s OR endringsxid >= %s::xid8 ORDER BY endringsnr",
            (sist, xmin),
        ).fetchall()
        hoyest = max([sist, merke or 0, *(r[2] for r in slettinger)])
        ut = Endringer(
            siden,
            slettinger=[
                (t, n if isinstance(n, dict) else json.loads(n))
                for t, n, _nr in slettinger
                if t in SYNK_TABELLER
            ],
        )
        igjen: dict[str, list] = {}
        for tabell, nokkel in gjenles:
            igjen.setdefault(tabell, []).append(nokkel)
        for tabell in SYNK_TABELLER:
            kol = _kolonner(tabell)
            navn = [k for k, _ in kol]
            konv = [(i, f) for i, (_, f) in enumerate(kol) if f is not None]
            sql = f'SELECT {", ".join(chr(34) + k + chr(34) for k in navn)}, endringsnr FROM "{tabell}" '
            cur.execute(
                sql + "WHERE endringsnr > %s OR endringsxid >= %s::xid8 ORDER BY endringsnr", (sist, xmin)
            )
            hentet = cur.fetchall()
            for nokkel in igjen.get(tabell, ()):
                hvor = " AND ".join(f'"{k}" = %s' for k in nokkel)
                hentet += cur.execute(sql + f"WHERE {hvor}", tuple(nokkel.values())).fetchall()
            if sjekk and tabell in SKJERMEDE_TABELLER:
                ut_av_syne, nye = _sjekk_ider(
                    cur, tabell, sql, lokalt.get(tabell, set()), (settvis or {}).get(tabell)
                )
                ut.borte += [(tabell, n) for n in ut_av_syne]
                hentet += nye
            elif avgrenset is not None and tabell in OMFANG:
                ut.borte += [(tabell, n) for n in avgrenset[0].get(tabell, ())]
                hvor, p = _omfang_hvor(tabell, avgrenset[1])
                hentet += cur.execute(sql + f"WHERE {hvor}", p).fetchall()
            if not hentet:
                continue
            rader = []
            for r in hentet:
                rad = list(r[:-1])
                for i, f in konv:
                    if rad[i] is not None:
                        rad[i] = f(rad[i])
                rader.append(rad)
                hoyest = max(hoyest, r[-1])
            ut.tabeller.append(Tabellrader(tabell, navn, rader))
    ut.markor = Markor(hoyest, ny_xmin, idag)
    return ut


def _som_eier(cur):
    """(role to return to, whether this connection's own login sees every row)."""
    rolle = cur.execute("SELECT current_user").fetchone()[0]
    cur.execute("RESET ROLE")
    return rolle, bool(cur.execute("SELECT saksbord_er_admin()").fetchone()[0])


def _tilbake(cur, rolle: str) -> None:
    if rolle != cur.execute("SELECT session_user").fetchone()[0]:
        cur.execute(f"SET LOCAL ROLE {pgroller.sitert(rolle)}")


def _synlige_settvis(cur) -> dict[str, set[tuple]] | None:
    """The keys the user may see in every shielded table, computed set-wise as the owner (the same
    filters as the first sync, app.store.sync.forste; a parity test holds them equal to RLS).
    None on a user's own login: row-level security answers there, row by row."""
    from app.store.sync.forste import DOK_SYNLIG, FILTER, JP_SYNLIG, SAK_SYNLIG, parametre, synlig_for

    rolle, eier = _som_eier(cur)
    try:
        if not eier or rolle == cur.execute("SELECT session_user").fetchone()[0]:
            return None
        p = parametre(synlig_for(cur, rolle))
        med = (
            f"WITH sb_sak AS MATERIALIZED ({SAK_SYNLIG}), sb_jp AS MATERIALIZED ({JP_SYNLIG}), "
            f"sb_dok AS MATERIALIZED ({DOK_SYNLIG}) "
        )
        ut = {}
        for t in SKJERMEDE_TABELLER:
            if t in FILTER:
                kol = ", ".join(f'"{k}"' for k in SYNK_TABELLER[t])
                ut[t] = set(cur.execute(med + f'SELECT {kol} FROM "{t}" WHERE {FILTER[t]}', p).fetchall())
        return ut
    finally:
        _tilbake(cur, rolle)


def _periode_skiftet(cur, sist_dag: str, idag: str) -> bool:
    """Did one of this user's stedfortreder periods begin or end since the last pull's day?"""
    if not sist_dag:
        return True
    if sist_dag == idag:
        return False
    return bool(
        cur.execute(
            "SELECT EXISTS (SELECT 1 FROM stedfortreder WHERE stedfortreder_id = saksbord_bruker_id() "
            "AND ((fra > %(a)s::date AND fra <= %(b)s::date) OR (til >= %(a)s::date AND til < %(b)s::date)))",
            {"a": sist_dag, "b": idag},
        ).fetchone()[0]
    )


def _omfang(merker: Sequence[tuple]) -> dict[str, set[int]]:
    ut: dict[str, set[int]] = {"sak": set(), "jp": set(), "oppgave": set(), "dok": set()}
    for _nr, _bruker, sak, jp, oppgave, dok in merker:
        for navn, v in (("sak", sak), ("jp", jp), ("oppgave", oppgave), ("dok", dok)):
            if v is not None:
                ut[navn].add(int(v))
    return ut


#: The rows of the marked records, per shielded table (S saker, J their journalposter and the
#: marked ones, D their documents and the marked ones, O the marked tasks).
OMFANG: dict[str, str] = {
    "sak": "id = ANY(%(S)s)",
    "journalpost": "id = ANY(%(J)s)",
    **{
        t: "journalpost_id = ANY(%(J)s)"
        for t in (
            "korrespondansepart", "journalpost_dokument", "fulltekst", "avskrivning", "behandling",
            "forsendelse", "saksgang", "utvalgssak",
        )
    },  # fmt: skip
    "klassering": "sak_id = ANY(%(S)s)",
    "presedens": "sak_id = ANY(%(S)s)",
    "merknad": "sak_id = ANY(%(S)s) OR journalpost_id = ANY(%(J)s)",
    "endringslogg": "sak_id = ANY(%(S)s) OR journalpost_id = ANY(%(J)s)",
    "oppgave": "id = ANY(%(O)s) OR sak_id = ANY(%(S)s) OR journalpost_id = ANY(%(J)s)",
    "kryssreferanse": "fra_sak_id = ANY(%(S)s) OR til_sak_id = ANY(%(S)s) OR til_journalpost_id = ANY(%(J)s)",
    "dokumentbeskrivelse": "id = ANY(%(D)s)",
    "dokumentobjekt": "dokument_id = ANY(%(D)s)",
    "innhold": "sjekksum IN (SELECT o.sjekksum FROM dokumentobjekt o WHERE o.dokument_id = ANY(%(D)s))",
}


def _omfang_hvor(tabell: str, p: dict) -> tuple[str, dict]:
    return f"({OMFANG[tabell]})", p


def _sjekk_omfang(cur, omfang: dict[str, set[int]]) -> tuple[dict[str, list[dict]], dict] | None:
    """The marked records' rows as the owner sees them vs. as this user does: (keys gone, scope).

    Runs on the application server, whose own login may see every row (``RESET ROLE`` in the
    request's transaction, then back to the user's role). On a user's own login there is no such
    view: None, and the caller checks every id instead.
    """
    rolle, eier = _som_eier(cur)
    try:
        if not eier:
            return None
        S = sorted(omfang["sak"])
        J = sorted(
            omfang["jp"] | {r[0] for r in cur.execute("SELECT id FROM journalpost WHERE sak_id = ANY(%s)", (S,))}
        )
        D = sorted(
            omfang["dok"]
            | {
                r[0]
                for r in cur.execute(
                    "SELECT dokument_id FROM journalpost_dokument WHERE journalpost_id = ANY(%s)", (J,)
                )
            }
        )
        p = {"S": S, "J": J, "D": D, "O": sorted(omfang["oppgave"])}
        alle = {t: _nokler(cur, t, p) for t in OMFANG}
    finally:
        _tilbake(cur, rolle)
    borte: dict[str, list[dict]] = {}
    for t, n in alle.items():
        synlige = _nokler(cur, t, p)
        pk = SYNK_TABELLER[t]
        borte[t] = [dict(zip(pk, k, strict=True)) for k in sorted(n - synlige, key=repr)]
    return borte, p


def _nokler(cur, tabell: str, p: dict) -> set[tuple]:
    kol = ", ".join(f'"{k}"' for k in SYNK_TABELLER[tabell])
    return set(cur.execute(f'SELECT {kol} FROM "{tabell}" WHERE {OMFANG[tabell]}', p).fetchall())


#: Called after each batch of a first sync with (rows so far, table): progress, kurver refresh.
Underveis = Callable[[int, str], None]


def forste_synk_ned(replika: Database, pg: Database, *, underveis: Underveis | None = None) -> int:
    """A first sync (or the rest of an interrupted one) over the user's own login, batch by batch."""
    from app.store.sync.forste import Forstemarkor, forste_strom

    bok = Bokforing(replika)
    m = bok.forste_markor()
    antall = 0
    for linje in forste_strom(pg, Forstemarkor.fra_dict(m) if m else None):
        antall += bok.bruk_bunke(linje)
        if underveis is not None and "tabell" in linje:
            underveis(antall, linje["tabell"])
    return antall


def synk_ned(
    replika: Database,
    pg: Database,
    *,
    tilbakestill: Sequence[tuple[str, dict]] = (),
    full: bool = False,
    underveis: Underveis | None = None,
) -> int:
    """Pull what changed on the server into the replica; returns the number of rows applied.

    An empty replica (or one whose first sync was cut off) is filled batch by batch first
    (``forste_synk_ned``), then the pull continues from the first sync's mark.
    ``tilbakestill``: rows changed provisionally offline, (table, primary key) —
    dropped from the replica and read again from the server in the same snapshot.
    ``full``: re-check the visible ids of every RLS table now (else on a visibility mark or a new day).
    """
    bok = Bokforing(replika)
    antall = 0
    if bok.markor().endringsnr == 0 and not tilbakestill:
        antall = forste_synk_ned(replika, pg, underveis=underveis)
    e = endringer(pg, bok.markor(), gjenles=tilbakestill, nokler=bok.skjermede_nokler, full=full)
    return antall + bok.bruk_endringer(e, tilbakestill=tilbakestill)
