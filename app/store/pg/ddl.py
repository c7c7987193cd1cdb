"""The PostgreSQL objects that make the shared database enforce access and feed the replicas.

Three groups, all idempotent (``CREATE OR REPLACE`` / ``IF NOT EXISTS``):

* change tracking: every synced table gets ``endringsnr`` (from one sequence) and
  ``endringsxid`` (the writing transaction) set by a row trigger that also sends
  ``NOTIFY saksbord_endring``; deletes leave a row in ``saksbord_slettet``. Every role may
  LISTEN, and RLS does not filter notifications, so the payload is only the table name
  (``{"tabell": "sak"}``): a wake-up, never an id or content of a row; the pull then reads
  through RLS. Identical payloads in one transaction arrive once.
* access: ``saksbord_kan_se(kode, enhet, eier)`` (SECURITY DEFINER) decides from the
  connected role's bruker, its codes, its stedfortreder periods and ownership; the
  row-level security policies on the tables that carry shielded data call it, for reading and
  for every row written (a row may only be written where its sak/journalpost is visible).
  Rows that name their author (endringslogg, oppgave, merknad, avskrivning, presedens) are
  also checked against the connected role: a user writes only as themselves, on behalf of
  a leader only within a stedfortreder period, and never re-credits a stored row.
* locking: a trigger refuses edits of journalposter in F/E/J/A and of closed saker,
  except the columns the services may still change.

Roles and grants are cluster objects and live in :mod:`app.store.pg.roller`.
"""

from __future__ import annotations

from sqlalchemy import Connection

from app.store import fulltekst
from app.store.models import Base

KANAL = "saksbord_endring"
SEKVENS = "saksbord_endringsnr"
SLETTET = "saksbord_slettet"
#: One row (no ids) per transaction that may have changed who sees what; the pull then re-checks ids.
SYNLIGHET = "saksbord_synlighet"
#: Request ids of replayed outbox entries, written in the same transaction as the action itself.
UTFORT = "utfort_foresporsel"
#: … kept this long: a replay after a crash comes on the next start, not months later.
UTFORT_DAGER = 90

#: Tables pulled into the replicas, with their primary key columns. nummerserie stays on the server.
SYNK_TABELLER: dict[str, tuple[str, ...]] = {
    t.name: tuple(c.name for c in t.primary_key)
    for t in Base.metadata.sorted_tables
    if t.name != "nummerserie"
}
SYNK_TABELLER["fulltekst"] = ("id",)

