"""vCard dialogs: preview then import off the GUI thread, Cancel that writes nothing, export."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.services.vcards import VCardService
from crm_app.ui.file_drops import accept_vcard_drops
from crm_app.ui.vcard_dialogs import (
    ExportDialog,
    ExportFormat,
    ExportScope,
    ImportDialog,
    ImportPage,
    start_vcard_import,
)

# Threaded work gets time on a slow CI machine; waits end as soon as the signal comes.
TIMEOUT_MS = 60_000

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    """The dialogs are about threads and widgets: one SQLite file is enough."""
    return sqlite_url


@pytest.fixture
def vcards(services: Services) -> VCardService:
    return services.vcards


SMALL = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Best;Kieran;;;\r\nFN:Kieran Best\r\n"
    "EMAIL;TYPE=WORK:kgormanbest@iom.int\r\nTEL;TYPE=WORK,VOICE:+86 10 5979 9695 ext. 203\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Haddad;Nadia;;;\r\nFN:Nadia Haddad\r\n"
    "EMAIL;TYPE=WORK:nhaddad@iom.int\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:a card with no name at all\r\nEND:VCARD\r\n"
)


def _many_cards(path: Path, count: int) -> Path:
    cards = [
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person{i};Test;;;\r\nFN:Test Person{i}\r\n"
        f"EMAIL;TYPE=WORK:person{i}@example.org\r\nTEL;TYPE=WORK,VOICE:+41 22 7{i:06d}\r\n"
        "END:VCARD\r\n"
        for i in range(count)
    ]
    path.write_text("".join(cards), encoding="utf-8")
    return path


def _count(services: Services) -> int:
    return services.contacts.count(ContactQuery())


def _button(dialog: QWidget, name: str) -> QPushButton:
    button = dialog.findChild(QPushButton, name)
    assert isinstance(button, QPushButton)
    return button


def _tree(dialog: QWidget, name: str) -> QTreeWidget:
    tree = dialog.findChild(QTreeWidget, name)
    assert isinstance(tree, QTreeWidget)
    return tree


def _wait_idle(qtbot: QtBot, dialog: ImportDialog | ExportDialog) -> None:
    """Until the worker thread has really stopped (a running QThread must not be destroyed)."""
    task = dialog.task()
    if task is not None:
        qtbot.waitUntil(lambda: not task.is_running(), timeout=TIMEOUT_MS)


@pytest.mark.usefixtures("read_aside")
def test_small_file_is_previewed_then_imported(
    qtbot: QtBot, tmp_path: Path, vcards: VCardService, services: Services
) -> None:
    path = tmp_path / "three.vcf"
    path.write_text(SMALL, encoding="utf-8")
    dialog = ImportDialog(vcards, path)
    qtbot.addWidget(dialog)

    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(_button(dialog, "importCheck"), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    assert dialog.page() is ImportPage.PREVIEW
    summary = dialog.findChild(QLabel, "importSummary")
    assert summary is not None
    assert "new contacts 2," in summary.text()
    created = _tree(dialog, "importCreated")
    assert [created.topLevelItem(i).text(1) for i in range(created.topLevelItemCount())] == [  # type: ignore[union-attr]
        "Kieran Best",
        "Nadia Haddad",
    ]
    skipped = _tree(dialog, "importSkipped")
    assert skipped.topLevelItemCount() == 1
    line = skipped.topLevelItem(0)
    assert line is not None
    assert line.text(0) == "14"  # the nameless card starts on line 14
    assert "name" in line.text(1)
    assert _count(services) == 0  # a preview writes nothing

    run = _button(dialog, "importRun")
    assert run.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS) as done:
        qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    assert len(done.args[0].created) == 2
    names = sorted(c.display_name for c in services.contacts.page(ContactQuery()))
    assert names == ["Kieran Best", "Nadia Haddad"]
    assert "Imported. New contacts: 2," in summary.text()
    assert _button(dialog, "importCancel").text() == "Close"


@pytest.mark.usefixtures("read_aside")
def test_cancelling_a_large_import_mid_way_writes_nothing(
    qtbot: QtBot, tmp_path: Path, vcards: VCardService, services: Services
) -> None:
    path = _many_cards(tmp_path / "big.vcf", 3000)
    total_bytes = path.stat().st_size
    dialog = ImportDialog(vcards, path)
    qtbot.addWidget(dialog)
    seen: list[int] = []

    def cancel_mid_way(done: int, total: int) -> None:
        seen.append(done)
        # Past the service's first flush (500 cards): rows really were sent to the database.
        if done >= 2 * 65536 and not dialog.task().cancel_requested:  # type: ignore[union-attr]
            dialog.cancel()

    dialog.start_import()  # straight to the real import: the preview of 3,000 cards is slow
    task = dialog.task()
    assert task is not None
    task.progress.connect(cancel_mid_way)
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass
    assert task.cancel_requested
    assert 0 < max(seen) < total_bytes  # it stopped part-way through the file
    assert _count(services) == 0
    summary = dialog.findChild(QLabel, "importSummary")
    assert summary is not None
    assert "Import cancelled" in summary.text()
    assert dialog.result_report() is None


def test_cancelling_the_preview_goes_back_to_the_file(
    qtbot: QtBot, tmp_path: Path, vcards: VCardService
) -> None:
    path = _many_cards(tmp_path / "big.vcf", 1500)
    dialog = ImportDialog(vcards, path)
    qtbot.addWidget(dialog)
    dialog.start_preview()
    task = dialog.task()
    assert task is not None
    task.progress.connect(lambda _done, _total: dialog.cancel())
    qtbot.mouseClick(_button(dialog, "importCancel"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass
    assert dialog.page() is ImportPage.CHOOSE
    assert dialog.preview_report() is None


def test_export_writes_the_chosen_contacts_and_cancel_leaves_no_file(
    qtbot: QtBot,
    tmp_path: Path,
    vcards: VCardService,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vcards.import_file(_many_cards(tmp_path / "seed.vcf", 600))
    ids = services.contacts.ids(ContactQuery())
    assert len(ids) == 600

    target = tmp_path / "out" / "three.vcf"
    target.parent.mkdir()
    dialog = ExportDialog(vcards, selection_ids=ids[:3])
    qtbot.addWidget(dialog)
    dialog.set_scope(ExportScope.SELECTION)
    dialog.set_format(ExportFormat.V4)
    dialog.set_path(target)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT_MS) as done:
        qtbot.mouseClick(_button(dialog, "exportStart"), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    assert done.args == [3]
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 3
    assert "VERSION:4.0" in text

    # The export waits at its first progress report until the dialog's cancel reaches
    # it; a fast machine would otherwise finish the 600 cards before the click lands.
    real_export = vcards.export_to_file

    def held_at_first_progress(path: Path, **options: Any) -> int | None:
        report, is_cancelled = options["progress"], options["is_cancelled"]

        def report_then_wait(done: int, total: int) -> None:
            report(done, total)
            deadline = time.monotonic() + TIMEOUT_MS / 1000
            while not is_cancelled() and time.monotonic() < deadline:
                time.sleep(0.005)

        return real_export(path, **{**options, "progress": report_then_wait})

    monkeypatch.setattr(vcards, "export_to_file", held_at_first_progress)
    everyone = tmp_path / "out" / "everyone.vcf"
    dialog = ExportDialog(vcards)
    qtbot.addWidget(dialog)
    dialog.set_path(everyone)
    dialog.start_export()
    task = dialog.task()
    assert task is not None
    task.progress.connect(lambda _done, _total: dialog.cancel())
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass
    status = dialog.findChild(QLabel, "exportStatus")
    assert status is not None
    assert "cancelled" in status.text()
    assert not everyone.exists()
    assert sorted(p.name for p in everyone.parent.iterdir()) == ["three.vcf"]  # no temp left


def test_dropping_a_vcf_file_starts_the_import(
    qtbot: QtBot, tmp_path: Path, vcards: VCardService
) -> None:
    path = tmp_path / "dropped.vcf"
    path.write_text(SMALL, encoding="utf-8")
    window = QWidget()
    qtbot.addWidget(window)
    dialogs: list[ImportDialog] = []
    accept_vcard_drops(window, lambda p: dialogs.append(start_vcard_import(window, vcards, p)))

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    refused = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT_MS) as previewed:
        pass
    _wait_idle(qtbot, dialog)
    assert len(previewed.args[0].created) == 2
    dialog.close()


def test_closing_the_dialog_mid_import_cancels_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path, vcards: VCardService, services: Services
) -> None:
    path = _many_cards(tmp_path / "big.vcf", 1500)
    dialog = ImportDialog(vcards, path)
    qtbot.addWidget(dialog)
    dialog.start_import()
    task = dialog.task()
    assert task is not None
    with qtbot.waitSignal(task.progress, timeout=TIMEOUT_MS):
        pass  # the import is under way
    dialog.reject()  # closing waits for the worker to roll back and stop
    assert task.cancel_requested
    assert task.wait(0)  # the thread has ended: nothing is left running behind the window
    assert _count(services) == 0
