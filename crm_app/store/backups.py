"""Copies of a SQLite database file: private, written whole or not at all, listed, restored.

Every copy lives in `<folder of the database>/backups/`, named after the database file:

    press-contacts.sqlite3.auto-20261127T101500Z.bak            one a day, made on opening
    press-contacts.sqlite3.before-0001-20261127T101500Z.bak     before an upgrade
    press-contacts.sqlite3.before-restore-20261127T101500Z.bak  before a restore (its undo)

Only the automatic ones are pruned (the newest AUTOMATIC_BACKUPS_KEPT stay). A copy is
written under a hidden temporary name, synced, then renamed, so a name that looks like a
backup is always a whole backup. `backups/<database>.state.json` remembers the file as it
was at the last clean integrity check and at the last automatic backup, which lets an
unchanged file skip both.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

BACKUP_FOLDER_NAME = "backups"
AUTOMATIC_BACKUPS_KEPT = 10
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(
    r"^(?P<database>.+)\.(?P<kind>auto|before-restore|before-(?P<revision>[A-Za-z0-9_]+))"
    r"-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<serial>\d+))?\.bak$"
)
_PARTIAL_SUFFIX = ".partial"
# Pages copied per step of SQLite's backup API; between steps other connections may write.
_COPY_STEP_PAGES = 4096


class BackupKind(StrEnum):
    AUTOMATIC = "automatic"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    kind: BackupKind
    created: datetime
    size: int

    @property
    def name(self) -> str:
        return self.path.name


class DatabaseInUseError(Exception):
    """Another connection holds the database open, so it cannot be replaced now."""


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER_NAME


def make_private_folder(folder: Path) -> None:
    """Create `folder` readable by its owner only; an existing folder keeps its mode."""
    if not folder.is_dir():
        folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)


def create_private_file(path: Path) -> None:
    """An empty file only its owner can read. SQLite gives its -wal and -shm files the
    mode of the database file, so they come out private too."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))


def backup_name(database: Path, kind: BackupKind, when: datetime, revision: str = "") -> str:
    stamp = when.astimezone(UTC).strftime(_STAMP)
    middle = {
        BackupKind.AUTOMATIC: "auto",
        BackupKind.BEFORE_RESTORE: "before-restore",
        BackupKind.BEFORE_UPGRADE: f"before-{revision or 'none'}",
    }[kind]
    return f"{database.name}.{middle}-{stamp}.bak"


def _parse(database: Path, path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None or match["database"] != database.name:
        return None
    kind = {"auto": BackupKind.AUTOMATIC, "before-restore": BackupKind.BEFORE_RESTORE}.get(
        match["kind"], BackupKind.BEFORE_UPGRADE
    )
    try:
        size = path.stat().st_size
    except OSError:
        return None
    created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    return BackupFile(path=path, kind=kind, created=created, size=size)


def list_backups(database: Path) -> list[BackupFile]:
    """The backups of `database`, newest first. Copies made beside the database by older
    versions (before an upgrade) are listed too."""
    found: list[BackupFile] = []
    for folder in (backup_folder(database), database.parent):
        if not folder.is_dir():
            continue
        for path in folder.glob(f"{glob_escape(database.name)}.*.bak"):
            backup = _parse(database, path)
            if backup is not None and path.is_file():
                found.append(backup)
    return sorted(found, key=lambda b: (b.created, b.name), reverse=True)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _unique(target: Path) -> Path:
    """Two copies in the same second get -2, -3… rather than overwriting each other."""
    if not target.exists():
        return target
    stem = target.name.removesuffix(".bak")
    serial = 2
    while (candidate := target.with_name(f"{stem}-{serial}.bak")).exists():
        serial += 1
    return candidate


def copy_with_backup_api(source: Path) -> Callable[[Path], None]:
    """Fill a file with a consistent copy of `source` (WAL content included)."""

    def copy(destination: Path) -> None:
        reader = sqlite3.connect(source)
        try:
            writer = sqlite3.connect(destination)
            try:
                # The copy is synced once at the end and renamed only when whole.
                writer.execute("PRAGMA synchronous=OFF")
                reader.backup(writer, pages=_COPY_STEP_PAGES)
            finally:
                writer.close()
            # The copy keeps the source's WAL flag; a rollback-journal file is one file,
            # self-contained, and readable without creating -wal and -shm beside it.
            writer = sqlite3.connect(destination)
            try:
                writer.execute("PRAGMA journal_mode=DELETE")
            finally:
                writer.close()
        finally:
            reader.close()

    return copy


def copy_bytes(source: Path) -> Callable[[Path], None]:
    """Fill a file with the bytes of `source`: for a file whose lock is held (nothing can
    change it) or a damaged one, which SQLite may refuse to read."""

    def copy(destination: Path) -> None:
        with source.open("rb") as reader, destination.open("r+b") as writer:
            shutil.copyfileobj(reader, writer, 1 << 20)

    return copy


def write_file_safely(target: Path, fill: Callable[[Path], None], mode: int) -> Path:
    """Write `target` whole or not at all: a hidden temporary file in the same folder,
    filled, synced, given `mode`, then renamed. If anything fails, nothing is left."""
    partial = target.with_name(f".{target.name}.{os.getpid()}{_PARTIAL_SUFFIX}")
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE))
    try:
        fill(partial)
        fd = os.open(partial, os.O_RDWR)
        try:
            os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)
    return target


