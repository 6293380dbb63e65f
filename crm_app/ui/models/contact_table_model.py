"""The contact list: the ids of its rows in order, and a bounded cache of what rows show.

The model knows how many contacts match (one COUNT) and holds the ids of the rows the view
has asked for through canFetchMore/fetchMore, a page at a time. A page is read by seeking
after the key of the last row read, so it costs the same deep in the list as at its top.
What a row shows is a light ContactListItem, read in a batch around the first row a paint
asks for and kept in a bounded cache: a scrolled list of 100,000 costs 100,000 ids and a
few thousand items. Searching, filtering and sorting go into the ContactQuery and are done
by the store.

The loaded rows are always the first rows of the result, in order. When one contact
changes, `contact_changed` asks the store which contact now comes just before it and
updates, moves, inserts or removes that one row, so the view keeps its scroll position and
its selection.

When others changed an unknown number of contacts (an import elsewhere, a SQLite file
that says only that it changed), `read_fresh` reads the ids of the loaded extent again
(in a worker) and works out which rows went and came; `apply_refresh` then removes and
inserts only those, so rows that stayed keep their selection.
"""

from __future__ import annotations

import logging
import sys
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
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

from crm_app.domain.errors import CrmError, NotFoundError
from crm_app.domain.queries import ContactQuery, ContactSort, ListKey
from crm_app.domain.records import Contact, ContactListItem, Phone
from crm_app.services.contacts import ContactService

log = logging.getLogger(__name__)

PAGE_SIZE = 200
# A search counts its matches up to here and says "1,000+" past it: an exact count of a term
# that 100,000 contacts hold reads them all on every keystroke. The list still scrolls to
# the last match; the whole list (no search text) is always counted exactly.
SEARCH_COUNT_CAP = 1_000
# Rows whose items are kept: many screens' worth, a few hundred kilobytes.
ROW_CACHE_SIZE = 3_000
# A paint asks for rows from the top of the screen down, mostly while scrolling down: a
# batch reaches further ahead than behind.
BATCH_BEHIND = 40
BATCH_AHEAD = 120
# What a search reads of its rows at once: a tall window's first screen.
FIRST_ROWS = 50
# The ids a new query reads at once: a screenful and some. Where a search walks the list
# testing each row, the rows tested grow with this; scrolling reads on in PAGE_SIZE pages.
FIRST_PAGE = 2 * FIRST_ROWS
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# A refresh that removes and inserts more rows than this is shown as one reset.
RESET_ABOVE = 2_000

_ModelIndex = QModelIndex | QPersistentModelIndex
_ITEM_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    }
)


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


def _find(ids: array[int], value: int) -> int | None:
    """Where `value` is in `ids`: a byte search, several times faster than array.index
    (which makes an int object of every element it passes)."""
    data = ids.tobytes()
    needle = value.to_bytes(ids.itemsize, sys.byteorder, signed=True)
    start = 0
    while (found := data.find(needle, start)) >= 0:
        if found % ids.itemsize == 0:
            return found // ids.itemsize
        start = found + 1
    return None


@dataclass(frozen=True, slots=True)
class ListSnapshot:
    """What a list holds, for a worker to read afresh: its query, its loaded ids, down to
    which key, and whether those are all the matches."""

    query: ContactQuery
    generation: int
    ids: array[int]
    cursor: ListKey | None
    complete: bool
    page_size: int


@dataclass(frozen=True, slots=True)
class ListRefresh:
    """The rows a list should hold now, and how to get there from what it held.

    `removed` are (first row, count) in the old rows, bottom first; `inserted` are (row,
    ids) in the new rows, top first. With `reset`, the change is too big for that.
    """

    generation: int
    ids: array[int]
    cursor: ListKey | None
    total: int
    more: bool
    removed: tuple[tuple[int, int], ...] = ()
    inserted: tuple[tuple[int, tuple[int, ...]], ...] = ()
    reset: bool = False

    @property
    def changes_rows(self) -> bool:
        return self.reset or bool(self.removed or self.inserted)


