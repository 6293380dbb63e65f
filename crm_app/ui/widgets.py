"""Small widgets the editors share: field messages, state marks, headings, the country picker."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QIcon, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
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


_LEVEL_PIXMAPS = {
    Level.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
    Level.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Level.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
}
_level_icons: dict[tuple[str, Level], QIcon] = {}


def level_icon(level: Level) -> QIcon:
    """The style's own icons, so they follow the platform theme and scale with the screen.

    One QIcon per level and style, made once: Qt caches an icon's drawn pixmaps under that
    icon's own key, so a new QIcon on every keystroke of a checked field would fill the
    pixmap cache with copies of the same three pictures.
    """
    pixmap = _LEVEL_PIXMAPS.get(level)
    if pixmap is None:
        return QIcon()
    style = QApplication.style()
    key = (style.name(), level)
    icon = _level_icons.get(key)
    if icon is None:
        icon = _level_icons[key] = style.standardIcon(pixmap)
    return icon


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


class FieldMark(QLabel):
    """The state icon at the trailing end of a line edit (✓, warning, error).

    A label laid over the edit, not a QAction added to it: Qt 6.11 connects an action's
    `changed` signal once more every time the action changes while it sits in a line edit,
    and a mark changes on nearly every keystroke, so those connections (and the time each
    change takes) grew for as long as the window stayed open.
    """

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._level = Level.NONE
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCursor(Qt.CursorShape.ArrowCursor)  # not the edit's text cursor
        self.setVisible(False)
        edit.installEventFilter(self)

    def level(self) -> Level:
        return self._level

    def set(self, level: Level, tooltip: str = "") -> None:
        self.setToolTip(tooltip)
        if level is self._level:
            return
        self._level = level
        self._place()

    def _place(self) -> None:
        edit = self._edit
        shown = self._level is not Level.NONE
        # The size Qt gives the icons of a line edit's own actions.
        extent = min(edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, edit), 32)
        width = extent + 6 if shown else 0
        if shown:
            self.setPixmap(
                level_icon(self._level).pixmap(QSize(extent, extent), self.devicePixelRatioF())
            )
        trailing_left = edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = 1 if trailing_left else edit.width() - width - 1
        self.setGeometry(x, 0, width, edit.height())
        if trailing_left:
            edit.setTextMargins(width, 0, 0, 0)
        else:
            edit.setTextMargins(0, 0, width, 0)
        self.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._edit and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutDirectionChange,
            QEvent.Type.StyleChange,
        ):
            self._place()
        return False


class FittingButton(QPushButton):
    """A button that says the whole thing ("Use +86 10 5979 9695, poste 203") when it has
    the room and its short form ("Use this number") when it does not, so a narrow form never
    scrolls sideways. Its accessible name and tooltip always carry the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._short = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_texts(self, full: str, short: str) -> None:
        self._full, self._short = full, short
        self.setToolTip(full)
        self.setText(self._text_for(self.width()))
        self.updateGeometry()

    @property
    def full_text(self) -> str:
        return self._full

    def _text_for(self, width: int) -> str:
        return self._full if width >= self._width_for(self._full) else self._short

    def _width_for(self, text: str) -> int:
        metrics = self.fontMetrics()
        return (
            super().sizeHint().width()
            - metrics.horizontalAdvance(self.text())
            + metrics.horizontalAdvance(text)
        )

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(self._width_for(self._full), hint.height()) if self._full else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(self._width_for(self._short), hint.height()) if self._short else hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._full:
            wanted = (
                self._full if event.size().width() >= self._width_for(self._full) else self._short
            )
            if self.text() != wanted:
                self.setText(wanted)


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
            if layout is not None:
                layout.invalidate()
            widget.updateGeometry()
            widget = widget.parentWidget()

    def show_message(self, level: Level, text: str) -> None:
        if level is self.level and text == self.label.text() and self.isHidden() != bool(text):
            return  # said already: no new layout pass on every keystroke
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
        if self.level is Level.NONE and not self.label.text() and self.isHidden():
            return
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


_KEPT_PLACEHOLDER = "keptPlaceholder"


def show_placeholders(root: QWidget, shown: bool) -> None:
    """Examples in empty fields ("Ms, Mr, Dr…") read as data in a form that cannot be
    changed: they are taken away while it is read-only, and put back after."""
    for edit in root.findChildren(QLineEdit):
        kept = edit.property(_KEPT_PLACEHOLDER)
        if shown:
            if isinstance(kept, str) and kept:
                edit.setPlaceholderText(kept)
                edit.setProperty(_KEPT_PLACEHOLDER, "")
        elif edit.placeholderText():
            edit.setProperty(_KEPT_PLACEHOLDER, edit.placeholderText())
            edit.setPlaceholderText("")
