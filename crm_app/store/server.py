"""A PostgreSQL server as a person names it, what went wrong reaching it, and what it holds.

libpq reports a failed connection as text only (psycopg's OperationalError has no SQLSTATE
then), so the cause is read from libpq's and the server's English wording, after the
SQLSTATE when there is one. Each cause becomes one sentence that names the field to fix.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from crm_app.domain.errors import DatabaseOpenError
from crm_app.domain.messages import Message, msg
from crm_app.domain.redact import redact_url

DEFAULT_PORT = 5432
# libpq's sslmode values, weakest first.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_SSL_MODE = "prefer"
# How long a test from Preferences waits for an answer; opening the database waits longer.
TEST_TIMEOUT_S = 5
OPEN_TIMEOUT_S = 10
# The fields a person fills in; a failure names the ones to look at.
FIELDS = ("host", "port", "database", "user", "password", "ssl_mode")
# The migration that creates the pg_trgm extension the search needs.
_SEARCH_EXTENSION_REVISION = "0002"


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """Where a PostgreSQL database is and who connects: never a password."""

    host: str
    port: int
    database: str
    user: str
    ssl_mode: str = DEFAULT_SSL_MODE

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        """The URL's fields, completed as libpq completes them (PGHOST, PGPORT, …)."""
        parsed = make_url(url)
        query = parsed.query
        mode = query.get("sslmode")
        user = parsed.username or os.environ.get("PGUSER") or _login()
        return cls(
            host=parsed.host or os.environ.get("PGHOST") or "localhost",
            port=parsed.port or _int(os.environ.get("PGPORT"), DEFAULT_PORT),
            database=parsed.database or os.environ.get("PGDATABASE") or user,
            user=user,
            ssl_mode=(mode if isinstance(mode, str) else None)
            or os.environ.get("PGSSLMODE")
            or DEFAULT_SSL_MODE,
        )

    def url(self) -> str:
        """The URL the program opens: every field but a password, which libpq finds itself."""
        return URL.create(
            "postgresql",
            username=self.user,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.ssl_mode},
        ).render_as_string(hide_password=False)

    @property
    def location(self) -> str:
        """``user@host:port/database``, as the title, the log and messages may show it."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.user}@{host}:{self.port}/{self.database}"


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


class ServerConnectionError(DatabaseOpenError):
    """The server could not be reached or refused the connection; `fields` names what to
    check (keys of FIELDS), empty when the cause is not one of them."""

    def __init__(self, message: Message, fields: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.fields = fields


_UNKNOWN_HOST = (
    "could not translate host name",
    "failed to resolve host",
    "name or service not known",
    "nodename nor servname",
    "no such host is known",
    "temporary failure in name resolution",
)
_TIMED_OUT = ("timeout expired", "timed out")
_NOT_ANSWERING = (
    "connection refused",
    "no route to host",
    "network is unreachable",
    "is the server running",
    "could not connect to server",
    "connection reset",
    "server closed the connection unexpectedly",
)
_SSL_FAILED = ("certificate", "ssl error", "ssl syscall", "sslv3", "tlsv1", "ssl alert")


def _detail(error: BaseException) -> str:
    """The driver's words for `error`: one line, no password, without libpq's preamble."""
    reason = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(reason).strip().splitlines() if line.strip()]
    first = lines[0] if lines else type(reason).__name__
    # "connection failed: connection to server at "h" (1.2.3.4), port 5432 failed: FATAL: x"
    first = first.rsplit(" failed: ", 1)[-1]
    return redact_url(first.removeprefix("FATAL:").strip())


def explain(
    error: BaseException, address: ServerAddress, timeout: int = OPEN_TIMEOUT_S
) -> ServerConnectionError:
    """What a failed connection to `address` means to the person who configured it."""
    reason = getattr(error, "orig", None) or error
    sqlstate = getattr(reason, "sqlstate", None)
    whole = str(reason).lower()
    detail = _detail(error)
    values: dict[str, object] = {
        "host": address.host,
        "port": address.port,
        "database": address.database,
        "user": address.user,
        "mode": address.ssl_mode,
    }
    if "peer authentication failed" in whole or "ident authentication failed" in whole:
        return ServerConnectionError(
            msg(
                "user: the server lets user {user} in only from the computer account of the"
                " same name (peer or ident authentication); ask the server's administrator",
                **values,
            ),
            ("user",),
        )
    if 'role "' in whole and "does not exist" in whole:
        return ServerConnectionError(
            msg("user: the server has no user called {user}", **values), ("user",)
        )
    if sqlstate == "28P01" or "authentication failed" in whole:
        return ServerConnectionError(
            msg(
                "user and password: the server refused user {user} with this password; either"
                " the password is wrong or there is no such user",
                **values,
            ),
            ("user", "password"),
        )
    if sqlstate == "3D000" or ("database" in whole and "does not exist" in whole):
        return ServerConnectionError(
            msg(
                "database: the server at {host} has no database called {database}; check the"
                " name, or ask the server's administrator to create it",
                **values,
            ),
            ("database",),
        )
    if "no password supplied" in whole:
        return ServerConnectionError(
            msg(
                "password: the server asks for user {user}'s password, and none was typed or"
                " found in the password file",
                **values,
            ),
            ("password",),
        )
    if "pg_hba.conf" in whole:
        if "no encryption" in whole:
            return ServerConnectionError(
                msg(
                    "SSL mode: the server accepts user {user} only over an encrypted"
                    " connection; choose the SSL mode “require”",
                    **values,
                ),
                ("ssl_mode",),
            )
        return ServerConnectionError(
            msg(
                "user: the server does not let user {user} connect to database {database}"
                " from this computer (its pg_hba.conf); ask the server's administrator",
                **values,
            ),
            ("user",),
        )
    if "permission denied for database" in whole:
        return ServerConnectionError(
            msg(
                "user: user {user} may not connect to database {database}; ask the server's"
                " administrator for the CONNECT privilege",
                **values,
            ),
            ("user",),
        )
    if "not permitted to log in" in whole:
        return ServerConnectionError(
            msg("user: user {user} is not allowed to log in to this server", **values),
            ("user",),
        )
    if "server does not support ssl" in whole:
        return ServerConnectionError(
            msg(
                "SSL mode: the server at {host} does not offer encryption, which the SSL mode"
                " “{mode}” insists on; choose “prefer”, or ask the server's administrator to"
                " turn SSL on",
                **values,
            ),
            ("ssl_mode",),
        )
    if "root certificate" in whole or any(word in whole for word in _SSL_FAILED):
        return ServerConnectionError(
            msg(
                "SSL mode: the encrypted connection to {host} failed ({detail}); the modes"
                " verify-ca and verify-full need the server's root certificate on this"
                " computer",
                detail=detail,
                **values,
            ),
            ("ssl_mode",),
        )
    if any(words in whole for words in _UNKNOWN_HOST):
        return ServerConnectionError(
            msg("host: this computer finds no server called {host}; check the name", **values),
            ("host",),
        )
    if any(words in whole for words in _TIMED_OUT):
        return ServerConnectionError(
            msg(
                "host and port: {host}, port {port} did not answer within {seconds} seconds;"
                " check both, and that this computer can reach the server (network, VPN,"
                " firewall)",
                seconds=timeout,
                **values,
            ),
            ("host", "port"),
        )
    if "ssl negotiation" in whole or "invalid response" in whole:
        return ServerConnectionError(
            msg(
                "host and port: what answers at {host}, port {port} is not a PostgreSQL"
                " server; check the port",
                **values,
            ),
            ("host", "port"),
        )
    if any(words in whole for words in _NOT_ANSWERING):
        return ServerConnectionError(
            msg(
                "host and port: no PostgreSQL server answers at {host}, port {port}; check"
                " both, and that the server is running",
                **values,
            ),
            ("host", "port"),
        )
    if sqlstate == "53300" or "too many clients" in whole or "too many connections" in whole:
        return ServerConnectionError(
            msg(
                "the server at {host} has no free connection left; try again in a moment",
                **values,
            )
        )
    if sqlstate == "57P03" or "starting up" in whole or "shutting down" in whole:
        return ServerConnectionError(
            msg(
                "the server at {host} is starting up or shutting down; try again in a moment",
                **values,
            )
        )
    return ServerConnectionError(
        msg(
            "cannot connect to {location}: {detail}",
            location=address.location,
            detail=detail,
        )
    )


@dataclass(frozen=True, slots=True)
class ServerState:
    """What a server database holds, read without changing anything."""

    address: ServerAddress  # as the connection was actually made
    revision: str | None
    tables: frozenset[str]
    encrypted: bool
    # Whether the user may create what a set-up or an upgrade creates.
    can_create_tables: bool
    search_extension: bool  # pg_trgm is installed in the database
    search_extension_available: bool  # the server has pg_trgm to install
    can_create_extension: bool

    @property
    def needs_search_extension(self) -> bool:
        """Whether the upgrade still has to create pg_trgm (migration 0002 does)."""
        before = self.revision is None or self.revision < _SEARCH_EXTENSION_REVISION
        return before and not self.search_extension


def _url_for_driver(url: str) -> Any:
    from crm_app.store.database import checked_url

    parsed = checked_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise DatabaseOpenError(msg("not a PostgreSQL URL: {url}", url=redact_url(url)))
    return parsed


def probe(url: str, password: str = "", timeout: int = TEST_TIMEOUT_S) -> ServerState:
    """Connect to the PostgreSQL database at `url` (with `password` when one is given,
    else as libpq finds one: the URL, PGPASSWORD, the password file) and read its state.

    Raises ServerConnectionError saying what failed.
    """
    try:
        parsed = _url_for_driver(url)
        address = ServerAddress.from_url(url)
    except ArgumentError as exc:
        raise DatabaseOpenError(msg("not a database URL: {url}", url=redact_url(url))) from exc
    arguments: dict[str, object] = {"connect_timeout": timeout}
    if password:
        arguments["password"] = password
    engine = create_engine(parsed, poolclass=NullPool, connect_args=arguments)
    try:
        with engine.connect() as connection:
            info = connection.connection.driver_connection.info  # type: ignore[union-attr]
            actual = ServerAddress(
                host=str(info.host or address.host),
                port=_int(str(info.port), address.port),
                database=str(info.dbname or address.database),
                user=str(info.user or address.user),
                ssl_mode=address.ssl_mode,
            )
            tables = frozenset(inspect(connection).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute(
                    text("SELECT version_num FROM alembic_version")
                ).scalar()
            row = connection.execute(
                text(
                    "SELECT"
                    " coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false),"
                    " coalesce(has_schema_privilege(current_schema(), 'CREATE'), false),"
                    " EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'),"
                    " EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'),"
                    " has_database_privilege(current_database(), 'CREATE')"
                )
            ).one()
    except DBAPIError as exc:
        raise explain(exc, address, timeout) from exc
    except SQLAlchemyError as exc:
        raise explain(exc, address, timeout) from exc
    finally:
        engine.dispose()
    return ServerState(
        address=actual,
        revision=str(revision) if revision is not None else None,
        tables=tables,
        encrypted=bool(row[0]),
        can_create_tables=bool(row[1]),
        search_extension=bool(row[2]),
        search_extension_available=bool(row[3]),
        can_create_extension=bool(row[4]),
    )
