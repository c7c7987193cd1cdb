"""What a reader may not see on the card stays hidden everywhere else: the endringslogg (service,
``saksbord logg``, the window's Historikk), the search (LIKE scan, trigram and full-text index) and
the offentlig journal. On SQLite and PostgreSQL.
"""

from __future__ import annotations

from app.services import journalposter, saker, sok, visning
from app.services.arbeid import Kontekst
from app.services.data import SKJERMET
from app.services.journalposter import NyJournalpost, PartInn
from app.services.postliste import postliste
from tests.support.cli import kjor_cli
from tests.test_cli import db_arg

HEMMELIG_NAVN = "Hemmelighetsen Olavsdatter"
HEMMELIG_LINJE2 = "Rusbehandling Vinterbro"


def _c(db, ini: str) -> Kontekst:
    return Kontekst(db, ini)


def _skjermet_post(db, *, nivaa: int = 3, tekst: str | None = None) -> tuple[str, str]:
    """A P-shielded sak with one incoming post (PKR holds P); MBE does not hold P."""
    sak = saker.opprett_sak(
        _c(db, "PKR"), tittel="Personalsak", tittel2="Ansatt nr 12", tilgangskode="P",
        hjemmel="Offl. § 25", nivaa=nivaa, klasse="000",
    ).saksnummer  # fmt: skip
    ny = NyJournalpost(
        sak=sak, type="I", tittel="Legeerklæring", tittel2=HEMMELIG_LINJE2,
        avsendere=[PartInn(HEMMELIG_NAVN, epost="h@eksempel.no")],
    )  # fmt: skip
    if tekst is None:
        jp = journalposter.registrer_journalpost(_c(db, "PKR"), ny).journalpostnummer
    else:
        jp = journalposter.registrer_journalpost_med_tekst(_c(db, "PKR"), ny, tekst=tekst).journalpostnummer
    return sak, jp


def test_historikk_masker_som_kortet(demo_db):
    db = demo_db
    sak, jp = _skjermet_post(db)
    journalposter.endre_journalpost(
        _c(db, "PKR"), jp, tittel2="Ny linje 2 som er hemmelig", avsendere=[PartInn("Annen Hemmelig Person")]
    )
    saker.endre_sak(_c(db, "PKR"), sak, tittel2="Ansatt nr 13")

    def verdier(ini: str, nummer: str) -> str:
        return " ".join(f"{r.fra} {r.til}" for r in visning.historikk(_c(db, ini), nummer))

    for nummer in (jp, sak):  # the sak's history holds its posts' rows too
        synlig_for_mbe = verdier("MBE", nummer)
        for hemmelig in ("Rusbehandling", "Ny linje 2 som", HEMMELIG_NAVN, "Annen Hemmelig", "Ansatt nr 1"):
            assert hemmelig not in synlig_for_mbe, (nummer, hemmelig)
        assert SKJERMET in synlig_for_mbe
        # The authorised reader sees the same values as before.
        assert "Ny linje 2 som er hemmelig" in verdier("LMO", nummer)
    rader = {(r.felt, r.fra, r.til) for r in visning.historikk(_c(db, "MBE"), jp)}
    assert ("tittel2", SKJERMET, SKJERMET) in rader and ("avsender", SKJERMET, SKJERMET) in rader
    assert ("tittel2", HEMMELIG_LINJE2, "Ny linje 2 som er hemmelig") in {
        (r.felt, r.fra, r.til) for r in visning.historikk(_c(db, "LMO"), jp)
    }
    # The card says the same thing for the same reader.
    kort = visning.vis_journalpost(_c(db, "MBE"), jp)
    assert kort.tittel2 == SKJERMET and kort.avsender[0].navn == SKJERMET

    ut = kjor_cli("--db", db_arg(db), "logg", jp, "--bruker", "MBE")
    assert ut.returncode == 0, ut.stderr
    assert "Ny linje 2" not in ut.stdout and "Annen Hemmelig" not in ut.stdout and SKJERMET in ut.stdout


def test_historikk_paa_nivaa_1_viser_tittel_linje_2_men_ikke_dokumentene(demo_db):
    from app.services import dokumenter

    db = demo_db
    _sak, jp = _skjermet_post(db, nivaa=1)
    dokumenter.legg_til_dokument(_c(db, "PKR"), jp, dokumenter.FilInn("diagnose-hemmelig.pdf", b"%PDF-1.4 x"))
    logg = visning.historikk(_c(db, "MBE"), jp)
    alt = " ".join(f"{r.fra} {r.til}" for r in logg)
    assert "diagnose-hemmelig" not in alt
    assert any(r.entitet == "dokument" and r.til == SKJERMET for r in logg)
    assert visning.vis_journalpost(_c(db, "MBE"), jp).tittel2 == HEMMELIG_LINJE2  # level 1: line 2 open
    assert "diagnose-hemmelig" in " ".join(str(r.til) for r in visning.historikk(_c(db, "PKR"), jp))


