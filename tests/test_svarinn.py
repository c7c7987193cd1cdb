"""SvarInn into the registry, on SQLite and PostgreSQL, against a fake SvarInn with real CMS messages."""

# ruff: noqa: F811 - pg_demo is imported from test_pg_tilgang and taken as an argument

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.domain.feil import IngenTilgang
from app.integrasjoner.fiks.svarinn import SvarInnKlient
from app.services import dokumenter, journalposter, kurver, svarinn, visning
from app.services.arbeid import Kontekst
from app.store import models as m
from app.store.models_svarinn import SvarInnMottak
from tests.support.cms_nokler import lag_nokkelpar
from tests.test_pg_tilgang import pg_demo  # noqa: F401

VEDTAK = b"%PDF-1.7\n% vedtak om tilskudd\n%%EOF\n"
VEDLEGG = b"%PDF-1.7\n% vedlegg 1: beregning\n%%EOF\n"
KLAGE = b"%PDF-1.7\n% klage\n%%EOF\n"


@pytest.fixture(scope="module")
def par():
    return lag_nokkelpar("Kongsvinger kommune mottakersystem")


def arkiv(db) -> Kontekst:
    return Kontekst(db, "ALA")


def hent(db, fake, par, **kw):
    with SvarInnKlient(fake.url, fake.brukernavn, fake.passord, tidsavbrudd=10) as k:
        return svarinn.hent(arkiv(db), klient=k, nokkel=par.nokkel, **kw)


def _jp(db, jpnr: str):
    sak, dok = jpnr.rsplit("-", 1)
    aar, nr = sak.split("/")
    with db.session(les=True) as s:
        jp = s.scalar(
            select(m.Journalpost)
            .join(m.Sak)
            .where(
                m.Sak.saksaar == int(aar),
                m.Sak.sakssekvensnummer == int(nr),
                m.Journalpost.dokumentnummer == int(dok),
            )
        )
        assert jp is not None
        parter = [(p.rolle, p.navn, p.adresse, p.postnummer, p.poststed) for p in jp.parter]
        return jp.type, jp.status, jp.tilgangskode, jp.tittel, jp.saksbehandler_id, parter, jp.id


def _antall(db, modell) -> int:
    with db.session(les=True) as s:
        return s.scalar(select(func.count()).select_from(modell))


