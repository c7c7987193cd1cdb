"""saksbord: the command line, a thin window onto the services.

Each command parses, calls one service and prints the result: a short
Norwegian line, or JSON with --json. Exit 0 done, 1 refused by a rule or
access (the service's message on stderr), 2 wrong usage. No rule lives here.

One module per noun registers its own subcommands and the function each runs
(``felles.kommando``); ``KOMMANDOER`` below only says in which order they are
listed in the help. Opening the registry and logging go through ``app.bootstrap``,
the same path the window takes.
"""

from __future__ import annotations

import argparse
import sys

from app import bootstrap
from app.cli import (
    arkivdel,
    arkivmelding,
    bruker,
    brukere,
    demo,
    dokument,
    einnsyn,
    eksport,
    enhet,
    forsendelse,
    importmsg,
    initdb,
    innstilling,
    integrasjon,
    jp,
    kurv,
    logg,
    mal,
    oppgave,
    politikk,
    postliste,
    rapport,
    sak,
    server,
    sok,
    stedfortreder,
    svarinn,
    synk,
)
from app.cli.felles import Bruksfeil, Parser, avvis_passord_argument
from app.domain.feil import SaksbordFeil
from app.domain.regler.inndata import vis_tekst

__all__ = ["Bruksfeil", "lag_parser", "main"]

_NORSK = {
    "usage: ": "bruk: ",
    "positional arguments": "argumenter",
    "options": "valg",
    "show this help message and exit": "vis denne hjelpeteksten og avslutt",
    "show program's version number and exit": "vis versjonen og avslutt",
    "the following arguments are required: %s": "disse argumentene mangler: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldig valg: %(value)r (velg blant %(choices)s)",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "expected one argument": "forventet ett argument",
    "expected at least one argument": "forventet minst ett argument",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
    "one of the arguments %s is required": "ett av argumentene %s må oppgis",
    "invalid %(type)s value: %(value)r": "ugyldig verdi: %(value)r",
}
# argparse looks its texts up at call time through its module-level gettext alias ``_`` (not in the stubs).
setattr(argparse, "_", lambda s: _NORSK.get(s, s))  # noqa: B010

EKSEMPLER = """Eksempler:
  saksbord demo                                   lag (eller nullstill) demodatabasen
  saksbord                                        start arbeidsbordet
  saksbord brukere --json
  saksbord kurv ubehandlet --bruker OHA
  saksbord sak opprett --tittel "Byggesak gnr 1 bnr 2" --bruker MBE
  saksbord jp registrer --sak 2026/5 --type I --tittel "Søknad" --avsender "Kari Nordmann" --bruker OHA
  saksbord jp besvar 2026/5-1 --tittel "Svar på søknad" --mal brev --bruker OHA
  saksbord dokument sjekk-ut 2026/5-2 --til brev.docx --bruker OHA
  saksbord oppgave send 2026/5-2 --type godkjenning --til KLE --bruker OHA
  saksbord svarinn hent --bruker ALA              hent post fra KS Fiks SvarInn
  saksbord --db postgresql://vert/saksbord kurv forfall --bruker OHA

Databasen er den innebygde SQLite-filen i brukerens datamappe, med mindre --db er gitt.
På en demo- eller kursdatabase kan SAKSBORD_IDAG=ÅÅÅÅ-MM-DD sette dagens dato."""


KOMMANDOER = (
    demo,
    brukere,
    kurv,
    sok,
    sak,
    jp,
    dokument,
    mal,
    oppgave,
    politikk,
    stedfortreder,
    logg,
    postliste,
    rapport,
    eksport,
    arkivdel,
    svarinn,
    innstilling,
    initdb,
    bruker,
    synk,
    server,
    importmsg,
    arkivmelding,
    enhet,
    einnsyn,
    integrasjon,
    forsendelse,
)
"""The command modules, in the order the help lists them; each adds its own subcommands."""


def lag_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="saksbord",
        description="Saksbord – arbeidsbord for saksbehandling og arkiv (Noark 5).",
        epilog=EKSEMPLER,
    )
    p.add_argument("--db", metavar="URL_ELLER_STI", help="SQLite-fil eller postgresql://-adresse")
    p.add_argument("--versjon", action="version", version="saksbord 0.1.0", help="vis versjonen og avslutt")
    sub = p.add_subparsers(dest="kommando", metavar="KOMMANDO", parser_class=Parser)
    for modul in KOMMANDOER:
        modul.registrer(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run one command (or, with none, open the workbench window); returns the exit code."""
    try:
        avvis_passord_argument(sys.argv[1:] if argv is None else argv)
    except Bruksfeil as e:
        print(f"saksbord: {e}", file=sys.stderr)
        return 2
    args = lag_parser().parse_args(argv)
    hva = " ".join(filter(None, (args.kommando, getattr(args, "under", None)))) or "arbeidsbordet"
    bootstrap.sett_opp_logging(konsoll=True, hva=hva)
    try:
        if args.kommando is None:
            from app.views.app import start

            return start(args.db)
        return args.kjor(args)
    except Bruksfeil as e:
        print(f"saksbord: {vis_tekst(str(e))}", file=sys.stderr)
        return 2
    except SaksbordFeil as e:
        bootstrap.log.info(
            "Avvist (%s): %s", hva, e, exc_info=True
        )  # the user sees the message, the log the trace
        print(vis_tekst(str(e)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
