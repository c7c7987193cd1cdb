"""arkivdel: periods (aktiv, overlapping, avsluttet) with their dates and the predecessor

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 03:00:00

Noark 5 periodisering: the archive opens a new arkivdel for a new period and puts the old one in
overlappingsperiode (no new saker, open saker still take journalposter), then closes it
(avsluttet periode) once every sak in it is avsluttet or utgår. The arkivuttrekk writes these as
arkivdelstatus, arkivperiodeStartDato/SluttDato, avsluttetDato/Av and referanseForloeper.

On PostgreSQL arkivdel stays read-only for users (app/store/pg/roller.py): periods are changed
over the owner's connection, like the settings. The table is already synced (0002/0005), and its
change-tracking trigger covers any column, so nothing else changes. Idempotent: a column is
added only where it is missing.

Frozen: never edit this file; make a new revision.
"""

from alembic import op


revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


KOLONNER = (
    ("status", "VARCHAR(20) NOT NULL DEFAULT 'aktiv'"),
    ("periode_start", "DATE"),
    ("periode_slutt", "DATE"),
    ("avsluttet_dato", "TIMESTAMP"),
    ("avsluttet_av_id", "BIGINT REFERENCES bruker(id)"),
    ("forloper_id", "BIGINT REFERENCES arkivdel(id)"),
)


def upgrade() -> None:
    x = op.get_bind().exec_driver_sql
    if op.get_bind().dialect.name == "postgresql":
        for navn, typ in KOLONNER:
            x(f"ALTER TABLE arkivdel ADD COLUMN IF NOT EXISTS {navn} {typ}")
        return
    finnes = {rad[1] for rad in x("PRAGMA table_info(arkivdel)")}
    for navn, typ in KOLONNER:
        if navn not in finnes:
            x(f"ALTER TABLE arkivdel ADD COLUMN {navn} {typ.replace('BIGINT', 'INTEGER')}")


def downgrade() -> None:
    with op.batch_alter_table("arkivdel", schema=None) as batch_op:
        for navn, _typ in reversed(KOLONNER):
            batch_op.drop_column(navn)