def test_kryptert_begge_veier_registreres_med_dokumentene(demo_db, svarinn_fake, par):
    en = svarinn_fake.legg_til(
        "Vedtak om tilskudd til lekeplass",
        [("Vedtak.pdf", "application/pdf", VEDTAK), ("Vedlegg 1 beregning.pdf", "application/pdf", VEDLEGG)],
        sertifikat=par.sertifikat,
    )
    to = svarinn_fake.legg_til(
        "Klage på vedtak", [("Klage.pdf", "application/pdf", KLAGE)], sertifikat=par.sertifikat, oaep=True
    )
    fremdrift: list[int] = []
    jp_for = _antall(demo_db, m.Journalpost)

    rapport = hent(demo_db, svarinn_fake, par, progress=fremdrift.append)

    assert [(r.forsendelse_id, r.utfall) for r in rapport.resultater] == [
        (en, "registrert"),
        (to, "registrert"),
    ]
    assert fremdrift == [50, 100]
    assert rapport.melding == "Fra SvarInn: 2 registrert"
    assert _antall(demo_db, m.Journalpost) == jp_for + 2
    vedtak, klage = rapport.resultater
    assert _jp(demo_db, vedtak.journalpostnummer)[:6] == (
        "I",
        "M",
        "XX",
        "Vedtak om tilskudd til lekeplass",
        None,
        [("avsender", "Statsforvalteren i Innlandet", "Postboks 987", "2626", "LILLEHAMMER")],
    )
    assert _jp(demo_db, klage.journalpostnummer)[:3] == ("I", "M", "XX")
    dok = dokumenter.liste(arkiv(demo_db), vedtak.journalpostnummer)
    assert [(d.tittel, d.tilknytning, d.filnavn) for d in dok] == [
        ("Vedtak", "hoveddokument", "Vedtak.pdf"),
        ("Vedlegg 1 beregning", "vedlegg", "Vedlegg 1 beregning.pdf"),
    ]
    innhold = [dokumenter.hent(arkiv(demo_db), vedtak.journalpostnummer, dokument_id=d.id).data for d in dok]
    assert innhold == [VEDTAK, VEDLEGG]
    klagefil = dokumenter.liste(arkiv(demo_db), klage.journalpostnummer)[0]
    assert dokumenter.hent(arkiv(demo_db), klage.journalpostnummer, dokument_id=klagefil.id).data == KLAGE
    # SvarInn was told, and the leaders find the posts for their offentlighetsvurdering.
    assert sorted(svarinn_fake.kvitteringer) == sorted([en, to])
    assert all(f.feilmeldinger == [] for f in svarinn_fake.forsendelser.values())
    rader = svarinn.mottak(arkiv(demo_db))
    assert {(r.forsendelse_id, r.status, r.kvittert, r.journalpostnummer) for r in rader} == {
        (en, "registrert", True, vedtak.journalpostnummer),
        (to, "registrert", True, klage.journalpostnummer),
    }
    # They wait in the archive's own kurv, not in a leader's (not even the archive's own unit's, ORG),
    # until the archive passes one on; then the saksbehandler's leader makes the offentlighetsvurdering.
    leder = Kontekst(demo_db, "PKR")
    nye = {_jp(demo_db, r.journalpostnummer)[6] for r in rapport.resultater}
    assert nye <= set(kurver.kurv_ider(arkiv(demo_db), "mottatt-fra-svarinn"))
    for ini in ("PKR", "KLE", "TBA"):
        for kurv in ("til-offentlighetsvurdering", "til-fordeling"):
            assert not nye & set(kurver.kurv_ider(Kontekst(demo_db, ini), kurv)), (ini, kurv)
    journalposter.fordel(arkiv(demo_db), vedtak.journalpostnummer, til="OHA")
    vedtak_id = _jp(demo_db, vedtak.journalpostnummer)[6]
    assert set(kurver.kurv_ider(arkiv(demo_db), "mottatt-fra-svarinn")) & nye == nye - {vedtak_id}
    assert vedtak_id in kurver.kurv_ider(Kontekst(demo_db, "KLE"), "til-offentlighetsvurdering")
    assert vedtak_id not in kurver.kurv_ider(leder, "til-offentlighetsvurdering")


def test_andre_henting_registrerer_ingenting_nytt(demo_db, svarinn_fake, par):
    svarinn_fake.legg_til(
        "Søknad om skjenkebevilling", [("Søknad.pdf", "application/pdf", VEDTAK)], sertifikat=par.sertifikat
    )
    forste = hent(demo_db, svarinn_fake, par)
    jp_etter = _antall(demo_db, m.Journalpost)

    andre = hent(demo_db, svarinn_fake, par)

    assert [r.utfall for r in forste.resultater] == ["registrert"]
    assert andre.resultater == ()
    assert andre.melding == "Ingen nye forsendelser i SvarInn"
    assert _antall(demo_db, m.Journalpost) == jp_etter
    assert _antall(demo_db, SvarInnMottak) == 1


def test_tapt_kvittering_gir_ikke_ny_registrering(demo_db, svarinn_fake, par):
    """SvarInn did not get our kvittering, so it offers the forsendelse again: it is only kvittert."""
    fid = svarinn_fake.legg_til(
        "Uttalelse", [("Uttalelse.pdf", "application/pdf", VEDTAK)], sertifikat=par.sertifikat
    )
    svarinn_fake.mist_neste_kvittering()
    forste = hent(demo_db, svarinn_fake, par)
    jp_etter = _antall(demo_db, m.Journalpost)

    andre = hent(demo_db, svarinn_fake, par)

    assert forste.resultater[0].utfall == "registrert"
    assert "Kvitteringen til SvarInn ble ikke sendt" in forste.resultater[0].advarsler[-1]
    assert [(r.utfall, r.journalpostnummer) for r in andre.resultater] == [
        ("kjent", forste.resultater[0].journalpostnummer)
    ]
    assert _antall(demo_db, m.Journalpost) == jp_etter
    assert svarinn_fake.kvitteringer == [fid]
    assert svarinn_fake.forsendelser[fid].nedlastinger == 1


