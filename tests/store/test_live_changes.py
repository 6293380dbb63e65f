"""Live changes below the window: what other programs change is told, this program's own
writes are not; on PostgreSQL the listener survives the server going away."""

from __future__ import annotations

import io
import logging
import queue
import time
from pathlib import Path

import psycopg
import pytest

from crm_app.services.changes import Changes, LiveChanges
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges, ContactDraft, OfficeDraft
from crm_app.store.changes import MAX_NAMED, ChangeNote, decode, encode
from crm_app.store.database import Database, open_database
from crm_app.store.models import OfficeRow
from tests.conftest import POSTGRES_URL, _reset_postgres

needs_postgres = pytest.mark.skipif(not POSTGRES_URL, reason="CRM_TEST_POSTGRES_URL is not set")
# A notification's trip through a local server takes milliseconds; this is a ceiling.
ARRIVAL_S = 10.0

VCARDS = (
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\n"
    b"EMAIL:ada@example.org\r\nEND:VCARD\r\n"
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nN:Hopper;Grace;;;\r\n"
    b"EMAIL:grace@example.org\r\nEND:VCARD\r\n"
)


def _add(services: Services, given: str, family: str) -> int:
    return services.contacts.add(ContactDraft(given=given, family=family)).id


def test_a_payload_names_its_records_or_says_everything() -> None:
    note = ChangeNote({("contact", 12), ("office", 3)})
    assert decode(encode("abc", note)) == ("abc", note)
    assert encode("abc", note) == "abc contact:12 office:3"
    big = ChangeNote({("contact", key) for key in range(MAX_NAMED + 1)})
    assert encode("abc", big) == "abc *"
    assert decode("abc *") == ("abc", ChangeNote(everything=True))
    # Another program's notifications on the channel, or noise, are not ours.
    for payload in ("", "abc", "abc contact:x", "abc person:3", "hello world"):
        assert decode(payload) is None


def test_a_sqlite_file_tells_others_writes_and_not_its_own(sqlite_url: str, tmp_path: Path) -> None:
    database = open_database(sqlite_url)
    other = open_database(sqlite_url)
    try:
        here = Services.build(database, templates_override=tmp_path / "t")
        elsewhere = Services.build(other, templates_override=tmp_path / "t")
        assert here.changes.poll() is None  # starts watching
        kieran = _add(here, "Kieran", "Best")
        here.contacts.edit(kieran, ContactChanges(notes="own note"))
        assert here.changes.poll() is None

        elsewhere.contacts.edit(kieran, ContactChanges(notes="their note"))
        assert here.changes.poll() == Changes(everything=True)
        assert here.changes.poll() is None  # said once

        elsewhere.contacts.get(kieran)  # reading changes nothing
        assert here.changes.poll() is None

        # Their change, then one of ours before the next look: theirs is not hidden by ours.
        elsewhere.contacts.edit(kieran, ContactChanges(notes="theirs again"))
        here.contacts.edit(kieran, ContactChanges(given="Kieren"))
        assert here.changes.poll() == Changes(everything=True)
        assert here.changes.poll() is None
    finally:
        here.changes.stop()
        other.close()
        database.close()


def _flush_then_roll_back(database: Database, office_id: int) -> None:
    with database.sessions.begin() as session:
        row = session.get(OfficeRow, office_id)
        assert row is not None
        row.city = "Accra"
        session.flush()
        raise RuntimeError("rolled back on purpose")


def _listening(services: Services) -> queue.Queue[Changes]:
    arrived: queue.Queue[Changes] = queue.Queue()
    services.changes.listen(arrived.put)
    return arrived


def _next(arrived: queue.Queue[Changes]) -> Changes:
    return arrived.get(timeout=ARRIVAL_S)


def _listeners(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as connection:
        row = connection.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND query LIKE 'LISTEN %'"
        ).fetchone()
    assert row is not None
    return int(row[0])


