"""Database URLs that cannot work are refused before anything connects, passwords masked;
closing never fails because the file is locked."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from crm_app.domain.errors import DatabaseOpenError
from crm_app.store.database import make_engine, open_database


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("postgresql://crm:s3cret@db.example.org:99999/crm", "port 99999 is not a port number"),
        ("postgresql://crm:s3cret@db.example.org:0/crm", "port 0 is not a port number"),
        ("postgresql://crm:s3cret@db.example.org:abc/crm", "is not a database URL"),
        ("postgresql://crm:s3cret@[::1/crm", "is not a database URL"),
        ("postgresql//crm:s3cret@db.example.org/crm", "is not a database URL"),
        ("foo://crm:s3cret@db.example.org/crm", "'foo' databases are not supported"),
        ("postgresql+nodriver://crm:s3cret@h/crm", "'postgresql+nodriver' databases are not"),
        ("mysql://crm:s3cret@db.example.org/crm", "'mysql' databases are not supported"),
        ("sqlite://crm:s3cret@db.example.org/x.db", "a SQLite URL names a file, not a server"),
        ("sqlite:///contacts.db?mode=ro", "a SQLite URL takes no options"),
        ("", "is not a database URL"),
        ("postgresql://crm:s3cret@db.example.org/crm\x00", "NUL character"),
        ("postgresql://crm:s3cr\udcffet@db.example.org/crm", "not valid UTF-8"),
    ],
)
def test_a_url_that_cannot_work_is_refused_without_its_password(url: str, reason: str) -> None:
    with pytest.raises(DatabaseOpenError) as caught:
        make_engine(url)
    message = caught.value.message
    assert message.startswith("--db: ")
    assert reason in message
    assert "s3cr" not in message


def test_the_sqlite_and_postgresql_spellings_that_work(tmp_path: Path) -> None:
    for url in (f"sqlite:///{tmp_path / 'a.db'}", f"sqlite+pysqlite:///{tmp_path / 'b.db'}"):
        engine = make_engine(url)
        assert engine.dialect.name == "sqlite"
        engine.dispose()
    engine = make_engine("postgresql://crm@db.example.org:5432/crm")  # nothing connects yet
    assert engine.dialect.driver == "psycopg"
    engine.dispose()


def test_closing_a_database_another_program_has_locked_is_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("crm_app.store.database.SQLITE_BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "locked.sqlite3"
    database = open_database(f"sqlite:///{path}")
    database.engine.dispose()
    other = sqlite3.connect(path, isolation_level=None)
    try:
        # Nobody else can even read now, so PRAGMA optimize on close cannot run.
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("CREATE TABLE held (x)")
        with caplog.at_level(logging.WARNING, logger="crm_app.store.database"):
            database.close()
        assert "PRAGMA optimize skipped" in caplog.text
        assert "locked" in caplog.text
    finally:
        other.close()
