"""The Noark 5 arkivuttrekk (avleveringspakke) and the depot's check of one.

``eksporter_noark5`` writes arkivstruktur.xml, endringslogg.xml, loependeJournal.xml,
offentligJournal.xml and arkivuttrekk.xml (ADDML), the official schemas beside them, and every
dokumentobjekt's file under DOKUMENT/; then it runs ``kontroller`` (what Arkade runs) on the result.
It streams (memory holds one page of saker) and takes ``progress(prosent)`` and ``cancelled()``
like every long task. The package is written into a sibling folder ``<ut>.delvis`` and renamed
into place when complete, so a cancelled or failed run leaves no half package where a finished
one is expected.

Saksbord does not carry Arkivverket's schemas: they come from ``skjemaer``, the setting
``noark5_skjemaer``, or SAKSBORD_NOARK5_SKJEMAER, and are copied unmodified.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (compiled module, no stubs)
from sqlalchemy import bindparam, func, select

from app.domain.feil import IkkeFunnet, IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.services import innstillinger
from app.services.arbeid import Kontekst, arbeid
from app.services.eksport import addml, journaler
from app.services.eksport import kodenavn as kn
from app.services.eksport.arkivstruktur import NS as NS_AS
from app.services.eksport.arkivstruktur import XSI, Arkivstrukturskriver, Bygger, Navneregister, Tellere, dt
from app.services.eksport.kontroll import Kontrollrapport, kontroller
from app.services.eksport.moeter import Moteskriver
from app.services.eksport.utvalg import Utvalg, last_side, sak_strom, sider, systemid
from app.store import models as m

__all__ = ["SKJEMAER", "Kontrollrapport", "Uttrekk", "eksporter_noark5", "finn_skjemaer", "kontroller"]

SKJEMAER = (
    "arkivstruktur.xsd",
    "metadatakatalog.xsd",
    "endringslogg.xsd",
    "loependeJournal.xsd",
    "offentligJournal.xsd",
    "addml.xsd",
)
SKJEMA_MILJO = "SAKSBORD_NOARK5_SKJEMAER"
HENT_SKJEMAER = (
    "Last ned Noark 5-skjemaene (versjon 5.0) fra Arkivverket – https://github.com/arkivverket/schemas "
    "(mappen N5/v5.0) og addml.xsd fra https://www.arkivverket.no – legg dem i én mappe, og oppgi den med "
    "--skjemaer MAPPE eller innstillingen noark5_skjemaer."
)


@dataclass(frozen=True)
class Uttrekk:
    """What the export wrote, as the summary shows it."""

    mappe: Path
    test: bool
    mapper: int
    registreringer: int
    dokumentobjekter: int
    dokumentfiler: int
    endringer: int
    loepende: int
    offentlige: int
    kontroll: Kontrollrapport
    sjekksummer: dict[str, str] = field(default_factory=dict)


def finn_skjemaer(ctx: Kontekst, skjemaer: Path | str | None, trenger: tuple[str, ...] = SKJEMAER) -> Path:
    """The folder with Arkivverket's schemas, or a Norwegian message saying where to get them."""
    kilde = skjemaer or innstillinger.les(ctx).noark5_skjemaer or os.environ.get(SKJEMA_MILJO, "")
    if not kilde:
        raise UgyldigInndata("Det er ikke oppgitt hvor Noark 5-skjemaene ligger. " + HENT_SKJEMAER)
    mappe = Path(kilde).expanduser()
    mangler = [n for n in trenger if not (mappe / n).is_file()]
    if mangler:
        raise UgyldigInndata(
            f"Mappen {mappe} mangler Noark 5-skjemaene {', '.join(mangler)}. " + HENT_SKJEMAER
        )
    return mappe


def _arkivskaper(ctx: Kontekst) -> tuple[str, str]:
    inn = innstillinger.les(ctx)
    navn = inn.kommune_navn or "Kommunen"
    return (inn.kommune_orgnr or navn, navn)


