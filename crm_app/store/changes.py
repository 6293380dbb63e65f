"""What other programs changed in the database, without a schema of its own.

PostgreSQL: every write transaction sends one NOTIFY on CHANNEL, delivered at its commit
(and dropped with a rollback). The payload is the writing database object's token and the
records it changed ("contact:12 office:3"), or "*" when it changed many (an import). A
`NotificationListener` LISTENs on a connection of its own, in a thread, and hands on what
other programs changed; the token tells this program's own notifications apart.

SQLite: there are no notifications. `PRAGMA data_version`, read on a connection kept for
it, changes whenever another connection commits, for the price of a look at the WAL index.
This program's own commits change it too: each one is noted around its COMMIT, and a
change that only they explain is not reported (see ChangeTracker._own_commit_done).
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import select
import socket
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from crm_app.domain.redact import redact_url
from crm_app.store.models import (
    ContactRow,
    ContactTitleRow,
    EmailRow,
    OfficeNameRow,
    OfficeRow,
    PhoneRow,
    RecordHistoryRow,
    ReleaseCitationRow,
    ReleaseContactRow,
    ReleaseRow,
)

CHANNEL = "press_contacts_changes"
EVERYTHING = "*"
# A notification names at most this many records; a bigger change says "*" (PostgreSQL
# refuses payloads over 8,000 bytes, and a list that long is read again whole anyway).
MAX_NAMED = 50
# Without news, the listener checks its connection this often (a server gone quiet).
KEEPALIVE_S = 30.0
# Waits between attempts to reach a server that went away: doubling, up to the last.
RETRY_S = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)

log = logging.getLogger(__name__)

# Which record each table's row belongs to: (kind, attribute holding its id).
_OWNERS: dict[type, tuple[str, str]] = {
    ContactRow: ("contact", "id"),
    ContactTitleRow: ("contact", "contact_id"),
    PhoneRow: ("contact", "contact_id"),
    EmailRow: ("contact", "contact_id"),
    OfficeRow: ("office", "id"),
    OfficeNameRow: ("office", "office_id"),
    ReleaseRow: ("release", "id"),
    ReleaseContactRow: ("release", "release_id"),
    ReleaseCitationRow: ("release", "release_id"),
}
_NOTE = "press_contacts_changes"  # the key of a session's ChangeNote in session.info


@dataclass(slots=True)
class ChangeNote:
    """What one transaction changed: (kind, id) pairs, or everything."""

    records: set[tuple[str, int]] = field(default_factory=set)
    everything: bool = False


def encode(token: str, note: ChangeNote) -> str:
    if note.everything or len(note.records) > MAX_NAMED:
        return f"{token} {EVERYTHING}"
    return " ".join([token, *(f"{kind}:{key}" for kind, key in sorted(note.records))])


def decode(payload: str) -> tuple[str, ChangeNote] | None:
    """The token and the note of a payload; None for one this program did not write."""
    token, _, body = payload.partition(" ")
    note = ChangeNote()
    for word in body.split():
        if word == EVERYTHING:
            note.everything = True
            continue
        kind, _, key = word.partition(":")
        if kind not in ("contact", "office", "release") or not key.isdigit():
            return None
        note.records.add((kind, int(key)))
    if not token or not (note.everything or note.records):
        return None
    return token, note


def _sqlite_driver(connection: Connection) -> sqlite3.Connection | None:
    driver = connection.connection.driver_connection
    return driver if isinstance(driver, sqlite3.Connection) else None


def _data_version(connection: sqlite3.Connection) -> int:
    row = connection.execute("PRAGMA data_version").fetchone()
    return int(row[0])


HISTORY_TABLE = RecordHistoryRow.__tablename__


class ChangeTracker:
    """Installed on every opened database: notes what each write transaction changed, and
    on PostgreSQL tells the other programs at commit. `token` names this database object in
    its notifications."""

    def __init__(self, engine: Engine, sessions: sessionmaker[Session], file: Path | None) -> None:
        self.token = secrets.token_hex(8)
        self.engine = engine
        self._file = file
        self._lock = threading.Lock()
        self._watch: sqlite3.Connection | None = None
        self._seen = 0
        self._listeners: list[NotificationListener] = []
        if engine.dialect.name == "postgresql":
            event.listen(sessions, "after_flush", self._after_flush)
            event.listen(sessions, "do_orm_execute", self._bulk_write)
            event.listen(sessions, "before_commit", self._notify)
        elif engine.dialect.name == "sqlite" and file is not None:
            event.listen(engine, "begin", self._begin)
            event.listen(engine, "commit", self._own_commit_begins)
            event.listen(engine, "checkin", self._own_commit_done)

    @property
    def notifies(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def listen(self, deliver: Callable[[ChangeNote], None], where: str) -> NotificationListener:
        """Start a listener for other programs' notifications (see NotificationListener);
        `close` stops it if its owner has not."""
        listener = NotificationListener(self.engine, self.token, deliver, where)
        with self._lock:
            self._listeners.append(listener)
        listener.start()
        return listener

    def stop_listening(self, listener: NotificationListener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)
        listener.stop()

    def close(self) -> None:
        """The database closes: no more watching or listening."""
        with self._lock:
            listeners, self._listeners = self._listeners, []
        for listener in listeners:
            listener.stop()
        self.unwatch()

    # PostgreSQL: what a transaction changed, sent as it commits

    @staticmethod
    def _note(session: Session) -> ChangeNote:
        note = session.info.get(_NOTE)
        if note is None:
            note = session.info[_NOTE] = ChangeNote()
        assert isinstance(note, ChangeNote)
        return note

    def _after_flush(self, session: Session, _context: UOWTransaction) -> None:
        changed = [*session.new, *session.dirty, *session.deleted]
        if not changed:
            return
        note = self._note(session)
        for row in changed:
            owner = _OWNERS.get(type(row))
            if owner is not None:
                key = getattr(row, owner[1], None)
                if isinstance(key, int):
                    note.records.add((owner[0], key))

    def _bulk_write(self, state: ORMExecuteState) -> None:
        # An import's multi-row INSERT or UPDATE names no single record. The history rows
        # that every save writes alongside its record change nothing others see.
        if state.is_insert or state.is_update or state.is_delete:
            table = getattr(state.statement, "table", None)
            if getattr(table, "name", None) != HISTORY_TABLE:
                self._note(state.session).everything = True

    def _notify(self, session: Session) -> None:
        if session.in_nested_transaction():
            return  # a savepoint: the outer commit tells
        session.flush()  # what the commit would flush is part of the news
        note = session.info.pop(_NOTE, None)
        if isinstance(note, ChangeNote) and (note.records or note.everything):
            session.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": CHANNEL, "payload": encode(self.token, note)},
            )

    # SQLite: a change counter, and this program's own commits told apart

    def watch(self) -> bool:
        """Start following the file's change counter; False when there is no file to follow
        (a server, or an in-memory database)."""
        if self._file is None or self.engine.dialect.name != "sqlite":
            return False
        with self._lock:
            if self._watch is None:
                # A connection of its own: data_version counts other connections' commits.
                watch = sqlite3.connect(self._file, check_same_thread=False, isolation_level=None)
                watch.execute("PRAGMA query_only=1")
                self._watch = watch
                self._seen = _data_version(watch)
        return True

    def changed_elsewhere(self) -> bool:
        """Whether another program committed since the last call (or since `watch`)."""
        with self._lock:
            if self._watch is None:
                return False
            version = _data_version(self._watch)
            if version == self._seen:
                return False
            self._seen = version
            return True

    def unwatch(self) -> None:
        with self._lock:
            watch, self._watch = self._watch, None
        if watch is not None:
            watch.close()

    def _begin(self, connection: Connection) -> None:
        if self._watch is not None:
            driver = _sqlite_driver(connection)
            if driver is not None:
                connection.info["changes_at_begin"] = driver.total_changes

    def _own_commit_begins(self, connection: Connection) -> None:
        """Just before this program's COMMIT, while it holds the write lock: nobody else
        can commit now. Notes the writer's data_version (which its own commit leaves alone)
        and the watcher's (which it will move)."""
        start = connection.info.pop("changes_at_begin", None)
        driver = _sqlite_driver(connection)
        if self._watch is None or driver is None or start is None:
            return
        if driver.total_changes == start:
            return  # it wrote nothing
        own = _data_version(driver)
        with self._lock:
            if self._watch is not None:
                connection.info["own_commit"] = (own, _data_version(self._watch))

    def _own_commit_done(self, dbapi_connection: Any, record: Any) -> None:
        """After the COMMIT (the connection goes back to the pool). The change the watcher
        sees is this program's alone when the watcher had seen everything before it, and
        the writer has seen no other commit since its transaction began."""
        pending = record.info.pop("own_commit", None)
        if pending is None or not isinstance(dbapi_connection, sqlite3.Connection):
            return
        own_before, seen_before = pending
        with self._lock:
            if self._watch is None or seen_before != self._seen:
                return
            after = _data_version(self._watch)
            if _data_version(dbapi_connection) == own_before:
                self._seen = after


