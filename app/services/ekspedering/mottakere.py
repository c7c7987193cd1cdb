"""Who an ekspedering goes to, over which channel, and what stops it; and what "sent" sets.

Shared by the two ways a journalpost becomes ekspedert: ``ekspeder`` (marked sent, nothing
goes out: an imported sent e-mail) and the real sending in ``forsendelse`` (E when the last
channel has delivered). Both check the same mottakere the same way and finish the same way:
status E, the mottakere's channel and time, the answer's waiting BU avskrivninger, and the
Godkjent task that asked for it closed.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from app.domain import regler
from app.domain.feil import UgyldigInndata, UgyldigTilstand
from app.domain.regler.ekspedering import krev_digital_id
from app.services import innstillinger
from app.services.arbeid import Arbeid, Ider
from app.services.journalposter import oppdater_restanse
from app.services.tilgang import krev_skrive_jp
from app.services.visning import aktiv_godkjenning, jp_nummer
from app.store import models as m

#: The contact details of a mottaker a letter needs; the only fields a correction may set.
ADRESSEFELT = ("epost", "adresse", "postnummer", "poststed", "digital_id")

#: The channels a user may choose for an external mottaker (internal ones are always "intern").
KANALER = ("svarut", "epost", "papir")

#: Per korrespondansepart id: the fields to set ("" clears one).
Adresser = Mapping[int, Mapping[str, str]]


def er_intern(p: m.Korrespondansepart) -> bool:
    return bool(p.intern_bruker_id or p.intern_enhet_id)


def mottakere(jp: m.Journalpost) -> list[m.Korrespondansepart]:
    return [p for p in jp.parter if p.rolle in ("mottaker", "kopimottaker")]


def renset(verdi: str | None) -> str | None:
    return (verdi or "").strip() or None


def svarut_satt_opp(a: Arbeid) -> bool:
    return bool(innstillinger.les(a).svarut_url)


def kanal_for(p: m.Korrespondansepart, valgt: Mapping[int, str], epost: str | None, *, svarut: bool) -> str:
    """The channel of one mottaker: internal, the user's choice, the stored one, else the default.

    The default is SvarUt where it is set up (digital post with print as fallback), else e-mail
    when the mottaker has an address, else paper.
    """
    if er_intern(p):
        return "intern"
    return valgt.get(p.id) or p.kanal or ("svarut" if svarut else "epost" if epost else "papir")


def mangler_for_ekspedering(
    jp: m.Journalpost,
    kanaler: Mapping[int, str] | None = None,
    adresser: Adresser | None = None,
    *,
    svarut: bool = False,
    utenfor: set[int] | frozenset[int] = frozenset(),
    dokumenter: bool = True,
) -> list[str]:
    """Mottakere that stop an ekspedering, read with the proposed channels and corrections laid over.

    ``utenfor``: mottakere already sent to (a resumed ekspedering), which nothing can stop.
    ``dokumenter``: whether the post has any document (a letter on paper needs one to print).
    """
    mangler = []
    skjermet = jp.tilgangskode is not None or jp.sak.tilgangskode is not None
    for p in mottakere(jp):
        if er_intern(p) or p.id in utenfor:
            continue
        rettet = (adresser or {}).get(p.id, {})
        epost = renset(rettet["epost"]) if "epost" in rettet else p.epost
        adresse = renset(rettet["adresse"]) if "adresse" in rettet else p.adresse
        kanal = kanal_for(p, kanaler or {}, epost, svarut=svarut)
        if kanal not in KANALER:
            mangler.append(f"{p.navn}: ukjent kanal «{kanal}» (velg svarut, epost eller papir)")
        if kanal == "epost" and not epost:
            mangler.append(f"{p.navn} mangler e-postadresse")
        if kanal == "epost" and skjermet:
            mangler.append(
                f"{p.navn}: journalposten er unntatt offentlighet og kan ikke sendes med vanlig e-post"
            )
        if kanal == "papir" and not adresse:
            mangler.append(f"{p.navn} mangler postadresse")
        if kanal in ("papir", "svarut") and not dokumenter:
            mangler.append(f"{p.navn}: journalposten har ingen dokumenter å sende som brev")
        if kanal == "svarut" and not svarut:
            mangler.append(f"{p.navn}: SvarUt er ikke satt opp (svarut.url); velg e-post eller papir")
        elif kanal == "svarut" and not adresse:
            mangler.append(
                f"{p.navn} mangler postadresse (SvarUt skriver ut brevet når det ikke leses digitalt)"
            )
    return mangler


def har_dokumenter(a: Arbeid, jp: m.Journalpost) -> bool:
    return (
        a.s.scalar(
            select(m.JournalpostDokument.dokument_id)
            .where(m.JournalpostDokument.journalpost_id == jp.id)
            .limit(1)
        )
        is not None
    )


def sjekk_kan_ekspedere(a: Arbeid, jp: m.Journalpost) -> None:
    """The rule ``ekspeder`` raises from; app.services.handlinger enables the button with it.

    What the Ekspeder dialog cannot fix is refused here, before it opens: a post in the wrong
    status, one waiting for approval, a U without mottaker, and an N or X with an external
    mottaker (notes go to internal mottakere only; the registration must be corrected).
    """
    krev_skrive_jp(a, jp)
    regler.sjekk_ekspeder(jp.type, jp.status, krever_godkjenning=jp.krever_godkjenning)
    if aktiv_godkjenning(a, jp):
        raise UgyldigTilstand(
            "Journalposten ligger til godkjenning og kan ikke ekspederes før den er godkjent"
        )
    if jp.type == "U" and not any(p.rolle == "mottaker" for p in jp.parter):
        raise UgyldigTilstand("Journalposten har ingen mottaker")
    if jp.type in ("N", "X"):
        eksterne = [p.navn for p in mottakere(jp) if not er_intern(p)]
        if eksterne:
            raise UgyldigTilstand(
                f"Et internt notat ({jp.type}) ekspederes bare til interne mottakere; "
                "rett mottakerne i registreringen først:",
                detaljer=[f"{navn} er ekstern" for navn in eksterne],
            )


def sjekk_adresser(jp: m.Journalpost, adresser: Adresser) -> None:
    """Every correction names an external mottaker of this post and only its contact fields."""
    egne = {p.id: p for p in mottakere(jp)}
    for part_id, felt in adresser.items():
        p = egne.get(part_id)
        if p is None:
            raise UgyldigInndata("Mottakeren hører ikke til journalposten")
        if er_intern(p):
            raise UgyldigInndata(f"{p.navn} er en intern mottaker og har ingen adresse å rette")
        ukjent = sorted(set(felt) - set(ADRESSEFELT))
        if ukjent:
            raise UgyldigInndata(f"Bare adressen kan rettes her, ikke {', '.join(ukjent)}")


def rett(a: Arbeid, jp: m.Journalpost, p: m.Korrespondansepart, felt: Mapping[str, str | None]) -> None:
    ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
    for navn in ADRESSEFELT:
        if navn in felt and felt[navn] is not None:
            ny = krev_digital_id(felt[navn]) if navn == "digital_id" else renset(felt[navn])
            a.endre(p, navn, ny, **ids)


def fullfor(a: Arbeid, jp: m.Journalpost, kanaler: Mapping[int, str]) -> None:
    """The post is sent: E, each mottaker's channel and time, BU avskrivninger, the Godkjent task closed."""
    ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
    for p in mottakere(jp):
        p.kanal = kanaler[p.id]
        p.ekspedert = a.naa
        a.logg(
            "ekspedert",
            entitet="korrespondansepart",
            entitet_id=p.id,
            felt="kanal",
            til=f"{p.navn}: {p.kanal}",
            **ids,
        )
    a.endre(jp, "status", "E", handling="ekspedert", **ids)
    jp.ekspedert_dato = a.idag
    jp.endret = a.naa
    oppdater_restanse(a, jp)
    _avskriv_besvarte(a, jp)
    _lukk_godkjent(a, jp)


