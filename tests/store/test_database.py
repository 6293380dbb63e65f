"""Opening, creating and upgrading databases; refusing what cannot be opened."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from crm_app.domain.errors import DatabaseOpenError
from crm_app.store.database import (
    SCHEMA_HEAD,
    current_revision,
    head_revision,
    make_engine,
    open_database,
    upgrade,
)


def test_schema_head_constant_matches_the_migrations() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_new_sqlite_file_is_created_at_head_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        assert current_revision(database.engine) == head_revision()
        assert database.backup_path is None
        assert database.display_name == str(path)
    finally:
        database.close()


def test_sqlite_gets_foreign_keys_wal_and_busy_timeout(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    finally:
        database.close()


def test_database_from_first_migration_upgrades_keeping_data_and_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO offices (id, kind, country, city, switchboard_valid,"
            " created_at, updated_at, version)"
            " VALUES (1, 'mission', 'CN', 'Beijing', 1, '2020-01-01', '2020-01-01', 1)"
        )
        connection.execute(
            "INSERT INTO office_names VALUES (1, 'en', 'IOM Beijing', 'iom beijing'),"
            " (1, 'fr', 'OIM Pékin', 'oim pekin')"
        )
        connection.execute(
            "INSERT INTO contacts (id, uid, honorific, given, family, kind, office_id, languages,"
            " notes, active, created_at, updated_at, version)"
            " VALUES (7, 'u-7', '', 'Kieran', 'Best', 'press_officer', 1, 'en', '', 1,"
            " '2020-01-01', '2020-01-01', 1)"
        )
        connection.execute(
            "INSERT INTO phones (contact_id, position, kind, raw, e164, extension, valid,"
            " line_type) VALUES (7, 0, 'work', '+86 10 5979 9695 ext. 203', '+861059799695',"
            " '203', 1, 'fixed_line')"
        )

    database = open_database(f"sqlite:///{path}")
    try:
        assert current_revision(database.engine) == head_revision()
        assert database.backup_path is not None and database.backup_path.exists()
        with sqlite3.connect(database.backup_path) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert copy.execute("SELECT given FROM contacts").fetchone() == ("Kieran",)
        from crm_app.domain.queries import ContactQuery
        from crm_app.services.common import Clock
        from crm_app.services.contacts import ContactService

        contacts = ContactService(database, Clock())
        # The upgrade indexed what was already there: found by office name and phone digits.
        assert [c.id for c in contacts.page(ContactQuery(text="pékin"))] == [7]
        assert [c.id for c in contacts.page(ContactQuery(text="9695"))] == [7]
        assert [c.id for c in contacts.page(ContactQuery(text="203"))] == [7]  # the extension
    finally:
        database.close()

    reopened = open_database(f"sqlite:///{path}")
    assert reopened.backup_path is None  # nothing to upgrade, nothing copied
    reopened.close()


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        open_database(f"sqlite:///{tmp_path / 'nowhere' / 'db.sqlite3'}")
    assert not (tmp_path / "nowhere").exists()


def test_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Dear colleagues, here are the contacts\n" * 20)
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="not a database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_read_only_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ro.sqlite3"
    open_database(f"sqlite:///{path}").close()
    path.chmod(0o444)
    if os.geteuid() == 0:
        # root may write any file; answer as the permission check does for everyone else.
        real_access = os.access
        monkeypatch.setattr(
            "crm_app.store.database.os.access",
            lambda p, mode: False if Path(p) == path else real_access(p, mode),
        )
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="permission denied"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_read_only_folder_is_refused_even_for_root(tmp_path: Path) -> None:
    # /proc accepts no new files whoever asks, which gives root a real read-only folder too.
    with pytest.raises(DatabaseOpenError):
        open_database("sqlite:////proc/press-contacts.sqlite3")


def test_unknown_backend_and_garbage_urls_are_refused() -> None:
    with pytest.raises(DatabaseOpenError, match="not supported"):
        open_database("mysql://someone@localhost/crm")
    with pytest.raises(DatabaseOpenError, match="not a database URL"):
        open_database("this is not a url")


def test_unreachable_postgres_is_a_clear_error() -> None:
    with pytest.raises(DatabaseOpenError, match="cannot open"):
        open_database("postgresql://nobody:wrong@127.0.0.1:1/none?connect_timeout=2")


def test_a_migration_that_rebuilds_contacts_keeps_their_phones(tmp_path: Path) -> None:
    """Batch migrations drop and re-create tables; foreign keys must not cascade then."""
    from alembic import command

    from crm_app.services.common import Clock
    from crm_app.services.contacts import ContactService
    from crm_app.services.drafts import ContactDraft, EmailInput, PhoneInput
    from crm_app.store.database import migrate

    url = f"sqlite:///{tmp_path / 'rebuild.sqlite3'}"
    database = open_database(url)
    ContactService(database, Clock()).add(
        ContactDraft(
            given="Kieran",
            family="Best",
            phones=(PhoneInput("+86 10 5979 9695 ext. 203"),),
            emails=(EmailInput("kgormanbest@iom.int"),),
        )
    )
    # Going back to 0001 rebuilds the contacts table without its two search columns.
    migrate(database.engine, lambda config: command.downgrade(config, "0001"))
    database.close()
    upgraded = open_database(url)  # and back up again, through upgrade()
    try:
        with upgraded.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM phones").scalar() == 1
            assert connection.exec_driver_sql("SELECT count(*) FROM emails").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        upgraded.close()


def test_a_database_from_a_newer_version_is_refused_without_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(DatabaseOpenError, match="newer Press Contacts"):
        open_database(f"sqlite:///{path}")
    assert list(tmp_path.rglob("*.bak")) == []


def test_the_password_in_a_url_is_never_printed() -> None:
    with pytest.raises(DatabaseOpenError) as caught:
        open_database("postgresql://crm:secretpw@127.0.0.1:1/none?connect_timeout=2")
    assert "secretpw" not in caught.value.message


def test_a_write_blocked_by_another_writer_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_app.domain.errors import CrmError
    from crm_app.services.common import Clock
    from crm_app.services.contacts import ContactService
    from crm_app.services.drafts import ContactDraft

    monkeypatch.setattr("crm_app.store.database.SQLITE_BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "busy.sqlite3"
    database = open_database(f"sqlite:///{path}")
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another person is in the middle of a save
        with pytest.raises(CrmError, match="busy"):
            ContactService(database, Clock()).add(ContactDraft(given="Ann", family="Lee"))
        other.execute("ROLLBACK")
        assert ContactService(database, Clock()).add(ContactDraft(given="Ann", family="Lee"))
    finally:
        other.close()
        database.close()


def test_contacts_from_before_the_name_order_keep_given_name_first(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine, "0002")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO contacts (id, uid, honorific, given, family, kind, languages, notes,"
            " active, created_at, updated_at, version, search_text, sort_key)"
            " VALUES (3, 'u-3', '', 'Wei', 'Li', 'media', '', '', true,"
            " '2020-01-01', '2020-01-01', 1, '', '')"
        )
    upgrade(engine)  # to head: 0003 adds the name order
    engine.dispose()

    database = open_database(database_url)
    try:
        from crm_app.services.common import Clock
        from crm_app.services.contacts import ContactService
        from crm_app.services.drafts import ContactChanges

        contacts = ContactService(database, Clock())
        assert contacts.get(3).display_name == "Wei Li"
        assert contacts.edit(3, ContactChanges(family_first=True)).display_name == "Li Wei"
    finally:
        database.close()


def test_office_names_leave_the_contacts_search_documents_and_come_back_on_downgrade(
    database_url: str,
) -> None:
    from alembic import command

    from crm_app.domain.queries import ContactQuery
    from crm_app.services.common import Clock
    from crm_app.services.contacts import ContactService
    from crm_app.services.drafts import OfficeChanges
    from crm_app.services.offices import OfficeService
    from crm_app.store.database import migrate

    engine = make_engine(database_url)
    upgrade(engine, "0003")
    old_document = "kieran | best | iom beijing | oim pekin | kgormanbest@iom.int | 861059799695"
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO offices (id, kind, country, city, switchboard_valid, created_at,"
            " updated_at, version) VALUES (1, 'mission', 'CN', 'Beijing', true, '2020-01-01',"
            " '2020-01-01', 1)"
        )
        connection.exec_driver_sql(
            "INSERT INTO office_names VALUES (1, 'en', 'IOM Beijing', 'iom beijing'),"
            " (1, 'fr', 'OIM Pékin', 'oim pekin')"
        )
        connection.exec_driver_sql(
            "INSERT INTO contacts (id, uid, honorific, given, family, kind, office_id, languages,"
            " notes, active, created_at, updated_at, version, search_text, sort_key)"
            f" VALUES (7, 'u-7', '', 'Kieran', 'Best', 'press_officer', 1, 'en', '', true,"
            f" '2020-01-01', '2020-01-01', 1, '{old_document}', 'best kieran')"
        )
        connection.exec_driver_sql(
            "INSERT INTO emails (contact_id, position, kind, address, address_key)"
            " VALUES (7, 0, 'work', 'kgormanbest@iom.int', 'kgormanbest@iom.int')"
        )
        connection.exec_driver_sql(
            "INSERT INTO phones (contact_id, position, kind, raw, e164, extension, valid,"
            " line_type) VALUES (7, 0, 'work', '+86 10 5979 9695', '+861059799695', NULL,"
            " true, 'fixed_line')"
        )
    upgrade(engine)
    with engine.connect() as connection:
        document = connection.exec_driver_sql("SELECT search_text FROM contacts").scalar()
        office = connection.exec_driver_sql("SELECT search_text FROM offices").scalar()
    # 0006 adds the words that follow a sign ("iom int"), for the word-start search.
    assert document == "kieran | best | kgormanbest@iom.int | 861059799695 | iom int"
    assert office == "iom beijing | oim pekin"
    engine.dispose()

    database = open_database(database_url)
    try:
        contacts = ContactService(database, Clock())
        for term in ("pékin", "iom beij", "9695", "kgorman", "best"):
            assert [c.id for c in contacts.page(ContactQuery(text=term))] == [7], term
        OfficeService(database, Clock()).edit(1, OfficeChanges(names={"fr": "OIM Beijing"}))
        assert [c.id for c in contacts.page(ContactQuery(text="pekin"))] == []
        migrate(database.engine, lambda config: command.downgrade(config, "0003"))
        with database.engine.connect() as connection:
            document = connection.exec_driver_sql("SELECT search_text FROM contacts").scalar()
        # Back as 0003 wrote them: the office's names (its current ones) in the document.
        assert document == (
            "kieran | best | iom beijing | oim beijing | kgormanbest@iom.int | 861059799695"
        )
        if database.dialect == "sqlite":
            with database.engine.connect() as connection:
                found = connection.exec_driver_sql(
                    "SELECT rowid FROM contact_search WHERE contact_search MATCH '\"oim beij\"'"
                ).all()
            assert found == [(7,)]
    finally:
        database.close()


def test_names_without_spaces_are_found_whole_after_upgrading_and_left_as_they_were_on_downgrade(
    database_url: str,
) -> None:
    from alembic import command

    from crm_app.domain.queries import ContactQuery
    from crm_app.services.common import Clock
    from crm_app.services.contacts import ContactService
    from crm_app.store.database import migrate

    engine = make_engine(database_url)
    upgrade(engine, "0004")
    with engine.begin() as connection:
        for contact_id, given, family, document in (
            (1, "伟", "张", "伟 | 张"),
            (2, "Kieran", "Best", "kieran | best"),
        ):
            connection.exec_driver_sql(
                "INSERT INTO contacts (id, uid, honorific, given, family, kind, languages, notes,"
                " active, created_at, updated_at, version, search_text, sort_key, family_first)"
                f" VALUES ({contact_id}, 'u-{contact_id}', '', '{given}', '{family}',"
                " 'press_officer', '', '', true, '2020-01-01', '2020-01-01', 1,"
                f" '{document}', '{family} {given}', true)"
            )
    upgrade(engine)
    with engine.connect() as connection:
        documents = dict(connection.exec_driver_sql("SELECT id, search_text FROM contacts").all())
    assert documents == {1: "伟 | 张 | 张伟 | 伟张", 2: "kieran | best"}
    engine.dispose()

    database = open_database(database_url)
    try:
        contacts = ContactService(database, Clock())
        assert [c.id for c in contacts.page(ContactQuery(text="张伟"))] == [1]
        migrate(database.engine, lambda config: command.downgrade(config, "0004"))
        with database.engine.connect() as connection:
            documents = dict(
                connection.exec_driver_sql("SELECT id, search_text FROM contacts").all()
            )
        assert documents == {1: "伟 | 张", 2: "kieran | best"}
    finally:
        database.close()


def test_word_starts_are_indexed_after_upgrading_and_taken_off_on_downgrade(
    database_url: str,
) -> None:
    from alembic import command

    from crm_app.domain.queries import ContactQuery
    from crm_app.services.common import Clock
    from crm_app.services.contacts import ContactService
    from crm_app.store.database import migrate

    before = {
        1: "kieran | best | kgormanbest@iom.int | 861059799695",
        2: "siobhan | o'brien | dr.",
        3: "伟 | 张 | 张伟 | 伟张",
    }
    engine = make_engine(database_url)
    upgrade(engine, "0005")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO offices (id, kind, country, city, switchboard_valid, created_at,"
            " updated_at, version, search_text) VALUES (1, 'mission', 'KE', 'Nairobi', true,"
            " '2020-01-01', '2020-01-01', 1, 'iom nairobi (kenya)')"
        )
        for contact_id, document in before.items():
            given, family = document.split(" | ")[:2]
            office = "1" if contact_id == 1 else "NULL"
            connection.exec_driver_sql(
                "INSERT INTO contacts (id, uid, honorific, given, family, kind, office_id,"
                " languages, notes, active, created_at, updated_at, version, search_text,"
                f" sort_key) VALUES ({contact_id}, 'u-{contact_id}', '', '{given}',"
                f" '{family}', 'press_officer', {office}, '', '', true, '2020-01-01',"
                f" '2020-01-01', 1, '{document}', '{family} {given}')".replace("o'b", "o''b")
            )
    upgrade(engine)
    with engine.connect() as connection:
        documents = dict(connection.exec_driver_sql("SELECT id, search_text FROM contacts").all())
        office = connection.exec_driver_sql("SELECT search_text FROM offices").scalar()
    assert documents == {
        1: "kieran | best | kgormanbest@iom.int | 861059799695 | iom int",
        2: "siobhan | o'brien | dr. | brien",
        3: "伟 | 张 | 张伟 | 伟张",
    }
    assert office == "iom nairobi (kenya) | kenya"
    engine.dispose()

    database = open_database(database_url)
    try:
        contacts = ContactService(database, Clock())
        for text, expected in (("in", [1]), ("br", [2]), ("ke", [1]), ("张", [3]), ("i", [1])):
            assert [c.id for c in contacts.page(ContactQuery(text=text))] == expected, text
        migrate(database.engine, lambda config: command.downgrade(config, "0005"))
        with database.engine.connect() as connection:
            documents = dict(
                connection.exec_driver_sql("SELECT id, search_text FROM contacts").all()
            )
            office = connection.exec_driver_sql("SELECT search_text FROM offices").scalar()
            if database.dialect == "sqlite":
                left = connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE name LIKE 'contact_words%'"
                    " OR name LIKE 'ix_contacts_list%'"
                ).all()
                assert left == []
        assert documents == before
        assert office == "iom nairobi (kenya)"
    finally:
        database.close()


def test_the_file_is_read_ahead_whole_or_up_to_the_limit(database_url: str) -> None:
    """What the window does after opening, so that the first searches need no disk."""
    database = open_database(database_url)
    try:
        if database.file is None:  # a server keeps its own cache
            assert database.read_into_memory() == 0
            return
        size = database.file.stat().st_size
        assert size > 0
        assert database.read_into_memory() == size
        assert database.read_into_memory(limit=1) == min(size, 1 << 20)  # a chunk at least
        database.file.rename(database.file.with_suffix(".moved"))
        assert database.read_into_memory() == 0  # gone: nothing read, no error
    finally:
        database.close()
