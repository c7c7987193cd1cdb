"""Reading saker and journalposter as the acting user may see them (skjerming per level)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.domain import regler
from app.domain.koder import OPPGAVESVAR, OPPGAVETYPER
from app.services.arbeid import Arbeid, Kontekst, arbeid
from app.services.data import (
    SKJERMET,
    AvskrivningInfo,
    DokumentInfo,
    JournalpostInfo,
    JournalpostKort,
    JpFelt,
    LoggInfo,
    MerknadInfo,
    OppgaveInfo,
    Part,
    SakFelt,
    SakInfo,
    Skjerming,
)
from app.store import models as m


def jp_nummer(sak: m.Sak | SakFelt, jp: m.Journalpost | JpFelt) -> str:
    return regler.journalpostnummer(sak.saksaar, sak.sakssekvensnummer, jp.dokumentnummer)


def sak_nummer(sak: m.Sak | SakFelt) -> str:
    return regler.saksnummer(sak.saksaar, sak.sakssekvensnummer)


def jp_skjerming(jp: m.Journalpost | JpFelt, sak: m.Sak | SakFelt) -> Skjerming | None:
    """A journalpost's own skjerming, else its sak's (saksframlegg are public by default)."""
    if jp.tilgangskode:
        return Skjerming(jp.tilgangskode, jp.hjemmel, jp.skjermingsnivaa)
    if sak.tilgangskode and jp.type != "S":
        return Skjerming(sak.tilgangskode, sak.hjemmel, sak.skjermingsnivaa, arvet_fra_sak=True)
    return None


def kan_se_jp(a: Arbeid, jp: m.Journalpost | JpFelt, sak: m.Sak | SakFelt) -> bool:
    return _aktor_ser_jp(a.aktor, jp, sak)


def _aktor_ser_jp(aktor: regler.Aktor, jp: m.Journalpost | JpFelt, sak: m.Sak | SakFelt) -> bool:
    skj = jp_skjerming(jp, sak)
    if skj is None:
        return True
    return regler.autorisert(
        aktor, skj.tilgangskode, jp.enhet_id, eier_ids=(jp.saksbehandler_id, sak.saksansvarlig_id)
    )


def kan_se_sak(a: Arbeid, sak: m.Sak) -> bool:
    return regler.autorisert(a.aktor, sak.tilgangskode, sak.enhet_id, eier_ids=(sak.saksansvarlig_id,))


@dataclass(frozen=True)
class Skjult:
    """What of one sak or journalpost the reader may not see (DESIGN §1 levels).

    The one masking rule: the card, the kurver, the endringslogg and the search all ask this,
    so no view can show a value another view hides.
    """

    dokumenter: bool = False
    tittel2: bool = False
    parter: bool = False
    klassering: bool = False
    tittelord: tuple[str, ...] = ()  # words of title line 1 shown as asterisks

    def vis(self, hva: str, verdi: str | None) -> str | None:
        """``verdi`` as this reader may see it: ``SKJERMET`` in place of a hidden non-empty value."""
        return SKJERMET if verdi and getattr(self, hva) else verdi

    def tittel(self, tittel: str) -> str:
        """Title line 1 with its shielded words masked for this reader (the rest stays visible)."""
        return regler.tittel_for_leser(tittel, self.tittelord)


INGENTING_SKJULT = Skjult()


#: The reader of the offentlig journal: no role, no code, no desk; every shielding applies.
OFFENTLIGHETEN = regler.Aktor(
    bruker_id=0, initialer="", navn="Offentligheten", enhet_id=None, roller=frozenset(), koder=frozenset()
)


def jp_skjult(a: Arbeid, jp: m.Journalpost | JpFelt, sak: m.Sak | SakFelt) -> Skjult:
    """Journalpost level 1 hides the documents, 2 also title line 2, 3 also avsender/mottaker."""
    return jp_skjult_for(a.aktor, jp, sak)


def jp_skjult_for(aktor: regler.Aktor, jp: m.Journalpost | JpFelt, sak: m.Sak | SakFelt) -> Skjult:
    """``jp_skjult`` for a reader outside a unit of work (``OFFENTLIGHETEN`` for the public journal)."""
    skj = jp_skjerming(jp, sak)
    if skj is None or _aktor_ser_jp(aktor, jp, sak):
        return INGENTING_SKJULT
    nivaa = skj.nivaa or 1
    ord_ = regler.les_skjermede_ord(getattr(jp, "skjermede_ord", None))
    return Skjult(dokumenter=True, tittel2=nivaa >= 2, parter=nivaa >= 3, tittelord=ord_)


def sak_skjult(a: Arbeid, sak: m.Sak) -> Skjult:
    """Sak level 1 hides the documents, 2 also title line 2, 3 also the klassering."""
    return sak_skjult_for(a.aktor, sak)


def sak_skjult_for(aktor: regler.Aktor, sak: m.Sak | SakFelt) -> Skjult:
    """``sak_skjult`` for a reader outside a unit of work."""
    ser = regler.autorisert(aktor, sak.tilgangskode, sak.enhet_id, eier_ids=(sak.saksansvarlig_id,))
    if not sak.tilgangskode or ser:
        return INGENTING_SKJULT
    nivaa = sak.skjermingsnivaa or 1
    ord_ = regler.les_skjermede_ord(getattr(sak, "skjermede_ord", None))
    return Skjult(dokumenter=True, tittel2=nivaa >= 2, klassering=nivaa >= 3, tittelord=ord_)


def _initialer(a: Arbeid, bruker_id: int | None) -> str | None:
    if bruker_id is None:
        return None
    b = a.s.get(m.Bruker, bruker_id)
    return b.initialer if b else None


def _navn(a: Arbeid, bruker_id: int | None) -> str | None:
    if bruker_id is None:
        return None
    b = a.s.get(m.Bruker, bruker_id)
    return b.navn if b else None


def _enhet(a: Arbeid, enhet_id: int | None) -> str | None:
    if enhet_id is None:
        return None
    e = a.s.get(m.AdministrativEnhet, enhet_id)
    return e.kode if e else None


def part_info(a: Arbeid, p: m.Korrespondansepart) -> Part:
    return Part(
        id=p.id,
        rolle=p.rolle,
        navn=p.navn,
        epost=p.epost,
        adresse=p.adresse,
        postnummer=p.postnummer,
        poststed=p.poststed,
        intern_initialer=_initialer(a, p.intern_bruker_id),
        kanal=p.kanal,
        ekspedert=p.ekspedert,
        digital_id=p.digital_id,
    )


def merknader(
    a: Arbeid, *, sak_id: int | None = None, journalpost_id: int | None = None
) -> list[MerknadInfo]:
    q = select(m.Merknad).order_by(m.Merknad.tid, m.Merknad.id)
    q = q.where(m.Merknad.sak_id == sak_id) if sak_id else q.where(m.Merknad.journalpost_id == journalpost_id)
    ut = []
    for mk in a.s.scalars(q):
        if not ser_merknad(a, mk):
            continue
        ut.append(MerknadInfo(mk.id, mk.type, mk.tekst, _initialer(a, mk.av_id) or "", mk.tid))
    return ut


def ser_merknad(a: Arbeid, mk: m.Merknad) -> bool:
    """A merknad for everyone, or one the reader wrote or is the next link for."""
    return mk.for_alle or mk.av_id == a.aktor.bruker_id or _er_neste_ledd(a, mk)


def _er_neste_ledd(a: Arbeid, mk: m.Merknad) -> bool:
    """A gul merknad on a task is seen by the task's recipient (the next link)."""
    if mk.oppgave_id is None:
        return False
    oppg = a.s.get(m.Oppgave, mk.oppgave_id)
    return oppg is not None and oppg.til_id in (a.aktor.bruker_id, a.aktor.skrivebord_id)


