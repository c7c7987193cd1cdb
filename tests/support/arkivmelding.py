"""A KS Fiks Arkiv V1 arkivmelding as a fagsystem sends it (a folder: arkivmelding.xml + files)."""

from __future__ import annotations

from pathlib import Path

#: The published schemas; tests read them where they lie, the program from its setting.
SKJEMAER = Path("/work/shared/specs/fiks-arkiv-v1")

MAL = """<?xml version="1.0" encoding="utf-8"?>
<arkivmelding xmlns="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1"
              xmlns:mdk="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <system>Byggsøk</system>
  <antallFiler>2</antallFiler>
  <mappe xsi:type="saksmappe">
    <tittel>{sakstittel}</tittel>
    <offentligTittel>{sakstittel}</offentligTittel>
    <referanseEksternNoekkel>
      <mdk:fagsystem>Byggsøk</mdk:fagsystem>
      <mdk:noekkel>{saksnoekkel}</mdk:noekkel>
    </referanseEksternNoekkel>
  </mappe>
  <registrering xsi:type="journalpost">
    {skjerming}
    <dokumentbeskrivelse>
      <dokumenttype><mdk:kode>SØKNAD</mdk:kode></dokumenttype>
      <dokumentstatus><mdk:kode>F</mdk:kode></dokumentstatus>
      <tittel>Søknad om rammetillatelse</tittel>
      <tilknyttetRegistreringSom><mdk:kode>H</mdk:kode></tilknyttetRegistreringSom>
      <dokumentnummer>1</dokumentnummer>
      <dokumentobjekt>
        <versjonsnummer>1</versjonsnummer>
        <variantformat><mdk:kode>P</mdk:kode></variantformat>
        <filnavn>Søknad rammetillatelse.pdf</filnavn>
        <referanseDokumentfil>soknad.pdf</referanseDokumentfil>
      </dokumentobjekt>
    </dokumentbeskrivelse>
    <dokumentbeskrivelse>
      <tittel>Situasjonsplan</tittel>
      <tilknyttetRegistreringSom><mdk:kode>V</mdk:kode></tilknyttetRegistreringSom>
      <dokumentnummer>2</dokumentnummer>
      <dokumentobjekt>
        <versjonsnummer>1</versjonsnummer>
        <variantformat><mdk:kode>P</mdk:kode></variantformat>
        <filnavn>Situasjonsplan.pdf</filnavn>
        <referanseDokumentfil>situasjonsplan.pdf</referanseDokumentfil>
      </dokumentobjekt>
    </dokumentbeskrivelse>
    <tittel>{tittel}</tittel>
    <offentligTittel>{tittel}</offentligTittel>
    <korrespondansepart>
      <korrespondanseparttype><mdk:kode>EA</mdk:kode></korrespondanseparttype>
      <korrespondansepartNavn>Bygg og Betong AS</korrespondansepartNavn>
      <organisasjonid>974760673</organisasjonid>
      <postadresse>Storgata 1</postadresse>
      <postnummer>2211</postnummer>
      <poststed>Kongsvinger</poststed>
      <epostadresse>post@byggogbetong.no</epostadresse>
      <deresReferanse>BS-2026-77</deresReferanse>
    </korrespondansepart>
    <referanseEksternNoekkel>
      <mdk:fagsystem>Byggsøk</mdk:fagsystem>
      <mdk:noekkel>{jpnoekkel}</mdk:noekkel>
    </referanseEksternNoekkel>
    <journalposttype><mdk:kode>I</mdk:kode></journalposttype>
    <dokumentetsDato>2026-11-30</dokumentetsDato>
  </registrering>
</arkivmelding>
"""

SKJERMING = """<skjerming>
      <tilgangsrestriksjon><mdk:kode>U</mdk:kode></tilgangsrestriksjon>
      <skjermingshjemmel>Offl. § 13</skjermingshjemmel>
    </skjerming>"""

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def lag_melding(
    mappe: Path,
    *,
    tittel: str = "Søknad om rammetillatelse, gnr. 12 bnr. 34",
    sakstittel: str = "Rammetillatelse gnr. 12 bnr. 34",
    saksnoekkel: str = "BS-2026-77",
    jpnoekkel: str = "BS-2026-77-1",
    skjermet: bool = False,
    xml: str | None = None,
) -> Path:
    """Write a message folder (arkivmelding.xml, soknad.pdf, situasjonsplan.pdf); returns the folder."""
    mappe.mkdir(parents=True, exist_ok=True)
    tekst = xml or MAL.format(
        tittel=tittel,
        sakstittel=sakstittel,
        saksnoekkel=saksnoekkel,
        jpnoekkel=jpnoekkel,
        skjerming=SKJERMING if skjermet else "",
    )
    (mappe / "arkivmelding.xml").write_text(tekst, encoding="utf-8")
    (mappe / "soknad.pdf").write_bytes(PDF + b"% soknad\n")
    (mappe / "situasjonsplan.pdf").write_bytes(PDF + b"% plan\n")
    return mappe
