"""Search that folds Æ/Ø/Å and accents alike, and serves short words from a prefix index (SQLite)

Revision ID: 0018
Revises: 0015
Create Date: 2026-12-02 06:00:00

SQLite's LIKE folds ASCII only, so «Øvrebyen» never matched «øvrebyen»; the body index
(unicode61 remove_diacritics 2) let «år» find «ar»; and words under three letters could not use
the trigram tables, so «bø» read every row. The search tables now hold the folded text
(app/domain/regler/sok.py: A–Z and Æ/Ø/Å to small letters, Ä/Ö to æ/ø, other accents to the
base letter; SQLite calls it as ``sok_fold``, which Saksbord registers on every connection), and the
query is folded the same way:

- ``sok_jp`` / ``sok_sak``: trigram FTS5 over the folded title (and party names), for words of
  three letters or more (substrings);
- ``sok_jp_ord`` / ``sok_sak_ord``: unicode61 FTS5 with prefix indexes of one and two letters over
  the same folded text, for shorter words (word starts);
- ``fulltekst``: rebuilt with ``remove_diacritics 0`` over folded text (å stays å).

Triggers keep the four tables in step with journalpost, korrespondansepart and sak. An SQLite
without the trigram tokenizer gets no sok_* tables (the search scans). PostgreSQL's search needs
nothing new (its lower() folds every letter).

Kurver (both dialects): journalpost (status, journaldato, tilgangskode) takes the place of
(status, journaldato): Til journalføring and its like still read their first page in index order,
and their count (which leaves out XX) is read from the index alone, not from 100k table rows.

Frozen: never edit this file; make a new revision.
"""
from alembic import op


revision = "0018"
down_revision = "0015"
branch_labels = None
depends_on = None

#: app/domain/regler/sok.fold, registered on every SQLite connection (app/store/db.py).
FOLD = "sok_fold({x})"


GAMLE_UTLOSERE = (
    "sok_jp_ny", "sok_jp_tittel", "sok_jp_slettet", "sok_part_ny", "sok_part_endret",
    "sok_part_slettet", "sok_sak_ny", "sok_sak_tittel", "sok_sak_slettet",
)

KURV_INDEKSER = (
    "CREATE INDEX IF NOT EXISTS ix_journalpost_status_dato_kode ON journalpost (status, journaldato, tilgangskode)",
    "DROP INDEX IF EXISTS ix_journalpost_status_dato",
)


def _f(x: str) -> str:
    return FOLD.replace("{x}", x)


def _jp_tekst(id_: str) -> str:
    """Refill one journalpost's row in both tables (its title and party names, folded)."""
    navn = (
        "coalesce((SELECT char(10) || group_concat(p.navn, char(10)) FROM korrespondansepart p "
        "WHERE p.journalpost_id = j.id), '')"
    )
    return (
        f"DELETE FROM sok_jp WHERE rowid = {id_}; DELETE FROM sok_jp_ord WHERE rowid = {id_}; "
        f"INSERT INTO sok_jp (rowid, tekst) SELECT j.id, {_f('j.tittel || ' + navn)} "
        f"FROM journalpost j WHERE j.id = {id_}; "
        f"INSERT INTO sok_jp_ord (rowid, tekst) SELECT rowid, tekst FROM sok_jp WHERE rowid = {id_};"
    )


def _sak_tekst(id_: str) -> str:
    return (
        f"DELETE FROM sok_sak WHERE rowid = {id_}; DELETE FROM sok_sak_ord WHERE rowid = {id_}; "
        f"INSERT INTO sok_sak (rowid, tekst) SELECT s.id, {_f('s.tittel')} FROM sak s WHERE s.id = {id_}; "
        f"INSERT INTO sok_sak_ord (rowid, tekst) SELECT rowid, tekst FROM sok_sak WHERE rowid = {id_};"
    )


