"""``saksbord kurv NAVN`` and ``saksbord kurver``: a kurv's rows, and every kurv with its count.

``kurv-lagre`` and ``kurv-fjern`` keep the user's own kurver (saved searches); ``kurv NAVN`` runs an
own kurv by its name as it runs a built-in one.
"""

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

    x = sub.add_parser(
        "kurv-lagre",
        help="lagre et søk som egen kurv",
        description=(
            "Lagrer et søk som egen kurv i venstre rute; den telles som de faste kurvene og kjøres med "
            '«saksbord kurv NAVN».\n\nEksempel: saksbord kurv-lagre "Nye søknader" --type I '
            "--saksbehandler meg --siste-dager 14 --bruker OHA"
        ),
    )
    x.add_argument("navn", metavar="NAVN", help="kurvens navn")
    x.add_argument("--type", help="journalposttyper, f.eks. I eller IN")
    x.add_argument("--status", help="journalstatuser, f.eks. RF")
    x.add_argument("--enhet", help="administrativ enhet (kode)")
    x.add_argument("--saksbehandler", help="initialer, eller «meg»")
    x.add_argument("--klasse", help="ordningsverdi sakene begynner med (K-kode, gnr/bnr …)")
    x.add_argument("--siste-dager", type=int, help="journalført de siste N dagene")
    x.add_argument(
        "--forfall-innen", type=int, help="restanser som forfaller innen N dager (eller har forfalt)"
    )
    x.add_argument("--del", dest="del_", action="store_true", help="del kurven med enheten (bare leder)")
    felles(x)
    kommando(x, med_kontekst(_lagre))

    x = sub.add_parser(
        "kurv-fjern",
        help="fjern en egen kurv",
        description='Fjerner en egen kurv.\n\nEksempel: saksbord kurv-fjern "Nye søknader" --bruker OHA',
    )
    x.add_argument("navn", metavar="NAVN", help="kurvens navn")
    felles(x)
    kommando(x, med_kontekst(_fjern))


def _lagre(ctx, args: argparse.Namespace) -> int:
    from app.domain.regler.kurv import Kriterier
    from app.services import egne_kurver

    kriterier = Kriterier(
        typer=args.type,
        statuser=args.status,
        enhet=args.enhet,
        saksbehandler=args.saksbehandler,
        klasse=args.klasse,
        siste_dager=args.siste_dager,
        forfall_innen_dager=args.forfall_innen,
    )
    r = egne_kurver.lagre_kurv(ctx, args.navn, kriterier, del_med_enheten=args.del_)
    skriv(args, r, r.melding)
    return 0


def _fjern(ctx, args: argparse.Namespace) -> int:
    from app.services import egne_kurver

    r = egne_kurver.fjern_kurv(ctx, args.navn)
    skriv(args, r, r.melding)
    return 0


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
