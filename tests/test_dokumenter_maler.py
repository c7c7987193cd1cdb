"""Templates: every shipped one fills every field it shows; MERGEFIELD templates work unchanged; clear errors."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app.dokumenter.feil import MalFeil
from app.dokumenter.maler import (
    MALMAPPE,
    Flettedata,
    Kommune,
    Mottaker,
    Person,
    fyll_mal,
    les_manifest,
    maler_for,
    maltype,
    standardmal,
)
from app.domain.feil import SaksbordFeil


def flettedata(**endret) -> Flettedata:
    verdier = dict(
        saksnummer="2026/1234",
        journalpostnummer="2026/1234-3",
        dato=date(2026, 3, 5),
        tittel="Søknad om byggeløyve for Storgata 1 & garasje <nord>",
        mottakere=(
            Mottaker("Kari Nordmann", "Storgata 1\nPostboks 77", "0150", "Oslo"),
            Mottaker("Hansen & Sønn AS", "Bryggen 2", "5003", "Bergen"),
        ),
        kopimottakere=(Mottaker("Statsforvalteren i Innlandet", "Postboks 987", "2626", "Lillehammer"),),
        saksbehandler=Person("Ole Hals", "62 87 01 23", "ole.hals@kongsvinger.kommune.no"),
        enhet="Plan og byggesak",
        leder=Person("Lise Leder"),
        deres_ref="DR-2026/9",
        var_ref="2026/1234-3/OHA",
        deres_dato=date(2026, 2, 1),
        svar_innen=date(2026, 4, 15),
        arkivkode="L42",
        kommune=Kommune(
            "Kongsvinger kommune",
            adresse="Rådhusplassen 1",
            postnummer="2226",
            poststed="Kongsvinger",
            telefon="62 87 00 00",
            epost="postmottak@kongsvinger.kommune.no",
            orgnr="944 117 784",
        ),
    )
    verdier.update(endret)
    return Flettedata(**verdier)


def docx_tekst(data: bytes) -> str:
    """The text a reader sees: body, tables, headers and footers, a line per paragraph (python-docx)."""
    dokument = docx.Document(io.BytesIO(data))
    deler = [dokument.element.body]
    for s in dokument.sections:
        for hf in (s.header, s.first_page_header, s.footer, s.first_page_footer):
            deler.append(hf._element)
    linjer = []
    for del_ in deler:
        for p in del_.iter(qn("w:p")):
            tekst = ""
            for e in p.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
                tekst += e.text or "" if e.tag == qn("w:t") else ("\t" if e.tag == qn("w:tab") else "\n")
            linjer.append(tekst)
    return "\n".join(linjer)


BREVFELT = [
    "Kari Nordmann",
    "Storgata 1",
    "Postboks 77",
    "0150 Oslo",
    "Statsforvalteren i Innlandet",
    "2026/1234-3/OHA",
    "DR-2026/9",
    "01.02.2026",
    "05.03.2026",
    "Ole Hals",
    "62 87 01 23",
    "ole.hals@kongsvinger.kommune.no",
    "Kongsvinger kommune",
    "Rådhusplassen 1",
    "2226 Kongsvinger",
    "944 117 784",
    "Søknad om byggeløyve for Storgata 1 & garasje <nord>",
    "Plan og byggesak",
]
FORVENTET = {
    "brev": BREVFELT,
    "forelopig-svar": [*BREVFELT, "15.04.2026", "2026/1234"],
    "vedtaksbrev": [*BREVFELT, "Lise Leder"],
    "notat": [
        "Kari Nordmann",
        "Hansen & Sønn AS",
        "Statsforvalteren i Innlandet",
        "Ole Hals, Plan og byggesak",
        "05.03.2026",
        "2026/1234-3",
        "L42",
        "Kongsvinger kommune",
        "Søknad om byggeløyve for Storgata 1 & garasje <nord>",
    ],
    "saksframlegg": [
        "Ole Hals",
        "Plan og byggesak",
        "L42",
        "2026/1234-3",
        "05.03.2026",
        "Kongsvinger kommune",
        "Søknad om byggeløyve for Storgata 1 & garasje <nord>",
    ],
    "delegert-vedtak": [
        "2026/1234-3",
        "L42",
        "Plan og byggesak",
        "Ole Hals",
        "Lise Leder",
        "05.03.2026",
        "Kari Nordmann; Hansen & Sønn AS",
        "Kongsvinger kommune",
        "Søknad om byggeløyve for Storgata 1 & garasje <nord>",
    ],
}


def test_manifestet_har_standardsettet():
    maler = les_manifest()
    assert {m.navn for m in maler} == set(FORVENTET)
    assert all(m.fil.is_file() for m in maler)
    assert standardmal(maler, "U").navn == "brev"
    assert standardmal(maler, "N").navn == "notat"
    assert standardmal(maler, "X").navn == "notat"
    assert standardmal(maler, "S").navn == "saksframlegg"
    assert standardmal(maler, "forelopig-svar").navn == "forelopig-svar"
    assert standardmal(maler, "I") is None
    tilbudt = [m.navn for m in maler_for(maler, "U")]
    assert tilbudt[0] == "brev" and set(tilbudt) == {"brev", "forelopig-svar", "vedtaksbrev"}


@pytest.mark.parametrize("navn", sorted(FORVENTET))
def test_hver_standardmal_fyller_alle_felt(navn):
    mal = next(m for m in les_manifest() if m.navn == navn)
    assert maltype(mal.fil) == "jinja"
    [brev] = fyll_mal(mal.fil, flettedata())
    tekst = docx_tekst(brev.data)
    mangler = [v for v in FORVENTET[navn] if v not in tekst]
    assert not mangler, f"{navn}: fant ikke {mangler} i\n{tekst}"
    assert "{{" not in tekst and "{%" not in tekst
    assert brev.ukjente_felt == ()


def test_ett_brev_per_mottaker():
    mal = MALMAPPE / "brev.docx"
    data = flettedata()
    brev = fyll_mal(mal, data, per_mottaker=True)
    assert [b.mottaker for b in brev] == list(data.mottakere)
    første, andre = (docx_tekst(b.data) for b in brev)
    assert "Postboks 77" in første and "Postboks 77" not in andre
    assert "Bryggen 2" in andre and "Bryggen 2" not in første
    # Both say who else got the same letter.
    assert "Likelydende brev til" in første and "Hansen & Sønn AS, 5003 Bergen" in første
    assert len(fyll_mal(mal, data)) == 1


def test_logo_settes_inn_naar_den_er_satt(tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (0, 80, 160)).save(logo)
    mal = MALMAPPE / "brev.docx"

    def bilder(data: bytes) -> list[str]:
        return [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("word/media/")]

    [med] = fyll_mal(mal, flettedata(kommune=Kommune("Kongsvinger kommune", logo=logo)))
    [uten] = fyll_mal(mal, flettedata(kommune=Kommune("Kongsvinger kommune")))
    assert len(bilder(med.data)) == 1 and bilder(uten.data) == []

    with pytest.raises(MalFeil, match="Kommunelogoen finnes ikke"):
        fyll_mal(mal, flettedata(kommune=Kommune("K", logo=tmp_path / "borte.png")))


def _mergefield_mal() -> bytes:
    """A Word template as another system made it: a simple and a complex MERGEFIELD, Word's names."""
    d = docx.Document()
    p = d.add_paragraph("Saksnr: ")
    enkelt = p._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): " MERGEFIELD Saksnr \\* MERGEFORMAT "})
    r = enkelt.makeelement(qn("w:r"), {})
    t = r.makeelement(qn("w:t"), {})
    t.text = "«Saksnr»"
    r.append(t)
    enkelt.append(r)
    p._p.append(enkelt)

    def komplekst(avsnitt, navn: str) -> None:
        for type_, tekst in (("begin", None), (None, f' MERGEFIELD "{navn}" '), ("separate", None)):
            run = avsnitt.add_run()
            if type_:
                run._r.append(run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): type_}))
            else:
                instr = run._r.makeelement(qn("w:instrText"), {})
                instr.text = tekst
                run._r.append(instr)
        avsnitt.add_run(f"«{navn}»")
        slutt = avsnitt.add_run()
        slutt._r.append(slutt._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): "end"}))

    for navn in ("Mottaker_navn", "Postnr", "Poststed", "VårRef", "Deres ref", "Ukjentfelt"):
        komplekst(d.add_paragraph(f"{navn}: "), navn)
    ut = io.BytesIO()
    d.save(ut)
    return ut.getvalue()


