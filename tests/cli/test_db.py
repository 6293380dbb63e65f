"""`crm-app db`, and what every command does with a damaged, foreign or empty --db."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from crm_app.services.common import Clock
from crm_app.services.drafts import OfficeDraft
from crm_app.services.offices import OfficeService
from crm_app.store.database import open_database
from tests.cli.conftest import Run
from tests.store.test_backups import corrupt_middle
from tests.ui.bulk import insert_contacts


def make_book(path: Path, count: int) -> None:
    database = open_database(f"sqlite:///{path}")
    try:
        office = OfficeService(database, Clock()).add(
            OfficeDraft(names={"en": "IOM Beijing"}, country="CN", switchboard="+86 10 5979 9600")
        )
        insert_contacts(database, count, [office], datetime(2026, 11, 27))
    finally:
        database.close()


@pytest.fixture
def book(tmp_path: Path, run: Run) -> Path:
    """The default database of the `run` fixture, with 3,000 contacts and one backup."""
    path = tmp_path / "data" / "press-contacts.sqlite3"
    path.parent.mkdir()
    make_book(path, 3000)
    assert run("contact", "list", "--search", "Best0").code == 0  # opening made the backup
    return path


def crm(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crm_app", "--data-dir", str(tmp_path / "data"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_backups_check_and_restore_from_the_command_line(book: Path, run: Run) -> None:
    listed = run("db", "backups", "--json")
    assert listed.code == 0, listed.err
    [backup] = listed.json()
    assert backup["kind"] == "automatic" and backup["contacts"] == 3000
    assert backup["name"].startswith("press-contacts.sqlite3.auto-")

    assert run("contact", "add", "--given", "Ada", "--family", "Lovelace").code == 0
    checked = run("db", "check", "--json")
    assert checked.code == 0, checked.err
    report = checked.json()
    assert report["engine"] == "sqlite"
    assert report["file"] == str(book)
    assert report["revision"] == report["head"]
    assert report["integrity"] == "ok"

    restored = run("db", "restore", backup["name"])
    assert restored.code == 0, restored.err
    assert "before-restore" in restored.out
    assert run("contact", "list", "--search", "Lovelace").out == ""  # back to the backup
    names = [b["name"] for b in run("db", "backups", "--json").json()]
    assert len(names) == 2 and ".before-restore-" in names[0]

    missing = run("db", "restore", "press-contacts.sqlite3.auto-19990101T000000Z.bak")
    assert missing.code == 1
    assert "no backup called" in missing.err


def test_a_damaged_file_lists_what_it_can_refuses_changes_and_is_restored(
    book: Path, tmp_path: Path
) -> None:
    corrupt_middle(book)
    listed = crm(tmp_path, "contact", "list")
    # What can be read is listed; reaching a damaged page ends the list with status 1.
    assert listed.returncode in (0, 1)
    assert "Traceback" not in listed.stderr
    assert "is damaged" in listed.stderr and "crm-app db restore latest" in listed.stderr

    before = book.read_bytes()
    added = crm(tmp_path, "contact", "add", "--given", "Lost", "--family", "Write")
    assert added.returncode == 1
    assert "Traceback" not in added.stderr
    assert "changes are refused" in added.stderr
    assert "press-contacts.sqlite3.auto-" in added.stderr  # the latest good backup, by name
    assert book.read_bytes() == before

    checked = crm(tmp_path, "db", "check")
    assert checked.returncode == 1
    assert "integrity: ok" not in checked.stdout

    restored = crm(tmp_path, "db", "restore", "latest")
    assert restored.returncode == 0, restored.stderr
    assert crm(tmp_path, "db", "check").returncode == 0
    assert len(crm(tmp_path, "contact", "list").stdout.splitlines()) == 3000


def test_restore_is_refused_while_another_connection_holds_the_file(book: Path, run: Run) -> None:
    holder = sqlite3.connect(book)
    try:
        holder.execute("SELECT count(*) FROM contacts").fetchone()
        refused = run("db", "restore", "latest")
    finally:
        holder.close()
    assert refused.code == 1
    assert "open in another Press Contacts window or command" in refused.err


def test_another_programs_file_is_refused_and_left_byte_for_byte(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "firefox-cookies.sqlite"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, name TEXT)")
        other.execute("INSERT INTO moz_cookies (name) VALUES ('session')")
    other.close()
    before = path.read_bytes()
    result = run("--db", f"sqlite:///{path}", "contact", "list")
    assert result.code == 1
    assert "another program's database" in result.err
    assert path.read_bytes() == before
    # Nothing beside it (no journal, no backup); the data folder holds only the log.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == [
        "firefox-cookies.sqlite"
    ]
    with sqlite3.connect(path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    other.close()


def test_an_empty_db_option_is_refused(tmp_path: Path, run: Run) -> None:
    result = run("--db", "", "contact", "list")
    assert result.code == 1
    assert "--db: is empty" in result.err
    assert not (tmp_path / "data" / "press-contacts.sqlite3").exists()


def test_an_empty_db_environment_variable_means_unset(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRM_DB_URL", "")
    result = run("contact", "list")
    assert result.code == 0, result.err
    assert (tmp_path / "data" / "press-contacts.sqlite3").exists()
