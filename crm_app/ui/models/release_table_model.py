"""The release list: one row per release summary (title, date, language, office, status)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crm_app.domain.records import Release, ReleaseStatus
from crm_app.services.releases import ReleaseSummary
from crm_app.ui.i18n import format_date, language_name
from crm_app.ui.widgets import Level, level_icon

_Index = QModelIndex | QPersistentModelIndex

# Data role holding the release id, for views and tests that must not depend on row order.
RELEASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReleaseColumn(IntEnum):
    TITLE = 0
    DATE = 1
    LANGUAGE = 2
    OFFICE = 3
    STATUS = 4


def status_label(status: ReleaseStatus, outdated: bool = False) -> str:
    """ "Draft", "Published", or for a published block that cites changed details "Outdated"."""
    if outdated and status is ReleaseStatus.PUBLISHED:
        return QCoreApplication.translate("ReleaseTableModel", "Published, outdated")
    labels = {
        ReleaseStatus.DRAFT: QCoreApplication.translate("ReleaseTableModel", "Draft"),
        ReleaseStatus.PUBLISHED: QCoreApplication.translate("ReleaseTableModel", "Published"),
    }
    return labels[status]


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_SORT_KEY = int(Qt.ItemDataRole.UserRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ID = int(RELEASE_ID_ROLE)
_COLUMNS = len(ReleaseColumn)

# What a row shows in each column, and what each column sorts by.
_Texts = tuple[tuple[str, ...], tuple[str, ...]]


class ReleaseTableModel(QAbstractTableModel):
    """Holds release summaries (no contacts, no blocks); never talks to the database itself.

    Change-aware: filling it again, saving a release or a new outdated check changes only
    the rows that differ (dataChanged, inserted, removed rows), so the selection, the
    scroll position and the order stay as they were. Each row's texts and sort keys are
    made once and kept (views ask for them over and over while measuring columns), and the
    model sorts its own rows on those keys (see `sort`).
    """

    def __init__(self, data_language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._releases: list[ReleaseSummary] = []
        self._row_of_id: dict[int, int] = {}
        self._texts: dict[int, _Texts] = {}  # by release id, made when first asked
        # Published releases whose printed block cites a phone or address that changed.
        self._outdated: frozenset[int] = frozenset()
        # Office names are shown in the interface's language (falling back to English).
        self._data_language = data_language
        self._order: tuple[int, Qt.SortOrder] | None = None  # the column sorted on, how

    # Filling

    def set_releases(self, releases: Sequence[ReleaseSummary]) -> None:
        """Show these releases: the first time a reset, then only what changed."""
        fresh = {release.id: release for release in releases}
        gone = [row for row, release in enumerate(self._releases) if release.id not in fresh]
        if not self._releases or len(gone) > len(self._releases) // 2:
            self.beginResetModel()
            self._releases = list(releases)
            self._texts = {}
            self._reindex()
            self._sort_rows()
            self.endResetModel()
            return
        for row in reversed(gone):  # from the bottom: rows above keep their numbers
            self.beginRemoveRows(QModelIndex(), row, row)
            self._texts.pop(self._releases[row].id, None)  # a release gone keeps no texts
            del self._releases[row]
            self.endRemoveRows()
        self._reindex()
        for row, release in enumerate(self._releases):
            if fresh[release.id] != release:
                self._releases[row] = fresh[release.id]
                self._texts.pop(release.id, None)
                self._row_changed(row)
        added = [release for release in releases if release.id not in self._row_of_id]
        if added:
            first = len(self._releases)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._releases += added
            self._reindex()
            self.endInsertRows()
        self._resort()

    def release(self, row: int) -> ReleaseSummary:
        return self._releases[row]

    def row_of(self, release_id: int) -> int:
        """The row showing this release, or -1."""
        return self._row_of_id.get(release_id, -1)

    def replace(self, release: Release | ReleaseSummary) -> int:
        """Show a saved release: update its row, or add it when it is new. Returns the row."""
        summary = release if isinstance(release, ReleaseSummary) else ReleaseSummary.of(release)
        self._texts.pop(summary.id, None)
        row = self.row_of(summary.id)
        if row < 0:
            row = len(self._releases)
            self.beginInsertRows(QModelIndex(), row, row)
            self._releases.append(summary)
            self._row_of_id[summary.id] = row
            self.endInsertRows()
        elif self._releases[row] != summary:
            self._releases[row] = summary
            self._row_changed(row)
        self._resort()
        return self.row_of(summary.id)

    def remove(self, release_id: int) -> None:
        row = self.row_of(release_id)
        if row >= 0:
            # A reset, not a removed row: the section clears its selection after a delete,
            # and removing a row through the search proxy crashed Qt after a long session.
            self.beginResetModel()
            del self._releases[row]
            self._texts.pop(release_id, None)
            self._reindex()
            self.endResetModel()

    def set_outdated(self, release_ids: Iterable[int]) -> None:
        """Mark these releases outdated (and no others): only rows whose mark changes."""
        outdated = frozenset(release_ids)
        changed = outdated ^ self._outdated
        self._outdated = outdated
        for release_id in changed:
            self._texts.pop(release_id, None)
            row = self.row_of(release_id)
            if row >= 0:
                self._row_changed(row)
        if changed:
            self._resort()

    def is_outdated(self, release_id: int) -> bool:
        return release_id in self._outdated

    def set_data_language(self, language: str) -> None:
        self._data_language = language
        self.retranslate()

    def retranslate(self) -> None:
        """The interface language changed: dates, languages and statuses read anew."""
        self._texts = {}
        if self._releases:
            last = self.index(self.rowCount() - 1, _COLUMNS - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)
        self._resort()

    def _reindex(self) -> None:
        self._row_of_id = {release.id: row for row, release in enumerate(self._releases)}

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, _COLUMNS - 1))

    # Order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows on `column`'s sort keys (ties: newer ids first when descending),
        keeping selections and other persistent indexes on their releases."""
        if not 0 <= column < _COLUMNS:
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._releases[index.row()].id, index.column()) for index in persistent]
        self._sort_rows()
        self.changePersistentIndexList(
            persistent,
            [self.index(self._row_of_id[release_id], column) for release_id, column in kept],
        )
        self.layoutChanged.emit()

    def _resort(self) -> None:
        if self._order is not None:
            self.sort(*self._order)

    def _sort_rows(self) -> None:
        if self._order is None:
            return
        column, order = self._order
        key: Callable[[ReleaseSummary], tuple[object, int]]
        if column == ReleaseColumn.DATE:  # the usual order: no texts needed to sort on it
            key = lambda release: (release.date, release.id)  # noqa: E731
        else:
            key = lambda release: (self._row_texts(release)[1][column], release.id)  # noqa: E731
        self._releases.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._reindex()

    # QAbstractTableModel

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._releases)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else _COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._releases) and 0 <= column < _COLUMNS):
            return None
        release = self._releases[row]
        if role == _DISPLAY:
            return self._row_texts(release)[0][column]
        if role == _SORT_KEY:
            return self._row_texts(release)[1][column]
        if role == _ID:
            return release.id
        if role == _TOOLTIP:
            if column == ReleaseColumn.TITLE:
                return release.title
            if release.id in self._outdated:
                return self.tr(
                    "The printed contact block cites a phone number or e-mail address that has "
                    "changed since: see Outdated releases."
                )
        if role == _DECORATION and column == ReleaseColumn.STATUS and release.id in self._outdated:
            return level_icon(Level.WARNING)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            ReleaseColumn.TITLE: self.tr("Title"),
            ReleaseColumn.DATE: self.tr("Date"),
            ReleaseColumn.LANGUAGE: self.tr("Language"),
            # Short: the list is narrow, and the office in a release list is the issuer.
            ReleaseColumn.OFFICE: self.tr("Office"),
            ReleaseColumn.STATUS: self.tr("Status"),
        }
        return headers.get(ReleaseColumn(section)) if 0 <= section < _COLUMNS else None

    def _row_texts(self, release: ReleaseSummary) -> _Texts:
        texts = self._texts.get(release.id)
        if texts is None:
            shown = (
                release.title,
                format_date(release.date),
                language_name(release.language),
                release.office.name(self._data_language) if release.office else "",
                status_label(release.status, release.id in self._outdated),
            )
            # Sorting a date column by its display text would order 1/12 before 2/11.
            keys = tuple(
                release.date.isoformat() if column == ReleaseColumn.DATE else text.casefold()
                for column, text in enumerate(shown)
            )
            texts = self._texts[release.id] = (shown, keys)
        return texts
