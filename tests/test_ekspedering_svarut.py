"""The SvarUt channel against the spec-following fake SvarUt: exactly one forsendelse per mottaker.

Success with the status polled into Historikk up to LEST and to PRINTET, a timeout after SvarUt
accepted (found again by eksternReferanse: one forsendelse), a stop mid-send (the next run finds
it and posts nothing), and a permanent refusal (recorded, nothing sent, the post not E).
"""

from __future__ import annotations

import pytest

from app.integrasjoner.fiks.svarut import SvarUtDokument, SvarUtForsendelse, SvarUtKlient, SvarUtMottaker
from app.services import innstillinger, visning
from app.services.arbeid import Kontekst
from app.services.ekspedering import forsendelse, svarut, utsending
from app.services.ekspedering.utsending import Kanaloppsett
from app.services.journalposter import PartInn
from tests.test_ekspedering_utsending import brev, parter, rader

ANNE = PartInn("Anne Digital", adresse="Storgata 1", postnummer="2211", poststed="Kongsvinger")
BJORN = PartInn("Bjørn Print", adresse="Kirkeveien 2", postnummer="0150", poststed="Oslo")


def ctx(db, ini="OHA"):
    return Kontekst(db, ini)


@pytest.fixture
def svarut_oppsett(demo_sqlite, svarut_fake, nokkelring):
    for navn, verdi in (("svarut.url", svarut_fake.url), ("svarut.brukernavn", svarut_fake.konto_id)):
        innstillinger.sett_innstilling(ctx(demo_sqlite, "ALA"), navn, verdi)
    nokkelring.set_password(svarut.SVARUT_NOKKELRING, svarut_fake.konto_id, svarut_fake.passord)
    return svarut_fake


def oppsett(db, tmp_path, *, tidsavbrudd: float = 20.0) -> Kanaloppsett:
    lag = svarut.klientlager(ctx(db), tidsavbrudd=tidsavbrudd)
    assert lag is not None
    return Kanaloppsett(tmp_path, svarut=svarut.lag_sender(lag))


def test_svarut_er_standard_og_sender_en_forsendelse_per_mottaker(demo_sqlite, svarut_oppsett, tmp_path):
    db, fake = demo_sqlite, svarut_oppsett
    jpnr = brev(db, ANNE, BJORN)
    rapport = utsending.send_ekspedering(ctx(db), jpnr, oppsett=utsending.standard_oppsett(ctx(db), tmp_path))
    assert rapport.ekspedert, rapport
    assert fake.ugyldige == []
    assert len(fake.forsendelser) == 2
    per_ref = {f.metadata["eksternReferanse"]: f for f in fake.forsendelser.values()}
    mine = {r.uuid: r for r in rader(db, jpnr)}
    assert set(per_ref) == set(mine), "our dispatch uuid is SvarUt's eksternReferanse"
    for uuid, r in mine.items():
        assert r.kanal == "svarut" and r.status == "sendt" and r.ekstern_id == per_ref[uuid].id
        assert [f[0] for f in per_ref[uuid].filer] == ["vedtak.pdf", "kart.pdf"]
    navn = {f.metadata["mottaker"]["navn"]: f.id for f in fake.forsendelser.values()}
    assert set(navn) == {"Anne Digital", "Bjørn Print"}

    fake.les(navn["Anne Digital"])
    fake.skriv_ut(navn["Bjørn Print"])
    linjer = svarut.oppdater_status(ctx(db), jpnr)
    assert sorted(linje.split(" (")[0] for linje in linjer) == ["Anne Digital: LEST", "Bjørn Print: PRINTET"]
    st = {f.mottaker: f.ekstern_status for f in forsendelse.status(ctx(db), jpnr).forsendelser}
    assert st == {"Anne Digital": "LEST", "Bjørn Print": "PRINTET"}
    historikk = [r.til or "" for r in visning.historikk(ctx(db), jpnr) if r.handling == "forsendelse status"]
    assert any("Anne Digital: LEST" in t for t in historikk)
    assert any("Bjørn Print: PRINTET" in t for t in historikk)
    # Final statuses are not asked for again.
    for_ = len(fake.kall)
    assert svarut.oppdater_status(ctx(db), jpnr) == []
    assert len(fake.kall) == for_


def test_tidsavbrudd_etter_at_svarut_tok_imot_gir_en_forsendelse(demo_sqlite, svarut_oppsett, tmp_path):
    db, fake = demo_sqlite, svarut_oppsett
    jpnr = brev(db, ANNE)
    fake.forsinkelse = 3.0
    rapport = utsending.send_ekspedering(ctx(db), jpnr, oppsett=oppsett(db, tmp_path, tidsavbrudd=1.0))
    assert rapport.ekspedert, rapport
    assert len(fake.forsendelser) == 1, "the retry found it by eksternReferanse"
    [lagret] = fake.forsendelser.values()
    assert rader(db, jpnr)[0].ekstern_id == lagret.id


