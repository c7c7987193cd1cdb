"""Periods (Noark 5 periodisering): a new arkivdel takes the new saker, the old one is in
overlappingsperiode (its open saker still take journalposter), then avsluttet once every sak is
closed; closing a sak arkiverer its journalposter once every document has arkivformat. The
arkivuttrekk of a closed period passes the strict check. SQLite and PostgreSQL (owner connection).
"""

from __future__ import annotations

from datetime import date

import pytest
from lxml import etree
from sqlalchemy import select

from app.domain.feil import IngenTilgang, UgyldigTilstand
from app.services import arkivformat, avskrivning, dokumenter, journalposter, perioder, saker
from app.services.arbeid import Kontekst
from app.services.demo import enkel_pdf
from app.services.eksport import eksporter_noark5
from app.services.journalposter import NyJournalpost, PartInn
from app.store import models as m
from tests.support.cli import kjor_cli
from tests.test_cli import db_arg
from tests.test_eksport_noark5 import AS, SPESIFIKASJON


def _arkivdel_for(db, saksnr: str) -> str:
    aar, nr = (int(x) for x in saksnr.split("/"))
    with db.session(les=True) as s:
        sak = s.scalar(select(m.Sak).where(m.Sak.saksaar == aar, m.Sak.sakssekvensnummer == nr))
        return s.get(m.Arkivdel, sak.arkivdel_id).tittel


def _lukket_sak(db, tittel: str) -> tuple[str, str]:
    """A sak with one answered, journalført incoming post and a document with arkivformat, closed."""
    arkiv, sbh = Kontekst(db, "ALA"), Kontekst(db, "MBE")
    nr = saker.opprett_sak(sbh, tittel=tittel, klasse="010").saksnummer
    jp = journalposter.registrer_journalpost(
        sbh, NyJournalpost(sak=nr, type="I", tittel="Henvendelse", avsendere=[PartInn("Ørjan Åsen")])
    ).journalpostnummer
    dokumenter.legg_til_dokument(sbh, jp, dokumenter.FilInn("henvendelse.pdf", enkel_pdf("Hei på deg")))
    avskrivning.avskriv(sbh, [jp], kode="TE")
    journalposter.journalfor(arkiv, jp)
    with pytest.raises(UgyldigTilstand) as e:
        saker.sett_saksstatus(arkiv, nr, "A")
    assert any("mangler arkivformat" in d for d in e.value.detaljer)
    assert not arkivformat.lag_arkivformat(arkiv, jp).feilet
    saker.sett_saksstatus(arkiv, nr, "A")
    assert journalposter_status(db, jp) == "A"  # closing the sak arkiverer its journalposter
    return nr, jp


def journalposter_status(db, jpnr: str) -> str:
    from app.services.visning import vis_journalpost

    return vis_journalpost(Kontekst(db, "ALA"), jpnr).status


def test_ny_periode_overlapping_og_avsluttet(demo_db, tmp_path, monkeypatch):
    db = demo_db
    arkiv = Kontekst(db, "ALA")
    aapen = "2026/1"
    assert _arkivdel_for(db, aapen) == "Saksarkiv"
    with pytest.raises(IngenTilgang):
        perioder.ny_periode(Kontekst(db, "OHA"), tittel="Saksarkiv 2027", fra=date(2027, 1, 1))
    perioder.ny_periode(arkiv, tittel="Saksarkiv 2027", fra=date(2027, 1, 1))
    status = {d.tittel: d for d in perioder.arkivdeler(arkiv)}
    assert status["Saksarkiv"].status == "overlapping" and status["Saksarkiv"].periode_slutt == date(
        2026, 12, 31
    )
    assert status["Saksarkiv 2027"].status == "aktiv" and status["Saksarkiv 2027"].forloper == "Saksarkiv"

    # New saker go to the new period; an open sak in the old one still takes journalposter.
    ny = saker.opprett_sak(Kontekst(db, "MBE"), tittel="Ny sak i ny periode", klasse="000").saksnummer
    assert _arkivdel_for(db, ny) == "Saksarkiv 2027"
    # Registered by the sak's saksansvarlig: writing in a sak needs write access (issue 20 item 4).
    journalposter.registrer_journalpost(
        Kontekst(db, "MBE"),
        NyJournalpost(sak=aapen, type="I", tittel="Ettersending", avsendere=[PartInn("Kari")]),
    )
    assert _arkivdel_for(db, aapen) == "Saksarkiv"

    # The old period cannot be closed while saker in it are open; the refusal lists them.
    with pytest.raises(UgyldigTilstand) as e:
        perioder.avslutt_periode(arkiv, "Saksarkiv")
    assert any(d.startswith(aapen + " ") for d in e.value.detaljer)
    with pytest.raises(UgyldigTilstand, match="aktiv"):
        perioder.avslutt_periode(arkiv, "Saksarkiv 2027")

    # A period whose saker are all closed: closed, and exported without --test.
    monkeypatch.setenv("SAKSBORD_IDAG", "2028-02-01")
    perioder.ny_periode(arkiv, tittel="Saksarkiv 2028", fra=date(2028, 1, 1))
    nr, _jp = _lukket_sak(db, "Sak i periode 2028")
    assert _arkivdel_for(db, nr) == "Saksarkiv 2028"
    perioder.ny_periode(arkiv, tittel="Saksarkiv 2029", fra=date(2029, 1, 1))
    perioder.avslutt_periode(arkiv, "Saksarkiv 2028")
    assert {d.tittel: d.status for d in perioder.arkivdeler(arkiv)}["Saksarkiv 2028"] == "avsluttet"

    p = kjor_cli("--db", db_arg(db), "arkivdel", "liste", "--bruker", "ALA")
    assert p.returncode == 0 and "Overlappingsperiode" in p.stdout and "Avsluttet periode" in p.stdout

    ut = tmp_path / "u"
    res = eksporter_noark5(arkiv, arkivdel="Saksarkiv 2028", ut=ut, skjemaer=SPESIFIKASJON)
    assert res.kontroll.ok and not res.kontroll.advarsler, res.kontroll.feil + res.kontroll.advarsler
    assert (res.mapper, res.registreringer) == (1, 1)
    tre = etree.parse(str(ut / "arkivstruktur.xml"))
    assert tre.findtext(f".//{AS}arkivdelstatus") == "Avsluttet periode"
    assert tre.findtext(f".//{AS}avsluttetAv") == "Anne Larsen"
    assert tre.findtext(f".//{AS}arkivperiodeStartDato") == "2028-01-01"
    assert tre.findtext(f".//{AS}referanseForloeper")