def test_mergefield_mal_fylles_uendret():
    mal = _mergefield_mal()
    assert maltype(mal) == "mergefield"
    [brev] = fyll_mal(mal, flettedata(), navn="kommunens brevmal")
    tekst = docx_tekst(brev.data)
    for forventet in (
        "Saksnr: 2026/1234",
        "Mottaker_navn: Kari Nordmann",
        "Postnr: 0150",
        "Poststed: Oslo",
        "VårRef: 2026/1234-3/OHA",
        "Deres ref: DR-2026/9",
    ):
        assert forventet in tekst, tekst
    assert "«" not in tekst
    assert brev.ukjente_felt == ("Ukjentfelt",)
    xml = zipfile.ZipFile(io.BytesIO(brev.data)).read("word/document.xml").decode()
    assert "MERGEFIELD" not in xml


@pytest.mark.parametrize(
    "innhold",
    [b"dette er ingen docx", (MALMAPPE / "brev.docx").read_bytes()[:5000], b""],
    ids=["tekst", "avkortet", "tom"],
)
def test_skadet_docx_gir_norsk_melding(innhold):
    with pytest.raises(MalFeil, match="er ikke en gyldig Word-fil") as feil:
        fyll_mal(innhold, flettedata(), navn="Min mal")
    assert isinstance(feil.value, SaksbordFeil)
    assert "«Min mal»" in str(feil.value)