def avskrivning_info(a: Arbeid, av: m.Avskrivning) -> AvskrivningInfo:
    kode = a.s.get(m.Avskrivningskode, av.kode)
    svar = None
    if av.svar_journalpost_id:
        svar_jp = a.s.get(m.Journalpost, av.svar_journalpost_id)
        svar = jp_nummer(svar_jp.sak, svar_jp) if svar_jp else None  # None: hidden from this user (RLS)
    return AvskrivningInfo(
        kode=av.kode,
        navn=kode.navn if kode else av.kode,
        dato=av.dato,
        av=_initialer(a, av.av_id) or "",
        merknad=av.merknad,
        svar=svar,
        ventende=av.ventende,
    )


def dokumenter(a: Arbeid, jp_id: int) -> list[DokumentInfo]:
    rader = a.s.execute(
        select(m.JournalpostDokument, m.Dokumentbeskrivelse, m.Dokumentobjekt)
        .join(m.Dokumentbeskrivelse, m.Dokumentbeskrivelse.id == m.JournalpostDokument.dokument_id)
        .join(m.Dokumentobjekt, m.Dokumentobjekt.dokument_id == m.Dokumentbeskrivelse.id)
        .where(m.JournalpostDokument.journalpost_id == jp_id)
        .order_by(
            m.JournalpostDokument.rekkefolge, m.Dokumentobjekt.versjonsnummer, m.Dokumentobjekt.variantformat
        )
    ).all()
    return [
        DokumentInfo(
            id=d.id,
            tittel=d.tittel,
            tilknytning=link.tilknytning,
            filnavn=o.filnavn,
            format=o.format,
            variant=o.variantformat,
            versjon=o.versjonsnummer,
            storrelse=o.storrelse,
            sjekksum=o.sjekksum,
            objekt_id=o.id,
            sider=o.sider,
            kryptert=o.kryptert,
        )
        for link, d, o in rader
    ]


