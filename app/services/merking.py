"""Marks on a journalpost (issue 20): shielded words in title line 1, and "needs approval".

Shielded words: a name in a title, shown as asterisks (DESIGN §6, 003). They are stored on the
journalpost (and on the sak for the sak's title); ``visning.jp_skjult`` masks them for every reader without the post's code (card,
kurver, tasks, the sak's list) and the offentlig journal masks them always.

Needs approval: a post so marked is ferdigstilt only by its Godkjent (``regler.sjekk_ferdigstill``).
"""

from __future__ import annotations

from app.domain import regler
from app.services.arbeid import Ider, Kontekst, arbeid, skrivetjeneste
from app.services.data import Resultat
from app.services.tilgang import krev_skrive_jp, krev_skrive_sak
from app.services.visning import jp_nummer, sak_nummer


@skrivetjeneste
def skjerm_ord_i_tittel(ctx: Kontekst, jpnr: str | int, *, ord: list[str]) -> Resultat:
    """Mark words of title line 1 as shielded (an empty list removes them); allowed in every status."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        krev_skrive_jp(a, jp)
        lagret = regler.sjekk_skjermede_ord(jp.tittel, ord)
        ids: Ider = {"sak_id": jp.sak_id, "journalpost_id": jp.id}
        a.endre(jp, "skjermede_ord", lagret, handling="skjerming", **ids)
        nr = jp_nummer(jp.sak, jp)
        hva = (
            f"{len(regler.les_skjermede_ord(lagret))} ord i tittelen er skjermet"
            if lagret
            else "ingen ord skjermet"
        )
        return Resultat(f"Journalpost {nr}: {hva}", journalpostnummer=nr, status=jp.status)


@skrivetjeneste
def skjerm_ord_i_sakstittel(ctx: Kontekst, saksnr: str, *, ord: list[str]) -> Resultat:
    """Mark words of the sak's title line 1 as shielded (an empty list removes them); every status."""
    with arbeid(ctx) as a:
        sak = a.sak(saksnr)
        krev_skrive_sak(a, sak)
        lagret = regler.sjekk_skjermede_ord(sak.tittel, ord)
        a.endre(sak, "skjermede_ord", lagret, handling="skjerming", sak_id=sak.id)
        nr = sak_nummer(sak)
        antall = len(regler.les_skjermede_ord(lagret))
        hva = f"{antall} ord i tittelen er skjermet" if lagret else "ingen ord skjermet"
        return Resultat(f"Sak {nr}: {hva}", saksnummer=nr, status=sak.status)


@skrivetjeneste
def marker_krever_godkjenning(ctx: Kontekst, jpnr: str | int, *, krever: bool = True) -> Resultat:
    """Mark (or unmark) a post as needing approval before it is ferdigstilt; only while it is R or S."""
    with arbeid(ctx) as a:
        jp = a.journalpost(jpnr)
        krev_skrive_jp(a, jp)
        regler.sjekk_kan_endre(jp.status, a.aktor)
        a.endre(jp, "krever_godkjenning", krever, sak_id=jp.sak_id, journalpost_id=jp.id)
        jp.endret = a.naa
        nr = jp_nummer(jp.sak, jp)
        hva = "må godkjennes før den ferdigstilles" if krever else "kan ferdigstilles uten godkjenning"
        return Resultat(f"Journalpost {nr} {hva}", journalpostnummer=nr, status=jp.status)
