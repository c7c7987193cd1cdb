"""`saksbord import-msg`: register e-mail files in a sak from the command line.

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

from app.services.epost.importer import FilResultat, ImportRapport


def import_msg(args: argparse.Namespace) -> int:
    from app.services.arbeid import Kontekst
    from app.services.epost.importer import importer_filer
    from app.store.db import Database
    from app.widgets import arkivpdf

    if not os.environ.get("SAKSBORD_LOGG"):
        # extract-msg logs each quirk it repairs; the result line per file already says what matters.
        logging.getLogger("extract_msg").setLevel(logging.CRITICAL)
    db = Database.aapne(args.db)
    try:
        arkivpdf.sikre_qt()  # off-screen when there is no display; before any worker needs it
        rapport = importer_filer(
            Kontekst(db, args.bruker, getattr(args, "som", None)),
            args.sak,
            args.filer,
            duplikat="hopp",
            render_pdf=arkivpdf.lag_arkiv_pdf,
            pdf_tekst=arkivpdf.pdf_tekst,
        )
    finally:
        db.lukk()
    if args.json:
        print(
            json.dumps(
                {"resultater": [_som_dict(r) for r in rapport.resultater]}, ensure_ascii=False, indent=2
            )
        )
    else:
        print(_som_tekst(rapport))
    return 0 if len(rapport.importerte) == len(rapport.resultater) else 1


def _som_dict(r: FilResultat) -> dict:
    return {
        "fil": r.fil,
        "status": r.status,
        "journalpostnummer": r.journalpostnummer if r.status == "importert" else None,
        "vedlegg": r.vedlegg,
        "melding": r.melding,
        "type": r.type,
        "advarsler": list(r.advarsler),
    }


def _som_tekst(rapport: ImportRapport) -> str:
    linjer = []
    for r in rapport.resultater:
        navn = Path(r.fil).name
        if r.status == "importert":
            linjer.append(f"{navn}: {r.journalpostnummer} ({r.type}, {r.vedlegg} vedlegg)")
            linjer += [f"  Advarsel: {a}" for a in r.advarsler]
        else:
            linjer.append(f"{navn}: avvist – {r.melding}")
    linjer.append(
        f"{len(rapport.importerte)} importert, {len(rapport.resultater) - len(rapport.importerte)} avvist"
        f" (sak {rapport.saksnummer})"
    )
    return "\n".join(linjer)