def _out_of_order(old: Sequence[int], new: Sequence[int]) -> set[int]:
    """The fewest of `old`'s ids to take out so that the rest are in `new`'s order (both
    hold the same ids): those outside a longest increasing run of their new places."""
    place = {contact_id: position for position, contact_id in enumerate(new)}
    tails: list[int] = []  # the smallest last new place of an increasing run of each length
    tail_at: list[int] = []  # where in `old` that run ends
    previous = [-1] * len(old)
    for index, contact_id in enumerate(old):
        value = place[contact_id]
        length = bisect_left(tails, value)
        if length:
            previous[index] = tail_at[length - 1]
        if length == len(tails):
            tails.append(value)
            tail_at.append(index)
        else:
            tails[length] = value
            tail_at[length] = index
    kept: set[int] = set()
    index = tail_at[-1] if tail_at else -1
    while index >= 0:
        kept.add(index)
        index = previous[index]
    return {contact_id for index, contact_id in enumerate(old) if index not in kept}


def plan_rows(
    old: Sequence[int], new: Sequence[int]
) -> tuple[list[tuple[int, int]], list[tuple[int, tuple[int, ...]]]]:
    """How to turn the rows `old` into `new`: (first, count) ranges to remove, bottom first,
    then (row, ids) runs to insert, top first. Rows that stay in order are left alone; a
    row whose place changed is removed and inserted again."""
    if old == new:
        return [], []
    new_set, old_set = set(new), set(old)
    common_old = [contact_id for contact_id in old if contact_id in new_set]
    common_new = [contact_id for contact_id in new if contact_id in old_set]
    moved = _out_of_order(common_old, common_new) if common_old != common_new else set()
    removed: list[tuple[int, int]] = []
    for row, contact_id in enumerate(old):
        if contact_id in new_set and contact_id not in moved:
            continue
        if removed and removed[-1][0] + removed[-1][1] == row:
            removed[-1] = (removed[-1][0], removed[-1][1] + 1)
        else:
            removed.append((row, 1))
    kept = [c for c in common_old if c not in moved] if moved else common_old
    inserted: list[tuple[int, tuple[int, ...]]] = []
    run: list[int] = []
    next_kept = 0
    for row, contact_id in enumerate(new):
        if next_kept < len(kept) and kept[next_kept] == contact_id:
            next_kept += 1
            if run:
                inserted.append((row - len(run), tuple(run)))
                run = []
        else:
            run.append(contact_id)
    if run:
        inserted.append((len(new) - len(run), tuple(run)))
    removed.reverse()
    return removed, inserted


def read_fresh(contacts: ContactService, snapshot: ListSnapshot) -> ListRefresh:
    """The same extent of the list read again, and how to get there (for a worker)."""
    query = snapshot.query
    if snapshot.complete or snapshot.cursor is None:
        # Everything was loaded: as many again, and a page more for those added meanwhile.
        page = contacts.id_page(query, None, len(snapshot.ids) + snapshot.page_size)
    else:
        page = contacts.id_page(query, None, None, through=snapshot.cursor)
    cap = SEARCH_COUNT_CAP if query.text.strip() else None
    counted = contacts.count(query, cap)
    more = cap is not None and counted > cap
    total = max(SEARCH_COUNT_CAP if more else counted, len(page.ids))
    ids = array("q", page.ids)
    removed, inserted = plan_rows(snapshot.ids, ids)
    cursor = page.last if page.ids else None
    changed = sum(count for _, count in removed) + sum(len(run) for _, run in inserted)
    if changed > RESET_ABOVE:
        return ListRefresh(snapshot.generation, ids, cursor, total, more, reset=True)
    return ListRefresh(
        snapshot.generation, ids, cursor, total, more, tuple(removed), tuple(inserted)
    )


