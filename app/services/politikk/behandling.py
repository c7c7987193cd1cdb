"""Saksgang, behandlinger and vedtak: an S from klar til behandling to vedtaksoppfølging.

The approval chain (app/services/oppgaver.py) finishes a saksframlegg; ``ved_ferdigstilling``
runs in that same unit of work: it refuses a saksframlegg with an empty heading, and makes
the first utvalg of the saksgang klar, for its next møte whose skrivefrist the sakspapir made.
A sakspapir meant for a møte whose skrivefrist has passed moves to the next møte, and the
saksbehandler gets a beskjed saying so. The møtesekretær sets klare saker on a møte (each gets
its utvalgssaksnummer then), and after the møte enters one vedtak per behandling: vedtatt or
sendt videre move the sak on to the next utvalg of the saksgang (the vedtak becomes the next
innstilling), utsatt puts it back for the next møte, and the last vedtak gives the saksbehandler
a task to confirm the vedtaksoppfølging.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.domain.feil import IngenTilgang, UgyldigInndata, UgyldigTilstand
from app.domain.regler import politikk as regler
from app.services.arbeid import Arbeid, Ider, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.politikk.felles import (
    mote_,
    moter_for,
    nummer,
    skjermet,
    utvalg_,
)
from app.services.tilgang import krev_skrive_jp
from app.services.visning import jp_nummer
from app.store import models as m
from app.store.modeller import politikk as pm

FERDIGE = ("F", "E", "J", "A")


# --- the saksframlegg document -------------------------------------------------------------


def _hoveddokument(a: Arbeid, jp: m.Journalpost) -> bytes | None:
    from app.services.dokumenter import les_innhold, siste_objekt

    link = a.s.scalar(
        select(m.JournalpostDokument)
        .where(
            m.JournalpostDokument.journalpost_id == jp.id,
            m.JournalpostDokument.tilknytning == "hoveddokument",
        )
        .order_by(m.JournalpostDokument.rekkefolge)
        .limit(1)
    )
    siste = siste_objekt(link.dokument) if link else None
    return les_innhold(a, siste) if siste is not None and siste.format == "docx" else None


def saksframlegg_innhold(a: Arbeid, jp: m.Journalpost) -> dict[str, str] | None:
    """The saksframlegg's text per heading; None when the S has no saksframlegg .docx."""
    from app.dokumenter.saksframlegg import les_overskrifter

    data = _hoveddokument(a, jp)
    return les_overskrifter(data, regler.SAKSFRAMLEGG_OVERSKRIFTER) if data else None


def ved_ferdigstilling(a: Arbeid, jp: m.Journalpost) -> None:
    """Called by ``_ferdigstill`` in the same unit of work, before the status changes."""
    if jp.type == "S":
        innhold = saksframlegg_innhold(a, jp)
        if innhold is not None and regler.er_saksframlegg(innhold):
            regler.sjekk_saksframlegg(innhold)
    forste = _neste_i_saksgangen(a, jp.id, etter=None)
    if forste is not None:
        _gjor_klar(a, forste)
    for ds in a.s.scalars(
        select(pm.Utvalgssak).where(
            pm.Utvalgssak.journalpost_id == jp.id,
            pm.Utvalgssak.type == "DS",
            pm.Utvalgssak.status == "planlagt",
        )
    ):
        _gjor_klar(a, ds)


# --- saksgang ----------------------------------------------------------------------------------


def _neste_i_saksgangen(a: Arbeid, jp_id: int, *, etter: int | None) -> pm.Utvalgssak | None:
    q = select(pm.Utvalgssak).where(
        pm.Utvalgssak.journalpost_id == jp_id, pm.Utvalgssak.type == "PS", pm.Utvalgssak.status == "planlagt"
    )
    if etter is not None:
        q = q.where(pm.Utvalgssak.rekkefolge > etter)
    return a.s.scalar(q.order_by(pm.Utvalgssak.rekkefolge).limit(1))


def _saksbehandler(a: Arbeid, jp: m.Journalpost) -> m.Bruker | None:
    bid = jp.saksbehandler_id or jp.opprettet_av_id
    return a.s.get(m.Bruker, bid) if bid else None


