"""SvarInn mottak: one row per forsendelse fetched from KS Fiks SvarInn

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 03:00:00

``svarinn_mottak`` holds each SvarInn forsendelse-id we have fetched: registrert (with the
journalpost it became, written in the same transaction) or feilet (with the reason, whether
SvarInn was told it is permanent, and the payload as downloaded, so the archive can open or
save it: nothing received is dropped). ``kvittert`` says whether SvarInn has been told
(kvitterMottak or mottakFeilet); a row not yet kvittert is told on the next poll, never
registered again.

PostgreSQL: change tracking like every synced table (``endringsnr``, ``endringsxid``, the
NOTIFY row trigger, the delete trigger); row-level security: only the archive sees or writes a
row (``saksbord_er_arkiv`` of 0007: an archivist, today's stedfortreder for one, or the owner),
as only the archive fetches from SvarInn and a row may hold what is not yet
offentlighetsvurdert; the restrictive ``saksbord_kjent`` policy of 0007 shuts out roles this
database does not know. Idempotent.

Frozen: never edit this file; make a new revision.
"""

from alembic import op


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


TABELL_SQLITE = """CREATE TABLE IF NOT EXISTS svarinn_mottak (
	id INTEGER NOT NULL,
	forsendelse_id VARCHAR(100) NOT NULL,
	status VARCHAR(12) NOT NULL,
	kvittert BOOLEAN NOT NULL,
	permanent BOOLEAN,
	tittel VARCHAR(1000) NOT NULL,
	avsender VARCHAR(300),
	journalpost_id INTEGER,
	feilmelding TEXT,
	forsendelse_json TEXT NOT NULL,
	filnavn VARCHAR(300),
	data BLOB,
	av_id INTEGER,
	mottatt DATETIME NOT NULL,
	endret DATETIME NOT NULL,
	CONSTRAINT pk_svarinn_mottak PRIMARY KEY (id),
	CONSTRAINT uq_svarinn_mottak_forsendelse_id UNIQUE (forsendelse_id),
	CONSTRAINT fk_svarinn_mottak_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id),
	CONSTRAINT fk_svarinn_mottak_av_id_bruker FOREIGN KEY(av_id) REFERENCES bruker (id)
)"""

INDEKSER_SQLITE = (
    "CREATE INDEX IF NOT EXISTS ix_svarinn_mottak_journalpost_id ON svarinn_mottak (journalpost_id)",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # The driver connection, so the plpgsql text is sent as is.
        bind.connection.driver_connection.execute(OPP_PG)
        return
    bind.exec_driver_sql(TABELL_SQLITE)
    for sql in INDEKSER_SQLITE:
        bind.exec_driver_sql(sql)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.connection.driver_connection.execute(NED_PG)
        return
    bind.exec_driver_sql("DROP TABLE IF EXISTS svarinn_mottak")


OPP_PG = r"""
CREATE TABLE IF NOT EXISTS svarinn_mottak (
  id BIGSERIAL NOT NULL,
  forsendelse_id VARCHAR(100) NOT NULL,
  status VARCHAR(12) NOT NULL,
  kvittert BOOLEAN NOT NULL,
  permanent BOOLEAN,
  tittel VARCHAR(1000) NOT NULL,
  avsender VARCHAR(300),
  journalpost_id BIGINT,
  feilmelding TEXT,
  forsendelse_json TEXT NOT NULL,
  filnavn VARCHAR(300),
  data BYTEA,
  av_id BIGINT,
  mottatt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  endret TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
  endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  CONSTRAINT pk_svarinn_mottak PRIMARY KEY (id),
  CONSTRAINT uq_svarinn_mottak_forsendelse_id UNIQUE (forsendelse_id),
  CONSTRAINT fk_svarinn_mottak_journalpost_id_journalpost FOREIGN KEY (journalpost_id)
    REFERENCES journalpost (id),
  CONSTRAINT fk_svarinn_mottak_av_id_bruker FOREIGN KEY (av_id) REFERENCES bruker (id)
);
CREATE INDEX IF NOT EXISTS ix_svarinn_mottak_journalpost_id ON svarinn_mottak (journalpost_id);
CREATE INDEX IF NOT EXISTS ix_svarinn_mottak_endringsnr ON svarinn_mottak (endringsnr);
CREATE INDEX IF NOT EXISTS ix_svarinn_mottak_endringsxid ON svarinn_mottak (endringsxid);

CREATE OR REPLACE FUNCTION saksbord_endring_svarinn_mottak() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "svarinn_mottak"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON svarinn_mottak;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON svarinn_mottak
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_svarinn_mottak();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON svarinn_mottak;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON svarinn_mottak
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

ALTER TABLE svarinn_mottak ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_arkiv ON svarinn_mottak;
CREATE POLICY saksbord_arkiv ON svarinn_mottak FOR ALL
  USING (saksbord_er_arkiv()) WITH CHECK (saksbord_er_arkiv());
DROP POLICY IF EXISTS saksbord_kjent ON svarinn_mottak;
CREATE POLICY saksbord_kjent ON svarinn_mottak AS RESTRICTIVE FOR ALL
  USING (saksbord_kjent()) WITH CHECK (saksbord_kjent());
"""

NED_PG = r"""
DROP TABLE IF EXISTS svarinn_mottak;
DROP FUNCTION IF EXISTS saksbord_endring_svarinn_mottak();
"""
