"""Reaching a PostgreSQL server: each way it fails is named by the field to fix, and what it
holds (empty, older, up to date, newer, another program's) is said before anything changes."""

from __future__ import annotations

import socket
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from crm_app.domain.errors import DatabaseOpenError
from crm_app.services.connection import ConnectionTest, describe_state, try_server
from crm_app.store.database import SCHEMA_HEAD, migrate, open_database
from crm_app.store.server import ServerAddress, ServerState, explain, probe
from tests.conftest import POSTGRES_URL, _reset_postgres

needs_postgres = pytest.mark.skipif(not POSTGRES_URL, reason="CRM_TEST_POSTGRES_URL is not set")


def closed_port() -> int:
    """A local port nothing listens on: one the system just handed out and took back."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe_socket:
        probe_socket.bind(("127.0.0.1", 0))
        return int(probe_socket.getsockname()[1])


def pg_server(**changes: object) -> ServerAddress:
    """The test server's address, with some fields changed."""
    url = make_url(POSTGRES_URL)
    fields: dict[str, object] = {
        "host": url.host or "localhost",
        "port": url.port or 5432,
        "database": url.database or "",
        "user": url.username or "",
    }
    fields.update(changes)
    return ServerAddress(**fields)  # type: ignore[arg-type]


def pg_password() -> str:
    return make_url(POSTGRES_URL).password or ""


