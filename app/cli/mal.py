"""``saksbord mal …``: the template library; the archive adds templates."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.felles import Bruksfeil, felles, handlinger, kommando, med_kontekst, resultat, skriv


def registrer(sub) -> None:
    ms = handlinger(
        sub,
        "mal",
        help="maler for brev, notater og saksframlegg",
        description="Malbiblioteket.\n\nEksempel: saksbord mal liste --type U --bruker OHA",
    )
    x = ms.add_parser(
        "liste",
        help="malene, eller malene for en journalposttype (standard først)",
        description="Eksempel: saksbord mal liste --type U --bruker OHA",
    )
    x.add_argument("--type", metavar="TYPE", help="U, N, X eller S")
    x.add_argument("--alle", action="store_true", help="også maler som er trukket tilbake")
    felles(x)
    kommando(x, med_kontekst(_liste))

    x = ms.add_parser(
        "legg-til",
        help="legg til en mal (arkivet)",
        description='Eksempel: saksbord mal legg-til brev-bygg brev.docx --tittel "Brev byggesak" --typer U --bruker ALA',
    )
    x.add_argument("navn", metavar="NAVN")
    x.add_argument("fil", type=Path, metavar="FIL", help=".docx med {{ felt }} eller MERGEFIELD")
    x.add_argument("--tittel")
    x.add_argument("--typer", required=True, metavar="TYPER", help="journalposttypene, f.eks. U eller NX")
    x.add_argument(
        "--standard-for", default="", metavar="TYPER", help="typer eller handlinger den er standard for"
    )
    felles(x)
    kommando(x, med_kontekst(_legg_til))

    x = ms.add_parser(
        "erstatt",
        help="gi en mal en ny versjon (arkivet); brev laget før beholder sin versjon",
        description="Eksempel: saksbord mal erstatt brev brev-2027.docx --bruker ALA",
    )
    x.add_argument("navn", metavar="NAVN")
    x.add_argument("fil", type=Path, metavar="FIL", help=".docx med {{ felt }} eller MERGEFIELD")
    felles(x)
    kommando(x, med_kontekst(_erstatt))

    x = ms.add_parser(
        "trekk-tilbake",
        help="trekk tilbake en mal (arkivet): den tilbys ikke lenger, versjonene beholdes",
        description="Eksempel: saksbord mal trekk-tilbake brev-gammel --bruker ALA",
    )
    x.add_argument("navn", metavar="NAVN")
    felles(x)
    kommando(x, med_kontekst(_trekk_tilbake))


def _liste(ctx, args: argparse.Namespace) -> int:
    from app.services import maler

    rader = maler.liste(ctx, type_=args.type, alle=args.alle)
    skriv(
        args,
        rader,
        "\n".join(
            f"{r.navn:<18} {r.tittel:<20} {''.join(r.journalposttyper):<4} v{r.versjon}"
            + (" (standard)" if r.standard else "")
            + ("" if r.aktiv else " (trukket tilbake)")
            for r in rader
        )
        or "Ingen maler",
    )
    return 0


def _legg_til(ctx, args: argparse.Namespace) -> int:
    from app.services import maler

    if not args.fil.is_file():
        raise Bruksfeil(f"Finner ikke filen {args.fil}")
    return resultat(
        args,
        maler.legg_til_mal(
            ctx,
            navn=args.navn,
            tittel=args.tittel or args.navn,
            journalposttyper=args.typer,
            filnavn=args.fil.name,
            data=args.fil.read_bytes(),
            standard_for=args.standard_for,
        ),
    )


def _erstatt(ctx, args: argparse.Namespace) -> int:
    from app.services import maler

    if not args.fil.is_file():
        raise Bruksfeil(f"Finner ikke filen {args.fil}")
    return resultat(
        args, maler.erstatt_mal(ctx, args.navn, filnavn=args.fil.name, data=args.fil.read_bytes())
    )


def _trekk_tilbake(ctx, args: argparse.Namespace) -> int:
    from app.services import maler

    return resultat(args, maler.trekk_tilbake_mal(ctx, args.navn))