def test_det_som_ikke_kan_dekrypteres_meldes_og_tas_vare_paa(demo_db, svarinn_fake, par):
    annen = lag_nokkelpar("Noen andre")
    feil_nokkel = svarinn_fake.legg_til(
        "Til en annen mottaker", [("a.pdf", "application/pdf", VEDTAK)], sertifikat=annen.sertifikat
    )
    skadet = svarinn_fake.legg_til(
        "Skadet forsendelse", [("b.pdf", "application/pdf", VEDTAK)], innhold=b"\x30\x80 ikke CMS"
    )
    god = svarinn_fake.legg_til(
        "God forsendelse", [("c.pdf", "application/pdf", KLAGE)], sertifikat=par.sertifikat
    )
    jp_for = _antall(demo_db, m.Journalpost)

    rapport = hent(demo_db, svarinn_fake, par)

    utfall = {r.forsendelse_id: r for r in rapport.resultater}
    assert (utfall[feil_nokkel].utfall, utfall[skadet].utfall, utfall[god].utfall) == (
        "feilet",
        "feilet",
        "registrert",
    )
    assert "kan ikke dekrypteres med vår private nøkkel" in utfall[feil_nokkel].melding
    assert "ikke gyldig CMS" in utfall[skadet].melding
    assert _antall(demo_db, m.Journalpost) == jp_for + 1
    # Reported to SvarInn: broken is permanent, another key is not (it is offered again).
    assert svarinn_fake.forsendelser[skadet].feilmeldinger == [(utfall[skadet].melding, True)]
    assert svarinn_fake.forsendelser[feil_nokkel].feilmeldinger == [(utfall[feil_nokkel].melding, False)]
    # Kept for the archive, with the payload exactly as downloaded.
    feilede = {r.forsendelse_id: r for r in svarinn.mottak(arkiv(demo_db), status="feilet")}
    assert set(feilede) == {feil_nokkel, skadet}
    assert (feilede[skadet].permanent, feilede[skadet].kvittert) == (True, True)
    assert feilede[feil_nokkel].permanent is False
    for fid in (feil_nokkel, skadet):
        navn, data = svarinn.feilet_innhold(arkiv(demo_db), feilede[fid].id)
        assert data == svarinn_fake.forsendelser[fid].innhold
        assert navn == f"svarinn-{fid}.p7m"

    # The one for another key comes again; with the right key it is registered, and only once.
    andre = hent(demo_db, svarinn_fake, par)
    assert [(r.forsendelse_id, r.utfall) for r in andre.resultater] == [(feil_nokkel, "feilet")]
    assert len(svarinn.mottak(arkiv(demo_db), status="feilet")) == 2


def test_bare_arkivet_henter(demo_db, svarinn_fake, par):
    svarinn_fake.legg_til("Brev", [("a.pdf", "application/pdf", VEDTAK)], sertifikat=par.sertifikat)
    with (
        SvarInnKlient(svarinn_fake.url, svarinn_fake.brukernavn, svarinn_fake.passord) as k,
        pytest.raises(IngenTilgang, match="Bare arkivet kan hente post fra SvarInn"),
    ):
        svarinn.hent(Kontekst(demo_db, "OHA"), klient=k, nokkel=par.nokkel)
    assert all(f.nedlastinger == 0 for f in svarinn_fake.forsendelser.values())


def test_avsenderens_saksnummer_brukes_naar_saken_finnes(demo_db, svarinn_fake, par):
    from app.services import saker

    sak = saker.opprett_sak(arkiv(demo_db), tittel="Tilskudd til lekeplass", klasse="000").krev_saksnummer()
    aar, nr = (int(x) for x in sak.split("/"))
    svarinn_fake.legg_til(
        "Svar i saken",
        [("a.pdf", "application/pdf", VEDTAK)],
        sertifikat=par.sertifikat,
        saksnummer=(aar, nr),
    )
    svarinn_fake.legg_til(
        "Feil saksnummer",
        [("b.pdf", "application/pdf", VEDTAK)],
        sertifikat=par.sertifikat,
        saksnummer=(1999, 9),
    )

    rapport = hent(demo_db, svarinn_fake, par)

    i_saken, ny = rapport.resultater
    assert i_saken.saksnummer == sak
    assert ny.saksnummer != sak
    assert any("1999/9" in a for a in ny.advarsler)
    assert any(f"Ny sak {ny.saksnummer}" in a for a in ny.advarsler)
    # A sak SvarInn makes has a primary ordningsverdi too (issue 20 item 7): the archive's placeholder.
    klasser = visning.vis_sak(Kontekst(demo_db, "ALA"), ny.saksnummer).klasseringer
    assert [(k["ordningsprinsipp"], k["ordningsverdi"]) for k in klasser] == [("K-kode", "000")]


