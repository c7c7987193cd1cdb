"""``saksbord integrasjon status``: every national integration's state in one list (the archive's)."""

from __future__ import annotations

import argparse

from app.cli.felles import felles, handlinger, kommando, linje, med_kontekst, skriv


def registrer(sub) -> None:
    h = handlinger(
        sub,
        "integrasjon",
        help="tilstanden for eInnsyn, Fiks Arkiv, Enhetsregisteret, SvarUt og SvarInn",
        description="Hva registeret vet om hver nasjonal integrasjon: om den er satt opp, hvor den peker,\n"
        "tallene og det noen må se på (feilet, ikke levert). Ingen nettverkskall.\n\n"
        "Eksempel: saksbord integrasjon status --bruker ALA",
    )
    s = h.add_parser(
        "status",
        help="én linje per integrasjon, og det som trenger tilsyn",
        description="Tilstanden for hver integrasjon.\n\nEksempel: saksbord integrasjon status --bruker ALA --json",
    )
    felles(s)
    kommando(s, med_kontekst(_status))


def _status(ctx, args: argparse.Namespace) -> int:
    from app.services import integrasjoner

    rader = integrasjoner.oversikt(ctx)
    linjer = []
    for r in rader:
        linjer.append(linje(r.tekst))
        linjer.extend("  " + linje(d) for d in r.detaljer)
    skriv(args, rader, "\n".join(linjer))
    return 0
