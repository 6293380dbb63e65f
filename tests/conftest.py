"""Shared test set-up. Qt must see the offscreen platform before it loads."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest
from hypothesis import settings

from crm_app.services.common import Clock
from crm_app.store.database import Database, open_database

if TYPE_CHECKING:
    from crm_app.services.container import Services

# CI draws the same examples every run, so whether a change lands never depends on chance;
# runs elsewhere draw new ones and keep finding new inputs.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

POSTGRES_URL = os.environ.get("CRM_TEST_POSTGRES_URL", "").strip()
FIXED_NOW = datetime(2026, 11, 27, 10, 15, tzinfo=UTC)
TODAY = date(2026, 11, 27)


class FakeClock(Clock):
    """A clock that stands still unless a test moves it."""

    def __init__(self, moment: datetime = FIXED_NOW) -> None:
        self.moment = moment
        super().__init__(lambda: self.moment)


def _reset_postgres(url: str) -> None:
    """An empty schema for each test; a plain driver connection, closed on the spot."""
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA public CASCADE")
        connection.execute("CREATE SCHEMA public")


def _database_params() -> list[object]:
    params: list[object] = ["sqlite"]
    params.append(
        pytest.param(
            "postgresql",
            marks=pytest.mark.skipif(not POSTGRES_URL, reason="CRM_TEST_POSTGRES_URL is not set"),
        )
    )
    return params


@pytest.fixture(autouse=True)
def _no_log_left_open() -> Iterator[None]:
    """A test that ran the CLI or the window must not leave its log file to the next one."""
    yield
    from crm_app.app.logs import stop_logging

    stop_logging()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'contacts.sqlite3'}"


@pytest.fixture(params=_database_params())
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Every store test runs on a SQLite file, and on PostgreSQL when one is configured."""
    if request.param == "postgresql":
        _reset_postgres(POSTGRES_URL)
        return POSTGRES_URL
    return f"sqlite:///{tmp_path / 'contacts.sqlite3'}"


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    opened = open_database(database_url)
    yield opened
    opened.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(database: Database, clock: FakeClock, tmp_path: Path) -> Services:
    from crm_app.services.container import Services

    return Services.build(database, templates_override=tmp_path / "templates", clock=clock)


@pytest.fixture(params=[False, True], ids=["read-here", "read-aside"])
def read_aside(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """A vCard file read in the importing process, or checked in a second one as a big file
    is (services/read_ahead.py), whatever its size."""
    aside: bool = request.param
    monkeypatch.setattr("crm_app.services.read_ahead.READ_ASIDE_FROM_BYTES", 0 if aside else 10**12)
    return aside
