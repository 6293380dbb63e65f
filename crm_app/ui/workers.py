"""Running long work (vCard import and export) off the GUI thread, with progress and Cancel.

A :class:`BackgroundTask` owns one QThread and one worker QObject living in it. The work is
a plain function ``work(progress, is_cancelled) -> result`` that knows nothing about Qt:
services take exactly these two callables. Signals from the worker reach the task (which
lives in the GUI thread) through queued connections, so slots connected to the task always
run in the GUI thread.

Cancelling only sets a thread-safe flag; the work checks it and stops at its next step
(the vCard service rolls its transaction back or deletes its half-written file).

A failure keeps its formatted traceback (:class:`TaskFailure`). A `CrmError` is expected:
its message is what ``failed`` carries. Anything else is a bug: ``failed`` says only that
something unexpected happened, and the exception goes to ``sys.excepthook`` in the GUI
thread, which in the window logs it and opens the crash dialog with Copy details.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from crm_app.domain.errors import CrmError
from crm_app.ui.crash import full_traceback
from crm_app.ui.messages import tr_error

T = TypeVar("T")

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Work = Callable[[ProgressCallback, CancelCheck], T]

# Progress is reported at most this often: thousands of queued signals a second would
# only flood the GUI thread's event queue with repaints nobody can see.
PROGRESS_INTERVAL_S = 0.05


@dataclass(frozen=True, slots=True)
class TaskFailure:
    """Why a task stopped: the user-facing message and the traceback, kept from the worker."""

    error: BaseException
    message: str  # the CrmError's message in the interface language; "" when unexpected
    traceback: str
    expected: bool


class CancelFlag:
    """A flag the GUI thread sets and the worker thread reads."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()


class _Worker(QObject):
    """Lives in the worker thread; runs the work once when the thread starts."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # a TaskFailure

    def __init__(self, work: Work[object], cancel: CancelFlag) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel
        self._last_report = 0.0

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        finished = total > 0 and done >= total
        if finished or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self.progress.emit(done, total)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._report, self._cancel.is_set)
        except CrmError as exc:
            self.failed.emit(TaskFailure(exc, tr_error(exc), full_traceback(exc), expected=True))
        except Exception as exc:  # a bug must still end the task, not hang the dialog
            # Formatted here, while the worker's frames are what the traceback shows.
            self.failed.emit(TaskFailure(exc, "", full_traceback(exc), expected=False))
        else:
            self.succeeded.emit(result)
        finally:
            # The thread ends itself: a GUI thread blocked in wait() (a window closing
            # mid-task) cannot run a queued quit(), so the thread must not need one.
            thread = self.thread()
            if thread is not None:
                thread.quit()


class BackgroundTask(QObject):
    """One piece of work on its own thread. Connect the signals, then call start().

    ``finished`` is emitted last, once the thread has stopped, after exactly one of
    ``succeeded(result)`` or ``failed(message)``; after a failure, :meth:`failure` has the
    exception and its traceback.
    """

    progress = Signal(int, int)  # (done, total); total is 0 when unknown
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, work: Work[object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = CancelFlag()
        # No Qt parent for the thread: it must outlive any widget that closes while it runs.
        self._thread = QThread()
        self._worker = _Worker(work, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        # Deleted in its own thread as that thread ends, as Qt's worker-object pattern wants.
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.finished.connect(self._on_thread_finished)
        self._started = False
        self._done = False
        self._failure: TaskFailure | None = None

    def start(self) -> None:
        if self._started:
            raise RuntimeError("a BackgroundTask runs once")
        self._started = True
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._started and not self._done

    def failure(self) -> TaskFailure | None:
        return self._failure

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the thread has stopped (used when a window closes mid-task)."""
        if not self._started:
            return True
        return self._thread.wait(timeout_ms)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self.succeeded.emit(result)

    @Slot(object)
    def _on_failed(self, failure: TaskFailure) -> None:
        self._failure = failure
        if failure.expected:
            self.failed.emit(failure.message)
            return
        self.failed.emit(
            self.tr(
                "An unexpected error stopped the work. The message that opened has the details."
            )
        )
        error = failure.error
        # The same path as an exception in a slot: logged, then the crash dialog.
        sys.excepthook(type(error), error, error.__traceback__)

    @Slot()
    def _on_thread_finished(self) -> None:
        # `finished` reaches here while the thread is still deleting its worker: let it end
        # first, or a task deleted at once (deleteLater in a slot) frees the worker twice.
        self._thread.wait()
        self._done = True
        self.finished.emit()
