"""`crm-app db check` and `db migrate` on a server and a file, the database chosen in
Preferences, and the order in which --db, CRM_DB_URL and that choice win."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from crm_app.app.paths import AppPaths
from crm_app.services.connection import (
    DatabaseSource,
    ServerAddress,
    read_saved_choice,
    write_saved_choice,
)
from crm_app.store.database import SCHEMA_HEAD, migrate, open_database
from crm_app.store.pgpass import PasswordKey, store_password
from tests.cli.conftest import Run
from tests.conftest import POSTGRES_URL, _reset_postgres
from tests.store.test_server_connection import closed_port, pg_server

needs_postgres = pytest.mark.skipif(not POSTGRES_URL, reason="CRM_TEST_POSTGRES_URL is not set")


def _with_password(password: str | None, **changes: str) -> str:
    url = make_url(POSTGRES_URL).set(password=password, **changes)  # type: ignore[arg-type]
    return url.render_as_string(hide_password=False)


@pytest.fixture
def pgpass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pgpass"
    path.write_text("", encoding="utf-8")
    path.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(path))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return path


def test_db_migrate_on_a_file_says_from_which_schema_to_which_and_keeps_a_copy(
    tmp_path: Path, run: Run
) -> None:
    path = tmp_path / "old.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        from alembic import command

        migrate(database.engine, lambda config: command.downgrade(config, "0003"))
    finally:
        database.close()
    url = f"sqlite:///{path}"

    upgraded = run("--db", url, "db", "migrate")
    assert upgraded.code == 0, upgraded.err
    lines = upgraded.out.splitlines()
    assert lines[0] == f"Upgraded the schema from 0003 to {SCHEMA_HEAD}."
    kept = Path(lines[1].removeprefix("The file as it was is kept as ").removesuffix("."))
    assert kept.parent == tmp_path / "backups" and ".before-0003-" in kept.name
    assert kept.is_file()

    again = run("--db", url, "db", "migrate", "--json")
    assert again.code == 0, again.err
    assert again.json() == {
        "before": SCHEMA_HEAD,
        "after": SCHEMA_HEAD,
        "upgraded": False,
        "backup": None,
    }
    assert run("--db", url, "db", "migrate").out == (
        f"The schema is up to date ({SCHEMA_HEAD}); nothing was changed.\n"
    )


def test_db_migrate_refuses_a_newer_schema(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(f"sqlite:///{path}").close()
    import sqlite3

    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    refused = run("--db", f"sqlite:///{path}", "db", "migrate")
    assert refused.code == 1
    assert "made by a newer Press Contacts (schema 9999)" in refused.err


def test_db_check_on_a_closed_port_says_so_in_one_line(run: Run) -> None:
    port = closed_port()
    result = run("--db", f"postgresql://kbest:s3cret@127.0.0.1:{port}/press", "db", "check")
    assert result.code == 1
    assert result.out == ""
    assert result.err == (
        f"crm-app: error: host and port: no PostgreSQL server answers at 127.0.0.1, port {port};"
        " check both, and that the server is running\n"
    )


def test_the_database_chosen_in_preferences_comes_after_db_and_crm_db_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CRM_DB_URL", raising=False)
    paths = AppPaths.resolve(tmp_path / "data")
    default = paths.database_choice()
    assert default[1] is DatabaseSource.DEFAULT
    assert default[0].endswith("press-contacts.sqlite3")

    server = ServerAddress("db.example.org", 5432, "press", "kbest")
    write_saved_choice(paths.data_dir, server.url())
    assert paths.database_choice() == (
        "postgresql://kbest@db.example.org:5432/press?sslmode=prefer",
        DatabaseSource.SAVED,
    )
    monkeypatch.setenv("CRM_DB_URL", "sqlite:///from-environment.db")
    assert paths.database_choice() == ("sqlite:///from-environment.db", DatabaseSource.ENVIRONMENT)
    assert paths.database_choice("sqlite:///given.db") == (
        "sqlite:///given.db",
        DatabaseSource.OPTION,
    )
    monkeypatch.delenv("CRM_DB_URL")
    write_saved_choice(paths.data_dir, None)  # back to the embedded file
    assert paths.database_choice()[1] is DatabaseSource.DEFAULT
    with pytest.raises(ValueError, match="password"):
        write_saved_choice(paths.data_dir, "postgresql://kbest:s3cret@db.example.org/press")
    assert read_saved_choice(paths.data_dir) is None


def test_an_unreadable_saved_choice_is_refused_naming_the_file(tmp_path: Path, run: Run) -> None:
    choice = tmp_path / "data" / "database.ini"
    choice.parent.mkdir()
    choice.write_text("url = postgresql://kbest@db.example.org/press\n", encoding="utf-8")
    result = run("contact", "list")
    assert result.code == 1
    assert str(choice) in result.err
    assert "choose the database again in Preferences" in result.err
    assert not (tmp_path / "data" / "press-contacts.sqlite3").exists()  # no quiet fallback


def test_commands_follow_the_saved_choice(tmp_path: Path, run: Run) -> None:
    port = closed_port()
    write_saved_choice(tmp_path / "data", ServerAddress("127.0.0.1", port, "press", "kb").url())
    result = run("contact", "list")
    assert result.code == 1
    assert f"no PostgreSQL server answers at 127.0.0.1, port {port}" in result.err
    assert not (tmp_path / "data" / "press-contacts.sqlite3").exists()


@needs_postgres
def test_db_check_with_a_wrong_password(run: Run, pgpass: Path) -> None:
    result = run("--db", _with_password("not-the-password"), "db", "check")
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("crm-app: error: user and password: the server refused user ")
    assert "not-the-password" not in result.err
    assert len(result.err.splitlines()) == 1


@needs_postgres
def test_db_check_on_a_missing_database(run: Run) -> None:
    missing = f"{pg_server().database}_missing"
    result = run(
        "--db", _with_password(make_url(POSTGRES_URL).password, database=missing), "db", "check"
    )
    assert result.code == 1
    assert f"has no database called {missing}" in result.err


@needs_postgres
def test_a_fresh_server_database_is_checked_migrated_and_checked_again(
    run: Run, pgpass: Path, tmp_path: Path
) -> None:
    _reset_postgres(POSTGRES_URL)
    url = POSTGRES_URL
    password = make_url(url).password
    assert password

    before = run("--db", url, "db", "check")
    assert before.code == 0, before.err
    server = pg_server()
    encrypted = "not encrypted" if "not encrypted" in before.out else "encrypted"
    # Every line, so nothing else (a password) is printed.
    assert before.out.splitlines() == [
        "engine: postgresql",
        f"server: {server.host}, port {server.port}",
        f"database: {server.database}",
        f"user: {server.user}",
        f"ssl mode: prefer (this connection: {encrypted})",
        f"schema: none (newest: {SCHEMA_HEAD})",
        "  'crm-app db migrate' brings it to the newest",
        "integrity: not checked",
    ]

    migrated = run("--db", url, "db", "migrate")
    assert migrated.code == 0, migrated.err
    assert migrated.out == f"Set up the schema {SCHEMA_HEAD} in the empty database.\n"
    assert run("--db", url, "db", "migrate").out == (
        f"The schema is up to date ({SCHEMA_HEAD}); nothing was changed.\n"
    )

    # The password from the password file, the server from the saved choice: no --db.
    store_password(
        PasswordKey(server.host, server.port, server.database, server.user), password, pgpass
    )
    write_saved_choice(tmp_path / "data", server.url())
    checked = run("db", "check", "--json")
    assert checked.code == 0, checked.err
    report = checked.json()
    assert {key: report[key] for key in ("engine", "host", "port", "database", "user")} == {
        "engine": "postgresql",
        "host": server.host,
        "port": server.port,
        "database": server.database,
        "user": server.user,
    }
    assert report["revision"] == SCHEMA_HEAD and report["ok"]
    assert report["location"] == server.location
    assert run("contact", "add", "--given", "Kieran", "--family", "Best").code == 0
    assert run("contact", "list").out.startswith("1\tKieran Best")


@needs_postgres
def test_db_migrate_upgrades_an_older_server_database(run: Run) -> None:
    _reset_postgres(POSTGRES_URL)
    database = open_database(POSTGRES_URL)
    try:
        from alembic import command

        migrate(database.engine, lambda config: command.downgrade(config, "0003"))
    finally:
        database.close()
    result = run("--db", POSTGRES_URL, "db", "migrate", "--json")
    assert result.code == 0, result.err
    assert result.json() == {
        "before": "0003",
        "after": SCHEMA_HEAD,
        "upgraded": True,
        "backup": None,  # a server is backed up with its own tools
    }