@pytest.fixture
def no_saved_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty password file of our own, and no PGPASSWORD: only what a test types counts."""
    path = tmp_path / "pgpass"
    path.write_text("", encoding="utf-8")
    path.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(path))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return path


def test_a_closed_port_names_host_and_port() -> None:
    port = closed_port()
    result = try_server(ServerAddress("127.0.0.1", port, "press", "kbest"), "pw")
    assert not result.ok
    assert result.fields == ("host", "port")
    assert result.message == (
        f"host and port: no PostgreSQL server answers at 127.0.0.1, port {port}; check both,"
        " and that the server is running"
    )


def test_an_unknown_host_names_the_host() -> None:
    result = try_server(ServerAddress("no-such-host.invalid", 5432, "press", "kbest"), "pw")
    assert not result.ok
    assert result.fields == ("host",)
    assert "no-such-host.invalid" in result.message


def test_empty_fields_are_named_before_anything_connects() -> None:
    assert try_server(ServerAddress(" ", 5432, "press", "kbest")).fields == ("host",)
    assert try_server(ServerAddress("h", 5432, "", "kbest")).fields == ("database",)
    assert try_server(ServerAddress("h", 5432, "press", "")).fields == ("user",)
    assert try_server(ServerAddress("h", 5432, "press", "u", "sometimes")).fields == ("ssl_mode",)
    assert try_server(ServerAddress("h", 5432, "press", "u"), "a\nb").fields == ("password",)


@pytest.mark.parametrize(
    ("words", "fields", "said"),
    [
        # What libpq and the server say where a test machine cannot easily make them say it.
        ("timeout expired", ("host", "port"), "did not answer within 10 seconds"),
        (
            'FATAL:  no pg_hba.conf entry for host "10.0.0.5", user "kbest", database "press",'
            " no encryption",
            ("ssl_mode",),
            "only over an encrypted connection",
        ),
        (
            'FATAL:  no pg_hba.conf entry for host "10.0.0.5", user "kbest", database "press",'
            " SSL encryption",
            ("user",),
            "pg_hba.conf",
        ),
        ('FATAL:  role "kbest" does not exist', ("user",), "no user called kbest"),
        (
            'root certificate file "/home/k/.postgresql/root.crt" does not exist',
            ("ssl_mode",),
            "root certificate",
        ),
        ("FATAL:  sorry, too many clients already", (), "no free connection"),
        ("FATAL:  the database system is starting up", (), "starting up"),
        (
            'FATAL:  Passwort-Authentifizierung für Benutzer "kbest" fehlgeschlagen',
            (),
            "cannot connect to kbest@db.example.org:5432/press: Passwort-Authentifizierung",
        ),
    ],
)
def test_what_libpq_says_becomes_the_field_to_fix(
    words: str, fields: tuple[str, ...], said: str
) -> None:
    error = psycopg.OperationalError(
        f'connection failed: connection to server at "db.example.org", port 5432 failed: {words}'
    )
    explained = explain(error, ServerAddress("db.example.org", 5432, "press", "kbest"))
    assert explained.fields == fields
    assert said in explained.message


def _state(revision: str | None, tables: set[str], **rights: bool) -> ServerState:
    values = {
        "can_create_tables": True,
        "search_extension": False,
        "search_extension_available": True,
        "can_create_extension": True,
    }
    values.update(rights)
    return ServerState(
        address=ServerAddress("db.example.org", 5432, "press", "kbest"),
        revision=revision,
        tables=frozenset(tables),
        encrypted=False,
        **values,
    )


OURS = {"alembic_version", "offices", "contacts"}


@pytest.mark.parametrize(
    ("state", "ok", "said"),
    [
        (_state(None, set()), True, "the database is empty; it will be set up on first use"),
        (_state(SCHEMA_HEAD, OURS), True, f"up to date (schema {SCHEMA_HEAD})"),
        (
            _state("0003", OURS, search_extension=True),
            True,
            f"has schema 0003 and will be upgraded to {SCHEMA_HEAD} on first use; a copy is"
            " kept before upgrading a SQLite file only",
        ),
        (_state("9999", OURS), False, "set up by a newer Press Contacts (schema 9999)"),
        (_state(None, {"moz_cookies"}), False, "another program's tables (moz_cookies)"),
        (_state(None, set(), can_create_tables=False), False, "may not create tables in press"),
        (
            _state(None, set(), search_extension_available=False),
            False,
            "the server lacks the pg_trgm extension",
        ),
        (
            _state(None, set(), can_create_extension=False),
            False,
            "runs CREATE EXTENSION pg_trgm in it",
        ),
        # Installed by its administrator already: no right to create it is needed.
        (_state(None, set(), search_extension=True, can_create_extension=False), True, "empty"),
    ],
)
def test_what_the_database_holds_is_said_before_anything_changes(
    state: ServerState, ok: bool, said: str
) -> None:
    result: ConnectionTest = describe_state(state)
    assert result.ok is ok
    assert said in result.message


@needs_postgres
def test_a_wrong_password_names_user_and_password(no_saved_password: Path) -> None:
    result = try_server(pg_server(), "not-the-password")
    assert not result.ok
    assert result.fields == ("user", "password")
    assert "either the password is wrong or there is no such user" in result.message
    assert "not-the-password" not in result.message


@needs_postgres
def test_no_password_at_all_names_the_password(no_saved_password: Path) -> None:
    result = try_server(pg_server())
    assert result.fields == ("password",)
    assert "none was typed or found in the password file" in result.message


@needs_postgres
def test_a_missing_database_names_the_database(no_saved_password: Path) -> None:
    missing = f"{pg_server().database}_missing"
    result = try_server(pg_server(database=missing), pg_password())
    assert not result.ok
    assert result.fields == ("database",)
    assert f"has no database called {missing}" in result.message


@needs_postgres
def test_ssl_that_cannot_be_had_names_the_ssl_mode(
    no_saved_password: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Without SSL on the server, or without its root certificate here: verify-full fails.
    monkeypatch.setenv("PGSSLROOTCERT", str(tmp_path / "no-root.crt"))
    result = try_server(pg_server(ssl_mode="verify-full"), pg_password())
    assert not result.ok
    assert result.fields == ("ssl_mode",)
    assert result.message.startswith("SSL mode: ")


@needs_postgres
def test_an_empty_database_then_an_older_one_then_an_up_to_date_one() -> None:
    _reset_postgres(POSTGRES_URL)
    empty = try_server(pg_server(), pg_password())
    assert empty.ok, empty.message
    assert empty.revision is None
    assert "it will be set up on first use" in empty.message

    database = open_database(POSTGRES_URL)
    try:
        from alembic import command

        migrate(database.engine, lambda config: command.downgrade(config, "0003"))
    finally:
        database.close()
    older = try_server(pg_server(), pg_password())
    assert older.ok and older.revision == "0003"
    assert f"will be upgraded to {SCHEMA_HEAD}" in older.message

    open_database(POSTGRES_URL).close()
    state = probe(POSTGRES_URL)
    assert state.revision == SCHEMA_HEAD
    assert state.address == pg_server()
    assert describe_state(state).message.endswith(f"up to date (schema {SCHEMA_HEAD})")


@needs_postgres
def test_opening_with_a_wrong_password_says_which_fields(no_saved_password: Path) -> None:
    url = make_url(POSTGRES_URL).set(password="wrong-one").render_as_string(hide_password=False)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(url)
    message = caught.value.message
    assert message.startswith("--db: cannot open postgresql://")
    assert "user and password: the server refused user" in message
    assert "wrong-one" not in message