#: Tables carrying shielded content, and the visibility rule each row must pass.
_SYNLIG = {
    "sak": "tilgangskode IS NULL OR saksbord_kan_se(tilgangskode, enhet_id, ARRAY[saksansvarlig_id])",
    "journalpost": "saksbord_kan_se_jp(tilgangskode, type, sak_id, enhet_id, saksbehandler_id)",
    "korrespondansepart": "EXISTS (SELECT 1 FROM journalpost j WHERE j.id = korrespondansepart.journalpost_id)",
    "journalpost_dokument": "EXISTS (SELECT 1 FROM journalpost j WHERE j.id = journalpost_dokument.journalpost_id)",
    "dokumentbeskrivelse": (
        "opprettet_av_id = saksbord_bruker_id() OR EXISTS "
        "(SELECT 1 FROM journalpost_dokument jd WHERE jd.dokument_id = dokumentbeskrivelse.id)"
    ),
    "dokumentobjekt": "EXISTS (SELECT 1 FROM dokumentbeskrivelse d WHERE d.id = dokumentobjekt.dokument_id)",
    "innhold": (
        "EXISTS (SELECT 1 FROM dokumentobjekt o WHERE o.sjekksum = innhold.sjekksum) "
        "OR NOT saksbord_innhold_brukt(sjekksum)"
    ),
    "merknad": (
        "(sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = merknad.sak_id)) AND "
        "(journalpost_id IS NULL OR EXISTS (SELECT 1 FROM journalpost j WHERE j.id = merknad.journalpost_id))"
    ),
    "fulltekst": "EXISTS (SELECT 1 FROM journalpost j WHERE j.id = fulltekst.journalpost_id)",
    # gnr/bnr, K-codes, names: as shielded as the sak.
    "klassering": "EXISTS (SELECT 1 FROM sak s WHERE s.id = klassering.sak_id)",
    "presedens": "EXISTS (SELECT 1 FROM sak s WHERE s.id = presedens.sak_id)",
    "avskrivning": "EXISTS (SELECT 1 FROM journalpost j WHERE j.id = avskrivning.journalpost_id)",
    # Both ends: a reference must not reveal that a shielded sak/journalpost exists or what it is.
    "kryssreferanse": (
        "EXISTS (SELECT 1 FROM sak s WHERE s.id = kryssreferanse.fra_sak_id) AND "
        "(til_sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = kryssreferanse.til_sak_id)) AND "
        "(til_journalpost_id IS NULL OR EXISTS "
        "(SELECT 1 FROM journalpost j WHERE j.id = kryssreferanse.til_journalpost_id))"
    ),
    # A task on a record the user may not see: only its sender, recipient (or their stedfortreder
    # for the period) and, for the document centre's queue, the archive — as the services decide.
    "oppgave": (
        "saksbord_er_part(ARRAY[fra_id, til_id, paa_vegne_av_id]) "
        "OR (type IN ('dokumentsenter', 'avslutt-sak') AND saksbord_har_rolle('arkiv')) "
        "OR ((journalpost_id IS NULL OR EXISTS (SELECT 1 FROM journalpost j WHERE j.id = oppgave.journalpost_id)) "
        "AND (sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = oppgave.sak_id)))"
    ),
    # fra/til hold titles, names and merknader: only rows about records the user may see, and
    # rows about the user themselves. Rows the current transaction wrote stay readable to it
    # (INSERT … RETURNING checks the new row against this rule; "oppgave lest" on a shielded
    # task is logged by a recipient who may not see the journalpost).
    "endringslogg": (
        "endringsxid = pg_current_xact_id_if_assigned() "
        "OR (entitet = 'bruker' AND entitet_id = saksbord_bruker_id()) "
        "OR (entitet <> 'bruker' "
        "AND (sak_id IS NULL OR EXISTS (SELECT 1 FROM sak s WHERE s.id = endringslogg.sak_id)) "
        "AND (journalpost_id IS NULL OR EXISTS (SELECT 1 FROM journalpost j WHERE j.id = endringslogg.journalpost_id)))"
    ),
}

#: Tables under row-level security: rows there can appear and disappear for a user without changing.
SKJERMEDE_TABELLER = tuple(_SYNLIG)

_SAK_SYNLIG = "EXISTS (SELECT 1 FROM sak s WHERE s.id = {t}.sak_id)"
_JP_SYNLIG = "EXISTS (SELECT 1 FROM journalpost j WHERE j.id = {t}.journalpost_id)"

#: What a new or changed row must pass (INSERT and UPDATE): its parent sak/journalpost visible to
#: the user by the same rules as reading (the subqueries run under the parents' RLS). For most
#: tables that is the reading rule itself; these differ. (An UPDATE with a WHERE also checks the
#: new row against the reading rule: PostgreSQL applies the SELECT policy to it.)
_SKRIV = {
    # The row itself, and the sak it lies in: no journalpost registered in, or moved into, a sak
    # the user cannot see (the user may still see an S post or their own post in such a sak).
    "journalpost": f"({_SYNLIG['journalpost']}) AND {_SAK_SYNLIG.format(t='journalpost')}",
    # The sender must see what the task is about; the recipient (who may not) and the archive's
    # queue may still change the task (read, answer, remove) as long as it keeps pointing at the
    # same journalpost and sak (saksbord_oppgave_uendret compares with the stored row).
    "oppgave": (
        f"((journalpost_id IS NULL OR {_JP_SYNLIG.format(t='oppgave')}) "
        f"AND (sak_id IS NULL OR {_SAK_SYNLIG.format(t='oppgave')})) "
        "OR ((saksbord_er_part(ARRAY[fra_id, til_id, paa_vegne_av_id]) "
        "OR (type IN ('dokumentsenter', 'avslutt-sak') AND saksbord_har_rolle('arkiv'))) "
        "AND saksbord_oppgave_uendret(id, journalpost_id, sak_id))"
    ),
    # Not "written by this transaction" (always true for a new row): the sak and journalpost the
    # row is about must be visible, or it is about a task the user may see and names only that
    # task's own journalpost/sak ("oppgave lest" by a recipient who cannot see the journalpost).
    "endringslogg": (
        f"((sak_id IS NULL OR {_SAK_SYNLIG.format(t='endringslogg')}) "
        f"AND (journalpost_id IS NULL OR {_JP_SYNLIG.format(t='endringslogg')})) "
        "OR (entitet = 'oppgave' AND EXISTS (SELECT 1 FROM oppgave o WHERE o.id = endringslogg.entitet_id "
        "AND (endringslogg.journalpost_id IS NULL OR endringslogg.journalpost_id = o.journalpost_id) "
        "AND (endringslogg.sak_id IS NULL OR endringslogg.sak_id = o.sak_id)))"
    ),
}

