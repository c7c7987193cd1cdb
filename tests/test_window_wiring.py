"""What the window wires in: e-mail drops, check-in of working copies, ekspedering of F, reminders,
the public journal and the connection dialog; each driven through the window, checked in the DB."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.services import kurver, oppgaver, visning
from app.services.arbeid import Kontekst
from app.views.dialoger.ekspeder import EkspederDialog
from app.views.epost import ImportOppsummering, VelgSakDialog
from app.widgets.kurvmodell import VENTET_LENGE
from tests.conftest import vent
from tests.support.msgwriter import msg_bytes, write_msg
from tests.support.outlook import outlook_mime

OLA = ("Ola Hansen", "ola.hansen@demokommune.no")
SENDT = datetime(2026, 3, 2, 8, 15, tzinfo=UTC)


def _melding(mappe: Path, navn: str, emne: str) -> Path:
    return write_msg(
        mappe / f"{navn}.msg",
        subject=emne,
        sender_name="Kari Nordmann",
        sender_email="kari@example.no",
        to=[OLA],
        body="Hei, se vedlegg.",
        attachments=[("vedlegg.txt", b"innhold")],
        sent=SENDT,
        received=SENDT,
        message_id=f"<{navn}@example.no>",
    )


def _slipp(maal, pos: QPoint, mime: QMimeData) -> bool:
    """Drag over ``maal`` (a widget or an item view's viewport) and drop; True when the drop was taken."""
    kopi = Qt.DropAction.CopyAction
    knapp, ingen = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    inn = QDragEnterEvent(pos, kopi, mime, knapp, ingen)
    QApplication.sendEvent(maal, inn)
    flytt = QDragMoveEvent(pos, kopi, mime, knapp, ingen)
    QApplication.sendEvent(maal, flytt)
    if not flytt.isAccepted():
        return False
    slipp = QDropEvent(QPointF(pos), kopi, mime, knapp, ingen)
    QApplication.sendEvent(maal, slipp)
    return slipp.isAccepted()


def _titler_i_sak(ctx, saksnr: str) -> list[str]:
    return [jp.tittel for jp in visning.vis_sak(ctx, saksnr).journalposter]


def test_epost_sluppet_paa_mine_saker_og_lesefeltet(qtbot, lag_vindu, fanger, demo_sqlite, tmp_path):
    ctx = Kontekst(demo_sqlite, "OHA")
    w = lag_vindu("OHA")
    mine = next(it for it in w.tre._alle() if it.data(0, Qt.ItemDataRole.UserRole + 1) == "mine-saker")
    mine.setExpanded(True)
    node = mine.child(0)
    saksnr = node.data(0, Qt.ItemDataRole.UserRole + 4)
    w.tre.scrollToItem(node)

    # Two .msg files from Explorer on the Mine saker node: both become journalposter in that sak.
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(_melding(tmp_path, "a", "Innspill til reguleringsplan"))),
            QUrl.fromLocalFile(str(_melding(tmp_path, "b", "Klage på byggesak"))),
        ]
    )
    fanger.plan(ImportOppsummering)
    assert _slipp(w.tre.viewport(), w.tre.visualItemRect(node).center(), mime)
    qtbot.waitUntil(lambda: "Klage på byggesak" in _titler_i_sak(ctx, saksnr), timeout=20000)
    assert "Innspill til reguleringsplan" in _titler_i_sak(ctx, saksnr)
    assert not fanger.planer and not fanger.meldinger, fanger.meldinger

    # Not over a sak (the Ubehandlet node): the drag is refused.
    ubeh = next(it for it in w.tre._alle() if it.data(0, Qt.ItemDataRole.UserRole + 1) == "ubehandlet")
    assert not _slipp(w.tre.viewport(), w.tre.visualItemRect(ubeh).center(), mime)

    # An Outlook item on the reading pane of a journalpost lands in that journalpost's sak.
    vent(qtbot, w)
    w.velg_kurv("ubehandlet")
    vent(qtbot, w)
    w.liste.tabell.selectRow(0)
    qtbot.waitUntil(lambda: w.lesefelt.saksnummer is not None)
    sak2 = w.lesefelt.saksnummer
    data = msg_bytes(
        subject="Tilleggsopplysninger",
        sender_name="Per Hansen",
        sender_email="per@example.no",
        to=[OLA],
        body="Her er mer.",
        sent=SENDT,
        message_id="<tillegg@example.no>",
    )
    fanger.plan(ImportOppsummering)
    assert _slipp(w.lesefelt, QPoint(40, 40), outlook_mime("Tilleggsopplysninger.msg", data))
    qtbot.waitUntil(lambda: "Tilleggsopplysninger" in _titler_i_sak(ctx, sak2), timeout=20000)

    # The imported incoming mail is in Ubehandlet, in the window's list too.
    vent(qtbot, w)
    w.velg_kurv("ubehandlet")
    vent(qtbot, w)
    m = w.liste.modell
    titler = [m.rad(r).tittel for r in range(m.rowCount())]
    assert {"Tilleggsopplysninger", "Klage på byggesak", "Innspill til reguleringsplan"} <= set(titler)
    ider = kurver.kurv_ider(ctx, "ubehandlet")
    assert len(ider) == m.rowCount()


