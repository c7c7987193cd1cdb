"""``saksbord server``: the application server, the only holder of the shared database's login."""

from __future__ import annotations

import argparse

from app.cli.felles import db_valg, kommando, krev_db


def registrer(sub) -> None:
    x = sub.add_parser(
        "server",
        help="kjør Saksbord-serveren foran den felles databasen",
        description=(
            "Kjører Saksbord-serveren: skrivebordene logger inn her og får aldri en databaseinnlogging. "
            "Utenfor 127.0.0.1/localhost kreves --sertifikat og --nokkel (TLS). Databasepassordet står i "
            "adressen eller i PGPASSWORD/.pgpass, aldri i loggen.\n\n"
            "Eksempel: saksbord server --db postgresql://saksbord_server@db/saksbord --lytt 0.0.0.0:8443 "
            "--sertifikat /etc/saksbord/tls.crt --nokkel /etc/saksbord/tls.key"
        ),
    )
    db_valg(x)
    x.add_argument("--lytt", default="127.0.0.1:8080", metavar="VERT:PORT", help="standard 127.0.0.1:8080")
    x.add_argument("--sertifikat", metavar="PEM", help="TLS-sertifikat (kjede)")
    x.add_argument("--nokkel", metavar="PEM", help="TLS-nøkkel")
    x.add_argument("--token-timer", type=float, metavar="TIMER", help="hvor lenge en innlogging varer (10)")
    x.add_argument(
        "--oidc-utsteder", metavar="URL",
        help="OpenID Connect: identitetsleverandørens utsteder (issuer), for eksempel "
        "https://login.microsoftonline.com/<tenant>/v2.0",
    )  # fmt: skip
    x.add_argument("--oidc-klient", metavar="ID", help="OpenID Connect: Saksbords klient-id hos leverandøren")
    x.add_argument(
        "--oidc-krav", default="email", metavar="KRAV",
        help="kravet i ID-tokenet som navngir brukeren (standard email; sammenlignes med brukerens e-post)",
    )  # fmt: skip
    kommando(x, _server)


def _server(args: argparse.Namespace) -> int:
    from app.server import kjor, sjekk_lytteadresse
    from app.server.kjor import les_lytteadresse

    db = krev_db(args)
    vert, _port = les_lytteadresse(args.lytt)
    sjekk_lytteadresse(vert, args.sertifikat, args.nokkel)  # refuse before opening anything
    from app.cli.felles import Bruksfeil
    from app.server.oidc import OidcOppsett

    if bool(args.oidc_utsteder) != bool(args.oidc_klient):
        raise Bruksfeil("oppgi både --oidc-utsteder og --oidc-klient")
    oidc = OidcOppsett(args.oidc_utsteder, args.oidc_klient, args.oidc_krav) if args.oidc_utsteder else None
    kjor(
        db, args.lytt, sertifikat=args.sertifikat, nokkel=args.nokkel, token_timer=args.token_timer, oidc=oidc
    )
    return 0
