"""Layouts that follow the room they get, so a small screen scrolls down but never sideways."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QWidget,
)


def _minimum_width(widget: QWidget) -> int:
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


class SideBySide(QWidget):
    """Its widgets side by side while each gets its preferred width, one under the other when not.

    Its minimum width is that of the stacked arrangement, so a splitter or a window may make
    it narrow; the arrangement changes with the width it is given.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        self._box.addWidget(widget, stretch)
        self._arrange(self.width())

    def _widgets(self) -> list[QWidget]:
        found = []
        for index in range(self._box.count()):
            item = self._box.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and not widget.isHidden():
                found.append(widget)
        return found

    def side_by_side_width(self) -> int:
        """The width from which every widget gets its preferred width beside the others."""
        widgets = self._widgets()
        widths = [max(w.sizeHint().width(), _minimum_width(w)) for w in widgets]
        spacing = max(self._box.spacing(), 0) * max(len(widgets) - 1, 0)
        return sum(widths) + spacing

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        widgets = self._widgets()
        width = max((_minimum_width(w) for w in widgets), default=0)
        return QSize(width, self._box.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def event(self, event: QEvent) -> bool:
        # A child asked for another size (longer names in a list, another language).
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange(self.width())
        return super().event(event)

    def _arrange(self, width: int) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if width >= self.side_by_side_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._box.direction() is not wanted:
            self._box.setDirection(wanted)
            self.updateGeometry()


def _preferred_width(widget: QWidget) -> int:
    """What shows the widget's content whole; for a combo box that sizes to a few characters,
    what shows its current choice whole."""
    if isinstance(widget, QComboBox) and widget.minimumContentsLength() > 0:
        metrics = widget.fontMetrics()
        frame = widget.sizeHint().width() - metrics.horizontalAdvance(
            "x" * widget.minimumContentsLength()
        )
        return frame + metrics.horizontalAdvance(widget.currentText())
    return max(widget.sizeHint().width(), _minimum_width(widget))


class FirstAbove(QWidget):
    """Its widgets on one row while each gets its preferred width; when not, the first one on a
    row of its own above the others (a filter bar: the office above the kind and the state),
    so none is cut to a few letters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._items: list[tuple[QWidget, int]] = []
        self._one_row: bool | None = None

    def add_widget(self, widget: QWidget, stretch: int = 1) -> None:
        self._items.append((widget, stretch))
        if isinstance(widget, QComboBox):
            widget.currentTextChanged.connect(lambda _text: self._arrange(self.width()))
        self._one_row = None
        self._arrange(self.width())

    def one_row_width(self) -> int:
        widths = [_preferred_width(widget) for widget, _ in self._items]
        return sum(widths) + max(self._grid.horizontalSpacing(), 0) * max(len(widths) - 1, 0)

    def is_one_row(self) -> bool:
        return bool(self._one_row)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        if len(self._items) < 2:
            return super().minimumSizeHint()
        first, *rest = (_minimum_width(w) for w, _ in self._items)
        spacing = max(self._grid.horizontalSpacing(), 0) * (len(rest) - 1)
        return QSize(max(first, sum(rest) + spacing), self._grid.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        one_row = width >= self.one_row_width() or len(self._items) < 2
        if one_row:
            # Each keeps what shows its choice whole; the stretch shares only what is left.
            for column, (widget, _) in enumerate(self._items):
                self._grid.setColumnMinimumWidth(column, _preferred_width(widget))
        if one_row is self._one_row:
            return
        self._one_row = one_row
        for widget, _ in self._items:
            self._grid.removeWidget(widget)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
            self._grid.setColumnMinimumWidth(column, 0)
        if one_row:
            for column, (widget, stretch) in enumerate(self._items):
                self._grid.addWidget(widget, 0, column)
                self._grid.setColumnStretch(column, stretch)
                self._grid.setColumnMinimumWidth(column, _preferred_width(widget))
        else:
            (first, _), *rest = self._items
            self._grid.addWidget(first, 0, 0, 1, len(rest))
            for column, (widget, stretch) in enumerate(rest):
                self._grid.addWidget(widget, 1, column)
                self._grid.setColumnStretch(column, stretch)
        self.updateGeometry()


class VerticalScroll(QScrollArea):
    """Scrolls its content up and down, never sideways: it is at least as wide as the content's
    minimum, and the content always takes the whole width."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Tab goes to the fields inside, and the area follows the focused one.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(content)

    def event(self, event: QEvent) -> bool:
        # The content's minimum changed (a row added, a message shown): so has ours.
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        content = self.widget()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.frameWidth()
        width = (_minimum_width(content) if content is not None else 0) + scroll_bar + frame
        return QSize(width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(hint.width() + scroll_bar + 2 * self.frameWidth(), hint.height())
