"""Search indexes: mail bodies and attachment text, titles and party names (FTS5 on SQLite).

Everything indexed is stored folded (``app.domain.regler.sok.fold``: Æ/Ø/Å to small letters,
other accents to the base letter), and the typed words are folded the same way, so a capital
Ø matches a small one without SQLite's ASCII-only LIKE getting a say:

- ``fulltekst`` (rowid from the server; journalpost_id, tekst): bodies and attachment text,
  unicode61 without diacritic removal; every word is a word-start prefix.
- ``sok_jp`` / ``sok_sak`` (rowid = journalpost / sak id): trigram tables over the title (and
  each party name, one per line) for words of three letters or more, matched as substrings.
- ``sok_jp_ord`` / ``sok_sak_ord``: the same text with one- and two-letter prefix indexes, for
  shorter words, matched at word starts.

Triggers keep the sok_* tables in step with journalpost, korrespondansepart and sak (migration
0018); ``bygg_sokeindeks`` fills them in bulk. PostgreSQL keeps its GIN tsvector ``fulltekst``
(0002) and searches titles by scan.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from app.domain.regler.sok import er_kort, fold, treffer


def fold_sql(uttrykk: str) -> str:
    return f"sok_fold({uttrykk})"

_JP_TEKST = (
    "j.tittel || coalesce(char(10) || p.navn, '')"
)


def fyll_sokeindeks(x: Callable[[str], object], *, fold_fulltekst: bool = True) -> None:
    """Refill the search tables in bulk through ``x`` (one SQL statement at a time, SQLite).

    ``x`` is a connection's execute (SQLAlchemy's ``exec_driver_sql`` or sqlite3's ``execute``),
    so the first sync (app/store/sync/replika.py) builds the index once at its end the same way.
    """
    for tabell in ("sok_jp", "sok_jp_ord", "sok_sak", "sok_sak_ord"):
        x(f"DELETE FROM {tabell}")
    x(
        f"INSERT INTO sok_jp (rowid, tekst) SELECT j.id, {fold_sql(_JP_TEKST)} "
        "FROM journalpost j LEFT JOIN (SELECT journalpost_id, group_concat(navn, char(10)) AS navn "
        "FROM korrespondansepart GROUP BY journalpost_id) p ON p.journalpost_id = j.id"
    )
    x("INSERT INTO sok_jp_ord (rowid, tekst) SELECT rowid, tekst FROM sok_jp")
    x(f"INSERT INTO sok_sak (rowid, tekst) SELECT id, {fold_sql('tittel')} FROM sak")
    x("INSERT INTO sok_sak_ord (rowid, tekst) SELECT rowid, tekst FROM sok_sak")
    if fold_fulltekst:
        x(f"UPDATE fulltekst SET tekst = {fold_sql('tekst')} WHERE tekst != {fold_sql('tekst')}")
    for tabell in ("sok_jp", "sok_jp_ord", "sok_sak", "sok_sak_ord", "fulltekst"):
        x(f"INSERT INTO {tabell} ({tabell}) VALUES ('optimize')")


def bygg_sokeindeks(conn: Connection) -> None:
    """(Re)fill the search tables from the registry in bulk, and fold body text stored unfolded (SQLite)."""
    if conn.dialect.name != "sqlite" or not har_sokeindeks(conn):
        return
    fyll_sokeindeks(conn.exec_driver_sql)


def har_sokeindeks(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    return conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sok_jp_ord'").first() is not None


def _match(ord_: list[str]) -> str:
    """An FTS5 query: every word as a word-start prefix (the words are letters and digits only)."""
    return " AND ".join(f'"{o}"*' for o in ord_)


def ord_sporring(tabell: str, ord_: list[str]) -> tuple[str, dict, bool]:
    """``SELECT rowid AS id, tekst FROM …`` for the rows of ``tabell`` (sok_jp | sok_sak) that may hold every word.

    Long words go to the trigram table as LIKE (a substring of the folded text: the test the
    trigram index answers, re-checked by FTS5); with only short words the prefix index answers
    exactly. With both, the trigram table drives and the short words are tested as plain
    substrings it never sees (SQLite 3.40 crashes on an index LIKE that yields no trigram when
    it comes first); the third value (True) then says each row must still pass ``regler.sok.treffer``.
    """
    lange = [o for o in ord_ if not er_kort(o)]
    korte = [o for o in ord_ if er_kort(o)]
    if not lange:
        return (
            f"SELECT rowid AS id, tekst FROM {tabell}_ord WHERE {tabell}_ord MATCH :{tabell}_m",
            {f"{tabell}_m": _match(korte)},
            False,
        )
    vilkaar = [f"tekst LIKE :{tabell}_o{i}" for i in range(len(lange))]
    vilkaar += [f"(tekst || '') LIKE :{tabell}_k{i}" for i in range(len(korte))]
    verdier = {f"{tabell}_o{i}": f"%{o}%" for i, o in enumerate(lange)}
    verdier |= {f"{tabell}_k{i}": f"%{o}%" for i, o in enumerate(korte)}
    return f"SELECT rowid AS id, tekst FROM {tabell} WHERE {' AND '.join(vilkaar)}", verdier, bool(korte)


#: With both short and long words: when the short words' prefix index holds at most this many
#: rows, it drives (each tested for the long words as substrings); otherwise the trigram table does.
KORT_DRIVER = 20_000


def _kort_driver(s: Session, tabell: str, ord_: list[str]) -> tuple[str, dict] | None:
    """The prefix table as driver for a mixed query whose short words are rare enough (exact, no re-check)."""
    lange = [o for o in ord_ if not er_kort(o)]
    korte = [o for o in ord_ if er_kort(o)]
    if not (lange and korte):
        return None
    m = {f"{tabell}_m": _match(korte)}
    hvor = f"{tabell}_ord MATCH :{tabell}_m"
    n = s.execute(text(f"SELECT count(*) FROM {tabell}_ord WHERE {hvor}"), m).scalar() or 0
    if n > KORT_DRIVER:
        return None
    vilkaar = " AND ".join(f"tekst LIKE :{tabell}_o{i}" for i in range(len(lange)))
    verdier = {**m, **{f"{tabell}_o{i}": f"%{o}%" for i, o in enumerate(lange)}}
    return f"SELECT rowid AS id, tekst FROM {tabell}_ord WHERE {hvor} AND {vilkaar}", verdier


def ord_ider(s: Session, tabell: str, ord_: list[str], *, grense: int | None) -> list[int]:
    """Ids (newest first; all when ``grense`` is None) whose folded text in ``tabell`` holds every word."""
    sql, verdier, kontroll = ord_sporring(tabell, ord_)
    if kontroll and (kort := _kort_driver(s, tabell, ord_)) is not None:
        (sql, verdier), kontroll = kort, False
    sql += " ORDER BY rowid DESC"
    if grense is not None and not kontroll:
        sql += f" LIMIT {int(grense)}"
    ut: list[int] = []
    for id_, tekst in s.execute(text(sql), verdier):
        if kontroll and not treffer(tekst, ord_):
            continue
        ut.append(int(id_))
        if grense is not None and len(ut) >= grense:
            break
    return ut


def ord_antall(s: Session, tabell: str, ord_: list[str]) -> int:
    """How many rows ``ord_ider`` would give without a limit."""
    sql, verdier, kontroll = ord_sporring(tabell, ord_)
    if kontroll:
        return len(ord_ider(s, tabell, ord_, grense=None))
    return int(s.execute(text(f"SELECT count(*) FROM ({sql}) t"), verdier).scalar() or 0)


def tekst_sporring(s: Session, ord_: list[str]) -> tuple[str, dict] | None:
    """``SELECT journalpost_id AS id …`` for the posts whose body or attachment text holds every word."""
    if not ord_:
        return None
    if s.get_bind().dialect.name == "sqlite":
        return (
            "SELECT journalpost_id AS id FROM fulltekst WHERE fulltekst MATCH :ft_q",
            {"ft_q": _match(ord_)},
        )
    return (
        "SELECT journalpost_id AS id FROM fulltekst WHERE tsv @@ to_tsquery('simple', :ft_q)",
        {"ft_q": " & ".join(o.replace("'", "") + ":*" for o in ord_)},
    )


def indekser(s: Session, journalpost_id: int, tekst: str) -> None:
    if not tekst.strip():
        return
    if s.get_bind().dialect.name == "sqlite":
        tekst = fold(tekst)  # PostgreSQL's tsvector folds case itself; the server's text stays as written
    s.execute(
        text("INSERT INTO fulltekst (journalpost_id, tekst) VALUES (:j, :t)"),
        {"j": journalpost_id, "t": tekst},
    )


def sok(s: Session, ord_: list[str], *, grense: int = 1000) -> list[int]:
    """Journalposter whose indexed text holds every word, newest first (at most ``grense``)."""
    sporring = tekst_sporring(s, [o for o in ord_ if o])
    if sporring is None:
        return []
    sql, verdier = sporring
    rader = s.execute(
        text(f"SELECT DISTINCT id FROM ({sql}) t ORDER BY id DESC LIMIT :n"), {**verdier, "n": grense}
    )
    return [int(r[0]) for r in rader]
