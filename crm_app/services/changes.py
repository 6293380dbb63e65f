"""Live updates: what other users (other programs) changed in the database, as it happens.

On PostgreSQL the news comes by notification, naming the records (`listen`); on a SQLite
file the window asks now and then (`poll`), and learns only that something changed. What
this program itself writes is never reported: the window already shows it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from crm_app.store.changes import ChangeNote, NotificationListener
from crm_app.store.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Changes:
    """Records others changed; `everything` when which ones is not known (an import, a
    SQLite file, a notification missed while the server was away)."""

    contacts: frozenset[int] = frozenset()
    offices: frozenset[int] = frozenset()
    releases: frozenset[int] = frozenset()
    everything: bool = False

    @classmethod
    def from_note(cls, note: ChangeNote) -> Changes:
        def of(kind: str) -> frozenset[int]:
            return frozenset(key for what, key in note.records if what == kind)

        return cls(of("contact"), of("office"), of("release"), note.everything)

    def merged(self, other: Changes) -> Changes:
        return Changes(
            self.contacts | other.contacts,
            self.offices | other.offices,
            self.releases | other.releases,
            self.everything or other.everything,
        )

    def touches_contact(self, contact_id: int) -> bool:
        return self.everything or contact_id in self.contacts

    def touches_office(self, office_id: int) -> bool:
        return self.everything or office_id in self.offices

    def touches_release(self, release_id: int) -> bool:
        return self.everything or release_id in self.releases

    def touches_any_contact(self, contact_ids: Iterable[int]) -> bool:
        return self.everything or not self.contacts.isdisjoint(contact_ids)


class LiveMode(Enum):
    NOTIFY = "notify"  # PostgreSQL: `listen`
    POLL = "poll"  # a SQLite file: `poll`, often (it costs a look at the WAL index)
    NONE = "none"  # an in-memory database: nobody else can change it


class LiveChanges:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._tracker = database.changes
        self._listener: NotificationListener | None = None
        self._lock = threading.Lock()
        self._poll_failed = False

    @property
    def mode(self) -> LiveMode:
        if self._tracker is None:
            return LiveMode.NONE
        if self._tracker.notifies:
            return LiveMode.NOTIFY
        return LiveMode.POLL if self._database.file is not None else LiveMode.NONE

    def poll(self) -> Changes | None:
        """Changes(everything=True) when another program committed since the last call,
        else None. The first call starts watching."""
        tracker = self._tracker
        if tracker is None or self.mode is not LiveMode.POLL:
            return None
        try:
            tracker.watch()
            changed = tracker.changed_elsewhere()
        except sqlite3.Error as exc:
            if not self._poll_failed:  # said once, not every second
                log.warning("live updates: the change counter cannot be read: %s", exc)
            self._poll_failed = True
            return None
        self._poll_failed = False
        return Changes(everything=True) if changed else None

    def listen(self, deliver: Callable[[Changes], None]) -> None:
        """Hand each change another program makes to `deliver`, from a thread of its own
        (PostgreSQL); nothing happens on other databases. Until `stop`."""
        tracker = self._tracker
        if tracker is None or self.mode is not LiveMode.NOTIFY:
            return
        with self._lock:
            if self._listener is None:
                self._listener = tracker.listen(
                    lambda note: deliver(Changes.from_note(note)), self._database.display_name
                )

    def stop(self) -> None:
        """No more news: the listener's connection closes, the watch on the file ends."""
        with self._lock:
            listener, self._listener = self._listener, None
        if self._tracker is not None:
            if listener is not None:
                self._tracker.stop_listening(listener)
            self._tracker.unwatch()
