"""Ekspedering: send a finished journalpost to its mottakere (DESIGN §7).

Two ways to the same end (status E, each mottaker's channel in Historikk, BU avskrivninger,
the Godkjent task closed):

* ``ekspeder`` marks the post sent without sending anything (an imported sent e-mail: it has
  already gone). What the dialog collects (a corrected address, a channel) and the marking are
  one unit of work; a refusal anywhere rolls all of it back.
* ``forsendelse`` / ``utsending`` send for real, per mottaker and channel (SvarUt, e-post,
  papir, intern), with a forsendelse row written before each message goes, so a failure
  halfway leaves the post "delvis sendt" and a retry sends only the rest, never twice.

``sjekk_ekspedering`` answers "what still stops it?" for the same input without writing
anything, so the window can ask before it opens the dialog and again while the user fixes
what is missing. The shared checks live in ``mottakere``.
"""

from __future__ import annotations

from app.domain import regler
from app.domain.feil import UgyldigInndata, UgyldigTilstand
from app.services.arbeid import Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.ekspedering.mottakere import (
    ADRESSEFELT,
    KANALER,
    Adresser,
    fullfor,
    har_dokumenter,
    kanal_for,
    mangler_for_ekspedering,
    mottakere,
    rett,
    sjekk_adresser,
    sjekk_kan_ekspedere,
    svarut_satt_opp,
)
from app.services.tilgang import krev_skrive_jp
from app.services.visning import jp_nummer

__all__ = [
    "ADRESSEFELT",
    "KANALER",
    "Adresser",
    "ekspeder",
    "mangler_for_ekspedering",
    "rett_mottaker",
    "sjekk_ekspedering",
    "sjekk_kan_ekspedere",
]


def sjekk_ekspedering(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    kanaler: dict[int, str] | None = None,
    adresser: Adresser | None = None,
) -> list[str]:
    """What would stop the ekspedering with these channels and corrections; writes nothing.

    Mottakere already sent to (a resumed ekspedering) are not checked again.
    """
    from app.services.ekspedering.forsendelse import sendte_parter

    with arbeid(ctx, skriv=False) as a:
        jp = a.journalpost(jpnr)
        if adresser:
            sjekk_adresser(jp, adresser)
        return mangler_for_ekspedering(
            jp,
            kanaler,
            adresser,
            svarut=svarut_satt_opp(a),
            utenfor=sendte_parter(a, jp),
            dokumenter=har_dokumenter(a, jp),
        )


@skrivetjeneste(koebar=True)
def ekspeder(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    kanal: str | None = None,
    kanaler: dict[int, str] | None = None,
    adresser: dict[int, dict[str, str]] | None = None,
) -> Resultat:
    """Mark the journalpost sent (E) without sending anything: it went out another way.

    ``kanaler`` and ``adresser`` are keyed by korrespondansepart id: the channel and the
    corrected contact fields of each mottaker (also on an approved, locked F post, where
    nothing else may change). ``kanal`` is the channel for every mottaker not in ``kanaler``.
    An answer's pending BU avskrivninger take effect now, clearing those restanser.
    Everything happens in one transaction; a refusal leaves the post as it was.
    """
    if kanal and kanal not in KANALER:
        raise UgyldigInndata("Kanal må være svarut, epost eller papir")
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        sjekk_kan_ekspedere(a, jp)
        rettelser = adresser or {}
        sjekk_adresser(jp, rettelser)
        valgt = dict(kanaler or {})
        for p in mottakere(jp):
            if p.id in rettelser:
                rett(a, jp, p, rettelser[p.id])
            if kanal:
                valgt.setdefault(p.id, kanal)
            elif not p.kanal:
                # Marking as sent needs no SvarUt: the default is the mottaker's own address.
                valgt.setdefault(p.id, "epost" if p.epost else "papir")
        mangler = mangler_for_ekspedering(jp, valgt, svarut=svarut_satt_opp(a))
        if mangler:
            raise UgyldigTilstand("Journalposten kan ikke ekspederes:", detaljer=mangler)
        fullfor(a, jp, {p.id: kanal_for(p, valgt, p.epost, svarut=False) for p in mottakere(jp)})
        nr = jp_nummer(jp.sak, jp)
        return Resultat(f"Journalpost {nr} er ekspedert", journalpostnummer=nr, status="E")


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
        rett(a, jp, part, felt)
        return Resultat(
            f"Adressen til {part.navn} er rettet", journalpostnummer=jp_nummer(jp.sak, jp), status=jp.status
        )


# The real sending registers its write services on import (the sync client and server run them by name).
from app.services.ekspedering import forsendelse as forsendelse  # noqa: E402