def test_stopp_midt_i_sendingen_finnes_igjen_og_sendes_ikke_paa_nytt(demo_sqlite, svarut_oppsett, tmp_path):
    db, fake = demo_sqlite, svarut_oppsett
    jpnr = brev(db, ANNE)
    forsendelse.start_ekspedering(ctx(db), jpnr)
    [rad] = rader(db, jpnr)
    forsendelse.merk_forsendelse(ctx(db), rad.uuid, status="sender")
    # The program posted it and died before it could record SvarUt's answer.
    with SvarUtKlient(fake.url, fake.konto_id, fake.passord) as k:
        forsendelse_id = k.send(
            SvarUtForsendelse(
                tittel="Vedtak",
                mottaker=SvarUtMottaker("Anne Digital", "Storgata 1", "2211", "Kongsvinger"),
                dokumenter=[SvarUtDokument("vedtak.pdf", "application/pdf", b"%PDF-1.4 ...")],
                ekstern_referanse=rad.uuid,
            )
        )
    rapport = utsending.send_ekspedering(ctx(db), jpnr, oppsett=oppsett(db, tmp_path))
    assert rapport.ekspedert, rapport
    assert list(fake.forsendelser) == [forsendelse_id]
    assert rader(db, jpnr)[0].ekstern_id == forsendelse_id


def test_permanent_avvisning_registreres_og_ingenting_sendes(demo_sqlite, svarut_oppsett, tmp_path):
    db, fake = demo_sqlite, svarut_oppsett
    jpnr = brev(db, ANNE)
    fake.avvis_neste("Mottaker kan ikke motta post")
    rapport = utsending.send_ekspedering(ctx(db), jpnr, oppsett=oppsett(db, tmp_path))
    assert not rapport.ekspedert
    [r] = rapport.resultater
    assert not r.ok and "Mottaker kan ikke motta post" in r.melding
    assert fake.forsendelser == {}
    [rad] = rader(db, jpnr)
    assert rad.status == "feilet" and "Mottaker kan ikke motta post" in (rad.feil or "")
    assert visning.vis_journalpost(ctx(db), jpnr).status == "R"
    # The user chooses paper for her instead: only that goes, SvarUt is not asked again.
    anne = parter(db, jpnr)["Anne Digital"]
    etter = utsending.send_ekspedering(ctx(db), jpnr, oppsett=oppsett(db, tmp_path), kanaler={anne: "papir"})
    assert etter.ekspedert and [x.kanal for x in etter.resultater] == ["papir"]
    assert fake.forsendelser == {}


def test_svarut_uten_oppsett_avvises_med_klar_melding(demo_sqlite, tmp_path):
    db = demo_sqlite
    jpnr = brev(db, ANNE)
    anne = parter(db, jpnr)["Anne Digital"]
    from app.domain.feil import UgyldigTilstand

    with pytest.raises(UgyldigTilstand) as e:
        utsending.send_ekspedering(ctx(db), jpnr, oppsett=Kanaloppsett(tmp_path), kanaler={anne: "svarut"})
    assert e.value.detaljer == ["Anne Digital: SvarUt er ikke satt opp (svarut.url); velg e-post eller papir"]


def test_digital_id_sjekkes_og_sendes_som_digitalId(demo_sqlite, svarut_oppsett, tmp_path):
    from app.domain.feil import UgyldigInndata
    from app.domain.regler.ekspedering import gyldig_digital_id

    assert gyldig_digital_id("974760673") and not gyldig_digital_id("974760674")
    # 150577123 57: k1 = 11 - 182 % 11 = 5, k2 = 11 - 158 % 11 = 7 (worked by hand).
    assert [n for n in range(100) if gyldig_digital_id(f"150577123{n:02d}")] == [57]
    db, fake = demo_sqlite, svarut_oppsett
    jpnr = brev(db, ANNE)
    anne = parter(db, jpnr)["Anne Digital"]
    with pytest.raises(UgyldigInndata, match="verken et gyldig fødselsnummer"):
        forsendelse.start_ekspedering(ctx(db), jpnr, adresser={anne: {"digital_id": "974760674"}})
    assert rader(db, jpnr) == []
    rapport = utsending.send_ekspedering(
        ctx(db), jpnr, oppsett=oppsett(db, tmp_path), adresser={anne: {"digital_id": "974 760 673"}}
    )
    assert rapport.ekspedert
    [lagret] = fake.forsendelser.values()
    assert lagret.metadata["mottaker"]["digitalId"] == "974760673"
    assert fake.ugyldige == []
    assert visning.vis_journalpost(ctx(db), jpnr).mottakere[0].digital_id == "974760673"


