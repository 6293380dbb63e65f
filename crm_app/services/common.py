"""Helpers every service shares: clock, office lookup, conflict checks."""

from __future__ import annotations

import gc
import getpass
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_app.domain.errors import ConflictError, CrmError, NotFoundError, ValidationError
from crm_app.domain.ids import parse_record_id
from crm_app.domain.messages import msg
from crm_app.domain.text import clean_line
from crm_app.services.maintenance import damaged_message
from crm_app.store import repositories
from crm_app.store.database import Database, is_damage_report
from crm_app.store.models import OfficeRow


class Clock:
    """Now and today, replaceable in tests."""

    def __init__(self, now: Callable[[], datetime] | None = None) -> None:
        self._now = now or (lambda: datetime.now(UTC))

    def now(self) -> datetime:
        """Naive UTC, as the store keeps it."""
        return self._now().astimezone(UTC).replace(tzinfo=None)

    def today(self) -> date:
        return self._now().date()


# Longest name a change is recorded under (record_history.changed_by).
MAX_USER_NAME = 200
# Who a change is recorded as when neither a name nor the OS login is known.
UNKNOWN_USER = "unknown"
USER_ENVIRONMENT = "CRM_USER"


def login_name() -> str:
    """The OS login (LOGNAME, USER, LNAME, USERNAME, else the password database)."""
    try:
        name = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no such variable and no passwd entry
        return ""
    return _quiet_clean(name)


def _quiet_clean(name: str) -> str:
    try:
        return clean_line(name, "user")[:MAX_USER_NAME]
    except ValidationError:  # undecodable bytes in an environment variable
        return ""


def default_user() -> str:
    """Who changes are recorded as when no name was given: CRM_USER, else the OS login."""
    return _quiet_clean(os.environ.get(USER_ENVIRONMENT, "")) or login_name() or UNKNOWN_USER


class Actor:
    """Who the changes made through these services are recorded as.

    A name given (Preferences, `--user`) wins; without one, CRM_USER, then the OS login.
    Shared by every service of a container, so changing it applies to the next write.
    """

    def __init__(self, name: str | None = None) -> None:
        self._name = default_user()
        self.set(name)

    @property
    def name(self) -> str:
        return self._name

    def set(self, name: str | None) -> None:
        """Record changes as `name` from now on; None or blank: the default again."""
        cleaned = clean_line(name, "user", MAX_USER_NAME) if name else ""
        self._name = cleaned or default_user()


@contextmanager
def transaction(
    database: Database, what: str, key: object = None, *, read_only: bool = False
) -> Iterator[Session]:
    """One use case, one transaction; concurrent edits surface as ConflictError.

    A use case that writes takes SQLite's write lock as it begins, waiting for another
    writer up to the busy timeout; one that only reads (`read_only`) never waits for a
    writer, and PostgreSQL refuses any write it tries."""
    sessions = database.read_sessions if read_only else database.sessions
    try:
        with sessions.begin() as session:
            yield session
    except StaleDataError as exc:
        raise ConflictError(what, key) from exc
    except IntegrityError as exc:
        raise CrmError(
            msg(
                "{field}: the database refused the change ({detail})",
                field=what,
                detail=str(exc.orig),
            )
        ) from exc
    except DBAPIError as exc:
        reason = str(exc.orig)
        if database.damage is not None or (database.file and is_damage_report(reason)):
            # A damaged file: reads stop at the bad page, writes are refused (query_only).
            database.mark_damaged(reason)
            raise CrmError(damaged_message(database.file, database.damage or reason)) from exc
        # SQLite answers a write that meets another writer's lock with "database is locked"
        # once the busy timeout has passed, PostgreSQL with "lock timeout" (see store/locks):
        # another person is saving; nothing was written.
        if any(word in reason.lower() for word in ("locked", "busy", "lock timeout")):
            raise CrmError(
                msg("the database is busy with someone else's change; nothing was saved, try again")
            ) from exc
        if "readonly database" in reason.lower():
            raise CrmError(
                msg(
                    "the database file or its folder is read-only, so nothing was saved; make "
                    "both writable for you, or copy the file to a folder you can write to"
                )
            ) from exc
        raise


# A stream of 100,000 contacts makes millions of small objects, none in a cycle, and keeps a
# chunk of them alive at a time: with the collector's usual threshold (700) they are promoted
# and the whole heap is scanned again and again, a fifth of a listing's time.
_STREAM_GC_THRESHOLD = 100_000


class _Streams:
    """How many streams run, and the threshold to put back after the last."""

    lock = threading.Lock()
    running = 0
    saved: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """While a stream runs (any number at once), collect cyclic garbage rarely."""
    with _Streams.lock:
        if _Streams.running == 0:
            _Streams.saved = gc.get_threshold()
            first, *others = _Streams.saved
            gc.set_threshold(max(_STREAM_GC_THRESHOLD, first), *others)
        _Streams.running += 1
    try:
        yield
    finally:
        with _Streams.lock:
            _Streams.running -= 1
            if _Streams.running == 0:
                gc.set_threshold(*_Streams.saved)


def check_version(what: str, key: object, stored: int, expected: int | None) -> None:
    if expected is not None and stored != expected:
        raise ConflictError(what, key)


def resolve_office(session: Session, reference: str, field: str = "office") -> OfficeRow:
    """An office by id ("3") or by its name in any language ("OIM Pékin")."""
    cleaned = reference.strip()
    if not cleaned:
        raise ValidationError(field, msg("is empty"))
    office_id = parse_record_id(cleaned)
    if office_id is not None:
        row = session.get(OfficeRow, office_id)
        if row is not None and row.deleted_at is None:
            return row
    matches = repositories.offices_named(session, cleaned)
    if not matches:
        raise ValidationError(field, msg("no office called '{name}'", name=cleaned))
    if len(matches) > 1:
        ids = ", ".join(str(row.id) for row in matches)
        raise ValidationError(
            field, msg("'{name}' names several offices ({ids}); give the id", name=cleaned, ids=ids)
        )
    return matches[0]


def require_office_id(session: Session, office_id: int) -> OfficeRow:
    row = session.get(OfficeRow, office_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("office", office_id)
    return row
