"""What every command module shares: argument types, common options, opening the registry, output.

A command module calls ``kommando(parser, funksjon)`` for each leaf parser it adds; ``main``
runs ``args.kjor(args)``. There is no table of command names anywhere else.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from app.domain import koder
from app.domain.feil import UgyldigInndata
from app.domain.regler import inndata

Kjoring = Callable[[argparse.Namespace], int]


class Bruksfeil(Exception):
    """Wrong usage: ``saksbord: <message>`` on stderr and exit 2."""


class Parser(argparse.ArgumentParser):
    def __init__(self, *a, **kw) -> None:
        kw.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*a, **kw)


def kommando(p: argparse.ArgumentParser, kjor: Kjoring) -> argparse.ArgumentParser:
    """Make ``kjor(args)`` what runs when this parser's command is given."""
    p.set_defaults(kjor=kjor)
    return p


def handlinger(sub, navn: str, **kw) -> Any:
    """A noun with actions (``saksbord sak vis …``): its parser's subparsers, action required."""
    p = sub.add_parser(navn, **kw)
    return p.add_subparsers(dest="under", metavar="HANDLING", required=True, parser_class=Parser)


# --- argument types and common options ------------------------------------------------


def dato(tekst: str) -> date:
    try:
        return inndata.krev_dato(date.fromisoformat(tekst), "Datoen")
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{tekst}» er ikke en dato på formen ÅÅÅÅ-MM-DD") from None
    except UgyldigInndata as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _tall(tekst: str, maks: int) -> int:
    try:
        return inndata.krev_heltall(int(tekst), "Tallet", maks=maks)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{tekst}» er ikke et helt tall") from None
    except UgyldigInndata as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def heltall(tekst: str) -> int:
    """A positive number that fits an integer column (a version, a count)."""
    return _tall(tekst, inndata.MAKS_HELTALL)


def id_(tekst: str) -> int:
    """A row id (a document, a task): positive, at most a bigint."""
    return _tall(tekst, inndata.MAKS_ID)


def nivaa(tekst: str) -> int:
    if tekst not in ("1", "2", "3"):
        raise argparse.ArgumentTypeError("nivå må være 1, 2 eller 3")
    return int(tekst)


def felles(p: argparse.ArgumentParser, *, bruker: bool = True) -> None:
    if bruker:
        p.add_argument("--bruker", required=True, metavar="INITIALER", help="hvem som arbeider")
        p.add_argument("--som", metavar="INITIALER", help="arbeid som stedfortreder for denne lederen")
    p.add_argument("--json", action="store_true", help="skriv JSON for skript")


def skjerming(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kode", help="tilgangskode: " + ", ".join(koder.TILGANGSKODER))
    p.add_argument("--hjemmel", help="hjemmel for skjermingen, f.eks. «Offl. § 13»")
    p.add_argument("--niva", type=nivaa, help="skjermingsnivå 1, 2 eller 3")


def db_valg(p: argparse.ArgumentParser) -> None:
    """``--db`` also after the subcommand; SUPPRESS keeps a global --db given before it."""
    p.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="URL_ELLER_STI",
        help="postgresql://-adresse eller SQLite-fil",
    )


def krev_db(args: argparse.Namespace) -> str:
    db = getattr(args, "db", None)
    if not db:
        raise Bruksfeil("oppgi databasen med --db")
    return db


PASSORD_MILJO = "SAKSBORD_PASSORD"


def les_passord(sporsmal: str) -> str | None:
    """A password from SAKSBORD_PASSORD, else asked for (twice, not echoed) on a terminal; never an argument.

    None when neither is possible (a script without the variable): the service then says what is missing.
    """
    import getpass
    import os

    fra_miljo = os.environ.get(PASSORD_MILJO)
    if fra_miljo:
        return fra_miljo
    if not sys.stdin.isatty():
        return None
    forste = getpass.getpass(sporsmal)
    if forste and getpass.getpass("Gjenta passordet: ") != forste:
        raise Bruksfeil("passordene er ikke like")
    return forste or None


def avvis_passord_argument(argv: list[str]) -> None:
    """Refuse a password given as an argument (seen in the process list and the shell history).

    The refusal does not repeat what followed the option.
    """
    if any(a == "--passord" or a.startswith("--passord=") for a in argv):
        raise Bruksfeil(
            "passord tas ikke som argument på kommandolinjen; sett SAKSBORD_PASSORD, "
            "eller svar når kommandoen spør"
        )


# --- opening the registry ----------------------------------------------------------------


def med_db(funksjon: Callable[[Any, argparse.Namespace], int]) -> Kjoring:
    """``funksjon(db, args)`` on the registry named by --db (else the embedded file), closed after."""

    def kjor(args: argparse.Namespace) -> int:
        from app import bootstrap

        oppkobling = bootstrap.aapne(args.db)
        try:
            return funksjon(oppkobling.db, args)
        finally:
            oppkobling.lukk()

    return kjor


def med_kontekst(funksjon: Callable[[Any, argparse.Namespace], int]) -> Kjoring:
    """``funksjon(ctx, args)`` acting as --bruker (for --som), on the registry of ``med_db``."""

    def i_kontekst(db, args: argparse.Namespace) -> int:
        from app.services.arbeid import Kontekst

        return funksjon(Kontekst(db, args.bruker, getattr(args, "som", None)), args)

    return med_db(i_kontekst)


def parter(navn: list[str] | None) -> list:
    from app.services.journalposter import PartInn

    return [PartInn(navn=n) for n in navn or []]


# --- output --------------------------------------------------------------------------------


def skriv(args: argparse.Namespace, data: Any, tekst: str | None = None) -> None:
    """``tekst`` for people, JSON with --json (or when there is no text form)."""
    from app.services.data import som_dict

    if getattr(args, "json", False) or tekst is None:
        print(json.dumps(som_dict(data), ensure_ascii=False, indent=2))
    else:
        print(inndata.vis_tekst(tekst))


def resultat(args: argparse.Namespace, res) -> int:
    """A service's Resultat: its message (warnings on stderr), or its fields as JSON; exit 0."""
    from app.services.data import som_dict

    if args.json:
        d = {k: v for k, v in som_dict(res).items() if v not in (None, [])}
        print(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        print(inndata.vis_tekst(res.melding))
        for a in res.advarsler:
            print(f"Advarsel: {inndata.vis_linje(a)}", file=sys.stderr)
    return 0


def rad_linje(r) -> str:
    """One kurv row on one line (a title's line breaks or bidi controls cannot break it)."""
    nr = r.journalpostnummer or r.saksnummer or ""
    forfall = f" forfall {r.forfallsdato:%d.%m.%Y}" if r.forfallsdato else ""
    hvem = f" [{r.oppgavetype}, id {r.id}]" if r.art == "oppgave" else ""
    return linje(f"{nr:<14} {r.type or '':<4} {r.status or '':<2} {r.tittel}{forfall}{hvem}")


def linje(*deler: object) -> str:
    """Values for one output line: line breaks as spaces, control and bidi characters made visible."""
    return "".join(inndata.vis_linje(d) for d in deler)
