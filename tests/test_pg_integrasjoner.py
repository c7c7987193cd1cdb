"""The integrations' tables under PostgreSQL's own access control, with the users' login roles."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.services import journalposter, parter, saker
from app.services.arbeid import Kontekst
from app.services.journalposter import NyJournalpost, PartInn
from app.store.models_integrasjon import EinnsynPublisering, Partregister
from tests.test_pg_tilgang import pg_demo  # noqa: F401  (the fixture)

pytestmark = pytest.mark.pg


def test_partregisteret_og_arkivets_tabeller_under_radsikkerhet(pg_demo):  # noqa: F811
    ala, oha = pg_demo.db("ALA"), pg_demo.db("OHA")
    try:
        a = Kontekst(ala, "ALA")
        sak = saker.opprett_sak(
            a, tittel="Personalsak", tilgangskode="P", hjemmel="Offl. § 25", nivaa=3, klasse="000"
        )
        journalposter.registrer_journalpost(
            a,
            NyJournalpost(
                sak=sak.saksnummer, type="I", tittel="Søknad", avsendere=[PartInn("Kari Skjermet")]
            ),
        )
        o = Kontekst(oha, "OHA")
        sak2 = saker.opprett_sak(o, tittel="Åpen sak", klasse="000").saksnummer
        journalposter.registrer_journalpost(
            o, NyJournalpost(sak=sak2, type="I", tittel="Brev", avsendere=[PartInn("Per Åpen")])
        )

        assert [p.navn for p in parter.forslag(a, "skjermet")] == ["Kari Skjermet"]
        assert parter.forslag(o, "skjermet") == []
        assert [p.navn for p in parter.forslag(o, "åpen")] == ["Per Åpen"]
        with oha.session(les=True) as s:
            # The database itself hides the shielded row from OHA, not only the service.
            assert (
                s.scalar(
                    select(func.count()).select_from(Partregister).where(Partregister.navn == "Kari Skjermet")
                )
                == 0
            )
            assert s.scalar(select(func.count()).select_from(EinnsynPublisering)) == 0
        with oha.session() as s:
            s.add(
                EinnsynPublisering(
                    journalpost_id=1, ekstern_id="x", status="publisert", forsok=0, navn_fjernet=False
                )
            )
            with pytest.raises(Exception, match="row-level security"):
                s.flush()
    finally:
        ala.lukk()
        oha.lukk()