def _beskjed(a: Arbeid, jp: m.Journalpost, tekst: str) -> int | None:
    """A task to the sakspapir's saksbehandler (unless they are the one acting)."""
    sbh = _saksbehandler(a, jp)
    if sbh is None or sbh.id == a.aktor.bruker_id:
        return None
    o = m.Oppgave(
        type="beskjed", journalpost_id=jp.id, fra_id=a.aktor.bruker_id, paa_vegne_av_id=a.aktor.paa_vegne_av_id,
        til_id=sbh.id, merknad=tekst, status="aktiv", sendt=a.naa,
    )  # fmt: skip
    a.s.add(o)
    a.s.flush()
    # As every task's merknad (app/services/oppgaver.py), kept as a formal merknad on the journalpost.
    a.s.add(m.Merknad(journalpost_id=jp.id, oppgave_id=o.id, type="formell", tekst=tekst, for_alle=True,
                      av_id=a.aktor.bruker_id, tid=a.naa))  # fmt: skip
    a.logg("oppgave sendt", entitet="oppgave", entitet_id=o.id, sak_id=jp.sak_id, journalpost_id=jp.id,
           felt="beskjed", til=f"Beskjed til {sbh.initialer}")  # fmt: skip
    return o.id


def _gjor_klar(a: Arbeid, us: pm.Utvalgssak, *, etter: date | None = None) -> None:
    """Klar til behandling, for the first møte whose skrivefrist it made (moved if it missed its own)."""
    jp = a.hent(m.Journalpost, us.journalpost_id, "sakspapiret")
    u = a.hent(pm.Utvalg, us.utvalg_id, "utvalget")
    ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
    if us.klar_dato is None:
        us.klar_dato = a.idag
    a.endre(us, "status", "klar", handling="klar til behandling", **ids)
    onsket = a.s.get(pm.Mote, us.onsket_mote_id) if us.onsket_mote_id else None
    if (
        onsket is not None
        and onsket.status == "planlagt"
        and onsket.skrivefrist >= us.klar_dato
        and etter is None
    ):
        return
    neste = regler.neste_mote(
        moter_for(a, u.id), us.klar_dato, etter=etter or (onsket.dato if onsket else None)
    )
    a.endre(us, "onsket_mote_id", neste.id if neste else None, handling="satt til møte", **ids)
    if onsket is not None and etter is None:
        hvor = f"møtet {neste.dato:%d.%m.%Y}" if neste else "neste møte (ingen er satt opp ennå)"
        _beskjed(
            a,
            jp,
            f"Sakspapiret {jp_nummer(jp.sak, jp)} ble ferdig {us.klar_dato:%d.%m.%Y}, etter skrivefristen "
            f"{onsket.skrivefrist:%d.%m.%Y} for {u.kode}-møtet {onsket.dato:%d.%m.%Y}; saken er flyttet til {hvor}",
        )


@skrivetjeneste
def sett_saksgang(
    ctx: Kontekst,
    jpnr: str | int,
    *,
    utvalg: list[str],
    hjemmel: str | None = None,
    melding_til: list[str] | None = None,
    onsket_mote: date | None = None,
) -> Resultat:
    """The behandlingsrekkefølge of an S (one or more utvalg, in order), hjemmel, melding om vedtak.

    ``onsket_mote`` is the date of the first utvalg's møte the saksbehandler aims for.
    """
    regler.sjekk_saksgang([u.strip().upper() for u in utvalg])
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        krev_skrive_jp(a, jp)
        regler.sjekk_type("PS", jp.type)
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        gamle = a.s.scalars(
            select(pm.Utvalgssak).where(pm.Utvalgssak.journalpost_id == jp.id, pm.Utvalgssak.type == "PS")
        ).all()
        if any(us.status != "planlagt" for us in gamle):
            raise UgyldigTilstand(
                "Saken er alt klar til behandling eller behandlet; saksgangen kan ikke endres"
            )
        for us in gamle:
            a.logg("saksgang endret", entitet="utvalgssak", entitet_id=us.id, fra=us.utvalg_id, **ids)
            a.s.delete(us)
        a.s.flush()
        valgte = [utvalg_(a, k) for k in utvalg]
        mt = mote_(a, onsket_mote, valgte[0].kode) if onsket_mote else None
        for i, u in enumerate(valgte, start=1):
            us = pm.Utvalgssak(
                journalpost_id=jp.id, utvalg_id=u.id, type="PS", rekkefolge=i, status="planlagt",
                onsket_mote_id=mt.id if (mt and i == 1) else None, opprettet_av_id=a.aktor.bruker_id,
                opprettet=a.naa,
            )  # fmt: skip
            a.s.add(us)
            a.s.flush()
            a.logg("saksgang", entitet="utvalgssak", entitet_id=us.id, felt=str(i), til=u.kode, **ids)
        sg = a.s.get(pm.Saksgang, jp.id) or pm.Saksgang(journalpost_id=jp.id)
        a.s.add(sg)
        sg.hjemmel = (hjemmel or "").strip() or None
        sg.melding_til = "\n".join(x.strip() for x in melding_til or [] if x.strip()) or None
        a.logg("saksgang", entitet="saksgang", entitet_id=jp.id, felt="hjemmel", til=sg.hjemmel, **ids)
        a.logg(
            "saksgang", entitet="saksgang", entitet_id=jp.id, felt="melding_til", til=sg.melding_til, **ids
        )
        if jp.status in FERDIGE:
            forste = _neste_i_saksgangen(a, jp.id, etter=None)
            if forste is not None:
                _gjor_klar(a, forste)
        nr = jp_nummer(jp.sak, jp)
        return Resultat(f"Saksgangen for {nr}: {' → '.join(u.kode for u in valgte)}", journalpostnummer=nr)


