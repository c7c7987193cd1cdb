"""``saksbord synk``: send what waits in the outbox and pull what is new, once."""

from __future__ import annotations

import argparse

from app.cli.felles import db_valg, kommando, skriv


def registrer(sub) -> None:
    x = sub.add_parser(
        "synk",
        help="synkroniser den lokale kopien med den felles databasen",
        description=(
            "Sender ventende endringer og henter nye fra serveren.\n\n"
            "Eksempel: saksbord synk --profil kommunen   eller   saksbord synk --db postgresql://… --bruker OHA"
        ),
    )
    db_valg(x)
    x.add_argument("--profil", help="tilkoblingsprofil (passordet ligger i nøkkelringen)")
    x.add_argument("--bruker", metavar="INITIALER")
    x.add_argument("--replika", help="sti til den lokale kopien (standard: per profil i datamappen)")
    x.add_argument("--json", action="store_true")
    kommando(x, _synk)


def _synk(args: argparse.Namespace) -> int:
    from app.services import synk

    res = synk.synk_kommando(
        db=getattr(args, "db", None), profil=args.profil, bruker=args.bruker, replika=args.replika
    )
    skriv(args, res, res["melding"])
    return 0
