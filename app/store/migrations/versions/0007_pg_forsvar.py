"""PostgreSQL defends the records itself: locked children, no way back, numbers by function only,
users known to this database only

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 09:00:00

Issue 21 found that a user with their own login and psql could do, in raw SQL, what the services
refuse. The application server takes user logins away; this revision is the defence in depth
for whoever holds a login anyway (the server's included where a rule does not need to know the
acting user):

* Lock triggers on every child of a locked journalpost (F, E, J, A) and of a closed sak (A):
  korrespondansepart (only the address, channel and ekspedert time of a not yet sent mottaker, as
  ekspedering writes them), journalpost_dokument, dokumentbeskrivelse and dokumentobjekt of a
  document linked to a locked post (only an arkivformat variant may be added, once per version,
  and the arkivformat status written), innhold (content-addressed: the checksum must be the
  SHA-256 of the bytes, and bytes are never rewritten), merknad (formal ones may be added, gule on
  F/E as the service allows, and the archive deletes gule at journalføring), avskrivning (added
  freely, a pending BU avskrivning completed once its answer is sent, never rewritten or
  deleted), klassering of a closed sak.
* Journalposter and saker are never deleted (a journalpost is feilregistrert, a sak meldt utgår);
  none is born locked or registered into a closed sak; numbers never change.
* Status moves only forwards (R/S/M → F → E → J → A, and U for feilregistrert). Journalføring,
  arkivering, the archive's feilregistrering of a locked post, every saksstatus change but the
  saksansvarlig's R → U, and the logged reopen (sak A → B with its journalposter A → J) need the
  archive role (or the owner); ferdigstilling and ekspedering need a writer of the post (its
  saksbehandler, saksansvarlig, unit leader, rådmann, the archive) or an approver reached through a
  genuine approval chain, and not while someone else holds the approval task. A sak is closed with
  today's date only, and a sak's document numbers never rewind.
* oppgave: only the recipient answers or reads a task, only the sender deactivates it (until it
  is read), and no one re-addresses it.
* endringslogg: a row is dated now (within a day, for client clocks in another time zone); a
  demo or training database, whose clock the services may set back, is exempt.
* nummerserie: written only by ``saksbord_neste_nummer(serie, aar)`` (SECURITY DEFINER); users
  keep SELECT; the series never rewinds or loses a row.
* Users known to this database only: ``saksbord_er_admin`` is now the owner of the tables (or a
  superuser), never a role this database does not know. Login roles and the ``saksbord_bruker``
  group are cluster objects, so a role made for a training database on the same server is in the
  group here too: a restrictive policy ``saksbord_kjent`` on every table under row-level security,
  and on the user and organisation tables, lets it see and write nothing.

Every statement is idempotent, as 0003-0006 are. Frozen: never edit this file; make a new revision.
"""

from alembic import op


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _kjor(sql: str) -> None:
    # The driver connection, so the plpgsql text (with its %) is sent as is.
    op.get_bind().connection.driver_connection.execute(sql)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _kjor(OPP)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _kjor(NED)


#: Tables under row-level security before this revision, and those it puts there.
_RLS = (
    "sak", "journalpost", "korrespondansepart", "journalpost_dokument", "dokumentbeskrivelse",
    "dokumentobjekt", "innhold", "merknad", "fulltekst", "klassering", "presedens", "avskrivning",
    "kryssreferanse", "oppgave", "endringslogg", "stedfortreder", "mal", "malversjon",
)  # fmt: skip
_NY_RLS = (
    "bruker", "bruker_rolle", "bruker_tilgang", "administrativ_enhet", "innstilling", "arkiv", "arkivdel",
    "nummerserie", "saksbord_slettet",
)  # fmt: skip

#: Child tables and their lock trigger function.
_BARN = (
    ("korrespondansepart", "saksbord_laas_part"),
    ("journalpost_dokument", "saksbord_laas_lenke"),
    ("dokumentbeskrivelse", "saksbord_laas_dokument"),
    ("dokumentobjekt", "saksbord_laas_objekt"),
    ("innhold", "saksbord_laas_innhold"),
    ("merknad", "saksbord_laas_merknad"),
    ("avskrivning", "saksbord_laas_avskrivning"),
    ("klassering", "saksbord_laas_klassering"),
    ("oppgave", "saksbord_laas_oppgave"),
    ("endringslogg", "saksbord_laas_logg"),
    ("nummerserie", "saksbord_laas_nummerserie"),
)

