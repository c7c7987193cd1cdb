"""The first sync: every row a user may see, streamed in batches from a resumable cursor.

A new desktop's replica is filled table by table in primary-key order, ``BUNKE`` rows at a time
from one server-side cursor per table, so neither end ever holds the snapshot. Each batch carries
the cursor that follows it (``Forstemarkor``: the table, the last key sent, and the high-water
mark taken when the first sync began); the client stores it with the batch, and an interrupted
first sync asks again from there. Rows that changed after the mark, on either side of the
interruption, come with the first incremental pull (which starts from the mark), so a resumed
first sync ends with exactly the replica an uninterrupted one makes.

Visibility is computed set-wise: ``rolle`` given (the application server, which reads as the
owner), the saker and journalposter the role may see are put in two temporary tables by one join
over its codes, units, ownership and stedfortreder periods (the same rules as
``saksbord_kan_se``/``saksbord_kan_se_jp`` and the ``saksbord_synlig`` policies, held equal by
tests/test_sync_forste.py), and every big table is filtered by a hash join on them instead of a
function call per row. The few small tables under row-level security with other rules are read
as the role itself (``SET LOCAL ROLE``) in the same snapshot. Without ``rolle`` (a desktop on its
own database login) row-level security filters everything, as before.

File content (``innhold``) is not part of the first sync: it is fetched on demand through the
journalpost (``/api/journalpost/…/dokument/…``). Later pulls bring new content as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import LargeBinary

from app.domain.feil import IngenTilgang
from app.store.db import Database
from app.store.models import Base
from app.store.pg.ddl import SEKVENS, SKJERMEDE_TABELLER, SYNK_TABELLER
from app.store.sync.pull import _bool, _dato, _kolonner, _tid

#: Rows per batch (one NDJSON line on the wire, one replica transaction on the desktop).
BUNKE = 2000
#: Not in the first sync: file content comes on demand.
UTEN_INNHOLD = ("innhold",)

_FORST = {"sak": 0, "journalpost": 1, "korrespondansepart": 2, "oppgave": 3}


def rekkefolge() -> list[str]:
    """Small open tables first, then saker and journalposter (the kurver fill early), then the rest."""
    tabeller = [t for t in SYNK_TABELLER if t not in UTEN_INNHOLD]
    return sorted(tabeller, key=lambda t: (t in SKJERMEDE_TABELLER, _FORST.get(t, 9)))


@dataclass(frozen=True)
class Forstemarkor:
    """Where a first sync stands: the mark it began at, and the next table and key to send."""

    endringsnr: int
    xmin: str
    dag: str
    tabell: str | None
    etter: list | None = None

    def til_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def fra_dict(cls, d: dict) -> Forstemarkor:
        tabell = d.get("tabell")
        if tabell is not None and tabell not in SYNK_TABELLER:
            raise ValueError(f"ukjent tabell {tabell!r}")
        etter = d.get("etter")
        return cls(
            int(d["endringsnr"]), str(d["xmin"]), str(d["dag"]), tabell,
            list(etter) if etter is not None else None,
        )  # fmt: skip


@dataclass
class Synlig:
    """What one role may see, as plain sets (its own user id, the desks it holds, its codes).

    ``eiere`` is the role itself and the absent leaders whose desk it holds today: the parties of
    ``saksbord_er_part`` (tasks). Ownership (saksbehandler/saksansvarlig) in ``saksbord_kan_se``
    opens only to ``meg``: since 0016 a stedfortreder sees the leader's records only through the
    codes granted for the period (``koder_alle``/``kode_enhet``), never through the leader's
    ownership.
    """

    meg: int | None
    eiere: list[int]
    koder_alle: list[str]
    kode_enhet: list[tuple[str, int]]
    arkiv: bool


def synlig_for(cur, rolle: str) -> Synlig:
    """The role's codes, units and desks today, read once (the owner's view; a few rows)."""
    rad = cur.execute("SELECT id, aktiv FROM bruker WHERE db_rolle = %s", (rolle,)).fetchone()
    if rad is None:
        raise IngenTilgang("Brukeren er ikke kjent i denne databasen")
    meg, aktiv = rad
    if not aktiv:
        return Synlig(None, [], [], [], False)
    ledere = [
        r[0]
        for r in cur.execute(
            "SELECT leder_id FROM stedfortreder WHERE stedfortreder_id = %s AND current_date BETWEEN fra AND til",
            (meg,),
        )
    ]
    koder = cur.execute(
        "SELECT t.tilgangskode, t.enhet_id FROM bruker_tilgang t WHERE t.bruker_id = %s "
        "UNION SELECT t.tilgangskode, t.enhet_id FROM stedfortreder s "
        "JOIN bruker_tilgang t ON t.bruker_id = s.leder_id "
        "AND t.tilgangskode = ANY (string_to_array(replace(s.koder, ' ', ''), ',')) "
        "WHERE s.stedfortreder_id = %s AND current_date BETWEEN s.fra AND s.til",
        (meg, meg),
    ).fetchall()
    arkiv = bool(cur.execute("SELECT saksbord_er_arkiv(%s)", (rolle,)).fetchone()[0])
    return Synlig(
        meg,
        sorted({meg, *ledere}),
        sorted({k for k, e in koder if e is None}),
        sorted({(k, e) for k, e in koder if e is not None}),
        arkiv,
    )


def _kode(kol: str, enhet: str) -> str:
    """``kol`` is one of the role's codes, held for all units or for ``enhet``."""
    return (
        f"({kol} = ANY (%(koder)s) OR ({kol}, {enhet}) IN "
        "(SELECT * FROM unnest(%(kk)s::text[], %(ke)s::bigint[])))"
    )


