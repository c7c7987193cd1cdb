"""loependeJournal.xml, offentligJournal.xml and endringslogg.xml, streamed in løpenummer order.

The løpende journal lists every journalpost of the uttrekk; the offentlig journal only the public
ones, chosen by ``postliste.er_offentlig`` (J and A, never M or XX) and shown field by field as
``postliste.offentlig_visning`` shows them: the same selection and masking as the printed postliste
and eInnsyn, so no other place decides what the public may read. The same writer makes the
standalone offentligJournal.xml for a period (app/services/eksport/offentlig_journal.py).

The schemas demand at least one journalregistrering and one endring. A journal with nothing to
list is not written (the uttrekk leaves it out of arkivuttrekk.xml, the standalone export refuses);
an endringslogg with no logged change records the one change every uttrekk has: the arkivdel's
avsluttetDato, set when the period was closed (or by the uttrekk itself, for an open one).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (compiled module, no stubs)
from sqlalchemy import func, select

from app.services.arbeid import Arbeid
from app.services.data import SKJERMET
from app.services.eksport import kodenavn as kn
from app.services.eksport.arkivstruktur import Bygger, Navneregister, d, dt, full_tittel
from app.services.eksport.utvalg import Utvalg, systemid
from app.services.postliste import er_offentlig, offentlig_visning
from app.services.visning import jp_skjerming
from app.store import models as m

NS_LJ = "http://www.arkivverket.no/standarder/noark5/loependeJournal"
NS_OJ = "http://www.arkivverket.no/standarder/noark5/offentligJournal"
NS_EL = "http://www.arkivverket.no/standarder/noark5/endringslogg"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SIDE = 1000

JP = m.Journalpost


def i_uttrekket(utvalg: Utvalg, *, offentlig: bool) -> list:
    """The journal's selection in an uttrekk: the posts of its saker, the public ones for offentligJournal."""
    hvor = [JP.sak_id.in_(utvalg.saker())]
    return [*hvor, er_offentlig()] if offentlig else hvor


def _sider(a: Arbeid, hvor: list) -> Iterator[Sequence[tuple[m.Journalpost, m.Sak]]]:
    """Pages in løpenummer order: per journalår, keyset on the sequence (the unique index serves it)."""
    aar = [x for (x,) in a.s.execute(select(JP.journalaar).distinct().order_by(JP.journalaar)).all()]
    for journalaar in aar:
        siste = 0
        while True:
            a.s.expunge_all()
            rader = list(
                a.s.execute(
                    select(JP, m.Sak)
                    .join(m.Sak, m.Sak.id == JP.sak_id)
                    .where(JP.journalaar == journalaar, JP.journalsekvensnummer > siste)
                    .where(*hvor)
                    .order_by(JP.journalsekvensnummer)
                    .limit(SIDE)
                ).all()
            )
            if not rader:
                break
            yield rader
            siste = rader[-1][0].journalsekvensnummer


def journalhode_tall(a: Arbeid, hvor: list) -> tuple[int, date | None, date | None]:
    q = (
        select(func.count(), func.min(JP.journaldato), func.max(JP.journaldato))
        .select_from(JP)
        .join(m.Sak, m.Sak.id == JP.sak_id)
        .where(*hvor)
    )
    antall, forste, siste = a.s.execute(q).one()
    return antall or 0, forste, siste


