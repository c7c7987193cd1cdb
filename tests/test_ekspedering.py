"""Ekspedering as one unit of work, on SQLite and on PostgreSQL: corrections and channels by mottaker id."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from app.domain.feil import UgyldigInndata, UgyldigTilstand
from app.services import ekspedering, journalposter, saker, visning
from app.services.arbeid import SKRIVETJENESTER, Kontekst
from app.services.journalposter import FilInn, NyJournalpost, PartInn
from app.store import models as m
from tests.test_ekspedering_utsending import pdf


def ctx(db, ini="OHA"):
    return Kontekst(db, ini)


def nytt_brev(db, *mottakere: PartInn, kopi: tuple[PartInn, ...] = (), skjermet: bool = False) -> str:
    sak = saker.opprett_sak(ctx(db), tittel="Sak for ekspedering", klasse="000").saksnummer
    ny = NyJournalpost(
        sak=sak,
        type="U",
        tittel="Vedtak",
        mottakere=list(mottakere),
        kopimottakere=list(kopi),
        filer=[FilInn("vedtak.pdf", pdf("Vedtak"), tilknytning="hoveddokument")],
    )
    if skjermet:
        ny = dataclasses.replace(ny, tilgangskode="U", hjemmel="Offl. § 13", nivaa=2)
    return journalposter.registrer_journalpost(ctx(db), ny).journalpostnummer


def parter(db, jpnr: str) -> dict[str, m.Korrespondansepart]:
    """The mottakere as rows, by name (read straight from the database)."""
    jp_id = visning.vis_journalpost(ctx(db), jpnr).id
    with db.session(les=True) as s:
        rader = s.scalars(
            select(m.Korrespondansepart).where(
                m.Korrespondansepart.journalpost_id == jp_id,
                m.Korrespondansepart.rolle.in_(("mottaker", "kopimottaker")),
            )
        ).all()
        s.expunge_all()
    return {p.navn: p for p in rader}


def logglinjer(db) -> int:
    with db.session(les=True) as s:
        return s.scalar(select(func.count()).select_from(m.Endringslogg))


def tilstand(db, jpnr: str) -> tuple:
    """Everything an ekspedering may change: the post's status and each mottaker's row."""
    jp = visning.vis_journalpost(ctx(db), jpnr)
    rader = sorted(
        (p.id, p.navn, p.epost, p.adresse, p.postnummer, p.poststed, p.kanal, p.ekspedert)
        for p in parter(db, jpnr).values()
    )
    return jp.status, jp.ekspedert_dato, rader, logglinjer(db)


def test_ett_kall_retter_adresser_og_velger_kanal_per_mottaker_id(demo_db):
    db = demo_db
    ut = nytt_brev(
        db,
        PartInn("Anne Uten Adresse"),
        PartInn("Bjørn Med Epost", epost="bjorn@eksempel.no"),
        kopi=(PartInn("Cato Kopi", adresse="Storgata 1"),),
    )
    p = parter(db, ut)
    a, b, c = p["Anne Uten Adresse"].id, p["Bjørn Med Epost"].id, p["Cato Kopi"].id
    # The dict order is the reverse of the post's own order: only the ids may decide.
    kanaler = {c: "epost", b: "papir", a: "epost"}
    adresser = {
        c: {"epost": "cato@eksempel.no"},
        b: {"adresse": "Kirkeveien 2", "postnummer": "0150", "poststed": "Oslo"},
        a: {"epost": " anne@eksempel.no "},
    }
    assert ekspedering.sjekk_ekspedering(ctx(db), ut, kanaler=kanaler) == [
        "Anne Uten Adresse mangler e-postadresse",
        "Bjørn Med Epost mangler postadresse",
        "Cato Kopi mangler e-postadresse",
    ]
    assert ekspedering.sjekk_ekspedering(ctx(db), ut, kanaler=kanaler, adresser=adresser) == []
    assert parter(db, ut)["Anne Uten Adresse"].epost is None, "the check writes nothing"

    res = ekspedering.ekspeder(ctx(db), ut, kanaler=kanaler, adresser=adresser)

    assert res.status == "E" and res.melding == f"Journalpost {ut} er ekspedert"
    etter = parter(db, ut)
    assert {n: p.id for n, p in etter.items()} == {n: q.id for n, q in p.items()}, (
        "the same rows, not new ones"
    )
    assert (etter["Anne Uten Adresse"].epost, etter["Anne Uten Adresse"].kanal) == (
        "anne@eksempel.no",
        "epost",
    )
    bjorn = etter["Bjørn Med Epost"]
    assert (bjorn.adresse, bjorn.postnummer, bjorn.poststed, bjorn.kanal) == (
        "Kirkeveien 2",
        "0150",
        "Oslo",
        "papir",
    )
    assert bjorn.epost == "bjorn@eksempel.no"
    assert (etter["Cato Kopi"].epost, etter["Cato Kopi"].kanal) == ("cato@eksempel.no", "epost")
    assert all(q.ekspedert is not None for q in etter.values())
    felt = {(r.felt, r.fra, r.til) for r in visning.historikk(ctx(db), ut)}
    assert ("epost", None, "anne@eksempel.no") in felt
    assert ("adresse", None, "Kirkeveien 2") in felt
    assert ("status", "R", "E") in felt


def test_avslag_etter_rettelsene_endrer_ingenting(demo_db):
    db = demo_db
    ut = nytt_brev(db, PartInn("Anne Uten Adresse"), PartInn("Bjørn Uten Adresse"))
    p = parter(db, ut)
    a, b = p["Anne Uten Adresse"].id, p["Bjørn Uten Adresse"].id
    annen = nytt_brev(db, PartInn("Dora Annen", epost="dora@eksempel.no"))
    fremmed = parter(db, annen)["Dora Annen"].id
    for_ = tilstand(db, ut)

    # Anne's correction is applied inside the unit of work before Bjørn's missing address refuses it.
    with pytest.raises(UgyldigTilstand, match="kan ikke ekspederes") as e:
        ekspedering.ekspeder(
            ctx(db), ut, kanaler={a: "epost", b: "papir"}, adresser={a: {"epost": "anne@eksempel.no"}}
        )
    assert e.value.detaljer == ["Bjørn Uten Adresse mangler postadresse"]
    assert tilstand(db, ut) == for_

    # A correction naming a mottaker of another post is refused as well, and changes nothing either.
    with pytest.raises(UgyldigInndata, match="hører ikke til journalposten"):
        ekspedering.ekspeder(
            ctx(db), ut, kanal="epost", adresser={a: {"epost": "a@x.no"}, b: {"epost": "b@x.no"}, fremmed: {}}
        )
    assert tilstand(db, ut) == for_
    with pytest.raises(UgyldigInndata, match="Bare adressen kan rettes"):
        ekspedering.ekspeder(ctx(db), ut, kanal="epost", adresser={a: {"epost": "a@x.no", "navn": "Ny"}})
    assert tilstand(db, ut) == for_

    ekspedering.ekspeder(
        ctx(db), ut, kanal="epost", adresser={a: {"epost": "a@x.no"}, b: {"epost": "b@x.no"}}
    )
    assert tilstand(db, ut)[0] == "E"


def test_skjermet_post_kan_ikke_sendes_med_epost_og_rettelsen_rulles_tilbake(demo_db):
    db = demo_db
    ut = nytt_brev(db, PartInn("Eva Skjermet", adresse="Postboks 1"), skjermet=True)
    eva = parter(db, ut)["Eva Skjermet"].id
    for_ = tilstand(db, ut)
    with pytest.raises(UgyldigTilstand, match="unntatt offentlighet"):
        ekspedering.ekspeder(
            ctx(db), ut, kanaler={eva: "epost"}, adresser={eva: {"epost": "eva@eksempel.no"}}
        )
    assert tilstand(db, ut) == for_
    ekspedering.ekspeder(ctx(db), ut, kanaler={eva: "papir"})
    assert parter(db, ut)["Eva Skjermet"].kanal == "papir"


def test_ekspedering_er_sin_egen_tjeneste():
    """Ekspedering lives in its own module; the old alias on journalposter is gone (no import circle)."""
    assert SKRIVETJENESTER["ekspeder"].fn.__module__ == "app.services.ekspedering"
    assert SKRIVETJENESTER["rett_mottaker"].fn.__module__ == "app.services.ekspedering"
    assert not hasattr(journalposter, "ekspeder")
    assert not hasattr(journalposter, "sjekk_ekspedering")