def journalpost_info(a: Arbeid, jp: m.Journalpost) -> JournalpostInfo:
    sak = jp.sak
    skj = jp_skjerming(jp, sak)
    skjult = jp_skjult(a, jp, sak)

    def parter(rolle: str) -> list[Part]:
        ps = [part_info(a, p) for p in jp.parter if p.rolle == rolle]
        if skjult.parter:
            return [Part(id=p.id, rolle=p.rolle, navn=SKJERMET) for p in ps]
        return ps

    avskr = a.s.scalars(
        select(m.Avskrivning).where(m.Avskrivning.journalpost_id == jp.id).order_by(m.Avskrivning.id)
    ).all()
    avskr_info = [avskrivning_info(a, x) for x in avskr]
    gjeldende = next((x for x in reversed(avskr_info) if x.kode != "***"), None) or (
        avskr_info[-1] if avskr_info else None
    )
    return JournalpostInfo(
        id=jp.id,
        journalpostnummer=jp_nummer(sak, jp),
        lopenummer=f"{jp.journalaar}/{jp.journalsekvensnummer}",
        sak_id=sak.id,
        saksnummer=sak_nummer(sak),
        sakstittel=sak.tittel,
        type=jp.type,
        status=jp.status,
        statusnavn=regler.statusnavn(jp.status),
        tittel=skjult.tittel(jp.tittel),
        tittel2=skjult.vis("tittel2", jp.tittel2),
        dokumentdato=jp.dokumentdato,
        mottatt_dato=jp.mottatt_dato,
        ekspedert_dato=jp.ekspedert_dato,
        journaldato=jp.journaldato,
        saksbehandler=_initialer(a, jp.saksbehandler_id),
        saksbehandler_navn=_navn(a, jp.saksbehandler_id),
        enhet=_enhet(a, jp.enhet_id),
        forfallsdato=jp.forfallsdato,
        antall_vedlegg=jp.antall_vedlegg,
        restanse=jp.restanse,
        forelopig_svar=jp.forelopig_svar,
        avsender=parter("avsender"),
        mottakere=parter("mottaker"),
        kopimottakere=parter("kopimottaker"),
        skjerming=skj,
        skjermet_for_deg=not kan_se_jp(a, jp, sak),
        avskrivning=gjeldende,
        avskrivninger=avskr_info,
        dokumenter=[] if skjult.dokumenter else dokumenter(a, jp.id),
        merknader=merknader(a, journalpost_id=jp.id),
        advarsler=[x for x in (jp.advarsel or "").split("\n") if x],
        versjon=jp.versjon,
        foreslatt_avsender=(
            jp.foreslatt_avsender_navn
            + (f" <{jp.foreslatt_avsender_epost}>" if jp.foreslatt_avsender_epost else "")
            if jp.foreslatt_avsender_navn and not skjult.parter
            else None
        ),
    )


