"""journalpost: a forwarded e-mail's proposed original sender

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 09:10:00

Commit 0ddbb64 added the two columns by editing the shipped 0001, so a database made before
it lacked them whatever its version said. This adds them where they are missing.

Frozen: never edit this file; make a new revision.
"""
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


KOLONNER = (
    ("foreslatt_avsender_navn", 300),
    ("foreslatt_avsender_epost", 200),
)


def upgrade() -> None:
    x = op.get_bind().exec_driver_sql
    if op.get_bind().dialect.name == "postgresql":
        for navn, lengde in KOLONNER:
            x(f"ALTER TABLE journalpost ADD COLUMN IF NOT EXISTS {navn} VARCHAR({lengde})")
        return
    finnes = {rad[1] for rad in x("PRAGMA table_info(journalpost)")}
    for navn, lengde in KOLONNER:
        if navn not in finnes:
            x(f"ALTER TABLE journalpost ADD COLUMN {navn} VARCHAR({lengde})")


def downgrade() -> None:
    with op.batch_alter_table('journalpost', schema=None) as batch_op:
        for navn, _lengde in KOLONNER:
            batch_op.drop_column(navn)
