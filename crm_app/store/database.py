"""Opening a database: engine set-up, checks, a copy aside, and the upgrade to the newest schema."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy import __version__ as sqlalchemy_version
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from crm_app.domain.errors import DatabaseDamagedError, DatabaseOpenError
from crm_app.domain.messages import Message, msg
from crm_app.domain.redact import redact_url
from crm_app.store import backups
from crm_app.store.changes import ChangeTracker

if TYPE_CHECKING:
    from alembic.config import Config

DATABASE_FILE_NAME = "press-contacts.sqlite3"
# The newest migration in db/versions. Alembic is imported only when a database needs
# upgrading, which keeps every command's start-up fast; a test keeps this in step.
SCHEMA_HEAD = "0008"
KNOWN_REVISIONS = frozenset({"0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008"})
SQLITE_BUSY_TIMEOUT_MS = 10_000
# A file with tables is ours only if it has these (and alembic_version).
OWN_TABLES = frozenset({"offices", "contacts"})
# Keys of the fingerprints kept beside the backups (see store/backups.py).
_CLEAN_CHECK = "clean_check"
_LAST_BACKUP = "last_backup"

log = logging.getLogger(__name__)


def default_database_url(data_dir: Path) -> str:
    return URL.create("sqlite", database=str(data_dir / DATABASE_FILE_NAME)).render_as_string()


class Health:
    """What is known of a SQLite file's soundness while it is open; shared, so a damaged
    page met by any read makes every later connection read-only."""

    def __init__(self, damage: str | None = None) -> None:
        self.damage = damage


# What read_into_memory reads at most, a mebibyte at a time: a database of a few hundred
# thousand contacts whole, without flooding the cache with a rare much bigger file.
WARM_UP_LIMIT = 1 << 30
_WARM_UP_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Database:
    """An open, up-to-date database: the engine and how to start a session on it."""

    engine: Engine
    # Sessions for use cases that write: on SQLite they begin IMMEDIATE (see WRITE_OPTIONS).
    sessions: sessionmaker[Session]
    # Sessions for use cases that only read: a plain BEGIN, never waiting for a writer.
    read_sessions: sessionmaker[Session]
    url: str
    backup_path: Path | None
    # The SQLite file (None for a server or an in-memory database).
    file: Path | None = None
    health: Health = field(default_factory=Health)
    # True when the file was found sound on opening (checked, or unchanged since a check).
    checked_clean: bool = False
    # The schema revision found on opening (None: an empty database), and whether opening
    # upgraded it to SCHEMA_HEAD.
    revision_before: str | None = None
    upgraded: bool = False
    # Notes what each write changed, for other programs' windows (see store/changes.py).
    changes: ChangeTracker | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def damage(self) -> str | None:
        """What SQLite reported about a damaged file; None while the file is sound."""
        return self.health.damage

    @property
    def display_name(self) -> str:
        """What the title bar shows: the file for SQLite, host/database for a server."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            return url.database or ":memory:"
        return f"{url.host or 'localhost'}/{url.database or ''}"

    def mark_damaged(self, detail: str) -> None:
        """A read met a damaged page: from now on refuse writes, and check on next open."""
        if self.file is None or self.health.damage is not None:
            return
        self.health.damage = detail
        backups.remember(self.file, _CLEAN_CHECK, None)
        # Connections made from now on are read-only (see _read_only_when_damaged).
        self.engine.dispose()

    def read_into_memory(self, limit: int = WARM_UP_LIMIT) -> int:
        """Reads the SQLite file through once, so that the system keeps it in memory; the
        bytes read (0 for a server). After a cold start the first searches otherwise wait
        for the disk: 65 to 360 ms a keystroke at 100,000 contacts, 10 once it is read.

        Plain file reads, not SQLite: nothing is locked and any thread may call it. Files
        past `limit` are read up to it only.
        """
        if self.file is None:
            return 0
        done = 0
        try:
            with self.file.open("rb", buffering=0) as handle:
                while done < limit:
                    chunk = handle.read(_WARM_UP_CHUNK)
                    if not chunk:
                        break
                    done += len(chunk)
        except OSError as exc:  # gone or unreadable: SQLite will say so where it matters
            log.info("database file not read ahead: %s", exc)
        return done

    def optimize(self) -> None:
        """Refresh the planner's statistics (SQLite), so the list walks the name index.

        Only advice for the planner: a database that is locked by another program, read-only
        or damaged keeps its old statistics, and the work that asked for this still stands.
        """
        if self.dialect != "sqlite" or self.damage is not None:
            return
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA optimize")
                connection.commit()
        except (DBAPIError, sqlite3.Error) as exc:
            log.warning("PRAGMA optimize skipped: %s", exc)

    def close(self) -> None:
        if self.changes is not None:
            self.changes.close()
        try:
            self.optimize()
        finally:
            self.engine.dispose()
        if self.file is not None and self.checked_clean and self.damage is None:
            # Sound when opened, and changed since only through SQLite by this program:
            # the next open need not check it again. A change made while it was closed
            # (a copy, a sync tool, a disk error) alters the fingerprint and is checked.
            try:
                backups.remember(self.file, _CLEAN_CHECK, backups.fingerprint(self.file))
            except OSError as exc:  # a read-only folder: the next open checks again
                log.warning("could not record the clean check: %s", exc.strerror or exc)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys are off by default in SQLite; WAL lets the window read while a save runs.
    # SQLAlchemy, not the driver, decides where transactions begin: that makes SAVEPOINT
    # and transactional migrations behave (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# Execution options of a connection that will write. A SQLite transaction that reads and
