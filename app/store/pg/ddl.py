"""Names the running code shares with the PostgreSQL objects the migrations made.

The objects themselves (change tracking, row-level security, locking) are SQL frozen in the
alembic revisions under ``app/store/migrations/versions`` (0002 as it shipped, 0005 for the
rules of today); a change to any of them is a new revision, never an edit here or there.
What the database holds:

* change tracking: every synced table has ``endringsnr`` (from one sequence) and
  ``endringsxid`` (the writing transaction), set by a row trigger that also sends
  ``NOTIFY saksbord_endring``; deletes leave a row in ``saksbord_slettet``. Every role may
  LISTEN, and RLS does not filter notifications, so the payload is only the table name
  (``{"tabell": "sak"}``): a wake-up, never an id or content of a row; the pull then reads
  through RLS. Identical payloads in one transaction arrive once.
* access: ``saksbord_kan_se(kode, enhet, eier)`` (SECURITY DEFINER) decides from the
  connected role's bruker, its codes, its stedfortreder periods and ownership; the
  row-level security policies on the tables that carry shielded data call it, for reading and
  for every row written (a row may only be written where its sak/journalpost is visible).
  Rows that name their author (endringslogg, oppgave, merknad, avskrivning, presedens) are
  also checked against the connected role: a user writes only as themselves, on behalf of
  a leader only within a stedfortreder period, and never re-credits a stored row.
* locking (0005, widened by 0007): triggers refuse edits of journalposter in F/E/J/A and of
  closed saker except the columns the services may still change, every write to their child
  rows the rules do not allow, deleting them, and any status going backwards outside the
  archive's reopen; numbers come only from ``saksbord_neste_nummer()``; a role this database
  does not know (another database's user) sees and writes nothing.

Roles and grants are cluster objects and live in :mod:`app.store.pg.roller`.
"""

from __future__ import annotations

from sqlalchemy import Connection

from app.store import (
    models_ekspedering,  # noqa: F401  (forsendelse is a synced table too)
    models_svarinn,  # noqa: F401  (svarinn_mottak is a synced table too)
)
from app.store.models import Base

KANAL = "saksbord_endring"
SEKVENS = "saksbord_endringsnr"
SLETTET = "saksbord_slettet"
#: One row per transaction and target that may have changed who sees what: ``bruker_id`` (that user's
#: access), or ``sak_id``/``journalpost_id``/``oppgave_id``/``dokument_id`` (that record's rows);
#: none set (before revision 0017) means everything. The pull re-checks only what a mark names.
SYNLIGHET = "saksbord_synlighet"
#: Request ids of replayed outbox entries, written in the same transaction as the action itself.
UTFORT = "utfort_foresporsel"
#: … kept this long (revision 0005 wrote the number into ``saksbord_rydd_utfort()``).
UTFORT_DAGER = 90

#: Tables pulled into the replicas, with their primary key columns. nummerserie stays on the server.
SYNK_TABELLER: dict[str, tuple[str, ...]] = {
    t.name: tuple(c.name for c in t.primary_key)
    for t in Base.metadata.sorted_tables
    if t.name != "nummerserie"
}
SYNK_TABELLER["fulltekst"] = ("id",)

#: Tables under row-level security (policy ``saksbord_synlig``): rows there can appear and
#: disappear for a user without changing. A test holds this equal to the migrated database.
SKJERMEDE_TABELLER = (
    "sak", "journalpost", "korrespondansepart", "journalpost_dokument", "dokumentbeskrivelse",
    "dokumentobjekt", "innhold", "merknad", "fulltekst", "klassering", "presedens", "avskrivning",
    "kryssreferanse", "oppgave", "endringslogg", "forsendelse", "partregister", "saksgang", "utvalgssak",
    "behandling", "sak_tilgang", "egen_kurv",
)  # fmt: skip


def rydd_utfort(conn: Connection) -> int:
    """Delete request ids older than :data:`UTFORT_DAGER` days; returns how many went."""
    return conn.exec_driver_sql("SELECT saksbord_rydd_utfort()").scalar_one()