def _avskriv_besvarte(a: Arbeid, jp: m.Journalpost) -> None:
    """The BU avskrivninger that waited for this answer to be sent take effect now."""
    for av in a.s.scalars(
        select(m.Avskrivning).where(
            m.Avskrivning.svar_journalpost_id == jp.id, m.Avskrivning.ventende.is_(True)
        )
    ):
        av.ventende = False
        av.dato = a.idag
        besvart = a.hent(m.Journalpost, av.journalpost_id, "journalposten")
        oppdater_restanse(a, besvart)
        a.logg(
            "avskrevet",
            entitet="journalpost",
            entitet_id=besvart.id,
            sak_id=besvart.sak_id,
            journalpost_id=besvart.id,
            felt="avskrivning",
            til=f"{av.kode} med {jp_nummer(jp.sak, jp)}",
        )


def _lukk_godkjent(a: Arbeid, jp: m.Journalpost) -> None:
    """The Godkjent task that told the saksbehandler to ekspedere is done once it is sent."""
    for o in a.s.scalars(
        select(m.Oppgave).where(
            m.Oppgave.journalpost_id == jp.id, m.Oppgave.type == "godkjent", m.Oppgave.status == "aktiv"
        )
    ):
        o.status = "besvart"
        o.svar = "utfort"
        o.besvart = a.naa
        o.lest = o.lest or a.naa
        a.logg(
            "oppgave besvart",
            entitet="oppgave",
            entitet_id=o.id,
            sak_id=jp.sak_id,
            journalpost_id=jp.id,
            felt="svar",
            til="Utført: ekspedert",
        )
