"""A contact as an address book shows it: name, title, office, and channels that copy on a
click; below, the releases that cite the contact, each one click from its editor."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.history import RecordKind, RecordVersion
from crm_app.domain.records import Contact
from crm_app.services.releases import ReleaseSummary
from crm_app.ui.data_language import PhoneFormat
from crm_app.ui.history_view import HistoryView, add_history_tab, deleted_note
from crm_app.ui.i18n import format_date, language_name
from crm_app.ui.labels import contact_kind_label, email_kind_label, phone_kind_label
from crm_app.ui.models.release_table_model import RELEASE_ID_ROLE, status_label
from crm_app.ui.widgets import FieldMessage, Level, heading, secondary

EDIT_SHORTCUT = QKeySequence("Ctrl+E")


class CopyButton(QPushButton):
    """A phone number or an address that reads as text and copies itself when clicked."""

    copied = Signal(str)

    def __init__(self, text: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(accessible)
        self.setToolTip(self.tr("Click to copy {value}").format(value=text))
        self.setStyleSheet("QPushButton { text-align: left; padding: 1px 0px; }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self._copy)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copied.emit(self.text())


class ContactCard(QWidget):
    edit_requested = Signal()
    restore_requested = Signal(int)
    open_release_requested = Signal(int)
    # (contact id, version): put back an earlier version, chosen in the History tab.
    restore_version_requested = Signal(int, int)
    # A sentence for the status bar ("Copied …").
    status_message = Signal(str)

    def __init__(
        self,
        language: str,
        numbers: PhoneFormat,
        parent: QWidget | None = None,
        history: Callable[[int], Sequence[RecordVersion]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._read_history = history
        self._numbers = numbers  # written as the editor writes them, in the interface language
        self.setObjectName("contactCard")
        self.setAccessibleName(self.tr("Contact card"))
        self._language = language
        self._contact: Contact | None = None

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Long values wrap or elide; a card never scrolls sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(4)

        top = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        self._name = heading("", 1.5)
        self._name.setObjectName("cardName")
        self._name.setWordWrap(True)
        self._name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._title = QLabel(body)
        self._title.setObjectName("cardTitle")
        self._title.setWordWrap(True)
        self._office = secondary(QLabel(body))
        self._office.setObjectName("cardOffice")
        self._office.setWordWrap(True)
        names.addWidget(self._name)
        names.addWidget(self._title)
        names.addWidget(self._office)
        top.addLayout(names, 1)
        self._edit = QPushButton(self.tr("Edit"), body)
        self._edit.setObjectName("editContact")
        self._edit.setAccessibleName(self.tr("Edit this contact"))
        self._edit.setToolTip(
            self.tr("Edit this contact ({shortcut})").format(
                shortcut=EDIT_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self._edit.clicked.connect(self.edit_requested)
        top.addWidget(self._edit, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self._banner = QFrame(body)
        self._banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_layout = QHBoxLayout(self._banner)
        banner_layout.setContentsMargins(8, 6, 8, 6)
        self._banner_message = FieldMessage("cardState", self._banner)
        self._restore = QPushButton(self.tr("Restore"), self._banner)
        self._restore.setObjectName("restoreFromCard")
        self._restore.setAccessibleName(self.tr("Restore this contact"))
        self._restore.clicked.connect(self._restore_clicked)
        banner_layout.addWidget(self._banner_message, 1)
        banner_layout.addWidget(self._restore)
        self._banner.setVisible(False)
        layout.addSpacing(6)
        layout.addWidget(self._banner)

        self._channels = QFormLayout()
        self._channels.setContentsMargins(0, 8, 0, 0)
        self._channels.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._channels.setLabelAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self._channels.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.addLayout(self._channels)

        self._releases_heading = heading(self.tr("Cited in releases"), 1.1)
        self._releases_heading.setContentsMargins(0, 14, 0, 2)
        layout.addWidget(self._releases_heading)
        self._releases = QListWidget(body)
        self._releases.setObjectName("citingReleases")
        self._releases.setAccessibleName(self.tr("Releases that cite this contact"))
        self._releases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._releases.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._releases.setSpacing(2)
        self._releases.setCursor(Qt.CursorShape.PointingHandCursor)
        self._releases.itemClicked.connect(self._release_chosen)
        self._releases.itemActivated.connect(self._release_chosen)
        layout.addWidget(self._releases)
        self._no_releases = secondary(QLabel(self.tr("No release cites this contact yet."), body))
        self._no_releases.setObjectName("noCitingReleases")
        self._no_releases.setWordWrap(True)
        layout.addWidget(self._no_releases)
        layout.addStretch(1)

        self._history = HistoryView(RecordKind.CONTACT, language, numbers.number, True, self)
        self._history.restore_requested.connect(self._restore_version)
        self._tabs = QTabWidget(self)
        self._tabs.setObjectName("cardTabs")
        add_history_tab(self._tabs, scroll, self._history)
        self._tabs.setTabVisible(1, history is not None)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._tabs)

    @property
    def contact(self) -> Contact | None:
        return self._contact

    @property
    def history(self) -> HistoryView:
        return self._history

    @property
    def tabs(self) -> QTabWidget:
        return self._tabs

    def show_contact(self, contact: Contact, releases: Sequence[ReleaseSummary]) -> None:
        self._contact = contact
        self._name.setText(contact.display_name)
        title = contact.title(self._language)
        self._title.setText(title)
        self._title.setVisible(bool(title))
        office = contact.office.name(self._language) if contact.office is not None else ""
        self._office.setText(office)
        self._office.setVisible(bool(office))
        self._edit.setEnabled(not contact.deleted)
        self._show_state(contact)
        self._show_channels(contact)
        self._fit_rows()
        self._show_releases(releases)
        read = self._read_history
        if read is not None:
            contact_id = contact.id
            # Read once the History tab is shown; a deleted contact's is for reading only.
            self._history.show_record(
                lambda: read(contact_id), deleted_note() if contact.deleted else ""
            )

    def _show_state(self, contact: Contact) -> None:
        if contact.deleted:
            when = format_date(contact.deleted_at) if contact.deleted_at else ""
            text = self.tr("Deleted on {date}. Restore it to edit it again.").format(date=when)
        elif not contact.active:
            text = self.tr("Has left the organisation.")
        else:
            self._banner.setVisible(False)
            return
        self._banner_message.show_message(Level.WARNING, text)
        self._banner.setVisible(True)

    def _show_channels(self, contact: Contact) -> None:
        while self._channels.rowCount():
            self._channels.removeRow(0)
        for phone in contact.phones:
            self._add_channel(
                self.tr("Phone ({kind}):").format(kind=phone_kind_label(phone.kind).lower()),
                self._numbers.phone(phone),
                self.tr("Phone, {kind}").format(kind=phone_kind_label(phone.kind)),
                warn=not phone.valid,
            )
        for email in contact.emails:
            self._add_channel(
                self.tr("E-mail ({kind}):").format(kind=email_kind_label(email.kind).lower()),
                email.address,
                self.tr("E-mail, {kind}").format(kind=email_kind_label(email.kind)),
            )
        if not contact.phones and not contact.emails:
            none = secondary(QLabel(self.tr("No phone or e-mail yet.")))
            self._channels.addRow(none)
        self._add_text(self.tr("Kind:"), contact_kind_label(contact.kind))
        if contact.languages:
            self._add_text(
                self.tr("Languages:"), ", ".join(language_name(code) for code in contact.languages)
            )
        if contact.last_verified is not None:
            self._add_text(self.tr("Last verified:"), format_date(contact.last_verified))
        if contact.notes:
            self._add_text(self.tr("Notes:"), contact.notes)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Labels beside their values when both fit, else above them all (never some of
        each): the card does not scroll sideways, and reads evenly in either shape."""
        labels = values = 0
        for row in range(self._channels.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
                item = self._channels.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is None:
                    continue
                width = widget.sizeHint().width()
                if role is QFormLayout.ItemRole.LabelRole:
                    labels = max(labels, width)
                else:
                    values = max(values, min(width, widget.minimumSizeHint().width() or width))
        room = self.width() - 32 - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        spacing = max(self._channels.horizontalSpacing(), 6)
        policy = (
            QFormLayout.RowWrapPolicy.DontWrapRows
            if labels + spacing + values <= room
            else QFormLayout.RowWrapPolicy.WrapAllRows
        )
        if self._channels.rowWrapPolicy() != policy:
            self._channels.setRowWrapPolicy(policy)

    def _add_channel(self, label: str, value: str, accessible: str, warn: bool = False) -> None:
        button = CopyButton(value, accessible)
        button.setObjectName("cardChannel")
        if warn:
            button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            button.setToolTip(
                self.tr("Kept as typed: this number looks invalid. Click to copy it.")
            )
        button.copied.connect(self._copied)
        self._channels.addRow(secondary(QLabel(label)), button)

    def _add_text(self, label: str, value: str) -> None:
        text = QLabel(value)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._channels.addRow(secondary(QLabel(label)), text)

    def _copied(self, value: str) -> None:
        self.status_message.emit(self.tr("Copied {value}").format(value=value))

    def _show_releases(self, releases: Sequence[ReleaseSummary]) -> None:
        self._releases.clear()
        for release in releases:
            details = self.tr("{date} · {language} · {status}").format(
                date=format_date(release.date),
                language=language_name(release.language),
                status=status_label(release.status),
            )
            line = f"{release.title}\n{details}"
            item = QListWidgetItem(line, self._releases)
            item.setData(RELEASE_ID_ROLE, release.id)
            item.setToolTip(line)
        self._releases.setVisible(bool(releases))
        self._no_releases.setVisible(not releases)
        if releases:
            # As tall as its rows (up to six): the card scrolls, not a box inside it.
            rows = min(len(releases), 6)
            spacing = self._releases.spacing() * 2
            height = sum(self._releases.sizeHintForRow(row) + spacing for row in range(rows))
            self._releases.setFixedHeight(height + self._releases.frameWidth() * 2 + 2)

    def _release_chosen(self, item: QListWidgetItem) -> None:
        release_id = item.data(RELEASE_ID_ROLE)
        if isinstance(release_id, int):
            self.open_release_requested.emit(release_id)

    def _restore_clicked(self) -> None:
        if self._contact is not None:
            self.restore_requested.emit(self._contact.id)

    def _restore_version(self, version: int) -> None:
        if self._contact is not None:
            self.restore_version_requested.emit(self._contact.id, version)
