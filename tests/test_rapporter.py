"""Reports: the same counts as the kurver for the same user and day, CSV that Norwegian Excel opens,
A4 PDF with header and page numbers, and not one shielded value in any report or format for a
reader without the code, nor in the offentlig journal or offentligJournal.xml. SQLite and PostgreSQL.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pypdf
import pytest

from app.domain.feil import IngenTilgang, UgyldigInndata
from app.services import dokumenter, journalposter, kurver, saker
from app.services.arbeid import Kontekst
from app.services.eksport import eksporter_noark5
from app.services.journalposter import NyJournalpost, PartInn
from app.services.rapporter import RAPPORTER, Kriterier, lag_rapport
from app.services.rapporter.format import BOM, som_csv, som_html
from app.widgets.rapportpdf import skriv_pdf
from tests.support.cli import kjor_cli
from tests.test_cli import db_arg
from tests.test_eksport_noark5 import SPESIFIKASJON


def _antall(db, ini: str) -> dict[str, int]:
    return {k.navn: k.antall for k in kurver.kurver(Kontekst(db, ini))}


def test_rapportene_teller_som_kurvene(demo_db):
    for ini in ("OHA", "ISO", "KLE", "SNI", "MBE"):
        ctx = Kontekst(demo_db, ini)
        k = _antall(demo_db, ini)
        egne = lag_rapport(ctx, "restanseliste", Kriterier(saksbehandler=ini))
        assert len(egne.rader) == k["ubehandlet"] + k["forfall"], ini
        assert len(lag_rapport(ctx, "forfallsliste", Kriterier(saksbehandler=ini)).rader) == k["forfall"], ini
        if "restanser-enhet" in k:  # a leader without criteria: the unit's restanser, as the leader's kurv
            assert len(lag_rapport(ctx, "restanseliste").rader) == k["restanser-enhet"] > 0
        else:
            assert len(lag_rapport(ctx, "restanseliste").rader) == k["ubehandlet"] + k["forfall"]
    # Grouped per person: the group counts add up to the rows.
    r = lag_rapport(Kontekst(demo_db, "KLE"), "restanseliste")
    assert sum(g.antall for g in r.grupper) == len(r.rader)
    assert {g.navn for g in r.grupper} >= {"OHA"}


def test_tilgang_til_andres_restanser(demo_db):
    with pytest.raises(IngenTilgang):
        lag_rapport(Kontekst(demo_db, "OHA"), "restanseliste", Kriterier(saksbehandler="ISO"))
    with pytest.raises(IngenTilgang):
        lag_rapport(Kontekst(demo_db, "KLE"), "restanseliste", Kriterier(enhet="TEK"))
    assert lag_rapport(Kontekst(demo_db, "KLE"), "restanseliste", Kriterier(saksbehandler="OHA")).rader
    with pytest.raises(UgyldigInndata, match="--sak"):
        lag_rapport(Kontekst(demo_db, "ALA"), "fullstendig-journal")


def test_csv_har_bom_semikolon_og_aeoeaa(demo_sqlite, tmp_path):
    r = lag_rapport(Kontekst(demo_sqlite, "ALA"), "lopende-journal")
    data = som_csv(r)
    assert data.startswith(BOM.encode("utf-8"))
    tekst = data.decode("utf-8-sig")
    rader = list(csv.reader(io.StringIO(tekst), delimiter=";"))
    assert rader[0][:3] == ["Løpenr", "Journalpost", "Journaldato"]
    assert len(rader) == len(r.rader) + 1
    assert any("Søknad" in c or "Tilskudd" in c for rad in rader for c in rad)
    assert re.search("[æøå]", tekst)
    # And the command line writes the same bytes.
    ut = tmp_path / "lj.csv"
    p = kjor_cli("--db", db_arg(demo_sqlite), "rapport", "lopende-journal", "--format", "csv", "--out", str(ut),
                 "--bruker", "ALA")  # fmt: skip
    assert p.returncode == 0, p.stderr
    assert ut.read_bytes().decode("utf-8-sig").splitlines()[0] == tekst.splitlines()[0]


def test_pdf_er_a4_med_topptekst_og_sidetall(demo_sqlite, tmp_path):
    from app.services import innstillinger

    innstillinger.sett_innstilling(Kontekst(demo_sqlite, "HJO"), "kommune_navn", "Kongsvinger kommune")
    r = lag_rapport(Kontekst(demo_sqlite, "ALA"), "lopende-journal")
    pdf = pypdf.PdfReader(str(skriv_pdf(r, tmp_path / "lj.pdf")))
    assert len(pdf.pages) >= 2
    bredde, hoyde = sorted((float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)))
    assert (round(bredde), round(hoyde)) == (595, 842)  # A4 in points
    for nr, side in enumerate(pdf.pages, start=1):
        tekst = " ".join(side.extract_text().split())
        assert f"Side {nr} av {len(pdf.pages)}" in tekst
        assert "Kongsvinger kommune" in tekst and "Løpende journal" in tekst


# --- every skjerming level, a reader without the code ----------------------------------------


def _skjermet_register(db) -> tuple[list[str], list[str], str]:
    """Saker and posts shielded with IS (intern skjerming) at every level, and an XX post.

    HJO (archive, whole organisation in scope) does not hold IS; ALA does. Returns the values HJO
    may never see, the values the public may never see, and a shielded sak's number.
    """
    ala = Kontekst(db, "ALA")
    # IS (intern skjerming) is left off the offentlig journal by default (issue 20 item 9); this
    # municipality lists it with the shielded fields replaced, so what is replaced can be checked.
    from app.services.postliste import sett_offentlig_journal

    sett_offentlig_journal(ala, "IS", "erstatt")
    hemmelig, offentlig_hemmelig = [], []
    saknr = ""
    for nivaa in (1, 2, 3):
        sak = saker.opprett_sak(
            ala, tittel=f"Intern sak nivå {nivaa}", tittel2=f"Sakslinjeto{nivaa} Hemmelig",
            tilgangskode="IS", hjemmel="Offl. § 14", nivaa=nivaa, klasse="000",
        ).saksnummer  # fmt: skip
        saknr = saknr or sak
        if nivaa >= 2:
            hemmelig.append(f"Sakslinjeto{nivaa} Hemmelig")
        # A post that inherits the sak's shielding, and one with its own on an open sak.
        for egen in (False, True):
            maal = (
                sak
                if not egen
                else saker.opprett_sak(ala, tittel=f"Åpen sak {nivaa}", klasse="000").saksnummer
            )
            navn = f"Skjultnavn{nivaa}{'E' if egen else 'A'} Personsen"
            jp = journalposter.registrer_journalpost(
                ala,
                NyJournalpost(
                    sak=maal, type="I", tittel=f"Innkommet nivå {nivaa}",
                    tittel2=f"Postlinjeto{nivaa}{'E' if egen else 'A'}", avsendere=[PartInn(navn)],
                    **({"tilgangskode": "IS", "hjemmel": "Offl. § 14", "nivaa": nivaa} if egen else {}),
                ),
            ).journalpostnummer  # fmt: skip
            dokumenter.legg_til_dokument(
                ala, jp, dokumenter.FilInn(f"Dokumenthemmelig{nivaa}{egen:d}.pdf", b"%PDF-1.4 hemmelig")
            )
            hemmelig.append(f"Dokumenthemmelig{nivaa}{egen:d}")
            if nivaa >= 2:
                hemmelig.append(f"Postlinjeto{nivaa}{'E' if egen else 'A'}")
            if nivaa >= 3:
                hemmelig.append(navn)
            journalposter.journalfor(ala, jp)
    journalposter.registrer_journalpost(
        ala,
        NyJournalpost(sak=saknr, type="I", tittel="Ikkevurdert Melding", tittel2="Xxlinjeto",
                      avsendere=[PartInn("Xxavsender Navnesen")], tilgangskode="XX", hjemmel="Ikke vurdert", nivaa=2),
    )  # fmt: skip
    # HJO holds XX (the archive does the offentlighetsvurdering); the public never sees this post.
    offentlig_hemmelig = [*hemmelig, "Ikkevurdert Melding", "Xxlinjeto", "Xxavsender Navnesen"]
    return hemmelig, offentlig_hemmelig, saknr


def _tekst_av(fil: Path) -> str:
    if fil.suffix == ".pdf":
        return "".join("".join(s.extract_text().split()) for s in pypdf.PdfReader(str(fil)).pages)
    return fil.read_bytes().decode("utf-8-sig")


def test_ingen_skjermet_verdi_i_noen_rapport_eller_format(demo_db, tmp_path):
    db = demo_db
    hemmelig, offentlig_hemmelig, saknr = _skjermet_register(db)
    kriterier = {"fullstendig-journal": Kriterier(sak=saknr)}

    def alle_formater(ini: str, navn: str) -> dict[str, str]:
        r = lag_rapport(Kontekst(db, ini), navn, kriterier.get(navn))
        ut = {"csv": som_csv(r).decode("utf-8-sig"), "html": som_html(r)}
        ut["pdf"] = _tekst_av(skriv_pdf(r, tmp_path / f"{ini}-{navn}.pdf"))
        return ut

    for navn in RAPPORTER:
        for fmt, tekst in alle_formater("HJO", navn).items():
            flat = "".join(tekst.split())
            skjulte = offentlig_hemmelig if navn == "offentlig-journal" else hemmelig
            for verdi in skjulte:
                assert "".join(verdi.split()) not in flat, (navn, fmt, verdi)
    # The values are really there for a reader with the code (the test can fail).
    synlig = alle_formater("ALA", "lopende-journal")["csv"]
    assert "Postlinjeto3E" in synlig and "Skjultnavn3A Personsen" in synlig
    assert "Dokumenthemmelig10" in alle_formater("ALA", "fullstendig-journal")["html"]
    assert "Innkommet nivå 3" in alle_formater("HJO", "offentlig-journal")["csv"]  # line 1 is public

    # The arkivuttrekk's offentlig journal: nothing shielded, no M/XX post.
    ut = tmp_path / "uttrekk"
    res = eksporter_noark5(
        Kontekst(db, "ALA"), arkivdel="Saksarkiv", ut=ut, skjemaer=SPESIFIKASJON, test=True
    )
    assert res.kontroll.ok, res.kontroll.feil
    oj = (ut / "offentligJournal.xml").read_text(encoding="utf-8")
    assert "Innkommet nivå 3" in oj
    for verdi in offentlig_hemmelig:
        assert verdi not in oj, verdi
    # The archive's own copy keeps everything (arkivstruktur.xml is not for the public).
    assert "Postlinjeto3E" in (ut / "arkivstruktur.xml").read_text(encoding="utf-8")