def navnerom_for(arkivskaper_id: str, arkiv_id: int) -> uuid.UUID:
    """The systemIDs' namespace of one arkiv: the same journalpost has the same systemID in every file."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"saksbord:{arkivskaper_id}:arkiv:{arkiv_id}")


def _klar_ut(ut: Path) -> Path:
    if ut.exists() and (not ut.is_dir() or any(ut.iterdir())):
        raise UgyldigInndata(f"Mappen {ut} finnes og er ikke tom; velg en ny eller tom mappe for uttrekket")
    delvis = ut.with_name(ut.name + ".delvis")
    if delvis.exists():
        shutil.rmtree(delvis)
    delvis.mkdir(parents=True)
    return delvis


def eksporter_noark5(
    ctx: Kontekst,
    *,
    arkivdel: str,
    ut: Path,
    skjemaer: Path | str | None = None,
    fra: date | None = None,
    til: date | None = None,
    test: bool = False,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Uttrekk:
    """Write the avleveringspakke of one arkivdel (and period, by saksdato) to ``ut`` and check it."""
    if fra and til and til < fra:
        raise UgyldigInndata("Perioden slutter før den begynner")
    kilde = finn_skjemaer(ctx, skjemaer)
    avbrutt = cancelled or (lambda: False)
    melde = progress or (lambda _p: None)
    ut = Path(ut)
    with arbeid(ctx, skriv=False) as a:
        if not a.aktor.er_arkiv:
            raise IngenTilgang("Bare arkivet kan lage et arkivuttrekk")
        del_ = a.s.scalar(select(m.Arkivdel).where(func.lower(m.Arkivdel.tittel) == arkivdel.strip().lower()))
        if del_ is None:
            navn = ", ".join(a.s.scalars(select(m.Arkivdel.tittel).order_by(m.Arkivdel.id)))
            raise IkkeFunnet(f"Fant ingen arkivdel «{arkivdel}» (finnes: {navn})")
        arkiv = a.hent(m.Arkiv, del_.arkiv_id, "arkivet")
        utvalg = Utvalg(del_.id, fra, til)
        if not test:
            aapne = list(
                a.s.execute(
                    select(m.Sak.saksaar, m.Sak.sakssekvensnummer, m.Sak.status, m.Sak.tittel)
                    .where(m.Sak.id.in_(utvalg.saker()), m.Sak.status.not_in(("A", "U")))
                    .order_by(m.Sak.saksaar, m.Sak.sakssekvensnummer)
                )
            )
            if aapne:
                liste = [f"{aa}/{nr} {kn.SAKSSTATUS.get(st, st)}: «{t}»" for aa, nr, st, t in aapne[:50]]
                if len(aapne) > 50:
                    liste.append(f"… og {len(aapne) - 50} til")
                raise UgyldigTilstand(
                    f"{len(aapne)} saker i perioden er verken avsluttet eller utgått; avslutt dem først, "
                    "eller lag et testuttrekk med --test:",
                    detaljer=liste,
                )
        totalt = a.s.scalar(select(func.count()).select_from(m.Sak).where(m.Sak.id.in_(utvalg.saker()))) or 0
        arbeidsmappe = _klar_ut(ut)
        navnerom = navnerom_for(_arkivskaper(ctx)[0], arkiv.id)
        navn = Navneregister(a.s)
        t = Tellere()
        arkiv_sid = systemid(navnerom, "arkiv", arkiv.id)
        del_sid = systemid(navnerom, "arkivdel", del_.id)

        hent_innhold = select(m.Innhold.data).where(m.Innhold.sjekksum == bindparam("sjekksum"))
        smaa: dict[str, bytes] = {}  # small contents shared by many documents, kept once (bounded)

        def innhold(sjekksum: str) -> bytes:
            if sjekksum in smaa:
                return smaa[sjekksum]
            data = a.s.execute(hent_innhold, {"sjekksum": sjekksum}).scalar() or b""
            if len(data) <= 256 * 1024 and len(smaa) < 256:
                smaa[sjekksum] = data
            return data

        skriver = Arkivstrukturskriver(
            navnerom=navnerom,
            navn=navn,
            ut=arbeidsmappe,
            arkivdel_sid=del_sid,
            innhold=innhold,
            naa=a.naa,
            test=test,
            tellere=t,
        )
        try:
            b = Bygger(NS_AS)
            ferdige = 0
            with etree.xmlfile(str(arbeidsmappe / "arkivstruktur.xml"), encoding="utf-8") as xf:
                xf.write_declaration()
                with xf.element(
                    f"{{{NS_AS}}}arkiv",
                    {f"{{{XSI}}}schemaLocation": f"{NS_AS} arkivstruktur.xsd"},
                    nsmap={None: NS_AS, "xsi": XSI},
                ):
                    hode = [
                        ("systemID", arkiv_sid),
                        ("tittel", arkiv.tittel),
                        ("dokumentmedium", "Elektronisk arkiv"),
                        ("opprettetDato", dt(a.naa)),
                        ("opprettetAv", a.aktor.navn),
                        ("avsluttetDato", dt(a.naa)),
                        ("avsluttetAv", a.aktor.navn),
                    ]
                    _skriv_felter(xf, b, hode)
                    ask = b.el(None, "arkivskaper")
                    b.felt(ask, "arkivskaperID", _arkivskaper(ctx)[0])
                    b.felt(ask, "arkivskaperNavn", _arkivskaper(ctx)[1])
                    xf.write(ask, pretty_print=True)
                    with xf.element(f"{{{NS_AS}}}arkivdel"):
                        del_felter = _arkivdel_felter(a, del_, navnerom, fra=fra, til=til)
                        _skriv_felter(xf, b, del_felter)
                        # Pages of saker cross klasse boundaries (a klasse may hold one sak): the system and
                        # klasse elements open and close as the filing order walks through each page.
                        with ExitStack() as system, ExitStack() as klasse:
                            naa_system: object = _INGEN
                            naa_klasse: object = _INGEN
                            for rader in sider(sak_strom(a, utvalg)):
                                if avbrutt():
                                    raise _Avbrutt
                                side = last_side(a, [r[3] for r in rader])
                                skriver.i_uttrekket.update(r[3] for r in rader)
                                saker = {sak.id: sak for sak in side.saker}
                                for prinsipp, verdi, beskr, sak_id in rader:
                                    if (prinsipp, verdi) != naa_klasse:
                                        klasse.close()
                                        if prinsipp != naa_system:
                                            system.close()
                                            system.enter_context(
                                                xf.element(f"{{{NS_AS}}}klassifikasjonssystem")
                                            )
                                            _skriv_felter(xf, b, _system_felter(a, navnerom, prinsipp))
                                            naa_system = prinsipp
                                        klasse.enter_context(xf.element(f"{{{NS_AS}}}klasse"))
                                        _skriv_felter(
                                            xf, b, _klasse_felter(a, navnerom, prinsipp, verdi, beskr)
                                        )
                                        naa_klasse = (prinsipp, verdi)
                                    xf.write(skriver.saksmappe(saker[sak_id], side), pretty_print=True)
                                ferdige += len(rader)
                                melde(min(80, ferdige * 80 // max(totalt, 1)))
                        Moteskriver(a, skriver, utvalg).skriv(xf, avbrutt, _Avbrutt)
            melde(82)
            verdi = dict(del_felter)
            endringer = journaler.skriv_endringslogg(
                a,
                arbeidsmappe / "endringslogg.xml",
                utvalg=utvalg,
                navnerom=navnerom,
                navn=navn,
                cancelled=avbrutt,
                avsluttet=(del_sid, str(verdi["avsluttetDato"]), str(verdi["avsluttetAv"])),
            )
            melde(85)
            felles = {
                "sid_for": lambda _sak: navnerom,
                "navn": navn,
                "arkivdel_sid": del_sid,
                "arkivskaper": _arkivskaper(ctx),
                "cancelled": avbrutt,
            }
            loepende = journaler.skriv_journal(
                a,
                arbeidsmappe / "loependeJournal.xml",
                hvor=journaler.i_uttrekket(utvalg, offentlig=False),
                offentlig=False,
                **felles,
            )
            melde(90)
            offentlige = journaler.skriv_journal(
                a,
                arbeidsmappe / "offentligJournal.xml",
                hvor=journaler.i_uttrekket(utvalg, offentlig=True),
                offentlig=True,
                **felles,
            )
            melde(93)
            for fil in SKJEMAER:
                shutil.copyfile(kilde / fil, arbeidsmappe / fil)
            start = fra or t.forste_journaldato or a.idag
            slutt = til or t.siste_journaldato or a.idag
            addml.skriv_arkivuttrekk(
                arbeidsmappe,
                addml.Beskrivelse(
                    arkivskaper=_arkivskaper(ctx)[1],
                    system="Saksbord",
                    arkiv=arkiv.tittel,
                    start=start,
                    slutt=slutt,
                    skjermet=t.skjermet,
                    dokumentfiler=t.dokumentfiler,
                    mapper=t.mapper,
                    registreringer=t.registreringer,
                    dokumentobjekter=t.dokumentobjekter,
                    endringer=endringer,
                    loepende=loepende,
                    offentlige=offentlige,
                ),
            )
        except (_Avbrutt, journaler._Avbrutt):
            shutil.rmtree(arbeidsmappe, ignore_errors=True)
            raise UgyldigTilstand("Uttrekket ble avbrutt; ingenting er skrevet til " + str(ut)) from None
        except BaseException:
            shutil.rmtree(arbeidsmappe, ignore_errors=True)
            raise
    if ut.exists():
        ut.rmdir()
    arbeidsmappe.rename(ut)
    melde(95)
    rapport = kontroller(ut, test=test)
    melde(100)
    return Uttrekk(
        mappe=ut,
        test=test,
        mapper=t.mapper,
        registreringer=t.registreringer,
        dokumentobjekter=t.dokumentobjekter,
        dokumentfiler=t.dokumentfiler,
        endringer=endringer,
        loepende=loepende,
        offentlige=offentlige,
        kontroll=rapport,
        sjekksummer={
            n: addml.sha256(ut / n)
            for n in ("arkivstruktur.xml", "endringslogg.xml", "loependeJournal.xml", "offentligJournal.xml")
            if (ut / n).is_file()
        },
    )


class _Avbrutt(Exception):
    pass


_INGEN = object()
"""No klassifikasjonssystem or klasse open yet (None is a real key: saker without klassering)."""


def _system_felter(a, navnerom, prinsipp: str | None) -> list[tuple[str, object]]:
    return [
        ("systemID", systemid(navnerom, "klassifikasjonssystem", prinsipp or "-")),
        ("klassifikasjonstype", prinsipp or "Uten klassering"),
        ("tittel", prinsipp or "Saker uten klassering"),
        ("opprettetDato", dt(a.naa)),
        ("opprettetAv", a.aktor.navn),
    ]


def _klasse_felter(
    a, navnerom, prinsipp: str | None, verdi: str | None, beskr: str | None
) -> list[tuple[str, object]]:
    return [
        ("systemID", systemid(navnerom, "klasse", f"{prinsipp}:{verdi}")),
        ("klasseID", verdi or "Uten klassering"),
        ("tittel", beskr or verdi or "Saker uten klassering"),
        ("opprettetDato", dt(a.naa)),
        ("opprettetAv", a.aktor.navn),
    ]


def _arkivdel_felter(
    a, del_: m.Arkivdel, navnerom, *, fra: date | None, til: date | None
) -> list[tuple[str, object]]:
    """The arkivdel's own fields: its period and status from the registry (app/services/perioder.py).

    An arkivdel not yet closed (a test uttrekk, or an uttrekk of part of an open period) is written
    as closed by the uttrekk itself: the schema demands avsluttetDato/Av.
    """
    from app.services.perioder import STATUSNAVN

    avsluttet = del_.avsluttet_dato or a.naa
    av = a.s.get(m.Bruker, del_.avsluttet_av_id) if del_.avsluttet_av_id else None
    start = fra or del_.periode_start
    slutt = til or del_.periode_slutt
    return [
        ("systemID", systemid(navnerom, "arkivdel", del_.id)),
        ("tittel", del_.tittel),
        ("arkivdelstatus", STATUSNAVN.get(del_.status, del_.status)),
        ("dokumentmedium", "Elektronisk arkiv"),
        ("opprettetDato", dt(start or a.naa)),
        ("opprettetAv", a.aktor.navn),
        ("avsluttetDato", dt(avsluttet)),
        ("avsluttetAv", av.navn if av else a.aktor.navn),
        ("arkivperiodeStartDato", start.isoformat() if start else None),
        ("arkivperiodeSluttDato", slutt.isoformat() if slutt else None),
        (
            "referanseForloeper",
            systemid(navnerom, "arkivdel", del_.forloper_id) if del_.forloper_id else None,
        ),
    ]


def _skriv_felter(xf, b: Bygger, felter: list[tuple[str, object]]) -> None:
    for navn_, verdi in felter:
        if verdi is None or not str(verdi).strip():
            continue
        el = b.el(None, navn_)
        el.text = str(verdi)
        xf.write(el, pretty_print=True)
