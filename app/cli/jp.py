"""``saksbord jp …``: register, show, change, avskriv, answer, finish, journalfør, send and correct."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import arkivretting
from app.cli.felles import (
    Bruksfeil,
    dato,
    felles,
    handlinger,
    kommando,
    linje,
    med_kontekst,
    parter,
    resultat,
    skjerming,
    skriv,
)
from app.domain import koder


def registrer(sub) -> None:
    js = handlinger(
        sub,
        "jp",
        help="journalposter: registrer, vis, endre, avskriv, besvar, …",
        description="Arbeid med journalposter.\n\nEksempel: saksbord jp vis 2026/5-1 --bruker OHA",
    )
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
    x.add_argument("--forfall", type=dato)
    x.add_argument("--dokumentdato", type=dato)
    x.add_argument("--fil", action="append", default=[], type=Path, metavar="STI")
    x.add_argument("--mal", metavar="NAVN", help="skriv hoveddokumentet fra malen (se «saksbord mal liste»)")
    skjerming(x)
    felles(x)
    kommando(x, med_kontekst(_registrer))
    x = js.add_parser(
        "vis", help="vis en journalpost", description="Eksempel: saksbord jp vis 2026/5-1 --bruker OHA --json"
    )
    x.add_argument("jpnr", metavar="JPNR")
    felles(x)
    kommando(x, med_kontekst(_vis))
    x = js.add_parser(
        "endre",
        help="endre registreringen der statusen tillater det",
        description='Eksempel: saksbord jp endre 2026/5-2 --tittel "Ny tittel" --bruker OHA',
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--tittel")
    x.add_argument("--tittel2")
    x.add_argument("--forfall", type=dato)
    x.add_argument("--saksbehandler", metavar="INITIALER")
    x.add_argument("--mottaker", action="append", metavar="NAVN")
    felles(x)
    kommando(x, med_kontekst(_endre))
    x = js.add_parser(
        "avskriv",
        help="avskriv restanser",
        description='Eksempel: saksbord jp avskriv 2026/5-1 --kode TLF --merknad "Ringte søker" --bruker OHA',
    )
    x.add_argument("jpnr", nargs="+", metavar="JPNR")
    x.add_argument("--kode", required=True)
    x.add_argument("--merknad")
    x.add_argument("--med", metavar="JPNR", help="journalposten som besvarte")
    felles(x)
    kommando(x, med_kontekst(_avskriv))
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
    x.add_argument("--mal", metavar="NAVN", help="skriv svarbrevet fra malen (se «saksbord mal liste»)")
    felles(x)
    kommando(x, med_kontekst(_besvar))
    for navn, hjelp, funksjon in (
        ("ferdigstill", "ferdigstill journalposten", _ferdigstill),
        ("journalfor", "journalfør journalposten (arkivet)", _journalfor),
    ):
        x = js.add_parser(navn, help=hjelp, description=f"Eksempel: saksbord jp {navn} 2026/5-2 --bruker OHA")
        x.add_argument("jpnr", metavar="JPNR")
        felles(x)
        kommando(x, med_kontekst(funksjon))
    x = js.add_parser(
        "ekspeder",
        help="send journalposten til mottakerne (SvarUt, e-post, papir, internt) og sett den ekspedert",
        description=(
            "Eksempel: saksbord jp ekspeder 2026/5-2 --kanal epost --bruker OHA\n"
            "         saksbord jp ekspeder 2026/5-2 --kanal 'Kari Nordmann=papir' --til brev.pdf --bruker OHA\n"
            "Uten SMTP-tjener (smtp.vert) skrives e-posten som en .eml som åpnes i e-postprogrammet. "
            "Er bare noen mottakere nådd, kjør kommandoen igjen: bare resten sendes."
        ),
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument(
        "--kanal",
        action="append",
        metavar="KANAL|NAVN=KANAL",
        help="kanal for alle mottakere, eller per mottaker (kan gjentas): "
        + ", ".join(k for k in koder.EKSPEDERINGSKANALER if k != "intern"),
    )
    x.add_argument("--til", metavar="FIL", help="lagre papirbrevet her (flere mottakere: FIL-2.pdf …)")
    x.add_argument(
        "--mappe", metavar="MAPPE", help="mappen for .eml-utkast og papirbrev (standard: gjeldende)"
    )
    x.add_argument("--tekst", metavar="TEKST", help="følgetekst i e-posten")
    x.add_argument(
        "--hoveddokument-i-teksten", action="store_true", help="hoveddokumentets tekst som e-postens tekst"
    )
    x.add_argument(
        "--send-uavklarte",
        action="store_true",
        help="send på nytt e-post der forrige forsøk stoppet midt i sendingen (kan gi to eksemplarer)",
    )
    x.add_argument(
        "--bare-marker",
        action="store_true",
        help="ikke send noe, bare marker som ekspedert (f.eks. e-post som alt er sendt fra Outlook)",
    )
    felles(x)
    kommando(x, med_kontekst(_ekspeder))
    x = js.add_parser(
        "feilregistrer",
        help="feilregistrer",
        description='Eksempel: saksbord jp feilregistrer 2026/5-2 --grunn "Registrert to ganger" --bruker OHA',
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--grunn")
    felles(x)
    kommando(x, med_kontekst(_feilregistrer))
    x = js.add_parser(
        "flytt",
        help="flytt til en annen sak (arkivet)",
        description="Eksempel: saksbord jp flytt 2026/5-2 --til-sak 2026/7 --bruker ALA",
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--til-sak", required=True, metavar="SAKSNR")
    felles(x)
    kommando(x, med_kontekst(_flytt))
    x = js.add_parser(
        "fordel",
        help="sett saksbehandler",
        description="Eksempel: saksbord jp fordel 2026/5-2 --til MBE --bruker TBA",
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument(
        "--til", required=True, metavar="INITIALER", help="ny saksbehandler, eller ARKIV for å sende tilbake"
    )
    felles(x)
    kommando(x, med_kontekst(_fordel))
    x = js.add_parser(
        "merknad",
        help="merknad på journalposten",
        description='Eksempel: saksbord jp merknad 2026/5-2 --tekst "Husk vedlegg" --gul --bruker OHA',
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--tekst", required=True)
    x.add_argument("--gul", action="store_true", help="uformell gul lapp (slettes ved journalføring)")
    felles(x)
    kommando(x, med_kontekst(_merknad))
    x = js.add_parser(
        "offentlighet",
        help="lederens offentlighetsvurdering",
        description='Eksempel: saksbord jp offentlighet 2026/5-3 --kode U --hjemmel "Offl. § 13" --niva 2 --bruker KLE',
    )
    x.add_argument("jpnr", metavar="JPNR")
    skjerming(x)
    x.add_argument("--offentlig", action="store_true", help="ingen skjerming")
    felles(x)
    kommando(x, med_kontekst(_offentlighet))
    x = js.add_parser(
        "skjerm",
        help="skjerm journalposten",
        description='Eksempel: saksbord jp skjerm 2026/5-3 --kode U --hjemmel "Offl. § 13" --niva 2 --bruker OHA',
    )
    x.add_argument("jpnr", metavar="JPNR")
    skjerming(x)
    x.add_argument("--fjern", action="store_true")
    felles(x)
    kommando(x, med_kontekst(_skjerm))
    x = js.add_parser(
        "be-arkivet-rette",
        help="be arkivet rette en låst eller feilført journalpost",
        description='Eksempel: saksbord jp be-arkivet-rette 2026/5-3 --hva "Feil sak" --til-sak 2026/9 --bruker OHA',
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--hva", required=True)
    x.add_argument("--til-sak", metavar="SAKSNR")
    felles(x)
    kommando(x, med_kontekst(_be_arkivet_rette))
    arkivretting.registrer_jp(js)
    arkivretting.registrer_skjermede_ord(js, sak=False)
    from app.cli.politikk import registrer_referer

    registrer_referer(js)  # «Referer i utvalg» (issue 15) lives with the political commands


def _registrer(ctx, args: argparse.Namespace) -> int:
    from app.services import journalposter
    from app.services.journalposter import FilInn, NyJournalpost

    filer = []
    for sti in args.fil:
        if not sti.is_file():
            raise Bruksfeil(f"Finner ikke filen {sti}")
        filer.append(
            FilInn(sti.name, sti.read_bytes(), tilknytning="hoveddokument" if not filer else "vedlegg")
        )
    ny = NyJournalpost(
        sak=args.sak,
        type=args.type,
        tittel=args.tittel,
        tittel2=args.tittel2,
        avsendere=parter(args.avsender),
        mottakere=parter(args.mottaker),
        kopimottakere=parter(args.kopi),
        saksbehandler=args.saksbehandler,
        forfallsdato=args.forfall,
        dokumentdato=args.dokumentdato,
        tilgangskode=args.kode,
        hjemmel=args.hjemmel,
        nivaa=args.niva,
        filer=filer,
    )
    return resultat(args, journalposter.registrer_journalpost(ctx, ny, mal=args.mal))


def _vis(ctx, args: argparse.Namespace) -> int:
    from app.services import visning

    info = visning.vis_journalpost(ctx, args.jpnr)
    skriv(args, info, _jp_tekst(info))
    return 0


def _endre(ctx, args: argparse.Namespace) -> int:
    from app.services import journalposter

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
            mottakere=parter(args.mottaker) if args.mottaker else None,
        )
    if res is None:
        raise Bruksfeil("Oppgi minst ett felt å endre")
    return resultat(args, res)


def _avskriv(ctx, args: argparse.Namespace) -> int:
    from app.services import avskrivning

    return resultat(
        args, avskrivning.avskriv(ctx, args.jpnr, kode=args.kode, merknad=args.merknad, med=args.med)
    )


def _besvar(ctx, args: argparse.Namespace) -> int:
    from app.services import avskrivning

    maate = "forelopig" if args.forelopig else ("uten" if args.uten_avskrivning else "avskriv")
    return resultat(args, avskrivning.besvar(ctx, args.jpnr, tittel=args.tittel, maate=maate, mal=args.mal))


def _ferdigstill(ctx, args: argparse.Namespace) -> int:
    from app.services import journalposter

    return resultat(args, journalposter.ferdigstill(ctx, args.jpnr))


def _journalfor(ctx, args: argparse.Namespace) -> int:
    from app.services import journalposter

    return resultat(args, journalposter.journalfor(ctx, args.jpnr))


def _ekspeder(ctx, args: argparse.Namespace) -> int:
    from app.cli import forsendelse

    return forsendelse.ekspeder(ctx, args)


def _feilregistrer(ctx, args: argparse.Namespace) -> int:
    from app.services import journalposter

    return resultat(args, journalposter.feilregistrer(ctx, args.jpnr, grunn=args.grunn))


def _flytt(ctx, args: argparse.Namespace) -> int:
    from app.services import journalposter

    return resultat(args, journalposter.flytt(ctx, args.jpnr, til_sak=args.til_sak))


def _fordel(ctx, args: argparse.Namespace) -> int:
    from app.services import journalposter

    til = None if args.til.upper() == "ARKIV" else args.til
    return resultat(args, journalposter.fordel(ctx, args.jpnr, til=til))


def _merknad(ctx, args: argparse.Namespace) -> int:
    from app.services import saker

    return resultat(args, saker.legg_til_merknad(ctx, jpnr=args.jpnr, tekst=args.tekst, gul=args.gul))


def _offentlighet(ctx, args: argparse.Namespace) -> int:
    from app.services import journalposter

    if not args.offentlig and not args.kode:
        raise Bruksfeil("Oppgi --kode med --hjemmel og --niva, eller --offentlig")
    return resultat(
        args,
        journalposter.offentlighetsvurder(
            ctx, args.jpnr, kode=None if args.offentlig else args.kode, hjemmel=args.hjemmel, nivaa=args.niva
        ),
    )


def _skjerm(ctx, args: argparse.Namespace) -> int:
    from app.services import journalposter

    return resultat(
        args,
        journalposter.skjerm_journalpost(
            ctx, args.jpnr, kode=None if args.fjern else args.kode, hjemmel=args.hjemmel, nivaa=args.niva
        ),
    )


def _be_arkivet_rette(ctx, args: argparse.Namespace) -> int:
    from app.services import oppgaver

    return resultat(args, oppgaver.be_arkivet_rette(ctx, args.jpnr, hva=args.hva, til_sak=args.til_sak))


def _jp_tekst(j) -> str:
    linjer = [
        f"{j.journalpostnummer} ({j.type}, {j.statusnavn}) {j.tittel}"
        + (f" / {j.tittel2}" if j.tittel2 else "")
    ]
    for rolle, liste in (("Avsender", j.avsender), ("Mottaker", j.mottakere), ("Kopi", j.kopimottakere)):
        for p in liste:
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
    return "\n".join(linje(x) for x in linjer)
