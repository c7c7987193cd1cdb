"""Fiks Arkiv arkivmelding from a fagsystem: validated, registered once, answered with a valid kvittering."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import func, select

from app.integrasjoner import fiks_arkiv as fa
from app.services import arkivmelding, innstillinger, visning
from app.services.arbeid import Kontekst
from app.store import models as m
from tests.support.arkivmelding import SKJEMAER, lag_melding

ARKIV = "ALA"


@pytest.fixture
def ctx(demo_db, tmp_path) -> Kontekst:
    c = Kontekst(demo_db, ARKIV)
    if demo_db.er_postgres:
        # On the shared server settings are written over the owner's connection (init-db).
        with demo_db.session() as s:
            s.merge(m.Innstilling(navn="fiks_arkiv_skjemaer", verdi=str(SKJEMAER)))
            s.merge(m.Innstilling(navn="fiks_arkiv_mappe", verdi=str(tmp_path / "fiks")))
            s.commit()
    else:
        innstillinger.sett_innstilling(c, "fiks_arkiv_skjemaer", str(SKJEMAER))
        innstillinger.sett_innstilling(c, "fiks_arkiv_mappe", str(tmp_path / "fiks"))
    return c


def _antall(db) -> tuple[int, int, int]:
    with db.session(les=True) as s:
        return (
            s.scalar(select(func.count()).select_from(m.Sak)),
            s.scalar(select(func.count()).select_from(m.Journalpost)),
            s.scalar(select(func.count()).select_from(m.Dokumentbeskrivelse)),
        )


def _kvittering(svar: str) -> etree._Element:
    rot = etree.fromstring(svar.encode())
    skjema = etree.XMLSchema(
        etree.parse(str(SKJEMAER / "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.kvittering.xsd"))
    )
    assert skjema.validate(rot), skjema.error_log
    return rot


def _tekst(rot: etree._Element, navn: str) -> list[str]:
    return [e.text for e in rot.iter(f"{{*}}{navn}")]


def test_gyldig_melding_gir_sak_og_journalpost_en_gang_selv_om_den_sendes_to_ganger(ctx, tmp_path):
    for_ = _antall(ctx.db)
    melding = lag_melding(tmp_path / "melding1")

    forste = arkivmelding.motta(ctx, melding)
    etter_forste = _antall(ctx.db)
    andre = arkivmelding.motta(ctx, melding)

    assert forste.status == "opprettet", forste.melding
    assert etter_forste == (for_[0] + 1, for_[1] + 1, for_[2] + 2)
    assert andre.status == "eksisterende"
    assert _antall(ctx.db) == etter_forste
    assert andre.journalpostnummer == forste.journalpostnummer

    k1, k2 = _kvittering(forste.svar), _kvittering(andre.svar)
    assert _tekst(k1, "opprettetEllerEksisterende") == ["Opprettet", "Opprettet"]
    assert _tekst(k2, "opprettetEllerEksisterende") == ["Eksisterende", "Eksisterende"]
    assert _tekst(k1, "systemID")[:2] == _tekst(k2, "systemID")[:2]
    assert Path(forste.svarfil).read_text(encoding="utf-8") == forste.svar
    assert Path(andre.svarfil).read_text(encoding="utf-8") == andre.svar

    jp = visning.vis_journalpost(ctx, forste.journalpostnummer)
    assert jp.tittel == "Søknad om rammetillatelse, gnr. 12 bnr. 34"
    assert jp.type == "I" and jp.status == "S"
    assert [p.navn for p in jp.avsender] == ["Bygg og Betong AS"]
    assert sorted(d.tittel for d in jp.dokumenter) == ["Situasjonsplan", "Søknad om rammetillatelse"]
    assert jp.saksnummer == forste.saksnummer
    sak = visning.vis_sak(ctx, forste.saksnummer)
    assert sak.tittel == "Rammetillatelse gnr. 12 bnr. 34"


def test_en_ny_journalpost_i_samme_sak_finner_saken_paa_fagsystemets_noekkel(ctx, tmp_path):
    forste = arkivmelding.motta(ctx, lag_melding(tmp_path / "a"))
    andre = arkivmelding.motta(
        ctx, lag_melding(tmp_path / "b", jpnoekkel="BS-2026-77-2", tittel="Tilleggsopplysninger")
    )

    assert andre.status == "opprettet"
    assert andre.saksnummer == forste.saksnummer
    assert andre.journalpostnummer != forste.journalpostnummer
    k = _kvittering(andre.svar)
    assert _tekst(k, "opprettetEllerEksisterende") == ["Eksisterende", "Opprettet"]


def test_ugyldig_melding_avvises_med_skjemafeilen_og_ingenting_registreres(ctx, tmp_path):
    for_ = _antall(ctx.db)
    gyldig = (lag_melding(tmp_path / "mal") / "arkivmelding.xml").read_text(encoding="utf-8")
    ugyldig = gyldig.replace("<antallFiler>2</antallFiler>", "<antallFiler>to</antallFiler>")
    melding = lag_melding(tmp_path / "ugyldig", xml=ugyldig)

    res = arkivmelding.motta(ctx, melding)

    assert res.status == "feilet"
    assert "antallFiler" in res.melding and "to" in res.melding
    assert _antall(ctx.db) == for_
    svar = etree.fromstring(res.svar.encode())
    assert etree.QName(svar).localname == "ugyldigforespoersel"
    assert "antallFiler" in _tekst(svar, "feilmelding")[0]
    feilet = arkivmelding.rotmappe(ctx) / "feilet" / "ugyldig"
    assert (feilet / "arkivmelding.xml").read_text(encoding="utf-8") == ugyldig
    rader = arkivmelding.mottak(ctx)
    assert rader[0].status == "feilet" and "antallFiler" in rader[0].feil


def test_en_regel_som_stopper_midtveis_etterlater_ingenting(ctx, tmp_path):
    """A valid message whose journalpost a rule refuses: the sak made first is rolled back too."""
    for_ = _antall(ctx.db)
    gyldig = (lag_melding(tmp_path / "mal") / "arkivmelding.xml").read_text(encoding="utf-8")
    uten_avsender = gyldig.split("<korrespondansepart>")[0] + gyldig.split("</korrespondansepart>")[1]

    res = arkivmelding.motta(ctx, lag_melding(tmp_path / "halv", xml=uten_avsender))

    assert res.status == "feilet"
    assert "avsender" in res.melding
    assert _antall(ctx.db) == for_


def test_overvaaket_mappe_flytter_behandlede_og_feilede(ctx, tmp_path):
    inn = arkivmelding.rotmappe(ctx) / "inn"
    lag_melding(inn / "god")
    lag_melding(inn / "tom", xml="<ikke-xml")

    res = arkivmelding.motta_mappe(ctx)

    assert [r.status for r in res] == ["opprettet", "feilet"]
    rot = arkivmelding.rotmappe(ctx)
    assert list(inn.iterdir()) == []
    assert (rot / "behandlet" / "god").is_dir() and (rot / "feilet" / "tom").is_dir()
    assert (rot / "svar" / "god-kvittering.xml").is_file()


def test_skjemaene_leses_fra_innstillingen_ikke_fra_programmet(demo_sqlite, tmp_path):
    ctx = Kontekst(demo_sqlite, ARKIV)
    innstillinger.sett_innstilling(ctx, "fiks_arkiv_skjemaer", str(tmp_path / "tom"))
    res = arkivmelding.registrer_arkivmelding(ctx, navn="x", xml=b"<a/>", filer={})
    assert res.status == "feilet"
    assert "fiks_arkiv_skjemaer" in res.melding
    with pytest.raises(fa.UgyldigMelding):
        fa.les_melding(tmp_path)


def test_zip_med_arkivformat_gir_ett_dokument_med_begge_variantene(ctx, tmp_path):
    import zipfile

    mappe = lag_melding(tmp_path / "zipkilde", jpnoekkel="BS-2026-77-9")
    xml = (mappe / "arkivmelding.xml").read_text(encoding="utf-8")
    arkivobjekt = """<dokumentobjekt>
        <versjonsnummer>1</versjonsnummer>
        <variantformat><mdk:kode>A</mdk:kode></variantformat>
        <filnavn>Søknad rammetillatelse (PDF-A).pdf</filnavn>
        <referanseDokumentfil>soknad-a.pdf</referanseDokumentfil>
      </dokumentobjekt>
    </dokumentbeskrivelse>"""
    xml = xml.replace("</dokumentbeskrivelse>", arkivobjekt, 1)
    zipfil = tmp_path / "byggsak.zip"
    with zipfile.ZipFile(zipfil, "w") as z:
        z.writestr("arkivmelding.xml", xml)
        z.writestr("soknad.pdf", (mappe / "soknad.pdf").read_bytes())
        z.writestr("soknad-a.pdf", b"%PDF-1.4 arkivformat")
        z.writestr("situasjonsplan.pdf", (mappe / "situasjonsplan.pdf").read_bytes())

    res = arkivmelding.motta(ctx, zipfil)

    assert res.status == "opprettet", res.melding
    dokumenter = visning.vis_journalpost(ctx, res.journalpostnummer).dokumenter
    assert len({d.id for d in dokumenter}) == 2
    hoved = sorted((d.variant, d.filnavn) for d in dokumenter if d.tilknytning == "hoveddokument")
    assert [v for v, _ in hoved] == ["arkivformat", "produksjonsformat"]
