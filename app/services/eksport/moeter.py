"""The political treatment in arkivstruktur.xml: one moetemappe per møte, one moeteregistrering per behandling.

The mapping is the contract in app/store/modeller/politikk.py. The møter go in a
klassifikasjonssystem of their own ("Utvalg": an arkivdel holds either klassifikasjonssystemer
or mapper, never both, and the saker already fill it with klassifikasjonssystemer), one klasse
per utvalg (klasseID its short name), its moetemapper in date order. A møte is in the uttrekk
when at least one of its behandlinger concerns a journalpost of the uttrekk's saker, and only
those behandlinger are written; each points to its sakspapir (the journalpost, in its saksmappe)
with a kryssreferanse and to the behandlinger before and after it in the sakspapir's saksgang
with referanseFra-/referanseTilMoeteregistrering. The vedtak is the moeteregistrering's
beskrivelse: Saksbord keeps it as text on the behandling, not as a document of its own.

Element order follows arkivstruktur.xsd: a moetemappe's own fields (moetenummer … moetedeltaker)
come after its registreringer, and a moeteregistrering's (moeteregistreringstype …) after its
korrespondanseparter, as the schema's extensions of mappe and registrering demand. Memory holds
the list of møte ids (a few per utvalg per month) and one page of møter with their behandlinger.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (compiled module, no stubs)
from sqlalchemy import select

from app.domain.regler import politikk as pregler
from app.services.arbeid import Arbeid
from app.services.eksport import kodenavn as kn
from app.services.eksport.arkivstruktur import (
    _XSI_TYPE,
    NS,
    Arkivstrukturskriver,
    d,
    dt,
    full_tittel,
    skjerming,
)
from app.services.eksport.utvalg import Utvalg
from app.store import models as m
from app.store.modeller import politikk as pm

SIDE = 50
"""Møter per page."""

SYSTEM_NOKKEL = "møter"


@dataclass
class _Side:
    moter: list[pm.Mote]
    behandlinger: dict[int, list[pm.Behandling]] = field(default_factory=lambda: defaultdict(list))
    utvalgssaker: dict[int, pm.Utvalgssak] = field(default_factory=dict)
    journalposter: dict[int, m.Journalpost] = field(default_factory=dict)
    saker: dict[int, m.Sak] = field(default_factory=dict)
    saksganger: dict[int, pm.Saksgang] = field(default_factory=dict)
    kjede: dict[int, list[int]] = field(default_factory=dict)
    """Journalpost id → its behandlinger (in the uttrekk) in saksgang order: møtedato, then id."""


def _i_uttrekket(utvalg: Utvalg):
    return pm.Behandling.journalpost_id.in_(
        select(m.Journalpost.id).where(m.Journalpost.sak_id.in_(utvalg.saker()))
    )


def moter_i_uttrekket(a: Arbeid, utvalg: Utvalg) -> list[tuple[int, int]]:
    """(utvalg id, møte id) of every møte with a behandling in the uttrekk, by utvalg kode and date."""
    q = (
        select(pm.Mote.utvalg_id, pm.Mote.id)
        .join(pm.Utvalg, pm.Utvalg.id == pm.Mote.utvalg_id)
        .where(pm.Mote.id.in_(select(pm.Behandling.mote_id).where(_i_uttrekket(utvalg))))
        .order_by(pm.Utvalg.kode, pm.Mote.dato, pm.Mote.nummer, pm.Mote.id)
    )
    return [(u, mt) for u, mt in a.s.execute(q).all()]


def _last(a: Arbeid, utvalg: Utvalg, mote_ider: list[int]) -> _Side:
    a.s.expunge_all()
    side = _Side(moter=list(a.s.scalars(select(pm.Mote).where(pm.Mote.id.in_(mote_ider)))))
    side.moter.sort(key=lambda mt: mote_ider.index(mt.id))
    bh = list(
        a.s.scalars(
            select(pm.Behandling)
            .where(pm.Behandling.mote_id.in_(mote_ider), _i_uttrekket(utvalg))
            .order_by(pm.Behandling.mote_id, pm.Behandling.rekkefolge, pm.Behandling.id)
        )
    )
    for b in bh:
        side.behandlinger[b.mote_id].append(b)
    jp_ider = {b.journalpost_id for b in bh}
    for us in a.s.scalars(select(pm.Utvalgssak).where(pm.Utvalgssak.id.in_({b.utvalgssak_id for b in bh}))):
        side.utvalgssaker[us.id] = us
    for jp in a.s.scalars(select(m.Journalpost).where(m.Journalpost.id.in_(jp_ider))):
        side.journalposter[jp.id] = jp
    for sak in a.s.scalars(
        select(m.Sak).where(m.Sak.id.in_({jp.sak_id for jp in side.journalposter.values()}))
    ):
        side.saker[sak.id] = sak
    for sg in a.s.scalars(select(pm.Saksgang).where(pm.Saksgang.journalpost_id.in_(jp_ider))):
        side.saksganger[sg.journalpost_id] = sg
    # The whole saksgang of each sakspapir, across møter outside this page too (same sak: same uttrekk).
    for jp_id, b_id in a.s.execute(
        select(pm.Behandling.journalpost_id, pm.Behandling.id)
        .join(pm.Mote, pm.Mote.id == pm.Behandling.mote_id)
        .where(pm.Behandling.journalpost_id.in_(jp_ider))
        .order_by(pm.Behandling.journalpost_id, pm.Mote.dato, pm.Behandling.id)
    ):
        side.kjede.setdefault(jp_id, []).append(b_id)
    return side


def _sider(moter: list[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    for i in range(0, len(moter), SIDE):
        yield moter[i : i + SIDE]


class Moteskriver:
    """Writes the «Utvalg» klassifikasjonssystem with its moetemapper into an open arkivdel."""

    def __init__(self, a: Arbeid, skriver: Arkivstrukturskriver, utvalg: Utvalg) -> None:
        self.a = a
        self.s = skriver
        self.b = skriver.b
        self.utvalg = utvalg
        self.utvalg_rader = {u.id: u for u in a.s.scalars(select(pm.Utvalg))}
        self.medlemmer: dict[int, list[pm.Utvalgsmedlem]] = defaultdict(list)
        for x in a.s.scalars(select(pm.Utvalgsmedlem).order_by(pm.Utvalgsmedlem.id)):
            self.medlemmer[x.utvalg_id].append(x)

    def skriv(self, xf, cancelled: Callable[[], bool], avbrutt: type[Exception]) -> int:
        """Write every møte of the uttrekk; returns how many moetemapper."""
        moter = moter_i_uttrekket(self.a, self.utvalg)
        if not moter:
            return 0
        # A møte's neighbours in its utvalg, among the møter in the uttrekk (a reference must resolve).
        forrige: dict[int, int] = {}
        neste: dict[int, int] = {}
        for (u1, m1), (u2, m2) in zip(moter, moter[1:], strict=False):
            if u1 == u2:
                neste[m1], forrige[m2] = m2, m1
        sid = self.s.sid
        naa_utvalg: int | None = None
        with xf.element(f"{{{NS}}}klassifikasjonssystem"):
            self._felter(
                xf,
                [
                    ("systemID", sid("klassifikasjonssystem", SYSTEM_NOKKEL)),
                    ("klassifikasjonstype", "Utvalg"),
                    ("tittel", "Politiske utvalg og møter"),
                    ("opprettetDato", dt(self.a.naa)),
                    ("opprettetAv", self.a.aktor.navn),
                ],
            )
            klasse = None
            try:
                for del_ in _sider(moter):
                    if cancelled():
                        raise avbrutt
                    side = _last(self.a, self.utvalg, [mt for _u, mt in del_])
                    for mt in side.moter:
                        if mt.utvalg_id != naa_utvalg:
                            if klasse is not None:
                                klasse.__exit__(None, None, None)
                            u = self.utvalg_rader[mt.utvalg_id]
                            klasse = xf.element(f"{{{NS}}}klasse")
                            klasse.__enter__()
                            self._felter(
                                xf,
                                [
                                    ("systemID", sid("klasse", f"utvalg:{u.id}")),
                                    ("klasseID", u.kode),
                                    ("tittel", u.navn),
                                    ("opprettetDato", dt(self.a.naa)),
                                    ("opprettetAv", self.a.aktor.navn),
                                ],
                            )
                            naa_utvalg = mt.utvalg_id
                        xf.write(
                            self.moetemappe(mt, side, forrige.get(mt.id), neste.get(mt.id)), pretty_print=True
                        )
            finally:
                if klasse is not None:
                    klasse.__exit__(None, None, None)
        return len(moter)

    def _felter(self, xf, felter: list[tuple[str, object]]) -> None:
        for navn_, verdi in felter:
            if verdi is None or not str(verdi).strip():
                continue
            el = self.b.el(None, navn_)
            el.text = str(verdi)
            xf.write(el, pretty_print=True)

    def moetemappe(self, mt: pm.Mote, side: _Side, forrige: int | None, neste: int | None) -> etree._Element:
        b, n, t = self.b, self.s.navn, self.s.t
        u = self.utvalg_rader[mt.utvalg_id]
        behandlinger = side.behandlinger.get(mt.id, [])
        sekretar = n.bruker(u.sekretar_id, "Ikke oppgitt")
        t.mapper += 1
        mappe = b.el(None, "mappe", **{_XSI_TYPE: "moetemappe"})
        b.felt(mappe, "systemID", self.s.sid("mote", mt.id))
        b.felt(mappe, "mappeID", pregler.motenavn(u.kode, mt.dato))
        b.felt(mappe, "tittel", f"{u.navn} {mt.dato:%d.%m.%Y}")
        b.felt(mappe, "dokumentmedium", "Elektronisk arkiv")
        b.felt(mappe, "opprettetDato", dt(min((side.utvalgssaker[x.utvalgssak_id].opprettet for x in behandlinger),
                                              default=mt.dato)))  # fmt: skip
        b.felt(mappe, "opprettetAv", sekretar)
        if mt.status == "avholdt":
            vedtatt = [x.vedtaksdato for x in behandlinger if x.vedtaksdato]
            b.felt(mappe, "avsluttetDato", dt(max(vedtatt, default=mt.dato)))
            b.felt(mappe, "avsluttetAv", sekretar)
        else:  # as a saksmappe that is not avsluttet: only a test uttrekk holds one
            b.felt(mappe, "avsluttetDato", dt(self.a.naa))
            b.felt(mappe, "avsluttetAv", "Testuttrekk: møtet er ikke avholdt")
        for x in behandlinger:
            self._moeteregistrering(mappe, mt, x, side, sekretar)
        b.felt(mappe, "moetenummer", f"{mt.nummer}/{mt.aar}")
        b.felt(mappe, "utvalg", u.navn)
        b.felt(mappe, "moetedato", d(mt.dato))
        b.felt(mappe, "moetested", mt.sted)
        b.felt(mappe, "referanseForrigeMoete", self.s.sid("mote", forrige) if forrige else None)
        b.felt(mappe, "referanseNesteMoete", self.s.sid("mote", neste) if neste else None)
        for x in self.medlemmer.get(u.id, []):
            if (x.fra and x.fra > mt.dato) or (x.til and x.til < mt.dato):
                continue
            del_ = b.el(mappe, "moetedeltaker")
            b.felt(del_, "moetedeltakerNavn", x.navn)
            b.felt(del_, "moetedeltakerFunksjon", pregler.MEDLEMSROLLER.get(x.rolle, x.rolle))
        return mappe

    def _moeteregistrering(
        self, mappe: etree._Element, mt: pm.Mote, x: pm.Behandling, side: _Side, sekretar: str
    ) -> None:
        b, n, sid = self.b, self.s.navn, self.s.sid
        us = side.utvalgssaker[x.utvalgssak_id]
        jp = side.journalposter[x.journalpost_id]
        sak = side.saker[jp.sak_id]
        self.s.t.registreringer += 1
        r = b.el(mappe, "registrering", **{_XSI_TYPE: "moeteregistrering"})
        b.felt(r, "systemID", sid("behandling", x.id))
        b.felt(r, "opprettetDato", dt(us.opprettet))
        b.felt(r, "opprettetAv", n.bruker(us.opprettet_av_id))
        b.felt(r, "arkivertDato", dt(x.vedtaksdato or mt.dato))
        b.felt(r, "arkivertAv", sekretar)
        # A behandling shielded on its own (lukket møte), else as its sakspapir.
        if x.tilgangskode:
            kode, hjemmel, nivaa = x.tilgangskode, x.hjemmel, 1
        else:
            kode, hjemmel, nivaa = jp.tilgangskode, jp.hjemmel, jp.skjermingsnivaa
        if kode:
            self.s.t.skjermet = True
        skjerming(b, r, kode, hjemmel, nivaa, sak=False)
        b.felt(r, "registreringsID", pregler.utvalgssaksnummer(us.type, us.nummer, us.aar))
        b.felt(r, "tittel", full_tittel(jp.tittel, jp.tittel2))
        if jp.tittel2 and (kode or sak.tilgangskode):
            b.felt(r, "offentligTittel", jp.tittel)
        if x.vedtak:
            b.felt(r, "beskrivelse", f"Vedtak: {x.vedtak}")
        elif x.innstilling:
            b.felt(r, "beskrivelse", f"Innstilling: {x.innstilling}")
        sg = side.saksganger.get(jp.id)
        if sg is not None and us.type == "PS":
            tid = datetime.combine(us.klar_dato, datetime.min.time()) if us.klar_dato else us.opprettet
            for tekst in (
                f"Hjemmel: {sg.hjemmel}" if sg.hjemmel else None,
                "Melding om vedtak til: " + "; ".join(sg.melding_til.splitlines())
                if sg.melding_til
                else None,
            ):
                if tekst:
                    mk = b.el(r, "merknad")
                    b.felt(mk, "merknadstekst", tekst)
                    b.felt(mk, "merknadstype", "Saksgang")
                    b.felt(mk, "merknadsdato", dt(tid))
                    b.felt(mk, "merknadRegistrertAv", n.bruker(us.opprettet_av_id))
        kr = b.el(r, "kryssreferanse")
        b.felt(kr, "referanseTilRegistrering", sid("journalpost", jp.id))
        b.felt(r, "moeteregistreringstype", kn.MOETEREGISTRERINGSTYPE.get(us.type, us.type))
        b.felt(r, "moetesakstype", kn.MOETESAKSTYPE.get(us.type, us.type))
        b.felt(r, "moeteregistreringsstatus", pregler.BEHANDLINGSSTATUSER.get(x.status, x.status))
        b.felt(r, "administrativEnhet", n.enhet(jp.enhet_id) or n.enhet(sak.enhet_id) or "Ikke oppgitt")
        b.felt(r, "saksbehandler", n.bruker(jp.saksbehandler_id, "Ikke oppgitt"))
        kjede = side.kjede.get(jp.id, [])
        if x.id in kjede:
            i = kjede.index(x.id)
            if i + 1 < len(kjede):
                b.felt(r, "referanseTilMoeteregistrering", sid("behandling", kjede[i + 1]))
            if i > 0:
                b.felt(r, "referanseFraMoeteregistrering", sid("behandling", kjede[i - 1]))
