"""Sign-in attempts remember where they came from, so a lockout stops the guesser, not the user

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 03:00:00

Until now five wrong passwords for a user name from anywhere locked that user out for a quarter of
an hour: anyone who knew a colleague's initials could keep them from working. ``kilde`` holds the
client address the server saw (kept one day, for the lockout only; the server deletes older
attempts). The lockout counts failures per user name *and* address; a much higher count across
all addresses still locks the name everywhere, against guessing spread over many machines.

PostgreSQL only, like 0008. Idempotent.

Frozen: never edit this file; make a new revision.
"""

from alembic import op


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


OPP_PG = """
ALTER TABLE saksbord_innlogging ADD COLUMN IF NOT EXISTS kilde text NOT NULL DEFAULT '';
CREATE INDEX IF NOT EXISTS ix_saksbord_innlogging_navn_kilde_tid ON saksbord_innlogging (brukernavn, kilde, tid);
"""

NED_PG = """
DROP INDEX IF EXISTS ix_saksbord_innlogging_navn_kilde_tid;
ALTER TABLE saksbord_innlogging DROP COLUMN IF EXISTS kilde;
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.connection.driver_connection.execute(OPP_PG)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.connection.driver_connection.execute(NED_PG)
