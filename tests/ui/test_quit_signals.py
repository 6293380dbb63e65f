"""SIGTERM and SIGINT close the window as Quit does: settings and window state written, the
database closed, status 0, nothing on standard error, and no question waiting for an
answer (unsaved edits are saved rather than dropped)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crm_app.app import gui
from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.store.database import open_database
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import WINDOW_GEOMETRY, Preferences
from tests.ui.conftest import find

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
]

ROOT = Path(__file__).resolve().parents[2]
# How long a window may take to come up on a busy machine: a safety net, not a measure.
START_LIMIT_S = 120


def _default_sigint() -> None:
    # Started from a background job, the test runner has SIGINT ignored, and a child keeps
    # an ignored signal ignored (as the program does, on purpose): give it back its default.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _environment() -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CRM_")}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    return environment


def _wait_for_log(process: subprocess.Popen[bytes], log: Path, line: str) -> None:
    """Until the log says `line` (the window is up), or the program has stopped."""
    deadline = time.monotonic() + START_LIMIT_S
    while time.monotonic() < deadline:
        if log.is_file() and line in log.read_text(encoding="utf-8"):
            return
        if process.poll() is not None:
            _out, err = process.communicate()
            pytest.fail(f"the window stopped before it was shown: {err.decode()}")
        time.sleep(0.05)
    process.kill()
    pytest.fail(f"no {line!r} in the log after {START_LIMIT_S} s")


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_window_as_quit_does(tmp_path: Path, number: signal.Signals) -> None:
    data = tmp_path / "data"
    process = subprocess.Popen(
        [sys.executable, "-m", "crm_app.app.cli", "--data-dir", str(data)],
        cwd=ROOT,
        env=_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_default_sigint,  # noqa: PLW1509 (one call, before exec)
    )
    log = data / "logs" / "press-contacts.log"
    try:
        _wait_for_log(process, log, "window shown")
        assert not (data / "settings.ini").exists()  # written on closing
        process.send_signal(number)
        out, err = process.communicate(timeout=START_LIMIT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert err == b""
    assert out == b""
    settings = (data / "settings.ini").read_text(encoding="utf-8")
    assert "[window]" in settings and "geometry=" in settings
    written = log.read_text(encoding="utf-8")
    assert f"{number.name} received: closing the window" in written
    assert "window closed" in written  # the database was closed and the log ended
    # Closed as Quit closes it: SQLite's write-ahead log was folded back into the file.
    assert not (data / "press-contacts.sqlite3-wal").exists()


def test_closing_without_questions_saves_the_edits_instead_of_asking(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    preferences: Preferences,
    answers: list[QMessageBox.StandardButton],
) -> None:
    # `answers` is empty: any question asked fails the test instead of waiting.
    qtbot.mouseClick(find(window, QPushButton, "newContact"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "Kieran")
    qtbot.keyClicks(find(window, QLineEdit, "familyName"), "Best")
    assert window.contacts.is_dirty()
    assert window.close_without_questions()
    assert not window.isVisible()
    names = [contact.display_name for contact in services.contacts.page(ContactQuery())]
    assert names == ["Kieran Best"]
    assert not preferences.data(WINDOW_GEOMETRY).isEmpty()  # the window state was kept


def test_a_possible_duplicate_is_added_anyway_rather_than_lost(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    answers: list[QMessageBox.StandardButton],
    beijing: int,
) -> None:
    for _ in range(2):
        qtbot.mouseClick(find(window, QPushButton, "newContact"), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(find(window, QLineEdit, "givenName"), "Kieran")
        qtbot.keyClicks(find(window, QLineEdit, "familyName"), "Best")
        office = find(window, QComboBox, "office")
        office.setCurrentIndex(office.findData(beijing))
        if not services.contacts.count(ContactQuery()):
            qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not window.contacts.is_dirty())
    assert window.contacts.is_dirty()
    assert window.close_without_questions()
    assert services.contacts.count(ContactQuery()) == 2


def test_edits_the_checks_refuse_are_logged_and_the_window_still_closes(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    answers: list[QMessageBox.StandardButton],
    caplog: pytest.LogCaptureFixture,
) -> None:
    qtbot.mouseClick(find(window, QPushButton, "newContact"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(window, QLineEdit, "emailAddress"), "not an address")
    assert window.contacts.is_dirty()
    with caplog.at_level(logging.WARNING, logger="crm_app"):
        assert window.close_without_questions()
    assert not window.isVisible()
    assert services.contacts.count(ContactQuery()) == 0
    assert any(
        "unsaved edits in contacts could not be saved" in record.getMessage()
        for record in caplog.records
    )
    assert not any("not an address" in record.getMessage() for record in caplog.records)


def test_a_signal_while_a_question_waits_closes_the_window_without_its_answer(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    """The signal comes while "Save the changes?" waits in its own event loop: the question
    goes away unanswered, and the window closes, its edit saved."""
    monkeypatch.delenv("CRM_DB_URL", raising=False)
    monkeypatch.setattr(gui, "install_translators", lambda _app, _language: "en")
    asked: list[str] = []

    def edit_then_quit() -> None:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        qtbot.mouseClick(find(window, QPushButton, "newContact"), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(find(window, QLineEdit, "givenName"), "Kieran")
        qtbot.keyClicks(find(window, QLineEdit, "familyName"), "Best")

        def signal_once_asked() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            os.kill(os.getpid(), signal.SIGTERM)

        QTimer.singleShot(0, signal_once_asked)
        window.close()  # asks about the unsaved contact, and waits

    QTimer.singleShot(0, edit_then_quit)
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    try:
        assert gui.run_window(None, str(tmp_path)) == 0
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert asked == ["Save the changes to Kieran Best?"]
    database = open_database(f"sqlite:///{tmp_path / 'press-contacts.sqlite3'}")
    try:
        stored = Services.build(database).contacts.page(ContactQuery())
        assert [contact.display_name for contact in stored] == ["Kieran Best"]
    finally:
        database.close()
    assert "geometry=" in (tmp_path / "settings.ini").read_text(encoding="utf-8")
