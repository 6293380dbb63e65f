"""The frame every detail pane shares: a heading, a scrolling form, Save and Revert, and
change tracking that knows when there are unsaved edits.

A subclass adds its fields with `add_field`, says what its form holds with `form_state`,
and calls `mark_clean` after loading or saving.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_app.ui.history_view import HistoryView, add_history_tab
from crm_app.ui.widgets import FieldMessage, Level, heading, secondary

_PLACEHOLDER_PAGE, _FORM_PAGE = 0, 1


class EditorPane(QWidget):
    # (the record before the save, or None for a new one; the record as stored)
    saved = Signal(object, object)
    dirty_changed = Signal(bool)
    # The banner's Reload: show the record as stored now, dropping unsaved edits.
    reload_requested = Signal()

    def __init__(
        self,
        prefix: str,
        placeholder: str,
        save_accessible: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._editing = False
        self._loading = False
        self._dirty = False
        self._baseline: tuple[object, ...] = ()
        self._messages: dict[str, FieldMessage] = {}
        self._fields: dict[str, QWidget] = {}

        self._pages = QStackedWidget(self)
        placeholder_page = QWidget(self._pages)
        placeholder_label = secondary(QLabel(placeholder, placeholder_page))
        placeholder_label.setObjectName(f"{prefix}Placeholder")
        placeholder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder_label.setWordWrap(True)
        QVBoxLayout(placeholder_page).addWidget(placeholder_label)
        self._pages.addWidget(placeholder_page)

        page = QWidget(self._pages)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        header = QWidget(page)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(16, 12, 16, 4)
        header_layout.setSpacing(2)
        self.title_label = heading("", 1.5)
        self.title_label.setObjectName(f"{prefix}Title")
        self.title_label.setWordWrap(True)
        self.subtitle_label = secondary(QLabel(header))
        self.subtitle_label.setWordWrap(True)
        header_layout.addWidget(self.title_label)
        header_layout.addWidget(self.subtitle_label)
        self.banner = QFrame(header)
        self.banner.setObjectName(f"{prefix}Banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 6, 8, 6)
        self.banner_message = FieldMessage(f"{prefix}State", self.banner)
        banner_layout.addWidget(self.banner_message, 1)
        self.banner_layout = banner_layout
        self.banner.setVisible(False)
        header_layout.addSpacing(6)
        header_layout.addWidget(self.banner)
        # Said at once when someone else changes or deletes the record being edited.
        self.elsewhere_banner = QFrame(header)
        self.elsewhere_banner.setObjectName(f"{prefix}ChangedElsewhere")
        self.elsewhere_banner.setFrameShape(QFrame.Shape.StyledPanel)
        elsewhere_layout = QHBoxLayout(self.elsewhere_banner)
        elsewhere_layout.setContentsMargins(8, 6, 8, 6)
        self.elsewhere_message = FieldMessage(
            f"{prefix}ChangedElsewhereMessage", self.elsewhere_banner
        )
        self.elsewhere_message.label.setAccessibleName(
            QCoreApplication.translate("Dialogs", "Changed by someone else")
        )
        self.reload_button = QPushButton(
            QCoreApplication.translate("Dialogs", "Reload"), self.elsewhere_banner
        )
        self.reload_button.setObjectName(f"reload{prefix[:1].upper()}{prefix[1:]}")
        self.reload_button.setAccessibleName(self.tr("Reload the stored version"))
        self.reload_button.clicked.connect(self.reload_requested)
        elsewhere_layout.addWidget(self.elsewhere_message, 1)
        elsewhere_layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.elsewhere_banner.setVisible(False)
        header_layout.addWidget(self.elsewhere_banner)
        page_layout.addWidget(header)

        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form = QWidget(scroll)
        self.form.setObjectName(f"{prefix}Form")
        scroll.setWidget(self.form)
        page_layout.addWidget(scroll, 1)
        self._form_scroll, self._page_layout = scroll, page_layout
        self.tabs: QTabWidget | None = None
        self.form_layout = QFormLayout(self.form)
        self.form_layout.setContentsMargins(16, 4, 16, 16)
        self.form_layout.setLabelAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form_layout.setVerticalSpacing(8)

        footer = QFrame(page)
        footer.setFrameShape(QFrame.Shape.NoFrame)
        footer_layout = QHBoxLayout(footer)
        footer_layout.setContentsMargins(16, 8, 16, 12)
        self.form_error = FieldMessage(f"{prefix}Error", footer)
        self.revert_button = QPushButton(self.tr("Revert"), footer)
        self.revert_button.setObjectName(f"revert{prefix[:1].upper()}{prefix[1:]}")
        self.revert_button.setAccessibleName(self.tr("Revert unsaved changes"))
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save"), footer)
        self.save_button.setObjectName(f"save{prefix[:1].upper()}{prefix[1:]}")
        self.save_button.setAccessibleName(save_accessible)
        self.save_button.setDefault(True)
        for button in (self.revert_button, self.save_button):
            button.setMinimumWidth(button.fontMetrics().averageCharWidth() * 12)
        self.save_button.clicked.connect(self.save)
        footer_layout.addWidget(self.form_error, 100)
        footer_layout.addStretch(1)  # the buttons keep their size when there is no message
        footer_layout.addWidget(self.revert_button)
        footer_layout.addWidget(self.save_button)
        page_layout.addWidget(footer)
        self._pages.addWidget(page)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)
        # Room for a label, a field and its message without scrolling sideways.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

    def form_width(self) -> int:
        """The width the form needs to show without scrolling sideways."""
        scrollbar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        return self.form.minimumSizeHint().width() + scrollbar + 4

    # Building the form

    def add_history(self, history: HistoryView) -> None:
        """The form in a Details tab, the record's history in a tab beside it."""
        tabs = QTabWidget(self._form_scroll.parentWidget())
        tabs.setObjectName("editorTabs")
        self._page_layout.replaceWidget(self._form_scroll, tabs)
        add_history_tab(tabs, self._form_scroll, history)
        self.tabs = tabs

    def show_details(self) -> None:
        """Back to the form's own tab (a new record has no history)."""
        if self.tabs is not None:
            self.tabs.setCurrentIndex(0)

    def add_heading(self, text: str) -> None:
        title = heading(text, 1.1)
        title.setContentsMargins(0, 10, 0, 2)
        self.form_layout.addRow(title)

    def add_field(self, label: str, field: QWidget, error_key: str | None = None) -> None:
        """A labelled row; with `error_key`, a message line under the field for that error."""
        cell = field
        if error_key is not None:
            cell = QWidget(self.form)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            message = FieldMessage(f"{field.objectName()}Error", cell)
            field.setParent(cell)
            cell_layout.addWidget(field)
            cell_layout.addWidget(message)
            self._messages[error_key] = message
            self._fields[error_key] = field
        self.form_layout.addRow(label, cell)
        row_label = self.form_layout.labelForField(cell)
        if isinstance(row_label, QLabel):
            row_label.setBuddy(field)

    def set_tab_order(self, chain: Sequence[QWidget]) -> None:
        chain = [*chain, self.revert_button, self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # Change tracking

    def form_state(self) -> tuple[object, ...]:
        """Everything the form holds, comparable: unsaved edits are a state unlike the last."""
        raise NotImplementedError

    def is_editing(self) -> bool:
        return self._editing

    def is_dirty(self) -> bool:
        return self._dirty

    def on_changed(self) -> None:
        if self._loading or not self._editing:
            return
        dirty = self.form_state() != self._baseline
        if dirty != self._dirty:
            self._dirty = dirty
            self.revert_button.setEnabled(dirty)
            self.dirty_changed.emit(dirty)

    def begin_loading(self) -> None:
        """Filling the form from a record: changes are not edits."""
        self._loading = True
        self._editing = True
        self.clear_errors()
        self.hide_changed_elsewhere()

    def end_loading(self) -> None:
        self._loading = False
        self._pages.setCurrentIndex(_FORM_PAGE)
        self._baseline = self.form_state()
        was_dirty = self._dirty
        self._dirty = False
        self.revert_button.setEnabled(False)
        if was_dirty:
            self.dirty_changed.emit(False)

    def is_loading(self) -> bool:
        return self._loading

    # Changed elsewhere

    def show_changed_elsewhere(self, text: str) -> None:
        """Say, above the form, that someone else changed the record being edited."""
        self.elsewhere_message.show_message(Level.WARNING, text)
        self.elsewhere_banner.setVisible(True)

    def hide_changed_elsewhere(self) -> None:
        if not self.elsewhere_banner.isHidden():
            self.elsewhere_banner.setVisible(False)
            self.elsewhere_message.clear()

    def changed_elsewhere_shown(self) -> bool:
        return not self.elsewhere_banner.isHidden()

    def show_placeholder(self) -> None:
        self._editing = False
        self.hide_changed_elsewhere()
        self._pages.setCurrentIndex(_PLACEHOLDER_PAGE)
        if self._dirty:
            self._dirty = False
            self.dirty_changed.emit(False)

    def record_name(self) -> str:
        """What the unsaved-changes question calls the record ("Kieran Best")."""
        raise NotImplementedError

    def can_save(self) -> bool:
        return self.is_editing()

    def revert(self) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    # Errors

    def field_error(self, field: str, reason: str, focus: bool = True) -> bool:
        """Show a reason under the field a service named; False when no field has that name."""
        message = self._messages.get(field)
        if message is None:
            return False
        message.show_message(Level.ERROR, reason[:1].upper() + reason[1:])
        target = self._fields.get(field)
        if target is not None and focus:
            target.setFocus()
        return True

    def field_widget(self, field: str) -> QWidget | None:
        return self._fields.get(field)

    def shown_field_errors(self) -> list[str]:
        """The fields whose message line shows an error now, in form order."""
        return [key for key, message in self._messages.items() if message.level is Level.ERROR]

    def clear_field_error(self, field: str) -> None:
        message = self._messages.get(field)
        if message is not None:
            message.clear()

    def refused(self, text: str | None = None) -> None:
        self.form_error.show_message(
            Level.ERROR, text or self.tr("Not saved: correct the fields marked above.")
        )

    def clear_errors(self) -> None:
        self.form_error.clear()
        for message in self._messages.values():
            message.clear()