def skriv_journal(
    a: Arbeid,
    sti: Path,
    *,
    hvor: list,
    sid_for: Callable[[m.Sak], uuid.UUID],
    navn: Navneregister,
    arkivdel_sid: str | None,
    arkivskaper: tuple[str, str],
    offentlig: bool,
    cancelled: Callable[[], bool],
    periode: tuple[date, date] | None = None,
    seleksjon: str | None = None,
) -> int:
    """One journal file of the posts ``hvor`` selects; returns how many journalregistreringer it holds.

    The schemas demand at least one journalregistrering: with nothing to list no file is written
    and 0 is returned (the caller leaves the file out, or refuses). ``sid_for`` gives the systemID
    namespace of a sak's arkiv (the same systemIDs as in arkivstruktur.xml); ``periode`` the
    journal's dates when it is a period's (else its first and last journaldato).
    """
    ns = NS_OJ if offentlig else NS_LJ
    rot = "offentligJournal" if offentlig else "loependeJournal"
    b = Bygger(ns)
    antall, forste, siste = journalhode_tall(a, hvor)
    if antall == 0:
        return 0
    if periode is not None:
        forste, siste = periode
    skrevet = 0
    with etree.xmlfile(str(sti), encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(
            f"{{{ns}}}{rot}",
            {f"{{{XSI}}}schemaLocation": f"{ns} {rot}.xsd"},
            nsmap={None: ns, "xsi": XSI},
        ):
            hode = b.el(None, "journalhode")
            b.felt(hode, "journalStartDato", d(forste or a.idag))
            b.felt(hode, "journalSluttDato", d(siste or a.idag))
            b.felt(
                hode,
                "seleksjon",
                seleksjon or ("Offentlig journal" if offentlig else "Alle journalposter i uttrekket"),
            )
            b.felt(hode, "antallJournalposter", antall)
            ask = b.el(hode, "arkivskaper")
            b.felt(ask, "arkivskaperID", arkivskaper[0])
            b.felt(ask, "arkivskaperNavn", arkivskaper[1])
            xf.write(hode, pretty_print=True)
            for side in _sider(a, hvor):
                if cancelled():
                    raise _Avbrutt
                ider = [jp.id for jp, _ in side]
                parter: dict[int, list[m.Korrespondansepart]] = defaultdict(list)
                for p in a.s.scalars(
                    select(m.Korrespondansepart)
                    .where(m.Korrespondansepart.journalpost_id.in_(ider))
                    .order_by(m.Korrespondansepart.id)
                ):
                    parter[p.journalpost_id].append(p)
                avskr: dict[int, m.Avskrivning] = {}
                for av in a.s.scalars(
                    select(m.Avskrivning)
                    .where(m.Avskrivning.journalpost_id.in_(ider), m.Avskrivning.kode != "***")
                    .where(m.Avskrivning.dato.is_not(None))
                    .order_by(m.Avskrivning.id)
                ):
                    avskr[av.journalpost_id] = av
                for jp, sak in side:
                    reg = _registrering(
                        b,
                        jp,
                        sak,
                        parter[jp.id],
                        avskr.get(jp.id),
                        navn,
                        systemid(sid_for(sak), "journalpost", jp.id),
                        arkivdel_sid,
                        offentlig=offentlig,
                    )
                    xf.write(reg, pretty_print=True)
                    skrevet += 1
    return skrevet


class _Avbrutt(Exception):
    pass


def _registrering(
    b: Bygger,
    jp: m.Journalpost,
    sak: m.Sak,
    parter: list[m.Korrespondansepart],
    av: m.Avskrivning | None,
    navn: Navneregister,
    jp_sid: str,
    arkivdel_sid: str | None,
    *,
    offentlig: bool,
) -> etree._Element:
    """One journalregistrering; in the offentlig journal every field as :func:`offentlig_visning` shows it."""
    jr = b.el(None, "journalregistrering")
    skj = jp_skjerming(jp, sak)
    vis = offentlig_visning(jp, sak) if offentlig else None
    sm = b.el(jr, "saksmappe")
    b.felt(sm, "mappeID", f"{sak.saksaar}/{sak.sakssekvensnummer}")
    b.felt(sm, "saksaar", sak.saksaar)
    b.felt(sm, "sakssekvensnummer", sak.sakssekvensnummer)
    if vis is not None:
        b.felt(sm, "offentligTittel", vis.sakstittel)
    else:
        b.felt(sm, "tittel", full_tittel(sak.tittel, sak.tittel2))
        if sak.tittel2 and sak.tilgangskode and (sak.skjermingsnivaa or 1) >= 2:
            b.felt(sm, "offentligTittel", sak.tittel)
            b.felt(sm, "skjermingMetadata", "Tittel mappe - unntatt første linje")
    b.felt(sm, "administrativEnhet", navn.enhet(sak.enhet_id))
    b.felt(sm, "saksansvarlig", navn.bruker(sak.saksansvarlig_id, "") or None)
    if vis is not None:
        b.felt(sm, "tilgangsrestriksjon", sak.tilgangskode)
        b.felt(sm, "skjermingshjemmel", sak.hjemmel if sak.tilgangskode else None)
    else:
        b.felt(sm, "referanseArkivdel", arkivdel_sid)
    j = b.el(jr, "journalpost")
    b.felt(j, "systemID", jp_sid)
    b.felt(j, "registreringsID", f"{sak.saksaar}/{sak.sakssekvensnummer}-{jp.dokumentnummer}")
    b.felt(j, "journalaar", jp.journalaar)
    b.felt(j, "journalsekvensnummer", jp.journalsekvensnummer)
    b.felt(j, "journalpostnummer", jp.dokumentnummer)
    if vis is not None:
        b.felt(j, "offentligTittel", vis.tittel)
    else:
        b.felt(j, "tittel", full_tittel(jp.tittel, jp.tittel2))
        if jp.tittel2 and skj:
            b.felt(j, "offentligTittel", jp.tittel)
    if skj and (skj.nivaa or 1) >= 2:
        b.felt(j, "skjermingMetadata", "Tittel registrering - unntatt første linje")
    b.felt(j, "journaldato", d(jp.journaldato))
    b.felt(j, "dokumentetsDato", d(jp.dokumentdato))
    if vis is None:
        b.felt(j, "antallVedlegg", jp.antall_vedlegg)
    if av is not None:
        b.felt(j, "avskrivningsdato", d(av.dato))
        b.felt(j, "avskrivningsmaate", kn.AVSKRIVNINGSMAATE.get(av.kode, av.kode))
    b.felt(j, "administrativEnhet", navn.enhet(jp.enhet_id))
    b.felt(j, "saksbehandler", navn.bruker(jp.saksbehandler_id, "") or None)
    if skj:
        b.felt(j, "tilgangsrestriksjon", skj.tilgangskode)
        b.felt(j, "skjermingshjemmel", skj.hjemmel or "Ikke oppgitt")
    ps = parter or []
    if not ps:
        # The journal schemas demand a party; an internal note without one names its author.
        ps_navn = [
            ("Intern avsender", navn.bruker(jp.saksbehandler_id, navn.enhet(jp.enhet_id) or "Ikke oppgitt"))
        ]
    else:
        ps_navn = [
            (
                kn.KORRESPONDANSEPARTTYPE.get(
                    (p.rolle, p.intern_bruker_id is not None or p.intern_enhet_id is not None), p.rolle
                ),
                p.navn or navn.bruker(p.intern_bruker_id),
            )
            for p in ps
        ]
    for type_, pnavn in ps_navn:
        k = b.el(j, "korrespondansepart")
        b.felt(k, "korrespondanseparttype", type_)
        b.felt(k, "korrespondansepartNavn", SKJERMET if vis is not None and vis.parter_skjult else pnavn)
        if vis is None and skj and (skj.nivaa or 1) >= 3:
            b.felt(k, "skjermingMetadata", "Navn korrespondansepart")
    return jr


INGEN_VERDI = "(ingen verdi)"
"""tidligereVerdi of a value set for the first time (the schema demands a non-empty element)."""


def _verdi(r: m.Endringslogg, verdi: str | None) -> str | None:
    """A status as its kodenavn ("J" → "Journalført"); other values as logged."""
    if verdi and r.felt == "status":
        tabell = kn.SAKSSTATUS if r.entitet == "sak" else kn.JOURNALSTATUS
        return tabell.get(verdi, verdi)
    return verdi


def skriv_endringslogg(
    a: Arbeid,
    sti: Path,
    *,
    utvalg: Utvalg,
    navnerom,
    navn: Navneregister,
    cancelled: Callable[[], bool],
    avsluttet: tuple[str, str, str],
) -> int:
    """Every logged value of the uttrekk's saker and journalposter, old → new, statuses as kodenavn.

    A value set for the first time (a registration's status) has ``INGEN_VERDI`` as tidligereVerdi.
    ``avsluttet`` is (arkivdel systemID, avsluttetDato, avsluttetAv) as arkivstruktur.xml states
    them: the one endring written when nothing else was logged (the schema demands one).
    """
    b = Bygger(NS_EL)
    logg = m.Endringslogg
    antall = 0
    siste = 0
    with etree.xmlfile(str(sti), encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(
            f"{{{NS_EL}}}endringslogg",
            {f"{{{XSI}}}schemaLocation": f"{NS_EL} endringslogg.xsd"},
            nsmap={None: NS_EL, "xsi": XSI},
        ):
            while True:
                if cancelled():
                    raise _Avbrutt
                a.s.expunge_all()
                rader = list(
                    a.s.scalars(
                        select(logg)
                        .where(logg.sak_id.in_(utvalg.saker()), logg.id > siste)
                        .where(logg.entitet.in_(("sak", "journalpost")), logg.felt.is_not(None))
                        .where(logg.til.is_not(None), logg.til != "")
                        .order_by(logg.id)
                        .limit(SIDE)
                    )
                )
                if not rader:
                    break
                siste = rader[-1].id
                for r in rader:
                    e = b.el(None, "endring")
                    if r.journalpost_id:
                        ref = systemid(navnerom, "journalpost", r.journalpost_id)
                    else:
                        ref = systemid(navnerom, "sak", r.sak_id)
                    b.felt(e, "referanseArkivenhet", ref)
                    b.felt(e, "referanseMetadata", r.felt)
                    b.felt(e, "endretDato", dt(r.tid))
                    b.felt(e, "endretAv", navn.bruker(r.bruker_id))
                    b.felt(e, "tidligereVerdi", _verdi(r, r.fra) or INGEN_VERDI)
                    b.felt(e, "nyVerdi", _verdi(r, r.til))
                    if len(e) == 6:  # a value of only spaces would leave an empty element out
                        xf.write(e, pretty_print=True)
                        antall += 1
            if antall == 0:
                e = b.el(None, "endring")
                for felt, verdi in zip(
                    ("referanseArkivenhet", "referanseMetadata", "endretDato", "endretAv", "tidligereVerdi"),
                    (avsluttet[0], "avsluttetDato", avsluttet[1], avsluttet[2], INGEN_VERDI),
                    strict=True,
                ):
                    b.felt(e, felt, verdi)
                b.felt(e, "nyVerdi", avsluttet[1])
                xf.write(e, pretty_print=True)
                antall = 1
    return antall