def test_zip_uten_word_dokument_er_skadet():
    ut = io.BytesIO()
    with zipfile.ZipFile(ut, "w") as z:
        z.writestr("noe.txt", "hei")
    with pytest.raises(MalFeil, match="ikke en gyldig Word-fil"):
        fyll_mal(ut.getvalue(), flettedata())


def test_jinja_syntaksfeil_gir_norsk_melding():
    d = docx.Document()
    d.add_paragraph("Saksnummer: {{ saksnummer ")
    ut = io.BytesIO()
    d.save(ut)
    with pytest.raises(MalFeil, match="skrivefeil i et flettefelt") as feil:
        fyll_mal(ut.getvalue(), flettedata(), navn="Ny mal")
    assert "«Ny mal»" in str(feil.value)


def test_ukjent_jinja_felt_meldes():
    d = docx.Document()
    d.add_paragraph("{{ saksnummer }} {{ finnes_ikke }}")
    ut = io.BytesIO()
    d.save(ut)
    [brev] = fyll_mal(ut.getvalue(), flettedata())
    assert brev.ukjente_felt == ("finnes_ikke",)
    assert "2026/1234" in docx_tekst(brev.data)


def test_de_innsjekkede_malene_er_det_skriptet_lager(tmp_path):
    """Whoever changes lag_maler.py must commit the .docx it makes (and the other way round)."""
    spec = importlib.util.spec_from_file_location("lag_maler", MALMAPPE / "lag_maler.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    modul.main(tmp_path)
    assert (tmp_path / "maler.json").read_text("utf-8") == (MALMAPPE / "maler.json").read_text("utf-8")
    for m in les_manifest():
        ny, inne = zipfile.ZipFile(tmp_path / m.fil.name), zipfile.ZipFile(m.fil)
        for del_ in ("word/document.xml", "word/styles.xml", "word/header1.xml", "word/footer1.xml"):
            if del_ in inne.namelist():
                assert ny.read(del_) == inne.read(del_), f"{m.fil.name}:{del_} er ikke generert på nytt"


def test_standardmalene_er_pakkedata():
    import tomllib

    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text("utf-8"))
    data = pyproject["tool"]["setuptools"]["package-data"]["app.resources.maler"]
    assert "*.docx" in data and "*.json" in data
