"""Documents: the template library, checked-out documents, arkivformat failures, a phone number

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 10:00:00

* ``mal`` and ``malversjon``: the archive's template library, versioned (a replaced template
  keeps every older .docx). The shipped defaults live in app/resources/maler/ and are copied
  in by the service the first time the archive changes one.
* ``dokumentbeskrivelse.utsjekket_av_id`` / ``utsjekket``: who has a document checked out and
  since when. ``arkivstatus`` / ``arkivfeil``: the last arkivformat attempt failed, and why.
  These are columns of a table already under row-level security, so they are seen exactly
  where the document is.
* ``bruker.telefon``: the saksbehandler's phone number on a letter.

PostgreSQL: both new tables get change tracking like every synced table (``endringsnr``,
``endringsxid``, the NOTIFY row trigger, the delete trigger). The library is not shielded:
every user reads every template (a letter is written from it), while rows are written only by
the archive (or the owner, for maintenance): a permissive read policy and a write check.

Every statement is idempotent, as 0003-0005 are.

Frozen: never edit this file; make a new revision.
"""

from alembic import op


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


TABELLER_SQLITE = (
    """CREATE TABLE IF NOT EXISTS mal (
	navn VARCHAR(100) NOT NULL,
	tittel VARCHAR(200) NOT NULL,
	journalposttyper VARCHAR(20) NOT NULL,
	standard_for VARCHAR(200) NOT NULL,
	aktiv BOOLEAN NOT NULL,
	endret DATETIME NOT NULL,
	CONSTRAINT pk_mal PRIMARY KEY (navn)
)""",
    """CREATE TABLE IF NOT EXISTS malversjon (
	mal_navn VARCHAR(100) NOT NULL,
	versjon INTEGER NOT NULL,
	filnavn VARCHAR(300) NOT NULL,
	sjekksum VARCHAR(64) NOT NULL,
	data BLOB NOT NULL,
	opprettet DATETIME NOT NULL,
	opprettet_av_id INTEGER,
	CONSTRAINT pk_malversjon PRIMARY KEY (mal_navn, versjon),
	CONSTRAINT fk_malversjon_mal_navn_mal FOREIGN KEY(mal_navn) REFERENCES mal (navn) ON DELETE CASCADE,
	CONSTRAINT fk_malversjon_opprettet_av_id_bruker FOREIGN KEY(opprettet_av_id) REFERENCES bruker (id)
)""",
)

