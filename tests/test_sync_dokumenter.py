"""The document tables reach the local replica: templates, their versions, who has a document
checked out and a failed arkivformat, pulled from the real PostgreSQL into SQLite and read there
through the same services the window uses."""

from __future__ import annotations

import io

import docx
import psycopg

from app.dokumenter.maler import MALMAPPE
from app.services import arkivformat, dokumenter, maler, saker
from app.services.arbeid import Kontekst
from app.services.journalposter import NyJournalpost, PartInn, registrer_journalpost
from app.store.sync.pull import synk_ned
from app.store.sync.replika import aapne_replika
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (fixture)


def _rad(replika, sql: str, *param):
    with replika.engine.connect() as c:
        return c.exec_driver_sql(sql, param).fetchone()


def test_maler_og_dokumentstatus_synkes_til_replikaen(pg_demo, tmp_path):  # noqa: F811
    ala, oha = pg_demo.db("ALA"), pg_demo.db("OHA")
    replika = aapne_replika(tmp_path / "oha.sqlite")
    try:
        sak = saker.opprett_sak(Kontekst(oha, "OHA"), tittel="Byggesak Synkveien 1", klasse="000").saksnummer
        jpnr = registrer_journalpost(
            Kontekst(oha, "OHA"),
            NyJournalpost(sak=sak, type="U", tittel="Svar om synk", mottakere=[PartInn("Kari Nordmann")]),
            mal="brev",
        ).journalpostnummer
        (dok,) = dokumenter.liste(Kontekst(oha, "OHA"), jpnr)
        dokumenter.sjekk_ut(Kontekst(oha, "OHA"), jpnr)
        arkivformat.lagre_arkivformat(
            Kontekst(oha, "OHA"), jpnr, dokument_id=dok.id, versjon=1, feil="LibreOffice svarte ikke"
        )
        ny = docx.Document(io.BytesIO((MALMAPPE / "brev.docx").read_bytes()))
        ny.add_paragraph("Versjon to av brevmalen")
        buf = io.BytesIO()
        ny.save(buf)
        maler.erstatt_mal(Kontekst(ala, "ALA"), "brev", filnavn="brev-2.docx", data=buf.getvalue())

        assert synk_ned(replika, oha) > 0
        # The rows as they are on the server …
        with psycopg.connect(pg_demo.conninfo()) as c:
            server_data = c.execute(
                "SELECT data FROM malversjon WHERE mal_navn = 'brev' AND versjon = 2"
            ).fetchone()[0]
            oha_id = c.execute("SELECT id FROM bruker WHERE initialer = 'OHA'").fetchone()[0]
        assert _rad(replika, "SELECT aktiv, journalposttyper FROM mal WHERE navn = 'brev'") == (1, "U")
        assert bytes(
            _rad(replika, "SELECT data FROM malversjon WHERE mal_navn = 'brev' AND versjon = 2")[0]
        ) == bytes(server_data)
        utsjekket_av, utsjekket, status, feil = _rad(
            replika,
            "SELECT utsjekket_av_id, utsjekket, arkivstatus, arkivfeil FROM dokumentbeskrivelse WHERE id = ?",
            dok.id,
        )
        assert (utsjekket_av, status, feil) == (oha_id, "feilet", "LibreOffice svarte ikke")
        assert utsjekket is not None
        # … and as the window reads them from the replica.
        lokal = Kontekst(replika, "OHA")
        assert next(r for r in maler.liste(lokal, type_="U") if r.navn == "brev").versjon == 2
        (rad,) = dokumenter.liste(lokal, jpnr)
        assert rad.utsjekket_av == "Ola Hansen" and rad.arkivstatus == "feilet"
        assert rad.arkivfeil == "LibreOffice svarte ikke"

        # Changes arrive incrementally: the check-out undone, the template retired.
        dokumenter.angre_utsjekk(Kontekst(oha, "OHA"), jpnr)
        maler.trekk_tilbake_mal(Kontekst(ala, "ALA"), "brev")
        assert 1 <= synk_ned(replika, oha) <= 6
        assert _rad(replika, "SELECT aktiv FROM mal WHERE navn = 'brev'") == (0,)
        assert _rad(replika, "SELECT utsjekket_av_id FROM dokumentbeskrivelse WHERE id = ?", dok.id) == (
            None,
        )
        assert "brev" not in [r.navn for r in maler.liste(lokal, type_="U")]
        assert dokumenter.liste(lokal, jpnr)[0].utsjekket_av is None
    finally:
        replika.lukk()
        ala.lukk()
        oha.lukk()