def test_sok_finner_ikke_posten_paa_det_leseren_ikke_ser(demo_db):
    db = demo_db
    _sak, jp = _skjermet_post(db, tekst="Pasienten har diagnosen kvikksølvforgiftning")
    jp_id = visning.vis_journalpost(_c(db, "PKR"), jp).id
    for ord_ in ("Olavsdatter", "Hemmelighetsen", "kvikksølvforgiftning", "Rusbehandling"):
        assert jp_id not in sok.sok(_c(db, "MBE"), ord_).journalposter, ord_
    # The authorised reader finds it by the name and the body text; everyone by the public title.
    assert jp_id in sok.sok(_c(db, "PKR"), "Olavsdatter").journalposter
    assert jp_id in sok.sok(_c(db, "LMO"), "kvikksølvforgiftning").journalposter
    assert jp_id in sok.sok(_c(db, "MBE"), "Legeerklæring").journalposter
    ut = kjor_cli("--db", db_arg(db), "sok", "Olavsdatter", "--bruker", "MBE")
    assert ut.returncode == 0 and jp not in ut.stdout


def test_sok_paa_nivaa_1_finner_navnet_men_ikke_brodteksten(demo_db):
    db = demo_db
    _sak, jp = _skjermet_post(db, nivaa=1, tekst="Pasienten har diagnosen kvikksølvforgiftning")
    jp_id = visning.vis_journalpost(_c(db, "PKR"), jp).id
    assert jp_id in sok.sok(_c(db, "MBE"), "Olavsdatter").journalposter  # parties are open at level 1
    assert jp_id not in sok.sok(_c(db, "MBE"), "kvikksølvforgiftning").journalposter


def _journalfor(db, nr: str) -> None:
    if visning.vis_journalpost(_c(db, "ALA"), nr).status == "R":
        journalposter.ferdigstill(_c(db, "ALA"), nr)
    journalposter.journalfor(_c(db, "ALA"), nr)


def test_post_i_xx_sak_kommer_aldri_paa_offentlig_journal(demo_db):
    db = demo_db
    xx_sak = saker.opprett_sak(
        _c(db, "ALA"),
        tittel="Uavklart henvendelse",
        tilgangskode="XX",
        hjemmel="Offl. § 13",
        nivaa=1,
        klasse="000",
    ).saksnummer
    # A saksframlegg ignores its sak's code on the card, but XX means "not yet assessed" for all.
    framlegg = journalposter.registrer_journalpost(
        _c(db, "ALA"), NyJournalpost(sak=xx_sak, type="S", tittel="Saksframlegg om det uavklarte")
    ).journalpostnummer
    vanlig = journalposter.registrer_journalpost(
        _c(db, "ALA"),
        NyJournalpost(sak=xx_sak, type="I", tittel="Brev i uavklart sak", avsendere=[PartInn("Per Hansen")]),
    ).journalpostnummer
    for nr in (framlegg, vanlig):
        _journalfor(db, nr)
    rader = {r.journalpostnummer for r in postliste(_c(db, "ALA"), fra=db.idag(), til=db.idag())}
    assert framlegg not in rader and vanlig not in rader
    apen = journalposter.registrer_journalpost(
        _c(db, "ALA"),
        NyJournalpost(
            sak=saker.opprett_sak(_c(db, "ALA"), tittel="Åpen sak", klasse="000").saksnummer,
            type="S",
            tittel="Fram",
        ),
    ).journalpostnummer
    _journalfor(db, apen)
    assert apen in {r.journalpostnummer for r in postliste(_c(db, "ALA"), fra=db.idag(), til=db.idag())}


def test_kurvfilteret_slipper_ikke_gjennom_et_skjermet_navn(demo_db):
    from app.services import kurver

    db = demo_db
    sak = saker.opprett_sak(
        _c(db, "ALA"), tittel="SLT-sak", tilgangskode="S", hjemmel="Offl. § 13", nivaa=3, klasse="000"
    ).saksnummer
    jp = journalposter.registrer_journalpost(
        _c(db, "ALA"),
        NyJournalpost(sak=sak, type="I", tittel="Bekymringsmelding", avsendere=[PartInn(HEMMELIG_NAVN)]),
    ).journalpostnummer
    jp_id = visning.vis_journalpost(_c(db, "ALA"), jp).id
    # HJO (archive, without S) has the post in Til journalføring, but not by the shielded sender's name.
    assert jp_id in kurver.kurv_ider(_c(db, "HJO"), "til-journalforing")
    assert jp_id not in kurver.kurv_ider(_c(db, "HJO"), "til-journalforing", filter="Olavsdatter")
    assert jp_id in kurver.kurv_ider(_c(db, "HJO"), "til-journalforing", filter="bekymring")
    assert jp_id in kurver.kurv_ider(_c(db, "ALA"), "til-journalforing", filter="Olavsdatter")