OPP = (
    r"""
-- The owner of the tables (or a superuser): init-db, maintenance, the demo builder. Never a
-- role this database does not know (a login role of another database on the same cluster).
CREATE OR REPLACE FUNCTION saksbord_er_admin(rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT NOT EXISTS (SELECT 1 FROM bruker WHERE db_rolle = rolle)
     AND coalesce(pg_has_role(rolle, (SELECT relowner FROM pg_class WHERE oid = 'bruker'::regclass), 'MEMBER'),
                  false)
$$;

-- A user of this database (active), or the owner.
CREATE OR REPLACE FUNCTION saksbord_kjent(rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM bruker WHERE db_rolle = rolle AND aktiv) OR saksbord_er_admin(rolle)
$$;

-- The archive: the role itself, or today's stedfortreder for an archivist (acting with their roles).
CREATE OR REPLACE FUNCTION saksbord_er_arkiv(rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT saksbord_er_admin(rolle) OR EXISTS (
    SELECT 1 FROM bruker b JOIN bruker_rolle r ON r.bruker_id = b.id AND r.rolle = 'arkiv'
    WHERE b.aktiv AND (b.db_rolle = saksbord_er_arkiv.rolle OR b.id IN (
      SELECT s.leder_id FROM stedfortreder s JOIN bruker meg ON meg.id = s.stedfortreder_id
      WHERE meg.db_rolle = saksbord_er_arkiv.rolle AND meg.aktiv AND current_date BETWEEN s.fra AND s.til)))
$$;

-- 0005's version compared b.db_rolle with the column bruker_rolle.rolle (a column wins over a
-- parameter of the same name in a SQL function), so it was false for everyone.
CREATE OR REPLACE FUNCTION saksbord_har_rolle(navn text, rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM bruker b JOIN bruker_rolle r ON r.bruker_id = b.id
                 WHERE b.db_rolle = saksbord_har_rolle.rolle AND b.aktiv AND r.rolle = navn)
$$;

CREATE OR REPLACE FUNCTION saksbord_er_demo() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce((SELECT verdi = 'ja' FROM innstilling WHERE navn = 'demo'), false)
$$;

-- Status of a row whatever the caller may see (NULL when there is none).
CREATE OR REPLACE FUNCTION saksbord_jp_status(p_jp bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT status FROM journalpost WHERE id = p_jp
$$;

CREATE OR REPLACE FUNCTION saksbord_sak_status(p_sak bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT status FROM sak WHERE id = p_sak
$$;

CREATE OR REPLACE FUNCTION saksbord_jp_laast(p_jp bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce((SELECT status IN ('F', 'E', 'J', 'A') FROM journalpost WHERE id = p_jp), false)
$$;

-- A document linked to any locked journalpost is locked (as the services treat it).
CREATE OR REPLACE FUNCTION saksbord_dok_laast(p_dok bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM journalpost_dokument jd JOIN journalpost j ON j.id = jd.journalpost_id
                 WHERE jd.dokument_id = p_dok AND j.status IN ('F', 'E', 'J', 'A'))
$$;

CREATE OR REPLACE FUNCTION saksbord_godkjenner(p_jp bigint, rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH RECURSIVE ledd AS (
    SELECT o.id, o.fra_id, o.paa_vegne_av_id, o.forrige_id, 0 AS dybde FROM oppgave o
    WHERE o.journalpost_id = p_jp AND o.type = 'godkjenning' AND o.status IN ('aktiv', 'besvart')
      AND saksbord_er_part(ARRAY[o.til_id], rolle)
    UNION ALL
    SELECT f.id, f.fra_id, f.paa_vegne_av_id, f.forrige_id, l.dybde + 1
    FROM ledd l JOIN oppgave f ON f.id = l.forrige_id
    WHERE f.journalpost_id = p_jp AND f.type = 'godkjenning' AND f.svar = 'videresendt'
      AND f.til_id IN (l.fra_id, l.paa_vegne_av_id) AND l.dybde < 100
  )
  SELECT EXISTS (
    SELECT 1 FROM ledd l, journalpost j JOIN sak s ON s.id = j.sak_id
    WHERE j.id = p_jp
      AND (l.fra_id IN (j.saksbehandler_id, j.opprettet_av_id, s.saksansvarlig_id)
           OR l.paa_vegne_av_id IN (j.saksbehandler_id, j.opprettet_av_id, s.saksansvarlig_id)))
$$;

-- May the role finish (F) or send (E) this journalpost? A writer of the post, while no one else
-- holds its approval task, or the recipient of a genuine approval chain: walked back through
-- links each forwarded (videresendt) by the recipient of the one before, to a link sent by the
-- post's saksbehandler, creator or saksansvarlig.
CREATE OR REPLACE FUNCTION saksbord_kan_ferdigstille(p_jp bigint, rolle name DEFAULT current_user)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH j AS (
    SELECT j.*, s.saksansvarlig_id, e.leder_id
    FROM journalpost j JOIN sak s ON s.id = j.sak_id LEFT JOIN administrativ_enhet e ON e.id = j.enhet_id
    WHERE j.id = p_jp
  )
  SELECT saksbord_er_arkiv(rolle) OR EXISTS (
    SELECT 1 FROM j WHERE (
      (saksbord_er_part(ARRAY[j.saksbehandler_id, j.saksansvarlig_id, j.leder_id,
                              CASE WHEN j.saksbehandler_id IS NULL THEN j.opprettet_av_id END], rolle)
       OR saksbord_har_rolle('radmann', rolle))
      AND NOT EXISTS (SELECT 1 FROM oppgave o WHERE o.journalpost_id = j.id AND o.type = 'godkjenning'
                      AND o.status = 'aktiv' AND NOT saksbord_er_part(ARRAY[o.til_id], rolle)))
    OR saksbord_godkjenner(p_jp, rolle))
$$;

-- The only way to a number: the row lock of the UPDATE queues parallel registrations, a rollback
-- returns the number. Users may not write nummerserie themselves.
CREATE OR REPLACE FUNCTION saksbord_neste_nummer(p_serie text, p_aar integer) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  nr integer;
BEGIN
  IF p_serie NOT IN ('sak', 'journal') OR p_aar NOT BETWEEN 1900 AND 9999 THEN
    RAISE EXCEPTION 'Ukjent nummerserie % %', p_serie, p_aar USING ERRCODE = '22023';
  END IF;
  INSERT INTO nummerserie (serie, aar, siste) VALUES (p_serie, p_aar, 0) ON CONFLICT DO NOTHING;
  UPDATE nummerserie SET siste = siste + 1 WHERE serie = p_serie AND aar = p_aar RETURNING siste INTO nr;
  RETURN nr;
END $$;
REVOKE ALL ON FUNCTION saksbord_neste_nummer(text, integer) FROM PUBLIC;

CREATE OR REPLACE FUNCTION saksbord_laas_nummerserie() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF saksbord_vedlikehold() OR TG_OP = 'INSERT' THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' OR NEW.siste < OLD.siste OR (NEW.serie, NEW.aar) IS DISTINCT FROM (OLD.serie, OLD.aar) THEN
    RAISE EXCEPTION 'Nummerserien kan ikke spoles tilbake eller fjernes' USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION saksbord_laas_journalpost() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['status', 'ekspedert_dato', 'journaldato', 'endret', 'versjon', 'endringsnr',
                          'endringsxid', 'restanse', 'forelopig_svar', 'tilgangskode', 'hjemmel',
                          'skjermingsnivaa', 'saksbehandler_id', 'enhet_id'];
  trinn jsonb := '{"R": 0, "S": 0, "M": 0, "F": 1, "E": 2, "J": 3, "A": 4}';
  arkiv boolean;
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('F', 'E', 'J', 'A') OR NOT saksbord_er_admin() THEN
      RAISE EXCEPTION 'En journalpost slettes ikke (status %); den kan feilregistreres', OLD.status
        USING ERRCODE = '55000';
    END IF;
    RETURN OLD;
  END IF;
  arkiv := saksbord_er_arkiv();
  IF TG_OP = 'INSERT' THEN
    IF NEW.status NOT IN ('R', 'S', 'M') THEN
      RAISE EXCEPTION 'En journalpost registreres ikke rett i status %', NEW.status USING ERRCODE = '55000';
    END IF;
    IF saksbord_sak_status(NEW.sak_id) IN ('A', 'U') THEN
      RAISE EXCEPTION 'Saken er avsluttet eller utgått; nye journalposter kan ikke registreres'
        USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.journalaar, NEW.journalsekvensnummer) IS DISTINCT FROM (OLD.journalaar, OLD.journalsekvensnummer) THEN
    RAISE EXCEPTION 'Løpenummeret til en journalpost endres ikke' USING ERRCODE = '55000';
  END IF;
  IF arkiv THEN
    tillatt := tillatt || ARRAY['sak_id', 'dokumentnummer'];  -- the archive moves (saksbord_flytt)
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    IF OLD.status = 'U' THEN
      RAISE EXCEPTION 'Journalposten er feilregistrert; statusen endres ikke' USING ERRCODE = '55000';
    ELSIF NEW.status = 'U' THEN
      IF OLD.status IN ('F', 'E', 'J', 'A') AND NOT arkiv THEN
        RAISE EXCEPTION 'Bare arkivet kan feilregistrere en journalpost i status %', OLD.status
          USING ERRCODE = '42501';
      END IF;
    ELSIF (trinn ->> NEW.status)::int < (trinn ->> OLD.status)::int THEN
      IF NOT (OLD.status = 'A' AND NEW.status = 'J' AND arkiv) THEN  -- the archive reopens the sak
        RAISE EXCEPTION 'Journalposten er låst (status %) og kan ikke settes tilbake til %', OLD.status, NEW.status
          USING ERRCODE = '55000';
      END IF;
    ELSIF NEW.status IN ('J', 'A') THEN
      IF NOT arkiv THEN
        RAISE EXCEPTION 'Bare arkivet kan sette journalstatus %', NEW.status USING ERRCODE = '42501';
      END IF;
      IF NEW.status = 'A' AND OLD.status <> 'J' THEN
        RAISE EXCEPTION 'Bare journalførte journalposter arkiveres' USING ERRCODE = '55000';
      END IF;
    ELSIF NEW.status IN ('F', 'E') AND NOT saksbord_kan_ferdigstille(OLD.id) THEN
      RAISE EXCEPTION 'Bare saksbehandler, saksansvarlig, leder, arkivet eller godkjenneren kan sette status %',
        NEW.status USING ERRCODE = '42501';
    END IF;
  END IF;
  IF OLD.status IN ('F', 'E', 'J', 'A')
     AND (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt) THEN
    RAISE EXCEPTION 'Journalposten er låst (status %); bare status, skjerming og restanse kan endres', OLD.status
      USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_a_laas ON journalpost;
CREATE TRIGGER saksbord_a_laas BEFORE INSERT OR UPDATE OR DELETE ON journalpost
  FOR EACH ROW EXECUTE FUNCTION saksbord_laas_journalpost();

-- Moving between saker (a new sak or document number) is the archive's, never into a closed or
-- withdrawn sak. After the row-level security check, so a sak the user may not see says so first.
CREATE OR REPLACE FUNCTION saksbord_flytt_journalpost() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN NULL;
  END IF;
  IF NOT saksbord_er_arkiv() THEN
    RAISE EXCEPTION 'Bare arkivet flytter journalposter mellom saker' USING ERRCODE = '42501';
  END IF;
  IF NEW.sak_id IS DISTINCT FROM OLD.sak_id AND saksbord_sak_status(NEW.sak_id) IN ('A', 'U') THEN
    RAISE EXCEPTION 'Journalposten kan ikke flyttes til en avsluttet eller utgått sak' USING ERRCODE = '55000';
  END IF;
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS saksbord_e_flytt ON journalpost;
CREATE TRIGGER saksbord_e_flytt AFTER UPDATE ON journalpost FOR EACH ROW
  WHEN ((OLD.sak_id, OLD.dokumentnummer) IS DISTINCT FROM (NEW.sak_id, NEW.dokumentnummer))
  EXECUTE FUNCTION saksbord_flytt_journalpost();

CREATE OR REPLACE FUNCTION saksbord_laas_sak() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['endret', 'versjon', 'endringsnr', 'endringsxid', 'tilgangskode', 'hjemmel',
                          'skjermingsnivaa', 'avslutning_bedt', 'status', 'avsluttet_dato'];
  arkiv boolean;
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'A' OR NOT saksbord_er_admin() THEN
      RAISE EXCEPTION 'En sak slettes ikke; arkivet kan sette den utgått' USING ERRCODE = '55000';
    END IF;
    RETURN OLD;
  END IF;
  arkiv := saksbord_er_arkiv();
  IF TG_OP = 'INSERT' THEN
    IF NEW.status NOT IN ('R', 'B') OR (NEW.status = 'B' AND NOT arkiv) THEN
      RAISE EXCEPTION 'En ny sak får ikke status %', NEW.status USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW.saksaar, NEW.sakssekvensnummer) IS DISTINCT FROM (OLD.saksaar, OLD.sakssekvensnummer) THEN
    RAISE EXCEPTION 'Saksnummeret endres ikke' USING ERRCODE = '55000';
  END IF;
  IF NEW.siste_dokumentnummer < OLD.siste_dokumentnummer THEN
    RAISE EXCEPTION 'Sakens dokumentnummer kan ikke spoles tilbake' USING ERRCODE = '55000';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    IF NOT arkiv AND NOT (OLD.status = 'R' AND NEW.status = 'U'
                          AND saksbord_er_part(ARRAY[OLD.saksansvarlig_id])) THEN
      RAISE EXCEPTION 'Bare arkivet kan endre saksstatus fra % til %', OLD.status, NEW.status
        USING ERRCODE = '42501';
    END IF;
    IF NEW.status = 'A' AND NOT saksbord_er_demo()
       AND (NEW.avsluttet_dato IS NULL OR NEW.avsluttet_dato NOT BETWEEN current_date - 1 AND current_date + 1) THEN
      RAISE EXCEPTION 'En sak avsluttes med dagens dato, ikke %', NEW.avsluttet_dato USING ERRCODE = '55000';
    END IF;
  END IF;
  IF OLD.status = 'A' AND ((to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt)
                           OR (NEW.status = 'A' AND NEW.avsluttet_dato IS DISTINCT FROM OLD.avsluttet_dato)) THEN
    RAISE EXCEPTION 'Saken er avsluttet; bare arkivet kan gjenåpne den (statusendring)' USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_a_laas ON sak;
CREATE TRIGGER saksbord_a_laas BEFORE INSERT OR UPDATE OR DELETE ON sak
  FOR EACH ROW EXECUTE FUNCTION saksbord_laas_sak();

-- Parties: on an F/E post only a not yet sent mottaker's address, channel and send time (ekspedering).
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

CREATE OR REPLACE FUNCTION saksbord_laas_lenke() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF (TG_OP IN ('UPDATE', 'DELETE') AND saksbord_jp_laast(OLD.journalpost_id))
     OR (TG_OP IN ('INSERT', 'UPDATE') AND saksbord_jp_laast(NEW.journalpost_id)) THEN
    RAISE EXCEPTION 'Journalposten er låst; dokumentene kan ikke kobles til eller fra' USING ERRCODE = '55000';
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;

-- A locked document: only the arkivformat status, and ending a checkout.
CREATE OR REPLACE FUNCTION saksbord_laas_dokument() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['arkivstatus', 'arkivfeil', 'endringsnr', 'endringsxid'];
BEGIN
  IF saksbord_vedlikehold() OR NOT saksbord_dok_laast(OLD.id) THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.utsjekket_av_id IS NULL AND NEW.utsjekket IS NULL THEN
    tillatt := tillatt || ARRAY['utsjekket_av_id', 'utsjekket'];
  END IF;
  IF TG_OP = 'DELETE' OR (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt) THEN
    RAISE EXCEPTION 'Dokumentet hører til en låst journalpost og kan ikke endres' USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;

-- A locked document's files: one arkivformat per version may be added, nothing rewritten.
CREATE OR REPLACE FUNCTION saksbord_laas_objekt() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND saksbord_dok_laast(OLD.dokument_id) THEN
    RAISE EXCEPTION 'Dokumentet hører til en låst journalpost; filene kan ikke endres' USING ERRCODE = '55000';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND saksbord_dok_laast(NEW.dokument_id) THEN
    IF TG_OP = 'UPDATE' OR NEW.variantformat <> 'arkivformat' OR EXISTS (
         SELECT 1 FROM dokumentobjekt o WHERE o.dokument_id = NEW.dokument_id
           AND o.variantformat = 'arkivformat' AND o.versjonsnummer = NEW.versjonsnummer) THEN
      RAISE EXCEPTION 'Dokumentet hører til en låst journalpost; bare arkivformat kan legges til'
        USING ERRCODE = '55000';
    END IF;
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;

-- Content is addressed by its SHA-256: stored bytes match their checksum and are never rewritten.
CREATE OR REPLACE FUNCTION saksbord_laas_innhold() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;  -- a file still in use is kept by its foreign key
  END IF;
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'Lagret innhold endres ikke' USING ERRCODE = '55000';
  END IF;
  IF NEW.sjekksum <> encode(sha256(NEW.data), 'hex') OR NEW.storrelse <> length(NEW.data) THEN
    RAISE EXCEPTION 'Sjekksummen eller størrelsen stemmer ikke med innholdet' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;

-- Merknader on a locked post or closed sak: formal ones may be added (gule on F/E, as the service
-- allows); the archive deletes gule at journalføring; none is rewritten.
CREATE OR REPLACE FUNCTION saksbord_laas_merknad() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND (saksbord_jp_laast(OLD.journalpost_id)
                                       OR saksbord_sak_status(OLD.sak_id) = 'A') THEN
    IF NOT (TG_OP = 'DELETE' AND OLD.type = 'gul' AND OLD.sak_id IS NULL AND saksbord_er_arkiv()) THEN
      RAISE EXCEPTION 'Merknaden hører til en låst journalpost eller avsluttet sak og kan ikke endres'
        USING ERRCODE = '55000';
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF (saksbord_jp_laast(NEW.journalpost_id) AND NEW.type <> 'formell'
        AND NOT (NEW.type = 'gul' AND saksbord_jp_status(NEW.journalpost_id) IN ('F', 'E')))
       OR (saksbord_sak_status(NEW.sak_id) = 'A' AND NEW.type <> 'formell') THEN
      RAISE EXCEPTION 'Bare formelle merknader kan legges til her' USING ERRCODE = '55000';
    END IF;
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;

-- Avskrivninger: added freely (restanser of journalførte posts are cleared); on a locked post a
-- pending one is completed once, when its answer has been sent; none is rewritten or deleted.
CREATE OR REPLACE FUNCTION saksbord_laas_avskrivning() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['ventende', 'dato', 'endringsnr', 'endringsxid'];
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF saksbord_jp_status(NEW.journalpost_id) = 'A' THEN
      RAISE EXCEPTION 'Journalposten er arkivert' USING ERRCODE = '55000';
    END IF;
    RETURN NEW;
  END IF;
  IF saksbord_jp_laast(OLD.journalpost_id) THEN
    IF TG_OP = 'DELETE' OR NOT OLD.ventende OR NEW.ventende OR NEW.dato IS NULL
       OR coalesce(saksbord_jp_status(OLD.svar_journalpost_id), '') NOT IN ('E', 'J', 'A')
       OR (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt) THEN
      RAISE EXCEPTION 'Avskrivningen hører til en låst journalpost og kan ikke endres' USING ERRCODE = '55000';
    END IF;
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;

CREATE OR REPLACE FUNCTION saksbord_laas_klassering() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF saksbord_vedlikehold() THEN
    RETURN coalesce(NEW, OLD);
  END IF;
  IF (TG_OP IN ('UPDATE', 'DELETE') AND saksbord_sak_status(OLD.sak_id) = 'A')
     OR (TG_OP IN ('INSERT', 'UPDATE') AND saksbord_sak_status(NEW.sak_id) = 'A') THEN
    RAISE EXCEPTION 'Saken er avsluttet; klasseringen kan ikke endres' USING ERRCODE = '55000';
  END IF;
  RETURN coalesce(NEW, OLD);
END $$;

-- Tasks: the recipient reads and answers (the archive for its own queue), once; the sender
-- deactivates until it is read; no one re-addresses a task.
CREATE OR REPLACE FUNCTION saksbord_laas_oppgave() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  mottaker boolean;
BEGIN
  IF saksbord_vedlikehold() OR saksbord_er_admin() THEN
    RETURN NEW;
  END IF;
  IF (NEW.til_id, NEW.type) IS DISTINCT FROM (OLD.til_id, OLD.type) THEN
    RAISE EXCEPTION 'En oppgave kan ikke sendes om til en annen eller endre type' USING ERRCODE = '55000';
  END IF;
  mottaker := saksbord_er_part(ARRAY[OLD.til_id])
              OR (OLD.type IN ('dokumentsenter', 'avslutt-sak') AND saksbord_er_arkiv());
  IF (NEW.svar, NEW.besvart) IS DISTINCT FROM (OLD.svar, OLD.besvart)
     OR (NEW.status = 'besvart' AND OLD.status <> 'besvart') THEN
    IF NOT mottaker OR OLD.status = 'besvart' THEN
      RAISE EXCEPTION 'Bare mottakeren kan besvare oppgaven, og bare én gang' USING ERRCODE = '42501';
    END IF;
  END IF;
  IF NEW.lest IS DISTINCT FROM OLD.lest AND NOT mottaker THEN
    RAISE EXCEPTION 'Bare mottakeren leser oppgaven' USING ERRCODE = '42501';
  END IF;
  IF NEW.status = 'deaktivert' AND OLD.status <> 'deaktivert'
     AND (OLD.lest IS NOT NULL OR NOT saksbord_er_part(ARRAY[OLD.fra_id, OLD.paa_vegne_av_id])) THEN
    RAISE EXCEPTION 'Bare avsenderen kan deaktivere oppgaven, og bare før den er lest' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;

-- Log rows are dated now (a day's slack for a client clock in another time zone).
CREATE OR REPLACE FUNCTION saksbord_laas_logg() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF saksbord_vedlikehold() OR saksbord_er_demo() THEN
    RETURN NEW;
  END IF;
  IF NEW.tid IS NULL OR NEW.tid NOT BETWEEN localtimestamp - interval '1 day' AND localtimestamp + interval '1 day' THEN
    RAISE EXCEPTION 'Endringsloggen dateres nå, ikke %', NEW.tid USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;
"""
    + "".join(
        f"""
DROP TRIGGER IF EXISTS saksbord_a_laas ON {tabell};
CREATE TRIGGER saksbord_a_laas BEFORE {"INSERT" if tabell == "endringslogg" else "UPDATE" if tabell == "oppgave" else "INSERT OR UPDATE OR DELETE"} ON {tabell}
  FOR EACH ROW EXECUTE FUNCTION {funksjon}();
"""
        for tabell, funksjon in _BARN
    )
    + r"""
-- A link may only name a document its writer can already see (no reading shielded content by
-- linking its id to one's own journalpost, even in a transaction rolled back).
-- The document's own read rule (its creator, or a link to a journalpost the role sees), as a
-- function: a policy on journalpost_dokument may not read dokumentbeskrivelse, whose policy reads it.
CREATE OR REPLACE FUNCTION saksbord_dok_synlig(p_dok bigint, rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM dokumentbeskrivelse d
                 WHERE d.id = p_dok AND d.opprettet_av_id = saksbord_bruker_id(saksbord_dok_synlig.rolle))
      OR EXISTS (SELECT 1 FROM journalpost_dokument jd JOIN journalpost j ON j.id = jd.journalpost_id
                 WHERE jd.dokument_id = p_dok
                   AND saksbord_kan_se_jp(j.tilgangskode, j.type, j.sak_id, j.enhet_id, j.saksbehandler_id,
                                          saksbord_dok_synlig.rolle))
$$;
DROP POLICY IF EXISTS saksbord_dokument_synlig ON journalpost_dokument;
CREATE POLICY saksbord_dokument_synlig ON journalpost_dokument AS RESTRICTIVE FOR INSERT
  WITH CHECK (saksbord_dok_synlig(dokument_id));
DROP POLICY IF EXISTS saksbord_dokument_synlig_endre ON journalpost_dokument;
CREATE POLICY saksbord_dokument_synlig_endre ON journalpost_dokument AS RESTRICTIVE FOR UPDATE
  USING (true) WITH CHECK (saksbord_dok_synlig(dokument_id));

DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'saksbord_bruker') THEN
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON nummerserie FROM saksbord_bruker;  -- SELECT stays
    GRANT EXECUTE ON FUNCTION saksbord_neste_nummer(text, integer) TO saksbord_bruker;
  END IF;
END $$;
"""
    + "".join(
        f"""
DROP POLICY IF EXISTS saksbord_kjent ON {t};
CREATE POLICY saksbord_kjent ON {t} AS RESTRICTIVE FOR ALL USING (saksbord_kjent()) WITH CHECK (saksbord_kjent());
"""
        for t in _RLS
    )
    + "".join(
        f"""
ALTER TABLE {t} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS saksbord_kjent ON {t};
CREATE POLICY saksbord_kjent ON {t} FOR SELECT USING (saksbord_kjent());
"""
        for t in _NY_RLS
    )
)

