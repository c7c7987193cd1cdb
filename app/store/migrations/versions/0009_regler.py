"""The handbooks' rules: a stedfortreder within the granted codes, codes per type, the public journal

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 02:30:00

* PostgreSQL ``saksbord_kan_se``: a stedfortreder no longer sees what the absent person owns
  (saksbehandler or saksansvarlig) through ownership; in an active period only the codes granted
  for it (and held by the leader) open anything, as ``regler.autorisert`` does in Python. The
  owner's own rows still open to the owner.
* ``kode_avskrivning``: BSS, BB, BM and EP apply to I, U, N and X (the table in 003); rows still
  at the old default ("IN") are widened, a municipality's own edit is left alone.
* ``kode_tilgang.offentlig_journal``: whether a post with the code is listed on the offentlig
  journal with its shielded fields replaced ("erstatt") or left off entirely ("utelat"). The
  default from 003: U (unntatt offentlighet) and IS (intern skjerming) are left off.
* ``journalpost.krever_godkjenning``: the post must be approved before it is ferdigstilt.
  On PostgreSQL the lock trigger is unchanged: the column is set only while the post is R or S.
* ``avskrivning.mottaker_id``: an N with several internal mottakere has a restanse per mottaker;
  an avskrivning made by one of them names them and clears only their own. (A new row, so the
  lock triggers, which refuse edits of a locked post's parties, are not in the way.)
* ``sak_tilgang``: users the saksansvarlig (or the archive) has given write access to a sak;
  registering in a sak needs the saksansvarlig, the sak's unit, the archive or such a grant.
  On PostgreSQL a grant is seen where its sak is, and written only by the archive or by the
  user named as its giver, where the sak is visible.
* ``egen_kurv``: a user's own saved searches in the left pane; a leader may share one with the
  unit. On PostgreSQL each row is seen by its owner and, when shared, by the unit's members;
  only the owner writes it, and only the unit's leader shares it with the unit.
  Both tables get change tracking like every synced table.

Every statement is idempotent, as 0003-0008 are.

Frozen: never edit this file; make a new revision.
"""

from alembic import op


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


DATA = """
UPDATE kode_avskrivning SET typer = 'IUNX' WHERE kode IN ('BSS', 'BB', 'BM', 'EP') AND typer = 'IN';
UPDATE kode_tilgang SET offentlig_journal = 'utelat' WHERE kode IN ('U', 'IS') AND offentlig_journal IS NULL;
UPDATE kode_tilgang SET offentlig_journal = 'erstatt' WHERE offentlig_journal IS NULL;
"""

KOLONNER_SQLITE = (
    ("kode_tilgang", "offentlig_journal", "VARCHAR(10)"),
    ("journalpost", "krever_godkjenning", "BOOLEAN NOT NULL DEFAULT 0"),
    ("avskrivning", "mottaker_id", "INTEGER REFERENCES bruker (id)"),
)


