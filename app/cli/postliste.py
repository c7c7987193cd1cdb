"""``saksbord postliste``: the public journal for a period, shielded fields replaced."""

from __future__ import annotations

import argparse

from app.cli.felles import dato, felles, kommando, med_kontekst, skriv


def registrer(sub) -> None:
    x = sub.add_parser(
        "postliste",
        help="offentlig journal for en periode",
        description="Journalførte journalposter i perioden, med skjermede felt erstattet.\n\n"
        "Eksempel: saksbord postliste --fra 2026-11-01 --til 2026-11-30 --bruker ALA",
    )
    x.add_argument("--fra", required=True, type=dato)
    x.add_argument("--til", required=True, type=dato)
    felles(x)
    kommando(x, med_kontekst(_postliste))


def _postliste(ctx, args: argparse.Namespace) -> int:
    from app.services.postliste import postliste

    rader = postliste(ctx, fra=args.fra, til=args.til)
    skriv(
        args,
        {"fra": args.fra, "til": args.til, "rader": rader},
        "\n".join(
            f"{r.journaldato:%d.%m.%Y} {r.journalpostnummer:<14} {r.type} {r.tittel} – {r.avsender_mottaker or ''}"
            + (f" ({r.skjerming})" if r.skjerming else "")
            for r in rader
        )
        or "Ingen journalførte journalposter i perioden",
    )
    return 0
