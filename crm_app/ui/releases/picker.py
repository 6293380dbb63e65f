"""The contact picker: a search box over the store's contact search, and a result list."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import CrmError
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import Contact
from crm_app.services.contacts import ContactService
from crm_app.ui.messages import tr_error
from crm_app.ui.releases.contacts_model import contact_summary

RESULT_LIMIT = 50
# Searching on every keystroke would run one query per letter of a fast typist.
SEARCH_DELAY_MS = 150


class ContactPickerDialog(QDialog):
    """Pick one or more contacts; those already in the release are not offered again."""

    def __init__(
        self,
        contacts: ContactService,
        exclude_ids: Collection[int] = (),
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactPicker")
        self._contacts = contacts
        self._exclude = set(exclude_ids)
        self._language = language
        self._found: dict[int, Contact] = {}
        self._full = False  # the search hit RESULT_LIMIT

        self._search = QLineEdit()
        self._search.setObjectName("pickerSearch")
        self._search.setClearButtonEnabled(True)
        self._results = QListWidget()
        self._results.setObjectName("pickerResults")
        self._results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._results.setUniformItemSizes(True)
        self._hint = QLabel()
        self._hint.setObjectName("pickerHint")
        self._hint.setWordWrap(True)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setObjectName("pickerAdd")
        self._ok.setEnabled(False)

        layout = QVBoxLayout(self)
        self._search_label = QLabel()
        self._search_label.setBuddy(self._search)
        layout.addWidget(self._search_label)
        layout.addWidget(self._search)
        layout.addWidget(self._results, 1)
        layout.addWidget(self._hint)
        layout.addWidget(self._buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._search.textChanged.connect(lambda _text: self._timer.start())
        self._search.returnPressed.connect(self._on_return)
        self._results.itemSelectionChanged.connect(self._update_ok)
        self._results.itemDoubleClicked.connect(lambda _item: self.accept())
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        self._retranslate()
        self.resize(520, 460)
        self.search_now()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add contacts to the release"))
        self._search_label.setText(self.tr("&Search by name, office, e-mail or phone:"))
        self._search.setPlaceholderText(self.tr("Type to search"))
        self._search.setAccessibleName(self.tr("Search contacts"))
        self._results.setAccessibleName(self.tr("Matching contacts"))
        self._ok.setText(self.tr("&Add"))
        self._ok.setAccessibleName(self.tr("Add the selected contacts"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def search_now(self) -> None:
        """Run the search for the text typed so far (tests call it instead of waiting)."""
        self._timer.stop()
        query = ContactQuery(text=self._search.text().strip(), archive=Archive.ALL_LIVE)
        try:
            found = self._contacts.page(query, 0, RESULT_LIMIT)
        except CrmError as exc:
            self._results.clear()
            self._hint.setText(self.tr("The search failed: {reason}").format(reason=tr_error(exc)))
            return
        self._results.clear()
        self._found = {}
        for contact in found:
            if contact.id in self._exclude:
                continue
            self._found[contact.id] = contact
            item = QListWidgetItem(contact_summary(contact, self._language))
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            title = contact.title(self._language)
            if title:
                item.setToolTip(title)
            if not contact.active:
                item.setText(
                    self.tr("{contact} (has left)").format(
                        contact=contact_summary(contact, self._language)
                    )
                )
            self._results.addItem(item)
        if self._results.count():
            self._results.setCurrentRow(0)
        self._full = len(found) >= RESULT_LIMIT
        self._update_hint()
        self._update_ok()

    def _update_hint(self) -> None:
        if self._results.count() == 0:
            self._hint.setText(self.tr("No contact matches."))
        elif self._full:
            self._hint.setText(
                self.tr(
                    "Showing the first {count} matches; type more to narrow the search."
                ).format(count=RESULT_LIMIT)
            )
        else:
            self._hint.setText("")

    def _update_ok(self) -> None:
        self._ok.setEnabled(bool(self._results.selectedItems()))

    def _on_return(self) -> None:
        self.search_now()
        if self._results.count() == 1:
            self._results.setCurrentRow(0)
            self.accept()

    def select_ids(self, contact_ids: Collection[int]) -> None:
        """Select results by contact id (for keyboard-free use and tests)."""
        for row in range(self._results.count()):
            item = self._results.item(row)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in contact_ids)

    def selected_contacts(self) -> list[Contact]:
        """The chosen contacts, in list order."""
        chosen: list[Contact] = []
        for row in range(self._results.count()):
            item = self._results.item(row)
            if item.isSelected():
                chosen.append(self._found[int(item.data(Qt.ItemDataRole.UserRole))])
        return chosen