NED = (
    "".join(f"\nDROP POLICY IF EXISTS saksbord_kjent ON {t};\n" for t in _RLS)
    + "".join(
        f"\nDROP POLICY IF EXISTS saksbord_kjent ON {t};\nALTER TABLE {t} DISABLE ROW LEVEL SECURITY;\n"
        for t in _NY_RLS
    )
    + "".join(
        f"\nDROP TRIGGER IF EXISTS saksbord_a_laas ON {t};\nDROP FUNCTION IF EXISTS {f}();\n" for t, f in _BARN
    )
    + r"""
DROP POLICY IF EXISTS saksbord_dokument_synlig ON journalpost_dokument;
DROP POLICY IF EXISTS saksbord_dokument_synlig_endre ON journalpost_dokument;
DROP TRIGGER IF EXISTS saksbord_e_flytt ON journalpost;
DROP FUNCTION IF EXISTS saksbord_flytt_journalpost();
DROP FUNCTION IF EXISTS saksbord_neste_nummer(text, integer);
DROP FUNCTION IF EXISTS saksbord_dok_synlig(bigint, name);
DROP FUNCTION IF EXISTS saksbord_kan_ferdigstille(bigint, name);
DROP FUNCTION IF EXISTS saksbord_godkjenner(bigint, name);
DROP FUNCTION IF EXISTS saksbord_dok_laast(bigint);
DROP FUNCTION IF EXISTS saksbord_jp_laast(bigint);
DROP FUNCTION IF EXISTS saksbord_sak_status(bigint);
DROP FUNCTION IF EXISTS saksbord_jp_status(bigint);
DROP FUNCTION IF EXISTS saksbord_er_demo();
DROP FUNCTION IF EXISTS saksbord_er_arkiv(name);
DROP FUNCTION IF EXISTS saksbord_kjent(name);

-- 0005 as it shipped.
CREATE OR REPLACE FUNCTION saksbord_har_rolle(navn text, rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM bruker b JOIN bruker_rolle r ON r.bruker_id = b.id
                 WHERE b.db_rolle = rolle AND b.aktiv AND r.rolle = navn)
$$;

CREATE OR REPLACE FUNCTION saksbord_er_admin(rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT NOT EXISTS (SELECT 1 FROM bruker WHERE db_rolle = rolle)
$$;

CREATE OR REPLACE FUNCTION saksbord_laas_journalpost() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['status', 'ekspedert_dato', 'journaldato', 'endret', 'versjon', 'endringsnr',
                          'endringsxid', 'restanse', 'forelopig_svar', 'tilgangskode', 'hjemmel',
                          'skjermingsnivaa', 'saksbehandler_id', 'enhet_id'];
BEGIN
  IF OLD.status NOT IN ('F', 'E', 'J', 'A') OR saksbord_vedlikehold() THEN
    RETURN NEW;
  END IF;
  IF NEW.status IN ('R', 'S', 'M') THEN
    RAISE EXCEPTION 'Journalposten er låst (status %) og kan ikke settes tilbake til %', OLD.status, NEW.status
      USING ERRCODE = '55000';
  END IF;
  IF saksbord_er_admin() OR saksbord_har_rolle('arkiv') THEN
    tillatt := tillatt || ARRAY['sak_id', 'dokumentnummer'];  -- the archive moves locked journalposter
  END IF;
  IF (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt) THEN
    RAISE EXCEPTION 'Journalposten er låst (status %); bare status, skjerming og restanse kan endres', OLD.status
      USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION saksbord_laas_sak() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tillatt text[] := ARRAY['endret', 'versjon', 'endringsnr', 'endringsxid', 'tilgangskode', 'hjemmel',
                          'skjermingsnivaa', 'avslutning_bedt', 'status', 'avsluttet_dato'];
BEGIN
  IF OLD.status <> 'A' OR saksbord_vedlikehold() THEN
    RETURN NEW;
  END IF;
  IF (to_jsonb(NEW) - tillatt) IS DISTINCT FROM (to_jsonb(OLD) - tillatt)
     OR (NEW.status = 'A' AND NEW.avsluttet_dato IS DISTINCT FROM OLD.avsluttet_dato) THEN
    RAISE EXCEPTION 'Saken er avsluttet; bare arkivet kan gjenåpne den (statusendring)' USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS saksbord_a_laas ON journalpost;
CREATE TRIGGER saksbord_a_laas BEFORE UPDATE ON journalpost FOR EACH ROW EXECUTE FUNCTION saksbord_laas_journalpost();
DROP TRIGGER IF EXISTS saksbord_a_laas ON sak;
CREATE TRIGGER saksbord_a_laas BEFORE UPDATE ON sak FOR EACH ROW EXECUTE FUNCTION saksbord_laas_sak();
"""
)