@pytest.mark.parametrize("utfall", ["AVVIST", "IKKE_LEVERT"])
def test_brev_som_ikke_ble_levert_gir_beskjed_og_kan_sendes_paa_papir(
    demo_sqlite, svarut_oppsett, tmp_path, utfall
):
    from app.domain.feil import UgyldigTilstand
    from app.services import kurver, oppgaver

    db, fake = demo_sqlite, svarut_oppsett
    jpnr = brev(db, ANNE, BJORN)
    assert utsending.send_ekspedering(ctx(db), jpnr, oppsett=oppsett(db, tmp_path)).ekspedert
    navn = {f.metadata["mottaker"]["navn"]: f.id for f in fake.forsendelser.values()}
    oppgaver_for = set(kurver.kurv_ider(ctx(db), "mottatte-oppgaver"))

    fake.sett_status(navn["Anne Digital"], utfall, "Mottaker kunne ikke nås")
    fake.les(navn["Bjørn Print"])
    svarut.oppdater_status(ctx(db, "ALA"), jpnr)  # whoever polls: the saksbehandler is told
    svarut.oppdater_status(ctx(db, "ALA"), jpnr)

    nye = set(kurver.kurv_ider(ctx(db), "mottatte-oppgaver")) - oppgaver_for
    assert len(nye) == 1, "one Beskjed, however often SvarUt is asked"
    beskjed = oppgaver.vis_oppgave(ctx(db), nye.pop())
    assert beskjed.type == "beskjed" and beskjed.journalpostnummer == jpnr
    assert "Anne Digital" in (beskjed.merknad or "") and utfall in (beskjed.merknad or "")
    assert "papir" in (beskjed.merknad or "")
    st = forsendelse.status(ctx(db), jpnr)
    assert st.status == "E"
    mislykt = forsendelse.mislykte(ctx(db), jpnr)
    assert [f.mottaker for f in mislykt] == ["Anne Digital"]

    forsendelse.send_paa_nytt(ctx(db), mislykt[0].uuid, kanal="papir")
    with pytest.raises(UgyldigTilstand):
        forsendelse.send_paa_nytt(ctx(db), mislykt[0].uuid, kanal="papir")
    rapport = utsending.send_ekspedering(ctx(db), jpnr, oppsett=oppsett(db, tmp_path), start=False)

    assert [(r.mottaker, r.kanal, r.ok) for r in rapport.resultater] == [("Anne Digital", "papir", True)]
    assert rapport.papir and rapport.papir[0].read_bytes().startswith(b"%PDF")
    assert len(fake.forsendelser) == 2, "nothing more went to SvarUt"
    assert forsendelse.mislykte(ctx(db), jpnr) == []
    assert {(r.kanal, r.status) for r in rader(db, jpnr)} == {("svarut", "sendt"), ("papir", "sendt")}
    # A second run sends nothing.
    assert (
        utsending.send_ekspedering(ctx(db), jpnr, oppsett=oppsett(db, tmp_path), start=False).resultater == []
    )


def test_paa_en_delvis_sendt_post_gaar_brevet_svarut_ikke_leverte_paa_papir_med_resten(
    demo_sqlite, svarut_oppsett, tmp_path
):
    db, fake = demo_sqlite, svarut_oppsett
    jpnr = brev(db, BJORN, ANNE)
    fake.avvis_neste("Midlertidig stengt konto")  # Bjørn's letter is refused, Anne's goes
    forste = utsending.send_ekspedering(ctx(db), jpnr, oppsett=oppsett(db, tmp_path))
    assert not forste.ekspedert
    [anne_id] = [f.id for f in fake.forsendelser.values()]
    fake.sett_status(anne_id, "IKKE_LEVERT", "Ikke levert")
    svarut.oppdater_status(ctx(db), jpnr)
    assert set(forsendelse.status(ctx(db), jpnr).gjenstaar) == {"Anne Digital", "Bjørn Print"}

    andre = utsending.send_ekspedering(ctx(db), jpnr, oppsett=oppsett(db, tmp_path))

    assert andre.ekspedert, andre
    assert sorted((r.mottaker, r.kanal, r.ok) for r in andre.resultater) == [
        ("Anne Digital", "papir", True), ("Bjørn Print", "svarut", True)
    ]  # fmt: skip
    assert len(fake.forsendelser) == 2, "Anne got no second SvarUt letter"