def _sett_opp(db, fake, par, tmp_path) -> dict[str, str]:
    from app.services.innstillinger import sett_innstilling

    nokkel = tmp_path / "mottakersystem.pem"
    nokkel.write_bytes(par.nokkel_pem)
    for navn, verdi in (
        ("svarinn.url", fake.url),
        ("svarinn.brukernavn", fake.brukernavn),
        ("svarinn.nokkel", str(nokkel)),
    ):
        sett_innstilling(arkiv(db), navn, verdi)
    return {svarinn.PASSORD_MILJO: fake.passord}


def test_cli_hent_liste_og_lagre(demo_sqlite, svarinn_fake, par, tmp_path):
    from tests.support.cli import kjor_cli

    db = demo_sqlite.url.removeprefix("sqlite:///")
    ikke_satt = kjor_cli("--db", db, "svarinn", "hent", "--bruker", "ALA")
    assert ikke_satt.returncode == 1
    assert (
        "SvarInn er ikke satt opp: sett svarinn.url, svarinn.brukernavn, svarinn.nokkel" in ikke_satt.stderr
    )
    env = _sett_opp(demo_sqlite, svarinn_fake, par, tmp_path)
    svarinn_fake.legg_til(
        "Vedtak", [("Vedtak.pdf", "application/pdf", VEDTAK)], sertifikat=par.sertifikat, oaep=True
    )
    skadet = svarinn_fake.legg_til("Skadet", [("x.pdf", "application/pdf", VEDTAK)], innhold=b"ikke kryptert")

    ut = kjor_cli("--db", db, "svarinn", "hent", "--bruker", "ALA", env=env)

    assert ut.returncode == 1, ut.stderr
    linjer = [x for x in ut.stdout.splitlines() if not x.startswith("  Advarsel: ")]
    assert "  Advarsel: Ny sak 20" in ut.stdout
    assert linjer[0].startswith("registrert 20") and linjer[0].endswith(
        "«Vedtak» fra Statsforvalteren i Innlandet"
    )
    assert linjer[1] == "feilet: «Skadet» fra Statsforvalteren i Innlandet"
    assert "ikke gyldig CMS" in linjer[2]
    assert linjer[-1] == "Fra SvarInn: 1 registrert, 1 feilet"

    liste = kjor_cli("--db", db, "svarinn", "liste", "--feilet", "--bruker", "ALA", "--json")
    rader = json.loads(liste.stdout)
    assert [(r["forsendelse_id"], r["status"]) for r in rader] == [(skadet, "feilet")]
    lagret = tmp_path / "skadet.p7m"
    ut = kjor_cli(
        "--db", db, "svarinn", "lagre", str(rader[0]["id"]), "--til", str(lagret), "--bruker", "ALA"
    )
    assert ut.returncode == 0, ut.stderr
    assert lagret.read_bytes() == b"ikke kryptert"

    igjen = kjor_cli("--db", db, "svarinn", "hent", "--bruker", "ALA", env=env)
    assert (igjen.returncode, igjen.stdout.strip()) == (0, "Ingen nye forsendelser i SvarInn")


@pytest.mark.pg
def test_pg_bare_arkivet_ser_og_skriver_svarinn_mottak(pg_demo, svarinn_fake, par):
    """Row-level security: the archive's own login role registers; a saksbehandler's sees no row."""
    import psycopg

    svarinn_fake.legg_til(
        "Vedtak", [("Vedtak.pdf", "application/pdf", VEDTAK)], sertifikat=par.sertifikat, oaep=True
    )
    db = pg_demo.db("ALA")
    try:
        rapport = hent(db, svarinn_fake, par)
    finally:
        db.lukk()
    assert [r.utfall for r in rapport.resultater] == ["registrert"]
    with psycopg.connect(pg_demo.conninfo("ALA")) as c:
        assert c.execute("SELECT count(*) FROM svarinn_mottak").fetchone() == (1,)
    with psycopg.connect(pg_demo.conninfo("OHA")) as c:
        assert c.execute("SELECT count(*) FROM svarinn_mottak").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute(
                "INSERT INTO svarinn_mottak (forsendelse_id, status, kvittert, tittel, forsendelse_json, mottatt, endret)"
                " VALUES ('x', 'feilet', false, 't', '{}', now(), now())"
            )


