"""File → Restore a backup, and a damaged database met on opening the window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QTreeWidget
from pytestqt.qtbot import QtBot

from crm_app.app import gui
from crm_app.domain.queries import ContactQuery
from crm_app.services.common import Clock
from crm_app.services.contacts import ContactService
from crm_app.services.container import Services
from crm_app.store.database import open_database
from crm_app.ui.backup_dialog import RestoreBackupDialog
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences
from tests.store.test_backups import DAY_ONE, add_contact, corrupt_middle, fill
from tests.ui.conftest import find, open_window

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def book(tmp_path: Path) -> Path:
    """300 contacts and a backup of them, then one more contact added after the backup."""
    path = tmp_path / "data" / "press-contacts.sqlite3"
    path.parent.mkdir()
    fill(path, 300)
    add_contact(path, DAY_ONE, "After")  # this opening made the backup of the 300
    return path


def count(path: Path) -> int:
    database = open_database(f"sqlite:///{path}", now=DAY_ONE + timedelta(days=30))
    try:
        return ContactService(database, Clock()).count(ContactQuery())
    finally:
        database.close()


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers Yes to the confirmation; records what it asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_rest: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def user_window(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """run_window as a user starts it; collects the information boxes it shows."""
    monkeypatch.delenv("CRM_DB_URL", raising=False)
    monkeypatch.setattr(gui, "install_translators", lambda _app, _language: "en")
    monkeypatch.setattr(
        Preferences, "for_user", classmethod(lambda _cls: Preferences.from_file(tmp_path / "u.ini"))
    )
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *_rest: shown.append(text)
    )
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    yield shown  # type: ignore[misc]
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


def act_on_windows(steps: list[Callable[[], bool]]) -> QTimer:
    """Every 50 ms, try the first step; it returns True once it found what it acts on.

    A step may open a modal dialog, whose own event loop keeps the timer running: the
    step is taken off the list before it runs, so it runs once."""
    timer = QTimer()
    timer.setInterval(50)

    def tick() -> None:
        if not steps:
            timer.stop()
            return
        step = steps.pop(0)
        if not step():
            steps.insert(0, step)

    timer.timeout.connect(tick)
    timer.start()
    return timer


def top_level(kind: type[object]) -> object | None:
    """The shown window of that kind (those of an earlier test may linger, hidden)."""
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
        None,
    )


def test_the_dialog_lists_backups_newest_first(
    qtbot: QtBot, book: Path, preferences: Preferences, tmp_path: Path
) -> None:
    add_contact(book, DAY_ONE + timedelta(days=1), "Later")  # a second day, a second copy
    database = open_database(f"sqlite:///{book}", now=DAY_ONE + timedelta(days=1))
    try:
        services = Services.build(database, templates_override=tmp_path / "templates")
        window = open_window(qtbot, services, preferences)
        assert find(window, QAction, "actionRestoreBackup").isEnabled()
        dialog = RestoreBackupDialog(services.maintenance, "", window)
        qtbot.addWidget(dialog)
        listing = find(dialog, QTreeWidget, "backupList")
        contacts = [listing.topLevelItem(row).text(2) for row in range(2)]  # type: ignore[union-attr]
        assert contacts == ["301", "300"]
        assert find(dialog, QPushButton, "restoreBackupButton").isEnabled()
        dialog.close()
        window.close()
    finally:
        database.close()


def test_with_no_backup_there_is_nothing_to_restore(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    dialog = RestoreBackupDialog(services.maintenance, "", window)
    qtbot.addWidget(dialog)
    assert dialog.chosen() is None
    assert not find(dialog, QPushButton, "restoreBackupButton").isEnabled()


def test_choosing_a_backup_closes_the_window_restores_and_reopens(
    qtbot: QtBot, book: Path, tmp_path: Path, yes: list[str], user_window: list[str]
) -> None:
    reopened: list[str] = []
    listed: list[str] = []

    def restore_from_the_menu() -> bool:
        window = top_level(MainWindow)
        if not isinstance(window, MainWindow) or not window.isVisible():
            return False
        find(window, QAction, "actionRestoreBackup").trigger()  # runs the modal dialog
        return True

    def pick_the_backup() -> bool:
        dialog = top_level(RestoreBackupDialog)
        if not isinstance(dialog, RestoreBackupDialog):
            return False
        listing = find(dialog, QTreeWidget, "backupList")
        rows = [listing.topLevelItem(row) for row in range(listing.topLevelItemCount())]
        listed.extend(row.text(2) for row in rows if row is not None)
        # Opening the window today copied the 301; the older copy, of day one, holds 300.
        listing.setCurrentItem(rows[-1])
        find(dialog, QPushButton, "restoreBackupButton").click()
        return True

    def close_the_new_window() -> bool:
        window = top_level(MainWindow)
        if not isinstance(window, MainWindow) or not user_window:
            return False
        reopened.append(window.windowTitle())
        window.close()
        return True

    timer = act_on_windows([pick_the_backup, close_the_new_window])
    QTimer.singleShot(100, restore_from_the_menu)
    assert gui.run_window(None, str(tmp_path / "data")) == 0
    timer.stop()
    assert listed == ["301", "300"]
    assert yes and "open it again" in yes[0]
    assert user_window and user_window[0].startswith("Restored press-contacts.sqlite3.auto-")
    assert "before-restore" in user_window[0]
    assert reopened and reopened[0].endswith("press-contacts.sqlite3")
    assert count(book) == 300  # the contact added after the backup is gone


def test_a_damaged_file_offers_the_restore_when_the_window_opens(
    qtbot: QtBot, book: Path, tmp_path: Path, yes: list[str], user_window: list[str]
) -> None:
    add_contact(book, DAY_ONE + timedelta(days=1), "Later")  # the second day's copy: 301
    corrupt_middle(book)
    seen: list[str] = []

    def restore_from_the_offer() -> bool:
        dialog = top_level(RestoreBackupDialog)
        if not isinstance(dialog, RestoreBackupDialog):
            return False
        seen.append(dialog.findChild(QPushButton, "restoreBackupButton").text())  # type: ignore[union-attr]
        seen.append(find(dialog, QLabel, "databaseProblem").text())
        find(dialog, QPushButton, "restoreBackupButton").click()
        return True

    def close_the_window() -> bool:
        window = top_level(MainWindow)
        if not isinstance(window, MainWindow):
            return False
        seen.append(window.windowTitle())
        window.close()
        return True

    timer = act_on_windows([restore_from_the_offer, close_the_window])
    assert gui.run_window(None, str(tmp_path / "data")) == 0
    timer.stop()
    assert any("is damaged" in text and "db restore latest" in text for text in seen)
    assert not seen[-1].endswith("(damaged, read-only)")  # the window opened on the backup
    assert user_window and "Restored" in user_window[0]
    assert count(book) == 301