#: The saker the role may see (policy saksbord_synlig on sak: saksbord_kan_se on its code and unit;
#: ownership opens to the role itself only, not to a stedfortreder through the leader: 0016).
SAK_SYNLIG = (
    "SELECT s.id FROM sak s WHERE s.tilgangskode IS NULL OR s.saksansvarlig_id = %(meg)s OR "
    + _kode("s.tilgangskode", "s.enhet_id")
)
#: The journalposter (saksbord_kan_se_jp: its own code, else its sak's unless a saksframlegg).
JP_SYNLIG = (
    "SELECT j.id FROM journalpost j JOIN sak s ON s.id = j.sak_id WHERE CASE "
    "WHEN j.tilgangskode IS NOT NULL THEN j.saksbehandler_id = %(meg)s "
    "OR s.saksansvarlig_id = %(meg)s OR " + _kode("j.tilgangskode", "j.enhet_id") + " "
    "WHEN j.type = 'S' OR s.tilgangskode IS NULL THEN true "
    "ELSE j.saksbehandler_id = %(meg)s OR s.saksansvarlig_id = %(meg)s OR "
    + _kode("s.tilgangskode", "j.enhet_id")
    + " END"
)
#: The documents: one's own, or linked to a visible journalpost.
DOK_SYNLIG = (
    "SELECT d.id FROM dokumentbeskrivelse d WHERE d.opprettet_av_id = %(meg)s OR d.id IN "
    "(SELECT jd.dokument_id FROM journalpost_dokument jd WHERE jd.journalpost_id IN (SELECT id FROM sb_jp))"
)

_S = "(SELECT id FROM sb_sak)"
_J = "(SELECT id FROM sb_jp)"
_ELLER_NULL = "({k} IS NULL OR {k} IN {m})"