def test_epost_sluppet_paa_sakrad_og_menyvalget(qtbot, lag_vindu, fanger, demo_sqlite, tmp_path, monkeypatch):
    ctx = Kontekst(demo_sqlite, "OHA")
    w = lag_vindu("OHA")
    w.velg_kurv("mine-saker")
    vent(qtbot, w)
    rad = w.liste.modell.rad(1)
    assert rad.art == "sak"
    pos = w.liste.tabell.visualRect(w.liste.modell.index(1, 1)).center()
    fanger.plan(ImportOppsummering)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_melding(tmp_path, "c", "Spørsmål om gebyr")))])
    assert _slipp(w.liste.tabell.viewport(), pos, mime)
    qtbot.waitUntil(lambda: "Spørsmål om gebyr" in _titler_i_sak(ctx, rad.saksnummer), timeout=20000)

    # Journalpost ▸ Importer e-post…: pick the file, then the sak in Siste saksmapper.
    fil = _melding(tmp_path, "d", "Purring på svar")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(fil)], ""))

    def velg(d: VelgSakDialog) -> None:
        d.faner.setCurrentIndex(2)
        for i in range(d.siste.count()):
            if d.siste.item(i).data(Qt.ItemDataRole.UserRole) == rad.saksnummer:
                d.siste.setCurrentRow(i)

    fanger.plan(VelgSakDialog, velg)
    fanger.plan(ImportOppsummering)
    assert w.handlinger["importer_epost"] in w.meny_jp.actions()
    w.handlinger["importer_epost"].trigger()
    assert "Purring på svar" in _titler_i_sak(ctx, rad.saksnummer), fanger.meldinger


