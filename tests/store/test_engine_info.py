"""The engine behind the open database, as Help → About and a bug report name it."""

from __future__ import annotations

import sqlite3

import psycopg
import sqlalchemy
from sqlalchemy.engine import make_url

from crm_app.services.container import Services
from crm_app.store.database import Database


def test_the_engine_its_version_and_where_the_database_is(
    services: Services, database: Database
) -> None:
    engine = services.maintenance.engine()
    assert f"SQLAlchemy {sqlalchemy.__version__}" in engine.libraries
    url = make_url(database.url)
    if database.dialect == "sqlite":
        assert database.file is not None
        # The library SQLite's own function reports, in a connection of the same module.
        with sqlite3.connect(":memory:") as connection:
            (library,) = connection.execute("select sqlite_version()").fetchone()
        assert (engine.name, engine.version) == ("SQLite", library)
        assert engine.is_file
        assert engine.location == str(database.file)
    else:
        with psycopg.connect(database.url) as connection:
            row = connection.execute("show server_version").fetchone()
        assert row is not None
        server = str(row[0])  # "15.14 (Debian 15.14-0+deb12u1)"
        assert engine.name == "PostgreSQL"
        assert server.startswith(engine.version + " ") or server == engine.version
        assert not engine.is_file
        assert engine.location == f"{url.host}/{url.database}"
        assert f"psycopg {psycopg.__version__}" in engine.libraries
        password = url.password
        assert password, "the test server's URL carries a password"
        texts = (engine.location, *engine.libraries)
        assert all(f":{password}@" not in text for text in texts)
        if password not in (url.username, url.database, url.host):  # CI's is its user's name
            assert all(str(password) not in text for text in texts)