def avsender_mottaker(jp: m.Journalpost | JpFelt) -> str | None:
    """The name a list shows: the avsender of an incoming post, else the first mottaker."""
    rolle = "avsender" if jp.type == "I" else "mottaker"
    navn = [p.navn for p in jp.parter if p.rolle == rolle]
    if not navn:
        return None
    return navn[0] + (f" (+{len(navn) - 1})" if len(navn) > 1 else "")


def jp_kort(a: Arbeid, jp: m.Journalpost) -> JournalpostKort:
    sak = jp.sak
    return JournalpostKort(
        id=jp.id,
        journalpostnummer=jp_nummer(sak, jp),
        type=jp.type,
        status=jp.status,
        tittel=jp_skjult(a, jp, sak).tittel(jp.tittel),
        dokumentdato=jp.dokumentdato,
        saksbehandler=_initialer(a, jp.saksbehandler_id),
        avsender_mottaker=jp_skjult(a, jp, sak).vis("parter", avsender_mottaker(jp)),
        restanse=jp.restanse,
        forfallsdato=jp.forfallsdato,
    )


def sak_info(a: Arbeid, sak: m.Sak) -> SakInfo:
    skjult = sak_skjult(a, sak)
    jps = a.s.scalars(
        select(m.Journalpost).where(m.Journalpost.sak_id == sak.id).order_by(m.Journalpost.dokumentnummer)
    )
    pres = a.s.scalars(select(m.Presedens).where(m.Presedens.sak_id == sak.id)).all()
    kryss = a.s.scalars(select(m.Kryssreferanse).where(m.Kryssreferanse.fra_sak_id == sak.id)).all()
    return SakInfo(
        id=sak.id,
        saksnummer=sak_nummer(sak),
        tittel=sak.tittel,
        tittel2=skjult.vis("tittel2", sak.tittel2),
        status=sak.status,
        statusnavn=_saksstatusnavn(sak.status),
        saksdato=sak.saksdato,
        sakstype=sak.sakstype,
        enhet=_enhet(a, sak.enhet_id),
        saksansvarlig=_initialer(a, sak.saksansvarlig_id),
        saksansvarlig_navn=_navn(a, sak.saksansvarlig_id),
        obs_dato=sak.obs_dato,
        obs_kommentar=sak.obs_kommentar,
        skjerming=Skjerming(sak.tilgangskode, sak.hjemmel, sak.skjermingsnivaa) if sak.tilgangskode else None,
        skjermet_for_deg=not kan_se_sak(a, sak),
        klasseringer=[]
        if skjult.klassering
        else [
            {
                "ordningsprinsipp": k.ordningsprinsipp,
                "ordningsverdi": k.ordningsverdi,
                "beskrivelse": k.beskrivelse,
            }
            for k in sak.klasseringer
        ],
        merknader=merknader(a, sak_id=sak.id),
        presedenser=[
            {"type": p.type, "stikkord": p.stikkord, "tekst": p.tekst, "dato": p.dato.isoformat()}
            for p in pres
        ],
        kryssreferanser=[_kryss_tekst(a, k) for k in kryss],
        journalposter=[jp_kort(a, jp) for jp in jps],
        avslutning_bedt=sak.avslutning_bedt,
        versjon=sak.versjon,
    )