def _sync_folder(folder: Path) -> None:
    # The rename itself must reach the disk; not every platform can open a folder.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def backup_mode(database: Path) -> int:
    """Private, and never wider than the database itself."""
    return PRIVATE_FILE_MODE & database.stat().st_mode


def make_backup(
    database: Path,
    kind: BackupKind,
    when: datetime | None = None,
    revision: str = "",
    fill: Callable[[Path], None] | None = None,
) -> BackupFile:
    folder = backup_folder(database)
    make_private_folder(folder)
    moment = when or datetime.now(UTC)
    target = _unique(folder / backup_name(database, kind, moment, revision))
    write_file_safely(target, fill or copy_with_backup_api(database), backup_mode(database))
    backup = _parse(database, target)
    assert backup is not None
    return backup


def prune_automatic(database: Path, keep: int = AUTOMATIC_BACKUPS_KEPT) -> list[Path]:
    """Delete all but the newest `keep` automatic backups; returns what was deleted."""
    automatic = [b for b in list_backups(database) if b.kind is BackupKind.AUTOMATIC]
    removed = []
    for backup in automatic[keep:]:
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


# What the file looked like when last checked and last copied.


def fingerprint(database: Path) -> list[int]:
    """Size and modification time of the file and its WAL: any write changes one of them."""
    values: list[int] = []
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            stat = path.stat()
        except FileNotFoundError:
            values += [-1, -1]
        else:
            values += [stat.st_size, stat.st_mtime_ns]
    return values


def _state_path(database: Path) -> Path:
    return backup_folder(database) / f"{database.name}.state.json"


def read_state(database: Path) -> dict[str, list[int]]:
    try:
        loaded = json.loads(_state_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {
        key: value
        for key, value in loaded.items()
        if isinstance(value, list) and all(isinstance(item, int) for item in value)
    }


def remember(database: Path, key: str, value: list[int] | None) -> None:
    """Record (or with None, forget) a fingerprint; losing the record only costs a check."""
    state = read_state(database)
    if state.get(key) == value:
        return
    if value is None:
        state.pop(key)
    else:
        state[key] = value
    folder = backup_folder(database)
    try:
        make_private_folder(folder)
        text = json.dumps(state).encode()

        def fill(path: Path) -> None:
            path.write_bytes(text)

        write_file_safely(_state_path(database), fill, PRIVATE_FILE_MODE)
    except OSError:
        pass


# Integrity


def quick_check(database: Path, immutable: bool = False) -> str | None:
    """None when SQLite's quick_check finds the file sound, else what it found.

    `immutable` for a backup: read as it is, creating no -wal or -shm beside it."""
    try:
        if immutable:
            connection = sqlite3.connect(f"{database.resolve().as_uri()}?immutable=1", uri=True)
        else:
            connection = sqlite3.connect(database)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        connection.execute("PRAGMA query_only=1")
        rows = connection.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        connection.close()
    # quick_check heads its findings "*** in database main ***" and may spread one over
    # several lines: one line, the findings only, is what a message can show.
    lines = [
        line.strip()
        for row in rows
        if row and row[0] != "ok"
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    return "; ".join(lines[:3]) or None


def is_restorable(path: Path) -> str | None:
    """None when `path` is a sound Press Contacts database, else why it cannot be restored."""
    problem = quick_check(path, immutable=True)
    if problem is not None:
        return f"damaged ({problem})"
    if count_contacts(path) is None:
        return "not a Press Contacts database"
    return None


def latest_good(database: Path) -> BackupFile | None:
    """The newest backup that is sound; checked newest first, so usually one check."""
    for backup in list_backups(database):
        if is_restorable(backup.path) is None:
            return backup
    return None


def count_contacts(path: Path) -> int | None:
    """The live contacts in a backup, read without creating or changing any file."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        value = connection.execute(
            "SELECT count(*) FROM contacts WHERE deleted_at IS NULL"
        ).fetchone()
        return int(value[0])
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        connection.close()


@contextlib.contextmanager
def held_exclusively(database: Path) -> Iterator[None]:
    """Hold `database` so nobody else can read or write it, or raise DatabaseInUseError.

    Leaving WAL mode needs every other connection gone; then an exclusive lock keeps new
    ones out. The file is then complete on disk, with no WAL beside it."""
    connection = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        try:
            connection.execute("PRAGMA journal_mode=DELETE").fetchone()
            connection.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise DatabaseInUseError(str(exc)) from exc
            raise
        except sqlite3.DatabaseError:
            # A damaged file may refuse the journal switch; the lock alone still tells.
            try:
                connection.execute("BEGIN EXCLUSIVE")
            except sqlite3.OperationalError as exc:
                raise DatabaseInUseError(str(exc)) from exc
        yield
    finally:
        with contextlib.suppress(sqlite3.Error):
            if connection.in_transaction:
                connection.execute("ROLLBACK")
        connection.close()


def replace_database(database: Path, backup: Path) -> None:
    """Put the bytes of `backup` in place of `database`, keeping the database's mode."""
    mode = database.stat().st_mode & 0o777
    write_file_safely(database, copy_bytes(backup), mode)
    for suffix in ("-wal", "-shm", "-journal"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
