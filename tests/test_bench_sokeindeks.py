"""The trigram search tables (app/store/fulltekst.py) answer exactly as the LIKE scan and stay in step."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from app.store.db import Database
    from bench.generate import generer

    sti = tmp_path_factory.mktemp("sok") / "sok.sqlite"
    generer(sti, journalposter=1500, brukere=40, enheter=5, seed=5, logg=lambda *_: None)
    d = Database.aapne(sti, opprett=False)
    yield d
    d.lukk()


def _begge(db, ctx, tekst):
    from app.services import sok

    sok._SOKEINDEKS[db] = True
    med = sok.sok(ctx, tekst)
    sok._SOKEINDEKS[db] = False
    uten = sok.sok(ctx, tekst)
    sok._SOKEINDEKS.pop(db)
    return med, uten


def _arkiv(db):
    from app.services.arbeid import Kontekst

    with db.engine.connect() as c:
        ini = c.exec_driver_sql(
            "SELECT initialer FROM bruker b JOIN bruker_rolle r ON r.bruker_id = b.id AND r.rolle = 'arkiv'"
        ).scalar()
    return Kontekst(db, ini)


@pytest.mark.parametrize(
    "tekst",
    [
        "garasje",
        "Hansen",
        "byggesak garasje",
        "søknad",
        "gnr 12",
        "AS",
        "ol",
        "bygg as",
        "Statens vegvesen",
        "befaring",
        "haugen bakken",
        "ærlig",
        "a_b",
        "vedtak klage",
    ],
)
def test_indeksen_gir_samme_treff_som_skanningen(db, tekst):
    from app.store import fulltekst

    with db.engine.connect() as c:
        assert fulltekst.har_sokeindeks(c)
    med, uten = _begge(db, _arkiv(db), tekst)
    assert med == uten


def test_indeksen_folger_registrering_og_endring(db):
    from app.services import journalposter, sok
    from app.services.journalposter import NyJournalpost, PartInn

    ctx = _arkiv(db)
    with db.engine.connect() as c:
        sak = c.exec_driver_sql(
            "SELECT id FROM sak WHERE status = 'B' AND tilgangskode IS NULL LIMIT 1"
        ).scalar()
    r = journalposter.registrer_journalpost(
        ctx,
        NyJournalpost(
            sak=sak,
            type="I",
            tittel="Kvitteringsblankett Qzxv",
            avsendere=[PartInn(navn="Wyrmbakken Ytterstad")],
        ),
    )
    assert r.id in sok.sok(ctx, "qzxv").journalposter
    assert r.id in sok.sok(ctx, "wyrmbakken").journalposter
    assert r.id in sok.sok(ctx, "qzxv ytterstad").journalposter  # title word and party word together
    journalposter.endre_journalpost(
        ctx, r.id, tittel="Omdøpt Plonkvik", avsendere=[PartInn(navn="Gnurfeldt")]
    )
    assert r.id not in sok.sok(ctx, "qzxv").journalposter
    assert r.id not in sok.sok(ctx, "wyrmbakken").journalposter
    assert r.id in sok.sok(ctx, "plonkvik gnurfeldt").journalposter
    for tekst in ("plonkvik", "gnurfeldt", "qzxv"):
        med, uten = _begge(db, ctx, tekst)
        assert med == uten


@pytest.mark.parametrize("tekst", ["gnr 12", "bygg as", "søknad om", "AS Bygg"])
@pytest.mark.parametrize("driver", [0, 10**9])
def test_korte_og_lange_ord_sammen_gir_samme_treff_hvilken_tabell_som_driver(db, tekst, driver, monkeypatch):
    """Mixed short and long words: led by the prefix index or by the trigram table, the same hits."""
    from app.store import fulltekst

    monkeypatch.setattr(fulltekst, "KORT_DRIVER", driver)
    med, uten = _begge(db, _arkiv(db), tekst)
    assert med == uten
