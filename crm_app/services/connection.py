"""Which database the program opens: the embedded SQLite file, or a team's PostgreSQL server.

The choice made in Preferences → Database is kept in ``database.ini`` in the data folder,
where the window and every ``crm-app`` command read it (after --db and CRM_DB_URL, which
win). It holds the server's URL without a password: the password goes to libpq's own
password file (see store/pgpass.py), which psycopg, psql and every libpq program read.
"""

from __future__ import annotations

import configparser
import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from crm_app.domain.errors import CrmError, DatabaseOpenError
from crm_app.domain.messages import Message, msg
from crm_app.domain.redact import redact_url
from crm_app.store import pgpass
from crm_app.store.database import KNOWN_REVISIONS, OWN_TABLES, SCHEMA_HEAD
from crm_app.store.server import (
    DEFAULT_PORT,
    DEFAULT_SSL_MODE,
    SSL_MODES,
    TEST_TIMEOUT_S,
    ServerAddress,
    ServerConnectionError,
    ServerState,
    probe,
)

__all__ = [
    "DEFAULT_PORT",
    "DEFAULT_SSL_MODE",
    "SSL_MODES",
    "ConnectionTest",
    "DatabaseSettings",
    "DatabaseSource",
    "ServerAddress",
    "read_saved_choice",
    "write_saved_choice",
]

SAVED_CHOICE_FILE = "database.ini"
_SECTION = "database"
_KEY = "url"
_HEADER = (
    "# Written by Preferences → Database. The window and every crm-app command open this\n"
    "# database unless --db or CRM_DB_URL names another. No password is kept here: libpq\n"
    "# finds it in its password file (PGPASSFILE, ~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf).\n"
)


class DatabaseSource(StrEnum):
    """Where the URL of the database in use came from, strongest first."""

    OPTION = "--db"
    ENVIRONMENT = "CRM_DB_URL"
    SAVED = "saved"
    DEFAULT = "default"


def saved_choice_file(data_dir: Path) -> Path:
    return data_dir / SAVED_CHOICE_FILE


def read_saved_choice(data_dir: Path) -> str | None:
    """The URL chosen in Preferences, or None for the embedded file (nothing chosen)."""
    path = saved_choice_file(data_dir)
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        raise DatabaseOpenError(_broken_choice(path, type(exc).__name__)) from exc
    url = parser.get(_SECTION, _KEY, fallback="").strip()
    if not url:
        raise DatabaseOpenError(_broken_choice(path, "no url under [database]"))
    return url


def _broken_choice(path: Path, reason: str) -> Message:
    return msg(
        "{file} cannot be read ({reason}); choose the database again in Preferences, or"
        " delete the file to use the embedded one",
        file=str(path),
        reason=reason,
    )


def write_saved_choice(data_dir: Path, url: str | None) -> None:
    """Keep `url` (never with a password) as the choice; None goes back to the embedded file."""
    path = saved_choice_file(data_dir)
    if url is None:
        path.unlink(missing_ok=True)
        return
    if make_url(url).password is not None:
        raise ValueError("a saved database URL must not hold a password")
    parser = configparser.ConfigParser(interpolation=None)
    parser[_SECTION] = {_KEY: url}
    text = io.StringIO()
    parser.write(text)
    data_dir.mkdir(parents=True, exist_ok=True)
    pgpass.write_private_file(path, (_HEADER + text.getvalue()).encode("utf-8"))


@dataclass(frozen=True, slots=True)
class ConnectionTest:
    """What a test of a server found: one sentence, and the fields it is about."""

    ok: bool
    message: Message
    fields: tuple[str, ...] = ()  # keys of store.server.FIELDS to look at
    revision: str | None = None


def _key(server: ServerAddress) -> pgpass.PasswordKey:
    return pgpass.PasswordKey(server.host, server.port, server.database, server.user)


def check_server(server: ServerAddress, password: str = "") -> ConnectionTest | None:
    """A field that cannot work as typed, before anything connects; None when all can."""
    for field, value, what in (
        ("host", server.host, msg("host: give the server's name or address")),
        ("database", server.database, msg("database: give the database's name")),
        ("user", server.user, msg("user: give the user name to connect as")),
    ):
        if not value.strip():
            return ConnectionTest(False, what, (field,))
        if any(char in value for char in "\r\n\x00"):
            return ConnectionTest(
                False,
                msg("a host, database or user name cannot contain a line break"),
                (field,),
            )
    if not 1 <= server.port <= 65535:
        return ConnectionTest(
            False, msg("port: give a number from 1 to 65535 (usually 5432)"), ("port",)
        )
    if server.ssl_mode not in SSL_MODES:
        return ConnectionTest(
            False,
            msg("SSL mode: choose one of {modes}", modes=", ".join(SSL_MODES)),
            ("ssl_mode",),
        )
    if pgpass.check_password(password) is not None:
        return ConnectionTest(False, msg("password: it cannot contain a line break"), ("password",))
    return None


