"""The forsendelse rows: written before a message leaves, updated with the channel's answer.

``start_ekspedering`` checks and corrects the mottakere exactly as ``ekspeder`` does, then
writes one row (status *venter*, a fresh uuid) per mottaker and channel that has not been
sent to yet, and nothing else: the post stays as it is. Each channel then claims its row
(*sender*, refused if another desk got there first or it is already *sendt*), delivers, and
records *sendt* with the channel's own id, or *feilet* with the reason. The last *sendt* makes
the post E in the same transaction. A row left in *sender* (the program stopped mid-send) is
"uavklart": SvarUt is asked by our uuid, e-mail is sent again only when the user says so.

A SvarUt letter that SvarUt later reports AVVIST or IKKE_LEVERT did not reach its mottaker: the
saksbehandler gets a Beskjed task at once, the mottaker counts as not delivered to again, and
``send_paa_nytt`` writes a new row by another channel (papir by default) for the window's
Ekspeder (or ``saksbord forsendelse send-paa-nytt``) to send; the post stays E.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update

from app.domain.feil import IkkeFunnet, Konflikt, UgyldigInndata, UgyldigTilstand
from app.integrasjoner.fiks.svarut import MISLYKTE
from app.services.arbeid import Arbeid, Ider, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.ekspedering.mottakere import (
    KANALER,
    Adresser,
    er_intern,
    fullfor,
    har_dokumenter,
    kanal_for,
    mangler_for_ekspedering,
    mottakere,
    rett,
    sjekk_adresser,
    sjekk_kan_ekspedere,
    svarut_satt_opp,
)
from app.services.tilgang import krev_skrive_jp
from app.services.visning import jp_nummer
from app.store import models as m
from app.store.models_ekspedering import Forsendelse

STATUSER = ("venter", "sender", "sendt", "feilet", "avbrutt")
#: Rows still to be sent (``avbrutt``: the user chose another channel for that mottaker).
APNE = ("venter", "sender", "feilet")
KANALNAVN = {"svarut": "SvarUt", "epost": "e-post", "papir": "papir", "intern": "internt"}


@dataclass(frozen=True)
class ForsendelseInfo:
    uuid: str
    part_id: int
    mottaker: str
    rolle: str
    kanal: str
    status: str
    ekstern_id: str | None
    ekstern_status: str | None
    feil: str | None
    tid: datetime


@dataclass(frozen=True)
class Ekspederingsstatus:
    """Where an ekspedering stands: every forsendelse, and the mottakere not yet sent to."""

    journalpostnummer: str
    status: str
    forsendelser: list[ForsendelseInfo] = field(default_factory=list)
    gjenstaar: list[str] = field(default_factory=list)

    @property
    def delvis_sendt(self) -> bool:
        return (
            self.status != "E"
            and any(f.status == "sendt" for f in self.forsendelser)
            and bool(self.gjenstaar)
        )

    def tekst(self) -> str:
        if self.status == "E":
            return "Ekspedert"
        if self.delvis_sendt:
            return f"Delvis sendt: {len(self.gjenstaar)} mottaker(e) gjenstår"
        if self.forsendelser:
            return "Ikke sendt ennå"
        return "Ikke ekspedert"


def levert(status: str, ekstern_status: str | None) -> bool:
    """Sent, and not reported back as undelivered (SvarUt's AVVIST, IKKE_LEVERT)."""
    return status == "sendt" and ekstern_status not in MISLYKTE


def sendte_parter(a: Arbeid, jp: m.Journalpost) -> set[int]:
    """Mottakere that some channel has delivered to."""
    return {f.part_id for f in _rader(a, jp) if levert(f.status, f.ekstern_status)}


def _mislykte(a: Arbeid, jp: m.Journalpost) -> list[Forsendelse]:
    """SvarUt letters that did not arrive, for mottakere no other row has delivered to or is sending."""
    rader = _rader(a, jp)
    dekket = {f.part_id for f in rader if levert(f.status, f.ekstern_status) or f.status in APNE}
    return [
        f for f in rader if f.status == "sendt" and f.ekstern_status in MISLYKTE and f.part_id not in dekket
    ]


def mislykte(ctx: Kontekst, jpnr: str | int) -> list[ForsendelseInfo]:
    """The post's undelivered SvarUt letters still waiting for a new forsendelse (the window offers papir)."""
    with arbeid(ctx, skriv=False) as a:
        jp = a.journalpost(jpnr)
        ider = {f.uuid for f in _mislykte(a, jp)}
        return [f for f in _status(a, jp).forsendelser if f.uuid in ider]


def kan_sende_paa_nytt(a: Arbeid, jp: m.Journalpost) -> bool:
    return bool(_mislykte(a, jp))


@skrivetjeneste
def send_paa_nytt(ctx: Kontekst, uuid: str, *, kanal: str = "papir") -> Resultat:
    """A new forsendelse (*venter*) by ``kanal`` for a SvarUt letter that was not delivered; once only.

    Refused for a letter that was delivered, or whose mottaker already has a new forsendelse.
    """
    if kanal not in ("papir", "epost"):
        raise UgyldigInndata("Et brev som ikke ble levert med SvarUt sendes på nytt med papir eller e-post")
    with arbeid(ctx) as a:
        f = _forsendelse(a, uuid)
        jp = a.hent(m.Journalpost, f.journalpost_id, "journalposten")
        krev_skrive_jp(a, jp)
        part = a.hent(m.Korrespondansepart, f.part_id, "mottakeren")
        nr = jp_nummer(jp.sak, jp)
        if f.id not in {x.id for x in _mislykte(a, jp)}:
            if f.status == "sendt" and f.ekstern_status in MISLYKTE:
                raise UgyldigTilstand(f"{part.navn} har allerede fått en ny forsendelse")
            raise UgyldigTilstand(f"Forsendelsen til {part.navn} er ikke meldt som ikke levert")
        sjekk_adresser(jp, {})
        if kanal == "epost" and not part.epost:
            raise UgyldigInndata(f"{part.navn} har ingen e-postadresse")
        if kanal == "papir" and not (part.adresse and part.postnummer):
            raise UgyldigInndata(f"{part.navn} mangler postadresse; rett mottakeren først")
        a.s.add(Forsendelse(uuid=str(uuidlib.uuid4()), journalpost_id=jp.id, part_id=part.id, kanal=kanal,
                            status="venter", av_id=a.aktor.bruker_id, opprettet=a.naa, tid=a.naa))  # fmt: skip
        a.logg("forsendelse klar", entitet="forsendelse", entitet_id=f.id, sak_id=jp.sak_id, journalpost_id=jp.id,
               felt="kanal", fra=f"SvarUt: {f.ekstern_status}", til=f"{part.navn}: {KANALNAVN[kanal]}")  # fmt: skip
        return Resultat(
            f"Ny forsendelse til {part.navn} med {KANALNAVN[kanal]} er klar",
            journalpostnummer=nr,
            status=jp.status,
        )


def _rader(a: Arbeid, jp: m.Journalpost) -> list[Forsendelse]:
    return list(
        a.s.scalars(select(Forsendelse).where(Forsendelse.journalpost_id == jp.id).order_by(Forsendelse.id))
    )


def _status(a: Arbeid, jp: m.Journalpost) -> Ekspederingsstatus:
    parter = {p.id: p for p in mottakere(jp)}
    rader = _rader(a, jp)
    sendt = {f.part_id for f in rader if levert(f.status, f.ekstern_status)}
    return Ekspederingsstatus(
        journalpostnummer=jp_nummer(jp.sak, jp),
        status=jp.status,
        forsendelser=[
            ForsendelseInfo(
                uuid=f.uuid,
                part_id=f.part_id,
                mottaker=parter[f.part_id].navn if f.part_id in parter else "?",
                rolle=parter[f.part_id].rolle if f.part_id in parter else "",
                kanal=f.kanal,
                status=f.status,
                ekstern_id=f.ekstern_id,
                ekstern_status=f.ekstern_status,
                feil=f.feil,
                tid=f.tid,
            )
            for f in rader
        ],
        gjenstaar=[] if jp.status == "E" else [p.navn for pid, p in parter.items() if pid not in sendt],
    )


def status(ctx: Kontekst, jpnr: str | int) -> Ekspederingsstatus:
    """Every forsendelse of the post and who is still waiting (``saksbord forsendelse status``)."""
    with arbeid(ctx, skriv=False) as a:
        return _status(a, a.journalpost(jpnr))


@skrivetjeneste
def start_ekspedering(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    kanal: str | None = None,
    kanaler: dict[int, str] | None = None,
    adresser: dict[int, dict[str, str]] | None = None,
) -> Resultat:
    """Check and correct the mottakere, then write a *venter* row per mottaker not yet sent to.

    A mottaker already sent to is left alone (a resumed ekspedering); a row for the same
    mottaker and channel from an earlier attempt is kept (its uuid is how SvarUt finds it). A
    refusal writes nothing: neither the corrections nor any row.
    """
    if kanal and kanal not in KANALER:
        raise UgyldigInndata("Kanal må være svarut, epost eller papir")
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        sjekk_kan_ekspedere(a, jp)
        rettelser: Adresser = adresser or {}
        sjekk_adresser(jp, rettelser)
        svarut = svarut_satt_opp(a)
        valgt = dict(kanaler or {})
        ferdige = sendte_parter(a, jp)
        for p in mottakere(jp):
            if p.id in rettelser and p.id not in ferdige:
                rett(a, jp, p, rettelser[p.id])
            if kanal and not er_intern(p):
                valgt.setdefault(p.id, kanal)
        mangler = mangler_for_ekspedering(
            jp, valgt, svarut=svarut, utenfor=ferdige, dokumenter=har_dokumenter(a, jp)
        )
        if mangler:
            raise UgyldigTilstand("Journalposten kan ikke ekspederes:", detaljer=mangler)
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        nr = jp_nummer(jp.sak, jp)
        if not mottakere(jp):
            # A note with no one to send to (the sak's own record): nothing goes out, it is ekspedert.
            fullfor(a, jp, {})
            return Resultat(f"Journalpost {nr} er ekspedert", journalpostnummer=nr, status="E")
        finnes = {(f.part_id, f.kanal): f for f in _rader(a, jp)}
        nye = 0
        ikke_levert = {
            f.part_id for f in finnes.values() if f.kanal == "svarut" and f.ekstern_status in MISLYKTE
        }
        for p in mottakere(jp):
            if p.id in ferdige:
                continue
            k = kanal_for(p, valgt, p.epost, svarut=svarut)
            if k == "svarut" and p.id in ikke_levert:
                k = "papir"  # SvarUt could not deliver to this mottaker: the letter goes on paper
            for (part_id, annen), f in finnes.items():
                if part_id == p.id and annen != k and f.status in ("venter", "feilet"):
                    # Another channel now: the old row is retired, so the mottaker gets one letter.
                    f.status, f.tid = "avbrutt", a.naa
                    a.logg("forsendelse avbrutt", entitet="forsendelse", entitet_id=f.id, felt="kanal",
                           fra=KANALNAVN.get(annen, annen), til=f"{p.navn}: {KANALNAVN[k]}", **ids)  # fmt: skip
            if (p.id, k) in finnes:
                f = finnes[(p.id, k)]
                if f.status == "avbrutt":
                    f.status, f.tid = "venter", a.naa
                continue
            a.s.add(
                Forsendelse(
                    uuid=str(uuidlib.uuid4()),
                    journalpost_id=jp.id,
                    part_id=p.id,
                    kanal=k,
                    status="venter",
                    av_id=a.aktor.bruker_id,
                    opprettet=a.naa,
                    tid=a.naa,
                )
            )
            nye += 1
            a.logg(
                "forsendelse klar",
                entitet="forsendelse",
                entitet_id=None,
                felt="kanal",
                til=f"{p.navn}: {KANALNAVN[k]}",
                **ids,
            )
        return Resultat(
            f"Ekspedering av {nr} er klar: {nye} ny(e) forsendelse(r)", journalpostnummer=nr, status=jp.status
        )


def _forsendelse(a: Arbeid, uuid: str) -> Forsendelse:
    f = a.s.scalar(select(Forsendelse).where(Forsendelse.uuid == uuid))
    if f is None:
        raise IkkeFunnet("Fant ingen forsendelse med denne referansen")
    return f


def _valgte_kanaler(a: Arbeid, jp: m.Journalpost) -> dict[int, str]:
    """Per mottaker, the channel that delivered (the newest sent row)."""
    return {f.part_id: f.kanal for f in _rader(a, jp) if levert(f.status, f.ekstern_status)}


@skrivetjeneste
def merk_forsendelse(
    ctx: Kontekst,
    uuid: str,
    *,
    status: str,
    ekstern_id: str | None = None,
    feil: str | None = None,
    uavklart: bool = False,
) -> Resultat:
    """Record a forsendelse's step: *sender* (claimed, before sending), *sendt* or *feilet*.

    Claiming is a compare-and-set on the row: from *venter* or *feilet* (and from *sender* only
    with ``uavklart``, the user's "send again"); a row already *sendt* is never claimed again, so
    two desks cannot both send it. The last *sendt* of a post makes it E in this transaction.
    """
    if status not in ("sender", "sendt", "feilet"):
        raise UgyldigInndata("Status må være sender, sendt eller feilet")
    with arbeid(ctx) as a:
        f = _forsendelse(a, uuid)
        jp = a.hent(m.Journalpost, f.journalpost_id, "journalposten")
        part = a.hent(m.Korrespondansepart, f.part_id, "mottakeren")
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        nr = jp_nummer(jp.sak, jp)
        hvem = f"{part.navn}: {KANALNAVN.get(f.kanal, f.kanal)}"
        if status == "sender":
            fra = ("venter", "feilet", "sender") if uavklart else ("venter", "feilet")
            tatt = a.s.execute(
                update(Forsendelse)
                .where(Forsendelse.id == f.id, Forsendelse.status.in_(fra))
                .values(status="sender", tid=a.naa, feil=None)
                .returning(Forsendelse.id)
                .execution_options(synchronize_session=False)
            ).scalar_one_or_none()
            if tatt is None:
                a.s.refresh(f)
                if f.status == "sendt":
                    raise UgyldigTilstand(
                        f"{part.navn} har allerede fått forsendelsen ({f.ekstern_id or f.kanal})"
                    )
                raise Konflikt(f"Forsendelsen til {part.navn} sendes allerede (status {f.status})")
            return Resultat(f"Sender til {hvem}", journalpostnummer=nr, status=jp.status)
        if f.status == "sendt":
            raise UgyldigTilstand(f"{part.navn} har allerede fått forsendelsen ({f.ekstern_id or f.kanal})")
        f.tid = a.naa
        if status == "feilet":
            f.status = "feilet"
            f.feil = feil or "Ukjent feil"
            a.logg("forsendelse feilet", entitet="forsendelse", entitet_id=f.id, felt="kanal",
                   til=f"{hvem}: {f.feil}", **ids)  # fmt: skip
            return Resultat(f"Sending til {hvem} feilet: {f.feil}", journalpostnummer=nr, status=jp.status)
        f.status = "sendt"
        f.feil = None
        f.ekstern_id = ekstern_id
        a.logg("forsendelse sendt", entitet="forsendelse", entitet_id=f.id, felt="kanal",
               til=f"{hvem}" + (f" ({ekstern_id})" if ekstern_id else ""), **ids)  # fmt: skip
        if f.kanal == "epost" and ekstern_id and not jp.message_id:
            # The archive knows the message by its Message-ID (an import of the sent copy is recognised).
            a.endre(jp, "message_id", ekstern_id, handling="ekspedert", **ids)
        a.s.flush()
        kanaler = _valgte_kanaler(a, jp)
        if all(p.id in kanaler for p in mottakere(jp)) and jp.status != "E":
            fullfor(a, jp, kanaler)
            return Resultat(f"Journalpost {nr} er ekspedert", journalpostnummer=nr, status="E")
        return Resultat(f"Sendt til {hvem}", journalpostnummer=nr, status=jp.status)


@skrivetjeneste
def merk_leveringsstatus(
    ctx: Kontekst, uuid: str, *, ekstern_status: str, tekst: str | None = None
) -> Resultat:
    """SvarUt's delivery status of a sent forsendelse (MOTTATT … LEST, PRINTET), into Historikk on change."""
    with arbeid(ctx) as a:
        f = _forsendelse(a, uuid)
        jp = a.hent(m.Journalpost, f.journalpost_id, "journalposten")
        part = a.hent(m.Korrespondansepart, f.part_id, "mottakeren")
        nr = jp_nummer(jp.sak, jp)
        if f.ekstern_status == ekstern_status:
            return Resultat(f"{part.navn}: {ekstern_status}", journalpostnummer=nr, status=jp.status)
        a.logg(
            "forsendelse status",
            entitet="forsendelse",
            entitet_id=f.id,
            sak_id=jp.sak_id,
            journalpost_id=jp.id,
            felt="leveringsstatus",
            fra=f.ekstern_status,
            til=f"{part.navn}: {ekstern_status}" + (f" ({tekst})" if tekst else ""),
        )
        f.ekstern_status = ekstern_status
        f.tid = a.naa
        if ekstern_status in MISLYKTE:
            _meld_ikke_levert(a, jp, f, part, tekst)
        return Resultat(f"{part.navn}: {ekstern_status}", journalpostnummer=nr, status=jp.status)


def _meld_ikke_levert(
    a: Arbeid, jp: m.Journalpost, f: Forsendelse, part: m.Korrespondansepart, tekst: str | None
) -> None:
    """Tell the saksbehandler (a Beskjed task on the post) that the letter must go another way."""
    from app.services.oppgaver import _ny_oppgave

    bid = jp.saksbehandler_id or f.av_id or jp.opprettet_av_id
    mottaker = a.s.get(m.Bruker, bid) if bid else None
    if mottaker is None:
        return
    grunn = f"{f.ekstern_status}" + (f": {tekst}" if tekst else "")
    _ny_oppgave(
        a,
        type_="beskjed",
        til=mottaker,
        journalpost_id=jp.id,
        merknad=(
            f"SvarUt-brevet til {part.navn} ble ikke levert ({grunn}). "
            "Velg Ekspeder for å sende det på nytt som papirbrev."
        ),
    )


def kanaler_fra_tekst(jp_parter: Mapping[str, int], tekst: str) -> dict[int, str]:
    """``--kanal`` per mottaker: ``"Navn=papir"`` pieces to ids (the CLI's form)."""
    ut: dict[int, str] = {}
    for del_ in tekst.split(","):
        navn, _, k = del_.partition("=")
        navn, k = navn.strip(), k.strip()
        if navn not in jp_parter:
            raise UgyldigInndata(f"«{navn}» er ikke mottaker på journalposten")
        ut[jp_parter[navn]] = k
    return ut
