"""The contact table model: Qt's model rules, paging through fetchMore, the store's order."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from crm_app.domain.queries import Archive, ContactQuery
from crm_app.services.container import Services
from crm_app.store.database import Database
from crm_app.ui.models.contact_table_model import (
    CONTACT_ID_ROLE,
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
    assert model.rowCount() == PAGE_SIZE  # only the first page is read
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
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
    assert model.rowCount() == PAGE_SIZE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert (model.rowCount(), model.total, model.more) == (2_500, 2_500, False)
    model.set_query(ContactQuery(text="pekin"))  # under the cap: an exact count
    assert (model.total, model.more) == (services.contacts.count(ContactQuery(text="pekin")), False)
    model.set_query(ContactQuery())  # the whole list is always counted exactly
    assert (model.total, model.more) == (2_505, False)
