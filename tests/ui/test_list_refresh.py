"""Reading the contact list again after others changed it: only rows that went or came (or
moved) change, so the rest keep their selection."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from pytestqt.modeltest import ModelTester

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges, ContactDraft
from crm_app.store.database import Database
from crm_app.ui.models import contact_table_model
from crm_app.ui.models.contact_table_model import (
    CONTACT_ID_ROLE,
    PAGE_SIZE,
    ContactTableModel,
    plan_rows,
    read_fresh,
)
from tests.conftest import FakeClock
from tests.ui.bulk import insert_contacts

_IDS = st.lists(st.integers(1, 60), unique=True, max_size=40)


def _apply(old: list[int], new: list[int]) -> tuple[list[int], set[int]]:
    """The rows after following the plan, and the ids it took out."""
    removed, inserted = plan_rows(old, new)
    rows = list(old)
    taken: set[int] = set()
    for first, count in removed:
        taken.update(rows[first : first + count])
        del rows[first : first + count]
    for row, ids in inserted:
        rows[row:row] = ids
    return rows, taken


def _longest_in_order(old: list[int], new: list[int]) -> int:
    """How many common ids can stay where they are (longest common subsequence)."""
    lengths = [[0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            lengths[i + 1][j + 1] = (
                lengths[i][j] + 1 if a == b else max(lengths[i][j + 1], lengths[i + 1][j])
            )
    return lengths[-1][-1]


@given(_IDS, _IDS)
def test_a_plan_turns_the_old_rows_into_the_new_touching_as_few_as_it_can(
    old: list[int], new: list[int]
) -> None:
    rows, taken = _apply(old, new)
    assert rows == new
    assert len(old) - len(taken) == _longest_in_order(old, new)


def test_the_same_rows_need_no_change() -> None:
    assert plan_rows([3, 1, 2], [3, 1, 2]) == ([], [])


def _ids(model: ContactTableModel) -> list[int]:
    return [model.index(row, 0).data(CONTACT_ID_ROLE) for row in range(model.rowCount())]


def test_a_refresh_shows_what_others_changed_and_keeps_the_rows_that_stayed(
    qtmodeltester: ModelTester, services: Services, database: Database, clock: FakeClock
) -> None:
    insert_contacts(database, 3 * PAGE_SIZE, services.offices.all(), clock.now())
    model = ContactTableModel(services.contacts)
    model.set_query(ContactQuery())
    loaded = _ids(model)
    kept = QPersistentModelIndex(model.index(50, 0))
    kept_id = loaded[50]
    snapshot = model.snapshot()

    # Elsewhere: one added at the top, one deleted, one renamed to the end of the list,
    # one of those not loaded yet renamed into the loaded rows.
    beyond = services.contacts.ids(ContactQuery())[-1]
    assert beyond not in loaded
    first = services.contacts.add(ContactDraft(given="Aaron", family="Aardvark")).id
    services.contacts.delete(loaded[10])
    services.contacts.edit(loaded[20], ContactChanges(family="Zzyzx"))
    services.contacts.edit(beyond, ContactChanges(family="Aab"))

    refresh = read_fresh(services.contacts, snapshot)
    assert not refresh.reset
    assert model.apply_refresh(refresh)

    fresh = ContactTableModel(services.contacts, page_size=PAGE_SIZE)
    fresh.set_query(ContactQuery())
    while fresh.canFetchMore(QModelIndex()) and fresh.rowCount() < model.rowCount():
        fresh.fetchMore(QModelIndex())
    assert _ids(model) == _ids(fresh)[: model.rowCount()]
    assert _ids(model)[:2] == [beyond, first]  # "Aab" sorts before "Aardvark"
    assert loaded[10] not in _ids(model) and loaded[20] not in _ids(model)
    assert model.total == 3 * PAGE_SIZE  # one added, one deleted
    assert kept.isValid() and kept.data(CONTACT_ID_ROLE) == kept_id
    qtmodeltester.check(model)
    # The rest of the list still loads page by page after the last row read.
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert sorted(_ids(model)) == sorted(services.contacts.ids(ContactQuery()))


def test_a_refresh_read_before_the_rows_changed_is_not_applied(
    services: Services, sample: None
) -> None:
    model = ContactTableModel(services.contacts)
    model.set_query(ContactQuery())
    snapshot = model.snapshot()
    services.contacts.add(ContactDraft(given="Aaron", family="Aardvark"))
    refresh = read_fresh(services.contacts, snapshot)
    model.set_query(ContactQuery(text="best"))  # the person searched meanwhile

    assert not model.apply_refresh(refresh)
    assert model.rowCount() == 1


def test_a_refresh_with_too_many_changes_resets_the_list_to_what_is_stored(
    services: Services, sample: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contact_table_model, "RESET_ABOVE", 1)
    model = ContactTableModel(services.contacts)
    model.set_query(ContactQuery())
    snapshot = model.snapshot()
    services.contacts.add(ContactDraft(given="Aaron", family="Aardvark"))
    services.contacts.delete(_ids(model)[-1])

    refresh = read_fresh(services.contacts, snapshot)
    assert refresh.reset
    assert model.apply_refresh(refresh)

    assert _ids(model) == services.contacts.ids(ContactQuery())
    assert model.total == model.rowCount() == 5
