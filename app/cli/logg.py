"""``saksbord logg NUMMER``: the endringslogg of a sak or a journalpost."""

from __future__ import annotations

import argparse

from app.cli.felles import felles, kommando, linje, med_kontekst, skriv


def registrer(sub) -> None:
    x = sub.add_parser(
        "logg",
        help="endringsloggen for en sak eller journalpost",
        description="Eksempel: saksbord logg 2026/5-1 --bruker ALA",
    )
    x.add_argument("nummer", metavar="SAKSNR|JPNR")
    felles(x)
    kommando(x, med_kontekst(_logg))


def _logg(ctx, args: argparse.Namespace) -> int:
    from app.services import visning

    rader = visning.historikk(ctx, args.nummer)
    skriv(
        args,
        rader,
        "\n".join(
            linje(
                f"{r.tid:%d.%m.%Y %H:%M} {r.bruker or '-':<4}{' for ' + r.paa_vegne_av if r.paa_vegne_av else ''} {r.handling}",
                f" {r.felt}: {r.fra or ''} → {r.til or ''}" if r.felt else (f" {r.til}" if r.til else ""),
            )
            for r in rader
        ),
    )
    return 0
