"""``saksbord utvalg|mote|behandling`` and ``saksbord jp referer`` on the command line (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader

from tests.test_cli import js, sb
from tests.test_politikk import nytt_saksframlegg


def test_et_utvalg_et_mote_og_en_sak_gjennom_kommandolinjen(demo_db, tmp_path):
    db = demo_db
    sb(db, "utvalg", "opprett", "--kode", "OKU", "--navn", "Oppvekst- og kulturutvalget", "--sekretar", "LMO",
       "--fullmaktsorgan", "KST", "--bruker", "LMO")  # fmt: skip
    sb(
        db,
        "utvalg",
        "medlem",
        "OKU",
        "--navn",
        "Eva Strand",
        "--rolle",
        "leder",
        "--parti",
        "V",
        "--bruker",
        "LMO",
    )
    p = sb(
        db,
        "utvalg",
        "medlem",
        "OKU",
        "--navn",
        "Per Hagen",
        "--rolle",
        "leder",
        "--bruker",
        "LMO",
        forventet=1,
    )
    assert "har alt en leder" in p.stderr
    sb(db, "utvalg", "opprett", "--kode", "X1", "--navn", "Ulovlig", "--bruker", "OHA", forventet=1)
    liste = js(db, "utvalg", "liste", "--bruker", "OHA")
    oku = next(u for u in liste if u["kode"] == "OKU")
    assert oku["fullmaktsorgan"] == "KST" and [m["navn"] for m in oku["medlemmer"]] == ["Eva Strand"]

    dato = db.idag() + timedelta(days=20)
    r = js(db, "mote", "opprett", "--utvalg", "OKU", "--dato", dato.isoformat(), "--sted", "Rådhuset",
           "--kl", "17:00", "--bruker", "LMO")  # fmt: skip
    moter = js(db, "mote", "liste", "--utvalg", "OKU", "--bruker", "LMO")
    assert [(m["id"], m["skrivefrist"]) for m in moter] == [(r["id"], (dato - timedelta(days=9)).isoformat())]
    assert moter[0]["innkallingsfrist"] == (dato - timedelta(days=8)).isoformat()

    nr = nytt_saksframlegg(db, "Kulturplan 2027")
    sb(db, "behandling", "saksgang", nr, "--utvalg", "OKU", "--mote", dato.isoformat(), "--bruker", "OHA")
    sb(db, "jp", "ferdigstill", nr, "--bruker", "OHA")
    klar = js(db, "behandling", "klar", "--bruker", "LMO")
    assert [(k["journalpostnummer"], k["motedato"]) for k in klar] == [(nr, dato.isoformat())]
    liste = js(db, "mote", "saksliste", dato.isoformat(), "--utvalg", "OKU", "--fyll", "--bruker", "LMO")
    assert [x["utvalgssaksnummer"] for x in liste] == [f"PS 1/{dato.year % 100}"]
    brev = js(db, "jp", "registrer", "--sak", nr.split("-")[0], "--type", "I", "--tittel", "Innspill fra idrettsrådet",
              "--avsender", "Idrettsrådet", "--bruker", "OHA")["journalpostnummer"]  # fmt: skip
    sb(db, "jp", "referer", brev, "--utvalg", "OKU", "--mote", dato.isoformat(), "--bruker", "OHA")
    sb(db, "mote", "las", str(r["id"]), "--bruker", "LMO")
    liste = js(db, "mote", "saksliste", str(r["id"]), "--bruker", "LMO")
    assert [x["utvalgssaksnummer"] for x in liste] == [f"PS 1/{dato.year % 100}", f"RS 1/{dato.year % 100}"]
    ut = tmp_path / "innkalling.pdf"
    sb(db, "mote", "innkalling", str(r["id"]), "--out", str(ut), "--bruker", "OHA")
    tekst = "".join(s.extract_text() for s in PdfReader(io.BytesIO(ut.read_bytes())).pages)
    assert "Kulturplan 2027" in tekst and "Innspill fra idrettsrådet" in tekst and "Eva Strand" in tekst

    p = sb(
        db, "behandling", "vedtak", str(liste[0]["id"]), "--status", "vedtatt", "--bruker", "OHA", forventet=1
    )
    assert "møtesekretæren" in p.stderr
    sb(db, "behandling", "vedtak", str(liste[0]["id"]), "--status", "vedtatt", "--tekst", "Planen vedtas.",
       "--bruker", "LMO")  # fmt: skip
    sb(db, "behandling", "vedtak", str(liste[1]["id"]), "--status", "vedtatt", "--tekst", "Tatt til orientering.",
       "--bruker", "LMO")  # fmt: skip
    sb(db, "behandling", "oppfolging", str(liste[0]["id"]), "--bruker", "OHA")
    ut = tmp_path / "protokoll.pdf"
    sb(db, "mote", "protokoll", str(r["id"]), "--out", str(ut), "--bruker", "OHA")
    tekst = "".join(s.extract_text() for s in PdfReader(io.BytesIO(ut.read_bytes())).pages)
    assert tekst.index("Planen vedtas.") < tekst.index("Tatt til orientering.")


def test_behandling_ny_ds_og_delegasjonslisten(demo_db):
    db = demo_db
    sak = js(db, "sak", "opprett", "--tittel", "Delegerte vedtak", "--klasse", "033", "--bruker", "OHA")[
        "saksnummer"
    ]
    u = js(db, "jp", "registrer", "--sak", sak, "--type", "U", "--tittel", "Vedtak om SFO-plass", "--mottaker",
           "Mona Haugen", "--bruker", "OHA")["journalpostnummer"]  # fmt: skip
    p = sb(db, "behandling", "ny", u, "--utvalg", "FSK", "--type", "PS", "--bruker", "OHA", forventet=1)
    assert "saksframlegg (S)" in p.stderr
    sb(db, "jp", "ferdigstill", u, "--bruker", "OHA")
    r = js(db, "behandling", "ny", u, "--utvalg", "FSK", "--type", "DS", "--bruker", "OHA")
    assert r["status"] == "klar"
    idag = db.idag().isoformat()
    rader = js(db, "utvalg", "delegasjonsliste", "KST", "--fra", idag, "--til", idag, "--bruker", "LMO")
    assert [(x["type"], x["journalpostnummer"]) for x in rader] == [("DS", u)]
