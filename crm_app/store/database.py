"""Opening a database: engine set-up, checks, a copy aside, and the upgrade to the newest schema."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from crm_app.domain.errors import DatabaseOpenError
from crm_app.domain.redact import redact_url

if TYPE_CHECKING:
    from alembic.config import Config

DATABASE_FILE_NAME = "press-contacts.sqlite3"
# The newest migration in db/versions. Alembic is imported only when a database needs
# upgrading, which keeps every command's start-up fast; a test keeps this in step.
SCHEMA_HEAD = "0003"
KNOWN_REVISIONS = frozenset({"0001", "0002", "0003"})
SQLITE_BUSY_TIMEOUT_MS = 10_000

log = logging.getLogger(__name__)


def default_database_url(data_dir: Path) -> str:
    return URL.create("sqlite", database=str(data_dir / DATABASE_FILE_NAME)).render_as_string()


@dataclass(frozen=True, slots=True)
class Database:
    """An open, up-to-date database: the engine and how to start a session on it."""

    engine: Engine
    sessions: sessionmaker[Session]
    url: str
    backup_path: Path | None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display_name(self) -> str:
        """What the title bar shows: the file for SQLite, host/database for a server."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            return url.database or ":memory:"
        return f"{url.host or 'localhost'}/{url.database or ''}"

    def optimize(self) -> None:
        """Refresh the planner's statistics (SQLite), so the list walks the name index.

        Only advice for the planner: a database that is locked by another program or
        read-only keeps its old statistics, and the work that asked for this still stands.
        """
        if self.dialect != "sqlite":
            return
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA optimize")
                connection.commit()
        except (DBAPIError, sqlite3.Error) as exc:
            log.warning("PRAGMA optimize skipped on %s: %s", redact_url(self.url), exc)

    def close(self) -> None:
        try:
            self.optimize()
        finally:
            self.engine.dispose()


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


def _sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def _check_sqlite_path(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseOpenError(f"--db: the folder {folder} does not exist")
    if path.exists():
        if not path.is_file():
            raise DatabaseOpenError(f"--db: {path} is not a file")
        if not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseOpenError(f"--db: {path} cannot be read and written (permission denied)")
        with path.open("rb") as handle:
            header = handle.read(16)
        if header and header != b"SQLite format 3\x00":
            raise DatabaseOpenError(f"--db: {path} is not a database file")
    elif not os.access(folder, os.W_OK):
        raise DatabaseOpenError(f"--db: cannot create a database in {folder} (permission denied)")


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
        raise DatabaseOpenError("--db: the URL is not valid UTF-8 text") from None
    if "\x00" in url:
        raise DatabaseOpenError("--db: the URL contains a NUL character")
    try:
        # ValueError: a port that is not a number, or a broken [IPv6] host.
        parsed = make_url(url)
        port = parsed.port
    except (ArgumentError, ValueError):
        raise DatabaseOpenError(
            f"--db: '{shown}' is not a database URL such as {_URL_EXAMPLES}"
        ) from None
    if parsed.drivername not in _DRIVERS:
        raise DatabaseOpenError(
            f"--db: '{parsed.drivername}' databases are not supported; use {_URL_EXAMPLES}"
        )
    if port is not None and not 1 <= port <= 65535:
        raise DatabaseOpenError(f"--db: port {port} is not a port number (1 to 65535)")
    if _DRIVERS[parsed.drivername] == "sqlite" and (
        parsed.host or parsed.username or parsed.password or parsed.port
    ):
        raise DatabaseOpenError(
            f"--db: '{shown}': a SQLite URL names a file, not a server: sqlite:///FILE"
        )
    if _DRIVERS[parsed.drivername] == "sqlite" and parsed.query:
        # The driver would ignore them with a warning; this program sets what SQLite needs.
        raise DatabaseOpenError(f"--db: '{shown}': a SQLite URL takes no options (after '?')")
    return parsed.set(drivername=_DRIVERS[parsed.drivername])


def make_engine(url: str) -> Engine:
    parsed = _parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            try:
                _check_sqlite_path(Path(parsed.database))
            except OSError as exc:  # a name too long, a loop of links: the system says why
                raise DatabaseOpenError(
                    f"--db: cannot use {parsed.database}: {exc.strerror or exc}"
                ) from exc
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


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
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-{revision or 'none'}-{stamp}.bak")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


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
    with engine.connect() as connection:
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
                            f"--db: the upgrade would break {len(broken)} references; "
                            "nothing was changed"
                        )
        finally:
            if sqlite:
                driver.execute("PRAGMA foreign_keys=ON")


def _analyze_once(engine: Engine) -> None:
    """A database that never had statistics gets them, once; PRAGMA optimize keeps them."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("sqlite_stat1"):
            connection.exec_driver_sql("ANALYZE")
            connection.commit()


def open_database(url: str) -> Database:
    """Open `url`, copy a SQLite file aside if it needs upgrading, and upgrade it to head."""
    engine = make_engine(url)
    sqlite_file: Path | None = None
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        candidate = Path(str(engine.url.database))
        # Only a file that already held data is worth a copy; a new one is created empty.
        if candidate.exists() and candidate.stat().st_size > 0:
            sqlite_file = candidate
    backup_path: Path | None = None
    try:
        current = current_revision(engine)
        if current is not None and current not in KNOWN_REVISIONS:
            raise DatabaseOpenError(
                f"--db: the database was made by a newer Press Contacts (schema {current});"
                " update the program to open it"
            )
        if current != SCHEMA_HEAD:
            if sqlite_file is not None:
                backup_path = _copy_sqlite_aside(sqlite_file, current)
            upgrade(engine)
    except (DBAPIError, SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        shown = make_url(url).render_as_string(hide_password=True)
        raise DatabaseOpenError(f"--db: cannot open {shown}: {reason}") from exc
    except DatabaseOpenError:
        engine.dispose()
        raise
    if engine.dialect.name == "sqlite":
        _analyze_once(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, sessions=sessions, url=url, backup_path=backup_path)
