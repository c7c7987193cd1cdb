"""``saksbord enhet``: look a business up in Enhetsregisteret (offline: the desk's cache)."""

from __future__ import annotations

import argparse

from app.cli.felles import felles, handlinger, kommando, linje, med_db, skriv


def registrer(sub) -> None:
    h = handlinger(
        sub,
        "enhet",
        help="slå opp virksomheter i Enhetsregisteret",
        description="Oppslag i Enhetsregisteret på organisasjonsnummer (sjekkes mod 11 først) eller navn.\n"
        "Uten nett svarer det som er slått opp før.\n\nEksempel: saksbord enhet oppslag 974760673",
    )
    x = h.add_parser(
        "oppslag",
        help="slå opp ett organisasjonsnummer",
        description="Slå opp ett organisasjonsnummer.\n\nEksempel: saksbord enhet oppslag 974760673",
    )
    x.add_argument("orgnr")
    felles(x, bruker=False)
    kommando(x, med_db(_oppslag))
    s = h.add_parser(
        "sok", help="søk på navn", description='Søk på navn.\n\nEksempel: saksbord enhet sok "Bygg og Betong"'
    )
    s.add_argument("navn")
    felles(s, bruker=False)
    kommando(s, med_db(_sok))
    st = h.add_parser(
        "status",
        help="adressen og hurtigbufferen",
        description="Hvilken adresse som brukes, og hva hurtigbufferen på denne maskinen har.\n\n"
        "Eksempel: saksbord enhet status",
    )
    felles(st, bruker=False)
    kommando(st, med_db(_status))


def _tekst(e) -> str:
    hvor = ", ".join(x for x in (e.adresse, " ".join(filter(None, (e.postnummer, e.poststed)))) if x)
    merke = f" (fra hurtigbufferen, hentet {e.hentet:%d.%m.%Y %H:%M})" if e.fra_cache and e.hentet else ""
    slettet = " [slettet]" if e.slettet else ""
    return linje(f"{e.orgnr} {e.navn}{slettet} – {e.organisasjonsform or ''} – {hvor}{merke}")


def _oppslag(db, args: argparse.Namespace) -> int:
    from app.services import enhetsregister
    from app.services.arbeid import Kontekst

    e = enhetsregister.slaa_opp(Kontekst(db, ""), args.orgnr)
    skriv(args, e, _tekst(e))
    return 0


def _sok(db, args: argparse.Namespace) -> int:
    from app.services import enhetsregister
    from app.services.arbeid import Kontekst

    treff = enhetsregister.sok(Kontekst(db, ""), args.navn)
    skriv(args, treff, "\n".join(_tekst(e) for e in treff) or "Ingen treff i Enhetsregisteret")
    return 0


def _status(db, args: argparse.Namespace) -> int:
    from app.services import enhetsregister
    from app.services.arbeid import Kontekst

    st = enhetsregister.status(Kontekst(db, ""))
    skriv(args, st, f"{st.url}\n{st.antall} virksomheter i hurtigbufferen {st.mappe}")
    return 0