#: Who wrote the row: (author column, on-behalf-of column or None). On INSERT the author must be
#: the connected user (``saksbord_bruker_id()``) and the on-behalf-of leader one whose desk the
#: user holds today (or NULL); on UPDATE both must stay as stored (a task's recipient answers and
#: removes it, the archive ekspederer a waiting avskrivning: neither becomes its author).
#: endringslogg is append-only (no UPDATE grant), so only its INSERT is checked.
_FORFATTER: dict[str, tuple[str, str | None]] = {
    "endringslogg": ("bruker_id", "paa_vegne_av_id"),
    "oppgave": ("fra_id", "paa_vegne_av_id"),
    "merknad": ("av_id", None),
    "avskrivning": ("av_id", None),
    "presedens": ("av_id", None),
}

_FUNKSJONER = r"""
CREATE OR REPLACE FUNCTION saksbord_bruker_id(rolle name DEFAULT current_user) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id FROM bruker WHERE db_rolle = rolle AND aktiv
$$;

CREATE OR REPLACE FUNCTION saksbord_har_rolle(navn text, rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM bruker b JOIN bruker_rolle r ON r.bruker_id = b.id
                 WHERE b.db_rolle = rolle AND b.aktiv AND r.rolle = navn)
$$;

-- True for a connection that is not an app user (the owner, init-db, maintenance).
CREATE OR REPLACE FUNCTION saksbord_er_admin(rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT NOT EXISTS (SELECT 1 FROM bruker WHERE db_rolle = rolle)
$$;

-- May the role see content shielded with `kode` in unit `enhet`, owned by `eier`?
-- Exact code; a unit-limited grant only within that unit; codes granted in an active
-- stedfortreder period (and held by the leader); the record's own saksbehandler/saksansvarlig.
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

-- A journalpost's own code, else its sak's (saksframlegg S are public by default).
CREATE OR REPLACE FUNCTION saksbord_kan_se_jp(kode text, jptype text, sak bigint, enhet bigint, sbh bigint,
                                              rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE
    WHEN kode IS NOT NULL THEN saksbord_kan_se(kode, enhet, ARRAY[sbh, s.saksansvarlig_id], rolle)
    WHEN jptype = 'S' OR s.tilgangskode IS NULL THEN true
    ELSE saksbord_kan_se(s.tilgangskode, enhet, ARRAY[sbh, s.saksansvarlig_id], rolle)
  END
  FROM sak s WHERE s.id = sak
$$;

-- Is the role one of these users, or an active stedfortreder for one of them (their desk)?
CREATE OR REPLACE FUNCTION saksbord_er_part(ider bigint[], rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM bruker b
    WHERE b.db_rolle = rolle AND b.aktiv AND (
      b.id = ANY (ider)
      OR EXISTS (SELECT 1 FROM stedfortreder s
                 WHERE s.stedfortreder_id = b.id AND current_date BETWEEN s.fra AND s.til
                   AND s.leder_id = ANY (ider))))
$$;

-- Does the stored task still point at this journalpost and sak? (A party may change a task
-- about a record they cannot see, but not re-point it.) Reads the row as it was before the UPDATE.
CREATE OR REPLACE FUNCTION saksbord_oppgave_uendret(p_oppgave bigint, p_jp bigint, p_sak bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM oppgave o WHERE o.id = p_oppgave AND o.journalpost_id IS NOT DISTINCT FROM p_jp
                 AND o.sak_id IS NOT DISTINCT FROM p_sak)
$$;

-- Is the role this author, and (if given) an active stedfortreder today for `paa_vegne`?
CREATE OR REPLACE FUNCTION saksbord_er_forfatter(forfatter bigint, paa_vegne bigint DEFAULT NULL,
                                                 rolle name DEFAULT current_user) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM bruker b
    WHERE b.db_rolle = rolle AND b.aktiv AND b.id = forfatter
      AND (paa_vegne IS NULL
           OR EXISTS (SELECT 1 FROM stedfortreder s
                      WHERE s.stedfortreder_id = b.id AND s.leder_id = paa_vegne
                        AND current_date BETWEEN s.fra AND s.til)))
$$;

-- Does the stored row still name this author (and on-behalf-of leader)? Like
-- saksbord_oppgave_uendret it reads the row as it was before the UPDATE.
CREATE OR REPLACE FUNCTION saksbord_forfatter_uendret(tabell text, rad bigint, forfatter bigint,
                                                      paa_vegne bigint DEFAULT NULL) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE tabell
    WHEN 'oppgave' THEN EXISTS (SELECT 1 FROM oppgave o WHERE o.id = rad AND o.fra_id = forfatter
                                AND o.paa_vegne_av_id IS NOT DISTINCT FROM paa_vegne)
    WHEN 'merknad' THEN EXISTS (SELECT 1 FROM merknad m WHERE m.id = rad AND m.av_id = forfatter)
    WHEN 'avskrivning' THEN EXISTS (SELECT 1 FROM avskrivning a WHERE a.id = rad AND a.av_id = forfatter)
    WHEN 'presedens' THEN EXISTS (SELECT 1 FROM presedens p WHERE p.id = rad AND p.av_id = forfatter)
    ELSE false
  END
$$;

CREATE OR REPLACE FUNCTION saksbord_innhold_brukt(sum text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM dokumentobjekt WHERE sjekksum = sum)
$$;

-- Maintenance by a superuser that sets saksbord.vedlikehold = 'ja' may change locked rows.
CREATE OR REPLACE FUNCTION saksbord_vedlikehold() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('saksbord.vedlikehold', true), '') = 'ja'
         AND (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
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

CREATE OR REPLACE FUNCTION saksbord_slettet_rad() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  nokkel jsonb := (SELECT jsonb_object_agg(k, to_jsonb(OLD) -> k) FROM unnest(TG_ARGV) AS k);
  nr bigint := nextval('saksbord_endringsnr');
BEGIN
  INSERT INTO saksbord_slettet (tabell, nokkel, endringsnr) VALUES (TG_TABLE_NAME, nokkel, nr);
  PERFORM pg_notify('saksbord_endring', '{"tabell": "' || TG_TABLE_NAME || '"}');
  RETURN OLD;
END $$;
"""


