"""The composition root and the vCard import hook the window is given."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_app.app import gui
from crm_app.services.container import Services
from crm_app.store.repositories import ContactQuery
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences
from crm_app.ui.workers import CancelCheck, ProgressCallback
from tests.ui.conftest import open_window

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\n"
    "EMAIL;TYPE=INTERNET:ada@example.org\r\nEND:VCARD\r\n"
)


@dataclass
class Skipped:
    line: int
    reason: str


@dataclass
class Summary:
    created: Sequence[object] = field(default_factory=list)
    updated: Sequence[object] = field(default_factory=list)
    skipped: Sequence[Skipped] = field(default_factory=list)


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(path), ""))


def test_import_runs_the_hook_off_the_gui_thread_and_summarises(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[Path] = []
    shown: list[str] = []

    def importer(path: Path, progress: ProgressCallback, _cancelled: CancelCheck) -> Summary:
        calls.append(path)
        progress(1, 1)
        return Summary(created=[1, 2], skipped=[Skipped(7, "no name")])

    def summary_box(box: QMessageBox) -> int:
        shown.append(f"{box.text()} | {box.detailedText()}")
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", summary_box)
    file = tmp_path / "cards.vcf"
    choose_file(monkeypatch, file)
    window = MainWindow(services, preferences, import_vcards=importer)
    qtbot.addWidget(window)
    window.show()
    window.import_vcards()
    qtbot.waitUntil(lambda: bool(shown))
    assert calls == [file]
    assert shown == ["2 created, 0 updated, 1 skipped. | Line 7: no name"]
    assert preferences.last_folder == tmp_path
    qtbot.waitUntil(window.import_action.isEnabled)


def test_without_a_hook_nothing_is_pretended(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *_rest: told.append(text)
    )
    choose_file(monkeypatch, tmp_path / "cards.vcf")
    window = open_window(qtbot, services, preferences)
    window.import_vcards()
    assert told and "Nothing was imported" in told[0]
    window.close()


def test_the_composition_root_binds_import_to_the_vcard_service(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Ok.value)
    file = tmp_path / "ada.vcf"
    file.write_text(CARD, encoding="utf-8")
    choose_file(monkeypatch, file)
    window = MainWindow(services, preferences, import_vcards=gui.vcard_importer(services))
    qtbot.addWidget(window)
    window.show()
    assert window.contacts.showing_welcome()
    window.import_vcards()
    qtbot.waitUntil(window.import_action.isEnabled, timeout=10_000)
    assert [c.display_name for c in services.contacts.page(ContactQuery())] == ["Ada Lovelace"]
    assert window.contacts.model.rowCount() == 1  # the list was read again
    assert not window.contacts.showing_welcome()
    window.close()


def test_run_window_reports_a_database_that_cannot_be_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *_rest: shown.append(text)
    )
    monkeypatch.setattr(gui, "install_translators", lambda _app, _language: "en")
    url = f"sqlite:///{tmp_path / 'missing-folder' / 'x.sqlite3'}"
    assert gui.run_window(url, str(tmp_path)) == 1
    assert shown and "missing-folder" in shown[0]


def test_run_window_opens_the_window_on_the_data_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CRM_DB_URL", raising=False)
    monkeypatch.setattr(gui, "install_translators", lambda _app, _language: "en")
    monkeypatch.setattr(
        Preferences, "for_user", classmethod(lambda _cls: Preferences.from_file(tmp_path / "u.ini"))
    )
    titles: list[str] = []

    def close_it() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                titles.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(50, close_it)
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    try:
        assert gui.run_window(None, str(tmp_path)) == 0
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert titles and titles[0].startswith("Press Contacts — ")
    assert titles[0].endswith("press-contacts.sqlite3")
