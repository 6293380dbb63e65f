"""Spreadsheet dialogs: the mapping step, preview then import on a worker, Cancel, export."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from crm_app.domain.queries import ContactQuery
from crm_app.domain.sheet_columns import SheetField
from crm_app.domain.sheet_export import ExportLayout, SheetKind
from crm_app.services.container import Services
from crm_app.services.spreadsheets import MappingMemory, SpreadsheetService
from crm_app.store.database import Database
from crm_app.ui.file_drops import accept_sheet_drops
from crm_app.ui.sheet_dialogs import SheetExportDialog, SheetImportDialog, SheetImportPage
from crm_app.ui.vcard_dialogs import ExportScope
from tests.conftest import FakeClock

TIMEOUT_MS = 60_000
FIXTURES = Path(__file__).parent.parent / "fixtures" / "spreadsheets"

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def sheets(database: Database, clock: FakeClock, tmp_path: Path) -> SpreadsheetService:
    return SpreadsheetService(database, clock, memory=MappingMemory(tmp_path / "mappings.json"))


def _button(dialog: QWidget, name: str) -> QPushButton:
    button = dialog.findChild(QPushButton, name)
    assert isinstance(button, QPushButton)
    return button


def _label(dialog: QWidget, name: str) -> QLabel:
    label = dialog.findChild(QLabel, name)
    assert isinstance(label, QLabel)
    return label


def _texts(tree: QTreeWidget, column: int) -> list[str]:
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]


def _names(services: Services) -> list[str]:
    return sorted(c.display_name for c in services.contacts.page(ContactQuery()))


def _wait_idle(qtbot: QtBot, dialog: SheetImportDialog | SheetExportDialog) -> None:
    task = dialog.task()
    if task is not None:
        qtbot.waitUntil(lambda: not task.is_running(), timeout=TIMEOUT_MS)


def _opened(qtbot: QtBot, sheets: SpreadsheetService, path: Path) -> SheetImportDialog:
    dialog = SheetImportDialog(sheets, path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(_button(dialog, "sheetNext"), Qt.MouseButton.LeftButton)
    assert dialog.page() is SheetImportPage.MAPPING
    return dialog


def test_the_mapping_table_shows_the_headers_and_first_rows(
    qtbot: QtBot, sheets: SpreadsheetService
) -> None:
    dialog = _opened(qtbot, sheets, FIXTURES / "handmade-es.csv")
    table = dialog.findChild(QTableWidget, "csvMapping")
    assert isinstance(table, QTableWidget)
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]  # type: ignore[union-attr]
    assert headers == ["Nombre", "Cargo", "Oficina", "Teléfono", "Celular", "Correo"]
    assert table.item(1, 0).text() == "Kieran Best"  # type: ignore[union-attr]
    assert table.item(2, 5).text() == "jmnunez@iom.int"  # type: ignore[union-attr]
    assert table.verticalHeaderItem(1).text() == "2"
    # The drop-downs show what each column was recognised as.
    assert dialog.field_box(0).currentText() == "Whole name (split)"
    assert dialog.field_box(5).currentText() == "Work e-mail"
    assert "semicolons" in _label(dialog, "sheetDetected").text()


def test_changing_a_drop_down_changes_the_mapping_and_twice_disables_next(
    qtbot: QtBot, sheets: SpreadsheetService
) -> None:
    dialog = _opened(qtbot, sheets, FIXTURES / "handmade-es.csv")
    next_button = _button(dialog, "sheetNext")
    assert next_button.isEnabled()
    box = dialog.field_box(1)
    box.setCurrentIndex(box.findText("Notes"))
    mapping = dialog.mapping()
    assert mapping is not None
    assert mapping.fields[1] is SheetField.NOTES

    box = dialog.field_box(2)
    box.setCurrentIndex(box.findText("Whole name (split)"))  # column A holds the name already
    problems = _label(dialog, "sheetMappingProblems").text()
    assert "mapped twice" in problems
    assert "A ('Nombre')" in problems
    assert not next_button.isEnabled()
    box.setCurrentIndex(box.findText("Not imported"))
    assert dialog.mapping().fields[2] is None  # type: ignore[union-attr]
    assert _label(dialog, "sheetMappingProblems").text() == ""
    assert next_button.isEnabled()


@pytest.mark.usefixtures("read_aside")
def test_preview_then_import_stores_the_contacts_and_remembers_the_mapping(
    qtbot: QtBot, sheets: SpreadsheetService, services: Services
) -> None:
    dialog = _opened(qtbot, sheets, FIXTURES / "outlook-en.csv")
    notes = dialog.mapping().fields.index(SheetField.NOTES)  # type: ignore[union-attr]
    dialog.set_field(notes, None)
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(_button(dialog, "sheetNext"), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    assert dialog.page() is SheetImportPage.PREVIEW
    created = dialog.findChild(QTreeWidget, "sheetCreated")
    assert isinstance(created, QTreeWidget)
    assert _texts(created, 0) == ["2", "3"]  # row numbers, the header being row 1
    assert _texts(created, 1) == ["Kieran Best", "Paul Henri Dillon"]
    offices = dialog.findChild(QTreeWidget, "sheetUnknownOffices")
    assert isinstance(offices, QTreeWidget)
    assert "IOM Beijing" in _texts(offices, 0)
    assert "notes" in _label(dialog, "sheetOfficesNote").text()
    assert "new contacts 2," in _label(dialog, "sheetSummary").text()
    assert _names(services) == []  # a preview writes nothing
    assert dialog.new_offices() == ()  # none is created unless asked, with its country
    dialog.choose_new_office("IOM Beijing", "CN")

    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(_button(dialog, "sheetRun"), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    assert _names(services) == ["Kieran Best", "Paul Henri Dillon"]
    assert "Imported. New contacts: 2," in _label(dialog, "sheetSummary").text()
    assert services.offices.find("IOM Beijing").country == "CN"
    offices = {
        c.display_name: c.office.name() if c.office else ""
        for c in services.contacts.page(ContactQuery())
    }
    assert offices == {"Kieran Best": "IOM Beijing", "Paul Henri Dillon": ""}
    assert [o.name() for o in services.offices.all()] == ["IOM Beijing"]
    assert _button(dialog, "sheetCancel").text() == "Close"

    again = _opened(qtbot, sheets, FIXTURES / "outlook-en.csv")
    assert "Mapping remembered from last time." in _label(again, "sheetDetected").text()
    assert again.field_box(notes).currentText() == "Not imported"


def _many_rows(path: Path, count: int) -> Path:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Name", "Email", "Phone"])
    for i in range(count):
        writer.writerow([f"Test Person{i}", f"person{i}@example.org", f"+41 22 7{i:06d}"])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


@pytest.mark.usefixtures("read_aside")
def test_cancelling_the_import_writes_nothing(
    qtbot: QtBot,
    sheets: SpreadsheetService,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _opened(qtbot, sheets, _many_rows(tmp_path / "big.csv", 3000))
    real_import = sheets.import_file

    def held_at_first_progress(path: Path, *args: Any, **options: Any) -> object:
        # The import waits at its first progress report until the dialog's cancel reaches
        # it; a fast machine would otherwise finish before the click lands.
        report, is_cancelled = options["progress"], options["is_cancelled"]

        def report_then_wait(done: int, total: int) -> None:
            report(done, total)
            deadline = time.monotonic() + TIMEOUT_MS / 1000
            while not is_cancelled() and time.monotonic() < deadline:
                time.sleep(0.005)

        return real_import(path, *args, **{**options, "progress": report_then_wait})

    monkeypatch.setattr(sheets, "import_file", held_at_first_progress)
    dialog.start_import()  # straight to the real import
    task = dialog.task()
    assert task is not None
    task.progress.connect(lambda _done, _total: dialog.cancel())
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass
    assert task.cancel_requested
    assert services.contacts.count(ContactQuery()) == 0
    assert "Import cancelled" in _label(dialog, "sheetSummary").text()
    assert dialog.result_report() is None


def test_the_encoding_override_reads_the_file_again(
    qtbot: QtBot, sheets: SpreadsheetService
) -> None:
    dialog = _opened(qtbot, sheets, FIXTURES / "handmade-es.csv")
    encoding = dialog.findChild(QWidget, "sheetEncoding")
    assert encoding is not None
    encoding.setCurrentIndex(encoding.findData("cp1252"))  # type: ignore[attr-defined]
    table = dialog.findChild(QTableWidget, "csvMapping")
    assert isinstance(table, QTableWidget)
    assert table.horizontalHeaderItem(3).text() == "TelÃ©fono"  # type: ignore[union-attr]
    encoding.setCurrentIndex(0)  # type: ignore[attr-defined]
    assert table.horizontalHeaderItem(3).text() == "Teléfono"  # type: ignore[union-attr]


def _seed(sheets: SpreadsheetService, services: Services) -> list[int]:
    sheets.import_file(FIXTURES / "handmade-es.csv")
    sheets.import_file(FIXTURES / "thunderbird-en.csv")
    ids = services.contacts.ids(ContactQuery())
    assert len(ids) >= 3
    return ids


def test_export_writes_a_csv_of_the_selection(
    qtbot: QtBot, sheets: SpreadsheetService, services: Services, tmp_path: Path
) -> None:
    ids = _seed(sheets, services)
    target = tmp_path / "chosen.csv"
    dialog = SheetExportDialog(sheets, selection_ids=ids[:2])
    qtbot.addWidget(dialog)
    dialog.set_scope(ExportScope.SELECTION)
    dialog.set_layout(ExportLayout.OUTLOOK)
    dialog.set_path(target)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT_MS) as done:
        qtbot.mouseClick(_button(dialog, "sheetExportStart"), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    assert done.args == [2]
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert "First Name" in rows[0]
    assert len(rows) == 3


def test_export_writes_an_xlsx_of_everyone_and_asks_before_replacing(
    qtbot: QtBot,
    sheets: SpreadsheetService,
    services: Services,
    tmp_path: Path,
    answers: list[Any],
    asked: list[str],
) -> None:
    from PySide6.QtWidgets import QMessageBox

    ids = _seed(sheets, services)
    target = tmp_path / "everyone.xlsx"
    target.write_bytes(b"old")
    dialog = SheetExportDialog(sheets, selection_ids=ids[:1])
    qtbot.addWidget(dialog)
    dialog.set_scope(ExportScope.ALL)
    dialog.set_kind(SheetKind.XLSX)
    dialog.set_path(tmp_path / "everyone")
    answers.append(QMessageBox.StandardButton.No)
    dialog.start_export()
    assert asked == ["everyone.xlsx already exists. Replace it?"]
    assert dialog.task() is None
    assert target.read_bytes() == b"old"

    answers.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT_MS) as done:
        dialog.start_export()
    _wait_idle(qtbot, dialog)
    assert done.args == [len(ids)]
    with zipfile.ZipFile(target) as workbook:
        assert "xl/worksheets/sheet1.xml" in workbook.namelist()


def test_export_cancel_leaves_no_file(
    qtbot: QtBot,
    sheets: SpreadsheetService,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _seed(sheets, services)
    real_export = sheets.export_to_file

    def held_at_first_progress(path: Path, **options: Any) -> int | None:
        report, is_cancelled = options["progress"], options["is_cancelled"]

        def report_then_wait(done: int, total: int) -> None:
            report(done, total)
            deadline = time.monotonic() + TIMEOUT_MS / 1000
            while not is_cancelled() and time.monotonic() < deadline:
                time.sleep(0.005)

        return real_export(path, **{**options, "progress": report_then_wait})

    monkeypatch.setattr(sheets, "export_to_file", held_at_first_progress)
    target = tmp_path / "out" / "everyone.csv"
    target.parent.mkdir()
    dialog = SheetExportDialog(sheets)
    qtbot.addWidget(dialog)
    dialog.set_path(target)
    dialog.start_export()
    task = dialog.task()
    assert task is not None
    task.progress.connect(lambda _done, _total: dialog.cancel())
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass
    assert "cancelled" in _label(dialog, "sheetExportStatus").text()
    assert list(target.parent.iterdir()) == []


def test_dropping_a_csv_file_opens_its_mapping(
    qtbot: QtBot, sheets: SpreadsheetService, tmp_path: Path
) -> None:
    from crm_app.ui.sheet_dialogs import start_sheet_import

    window = QWidget()
    qtbot.addWidget(window)
    dialogs: list[SheetImportDialog] = []
    accept_sheet_drops(window, lambda p: dialogs.append(start_sheet_import(window, sheets, p)))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "google-new.csv"))])
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
    assert dialogs[0].page() is SheetImportPage.MAPPING
    assert dialogs[0].field_box(0).currentText() == "Given name"
    dialogs[0].close()


def test_the_file_menu_offers_spreadsheets_and_refreshes_after_an_import(
    qtbot: QtBot, window: Any, services: Services
) -> None:
    from PySide6.QtGui import QAction

    export = window.findChild(QAction, "actionExportSpreadsheet")
    assert isinstance(export, QAction)
    action = window.findChild(QAction, "actionImportSpreadsheet")
    assert isinstance(action, QAction)
    window.import_spreadsheet(FIXTURES / "thunderbird-en.csv")
    dialog = window.findChild(SheetImportDialog)
    assert isinstance(dialog, SheetImportDialog)
    assert dialog.page() is SheetImportPage.MAPPING
    assert not action.isEnabled()  # one spreadsheet import at a time
    dialog.start_import()
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        pass
    _wait_idle(qtbot, dialog)
    assert window.contacts.view.model().rowCount() == 2
    dialog.close()
    qtbot.waitUntil(action.isEnabled, timeout=TIMEOUT_MS)


def test_an_exported_workbook_maps_itself_and_imports_as_unchanged(
    qtbot: QtBot, sheets: SpreadsheetService, services: Services, tmp_path: Path
) -> None:
    ids = _seed(sheets, services)
    workbook = tmp_path / "ours.xlsx"
    sheets.export_to_file(workbook, kind=SheetKind.XLSX)
    dialog = _opened(qtbot, sheets, workbook)
    encoding = dialog.findChild(QWidget, "sheetEncoding")
    assert encoding is not None
    assert not encoding.isVisibleTo(dialog)  # a workbook has no encoding to choose
    assert _label(dialog, "sheetMappingProblems").text() == ""
    with qtbot.waitSignal(dialog.previewed, timeout=TIMEOUT_MS) as previewed:
        qtbot.mouseClick(_button(dialog, "sheetNext"), Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    report = previewed.args[0]
    assert (len(report.created), len(report.unchanged)) == (0, len(ids))
    assert not _button(dialog, "sheetRun").isEnabled()  # nothing to import


def test_an_encoding_that_cannot_read_the_file_says_so_and_stops_next(
    qtbot: QtBot, sheets: SpreadsheetService
) -> None:
    dialog = _opened(qtbot, sheets, FIXTURES / "handmade-fr-unicode.txt")
    assert dialog.field_box(0).currentText() == "Whole name (split)"
    encoding = dialog.findChild(QWidget, "sheetEncoding")
    assert encoding is not None
    encoding.setCurrentIndex(encoding.findData("utf-8"))  # type: ignore[attr-defined]
    assert "could not be read" in _label(dialog, "sheetMappingProblems").text()
    assert not _button(dialog, "sheetNext").isEnabled()
    encoding.setCurrentIndex(0)  # type: ignore[attr-defined]
    assert _label(dialog, "sheetMappingProblems").text() == ""
    assert _button(dialog, "sheetNext").isEnabled()
