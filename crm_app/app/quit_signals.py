"""SIGTERM and SIGINT (Ctrl+C in the terminal) close the window as if the person quit.

Python runs a signal handler only between two of its own instructions, and while Qt waits
for events no Python runs: a handler alone would wait for the next mouse move. The usual
remedy is the self-pipe: `signal.set_wakeup_fd` makes the C-level handler write the
signal's number to a socket, a QSocketNotifier on the other end wakes Qt's event loop,
and the slot it calls (Python) reads the numbers and says which signals came. The Python
handlers themselves do nothing but replace the default actions (die at once, or raise
KeyboardInterrupt wherever the program happens to be).
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

QUIT_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM") if hasattr(signal, name)
)


def _noted(_signum: int, _frame: FrameType | None) -> None:
    """The Python-level handler: the C-level one has already written to the wake-up socket."""


class SignalWatcher(QObject):
    """Emits `received` in the GUI thread, from Qt's event loop, for each signal that came."""

    received = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)  # the C handler must never wait
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    def _wake(self) -> None:
        numbers = b""
        while True:
            try:
                chunk = self._read.recv(64)
            except (BlockingIOError, InterruptedError):
                break  # read to the end (or woken with nothing to read)
            if not chunk:
                break
            numbers += chunk
        for number in numbers:
            self.received.emit(number)

    @contextmanager
    def watching(self, signals: Sequence[signal.Signals] = QUIT_SIGNALS) -> Iterator[None]:
        """Within the block, `signals` come through `received` instead of their default
        action; afterwards the previous handlers and wake-up descriptor are back.

        A signal the program was started with ignored stays ignored: a shell script starts
        its background jobs so, that Ctrl+C stops the script and not them."""
        previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        previous = {
            number: signal.signal(number, _noted)
            for number in signals
            if signal.getsignal(number) is not signal.SIG_IGN
        }
        try:
            yield
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
            signal.set_wakeup_fd(previous_fd)
            self._notifier.setEnabled(False)
            self._read.close()
            self._write.close()
