"""Who changed what: every version of a contact, office and release, on SQLite and
(when configured) PostgreSQL."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from crm_app.domain.errors import EditConflictError, NotFoundError, ValidationError
from crm_app.domain.history import ChangeAction, RecordVersion
from crm_app.domain.records import Contact, PhoneKind
from crm_app.services.common import Actor
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactChanges,
    ContactDraft,
    EmailInput,
    OfficeChanges,
    OfficeDraft,
    PhoneInput,
    ReleaseChanges,
    ReleaseDraft,
)
from crm_app.store.database import Database, make_engine, open_database, upgrade
from tests.conftest import FIXED_NOW, TODAY, FakeClock


@pytest.fixture
def beijing(services: Services) -> int:
    return services.offices.add(
        OfficeDraft(names={"en": "IOM Beijing"}, country="CN", switchboard="+86 10 5979 9600")
    ).id


def kieran(services: Services) -> int:
    return services.contacts.add(
        ContactDraft(
            given="Kieran",
            family="Best",
            office="IOM Beijing",
            phones=(PhoneInput("+86 10 5979 9695 ext. 203", PhoneKind.WORK),),
            emails=(EmailInput("kgormanbest@iom.int"),),
        )
    ).id


@pytest.fixture
def second(database_url: str, tmp_path: Path) -> Iterator[Services]:
    """Another person's program on the same database: its own engine and connections."""
    other = open_database(database_url)
    yield Services.build(other, templates_override=tmp_path / "templates", user="bob")
    other.close()


def actions(versions: list[RecordVersion]) -> list[tuple[int, ChangeAction]]:
    return [(version.version, version.action) for version in versions]


def test_two_people_save_the_same_contact_the_second_is_refused(
    services: Services, second: Services, beijing: int
) -> None:
    services.actor.set("alice")
    contact_id = kieran(services)
    mine = services.contacts.get(contact_id)
    theirs = second.contacts.get(contact_id)

    services.contacts.edit(
        contact_id, ContactChanges(notes="On leave until May"), expected_version=mine.version
    )
    with pytest.raises(EditConflictError) as refused:
        second.contacts.edit(
            contact_id,
            ContactChanges(notes="Back from leave", given="Kier"),
            expected_version=theirs.version,
        )

    conflict = refused.value
    assert conflict.changed_by == "alice"
    assert conflict.current_version == mine.version + 1
    assert conflict.expected_version == theirs.version
    assert "alice saved version 2" in conflict.message
    assert [(c.field, c.before, c.after) for c in conflict.changes] == [
        ("notes", "", "On leave until May")
    ]
    assert conflict.current_values["notes"] == "On leave until May"
    assert isinstance(conflict.record, Contact)
    assert conflict.record.notes == "On leave until May"
    stored = services.contacts.get(contact_id)
    assert (stored.given, stored.notes) == ("Kieran", "On leave until May")
    history = services.contacts.history(contact_id)
    assert actions(history) == [(1, ChangeAction.CREATED), (2, ChangeAction.EDITED)]
    assert history[1].changed_by == "alice" and history[1].changed_fields == ("notes",)


def test_edits_of_different_fields_from_the_same_version_both_survive(
    services: Services, second: Services, beijing: int
) -> None:
    contact_id = kieran(services)
    read = services.contacts.get(contact_id)
    services.contacts.edit(
        contact_id, ContactChanges(notes="Prefers e-mail"), expected_version=read.version
    )
    # Sent with every field, as an editor does: those it did not change stay the other's.
    merged = second.contacts.edit(
        contact_id,
        ContactChanges(given="Kieran", family="Gorman-Best", notes=""),
        expected_version=read.version,
        merge=True,
    )
    assert (merged.family, merged.notes) == ("Gorman-Best", "Prefers e-mail")
    history = services.contacts.history(contact_id)
    assert [v.changed_fields for v in history[1:]] == [("notes",), ("family",)]
    assert history[2].changed_by == "bob"

    with pytest.raises(EditConflictError) as refused:
        second.contacts.edit(
            contact_id,
            ContactChanges(notes="Prefers the phone"),
            expected_version=read.version,
            merge=True,
        )
    assert refused.value.fields == ("notes",)
    assert services.contacts.get(contact_id).notes == "Prefers e-mail"