def test_sjekk_inn_endret_arbeidskopi(qtbot, lag_vindu, fanger, demo_sqlite, arbeidskopimappe):
    ctx = Kontekst(demo_sqlite, "OHA")
    w = lag_vindu("OHA")
    aapnet: list[QUrl] = []
    w.aapne_url = lambda url: aapnet.append(url) or True
    w.velg_kurv("dokumenter-i-arbeid")
    vent(qtbot, w)
    m = w.liste.modell
    rad = next(m.rad(r) for r in range(m.rowCount()) if m.rad(r).status == "R")
    w.liste.velg_id("journalpost", rad.id)
    qtbot.waitUntil(lambda: w.lesefelt.jp is not None and w.lesefelt.jp.id == rad.id)
    w.lesefelt.dokumenter.setCurrentItem(w.lesefelt.dokumenter.topLevelItem(0))
    assert w.lesefelt.rediger.isEnabled(), w.lesefelt.rediger.toolTip()
    assert w.lesefelt.dokumenter.topLevelItem(0).text(1) == "v1"

    w.lesefelt.rediger.click()
    assert len(aapnet) == 1
    sti = Path(aapnet[0].toLocalFile())
    assert sti.parent == arbeidskopimappe / rad.journalpostnummer.replace("/", "-")
    assert sti.read_bytes()[:4] == b"%PDF"

    # An editor that saves by replacing the file (as Word does): the bar appears, not a dialog.
    ny = sti.with_suffix(".tmp")
    ny.write_bytes(sti.read_bytes() + b"\n% endret i Word\n")
    ny.replace(sti)
    qtbot.waitUntil(lambda: w.lesefelt.innsjekk.isVisible(), timeout=5000)
    assert "endret i arbeidskopien" in w.lesefelt.innsjekk.tekst.text()
    assert w.lesefelt.innsjekk.knapp.text() == "Sjekk inn ny versjon"
    w.lesefelt.innsjekk.knapp.click()
    assert not fanger.meldinger, fanger.meldinger
    jp = visning.vis_journalpost(ctx, rad.id)
    assert max(d.versjon for d in jp.dokumenter if d.variant == "produksjonsformat") == 2
    assert not w.lesefelt.innsjekk.isVisible()
    vent(qtbot, w)
    qtbot.waitUntil(lambda: w.lesefelt.dokumenter.topLevelItemCount() > 0)
    topp = w.lesefelt.dokumenter.topLevelItem(0)
    assert topp.text(1) == "v2" and topp.child(0).text(1) == "v1"  # versions in the list

    # A second save left un-checked-in: closing asks; Ja checks it in.
    sti.write_bytes(sti.read_bytes() + b"% igjen\n")
    qtbot.waitUntil(lambda: w.lesefelt.innsjekk.isVisible(), timeout=5000)
    fanger.plan(QMessageBox, svar=True)
    w.close()
    assert any("ikke sjekket inn" in t for t in fanger.meldinger)
    jp = visning.vis_journalpost(ctx, rad.id)
    assert max(d.versjon for d in jp.dokumenter if d.variant == "produksjonsformat") == 3


def test_ekspeder_godkjent_retter_adresse_og_venter_paa_godkjenning(qtbot, lag_vindu, fanger, demo_sqlite):
    ctx = Kontekst(demo_sqlite, "OHA")
    w = lag_vindu("OHA")
    w.velg_kurv("sendt-til-godkjenning")
    vent(qtbot, w)
    w.liste.tabell.selectRow(0)
    qtbot.waitUntil(lambda: w.valg is not None and not w.leser.leser)
    assert not w.handlinger["ekspeder"].isEnabled()
    assert "til godkjenning" in w.handlinger["ekspeder"].toolTip()

    w.velg_kurv("dokumenter-i-arbeid")
    vent(qtbot, w)
    m = w.liste.modell
    rad = next(m.rad(r) for r in range(m.rowCount()) if m.rad(r).status == "F")
    w.liste.velg_id("journalpost", rad.id)
    qtbot.waitUntil(lambda: w.valg is not None and w.valg.id == rad.id)
    assert w.handlinger["ekspeder"].isEnabled(), w.grunn("ekspeder")
    sett = {}

    def rett(d: EkspederDialog) -> None:
        sett["redigerbar"] = bool(d.tabell.item(0, 2).flags() & Qt.ItemFlag.ItemIsEditable)
        d.sett(0, kanal="epost", epost="rettet@eksempel.no")

    fanger.plan(EkspederDialog, rett)
    w.handlinger["ekspeder"].trigger()
    qtbot.waitUntil(lambda: not w.ekspedering.sender, timeout=30000)
    assert not fanger.meldinger, fanger.meldinger
    assert sett["redigerbar"]
    jp = visning.vis_journalpost(ctx, rad.id)
    assert jp.status == "E"
    assert jp.mottakere[0].epost == "rettet@eksempel.no"
    assert any(r.felt == "epost" for r in visning.historikk(ctx, jp.journalpostnummer))


