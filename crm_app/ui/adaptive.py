"""Layouts that follow the room they get, so a small screen scrolls down but never sideways."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
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