def test_history_survives_delete_and_restore_and_is_read_while_deleted(
    services: Services, beijing: int
) -> None:
    contact_id = kieran(services)
    services.contacts.edit(contact_id, ContactChanges(titles={"en": "Spokesperson"}))
    services.contacts.delete(contact_id)
    while_deleted = services.contacts.history(contact_id)
    assert actions(while_deleted)[-1] == (3, ChangeAction.DELETED)
    assert [(c.field, c.before, c.after) for c in while_deleted[-1].changes] == [
        ("deleted", "no", "yes")
    ]
    services.contacts.restore(contact_id)
    history = services.contacts.history(contact_id)
    assert actions(history) == [
        (1, ChangeAction.CREATED),
        (2, ChangeAction.EDITED),
        (3, ChangeAction.DELETED),
        (4, ChangeAction.RESTORED),
    ]
    assert history[1].changes[0].field == "title:en"
    assert history[1].changes[0].after == "Spokesperson"
    with pytest.raises(NotFoundError):
        services.contacts.history(9999)


def test_a_revert_is_a_version_and_a_second_revert_undoes_it(
    services: Services, beijing: int, clock: FakeClock
) -> None:
    contact_id = kieran(services)
    services.contacts.edit(
        contact_id,
        ContactChanges(
            given="Kiran",
            titles={"fr": "Chargé de presse"},
            phones=(PhoneInput("+86 10 5979 9600", PhoneKind.WORK),),
            emails=(),
            office="",
        ),
    )
    reverted = services.contacts.revert(contact_id, 1)
    assert reverted.given == "Kieran" and reverted.titles == {}
    assert reverted.office is not None and reverted.office.id == beijing
    assert [p.extension for p in reverted.phones] == ["203"]
    assert [e.address for e in reverted.emails] == ["kgormanbest@iom.int"]
    assert reverted.version == 3
    history = services.contacts.history(contact_id)
    assert history[-1].action is ChangeAction.REVERTED and history[-1].reverted_to == 1
    assert set(history[-1].changed_fields) == {"given", "title:fr", "office", "phones", "emails"}

    undone = services.contacts.revert(contact_id, 2)
    assert (undone.given, undone.titles, undone.office) == (
        "Kiran",
        {"fr": "Chargé de presse"},
        None,
    )
    assert undone.version == 4
    # Found by what it holds now, not by what it held.
    assert services.contacts.count(_query("kiran")) == 1
    assert services.contacts.count(_query("kieran")) == 0

    same = services.contacts.revert(contact_id, 4)
    assert same.version == 4  # nothing to put back: no new version
    with pytest.raises(ValidationError, match="no version 9"):
        services.contacts.revert(contact_id, 9)
    with pytest.raises(EditConflictError):
        services.contacts.revert(contact_id, 1, expected_version=3)


def _query(words: str) -> Any:
    from crm_app.domain.queries import ContactQuery

    return ContactQuery(text=words)


def test_a_change_to_nothing_makes_no_version(services: Services, beijing: int) -> None:
    contact_id = kieran(services)
    unchanged = services.contacts.edit(contact_id, ContactChanges(given="Kieran"))
    assert unchanged.version == 1
    assert actions(services.contacts.history(contact_id)) == [(1, ChangeAction.CREATED)]