def test_paaminnelse_om_godkjenninger_som_venter(qtbot, lag_vindu, demo_sqlite, monkeypatch):
    monkeypatch.setenv("SAKSBORD_IDAG", (date.today() + timedelta(days=5)).isoformat())
    w = lag_vindu("KLE")
    assert w.status_paaminnelse.isVisible()
    assert "har ventet mer enn 3 dager" in w.status_paaminnelse.text()
    w.velg_kurv("mottatt-for-godkjenning")
    vent(qtbot, w)
    assert w.liste.paaminnelse.isVisible()
    assert w.liste.paaminnelse.tekst.text() == w.status_paaminnelse.text()
    m = w.liste.modell
    ventet = next(i for i, k in enumerate(m.kolonner) if k.navn == "Ventet (dager)")
    bakgrunn = m.data(m.index(0, ventet), Qt.ItemDataRole.BackgroundRole)
    assert bakgrunn is not None and bakgrunn.color().name() == VENTET_LENGE
    w.velg_kurv("ubehandlet")
    vent(qtbot, w)
    assert not w.liste.paaminnelse.isVisible()

    # Answered: F5 takes the reminder away.
    for o in [o for o in oppgaver_til(demo_sqlite, "KLE")]:
        oppgaver.svar_oppgave(Kontekst(demo_sqlite, "KLE"), o, svar="godkjent")
    w.handlinger["oppdater"].trigger()
    assert not w.status_paaminnelse.isVisible()


def oppgaver_til(db, initialer: str) -> list[int]:
    ctx = Kontekst(db, initialer)
    ider = kurver.kurv_ider(ctx, "mottatt-for-godkjenning")
    return [r.id for r in kurver.kurv_rader(ctx, "oppgave", ider)]


def test_offentlig_journal_som_pdf(qtbot, lag_vindu, fanger, demo_sqlite, tmp_path):
    from app.services.postliste import postliste
    from app.views.rapporter.postliste import PostlisteDialog

    w = lag_vindu("ALA")
    assert w.handlinger["offentlig_journal"].isVisible()
    fra, til = date.today() - timedelta(days=400), date.today()
    forventet = postliste(Kontekst(demo_sqlite, "ALA"), fra=fra, til=til)
    assert forventet
    sett = {}

    def kjor(d: PostlisteDialog) -> None:
        d.fra.setDate(fra)
        d.til.setDate(til)
        d.hent.click()
        qtbot.waitUntil(lambda: not d.opptatt and d.tabell.rowCount() > 0, timeout=10000)
        sett["rader"] = d.tabell.rowCount()
        sett["forste"] = d.tabell.item(0, 0).text()
        d.velg_fil = lambda forslag: str(tmp_path / "postliste")
        d.lagre.click()

    fanger.plan(PostlisteDialog, kjor, svar=False)
    w.handlinger["offentlig_journal"].trigger()
    assert sett["rader"] == len(forventet)
    assert sett["forste"] == forventet[0].journalpostnummer
    pdf = (tmp_path / "postliste.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000

    oha = lag_vindu("OHA")
    assert not oha.handlinger["offentlig_journal"].isVisible()


def test_koble_til_felles_database(qtbot, lag_vindu, fanger, monkeypatch):
    from app.views import profil

    kalt = []
    monkeypatch.setattr(profil, "forste_oppstart_dialog", lambda parent=None: kalt.append(parent) or object())
    w = lag_vindu("OHA")
    assert w.handlinger["koble_til"] in w.meny_fil.actions()
    w.handlinger["koble_til"].trigger()
    assert kalt == [w]
    assert any("Start Saksbord på nytt" in t for t in fanger.meldinger)
    assert w.tre.minimumWidth() >= 260 and w.deler.sizes()[0] >= 260
