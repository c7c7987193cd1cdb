"""The reports' queries. Each honours the reader exactly as the kurver and the card do.

The restanse conditions are the kurver's own (``kurver._restanse_for``, ``_restanser_enhet``,
``_forfall_grense``), so a report and a kurv for the same user and day count the same rows; every
shielded value goes through ``visning.jp_skjult`` / ``sak_skjult`` (``Skjult.vis``), the one
masking rule, and on PostgreSQL the database's row security has already left out what the reader
may not see at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import Select, func, select

from app.domain.feil import IkkeFunnet, IngenTilgang, UgyldigInndata
from app.services import innstillinger
from app.services.arbeid import Arbeid
from app.services.kurver import _restanse_for, _restanser_enhet
from app.services.postliste import postliste
from app.services.rapporter.modell import ALDERSGRUPPER, Gruppe, Kriterier, aldersgruppe
from app.services.saker import utestaende
from app.services.visning import (
    avsender_mottaker,
    journalpost_info,
    jp_nummer,
    jp_skjerming,
    jp_skjult,
    sak_nummer,
    sak_skjult,
)
from app.store import models as m

JP, SAK = m.Journalpost, m.Sak
Tabell = tuple[list[str], list[list[str]], list[Gruppe]]
Fremdrift = Callable[[int], None]
Avbrutt = Callable[[], bool]


class RapportAvbrutt(Exception):
    pass


def _d(d: date | None) -> str:
    return f"{d:%d.%m.%Y}" if d else ""


class _Navn:
    def __init__(self, a: Arbeid) -> None:
        self.a = a
        self._b: dict[int, str] = {}

    def __call__(self, bruker_id: int | None) -> str:
        if bruker_id is None:
            return ""
        if bruker_id not in self._b:
            b = self.a.s.get(m.Bruker, bruker_id)
            self._b[bruker_id] = b.initialer if b else ""
        return self._b[bruker_id]


def _enhet(a: Arbeid, kode: str) -> m.AdministrativEnhet:
    e = a.s.scalar(
        select(m.AdministrativEnhet).where(func.upper(m.AdministrativEnhet.kode) == kode.strip().upper())
    )
    if e is None:
        raise IkkeFunnet(f"Fant ingen administrativ enhet «{kode}»")
    return e


def _restanse_utvalg(a: Arbeid, k: Kriterier) -> Select:
    """Whose restanser: one desk, one unit, or the reader's own scope (desk, led units, everything)."""
    aktor = a.aktor
    if k.saksbehandler:
        b = a.bruker(k.saksbehandler)
        egen = b.id in (aktor.skrivebord_id, aktor.bruker_id)
        if not (egen or aktor.er_arkiv or (aktor.er_leder and b.enhet_id in aktor.leder_for)):
            raise IngenTilgang(
                f"Du kan bare ta ut restanser for deg selv eller for din enhet, ikke for {b.initialer}"
            )
        return select(JP).where(_restanse_for(b.id))
    if k.enhet:
        e = _enhet(a, k.enhet)
        if not (aktor.er_arkiv or e.id in aktor.leder_for):
            raise IngenTilgang(f"Bare enhetens leder og arkivet kan ta ut restanser for {e.kode}")
        return select(JP).where(JP.restanse.is_(True), JP.enhet_id == e.id, JP.status != "M")
    if aktor.er_arkiv:
        return select(JP).where(JP.restanse.is_(True), JP.status != "M")
    if aktor.er_leder and aktor.leder_for:
        return select(JP).where(JP.id.in_(_restanser_enhet(a).with_only_columns(JP.id).order_by(None)))
    return select(JP).where(_restanse_for(aktor.skrivebord_id))


def _periode(q: Select, k: Kriterier) -> Select:
    if k.fra and k.til and k.til < k.fra:
        raise UgyldigInndata("Perioden slutter før den begynner")
    if k.fra:
        q = q.where(JP.journaldato >= k.fra)
    if k.til:
        q = q.where(JP.journaldato <= k.til)
    return q


