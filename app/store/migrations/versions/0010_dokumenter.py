"""saksbord_har_rolle answers true for a user who has the role

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 10:00:00

0007 qualified the ``rolle`` parameter of ``saksbord_har_rolle`` but left ``navn``: in a SQL
function a column wins over a parameter of the same name, and ``bruker`` has a column ``navn``,
so ``r.rolle = navn`` compared the role with the user's full name and the function was false for
every user. Everything that asks it refused the archive: writing the template library (``mal``,
``malversjon``: the archive could not replace or retire a template on a shared server), the
archive's stedfortreder rows, and the archive moving a locked journalpost. Both parameters are
qualified here. PostgreSQL only; idempotent.

Frozen: never edit this file; make a new revision.
"""

from alembic import op


revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


OPP_PG = """
CREATE OR REPLACE FUNCTION saksbord_har_rolle(navn text, rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM bruker b JOIN bruker_rolle r ON r.bruker_id = b.id
                 WHERE b.db_rolle = saksbord_har_rolle.rolle AND b.aktiv AND r.rolle = saksbord_har_rolle.navn)
$$;
"""

NED_PG = """
CREATE OR REPLACE FUNCTION saksbord_har_rolle(navn text, rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM bruker b JOIN bruker_rolle r ON r.bruker_id = b.id
                 WHERE b.db_rolle = saksbord_har_rolle.rolle AND b.aktiv AND r.rolle = navn)
$$;
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.connection.driver_connection.execute(OPP_PG)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.connection.driver_connection.execute(NED_PG)
