"""saksbord: the command line, a thin window onto the services.

Each command parses, calls one service and prints the result: a short
Norwegian line, or JSON with --json. Exit 0 done, 1 refused by a rule or
access (the service's message on stderr), 2 wrong usage. No rule lives here.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app import cli_admin
from app.domain import koder
from app.domain.feil import SaksbordFeil
from app.services.oppgaver import SENDBARE

log = logging.getLogger("saksbord")

_NORSK = {
    "usage: ": "bruk: ",
    "positional arguments": "argumenter",
    "options": "valg",
    "show this help message and exit": "vis denne hjelpeteksten og avslutt",
    "show program's version number and exit": "vis versjonen og avslutt",
    "the following arguments are required: %s": "disse argumentene mangler: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldig valg: %(value)r (velg blant %(choices)s)",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "expected one argument": "forventet ett argument",
    "expected at least one argument": "forventet minst ett argument",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
    "one of the arguments %s is required": "ett av argumentene %s må oppgis",
    "invalid %(type)s value: %(value)r": "ugyldig verdi: %(value)r",
}
argparse._ = lambda s: _NORSK.get(s, s)  # argparse looks its texts up at call time

EKSEMPLER = """Eksempler:
  saksbord demo                                   lag (eller nullstill) demodatabasen
  saksbord                                        start arbeidsbordet
  saksbord brukere --json
  saksbord kurv ubehandlet --bruker OHA
  saksbord sak opprett --tittel "Byggesak gnr 1 bnr 2" --bruker MBE
  saksbord jp registrer --sak 2026/5 --type I --tittel "Søknad" --avsender "Kari Nordmann" --bruker OHA
  saksbord jp besvar 2026/5-1 --tittel "Svar på søknad" --bruker OHA
  saksbord oppgave send 2026/5-2 --type godkjenning --til KLE --bruker OHA
  saksbord --db postgresql://vert/saksbord kurv forfall --bruker OHA

