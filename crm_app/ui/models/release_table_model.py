"""The release list: one row per release summary (title, date, language, office, status)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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


class ReleaseTableModel(QAbstractTableModel):
    """Holds release summaries (no contacts, no blocks); never talks to the database itself.

    Change-aware: filling it again, saving a release or a new outdated check changes only
    the rows that differ (dataChanged, inserted, removed rows), so the selection, the
    scroll position and the sort stay as they were.
    """

    def __init__(self, data_language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._releases: list[ReleaseSummary] = []
        self._row_of_id: dict[int, int] = {}
        # Published releases whose printed block cites a phone or address that changed.
        self._outdated: frozenset[int] = frozenset()
        # Office names are shown in the interface's language (falling back to English).
        self._data_language = data_language

    # Filling

    def set_releases(self, releases: Sequence[ReleaseSummary]) -> None:
        """Show these releases: the first time a reset, then only what changed."""
        if not self._releases:
            self.beginResetModel()
            self._releases = list(releases)
            self._reindex()
            self.endResetModel()
            return
        fresh = {release.id: release for release in releases}
        gone = [row for row, release in enumerate(self._releases) if release.id not in fresh]
        for row in reversed(gone):  # from the bottom: rows above keep their numbers
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._releases[row]
            self.endRemoveRows()
        self._reindex()
        for row, release in enumerate(self._releases):
            if fresh[release.id] != release:
                self._releases[row] = fresh[release.id]
                self._row_changed(row)
        added = [release for release in releases if release.id not in self._row_of_id]
        if added:
            first = len(self._releases)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._releases += added
            self._reindex()
            self.endInsertRows()

    def release(self, row: int) -> ReleaseSummary:
        return self._releases[row]

    def row_of(self, release_id: int) -> int:
        """The row showing this release, or -1."""
        return self._row_of_id.get(release_id, -1)

    def replace(self, release: Release | ReleaseSummary) -> int:
        """Show a saved release: update its row, or append it when it is new. Returns the row."""
        summary = release if isinstance(release, ReleaseSummary) else ReleaseSummary.of(release)
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
        return row

    def remove(self, release_id: int) -> None:
        row = self.row_of(release_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._releases[row]
            self._reindex()
            self.endRemoveRows()

    def set_outdated(self, release_ids: Iterable[int]) -> None:
        """Mark these releases outdated (and no others): only rows whose mark changes."""
        outdated = frozenset(release_ids)
        changed = outdated ^ self._outdated
        self._outdated = outdated
        for release_id in changed:
            row = self.row_of(release_id)
            if row >= 0:
                self._row_changed(row)

    def is_outdated(self, release_id: int) -> bool:
        return release_id in self._outdated

    def set_data_language(self, language: str) -> None:
        self._data_language = language
        if self._releases:
            last = self.index(self.rowCount() - 1, ReleaseColumn.OFFICE)
            self.dataChanged.emit(self.index(0, ReleaseColumn.OFFICE), last)

    def _reindex(self) -> None:
        self._row_of_id = {release.id: row for row, release in enumerate(self._releases)}

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # QAbstractTableModel

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._releases)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(ReleaseColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._releases):
            return None
        release = self._releases[index.row()]
        column = ReleaseColumn(index.column())
        if role == RELEASE_ID_ROLE:
            return release.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(release, column)
        outdated = release.id in self._outdated
        if role == Qt.ItemDataRole.ToolTipRole and column is ReleaseColumn.TITLE:
            return release.title
        if role == Qt.ItemDataRole.ToolTipRole and outdated:
            return self.tr(
                "The printed contact block cites a phone number or e-mail address that has "
                "changed since: see Outdated releases."
            )
        if role == Qt.ItemDataRole.DecorationRole and outdated and column is ReleaseColumn.STATUS:
            return level_icon(Level.WARNING)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(release, column)
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
        return headers.get(ReleaseColumn(section)) if 0 <= section < len(ReleaseColumn) else None

    def _display(self, release: ReleaseSummary, column: ReleaseColumn) -> str:
        match column:
            case ReleaseColumn.TITLE:
                return release.title
            case ReleaseColumn.DATE:
                return format_date(release.date)
            case ReleaseColumn.LANGUAGE:
                return language_name(release.language)
            case ReleaseColumn.OFFICE:
                return release.office.name(self._data_language) if release.office else ""
            case ReleaseColumn.STATUS:
                return status_label(release.status, release.id in self._outdated)

    def _sort_key(self, release: ReleaseSummary, column: ReleaseColumn) -> str:
        # Sorting a date column by its display text would order 1/12 before 2/11.
        if column is ReleaseColumn.DATE:
            return release.date.isoformat()
        return self._display(release, column).casefold()
