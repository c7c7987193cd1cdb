"""``saksbord arkivdel``: the arkivdeler and their periods (open a new one, close the old one)."""

from __future__ import annotations

import argparse

from app.cli.felles import dato, felles, handlinger, kommando, med_kontekst, resultat, skriv


def registrer(sub) -> None:
    h = handlinger(sub, "arkivdel", help="arkivdeler og perioder (overlappingsperiode, avsluttet periode)")
    x = h.add_parser(
        "liste",
        help="arkivdelene med status og periode",
        description="Eksempel: saksbord arkivdel liste --bruker ALA",
    )
    felles(x)
    kommando(x, med_kontekst(_liste))
    x = h.add_parser(
        "ny-periode",
        help="åpne en ny arkivdel; den aktive går i overlappingsperiode",
        description="Nye saker går til den nye arkivdelen; åpne saker i den gamle tar fortsatt journalposter.\n\n"
        'Eksempel: saksbord arkivdel ny-periode --tittel "Saksarkiv 2027" --fra 2027-01-01 --bruker ALA',
    )
    x.add_argument("--tittel", required=True)
    x.add_argument("--fra", required=True, type=dato)
    felles(x)
    kommando(x, med_kontekst(lambda ctx, a: _ny(ctx, a)))
    x = h.add_parser(
        "avslutt",
        help="avslutt en arkivdel i overlappingsperiode (alle saker avsluttet eller utgått)",
        description='Eksempel: saksbord arkivdel avslutt "Saksarkiv" --bruker ALA',
    )
    x.add_argument("tittel", metavar="ARKIVDEL")
    felles(x)
    kommando(x, med_kontekst(lambda ctx, a: _avslutt(ctx, a)))


def _liste(ctx, args: argparse.Namespace) -> int:
    from app.services.perioder import arkivdeler

    liste = arkivdeler(ctx)
    skriv(
        args,
        liste,
        "\n".join(
            f"{d.tittel:<28} {d.statusnavn:<20} {d.periode_start or '':<10} – {d.periode_slutt or '':<10} "
            f"{d.aapne_saker} åpne saker"
            for d in liste
        ),
    )
    return 0


def _ny(ctx, args: argparse.Namespace) -> int:
    from app.services.perioder import ny_periode

    return resultat(args, ny_periode(ctx, tittel=args.tittel, fra=args.fra))


def _avslutt(ctx, args: argparse.Namespace) -> int:
    from app.services.perioder import avslutt_periode

    return resultat(args, avslutt_periode(ctx, args.tittel))
