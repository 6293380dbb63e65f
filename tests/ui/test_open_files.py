"""Files given to the program (`crm-app FILE...`, a file manager's Open With): each import
starts with its preview, one after the other; a file that cannot be opened is named, with
the reason, and the window stays open."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.ui.main_window import MainWindow
from crm_app.ui.sheet_dialogs import SheetImportDialog
from crm_app.ui.vcard_dialogs import ImportDialog
from tests.ui.conftest import find

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

TIMEOUT_MS = 10_000
CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\n"
    "EMAIL;TYPE=INTERNET:ada@example.org\r\nEND:VCARD\r\n"
)
SHEET = "Name,E-mail\r\nGrace Hopper,grace@example.org\r\n"
D = TypeVar("D", bound=QDialog)


def _vcard(folder: Path, name: str = "ada.vcf") -> Path:
    path = folder / name
    path.write_text(CARD, encoding="utf-8")
    return path


def _sheet(folder: Path, name: str = "team.csv") -> Path:
    path = folder / name
    path.write_text(SHEET, encoding="utf-8")
    return path


def _dialog(qtbot: QtBot, window: MainWindow, kind: type[D]) -> D:
    def shown() -> list[D]:
        return [dialog for dialog in window.findChildren(kind) if dialog.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=TIMEOUT_MS)
    (dialog,) = shown()
    return dialog


def _message(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    def shown() -> QMessageBox | None:
        box = window.findChild(QMessageBox, "cannotOpenFile")
        return box if box is not None and box.isVisible() else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=TIMEOUT_MS)
    box = shown()
    assert box is not None
    return box


def _nothing_open(window: MainWindow) -> bool:
    return QApplication.activeModalWidget() is None and not [
        d
        for d in (*window.findChildren(ImportDialog), *window.findChildren(SheetImportDialog))
        if d.isVisible()
    ]


def test_a_vcard_then_a_spreadsheet_each_start_their_import_one_after_the_other(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    vcard, sheet = _vcard(tmp_path), _sheet(tmp_path, "TEAM.CSV")
    window.open_files([vcard, sheet])
    dialog = _dialog(qtbot, window, ImportDialog)
    qtbot.waitUntil(lambda: dialog.preview_report() is not None, timeout=TIMEOUT_MS)
    assert services.contacts.count(ContactQuery()) == 0  # a preview: nothing written yet
    # The spreadsheet waits for the vCard import to be done with.
    assert window.files_waiting() == [sheet]
    assert not [d for d in window.findChildren(SheetImportDialog) if d.isVisible()]
    dialog.close()
    sheet_dialog = _dialog(qtbot, window, SheetImportDialog)
    assert find(sheet_dialog, QLineEdit, "sheetFile").text() == str(sheet)
    # Straight to its columns, as a dropped spreadsheet goes.
    table = find(sheet_dialog, QTableWidget, "csvMapping")
    qtbot.waitUntil(lambda: table.columnCount() == 2, timeout=TIMEOUT_MS)
    assert window.files_waiting() == []
    sheet_dialog.close()
    qtbot.waitUntil(lambda: _nothing_open(window))
    assert window.isVisible()


def test_files_that_cannot_be_opened_are_named_with_the_reason_and_the_window_stays(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    missing = tmp_path / "gone.vcf"
    other = tmp_path / "release.pdf"
    other.write_bytes(b"%PDF-1.7\n")
    folder = tmp_path / "contacts.vcf"
    folder.mkdir()
    bare = tmp_path / "README"
    bare.write_text("notes\n", encoding="utf-8")
    after = _vcard(tmp_path)
    window.open_files([missing, other, folder, bare, after])
    expected = [
        (missing, "There is no such file."),
        (other, "This is a .pdf file."),
        (folder, "It is a folder, not a file."),
        (bare, "This file has no extension."),
    ]
    for path, reason in expected:
        box = _message(qtbot, window)
        assert box.text() == f"“{path.name}” cannot be imported."
        assert reason in box.informativeText()
        assert str(path) in box.informativeText()
        if path in (other, bare):
            assert "vCards (.vcf, .vcard) and spreadsheets (.csv, .xlsx)" in box.informativeText()
        box.accept()
        qtbot.waitUntil(lambda box=box: not box.isVisible())
        assert window.isVisible()
    # The good file after them is still opened.
    dialog = _dialog(qtbot, window, ImportDialog)
    qtbot.waitUntil(lambda: dialog.preview_report() is not None, timeout=TIMEOUT_MS)
    dialog.close()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file whatever its mode"
)
def test_an_unreadable_file_is_named_with_the_system_s_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    locked = _vcard(tmp_path, "locked.vcf")
    locked.chmod(0)
    try:
        window.open_files([locked])
        box = _message(qtbot, window)
        assert "It cannot be read: Permission denied" in box.informativeText()
        box.accept()
    finally:
        locked.chmod(0o600)


def test_a_pipe_is_refused_rather_than_read(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    pipe = tmp_path / "stream.vcf"
    os.mkfifo(pipe)
    window.open_files([pipe])  # reading it would wait for a writer for ever
    box = _message(qtbot, window)
    assert "It is not a regular file." in box.informativeText()
    box.accept()


def test_closing_the_window_drops_the_files_not_opened_yet(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.open_files([_vcard(tmp_path), _sheet(tmp_path)])
    dialog = _dialog(qtbot, window, ImportDialog)
    qtbot.waitUntil(lambda: dialog.preview_report() is not None, timeout=TIMEOUT_MS)
    assert window.close()
    assert window.files_waiting() == []
    QApplication.processEvents()
    assert not [d for d in window.findChildren(SheetImportDialog) if d.isVisible()]


def test_a_file_the_system_asks_the_running_program_to_open_starts_its_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # macOS: a .vcf double-clicked while the program runs arrives as a FileOpen event.
    from PySide6.QtGui import QFileOpenEvent

    from crm_app.app.file_open_events import FileOpenEvents

    application = QApplication.instance()
    assert application is not None
    events = FileOpenEvents(application, window)
    try:
        QApplication.sendEvent(application, QFileOpenEvent(str(_vcard(tmp_path))))
        dialog = _dialog(qtbot, window, ImportDialog)
        qtbot.waitUntil(lambda: dialog.preview_report() is not None, timeout=TIMEOUT_MS)
        dialog.reject()
    finally:
        events.remove()
