"""Ekspedering: send a finished journalpost to its mottakere, as one user action (DESIGN §7).

What the Ekspeder dialog collects (a corrected address here, a channel there)
and the ekspedering itself are one unit of work: ``ekspeder`` corrects the
mottakere it is given *by their id*, chooses each channel, marks the post
sent (E) and lets an answer's waiting BU avskrivninger take effect. A refusal
anywhere, also after the addresses are corrected, rolls all of it back, so
the user never finds half an ekspedering (an address changed, the post not
sent). ``sjekk_ekspedering`` answers "what still stops it?" for the same
input without writing anything, so the window can ask before it opens the
dialog and again while the user fixes what is missing.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from app.domain import regler
from app.domain.feil import UgyldigInndata, UgyldigTilstand
from app.services.arbeid import Arbeid, Ider, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.journalposter import oppdater_restanse
from app.services.tilgang import krev_skrive_jp
from app.services.visning import aktiv_godkjenning, jp_nummer
from app.store import models as m

#: The contact details of a mottaker a letter needs; the only fields a correction may set.
ADRESSEFELT = ("epost", "adresse", "postnummer", "poststed")

#: Per korrespondansepart id: the fields to set ("" clears one).
Adresser = Mapping[int, Mapping[str, str]]


def _er_intern(p: m.Korrespondansepart) -> bool:
    return bool(p.intern_bruker_id or p.intern_enhet_id)


def _mottakere(jp: m.Journalpost) -> list[m.Korrespondansepart]:
    return [p for p in jp.parter if p.rolle in ("mottaker", "kopimottaker")]


def _renset(verdi: str | None) -> str | None:
    return (verdi or "").strip() or None


def _kanal(p: m.Korrespondansepart, valgt: Mapping[int, str], epost: str | None) -> str:
    if _er_intern(p):
        return "intern"
    return valgt.get(p.id) or p.kanal or ("epost" if epost else "papir")


def mangler_for_ekspedering(
    jp: m.Journalpost, kanaler: Mapping[int, str] | None = None, adresser: Adresser | None = None
) -> list[str]:
    """Mottakere that stop an ekspedering, read with the proposed channels and corrections laid over."""
    mangler = []
    skjermet = jp.tilgangskode is not None or jp.sak.tilgangskode is not None
    for p in _mottakere(jp):
        if _er_intern(p):
            continue
        rettet = (adresser or {}).get(p.id, {})
        epost = _renset(rettet["epost"]) if "epost" in rettet else p.epost
        adresse = _renset(rettet["adresse"]) if "adresse" in rettet else p.adresse
        kanal = _kanal(p, kanaler or {}, epost)
        if kanal == "epost" and not epost:
            mangler.append(f"{p.navn} mangler e-postadresse")
        if kanal == "epost" and skjermet:
            mangler.append(
                f"{p.navn}: journalposten er unntatt offentlighet og kan ikke sendes med vanlig e-post"
            )
        if kanal == "papir" and not adresse:
            mangler.append(f"{p.navn} mangler postadresse")
    return mangler


def sjekk_kan_ekspedere(a: Arbeid, jp: m.Journalpost) -> None:
    """The rule ``ekspeder`` raises from; app.services.handlinger enables the button with it."""
    krev_skrive_jp(a, jp)
    regler.sjekk_ekspeder(jp.type, jp.status, krever_godkjenning=jp.krever_godkjenning)
    regler.sjekk_notat_ekspedering(jp.type, [(p.rolle, p.navn, _er_intern(p)) for p in jp.parter])
    if aktiv_godkjenning(a, jp):
        raise UgyldigTilstand(
            "Journalposten ligger til godkjenning og kan ikke ekspederes før den er godkjent"
        )
    if jp.type == "U" and not any(p.rolle == "mottaker" for p in jp.parter):
        raise UgyldigTilstand("Journalposten har ingen mottaker")


def _sjekk_adresser(jp: m.Journalpost, adresser: Adresser) -> None:
    """Every correction names an external mottaker of this post and only its contact fields."""
    egne = {p.id: p for p in _mottakere(jp)}
    for part_id, felt in adresser.items():
        p = egne.get(part_id)
        if p is None:
            raise UgyldigInndata("Mottakeren hører ikke til journalposten")
        if _er_intern(p):
            raise UgyldigInndata(f"{p.navn} er en intern mottaker og har ingen adresse å rette")
        ukjent = sorted(set(felt) - set(ADRESSEFELT))
        if ukjent:
            raise UgyldigInndata(f"Bare adressen kan rettes her, ikke {', '.join(ukjent)}")


def _rett(a: Arbeid, jp: m.Journalpost, p: m.Korrespondansepart, felt: Mapping[str, str | None]) -> None:
    ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
    for navn in ADRESSEFELT:
        if navn in felt and felt[navn] is not None:
            a.endre(p, navn, _renset(felt[navn]), **ids)


def sjekk_ekspedering(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    kanaler: Mapping[int, str] | None = None,
    adresser: Adresser | None = None,
) -> list[str]:
    """What would stop ``ekspeder`` with these channels and corrections; writes nothing."""
    with arbeid(ctx, skriv=False) as a:
        jp = a.journalpost(jpnr)
        if adresser:
            _sjekk_adresser(jp, adresser)
        return mangler_for_ekspedering(jp, kanaler, adresser)


@skrivetjeneste(koebar=True)
def ekspeder(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    kanal: str | None = None,
    kanaler: dict[int, str] | None = None,
    adresser: dict[int, dict[str, str]] | None = None,
) -> Resultat:
    """Mark the journalpost sent (E), per mottaker channel; N/X reach internal mottakere at once.

    ``kanaler`` and ``adresser`` are keyed by korrespondansepart id: the channel and the
    corrected contact fields of each mottaker (also on an approved, locked F post, where
    nothing else may change). ``kanal`` is the channel for every mottaker not in ``kanaler``.
    An answer's pending BU avskrivninger take effect now, clearing those restanser.
    Everything happens in one transaction; a refusal leaves the post as it was.
    """
    if kanal and kanal not in ("epost", "papir"):
        raise UgyldigInndata("Kanal må være epost eller papir")
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        sjekk_kan_ekspedere(a, jp)
        rettelser = adresser or {}
        _sjekk_adresser(jp, rettelser)
        valgt = dict(kanaler or {})
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        for p in _mottakere(jp):
            if p.id in rettelser:
                _rett(a, jp, p, rettelser[p.id])
            if kanal and not _er_intern(p):
                valgt.setdefault(p.id, kanal)
        mangler = mangler_for_ekspedering(jp, valgt)
        if mangler:
            raise UgyldigTilstand("Journalposten kan ikke ekspederes:", detaljer=mangler)
        for p in _mottakere(jp):
            ny_kanal = _kanal(p, valgt, p.epost)
            p.kanal = ny_kanal
            p.ekspedert = a.naa
            a.logg(
                "ekspedert",
                entitet="korrespondansepart",
                entitet_id=p.id,
                felt="kanal",
                til=f"{p.navn}: {ny_kanal}",
                **ids,
            )
        a.endre(jp, "status", "E", handling="ekspedert", **ids)
        jp.ekspedert_dato = a.idag
        jp.endret = a.naa
        oppdater_restanse(a, jp)
        _avskriv_besvarte(a, jp)
        nr = jp_nummer(jp.sak, jp)
        return Resultat(f"Journalpost {nr} er ekspedert", journalpostnummer=nr, status="E")


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


@skrivetjeneste
def rett_mottaker(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    part_id: int,
    epost: str | None = None,
    adresse: str | None = None,
    postnummer: str | None = None,
    poststed: str | None = None,
) -> Resultat:
    """Correct a mottaker's address before ekspedering, also after approval (status F).

    The registration itself is locked in F; only the contact details a letter needs may change,
    and only until the post is ekspedert.
    """
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        krev_skrive_jp(a, jp)
        if jp.status not in "RSF":
            raise UgyldigTilstand(f"Journalposten er {regler.statusnavn(jp.status)} og kan ikke endres")
        part = next((p for p in jp.parter if p.id == part_id), None)
        if part is None:
            raise UgyldigInndata("Mottakeren hører ikke til journalposten")
        felt = {"epost": epost, "adresse": adresse, "postnummer": postnummer, "poststed": poststed}
        _rett(a, jp, part, felt)
        return Resultat(
            f"Adressen til {part.navn} er rettet", journalpostnummer=jp_nummer(jp.sak, jp), status=jp.status
        )