def _kryss_tekst(a: Arbeid, k: m.Kryssreferanse) -> str:
    if k.til_journalpost_id:
        jp = a.s.get(m.Journalpost, k.til_journalpost_id)
        return jp_nummer(jp.sak, jp) if jp else SKJERMET  # None: hidden from this user (RLS)
    sak = a.s.get(m.Sak, k.til_sak_id) if k.til_sak_id else None
    return sak_nummer(sak) if sak else SKJERMET


def _saksstatusnavn(kode: str) -> str:
    from app.domain.koder import SAKSSTATUSER

    return SAKSSTATUSER.get(kode, kode)


def oppgave_info(a: Arbeid, o: m.Oppgave) -> OppgaveInfo:
    jp = a.s.get(m.Journalpost, o.journalpost_id) if o.journalpost_id else None
    sak = jp.sak if jp else (a.s.get(m.Sak, o.sak_id) if o.sak_id else None)
    fra = a.hent(m.Bruker, o.fra_id, "avsenderen")
    til = a.hent(m.Bruker, o.til_id, "mottakeren")
    slutt = o.besvart.date() if o.besvart else a.idag
    return OppgaveInfo(
        id=o.id,
        type=o.type,
        typenavn=OPPGAVETYPER.get(o.type, o.type),
        status=o.status,
        fra=fra.initialer,
        fra_navn=fra.navn,
        til=til.initialer,
        til_navn=til.navn,
        paa_vegne_av=_initialer(a, o.paa_vegne_av_id),
        journalpostnummer=jp_nummer(sak, jp) if jp and sak else None,
        saksnummer=sak_nummer(sak) if sak else None,
        tittel=jp.tittel if jp else (sak.tittel if sak else ""),
        merknad=o.merknad,
        gul_merknad=o.gul_merknad
        if (o.gul_for_alle or a.aktor.skrivebord_id in (o.til_id, o.fra_id))
        else None,
        sendt=o.sendt,
        lest=o.lest,
        besvart=o.besvart,
        svar=o.svar,
        gyldige_svar=list(OPPGAVESVAR.get(o.type, ())) if o.status == "aktiv" else [],
        ventet_dager=max(0, (slutt - o.sendt.date()).days),
        journalpost_id=o.journalpost_id,
        sak_id=sak.id if sak else None,
    )


# --- public read services -------------------------------------------------


def vis_journalpost(ctx: Kontekst, jpnr: str | int) -> JournalpostInfo:
    with arbeid(ctx, skriv=False) as a:
        return journalpost_info(a, a.journalpost(jpnr))


def vis_sak(ctx: Kontekst, saksnr: str | int) -> SakInfo:
    with arbeid(ctx, skriv=False) as a:
        return sak_info(a, a.sak(saksnr))


def oppgaver_for_journalpost(ctx: Kontekst, jp_id: int) -> list[OppgaveInfo]:
    with arbeid(ctx, skriv=False) as a:
        rader = a.s.scalars(select(m.Oppgave).where(m.Oppgave.journalpost_id == jp_id).order_by(m.Oppgave.id))
        return [oppgave_info(a, o) for o in rader]


