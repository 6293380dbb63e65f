"""An unexpected error: logged, said in plain words, the details one click away, work kept."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

import crm_app
from crm_app.app.gui import environment_report
from crm_app.domain.errors import ValidationError
from crm_app.services.container import Services
from crm_app.ui.crash import CrashDialog, CrashReporter
from crm_app.ui.i18n import install_translators
from crm_app.ui.main_window import MainWindow
from crm_app.ui.vcard_dialogs import ExportDialog
from crm_app.ui.workers import BackgroundTask, CancelCheck, ProgressCallback
from tests.ui.conftest import find

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

TIMEOUT_MS = 10_000
PRIVATE = "kieran.best@example.org"


class BoomError(RuntimeError):
    pass


@pytest.fixture
def reporter(qtbot: QtBot, services: Services) -> Iterator[CrashReporter]:
    """The window's hooks, in place of pytest-qt's for the length of the test."""
    reporter = CrashReporter(environment_report(services.maintenance.engine()))
    reporter.install()
    yield reporter
    reporter.uninstall()
    dialog = reporter.dialog()
    if dialog is not None:
        dialog.close()


def _crash_dialog(qtbot: QtBot, reporter: CrashReporter) -> CrashDialog:
    qtbot.waitUntil(lambda: reporter.dialog() is not None and reporter.dialog().isVisible())
    dialog = reporter.dialog()
    assert dialog is not None
    return dialog


def _crash_dialogs() -> list[QWidget]:
    return [w for w in QApplication.allWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def test_an_error_in_a_slot_opens_one_dialog_and_the_window_keeps_the_edit(
    qtbot: QtBot,
    window: MainWindow,
    reporter: CrashReporter,
    caplog: pytest.LogCaptureFixture,
) -> None:
    reporter.set_window(window)
    qtbot.mouseClick(find(window, QPushButton, "newContact"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "Kieran")
    assert window.contacts.is_dirty()

    def broken_slot() -> None:
        raise BoomError(f"could not file {PRIVATE}")

    button = QPushButton("Break", window)
    button.clicked.connect(broken_slot)
    with caplog.at_level(logging.INFO, logger="crm_app"):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = _crash_dialog(qtbot, reporter)
    assert find(dialog, QLabel, "crashHeading").text() == "Something went wrong"
    assert "still running" in find(dialog, QLabel, "crashMessage").text()
    assert "BoomError" in find(dialog, QLabel, "crashSummary").text()
    assert not find(dialog, QLabel, "crashCount").isVisibleTo(dialog)

    # The log has the traceback, not what the exception said about a person.
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert any("broken_slot" in text and "BoomError" in text for text in errors)
    assert not any(PRIVATE in text for text in errors)

    qtbot.mouseClick(find(dialog, QPushButton, "copyCrashDetails"), Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "Traceback (most recent call last)" in copied
    assert "broken_slot" in copied and f"BoomError: could not file {PRIVATE}" in copied
    program = f"Press Contacts {crm_app.__version__}"
    for name in (program, "Python 3.", "Qt 6.", "PySide6 6.", "SQLAlchemy 2."):
        assert name in copied
    assert "Platform: " in copied
    assert "clipboard" in find(dialog, QLabel, "crashCopied").text()

    # The same error twice more: counted in the open dialog, not stacked.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.occurrences() == 3)
    assert reporter.dialog() is dialog
    assert len(_crash_dialogs()) == 1
    assert "3 times" in find(dialog, QLabel, "crashCount").text()

    # The window is still there, with the unsaved edit as it was.
    qtbot.mouseClick(find(dialog, QPushButton, "closeCrash"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog() is None)
    assert window.isVisible()
    assert find(window, QLineEdit, "givenName").text() == "Kieran"
    assert window.contacts.is_dirty()
    window.contacts.detail.revert()


def test_an_error_in_a_python_thread_is_shown_in_the_gui_thread(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    def work() -> None:
        raise BoomError("in a thread")

    thread = threading.Thread(target=work, name="sync")
    thread.start()
    thread.join()
    dialog = _crash_dialog(qtbot, reporter)
    assert dialog.thread() is QApplication.instance().thread()
    assert "in a thread" in dialog.details()


def test_the_dialog_reads_in_french(qtbot: QtBot, reporter: CrashReporter) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "fr")
    try:
        reporter.report(BoomError("x"))
        dialog = _crash_dialog(qtbot, reporter)
        assert find(dialog, QLabel, "crashHeading").text() == "Un problème est survenu"
        assert find(dialog, QPushButton, "copyCrashDetails").text() == "&Copier les détails"
    finally:
        install_translators(app, "en")


def test_an_error_dialog_that_fails_itself_does_not_loop(
    qtbot: QtBot,
    reporter: CrashReporter,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken_add(_dialog: CrashDialog, _report: object) -> None:
        raise BoomError("in the dialog")

    monkeypatch.setattr(CrashDialog, "add", broken_add)
    with caplog.at_level(logging.INFO, logger="crm_app"):
        reporter.report(BoomError("first"))
        qtbot.waitUntil(lambda: "in the dialog" in capsys.readouterr().err)
        qtbot.wait(100)  # time for a loop to show itself, if there were one
    failed = [r for r in caplog.records if "error dialog failed" in r.getMessage()]
    assert len(failed) == 1
    assert reporter.dialog() is None


# ---------------------------------------------------------------------- background work


def _run(qtbot: QtBot, work: object) -> tuple[BackgroundTask, list[str]]:
    task = BackgroundTask(work)  # type: ignore[arg-type]
    messages: list[str] = []
    task.failed.connect(messages.append)
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        task.start()
    return task, messages


def test_a_worker_refusal_shows_its_message_and_opens_no_dialog(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    def work(_progress: ProgressCallback, _cancelled: CancelCheck) -> object:
        raise ValidationError("file", "the file is empty")

    task, messages = _run(qtbot, work)
    assert messages == ["file: the file is empty"]
    failure = task.failure()
    assert failure is not None and failure.expected
    assert ", in work\n" in failure.traceback and "ValidationError" in failure.traceback
    qtbot.wait(50)  # a dialog would be queued by now
    assert reporter.dialog() is None


def test_a_worker_bug_keeps_its_traceback_and_opens_the_crash_dialog(
    qtbot: QtBot, reporter: CrashReporter, caplog: pytest.LogCaptureFixture
) -> None:
    def failing_step() -> None:
        raise BoomError(f"row for {PRIVATE}")

    def work(_progress: ProgressCallback, _cancelled: CancelCheck) -> object:
        failing_step()
        return None

    with caplog.at_level(logging.INFO, logger="crm_app"):
        task, messages = _run(qtbot, work)
        dialog = _crash_dialog(qtbot, reporter)
    assert len(messages) == 1 and "unexpected error" in messages[0]
    assert PRIVATE not in messages[0]
    failure = task.failure()
    assert failure is not None and not failure.expected
    assert "failing_step" in failure.traceback  # the worker thread's frames, kept
    assert "failing_step" in dialog.details()
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert "failing_step" in logged and PRIVATE not in logged


def test_an_export_that_hits_a_bug_says_so_and_offers_the_details(
    qtbot: QtBot,
    tmp_path: Path,
    services: Services,
    reporter: CrashReporter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken_export(*_args: object, **_kwargs: object) -> int:
        raise BoomError("disk layout")

    monkeypatch.setattr(services.vcards, "export_to_file", broken_export)
    dialog = ExportDialog(services.vcards)
    qtbot.addWidget(dialog)
    dialog.set_path(tmp_path / "all.vcf")
    task_dialog_status = find(dialog, QLabel, "exportStatus")
    dialog.start_export()
    task = dialog.task()
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass
    assert task_dialog_status.text().startswith("The export failed: An unexpected error")
    crash = _crash_dialog(qtbot, reporter)
    qtbot.mouseClick(find(crash, QPushButton, "copyCrashDetails"), Qt.MouseButton.LeftButton)
    assert "broken_export" in QApplication.clipboard().text()
    assert not dialog.is_running()