@skrivetjeneste
def ny_behandling(ctx: Kontekst, jpnr: str | int, *, utvalg: str, type_: str = "PS") -> Resultat:
    """One more utvalgssak: PS at the end of the saksgang, DS to the fullmaktsorgan, RS/OS to the next møte."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        regler.sjekk_type(type_, jp.type)
        if type_ in ("PS", "DS"):
            krev_skrive_jp(a, jp)
        u = utvalg_(a, utvalg)
        vedtatt_av = None
        if type_ == "DS" and u.fullmaktsorgan_id:
            vedtatt_av, u = u, a.hent(pm.Utvalg, u.fullmaktsorgan_id, "fullmaktsorganet")
        rekke = None
        if type_ == "PS":
            rekke = (
                a.s.scalar(
                    select(func.max(pm.Utvalgssak.rekkefolge)).where(
                        pm.Utvalgssak.journalpost_id == jp.id, pm.Utvalgssak.type == "PS"
                    )
                )
                or 0
            ) + 1
        us = pm.Utvalgssak(
            journalpost_id=jp.id, utvalg_id=u.id, vedtatt_av_id=vedtatt_av.id if vedtatt_av else None,
            type=type_, rekkefolge=rekke, status="planlagt", opprettet_av_id=a.aktor.bruker_id, opprettet=a.naa,
        )  # fmt: skip
        a.s.add(us)
        a.s.flush()
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        a.logg("ny behandling", entitet="utvalgssak", entitet_id=us.id, felt=type_, til=u.kode, **ids)
        forrige_ferdig = rekke is None or rekke == 1 or not a.s.scalar(
            select(func.count()).where(
                pm.Utvalgssak.journalpost_id == jp.id, pm.Utvalgssak.type == "PS",
                pm.Utvalgssak.status != "ferdig", pm.Utvalgssak.id != us.id,
            )
        )  # fmt: skip
        if (type_ in ("RS", "OS") or jp.status in FERDIGE) and forrige_ferdig:
            _gjor_klar(a, us)
        nr = jp_nummer(jp.sak, jp)
        til = f"referert til fullmaktsorganet {u.kode}" if vedtatt_av else f"i {u.kode}"
        return Resultat(
            f"{regler.BEHANDLINGSTYPER[type_]} for {nr} {til}",
            journalpostnummer=nr,
            id=us.id,
            status=us.status,
        )


@skrivetjeneste
def referer(ctx: Kontekst, jpnr: str | int, *, utvalg: list[str], mote: date, type_: str = "RS") -> Resultat:
    """«Referer i utvalg»: any journalpost as referatsak (RS) or orienteringssak (OS) on the møte."""
    if type_ not in ("RS", "OS"):
        raise UgyldigInndata("Referer som referatsak (RS) eller orienteringssak (OS)")
    if not utvalg:
        raise UgyldigInndata("Velg minst ett utvalg")
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        regler.sjekk_type(type_, jp.type)
        nummerert = []
        for kode in utvalg:
            u = utvalg_(a, kode)
            mt = mote_(a, mote, u.kode)
            us = pm.Utvalgssak(
                journalpost_id=jp.id, utvalg_id=u.id, type=type_, status="klar", klar_dato=a.idag,
                onsket_mote_id=mt.id, opprettet_av_id=a.aktor.bruker_id, opprettet=a.naa,
            )  # fmt: skip
            a.s.add(us)
            a.s.flush()
            a.logg("referert", entitet="utvalgssak", entitet_id=us.id, felt=type_, til=u.kode,
                   sak_id=jp.sak_id, journalpost_id=jp.id)  # fmt: skip
            _sett_opp(a, us, mt, sjekk_frist=False)
            nummerert.append(f"{u.kode} {nummer(us)}")
        nr = jp_nummer(jp.sak, jp)
        return Resultat(f"{nr} er referert: {', '.join(nummerert)}", journalpostnummer=nr)


# --- the saksliste -----------------------------------------------------------------------------


def _innstilling(a: Arbeid, us: pm.Utvalgssak, jp: m.Journalpost) -> str | None:
    """The previous utvalg's vedtak in the saksgang, else the saksframlegg's innstilling."""
    if us.type == "PS" and us.rekkefolge and us.rekkefolge > 1:
        forrige = a.s.scalar(
            select(pm.Behandling.vedtak)
            .join(pm.Utvalgssak, pm.Utvalgssak.id == pm.Behandling.utvalgssak_id)
            .where(
                pm.Utvalgssak.journalpost_id == jp.id,
                pm.Utvalgssak.type == "PS",
                pm.Utvalgssak.rekkefolge < us.rekkefolge,
                pm.Behandling.status.in_(("vedtatt", "sendt_videre")),
            )
            .order_by(pm.Utvalgssak.rekkefolge.desc())
            .limit(1)
        )
        if forrige:
            return forrige
    innhold = saksframlegg_innhold(a, jp) if jp.type == "S" else None
    tekst = (innhold or {}).get(regler.INNSTILLING)
    return tekst if tekst and not regler.er_plassholder(tekst) else None


def _sett_opp(a: Arbeid, us: pm.Utvalgssak, mt: pm.Mote, *, sjekk_frist: bool = True) -> pm.Behandling:
    if mt.utvalg_id != us.utvalg_id:
        raise UgyldigInndata("Møtet hører til et annet utvalg enn saken")
    regler.sjekk_kan_endre_saksliste(mt.status)
    if us.status != "klar":
        raise UgyldigTilstand(f"Saken er {regler.UTVALGSSAKSTATUSER.get(us.status, us.status).lower()}")
    if sjekk_frist:
        regler.sjekk_skrivefrist(us.klar_dato, mt.skrivefrist)
    jp = a.hent(m.Journalpost, us.journalpost_id, "sakspapiret")
    ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
    if us.nummer is None:
        us.aar = mt.aar
        us.nummer = a.neste_nummer(f"UTV{us.utvalg_id}{us.type}", mt.aar)
        a.logg("utvalgssaksnummer", entitet="utvalgssak", entitet_id=us.id, til=nummer(us), **ids)
    kode = skjermet(jp)
    rader = a.s.scalars(select(pm.Behandling).where(pm.Behandling.mote_id == mt.id)).all()
    # A public sak goes before the first shielded one; a shielded one last.
    plass = max((b.rekkefolge for b in rader if kode or not b.tilgangskode), default=0) + 1
    for b in rader:
        if b.rekkefolge >= plass:
            b.rekkefolge += 1
    b = pm.Behandling(
        utvalgssak_id=us.id, journalpost_id=jp.id, mote_id=mt.id, rekkefolge=plass, status="satt_opp",
        innstilling=_innstilling(a, us, jp), tilgangskode=kode,
        hjemmel=(jp.hjemmel if jp.tilgangskode else jp.sak.hjemmel) if kode else None,
    )  # fmt: skip
    a.s.add(b)
    a.s.flush()
    a.endre(us, "status", "satt_opp", handling="satt opp på møte", **ids)
    a.endre(us, "onsket_mote_id", mt.id, handling="satt opp på møte", **ids)
    a.logg("satt opp", entitet="behandling", entitet_id=b.id, felt="mote", til=f"{mt.dato:%d.%m.%Y}", **ids)
    return b


def _sekretar(a: Arbeid, utvalg_id: int, handling: str) -> pm.Utvalg:
    u = a.hent(pm.Utvalg, utvalg_id, "utvalget")
    regler.sjekk_sekretar(a.aktor, u.sekretar_id, handling)
    return u


@skrivetjeneste
def sett_opp(ctx: Kontekst, utvalgssak_id: int, *, mote_id: int | None = None) -> Resultat:
    """Put a sak klar til behandling on a møte's saksliste (its own suggested møte by default)."""
    with arbeid(ctx) as a:
        us = a.hent(pm.Utvalgssak, utvalgssak_id, "utvalgssaken")
        _sekretar(a, us.utvalg_id, "sette opp saker")
        mt_id = mote_id or us.onsket_mote_id
        if mt_id is None:
            raise UgyldigInndata("Velg møtet saken skal opp på (utvalget har ikke noe passende møte)")
        mt = a.hent(pm.Mote, mt_id, "møtet")
        b = _sett_opp(a, us, mt)
        return Resultat(f"{nummer(us)} er satt opp på møtet {mt.dato:%d.%m.%Y}", id=b.id)