Databasen er den innebygde SQLite-filen i brukerens datamappe, med mindre --db er gitt.
På en demo- eller kursdatabase kan SAKSBORD_IDAG=ÅÅÅÅ-MM-DD sette dagens dato."""


class Bruksfeil(Exception):
    """Wrong usage: exit 2."""


def _dato(tekst: str) -> date:
    try:
        return date.fromisoformat(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{tekst}» er ikke en dato på formen ÅÅÅÅ-MM-DD") from None


def _nivaa(tekst: str) -> int:
    if tekst not in ("1", "2", "3"):
        raise argparse.ArgumentTypeError("nivå må være 1, 2 eller 3")
    return int(tekst)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *a, **kw) -> None:
        kw.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*a, **kw)


def _felles(p: argparse.ArgumentParser, *, bruker: bool = True) -> None:
    if bruker:
        p.add_argument("--bruker", required=True, metavar="INITIALER", help="hvem som arbeider")
        p.add_argument("--som", metavar="INITIALER", help="arbeid som stedfortreder for denne lederen")
    p.add_argument("--json", action="store_true", help="skriv JSON for skript")


def _skjerming(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kode", help="tilgangskode: " + ", ".join(koder.TILGANGSKODER))
    p.add_argument("--hjemmel", help="hjemmel for skjermingen, f.eks. «Offl. § 13»")
    p.add_argument("--niva", type=_nivaa, help="skjermingsnivå 1, 2 eller 3")


def lag_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="saksbord",
        description="Saksbord – arbeidsbord for saksbehandling og arkiv (Noark 5).",
        epilog=EKSEMPLER,
    )
    p.add_argument("--db", metavar="URL_ELLER_STI", help="SQLite-fil eller postgresql://-adresse")
    p.add_argument("--versjon", action="version", version="saksbord 0.1.0", help="vis versjonen og avslutt")
    sub = p.add_subparsers(dest="kommando", metavar="KOMMANDO", parser_class=_Parser)

    x = sub.add_parser(
        "demo",
        help="lag eller nullstill demodatabasen",
        description="Lager demodatabasen på nytt og skriver stien.\n\nEksempel: saksbord demo",
    )
    x.add_argument("--json", action="store_true")

    x = sub.add_parser(
        "brukere",
        help="list brukerne",
        description="Brukere med initialer, navn, enhet, roller og tilgangskoder.\n\nEksempel: saksbord brukere --json",
    )
    x.add_argument("--json", action="store_true")

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
    _felles(x)

    x = sub.add_parser(
        "kurver",
        help="list kurvene med antall",
        description="Kurvene brukeren har, med antall.\n\nEksempel: saksbord kurver --bruker KLE",
    )
    _felles(x)

    x = sub.add_parser(
        "sok",
        help="søk etter saker og journalposter",
        description='Søk på saksnummer, journalpostnummer, ord i titler og navn på parter.\n\nEksempel: saksbord sok "byggesak garasje" --bruker MBE',
    )
    x.add_argument("tekst")
    _felles(x)

    # --- sak ---
    sak = sub.add_parser(
        "sak",
        help="saker: liste, vis, opprett, status, obs, skjerm",
        description="Arbeid med saker.\n\nEksempel: saksbord sak vis 2026/5 --bruker OHA",
    )
    ss = sak.add_subparsers(dest="under", metavar="HANDLING", required=True, parser_class=_Parser)
    x = ss.add_parser(
        "liste", help="sakene brukeren kan se", description="Eksempel: saksbord sak liste --bruker OHA --json"
    )
    x.add_argument("--status", help="bare saker med denne statusen")
    x.add_argument("--mine", action="store_true", help="bare saker der brukeren er saksansvarlig")
    _felles(x)
    x = ss.add_parser(
        "vis",
        help="vis en sak med journalposter",
        description="Eksempel: saksbord sak vis 2026/5 --bruker OHA --json",
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    _felles(x)
    x = ss.add_parser(
        "opprett",
        help="opprett en ny sak",
        description='Eksempel: saksbord sak opprett --tittel "Byggesak gnr 1 bnr 2" --bruker MBE',
    )
    x.add_argument("--tittel", required=True)
    x.add_argument("--tittel2")
    x.add_argument("--enhet")
    x.add_argument("--saksansvarlig", metavar="INITIALER")
    x.add_argument("--klasse", help="ordningsverdi, f.eks. K-kode eller gnr/bnr")
    x.add_argument("--sakstype")
    _skjerming(x)
    _felles(x)
    x = ss.add_parser(
        "status",
        help="sett saksstatus",
        description="Bare arkivet avslutter (A) og gjenåpner.\n\nEksempel: saksbord sak status 2026/5 A --bruker ALA",
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    x.add_argument(
        "status", metavar="STATUS", help=", ".join(f"{k} {v.lower()}" for k, v in koder.SAKSSTATUSER.items())
    )
    _felles(x)
    x = ss.add_parser(
        "obs",
        help="sett eller fjern OBS-dato",
        description='Eksempel: saksbord sak obs 2026/5 --dato 2026-12-01 --kommentar "Frist" --bruker OHA',
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    g = x.add_mutually_exclusive_group(required=True)
    g.add_argument("--dato", type=_dato)
    g.add_argument("--fjern", action="store_true")
    x.add_argument("--kommentar")
    _felles(x)
    x = ss.add_parser(
        "skjerm",
        help="skjerm en sak",
        description='Eksempel: saksbord sak skjerm 2026/5 --kode P --hjemmel "Offl. § 25" --niva 2 --bruker PKR',
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    _skjerming(x)
    x.add_argument("--fjern", action="store_true", help="fjern skjermingen")
    _felles(x)
    x = ss.add_parser(
        "utgaar",
        help="meld at saken utgår (opprettet ved en feil)",
        description='Eksempel: saksbord sak utgaar 2026/5 --grunn "Dobbeltregistrert" --bruker OHA',
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    x.add_argument("--grunn")
    _felles(x)
    x = ss.add_parser(
        "be-om-avslutning",
        help="be arkivet avslutte saken",
        description="Eksempel: saksbord sak be-om-avslutning 2026/5 --bruker OHA",
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    x.add_argument("--merknad")
    _felles(x)
    x = ss.add_parser(
        "merknad",
        help="merknad på en sak",
        description='Eksempel: saksbord sak merknad 2026/5 --tekst "Venter på svar" --bruker OHA',
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    x.add_argument("--tekst", required=True)
    x.add_argument("--gul", action="store_true")
    _felles(x)

    # --- jp ---
    jp = sub.add_parser(
        "jp",
        help="journalposter: registrer, vis, endre, avskriv, besvar, …",
        description="Arbeid med journalposter.\n\nEksempel: saksbord jp vis 2026/5-1 --bruker OHA",
    )
    js = jp.add_subparsers(dest="under", metavar="HANDLING", required=True, parser_class=_Parser)
    x = js.add_parser(
        "registrer",
        help="registrer en journalpost",
        description='Eksempel: saksbord jp registrer --sak 2026/5 --type I --tittel "Søknad" --avsender "Kari Nordmann" --bruker OHA',
    )
    x.add_argument("--sak", required=True, metavar="SAKSNR")
    x.add_argument(
        "--type",
        required=True,
        metavar="TYPE",
        help=", ".join(f"{k} {v.lower()}" for k, v in koder.JOURNALPOSTTYPER.items()),
    )
    x.add_argument("--tittel", required=True)
    x.add_argument("--tittel2")
    x.add_argument("--avsender", action="append", default=[], metavar="NAVN")
    x.add_argument("--mottaker", action="append", default=[], metavar="NAVN")
    x.add_argument("--kopi", action="append", default=[], metavar="NAVN")
    x.add_argument("--saksbehandler", metavar="INITIALER")
    x.add_argument("--forfall", type=_dato)
    x.add_argument("--dokumentdato", type=_dato)
    x.add_argument("--fil", action="append", default=[], type=Path, metavar="STI")
    _skjerming(x)
    _felles(x)
    x = js.add_parser(
        "vis", help="vis en journalpost", description="Eksempel: saksbord jp vis 2026/5-1 --bruker OHA --json"
    )
    x.add_argument("jpnr", metavar="JPNR")
    _felles(x)
    x = js.add_parser(
        "endre",
        help="endre registreringen der statusen tillater det",
        description='Eksempel: saksbord jp endre 2026/5-2 --tittel "Ny tittel" --bruker OHA',
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--tittel")
    x.add_argument("--tittel2")
    x.add_argument("--forfall", type=_dato)
    x.add_argument("--saksbehandler", metavar="INITIALER")
    x.add_argument("--mottaker", action="append", metavar="NAVN")
    _felles(x)
    x = js.add_parser(
        "avskriv",
        help="avskriv restanser",
        description='Eksempel: saksbord jp avskriv 2026/5-1 --kode TLF --merknad "Ringte søker" --bruker OHA',
    )
    x.add_argument("jpnr", nargs="+", metavar="JPNR")
    x.add_argument("--kode", required=True)
    x.add_argument("--merknad")
    x.add_argument("--med", metavar="JPNR", help="journalposten som besvarte")
    _felles(x)
    x = js.add_parser(
        "besvar",
        help="besvar (og avskriv) restanser",
        description='Standard er Besvar og avskriv.\n\nEksempel: saksbord jp besvar 2026/5-1 --tittel "Svar på søknad" --bruker OHA',
    )
    x.add_argument("jpnr", nargs="+", metavar="JPNR")
    x.add_argument("--tittel")
    g = x.add_mutually_exclusive_group()
    g.add_argument("--forelopig", action="store_true", help="foreløpig svar, restansen blir stående")
    g.add_argument("--uten-avskrivning", action="store_true", help="besvar uten å avskrive")
    _felles(x)
    for navn, hjelp in (
        ("ferdigstill", "ferdigstill journalposten"),
        ("journalfor", "journalfør journalposten (arkivet)"),
    ):
        x = js.add_parser(navn, help=hjelp, description=f"Eksempel: saksbord jp {navn} 2026/5-2 --bruker OHA")
        x.add_argument("jpnr", metavar="JPNR")
        _felles(x)
    x = js.add_parser(
        "ekspeder",
        help="ekspeder journalposten",
        description="Eksempel: saksbord jp ekspeder 2026/5-2 --kanal epost --bruker OHA",
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument(
        "--kanal", help="kanal: " + ", ".join(k for k in koder.EKSPEDERINGSKANALER if k != "intern")
    )
    _felles(x)
    x = js.add_parser(
        "feilregistrer",
        help="feilregistrer",
        description='Eksempel: saksbord jp feilregistrer 2026/5-2 --grunn "Registrert to ganger" --bruker OHA',
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--grunn")
    _felles(x)
    x = js.add_parser(
        "flytt",
        help="flytt til en annen sak (arkivet)",
        description="Eksempel: saksbord jp flytt 2026/5-2 --til-sak 2026/7 --bruker ALA",
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--til-sak", required=True, metavar="SAKSNR")
    _felles(x)
    x = js.add_parser(
        "fordel",
        help="sett saksbehandler",
        description="Eksempel: saksbord jp fordel 2026/5-2 --til MBE --bruker TBA",
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument(
        "--til", required=True, metavar="INITIALER", help="ny saksbehandler, eller ARKIV for å sende tilbake"
    )
    _felles(x)
    x = js.add_parser(
        "merknad",
        help="merknad på journalposten",
        description='Eksempel: saksbord jp merknad 2026/5-2 --tekst "Husk vedlegg" --gul --bruker OHA',
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--tekst", required=True)
    x.add_argument("--gul", action="store_true", help="uformell gul lapp (slettes ved journalføring)")
    _felles(x)
    x = js.add_parser(
        "offentlighet",
        help="lederens offentlighetsvurdering",
        description='Eksempel: saksbord jp offentlighet 2026/5-3 --kode U --hjemmel "Offl. § 13" --niva 2 --bruker KLE',
    )
    x.add_argument("jpnr", metavar="JPNR")
    _skjerming(x)
    x.add_argument("--offentlig", action="store_true", help="ingen skjerming")
    _felles(x)
    x = js.add_parser(
        "skjerm",
        help="skjerm journalposten",
        description='Eksempel: saksbord jp skjerm 2026/5-3 --kode U --hjemmel "Offl. § 13" --niva 2 --bruker OHA',
    )
    x.add_argument("jpnr", metavar="JPNR")
    _skjerming(x)
    x.add_argument("--fjern", action="store_true")
    _felles(x)
    x = js.add_parser(
        "be-arkivet-rette",
        help="be arkivet rette en låst eller feilført journalpost",
        description='Eksempel: saksbord jp be-arkivet-rette 2026/5-3 --hva "Feil sak" --til-sak 2026/9 --bruker OHA',
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--hva", required=True)
    x.add_argument("--til-sak", metavar="SAKSNR")
    _felles(x)

    # --- oppgave ---
    op = sub.add_parser(
        "oppgave",
        help="oppgaver: send, vis, svar, deaktiver, fjern",
        description="Eksempel: saksbord oppgave send 2026/5-2 --type godkjenning --til KLE --bruker OHA",
    )
    os_ = op.add_subparsers(dest="under", metavar="HANDLING", required=True, parser_class=_Parser)
    x = os_.add_parser(
        "send",
        help="send en oppgave",
        description="Eksempel: saksbord oppgave send 2026/5-2 --type godkjenning --til KLE --bruker OHA",
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument(
        "--type",
        required=True,
        help="oppgavetype: " + ", ".join(SENDBARE),
    )
    x.add_argument("--til", metavar="INITIALER")
    x.add_argument("--merknad")
    _felles(x)
    x = os_.add_parser(
        "vis", help="vis (og les) en oppgave", description="Eksempel: saksbord oppgave vis 12 --bruker KLE"
    )
    x.add_argument("id", type=int, metavar="ID")
    _felles(x)
    x = os_.add_parser(
        "svar",
        help="behandle en oppgave",
        description="Eksempel: saksbord oppgave svar 12 --svar godkjent --bruker KLE",
    )
    x.add_argument("id", type=int, metavar="ID")
    x.add_argument("--svar", required=True, help="svar: " + ", ".join(koder.OPPGAVESVAR_NAVN))
    x.add_argument("--til", metavar="INITIALER")
    x.add_argument("--merknad")
    _felles(x)
    for navn, hjelp in (
        ("deaktiver", "deaktiver en sendt oppgave (til den er lest)"),
        ("fjern", "fjern en lest oppgave fra kurven"),
    ):
        x = os_.add_parser(navn, help=hjelp, description=f"Eksempel: saksbord oppgave {navn} 12 --bruker OHA")
        x.add_argument("id", type=int, metavar="ID")
        _felles(x)

    # --- stedfortreder ---
    sf = sub.add_parser(
        "stedfortreder",
        help="stedfortredere: sett, liste",
        description="Eksempel: saksbord stedfortreder liste --bruker TBA",
    )
    sfs = sf.add_subparsers(dest="under", metavar="HANDLING", required=True, parser_class=_Parser)
    x = sfs.add_parser(
        "sett",
        help="sett stedfortreder for en periode",
        description="Eksempel: saksbord stedfortreder sett --leder TBA --stedfortreder SNI --fra 2026-12-01 --til 2026-12-20 --koder U --bruker TBA",
    )
    x.add_argument("--leder", required=True)
    x.add_argument("--stedfortreder", required=True)
    x.add_argument("--fra", required=True, type=_dato)
    x.add_argument("--til", required=True, type=_dato)
    x.add_argument("--koder", default="", help="tilgangskoder stedfortrederen får, kommaseparert")
    _felles(x)
    x = sfs.add_parser(
        "liste",
        help="list stedfortrederperioder",
        description="Eksempel: saksbord stedfortreder liste --bruker TBA",
    )
    _felles(x)

    x = sub.add_parser(
        "logg",
        help="endringsloggen for en sak eller journalpost",
        description="Eksempel: saksbord logg 2026/5-1 --bruker ALA",
    )
    x.add_argument("nummer", metavar="SAKSNR|JPNR")
    _felles(x)

    x = sub.add_parser(
        "postliste",
        help="offentlig journal for en periode",
        description="Journalførte journalposter i perioden, med skjermede felt erstattet.\n\n"
        "Eksempel: saksbord postliste --fra 2026-11-01 --til 2026-11-30 --bruker ALA",
    )
    x.add_argument("--fra", required=True, type=_dato)
    x.add_argument("--til", required=True, type=_dato)
    _felles(x)

    cli_admin.registrer(sub)

    x = sub.add_parser(
        "import-msg",
        help="importer e-post (.msg/.eml) til en sak",
        description="Importerer hver fil som en journalpost med vedlegg.\n\nEksempel: saksbord import-msg --sak 2026/5 --bruker OHA melding.msg",
    )
    x.add_argument("filer", nargs="+", type=Path, metavar="FIL")
    x.add_argument("--sak", required=True, metavar="SAKSNR")
    _felles(x)
    return p


# --- output ---------------------------------------------------------------


def _skriv(args: argparse.Namespace, data: Any, tekst: str | None = None) -> None:
    from app.services.data import som_dict

    if getattr(args, "json", False):
        print(json.dumps(som_dict(data), ensure_ascii=False, indent=2))
    elif tekst is not None:
        print(tekst)
    else:
        print(json.dumps(som_dict(data), ensure_ascii=False, indent=2))


def _resultat(args: argparse.Namespace, res) -> int:
    from app.services.data import som_dict

    if args.json:
        d = {k: v for k, v in som_dict(res).items() if v not in (None, [])}
        print(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        print(res.melding)
        for a in res.advarsler:
            print(f"Advarsel: {a}", file=sys.stderr)
    return 0


def _rad_linje(r) -> str:
    nr = r.journalpostnummer or r.saksnummer or ""
    forfall = f" forfall {r.forfallsdato:%d.%m.%Y}" if r.forfallsdato else ""
    hvem = f" [{r.oppgavetype}, id {r.id}]" if r.art == "oppgave" else ""
    return f"{nr:<14} {r.type or '':<4} {r.status or '':<2} {r.tittel}{forfall}{hvem}"


# --- commands ---------------------------------------------------------------


def _ctx(db, args):
    from app.services.arbeid import Kontekst

    return Kontekst(db, args.bruker, getattr(args, "som", None))


def _parter(navn: list[str] | None):
    from app.services.journalposter import PartInn

    return [PartInn(navn=n) for n in navn or []]


def kjor_kommando(args: argparse.Namespace) -> int:
    from app.store.db import Database

    if args.kommando == "demo":
        from app.services.demo import lag_demo
        from app.store.db import standard_db_sti

        sti = args.db or standard_db_sti()
        if "://" not in str(sti):
            Path(sti).parent.mkdir(parents=True, exist_ok=True)
        db = lag_demo(sti)
        _skriv(args, {"database": str(sti), "url": db.url}, str(sti))
        return 0

    if args.kommando in cli_admin.KOMMANDOER:
        return cli_admin.kjor(args)

    if args.kommando == "import-msg":
        from app.cli_import import import_msg

        return import_msg(args)

    db = Database.aapne(args.db)
    try:
        return _kjor(db, args)
    finally:
        db.lukk()


def _kjor(db, args: argparse.Namespace) -> int:
    from app.services import avskrivning, brukere, journalposter, kurver, oppgaver, saker, sok, visning

    k, u = args.kommando, getattr(args, "under", None)
    if k == "brukere":
        liste = brukere.liste_brukere(db)
        _skriv(
            args,
            liste,
            "\n".join(
                f"{b.initialer:<5} {b.navn:<22} {b.enhet or '':<5} {', '.join(b.roller)}" for b in liste
            ),
        )
        return 0
    ctx = _ctx(db, args)
    if k == "kurv":
        side = kurver.kurv_side(ctx, args.navn, per_side=100000, filter=args.filter)
        _skriv(
            args,
            {"kurv": side.navn, "antall": side.antall, "rader": side.rader},
            "\n".join(_rad_linje(r) for r in side.rader) or "Kurven er tom",
        )
        return 0
    if k == "kurver":
        liste = kurver.kurver(ctx)
        _skriv(args, liste, "\n".join(f"{x.tittel:<32} {x.antall:>6}" for x in liste))
        return 0
    if k == "sok":
        treff = sok.sok(ctx, args.tekst)
        rader = kurver.kurv_rader(ctx, "sak", treff.saker) + kurver.kurv_rader(
            ctx, "journalpost", treff.journalposter
        )
        _skriv(
            args,
            {"tekst": args.tekst, "rader": rader},
            "\n".join(_rad_linje(r) for r in rader) or "Ingen treff",
        )
        return 0
    if k == "postliste":
        from app.services.postliste import postliste

        rader = postliste(ctx, fra=args.fra, til=args.til)
        _skriv(
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
    if k == "logg":
        rader = visning.historikk(ctx, args.nummer)
        _skriv(
            args,
            rader,
            "\n".join(
                f"{r.tid:%d.%m.%Y %H:%M} {r.bruker or '-':<4}{' for ' + r.paa_vegne_av if r.paa_vegne_av else ''} {r.handling}"
                + (f" {r.felt}: {r.fra or ''} → {r.til or ''}" if r.felt else (f" {r.til}" if r.til else ""))
                for r in rader
            ),
        )
        return 0
    if k == "sak":
        if u == "liste":
            rader = kurver.kurv_rader(ctx, "sak", saker.sak_ider(ctx, status=args.status, mine=args.mine))
            _skriv(
                args,
                {"antall": len(rader), "saker": [_sak_rad(r) for r in rader]},
                "\n".join(_rad_linje(r) for r in rader),
            )
            return 0
        if u == "vis":
            info = visning.vis_sak(ctx, args.saksnr)
            _skriv(args, info, _sak_tekst(info))
            return 0
        if u == "opprett":
            return _resultat(
                args,
                saker.opprett_sak(
                    ctx,
                    tittel=args.tittel,
                    tittel2=args.tittel2,
                    enhet=args.enhet,
                    saksansvarlig=args.saksansvarlig,
                    sakstype=args.sakstype,
                    klasse=args.klasse,
                    tilgangskode=args.kode,
                    hjemmel=args.hjemmel,
                    nivaa=args.niva,
                ),
            )
        if u == "status":
            return _resultat(args, saker.sett_saksstatus(ctx, args.saksnr, args.status))
        if u == "obs":
            return _resultat(
                args,
                saker.sett_obs(
                    ctx, args.saksnr, dato=None if args.fjern else args.dato, kommentar=args.kommentar
                ),
            )
        if u == "skjerm":
            return _resultat(
                args,
                saker.skjerm_sak(
                    ctx,
                    args.saksnr,
                    kode=None if args.fjern else args.kode,
                    hjemmel=args.hjemmel,
                    nivaa=args.niva,
                ),
            )
        if u == "utgaar":
            return _resultat(args, saker.meld_utgaar(ctx, args.saksnr, grunn=args.grunn))
        if u == "be-om-avslutning":
            return _resultat(args, saker.be_om_avslutning(ctx, args.saksnr, merknad=args.merknad))
        if u == "merknad":
            return _resultat(
                args, saker.legg_til_merknad(ctx, saksnr=args.saksnr, tekst=args.tekst, gul=args.gul)
            )
    if k == "jp":
        if u == "registrer":
            from app.services.journalposter import FilInn, NyJournalpost

            filer = []
            for sti in args.fil:
                if not sti.is_file():
                    raise Bruksfeil(f"Finner ikke filen {sti}")
                filer.append(
                    FilInn(
                        sti.name, sti.read_bytes(), tilknytning="hoveddokument" if not filer else "vedlegg"
                    )
                )
            ny = NyJournalpost(
                sak=args.sak,
                type=args.type,
                tittel=args.tittel,
                tittel2=args.tittel2,
                avsendere=_parter(args.avsender),
                mottakere=_parter(args.mottaker),
                kopimottakere=_parter(args.kopi),
                saksbehandler=args.saksbehandler,
                forfallsdato=args.forfall,
                dokumentdato=args.dokumentdato,
                tilgangskode=args.kode,
                hjemmel=args.hjemmel,
                nivaa=args.niva,
                filer=filer,
            )
            return _resultat(args, journalposter.registrer_journalpost(ctx, ny))
        if u == "vis":
            info = visning.vis_journalpost(ctx, args.jpnr)
            _skriv(args, info, _jp_tekst(info))
            return 0
        if u == "endre":
            res = None
            if args.saksbehandler:
                res = journalposter.fordel(ctx, args.jpnr, til=args.saksbehandler)
            if any(v is not None for v in (args.tittel, args.tittel2, args.forfall, args.mottaker)):
                res = journalposter.endre_journalpost(
                    ctx,
                    args.jpnr,
                    tittel=args.tittel,
                    tittel2=args.tittel2,
                    forfallsdato=args.forfall,
                    mottakere=_parter(args.mottaker) if args.mottaker else None,
                )
            if res is None:
                raise Bruksfeil("Oppgi minst ett felt å endre")
            return _resultat(args, res)
        if u == "avskriv":
            return _resultat(
                args, avskrivning.avskriv(ctx, args.jpnr, kode=args.kode, merknad=args.merknad, med=args.med)
            )
        if u == "besvar":
            maate = "forelopig" if args.forelopig else ("uten" if args.uten_avskrivning else "avskriv")
            return _resultat(args, avskrivning.besvar(ctx, args.jpnr, tittel=args.tittel, maate=maate))
        if u == "ferdigstill":
            return _resultat(args, journalposter.ferdigstill(ctx, args.jpnr))
        if u == "journalfor":
            return _resultat(args, journalposter.journalfor(ctx, args.jpnr))
        if u == "ekspeder":
            return _resultat(args, journalposter.ekspeder(ctx, args.jpnr, kanal=args.kanal))
        if u == "feilregistrer":
            return _resultat(args, journalposter.feilregistrer(ctx, args.jpnr, grunn=args.grunn))
        if u == "flytt":
            return _resultat(args, journalposter.flytt(ctx, args.jpnr, til_sak=args.til_sak))
        if u == "fordel":
            til = None if args.til.upper() == "ARKIV" else args.til
            return _resultat(args, journalposter.fordel(ctx, args.jpnr, til=til))
        if u == "merknad":
            return _resultat(
                args, saker.legg_til_merknad(ctx, jpnr=args.jpnr, tekst=args.tekst, gul=args.gul)
            )
        if u == "offentlighet":
            if not args.offentlig and not args.kode:
                raise Bruksfeil("Oppgi --kode med --hjemmel og --niva, eller --offentlig")
            return _resultat(
                args,
                journalposter.offentlighetsvurder(
                    ctx,
                    args.jpnr,
                    kode=None if args.offentlig else args.kode,
                    hjemmel=args.hjemmel,
                    nivaa=args.niva,
                ),
            )
        if u == "skjerm":
            return _resultat(
                args,
                journalposter.skjerm_journalpost(
                    ctx,
                    args.jpnr,
                    kode=None if args.fjern else args.kode,
                    hjemmel=args.hjemmel,
                    nivaa=args.niva,
                ),
            )
        if u == "be-arkivet-rette":
            return _resultat(
                args, oppgaver.be_arkivet_rette(ctx, args.jpnr, hva=args.hva, til_sak=args.til_sak)
            )
    if k == "oppgave":
        if u == "send":
            return _resultat(
                args,
                oppgaver.send_oppgave(
                    ctx, type_=args.type, til=args.til, jpnr=args.jpnr, merknad=args.merknad
                ),
            )
        if u == "vis":
            oppgaver.merk_oppgave_lest(ctx, args.id)  # opening it as the recipient marks it read
            info = oppgaver.vis_oppgave(ctx, args.id)
            _skriv(
                args,
                info,
                f"{info.typenavn} fra {info.fra_navn} til {info.til_navn}: {info.journalpostnummer or info.saksnummer} {info.tittel}\n{info.merknad or ''}".rstrip(),
            )
            return 0
        if u == "svar":
            return _resultat(
                args, oppgaver.svar_oppgave(ctx, args.id, svar=args.svar, til=args.til, merknad=args.merknad)
            )
        if u == "deaktiver":
            return _resultat(args, oppgaver.deaktiver_oppgave(ctx, args.id))
        if u == "fjern":
            return _resultat(args, oppgaver.fjern_oppgave(ctx, args.id))
    if k == "stedfortreder":
        if u == "sett":
            koder = [x.strip() for x in args.koder.split(",") if x.strip()]
            return _resultat(
                args,
                brukere.sett_stedfortreder(
                    ctx,
                    leder=args.leder,
                    stedfortreder=args.stedfortreder,
                    fra=args.fra,
                    til=args.til,
                    koder=koder,
                ),
            )
        if u == "liste":
            rader = brukere.liste_stedfortredere(ctx)
            _skriv(
                args,
                rader,
                "\n".join(
                    f"{r['stedfortreder']} for {r['leder']} {r['fra']}–{r['til']} koder {','.join(r['koder']) or '-'}{' (aktiv)' if r['aktiv'] else ''}"
                    for r in rader
                ),
            )
            return 0
    raise Bruksfeil("Ukjent kommando")


def _sak_rad(r) -> dict:
    from app.services.data import som_dict

    d = som_dict(r)
    d["saksansvarlig"] = r.saksbehandler
    d["obs_dato"] = d.pop("forfallsdato")
    return d


def _sak_tekst(s) -> str:
    linjer = [
        f"Sak {s.saksnummer} {s.tittel}" + (f" / {s.tittel2}" if s.tittel2 else ""),
        f"Status {s.statusnavn}, ansvarlig {s.saksansvarlig or '-'}, enhet {s.enhet or '-'}",
    ]
    if s.skjerming:
        linjer.append(
            f"Skjermet {s.skjerming.tilgangskode} ({s.skjerming.hjemmel}), nivå {s.skjerming.nivaa}"
        )
    for jp in s.journalposter:
        linjer.append(
            f"  {jp.journalpostnummer:<14} {jp.type} {jp.status} {jp.tittel}"
            + (f" – {jp.avsender_mottaker}" if jp.avsender_mottaker else "")
            + (" (restanse)" if jp.restanse else "")
        )
    return "\n".join(linjer)


def _jp_tekst(j) -> str:
    linjer = [
        f"{j.journalpostnummer} ({j.type}, {j.statusnavn}) {j.tittel}"
        + (f" / {j.tittel2}" if j.tittel2 else "")
    ]
    for rolle, parter in (("Avsender", j.avsender), ("Mottaker", j.mottakere), ("Kopi", j.kopimottakere)):
        for p in parter:
            linjer.append(f"  {rolle}: {p.navn}" + (f" <{p.epost}>" if p.epost else ""))
    linjer.append(
        f"  Saksbehandler: {j.saksbehandler or '-'}  Forfall: {j.forfallsdato or '-'}  Restanse: {'ja' if j.restanse else 'nei'}"
    )
    if j.avskrivning:
        linjer.append(
            f"  Avskrevet {j.avskrivning.kode} {j.avskrivning.dato or '(venter på ekspedering)'} av {j.avskrivning.av}"
        )
    for d in j.dokumenter:
        linjer.append(f"  Dokument: {d.filnavn} ({d.variant}, {d.storrelse} byte)")
    return "\n".join(linjer)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(
        level=os.environ.get("SAKSBORD_LOGG", "WARNING"), format="%(levelname)s %(name)s: %(message)s"
    )
    parser = lag_parser()
    args = parser.parse_args(argv)
    try:
        if args.kommando is None:
            from app.views.app import start

            return start(args.db)
        return kjor_kommando(args)
    except Bruksfeil as e:
        print(f"saksbord: {e}", file=sys.stderr)
        return 2
    except SaksbordFeil as e:
        print(str(e), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
