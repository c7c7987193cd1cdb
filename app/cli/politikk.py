"""``saksbord utvalg|mote|behandling …`` and ``saksbord jp referer``: political treatment (issue 15)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.felles import dato, felles, handlinger, id_, kommando, linje, med_kontekst, resultat, skriv
from app.domain.regler import politikk as regler


def registrer(sub) -> None:
    _utvalg(sub)
    _mote(sub)
    _behandling(sub)


def registrer_referer(js) -> None:
    """``saksbord jp referer``: added to the jp noun by app/cli/jp.py."""
    x = js.add_parser(
        "referer",
        help="referer en journalpost i utvalg (referatsak eller orienteringssak)",
        description="Eksempel: saksbord jp referer 2026/5-3 --utvalg FSK --mote 2026-12-10 --bruker OHA",
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--utvalg", action="append", required=True, metavar="NAVN", help="utvalg (kan gjentas)")
    x.add_argument("--mote", required=True, type=dato, metavar="DATO")
    x.add_argument("--type", default="RS", help="RS referatsak (standard) eller OS orienteringssak")
    felles(x)
    kommando(x, med_kontekst(_referer))


def _utvalg(sub) -> None:
    us = handlinger(sub, "utvalg", help="utvalg: opprett, liste, medlem, delegasjonsliste")
    x = us.add_parser(
        "opprett",
        help="registrer et utvalg",
        description='Eksempel: saksbord utvalg opprett --kode FSK --navn "Formannskapet" --sekretar LMO --bruker LMO',
    )
    x.add_argument("--kode", required=True, help="kortnavn, f.eks. FSK")
    x.add_argument("--navn", required=True)
    x.add_argument("--sekretar", metavar="INITIALER", help="møtesekretæren")
    x.add_argument("--fullmaktsorgan", metavar="NAVN", help="utvalget delegerte vedtak refereres for")
    felles(x)
    kommando(x, med_kontekst(_opprett_utvalg))
    x = us.add_parser(
        "liste",
        help="list utvalgene med medlemmer",
        description="Eksempel: saksbord utvalg liste --bruker LMO",
    )
    felles(x)
    kommando(x, med_kontekst(_liste_utvalg))
    x = us.add_parser(
        "medlem",
        help="legg til et medlem eller varamedlem",
        description='Eksempel: saksbord utvalg medlem FSK --navn "Siri Haugland" --rolle leder --parti Ap --bruker LMO',
    )
    x.add_argument("utvalg", metavar="UTVALG")
    x.add_argument("--navn", required=True)
    x.add_argument("--rolle", default="medlem", help=", ".join(regler.MEDLEMSROLLER))
    x.add_argument("--parti")
    x.add_argument("--epost")
    felles(x)
    kommando(x, med_kontekst(_medlem))
    x = us.add_parser(
        "delegasjonsliste",
        help="delegerte vedtak (DS) referert for utvalget i en periode",
        description="Eksempel: saksbord utvalg delegasjonsliste KST --fra 2026-11-01 --til 2026-11-30 --bruker LMO",
    )
    x.add_argument("utvalg", metavar="UTVALG")
    x.add_argument("--fra", required=True, type=dato)
    x.add_argument("--til", required=True, type=dato)
    felles(x)
    kommando(x, med_kontekst(_delegasjonsliste))


def _mote_arg(x: argparse.ArgumentParser) -> None:
    x.add_argument("mote", metavar="MØTE", help="møtets id eller dato (ÅÅÅÅ-MM-DD)")
    x.add_argument("--utvalg", metavar="NAVN", help="utvalget, når møtet gis ved dato")


def _mote(sub) -> None:
    ms = handlinger(sub, "mote", help="møter: opprett, liste, saksliste, las, innkalling, protokoll")
    x = ms.add_parser(
        "opprett",
        help="opprett et møte (fristene fra innstillingene når de ikke gis)",
        description='Eksempel: saksbord mote opprett --utvalg FSK --dato 2026-12-10 --sted "Formannskapssalen" --bruker LMO',
    )
    x.add_argument("--utvalg", required=True, metavar="NAVN")
    x.add_argument("--dato", required=True, type=dato)
    x.add_argument("--sted", required=True)
    x.add_argument("--kl", metavar="TT:MM")
    x.add_argument("--skrivefrist", type=dato)
    x.add_argument("--innkallingsfrist", type=dato)
    felles(x)
    kommando(x, med_kontekst(_opprett_mote))
    x = ms.add_parser(
        "liste", help="list møtene", description="Eksempel: saksbord mote liste --utvalg FSK --bruker LMO"
    )
    x.add_argument("--utvalg", metavar="NAVN")
    felles(x)
    kommando(x, med_kontekst(_liste_moter))
    x = ms.add_parser(
        "saksliste",
        help="vis (fyll, ordne) sakslisten",
        description="Eksempel: saksbord mote saksliste 2026-12-10 --utvalg FSK --fyll --bruker LMO",
    )
    _mote_arg(x)
    x.add_argument("--fyll", action="store_true", help="sett opp alle saker klar til behandling for møtet")
    x.add_argument("--rekkefolge", metavar="ID,ID,…", help="ny rekkefølge (behandlingenes id)")
    felles(x)
    kommando(x, med_kontekst(_saksliste))
    x = ms.add_parser(
        "las", help="lås sakslisten før møtet", description="Eksempel: saksbord mote las 12 --bruker LMO"
    )
    _mote_arg(x)
    felles(x)
    kommando(x, med_kontekst(_las))
    for navn, hjelp in (("innkalling", "møteinnkallingen som PDF"), ("protokoll", "møteprotokollen som PDF")):
        x = ms.add_parser(
            navn, help=hjelp, description=f"Eksempel: saksbord mote {navn} 12 --out {navn}.pdf --bruker LMO"
        )
        _mote_arg(x)
        x.add_argument("--out", required=True, type=Path, metavar="FIL")
        x.add_argument(
            "--medlemmer", action="store_true", help="medlemsversjonen (med saker unntatt offentlighet)"
        )
        felles(x)
        kommando(x, med_kontekst(_innkalling if navn == "innkalling" else _protokoll))


def _behandling(sub) -> None:
    bs = handlinger(sub, "behandling", help="behandlinger: saksgang, ny, sett-opp, vedtak, oppfolging, klar")
    x = bs.add_parser(
        "saksgang",
        help="behandlingsrekkefølgen for et saksframlegg",
        description="Eksempel: saksbord behandling saksgang 2026/5-3 --utvalg FSK --utvalg KST --bruker OHA",
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument(
        "--utvalg", action="append", required=True, metavar="NAVN", help="i rekkefølge (kan gjentas)"
    )
    x.add_argument("--hjemmel")
    x.add_argument("--melding-til", action="append", default=[], metavar="NAVN", help="melding om vedtak til")
    x.add_argument("--mote", type=dato, metavar="DATO", help="ønsket møte i det første utvalget")
    felles(x)
    kommando(x, med_kontekst(_saksgang))
    x = bs.add_parser(
        "ny",
        help="ny behandling av en journalpost i et utvalg",
        description="Eksempel: saksbord behandling ny 2026/5-4 --utvalg FSK --type DS --bruker OHA",
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--utvalg", required=True, metavar="NAVN")
    x.add_argument(
        "--type", default="PS", help=", ".join(f"{k} {v.lower()}" for k, v in regler.BEHANDLINGSTYPER.items())
    )
    felles(x)
    kommando(x, med_kontekst(_ny))
    x = bs.add_parser(
        "sett-opp",
        help="sett en sak klar til behandling opp på et møte",
        description="Eksempel: saksbord behandling sett-opp 7 --bruker LMO",
    )
    x.add_argument("id", type=id_, metavar="UTVALGSSAK")
    x.add_argument("--mote", type=id_, metavar="MØTE-ID")
    felles(x)
    kommando(x, med_kontekst(_sett_opp))
    x = bs.add_parser(
        "vedtak",
        help="før vedtaket i en behandling (innstillingen når teksten mangler)",
        description='Eksempel: saksbord behandling vedtak 12 --status vedtatt --tekst "Som innstillingen." --bruker LMO',
    )
    x.add_argument("id", type=id_, metavar="ID")
    x.add_argument("--tekst")
    x.add_argument("--status", required=True, help=", ".join(regler.VEDTAKSSTATUSER))
    felles(x)
    kommando(x, med_kontekst(_vedtak))
    x = bs.add_parser(
        "oppfolging",
        help="bekreft vedtaksoppfølgingen",
        description="Eksempel: saksbord behandling oppfolging 12 --bruker OHA",
    )
    x.add_argument("id", type=id_, metavar="ID")
    felles(x)
    kommando(x, med_kontekst(_oppfolging))
    x = bs.add_parser(
        "klar",
        help="saker klar til behandling (møtesekretæren)",
        description="Eksempel: saksbord behandling klar --bruker LMO",
    )
    felles(x)
    kommando(x, med_kontekst(_klar))


# --- runners --------------------------------------------------------------------------------


def _opprett_utvalg(ctx, args) -> int:
    from app.services.politikk import utvalg

    return resultat(
        args,
        utvalg.opprett_utvalg(
            ctx, kode=args.kode, navn=args.navn, sekretar=args.sekretar, fullmaktsorgan=args.fullmaktsorgan
        ),
    )


def _liste_utvalg(ctx, args) -> int:
    from app.services.politikk import utvalg

    rader = utvalg.liste_utvalg(ctx)
    tekst = "\n".join(
        linje(f"{u.kode:<6} {u.navn}")
        + (f" (sekretær {u.sekretar})" if u.sekretar else "")
        + (f", rapporterer til {u.fullmaktsorgan}" if u.fullmaktsorgan else "")
        + "".join(
            f"\n       {md.navn}, {regler.MEDLEMSROLLER[md.rolle].lower()}"
            + (f" ({md.parti})" if md.parti else "")
            for md in u.medlemmer
        )
        for u in rader
    )
    skriv(args, rader, tekst or "Ingen utvalg er registrert")
    return 0


def _medlem(ctx, args) -> int:
    from app.services.politikk import utvalg

    return resultat(
        args,
        utvalg.legg_til_medlem(
            ctx, args.utvalg, navn=args.navn, rolle=args.rolle, parti=args.parti, epost=args.epost
        ),
    )


def _rader(args, rader, tom: str) -> int:
    tekst = "\n".join(
        linje(
            f"{r.id:>5} {r.utvalg:<5} {r.utvalgssaksnummer:<10} {r.journalpostnummer:<14} {r.tittel}"
            + (" [unntatt offentlighet]" if r.skjermet else "")
            + f" – {regler.BEHANDLINGSSTATUSER.get(r.status, regler.UTVALGSSAKSTATUSER.get(r.status, r.status))}"
            + (f", møte {r.motedato:%d.%m.%Y}" if r.motedato else "")
        )
        for r in rader
    )
    skriv(args, rader, tekst or tom)
    return 0


def _delegasjonsliste(ctx, args) -> int:
    from app.services.politikk import lesing

    return _rader(
        args,
        lesing.delegasjonsliste(ctx, args.utvalg, fra=args.fra, til=args.til),
        "Ingen delegerte vedtak i perioden",
    )


def _mote_id(ctx, args) -> int:
    from app.services.politikk import mote

    return mote.vis_mote(ctx, args.mote, args.utvalg).id


def _opprett_mote(ctx, args) -> int:
    from app.services.politikk import mote

    return resultat(
        args,
        mote.opprett_mote(
            ctx,
            args.utvalg,
            dato=args.dato,
            sted=args.sted,
            klokkeslett=args.kl,
            skrivefrist=args.skrivefrist,
            innkallingsfrist=args.innkallingsfrist,
        ),  # fmt: skip
    )


def _liste_moter(ctx, args) -> int:
    from app.services.politikk import mote

    rader = mote.liste_moter(ctx, args.utvalg)
    tekst = "\n".join(
        linje(
            f"{r.id:>4} {r.utvalg:<5} {r.motenummer:<8} {r.dato:%d.%m.%Y} {r.sted} – "
            f"{regler.MOTESTATUSER[r.status].lower()}, {r.antall_saker} saker, skrivefrist {r.skrivefrist:%d.%m.%Y}"
        )
        for r in rader
    )
    skriv(args, rader, tekst or "Ingen møter")
    return 0


def _saksliste(ctx, args) -> int:
    from app.services.politikk import mote

    mid = _mote_id(ctx, args)
    if args.fyll:
        _melding(args, mote.fyll_saksliste(ctx, mid).melding)
    if args.rekkefolge:
        try:
            ider = [int(x) for x in args.rekkefolge.split(",") if x.strip()]
        except ValueError:
            from app.cli.felles import Bruksfeil

            raise Bruksfeil("--rekkefolge tar behandlingenes id, skilt med komma") from None
        _melding(args, mote.sett_rekkefolge(ctx, mid, behandlinger=ider).melding)
    return _rader(args, mote.saksliste(ctx, mid), "Sakslisten er tom")


def _melding(args, tekst: str) -> None:
    """A step's message before the list: on stderr with --json, so stdout stays one JSON document."""
    print(linje(tekst), file=sys.stderr if args.json else sys.stdout)


