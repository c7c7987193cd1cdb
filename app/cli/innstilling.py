"""``saksbord innstilling vis|sett``: the variant rules (DESIGN §6), read and changed through one service."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from app.cli.felles import felles, handlinger, kommando, med_db, med_kontekst, resultat, skriv


def registrer(sub) -> None:
    from app.domain.innstillinger import Innstillinger

    inn = handlinger(
        sub,
        "innstilling",
        help="innstillinger: vis, sett",
        description="Eksempel: saksbord innstilling sett obs_vindu_dager 14 --bruker ALA",
    )
    x = inn.add_parser(
        "vis",
        help="vis alle innstillinger med verdi, standard og hva de gjør",
        description="Eksempel: saksbord innstilling vis --json",
    )
    felles(x, bruker=False)
    kommando(x, med_db(_vis))
    x = inn.add_parser(
        "sett",
        help="endre en innstilling (arkiv eller systemansvarlig; logges i endringsloggen)",
        description="Eksempel: saksbord innstilling sett svarfrist_dager 21 --bruker ALA",
    )
    x.add_argument("navn", metavar="NAVN", help="innstillingens navn: " + ", ".join(Innstillinger.navn()))
    x.add_argument("verdi", metavar="VERDI")
    felles(x)
    kommando(x, med_kontekst(_sett))


def _vis(db, args: argparse.Namespace) -> int:
    from app.services import innstillinger

    rader = innstillinger.vis(db)
    bredde = max(len(r.navn) for r in rader)
    skriv(
        args,
        [asdict(r) for r in rader],
        "\n".join(
            f"{r.navn:<{bredde}}  {r.verdi:<16} (standard {r.standard})  {r.beskrivelse}" for r in rader
        ),
    )
    return 0


def _sett(ctx, args: argparse.Namespace) -> int:
    from app.services import innstillinger

    return resultat(args, innstillinger.sett_innstilling(ctx, args.navn, args.verdi))
