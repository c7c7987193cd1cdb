"""``saksbord stedfortreder …``: dated stedfortreder periods, limited to the codes granted."""

from __future__ import annotations

import argparse

from app.cli.felles import dato, felles, handlinger, kommando, med_kontekst, resultat, skriv


def registrer(sub) -> None:
    sfs = handlinger(
        sub,
        "stedfortreder",
        help="stedfortredere: sett, liste",
        description="Eksempel: saksbord stedfortreder liste --bruker TBA",
    )
    x = sfs.add_parser(
        "sett",
        help="sett stedfortreder for en periode",
        description="Eksempel: saksbord stedfortreder sett --leder TBA --stedfortreder SNI --fra 2026-12-01 --til 2026-12-20 --koder U --bruker TBA",
    )
    x.add_argument("--leder", required=True)
    x.add_argument("--stedfortreder", required=True)
    x.add_argument("--fra", required=True, type=dato)
    x.add_argument("--til", required=True, type=dato)
    x.add_argument("--koder", default="", help="tilgangskoder stedfortrederen får, kommaseparert")
    felles(x)
    kommando(x, med_kontekst(_sett))
    x = sfs.add_parser(
        "liste",
        help="list stedfortrederperioder",
        description="Eksempel: saksbord stedfortreder liste --bruker TBA",
    )
    felles(x)
    kommando(x, med_kontekst(_liste))


def _sett(ctx, args: argparse.Namespace) -> int:
    from app.services import brukere

    koder = [x.strip() for x in args.koder.split(",") if x.strip()]
    return resultat(
        args,
        brukere.sett_stedfortreder(
            ctx, leder=args.leder, stedfortreder=args.stedfortreder, fra=args.fra, til=args.til, koder=koder
        ),
    )


def _liste(ctx, args: argparse.Namespace) -> int:
    from app.services import brukere

    rader = brukere.liste_stedfortredere(ctx)
    skriv(
        args,
        rader,
        "\n".join(
            f"{r['stedfortreder']} for {r['leder']} {r['fra']}–{r['til']} koder {','.join(r['koder']) or '-'}{' (aktiv)' if r['aktiv'] else ''}"
            for r in rader
        ),
    )
    return 0