def _las(ctx, args) -> int:
    from app.services.politikk import mote

    return resultat(args, mote.las_mote(ctx, _mote_id(ctx, args)))


def _skriv_pdf(args, navn_data: tuple[str, bytes], hva: str) -> int:
    _navn, data = navn_data
    args.out.write_bytes(data)
    print(f"{hva} er skrevet til {args.out} ({len(data) // 1024} kB)")
    return 0


def _innkalling(ctx, args) -> int:
    from app.services.politikk import mote

    return _skriv_pdf(
        args, mote.innkalling(ctx, _mote_id(ctx, args), offentlig=not args.medlemmer), "Møteinnkallingen"
    )


def _protokoll(ctx, args) -> int:
    from app.services.politikk import mote

    return _skriv_pdf(
        args, mote.protokoll(ctx, _mote_id(ctx, args), offentlig=not args.medlemmer), "Møteprotokollen"
    )


def _saksgang(ctx, args) -> int:
    from app.services.politikk import behandling

    return resultat(
        args,
        behandling.sett_saksgang(
            ctx,
            args.jpnr,
            utvalg=args.utvalg,
            hjemmel=args.hjemmel,
            melding_til=args.melding_til,
            onsket_mote=args.mote,
        ),
    )


def _ny(ctx, args) -> int:
    from app.services.politikk import behandling

    return resultat(args, behandling.ny_behandling(ctx, args.jpnr, utvalg=args.utvalg, type_=args.type))


def _sett_opp(ctx, args) -> int:
    from app.services.politikk import behandling

    return resultat(args, behandling.sett_opp(ctx, args.id, mote_id=args.mote))


def _vedtak(ctx, args) -> int:
    from app.services.politikk import behandling

    return resultat(args, behandling.fatt_vedtak(ctx, args.id, status=args.status, tekst=args.tekst))


def _oppfolging(ctx, args) -> int:
    from app.services.politikk import behandling

    return resultat(args, behandling.bekreft_oppfolging(ctx, args.id))


def _klar(ctx, args) -> int:
    from app.services.politikk import lesing

    return _rader(args, lesing.klar_til_behandling(ctx), "Ingen saker er klar til behandling")


def _referer(ctx, args) -> int:
    from app.services.politikk import behandling

    return resultat(
        args, behandling.referer(ctx, args.jpnr, utvalg=args.utvalg, mote=args.mote, type_=args.type)
    )
