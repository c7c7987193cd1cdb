"""``saksbord brukere``: the users with initials, name, unit, roles and access codes."""

from __future__ import annotations

import argparse

from app.cli.felles import kommando, med_db, skriv


def registrer(sub) -> None:
    x = sub.add_parser(
        "brukere",
        help="list brukerne",
        description="Brukere med initialer, navn, enhet, roller og tilgangskoder.\n\nEksempel: saksbord brukere --json",
    )
    x.add_argument("--json", action="store_true")
    kommando(x, med_db(_brukere))


def _brukere(db, args: argparse.Namespace) -> int:
    from app.services import brukere

    liste = brukere.liste_brukere(db)
    skriv(
        args,
        liste,
        "\n".join(f"{b.initialer:<5} {b.navn:<22} {b.enhet or '':<5} {', '.join(b.roller)}" for b in liste),
    )
    return 0
