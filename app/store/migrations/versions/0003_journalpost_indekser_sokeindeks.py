"""Kurv indexes on journalpost; on SQLite the full-text and trigram search tables

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 09:00:00

Commit 6431299 edited the shipped 0001 (journalpost(saksbehandler_id, restanse, forfallsdato)
and journalpost(status, journaldato) in place of journalpost(status)) and made the SQLite
search tables outside alembic (``fulltekst.opprett`` after every upgrade). This revision does
both for every database, whichever 0001 it was made with: each step is a no-op where it is
already done.

SQLite: ``fulltekst`` (FTS5, mail bodies and attachment text), ``sok_jp`` (journalpost title
and party names) and ``sok_sak`` (sak title), trigram FTS5 kept in step by triggers. An SQLite
without the trigram tokenizer (older than 3.34) gets no sok_* tables; the search then scans.
PostgreSQL got its ``fulltekst`` in 0002.

Frozen: never edit this file; make a new revision.
"""
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


INDEKSER_OPP = (
    "DROP INDEX IF EXISTS ix_journalpost_status",
    "CREATE INDEX IF NOT EXISTS ix_journalpost_sbh_restanse ON journalpost (saksbehandler_id, restanse, forfallsdato)",
    "CREATE INDEX IF NOT EXISTS ix_journalpost_status_dato ON journalpost (status, journaldato)",
)

INDEKSER_NED = (
    "DROP INDEX IF EXISTS ix_journalpost_status_dato",
    "DROP INDEX IF EXISTS ix_journalpost_sbh_restanse",
    "CREATE INDEX IF NOT EXISTS ix_journalpost_status ON journalpost (status)",
)

SQLITE_FULLTEKST = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS fulltekst USING fts5("
    "journalpost_id UNINDEXED, tekst, tokenize = 'unicode61 remove_diacritics 2')"
)

SQLITE_SOK_UTLOSERE = (
    "CREATE TRIGGER IF NOT EXISTS sok_jp_ny AFTER INSERT ON journalpost BEGIN DELETE FROM sok_jp WHERE rowid = new.id; INSERT INTO sok_jp (rowid, tekst) SELECT j.id, j.tittel || coalesce((SELECT char(10) || group_concat(p.navn, char(10)) FROM korrespondansepart p WHERE p.journalpost_id = j.id), '') FROM journalpost j WHERE j.id = new.id; END",
    "CREATE TRIGGER IF NOT EXISTS sok_jp_tittel AFTER UPDATE OF tittel ON journalpost BEGIN DELETE FROM sok_jp WHERE rowid = new.id; INSERT INTO sok_jp (rowid, tekst) SELECT j.id, j.tittel || coalesce((SELECT char(10) || group_concat(p.navn, char(10)) FROM korrespondansepart p WHERE p.journalpost_id = j.id), '') FROM journalpost j WHERE j.id = new.id; END",
    'CREATE TRIGGER IF NOT EXISTS sok_jp_slettet AFTER DELETE ON journalpost BEGIN DELETE FROM sok_jp WHERE rowid = old.id; END',
    "CREATE TRIGGER IF NOT EXISTS sok_part_ny AFTER INSERT ON korrespondansepart BEGIN DELETE FROM sok_jp WHERE rowid = new.journalpost_id; INSERT INTO sok_jp (rowid, tekst) SELECT j.id, j.tittel || coalesce((SELECT char(10) || group_concat(p.navn, char(10)) FROM korrespondansepart p WHERE p.journalpost_id = j.id), '') FROM journalpost j WHERE j.id = new.journalpost_id; END",
    "CREATE TRIGGER IF NOT EXISTS sok_part_endret AFTER UPDATE OF navn, journalpost_id ON korrespondansepart BEGIN DELETE FROM sok_jp WHERE rowid = old.journalpost_id; INSERT INTO sok_jp (rowid, tekst) SELECT j.id, j.tittel || coalesce((SELECT char(10) || group_concat(p.navn, char(10)) FROM korrespondansepart p WHERE p.journalpost_id = j.id), '') FROM journalpost j WHERE j.id = old.journalpost_id; DELETE FROM sok_jp WHERE rowid = new.journalpost_id; INSERT INTO sok_jp (rowid, tekst) SELECT j.id, j.tittel || coalesce((SELECT char(10) || group_concat(p.navn, char(10)) FROM korrespondansepart p WHERE p.journalpost_id = j.id), '') FROM journalpost j WHERE j.id = new.journalpost_id; END",
    "CREATE TRIGGER IF NOT EXISTS sok_part_slettet AFTER DELETE ON korrespondansepart BEGIN DELETE FROM sok_jp WHERE rowid = old.journalpost_id; INSERT INTO sok_jp (rowid, tekst) SELECT j.id, j.tittel || coalesce((SELECT char(10) || group_concat(p.navn, char(10)) FROM korrespondansepart p WHERE p.journalpost_id = j.id), '') FROM journalpost j WHERE j.id = old.journalpost_id; END",
    'CREATE TRIGGER IF NOT EXISTS sok_sak_ny AFTER INSERT ON sak BEGIN INSERT INTO sok_sak (rowid, tekst) VALUES (new.id, new.tittel); END',
    'CREATE TRIGGER IF NOT EXISTS sok_sak_tittel AFTER UPDATE OF tittel ON sak BEGIN DELETE FROM sok_sak WHERE rowid = old.id; INSERT INTO sok_sak (rowid, tekst) VALUES (new.id, new.tittel); END',
    'CREATE TRIGGER IF NOT EXISTS sok_sak_slettet AFTER DELETE ON sak BEGIN DELETE FROM sok_sak WHERE rowid = old.id; END',
)

