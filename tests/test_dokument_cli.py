"""``saksbord dokument`` and ``saksbord mal`` on the command line (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

from app.services import saker
from app.services.arbeid import Kontekst
from tests.test_cli import js, sb
from tests.test_dokumenter_maler import docx_tekst


def test_svar_fra_mal_sjekk_ut_og_inn_og_hent_versjoner(demo_db, tmp_path):
    db = demo_db
    sak = saker.opprett_sak(Kontekst(db, "OHA"), tittel="Byggesak Storgata 1", klasse="000").saksnummer
    inn = js(
        db, "jp", "registrer", "--sak", sak, "--type", "I", "--tittel", "Søknad", "--avsender", "Kari Nordmann",
        "--bruker", "OHA",
    )["journalpostnummer"]  # fmt: skip
    svar = js(db, "jp", "besvar", inn, "--mal", "brev", "--bruker", "OHA")["journalpostnummer"]
    notat = js(
        db, "jp", "registrer", "--sak", sak, "--type", "X", "--tittel", "Notat om befaring", "--mal", "notat",
        "--bruker", "OHA",
    )["journalpostnummer"]  # fmt: skip

    rader = js(db, "dokument", "liste", svar, "--bruker", "OHA")
    assert [(r["tilknytning"], r["versjon"]) for r in rader] == [("hoveddokument", 1)]
    assert "Notat om befaring" in sb(db, "dokument", "liste", notat, "--bruker", "OHA").stdout

    v1 = tmp_path / "brev.docx"
    sb(db, "dokument", "sjekk-ut", svar, "--til", str(v1), "--bruker", "OHA")
    assert "Kari Nordmann" in docx_tekst(v1.read_bytes())
    assert js(db, "dokument", "liste", svar, "--bruker", "OHA")[0]["utsjekket_av"] == "Ola Hansen"
    p = sb(db, "dokument", "sjekk-inn", svar, str(v1), "--bruker", "KLE", forventet=1)
    assert "sjekket ut av Ola Hansen" in p.stderr

    vedlegg = tmp_path / "kart.pdf"
    vedlegg.write_bytes(b"%PDF-1.4 kart")
    sb(db, "dokument", "legg-til", svar, str(vedlegg), "--vedlegg", "--bruker", "OHA")
    ut = tmp_path / "hentet.pdf"
    dok = [r["id"] for r in js(db, "dokument", "liste", svar, "--bruker", "OHA")][1]
    hentet = js(db, "dokument", "hent", svar, "--dokument", str(dok), "--til", str(ut), "--bruker", "OHA")
    assert ut.read_bytes() == b"%PDF-1.4 kart" and hentet["versjon"] == 1
    p = sb(
        db, "dokument", "hent", svar, "--variant", "arkiv", "--til", str(ut), "--bruker", "OHA", forventet=1
    )
    assert "har ikke i arkivformat" in p.stderr


def test_mal_liste_og_legg_til(demo_db, tmp_path):
    db = demo_db
    rader = js(db, "mal", "liste", "--type", "U", "--bruker", "OHA")
    assert rader[0]["navn"] == "brev" and rader[0]["standard"] is True
    from app.dokumenter.maler import MALMAPPE

    fil = tmp_path / "bygg.docx"
    fil.write_bytes((MALMAPPE / "brev.docx").read_bytes())
    p = sb(db, "mal", "legg-til", "brev-bygg", str(fil), "--typer", "U", "--bruker", "OHA", forventet=1)
    assert "Bare arkivet" in p.stderr
    sb(
        db,
        "mal",
        "legg-til",
        "brev-bygg",
        str(fil),
        "--typer",
        "U",
        "--tittel",
        "Brev byggesak",
        "--bruker",
        "ALA",
    )
    navn = [r["navn"] for r in json.loads(sb(db, "mal", "liste", "--bruker", "OHA", "--json").stdout)]
    assert "brev-bygg" in navn


def test_mal_erstatt_og_trekk_tilbake(demo_db, tmp_path):
    import io

    import docx

    from app.dokumenter.maler import MALMAPPE

    db = demo_db
    dokument = docx.Document(io.BytesIO((MALMAPPE / "notat.docx").read_bytes()))
    dokument.add_paragraph("Revidert mal 2027 for {{ tittel }}")
    ny = tmp_path / "notat-2027.docx"
    dokument.save(str(ny))

    p = sb(db, "mal", "erstatt", "notat", str(ny), "--bruker", "OHA", forventet=1)
    assert "Bare arkivet" in p.stderr
    p = sb(db, "mal", "erstatt", "notat", str(tmp_path / "finnes-ikke.docx"), "--bruker", "ALA", forventet=2)
    assert "Finner ikke filen" in p.stderr
    skadet = tmp_path / "skadet.docx"
    skadet.write_bytes(b"ikke en docx")
    assert sb(db, "mal", "erstatt", "notat", str(skadet), "--bruker", "ALA", forventet=1).stderr.strip()
    svar = js(db, "mal", "erstatt", "notat", str(ny), "--bruker", "ALA")
    assert "versjon 2" in svar["melding"]
    rad = next(r for r in js(db, "mal", "liste", "--bruker", "OHA") if r["navn"] == "notat")
    assert rad["versjon"] == 2
    # A note written from it now carries the new version's text, merged.
    sak = saker.opprett_sak(Kontekst(db, "OHA"), tittel="Byggesak Storgata 2", klasse="000").saksnummer
    notat = js(
        db, "jp", "registrer", "--sak", sak, "--type", "X", "--tittel", "Befaring Storgata", "--mal", "notat",
        "--bruker", "OHA",
    )["journalpostnummer"]  # fmt: skip
    ut = tmp_path / "notat.docx"
    sb(db, "dokument", "hent", notat, "--til", str(ut), "--bruker", "OHA")
    assert "Revidert mal 2027 for Befaring Storgata" in docx_tekst(ut.read_bytes())

    assert "trukket tilbake" in sb(db, "mal", "trekk-tilbake", "notat", "--bruker", "ALA").stdout
    assert "notat" not in [r["navn"] for r in js(db, "mal", "liste", "--bruker", "OHA")]
    alle = js(db, "mal", "liste", "--alle", "--bruker", "OHA")
    assert next(r for r in alle if r["navn"] == "notat")["aktiv"] is False
    p = sb(db, "mal", "trekk-tilbake", "notat", "--bruker", "ALA", forventet=1)
    assert "alt trukket tilbake" in p.stderr
    with db.engine.connect() as c:
        sql = "SELECT handling FROM endringslogg WHERE entitet = 'mal' ORDER BY id"
        logg = list(c.exec_driver_sql(sql).scalars())
    assert logg[-2:] == ["mal erstattet", "mal trukket tilbake"]