_SYNLIGHET_FUNKSJON = r"""
-- A change that may move rows in or out of some user's sight (shielding, owner, unit, a
-- journalpost moved, a document unlinked, a code or stedfortreder period granted or revoked)
-- leaves one id-less row per transaction; the replicas then re-check which ids they may see.
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
"""

#: (table, trigger timing/level/condition) for :data:`_SYNLIGHET_FUNKSJON`.
_SYNLIGHET_UTLOSERE = {
    "sak": "AFTER UPDATE ON sak FOR EACH ROW WHEN (OLD.tilgangskode IS DISTINCT FROM NEW.tilgangskode "
    "OR OLD.saksansvarlig_id IS DISTINCT FROM NEW.saksansvarlig_id OR OLD.enhet_id IS DISTINCT FROM NEW.enhet_id)",
    "journalpost": "AFTER UPDATE ON journalpost FOR EACH ROW WHEN (OLD.tilgangskode IS DISTINCT FROM "
    "NEW.tilgangskode OR OLD.type IS DISTINCT FROM NEW.type OR OLD.sak_id IS DISTINCT FROM NEW.sak_id "
    "OR OLD.saksbehandler_id IS DISTINCT FROM NEW.saksbehandler_id OR OLD.enhet_id IS DISTINCT FROM NEW.enhet_id)",
    "oppgave": "AFTER UPDATE ON oppgave FOR EACH ROW WHEN ((OLD.fra_id, OLD.til_id, OLD.paa_vegne_av_id, "
    "OLD.journalpost_id, OLD.sak_id, OLD.type) IS DISTINCT FROM (NEW.fra_id, NEW.til_id, NEW.paa_vegne_av_id, "
    "NEW.journalpost_id, NEW.sak_id, NEW.type))",
    "journalpost_dokument": "AFTER UPDATE OR DELETE ON journalpost_dokument FOR EACH STATEMENT",
    "bruker_tilgang": "AFTER INSERT OR UPDATE OR DELETE ON bruker_tilgang FOR EACH STATEMENT",
    "bruker_rolle": "AFTER INSERT OR UPDATE OR DELETE ON bruker_rolle FOR EACH STATEMENT",
    "stedfortreder": "AFTER INSERT OR UPDATE OR DELETE ON stedfortreder FOR EACH STATEMENT",
    "bruker": "AFTER UPDATE OF aktiv, db_rolle ON bruker FOR EACH STATEMENT",
}


