"""``saksbord jp rett``, ``saksbord jp angre-avskrivning``, ``saksbord sak rett``: the archive corrects
(issue 20, item 5). Each correction needs ``--grunn``; the endringslogg keeps old and new value."""

from __future__ import annotations

import argparse

from app.cli.felles import Bruksfeil, dato, felles, kommando, med_kontekst, resultat
from app.domain.regler.arkivretting import RETTBARE_PART_FELT


def registrer_jp(js) -> None:
    x = js.add_parser(
        "rett",
        help="arkivet retter en journalpost i alle statuser (tittel, datoer, parter)",
        description=(
            "Arkivet retter registreringen av en journalpost, også en journalført. Hver endring logges med "
            "gammel og ny verdi og grunnen.\n\n"
            'Eksempel: saksbord jp rett 2026/5-2 --tittel "Søknad om skjenkebevilling" '
            '--part "Kari Nordman" navn="Kari Nordmann" --grunn "Skrivefeil" --bruker ALA'
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--grunn", required=True, help="hvorfor det rettes (står i historikken)")
    x.add_argument("--tittel")
    x.add_argument("--tittel2")
    x.add_argument("--dokumentdato", type=dato, metavar="ÅÅÅÅ-MM-DD")
    x.add_argument("--mottatt-dato", type=dato, metavar="ÅÅÅÅ-MM-DD")
    x.add_argument("--forfallsdato", type=dato, metavar="ÅÅÅÅ-MM-DD")
    x.add_argument(
        "--part",
        nargs="+",
        action="append",
        metavar=("NAVN", "FELT=VERDI"),
        help=f"parten (navnet slik det står nå), så felt=verdi; felt: {', '.join(RETTBARE_PART_FELT)}",
    )
    felles(x)
    kommando(x, med_kontekst(_rett_jp))
    x = js.add_parser(
        "angre-avskrivning",
        help="arkivet angrer den siste avskrivningen (restansen kommer tilbake)",
        description='Eksempel: saksbord jp angre-avskrivning 2026/5-1 --grunn "Avskrevet ved en feil" --bruker ALA',
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--grunn", required=True)
    felles(x)
    kommando(x, med_kontekst(_angre))


def registrer_sak(ss) -> None:
    x = ss.add_parser(
        "rett",
        help="arkivet retter en sak i alle statuser (tittel, saksdato)",
        description='Eksempel: saksbord sak rett 2026/5 --tittel "Byggesak Storgata 1" --grunn "Feil adresse" --bruker ALA',
    )
    x.add_argument("saksnr", metavar="SAKSNR")
    x.add_argument("--grunn", required=True)
    x.add_argument("--tittel")
    x.add_argument("--tittel2")
    x.add_argument("--saksdato", type=dato, metavar="ÅÅÅÅ-MM-DD")
    felles(x)
    kommando(x, med_kontekst(_rett_sak))


def _parter(ctx, jpnr: str, valg: list[list[str]] | None) -> dict[int, dict[str, str]] | None:
    """``--part NAVN felt=verdi …`` → {part id: {felt: verdi}}, the party found by its current name."""
    if not valg:
        return None
    from app.services import visning

    jp = visning.vis_journalpost(ctx, jpnr)
    alle = [*jp.avsender, *jp.mottakere, *jp.kopimottakere]
    ut: dict[int, dict[str, str]] = {}
    for navn, *felt in valg:
        treff = [p for p in alle if p.navn.casefold() == navn.strip().casefold()]
        if len(treff) != 1:
            finnes = ", ".join(p.navn for p in alle) or "ingen"
            raise Bruksfeil(
                f"Fant {'ingen' if not treff else 'flere'} parter som heter «{navn}» på {jpnr} (partene: {finnes})"
            )
        if not felt:
            raise Bruksfeil(f'Oppgi hva som skal rettes på «{navn}», for eksempel navn="Kari Nordmann"')
        for par in felt:
            nokkel, lik, verdi = par.partition("=")
            if not lik or nokkel not in RETTBARE_PART_FELT:
                raise Bruksfeil(f"«{par}» er ikke felt=verdi med felt {', '.join(RETTBARE_PART_FELT)}")
            ut.setdefault(treff[0].id, {})[nokkel] = verdi
    return ut


def _rett_jp(ctx, args: argparse.Namespace) -> int:
    from app.services import arkivretting

    return resultat(
        args,
        arkivretting.rett_journalpost(
            ctx,
            args.jpnr,
            grunn=args.grunn,
            tittel=args.tittel,
            tittel2=args.tittel2,
            dokumentdato=args.dokumentdato,
            mottatt_dato=args.mottatt_dato,
            forfallsdato=args.forfallsdato,
            parter=_parter(ctx, args.jpnr, args.part),
        ),
    )


def _angre(ctx, args: argparse.Namespace) -> int:
    from app.services import arkivretting

    return resultat(args, arkivretting.angre_avskrivning(ctx, args.jpnr, grunn=args.grunn))


def _rett_sak(ctx, args: argparse.Namespace) -> int:
    from app.services import arkivretting

    return resultat(
        args,
        arkivretting.rett_sak(
            ctx,
            args.saksnr,
            grunn=args.grunn,
            tittel=args.tittel,
            tittel2=args.tittel2,
            saksdato=args.saksdato,
        ),
    )


def registrer_skjermede_ord(parser, *, sak: bool) -> None:
    """``jp skjerm-ord`` / ``sak skjerm-ord``: words of title line 1 shown as asterisks (item 10)."""
    hva, nr, eksempel = (
        ("saken", "SAKSNR", "sak skjerm-ord 2026/5")
        if sak
        else ("journalposten", "JPNR", "jp skjerm-ord 2026/5-1")
    )
    x = parser.add_parser(
        "skjerm-ord",
        help=f"skjerm ord i tittel linje 1 på {hva} (vises som stjerner utenfor tilgangen)",
        description=(
            "Ordene vises som stjerner i offentlig journal, eInnsyn, arkivuttrekk, kurver og rapporter "
            "for dem som ikke har tilgangskoden. Uten --ord fjernes skjermingen av ord.\n\n"
            f'Eksempel: saksbord {eksempel} --ord "Per Olsen" --bruker OHA'
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    x.add_argument("nr", metavar=nr)
    x.add_argument("--ord", action="append", default=[], metavar="ORD", help="ord eller navn (kan gjentas)")
    felles(x)
    kommando(x, med_kontekst(_skjerm_sak if sak else _skjerm_jp))


def _skjerm_jp(ctx, args: argparse.Namespace) -> int:
    from app.services import merking

    return resultat(args, merking.skjerm_ord_i_tittel(ctx, args.nr, ord=args.ord))


def _skjerm_sak(ctx, args: argparse.Namespace) -> int:
    from app.services import merking

    return resultat(args, merking.skjerm_ord_i_sakstittel(ctx, args.nr, ord=args.ord))
