"""Brings other users' changes to the window as they happen.

On PostgreSQL the services' listener thread calls back with each notification; a queued
signal carries it to the GUI thread. On a SQLite file a timer asks the services whether
another program committed. Either way, what arrives within a short pause is merged and
handed on once, as `changed(Changes)`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from crm_app.services.changes import Changes, LiveChanges, LiveMode

# How often a SQLite file's change counter is read: a colleague's change shows within this.
POLL_INTERVAL_MS = 1000
# Notifications arriving closer together than this are applied together (an import's
# many saves, or a burst of edits).
SETTLE_MS = 150


class LiveUpdates(QObject):
    changed = Signal(object)  # Changes
    # From the listener's thread; the connection to a QObject of the GUI thread is queued.
    _arrived = Signal(object)

    def __init__(self, changes: LiveChanges, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes = changes
        self._pending: Changes | None = None
        self._running = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._poll_now)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._hand_on)
        self._arrived.connect(self._on_arrived)

    @property
    def mode(self) -> LiveMode:
        return self._changes.mode

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        mode = self._changes.mode
        if mode is LiveMode.POLL:
            self._changes.poll()  # starts watching: what others commit from now on counts
            self._poll.start()
        elif mode is LiveMode.NOTIFY:
            self._changes.listen(self._arrived.emit)

    def stop(self) -> None:
        """No more updates (the window closes, or opens another database)."""
        self._running = False
        self._poll.stop()
        self._settle.stop()
        self._pending = None
        self._changes.stop()

    def check_now(self) -> None:
        """Read the change counter at once instead of at the next tick."""
        if self._running and self._changes.mode is LiveMode.POLL:
            self._poll_now()

    @Slot()
    def _poll_now(self) -> None:
        found = self._changes.poll()
        if found is not None:
            self._on_arrived(found)

    @Slot(object)
    def _on_arrived(self, changes: object) -> None:
        if not self._running or not isinstance(changes, Changes):
            return
        self._pending = changes if self._pending is None else self._pending.merged(changes)
        if not self._settle.isActive():
            self._settle.start()

    @Slot()
    def _hand_on(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and self._running:
            self.changed.emit(pending)
