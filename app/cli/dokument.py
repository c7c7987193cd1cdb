"""``saksbord dokument …``: write from a template, list, check out and in, add, fetch a version."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.felles import (
    Bruksfeil,
    felles,
    handlinger,
    heltall,
    id_,
    kommando,
    linje,
    med_kontekst,
    resultat,
    skriv,
)


def registrer(sub) -> None:
    ds = handlinger(
        sub,
        "dokument",
        help="dokumenter: skriv fra mal, sjekk ut og inn, versjoner",
        description="Dokumentene på en journalpost.\n\nEksempel: saksbord dokument liste 2026/5-2 --bruker OHA",
    )
    x = ds.add_parser(
        "ny",
        help="skriv hoveddokumentet fra en mal",
        description="Eksempel: saksbord dokument ny 2026/5-2 --mal brev --bruker OHA",
    )
    x.add_argument("jpnr", metavar="JP")
    x.add_argument("--mal", required=True, metavar="NAVN", help="se «saksbord mal liste»")
    x.add_argument(
        "--mottaker",
        action="store_true",
        dest="per_mottaker",
        help="ett brev per mottaker (ellers ett brev til alle)",
    )
    felles(x)
    kommando(x, med_kontekst(_ny))

    x = ds.add_parser(
        "liste",
        help="dokumentene med versjoner, utsjekk og arkivformat",
        description="Eksempel: saksbord dokument liste 2026/5-2 --bruker OHA --json",
    )
    x.add_argument("jpnr", metavar="JP")
    felles(x)
    kommando(x, med_kontekst(_liste))

    x = ds.add_parser(
        "sjekk-ut",
        help="sjekk ut et dokument og skriv siste versjon til en fil",
        description="Eksempel: saksbord dokument sjekk-ut 2026/5-2 --til brev.docx --bruker OHA",
    )
    x.add_argument("jpnr", metavar="JP")
    x.add_argument("--dokument", type=id_, metavar="N", help="dokumentets id (standard: hoveddokumentet)")
    x.add_argument("--til", required=True, type=Path, metavar="FIL")
    felles(x)
    kommando(x, med_kontekst(_sjekk_ut))

    x = ds.add_parser(
        "sjekk-inn",
        help="sjekk inn en fil som ny versjon",
        description="Eksempel: saksbord dokument sjekk-inn 2026/5-2 brev.docx --bruker OHA",
    )
    x.add_argument("jpnr", metavar="JP")
    x.add_argument("fil", type=Path, metavar="FIL")
    x.add_argument("--dokument", type=id_, metavar="N", help="dokumentets id (standard: hoveddokumentet)")
    felles(x)
    kommando(x, med_kontekst(_sjekk_inn))

    x = ds.add_parser(
        "legg-til",
        help="legg til en fil som hoveddokument eller vedlegg",
        description="Eksempel: saksbord dokument legg-til 2026/5-2 kart.pdf --vedlegg --bruker OHA",
    )
    x.add_argument("jpnr", metavar="JP")
    x.add_argument("fil", type=Path, metavar="FIL")
    x.add_argument("--vedlegg", action="store_true", help="som vedlegg (ellers hoveddokument)")
    x.add_argument("--tittel")
    felles(x)
    kommando(x, med_kontekst(_legg_til))

    x = ds.add_parser(
        "hent",
        help="skriv en versjon av et dokument til en fil",
        description="Eksempel: saksbord dokument hent 2026/5-2 --versjon 1 --variant arkiv --til brev.pdf --bruker OHA",
    )
    x.add_argument("jpnr", metavar="JP")
    x.add_argument("--dokument", type=id_, metavar="N", help="dokumentets id (standard: hoveddokumentet)")
    x.add_argument("--versjon", type=heltall, metavar="V", help="standard: siste")
    x.add_argument("--variant", default="produksjon", help="arkiv eller produksjon")
    x.add_argument("--til", required=True, type=Path, metavar="FIL")
    felles(x)
    kommando(x, med_kontekst(_hent))


def _les(sti: Path) -> bytes:
    if not sti.is_file():
        raise Bruksfeil(f"Finner ikke filen {sti}")
    return sti.read_bytes()


def _skriv_fil(sti: Path, data: bytes) -> None:
    try:
        sti.write_bytes(data)
    except OSError as e:
        raise Bruksfeil(f"Kan ikke skrive {sti}: {e.strerror or e}") from e


def _ny(ctx, args: argparse.Namespace) -> int:
    from app.services import dokumentmal

    return resultat(
        args, dokumentmal.ny_fra_mal(ctx, args.jpnr, mal=args.mal, per_mottaker=args.per_mottaker)
    )


def _liste(ctx, args: argparse.Namespace) -> int:
    from app.services import dokumenter

    rader = dokumenter.liste(ctx, args.jpnr)
    linjer = []
    for r in rader:
        hvem = f"  sjekket ut av {r.utsjekket_av} {r.utsjekket:%d.%m.%Y %H:%M}" if r.utsjekket_av else ""
        linjer.append(
            f"{r.id:>6}  {r.tilknytning:<13} v{r.versjon:<3} arkiv: {r.arkivstatus:<9} {r.tittel}{hvem}"
        )
        if r.arkivfeil:
            linjer.append(f"        {r.arkivfeil.splitlines()[0]}")
    skriv(args, rader, "\n".join(linje(x) for x in linjer) or "Journalposten har ingen dokumenter")
    return 0


def _sjekk_ut(ctx, args: argparse.Namespace) -> int:
    from app.services import dokumenter

    res = dokumenter.sjekk_ut(ctx, args.jpnr, dokument_id=args.dokument)
    fil = dokumenter.hent(ctx, args.jpnr, dokument_id=res.id)
    _skriv_fil(args.til, fil.data)
    return resultat(args, res)


def _sjekk_inn(ctx, args: argparse.Namespace) -> int:
    from app.services import dokumenter

    return resultat(
        args,
        dokumenter.sjekk_inn(
            ctx, args.jpnr, dokument_id=args.dokument, filnavn=args.fil.name, data=_les(args.fil)
        ),
    )


def _legg_til(ctx, args: argparse.Namespace) -> int:
    from app.services import dokumenter

    fil = dokumenter.FilInn(
        args.fil.name,
        _les(args.fil),
        tittel=args.tittel,
        tilknytning="vedlegg" if args.vedlegg else "hoveddokument",
    )
    return resultat(args, dokumenter.legg_til_dokument(ctx, args.jpnr, fil))


def _hent(ctx, args: argparse.Namespace) -> int:
    from app.services import dokumenter

    fil = dokumenter.hent(
        ctx, args.jpnr, dokument_id=args.dokument, versjon=args.versjon, variant=args.variant
    )
    _skriv_fil(args.til, fil.data)
    skriv(
        args,
        {"filnavn": fil.filnavn, "versjon": fil.versjon, "variant": fil.variant, "til": str(args.til)},
        f"Versjon {fil.versjon} ({fil.variant}) av {fil.filnavn} er skrevet til {args.til}",
    )
    return 0
