"""The SQLite file kept safe: private modes, whole backups, daily copies, restore, damage."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_app.app.paths import AppPaths
from crm_app.domain.errors import CrmError, DatabaseDamagedError, DatabaseOpenError
from crm_app.domain.queries import ContactQuery
from crm_app.services.common import Clock
from crm_app.services.contacts import ContactService
from crm_app.services.drafts import ContactDraft, OfficeDraft
from crm_app.services.maintenance import MaintenanceService
from crm_app.services.offices import OfficeService
from crm_app.store import backups
from crm_app.store.database import open_database
from tests.ui.bulk import insert_contacts

DAY_ONE = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most systems give a user: files 0644, folders 0755 unless asked."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def fill(path: Path, count: int, now: datetime = DAY_ONE) -> None:
    """A database of `count` contacts (opened on `now`, which makes that day's backup)."""
    database = open_database(f"sqlite:///{path}", now=now)
    try:
        office = OfficeService(database, Clock()).add(
            OfficeDraft(names={"en": "IOM Beijing"}, country="CN", switchboard="+86 10 5979 9600")
        )
        insert_contacts(database, count, [office], now.replace(tzinfo=None))
    finally:
        database.close()


def add_contact(path: Path, now: datetime, given: str = "Ann") -> None:
    database = open_database(f"sqlite:///{path}", now=now)
    try:
        ContactService(database, Clock()).add(ContactDraft(given=given, family="Lee"))
    finally:
        database.close()


def corrupt_middle(path: Path) -> None:
    """Overwrite 4 KB in the middle of the contacts, one whole page, as a failing disk does.

    The page is a leaf of the contacts table (SQLite's dbstat), so it is one that every
    listing reads; a page picked by offset alone may be a free one, which nothing reads."""
    with sqlite3.connect(path) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        leaves = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'contacts' AND pagetype = 'leaf'"
                " ORDER BY pageno"
            )
        ]
    connection.close()
    assert leaves
    with path.open("r+b") as handle:
        handle.seek((leaves[len(leaves) // 2] - 1) * size)
        handle.write(bytes(range(256)) * (size // 256))


def backup_names(path: Path) -> list[str]:
    return [b.name for b in backups.list_backups(path)]


# Private files


def test_new_data_folder_database_wal_and_shm_are_private(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "profile" / "press-contacts")
    url = paths.database_url()
    assert mode(paths.data_dir) == 0o700
    database = open_database(url)
    try:
        ContactService(database, Clock()).add(ContactDraft(given="Ann", family="Lee"))
        file = paths.data_dir / "press-contacts.sqlite3"
        # While open, SQLite keeps its write-ahead log and shared memory beside the file.
        for path in (file, file.with_name(file.name + "-wal"), file.with_name(file.name + "-shm")):
            assert path.exists() and mode(path) == 0o600, path
    finally:
        database.close()


def test_an_existing_folder_and_file_keep_the_mode_their_owner_chose(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o750)
    folder.chmod(0o750)
    path = folder / "team.sqlite3"
    fill(path, 3)
    path.chmod(0o640)  # shared with the group on purpose
    add_contact(path, DAY_ONE + timedelta(days=1))  # the next day's backup is made now
    AppPaths.resolve(folder).ensure()
    assert mode(folder) == 0o750
    assert mode(path) == 0o640
    newest = backups.list_backups(path)[0]
    assert newest.created.date() == (DAY_ONE + timedelta(days=1)).date()
    assert mode(newest.path) == 0o600  # private, and never wider than the database
    assert mode(backups.backup_folder(path)) == 0o700


def test_a_backup_is_never_wider_than_its_database(tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite3"
    fill(path, 2)
    path.chmod(0o400)
    copy = backups.make_backup(path, backups.BackupKind.AUTOMATIC, when=DAY_ONE)
    assert mode(copy.path) == 0o400


def test_the_copy_before_an_upgrade_is_private(tmp_path: Path) -> None:
    from crm_app.store.database import make_engine, upgrade

    path = tmp_path / "old.sqlite3"
    backups.create_private_file(path)
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    engine.dispose()
    database = open_database(f"sqlite:///{path}")
    try:
        assert database.backup_path is not None
        assert mode(database.backup_path) == 0o600
        assert database.backup_path.parent == tmp_path / "backups"
        assert ".before-0001-" in database.backup_path.name
    finally:
        database.close()


# Backups written whole or not at all


def test_an_interrupted_copy_leaves_no_file_with_a_backup_name(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    fill(path, 50)
    before = set(tmp_path.rglob("*"))

    def disk_full_halfway(destination: Path) -> None:
        data = path.read_bytes()
        destination.write_bytes(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        backups.make_backup(path, backups.BackupKind.BEFORE_RESTORE, fill=disk_full_halfway)
    assert set(tmp_path.rglob("*")) == before  # no backup, no temporary file left behind


def test_a_copy_that_cannot_be_synced_is_not_given_a_backup_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.sqlite3"
    fill(path, 50)
    before = backup_names(path)

    def failing_fsync(_fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backups.os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="Input/output"):
        backups.make_backup(path, backups.BackupKind.AUTOMATIC, when=DAY_ONE + timedelta(days=3))
    assert backup_names(path) == before
    assert [p.name for p in backups.backup_folder(path).iterdir() if "partial" in p.name] == []


def test_an_interrupted_daily_backup_does_not_stop_the_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.sqlite3"
    fill(path, 20)
    add_contact(path, DAY_ONE)
    assert len(backup_names(path)) == 1

    def interrupted(_source: Path) -> Callable[[Path], None]:
        def copy(destination: Path) -> None:
            destination.write_bytes(b"SQLite format 3\x00")
            raise KeyboardInterrupt  # the person pressed Ctrl+C during the copy

        return copy

    monkeypatch.setattr(backups, "copy_with_backup_api", interrupted)
    with pytest.raises(KeyboardInterrupt):
        open_database(f"sqlite:///{path}", now=DAY_ONE + timedelta(days=1))
    assert len(backup_names(path)) == 1
    assert [p.name for p in backups.backup_folder(path).iterdir() if "partial" in p.name] == []


# Automatic backups


def test_one_automatic_backup_a_day_and_none_of_an_unchanged_file(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    fill(path, 5)  # created today: an empty new file has nothing worth copying yet
    add_contact(path, DAY_ONE, "Bea")  # opening made today's copy
    add_contact(path, DAY_ONE + timedelta(hours=3), "Cy")
    assert len(backup_names(path)) == 1
    add_contact(path, DAY_ONE + timedelta(days=1), "Di")
    assert len(backup_names(path)) == 2
    # Opened on later days without a change since the last copy: nothing new to keep.
    for day in (2, 3):
        open_database(f"sqlite:///{path}", now=DAY_ONE + timedelta(days=day)).close()
    open_database(f"sqlite:///{path}", now=DAY_ONE + timedelta(days=4)).close()
    assert len(backup_names(path)) == 3  # Di's change was copied once, on day 2


def test_only_the_newest_automatic_backups_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    fill(path, 5)
    for day in range(backups.AUTOMATIC_BACKUPS_KEPT + 4):
        add_contact(path, DAY_ONE + timedelta(days=day), f"P{day}")
    kept = backups.list_backups(path)
    assert len(kept) == backups.AUTOMATIC_BACKUPS_KEPT
    newest_day = DAY_ONE + timedelta(days=backups.AUTOMATIC_BACKUPS_KEPT + 3)
    assert kept[0].created.date() == newest_day.date()


def test_a_backup_reads_as_the_database_did(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    fill(path, 300)
    add_contact(path, DAY_ONE)
    info = MaintenanceService(f"sqlite:///{path}").backups()
    assert [(b.kind, b.contacts) for b in info] == [("automatic", 300)]
    # A backup is one self-contained file: reading it creates nothing beside it.
    assert sorted(p.name for p in backups.backup_folder(path).iterdir()) == sorted(
        [info[0].name, "c.sqlite3.state.json"]
    )


# Restore


def test_restore_sets_the_current_file_aside_then_puts_the_backup_back(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    url = f"sqlite:///{path}"
    fill(path, 10)
    add_contact(path, DAY_ONE, "Kept")  # the copy of day one holds 10 contacts
    add_contact(path, DAY_ONE + timedelta(hours=1), "Later")
    service = MaintenanceService(url)
    result = service.restore("latest")
    assert result.restored.contacts == 10
    assert result.set_aside is not None and ".before-restore-" in result.set_aside
    database = open_database(url, now=DAY_ONE + timedelta(hours=2))
    try:
        assert ContactService(database, Clock()).count(ContactQuery()) == 10
    finally:
        database.close()
    # The restore can itself be undone.
    service.restore(result.set_aside)
    database = open_database(url, now=DAY_ONE + timedelta(hours=3))
    try:
        assert ContactService(database, Clock()).count(ContactQuery()) == 12
    finally:
        database.close()


def test_restore_is_refused_while_the_database_is_open(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    url = f"sqlite:///{path}"
    fill(path, 10)
    add_contact(path, DAY_ONE)
    holder = open_database(url, now=DAY_ONE)  # another window on the same file
    try:
        ContactService(holder, Clock()).add(ContactDraft(given="Open", family="Window"))
        before = path.read_bytes()
        with pytest.raises(CrmError, match="open in another Press Contacts window"):
            MaintenanceService(url).restore("latest")
        assert path.read_bytes() == before
        assert [b.kind for b in backups.list_backups(path)] == ["automatic"]
    finally:
        holder.close()


def test_restore_refuses_an_unknown_name_and_a_damaged_backup(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    fill(path, 2000)
    add_contact(path, DAY_ONE)
    service = MaintenanceService(f"sqlite:///{path}")
    with pytest.raises(CrmError, match=r"no backup called 'nope\.bak'"):
        service.restore("nope.bak")
    only = backups.list_backups(path)[0]
    corrupt_middle(only.path)
    with pytest.raises(CrmError, match="cannot be restored: damaged"):
        service.restore(only.name)
    with pytest.raises(CrmError, match="no sound backup"):
        service.restore("latest")


def test_backups_of_a_server_database_are_left_to_the_server(tmp_path: Path) -> None:
    with pytest.raises(CrmError, match="SQLite files only"):
        MaintenanceService("postgresql://crm:secretpw@127.0.0.1:1/crm").backups()


# Damaged files


def test_a_damaged_file_opens_read_only_and_names_the_backup_to_restore(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    fill(path, 3000)
    add_contact(path, DAY_ONE)
    good = backup_names(path)[0]
    corrupt_middle(path)
    database = open_database(f"sqlite:///{path}", now=DAY_ONE + timedelta(days=1))
    try:
        assert database.damage is not None
        assert backup_names(path) == [good]  # a damaged file is never copied as a backup
        contacts = ContactService(database, Clock())
        before = path.read_bytes()
        with pytest.raises(CrmError) as refused:
            contacts.add(ContactDraft(given="Lost", family="Write"))
        assert "damaged" in refused.value.message
        assert good in refused.value.message
        assert "crm-app db restore latest" in refused.value.message
        assert path.read_bytes() == before
    finally:
        database.close()
    assert MaintenanceService(f"sqlite:///{path}").check().ok is False


def test_reading_damaged_pages_is_a_clear_error_not_a_driver_error(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    fill(path, 3000)
    add_contact(path, DAY_ONE)
    pages = path.stat().st_size // 4096
    with path.open("r+b") as handle:  # every fourth page of the middle half
        for page in range(pages // 4, 3 * pages // 4, 4):
            handle.seek(page * 4096)
            handle.write(b"\x5a" * 4096)
    database = open_database(f"sqlite:///{path}", now=DAY_ONE)
    try:
        with pytest.raises(CrmError, match=r"is damaged .*crm-app db restore latest"):
            list(ContactService(database, Clock()).stream(ContactQuery()))
    finally:
        database.close()


def test_a_file_damaged_at_its_schema_cannot_open_and_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    fill(path, 20)
    add_contact(path, DAY_ONE)
    with path.open("r+b") as handle:  # page 1 holds the table of tables
        handle.seek(100)
        handle.write(b"\xff" * 3000)
    with pytest.raises(DatabaseDamagedError, match="crm-app db restore latest"):
        open_database(f"sqlite:///{path}", now=DAY_ONE)


def test_an_unchanged_file_is_not_checked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.sqlite3"
    fill(path, 20)
    open_database(f"sqlite:///{path}", now=DAY_ONE).close()
    checked: list[Path] = []
    real = backups.quick_check
    monkeypatch.setattr(backups, "quick_check", lambda p, **kw: checked.append(p) or real(p, **kw))
    open_database(f"sqlite:///{path}", now=DAY_ONE).close()
    assert checked == []
    with sqlite3.connect(path) as other:  # another program wrote to it while we were closed
        other.execute("UPDATE contacts SET notes = 'x' WHERE id = 1")
    open_database(f"sqlite:///{path}", now=DAY_ONE).close()
    assert checked == [path]


# Foreign and odd files


def test_another_programs_database_is_refused_before_anything_changes(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        other.execute("INSERT INTO moz_places (url) VALUES ('https://www.iom.int')")
    other.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="another program's database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]
    with sqlite3.connect(path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    other.close()


def test_a_read_only_folder_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.sqlite3"
    fill(path, 2)
    real_access = os.access
    monkeypatch.setattr(
        "crm_app.store.database.os.access",
        lambda p, m: False if Path(p) == tmp_path and m & os.W_OK else real_access(p, m),
    )
    with pytest.raises(
        DatabaseOpenError, match=r"folder .* is read-only.*make the folder writable"
    ):
        open_database(f"sqlite:///{path}")