TABELLER_SQLITE = (
    """CREATE TABLE IF NOT EXISTS sak_tilgang (
	id INTEGER NOT NULL,
	sak_id INTEGER NOT NULL,
	bruker_id INTEGER NOT NULL,
	gitt_av_id INTEGER NOT NULL,
	gitt DATETIME NOT NULL,
	CONSTRAINT pk_sak_tilgang PRIMARY KEY (id),
	CONSTRAINT uq_sak_tilgang_sak_id UNIQUE (sak_id, bruker_id),
	CONSTRAINT fk_sak_tilgang_sak_id_sak FOREIGN KEY(sak_id) REFERENCES sak (id) ON DELETE CASCADE,
	CONSTRAINT fk_sak_tilgang_bruker_id_bruker FOREIGN KEY(bruker_id) REFERENCES bruker (id),
	CONSTRAINT fk_sak_tilgang_gitt_av_id_bruker FOREIGN KEY(gitt_av_id) REFERENCES bruker (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_sak_tilgang_sak_id ON sak_tilgang (sak_id)",
    "CREATE INDEX IF NOT EXISTS ix_sak_tilgang_bruker_id ON sak_tilgang (bruker_id)",
    """CREATE TABLE IF NOT EXISTS egen_kurv (
	id INTEGER NOT NULL,
	eier_id INTEGER NOT NULL,
	navn VARCHAR(100) NOT NULL,
	kriterier TEXT NOT NULL,
	rekkefolge INTEGER NOT NULL,
	delt_enhet_id INTEGER,
	opprettet DATETIME NOT NULL,
	CONSTRAINT pk_egen_kurv PRIMARY KEY (id),
	CONSTRAINT fk_egen_kurv_eier_id_bruker FOREIGN KEY(eier_id) REFERENCES bruker (id),
	CONSTRAINT fk_egen_kurv_delt_enhet_id_administrativ_enhet FOREIGN KEY(delt_enhet_id) REFERENCES administrativ_enhet (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_egen_kurv_eier_id ON egen_kurv (eier_id)",
    "CREATE INDEX IF NOT EXISTS ix_egen_kurv_delt_enhet_id ON egen_kurv (delt_enhet_id)",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # The driver connection, so the function text is sent as is.
        bind.connection.driver_connection.execute(OPP_PG + DATA)
        return
    x = bind.exec_driver_sql
    for sql in TABELLER_SQLITE:
        x(sql)
    for tabell, navn, type_ in KOLONNER_SQLITE:
        if navn not in {rad[1] for rad in x(f"PRAGMA table_info({tabell})")}:
            x(f"ALTER TABLE {tabell} ADD COLUMN {navn} {type_}")
    for sql in DATA.strip().splitlines():
        x(sql)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.connection.driver_connection.execute(NED_PG)
        return
    x = bind.exec_driver_sql
    x("DROP TABLE IF EXISTS egen_kurv")
    x("DROP TABLE IF EXISTS sak_tilgang")
    x("UPDATE kode_avskrivning SET typer = 'IN' WHERE kode IN ('BSS', 'BB', 'BM', 'EP') AND typer = 'IUNX'")
    for tabell, navn, _type in KOLONNER_SQLITE:
        with op.batch_alter_table(tabell) as batch_op:
            batch_op.drop_column(navn)


OPP_PG = r"""
CREATE TABLE IF NOT EXISTS sak_tilgang (
  id BIGSERIAL NOT NULL,
  sak_id BIGINT NOT NULL,
  bruker_id BIGINT NOT NULL,
  gitt_av_id BIGINT NOT NULL,
  gitt TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
  endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  CONSTRAINT pk_sak_tilgang PRIMARY KEY (id),
  CONSTRAINT uq_sak_tilgang_sak_id UNIQUE (sak_id, bruker_id),
  CONSTRAINT fk_sak_tilgang_sak_id_sak FOREIGN KEY (sak_id) REFERENCES sak (id) ON DELETE CASCADE,
  CONSTRAINT fk_sak_tilgang_bruker_id_bruker FOREIGN KEY (bruker_id) REFERENCES bruker (id),
  CONSTRAINT fk_sak_tilgang_gitt_av_id_bruker FOREIGN KEY (gitt_av_id) REFERENCES bruker (id)
);
CREATE INDEX IF NOT EXISTS ix_sak_tilgang_sak_id ON sak_tilgang (sak_id);
CREATE INDEX IF NOT EXISTS ix_sak_tilgang_bruker_id ON sak_tilgang (bruker_id);
CREATE INDEX IF NOT EXISTS ix_sak_tilgang_endringsnr ON sak_tilgang (endringsnr);
CREATE INDEX IF NOT EXISTS ix_sak_tilgang_endringsxid ON sak_tilgang (endringsxid);

CREATE TABLE IF NOT EXISTS egen_kurv (
  id BIGSERIAL NOT NULL,
  eier_id BIGINT NOT NULL,
  navn VARCHAR(100) NOT NULL,
  kriterier TEXT NOT NULL,
  rekkefolge INTEGER NOT NULL,
  delt_enhet_id BIGINT,
  opprettet TIMESTAMP WITHOUT TIME ZONE NOT NULL,
  endringsnr bigint NOT NULL DEFAULT nextval('saksbord_endringsnr'),
  endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  CONSTRAINT pk_egen_kurv PRIMARY KEY (id),
  CONSTRAINT fk_egen_kurv_eier_id_bruker FOREIGN KEY (eier_id) REFERENCES bruker (id),
  CONSTRAINT fk_egen_kurv_delt_enhet_id_administrativ_enhet FOREIGN KEY (delt_enhet_id) REFERENCES administrativ_enhet (id)
);
CREATE INDEX IF NOT EXISTS ix_egen_kurv_eier_id ON egen_kurv (eier_id);
CREATE INDEX IF NOT EXISTS ix_egen_kurv_delt_enhet_id ON egen_kurv (delt_enhet_id);
CREATE INDEX IF NOT EXISTS ix_egen_kurv_endringsnr ON egen_kurv (endringsnr);
CREATE INDEX IF NOT EXISTS ix_egen_kurv_endringsxid ON egen_kurv (endringsxid);

CREATE OR REPLACE FUNCTION saksbord_endring_sak_tilgang() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "sak_tilgang"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON sak_tilgang;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON sak_tilgang
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_sak_tilgang();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON sak_tilgang;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON sak_tilgang
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

CREATE OR REPLACE FUNCTION saksbord_endring_egen_kurv() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('saksbord_endringsnr');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('saksbord_endring', '{"tabell": "egen_kurv"}');  -- no ids: see NOTIFY in ddl.py
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON egen_kurv;
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON egen_kurv
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_egen_kurv();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON egen_kurv;
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON egen_kurv
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad('id');

-- A grant is seen where its sak is; written by the archive, or in the giver's own name.
ALTER TABLE sak_tilgang ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_synlig ON sak_tilgang;
CREATE POLICY saksbord_synlig ON sak_tilgang FOR ALL
  USING (saksbord_er_admin() OR EXISTS (SELECT 1 FROM sak s WHERE s.id = sak_tilgang.sak_id))
  WITH CHECK (saksbord_er_admin() OR (EXISTS (SELECT 1 FROM sak s WHERE s.id = sak_tilgang.sak_id)
              AND (saksbord_er_arkiv() OR gitt_av_id = saksbord_bruker_id())));

-- An own kurv is seen by its owner and, shared, by the unit; only the unit's leader shares.
ALTER TABLE egen_kurv ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_synlig ON egen_kurv;
CREATE POLICY saksbord_synlig ON egen_kurv FOR ALL
  USING (saksbord_er_admin() OR eier_id = saksbord_bruker_id()
         OR delt_enhet_id = (SELECT b.enhet_id FROM bruker b WHERE b.id = saksbord_bruker_id()))
  WITH CHECK (saksbord_er_admin() OR (eier_id = saksbord_bruker_id()
              AND (delt_enhet_id IS NULL OR EXISTS (SELECT 1 FROM administrativ_enhet e
                                                   WHERE e.id = delt_enhet_id AND e.leder_id = eier_id))));

ALTER TABLE kode_tilgang ADD COLUMN IF NOT EXISTS offentlig_journal VARCHAR(10);
ALTER TABLE journalpost ADD COLUMN IF NOT EXISTS krever_godkjenning BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE avskrivning ADD COLUMN IF NOT EXISTS mottaker_id BIGINT;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'fk_avskrivning_mottaker_id_bruker') THEN ALTER TABLE avskrivning ADD CONSTRAINT fk_avskrivning_mottaker_id_bruker FOREIGN KEY (mottaker_id) REFERENCES bruker (id); END IF; END $$;

-- May the role see content shielded with `kode` in unit `enhet`, owned by `eier`?
-- Exact code; a unit-limited grant only within that unit; the record's own saksbehandler or
-- saksansvarlig; in an active stedfortreder period the codes granted for it that the leader
-- holds, and nothing through the leader's ownership.
CREATE OR REPLACE FUNCTION saksbord_kan_se(kode text, enhet bigint, eier bigint[],
                                           rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT kode IS NULL OR EXISTS (
    SELECT 1 FROM bruker b
    WHERE b.db_rolle = rolle AND b.aktiv AND (
      b.id = ANY (eier)
      OR EXISTS (SELECT 1 FROM bruker_tilgang t
                 WHERE t.bruker_id = b.id AND t.tilgangskode = kode
                   AND (t.enhet_id IS NULL OR t.enhet_id = enhet))
      OR EXISTS (SELECT 1 FROM stedfortreder s
                 WHERE s.stedfortreder_id = b.id AND current_date BETWEEN s.fra AND s.til
                   AND kode = ANY (string_to_array(replace(s.koder, ' ', ''), ','))
                   AND EXISTS (SELECT 1 FROM bruker_tilgang t
                               WHERE t.bruker_id = s.leder_id AND t.tilgangskode = kode
                                 AND (t.enhet_id IS NULL OR t.enhet_id = enhet)))))
$$;
"""

NED_PG = r"""
DROP TABLE IF EXISTS egen_kurv;
DROP TABLE IF EXISTS sak_tilgang;
DROP FUNCTION IF EXISTS saksbord_endring_egen_kurv();
DROP FUNCTION IF EXISTS saksbord_endring_sak_tilgang();
UPDATE kode_avskrivning SET typer = 'IN' WHERE kode IN ('BSS', 'BB', 'BM', 'EP') AND typer = 'IUNX';
ALTER TABLE kode_tilgang DROP COLUMN IF EXISTS offentlig_journal;
ALTER TABLE journalpost DROP COLUMN IF EXISTS krever_godkjenning;
ALTER TABLE avskrivning DROP CONSTRAINT IF EXISTS fk_avskrivning_mottaker_id_bruker, DROP COLUMN IF EXISTS mottaker_id;
CREATE OR REPLACE FUNCTION saksbord_kan_se(kode text, enhet bigint, eier bigint[],
                                           rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT kode IS NULL OR EXISTS (
    SELECT 1 FROM bruker b
    WHERE b.db_rolle = rolle AND b.aktiv AND (
      b.id = ANY (eier)
      OR EXISTS (SELECT 1 FROM bruker_tilgang t
                 WHERE t.bruker_id = b.id AND t.tilgangskode = kode
                   AND (t.enhet_id IS NULL OR t.enhet_id = enhet))
      OR EXISTS (SELECT 1 FROM stedfortreder s
                 WHERE s.stedfortreder_id = b.id AND current_date BETWEEN s.fra AND s.til
                   AND (s.leder_id = ANY (eier)
                        OR (kode = ANY (string_to_array(replace(s.koder, ' ', ''), ','))
                            AND EXISTS (SELECT 1 FROM bruker_tilgang t
                                        WHERE t.bruker_id = s.leder_id AND t.tilgangskode = kode
                                          AND (t.enhet_id IS NULL OR t.enhet_id = enhet)))))))
$$;
"""
