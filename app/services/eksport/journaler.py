"""loependeJournal.xml, offentligJournal.xml and endringslogg.xml, streamed in løpenummer order.

The løpende journal lists every journalpost of the uttrekk; the offentlig journal only the
journalført and arkivert posts that have been offentlighetsvurdert (never M or XX), with every
shielded field withheld as the public sees it: the masking is ``visning.jp_skjult_for`` /
``sak_skjult_for`` with ``OFFENTLIGHETEN`` as reader, the same rule the kurver, the card and the
reports use, so no other place decides what the public may read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (compiled module, no stubs)
from sqlalchemy import func, select

from app.domain.regler.tittel import tittel_for_leser
from app.services.arbeid import Arbeid
from app.services.data import SKJERMET
from app.services.eksport import kodenavn as kn
from app.services.eksport.arkivstruktur import Bygger, Navneregister, d, dt, full_tittel
from app.services.eksport.utvalg import Utvalg, systemid
from app.services.postliste import IKKE_VURDERT
from app.services.visning import OFFENTLIGHETEN, jp_skjerming, jp_skjult_for, sak_skjult_for
from app.store import models as m

NS_LJ = "http://www.arkivverket.no/standarder/noark5/loependeJournal"
NS_OJ = "http://www.arkivverket.no/standarder/noark5/offentligJournal"
NS_EL = "http://www.arkivverket.no/standarder/noark5/endringslogg"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SIDE = 1000

JP = m.Journalpost


def _offentlig(jp: m.Journalpost, sak: m.Sak) -> bool:
    return (
        jp.status in ("J", "A")
        and jp.tilgangskode not in IKKE_VURDERT
        and sak.tilgangskode not in IKKE_VURDERT
    )


def _sider(a: Arbeid, utvalg: Utvalg) -> Iterator[Sequence[tuple[m.Journalpost, m.Sak]]]:
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
                    .where(JP.sak_id.in_(utvalg.saker()))
                    .order_by(JP.journalsekvensnummer)
                    .limit(SIDE)
                ).all()
            )
            if not rader:
                break
            yield rader
            siste = rader[-1][0].journalsekvensnummer


def journalhode_tall(a: Arbeid, utvalg: Utvalg, *, offentlig: bool) -> tuple[int, date | None, date | None]:
    q = select(func.count(), func.min(JP.journaldato), func.max(JP.journaldato)).where(
        JP.sak_id.in_(utvalg.saker())
    )
    if offentlig:
        q = (
            q.join(m.Sak, m.Sak.id == JP.sak_id)
            .where(JP.status.in_(("J", "A")))
            .where(JP.tilgangskode.is_(None) | JP.tilgangskode.not_in(IKKE_VURDERT))
            .where(m.Sak.tilgangskode.is_(None) | m.Sak.tilgangskode.not_in(IKKE_VURDERT))
        )
    antall, forste, siste = a.s.execute(q).one()
    return antall or 0, forste, siste


def skriv_journal(
    a: Arbeid,
    sti: Path,
    *,
    utvalg: Utvalg,
    navnerom,
    navn: Navneregister,
    arkivdel_sid: str,
    arkivskaper: tuple[str, str],
    offentlig: bool,
    cancelled: Callable[[], bool],
) -> int:
    """One journal file; returns how many journalregistreringer it holds."""
    ns = NS_OJ if offentlig else NS_LJ
    rot = "offentligJournal" if offentlig else "loependeJournal"
    b = Bygger(ns)
    antall, forste, siste = journalhode_tall(a, utvalg, offentlig=offentlig)
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
            b.felt(hode, "seleksjon", "Offentlig journal" if offentlig else "Alle journalposter i uttrekket")
            b.felt(hode, "antallJournalposter", antall)
            ask = b.el(hode, "arkivskaper")
            b.felt(ask, "arkivskaperID", arkivskaper[0])
            b.felt(ask, "arkivskaperNavn", arkivskaper[1])
            xf.write(hode, pretty_print=True)
            for side in _sider(a, utvalg):
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
                    if offentlig and not _offentlig(jp, sak):
                        continue
                    reg = _registrering(
                        b,
                        jp,
                        sak,
                        parter[jp.id],
                        avskr.get(jp.id),
                        navn,
                        navnerom,
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
    navnerom,
    arkivdel_sid: str,
    *,
    offentlig: bool,
) -> etree._Element:
    jr = b.el(None, "journalregistrering")
    sak_skjult = sak_skjult_for(OFFENTLIGHETEN, sak)
    jp_skjult = jp_skjult_for(OFFENTLIGHETEN, jp, sak)
    skj = jp_skjerming(jp, sak)
    sm = b.el(jr, "saksmappe")
    b.felt(sm, "mappeID", f"{sak.saksaar}/{sak.sakssekvensnummer}")
    b.felt(sm, "saksaar", sak.saksaar)
    b.felt(sm, "sakssekvensnummer", sak.sakssekvensnummer)
    if offentlig:
        stittel = tittel_for_leser(sak.tittel, sak.skjermede_ord)  # the public never sees the shielded words
        b.felt(sm, "offentligTittel", stittel if sak_skjult.tittel2 else full_tittel(stittel, sak.tittel2))
    else:
        b.felt(sm, "tittel", full_tittel(sak.tittel, sak.tittel2))
        if (sak.tittel2 and sak.tilgangskode and (sak.skjermingsnivaa or 1) >= 2) or sak.skjermede_ord:
            b.felt(sm, "offentligTittel", tittel_for_leser(sak.tittel, sak.skjermede_ord))
            b.felt(sm, "skjermingMetadata", "Tittel mappe - unntatt første linje")
    b.felt(sm, "administrativEnhet", navn.enhet(sak.enhet_id))
    b.felt(sm, "saksansvarlig", navn.bruker(sak.saksansvarlig_id, "") or None)
    if offentlig:
        b.felt(sm, "tilgangsrestriksjon", sak.tilgangskode)
        b.felt(sm, "skjermingshjemmel", sak.hjemmel if sak.tilgangskode else None)
    else:
        b.felt(sm, "referanseArkivdel", arkivdel_sid)
    j = b.el(jr, "journalpost")
    b.felt(j, "systemID", systemid(navnerom, "journalpost", jp.id))
    b.felt(j, "registreringsID", f"{sak.saksaar}/{sak.sakssekvensnummer}-{jp.dokumentnummer}")
    b.felt(j, "journalaar", jp.journalaar)
    b.felt(j, "journalsekvensnummer", jp.journalsekvensnummer)
    b.felt(j, "journalpostnummer", jp.dokumentnummer)
    if offentlig:
        tittel = tittel_for_leser(jp.tittel, jp.skjermede_ord)  # the public never sees the shielded words
        b.felt(j, "offentligTittel", tittel if jp_skjult.tittel2 else full_tittel(tittel, jp.tittel2))
    else:
        b.felt(j, "tittel", full_tittel(jp.tittel, jp.tittel2))
        if (jp.tittel2 and skj) or jp.skjermede_ord:
            b.felt(j, "offentligTittel", tittel_for_leser(jp.tittel, jp.skjermede_ord))
    if skj and (skj.nivaa or 1) >= 2:
        b.felt(j, "skjermingMetadata", "Tittel registrering - unntatt første linje")
    b.felt(j, "journaldato", d(jp.journaldato))
    b.felt(j, "dokumentetsDato", d(jp.dokumentdato))
    if not offentlig:
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
        b.felt(k, "korrespondansepartNavn", SKJERMET if offentlig and jp_skjult.parter else pnavn)
        if not offentlig and skj and (skj.nivaa or 1) >= 3:
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
    a: Arbeid, sti: Path, *, utvalg: Utvalg, navnerom, navn: Navneregister, cancelled: Callable[[], bool]
) -> int:
    """Every logged value of the uttrekk's saker and journalposter, old → new, statuses as kodenavn.

    A value set for the first time (a registration's status) has ``INGEN_VERDI`` as tidligereVerdi.
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
    return antall