class ContactTableModel(QAbstractTableModel):
    def __init__(
        self,
        contacts: ContactService,
        language: str = "en",
        phone_text: Callable[[Phone], str] = attrgetter("raw"),
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
        row_cache_size: int = ROW_CACHE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._language = language
        self._phone_text = phone_text
        self._page_size = page_size
        self._cache_size = max(row_cache_size, BATCH_BEHIND + BATCH_AHEAD)
        self._query = ContactQuery()
        self._ids: array[int] = array("q")
        # Every loaded row is at or before this key, every matching row not loaded after it.
        self._cursor: ListKey | None = None
        self._items: OrderedDict[int, ContactListItem] = OrderedDict()  # least recent first
        self._tip: Contact | None = None  # the whole record a tooltip read last
        self._total = 0
        self._more = False  # True while _total is only a lower bound (a capped count)
        self._changing = False
        self._warning_icon: QIcon | None = None
        # Moves on with every change of the rows: a refresh read before it is stale.
        self._generation = 0

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

    @property
    def cached_rows(self) -> int:
        """How many rows' items are kept in memory; never more than the cache's size."""
        return len(self._items)

    def set_query(self, query: ContactQuery) -> None:
        """Count what matches and load the first page; the view asks for more as it scrolls."""
        self.beginResetModel()
        self._generation += 1
        self._query = query
        self._ids = array("q")
        self._cursor = None
        self._items.clear()
        self._tip = None
        cap = self._cap()
        # The first rows are read now rather than in the first paint.
        first = min(FIRST_PAGE, self._page_size)
        start = self._contacts.list_start(query, cap, first, FIRST_ROWS)
        self._ids = array("q", start.page.ids)
        self._cursor = start.page.last
        self._set_total(start.total, cap)
        for item in start.items:
            self._remember(item)
        self.endResetModel()

    def refresh(self) -> None:
        """Read the same query again, after a change."""
        self.set_query(self._query)

    def _cap(self) -> int | None:
        return SEARCH_COUNT_CAP if self._query.text.strip() else None

    def _count(self) -> None:
        cap = self._cap()
        self._set_total(self._contacts.count(self._query, cap), cap)

    def _set_total(self, total: int, cap: int | None) -> None:
        self._more = cap is not None and total > cap
        self._total = max(SEARCH_COUNT_CAP if self._more else total, len(self._ids))

    def contact_changed(self, contact_id: int) -> int | None:
        """One contact was added, edited, deleted or restored: follow it without a reset.

        Returns its row afterwards (loading the rows down to it when it moved past what is
        loaded), or None when the query no longer matches it.
        """
        place = self._contacts.list_place(self._query, contact_id, self._cursor)
        self._items.pop(contact_id, None)
        self._tip = None
        old = self.row_of(contact_id)
        # Every matching row is loaded: one not among them did not match before.
        complete = not self.canFetchMore(QModelIndex())
        if place.item is None or place.key is None:
            if old is not None:
                self._remove(old)
                if not self._more:
                    self._total = max(self._total - 1, len(self._ids))
            elif not complete:
                self._count()  # it may have been among the rows not read yet
            return None
        self._remember(place.item)
        after = -1 if place.previous_id is None else self.row_of(place.previous_id)
        if after is None:
            if place.within:
                return self._read_again(contact_id)
            return self._load_down_to(contact_id, place.key, old, complete)
        new = after + 1
        if old is not None and old < new:
            new -= 1  # the rows below its old place move up once it leaves it
        rows = len(self._ids) - (old is not None)
        if not place.within and new < rows:
            return self._read_again(contact_id)
        cursor = None if place.within else place.key  # past the cursor: the last row now
        if old is None:
            self._insert(new, [contact_id], cursor)
            if complete:
                self._total += 1
            else:
                self._count()
        elif old == new:
            # The same place: repaint one row, nothing moves.
            self._cursor = cursor or self._cursor
            self.dataChanged.emit(self.index(old, 0), self.index(old, len(ContactColumn) - 1))
        else:
            self._move(old, new, cursor)
        self._total = max(self._total, len(self._ids))
        return new

    def _load_down_to(
        self, contact_id: int, key: ListKey, old: int | None, complete: bool
    ) -> int | None:
        """Follow a contact that now lies past the loaded rows: load the rows down to it."""
        page = self._contacts.id_page(self._query, self._cursor, None, through=key)
        if not page.ids or page.ids[-1] != contact_id:
            return self._read_again(contact_id)
        if old is None:
            self._insert(len(self._ids), page.ids, page.last)
            if complete:
                self._total += 1
            else:
                self._count()
        else:
            # Still at its old row, it is within the rows read down to its new key.
            if page.ids[:-1]:
                self._insert(len(self._ids), page.ids[:-1], page.last)
            self._cursor = page.last
            if old != len(self._ids) - 1:
                self._move(old, len(self._ids) - 1, None)
        self._total = max(self._total, len(self._ids))
        return len(self._ids) - 1

    # Changes made elsewhere

    def snapshot(self) -> ListSnapshot:
        return ListSnapshot(
            self._query,
            self._generation,
            array("q", self._ids),
            self._cursor,
            not self.canFetchMore(QModelIndex()),
            self._page_size,
        )

    def apply_refresh(self, refresh: ListRefresh) -> bool:
        """Show what `read_fresh` found; False (nothing done) when the rows changed since
        its snapshot, which must then be read again."""
        if refresh.generation != self._generation:
            return False
        if refresh.reset:
            self.beginResetModel()
            self._generation += 1
            self._items.clear()
            self._tip = None
            self._ids = array("q", refresh.ids)
            self._cursor = refresh.cursor
            self._total, self._more = refresh.total, refresh.more
            self.endResetModel()
            return True
        self._changing = True
        try:
            for first, count in refresh.removed:
                self.beginRemoveRows(QModelIndex(), first, first + count - 1)
                del self._ids[first : first + count]
                self.endRemoveRows()
            for row, ids in refresh.inserted:
                self.beginInsertRows(QModelIndex(), row, row + len(ids) - 1)
                self._ids[row:row] = array("q", ids)
                self.endInsertRows()
        finally:
            self._changing = False
        if refresh.changes_rows:
            self._generation += 1
        self._cursor = refresh.cursor
        self._total, self._more = refresh.total, refresh.more
        self.forget_items()  # rows that stayed may show new details
        return True

    def forget_items(self) -> None:
        """Read what every row shows again as it is painted (offices renamed elsewhere,
        contacts changed elsewhere)."""
        self._items.clear()
        self._tip = None
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(ContactColumn) - 1)
            )

    def _read_again(self, contact_id: int) -> int | None:
        """The loaded rows miss a change made elsewhere, unannounced: read the list again."""
        self.refresh()
        return self.row_of(contact_id)

    # Each change of rows updates the ids (and the cursor, when it moves) between its begin
    # and end calls, and lets no fetchMore in while it is under way (a model tester asks).

    def _insert(self, row: int, ids: list[int], cursor: ListKey | None) -> None:
        self._changing = True
        try:
            self._generation += 1
            self.beginInsertRows(QModelIndex(), row, row + len(ids) - 1)
            self._ids[row:row] = array("q", ids)
            self._cursor = cursor or self._cursor
            self.endInsertRows()
        finally:
            self._changing = False

    def _move(self, old: int, new: int, cursor: ListKey | None) -> None:
        """A move, not a removal and an insertion: the selection goes with the row."""
        self._changing = True
        try:
            self._generation += 1
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), new + (new > old))
            self._ids.insert(new, self._ids.pop(old))
            self._cursor = cursor or self._cursor
            self.endMoveRows()
        finally:
            self._changing = False

    def _remove(self, row: int) -> None:
        self._changing = True
        try:
            self._generation += 1
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self.endRemoveRows()
        finally:
            self._changing = False

    # Rows

    def contact_id_at(self, row: int) -> int:
        return self._ids[row]

    def contact_at(self, row: int) -> ContactListItem:
        """What the list shows of the contact on `row` (ContactService.get reads all of it)."""
        item = self._item(row)
        if item is None:
            raise NotFoundError("contact", self._ids[row])
        return item

    def row_of(self, contact_id: int) -> int | None:
        """The row of a loaded contact, or None when it is not (yet) loaded."""
        return _find(self._ids, contact_id)

    def _item(self, row: int) -> ContactListItem | None:
        contact_id = self._ids[row]
        item = self._items.get(contact_id)
        if item is None:
            self._load_around(row)
            return self._items.get(contact_id)
        self._items.move_to_end(contact_id)
        return item

    def _load_around(self, row: int, ahead: int = BATCH_AHEAD) -> None:
        """Read the items of the rows around `row` that are not kept yet, in one batch."""
        window = self._ids[max(0, row - BATCH_BEHIND) : row + ahead]
        wanted = [contact_id for contact_id in window if contact_id not in self._items]
        try:
            items = self._contacts.list_items(wanted)
        except CrmError as exc:
            # The rows stay blank; the next paint asks again.
            log.warning("contact list rows could not be read: %s", exc)
            return
        for item in items:
            self._remember(item)

    def _remember(self, item: ContactListItem) -> None:
        self._items[item.id] = item
        self._items.move_to_end(item.id)
        while len(self._items) > self._cache_size:
            self._items.popitem(last=False)

    def _whole(self, contact_id: int) -> Contact | None:
        """The whole record, for a tooltip that lists every phone or e-mail."""
        if self._tip is None or self._tip.id != contact_id:
            try:
                self._tip = self._contacts.get(contact_id, include_deleted=True)
            except CrmError:
                return None
        return self._tip

    # QAbstractItemModel

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(ContactColumn)

    def canFetchMore(self, parent: _ModelIndex) -> bool:  # noqa: N802
        if parent.isValid() or self._changing:
            return False
        return len(self._ids) < self._total or self._more

    def fetchMore(self, parent: _ModelIndex) -> None:  # noqa: N802
        if parent.isValid() or self._changing:
            return
        start = len(self._ids)
        page = self._contacts.id_page(self._query, self._cursor, self._page_size)
        if not page.ids:
            # Someone deleted contacts since the count (or a capped count ended here).
            self._total = start
            self._more = False
            return
        self._insert(start, page.ids, page.last)
        if self._more and len(page.ids) < self._page_size:
            self._more = False  # the last page: now the count is exact
            self._total = len(self._ids)
        self._total = max(self._total, len(self._ids))

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
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == CONTACT_ID_ROLE:
            return self._ids[index.row()]
        if role not in _ITEM_ROLES:
            return None
        item = self._item(index.row())
        if item is None:
            return None
        column = ContactColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == ContactColumn.PHONE:
            if item.phone is not None and not item.phone.valid:
                return self._warning()
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (item.deleted or not item.active):
            # Retired contacts read as secondary, in whatever palette the system uses.
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and item.deleted:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, item: ContactListItem, column: ContactColumn) -> str:
        if column == ContactColumn.NAME:
            if item.deleted:
                return QCoreApplication.translate("ContactTableModel", "{name} (deleted)").format(
                    name=item.name
                )
            if not item.active:
                return QCoreApplication.translate("ContactTableModel", "{name} (left)").format(
                    name=item.name
                )
            return item.name
        if column == ContactColumn.OFFICE:
            return item.office(self._language)
        if column == ContactColumn.TITLE:
            return item.title(self._language)
        if column == ContactColumn.PHONE:
            return self._phone_text(item.phone) if item.phone is not None else ""
        return item.email

    def _tooltip(self, item: ContactListItem, column: ContactColumn) -> str | None:
        if column == ContactColumn.PHONE and item.phone is not None:
            phones: tuple[Phone, ...] = (item.phone,)
            whole = self._whole(item.id) if item.phone_count > 1 else None
            if whole is not None and whole.phones:
                phones = whole.phones
            lines = [self._phone_text(phone) for phone in phones]
            if not item.phone.valid:
                lines.append(
                    QCoreApplication.translate(
                        "ContactTableModel", "The first number was kept as typed: it looks invalid."
                    )
                )
            return "\n".join(lines)
        if column == ContactColumn.EMAIL and item.email_count > 1:
            whole = self._whole(item.id)
            return "\n".join(email.address for email in whole.emails) if whole else None
        return None

    def _warning(self) -> QIcon:
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        return self._warning_icon
