"""PostgreSQL: visibility marks say whom or what they concern, so an access change touches only that

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 06:00:00

Until now every change that may move rows in or out of some user's sight (0005: shielding, owner,
unit, a document unlinked, a code, role or stedfortreder period) left one id-less row in
``saksbord_synlighet``, and every replica then re-checked every id it may see. Now each mark names
what it concerns:

* ``bruker_id``: a user's own access changed (a code, a role, a stedfortreder period, activated or
  deactivated). A change of a user's codes or roles also marks whoever holds their desk today.
  Only that user's replica re-checks its ids.
* ``sak_id``, ``journalpost_id``, ``oppgave_id``, ``dokument_id``: a record's shielding, owner,
  unit, type or task parties changed, or a document was unlinked. Every replica re-checks only
  the rows of that record (the sak with its journalposter and their children).

A user mark is also sent as ``NOTIFY saksbord_synlighet`` with the user's id (a number, no
content), so the application server wakes only that user's clients. Row-level triggers replace
the statement-level ones on bruker_tilgang, bruker_rolle, stedfortreder, bruker and
journalpost_dokument. A mark with no target (from before this revision) still means "re-check
everything".

Frozen: never edit this file; make a new revision.
"""

from alembic import op


revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def _kjor(sql: str) -> None:
    op.get_bind().connection.driver_connection.execute(sql)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _kjor(OPP)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _kjor(NED)


OPP = r"""
ALTER TABLE saksbord_synlighet
  ADD COLUMN IF NOT EXISTS bruker_id bigint, ADD COLUMN IF NOT EXISTS sak_id bigint,
  ADD COLUMN IF NOT EXISTS journalpost_id bigint, ADD COLUMN IF NOT EXISTS oppgave_id bigint,
  ADD COLUMN IF NOT EXISTS dokument_id bigint;

CREATE INDEX IF NOT EXISTS ix_saksbord_synlighet_endringsnr_bruker ON saksbord_synlighet (bruker_id, endringsnr);

-- One mark per transaction and target.
CREATE OR REPLACE FUNCTION saksbord_synlighet_merk(p_bruker bigint, p_sak bigint, p_jp bigint,
                                                   p_oppgave bigint, p_dok bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF p_bruker IS NULL AND p_sak IS NULL AND p_jp IS NULL AND p_oppgave IS NULL AND p_dok IS NULL THEN
    RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM saksbord_synlighet WHERE endringsxid = pg_current_xact_id()
                 AND bruker_id IS NOT DISTINCT FROM p_bruker AND sak_id IS NOT DISTINCT FROM p_sak
                 AND journalpost_id IS NOT DISTINCT FROM p_jp AND oppgave_id IS NOT DISTINCT FROM p_oppgave
                 AND dokument_id IS NOT DISTINCT FROM p_dok) THEN
    INSERT INTO saksbord_synlighet (bruker_id, sak_id, journalpost_id, oppgave_id, dokument_id)
      VALUES (p_bruker, p_sak, p_jp, p_oppgave, p_dok);
    IF p_bruker IS NOT NULL THEN
      PERFORM pg_notify('saksbord_synlighet', p_bruker::text);
    END IF;
  END IF;
END $$;

-- A user's codes or roles changed: that user, and whoever holds their desk today.
CREATE OR REPLACE FUNCTION saksbord_synlighet_bruker(p_bruker bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  sf bigint;
BEGIN
  IF p_bruker IS NULL THEN
    RETURN;
  END IF;
  PERFORM saksbord_synlighet_merk(p_bruker, NULL, NULL, NULL, NULL);
  FOR sf IN SELECT DISTINCT s.stedfortreder_id FROM stedfortreder s
            WHERE s.leder_id = p_bruker AND current_date BETWEEN s.fra AND s.til LOOP
    PERFORM saksbord_synlighet_merk(sf, NULL, NULL, NULL, NULL);
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION saksbord_synlighet_endret() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_TABLE_NAME = 'journalpost' THEN
    -- A new owner or unit matters only for a journalpost shielded by itself or by its sak.
    IF OLD.tilgangskode IS NOT DISTINCT FROM NEW.tilgangskode AND OLD.type = NEW.type
       AND OLD.sak_id = NEW.sak_id AND NEW.tilgangskode IS NULL
       AND NOT EXISTS (SELECT 1 FROM sak WHERE id = NEW.sak_id AND tilgangskode IS NOT NULL) THEN
      RETURN NULL;
    END IF;
    PERFORM saksbord_synlighet_merk(NULL, NULL, NEW.id, NULL, NULL);
  ELSIF TG_TABLE_NAME = 'sak' THEN
    PERFORM saksbord_synlighet_merk(NULL, NEW.id, NULL, NULL, NULL);
  ELSIF TG_TABLE_NAME = 'oppgave' THEN
    PERFORM saksbord_synlighet_merk(NULL, NULL, NULL, NEW.id, NULL);
  ELSIF TG_TABLE_NAME = 'journalpost_dokument' THEN
    PERFORM saksbord_synlighet_merk(NULL, NULL, OLD.journalpost_id, NULL, OLD.dokument_id);
    IF TG_OP = 'UPDATE' THEN
      PERFORM saksbord_synlighet_merk(NULL, NULL, NEW.journalpost_id, NULL, NEW.dokument_id);
    END IF;
  ELSIF TG_TABLE_NAME IN ('bruker_tilgang', 'bruker_rolle') THEN
    IF TG_OP <> 'INSERT' THEN
      PERFORM saksbord_synlighet_bruker(OLD.bruker_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
      PERFORM saksbord_synlighet_bruker(NEW.bruker_id);
    END IF;
  ELSIF TG_TABLE_NAME = 'stedfortreder' THEN
    IF TG_OP <> 'INSERT' THEN
      PERFORM saksbord_synlighet_merk(OLD.stedfortreder_id, NULL, NULL, NULL, NULL);
    END IF;
    IF TG_OP <> 'DELETE' THEN
      PERFORM saksbord_synlighet_merk(NEW.stedfortreder_id, NULL, NULL, NULL, NULL);
    END IF;
  ELSIF TG_TABLE_NAME = 'bruker' THEN
    PERFORM saksbord_synlighet_bruker(NEW.id);
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON journalpost_dokument;
CREATE TRIGGER saksbord_d_synlighet AFTER UPDATE OR DELETE ON journalpost_dokument
  FOR EACH ROW EXECUTE FUNCTION saksbord_synlighet_endret();

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON bruker_tilgang;
CREATE TRIGGER saksbord_d_synlighet AFTER INSERT OR UPDATE OR DELETE ON bruker_tilgang
  FOR EACH ROW EXECUTE FUNCTION saksbord_synlighet_endret();

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON bruker_rolle;
CREATE TRIGGER saksbord_d_synlighet AFTER INSERT OR UPDATE OR DELETE ON bruker_rolle
  FOR EACH ROW EXECUTE FUNCTION saksbord_synlighet_endret();

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON stedfortreder;
CREATE TRIGGER saksbord_d_synlighet AFTER INSERT OR UPDATE OR DELETE ON stedfortreder
  FOR EACH ROW EXECUTE FUNCTION saksbord_synlighet_endret();

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON bruker;
CREATE TRIGGER saksbord_d_synlighet AFTER UPDATE OF aktiv, db_rolle ON bruker
  FOR EACH ROW WHEN (OLD.aktiv IS DISTINCT FROM NEW.aktiv OR OLD.db_rolle IS DISTINCT FROM NEW.db_rolle)
  EXECUTE FUNCTION saksbord_synlighet_endret();
"""

