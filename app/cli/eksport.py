"""``saksbord eksport noark5`` (the arkivuttrekk) and ``saksbord eksport kontroller`` (the depot's check)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.felles import dato, felles, handlinger, kommando, med_kontekst, skriv


def registrer(sub) -> None:
    h = handlinger(sub, "eksport", help="Noark 5-arkivuttrekk og kontroll av uttrekk")
    x = h.add_parser(
        "noark5",
        help="lag et Noark 5-arkivuttrekk (avleveringspakke) for en arkivdel",
        description="Skriver arkivstruktur.xml, endringslogg.xml, loependeJournal.xml, offentligJournal.xml,\n"
        "arkivuttrekk.xml, skjemaene og DOKUMENT/ til MAPPE, og kontrollerer uttrekket til slutt.\n"
        "Saker som ikke er avsluttet eller utgått stopper uttrekket, med mindre --test er gitt.\n\n"
        "Eksempel: saksbord eksport noark5 --arkivdel Saksarkiv --skjemaer ~/noark5 --out uttrekk --bruker ALA",
    )
    x.add_argument("--arkivdel", required=True, metavar="NAVN", help="arkivdelens tittel, f.eks. Saksarkiv")
    x.add_argument("--fra", type=dato, help="første saksdato i perioden (ÅÅÅÅ-MM-DD)")
    x.add_argument("--til", type=dato, help="siste saksdato i perioden (ÅÅÅÅ-MM-DD)")
    x.add_argument("--test", action="store_true", help="testuttrekk: tillat saker som ikke er avsluttet")
    x.add_argument("--skjemaer", metavar="MAPPE", help="mappen med Arkivverkets Noark 5-skjemaer")
    x.add_argument("--out", required=True, metavar="MAPPE", help="ny eller tom mappe for uttrekket")
    felles(x)
    kommando(x, med_kontekst(_noark5))

    x = h.add_parser(
        "kontroller",
        help="kontroller et arkivuttrekk slik depotet gjør (alle feil, ikke bare den første)",
        description="Filer, sjekksummer, skjemavalidering, antall, statuser, systemID-er, referanser,\n"
        "dokumentfiler, journalene og korrespondanseparter. Avslutter med 1 ved feil.\n\n"
        "Eksempel: saksbord eksport kontroller uttrekk",
    )
    x.add_argument("mappe", metavar="MAPPE")
    x.add_argument("--test", action="store_true", help="testuttrekk: åpne saker gir advarsel, ikke feil")
    x.add_argument("--json", action="store_true", help="skriv JSON for skript")
    kommando(x, _kontroller)


def _fremdrift(p: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{p:3d} %", end="", file=sys.stderr, flush=True)


def _noark5(ctx, args: argparse.Namespace) -> int:
    from app.services.eksport import eksporter_noark5

    res = eksporter_noark5(
        ctx,
        arkivdel=args.arkivdel,
        ut=Path(args.out),
        skjemaer=args.skjemaer,
        fra=args.fra,
        til=args.til,
        test=args.test,
        progress=_fremdrift,
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    art = "Testuttrekk" if res.test else "Arkivuttrekk"
    skriv(
        args,
        res,
        f"{art} skrevet til {res.mappe}: {res.mapper} mapper, {res.registreringer} registreringer, "
        f"{res.dokumentobjekter} dokumentobjekter ({res.dokumentfiler} filer), {res.loepende} i løpende "
        f"og {res.offentlige} i offentlig journal, {res.endringer} endringer\n" + res.kontroll.tekst(),
    )
    return 0 if res.kontroll.ok else 1


def _kontroller(args: argparse.Namespace) -> int:
    from app.services.eksport import kontroller

    mappe = Path(args.mappe)
    if not mappe.is_dir():
        print(f"Fant ingen mappe {mappe}", file=sys.stderr)
        return 1
    rapport = kontroller(mappe, test=args.test)
    skriv(args, rapport, rapport.tekst())
    return 0 if rapport.ok else 1
