"""The contact list: a table over Contact records, read a page at a time.

The model knows how many contacts match (one COUNT) and holds only the pages the view has
asked for through canFetchMore/fetchMore, so 100,000 contacts cost one page of records.
Searching, filtering and sorting go into the ContactQuery and are done by the store.

The loaded rows are always the first rows of the result, in order. When one contact
changes, `contact_changed` asks the store where it stands now and updates, moves, inserts
or removes that one row, so the view keeps its scroll position and its selection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from operator import attrgetter

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from crm_app.domain.queries import ContactQuery, ContactSort
from crm_app.domain.records import Contact, Phone
from crm_app.services.contacts import ContactService

PAGE_SIZE = 200
# A search counts its matches up to here and says "1,000+" past it: an exact count of a term
# that 100,000 contacts hold reads them all on every keystroke. The list still scrolls to
# the last match; the whole list (no search text) is always counted exactly.
SEARCH_COUNT_CAP = 1_000
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_ModelIndex = QModelIndex | QPersistentModelIndex


class ContactColumn(IntEnum):
    NAME = 0
    OFFICE = 1
    TITLE = 2
    PHONE = 3
    EMAIL = 4


def _header(column: ContactColumn) -> str:
    headers = {
        ContactColumn.NAME: QCoreApplication.translate("ContactTableModel", "Name"),
        ContactColumn.OFFICE: QCoreApplication.translate("ContactTableModel", "Office"),
        ContactColumn.TITLE: QCoreApplication.translate("ContactTableModel", "Job title"),
        ContactColumn.PHONE: QCoreApplication.translate("ContactTableModel", "Phone"),
        ContactColumn.EMAIL: QCoreApplication.translate("ContactTableModel", "E-mail"),
    }
    return headers[column]


class ContactTableModel(QAbstractTableModel):
    def __init__(
        self,
        contacts: ContactService,
        language: str = "en",
        phone_text: Callable[[Phone], str] = attrgetter("raw"),
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._language = language
        self._phone_text = phone_text
        self._page_size = page_size
        self._query = ContactQuery()
        self._rows: list[Contact] = []
        self._row_of_id: dict[int, int] = {}
        self._total = 0
        self._more = False  # True while _total is only a lower bound (a capped count)
        self._warning_icon: QIcon | None = None

    # Query

    @property
    def query(self) -> ContactQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many contacts match the query, loaded or not; while `more` is set, at least
        this many."""
        return self._total

    @property
    def more(self) -> bool:
        """Whether more than `total` contacts may match: the count stopped at its cap."""
        return self._more

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_query(self, query: ContactQuery) -> None:
        """Count what matches and load the first page; the view asks for more as it scrolls."""
        self.beginResetModel()
        self._query = query
        cap = SEARCH_COUNT_CAP if query.text.strip() else None
        self._total = self._contacts.count(query, cap)
        self._more = cap is not None and self._total > cap
        if self._more:
            self._total = SEARCH_COUNT_CAP
        self._rows = []
        self._row_of_id = {}
        if self._total:
            self._append(self._contacts.page(query, 0, self._page_size))
        self.endResetModel()

    def refresh(self) -> None:
        """Read the same query again, after a change."""
        self.set_query(self._query)

    def contact_changed(self, contact_id: int) -> int | None:
        """One contact was added, edited, deleted or restored: follow it without a reset.

        Returns its row afterwards (loading pages down to it when it moved past what is
        loaded), or None when the query no longer matches it.
        """
        place = self._contacts.place(self._query, contact_id)
        self._more = False  # place.total is an exact count
        old = self._row_of_id.get(contact_id)
        new = place.position
        if place.contact is None or new is None:
            if old is not None:
                self._remove(old)
            self._total = max(place.total, len(self._rows))
            return None
        if old is not None and old == new:
            # The same place: repaint one row, nothing moves.
            self._rows[old] = place.contact
            self._total = max(place.total, len(self._rows))
            self.dataChanged.emit(self.index(old, 0), self.index(old, len(ContactColumn) - 1))
            return old
        if old is not None:
            self._remove(old)
        self._total = max(place.total, len(self._rows))
        if new <= len(self._rows):
            # Within (or just after) the loaded rows: the loaded part stays the list's start.
            self.beginInsertRows(QModelIndex(), new, new)
            self._rows.insert(new, place.contact)
            self._reindex(new)
            self.endInsertRows()
            self._total = max(self._total, len(self._rows))
            return new
        while len(self._rows) <= new and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return self._row_of_id.get(contact_id)

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._row_of_id[self._rows.pop(row).id]
        self._reindex(row)
        self.endRemoveRows()

    def _reindex(self, start: int) -> None:
        for row in range(start, len(self._rows)):
            self._row_of_id[self._rows[row].id] = row

    # Rows

    def contact_at(self, row: int) -> Contact:
        return self._rows[row]

    def row_of(self, contact_id: int) -> int | None:
        """The row of a loaded contact, or None when it is not (yet) loaded."""
        return self._row_of_id.get(contact_id)

    def _append(self, contacts: list[Contact]) -> None:
        start = len(self._rows)
        self._rows.extend(contacts)
        for offset, contact in enumerate(contacts):
            self._row_of_id[contact.id] = start + offset

    # QAbstractItemModel

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(ContactColumn)

    def canFetchMore(self, parent: _ModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and (len(self._rows) < self._total or self._more)

    def fetchMore(self, parent: _ModelIndex) -> None:  # noqa: N802
        if parent.isValid():
            return
        start = len(self._rows)
        page = self._contacts.page(self._query, start, self._page_size)
        if not page:
            # Someone deleted contacts since the count (or a capped count ended here).
            self._total = start
            self._more = False
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._append(page)
        self.endInsertRows()
        if self._more and len(page) < self._page_size:
            self._more = False  # the last page: now the count is exact
            self._total = len(self._rows)
        self._total = max(self._total, len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The store sorts by name (family, then given name) through an index; other columns
        # would need a Python sort over every row, which 100,000 contacts cannot afford.
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self._query, sort=ContactSort.NAME, descending=descending)
        if query != self._query:
            self.set_query(query)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(ContactColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(ContactColumn(section))
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact = self._rows[index.row()]
        column = ContactColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(contact, column)
        if role == CONTACT_ID_ROLE:
            return contact.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(contact, column)
        if role == Qt.ItemDataRole.DecorationRole and column == ContactColumn.PHONE:
            if contact.phones and not contact.phones[0].valid:
                return self._warning()
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (contact.deleted or not contact.active):
            # Retired contacts read as secondary, in whatever palette the system uses.
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and contact.deleted:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, contact: Contact, column: ContactColumn) -> str:
        if column == ContactColumn.NAME:
            name = contact.display_name
            if contact.deleted:
                return QCoreApplication.translate("ContactTableModel", "{name} (deleted)").format(
                    name=name
                )
            if not contact.active:
                return QCoreApplication.translate("ContactTableModel", "{name} (left)").format(
                    name=name
                )
            return name
        if column == ContactColumn.OFFICE:
            return contact.office.name(self._language) if contact.office is not None else ""
        if column == ContactColumn.TITLE:
            return contact.title(self._language)
        if column == ContactColumn.PHONE:
            return self._phone_text(contact.phones[0]) if contact.phones else ""
        return contact.emails[0].address if contact.emails else ""

    def _tooltip(self, contact: Contact, column: ContactColumn) -> str | None:
        if column == ContactColumn.PHONE and contact.phones:
            lines = [self._phone_text(phone) for phone in contact.phones]
            if not contact.phones[0].valid:
                lines.append(
                    QCoreApplication.translate(
                        "ContactTableModel", "The first number was kept as typed: it looks invalid."
                    )
                )
            return "\n".join(lines)
        if column == ContactColumn.EMAIL and len(contact.emails) > 1:
            return "\n".join(email.address for email in contact.emails)
        return None

    def _warning(self) -> QIcon:
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        return self._warning_icon
