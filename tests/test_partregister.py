"""The party register: a party typed once is offered again, a shielded one only to those who may see it."""

from __future__ import annotations

from app.services import journalposter, parter, saker
from app.services.arbeid import Kontekst
from app.services.journalposter import NyJournalpost, PartInn


def _inn(db, ini, avsender: PartInn, **skjerming):
    ctx = Kontekst(db, ini)
    sak = saker.opprett_sak(ctx, tittel="Sak for partregisteret", klasse="000").saksnummer
    return journalposter.registrer_journalpost(
        ctx, NyJournalpost(sak=sak, type="I", tittel="Henvendelse", avsendere=[avsender], **skjerming)
    )


def test_en_part_som_er_skrevet_en_gang_foreslaas_igjen(demo_db):
    ctx = Kontekst(demo_db, "OHA")
    part = PartInn(navn="Vestby Rør AS", epost="post@vestbyror.no", adresse="Industriveien 3",
                   postnummer="1540", poststed="Vestby", orgnr="974760673")  # fmt: skip
    _inn(demo_db, "OHA", part)
    _inn(demo_db, "OHA", part)

    treff = parter.forslag(ctx, "vestby rør")

    assert len(treff) == 1
    f = treff[0]
    assert (f.navn, f.epost, f.adresse, f.postnummer, f.poststed, f.orgnr) == (
        "Vestby Rør AS", "post@vestbyror.no", "Industriveien 3", "1540", "Vestby", "974760673"
    )  # fmt: skip
    assert parter.forslag(ctx, "974760673")[0].id == f.id
    # Internal parties (initials) are users, not address-book entries.
    _inn(demo_db, "OHA", PartInn(navn="KLE"))
    assert all(p.navn != "KLE" for p in parter.forslag(ctx))


def test_en_skjermet_part_foreslaas_bare_til_den_som_har_tilgang(demo_db):
    _inn(demo_db, "ALA", PartInn(navn="Kari Hemmelig", epost="kari@example.no"),
         tilgangskode="U", hjemmel="Offl. § 13", nivaa=3)  # fmt: skip

    assert [p.navn for p in parter.forslag(Kontekst(demo_db, "ALA"), "hemmelig")] == ["Kari Hemmelig"]
    assert parter.forslag(Kontekst(demo_db, "OHA"), "hemmelig") == []
