"""``saksbord einnsyn``: publish the offentlig journal on eInnsyn and see each post's state."""

from __future__ import annotations

import argparse
import os
import sys

from app.cli.felles import dato, felles, handlinger, id_, kommando, linje, med_kontekst, resultat, skriv

NOKKEL_MILJO = "SAKSBORD_EINNSYN_NOKKEL"


def registrer(sub) -> None:
    h = handlinger(
        sub,
        "einnsyn",
        help="publiser offentlig journal på eInnsyn",
        description="Journalførte poster i offentlig journal publiseres på eInnsyn etter ventetiden\n"
        "(innstillingen einnsyn_ventetid_dager); endringer og tilbaketrekkinger sendes som oppdateringer.\n\n"
        "Eksempel: saksbord einnsyn publiser --bruker ALA",
    )
    p = h.add_parser(
        "publiser",
        help="send det som er klart, nytt eller endret; trekk tilbake det som er borte",
        description="Publiser det som er klart.\n\nEksempel: saksbord einnsyn publiser --til 2026-12-07 --bruker ALA",
    )
    p.add_argument("--til", type=dato, help="regn ventetiden som om det var denne datoen (standard i dag)")
    p.add_argument("--jp", metavar="JOURNALPOSTNUMMER", help="bare denne journalposten (nytt forsøk)")
    felles(p)
    kommando(p, med_kontekst(_publiser))
    s = h.add_parser(
        "status",
        help="publisert, venter eller feilet for hver post",
        description="Tilstanden for hver post.\n\nEksempel: saksbord einnsyn status --bruker ALA",
    )
    felles(s)
    kommando(s, med_kontekst(_status))
    n = h.add_parser(
        "nokkel",
        help=f"lagre API-nøkkelen i nøkkelringen (fra {NOKKEL_MILJO} eller spørsmål)",
        description=f"Lagre API-nøkkelen i nøkkelringen.\n\nEksempel: {NOKKEL_MILJO}=… saksbord einnsyn nokkel --bruker ALA",
    )
    felles(n)
    kommando(n, med_kontekst(_nokkel))
    d = h.add_parser(
        "dokument",
        help="merk et dokument for publisering (bare merkede dokumenter sendes)",
        description="Merk et dokument for publisering.\n\nEksempel: saksbord einnsyn dokument 42 --bruker ALA",
    )
    d.add_argument("dokument_id", type=id_)
    d.add_argument("--av", action="store_true", help="fjern merket")
    felles(d)
    kommando(d, med_kontekst(_dokument))


def _publiser(ctx, args: argparse.Namespace) -> int:
    from app.services import einnsyn

    kun = {einnsyn.finn_journalpost_id(ctx, args.jp)} if args.jp else None
    res = einnsyn.publiser(ctx, til=args.til, kun=kun)
    skriv(args, res, res.melding)
    return 1 if res.feilet else 0


def _status(ctx, args: argparse.Namespace) -> int:
    from app.services import einnsyn

    rader = einnsyn.status(ctx)
    skriv(
        args,
        rader,
        "\n".join(
            linje(
                f"{r.journalpostnummer:<14} {r.status}",
                f" (fra {r.klar_fra:%d.%m.%Y})" if r.status == "venter" and r.klar_fra else "",
                f" – {r.tittel}",
            )
            for r in rader
        )
        or "Ingenting å publisere",
    )
    return 0


def _nokkel(ctx, args: argparse.Namespace) -> int:
    import getpass

    from app.services import einnsyn

    noekkel = os.environ.get(NOKKEL_MILJO) or (
        getpass.getpass("API-nøkkel for eInnsyn: ") if sys.stdin.isatty() else ""
    )
    return resultat(args, einnsyn.lagre_api_noekkel(ctx, noekkel))


def _dokument(ctx, args: argparse.Namespace) -> int:
    from app.services import einnsyn

    return resultat(args, einnsyn.merk_dokument(ctx, args.dokument_id, publiser=not args.av))
