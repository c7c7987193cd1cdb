"""``saksbord import-msg``: register e-mail files in a sak from the command line.

Every file gets one result: importert with its journalpostnummer, or avvist
with the reason (a file that is not an e-mail, a closed sak, or a message the
sak already holds: the CLI has no one to ask, so a duplicate is refused).
Exit 0 when every file was imported, 1 when some were refused.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
from pathlib import Path

from app.cli.felles import felles, kommando, linje, med_kontekst


def registrer(sub) -> None:
    x = sub.add_parser(
        "import-msg",
        help="importer e-post (.msg/.eml) til en sak",
        description="Importerer hver fil som en journalpost med vedlegg.\n\nEksempel: saksbord import-msg --sak 2026/5 --bruker OHA melding.msg",
    )
    x.add_argument("filer", nargs="+", type=Path, metavar="FIL")
    x.add_argument("--sak", required=True, metavar="SAKSNR")
    felles(x)
    kommando(x, med_kontekst(_import_msg))


def _import_msg(ctx, args: argparse.Namespace) -> int:
    from app.services.epostimport import importer_filer
    from app.widgets import arkivpdf

    if not os.environ.get("SAKSBORD_LOGG"):
        # extract-msg logs each quirk it repairs; the result line per file already says what matters.
        logging.getLogger("extract_msg").setLevel(logging.CRITICAL)
    arkivpdf.sikre_qt()  # off-screen when there is no display; before any worker needs it
    rapport = importer_filer(
        ctx,
        args.sak,
        args.filer,
        duplikat="hopp",
        render_pdf=arkivpdf.lag_arkiv_pdf,
        pdf_tekst=arkivpdf.pdf_tekst,
    )
    if args.json:
        print(
            json.dumps(
                {"resultater": [_som_dict(r) for r in rapport.resultater]}, ensure_ascii=False, indent=2
            )
        )
    else:
        print(_som_tekst(rapport))
    return 0 if len(rapport.importerte) == len(rapport.resultater) else 1


def _som_dict(r) -> dict:
    return {
        "fil": r.fil,
        "status": r.status,
        "journalpostnummer": r.journalpostnummer if r.status == "importert" else None,
        "vedlegg": r.vedlegg,
        "melding": r.melding,
        "type": r.type,
        "advarsler": list(r.advarsler),
    }


def _som_tekst(rapport) -> str:
    linjer = []
    for r in rapport.resultater:
        navn = Path(r.fil).name
        if r.status == "importert":
            linjer.append(linje(f"{navn}: {r.journalpostnummer} ({r.type}, {r.vedlegg} vedlegg)"))
            linjer += [linje(f"  Advarsel: {a}") for a in r.advarsler]
        else:
            linjer.append(linje(f"{navn}: avvist – {r.melding}"))
    linjer.append(
        f"{len(rapport.importerte)} importert, {len(rapport.resultater) - len(rapport.importerte)} avvist"
        f" (sak {rapport.saksnummer})"
    )
    return "\n".join(linjer)
