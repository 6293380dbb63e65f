"""SQLite: a save takes the write lock as it begins; reading never waits for a writer."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from crm_app.domain.errors import CrmError
from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges, ContactDraft
from crm_app.store.database import Database, open_database
from tests.conftest import FakeClock


@pytest.fixture
def shared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Services, Database, Path]]:
    # A short busy timeout: a save behind another program's lock gives up quickly.
    monkeypatch.setattr("crm_app.store.database.SQLITE_BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "shared.sqlite3"
    database = open_database(f"sqlite:///{path}")
    services = Services.build(database, templates_override=tmp_path / "t", clock=FakeClock())
    yield services, database, path
    database.close()


def _other_program(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=0, isolation_level=None)


def test_reads_go_on_while_another_program_saves(
    shared: tuple[Services, Database, Path],
) -> None:
    services, _, path = shared
    ada = services.contacts.add(ContactDraft(given="Ada", family="Lovelace", notes="ours"))
    other = _other_program(path)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE contacts SET notes = 'theirs, not yet saved'")
        # The list, a search, the card, the offices and releases: none waits for that save.
        assert services.contacts.count(ContactQuery()) == 1
        assert [c.notes for c in services.contacts.page(ContactQuery(text="lovelace"))] == ["ours"]
        assert services.contacts.get(ada.id).notes == "ours"
        assert services.offices.all() == []
        assert services.releases.summaries() == []
        with pytest.raises(CrmError, match="busy with someone else's change"):
            services.contacts.edit(ada.id, ContactChanges(notes="mine"))
        other.execute("COMMIT")
    finally:
        other.close()
    assert services.contacts.edit(ada.id, ContactChanges(notes="mine")).notes == "mine"


def test_no_other_save_lands_between_an_edits_read_and_its_write(
    shared: tuple[Services, Database, Path],
) -> None:
    services, database, path = shared
    ada = services.contacts.add(ContactDraft(given="Ada", family="Lovelace"))
    grace = services.contacts.add(ContactDraft(given="Grace", family="Hopper"))
    refused: list[str] = []

    def another_program_saves(*_: Any) -> None:
        # Ada's edit has read her card and is about to write it: Grace's save, by another
        # program, now waits (here: gives up at once) instead of making Ada's edit fail.
        other = _other_program(path)
        try:
            other.execute("UPDATE contacts SET notes = 'theirs' WHERE id = ?", (grace.id,))
        except sqlite3.OperationalError as exc:
            refused.append(str(exc))
        finally:
            other.close()

    event.listen(database.sessions, "before_flush", another_program_saves, once=True)
    edited = services.contacts.edit(ada.id, ContactChanges(notes="mine"))

    assert edited.notes == "mine"
    assert refused == ["database is locked"]
    assert services.contacts.get(ada.id).notes == "mine"
    assert services.contacts.get(grace.id).notes == ""