def _endring_funksjon(tabell: str, pk: tuple[str, ...]) -> str:
    return f"""
CREATE OR REPLACE FUNCTION saksbord_endring_{tabell}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.endringsnr := nextval('{SEKVENS}');
  NEW.endringsxid := pg_current_xact_id();
  PERFORM pg_notify('{KANAL}', '{{"tabell": "{tabell}"}}');  -- no ids: see NOTIFY in the module doc
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS saksbord_b_endring ON {tabell};
CREATE TRIGGER saksbord_b_endring BEFORE INSERT OR UPDATE ON {tabell}
  FOR EACH ROW EXECUTE FUNCTION saksbord_endring_{tabell}();
DROP TRIGGER IF EXISTS saksbord_c_slettet ON {tabell};
CREATE TRIGGER saksbord_c_slettet AFTER DELETE ON {tabell}
  FOR EACH ROW EXECUTE FUNCTION saksbord_slettet_rad({", ".join(f"'{k}'" for k in pk)});
"""


def _utfor(conn: Connection):
    """Run DDL text on the driver connection as is (no parameter parsing of ``%`` in plpgsql)."""
    raa = conn.connection.driver_connection
    return lambda sql: raa.execute(sql)


def endringssporing(conn: Connection) -> None:
    """Sequence, per-row change numbers, tombstones and NOTIFY on every synced table."""
    fulltekst.opprett(conn)
    x = _utfor(conn)
    x("ALTER TABLE fulltekst ADD COLUMN IF NOT EXISTS id bigserial")
    x(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'pk_fulltekst') THEN "
        "ALTER TABLE fulltekst ADD CONSTRAINT pk_fulltekst PRIMARY KEY (id); END IF; END $$"
    )
    x(f"CREATE SEQUENCE IF NOT EXISTS {SEKVENS}")
    x(
        f"CREATE TABLE IF NOT EXISTS {SLETTET} (endringsnr bigint PRIMARY KEY, "
        "endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(), tabell text NOT NULL, nokkel jsonb NOT NULL, "
        "tid timestamptz NOT NULL DEFAULT now())"
    )
    x(f"CREATE INDEX IF NOT EXISTS ix_{SLETTET}_xid ON {SLETTET} (endringsxid)")
    for tabell in SYNK_TABELLER:
        x(
            f"ALTER TABLE {tabell} ADD COLUMN IF NOT EXISTS endringsnr bigint NOT NULL DEFAULT nextval('{SEKVENS}'), "
            "ADD COLUMN IF NOT EXISTS endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id()"
        )
        x(f"CREATE INDEX IF NOT EXISTS ix_{tabell}_endringsnr ON {tabell} (endringsnr)")
        x(f"CREATE INDEX IF NOT EXISTS ix_{tabell}_endringsxid ON {tabell} (endringsxid)")
    x(_FUNKSJONER)
    for tabell, pk in SYNK_TABELLER.items():
        x(_endring_funksjon(tabell, pk))
    x(
        f"CREATE TABLE IF NOT EXISTS {SYNLIGHET} (endringsnr bigint PRIMARY KEY DEFAULT nextval('{SEKVENS}'), "
        "endringsxid xid8 NOT NULL DEFAULT pg_current_xact_id(), tid timestamptz NOT NULL DEFAULT now())"
    )
    x(f"CREATE INDEX IF NOT EXISTS ix_{SYNLIGHET}_xid ON {SYNLIGHET} (endringsxid)")
    x(_SYNLIGHET_FUNKSJON)
    # One row per offline action that reached the server: a replay after a crash between the
    # server's commit and the outbox delete finds it and skips. Each role sees only its own.
    x(
        f"CREATE TABLE IF NOT EXISTS {UTFORT} (id uuid PRIMARY KEY, tid timestamptz NOT NULL DEFAULT now(), "
        "rolle name NOT NULL DEFAULT current_user, journalpost_id bigint)"
    )
    x(f"CREATE INDEX IF NOT EXISTS ix_{UTFORT}_tid ON {UTFORT} (tid)")
    # Users may only append (and see their own); pruning everyone's old ids runs as the owner.
    x(
        f"CREATE OR REPLACE FUNCTION saksbord_rydd_utfort() RETURNS bigint "
        "LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
        f"WITH d AS (DELETE FROM {UTFORT} WHERE tid < now() - interval '{UTFORT_DAGER} days' RETURNING 1) "
        "SELECT count(*) FROM d $$"
    )
    x(f"ALTER TABLE {UTFORT} ENABLE ROW LEVEL SECURITY")
    x(f"DROP POLICY IF EXISTS saksbord_egen ON {UTFORT}")
    x(
        f"CREATE POLICY saksbord_egen ON {UTFORT} FOR ALL USING (rolle = current_user) WITH CHECK (rolle = current_user)"
    )
    for tabell, naar in _SYNLIGHET_UTLOSERE.items():
        x(f"DROP TRIGGER IF EXISTS saksbord_d_synlighet ON {tabell}")
        x(f"CREATE TRIGGER saksbord_d_synlighet {naar} EXECUTE FUNCTION saksbord_synlighet_endret()")


