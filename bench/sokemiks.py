"""The bench's search mix, drawn from the generated registry, and each query's expected hit count.

    python bench/sokemiks.py --db /tmp/bench-1m.sqlite [--seed 7] [--json fasit.json]

``lag_miks`` draws ~100 queries from what the registry holds (random rows' titles, party names
and body text, so nearly every query hits; a few deliberately miss): 10 number lookups, title
words and pairs, capitalised words starting with Æ, Ø or Å, two-letter words such as «bø», names
of people and firms, words and prefixes of mail and attachment text, and misspellings.

``fasit`` counts each query's hits without the service and without the search indexes: one
plain pass over journalpost, korrespondansepart, sak and the stored full text (a read-only
sqlite3 connection; the folded texts go into TEMP tables, then one ``instr`` scan per query). The
rule it counts by is the search's documented one (app/domain/regler/sok.py):

- words are folded: lower case over all of Unicode, Æ/Ø/Å stay their own letters (æ, ø, å),
  Ä/Ö count as æ/ø, other accented Latin letters as their base letter (é→e, ü→u), ß→ss;
- a journalpost hits when every word occurs in its title and party names (words of three letters
  or more anywhere, shorter words at a word start), or every word starts a word of its indexed
  mail/attachment text; a sak when every word occurs so in its title;
- a saksnummer finds the sak and its journalposter, a journalpostnummer the one post.

The folding is written out again here rather than imported, so a fault in the search's own
folding shows as a mismatch instead of being shared.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
import time
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

KORT = 3  # words shorter than this match at a word start only
_ORD = re.compile(r"[^\W_]+")
_SKILLE = re.compile(r"[\W_]+")


def _tabell() -> dict[int, str]:
    ut: dict[int, str] = {}
    for kode in range(0x00C0, 0x0250):
        c = chr(kode)
        if not c.isalpha():
            continue
        liten = c.lower()
        if len(liten) != 1:
            continue
        if liten in "æøå":
            maal = liten
        elif liten in "äö":
            maal = {"ä": "æ", "ö": "ø"}[liten]
        else:
            grunn = "".join(x for x in unicodedata.normalize("NFD", liten) if not unicodedata.combining(x))
            maal = grunn if grunn.isascii() and grunn.isalpha() else liten
        if maal != c:
            ut[kode] = maal
    ut[ord("ß")] = "ss"
    return ut


_FOLD = _tabell()


def fold(tekst: str) -> str:
    return tekst.lower().translate(_FOLD)


def ordene(tekst: str) -> list[str]:
    """The query's folded words, once each, at most six (as the search reads them)."""
    ut: list[str] = []
    for o in _ORD.findall(fold(tekst)):
        if o not in ut:
            ut.append(o)
    return ut[:6]


def _norm(tekst: str | None) -> str:
    """Folded, every run of non-letters one space, a space at each end: ' '+w finds a word start."""
    return " " + _SKILLE.sub(" ", fold(tekst or "")) + " "


@dataclass
class Sporsmaal:
    art: str
    tekst: str
    saker: int | None = None  # expected counts (fasit)
    journalposter: int | None = None


# --- the mix --------------------------------------------------------------------------------


def _koble(db_sti: str) -> sqlite3.Connection:
    con = sqlite3.connect(f"file:{db_sti}?mode=ro", uri=True)
    con.execute("PRAGMA temp_store=FILE")
    con.execute("PRAGMA cache_size=-200000")
    return con


def _tilfeldige(con, sql: str, maks_id: int, rnd: random.Random, antall: int) -> list:
    """``antall`` rows of ``sql`` (a query with ``WHERE x.id >= ?`` … ``LIMIT 1``) at random ids."""
    ut = []
    for _ in range(antall * 3):
        r = con.execute(sql, (rnd.randint(1, maks_id),)).fetchone()
        if r and all(v is not None for v in r):
            ut.append(r)
        if len(ut) >= antall:
            break
    return ut


