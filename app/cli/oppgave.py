"""``saksbord oppgave …``: send, show (and read), answer, deactivate and remove tasks."""

from __future__ import annotations

import argparse

from app.cli.felles import felles, handlinger, id_, kommando, med_kontekst, resultat, skriv
from app.domain import koder


def registrer(sub) -> None:
    from app.services.oppgaver import SENDBARE

    os_ = handlinger(
        sub,
        "oppgave",
        help="oppgaver: send, vis, svar, deaktiver, fjern",
        description="Eksempel: saksbord oppgave send 2026/5-2 --type godkjenning --til KLE --bruker OHA",
    )
    x = os_.add_parser(
        "send",
        help="send en oppgave",
        description="Eksempel: saksbord oppgave send 2026/5-2 --type godkjenning --til KLE --bruker OHA",
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument(
        "--type",
        required=True,
        help="oppgavetype: " + ", ".join(SENDBARE),
    )
    x.add_argument("--til", metavar="INITIALER")
    x.add_argument("--merknad")
    felles(x)
    kommando(x, med_kontekst(_send))
    x = os_.add_parser(
        "vis", help="vis (og les) en oppgave", description="Eksempel: saksbord oppgave vis 12 --bruker KLE"
    )
    x.add_argument("id", type=id_, metavar="ID")
    felles(x)
    kommando(x, med_kontekst(_vis))
    x = os_.add_parser(
        "svar",
        help="behandle en oppgave",
        description="Eksempel: saksbord oppgave svar 12 --svar godkjent --bruker KLE",
    )
    x.add_argument("id", type=id_, metavar="ID")
    x.add_argument("--svar", required=True, help="svar: " + ", ".join(koder.OPPGAVESVAR_NAVN))
    x.add_argument("--til", metavar="INITIALER")
    x.add_argument("--merknad")
    felles(x)
    kommando(x, med_kontekst(_svar))
    for navn, hjelp, funksjon in (
        ("deaktiver", "deaktiver en sendt oppgave (til den er lest)", _deaktiver),
        ("fjern", "fjern en lest oppgave fra kurven", _fjern),
    ):
        x = os_.add_parser(navn, help=hjelp, description=f"Eksempel: saksbord oppgave {navn} 12 --bruker OHA")
        x.add_argument("id", type=id_, metavar="ID")
        felles(x)
        kommando(x, med_kontekst(funksjon))


def _send(ctx, args: argparse.Namespace) -> int:
    from app.services import oppgaver

    return resultat(
        args, oppgaver.send_oppgave(ctx, type_=args.type, til=args.til, jpnr=args.jpnr, merknad=args.merknad)
    )


def _vis(ctx, args: argparse.Namespace) -> int:
    from app.services import oppgaver

    oppgaver.merk_oppgave_lest(ctx, args.id)  # opening it as the recipient marks it read
    info = oppgaver.vis_oppgave(ctx, args.id)
    skriv(
        args,
        info,
        f"{info.typenavn} fra {info.fra_navn} til {info.til_navn}: {info.journalpostnummer or info.saksnummer} {info.tittel}\n{info.merknad or ''}".rstrip(),
    )
    return 0


def _svar(ctx, args: argparse.Namespace) -> int:
    from app.services import oppgaver

    return resultat(
        args, oppgaver.svar_oppgave(ctx, args.id, svar=args.svar, til=args.til, merknad=args.merknad)
    )


def _deaktiver(ctx, args: argparse.Namespace) -> int:
    from app.services import oppgaver

    return resultat(args, oppgaver.deaktiver_oppgave(ctx, args.id))


def _fjern(ctx, args: argparse.Namespace) -> int:
    from app.services import oppgaver

    return resultat(args, oppgaver.fjern_oppgave(ctx, args.id))
