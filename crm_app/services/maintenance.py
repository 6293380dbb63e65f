"""Looking after the database file: its backups, restoring one, and checking the file.

These work from the database's URL, not from an open database: a file too damaged to open
can still be checked and restored, and a restore needs the file closed by everyone.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from crm_app.domain.errors import CrmError, DatabaseOpenError
from crm_app.domain.messages import Message, msg
from crm_app.domain.redact import redact_url
from crm_app.store import backups as store_backups
from crm_app.store.database import (
    ENGINE_NAMES,
    SCHEMA_HEAD,
    Database,
    checked_url,
    describe_sqlite_file,
    engine_libraries,
    engine_version,
    open_database,
)
from crm_app.store.server import ServerAddress, probe

LATEST = "latest"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    name: str
    kind: str  # "automatic", "before-upgrade" or "before-restore"
    created: datetime  # aware, UTC
    size: int
    contacts: int | None  # None when the copy cannot be read


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored: BackupInfo
    set_aside: str | None  # the copy of the replaced file, itself restorable


@dataclass(frozen=True, slots=True)
class DatabaseCheck:
    engine: str
    location: str
    file: str | None
    size: int | None
    revision: str | None
    head: str
    integrity: str  # "ok", what quick_check found, or "not checked" on a server
    backups: int
    latest_backup: str | None
    # A server: where, as whom, and whether the connection is encrypted (never a password).
    server: ServerAddress | None = None
    encrypted: bool | None = None

    @property
    def ok(self) -> bool:
        return self.integrity in ("ok", "not checked")


@dataclass(frozen=True, slots=True)
class MigrationResult:
    before: str | None  # the schema revision found; None for an empty database
    after: str
    upgraded: bool
    backup: str | None  # the copy of a SQLite file made first


@dataclass(frozen=True, slots=True)
class DatabaseEngine:
    """What About and a bug report say of the open database (never a password)."""

    name: str  # "SQLite", "PostgreSQL"
    version: str  # the SQLite library's, or the server's
    location: str  # the file for SQLite; host/database for a server
    is_file: bool
    libraries: tuple[str, ...]  # "SQLAlchemy 2.0.36", and the server's driver


def damaged_message(file: Path | None, detail: str) -> Message:
    """What a refused change says: the file is damaged, and how to get it back."""
    latest = store_backups.latest_good(file) if file is not None else None
    if latest is None:
        return msg(
            "the database file {file} is damaged ({detail}); changes are refused so that "
            "nothing more is lost. It has no backup: keep a copy of the file before "
            "trying anything else",
            file=str(file or ""),
            detail=detail,
        )
    return msg(
        "the database file {file} is damaged ({detail}); changes are refused so that "
        "nothing more is lost. Restore the latest good backup, {backup}, with "
        "'crm-app db restore latest' or File → Restore a Backup",
        file=str(file),
        detail=detail,
        backup=latest.name,
    )


def database_damage(database: Database) -> Message | None:
    """The damage message of an open database, or None while its file is sound."""
    if database.damage is None:
        return None
    return damaged_message(database.file, database.damage)


def _info(backup: store_backups.BackupFile) -> BackupInfo:
    return BackupInfo(
        name=backup.name,
        kind=backup.kind.value,
        created=backup.created,
        size=backup.size,
        contacts=store_backups.count_contacts(backup.path),
    )


class MaintenanceService:
    def __init__(self, url: str, database: Database | None = None) -> None:
        self._url = url
        self._database = database  # the open one, when there is one: its damage is known

    def is_damaged(self) -> bool:
        """Whether the open file is damaged (cheap: damage() also looks for a sound backup)."""
        return self._database is not None and self._database.damage is not None

    def warm_up(self) -> int:
        """The open database's file read into the system's memory (see
        Database.read_into_memory); slow on a cold disk, so for a worker thread."""
        return self._database.read_into_memory() if self._database is not None else 0

    def engine(self) -> DatabaseEngine:
        """The open database's engine and its version, and where the database is."""
        database = self._database
        if database is None:
            raise RuntimeError("no database is open")
        return DatabaseEngine(
            name=ENGINE_NAMES.get(database.dialect, database.dialect),
            version=engine_version(database),
            location=database.display_name,
            is_file=database.file is not None,
            libraries=engine_libraries(database),
        )

    def damage(self) -> Message | None:
        """Why changes are refused (the open file is damaged), or None while it is sound."""
        return database_damage(self._database) if self._database is not None else None

    def _file(self) -> Path:
        try:
            parsed = make_url(self._url)
        except ArgumentError as exc:
            raise DatabaseOpenError(
                msg("--db: '{url}' is not a database URL", url=redact_url(self._url))
            ) from exc
        database = parsed.database
        if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
            raise CrmError(
                msg(
                    "backups are kept for SQLite files only; back up {location} with "
                    "the server's own tools",
                    location=self._location(),
                )
            )
        return Path(database).resolve()

    def _location(self) -> str:
        try:
            parsed = make_url(self._url)
        except ArgumentError:
            return self._url
        if parsed.get_backend_name() == "sqlite":
            return parsed.database or ":memory:"
        if parsed.get_backend_name() == "postgresql":
            return ServerAddress.from_url(self._url).location
        return parsed.render_as_string(hide_password=True)

    def is_file(self) -> bool:
        try:
            self._file()
        except CrmError:
            return False
        return True

    def backups(self) -> list[BackupInfo]:
        """Every backup of the file, newest first."""
        return [_info(backup) for backup in store_backups.list_backups(self._file())]

    def restore(self, name: str) -> RestoreResult:
        """Replace the database with the backup `name` (or "latest", the newest sound one),
        first setting the current file aside; refused while anyone holds the file open."""
        file = self._file()
        chosen = self._choose(file, name.strip())
        problem = store_backups.is_restorable(chosen.path)
        if problem is not None:
            raise CrmError(
                msg(
                    "the backup {name} cannot be restored: {problem}",
                    name=chosen.name,
                    problem=problem,
                )
            )
        restored = _info(chosen)
        set_aside: str | None = None
        try:
            if not file.exists():
                store_backups.write_file_safely(
                    file, store_backups.copy_bytes(chosen.path), store_backups.PRIVATE_FILE_MODE
                )
            else:
                with store_backups.held_exclusively(file):
                    if file.stat().st_size > 0:
                        aside = store_backups.make_backup(
                            file,
                            store_backups.BackupKind.BEFORE_RESTORE,
                            fill=store_backups.copy_bytes(file),
                        )
                        set_aside = aside.name
                    store_backups.replace_database(file, chosen.path)
        except store_backups.DatabaseInUseError as exc:
            raise CrmError(
                msg(
                    "the database {file} is open in another Press Contacts window or "
                    "command; close it, then restore again. Nothing was changed",
                    file=str(file),
                )
            ) from exc
        except OSError as exc:
            raise CrmError(
                msg("the backup could not be restored: {reason}", reason=str(exc))
            ) from exc
        return RestoreResult(restored=restored, set_aside=set_aside)

    def _choose(self, file: Path, name: str) -> store_backups.BackupFile:
        if name.lower() == LATEST:
            latest = store_backups.latest_good(file)
            if latest is None:
                raise CrmError(msg("there is no sound backup of {file} to restore", file=str(file)))
            return latest
        for backup in store_backups.list_backups(file):
            if backup.name == name or str(backup.path) == name:
                return backup
        raise CrmError(
            msg(
                "no backup called '{name}'; 'crm-app db backups' lists them",
                name=name,
            )
        )

    def check(self) -> DatabaseCheck:
        """The engine, the schema revision, the file and what SQLite's quick_check says."""
        if not self.is_file():
            return self._check_server()
        file = self._file()
        if not file.is_file():
            raise CrmError(msg("the database file {file} does not exist", file=str(file)))
        revision: str | None = None
        problem = store_backups.quick_check(file)
        try:
            _tables, revision = describe_sqlite_file(file)
        except sqlite3.Error as exc:
            problem = problem or str(exc)
        found = store_backups.list_backups(file)
        latest = store_backups.latest_good(file) if found else None
        return DatabaseCheck(
            engine="sqlite",
            location=str(file),
            file=str(file),
            size=file.stat().st_size,
            revision=revision,
            head=SCHEMA_HEAD,
            integrity=problem or "ok",
            backups=len(found),
            latest_backup=latest.name if latest else None,
        )

    def _check_server(self) -> DatabaseCheck:
        """Connects (briefly), as the Test button of Preferences does: the same reasons."""
        backend = checked_url(self._url).get_backend_name()
        if backend != "postgresql":  # an in-memory SQLite database: nothing to look at
            return DatabaseCheck(
                engine=backend,
                location=self._location(),
                file=None,
                size=None,
                revision=None,
                head=SCHEMA_HEAD,
                integrity="not checked",
                backups=0,
                latest_backup=None,
            )
        state = probe(self._url)
        return DatabaseCheck(
            engine=backend,
            location=state.address.location,
            file=None,
            size=None,
            revision=state.revision,
            head=SCHEMA_HEAD,
            integrity="not checked",
            backups=0,
            latest_backup=None,
            server=state.address,
            encrypted=state.encrypted,
        )

    def migrate(self) -> MigrationResult:
        """Bring the database to the newest schema, as opening it does; a SQLite file is
        copied aside first. Says from which revision to which."""
        database = open_database(self._url)
        try:
            return MigrationResult(
                before=database.revision_before,
                after=SCHEMA_HEAD,
                upgraded=database.upgraded,
                backup=str(database.backup_path) if database.backup_path is not None else None,
            )
        finally:
            database.close()