#: Per shielded table, its policy written as a filter on the temporary sets (a parity test holds
#: each equal to row-level security for every demo user).
FILTER: dict[str, str] = {
    "sak": f"id IN {_S}",
    "journalpost": f"id IN {_J}",
    **{
        t: f"journalpost_id IN {_J}"
        for t in (
            "korrespondansepart", "journalpost_dokument", "fulltekst", "avskrivning", "behandling",
            "forsendelse", "saksgang", "utvalgssak",
        )
    },  # fmt: skip
    "klassering": f"sak_id IN {_S}",
    "presedens": f"sak_id IN {_S}",
    "dokumentbeskrivelse": "id IN (SELECT id FROM sb_dok)",
    "dokumentobjekt": "dokument_id IN (SELECT id FROM sb_dok)",
    "merknad": _ELLER_NULL.format(k="sak_id", m=_S) + " AND " + _ELLER_NULL.format(k="journalpost_id", m=_J),
    "kryssreferanse": f"fra_sak_id IN {_S} AND "
    + _ELLER_NULL.format(k="til_sak_id", m=_S)
    + " AND "
    + _ELLER_NULL.format(k="til_journalpost_id", m=_J),
    "oppgave": "(fra_id = ANY (%(eiere)s) OR til_id = ANY (%(eiere)s) OR paa_vegne_av_id = ANY (%(eiere)s)) "
    "OR (type IN ('dokumentsenter', 'avslutt-sak') AND %(har_arkivrolle)s) OR ("
    + _ELLER_NULL.format(k="journalpost_id", m=_J)
    + " AND "
    + _ELLER_NULL.format(k="sak_id", m=_S)
    + ")",
    "endringslogg": "(entitet = 'bruker' AND entitet_id = %(meg)s) OR (entitet <> 'bruker' AND "
    + _ELLER_NULL.format(k="sak_id", m=_S)
    + " AND "
    + _ELLER_NULL.format(k="journalpost_id", m=_J)
    + ")",
    "partregister": "tilgangskode IS NULL OR " + _kode("tilgangskode", "enhet_id"),
}


def parametre(s: Synlig) -> dict[str, Any]:
    return {
        "meg": s.meg, "eiere": s.eiere, "koder": s.koder_alle,
        "kk": [k for k, _ in s.kode_enhet], "ke": [e for _, e in s.kode_enhet],
        "har_arkivrolle": s.arkiv,
    }  # fmt: skip


def lag_mengder(cur, s: Synlig) -> None:
    """The temporary sets of visible saker, journalposter and documents (dropped at commit/rollback)."""
    p = parametre(s)
    for navn, sql in (("sb_sak", SAK_SYNLIG), ("sb_jp", JP_SYNLIG), ("sb_dok", DOK_SYNLIG)):
        cur.execute(f"CREATE TEMP TABLE {navn} ON COMMIT DROP AS {sql}", p)
        cur.execute(f"CREATE UNIQUE INDEX ON {navn} (id)")
        cur.execute(f"ANALYZE {navn}")


def _med_rls(cur) -> set[str]:
    return {
        r[0]
        for r in cur.execute(
            "SELECT relname FROM pg_class WHERE relrowsecurity AND relkind = 'r' "
            "AND relnamespace = current_schema()::regnamespace"
        )
    }


def _binaere(tabell: str) -> list[int]:
    t = Base.metadata.tables.get(tabell)
    if t is None:
        return []
    return [i for i, k in enumerate(t.columns) if isinstance(k.type, LargeBinary)]


def _som_tekst(kolonne: str, konv) -> str:
    k = f'"{kolonne}"'
    if konv is _tid:
        return f"to_char({k}, 'YYYY-MM-DD HH24:MI:SS.US')"
    if konv is _dato:
        return f"to_char({k}, 'YYYY-MM-DD')"
    if konv is _bool:
        return f"{k}::int"
    return k


def start_markor(cur) -> Forstemarkor:
    """The high-water mark: the sequence's value and the snapshot's xmin, taken inside the snapshot."""
    nr, xmin, dag = cur.execute(
        f"SELECT CASE WHEN is_called THEN last_value ELSE 0 END, "
        f"pg_snapshot_xmin(pg_current_snapshot())::text, current_date::text FROM {SEKVENS}"
    ).fetchone()
    return Forstemarkor(int(nr), str(xmin), str(dag), rekkefolge()[0], None)


