"""The contact table model: Qt's model rules, paging through fetchMore, the store's order."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from crm_app.domain.queries import Archive, ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges, ContactDraft
from crm_app.store.database import Database
from crm_app.ui.models.contact_table_model import (
    CONTACT_ID_ROLE,
    FIRST_PAGE,
    PAGE_SIZE,
    SEARCH_COUNT_CAP,
    ContactColumn,
    ContactTableModel,
)
from tests.conftest import FakeClock
from tests.ui.bulk import insert_contacts


def test_the_model_follows_qt_model_rules(
    qtmodeltester: ModelTester, services: Services, sample: None
) -> None:
    model = ContactTableModel(services.contacts)
    model.set_query(ContactQuery())
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.headerData(ContactColumn.PHONE, Qt.Orientation.Horizontal) == "Phone"
    first = model.index(0, ContactColumn.NAME)
    assert first.data() == "Kieran Best"
    assert model.index(0, ContactColumn.OFFICE).data() == "IOM Beijing"
    assert model.index(0, ContactColumn.EMAIL).data() == "kgormanbest@iom.int"
    assert isinstance(first.data(CONTACT_ID_ROLE), int)


def test_office_names_follow_the_language(services: Services, sample: None) -> None:
    model = ContactTableModel(services.contacts, language="fr")
    model.set_query(ContactQuery(text="best"))
    assert model.index(0, ContactColumn.OFFICE).data() == "OIM Pékin"
    assert model.index(0, ContactColumn.TITLE).data() == "Chargé de communication"


def test_rows_load_a_page_at_a_time(
    qtmodeltester: ModelTester,
    database: Database,
    services: Services,
    sample: None,
    clock: FakeClock,
) -> None:
    insert_contacts(database, 2_500, services.offices.all(), clock.now())
    model = ContactTableModel(services.contacts)
    model.set_query(ContactQuery())
    assert model.total == 2_505
    assert model.rowCount() == FIRST_PAGE  # only the first screens are read
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == FIRST_PAGE + PAGE_SIZE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2_505
    ids = [model.index(row, 0).data(CONTACT_ID_ROLE) for row in range(model.rowCount())]
    assert len(set(ids)) == len(ids)  # no page overlaps the next
    model.set_query(ContactQuery(text="example.org"))
    qtmodeltester.check(model)


def test_search_and_sort_are_the_store_s(services: Services, sample: None) -> None:
    model = ContactTableModel(services.contacts)
    model.set_query(ContactQuery(text="iom.int"))
    ascending = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert ascending == [
        "Kieran Best",
        "Nadia Haddad",
        "Daniel Mwangi",
        "Amélie Ndiaye",
        "Carmen Ruiz Ortega",
    ]
    model.sort(ContactColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert model.query.descending
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ascending[::-1]
    model.set_query(ContactQuery(text="nobody-at-all"))
    assert (model.rowCount(), model.total, model.canFetchMore(QModelIndex())) == (0, 0, False)


def test_deleted_contacts_show_in_the_archive_as_deleted(services: Services, sample: None) -> None:
    (kieran,) = services.contacts.page(ContactQuery(text="kieran"))
    services.contacts.delete(kieran.id)
    model = ContactTableModel(services.contacts)
    model.set_query(ContactQuery(archive=Archive.ARCHIVED))
    assert model.index(0, 0).data() == "Kieran Best (deleted)"
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert model.row_of(kieran.id) == 0


def test_a_search_counts_up_to_its_cap_and_still_scrolls_to_the_last_match(
    database: Database, services: Services, sample: None, clock: FakeClock
) -> None:
    insert_contacts(database, 2_500, services.offices.all(), clock.now())
    model = ContactTableModel(services.contacts)
    model.set_query(ContactQuery(text="example.org"))  # every generated contact
    assert (model.total, model.more) == (SEARCH_COUNT_CAP, True)  # shown as "1,000+"
    assert model.rowCount() == FIRST_PAGE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert (model.rowCount(), model.total, model.more) == (2_500, 2_500, False)
    model.set_query(ContactQuery(text="pekin"))  # under the cap: an exact count
    assert (model.total, model.more) == (services.contacts.count(ContactQuery(text="pekin")), False)
    model.set_query(ContactQuery())  # the whole list is always counted exactly
    assert (model.total, model.more) == (2_505, False)


def _listed(model: ContactTableModel) -> list[int]:
    return [model.contact_id_at(row) for row in range(model.rowCount())]


def _fetch_all(model: ContactTableModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_changes_around_the_end_of_the_loaded_rows_keep_the_list_whole(
    qtmodeltester: ModelTester,
    database: Database,
    services: Services,
    sample: None,
    clock: FakeClock,
) -> None:
    insert_contacts(database, 600, services.offices.all(), clock.now())
    model = ContactTableModel(services.contacts, page_size=50)
    model.set_query(ContactQuery())
    query = model.query

    # A namesake of the last loaded row comes just after it.
    given, family = model.contact_at(49).name.split(" ")
    twin = services.contacts.add(ContactDraft(given, family), force=True).id
    assert model.contact_changed(twin) == 50
    # The one before it moves to the top.
    moved = model.contact_id_at(49)
    services.contacts.edit(moved, ContactChanges(family="Aaberg"))
    assert model.contact_changed(moved) == 0
    # A contact deleted among the rows not loaded yet changes the count, not the rows.
    hidden = services.contacts.ids(query)[-3]
    services.contacts.delete(hidden)
    assert model.contact_changed(hidden) is None
    assert (model.rowCount(), model.total) == (51, services.contacts.count(query))
    assert _listed(model) == services.contacts.ids(query)[:51]
    # A row moves past the loaded rows: they are read down to it.
    moved = model.contact_id_at(25)
    services.contacts.edit(moved, ContactChanges(family="Zwane"))
    row = model.contact_changed(moved)
    assert row == model.rowCount() - 1 and model.contact_id_at(row) == moved
    # A new contact past them all.
    late = services.contacts.add(ContactDraft("Zoe", "Zyx")).id
    assert model.contact_changed(late) == model.rowCount() - 1

    _fetch_all(model)
    assert _listed(model) == services.contacts.ids(query)
    assert model.rowCount() == model.total == 606
    qtmodeltester.check(model)


def test_rows_move_by_qt_s_rules(
    qtmodeltester: ModelTester, services: Services, sample: None
) -> None:
    model = ContactTableModel(services.contacts)
    model.set_query(ContactQuery())
    qtmodeltester.check(model)  # and every signal from here on
    first, last = model.contact_id_at(0), model.contact_id_at(4)
    services.contacts.edit(first, ContactChanges(family="Zwane"))
    assert model.contact_changed(first) == 4
    services.contacts.edit(last, ContactChanges(family="Aaberg"))
    assert model.contact_changed(last) == 0
    services.contacts.delete(first)
    assert model.contact_changed(first) is None
    services.contacts.restore(first)
    assert model.contact_changed(first) == 4
    assert _listed(model) == services.contacts.ids(ContactQuery())


def test_a_search_s_rows_follow_a_change_past_its_count_cap(
    database: Database, services: Services, sample: None, clock: FakeClock
) -> None:
    insert_contacts(database, 1_500, services.offices.all(), clock.now())
    model = ContactTableModel(services.contacts)
    query = ContactQuery(text="example.org")
    model.set_query(query)
    assert (model.total, model.more) == (SEARCH_COUNT_CAP, True)
    first = model.contact_id_at(0)
    services.contacts.delete(first)
    assert model.contact_changed(first) is None
    assert model.more  # still "1,000+"
    _fetch_all(model)
    assert _listed(model) == services.contacts.ids(query)
    assert (model.total, model.more) == (1_499, False)


def test_the_rows_kept_in_memory_stay_few_however_far_the_list_scrolls(
    database: Database, services: Services, sample: None, clock: FakeClock
) -> None:
    insert_contacts(database, 2_500, services.offices.all(), clock.now())
    model = ContactTableModel(services.contacts, row_cache_size=300)
    model.set_query(ContactQuery())
    _fetch_all(model)
    shown = [model.index(row, ContactColumn.NAME).data() for row in range(model.rowCount())]
    assert model.cached_rows <= 300
    # Rows read again after they left the cache show the same thing.
    assert [model.index(row, ContactColumn.NAME).data() for row in range(40)] == shown[:40]
    assert model.cached_rows <= 300
    items = services.contacts.list_items(services.contacts.ids(ContactQuery()))
    assert shown == [item.name for item in items]