KOLONNER_SQLITE = (
    ("dokumentbeskrivelse", "utsjekket_av_id", "INTEGER REFERENCES bruker (id)"),
    ("dokumentbeskrivelse", "utsjekket", "DATETIME"),
    ("dokumentbeskrivelse", "arkivstatus", "VARCHAR(20)"),
    ("dokumentbeskrivelse", "arkivfeil", "TEXT"),
    ("bruker", "telefon", "VARCHAR(30)"),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # The driver connection, so the plpgsql text is sent as is.
        bind.connection.driver_connection.execute(OPP_PG)
        return
    x = bind.exec_driver_sql
    for sql in TABELLER_SQLITE:
        x(sql)
    for tabell, navn, type_ in KOLONNER_SQLITE:
        if navn not in {rad[1] for rad in x(f"PRAGMA table_info({tabell})")}:
            x(f"ALTER TABLE {tabell} ADD COLUMN {navn} {type_}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.connection.driver_connection.execute(NED_PG)
        return
    x = bind.exec_driver_sql
    x("DROP TABLE IF EXISTS malversjon")
    x("DROP TABLE IF EXISTS mal")
    for tabell, navn, _type in KOLONNER_SQLITE:
        with op.batch_alter_table(tabell) as batch_op:
            batch_op.drop_column(navn)


OPP_PG = r"""
CREATE TABLE IF NOT EXISTS mal (
  navn VARCHAR(100) NOT NULL,
  tittel VARCHAR(200) NOT NULL,
  journalposttyper VARCHAR(20) NOT NULL,
  standard_for VARCHAR(200) NOT NULL,
  aktiv BOOLEAN NOT NULL,
  endret TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
  endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  CONSTRAINT pk_mal PRIMARY KEY (navn)
);

CREATE TABLE IF NOT EXISTS malversjon (
  mal_navn VARCHAR(100) NOT NULL,
  versjon INTEGER NOT NULL,
  filnavn VARCHAR(300) NOT NULL,
  sjekksum VARCHAR(64) NOT NULL,
  data BYTEA NOT NULL,
  opprettet TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  opprettet_av_id BIGINT,
  endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
  endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  CONSTRAINT pk_malversjon PRIMARY KEY (mal_navn, versjon),
  CONSTRAINT fk_malversjon_mal_navn_mal FOREIGN KEY (mal_navn) REFERENCES mal (navn) ON DELETE CASCADE,
  CONSTRAINT fk_malversjon_opprettet_av_id_bruker FOREIGN KEY (opprettet_av_id) REFERENCES bruker (id)
);

CREATE INDEX IF NOT EXISTS ix_mal_endringsnr ON mal (endringsnr);
CREATE INDEX IF NOT EXISTS ix_mal_endringsxid ON mal (endringsxid);
CREATE INDEX IF NOT EXISTS ix_malversjon_endringsnr ON malversjon (endringsnr);
CREATE INDEX IF NOT EXISTS ix_malversjon_endringsxid ON malversjon (endringsxid);

ALTER TABLE dokumentbeskrivelse
  ADD COLUMN IF NOT EXISTS utsjekket_av_id BIGINT,
  ADD COLUMN IF NOT EXISTS utsjekket TIMESTAMP WITHOUT TIME ZONE,
  ADD COLUMN IF NOT EXISTS arkivstatus VARCHAR(20),
  ADD COLUMN IF NOT EXISTS arkivfeil TEXT;

DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'fk_dokumentbeskrivelse_utsjekket_av_id_bruker') THEN ALTER TABLE dokumentbeskrivelse ADD CONSTRAINT fk_dokumentbeskrivelse_utsjekket_av_id_bruker FOREIGN KEY (utsjekket_av_id) REFERENCES bruker (id); END IF; END $$;

ALTER TABLE bruker ADD COLUMN IF NOT EXISTS telefon VARCHAR(30);

CREATE OR REPLACE FUNCTION saksbord_endring_mal() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "mal"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON mal;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON mal
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_mal();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON mal;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON mal
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('navn');

CREATE OR REPLACE FUNCTION saksbord_endring_malversjon() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "malversjon"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON malversjon;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON malversjon
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_malversjon();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON malversjon;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON malversjon
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('mal_navn', 'versjon');

ALTER TABLE mal ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_les ON mal;
CREATE POLICY saksbord_les ON mal FOR SELECT USING (true);
DROP POLICY IF EXISTS saksbord_arkiv_skriver ON mal;
CREATE POLICY saksbord_arkiv_skriver ON mal FOR ALL
  USING (saksbord_er_admin() OR saksbord_har_rolle('arkiv'))
  WITH CHECK (saksbord_er_admin() OR saksbord_har_rolle('arkiv'));

ALTER TABLE malversjon ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_les ON malversjon;
CREATE POLICY saksbord_les ON malversjon FOR SELECT USING (true);
DROP POLICY IF EXISTS saksbord_arkiv_skriver ON malversjon;
CREATE POLICY saksbord_arkiv_skriver ON malversjon FOR ALL
  USING (saksbord_er_admin() OR saksbord_har_rolle('arkiv'))
  WITH CHECK (saksbord_er_admin() OR saksbord_har_rolle('arkiv'));
"""

NED_PG = r"""
DROP TABLE IF EXISTS malversjon;
DROP TABLE IF EXISTS mal;
DROP FUNCTION IF EXISTS saksbord_endring_malversjon();
DROP FUNCTION IF EXISTS saksbord_endring_mal();
ALTER TABLE dokumentbeskrivelse
  DROP CONSTRAINT IF EXISTS fk_dokumentbeskrivelse_utsjekket_av_id_bruker,
  DROP COLUMN IF EXISTS utsjekket_av_id,
  DROP COLUMN IF EXISTS utsjekket,
  DROP COLUMN IF EXISTS arkivstatus,
  DROP COLUMN IF EXISTS arkivfeil;
ALTER TABLE bruker DROP COLUMN IF EXISTS telefon;
"""