NED = r"""
CREATE OR REPLACE FUNCTION saksbord_synlighet_endret() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_LEVEL = 'ROW' AND TG_TABLE_NAME = 'journalpost' THEN
    -- A new owner or unit matters only for a journalpost shielded by itself or by its sak.
    IF OLD.tilgangskode IS NOT DISTINCT FROM NEW.tilgangskode AND OLD.type = NEW.type
       AND OLD.sak_id = NEW.sak_id AND NEW.tilgangskode IS NULL
       AND NOT EXISTS (SELECT 1 FROM sak WHERE id = NEW.sak_id AND tilgangskode IS NOT NULL) THEN
      RETURN NULL;
    END IF;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM saksbord_synlighet WHERE endringsxid = pg_current_xact_id()) THEN
    INSERT INTO saksbord_synlighet DEFAULT VALUES;
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS saksbord_d_synlighet ON journalpost_dokument;
CREATE TRIGGER saksbord_d_synlighet AFTER UPDATE OR DELETE ON journalpost_dokument FOR EACH STATEMENT EXECUTE FUNCTION saksbord_synlighet_endret();
DROP TRIGGER IF EXISTS saksbord_d_synlighet ON bruker_tilgang;
CREATE TRIGGER saksbord_d_synlighet AFTER INSERT OR UPDATE OR DELETE ON bruker_tilgang FOR EACH STATEMENT EXECUTE FUNCTION saksbord_synlighet_endret();
DROP TRIGGER IF EXISTS saksbord_d_synlighet ON bruker_rolle;
CREATE TRIGGER saksbord_d_synlighet AFTER INSERT OR UPDATE OR DELETE ON bruker_rolle FOR EACH STATEMENT EXECUTE FUNCTION saksbord_synlighet_endret();
DROP TRIGGER IF EXISTS saksbord_d_synlighet ON stedfortreder;
CREATE TRIGGER saksbord_d_synlighet AFTER INSERT OR UPDATE OR DELETE ON stedfortreder FOR EACH STATEMENT EXECUTE FUNCTION saksbord_synlighet_endret();
DROP TRIGGER IF EXISTS saksbord_d_synlighet ON bruker;
CREATE TRIGGER saksbord_d_synlighet AFTER UPDATE OF aktiv, db_rolle ON bruker FOR EACH STATEMENT EXECUTE FUNCTION saksbord_synlighet_endret();

DROP FUNCTION IF EXISTS saksbord_synlighet_bruker(bigint);
DROP FUNCTION IF EXISTS saksbord_synlighet_merk(bigint, bigint, bigint, bigint, bigint);
DROP INDEX IF EXISTS ix_saksbord_synlighet_endringsnr_bruker;
ALTER TABLE saksbord_synlighet DROP COLUMN IF EXISTS bruker_id, DROP COLUMN IF EXISTS sak_id,
  DROP COLUMN IF EXISTS journalpost_id, DROP COLUMN IF EXISTS oppgave_id, DROP COLUMN IF EXISTS dokument_id;
"""
