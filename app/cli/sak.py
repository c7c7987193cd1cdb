"""``saksbord sak …``: list, show, create, status, OBS, skjerming, utgår, closing and merknader."""

from __future__ import annotations

import argparse

from app.cli import arkivretting
from app.cli.felles import (
    Bruksfeil,
    dato,
    felles,
    handlinger,
    kommando,
    linje,
    med_kontekst,
    rad_linje,
    resultat,
    skjerming,
    skriv,
)
from app.domain import koder, regler


def registrer(sub) -> None:
    ss = handlinger(
        sub,
        "sak",
        help="saker: liste, vis, opprett, status, obs, skjerm",
        description="Arbeid med saker.\n\nEksempel: saksbord sak vis 2026/5 --bruker OHA",
    )
    x = ss.add_parser(
        "liste", help="sakene brukeren kan se", description="Eksempel: saksbord sak liste --bruker OHA --json"
    )
    x.add_argument("--status", help="bare saker med denne statusen")
    x.add_argument("--mine", action="store_true", help="bare saker der brukeren er saksansvarlig")
    felles(x)
    kommando(x, med_kontekst(_liste))

    x = ss.add_parser(
        "vis",
        help="vis en sak med journalposter",
        description="Eksempel: saksbord sak vis 2026/5 --bruker OHA --json",
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    felles(x)
    kommando(x, med_kontekst(_vis))

    x = ss.add_parser(
        "opprett",
        help="opprett en ny sak",
        description=(
            "En ny sak må ha en primær ordningsverdi (issue 20).\n\n"
            'Eksempel: saksbord sak opprett --tittel "Byggesak gnr 1 bnr 2" --ordningsprinsipp GBNR '
            "--klasse 1/2 --bruker MBE"
        ),
    )
    x.add_argument("--tittel", required=True)
    x.add_argument("--tittel2")
    x.add_argument("--enhet")
    x.add_argument("--saksansvarlig", metavar="INITIALER")
    x.add_argument(
        "--klasse", required=True, help="primær ordningsverdi, f.eks. K-kode 611 eller gnr/bnr 1/2"
    )
    x.add_argument(
        "--ordningsprinsipp",
        default="K-kode",
        help=f"hva --klasse er: {', '.join(regler.ORDNINGSPRINSIPPER)} (standard K-kode)",
    )
    x.add_argument("--sakstype")
    skjerming(x)
    felles(x)
    kommando(x, med_kontekst(_opprett))

    x = ss.add_parser(
        "status",
        help="sett saksstatus",
        description=(
            "Bare arkivet avslutter (A) og gjenåpner. Når arkivet setter en reservert sak (R) under "
            "behandling (B), oppgir det foreslått tilgangskode med --kode/--hjemmel/--niva, eller --ingen-kode.\n\n"
            "Eksempel: saksbord sak status 2026/5 A --bruker ALA\n"
            'Eksempel: saksbord sak status 2026/7 B --kode U --hjemmel "Offl. § 13" --niva 1 --bruker ALA'
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    x.add_argument(
        "status", metavar="STATUS", help=", ".join(f"{k} {v.lower()}" for k, v in koder.SAKSSTATUSER.items())
    )
    skjerming(x)
    x.add_argument("--ingen-kode", action="store_true", help="R → B uten tilgangskode (saken er offentlig)")
    felles(x)
    kommando(x, med_kontekst(_status))

    x = ss.add_parser(
        "obs",
        help="sett eller fjern OBS-dato",
        description='Eksempel: saksbord sak obs 2026/5 --dato 2026-12-01 --kommentar "Frist" --bruker OHA',
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    g = x.add_mutually_exclusive_group(required=True)
    g.add_argument("--dato", type=dato)
    g.add_argument("--fjern", action="store_true")
    x.add_argument("--kommentar")
    felles(x)
    kommando(x, med_kontekst(_obs))

    x = ss.add_parser(
        "skjerm",
        help="skjerm en sak",
        description='Eksempel: saksbord sak skjerm 2026/5 --kode P --hjemmel "Offl. § 25" --niva 2 --bruker PKR',
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    skjerming(x)
    x.add_argument("--fjern", action="store_true", help="fjern skjermingen")
    felles(x)
    kommando(x, med_kontekst(_skjerm))

    x = ss.add_parser(
        "utgaar",
        help="meld at saken utgår (opprettet ved en feil)",
        description='Eksempel: saksbord sak utgaar 2026/5 --grunn "Dobbeltregistrert" --bruker OHA',
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    x.add_argument("--grunn")
    felles(x)
    kommando(x, med_kontekst(_utgaar))

    x = ss.add_parser(
        "be-om-avslutning",
        help="be arkivet avslutte saken",
        description="Eksempel: saksbord sak be-om-avslutning 2026/5 --bruker OHA",
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    x.add_argument("--merknad")
    felles(x)
    kommando(x, med_kontekst(_be_om_avslutning))

    x = ss.add_parser(
        "merknad",
        help="merknad på en sak",
        description='Eksempel: saksbord sak merknad 2026/5 --tekst "Venter på svar" --bruker OHA',
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    x.add_argument("--tekst", required=True)
    x.add_argument("--gul", action="store_true")
    felles(x)
    kommando(x, med_kontekst(_merknad))
    arkivretting.registrer_sak(ss)
    arkivretting.registrer_skjermede_ord(ss, sak=True)


def _liste(ctx, args: argparse.Namespace) -> int:
    from app.services import kurver, saker

    rader = kurver.kurv_rader(ctx, "sak", saker.sak_ider(ctx, status=args.status, mine=args.mine))
    skriv(
        args,
        {"antall": len(rader), "saker": [_sak_rad(r) for r in rader]},
        "\n".join(rad_linje(r) for r in rader),
    )
    return 0


def _vis(ctx, args: argparse.Namespace) -> int:
    from app.services import visning

    info = visning.vis_sak(ctx, args.saksnr)
    skriv(args, info, _sak_tekst(info))
    return 0


def _opprett(ctx, args: argparse.Namespace) -> int:
    from app.services import saker

    return resultat(
        args,
        saker.opprett_sak(
            ctx,
            tittel=args.tittel,
            tittel2=args.tittel2,
            enhet=args.enhet,
            saksansvarlig=args.saksansvarlig,
            sakstype=args.sakstype,
            klasse=regler.sjekk_primaer_ordningsverdi(args.ordningsprinsipp, args.klasse)[1],
            ordningsprinsipp=args.ordningsprinsipp,
            tilgangskode=args.kode,
            hjemmel=args.hjemmel,
            nivaa=args.niva,
        ),
    )


def _status(ctx, args: argparse.Namespace) -> int:
    from app.services import saker

    kode = "" if args.ingen_kode else args.kode
    if args.ingen_kode and args.kode:
        raise Bruksfeil("Oppgi enten --kode eller --ingen-kode")
    if args.status.strip().upper() == "B" and kode is None:
        from app.services import visning

        if visning.vis_sak(ctx, args.saksnr).status == "R":
            raise Bruksfeil(
                "Saken er reservert: oppgi foreslått tilgangskode med --kode, --hjemmel og --niva, "
                "eller --ingen-kode"
            )
    return resultat(
        args,
        saker.sett_saksstatus(
            ctx, args.saksnr, args.status, tilgangskode=kode, hjemmel=args.hjemmel, nivaa=args.niva
        ),
    )


def _obs(ctx, args: argparse.Namespace) -> int:
    from app.services import saker

    dato_ = None if args.fjern else args.dato
    return resultat(args, saker.sett_obs(ctx, args.saksnr, dato=dato_, kommentar=args.kommentar))


def _skjerm(ctx, args: argparse.Namespace) -> int:
    from app.services import saker

    return resultat(
        args,
        saker.skjerm_sak(
            ctx, args.saksnr, kode=None if args.fjern else args.kode, hjemmel=args.hjemmel, nivaa=args.niva
        ),
    )


def _utgaar(ctx, args: argparse.Namespace) -> int:
    from app.services import saker

    return resultat(args, saker.meld_utgaar(ctx, args.saksnr, grunn=args.grunn))


def _be_om_avslutning(ctx, args: argparse.Namespace) -> int:
    from app.services import saker

    return resultat(args, saker.be_om_avslutning(ctx, args.saksnr, merknad=args.merknad))


def _merknad(ctx, args: argparse.Namespace) -> int:
    from app.services import saker

    return resultat(args, saker.legg_til_merknad(ctx, saksnr=args.saksnr, tekst=args.tekst, gul=args.gul))


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
    return "\n".join(linje(x) for x in linjer)