def lag_miks(db_sti: str, seed: int = 7) -> list[Sporsmaal]:
    rnd = random.Random(seed)
    con = _koble(db_sti)
    try:
        n_sak = con.execute("SELECT max(id) FROM sak").fetchone()[0] or 1
        n_jp = con.execute("SELECT max(id) FROM journalpost").fetchone()[0] or 1
        n_part = con.execute("SELECT max(id) FROM korrespondansepart").fetchone()[0] or 1
        n_ft = con.execute("SELECT max(rowid) FROM fulltekst").fetchone()[0] or 1
        q: list[Sporsmaal] = []
        # 1. numbers: 10 of 100
        for a, n in _tilfeldige(
            con, "SELECT saksaar, sakssekvensnummer FROM sak WHERE id >= ? ORDER BY id LIMIT 1", n_sak, rnd, 6
        ):
            q.append(Sporsmaal("saksnummer", f"{a}/{n}"))
        for a, n, d in _tilfeldige(
            con,
            "SELECT s.saksaar, s.sakssekvensnummer, j.dokumentnummer FROM journalpost j JOIN sak s ON s.id = j.sak_id "
            "WHERE j.id >= ? ORDER BY j.id LIMIT 1",
            n_jp,
            rnd,
            4,
        ):
            q.append(Sporsmaal("journalpostnummer", f"{a}/{n}-{d}"))
        titler = [r[0] for r in _tilfeldige(con, "SELECT tittel FROM journalpost WHERE id >= ? LIMIT 1", n_jp, rnd, 400)]
        titler += [r[0] for r in _tilfeldige(con, "SELECT tittel FROM sak WHERE id >= ? LIMIT 1", n_sak, rnd, 100)]
        navn = [r[0] for r in _tilfeldige(con, "SELECT navn FROM korrespondansepart WHERE id >= ? LIMIT 1", n_part, rnd, 300)]
        tekster = [
            r[0] for r in _tilfeldige(con, "SELECT tekst FROM fulltekst WHERE rowid >= ? LIMIT 1", n_ft, rnd, 60)
        ]

        def ord_i(tekster_: list[str], minst: int) -> list[str]:
            return [o for t in tekster_ for o in re.findall(r"[^\W\d_]+", t) if len(o) >= minst]

        # 2. title words (typed in lower case) and pairs from one title
        tord = ord_i(titler, 4)
        for _ in range(12):
            q.append(Sporsmaal("tittel", rnd.choice(tord).lower()))
        for _ in range(8):
            t = rnd.choice([t for t in titler if len(ord_i([t], 4)) >= 2])
            a, b = rnd.sample(ord_i([t], 4), 2)
            q.append(Sporsmaal("tittel2", f"{a.lower()} {b.lower()}"))
        # 3. capitalised words starting with Æ, Ø or Å, as typed (in titles, names and text)
        store = sorted({o for o in ord_i(titler + navn + tekster, 3) if o[0] in "ÆØÅ"})
        from bench import ordlister as o_

        store = store or sorted({s for s in o_.STEDER + tuple(o_.ETTERNAVN) if s[0] in "ÆØÅ"})
        for w in rnd.sample(store, min(12, len(store))):
            q.append(Sporsmaal("stor_æøå", w))
        # 4. two-letter words: «bø» always, the rest from the names and titles
        korte = sorted({o.lower() for o in re.findall(r"[^\W\d_]+", " ".join(titler + navn)) if len(o) == 2})
        kort = ["bø"] + rnd.sample([k for k in korte if k != "bø"], min(7, max(0, len(korte) - 1)))
        for w in kort:
            q.append(Sporsmaal("kort", w))
        # 5. names: first names, surnames, full names, firms
        personer = [n for n in navn if len(n.split()) in (2, 3) and not re.search(r"\b(AS|IL|SA|IKS|HF)\b|kommune|lag", n)]
        firmaer = [n for n in navn if n not in personer]
        for _ in range(5):
            q.append(Sporsmaal("fornavn", rnd.choice(personer).split()[0]))
        for _ in range(6):
            q.append(Sporsmaal("etternavn", rnd.choice(personer).split()[-1]))
        for _ in range(6):
            q.append(Sporsmaal("fullt_navn", rnd.choice(personer)))
        for _ in range(5):
            q.append(Sporsmaal("firma", " ".join(rnd.choice(firmaer).split()[:2]) if firmaer else "Bygg AS"))
        # 6. mail and attachment text: words, pairs from one text, prefixes
        ford = ord_i(tekster, 5)
        for _ in range(12):
            q.append(Sporsmaal("tekst", rnd.choice(ford).lower()))
        for _ in range(5):
            t = rnd.choice(tekster)
            a, b = rnd.sample(ord_i([t], 5), 2)
            q.append(Sporsmaal("tekst2", f"{a.lower()} {b.lower()}"))
        for _ in range(3):
            q.append(Sporsmaal("tekst_prefiks", rnd.choice([w for w in ford if len(w) >= 8])[:5].lower()))
        # 7. title prefixes, upper case, misspellings
        for _ in range(4):
            q.append(Sporsmaal("tittel_prefiks", rnd.choice([w for w in tord if len(w) >= 8])[:6].lower()))
        for _ in range(2):
            q.append(Sporsmaal("versaler", rnd.choice(personer).split()[-1].upper()))
        for _ in range(2):
            w = rnd.choice([w for w in tord if len(w) >= 7]).lower()
            i = rnd.randrange(1, len(w) - 1)
            q.append(Sporsmaal("feilstavet", w[:i] + w[i + 1] + w[i] + w[i + 2 :] + "x"))
        return q
    finally:
        con.close()


