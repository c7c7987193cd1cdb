"""``saksbord svarinn hent|liste|lagre|passord``: post from KS Fiks SvarInn, for the archive.

``hent`` fetches every forsendelse SvarInn offers and prints one line each: registrert with its
journalpostnummer, allerede registrert, feilet (kept for the archive, with the reason) or ikke
hentet (left on SvarInn for the next run). Exit 0 when nothing failed, 1 when something did (it is
kept; ``svarinn liste --feilet`` shows it and ``svarinn lagre`` saves its payload).
The address, user name and key file are settings (``saksbord innstilling sett svarinn.url …``);
the password is in the keyring (``saksbord svarinn passord``) or SAKSBORD_SVARINN_PASSORD.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from app.cli.felles import (
    Bruksfeil,
    felles,
    handlinger,
    id_,
    kommando,
    les_passord,
    linje,
    med_kontekst,
    skriv,
)


def registrer(sub) -> None:
    s = handlinger(
        sub,
        "svarinn",
        help="post fra KS Fiks SvarInn: hent, liste, lagre, passord",
        description="Eksempel: saksbord svarinn hent --bruker ALA",
    )
    x = s.add_parser(
        "hent",
        help="hent, dekrypter og registrer nye forsendelser (status M, til arkivets kontroll)",
        description="Eksempel: saksbord svarinn hent --bruker ALA",
    )
    felles(x)
    kommando(x, med_kontekst(_hent))
    x = s.add_parser(
        "liste",
        help="vis det som er mottatt fra SvarInn, eller bare det som feilet",
        description="Eksempel: saksbord svarinn liste --feilet --bruker ALA",
    )
    x.add_argument("--feilet", action="store_true", help="bare forsendelser som ikke kunne registreres")
    felles(x)
    kommando(x, med_kontekst(_liste))
    x = s.add_parser(
        "lagre",
        help="lagre innholdet i en forsendelse som feilet, slik det ble lastet ned",
        description="Eksempel: saksbord svarinn lagre 3 --til forsendelse.p7m --bruker ALA",
    )
    x.add_argument("id", type=id_, metavar="ID", help="id fra «svarinn liste»")
    x.add_argument("--til", type=Path, required=True, metavar="FIL")
    felles(x)
    kommando(x, med_kontekst(_lagre))
    x = s.add_parser(
        "passord",
        help="lagre mottakersystemets SvarInn-passord i nøkkelringen (spør, eller SAKSBORD_PASSORD)",
        description="Eksempel: saksbord svarinn passord --bruker ALA",
    )
    felles(x)
    kommando(x, med_kontekst(_passord))


def _hent(ctx, args: argparse.Namespace) -> int:
    from app.services import svarinn

    nokkel = svarinn.privat_nokkel(ctx)
    with svarinn.klient(ctx) as k:
        rapport = svarinn.hent(ctx, klient=k, nokkel=nokkel)
    if args.json:
        print(
            json.dumps(
                {"melding": rapport.melding, "resultater": [asdict(r) for r in rapport.resultater]},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        linjer = []
        for r in rapport.resultater:
            hva = f"{r.utfall} {r.journalpostnummer}" if r.journalpostnummer else r.utfall
            linjer.append(linje(f"{hva}: «{r.tittel}» fra {r.avsender}"))
            if r.utfall in ("feilet", "ikke hentet"):
                linjer.append(linje(f"  {r.melding}"))
            linjer += [linje(f"  Advarsel: {a}") for a in r.advarsler]
        linjer.append(rapport.melding)
        print("\n".join(linjer))
    return 1 if rapport.med("feilet") else 0


def _liste(ctx, args: argparse.Namespace) -> int:
    from app.services import svarinn

    rader = svarinn.mottak(ctx, status="feilet" if args.feilet else None)
    tekst = "\n".join(
        linje(
            f"{r.id:>5}  {r.mottatt:%d.%m.%Y %H:%M}  {r.status:<10} {r.journalpostnummer or '':<14} "
            f"«{r.tittel}» fra {r.avsender or '?'}" + (f" – {r.feilmelding}" if r.status == "feilet" else "")
        )
        for r in rader
    )
    skriv(args, rader, tekst or "Ingenting mottatt fra SvarInn")
    return 0


def _lagre(ctx, args: argparse.Namespace) -> int:
    from app.services import svarinn

    navn, data = svarinn.feilet_innhold(ctx, args.id)
    if args.til.exists():
        raise Bruksfeil(f"{args.til} finnes allerede; velg et annet filnavn")
    args.til.write_bytes(data)
    skriv(args, {"fil": str(args.til), "navn": navn, "bytes": len(data)}, f"Lagret {navn} som {args.til}")
    return 0


def _passord(ctx, args: argparse.Namespace) -> int:
    from app.services import svarinn

    o = svarinn.oppsett(ctx)
    passord = les_passord(f"SvarInn-passord for {o.brukernavn}: ")
    if not passord:
        raise Bruksfeil("ingen passord: svar når kommandoen spør, eller sett SAKSBORD_PASSORD")
    svarinn.lagre_passord(o.brukernavn, passord)
    skriv(args, {"brukernavn": o.brukernavn}, f"Passordet for {o.brukernavn} er lagret i nøkkelringen")
    return 0
