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
            "Eksempel: saksbord synk --profil kommunen   eller   saksbord synk --server https://saksbord.kommune.no --bruker OHA\n"
            "Administrator direkte mot databasen: saksbord synk --db postgresql://… --bruker OHA"
        ),
    )
    db_valg(x)
    x.add_argument(
        "--server", metavar="URL", help="Saksbord-serveren (logg inn først med «saksbord logg-inn»)"
    )
    x.add_argument("--profil", help="tilkoblingsprofil (passordet ligger i nøkkelringen)")
    x.add_argument("--bruker", metavar="INITIALER")
    x.add_argument("--replika", help="sti til den lokale kopien (standard: per profil i datamappen)")
    x.add_argument("--json", action="store_true")
    kommando(x, _synk)

    li = sub.add_parser(
        "logg-inn",
        help="logg inn på kommunens Saksbord-server",
        description=(
            "Logger inn på Saksbord-serveren og lagrer innloggingen (ikke passordet) i nøkkelringen "
            "som en tilkoblingsprofil. Passordet leses fra SAKSBORD_PASSORD, ellers spør kommandoen "
            "etter det; det tas aldri som argument.\n\n"
            "Med --oidc logger du inn med kommunens konto (OpenID Connect) i nettleseren i stedet.\n\n"
            "Eksempel: saksbord logg-inn --server https://saksbord.kommune.no --bruker OHA\n"
            "          saksbord logg-inn --server https://saksbord.kommune.no --oidc"
        ),
    )
    li.add_argument("--server", required=True, metavar="URL")
    li.add_argument("--bruker", metavar="INITIALER", help="brukeren din (med passord)")
    li.add_argument("--oidc", action="store_true", help="logg inn med kommunens konto i nettleseren")
    li.add_argument("--profil", help="navn på profilen (standard: serverens vertsnavn)")
    li.add_argument("--json", action="store_true")
    kommando(li, _logg_inn)


def _synk(args: argparse.Namespace) -> int:
    from app.services import synk

    res = synk.synk_kommando(
        db=getattr(args, "db", None), profil=args.profil, bruker=args.bruker, replika=args.replika,
        server=args.server,
    )  # fmt: skip
    skriv(args, res, res["melding"])
    return 0


def _logg_inn(args: argparse.Namespace) -> int:
    import getpass
    import os

    from app.cli.felles import PASSORD_MILJO, Bruksfeil
    from app.services import synk

    if args.oidc:
        res = synk.logg_inn_kommando(server=args.server, oidc=True, profil=args.profil)
        skriv(args, res, res["melding"])
        return 0
    if not args.bruker:
        raise Bruksfeil("oppgi --bruker (eller --oidc for innlogging med kommunens konto)")
    passord = os.environ.get(PASSORD_MILJO) or getpass.getpass(f"Passord for {args.bruker.upper()}: ")
    res = synk.logg_inn_kommando(server=args.server, bruker=args.bruker, passord=passord, profil=args.profil)
    skriv(args, res, res["melding"])
    return 0
