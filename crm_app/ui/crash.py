"""What the window does with an error nobody expected: log it, say so, keep running.

:class:`CrashReporter` replaces ``sys.excepthook`` (which PySide6 calls for an exception
raised in a slot or a virtual override) and ``threading.excepthook``. Each error is logged
with its traceback at once, in whatever thread it happened, then shown in the GUI thread
by one :class:`CrashDialog`: while it is open, the same error again only raises its count
and a different one is added to its details, so a failing repaint cannot stack dialogs.
Nothing is closed or reverted: the window, and any unsaved edit in it, stays as it was.

The log is personal-data free above DEBUG, so it gets the traceback with the exception
types only; messages (which may quote a name or an address) go to DEBUG. The dialog's
"Copy details" gives the whole traceback: the user sees it before sending it anywhere.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.redact import redacted_traceback, type_name
from crm_app.ui.widgets import scaled_font

log = logging.getLogger(__name__)

# Different errors kept in one dialog; past this they are only counted.
MAX_KEPT = 20
SUMMARY_SHOWN = 300

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
ThreadHook = Callable[[threading.ExceptHookArgs], Any]


def full_traceback(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


@dataclass(slots=True)
class CrashReport:
    """One kind of error: the same type raised from the same place is the same report."""

    key: tuple[object, ...]
    summary: str
    details: str
    time: datetime
    count: int = 1

    @classmethod
    def of(cls, error: BaseException) -> CrashReport:
        frames = traceback.extract_tb(error.__traceback__)
        key = (type(error), *((frame.filename, frame.lineno) for frame in frames))
        message = str(error).strip()
        summary = type(error).__name__ + (f": {message}" if message else "")
        return cls(key, summary, full_traceback(error), datetime.now(UTC))


class CrashReporter(QObject):
    """Installs the hooks; shows one dialog at a time in the GUI thread.

    ``environment`` is the block of versions put before each traceback in Copy details
    (the composition root knows the database library's version; the UI may not import it).
    """

    _reported = Signal(object)

    def __init__(
        self,
        environment: str,
        log_file: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._environment = environment
        self._log_file = log_file
        self._window: QWidget | None = None
        self._dialog: CrashDialog | None = None
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: ThreadHook | None = None
        self._logged: set[tuple[object, ...]] = set()
        self._lock = threading.Lock()
        self._reporting = threading.local()
        # Queued even from the GUI thread: the dialog opens once the failing slot (perhaps
        # a paint event) has returned, never inside it.
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def set_window(self, window: QWidget | None) -> None:
        """The window the dialog is shown over."""
        self._window = window

    # Hooks

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self._excepthook and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_excepthook and self._previous_thread_hook:
            threading.excepthook = self._previous_thread_hook
        self._previous_hook = self._previous_thread_hook = None

    def _excepthook(
        self, exc_type: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if not isinstance(error, Exception):  # Ctrl+C, SystemExit: not ours to report
            (self._previous_hook or sys.__excepthook__)(exc_type, error, tb)
            return
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        self.report(error)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or not isinstance(args.exc_value, Exception):
            if self._previous_thread_hook is not None:
                self._previous_thread_hook(args)
            return
        self.report(args.exc_value, where=f"thread {args.thread.name if args.thread else '?'}")

    # Reporting, from any thread

    def report(self, error: BaseException, where: str = "") -> None:
        """Log ``error`` now and show it in the dialog as soon as the GUI thread can."""
        if getattr(self._reporting, "active", False):
            # The reporter itself failed: the plain hook, never a loop.
            sys.__excepthook__(type(error), error, error.__traceback__)
            return
        self._reporting.active = True
        try:
            report = CrashReport.of(error)
            with self._lock:
                first = report.key not in self._logged
                self._logged.add(report.key)
            place = f" in {where}" if where else ""
            if first:
                log.error("Unexpected error%s\n%s", place, redacted_traceback(error).rstrip())
            else:
                log.error("Unexpected error%s again: %s", place, type_name(type(error)))
            log.debug("Its message: %s", report.summary)
            self._reported.emit(report)
        except Exception:  # the last line of defence must not raise
            sys.__excepthook__(type(error), error, error.__traceback__)
        finally:
            self._reporting.active = False

    def dialog(self) -> CrashDialog | None:
        """The dialog on screen, if any."""
        return self._dialog

    @Slot(object)
    def _show(self, report: CrashReport) -> None:
        try:
            self._show_in_dialog(report)
        except Exception as exc:
            # An error in the dialog itself would come back here through the hook, forever.
            log.error("The error dialog failed\n%s", redacted_traceback(exc).rstrip())
            sys.__excepthook__(type(exc), exc, exc.__traceback__)

    def _show_in_dialog(self, report: CrashReport) -> None:
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.add(report)
            return
        parent = self._window if self._window and shiboken6.isValid(self._window) else None
        dialog = CrashDialog(self._environment, self._log_file, parent)
        dialog.add(report)
        dialog.finished.connect(self._dialog_closed)
        self._dialog = dialog
        dialog.show()

    @Slot()
    def _dialog_closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None


class CrashDialog(QDialog):
    """Says what happened in plain words; Copy details puts the rest on the clipboard."""

    def __init__(
        self, environment: str, log_file: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        # Not modal: the user can go on working, and save, with the message still open.
        self.setModal(False)
        self._environment = environment
        self._log_file = log_file
        self._reports: list[CrashReport] = []
        self._dropped = 0

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._heading = QLabel()
        self._heading.setObjectName("crashHeading")
        self._heading.setFont(scaled_font(self._heading, 1.2, bold=True))
        self._heading.setWordWrap(True)
        self._message = QLabel()
        self._message.setObjectName("crashMessage")
        self._message.setWordWrap(True)
        self._summary = QLabel()
        self._summary.setObjectName("crashSummary")
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._count = QLabel()
        self._count.setObjectName("crashCount")
        self._count.setWordWrap(True)
        self._advice = QLabel()
        self._advice.setObjectName("crashAdvice")
        self._advice.setWordWrap(True)
        self._copied = QLabel()
        self._copied.setObjectName("crashCopied")
        self._details = QPlainTextEdit()
        self._details.setObjectName("crashDetails")
        self._details.setReadOnly(True)
        self._details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._details.setVisible(False)

        self._copy = QPushButton()
        self._copy.setObjectName("copyCrashDetails")
        self._toggle = QPushButton()
        self._toggle.setObjectName("showCrashDetails")
        self._toggle.setCheckable(True)
        self._close = QPushButton()
        self._close.setObjectName("closeCrash")
        self._close.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self._toggle)
        buttons.addStretch(1)
        buttons.addWidget(self._copy)
        buttons.addWidget(self._close)

        text = QVBoxLayout()
        for label in (self._heading, self._message, self._summary, self._count, self._advice):
            text.addWidget(label)
        text.addWidget(self._copied)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._details, 1)
        layout.addLayout(buttons)

        self._copy.clicked.connect(self.copy_details)
        self._toggle.toggled.connect(self._show_details)
        self._close.clicked.connect(self.accept)
        self._retranslate()
        self.setMinimumWidth(max(520, self.fontMetrics().averageCharWidth() * 70))

    # Content

    def add(self, report: CrashReport) -> None:
        for known in self._reports:
            if known.key == report.key:
                known.count += 1
                break
        else:
            if len(self._reports) < MAX_KEPT:
                self._reports.append(report)
            else:
                self._dropped += 1
        self._update()

    def occurrences(self) -> int:
        return sum(report.count for report in self._reports) + self._dropped

    def details(self) -> str:
        """What Copy details puts on the clipboard: versions, then every traceback."""
        blocks = [self._environment.rstrip()]
        for report in self._reports:
            blocks.append(
                f"First seen: {report.time.isoformat(timespec='seconds')}\n"
                f"Times: {report.count}\n\n{report.details.rstrip()}"
            )
        if self._dropped:
            blocks.append(f"Other errors not kept: {self._dropped}")
        return "\n\n".join(blocks) + "\n"

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details())
        self._copied.setText(self.tr("The details are on the clipboard."))

    def _show_details(self, shown: bool) -> None:
        self._details.setVisible(shown)
        self._toggle.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    def _update(self) -> None:
        if not self._reports:
            return
        summary = self._reports[0].summary
        if len(summary) > SUMMARY_SHOWN:
            summary = summary[: SUMMARY_SHOWN - 1] + "…"
        self._summary.setText(self.tr("What failed: {error}").format(error=summary))
        count = self.occurrences()
        self._count.setText(
            self.tr("This has happened {count} times since this message appeared.").format(
                count=count
            )
        )
        self._count.setVisible(count > 1)
        self._details.setPlainText(self.details())

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Press Contacts: unexpected error"))
        self._heading.setText(self.tr("Something went wrong"))
        self._message.setText(
            self.tr(
                "Press Contacts ran into an unexpected problem and could not finish what it "
                "was doing. The program is still running and nothing you typed has been "
                "thrown away: you can go on working and save your changes as usual."
            )
        )
        advice = self.tr(
            "If it happens again, click Copy details and send the text to whoever looks "
            "after Press Contacts for you. Read it first: it may quote data from your "
            "contacts."
        )
        if self._log_file is not None:
            advice += " " + self.tr("A copy without that data is kept in {file}.").format(
                file=self._log_file
            )
        self._advice.setText(advice)
        self._copy.setText(self.tr("&Copy details"))
        self._copy.setAccessibleName(self.tr("Copy the error details to the clipboard"))
        self._toggle.setText(
            self.tr("Hide details") if self._toggle.isChecked() else self.tr("Show details")
        )
        self._toggle.setAccessibleName(self.tr("Show or hide the error details"))
        self._details.setAccessibleName(self.tr("Error details"))
        self._close.setText(self.tr("Close"))
        self._close.setAccessibleName(self.tr("Close this message and go on working"))
        if self._copied.text():
            self._copied.setText(self.tr("The details are on the clipboard."))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
