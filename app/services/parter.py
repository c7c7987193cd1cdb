"""The party register: external parties typed once are offered again, shielded like their journalposter.

Every external korrespondansepart registered on a journalpost is remembered (name, e-mail,
address, orgnr/fødselsnummer where given) in the same transaction as the journalpost. A row
carries the skjerming code of the journalpost it came from (its own or its sak's), so a party
first met in a post unntatt offentlighet is offered only to users authorised for that code (on
PostgreSQL row-level security holds the same line); the same party met in a public post is a
separate, public row. A user not authorised for the code does not write a shielded row at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from app.domain import regler
from app.services.arbeid import Arbeid, Kontekst, arbeid
from app.services.visning import jp_skjerming
from app.store import models as m
from app.store.models_integrasjon import Partregister


@dataclass(frozen=True)
class PartForslag:
    """A remembered party, as the card's completer offers it."""

    id: int
    navn: str
    epost: str | None
    adresse: str | None
    postnummer: str | None
    poststed: str | None
    orgnr: str | None
    fodselsnummer: str | None
    skjermet: bool

    @property
    def visning(self) -> str:
        hvor = f" <{self.epost}>" if self.epost else (f", {self.poststed}" if self.poststed else "")
        return f"{self.navn}{hvor}"


def husk(a: Arbeid, jp: m.Journalpost, inn: Sequence[object]) -> None:
    """Remember the external parties of ``jp``; ``inn`` are the PartInn it was made from, in order.

    Called inside the unit of work that registers the journalpost.
    """
    skj = jp_skjerming(jp, jp.sak) if jp.sak is not None else None
    kode = skj.tilgangskode if skj else None
    if kode and not regler.autorisert(a.aktor, kode, jp.enhet_id):
        return
    for kp, p in zip(jp.parter, inn, strict=False):
        if kp.intern_bruker_id is not None or kp.intern_enhet_id is not None:
            continue
        orgnr = getattr(p, "orgnr", None) or None
        fnr = getattr(p, "fodselsnummer", None) or None
        rad = a.s.scalar(
            select(Partregister).where(
                func.lower(Partregister.navn) == kp.navn.lower(),
                func.coalesce(Partregister.epost, "") == (kp.epost or ""),
                Partregister.tilgangskode.is_(None) if kode is None else Partregister.tilgangskode == kode,
            )
        )
        if rad is None:
            a.s.add(
                Partregister(
                    navn=kp.navn,
                    epost=kp.epost,
                    adresse=kp.adresse,
                    postnummer=kp.postnummer,
                    poststed=kp.poststed,
                    orgnr=orgnr,
                    fodselsnummer=fnr,
                    tilgangskode=kode,
                    enhet_id=jp.enhet_id if kode else None,
                    antall=1,
                    sist_brukt=a.naa,
                )
            )
            continue
        rad.antall += 1
        rad.sist_brukt = a.naa
        for felt, verdi in (
            ("adresse", kp.adresse),
            ("postnummer", kp.postnummer),
            ("poststed", kp.poststed),
            ("orgnr", orgnr),
            ("fodselsnummer", fnr),
        ):
            if verdi:
                setattr(rad, felt, verdi)


def forslag(ctx: Kontekst, tekst: str = "", *, grense: int = 500) -> list[PartForslag]:
    """Remembered parties matching ``tekst`` (name, e-mail or orgnr), most used first, that this user may see."""
    with arbeid(ctx, skriv=False) as a:
        q = select(Partregister).order_by(Partregister.antall.desc(), Partregister.sist_brukt.desc())
        t = (tekst or "").strip().lower()
        if t:
            q = q.where(
                or_(
                    func.lower(Partregister.navn).contains(t),
                    func.lower(Partregister.epost).contains(t),
                    Partregister.orgnr.contains(t),
                )
            )
        ut: list[PartForslag] = []
        sett: set[tuple[str, str]] = set()
        for r in a.s.scalars(q.limit(grense * 2)):
            if not regler.autorisert(a.aktor, r.tilgangskode, r.enhet_id):
                continue
            nokkel = (r.navn.lower(), (r.epost or "").lower())
            if nokkel in sett:
                continue
            sett.add(nokkel)
            ut.append(
                PartForslag(
                    id=r.id,
                    navn=r.navn,
                    epost=r.epost,
                    adresse=r.adresse,
                    postnummer=r.postnummer,
                    poststed=r.poststed,
                    orgnr=r.orgnr,
                    fodselsnummer=r.fodselsnummer,
                    skjermet=r.tilgangskode is not None,
                )
            )
            if len(ut) >= grense:
                break
        return ut
