"""Importing e-mail from the window (app/views/epost): drops, progress, duplicates, summary, chooser."""

# ruff: noqa: F811 - the demo fixtures are imported from test_epost_import and taken as arguments

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer, QUrl
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from app.services import kurver, visning
from app.services.saker import sak_ider
from app.views.epost import (
    ImportOppsummering,
    VelgSakDialog,
    importer_med_dialog,
    importer_slipp,
    velg_sak_og_importer,
)
from app.widgets import arkivpdf
from app.widgets.outlook_drop import filer_fra_mime
from tests.support.msgwriter import msg_bytes, write_msg
from tests.support.outlook import outlook_mime
from tests.test_epost_import import OLA, ctx, demo_mal, sak  # noqa: F401

SENDT = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


class Svar:
    """Stands in for exec(): answers message boxes, lets a test act on a dialog, records everything."""

    def __init__(self, *, ja: list[bool] | None = None, **handling: Callable[[QDialog], None]) -> None:
        self.ja = list(ja or [])
        self.handling = handling
        self.sett: list[QDialog] = []
        self.tekster: list[str] = []

    def __call__(self, d: QDialog) -> bool:
        self.sett.append(d)
        if isinstance(d, QMessageBox):
            self.tekster.append(d.text())
            return self.ja.pop(0) if self.ja else True
        if gjør := self.handling.get(type(d).__name__):
            gjør(d)
        d.accept()
        return d.result() == QDialog.DialogCode.Accepted

    def av(self, klasse: type) -> list:
        return [d for d in self.sett if isinstance(d, klasse)]


@pytest.fixture
def vindu(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def _melding(mappe: Path, navn: str, **felt) -> Path:
    standard = {
        "subject": f"Søknad {navn}",
        "sender_name": "Kari Nordmann",
        "sender_email": "kari@example.no",
        "to": [OLA],
        "body": "Hei",
        "sent": SENDT,
        "message_id": f"<{navn}@example.no>",
    }
    return write_msg(mappe / f"{navn}.msg", **{**standard, **felt})


def _sendt(mappe: Path) -> Path:
    return _melding(
        mappe,
        "svar",
        subject="SV: Søknad",
        sender_name="Ola Hansen",
        sender_email="ola.hansen@demokommune.no",
        to=[("Kari Nordmann", "kari@example.no")],
        sent_item=True,
    )


def _i_sak(ctx, saksnr: str) -> dict[str, str]:
    return {j.journalpostnummer: j.tittel for j in visning.vis_sak(ctx, saksnr).journalposter}


def test_files_and_outlook_items_from_drops_become_journalposter(qapp, vindu, ctx, sak, tmp_path) -> None:
    innkommende = _melding(tmp_path, "fra_explorer")
    sendt = _sendt(tmp_path)
    explorer = QMimeData()
    explorer.setUrls([QUrl.fromLocalFile(str(p)) for p in (innkommende, sendt)])
    outlook = outlook_mime(
        "Klage på vedtak.msg",
        msg_bytes(subject="Klage på vedtak", sender_name="Per", sender_email="per@example.no", to=[OLA],
                  body="Jeg klager.", sent=SENDT, message_id="<klage@example.no>"),
    )  # fmt: skip
    filer = filer_fra_mime(explorer, tmp_dir=tmp_path / "slipp") + filer_fra_mime(
        outlook, tmp_dir=tmp_path / "slipp"
    )

    svar = Svar()
    rapport = importer_med_dialog(vindu, ctx, sak, filer, kjor_dialog=svar)

    assert rapport is not None
    assert [(Path(r.fil).name, r.status, r.type) for r in rapport.resultater] == [
        ("fra_explorer.msg", "importert", "I"),
        ("svar.msg", "importert", "U"),
        ("Klage på vedtak.msg", "importert", "I"),
    ]
    (oppsummering,) = svar.av(ImportOppsummering)
    assert oppsummering.overskrift.text() == "Importert: 3    Avvist: 0"
    assert oppsummering.tabell.item(2, 1).text() == f"{rapport.resultater[2].journalpostnummer} (I)"
    i_saken = _i_sak(ctx, sak)
    assert {r.journalpostnummer for r in rapport.resultater} <= set(i_saken)
    assert i_saken[rapport.resultater[2].journalpostnummer] == "Klage på vedtak"
    ubehandlet = {
        r.journalpostnummer for r in kurver.kurv_rader(ctx, "ubehandlet", kurver.kurv_ider(ctx, "ubehandlet"))
    }
    assert {rapport.resultater[0].journalpostnummer, rapport.resultater[2].journalpostnummer} <= ubehandlet
    assert rapport.resultater[1].journalpostnummer not in ubehandlet


def test_a_drop_of_an_outlook_item_is_imported_and_its_temporary_file_removed(qapp, vindu, ctx, sak) -> None:
    mime = outlook_mime(
        "Melding.msg",
        msg_bytes(subject="Fra Outlook", sender_email="a@example.no", to=[OLA], body="x", sent=SENDT),
    )
    rapport = importer_slipp(vindu, ctx, sak, mime, kjor_dialog=Svar())
    (r,) = rapport.resultater
    assert r.status == "importert" and _i_sak(ctx, sak)[r.journalpostnummer] == "Fra Outlook"
    assert not Path(r.fil).exists()


def test_a_drop_without_mail_says_so(qapp, vindu, ctx, sak, tmp_path) -> None:
    annet = tmp_path / "notat.txt"
    annet.write_text("ikke e-post", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(annet))])
    svar = Svar()
    assert importer_slipp(vindu, ctx, sak, mime, kjor_dialog=svar) is None
    assert svar.tekster == ["Det som ble sluppet inneholder ingen e-post (.msg eller .eml)."]


