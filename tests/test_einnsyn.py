"""eInnsyn publication against a fake that follows the OpenAPI: publish, update, withdraw, retry, nothing hidden leaks."""

from __future__ import annotations

import keyring
import pytest

from app.domain.regler.offentlighet import arbeidsdager_etter
from app.services import einnsyn, innstillinger, journalposter, merking, saker, visning
from app.services.arbeid import Kontekst
from app.services.data import SKJERMET
from app.services.dokumenter import FilInn
from app.services.journalposter import NyJournalpost, PartInn
from app.services.postliste import postliste
from app.store import models as m
from tests.support.einnsyn import MinneNokkelring
from tests.support.einnsyn import einnsyn as falsk_einnsyn

ARKIV = "ALA"


@pytest.fixture
def nokkelring():
    forrige = keyring.get_keyring()
    ring = MinneNokkelring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(forrige)


def _sett(db, ctx, navn: str, verdi: str) -> None:
    if db.er_postgres:
        with db.session() as s:
            s.merge(m.Innstilling(navn=navn, verdi=verdi))
            s.commit()
    else:
        innstillinger.sett_innstilling(ctx, navn, verdi)


@pytest.fixture
def oppsett(demo_db, httpserver, nokkelring):
    ctx = Kontekst(demo_db, ARKIV)
    falsk, url = falsk_einnsyn(httpserver)
    _sett(demo_db, ctx, "einnsyn_url", url)
    _sett(demo_db, ctx, "einnsyn_virksomhet", "939885684")
    _sett(
        demo_db, ctx, "einnsyn_ventetid_dager", "0"
    )  # the demo was journaled today; the delay has its own test
    einnsyn.lagre_api_noekkel(ctx, "test-nokkel")
    return ctx, falsk


def _offentlige(ctx) -> set[str]:
    """What the printed offentlig journal lists, ready by today (QA delay 1 working day)."""
    rader = postliste(ctx, fra=ctx.db.idag().replace(year=2000), til=ctx.db.idag())
    ventende = {
        s.journalpostnummer
        for s in einnsyn.status(ctx)
        if s.status == "venter" and s.klar_fra > ctx.db.idag()
    }
    return {r.journalpostnummer for r in rader} - ventende


def _publiserte(falsk) -> dict[str, dict]:
    return {o["externalId"].rsplit(":", 1)[1]: o for o in falsk.av_type("journalpost")}


def test_publiser_oppdater_og_trekk_tilbake_uten_duplikater(oppsett):
    ctx, falsk = oppsett
    forventet = _offentlige(ctx)
    assert forventet, "demoen har journalførte poster"

    forste = einnsyn.publiser(ctx)
    assert forste.publisert == len(forventet) and forste.feilet == 0
    assert set(_publiserte(falsk)) == forventet
    assert "API-KEY" not in str(falsk.objekter)  # the key goes in the header only

    andre = einnsyn.publiser(ctx)
    assert (andre.publisert, andre.oppdatert, andre.uendret) == (0, 0, len(forventet))
    assert len(falsk.av_type("journalpost")) == len(forventet)
    assert len(falsk.av_type("saksmappe")) == len({o["saksmappe"] for o in falsk.av_type("journalpost")})

    # P is listed with its shielded fields replaced (003 default "erstatt"): the post is updated.
    endret = sorted(forventet)[0]
    journalposter.skjerm_journalpost(ctx, endret, kode="P", hjemmel="Offl. § 25", nivaa=3)
    tredje = einnsyn.publiser(ctx)
    assert (tredje.publisert, tredje.oppdatert, tredje.trukket) == (0, 1, 0)
    obj = _publiserte(falsk)[endret]
    assert obj["korrespondansepart"] == [] and obj["skjerming"]["tilgangsrestriksjon"] == "P"
    assert len(falsk.av_type("journalpost")) == len(forventet)

    # U is left off the offentlig journal (003, issue 20 item 9): eInnsyn withdraws it as the postliste drops it.
    utelatt = sorted(forventet)[1]
    journalposter.skjerm_journalpost(ctx, utelatt, kode="U", hjemmel="Offl. § 13", nivaa=3)
    fjerde = einnsyn.publiser(ctx)
    assert (fjerde.publisert, fjerde.oppdatert, fjerde.trukket) == (0, 0, 1)
    assert utelatt not in _offentlige(ctx)

    trekkes = sorted(forventet)[-1]
    journalposter.feilregistrer(ctx, trekkes, grunn="Feil sak")
    femte = einnsyn.publiser(ctx)
    assert femte.trukket == 1
    assert set(_publiserte(falsk)) == forventet - {utelatt, trekkes}
    status = {s.journalpostnummer: s.status for s in einnsyn.status(ctx)}
    assert status[trekkes] == "trukket" and status[utelatt] == "trukket" and status[endret] == "publisert"


def test_serverfeil_vises_som_feilet_og_neste_forsok_publiserer_en_gang(oppsett):
    ctx, falsk = oppsett
    forventet = _offentlige(ctx)
    falsk.feil_neste = 10_000

    res = einnsyn.publiser(ctx)

    assert res.feilet == len(forventet) and res.publisert == 0
    assert falsk.av_type("journalpost") == []
    feilet = [s for s in einnsyn.status(ctx) if s.status.startswith("feilet")]
    assert len(feilet) == len(forventet)
    assert feilet[0].status == "feilet: eInnsyn svarte med feil 500: Intern feil"

    falsk.feil_neste = 0
    en = visning.vis_journalpost(ctx, sorted(forventet)[0]).id
    assert einnsyn.publiser(ctx, kun={en}).publisert == 1
    assert einnsyn.publiser(ctx).publisert == len(forventet) - 1
    assert set(_publiserte(falsk)) == forventet
    assert not [s for s in einnsyn.status(ctx) if s.status.startswith("feilet")]