def describe_state(state: ServerState) -> ConnectionTest:
    """What the program would do with the database it reached."""
    server = state.address
    values: dict[str, object] = {
        "location": server.location,
        "database": server.database,
        "user": server.user,
        "revision": state.revision or "",
        "head": SCHEMA_HEAD,
    }
    revision = state.revision
    if revision is None and state.tables:
        foreign = sorted(state.tables - OWN_TABLES)[:6] or sorted(state.tables)[:6]
        return ConnectionTest(
            False,
            msg(
                "database: {database} holds another program's tables ({tables}); give Press"
                " Contacts a database of its own",
                tables=", ".join(foreign),
                **values,
            ),
            ("database",),
        )
    if revision is not None and revision not in KNOWN_REVISIONS:
        return ConnectionTest(
            False,
            msg(
                "database: {database} was set up by a newer Press Contacts (schema"
                " {revision}); update this program to use it",
                **values,
            ),
            ("database",),
            revision,
        )
    if revision == SCHEMA_HEAD:
        return ConnectionTest(
            True,
            msg("connected to {location}: the database is up to date (schema {head})", **values),
            revision=revision,
        )
    problem = _cannot_set_up(state, values)
    if problem is not None:
        return problem
    if revision is None:
        return ConnectionTest(
            True,
            msg(
                "connected to {location}: the database is empty; it will be set up on first use",
                **values,
            ),
        )
    return ConnectionTest(
        True,
        msg(
            "connected to {location}: the database has schema {revision} and will be upgraded"
            " to {head} on first use; a copy is kept before upgrading a SQLite file only, so"
            " back the server up first",
            **values,
        ),
        revision=revision,
    )


def _cannot_set_up(state: ServerState, values: dict[str, object]) -> ConnectionTest | None:
    """Why the user cannot create what a set-up or an upgrade creates, if so."""
    if not state.can_create_tables:
        return ConnectionTest(
            False,
            msg(
                "user: {user} may not create tables in {database}, which setting it up or"
                " upgrading it needs; its owner runs 'crm-app db migrate' first, or the"
                " server's administrator makes {user} its owner",
                **values,
            ),
            ("user",),
            state.revision,
        )
    if state.needs_search_extension and not state.search_extension_available:
        return ConnectionTest(
            False,
            msg(
                "database: the server lacks the pg_trgm extension that the search needs; its"
                " administrator installs it (on Debian and Ubuntu, the package"
                " postgresql-contrib)",
                **values,
            ),
            ("database",),
            state.revision,
        )
    if state.needs_search_extension and not state.can_create_extension:
        return ConnectionTest(
            False,
            msg(
                "database: {database} lacks the pg_trgm extension and {user} may not add"
                " it; the server's administrator runs CREATE EXTENSION pg_trgm in it",
                **values,
            ),
            ("database",),
            state.revision,
        )
    return None


def try_server(
    server: ServerAddress, password: str = "", timeout: int = TEST_TIMEOUT_S
) -> ConnectionTest:
    """Connect to `server` and say what works and what does not. Takes up to `timeout`
    seconds: run it off the GUI thread."""
    problem = check_server(server, password)
    if problem is not None:
        return problem
    try:
        state = probe(server.url(), password, timeout)
    except ServerConnectionError as exc:
        return ConnectionTest(False, exc.message, exc.fields)
    except DatabaseOpenError as exc:
        return ConnectionTest(False, exc.message)
    return describe_state(state)


class DatabaseSettings:
    """The database choice of one data folder, and the database in use now."""

    def __init__(self, data_dir: Path, in_use: str, source: DatabaseSource) -> None:
        self._data_dir = data_dir
        self._in_use = in_use
        self.source = source

    @property
    def overridden_by(self) -> str | None:
        """ "--db" or "CRM_DB_URL" when one of them, not the saved choice, decides."""
        if self.source in (DatabaseSource.OPTION, DatabaseSource.ENVIRONMENT):
            return self.source.value
        return None

    def saved(self) -> ServerAddress | None:
        """The server chosen in Preferences; None for the embedded file, or an unreadable
        choice (which the window reported when it opened)."""
        try:
            url = read_saved_choice(self._data_dir)
        except DatabaseOpenError:
            return None
        if url is None:
            return None
        try:
            if make_url(url).get_backend_name() != "postgresql":
                return None
        except ArgumentError:
            return None
        return ServerAddress.from_url(url)

    def password_file(self) -> Path:
        return pgpass.password_file()

    def has_password(self, server: ServerAddress) -> bool:
        """Whether the password file already has a password for `server`."""
        return pgpass.lookup(_key(server)) is not None

    def is_in_use(self, server: ServerAddress | None) -> bool:
        """Whether choosing `server` (None: the embedded file) keeps the database in use."""
        try:
            parsed = make_url(self._in_use)
        except ArgumentError:
            return False
        if server is None:
            return parsed.get_backend_name() == "sqlite" and self.source is DatabaseSource.DEFAULT
        if parsed.get_backend_name() != "postgresql":
            return False
        current = ServerAddress.from_url(self._in_use)
        return current == server

    def test(self, server: ServerAddress, password: str = "") -> ConnectionTest:
        """Slow (it connects): run it off the GUI thread."""
        return try_server(server, password)

    def save(self, server: ServerAddress | None, password: str = "") -> None:
        """Keep the choice; a typed password goes to the password file, never elsewhere."""
        if server is not None:
            problem = check_server(server, password)
            if problem is not None:
                raise CrmError(problem.message)
            if password:
                try:
                    pgpass.store_password(_key(server), password)
                except OSError as exc:
                    raise CrmError(
                        msg(
                            "the password could not be written to {file}: {reason}",
                            file=str(pgpass.password_file()),
                            reason=exc.strerror or type(exc).__name__,
                        )
                    ) from exc
        try:
            write_saved_choice(self._data_dir, server.url() if server is not None else None)
        except OSError as exc:
            raise CrmError(
                msg(
                    "the choice could not be saved in {file}: {reason}",
                    file=str(saved_choice_file(self._data_dir)),
                    reason=exc.strerror or type(exc).__name__,
                )
            ) from exc

    def describe_in_use(self) -> str:
        """The database in use as a person may read it: no password."""
        try:
            parsed = make_url(self._in_use)
        except ArgumentError:
            return redact_url(self._in_use)
        if parsed.get_backend_name() == "sqlite":
            return parsed.database or ":memory:"
        return ServerAddress.from_url(self._in_use).location