def test_the_actor_is_the_name_given_else_crm_user_else_the_login(
    services: Services, beijing: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.actor.set("Ana Ruiz")
    contact_id = kieran(services)
    services.actor.set(None)
    monkeypatch.setenv("CRM_USER", "press-desk")
    services.actor.set("")
    services.contacts.edit(contact_id, ContactChanges(notes="x"))
    monkeypatch.delenv("CRM_USER")
    monkeypatch.setattr("crm_app.services.common.getpass.getuser", lambda: "kbest")
    services.actor.set(None)
    services.contacts.edit(contact_id, ContactChanges(notes="y"))
    assert [v.changed_by for v in services.contacts.history(contact_id)] == [
        "Ana Ruiz",
        "press-desk",
        "kbest",
    ]

    def no_login() -> str:
        raise OSError("no login name")

    monkeypatch.setattr("crm_app.services.common.getpass.getuser", no_login)
    assert Actor().name == "unknown"
    with pytest.raises(ValidationError, match="too long"):
        services.actor.set("x" * 201)


def test_the_time_recorded_is_the_servers_on_postgresql_and_the_clock_on_sqlite(
    services: Services, database: Database, beijing: int
) -> None:
    with database.engine.connect() as connection:
        before = _server_now(connection, database.dialect)
    contact_id = kieran(services)
    with database.engine.connect() as connection:
        after = _server_now(connection, database.dialect)
    [created] = services.contacts.history(contact_id)
    if database.dialect == "postgresql":
        assert before <= created.changed_at <= after
        assert created.changed_at != FIXED_NOW
    else:
        assert created.changed_at == FIXED_NOW


def _server_now(connection: Any, dialect: str) -> datetime:
    if dialect != "postgresql":
        return FIXED_NOW
    value = connection.execute(text("SELECT timezone('UTC', now())")).scalar()
    return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]


def test_offices_and_releases_keep_their_versions(services: Services, beijing: int) -> None:
    services.actor.set("alice")
    office = services.offices.edit(
        beijing, OfficeChanges(names={"fr": "OIM Pékin"}, city="Beijing")
    )
    with pytest.raises(EditConflictError) as refused:
        services.offices.edit(beijing, OfficeChanges(city="Peking"), expected_version=1)
    assert refused.value.changed_by == "alice"
    services.offices.delete(beijing)
    services.offices.restore(beijing)
    history = services.offices.history(beijing)
    assert actions(history) == [
        (1, ChangeAction.CREATED),
        (2, ChangeAction.EDITED),
        (3, ChangeAction.DELETED),
        (4, ChangeAction.RESTORED),
    ]
    assert history[1].changed_fields == ("name:fr", "city")
    assert office.version == 2

    contact_id = kieran(services)
    release = services.releases.add(
        ReleaseDraft(title="Floods", language="en", date=TODAY, contact_ids=(contact_id,))
    )
    services.releases.edit(release.id, ReleaseChanges(title="Floods in Henan", contact_ids=()))
    services.releases.edit(release.id, ReleaseChanges(contact_ids=(contact_id,)))
    services.releases.publish(release.id)
    services.releases.delete(release.id)
    history = services.releases.history(release.id)
    assert actions(history) == [
        (1, ChangeAction.CREATED),
        (2, ChangeAction.EDITED),
        (3, ChangeAction.EDITED),
        (4, ChangeAction.PUBLISHED),
        (5, ChangeAction.DELETED),
    ]
    assert [(c.field, c.before, c.after) for c in history[1].changes] == [
        ("title", "Floods", "Floods in Henan"),
        ("contacts", "Kieran Best", ""),
    ]
    assert "status" in history[3].changed_fields


VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Best;Kieran;;;\r\nFN:Kieran Best\r\n"
    "EMAIL;TYPE=INTERNET:kgormanbest@iom.int\r\nTEL;TYPE=CELL:+86 139 1099 8888\r\n"
    "TITLE:Press officer\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee;Ann;;;\r\nFN:Ann Lee\r\n"
    "EMAIL;TYPE=INTERNET:alee@iom.int\r\nEND:VCARD\r\n"
)


