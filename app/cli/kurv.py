"""``saksbord kurv NAVN`` and ``saksbord kurver``: a kurv's rows, and every kurv with its count."""

from __future__ import annotations

import argparse

from app.cli.felles import felles, kommando, med_kontekst, rad_linje, skriv


def registrer(sub) -> None:
    x = sub.add_parser(
        "kurv",
        help="vis en kurv",
        description="Viser innholdet i en kurv for en bruker.\n\nEksempel: saksbord kurv ubehandlet --bruker OHA",
    )
    x.add_argument(
        "navn",
        metavar="NAVN",
        help="kurvens navn, f.eks. ubehandlet eller forfall (se «saksbord kurver»)",
    )
    x.add_argument("--filter", help="vis bare rader som inneholder teksten")
    felles(x)
    kommando(x, med_kontekst(_kurv))

    x = sub.add_parser(
        "kurver",
        help="list kurvene med antall",
        description="Kurvene brukeren har, med antall.\n\nEksempel: saksbord kurver --bruker KLE",
    )
    felles(x)
    kommando(x, med_kontekst(_kurver))


def _kurv(ctx, args: argparse.Namespace) -> int:
    from app.services import kurver

    side = kurver.kurv_side(ctx, args.navn, per_side=100000, filter=args.filter)
    skriv(
        args,
        {"kurv": side.navn, "antall": side.antall, "rader": side.rader},
        "\n".join(rad_linje(r) for r in side.rader) or "Kurven er tom",
    )
    return 0


def _kurver(ctx, args: argparse.Namespace) -> int:
    from app.services import kurver

    liste = kurver.kurver(ctx)
    skriv(args, liste, "\n".join(f"{x.tittel:<32} {x.antall:>6}" for x in liste))
    return 0
