"""``saksbord init-db``: create or upgrade the shared database's schema, roles and policies."""

from __future__ import annotations

import argparse

from app.cli.felles import db_valg, kommando, krev_db, skriv


def registrer(sub) -> None:
    x = sub.add_parser(
        "init-db",
        help="opprett eller oppgrader den felles databasen",
        description=(
            "Oppretter eller oppgraderer skjemaet og installerer roller, rettigheter, radsikkerhet og triggere.\n\n"
            "Eksempel: saksbord init-db --db postgresql://admin@vert/saksbord"
        ),
    )
    db_valg(x)
    x.add_argument("--json", action="store_true")
    kommando(x, _init_db)


def _init_db(args: argparse.Namespace) -> int:
    from app.services import admin

    res = admin.init_db(krev_db(args))
    skriv(args, {"melding": res.melding}, res.melding)
    return 0
