"""Reports (DESIGN §3/§4): restanser, forfall, open saker, a sak's full journal, the journals.

``lag_rapport(ctx, navn, kriterier, progress=, cancelled=)`` runs one report as the acting user
and returns a :class:`Rapport` of plain strings; ``format`` turns it into CSV, HTML (the PDF is
drawn from that HTML by ``app.widgets.rapportpdf``). Long reports report progress and stop when
``cancelled()`` says so, like every long task.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.feil import IkkeFunnet, UgyldigTilstand
from app.services import innstillinger
from app.services.arbeid import Kontekst, arbeid
from app.services.rapporter import lister
from app.services.rapporter.modell import Gruppe, Kriterier, Rapport

__all__ = ["RAPPORTER", "Gruppe", "Kriterier", "Rapport", "lag_rapport"]

#: name → title, in the order the menu and the help list them.
RAPPORTER: dict[str, str] = {
    "restanseliste": "Restanseliste",
    "forfallsliste": "Forfallsliste",
    "uavsluttede-saker": "Uavsluttede saker",
    "fullstendig-journal": "Fullstendig journal for sak",
    "lopende-journal": "Løpende journal",
    "offentlig-journal": "Offentlig journal",
}


def lag_rapport(
    ctx: Kontekst,
    navn: str,
    kriterier: Kriterier | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Rapport:
    k = kriterier or Kriterier()
    if navn not in RAPPORTER:
        raise IkkeFunnet(f"Ukjent rapport «{navn}»; velg en av: {', '.join(RAPPORTER)}")
    melde = progress or (lambda _p: None)
    avbrutt = cancelled or (lambda: False)
    melde(1)
    inn = innstillinger.les(ctx)
    try:
        if navn == "offentlig-journal":
            kolonner, rader, grupper = lister.postliste_tabell(ctx, k)
            leser, laget = ctx.initialer.upper(), None
        else:
            with arbeid(ctx, skriv=False) as a:
                fn = {
                    "restanseliste": lambda: lister.restanser(
                        a, k, forfall=False, progress=melde, avbrutt=avbrutt
                    ),
                    "forfallsliste": lambda: lister.restanser(
                        a, k, forfall=True, progress=melde, avbrutt=avbrutt
                    ),
                    "uavsluttede-saker": lambda: lister.uavsluttede_saker(
                        a, k, progress=melde, avbrutt=avbrutt
                    ),
                    "fullstendig-journal": lambda: lister.fullstendig_journal(
                        a, k, progress=melde, avbrutt=avbrutt
                    ),
                    "lopende-journal": lambda: lister.lopende_journal(a, k, progress=melde, avbrutt=avbrutt),
                }[navn]
                kolonner, rader, grupper = fn()
                leser, laget = a.aktor.initialer, a.naa
    except lister.RapportAvbrutt:
        raise UgyldigTilstand("Rapporten ble avbrutt") from None
    if laget is None:
        from datetime import datetime

        laget = datetime.combine(ctx.db.idag(), datetime.now().time()).replace(microsecond=0)
    kriterietekst = k.tekst()
    if navn == "forfallsliste" and k.dager is None:
        kriterietekst.append(("Forfall innen", f"{inn.forfall_vindu_dager} dager (innstilling)"))
    melde(100)
    return Rapport(
        navn=navn,
        tittel=RAPPORTER[navn],
        kriterier=kriterietekst,
        kolonner=kolonner,
        rader=rader,
        kommune=inn.kommune_navn or "Kommunen",
        leser=leser,
        laget=laget,
        grupper=grupper,
        merknad=None if rader else "Ingen rader med disse kriteriene",
    )