def rydd_utfort(conn: Connection) -> int:
    """Delete request ids older than :data:`UTFORT_DAGER` days; returns how many went."""
    return conn.exec_driver_sql("SELECT saksbord_rydd_utfort()").scalar()


def laasing(conn: Connection) -> None:
    """Locked journalposter (F/E/J/A) and closed saker refuse edits in the database itself."""
    x = _utfor(conn)
    x("DROP TRIGGER IF EXISTS saksbord_a_laas ON journalpost")
    x(
        "CREATE TRIGGER saksbord_a_laas BEFORE UPDATE ON journalpost "
        "FOR EACH ROW EXECUTE FUNCTION saksbord_laas_journalpost()"
    )
    x("DROP TRIGGER IF EXISTS saksbord_a_laas ON sak")
    x("CREATE TRIGGER saksbord_a_laas BEFORE UPDATE ON sak FOR EACH ROW EXECUTE FUNCTION saksbord_laas_sak()")


def radsikkerhet(conn: Connection) -> None:
    """Row-level security: a user role sees and changes only rows it is authorised for, writes
    rows (INSERT, UPDATE) only where their sak/journalpost is visible to it (:data:`_SKRIV`), and
    writes them only in its own name (:data:`_FORFATTER`).

    The table owner (the admin running init-db) and superusers bypass it.
    """
    x = _utfor(conn)
    for tabell, uttrykk in _SYNLIG.items():
        x(f"ALTER TABLE {tabell} ENABLE ROW LEVEL SECURITY")
        x(f"DROP POLICY IF EXISTS saksbord_synlig ON {tabell}")
        skriv = _SKRIV.get(tabell, uttrykk)
        x(f"CREATE POLICY saksbord_synlig ON {tabell} FOR ALL USING ({uttrykk}) WITH CHECK ({skriv})")
    # Restrictive, so they hold on top of the visibility rule: the author is the connected user.
    for tabell, (forfatter, paa_vegne) in _FORFATTER.items():
        x(f"DROP POLICY IF EXISTS saksbord_forfatter ON {tabell}")
        x(f"DROP POLICY IF EXISTS saksbord_forfatter_uendret ON {tabell}")
        x(
            f"CREATE POLICY saksbord_forfatter ON {tabell} AS RESTRICTIVE FOR INSERT "
            f"WITH CHECK (saksbord_er_forfatter({forfatter}, {paa_vegne or 'NULL'}))"
        )
        if tabell != "endringslogg":
            x(
                f"CREATE POLICY saksbord_forfatter_uendret ON {tabell} AS RESTRICTIVE FOR UPDATE USING (true) "
                f"WITH CHECK (saksbord_forfatter_uendret('{tabell}', id, {forfatter}, {paa_vegne or 'NULL'}))"
            )
    # Anyone may read the stedfortreder periods; only the leader, the archive or
    # systemansvarlig may write them (a self-made period would open the leader's codes).
    x("ALTER TABLE stedfortreder ENABLE ROW LEVEL SECURITY")
    for navn in ("saksbord_les", "saksbord_skriv", "saksbord_endre", "saksbord_slett"):
        x(f"DROP POLICY IF EXISTS {navn} ON stedfortreder")
    kan = (
        "(leder_id = saksbord_bruker_id() OR saksbord_har_rolle('arkiv') "
        "OR saksbord_har_rolle('systemansvarlig'))"
    )
    x("CREATE POLICY saksbord_les ON stedfortreder FOR SELECT USING (true)")
    x(f"CREATE POLICY saksbord_skriv ON stedfortreder FOR INSERT WITH CHECK {kan}")
    x(f"CREATE POLICY saksbord_endre ON stedfortreder FOR UPDATE USING {kan} WITH CHECK {kan}")
    x(f"CREATE POLICY saksbord_slett ON stedfortreder FOR DELETE USING {kan}")