def test_an_import_records_who_created_and_filled_in_each_contact(
    services: Services, beijing: int
) -> None:
    contact_id = kieran(services)
    services.actor.set("importer")
    report = services.vcards.import_stream(io.BytesIO(VCARDS.encode()))
    assert [c.contact_id for c in report.updated] == [contact_id]
    [created] = report.created
    assert created.contact_id is not None

    filled = services.contacts.history(contact_id)
    assert actions(filled) == [(1, ChangeAction.CREATED), (2, ChangeAction.MERGED)]
    assert filled[1].changed_by == "importer"
    assert filled[1].changed_fields == ("title:en", "phones")
    assert filled[1].changes[1].after == (
        "work: +86 10 5979 9695 ext. 203; mobile: +86 139 1099 8888"
    )
    new = services.contacts.history(created.contact_id)
    assert actions(new) == [(1, ChangeAction.IMPORTED)]
    assert new[0].values["emails"] == "work: alee@iom.int"

    # The versions recorded put the contact back exactly as the import found it.
    services.actor.set("alice")
    reverted = services.contacts.revert(contact_id, 1)
    assert reverted.titles == {} and len(reverted.phones) == 1


def test_an_import_writes_its_versions_a_chunk_at_a_time(
    services: Services, database: Database, beijing: int
) -> None:
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person{n};Ann;;;\r\nFN:Ann Person{n}\r\n"
        f"EMAIL;TYPE=INTERNET:ann{n}@iom.int\r\nEND:VCARD\r\n"
        for n in range(1200)
    )
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "record_history" in statement:
            statements.append(statement)

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        report = services.vcards.import_stream(io.BytesIO(cards.encode()))
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    assert len(report.created) == 1200
    # Three chunks of 500 cards: a few statements each, not one per card.
    assert len(statements) <= 12
    last = report.created[-1].contact_id
    assert last is not None
    assert actions(services.contacts.history(last)) == [(1, ChangeAction.IMPORTED)]


def test_records_stored_before_the_history_keep_their_state_as_a_first_version(
    database_url: str, tmp_path: Path
) -> None:
    engine = make_engine(database_url)
    upgrade(engine, "0007")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO offices (id, kind, country, city, switchboard_valid, created_at,"
                " updated_at, version, search_text)"
                " VALUES (1, 'mission', 'CN', 'Beijing', :yes, :then, :then, 3, 'iom beijing')"
            ),
            {"yes": True, "then": datetime(2020, 1, 1)},
        )
        connection.execute(
            text("INSERT INTO office_names VALUES (1, 'en', 'IOM Beijing', 'iom beijing')")
        )
        connection.execute(
            text(
                "INSERT INTO contacts (id, uid, honorific, given, family, family_first, kind,"
                " office_id, languages, notes, active, created_at, updated_at, version,"
                " search_text, sort_key) VALUES (7, 'u-7', '', 'Kieran', 'Best', :no,"
                " 'press_officer', 1, 'en', 'Old notes', :yes, :then, :then, 5, 'kieran best',"
                " 'best kieran')"
            ),
            {"yes": True, "no": False, "then": datetime(2020, 1, 1)},
        )
    engine.dispose()

    database = open_database(database_url)
    try:
        services = Services.build(
            database, templates_override=tmp_path / "t", clock=FakeClock(), user="alice"
        )
        [baseline] = services.contacts.history(7)
        assert (baseline.version, baseline.action, baseline.changed_by) == (
            5,
            ChangeAction.BASELINE,
            "",
        )
        assert baseline.changed_at == datetime(2020, 1, 1, tzinfo=UTC)
        assert baseline.values["office"] == "IOM Beijing"

        services.contacts.edit(7, ContactChanges(notes="New notes"), expected_version=5)
        history = services.contacts.history(7)
        assert actions(history) == [(5, ChangeAction.BASELINE), (6, ChangeAction.EDITED)]
        assert [(c.before, c.after) for c in history[1].changes] == [("Old notes", "New notes")]
        assert services.contacts.revert(7, 5).notes == "Old notes"
        assert services.offices.history(1)[0].action is ChangeAction.BASELINE
    finally:
        database.close()
