"""Møteinnkalling and møteprotokoll: the møte templates filled, then PDF/A through LibreOffice.

The service decides what each version holds (the public one leaves shielded saker out of the
innkalling and withholds shielded vedtak in the protocol); this module only fills
``moteinnkalling.docx`` / ``moteprotokoll.docx`` (built by app/resources/maler/lag_maler.py) with
plain data and converts the result with :func:`app.dokumenter.konvertering.til_arkivformat`,
the same route every arkivformat takes. No database here.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass, field

from app.dokumenter.feil import MalFeil
from app.dokumenter.maler import MALMAPPE


@dataclass(frozen=True)
class Motesak:
    nummer: str
    tittel: str
    saksnummer: str
    status: str = ""
    innstilling: str = ""
    vedtak: str = ""
    skjerming: str = ""


@dataclass(frozen=True)
class Motemedlem:
    navn: str
    rolle: str
    parti: str = ""


@dataclass(frozen=True)
class Motedata:
    kommune_navn: str
    utvalg: str
    motenummer: str
    dato: str
    klokkeslett: str
    sted: str
    sekretar: str
    versjon: str
    medlemmer: list[Motemedlem] = field(default_factory=list)
    saker: list[Motesak] = field(default_factory=list)
    utelatt: str = ""


def fyll(malfil: str, data: Motedata) -> bytes:
    """The filled .docx of ``malfil`` (``moteinnkalling.docx`` or ``moteprotokoll.docx``)."""
    import jinja2
    from docxtpl import DocxTemplate

    try:
        mal = DocxTemplate(str(MALMAPPE / malfil))
        kontekst = asdict(data) | {"logo": ""}
        mal.render(kontekst, jinja2.Environment(autoescape=True))
        ut = io.BytesIO()
        mal.save(ut)
    except jinja2.TemplateError as e:
        raise MalFeil(f"Møtemalen «{malfil}» kunne ikke flettes: {e}") from e
    return ut.getvalue()


def som_pdf(malfil: str, data: Motedata) -> bytes:
    """The filled template as PDF/A; raises ``KonverteringFeil`` (Norwegian) when LibreOffice fails."""
    from app.dokumenter.konvertering import til_arkivformat

    return til_arkivformat(fyll(malfil, data), malfil)
