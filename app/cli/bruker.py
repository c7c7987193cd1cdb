"""``saksbord bruker …`` (administration): users with their own database role, their codes and roles.

Runs on the administrator's connection (``--db`` is required); every change is also logged
with who made it (app/services/admin.py).
"""

from __future__ import annotations

import argparse

from app.cli.felles import db_valg, handlinger, kommando, krev_db, les_passord, skriv


def registrer(sub) -> None:
    bs = handlinger(
        sub,
        "bruker",
        help="administrer brukere og databaseroller",
        description="Brukere med egen databaserolle.",
    )
    x = bs.add_parser(
        "opprett",
        help="ny bruker med egen databaserolle",
        description=(
            "Oppretter brukeren og databaserollen sb_<database>_<initialer>. Passordet leses fra SAKSBORD_PASSORD, "
            "ellers spør kommandoen etter det (aldri som argument).\n\nEksempel: SAKSBORD_PASSORD=… saksbord bruker opprett --initialer KNO "
            '--navn "Kari Nordmann" --enhet OPL --rolle saksbehandler --kode P'
        ),
    )
    db_valg(x)
    x.add_argument("--initialer", required=True)
    x.add_argument("--navn", required=True)
    x.add_argument("--enhet")
    x.add_argument("--epost")
    x.add_argument("--rolle", nargs="+", default=["saksbehandler"], metavar="ROLLE")
    x.add_argument("--kode", nargs="+", default=[], metavar="KODE", help="tilgangskoder (P, U, E …)")
    x.add_argument("--json", action="store_true")
    kommando(x, _opprett)

    x = bs.add_parser(
        "tilgang",
        help="endre tilgangskoder, roller eller passord",
        description="Eksempel: saksbord bruker tilgang --initialer MBE --legg-til-kode P --fjern-kode U",
    )
    db_valg(x)
    x.add_argument("--initialer", required=True)
    x.add_argument("--legg-til-kode", nargs="+", default=[], metavar="KODE")
    x.add_argument("--fjern-kode", nargs="+", default=[], metavar="KODE")
    x.add_argument("--rolle", nargs="+", metavar="ROLLE", help="erstatter rollene")
    x.add_argument(
        "--nytt-passord",
        action="store_true",
        help="sett nytt passord (fra SAKSBORD_PASSORD, ellers spørsmål); lager rollen om den mangler",
    )
    x.add_argument("--json", action="store_true")
    kommando(x, _tilgang)

    x = bs.add_parser(
        "passord",
        help="sett brukerens passord på Saksbord-serveren",
        description=(
            "Setter passordet brukeren logger inn på Saksbord-serveren med (lagret som argon2). "
            "Passordet spørres om, eller leses fra SAKSBORD_PASSORD; det tas aldri som argument. "
            "Brukerens databaserolle blir NOLOGIN (bare serveren bytter til den), og gamle "
            "innlogginger slutter å virke.\n\nEksempel: saksbord bruker passord KNO --db postgresql://…"
        ),
    )
    db_valg(x)
    x.add_argument("initialer", metavar="INITIALER")
    x.add_argument("--json", action="store_true")
    kommando(x, _passord)


def _opprett(args: argparse.Namespace) -> int:
    from app.services import admin

    def gjor(db) -> tuple[object, str]:
        info = admin.opprett_bruker_med_rolle(
            db, initialer=args.initialer, navn=args.navn, enhet=args.enhet, epost=args.epost,
            roller=args.rolle, koder=args.kode, passord=les_passord(f"Passord for {args.initialer}: "),
        )  # fmt: skip
        return info, f"Bruker {info.initialer} ({info.navn}) er opprettet"

    return _paa_admin_db(args, gjor)


def _tilgang(args: argparse.Namespace) -> int:
    from app.services import admin

    def gjor(db) -> tuple[object, str]:
        info = admin.endre_tilgang(
            db, initialer=args.initialer, legg_til_koder=args.legg_til_kode,
            fjern_koder=args.fjern_kode, roller=args.rolle,
            passord=les_passord(f"Nytt passord for {args.initialer}: ") if args.nytt_passord else None,
        )  # fmt: skip
        return info, (
            f"Bruker {info.initialer}: roller {', '.join(info.roller) or '-'}; "
            f"tilgangskoder {', '.join(info.tilgangskoder) or '-'}"
        )

    return _paa_admin_db(args, gjor)


def _passord(args: argparse.Namespace) -> int:
    import getpass
    import os

    from app.domain.feil import UgyldigInndata
    from app.server.innlogging import sett_passord
    from app.services.admin import PASSORD_MILJO

    passord = os.environ.get(PASSORD_MILJO)
    if not passord:
        passord = getpass.getpass(f"Nytt passord for {args.initialer}: ")
        if passord != getpass.getpass("Gjenta passordet: "):
            raise UgyldigInndata("Passordene er ikke like")

    def gjor(db) -> tuple[object, str]:
        rolle = sett_passord(db, args.initialer, passord)
        return {"initialer": args.initialer.upper(), "rolle": rolle}, (
            f"Passordet for {args.initialer.upper()} er satt; databaserollen {rolle} er uten innlogging"
        )

    return _paa_admin_db(args, gjor)


def _paa_admin_db(args: argparse.Namespace, gjor) -> int:
    from app import bootstrap
    from app.services.data import som_dict

    oppkobling = bootstrap.aapne(krev_db(args))
    try:
        info, tekst = gjor(oppkobling.db)
    finally:
        oppkobling.lukk()
    skriv(args, som_dict(info), tekst)
    return 0
