"""The application server's own tables: passwords, login attempts, tokens

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 10:00:00

The Saksbord server (app/server) is the only holder of a database login; users sign in to it.
What it needs to know about a sign-in lives here, on PostgreSQL only (the embedded SQLite file
and the replicas have no server in front of them):

* ``saksbord_passord``: one argon2 hash per user (never the password).
* ``saksbord_innlogging``: every attempt (user name as typed, time, success), for the lockout
  after repeated failures. No password and no address is stored.
* ``saksbord_token``: issued tokens by their SHA-256 (the token itself is never stored), with
  the user and the expiry. Deactivating the user stops every token at once (the server checks
  ``bruker.aktiv`` on each request) and a new password deletes the user's tokens.

None of these tables is synced (no change tracking, no NOTIFY) and the users' group role gets
nothing on them; row-level security is on with no policy, so a role other than the owner that
was granted something by mistake still reads no row.

Depends on nothing after 0006 (a parallel revision may be chained in between). Idempotent.

Frozen: never edit this file; make a new revision.
"""

from alembic import op


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


OPP_PG = """
CREATE TABLE IF NOT EXISTS saksbord_passord (
    bruker_id bigint PRIMARY KEY REFERENCES bruker(id) ON DELETE CASCADE,
    hash text NOT NULL,
    endret timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS saksbord_innlogging (
    id bigserial PRIMARY KEY,
    brukernavn text NOT NULL,
    tid timestamptz NOT NULL DEFAULT now(),
    ok boolean NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_saksbord_innlogging_navn_tid ON saksbord_innlogging (brukernavn, tid);
CREATE TABLE IF NOT EXISTS saksbord_token (
    hash text PRIMARY KEY,
    bruker_id bigint NOT NULL REFERENCES bruker(id) ON DELETE CASCADE,
    opprettet timestamptz NOT NULL DEFAULT now(),
    utloper timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_saksbord_token_bruker ON saksbord_token (bruker_id);
ALTER TABLE saksbord_passord ENABLE ROW LEVEL SECURITY;
ALTER TABLE saksbord_innlogging ENABLE ROW LEVEL SECURITY;
ALTER TABLE saksbord_token ENABLE ROW LEVEL SECURITY;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'saksbord_bruker') THEN
    REVOKE ALL ON saksbord_passord, saksbord_innlogging, saksbord_token FROM saksbord_bruker;
    REVOKE ALL ON SEQUENCE saksbord_innlogging_id_seq FROM saksbord_bruker;
  END IF;
END
$$;
"""

NED_PG = """
DROP TABLE IF EXISTS saksbord_token;
DROP TABLE IF EXISTS saksbord_innlogging;
DROP TABLE IF EXISTS saksbord_passord;
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.connection.driver_connection.execute(OPP_PG)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.connection.driver_connection.execute(NED_PG)