# --- the expected counts ---------------------------------------------------------------------


def _vilkaar(ord_: list[str], *, tittel: bool) -> tuple[str, list[str]]:
    """SQL over a ``_norm``-ed column t: long words anywhere (titles) or every word at a word start."""
    deler, verdier = [], []
    for o in ord_:
        if tittel and len(o) >= KORT:
            deler.append("instr(t, ?) > 0")
            verdier.append(o)
        else:
            deler.append("instr(t, ?) > 0")
            verdier.append(" " + o)
    return " AND ".join(deler), verdier


def fasit(db_sti: str, miks: list[Sporsmaal], *, logg=print) -> dict:
    """Fill in each query's expected saker and journalposter by one plain pass over the registry."""
    t0 = time.perf_counter()
    con = _koble(db_sti)
    try:
        con.create_function("norm", 1, _norm, deterministic=True)
        con.execute(
            "CREATE TEMP TABLE ref_jp AS SELECT j.id AS id, norm(j.tittel || coalesce(char(10) || p.navn, '')) AS t "
            "FROM journalpost j LEFT JOIN (SELECT journalpost_id, group_concat(navn, char(10)) AS navn "
            "FROM korrespondansepart GROUP BY journalpost_id) p ON p.journalpost_id = j.id"
        )
        con.execute("CREATE TEMP TABLE ref_sak AS SELECT id, norm(tittel) AS t FROM sak")
        con.execute(
            "CREATE TEMP TABLE ref_tekst AS SELECT f.journalpost_id AS id, norm(f.tekst) AS t FROM fulltekst f "
            "WHERE f.journalpost_id IN (SELECT id FROM journalpost)"
        )
        t_bygg = time.perf_counter() - t0
        for s in miks:
            if s.art == "saksnummer":
                a, n = s.tekst.split("/")
                ider = [r[0] for r in con.execute("SELECT id FROM sak WHERE saksaar = ? AND sakssekvensnummer = ?", (a, n))]
                s.saker = len(ider)
                s.journalposter = con.execute(
                    f"SELECT count(*) FROM journalpost WHERE sak_id IN ({','.join('?' * len(ider)) or 'NULL'})", ider
                ).fetchone()[0]
                continue
            if s.art == "journalpostnummer":
                a, rest = s.tekst.split("/")
                n, d = rest.split("-")
                s.saker = 0
                s.journalposter = con.execute(
                    "SELECT count(*) FROM journalpost j JOIN sak s ON s.id = j.sak_id "
                    "WHERE s.saksaar = ? AND s.sakssekvensnummer = ? AND j.dokumentnummer = ?",
                    (a, n, d),
                ).fetchone()[0]
                continue
            ord_ = ordene(s.tekst)
            if not ord_:
                s.saker = s.journalposter = 0
                continue
            sv, sverdi = _vilkaar(ord_, tittel=True)
            s.saker = con.execute(f"SELECT count(*) FROM ref_sak WHERE {sv}", sverdi).fetchone()[0]
            tv, tverdi = _vilkaar(ord_, tittel=False)
            s.journalposter = con.execute(
                f"SELECT count(*) FROM (SELECT id FROM ref_jp WHERE {sv} UNION SELECT id FROM ref_tekst WHERE {tv})",
                sverdi + tverdi,
            ).fetchone()[0]
        sek = time.perf_counter() - t0
        logg(f"fasit: {len(miks)} spørsmål talt uten søkeindeksene på {sek:.1f} s (tekstene foldet på {t_bygg:.1f} s)")
        return {"sekunder": round(sek, 1)}
    finally:
        con.close()


def sammenlign(miks: list[Sporsmaal], svar: dict[str, tuple[int | None, int | None]]) -> list[dict]:
    """Every query whose service count differs from the fasit: {tekst, art, fasit, tjenesten}."""
    avvik = []
    for s in miks:
        saker, jp = svar.get(s.tekst, (None, None))
        if (saker, jp) != (s.saker, s.journalposter):
            avvik.append(
                {"art": s.art, "tekst": s.tekst, "fasit": [s.saker, s.journalposter], "tjenesten": [saker, jp]}
            )
    return avvik


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("--db", required=True)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--json")
    a = p.parse_args(argv)
    miks = lag_miks(a.db, a.seed)
    fasit(a.db, miks)
    for s in miks:
        print(f"  {s.art:18} {s.tekst!r:40} saker {s.saker:>8,}  journalposter {s.journalposter:>9,}")
    if a.json:
        Path(a.json).write_text(json.dumps([asdict(s) for s in miks], ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
