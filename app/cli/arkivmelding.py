"""``saksbord arkivmelding``: receive Fiks Arkiv messages from fagsystemer and see what came in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.felles import felles, handlinger, kommando, linje, med_kontekst, skriv


def registrer(sub) -> None:
    h = handlinger(
        sub,
        "arkivmelding",
        help="ta imot arkivmeldinger (KS Fiks Arkiv) fra fagsystemer",
        description="Arkivmeldinger fra fagsystemer: sjekkes mot Fiks Arkiv V1-skjemaet, registreres som sak og\n"
        "journalpost én gang, og besvares med kvittering (eller feilmelding) i svar-mappen.\n\n"
        "Eksempel: saksbord arkivmelding motta melding.zip --bruker ALA",
    )
    x = h.add_parser(
        "motta",
        help="ta imot én melding (mappe, .zip eller .xml), en mappe med meldinger, eller den overvåkede mappen",
        description="Ta imot arkivmeldinger: svaret (kvittering eller feilmelding) skrives i svar-mappen.\n\n"
        "Eksempel: saksbord arkivmelding motta byggsak.zip --bruker ALA",
    )
    x.add_argument(
        "sti", nargs="?", type=Path, metavar="FIL|MAPPE", help="uten sti: den overvåkede mappens inn/"
    )
    x.add_argument("--sak", metavar="SAKSNUMMER", help="registrer i denne saken (ellers meldingens egen)")
    felles(x)
    kommando(x, med_kontekst(_motta))
    s = h.add_parser(
        "status",
        help="siste mottatte arkivmeldinger",
        description="Siste mottatte arkivmeldinger med utfall.\n\nEksempel: saksbord arkivmelding status --bruker ALA",
    )
    felles(s)
    kommando(s, med_kontekst(_status))


def _motta(ctx, args: argparse.Namespace) -> int:
    from app.integrasjoner.fiks_arkiv import PAYLOAD
    from app.services import arkivmelding

    sti: Path | None = args.sti
    if sti is None:
        res = arkivmelding.motta_mappe(ctx)
    elif sti.is_dir() and not (sti / PAYLOAD).is_file():
        res = arkivmelding.motta_mappe(ctx, sti)
    else:
        res = [arkivmelding.motta(ctx, sti, saksnummer=args.sak)]
    skriv(
        args,
        res,
        "\n".join(linje(r.melding) + (f"\n  svar: {r.svarfil}" if r.svarfil else "") for r in res)
        or "Ingen meldinger å ta imot",
    )
    if any(r.status == "feilet" for r in res):
        print("Minst én melding ble avvist; se svar-filen", file=sys.stderr)
        return 1
    return 0


def _status(ctx, args: argparse.Namespace) -> int:
    from app.services import arkivmelding

    rader = arkivmelding.mottak(ctx)
    skriv(
        args,
        rader,
        "\n".join(
            linje(
                f"{r.mottatt:%d.%m.%Y %H:%M} {r.status:<12} {r.filnavn} ",
                r.journalpostnummer or r.saksnummer or "",
                f" – {r.feil}" if r.feil else "",
            )
            for r in rader
        )
        or "Ingen arkivmeldinger er mottatt",
    )
    return 0