class NotificationListener:
    """LISTENs for other programs' notifications on a PostgreSQL connection of its own, in a
    daemon thread, and hands each one's note to `deliver` (called in that thread).

    When the server goes away it says so in the log (without the password) and tries again,
    waiting longer each time; once back, it delivers "everything", since notifications sent
    meanwhile were lost. `stop` wakes the thread at once and waits for it.
    """

    def __init__(
        self, engine: Engine, token: str, deliver: Callable[[ChangeNote], None], where: str
    ) -> None:
        self._engine = engine
        self._token = token
        self._deliver = deliver
        self._where = where
        self._stopping = threading.Event()
        self._wake_read, self._wake_write = socket.socketpair()
        self._thread: threading.Thread | None = None
        self._connection: Any = None

    def start(self) -> None:
        """Listen now if the server answers (a change made from here on is not missed), then
        go on in the thread."""
        try:
            self._connection = self._connect()
        except Exception as exc:  # the thread tries again
            self._lost(exc)
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):  # already closed
            self._wake_write.send(b"x")
        if self._thread is not None:
            self._thread.join(timeout)
        self._close()
        self._wake_read.close()
        self._wake_write.close()

    def is_listening(self) -> bool:
        return self._connection is not None

    def _connect(self) -> Any:
        # Through the engine, so the connection is made as every other one is (the URL,
        # the password file, the timeout), then taken out of the pool for good.
        pooled = self._engine.raw_connection()
        connection = pooled.driver_connection
        pooled.detach()
        if connection is None:
            raise ConnectionError("no connection")
        try:
            connection.rollback()  # the pool's ping may have opened a transaction
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            connection.close()
            raise
        return connection

    def _close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except Exception:  # closing a connection the server already dropped
                log.debug("change listener: closing its connection failed", exc_info=True)

    def _lost(self, exc: BaseException) -> None:
        reason = redact_url(str(exc).strip().splitlines()[0] if str(exc).strip() else "")
        log.warning(
            "live updates from %s paused: %s: %s; trying again",
            self._where,
            type(exc).__name__,
            reason,
        )

    def _run(self) -> None:
        attempt = 0
        while not self._stopping.is_set():
            if self._connection is None:
                try:
                    self._connection = self._connect()
                except Exception as exc:
                    if attempt == 0:
                        self._lost(exc)
                    self._stopping.wait(RETRY_S[min(attempt, len(RETRY_S) - 1)])
                    attempt += 1
                    continue
                log.info("live updates from %s resumed", self._where)
                attempt = 0
                self._hand_on(ChangeNote(everything=True))  # what was sent meanwhile is lost
            try:
                self._listen(self._connection)
            except Exception as exc:
                if self._stopping.is_set():
                    break
                self._lost(exc)
                self._close()
                attempt = 1  # wait a little before the first attempt: the server is restarting
                self._stopping.wait(RETRY_S[0])
        self._close()

    def _hand_on(self, note: ChangeNote) -> None:
        try:
            self._deliver(note)
        except Exception as exc:  # the receiver is gone (a window closed without stopping)
            log.warning("live updates stopped: the news could not be handed on (%s)", exc)
            self._stopping.set()

    def _listen(self, connection: Any) -> None:
        socket_number = connection.pgconn.socket
        while not self._stopping.is_set():
            # First what the driver already read (with a command's answer, say), then wait.
            for notification in connection.notifies(timeout=0):
                decoded = decode(notification.payload)
                if decoded is not None and decoded[0] != self._token:
                    self._hand_on(decoded[1])
            ready, _, _ = select.select([socket_number, self._wake_read], [], [], KEEPALIVE_S)
            if self._wake_read in ready:
                return
            if not ready:
                connection.execute("SELECT 1")  # a dead connection fails here
