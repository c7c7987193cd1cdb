"""``saksbord sok TEKST``: saker and journalposter by number, words in titles and party names."""

from __future__ import annotations

import argparse

from app.cli.felles import felles, kommando, med_kontekst, rad_linje, skriv


def registrer(sub) -> None:
    x = sub.add_parser(
        "sok",
        help="søk etter saker og journalposter",
        description='Søk på saksnummer, journalpostnummer, ord i titler og navn på parter.\n\nEksempel: saksbord sok "byggesak garasje" --bruker MBE',
    )
    x.add_argument("tekst")
    felles(x)
    kommando(x, med_kontekst(_sok))


def _sok(ctx, args: argparse.Namespace) -> int:
    from app.services import kurver, sok

    treff = sok.sok(ctx, args.tekst)
    rader = kurver.kurv_rader(ctx, "sak", treff.saker) + kurver.kurv_rader(
        ctx, "journalpost", treff.journalposter
    )
    tekst = "\n".join(rad_linje(r) for r in rader) or "Ingen treff"
    if treff.begrenset:  # newest first; say where the list stops
        alle = (treff.antall_saker or 0) + (treff.antall_journalposter or 0)
        tekst += f"\nviser de første {len(rader):,} av {alle:,} treff (de nyeste først)".replace(",", "\u00a0")
    skriv(
        args,
        {
            "tekst": args.tekst,
            "rader": rader,
            "antall_saker": treff.antall_saker,
            "antall_journalposter": treff.antall_journalposter,
        },
        tekst,
    )
    return 0
