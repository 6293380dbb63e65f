"""Small widgets the editors share: field messages, state marks, headings, the country picker."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QWidget,
)

from crm_app.domain.countries import all_countries


class Level(Enum):
    NONE = "none"
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


def level_icon(level: Level) -> QIcon:
    """The style's own icons, so they follow the platform theme and scale with the screen."""
    style = QApplication.style()
    if level is Level.OK:
        return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
    if level is Level.WARNING:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    if level is Level.ERROR:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
    return QIcon()


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font scaled, never a fixed size: it follows the system font and DPI."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def heading(text: str, factor: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setFont(scaled_font(label, factor, bold=True))
    return label


def count_label(count: int, one: str, many: str) -> str:
    """`one` for a single thing, else `many` with {count} written the locale's way (100,000)."""
    return one if count == 1 else many.format(count=QLocale().toString(count))


def secondary(label: QLabel) -> QLabel:
    """Text in the palette's secondary colour (dark mode included)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class FieldMark:
    """The state icon at the trailing end of a line edit (✓, warning, error)."""

    def __init__(self, edit: QLineEdit) -> None:
        self._action = edit.addAction(QIcon(), QLineEdit.ActionPosition.TrailingPosition)
        self._action.setVisible(False)

    def set(self, level: Level, tooltip: str = "") -> None:
        self._action.setVisible(level is not Level.NONE)
        self._action.setIcon(level_icon(level))
        self._action.setToolTip(tooltip)


class FieldMessage(QWidget):
    """The message under a field: an icon and wrapped text, hidden while there is nothing to say.

    `label` carries the object name tests and screen readers use (e.g. "phoneCheck").
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{object_name}Row")
        self.icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setObjectName(object_name)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.level = Level.NONE
        self.setVisible(False)
        self._relayout_pending = False

    def _relayout_later(self) -> None:
        """Have the forms around this message lay their rows out again, once, after this event.

        A QFormLayout whose own size stays the same does not place its rows again when only
        one row's height for its width grew, which would leave a longer message clipped
        under the next row.
        """
        if not self._relayout_pending:
            self._relayout_pending = True
            QTimer.singleShot(0, self, self._relayout)

    def _relayout(self) -> None:
        self._relayout_pending = False
        widget = self.parentWidget()
        while widget is not None:
            layout = widget.layout()
            if isinstance(layout, QFormLayout):
                layout.invalidate()
            widget = widget.parentWidget()

    def show_message(self, level: Level, text: str) -> None:
        self.level = level
        self.label.setText(text)
        self.label.setForegroundRole(
            QPalette.ColorRole.PlaceholderText if level is Level.OK else QPalette.ColorRole.Text
        )
        size = self.label.fontMetrics().height()
        icon = level_icon(level)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setVisible(not icon.isNull())
        self.setVisible(bool(text))
        self._relayout_later()

    def clear(self) -> None:
        self.level = Level.NONE
        self.label.clear()
        self.setVisible(False)
        self._relayout_later()

    def text(self) -> str:
        return self.label.text()


class CountryCombo(QComboBox):
    """Every ISO country by name; typing any part of a name or the code finds it."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        for code, name in all_countries(language):
            self.addItem(f"{name} ({code})", code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line_edit = self.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(
                QCoreApplication.translate("CountryCombo", "Type a country or its code")
            )
        self.setCurrentIndex(-1)

    def country_code(self) -> str | None:
        """The chosen country's code, also for a name or code typed in full; None otherwise."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            code: str = self.itemData(index)
            return code
        folded = text.casefold()
        for row in range(self.count()):
            code = self.itemData(row)
            name = self.itemText(row).rsplit(" (", 1)[0]
            if folded in (code.casefold(), name.casefold()):
                return code
        return None

    def set_country_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