@skrivetjeneste
def ta_av(ctx: Kontekst, behandling_id: int) -> Resultat:
    """Take a sak off a saksliste that is not locked yet (it is klar til behandling again)."""
    with arbeid(ctx) as a:
        b = a.hent(pm.Behandling, behandling_id, "behandlingen")
        mt = a.hent(pm.Mote, b.mote_id, "møtet")
        _sekretar(a, mt.utvalg_id, "endre sakslisten")
        regler.sjekk_kan_endre_saksliste(mt.status)
        us = a.hent(pm.Utvalgssak, b.utvalgssak_id, "utvalgssaken")
        ids: Ider = {"sak_id": None, "journalpost_id": b.journalpost_id}
        a.logg("tatt av sakslisten", entitet="behandling", entitet_id=b.id, fra=f"{mt.dato:%d.%m.%Y}", **ids)
        a.s.delete(b)
        a.endre(us, "status", "klar", handling="tatt av sakslisten", **ids)
        return Resultat(f"{nummer(us)} er tatt av sakslisten")


# --- vedtak and oppfølging ---------------------------------------------------------------------


@skrivetjeneste
def fatt_vedtak(ctx: Kontekst, behandling_id: int, *, status: str, tekst: str | None = None) -> Resultat:
    """The vedtak of one behandling (the innstilling when no text is given), then the saksgang moves on."""
    with arbeid(ctx) as a:
        b = a.hent(pm.Behandling, behandling_id, "behandlingen")
        mt = a.hent(pm.Mote, b.mote_id, "møtet")
        u = _sekretar(a, mt.utvalg_id, "føre vedtak")
        vedtak = (tekst if tekst is not None and tekst.strip() else b.innstilling) or ""
        regler.sjekk_vedtak(mt.status, b.status, status, vedtak)
        us = a.hent(pm.Utvalgssak, b.utvalgssak_id, "utvalgssaken")
        jp = a.hent(m.Journalpost, b.journalpost_id, "sakspapiret")
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        a.endre(b, "status", status, handling="vedtak", **ids)
        a.endre(b, "vedtaksdato", mt.dato, handling="vedtak", **ids)
        if status != "utsatt":
            a.endre(b, "vedtak", vedtak.strip(), handling="vedtak", **ids)
        melding = f"{u.kode} {nummer(us)}: {regler.BEHANDLINGSSTATUSER[status].lower()}"
        if status == "utsatt":
            a.endre(us, "status", "planlagt", handling="utsatt", **ids)
            _gjor_klar(a, us, etter=mt.dato)
            neste = a.s.get(pm.Mote, us.onsket_mote_id) if us.onsket_mote_id else None
            melding += (
                f"; saken er klar til {'møtet ' + format(neste.dato, '%d.%m.%Y') if neste else 'neste møte'}"
            )
        else:
            a.endre(us, "status", "ferdig", handling="vedtak", **ids)
            neste_us = _neste_i_saksgangen(a, jp.id, etter=us.rekkefolge) if us.type == "PS" else None
            if neste_us is not None:
                _gjor_klar(a, neste_us)
                melding += f"; saken går videre til {a.hent(pm.Utvalg, neste_us.utvalg_id, 'utvalget').kode}"
            elif us.type in ("PS", "DS"):
                sg = a.s.get(pm.Saksgang, jp.id)
                til = (
                    f" Melding om vedtak til: {sg.melding_til.replace(chr(10), ', ')}."
                    if sg and sg.melding_til
                    else ""
                )
                _beskjed(
                    a,
                    jp,
                    f"Vedtak i {u.kode} {mt.dato:%d.%m.%Y} ({nummer(us)}): {vedtak.strip()}{til} "
                    "Bekreft vedtaksoppfølgingen.",
                )
                melding += "; saksbehandleren er varslet"
        if not a.s.scalar(
            select(func.count()).where(pm.Behandling.mote_id == mt.id, pm.Behandling.status == "satt_opp")
        ):
            a.endre(mt, "status", "avholdt", handling="møtet avholdt", sak_id=None, journalpost_id=None)
        return Resultat(melding, id=b.id, status=status, journalpostnummer=jp_nummer(jp.sak, jp))