def restanser(a: Arbeid, k: Kriterier, *, forfall: bool, progress: Fremdrift, avbrutt: Avbrutt) -> Tabell:
    """Restanseliste (every restanse) or forfallsliste (due within ``dager`` or overdue), per person."""
    q = _periode(_restanse_utvalg(a, k), k)
    if forfall:
        dager = k.dager if k.dager is not None else innstillinger.les(a).forfall_vindu_dager
        q = q.where(JP.forfallsdato <= a.idag + timedelta(days=dager))
    jps = list(a.s.scalars(q.order_by(JP.saksbehandler_id, JP.forfallsdato, JP.journaldato, JP.id)))
    navn = _Navn(a)
    rader: list[list[str]] = []
    per: dict[str, list[int]] = defaultdict(list)
    for i, jp in enumerate(jps):
        if avbrutt():
            raise RapportAvbrutt
        sak = jp.sak
        skjult = jp_skjult(a, jp, sak)
        alder = max(0, (a.idag - jp.journaldato).days)
        hvem = navn(jp.saksbehandler_id) or "(ingen saksbehandler)"
        per[hvem].append(alder)
        forfalt = jp.forfallsdato is not None and jp.forfallsdato < a.idag
        rader.append([
            hvem, jp_nummer(sak, jp), jp.type, _tittel(skjult.tittel(jp.tittel), skjult.vis("tittel2", jp.tittel2)),
            skjult.vis("parter", avsender_mottaker(jp)) or "", _d(jp.journaldato), _d(jp.forfallsdato),
            str(alder), "ja" if forfalt else "", "***" if jp.forelopig_svar else "",
        ])  # fmt: skip
        if i % 200 == 0:
            progress(10 + 80 * i // max(len(jps), 1))
    grupper = [
        Gruppe(
            navn=hvem,
            antall=len(aldre),
            eldste_dager=max(aldre),
            per_alder={g: sum(1 for x in aldre if aldersgruppe(x) == g) for g, _f, _t in ALDERSGRUPPER},
        )
        for hvem, aldre in sorted(per.items())
    ]
    kolonner = ["Saksbehandler", "Journalpost", "Type", "Tittel", "Avsender/mottaker", "Journaldato",
                "Forfallsdato", "Alder (dager)", "Forfalt", "Foreløpig svar"]  # fmt: skip
    return kolonner, rader, grupper


def _tittel(linje1: str, linje2: str | None) -> str:
    return f"{linje1} – {linje2}" if linje2 else linje1


def uavsluttede_saker(a: Arbeid, k: Kriterier, *, progress: Fremdrift, avbrutt: Avbrutt) -> Tabell:
    """Saker not yet closed, each with what still keeps it open (the same list the close refusal gives)."""
    q = select(SAK).where(SAK.status.in_(("R", "B", "X")))
    if k.enhet:
        q = q.where(SAK.enhet_id == _enhet(a, k.enhet).id)
    if k.saksbehandler:
        q = q.where(SAK.saksansvarlig_id == a.bruker(k.saksbehandler).id)
    if k.fra:
        q = q.where(SAK.saksdato >= k.fra)
    if k.til:
        q = q.where(SAK.saksdato <= k.til)
    saker = list(a.s.scalars(q.order_by(SAK.saksaar, SAK.sakssekvensnummer)))
    navn = _Navn(a)
    rader = []
    for i, sak in enumerate(saker):
        if avbrutt():
            raise RapportAvbrutt
        skjult = sak_skjult(a, sak)
        grunner = utestaende(a, sak)
        if sak.status == "R":
            grunner.insert(0, "Saken er reservert (ikke kontrollert av arkivet)")
        if sak.status == "X":
            grunner.insert(0, "Saken er unntatt fra prosesstyring")
        hvorfor = "; ".join(grunner) if grunner else "Ingenting utestående – saken kan avsluttes"
        rader.append([
            sak_nummer(sak), _tittel(skjult.tittel(sak.tittel), skjult.vis("tittel2", sak.tittel2)), sak.status,
            navn(sak.saksansvarlig_id), _d(sak.saksdato), str((a.idag - sak.saksdato).days), hvorfor,
        ])  # fmt: skip
        if i % 50 == 0:
            progress(10 + 80 * i // max(len(saker), 1))
    return (
        ["Sak", "Tittel", "Status", "Saksansvarlig", "Saksdato", "Alder (dager)", "Hvorfor åpen"],
        rader,
        [],
    )


def fullstendig_journal(a: Arbeid, k: Kriterier, *, progress: Fremdrift, avbrutt: Avbrutt) -> Tabell:
    """Every journalpost of one sak with its documents, avskrivninger and merknader, as the card shows them."""
    if not k.sak:
        raise UgyldigInndata("Fullstendig journal gjelder én sak: oppgi saksnummeret (--sak 2026/123)")
    sak = a.sak(k.sak)
    jps = list(a.s.scalars(select(JP).where(JP.sak_id == sak.id).order_by(JP.dokumentnummer)))
    rader = []
    for i, jp in enumerate(jps):
        if avbrutt():
            raise RapportAvbrutt
        info = journalpost_info(a, jp)
        parter = ", ".join(p.navn for p in [*info.avsender, *info.mottakere, *info.kopimottakere])
        rader.append([
            info.journalpostnummer, "Journalpost", f"{info.type} {info.statusnavn}",
            _tittel(info.tittel, info.tittel2) + (f" ({parter})" if parter else ""),
            _d(info.journaldato), info.saksbehandler or "",
        ])  # fmt: skip
        if info.skjermet_for_deg and info.skjerming:
            rader.append([info.journalpostnummer, "Dokumenter", "", "Skjermet", "", ""])
        for dok in info.dokumenter:
            rader.append([
                info.journalpostnummer, "Dokument", f"{dok.tilknytning}, {dok.variant} v{dok.versjon}",
                f"{dok.tittel} ({dok.filnavn})", "", "",
            ])  # fmt: skip
        for av in info.avskrivninger:
            hva = (
                av.navn
                + (f", besvart med {av.svar}" if av.svar else "")
                + (f": {av.merknad}" if av.merknad else "")
            )
            rader.append([info.journalpostnummer, "Avskrivning", av.kode, hva, _d(av.dato), av.av])
        for mk in info.merknader:
            rader.append([info.journalpostnummer, "Merknad", mk.type, mk.tekst, _d(mk.tid.date()), mk.av])
        progress(10 + 80 * (i + 1) // max(len(jps), 1))
    return ["Journalpost", "Hva", "Type/status", "Tekst", "Dato", "Av"], rader, []


def lopende_journal(a: Arbeid, k: Kriterier, *, progress: Fremdrift, avbrutt: Avbrutt) -> Tabell:
    """Every journalpost journaled in the period, in løpenummer order, shielded fields as the reader may see."""
    fra, til = k.fra or a.idag, k.til or a.idag
    if til < fra:
        raise UgyldigInndata("Perioden slutter før den begynner")
    q = select(JP).where(JP.journaldato.between(fra, til))
    if k.enhet:
        q = q.where(JP.enhet_id == _enhet(a, k.enhet).id)
    if k.saksbehandler:
        q = q.where(JP.saksbehandler_id == a.bruker(k.saksbehandler).id)
    jps = list(a.s.scalars(q.order_by(JP.journalaar, JP.journalsekvensnummer)))
    navn = _Navn(a)
    rader = []
    for i, jp in enumerate(jps):
        if avbrutt():
            raise RapportAvbrutt
        sak = jp.sak
        skjult = jp_skjult(a, jp, sak)
        skj = jp_skjerming(jp, sak)
        rader.append([
            f"{jp.journalaar}/{jp.journalsekvensnummer}", jp_nummer(sak, jp), _d(jp.journaldato), jp.type,
            jp.status, _tittel(skjult.tittel(jp.tittel), skjult.vis("tittel2", jp.tittel2)),
            skjult.vis("parter", avsender_mottaker(jp)) or "", navn(jp.saksbehandler_id),
            f"{skj.tilgangskode} {skj.hjemmel or ''}".strip() if skj else "",
        ])  # fmt: skip
        if i % 200 == 0:
            progress(10 + 80 * i // max(len(jps), 1))
    kolonner = ["Løpenr", "Journalpost", "Journaldato", "Type", "Status", "Tittel", "Avsender/mottaker",
                "Saksbehandler", "Skjerming"]  # fmt: skip
    return kolonner, rader, []


def postliste_tabell(ctx, k: Kriterier) -> Tabell:
    """The offentlig journal is the postliste service itself (its own unit of work, its own rule)."""
    fra, til = k.fra or ctx.db.idag(), k.til or ctx.db.idag()
    rader = [
        [
            _d(r.journaldato),
            r.journalpostnummer,
            r.type,
            r.tittel,
            r.saksnummer,
            r.sakstittel,
            r.avsender_mottaker or "",
            _d(r.dokumentdato),
            r.skjerming or "",
        ]  # fmt: skip
        for r in postliste(ctx, fra=fra, til=til)
    ]
    kolonner = ["Journaldato", "Journalpost", "Type", "Tittel", "Sak", "Sakstittel", "Avsender/mottaker",
                "Dokumentdato", "Hjemmel"]  # fmt: skip
    return kolonner, rader, []