def test_each_duplicate_is_asked_about_and_only_ja_is_registered_again(
    qapp, vindu, ctx, sak, tmp_path
) -> None:
    a, b = _melding(tmp_path, "a"), _melding(tmp_path, "b")
    første = importer_med_dialog(vindu, ctx, sak, [a, b], kjor_dialog=Svar())
    nr_a, nr_b = (r.journalpostnummer for r in første.resultater)
    ny = _melding(tmp_path, "ny")
    svar = Svar(ja=[True, False])

    rapport = importer_med_dialog(vindu, ctx, sak, [a, ny, b], kjor_dialog=svar)

    assert len(svar.tekster) == 2
    assert svar.tekster[0].startswith(f"«Søknad a» (a.msg) er allerede registrert i saken som {nr_a}.")
    assert f"som {nr_b}." in svar.tekster[1]
    assert [(Path(r.fil).name, r.status) for r in rapport.resultater] == [
        ("a.msg", "importert"),
        ("ny.msg", "importert"),
        ("b.msg", "avvist"),
    ]
    assert rapport.resultater[0].journalpostnummer not in (nr_a, nr_b)
    assert (
        rapport.resultater[2].melding
        == f"Meldingen er allerede registrert i saken som {nr_b}; ikke registrert på nytt"
    )
    assert list(_i_sak(ctx, sak).values()).count("Søknad a") == 2
    assert list(_i_sak(ctx, sak).values()).count("Søknad b") == 1
    oppsummering = svar.av(ImportOppsummering)[0]
    assert oppsummering.tabell.item(2, 1).text() == "Avvist"
    assert oppsummering.tabell.item(2, 3).text() == rapport.resultater[2].melding


def test_summary_lists_refusals_and_marks_sent_mail_ekspedert(qapp, vindu, ctx, sak, tmp_path) -> None:
    tom = tmp_path / "tom.msg"
    tom.write_bytes(b"")

    def marker(d: ImportOppsummering) -> None:
        assert d.marker.isVisibleTo(d) and d.marker.text() == "Marker som ekspedert (1)"
        d.marker.click()

    svar = Svar(ImportOppsummering=marker)
    rapport = importer_med_dialog(vindu, ctx, sak, [_sendt(tmp_path), tom], kjor_dialog=svar)

    (d,) = svar.av(ImportOppsummering)
    assert d.overskrift.text() == "Importert: 1    Avvist: 1"
    assert (d.tabell.item(1, 0).text(), d.tabell.item(1, 3).text()) == ("tom.msg", "Filen er tom (0 byte)")
    jpnr = rapport.importerte[0].journalpostnummer
    assert d.ekspedert == [jpnr] and not d.marker.isEnabled()
    assert d.sendt_info.text() == "1 journalpost(er) er markert som ekspedert."
    jp = visning.vis_journalpost(ctx, jpnr)
    assert jp.status == "E"
    assert jp.id not in kurver.kurv_ider(ctx, "dokumenter-i-arbeid")


def test_received_mail_offers_no_ekspedering(qapp, vindu, ctx, sak, tmp_path) -> None:
    svar = Svar()
    importer_med_dialog(vindu, ctx, sak, [_melding(tmp_path, "inn")], kjor_dialog=svar)
    (d,) = svar.av(ImportOppsummering)
    assert not d.marker.isVisibleTo(d)