def test_pakk_ut_sjekker_navn_og_sjekksum():
    import hashlib
    import io
    import zipfile

    from app.integrasjoner.fiks.svarinn import SvarInnFeil, SvarInnFil, pakk_ut

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mappe/Vedtak.pdf", VEDTAK)
        z.writestr("Vedlegg.pdf", VEDLEGG)
    data = buf.getvalue()
    filer = [
        SvarInnFil("Vedtak.pdf", "application/pdf", hashlib.sha256(VEDTAK).hexdigest()),
        SvarInnFil("Vedlegg.pdf", "application/pdf", None),
    ]
    assert [(d.filnavn, d.data) for d in pakk_ut(data, filer)] == [
        ("Vedtak.pdf", VEDTAK),
        ("Vedlegg.pdf", VEDLEGG),
    ]
    with pytest.raises(SvarInnFeil, match="Sjekksummen for Vedtak.pdf stemmer ikke") as feil:
        pakk_ut(data, [SvarInnFil("Vedtak.pdf", "application/pdf", hashlib.sha256(b"annet").hexdigest())])
    assert feil.value.permanent is True
    with pytest.raises(SvarInnFeil, match="mangler dokumentene Klage.pdf"):
        pakk_ut(data, [SvarInnFil("Klage.pdf", "application/pdf")])
    # One document may come as itself, without a zip around it.
    assert pakk_ut(KLAGE, [SvarInnFil("Klage.pdf", "application/pdf")])[0].data == KLAGE
    with pytest.raises(SvarInnFeil, match="verken en zip-fil"):
        pakk_ut(KLAGE, filer)


def test_nedlasting_fra_en_annen_vert_avvises(svarinn_fake, par):
    """The mottakersystem's password goes to the SvarInn host only, never to a downloadUrl elsewhere."""
    import dataclasses

    from app.integrasjoner.fiks.svarinn import SvarInnFeil

    svarinn_fake.legg_til("Brev", [("a.pdf", "application/pdf", VEDTAK)], sertifikat=par.sertifikat)
    with SvarInnKlient(svarinn_fake.url, svarinn_fake.brukernavn, svarinn_fake.passord) as k:
        (f,) = k.nye_forsendelser()
        assert k.last_ned(f) == svarinn_fake.forsendelser[f.id].innhold
        borte = dataclasses.replace(
            f, nedlasting="https://svarinn.example.net/tjenester/svarinn/forsendelse/x"
        )
        with pytest.raises(SvarInnFeil, match="peker til svarinn.example.net") as feil:
            k.last_ned(borte)
    assert feil.value.permanent is True
    assert (f.tittel, f.avsender.navn, f.avsender.postnummer) == (
        "Brev",
        "Statsforvalteren i Innlandet",
        "2626",
    )
    assert [x.filnavn for x in f.filer] == ["a.pdf"]


def test_en_registrert_forsendelse_blir_aldri_feilet_etterpaa(demo_sqlite, svarinn_fake, par):
    """Two desks at once: the one that lost the race cannot turn the other's registration into a failure."""
    fid = svarinn_fake.legg_til("Brev", [("a.pdf", "application/pdf", VEDTAK)], sertifikat=par.sertifikat)
    (res,) = hent(demo_sqlite, svarinn_fake, par).resultater
    sent = svarinn.lagre_feilet(
        arkiv(demo_sqlite),
        forsendelse_id=fid,
        tittel="Brev",
        avsender="X",
        forsendelse_json="{}",
        data=b"x",
        feilmelding="duplikat",
        permanent=False,
    )
    assert sent.status == "registrert"
    (rad,) = svarinn.mottak(arkiv(demo_sqlite))
    assert (rad.status, rad.journalpostnummer, rad.feilmelding, rad.storrelse) == (
        "registrert",
        res.journalpostnummer,
        None,
        None,
    )
