"""``saksbord jp ekspeder`` (the real sending) and ``saksbord forsendelse status|passord``.

The sending is the same function the window runs (app.services.ekspedering.utsending): each
mottaker's forsendelse is recorded before and after it goes, so a run that reaches only some
mottakere exits 1 with what is left, and running it again sends only the rest.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.felles import Bruksfeil, felles, handlinger, kommando, med_kontekst, resultat, skriv


def registrer(sub) -> None:
    fs = handlinger(
        sub,
        "forsendelse",
        help="forsendelser: status for en ekspedering, passord for SMTP og SvarUt",
        description="Eksempel: saksbord forsendelse status 2026/5-2 --bruker OHA",
    )
    x = fs.add_parser(
        "status",
        help="hver mottakers forsendelse: kanal, status, Message-ID/forsendelses-id, feil",
        description="Eksempel: saksbord forsendelse status 2026/5-2 --bruker OHA --json",
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--uten-oppdatering", action="store_true", help="ikke spør SvarUt om ny status først")
    felles(x)
    kommando(x, med_kontekst(_status))
    x = fs.add_parser(
        "send-paa-nytt",
        help="send brev som SvarUt meldte AVVIST/IKKE_LEVERT på nytt med papir (eller e-post)",
        description="Eksempel: saksbord forsendelse send-paa-nytt 2026/5-2 --til brev.pdf --bruker OHA",
    )
    x.add_argument("jpnr", metavar="JPNR")
    x.add_argument("--kanal", default="papir", help="papir (standard) eller epost")
    x.add_argument("--til", metavar="FIL", help="lagre papirbrevet her")
    felles(x)
    kommando(x, med_kontekst(_send_paa_nytt))
    x = fs.add_parser(
        "passord",
        help="lagre passordet til SMTP-tjeneren eller SvarUt i nøkkelringen (spørres om, vises ikke)",
        description="Eksempel: saksbord forsendelse passord smtp --bruker ALA",
    )
    x.add_argument("tjeneste", metavar="smtp|svarut")
    felles(x)
    kommando(x, med_kontekst(_passord))


def _kanaler(ctx, jpnr: str, verdier: list[str] | None) -> tuple[str | None, dict[int, str]]:
    """``--kanal epost`` for everyone and/or ``--kanal "Navn=papir"`` per mottaker."""
    from app.services import visning

    felles_kanal: str | None = None
    per: dict[int, str] = {}
    if not verdier:
        return None, per
    jp = visning.vis_journalpost(ctx, jpnr)
    navn = {p.navn: p.id for p in jp.mottakere + jp.kopimottakere}
    for v in verdier:
        if "=" not in v:
            felles_kanal = v.strip()
            continue
        hvem, _, kanal = v.partition("=")
        if hvem.strip() not in navn:
            raise Bruksfeil(f"«{hvem.strip()}» er ikke mottaker på {jpnr} (mottakere: {', '.join(navn)})")
        per[navn[hvem.strip()]] = kanal.strip()
    return felles_kanal, per


def ekspeder(ctx, args: argparse.Namespace) -> int:
    from app.services import ekspedering
    from app.services.ekspedering import utsending

    kanal, kanaler = _kanaler(ctx, args.jpnr, args.kanal)
    if args.bare_marker:
        return resultat(args, ekspedering.ekspeder(ctx, args.jpnr, kanal=kanal, kanaler=kanaler))
    mappe = Path(args.mappe) if args.mappe else Path.cwd()
    oppsett = utsending.standard_oppsett(ctx, mappe, papir_til=Path(args.til) if args.til else None)
    rapport = utsending.send_ekspedering(
        ctx,
        args.jpnr,
        oppsett=oppsett,
        kanal=kanal,
        kanaler=kanaler,
        valg=utsending.Utsendingsvalg(
            hoveddokument_i_teksten=args.hoveddokument_i_teksten,
            folgetekst=args.tekst or "",
            send_uavklarte=args.send_uavklarte,
        ),
    )
    linjer = [
        f"{'OK ' if r.ok else 'FEIL'} {r.mottaker} ({r.kanal}): {r.melding}" for r in rapport.resultater
    ]
    if rapport.ekspedert:
        linjer.append(f"Journalpost {rapport.journalpostnummer} er ekspedert")
    else:
        linjer.append(
            f"Journalpost {rapport.journalpostnummer} er delvis sendt; gjenstår: {', '.join(rapport.gjenstaar)}. "
            "Kjør kommandoen igjen for å sende resten."
        )
    data = {
        "journalpostnummer": rapport.journalpostnummer,
        "status": rapport.status,
        "ekspedert": rapport.ekspedert,
        "gjenstaar": rapport.gjenstaar,
        "resultater": [
            {"mottaker": r.mottaker, "kanal": r.kanal, "ok": r.ok, "melding": r.melding,
             "ekstern_id": r.ekstern_id, "fil": str(r.fil) if r.fil else None}
            for r in rapport.resultater
        ],
    }  # fmt: skip
    skriv(args, data, "\n".join(linjer))
    return 0 if rapport.ekspedert else 1


def _send_paa_nytt(ctx, args: argparse.Namespace) -> int:
    from app.services.ekspedering import forsendelse, svarut, utsending

    svarut.oppdater_status(ctx, args.jpnr)
    mislykte = forsendelse.mislykte(ctx, args.jpnr)
    if not mislykte:
        raise Bruksfeil(f"Ingen brev til {args.jpnr} er meldt som ikke levert av SvarUt")
    for f in mislykte:
        forsendelse.send_paa_nytt(ctx, f.uuid, kanal=args.kanal)
    oppsett = utsending.standard_oppsett(ctx, Path.cwd(), papir_til=Path(args.til) if args.til else None)
    rapport = utsending.send_ekspedering(ctx, args.jpnr, oppsett=oppsett, start=False)
    linjer = [
        f"{'OK ' if r.ok else 'FEIL'} {r.mottaker} ({r.kanal}): {r.melding}" for r in rapport.resultater
    ]
    skriv(args, {"resultater": [{"mottaker": r.mottaker, "kanal": r.kanal, "ok": r.ok,
                                 "fil": str(r.fil) if r.fil else None} for r in rapport.resultater]},
          "\n".join(linjer))  # fmt: skip
    return 0 if all(r.ok for r in rapport.resultater) else 1


def _status(ctx, args: argparse.Namespace) -> int:
    from app.services.ekspedering import forsendelse, svarut

    if not args.uten_oppdatering:
        svarut.oppdater_status(ctx, args.jpnr)  # SvarUt's news into Historikk first
    st = forsendelse.status(ctx, args.jpnr)
    linjer = [f"{st.journalpostnummer}: {st.tekst()}"]
    for f in st.forsendelser:
        linje = f"  {f.mottaker} ({f.kanal}): {f.status}"
        if f.ekstern_id:
            linje += f" {f.ekstern_id}"
        if f.ekstern_status:
            linje += f" – {f.ekstern_status}"
        if f.feil:
            linje += f" – {f.feil}"
        linjer.append(linje)
    if st.gjenstaar:
        linjer.append("  Gjenstår: " + ", ".join(st.gjenstaar))
    skriv(args, st, "\n".join(linjer))
    return 0


def _passord(ctx, args: argparse.Namespace) -> int:
    import getpass

    import keyring

    from app.services import innstillinger
    from app.services.ekspedering import svarut, utsending

    inn = innstillinger.les(ctx)
    if args.tjeneste not in ("smtp", "svarut"):
        raise Bruksfeil("velg smtp eller svarut")
    if args.tjeneste == "smtp":
        if not inn.smtp_vert or not inn.smtp_bruker:
            raise Bruksfeil("sett smtp.vert og smtp.bruker først (saksbord innstilling sett smtp.vert …)")
        tjeneste, navn = utsending.SMTP_NOKKELRING, f"{inn.smtp_bruker}@{inn.smtp_vert}"
    else:
        if not inn.svarut_url or not inn.svarut_brukernavn:
            raise Bruksfeil(
                "sett svarut.url og svarut.brukernavn først (saksbord innstilling sett svarut.url …)"
            )
        tjeneste, navn = svarut.SVARUT_NOKKELRING, inn.svarut_brukernavn
    if not sys.stdin.isatty():
        raise Bruksfeil("passordet må skrives inn i en terminal")
    keyring.set_password(tjeneste, navn, getpass.getpass(f"Passord for {navn}: "))
    print(f"Passordet for {navn} er lagret i nøkkelringen")
    return 0