def historikk(ctx: Kontekst, nummer: str) -> list[LoggInfo]:
    """The endringslogg of a sak (saksnummer) or a journalpost (journalpostnummer).

    Old and new values are masked as the card masks the record they belong to (``jp_skjult`` /
    ``sak_skjult``): a shielded title line 2, party or document never shows through its history.
    """
    with arbeid(ctx, skriv=False) as a:
        if regler.les_journalpostnummer(nummer):
            jp = a.journalpost(nummer)
            q = select(m.Endringslogg).where(m.Endringslogg.journalpost_id == jp.id)
        else:
            sak = a.sak(nummer)
            q = select(m.Endringslogg).where(m.Endringslogg.sak_id == sak.id)
        rader = a.s.scalars(q.order_by(m.Endringslogg.id)).all()
        skjult: dict[tuple[str, int | None], Skjult] = {}

        def skjult_for(r: m.Endringslogg) -> Skjult:
            nokkel = ("jp", r.journalpost_id) if r.journalpost_id else ("sak", r.sak_id)
            if nokkel not in skjult:
                if r.journalpost_id:
                    post = a.s.get(m.Journalpost, r.journalpost_id)
                    skjult[nokkel] = jp_skjult(a, post, post.sak) if post else INGENTING_SKJULT
                else:
                    eier = a.s.get(m.Sak, r.sak_id) if r.sak_id else None
                    skjult[nokkel] = sak_skjult(a, eier) if eier else INGENTING_SKJULT
            return skjult[nokkel]

        ut = []
        for r in rader:
            hva = _loggfelt_hva(a, r)
            sk = skjult_for(r)
            ut.append(
                LoggInfo(
                    tid=r.tid,
                    bruker=_initialer(a, r.bruker_id),
                    paa_vegne_av=_initialer(a, r.paa_vegne_av_id),
                    handling=r.handling,
                    entitet=r.entitet,
                    felt=r.felt,
                    fra=_maskert(sk, hva, r.fra),
                    til=_maskert(sk, hva, r.til),
                )
            )
        return ut


_PARTFELT = {"avsender", "mottaker", "kopimottaker"}


def _loggfelt_hva(a: Arbeid, r: m.Endringslogg) -> str | None:
    """Which part of the card a log row's values belong to (``Skjult``'s fields), or "merknad"."""
    if r.entitet == "korrespondansepart" or r.felt in _PARTFELT:
        return "parter"
    if r.entitet == "dokument":
        return "dokumenter"
    if r.felt == "tittel2":
        return "tittel2"
    if r.felt == "klassering":
        return "klassering"
    if r.entitet == "merknad":
        mk = a.s.get(m.Merknad, r.entitet_id) if r.entitet_id else None
        synlig = ser_merknad(a, mk) if mk else r.bruker_id == a.aktor.bruker_id
        return None if synlig else "merknad"
    return None


def _maskert(skjult: Skjult, hva: str | None, verdi: str | None) -> str | None:
    if hva == "merknad":
        return SKJERMET if verdi else verdi
    return skjult.vis(hva, verdi) if hva else verdi


def hent_innhold(ctx: Kontekst, objekt_id: int) -> tuple[str, bytes]:
    """The file name and bytes of a dokumentobjekt the user may see."""
    from app.domain.feil import IkkeFunnet, IngenTilgang

    with arbeid(ctx, skriv=False) as a:
        obj = a.s.get(m.Dokumentobjekt, objekt_id)
        if obj is None:
            raise IkkeFunnet("Fant ikke dokumentet")
        link = a.s.scalar(
            select(m.JournalpostDokument).where(m.JournalpostDokument.dokument_id == obj.dokument_id)
        )
        if link is not None:
            jp = a.s.get(m.Journalpost, link.journalpost_id)
            if jp is None or not kan_se_jp(a, jp, jp.sak):
                raise IngenTilgang("Dokumentet er skjermet, og du har ikke tilgang til koden")
        from app.services.innhold import les_innhold  # a replica fetches content on demand

        return obj.filnavn, les_innhold(a, obj)


def aktiv_godkjenning(a: Arbeid, jp: m.Journalpost) -> m.Oppgave | None:
    """The approval task the journalpost waits on, if any (it then finishes only through that task)."""
    return a.s.scalar(
        select(m.Oppgave).where(
            m.Oppgave.journalpost_id == jp.id, m.Oppgave.type == "godkjenning", m.Oppgave.status == "aktiv"
        )
    )