SQLITE_SOK_FYLL = (
    "DELETE FROM sok_jp",
    "INSERT INTO sok_jp (rowid, tekst) SELECT j.id, j.tittel || coalesce(char(10) || p.navn, '') "
    "FROM journalpost j LEFT JOIN (SELECT journalpost_id, group_concat(navn, char(10)) AS navn "
    "FROM korrespondansepart GROUP BY journalpost_id) p ON p.journalpost_id = j.id",
    "DELETE FROM sok_sak",
    "INSERT INTO sok_sak (rowid, tekst) SELECT id, tittel FROM sak",
    "INSERT INTO sok_jp (sok_jp) VALUES ('optimize')",
    "INSERT INTO sok_sak (sok_sak) VALUES ('optimize')",
)


def _har(navn: str) -> bool:
    sql = f"SELECT 1 FROM sqlite_master WHERE name = '{navn}'"
    return op.get_bind().exec_driver_sql(sql).first() is not None


def _sqlite_sokeindeks() -> None:
    x = op.get_bind().exec_driver_sql
    x(SQLITE_FULLTEKST)
    ny = not _har("sok_jp")
    if ny:
        try:
            # detail=none keeps the index small; FTS5 re-checks each LIKE against the stored text.
            x("CREATE VIRTUAL TABLE sok_jp USING fts5(tekst, tokenize = 'trigram', detail = none)")
            x("CREATE VIRTUAL TABLE sok_sak USING fts5(tekst, tokenize = 'trigram', detail = none)")
        except Exception:  # no trigram tokenizer: the search scans instead
            return
    for utloser in SQLITE_SOK_UTLOSERE:
        x(utloser)
    if ny:
        for sql in SQLITE_SOK_FYLL:
            x(sql)


def upgrade() -> None:
    for sql in INDEKSER_OPP:
        op.get_bind().exec_driver_sql(sql)
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_sokeindeks()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for navn in ('sok_jp_ny', 'sok_jp_tittel', 'sok_jp_slettet', 'sok_part_ny', 'sok_part_endret', 'sok_part_slettet', 'sok_sak_ny', 'sok_sak_tittel', 'sok_sak_slettet'):
            op.get_bind().exec_driver_sql(f"DROP TRIGGER IF EXISTS {navn}")
        op.get_bind().exec_driver_sql("DROP TABLE IF EXISTS sok_jp")
        op.get_bind().exec_driver_sql("DROP TABLE IF EXISTS sok_sak")
    for sql in INDEKSER_NED:
        op.get_bind().exec_driver_sql(sql)