def forste_strom(
    pg: Database, markor: Forstemarkor | None, *, rolle: str | None = None, bunke: int | None = None
) -> Iterator[dict]:
    """Batches of ``{"tabell", "kolonner", "binaere", "rader", "markor"}``, then ``{"slutt": markor}``.

    ``rolle``: the connection is the server's own (owner) login and reads for this role set-wise;
    None: the connection is the user's own login and row-level security filters it.
    """
    conn = pg.engine.connect().execution_options(isolation_level="REPEATABLE READ")
    try:
        with conn.begin():
            raa = conn.connection.driver_connection
            assert raa is not None
            cur = raa.cursor()
            m = markor or start_markor(cur)
            sett = None
            rls: set[str] = set()
            if rolle is not None:
                sett = synlig_for(cur, rolle)
                lag_mengder(cur, sett)
                rls = _med_rls(cur)
            tabeller = rekkefolge()
            if m.tabell is None:
                tabeller = []
            else:
                tabeller = tabeller[tabeller.index(m.tabell) :] if m.tabell in tabeller else []
            for i, tabell in enumerate(tabeller):
                etter = m.etter if i == 0 else None
                neste = tabeller[i + 1] if i + 1 < len(tabeller) else None
                yield from _tabell(raa, tabell, etter, m, neste, sett, rls, rolle, bunke or BUNKE)
            yield {"slutt": {"endringsnr": m.endringsnr, "xmin": m.xmin, "idsjekk": m.dag}}
    finally:
        conn.close()


def _tabell(raa, tabell, etter, m: Forstemarkor, neste, sett, rls, rolle, bunke) -> Iterator[dict]:
    from app.store.pg import roller as pgroller

    kol = _kolonner(tabell)
    navn = [k for k, _ in kol]
    # Dates, times and booleans are turned into the replica's text and integers by PostgreSQL
    # itself (the same text ``pull._kolonner`` makes in Python): no Python call per value.
    uttrykk = [_som_tekst(k, f) for k, f in kol]
    bin_ = _binaere(tabell)
    pk = list(SYNK_TABELLER[tabell])
    pki = [navn.index(k) for k in pk]
    hvor: list[str] = []
    p: dict[str, Any] = parametre(sett) if sett is not None else {}
    som_rolle = False
    if sett is not None and tabell in FILTER:
        hvor.append(f"({FILTER[tabell]})")
    elif sett is not None and tabell in rls:
        som_rolle = True  # a small table with rules of its own: read as the role, same snapshot
    if etter is not None:
        hvor.append("(" + ", ".join(f'"{k}"' for k in pk) + ") > (" + ", ".join(f"%(e{j})s" for j in range(len(pk))) + ")")
        p.update({f"e{j}": v for j, v in enumerate(etter)})
    sql = f'SELECT {", ".join(uttrykk)} FROM "{tabell}"'
    if hvor:
        sql += " WHERE " + " AND ".join(hvor)
    sql += " ORDER BY " + ", ".join(f'"{k}"' for k in pk)
    if som_rolle:
        raa.execute(f"SET LOCAL ROLE {pgroller.sitert(rolle)}")
    cur = raa.cursor(name=f"sb_forste_{tabell}")
    try:
        cur.execute(sql, p or None)
        while True:
            hentet = cur.fetchmany(bunke)
            if not hentet:
                break
            if bin_:
                rader = [list(r) for r in hentet]
                for rad in rader:
                    for i in bin_:
                        if rad[i] is not None:
                            rad[i] = bytes(rad[i])
            else:
                rader = hentet
            siste = [rader[-1][i] for i in pki]
            ferdig = len(hentet) < bunke
            videre = Forstemarkor(m.endringsnr, m.xmin, m.dag, neste, None) if ferdig else Forstemarkor(
                m.endringsnr, m.xmin, m.dag, tabell, siste
            )
            yield {"tabell": tabell, "kolonner": navn, "binaere": bin_, "rader": rader, "markor": videre.til_dict()}
            if ferdig:
                return
    finally:
        cur.close()
        if som_rolle:  # the policies ask current_user on every fetch, so the role holds until here
            raa.execute("RESET ROLE")
    # The table ended on a full batch (or was empty): say that the next one is due.
    yield {"tabell": tabell, "kolonner": navn, "binaere": bin_, "rader": [],
           "markor": Forstemarkor(m.endringsnr, m.xmin, m.dag, neste, None).til_dict()}  # fmt: skip
