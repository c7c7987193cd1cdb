"""Ekspedering for real: one forsendelse row per mottaker and channel

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 03:00:00

``forsendelse`` holds what ekspedering sent, or is about to send, to each mottaker over each
channel (epost, papir, intern, svarut): our own uuid (sent to SvarUt as eksternReferanse), the
status (venter → sender → sendt, or feilet), the channel's own id (the e-mail's Message-ID,
SvarUt's forsendelse-id), SvarUt's last delivery status, and the failure. The row is written
before the message leaves, so a journalpost sent halfway says so and a retry sends only the
rest, never twice.

``korrespondansepart.digital_id``: the mottaker's fødselsnummer or organisasjonsnummer, SvarUt's
digitalId. On PostgreSQL the lock trigger of 0007 lets it be corrected, like the address, on an
approved (F) post until that mottaker is sent to.

PostgreSQL: change tracking like every synced table (``endringsnr``, ``endringsxid``, the
NOTIFY row trigger, the delete trigger); row-level security as for korrespondansepart: a row
is seen, and may be written, where its journalpost is; the restrictive ``saksbord_kjent``
policy of 0007 shuts out roles this database does not know. Idempotent.

Frozen: never edit this file; make a new revision.
"""

from alembic import op


revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


TABELL_SQLITE = """CREATE TABLE IF NOT EXISTS forsendelse (
	id INTEGER NOT NULL,
	uuid VARCHAR(36) NOT NULL,
	journalpost_id INTEGER NOT NULL,
	part_id INTEGER NOT NULL,
	kanal VARCHAR(10) NOT NULL,
	status VARCHAR(12) NOT NULL,
	ekstern_id VARCHAR(500),
	ekstern_status VARCHAR(40),
	feil TEXT,
	av_id INTEGER,
	opprettet DATETIME NOT NULL,
	tid DATETIME NOT NULL,
	CONSTRAINT pk_forsendelse PRIMARY KEY (id),
	CONSTRAINT uq_forsendelse_uuid UNIQUE (uuid),
	CONSTRAINT uq_forsendelse_part_id UNIQUE (part_id, kanal),
	CONSTRAINT fk_forsendelse_journalpost_id_journalpost FOREIGN KEY(journalpost_id) REFERENCES journalpost (id) ON DELETE CASCADE,
	CONSTRAINT fk_forsendelse_part_id_korrespondansepart FOREIGN KEY(part_id) REFERENCES korrespondansepart (id) ON DELETE CASCADE,
	CONSTRAINT fk_forsendelse_av_id_bruker FOREIGN KEY(av_id) REFERENCES bruker (id)
)"""

INDEKSER_SQLITE = (
    "CREATE INDEX IF NOT EXISTS ix_forsendelse_journalpost_id ON forsendelse (journalpost_id)",
    "CREATE INDEX IF NOT EXISTS ix_forsendelse_part_id ON forsendelse (part_id)",
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
    if "digital_id" not in {rad[1] for rad in bind.exec_driver_sql("PRAGMA table_info(korrespondansepart)")}:
        bind.exec_driver_sql("ALTER TABLE korrespondansepart ADD COLUMN digital_id VARCHAR(11)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.connection.driver_connection.execute(NED_PG)
        return
    bind.exec_driver_sql("DROP TABLE IF EXISTS forsendelse")
    with op.batch_alter_table("korrespondansepart") as batch_op:
        batch_op.drop_column("digital_id")


#: 0007's lock on a locked post's parties, as it shipped; 0013 adds digital_id to what may change.
LAAS_PART = r"""
CREATE OR REPLACE FUNCTION saksbord_laas_part() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['epost', 'adresse', 'postnummer', 'poststed', 'kanal', 'ekspedert', 'endringsnr',
                          'endringsxid'];
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND saksbord_jp_laast(OLD.journalpost_id) THEN
    IF TG_OP = 'DELETE' OR OLD.ekspedert IS NOT NULL OR NEW.journalpost_id <> OLD.journalpost_id
       OR saksbord_jp_status(OLD.journalpost_id) NOT IN ('F', 'E')
       OR (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt) THEN
      RAISE EXCEPTION 'Journalposten er låst (status %); partene kan ikke endres',
        saksbord_jp_status(OLD.journalpost_id) USING ERRCODE = '55000';
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.journalpost_id IS DISTINCT FROM OLD.journalpost_id
     AND saksbord_jp_laast(NEW.journalpost_id) THEN
    RAISE EXCEPTION 'Journalposten er låst; nye parter kan ikke legges til' USING ERRCODE = '55000';
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;
"""

OPP_PG = r"""
CREATE TABLE IF NOT EXISTS forsendelse (
  id BIGSERIAL NOT NULL,
  uuid VARCHAR(36) NOT NULL,
  journalpost_id BIGINT NOT NULL,
  part_id BIGINT NOT NULL,
  kanal VARCHAR(10) NOT NULL,
  status VARCHAR(12) NOT NULL,
  ekstern_id VARCHAR(500),
  ekstern_status VARCHAR(40),
  feil TEXT,
  av_id BIGINT,
  opprettet TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  tid TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
  endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  CONSTRAINT pk_forsendelse PRIMARY KEY (id),
  CONSTRAINT uq_forsendelse_uuid UNIQUE (uuid),
  CONSTRAINT uq_forsendelse_part_id UNIQUE (part_id, kanal),
  CONSTRAINT fk_forsendelse_journalpost_id_journalpost FOREIGN KEY (journalpost_id)
    REFERENCES journalpost (id) ON DELETE CASCADE,
  CONSTRAINT fk_forsendelse_part_id_korrespondansepart FOREIGN KEY (part_id)
    REFERENCES korrespondansepart (id) ON DELETE CASCADE,
  CONSTRAINT fk_forsendelse_av_id_bruker FOREIGN KEY (av_id) REFERENCES bruker (id)
);
CREATE INDEX IF NOT EXISTS ix_forsendelse_journalpost_id ON forsendelse (journalpost_id);
CREATE INDEX IF NOT EXISTS ix_forsendelse_part_id ON forsendelse (part_id);
CREATE INDEX IF NOT EXISTS ix_forsendelse_endringsnr ON forsendelse (endringsnr);
CREATE INDEX IF NOT EXISTS ix_forsendelse_endringsxid ON forsendelse (endringsxid);

CREATE OR REPLACE FUNCTION saksbord_endring_forsendelse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "forsendelse"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON forsendelse;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON forsendelse
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_forsendelse();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON forsendelse;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON forsendelse
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

ALTER TABLE forsendelse ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_synlig ON forsendelse;
CREATE POLICY saksbord_synlig ON forsendelse FOR ALL
  USING (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = forsendelse.journalpost_id))
  WITH CHECK (EXISTS (SELECT 1 FROM journalpost j WHERE j.id = forsendelse.journalpost_id));
DROP POLICY IF EXISTS saksbord_kjent ON forsendelse;
CREATE POLICY saksbord_kjent ON forsendelse AS RESTRICTIVE FOR ALL
  USING (saksbord_kjent()) WITH CHECK (saksbord_kjent());

ALTER TABLE korrespondansepart ADD COLUMN IF NOT EXISTS digital_id VARCHAR(11);
""" + LAAS_PART.replace("'poststed', 'kanal'", "'poststed', 'digital_id', 'kanal'")

NED_PG = (
    r"""
DROP TABLE IF EXISTS forsendelse;
DROP FUNCTION IF EXISTS saksbord_endring_forsendelse();
ALTER TABLE korrespondansepart DROP COLUMN IF EXISTS digital_id;
"""
    + LAAS_PART
)