def _oppfolgingsoppgave(a: Arbeid, jp_id: int) -> m.Oppgave | None:
    return a.s.scalar(
        select(m.Oppgave)
        .where(
            m.Oppgave.journalpost_id == jp_id,
            m.Oppgave.type == "beskjed",
            m.Oppgave.status == "aktiv",
            m.Oppgave.til_id == a.aktor.skrivebord_id,
            m.Oppgave.merknad.like("Vedtak i %"),
        )
        .order_by(m.Oppgave.id.desc())
        .limit(1)
    )


def er_siste(a: Arbeid, us: pm.Utvalgssak) -> bool:
    """The last step of its saksgang (a DS has no saksgang): its vedtak is the final one."""
    if us.type != "PS":
        return True
    return not a.s.scalar(
        select(func.count()).where(
            pm.Utvalgssak.journalpost_id == us.journalpost_id,
            pm.Utvalgssak.type == "PS",
            pm.Utvalgssak.rekkefolge > (us.rekkefolge or 0),
        )
    )


def sjekk_kan_bekrefte(a: Arbeid, b: pm.Behandling, jp: m.Journalpost) -> None:
    if b.status not in ("vedtatt", "sendt_videre"):
        raise UgyldigTilstand("Saken har ikke fått noe vedtak ennå")
    if b.oppfolging_bekreftet is not None:
        raise UgyldigTilstand("Vedtaksoppfølgingen er alt bekreftet")
    if not er_siste(a, a.hent(pm.Utvalgssak, b.utvalgssak_id, "utvalgssaken")):
        raise UgyldigTilstand("Saken skal videre i saksgangen; oppfølgingen bekreftes etter siste vedtak")
    sbh = _saksbehandler(a, jp)
    if sbh is None or sbh.id != a.aktor.skrivebord_id:
        raise IngenTilgang("Bare saksbehandleren bekrefter vedtaksoppfølgingen")


@skrivetjeneste
def bekreft_oppfolging(ctx: Kontekst, behandling_id: int) -> Resultat:
    """The saksbehandler confirms the vedtak is followed up; the task about it is done at once."""
    with arbeid(ctx) as a:
        b = a.hent(pm.Behandling, behandling_id, "behandlingen")
        jp = a.hent(m.Journalpost, b.journalpost_id, "sakspapiret")
        sjekk_kan_bekrefte(a, b, jp)
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        a.endre(b, "oppfolging_bekreftet", a.naa, handling="vedtaksoppfølging bekreftet", **ids)
        b.oppfolging_av_id = a.aktor.bruker_id
        o = _oppfolgingsoppgave(a, jp.id)
        if o is not None:
            o.status, o.svar, o.besvart, o.lest = "besvart", "utfort", a.naa, o.lest or a.naa
            a.logg("oppgave besvart", entitet="oppgave", entitet_id=o.id, felt="svar", til="Utført", **ids)
        return Resultat(f"Vedtaksoppfølgingen for {jp_nummer(jp.sak, jp)} er bekreftet", id=b.id)
