"""File → Restore a backup: the backups of the database file, newest first, and a choice.

The dialog only chooses and confirms; the restore itself needs the database closed, so
whoever opened the database (the composition root) does it and opens it again.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import CrmError
from crm_app.services.maintenance import BackupInfo, MaintenanceService
from crm_app.ui.messages import tr_error


class RestoreBackupDialog(QDialog):
    def __init__(
        self, maintenance: MaintenanceService, explanation: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(self.tr("Restore a Backup"))
        self._backups: list[BackupInfo] = []
        self._items: list[QTreeWidgetItem] = []
        layout = QVBoxLayout(self)
        if explanation:
            # Service messages start in lower case, to follow "crm-app: error:".
            problem = QLabel(explanation[:1].upper() + explanation[1:], self)
            problem.setObjectName("databaseProblem")
            problem.setWordWrap(True)
            problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(problem)
        intro = QLabel(
            self.tr(
                "Choose the backup to put in place of the database. The current file is kept "
                "as a backup first, so a restore can be undone."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Contacts"), self.tr("Size")]
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            self.list.headerItem().setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreBackupButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self._confirm())
        self._load(maintenance)
        self.resize(self.sizeHint().expandedTo(self.list.sizeHint()))
        self.setMinimumWidth(560)

    def _kind(self, kind: str) -> str:
        return {
            "automatic": self.tr("Daily"),
            "before-upgrade": self.tr("Before an upgrade"),
            "before-restore": self.tr("Before a restore"),
        }.get(kind, kind)

    def _load(self, maintenance: MaintenanceService) -> None:
        try:
            self._backups = maintenance.backups()
        except CrmError as exc:
            self._backups = []
            self.list.setDisabled(True)
            self.list.setHeaderHidden(True)
            QTreeWidgetItem(self.list, [tr_error(exc)])
        locale = QLocale()
        for backup in self._backups:
            made = QDateTime.fromSecsSinceEpoch(int(backup.created.timestamp()), QTimeZone.utc())
            contacts = "?" if backup.contacts is None else locale.toString(backup.contacts)
            item = QTreeWidgetItem(
                self.list,
                [
                    locale.toString(made.toLocalTime(), QLocale.FormatType.ShortFormat),
                    self._kind(backup.kind),
                    contacts,
                    locale.formattedDataSize(backup.size),
                ],
            )
            item.setToolTip(0, backup.name)
            self._items.append(item)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not self._backups and self.list.isEnabled():
            self.list.setHeaderHidden(True)
            self.list.setDisabled(True)
            QTreeWidgetItem(self.list, [self.tr("No backups yet.")])
        for column in range(4):
            self.list.resizeColumnToContents(column)
        if self._items:
            self.list.setCurrentItem(self._items[0])
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> BackupInfo | None:
        current = self.list.currentItem()
        if current is None or current not in self._items:
            return None
        return self._backups[self._items.index(current)]

    def _confirm(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a Backup"),
            self.tr(
                "Put the backup made {made} in place of the database?\n\nPress Contacts "
                "will close the database, restore the backup and open it again. The current "
                "file is kept as a backup first."
            ).format(made=self._items[self._backups.index(backup)].text(0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
