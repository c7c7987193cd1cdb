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

    x = h.add_parser(
        "offentlig-journal",
        help="lag offentlig journal for en periode som Noark 5-fil (offentligJournal.xml)",
        description="Den samme offentlige journalen som postlisten og eInnsyn (journalførte og arkiverte\n"
        "journalposter, aldri M eller XX, skjermede felt holdt tilbake), som Noark 5 offentligJournal.xml,\n"
        "kontrollert mot Arkivverkets skjema. For kommuner som ikke publiserer gjennom eInnsyns API.\n\n"
        "Eksempel: saksbord eksport offentlig-journal --fra 2026-11-01 --til 2026-11-30 --ut oj-nov.xml",
    )
    x.add_argument("--fra", type=dato, required=True, help="første journaldato (ÅÅÅÅ-MM-DD)")
    x.add_argument("--til", type=dato, required=True, help="siste journaldato (ÅÅÅÅ-MM-DD)")
    x.add_argument(
        "--ut", required=True, metavar="FIL", help="filen som skal skrives, f.eks. offentligJournal.xml"
    )
    x.add_argument("--skjemaer", metavar="MAPPE", help="mappen med Arkivverkets Noark 5-skjemaer")
    felles(x)
    kommando(x, med_kontekst(_offentlig_journal))


def _offentlig_journal(ctx, args: argparse.Namespace) -> int:
    from app.services.eksport.offentlig_journal import eksporter_offentlig_journal

    res = eksporter_offentlig_journal(
        ctx, fra=args.fra, til=args.til, ut=Path(args.ut), skjemaer=args.skjemaer
    )
    skriv(
        args,
        res,
        f"Offentlig journal {res.fra:%d.%m.%Y}–{res.til:%d.%m.%Y} skrevet til {res.fil}: "
        f"{res.antall} journalposter, gyldig etter offentligJournal.xsd",
    )
    return 0


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
