"""Saksbord's codes as Noark 5 kodenavn, the words an arkivuttrekk carries ("Under behandling").

The registry stores short codes (DESIGN §1); the standard's metadata catalogue names each value in
full, and Arkade counts and checks by those names. One table per code list, read by the exporter
and by the depot check, so the two cannot disagree about what "Avsluttet" is called.
"""

from __future__ import annotations

SAKSSTATUS = {
    "R": "Opprettet av saksbehandler",
    "B": "Under behandling",
    "A": "Avsluttet",
    "U": "Utgår",
    "X": "Unntatt prosesstyring",
}

JOURNALSTATUS = {
    "M": "Midlertidig registrering av innkommet dokument",
    "S": "Registrert av saksbehandler",
    "R": "Reservert dokument",
    "F": "Ferdigstilt fra saksbehandler",
    "E": "Ekspedert",
    "J": "Journalført",
    "A": "Arkivert",
    "U": "Utgår",
}

JOURNALPOSTTYPE = {
    "I": "Inngående dokument",
    "U": "Utgående dokument",
    "N": "Organinternt dokument for oppfølging",
    "X": "Organinternt dokument uten oppfølging",
    "S": "Saksframlegg",
}

#: The journalposttyper whose registrering must name a korrespondansepart, and which kind.
KREVER_KORRESPONDANSEPART = {
    "Inngående dokument": ("Avsender",),
    "Utgående dokument": ("Mottaker",),
    "Organinternt dokument for oppfølging": ("Intern mottaker", "Mottaker"),
}

KORRESPONDANSEPARTTYPE = {
    ("avsender", False): "Avsender",
    ("mottaker", False): "Mottaker",
    ("kopimottaker", False): "Kopimottaker",
    ("avsender", True): "Intern avsender",
    ("mottaker", True): "Intern mottaker",
    ("kopimottaker", True): "Intern kopimottaker",
}

AVSKRIVNINGSMAATE = {
    "BU": "Besvart med brev",
    "BI": "Besvart med brev",
    "EP": "Besvart med e-post",
    "TLF": "Telefonsvar",
    "TE": "Tatt til etterretning",
    "TO": "Tatt til orientering",
    "BX": "Besvart med notat",
    "NX": "Besvart med notat",
    "NN": "Besvart med notat",
    "BSS": "Besvart med notat",
    "BV": "Besvart med brev",
    "BM": "Tatt til etterretning",
    "BB": "Tatt til etterretning",
    "BS": "Besvart med brev",
}

VARIANTFORMAT = {"produksjonsformat": "Produksjonsformat", "arkivformat": "Arkivformat"}
TILKNYTTET = {"hoveddokument": "Hoveddokument", "vedlegg": "Vedlegg"}
DOKUMENTTYPE = {"I": "Brev", "U": "Brev", "N": "Notat", "X": "Notat", "S": "Saksframlegg"}
DOKUMENT_FERDIG = "Dokumentet er ferdigstilt"
DOKUMENT_UNDER_REDIGERING = "Dokumentet er under redigering"

#: What a deposit may hold (an uttrekk of a closed period); anything else is a test uttrekk.
AVLEVERBAR_SAKSSTATUS = frozenset({"Avsluttet", "Utgår"})
AVLEVERBAR_JOURNALSTATUS = frozenset({"Arkivert", "Utgår"})
AVLEVERBAR_DOKUMENTSTATUS = frozenset({DOKUMENT_FERDIG})

#: An utvalgssak's type (PS/DS/RS/OS) as moeteregistreringstype and moetesakstype (the mapping in
#: app/store/modeller/politikk.py): a politisk sak is a saksframlegg, a delegated decision is
#: referred (Referatsak), an orienteringssak is its own kind.
MOETEREGISTRERINGSTYPE = {"PS": "Saksframlegg", "DS": "Referatsak", "RS": "Referatsak", "OS": "Orienteringssak"}
MOETESAKSTYPE = {"PS": "Politisk sak", "DS": "Delegert møtesak", "RS": "Referatsak", "OS": "Orienteringssak"}
