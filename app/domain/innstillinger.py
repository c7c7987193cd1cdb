"""The municipality's variant rules as one typed, validated object (DESIGN §6).

Where the handbooks differ, WebSak Fokus (003) is the default and the others are settings. The
database stores each setting as text in the ``innstilling`` table; this module is the one place
that knows their names, types, defaults and allowed values, parses the text once and refuses a
bad value with a Norwegian message. Services read an :class:`Innstillinger` through
``app.services.innstillinger.les`` and never parse a setting themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from app.domain.feil import UgyldigInndata


class MerknadKrav(StrEnum):
    """Which direct avskrivninger need a merknad (002 demands one for every code)."""

    TLF = "TLF"  # only the codes marked so in the code list (TLF)
    ALLE = "alle"  # every direct avskrivning except *** (foreløpig svar)


class InngaaendeRegistrering(StrEnum):
    """Who may register an incoming journalpost by hand (001: the archive only)."""

    ALLE = "alle"
    ARKIV = "arkiv"


class SmtpSikkerhet(StrEnum):
    """How the connection to the SMTP server is protected."""

    INGEN = "ingen"
    STARTTLS = "starttls"
    TLS = "tls"


class Godkjenning(StrEnum):
    """How approval runs: tasks Til godkjenning (003) or behandlingsstatus SU/RE/KL (001)."""

    OPPGAVE = "oppgave"
    BEHANDLINGSSTATUS = "behandlingsstatus"


#: Values that may not be chosen yet, with why (the setting exists so the choice is visible).
IKKE_STOTTET: dict[tuple[str, str], str] = {
    ("godkjenning", Godkjenning.BEHANDLINGSSTATUS): (
        "godkjenning ved behandlingsstatus (SU/RE/KL) er ikke bygget ennå; bruk «oppgave»"
    ),
}

_PAA = ("på", "ja", "true", "1")
_AV = ("av", "nei", "false", "0")


def _innstilling(standard: Any, beskrivelse: str, *, minst: int | None = None, hoyst: int | None = None):
    return field(default=standard, metadata={"beskrivelse": beskrivelse, "minst": minst, "hoyst": hoyst})


@dataclass(frozen=True)
class Innstillinger:
    """Every variant rule, typed; the field defaults are the defaults (WebSak Fokus, 003)."""

    svarfrist_dager: int = _innstilling(
        14, "Standard svarfrist for inngående post og N-notater, i dager fra registrering", minst=0, hoyst=365
    )
    obs_vindu_dager: int = _innstilling(
        5,
        "OBS-saker viser saker med OBS-dato passert eller innen så mange dager (001: 14)",
        minst=0,
        hoyst=365,
    )
    forfall_vindu_dager: int = _innstilling(
        0,
        "Forfall viser restanser med forfallsdato passert eller innen så mange dager (0: bare forfalte; 001: 14)",
        minst=0,
        hoyst=365,
    )
    merknad_krav: MerknadKrav = _innstilling(
        MerknadKrav.TLF, "Merknad kreves ved TLF (TLF) eller ved all direkte avskrivning (alle; 002)"
    )
    presedens: bool = _innstilling(True, "Presedens kan registreres på saker (på/av; 004: av)")
    registrer_inngaaende: InngaaendeRegistrering = _innstilling(
        InngaaendeRegistrering.ALLE,
        "Hvem som kan registrere inngående post for hånd (alle/arkiv; 001: arkiv)",
    )
    godkjenning: Godkjenning = _innstilling(
        Godkjenning.OPPGAVE, "Godkjenning med oppgaver (oppgave) eller behandlingsstatus (001)"
    )
    godkjenning_typer: str = _innstilling(
        "", "Journalposttyper som må godkjennes før de ferdigstilles, f.eks. «US» (tom: ingen)"
    )
    paaminnelse_godkjenning_dager: int = _innstilling(
        3, "Påminn godkjenneren når en godkjenning har ventet så mange dager", minst=1, hoyst=365
    )
    maks_vedlegg_mb: int = _innstilling(
        25, "Største vedlegg (MB) som tas inn ved import av e-post", minst=1, hoyst=2000
    )
    # Political treatment (issue 15): a møte's frister as calendar days before the møte.
    skrivefrist_dager: int = _innstilling(
        9, "Sakspapirene til et møte må være ferdige så mange kalenderdager før møtet", minst=0, hoyst=90
    )
    innkallingsfrist_dager: int = _innstilling(
        8, "Møteinnkallingen sendes så mange kalenderdager før møtet", minst=0, hoyst=90
    )
    # KS Fiks SvarInn: where the archive fetches incoming post. The password is in the keyring
    # (or SAKSBORD_SVARINN_PASSORD in scripts), never here; the private key is a file on the desk.
    svarinn_url: str = _innstilling("", "Adressen til KS Fiks SvarInn (tom: SvarInn brukes ikke)")
    svarinn_brukernavn: str = _innstilling(
        "", "Mottakersystemets brukernavn hos SvarInn (passordet ligger i nøkkelringen)"
    )
    svarinn_nokkel: str = _innstilling(
        "", "Sti til mottakersystemets private nøkkel (PEM) som dekrypterer forsendelser fra SvarInn"
    )
    svarinn_sak: str = _innstilling(
        "",
        "Saken post fra SvarInn registreres i når avsender ikke oppgir sak (tom: en ny sak per forsendelse)",
    )
    # The letterhead of every letter made from a template (free text; a logo is a PNG/JPEG path).
    kommune_navn: str = _innstilling("", "Kommunens navn i brevhodet og i journalstempelet")
    kommune_logo: str = _innstilling("", "Kommunelogoen i brevhodet: sti til en PNG- eller JPEG-fil")
    kommune_adresse: str = _innstilling("", "Kommunens postadresse i brevfoten")
    kommune_postnummer: str = _innstilling("", "Kommunens postnummer i brevfoten")
    kommune_poststed: str = _innstilling("", "Kommunens poststed i brevfoten")
    kommune_telefon: str = _innstilling("", "Kommunens sentralbord i brevfoten")
    kommune_epost: str = _innstilling("", "Kommunens postmottak (e-post) i brevfoten")
    kommune_orgnr: str = _innstilling("", "Kommunens organisasjonsnummer i brevfoten")
    # Ekspedering: the outgoing mail server (its password is in the keyring or SAKSBORD_SMTP_PASSORD)
    # and the KS Fiks endpoints (their passwords in the keyring only).
    smtp_vert: str = _innstilling(
        "", "SMTP-tjeneren e-post sendes gjennom (tom: e-posten åpnes i e-postprogrammet som utkast)"
    )
    smtp_port: int = _innstilling(587, "Porten til SMTP-tjeneren", minst=1, hoyst=65535)
    smtp_sikkerhet: SmtpSikkerhet = _innstilling(
        SmtpSikkerhet.STARTTLS, "Kryptering mot SMTP-tjeneren (ingen/starttls/tls)"
    )
    smtp_bruker: str = _innstilling("", "Brukernavn hos SMTP-tjeneren (tom: ingen innlogging)")
    smtp_avsender: str = _innstilling("", "Avsenderadressen på e-post som ekspederes (tom: kommunens e-post)")
    svarut_url: str = _innstilling("", "Adressen til KS Fiks SvarUt (tom: SvarUt brukes ikke)")
    svarut_brukernavn: str = _innstilling(
        "", "SvarUt-kontoens id (brukernavn); passordet ligger i nøkkelringen"
    )
    svarut_sertifikat: str = _innstilling(
        "", "Sti til SvarUts offentlige sertifikat (PEM), som brev med nivå 4-innlogging krypteres til"
    )
    # National integrations (issue 16): Fiks Arkiv, Enhetsregisteret, eInnsyn.
    fiks_arkiv_skjemaer: str = _innstilling(
        "", "Mappen med Fiks Arkiv V1-skjemaene (XSD) meldingene sjekkes mot"
    )
    fiks_arkiv_mappe: str = _innstilling(
        "",
        "Overvåket mappe for arkivmeldinger (inn/, svar/, behandlet/, feilet/); tom: i brukerens datamappe",
    )
    enhetsregisteret_url: str = _innstilling(
        "https://data.brreg.no/enhetsregisteret/api", "Adressen til Enhetsregisterets åpne API"
    )
    einnsyn_url: str = _innstilling("https://api.einnsyn.no", "Adressen til eInnsyns API")
    einnsyn_virksomhet: str = _innstilling(
        "", "Kommunens virksomhets-ID eller orgnr i eInnsyn (journalenhet)"
    )
    einnsyn_ventetid_dager: int = _innstilling(
        1, "Arbeidsdager en journalført post holdes tilbake før publisering på eInnsyn", minst=0, hoyst=30
    )
    einnsyn_navn_maaneder: int = _innstilling(
        12, "Måneder før personnavn på private parter fjernes fra det som er publisert", minst=1, hoyst=120
    )
    noark5_skjemaer: str = _innstilling(
        "", "Mappen med Arkivverkets Noark 5-skjemaer (arkivstruktur.xsd …) som arkivuttrekket kopierer"
    )

    @classmethod
    def navn(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def beskrivelse(cls, navn: str) -> str:
        return _felt(navn).metadata["beskrivelse"]

    @classmethod
    def tolk(cls, navn: str, tekst: str) -> Any:
        """One setting's text as its typed value; :class:`UgyldigInndata` names what is allowed."""
        f = _felt(navn)
        raa = (tekst or "").strip()
        standard = f.default
        if isinstance(standard, bool):
            if raa.lower() in _PAA:
                return True
            if raa.lower() in _AV:
                return False
            raise _ugyldig(navn, tekst, "bruk «på» eller «av»")
        if isinstance(standard, str) and not isinstance(standard, StrEnum):
            return raa
        if isinstance(standard, StrEnum):
            typ = type(standard)
            treff = next((v for v in typ if v.lower() == raa.lower()), None)
            if treff is None:
                raise _ugyldig(navn, tekst, "velg blant " + ", ".join(f"«{v}»" for v in typ))
            return treff
        try:
            tall = int(raa)
        except ValueError:
            raise _ugyldig(navn, tekst, "skriv et helt antall") from None
        minst, hoyst = f.metadata["minst"], f.metadata["hoyst"]
        if (minst is not None and tall < minst) or (hoyst is not None and tall > hoyst):
            raise _ugyldig(navn, tekst, f"må være mellom {minst} og {hoyst}")
        return tall

    @classmethod
    def fra_tekster(cls, tekster: Mapping[str, str]) -> Innstillinger:
        """Parse the stored rows; a missing setting takes its default, other names are ignored."""
        verdier = {n: cls.tolk(n, tekster[n]) for n in cls.navn() if n in tekster}
        return cls(**verdier)

    def tekst(self, navn: str) -> str:
        """How a value is stored and shown: ``på``/``av``, the code, the number."""
        verdi = getattr(self, _felt(navn).name)
        if isinstance(verdi, bool):
            return "på" if verdi else "av"
        return str(verdi)

    def til_tekster(self) -> dict[str, str]:
        return {n: self.tekst(n) for n in self.navn()}

    def med(self, navn: str, tekst: str) -> Innstillinger:
        """A copy with one setting changed; refuses a value the product does not support yet."""
        verdi = self.tolk(navn, tekst)
        grunn = IKKE_STOTTET.get((navn, verdi)) if isinstance(verdi, str) else None
        if grunn:
            raise UgyldigInndata(f"Innstillingen «{navn}» kan ikke settes til «{verdi}»: {grunn}")
        return replace(self, **{kanonisk(navn): verdi})


def kanonisk(navn: str) -> str:
    """A setting's name as stored; ``smtp.vert`` is accepted for ``smtp_vert``."""
    return (navn or "").strip().replace(".", "_")


def _felt(navn: str):
    navn = kanonisk(navn)
    for f in fields(Innstillinger):
        if f.name == navn:
            return f
    raise UgyldigInndata(f"Ukjent innstilling «{navn}» (velg blant {', '.join(Innstillinger.navn())})")


def _ugyldig(navn: str, tekst: str, hva: str) -> UgyldigInndata:
    return UgyldigInndata(f"Innstillingen «{navn}» har ugyldig verdi «{tekst}»: {hva}")


#: The defaults as stored text (seeds for the ``innstilling`` table).
STANDARD: dict[str, str] = Innstillinger().til_tekster()