def test_avbryt_stops_after_the_message_being_registered(
    qapp, vindu, ctx, sak, tmp_path, monkeypatch
) -> None:
    filer = [_melding(tmp_path, f"m{i}") for i in range(4)]
    første_i_gang, slipp = threading.Event(), threading.Event()
    ekte = arkivpdf.lag_arkiv_pdf

    def treg(epost):
        første_i_gang.set()
        slipp.wait(10)  # the first message waits until Avbryt has been pressed
        return ekte(epost)

    def trykk_avbryt() -> None:
        if not første_i_gang.is_set():
            QTimer.singleShot(5, trykk_avbryt)
            return
        vindu.findChild(QProgressDialog, "importfremdrift").findChild(QPushButton).click()
        slipp.set()

    monkeypatch.setattr(arkivpdf, "lag_arkiv_pdf", treg)
    QTimer.singleShot(0, trykk_avbryt)
    svar = Svar()
    rapport = importer_med_dialog(vindu, ctx, sak, filer, kjor_dialog=svar)

    assert rapport.avbrutt
    assert [Path(r.fil).name for r in rapport.importerte] == ["m0.msg"]
    assert rapport.ikke_behandlet == tuple(str(f) for f in filer[1:])
    (d,) = svar.av(ImportOppsummering)
    assert d.avbrutt.isVisibleTo(d)
    assert d.avbrutt.text() == "Importen ble avbrutt; 3 fil(er) ble ikke importert."


def test_a_closed_sak_is_refused_with_its_reason(qapp, vindu, ctx, tmp_path) -> None:
    lukket = next(r.saksnummer for r in kurver.kurv_rader(ctx, "sak", sak_ider(ctx)) if r.status == "A")
    svar = Svar()
    assert importer_med_dialog(vindu, ctx, lukket, [_melding(tmp_path, "x")], kjor_dialog=svar) is None
    assert svar.tekster == ["Saken er avsluttet; nye journalposter kan ikke registreres"]


# ---------------------------------------------------------------------------
# "Importer e-post…": choosing the sak first


def test_siste_saksmapper_is_preselected_with_the_newest_own_sak(qapp, vindu, ctx, tmp_path) -> None:
    nyeste = kurver.kurv_rader(ctx, "mine-saker", kurver.kurv_ider(ctx, "mine-saker")[:1])[0]
    svar = Svar()
    rapport = velg_sak_og_importer(vindu, ctx, [_melding(tmp_path, "siste")], kjor_dialog=svar)
    (d,) = svar.av(VelgSakDialog)
    assert d.faner.tabText(d.faner.currentIndex()) == "Siste saksmapper"
    assert d.siste.count() == min(15, len(kurver.kurv_ider(ctx, "mine-saker")))
    assert rapport.saksnummer == nyeste.saksnummer
    assert "Søknad siste" in _i_sak(ctx, nyeste.saksnummer).values()


def test_ny_saksmappe_is_titled_after_the_subject_without_reply_prefix(qapp, vindu, ctx, tmp_path) -> None:
    sti = _melding(tmp_path, "ny", subject="VS: Søknad om skjenkebevilling")
    svar = Svar(VelgSakDialog=lambda d: (d.faner.setCurrentIndex(1), d.ny_klasse.setText("U63")))
    rapport = velg_sak_og_importer(vindu, ctx, [sti], kjor_dialog=svar)
    (d,) = svar.av(VelgSakDialog)
    assert d.ny_tittel.text() == "Søknad om skjenkebevilling"
    sak_ = visning.vis_sak(ctx, rapport.saksnummer)
    assert sak_.tittel == "Søknad om skjenkebevilling" and sak_.saksansvarlig == "OHA"
    assert [j.tittel for j in sak_.journalposter] == ["VS: Søknad om skjenkebevilling"]


def test_sok_etter_sak_finds_by_title_and_imports_there(qapp, vindu, ctx, sak, tmp_path) -> None:
    tittel = visning.vis_sak(ctx, sak).tittel

    def søk(d: VelgSakDialog) -> None:
        d.faner.setCurrentIndex(0)
        d.sokefelt.setText(tittel)
        d.sokeknapp.click()
        treff = [d.treff.item(i).data(Qt.ItemDataRole.UserRole) for i in range(d.treff.count())]
        assert sak in treff
        d.treff.setCurrentRow(treff.index(sak))

    rapport = velg_sak_og_importer(
        vindu, ctx, [_melding(tmp_path, "sok")], kjor_dialog=Svar(VelgSakDialog=søk)
    )
    assert rapport.saksnummer == sak and "Søknad sok" in _i_sak(ctx, sak).values()


def test_the_chooser_refuses_ok_without_a_choice(qapp, ctx) -> None:
    d = VelgSakDialog(ctx, emne="", antall=1)
    d.faner.setCurrentIndex(1)
    d.accept()
    assert d.result() != QDialog.DialogCode.Accepted and d.feil.text() == "Skriv en tittel på den nye saken"
    d.faner.setCurrentIndex(0)
    d.accept()
    assert d.feil.text() == "Velg en sak i listen"