def test_et_svar_som_gikk_tapt_gir_ingen_dublett_ved_nytt_forsok(oppsett):
    ctx, falsk = oppsett
    forventet = _offentlige(ctx)
    falsk.mist_svar_paa_ny = 1

    forste = einnsyn.publiser(ctx)
    andre = einnsyn.publiser(ctx)

    assert forste.feilet == 1 and andre.oppdatert == 1 and andre.publisert == 0
    ekstern = [o["externalId"] for o in falsk.av_type("journalpost")]
    assert len(ekstern) == len(set(ekstern)) == len(forventet)


def test_ingenting_publiseres_som_den_offentlige_journalen_skjuler(demo_sqlite, httpserver, nokkelring):
    ctx = Kontekst(demo_sqlite, ARKIV)
    falsk, url = falsk_einnsyn(httpserver)
    innstillinger.sett_innstilling(ctx, "einnsyn_url", url)
    innstillinger.sett_innstilling(ctx, "einnsyn_ventetid_dager", "0")
    einnsyn.lagre_api_noekkel(ctx, "test-nokkel")
    sak = saker.opprett_sak(ctx, tittel="Klage fra Ola Hemmelig på vedtak", klasse="000").saksnummer
    # Shielded title words (issue 20 item 10): marked on the sak and the journalpost, never shown to the public.
    merking.skjerm_ord_i_sakstittel(ctx, sak, ord=["Ola Hemmelig"])

    def inn(tittel, **kw):
        ny = NyJournalpost(sak=sak, type="I", tittel=tittel, avsendere=[PartInn("Kari Privat", epost="k@p.no")],
                           filer=[FilInn("brev.pdf", b"%PDF-1.4 brev", tilknytning="hoveddokument"),
                                  FilInn("vedlegg.pdf", b"%PDF-1.4 vedlegg")], **kw)  # fmt: skip
        return journalposter.registrer_journalpost(ctx, ny).journalpostnummer

    ikke_vurdert = inn("Midlertidig skjermet", tilgangskode="XX", hjemmel="Offl. § 13", nivaa=3)
    ikke_journalfort = inn("Ikke kontrollert ennå")
    # P is listed masked; U is left off the journal entirely (003, issue 20 item 9).
    skjermet = inn("Skjermet", tilgangskode="P", hjemmel="Offl. § 25", nivaa=3)
    utelatt = inn("Unntatt", tilgangskode="U", hjemmel="Offl. § 13", nivaa=3)
    aapen = inn("Klage fra Ola Hemmelig")
    merking.skjerm_ord_i_tittel(ctx, aapen, ord=["Ola Hemmelig"])
    for nr in (skjermet, utelatt, aapen):
        journalposter.journalfor(ctx, nr)
    dokumenter = visning.vis_journalpost(ctx, aapen).dokumenter
    einnsyn.merk_dokument(ctx, next(d.id for d in dokumenter if d.tittel == "brev.pdf"))

    einnsyn.publiser(ctx)

    ute = _publiserte(falsk)
    assert ikke_vurdert not in ute and ikke_journalfort not in ute and utelatt not in ute
    assert ute[skjermet]["korrespondansepart"] == [] and falsk.dokumenter(ute[skjermet]) == []
    assert ute[aapen]["offentligTittel"] == "Klage fra ************"
    assert "Hemmelig" not in str(falsk.objekter)
    assert [p["korrespondansepartNavn"] for p in ute[aapen]["korrespondansepart"]] == ["Kari Privat"]
    assert [d["tittel"] for d in falsk.dokumenter(ute[aapen])] == ["brev.pdf"]
    assert falsk.avviste == []


def test_ventetid_og_personnavn_fjernes_etter_alderen(demo_sqlite, httpserver, nokkelring, monkeypatch):
    ctx = Kontekst(demo_sqlite, ARKIV)
    falsk, url = falsk_einnsyn(httpserver)
    innstillinger.sett_innstilling(ctx, "einnsyn_url", url)
    einnsyn.lagre_api_noekkel(ctx, "test-nokkel")
    sak = saker.opprett_sak(ctx, tittel="Tilskudd", klasse="000").saksnummer
    ny = NyJournalpost(
        sak=sak,
        type="I",
        tittel="Søknad",
        avsendere=[PartInn("Per Privatperson"), PartInn("Lag og Forening AS")],
    )
    nr = journalposter.registrer_journalpost(ctx, ny).journalpostnummer
    journalposter.journalfor(ctx, nr)

    einnsyn.publiser(ctx)
    assert nr not in _publiserte(falsk)
    assert next(s for s in einnsyn.status(ctx) if s.journalpostnummer == nr).status == "venter"

    einnsyn.publiser(ctx, til=arbeidsdager_etter(ctx.db.idag(), 1))
    assert [p["korrespondansepartNavn"] for p in _publiserte(falsk)[nr]["korrespondansepart"]] == [
        "Per Privatperson", "Lag og Forening AS"
    ]  # fmt: skip
    gammel = sorted(o for o in _publiserte(falsk) if o != nr)
    innstillinger.sett_innstilling(ctx, "einnsyn_navn_maaneder", "1")
    monkeypatch.setenv("SAKSBORD_IDAG", ctx.db.idag().replace(year=ctx.db.idag().year + 1).isoformat())

    res = einnsyn.publiser(ctx)

    assert res.oppdatert >= 1
    navn = [p["korrespondansepartNavn"] for p in _publiserte(falsk)[nr]["korrespondansepart"]]
    assert navn == [SKJERMET, "Lag og Forening AS"]
    assert gammel
