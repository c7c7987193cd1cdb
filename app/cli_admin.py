"""Command-line handlers for administration and sync: init-db, bruker opprett/tilgang, synk.

``registrer(sub)`` adds the subcommands to the main parser's subparsers;
``kjor(args)`` runs one and returns the exit code (0 done, 1 refused, 2 usage).
"""

from __future__ import annotations

import argparse
import json
import sys

from app.domain.feil import SaksbordFeil

KOMMANDOER = ("init-db", "bruker", "synk")


def _db(p: argparse.ArgumentParser) -> None:
    # Also accepted after the subcommand; SUPPRESS keeps a global --db given before it.
    p.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="URL_ELLER_STI",
        help="postgresql://-adresse eller SQLite-fil",
    )


def registrer(sub) -> None:
    """Add ``init-db``, ``bruker`` and ``synk`` to the main parser's subparsers object."""
    x = sub.add_parser(
        "init-db",
        help="opprett eller oppgrader den felles databasen",
        description=(
            "Oppretter eller oppgraderer skjemaet og installerer roller, rettigheter, radsikkerhet og triggere.\n\n"
            "Eksempel: saksbord init-db --db postgresql://admin@vert/saksbord"
        ),
    )
    _db(x)
    x.add_argument("--json", action="store_true")

    b = sub.add_parser(
        "bruker", help="administrer brukere og databaseroller", description="Brukere med egen databaserolle."
    )
    bs = b.add_subparsers(dest="under", metavar="HANDLING", required=True)
    x = bs.add_parser(
        "opprett",
        help="ny bruker med egen databaserolle",
        description=(
            "Oppretter brukeren og databaserollen sb_<initialer>. Passordet leses fra --passord eller "
            "SAKSBORD_PASSORD.\n\nEksempel: SAKSBORD_PASSORD=… saksbord bruker opprett --initialer KNO "
            '--navn "Kari Nordmann" --enhet OPL --rolle saksbehandler --kode P'
        ),
    )
    _db(x)
    x.add_argument("--initialer", required=True)
    x.add_argument("--navn", required=True)
    x.add_argument("--enhet")
    x.add_argument("--epost")
    x.add_argument("--rolle", nargs="+", default=["saksbehandler"], metavar="ROLLE")
    x.add_argument("--kode", nargs="+", default=[], metavar="KODE", help="tilgangskoder (P, U, E …)")
    x.add_argument("--passord", help="passord for databaserollen (helst SAKSBORD_PASSORD)")
    x.add_argument("--json", action="store_true")

    x = bs.add_parser(
        "tilgang",
        help="endre tilgangskoder, roller eller passord",
        description="Eksempel: saksbord bruker tilgang --initialer MBE --legg-til-kode P --fjern-kode U",
    )
    _db(x)
    x.add_argument("--initialer", required=True)
    x.add_argument("--legg-til-kode", nargs="+", default=[], metavar="KODE")
    x.add_argument("--fjern-kode", nargs="+", default=[], metavar="KODE")
    x.add_argument("--rolle", nargs="+", metavar="ROLLE", help="erstatter rollene")
    x.add_argument("--passord", help="nytt passord (eller SAKSBORD_PASSORD); lager rollen om den mangler")
    x.add_argument("--json", action="store_true")

    x = sub.add_parser(
        "synk",
        help="synkroniser den lokale kopien med den felles databasen",
        description=(
            "Sender ventende endringer og henter nye fra serveren.\n\n"
            "Eksempel: saksbord synk --profil kommunen   eller   saksbord synk --db postgresql://… --bruker OHA"
        ),
    )
    _db(x)
    x.add_argument("--profil", help="tilkoblingsprofil (passordet ligger i nøkkelringen)")
    x.add_argument("--bruker", metavar="INITIALER")
    x.add_argument("--replika", help="sti til den lokale kopien (standard: per profil i datamappen)")
    x.add_argument("--json", action="store_true")


def _ut(args, data: dict, tekst: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2) if getattr(args, "json", False) else tekst)


def kjor(args: argparse.Namespace) -> int:
    """Run one of this module's commands; SaksbordFeil → message on stderr and 1."""
    try:
        return _kjor(args)
    except SaksbordFeil as e:
        print(str(e), file=sys.stderr)
        return 1


def _krev_db(args) -> str:
    db = getattr(args, "db", None)
    if not db:
        print("saksbord: oppgi databasen med --db", file=sys.stderr)
        raise _Bruk
    return db


class _Bruk(Exception):
    pass


def _kjor(args: argparse.Namespace) -> int:
    from app.services import admin
    from app.services.data import som_dict

    try:
        if args.kommando == "init-db":
            res = admin.init_db(_krev_db(args))
            _ut(args, {"melding": res.melding}, res.melding)
            return 0
        if args.kommando == "bruker":
            from app.store.db import Database

            db = Database.aapne(_krev_db(args))
            try:
                if args.under == "opprett":
                    info = admin.opprett_bruker_med_rolle(
                        db, initialer=args.initialer, navn=args.navn, enhet=args.enhet, epost=args.epost,
                        roller=args.rolle, koder=args.kode, passord=args.passord,
                    )  # fmt: skip
                    tekst = f"Bruker {info.initialer} ({info.navn}) er opprettet"
                else:
                    info = admin.endre_tilgang(
                        db, initialer=args.initialer, legg_til_koder=args.legg_til_kode,
                        fjern_koder=args.fjern_kode, roller=args.rolle, passord=args.passord,
                    )  # fmt: skip
                    tekst = (
                        f"Bruker {info.initialer}: roller {', '.join(info.roller) or '-'}; "
                        f"tilgangskoder {', '.join(info.tilgangskoder) or '-'}"
                    )
                _ut(args, som_dict(info), tekst)
                return 0
            finally:
                db.lukk()
        if args.kommando == "synk":
            from app.services import synk

            res = synk.synk_kommando(
                db=getattr(args, "db", None), profil=args.profil, bruker=args.bruker, replika=args.replika
            )
            _ut(args, res, res["melding"])
            return 0
    except _Bruk:
        return 2
    print(f"saksbord: ukjent kommando {args.kommando}", file=sys.stderr)
    return 2
