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


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # The driver connection, so the function text is sent as is.
        bind.connection.driver_connection.execute(OPP_PG + DATA)
        return
    x = bind.exec_driver_sql
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
    x("UPDATE kode_avskrivning SET typer = 'IN' WHERE kode IN ('BSS', 'BB', 'BM', 'EP') AND typer = 'IUNX'")
    for tabell, navn, _type in KOLONNER_SQLITE:
        with op.batch_alter_table(tabell) as batch_op:
            batch_op.drop_column(navn)


OPP_PG = r"""
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