def _listeners_become(url: str, count: int) -> bool:
    """Whether the server soon counts `count` listeners (a backend ends just after its
    client closes the connection)."""
    deadline = time.monotonic() + ARRIVAL_S
    while _listeners(url) != count:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.fixture
def server() -> str:
    if not POSTGRES_URL:
        pytest.skip("CRM_TEST_POSTGRES_URL is not set")
    _reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


@needs_postgres
def test_postgresql_notifies_the_records_others_change_and_not_its_own(
    server: str, tmp_path: Path
) -> None:
    database, other = open_database(server), open_database(server)
    here = Services.build(database, templates_override=tmp_path / "t")
    elsewhere = Services.build(other, templates_override=tmp_path / "t")
    try:
        arrived = _listening(here)
        own = _add(here, "Kieran", "Best")
        office = elsewhere.offices.add(OfficeDraft(names={"en": "IOM Accra"}, country="GH"))
        assert _next(arrived) == Changes(offices=frozenset({office.id}))
        theirs = _add(elsewhere, "Nadia", "Haddad")
        assert _next(arrived) == Changes(contacts=frozenset({theirs}))
        elsewhere.contacts.edit(own, ContactChanges(notes="seen"))
        assert _next(arrived) == Changes(contacts=frozenset({own}))
        elsewhere.contacts.delete(own)
        assert _next(arrived) == Changes(contacts=frozenset({own}))

        # An import names no records: one notice says "everything".
        report = elsewhere.vcards.import_stream(io.BytesIO(VCARDS))
        assert len(report.created) == 2
        assert _next(arrived).everything
        # A transaction rolled back tells nothing, though it had flushed its change.
        with pytest.raises(RuntimeError, match="on purpose"):
            _flush_then_roll_back(other, office.id)

        here.contacts.edit(theirs, ContactChanges(notes="ours"))
        time.sleep(0.3)
        assert arrived.empty()
        assert _listeners_become(server, 1)
    finally:
        here.changes.stop()
        assert _listeners_become(server, 0)  # its connection closed with it
        other.close()
        database.close()


@needs_postgres
def test_the_listener_comes_back_when_the_server_drops_it_and_says_it_may_have_missed_some(
    server: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database, other = open_database(server), open_database(server)
    here = Services.build(database, templates_override=tmp_path / "t")
    elsewhere = Services.build(other, templates_override=tmp_path / "t")
    try:
        with caplog.at_level(logging.INFO, logger="crm_app.store.changes"):
            arrived = _listening(here)
            with psycopg.connect(server, autocommit=True) as admin:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND query LIKE 'LISTEN %'"
                )
            assert _next(arrived) == Changes(everything=True)
            theirs = _add(elsewhere, "Nadia", "Haddad")
            assert _next(arrived) == Changes(contacts=frozenset({theirs}))
        messages = [record.getMessage() for record in caplog.records]
        assert any("paused" in message for message in messages)
        assert any("resumed" in message for message in messages)
        # The password as a URL or libpq would carry it (it may also spell the user's or the
        # database's name, which the log may name).
        password = psycopg.conninfo.conninfo_to_dict(server).get("password")
        leaks = (f":{password}@", f"password={password}", f"password='{password}'")
        assert not password or not any(leak in m for m in messages for leak in leaks)
    finally:
        here.changes.stop()
        other.close()
        database.close()


@needs_postgres
def test_closing_the_database_stops_a_listener_left_running(server: str) -> None:
    database = open_database(server)
    LiveChanges(database).listen(lambda _changes: None)
    assert _listeners_become(server, 1)
    database.close()
    assert _listeners_become(server, 0)


def test_a_database_nobody_else_can_reach_has_nothing_to_tell() -> None:
    database = open_database("sqlite:///:memory:")
    try:
        changes = LiveChanges(database)
        assert changes.poll() is None
        changes.listen(lambda _changes: None)
        changes.stop()
    finally:
        database.close()