def installer(conn: Connection) -> None:
    """Everything database-local (not roles): run from the migration on PostgreSQL."""
    endringssporing(conn)
    laasing(conn)
    radsikkerhet(conn)


def fjern(conn: Connection) -> None:
    """Undo :func:`installer` (alembic downgrade to 0001)."""
    x = _utfor(conn)
    for tabell in _FORFATTER:
        x(f"DROP POLICY IF EXISTS saksbord_forfatter ON {tabell}")
        x(f"DROP POLICY IF EXISTS saksbord_forfatter_uendret ON {tabell}")
    for tabell in _SYNLIG:
        x(f"DROP POLICY IF EXISTS saksbord_synlig ON {tabell}")
        x(f"ALTER TABLE {tabell} DISABLE ROW LEVEL SECURITY")
    for navn in ("saksbord_les", "saksbord_skriv", "saksbord_endre", "saksbord_slett"):
        x(f"DROP POLICY IF EXISTS {navn} ON stedfortreder")
    x("ALTER TABLE stedfortreder DISABLE ROW LEVEL SECURITY")
    x("DROP TRIGGER IF EXISTS saksbord_a_laas ON journalpost")
    x("DROP TRIGGER IF EXISTS saksbord_a_laas ON sak")
    for tabell in _SYNLIGHET_UTLOSERE:
        x(f"DROP TRIGGER IF EXISTS saksbord_d_synlighet ON {tabell}")
    x("DROP FUNCTION IF EXISTS saksbord_synlighet_endret()")
    x(f"DROP TABLE IF EXISTS {SYNLIGHET}")
    x("DROP FUNCTION IF EXISTS saksbord_rydd_utfort()")
    x(f"DROP TABLE IF EXISTS {UTFORT}")
    for tabell in SYNK_TABELLER:
        x(f"DROP TRIGGER IF EXISTS saksbord_b_endring ON {tabell}")
        x(f"DROP TRIGGER IF EXISTS saksbord_c_slettet ON {tabell}")
        x(f"DROP FUNCTION IF EXISTS saksbord_endring_{tabell}()")
        x(f"ALTER TABLE {tabell} DROP COLUMN IF EXISTS endringsnr, DROP COLUMN IF EXISTS endringsxid")
    x(f"DROP TABLE IF EXISTS {SLETTET}")
    x(f"DROP SEQUENCE IF EXISTS {SEKVENS}")
    for f in (
        "saksbord_laas_journalpost()", "saksbord_laas_sak()", "saksbord_slettet_rad()",
        "saksbord_kan_se_jp(text, text, bigint, bigint, bigint, name)",
        "saksbord_kan_se(text, bigint, bigint[], name)", "saksbord_er_part(bigint[], name)",
        "saksbord_innhold_brukt(text)", "saksbord_oppgave_uendret(bigint, bigint, bigint)",
        "saksbord_er_forfatter(bigint, bigint, name)",
        "saksbord_forfatter_uendret(text, bigint, bigint, bigint)",
        "saksbord_vedlikehold()", "saksbord_er_admin(name)", "saksbord_har_rolle(text, name)",
        "saksbord_bruker_id(name)",
    ):  # fmt: skip
        x(f"DROP FUNCTION IF EXISTS {f}")