def _utlosere() -> tuple[str, ...]:
    slett_jp = "DELETE FROM sok_jp WHERE rowid = old.id; DELETE FROM sok_jp_ord WHERE rowid = old.id;"
    slett_sak = "DELETE FROM sok_sak WHERE rowid = old.id; DELETE FROM sok_sak_ord WHERE rowid = old.id;"
    return (
        f"CREATE TRIGGER sok_jp_ny AFTER INSERT ON journalpost BEGIN {_jp_tekst('new.id')} END",
        f"CREATE TRIGGER sok_jp_tittel AFTER UPDATE OF tittel ON journalpost BEGIN {_jp_tekst('new.id')} END",
        f"CREATE TRIGGER sok_jp_slettet AFTER DELETE ON journalpost BEGIN {slett_jp} END",
        f"CREATE TRIGGER sok_part_ny AFTER INSERT ON korrespondansepart BEGIN {_jp_tekst('new.journalpost_id')} END",
        "CREATE TRIGGER sok_part_endret AFTER UPDATE OF navn, journalpost_id ON korrespondansepart BEGIN "
        f"{_jp_tekst('old.journalpost_id')} {_jp_tekst('new.journalpost_id')} END",
        f"CREATE TRIGGER sok_part_slettet AFTER DELETE ON korrespondansepart BEGIN {_jp_tekst('old.journalpost_id')} END",
        f"CREATE TRIGGER sok_sak_ny AFTER INSERT ON sak BEGIN {_sak_tekst('new.id')} END",
        f"CREATE TRIGGER sok_sak_tittel AFTER UPDATE OF tittel ON sak BEGIN {_sak_tekst('new.id')} END",
        f"CREATE TRIGGER sok_sak_slettet AFTER DELETE ON sak BEGIN {slett_sak} END",
    )


def _fyll() -> tuple[str, ...]:
    return (
        "DELETE FROM sok_jp",
        "DELETE FROM sok_jp_ord",
        "INSERT INTO sok_jp (rowid, tekst) SELECT j.id, "
        + _f("j.tittel || coalesce(char(10) || p.navn, '')")
        + " FROM journalpost j LEFT JOIN (SELECT journalpost_id, group_concat(navn, char(10)) AS navn "
        "FROM korrespondansepart GROUP BY journalpost_id) p ON p.journalpost_id = j.id",
        "INSERT INTO sok_jp_ord (rowid, tekst) SELECT rowid, tekst FROM sok_jp",
        "DELETE FROM sok_sak",
        "DELETE FROM sok_sak_ord",
        f"INSERT INTO sok_sak (rowid, tekst) SELECT id, {_f('tittel')} FROM sak",
        "INSERT INTO sok_sak_ord (rowid, tekst) SELECT rowid, tekst FROM sok_sak",
    )


def _x(sql: str):
    return op.get_bind().exec_driver_sql(sql)


def _fulltekst() -> None:
    _x("DROP TABLE IF EXISTS fulltekst_ny")
    _x(
        "CREATE VIRTUAL TABLE fulltekst_ny USING fts5("
        "journalpost_id UNINDEXED, tekst, tokenize = 'unicode61 remove_diacritics 0')"
    )
    _x(f"INSERT INTO fulltekst_ny (rowid, journalpost_id, tekst) SELECT rowid, journalpost_id, {_f('tekst')} FROM fulltekst")
    _x("DROP TABLE fulltekst")
    _x("ALTER TABLE fulltekst_ny RENAME TO fulltekst")


def _sqlite() -> None:
    for navn in GAMLE_UTLOSERE:
        _x(f"DROP TRIGGER IF EXISTS {navn}")
    for tabell in ("sok_jp", "sok_sak", "sok_jp_ord", "sok_sak_ord"):
        _x(f"DROP TABLE IF EXISTS {tabell}")
    _fulltekst()
    try:
        # detail=none keeps the index small; FTS5 re-checks each LIKE against the stored (folded) text.
        _x("CREATE VIRTUAL TABLE sok_jp USING fts5(tekst, tokenize = 'trigram', detail = none)")
        _x("CREATE VIRTUAL TABLE sok_sak USING fts5(tekst, tokenize = 'trigram', detail = none)")
    except Exception:  # no trigram tokenizer: the search scans instead
        return
    for tabell in ("sok_jp_ord", "sok_sak_ord"):
        _x(
            f"CREATE VIRTUAL TABLE {tabell} USING fts5(tekst, "
            "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2', detail = none)"
        )
    for utloser in _utlosere():
        _x(utloser)
    for sql in _fyll():
        _x(sql)
    for tabell in ("sok_jp", "sok_sak", "sok_jp_ord", "sok_sak_ord"):
        _x(f"INSERT INTO {tabell} ({tabell}) VALUES ('optimize')")


def upgrade() -> None:
    for sql in KURV_INDEKSER:
        _x(sql)
    if op.get_bind().dialect.name == "sqlite":
        _sqlite()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for navn in GAMLE_UTLOSERE:
            _x(f"DROP TRIGGER IF EXISTS {navn}")
        for tabell in ("sok_jp", "sok_sak", "sok_jp_ord", "sok_sak_ord"):
            _x(f"DROP TABLE IF EXISTS {tabell}")
    _x("CREATE INDEX IF NOT EXISTS ix_journalpost_status_dato ON journalpost (status, journaldato)")
    _x("DROP INDEX IF EXISTS ix_journalpost_status_dato_kode")
