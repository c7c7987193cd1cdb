"""offentligJournal.xml for a period, for municipalities without the eInnsyn API (issue 16).

The same selection as the printed postliste and eInnsyn (``postliste.er_offentlig``: J and A
posts, never M or XX on the post or its sak, journaled in the period) and the same writer as the
arkivuttrekk's offentligJournal.xml (``journaler.skriv_journal``), so every shielded field is
withheld exactly as there. The file is validated against Arkivverket's offentligJournal.xsd from
the configured schema folder before it is moved into place; nothing is left behind on failure.
The schema demands at least one journalregistrering: an empty period is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (compiled module, no stubs)
from sqlalchemy import select

from app.domain.feil import UgyldigInndata, UgyldigTilstand
from app.services.arbeid import Kontekst, arbeid
from app.services.eksport import _arkivskaper, finn_skjemaer, journaler, navnerom_for
from app.services.eksport.arkivstruktur import Navneregister
from app.services.postliste import er_offentlig
from app.store import models as m

SKJEMA = "offentligJournal.xsd"


@dataclass(frozen=True)
class OffentligJournalfil:
    fil: Path
    fra: date
    til: date
    antall: int


def eksporter_offentlig_journal(
    ctx: Kontekst,
    *,
    fra: date,
    til: date,
    ut: Path,
    skjemaer: Path | str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> OffentligJournalfil:
    """Write the public journal of [fra, til] to ``ut`` as Noark 5 offentligJournal.xml, validated."""
    if til < fra:
        raise UgyldigInndata("Perioden slutter før den begynner")
    kilde = finn_skjemaer(ctx, skjemaer, (SKJEMA, "metadatakatalog.xsd"))
    ut = Path(ut)
    if ut.is_dir():
        raise UgyldigInndata(f"{ut} er en mappe; oppgi et filnavn, f.eks. {ut / 'offentligJournal.xml'}")
    if not ut.parent.is_dir():
        raise UgyldigInndata(f"Mappen {ut.parent} finnes ikke")
    delvis = ut.with_name(ut.name + ".delvis")
    arkivskaper = _arkivskaper(ctx)
    try:
        with arbeid(ctx, skriv=False) as a:
            arkiv_for = dict(a.s.execute(select(m.Arkivdel.id, m.Arkivdel.arkiv_id)).all())
            antall = journaler.skriv_journal(
                a,
                delvis,
                hvor=[er_offentlig(), m.Journalpost.journaldato.between(fra, til)],
                sid_for=lambda sak: navnerom_for(arkivskaper[0], arkiv_for.get(sak.arkivdel_id or 0, 0)),
                navn=Navneregister(a.s),
                arkivdel_sid=None,
                arkivskaper=arkivskaper,
                offentlig=True,
                cancelled=cancelled or (lambda: False),
                periode=(fra, til),
                seleksjon=f"Offentlig journal {fra:%d.%m.%Y}–{til:%d.%m.%Y}",
            )
        if antall == 0:
            raise UgyldigTilstand(
                f"Ingen offentlige journalposter er journalført {fra:%d.%m.%Y}–{til:%d.%m.%Y}. "
                "offentligJournal.xml må ha minst én journalpost (skjemaet), så ingen fil er skrevet."
            )
        _valider(delvis, kilde / SKJEMA)
        delvis.replace(ut)
    except journaler._Avbrutt:
        raise UgyldigTilstand("Eksporten ble avbrutt; ingen fil er skrevet") from None
    finally:
        delvis.unlink(missing_ok=True)
    return OffentligJournalfil(fil=ut, fra=fra, til=til, antall=antall)


def _valider(sti: Path, xsd: Path) -> None:
    """Against the official schema, streaming (a year's journal may be large)."""
    skjema = etree.XMLSchema(etree.parse(str(xsd)))
    try:
        for _h, el in etree.iterparse(str(sti), schema=skjema, events=("end",)):
            if etree.QName(el).localname == "journalregistrering":
                el.clear(keep_tail=True)
                while el.getprevious() is not None:
                    del el.getparent()[0]
    except etree.XMLSyntaxError as e:
        raise UgyldigTilstand(
            f"offentligJournal.xml ble ugyldig etter {xsd.name}: {e}; ingen fil er skrevet"
        ) from e