# then writes, begun DEFERRED, is refused at once (SQLITE_BUSY_SNAPSHOT, no busy timeout)
# whenever another writer committed since its read; IMMEDIATE takes the write lock first,
# waiting out the busy timeout behind another writer. Readers keep a plain BEGIN, so they
# never queue behind a writer.
WRITE_OPTIONS: dict[str, Any] = {"crm_writes": True}


def _read_options(dialect: str) -> dict[str, Any]:
    # On PostgreSQL the server refuses a write from a read-only use case (BEGIN READ ONLY).
    return {"postgresql_readonly": True} if dialect == "postgresql" else {}


def _sqlite_begin(connection: Any) -> None:
    immediate = connection.get_execution_options().get("crm_writes", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _check_sqlite_path(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseOpenError(msg("--db: the folder {folder} does not exist", folder=str(folder)))
    if path.exists():
        if not path.is_file():
            raise DatabaseOpenError(msg("--db: {path} is not a file", path=str(path)))
        if not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseOpenError(
                msg(
                    "--db: {path} cannot be read and written (permission denied);"
                    " make the file writable for you, or open a copy of it",
                    path=str(path),
                )
            )
        with path.open("rb") as handle:
            header = handle.read(16)
        if header and header != b"SQLite format 3\x00":
            raise DatabaseOpenError(msg("--db: {path} is not a database file", path=str(path)))
        if not os.access(folder, os.W_OK):
            # SQLite writes its journal beside the file; without that it can only say
            # "attempt to write a readonly database".
            raise DatabaseOpenError(_read_only_folder(folder))
    elif not os.access(folder, os.W_OK):
        raise DatabaseOpenError(
            msg(
                "--db: cannot create a database in {folder} (permission denied)",
                folder=str(folder),
            )
        )


def _read_only_folder(folder: Path) -> Message:
    return msg(
        "--db: the folder {folder} is read-only, and SQLite must write its journal files"
        " beside the database; make the folder writable, or copy the file to a folder"
        " you can write to",
        folder=str(folder),
    )


# The drivers this program ships with, under every name a URL may give them.
_DRIVERS = {
    "sqlite": "sqlite",
    "sqlite+pysqlite": "sqlite",
    "postgresql": "postgresql+psycopg",
    "postgresql+psycopg": "postgresql+psycopg",
}
_URL_EXAMPLES = "sqlite:///FILE or postgresql://USER@HOST/DATABASE"


def _parse_url(url: str) -> URL:
    """`url` checked before anything connects; every message masks the password."""
    shown = redact_url(url)
    try:
        url.encode("utf-8")
    except UnicodeEncodeError:
        raise DatabaseOpenError(msg("--db: the URL is not valid UTF-8 text")) from None
    if "\x00" in url:
        raise DatabaseOpenError(msg("--db: the URL contains a NUL character"))
    try:
        # ValueError: a port that is not a number, or a broken [IPv6] host.
        parsed = make_url(url)
        port = parsed.port
    except (ArgumentError, ValueError):
        raise DatabaseOpenError(
            msg(
                "--db: '{url}' is not a database URL such as {examples}",
                url=shown,
                examples=_URL_EXAMPLES,
            )
        ) from None
    if parsed.drivername not in _DRIVERS:
        raise DatabaseOpenError(
            msg(
                "--db: '{driver}' databases are not supported; use {examples}",
                driver=parsed.drivername,
                examples=_URL_EXAMPLES,
            )
        )
    if port is not None and not 1 <= port <= 65535:
        raise DatabaseOpenError(
            msg("--db: port {port} is not a port number (1 to 65535)", port=port)
        )
    if _DRIVERS[parsed.drivername] == "sqlite" and (
        parsed.host or parsed.username or parsed.password or parsed.port
    ):
        raise DatabaseOpenError(
            msg("--db: '{url}': a SQLite URL names a file, not a server: sqlite:///FILE", url=shown)
        )
    if _DRIVERS[parsed.drivername] == "sqlite" and parsed.query:
        # The driver would ignore them with a warning; this program sets what SQLite needs.
        raise DatabaseOpenError(
            msg("--db: '{url}': a SQLite URL takes no options (after '?')", url=shown)
        )
    return parsed.set(drivername=_DRIVERS[parsed.drivername])


ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def engine_version(database: Database) -> str:
    """The version of the engine behind ``database``: the SQLite library the driver loaded,
    or the PostgreSQL server's, known since the first connection (no query is sent)."""
    if database.dialect == "sqlite":
        return sqlite3.sqlite_version  # the run-time library's, not the one built against
    dialect = database.engine.dialect
    if dialect.server_version_info is None:
        with database.engine.connect():
            pass
    return ".".join(str(part) for part in dialect.server_version_info or ())


def engine_libraries(database: Database) -> tuple[str, ...]:
    """The Python libraries between the program and the engine, with their versions."""
    libraries = [f"SQLAlchemy {sqlalchemy_version}"]
    if database.dialect == "postgresql":
        import psycopg

        libraries.append(f"psycopg {psycopg.__version__}")
    return tuple(libraries)


def checked_url(url: str) -> URL:
    """`url` checked as every database URL is, with this program's driver for it."""
    return _parse_url(url)


def _server_connect_args(parsed: URL) -> dict[str, Any]:
    # Without a timeout libpq waits for the system's, minutes for a host that drops packets.
    if "connect_timeout" in parsed.query or os.environ.get("PGCONNECT_TIMEOUT"):
        return {}
    from crm_app.store.server import OPEN_TIMEOUT_S

    return {"connect_timeout": OPEN_TIMEOUT_S}


def make_engine(url: str) -> Engine:
    parsed = _parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            try:
                _check_sqlite_path(Path(parsed.database))
            except OSError as exc:  # a name too long, a loop of links: the system says why
                raise DatabaseOpenError(
                    msg(
                        "--db: cannot use {path}: {detail}",
                        path=parsed.database,
                        detail=exc.strerror or str(exc),
                    )
                ) from exc
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(parsed, pool_pre_ping=True, connect_args=_server_connect_args(parsed))


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    # The migrations are installed as the package crm_app.migrations (the db/ folder).
    config.set_main_option("script_location", str(files("crm_app.migrations")))
    return config


def head_revision() -> str:
    """The newest migration, as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    with as_file(files("crm_app.migrations")):
        head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _copy_sqlite_aside(path: Path, revision: str | None) -> Path:
    """A consistent copy made with SQLite's backup API, so a WAL database copies whole."""
    return backups.make_backup(
        path, backups.BackupKind.BEFORE_UPGRADE, revision=revision or ""
    ).path


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    migrate(engine, lambda config: command.upgrade(config, revision))


def migrate(engine: Engine, step: Callable[[Config], None]) -> None:
    """Run one Alembic step (upgrade or downgrade) in one transaction.

    On SQLite, foreign keys are off while migrating: a migration that rebuilds a table
    (Alembic's batch mode) drops it first, and with them on that drop would cascade to the
    phones and e-mails that point at it. They are checked again before the commit.
    """
    config = _alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect().execution_options(**WRITE_OPTIONS) as connection:
        # Straight to the driver: SQLite ignores this PRAGMA inside a transaction, and
        # SQLAlchemy would begin one for any statement it runs.
        driver: Any = connection.connection.driver_connection
        if sqlite:
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                step(config)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise DatabaseOpenError(
                            msg(
                                "--db: the upgrade would break {count} references;"
                                " nothing was changed",
                                count=len(broken),
                            )
                        )
        finally:
            if sqlite:
                driver.execute("PRAGMA foreign_keys=ON")


def _analyze_once(engine: Engine) -> None:
    """A database that never had statistics gets them, once; PRAGMA optimize keeps them."""
    with engine.connect() as connection:
        if inspect(connection).has_table("sqlite_stat1"):
            return
    with engine.connect().execution_options(**WRITE_OPTIONS) as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.commit()


def _read_only_when_damaged(health: Health) -> Callable[[Any, Any], None]:
    def listener(dbapi_connection: Any, _record: Any) -> None:
        if health.damage is not None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA query_only=1")
            cursor.close()

    return listener


def describe_sqlite_file(path: Path) -> tuple[set[str], str | None]:
    """The tables of an existing file and its schema revision, read without changing it
    (no journal switch, no lock kept): whether it is ours is decided before anything."""
    connection = sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("PRAGMA query_only=1")
        names = {
            str(row[0])
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in names:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
        return names, revision
    finally:
        connection.close()


def _refuse_foreign(path: Path, tables: set[str]) -> None:
    own = {"alembic_version", *OWN_TABLES}
    if tables and not own <= tables:
        shown = ", ".join(sorted(name for name in tables if not name.startswith("sqlite_"))[:6])
        raise DatabaseOpenError(
            msg(
                "--db: {path} is another program's database (tables: {tables}); Press"
                " Contacts opens only its own files and left this one unchanged. Give a new"
                " file name to start a database of its own",
                path=str(path),
                tables=shown,
            )
        )


def _damaged(path: Path, detail: str) -> DatabaseDamagedError:
    latest = backups.latest_good(path)
    if latest is None:
        return DatabaseDamagedError(
            msg(
                "--db: {path} is damaged ({detail}) and cannot be read; there is no backup"
                " of it; keep a copy of the file before trying anything",
                path=str(path),
                detail=detail,
            )
        )
    return DatabaseDamagedError(
        msg(
            "--db: {path} is damaged ({detail}) and cannot be read; restore the latest good"
            " backup ({backup}) with: crm-app db restore latest",
            path=str(path),
            detail=detail,
            backup=latest.name,
        )
    )


def _prepare_sqlite_file(path: Path, now: datetime | None) -> tuple[bool, str | None]:
    """Before the engine touches an existing file: refuse another program's database, check
    the file if it changed since its last clean check, and make the day's backup.
    Returns (checked clean, damage found)."""
    try:
        tables, revision = describe_sqlite_file(path)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and not is_damage_report(str(exc)):
            raise
        raise _damaged(path, str(exc)) from exc
    _refuse_foreign(path, tables)
    if not tables:
        return True, None
    _refuse_newer(revision)
    state = backups.read_state(path)
    if state.get(_CLEAN_CHECK) != backups.fingerprint(path):
        problem = backups.quick_check(path)
        if problem is not None:
            backups.remember(path, _CLEAN_CHECK, None)
            return False, problem
        clean = backups.fingerprint(path)
        backups.remember(path, _CLEAN_CHECK, clean)
        state[_CLEAN_CHECK] = clean
    if revision == SCHEMA_HEAD:
        # A file about to be upgraded gets its own copy just before, which covers the day.
        _automatic_backup(path, state, now or datetime.now(UTC))
    return True, None


def _automatic_backup(path: Path, state: dict[str, list[int]], now: datetime) -> None:
    """At most one a day, and none when the file has not changed since the last one."""
    automatic = [b for b in backups.list_backups(path) if b.kind is backups.BackupKind.AUTOMATIC]
    today = now.astimezone().date()
    if automatic and automatic[0].created.astimezone().date() == today:
        return
    if automatic and state.get(_LAST_BACKUP) == backups.fingerprint(path):
        return
    try:
        backups.make_backup(path, backups.BackupKind.AUTOMATIC, when=now)
    except (OSError, sqlite3.Error):
        # A full disk must not keep anyone from their contacts; nothing half-written was
        # left, and the next opening tries again.
        return
    backups.remember(path, _LAST_BACKUP, backups.fingerprint(path))
    backups.prune_automatic(path)


def _refuse_newer(revision: str | None) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseOpenError(
            msg(
                "--db: the database was made by a newer Press Contacts (schema {schema});"
                " update the program to open it",
                schema=revision,
            )
        )


def is_damage_report(detail: str) -> bool:
    """Whether an error SQLite reported means the file itself is damaged."""
    lowered = detail.lower()
    return "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered


def _explain(reason: object) -> str:
    text = str(reason)
    if "readonly database" in text.lower():
        return (
            f"{text}: the file or its folder is read-only; make both writable for you,"
            " or copy the file to a folder you can write to"
        )
    return text


def open_database(url: str, now: datetime | None = None) -> Database:
    """Open `url` and upgrade it to head. A SQLite file is first checked to be ours and
    sound, and copied (once a day, and before an upgrade); a damaged one opens read-only."""
    engine = make_engine(url)
    sqlite_file: Path | None = None
    own_file: Path | None = None
    health = Health()
    checked_clean = False
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        # Resolved, as the backups service resolves it: a linked --db keeps its backups in
        # one folder, beside the file itself.
        candidate = Path(str(engine.url.database)).resolve()
        own_file = candidate
        try:
            if not candidate.exists():
                # Private from the first byte; SQLite's -wal and -shm files follow its mode.
                backups.create_private_file(candidate)
            # Only a file that already held data is worth checking and copying.
            if candidate.stat().st_size > 0:
                sqlite_file = candidate
                checked_clean, health.damage = _prepare_sqlite_file(candidate, now)
            else:
                checked_clean = True
        except DatabaseOpenError:
            engine.dispose()
            raise
        except (OSError, sqlite3.Error) as exc:
            engine.dispose()
            raise DatabaseOpenError(
                msg("--db: cannot open {url}: {detail}", url=str(candidate), detail=_explain(exc))
            ) from exc
        event.listen(engine, "connect", _read_only_when_damaged(health))
    backup_path: Path | None = None
    current: str | None = None
    try:
        current = current_revision(engine)
        _refuse_newer(current)
        if current != SCHEMA_HEAD:
            if health.damage is not None and sqlite_file is not None:
                raise _damaged(sqlite_file, health.damage)
            if sqlite_file is not None:
                backup_path = _copy_sqlite_aside(sqlite_file, current)
            upgrade(engine)
    except (DBAPIError, SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        if sqlite_file is not None and is_damage_report(str(reason)):
            raise _damaged(sqlite_file, str(reason)) from exc
        # libpq gives no SQLSTATE when the connection itself fails; a statement's does.
        if engine.dialect.name == "postgresql" and getattr(reason, "sqlstate", "") is None:
            from crm_app.store.server import ServerAddress, explain

            # One sentence naming what to fix: the host, the password, the database...
            cause = explain(exc, ServerAddress.from_url(url))
            raise type(cause)(
                msg("--db: cannot open {url}: {detail}", url=redact_url(url), detail=cause.message),
                cause.fields,
            ) from exc
        raise DatabaseOpenError(
            msg(
                "--db: cannot open {url}: {detail}",
                url=redact_url(url),
                detail=redact_url(_explain(reason)),
            )
        ) from exc
    except DatabaseOpenError:
        engine.dispose()
        raise
    if engine.dialect.name == "sqlite" and health.damage is None:
        _analyze_once(engine)
    # Only write sessions change anything: the change tracker watches those.
    sessions = sessionmaker(engine.execution_options(**WRITE_OPTIONS), expire_on_commit=False)
    return Database(
        engine=engine,
        sessions=sessions,
        read_sessions=sessionmaker(
            engine.execution_options(**_read_options(engine.dialect.name)), expire_on_commit=False
        ),
        url=url,
        backup_path=backup_path,
        file=own_file,
        health=health,
        checked_clean=checked_clean,
        revision_before=current,
        upgraded=current != SCHEMA_HEAD,
        changes=ChangeTracker(engine, sessions, own_file),
    )
