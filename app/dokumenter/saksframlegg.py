"""Reading a saksframlegg .docx by its headings: what each heading holds, for the ferdigstilling
check and for the innstilling carried into the behandling as the default vedtak.

The template (app/resources/maler/lag_maler.py, ``lag_saksframlegg``) puts each heading in a
Word heading style and the text under it in body paragraphs. A user's edit in Word keeps the
styles; a heading typed as plain bold text is not found, and then counts as missing, which
the refusal names. No database here.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from app.dokumenter.feil import MalFeil


def les_overskrifter(data: bytes, overskrifter: Sequence[str]) -> dict[str, str] | None:
    """Heading → the text under it (paragraphs and table cells, lines joined by ``\\n``).

    None when the document is no .docx, or has none of ``overskrifter`` (not a saksframlegg).
    """
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        dokument = docx.Document(io.BytesIO(data))
    except Exception:  # not a .docx (a PDF, a scanned letter): nothing to check
        return None
    kjente = {o.casefold(): o for o in overskrifter}
    ut: dict[str, list[str]] = {}
    gjeldende: str | None = None
    for blokk in dokument.element.body.iterchildren():
        tag = blokk.tag.rsplit("}", 1)[-1]
        if tag == "p":
            avsnitt = Paragraph(blokk, dokument)
            stil = (avsnitt.style.name if avsnitt.style is not None else "") or ""
            tekst = avsnitt.text.strip()
            if stil.startswith("Heading") or stil.startswith("Overskrift"):
                gjeldende = kjente.get(tekst.casefold())
                if gjeldende is not None:
                    ut.setdefault(gjeldende, [])
                continue
            if gjeldende is not None and tekst:
                ut[gjeldende].append(tekst)
        elif tag == "tbl" and gjeldende is not None:
            for rad in Table(blokk, dokument).rows:
                celler = [c.text.strip() for c in rad.cells if c.text.strip()]
                if celler:
                    ut[gjeldende].append(" – ".join(celler))
    if not ut:
        return None
    return {o: "\n".join(linjer) for o, linjer in ut.items()}


def skriv_overskrifter(data: bytes, innhold: dict[str, str]) -> bytes:
    """The document with the text under each named heading replaced (what a user does in Word).

    Used by the demo and the tests to fill a saksframlegg written from the template.
    """
    import docx
    from docx.text.paragraph import Paragraph

    try:
        dokument = docx.Document(io.BytesIO(data))
    except Exception as e:
        raise MalFeil(f"Saksframlegget kan ikke leses som .docx: {e}") from e
    avsnitt = list(dokument.paragraphs)
    for i, p in enumerate(avsnitt):
        stil = (p.style.name if p.style is not None else "") or ""
        if not stil.startswith("Heading") or p.text.strip() not in innhold:
            continue
        linjer = innhold[p.text.strip()].split("\n")
        under: list[Paragraph] = []
        for q in avsnitt[i + 1 :]:
            if ((q.style.name if q.style is not None else "") or "").startswith("Heading"):
                break
            under.append(q)
        if not under:
            continue
        under[0].text = linjer[0]
        for q in under[1:]:
            q._element.getparent().remove(q._element)
        forrige = under[0]
        for linje in linjer[1:]:
            ny = forrige.insert_paragraph_before(linje)
            forrige._element.addnext(ny._element)  # move it after the previous line
            forrige = ny
    ut = io.BytesIO()
    dokument.save(ut)
    return ut.getvalue()
