"""A save met someone else's newer change: both versions side by side, field by field.

The person keeps theirs, keeps mine, or takes each field from one side; nothing is written
before that choice. Fields only one side changed keep that side's value unless the person
picks the other; fields both changed have no default.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_app.ui.record_fields import FieldRow, default_choices
from crm_app.ui.widgets import heading, secondary


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


class _ValueLabel(QLabel):
    """A value beside its radio button: wraps, and a click on it picks the button."""

    def __init__(self, text: str, button: QRadioButton, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setBuddy(button)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._button.click()
        event.accept()


class ConflictDialog(QDialog):
    """Mine | theirs for each field that differs; `from_mine()` after it was accepted."""

    def __init__(
        self,
        name: str,
        who: str,
        when: str,
        rows: Sequence[FieldRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Changed by someone else"))
        self._rows = list(rows)
        self._groups: dict[str, QButtonGroup] = {}
        self._mine: dict[str, QRadioButton] = {}
        self._theirs: dict[str, QRadioButton] = {}
        self._chosen: dict[str, bool] | None = None
        who = who or _tr("Someone else")

        title = heading(
            _tr("{who} saved {name} at {when}, after you opened it.").format(
                who=who, name=name, when=when
            ),
            1.1,
        )
        title.setObjectName("conflictTitle")
        title.setWordWrap(True)
        # Shown when a field clashes: fields only one side changed are merged silently.
        text = _tr(
            "You both changed the highlighted fields. Keep their values, keep yours, or"
            " choose in each row; nothing is saved until you do."
        )
        explanation = QLabel(text)
        explanation.setObjectName("conflictExplanation")
        explanation.setWordWrap(True)

        self._keep_theirs = QPushButton(_tr("Keep theirs"))
        self._keep_theirs.setObjectName("keepTheirs")
        self._keep_theirs.setToolTip(
            _tr("Their values for the fields you both changed; your other changes are saved.")
        )
        self._keep_mine = QPushButton(_tr("Keep mine"))
        self._keep_mine.setObjectName("keepMine")
        self._keep_mine.setToolTip(
            _tr("Your values for every field you changed, saved over theirs.")
        )
        self._save_chosen = QPushButton(_tr("Save my choices"))
        self._save_chosen.setObjectName("saveChosenFields")
        self._save_chosen.setToolTip(_tr("Each field from the side chosen in its row."))
        self._cancel = QPushButton(QCoreApplication.translate("Dialogs", "Keep editing"))
        self._cancel.setObjectName("keepEditing")
        self._cancel.setToolTip(_tr("Back to the form; nothing is saved."))
        self._keep_theirs.clicked.connect(self.keep_theirs)
        self._keep_mine.clicked.connect(self.keep_mine)
        self._save_chosen.clicked.connect(self.save_chosen)
        self._cancel.clicked.connect(self.reject)
        self._cancel.setDefault(True)
        for button in (self._keep_theirs, self._keep_mine, self._save_chosen, self._cancel):
            button.setAccessibleName(button.text())
        grid_host = QWidget()
        grid_host.setObjectName("conflictFields")
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, text in enumerate(
            (_tr("Field"), _tr("Your version"), _tr("Their version ({who})").format(who=who))
        ):
            label = QLabel(text, grid_host)
            label.setWordWrap(True)
            label.setFont(heading("", 1.0).font())
            grid.addWidget(label, 0, column, Qt.AlignmentFlag.AlignTop)
        for position, row in enumerate(self._rows, start=1):
            self._add_row(grid, grid_host, position, row, who)
        grid.setRowStretch(len(self._rows) + 1, 1)
        scroll = QScrollArea()
        scroll.setObjectName("conflictScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(grid_host)

        buttons = QHBoxLayout()
        buttons.addWidget(self._keep_theirs)
        buttons.addWidget(self._keep_mine)
        buttons.addWidget(self._save_chosen)
        buttons.addStretch(1)
        buttons.addWidget(self._cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        self._fit(scroll, grid_host)

    def _add_row(
        self, grid: QGridLayout, host: QWidget, position: int, row: FieldRow, who: str
    ) -> None:
        if row.clash:
            # Behind the row's cells (added after it): the fields both changed stand out.
            band = QFrame(host)
            band.setObjectName("clashingField")
            band.setAutoFillBackground(True)
            palette = band.palette()
            highlight = palette.color(QPalette.ColorRole.Highlight)
            highlight.setAlpha(45)
            palette.setColor(QPalette.ColorRole.Window, highlight)
            band.setPalette(palette)
            grid.addWidget(band, position, 0, 1, 3)
        name = QWidget(host)
        name_layout = QVBoxLayout(name)
        name_layout.setContentsMargins(4, 6, 4, 6)
        name_layout.setSpacing(0)
        label = QLabel(row.label, name)
        label.setWordWrap(True)
        if row.clash:
            label.setFont(heading("", 1.0).font())
            note = _tr("Changed by both of you")
        elif row.mine_changed:
            note = _tr("Changed by you")
        else:
            note = _tr("Changed by {who}").format(who=who)
        remark = secondary(QLabel(note, name))
        remark.setWordWrap(True)
        name_layout.addWidget(label)
        name_layout.addWidget(remark)
        # The values get the room; a long name or remark wraps.
        name.setMaximumWidth(name.fontMetrics().averageCharWidth() * 26)
        grid.addWidget(name, position, 0, Qt.AlignmentFlag.AlignTop)
        group = QButtonGroup(self)
        group.setExclusive(True)
        self._groups[row.key] = group
        for column, text, mine in ((1, row.mine, True), (2, row.theirs, False)):
            cell = QWidget(host)
            cell_layout = QHBoxLayout(cell)
            cell_layout.setContentsMargins(4, 6, 4, 6)
            button = QRadioButton(cell)
            button.setObjectName(f"{'mine' if mine else 'theirs'}:{row.key}")
            side = _tr("your version") if mine else _tr("their version")
            button.setAccessibleName(
                _tr("{field}, {side}: {value}").format(field=row.label, side=side, value=text)
            )
            group.addButton(button)
            (self._mine if mine else self._theirs)[row.key] = button
            button.toggled.connect(self._update_buttons)
            cell_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            value = _ValueLabel(text, button, cell)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            cell_layout.addWidget(value, 1)
            grid.addWidget(cell, position, column)
        default = default_choices([row]).get(row.key)
        if default is not None:
            (self._mine if default else self._theirs)[row.key].setChecked(True)

    def _fit(self, scroll: QScrollArea, content: QWidget) -> None:
        """As big as the fields need, within the screen: the fields scroll, never the rest."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        owner = self.parentWidget()
        if owner is not None:
            # Not bigger than the window it belongs to, whatever the screen.
            window = owner.window().size()
            room = window if room is None else room.boundedTo(window)
        width = max(640, min(920, content.sizeHint().width() + 60))
        # The scroll area as tall as its fields, the rest as the layout wants it.
        extra = content.sizeHint().height() + 2 * scroll.frameWidth() - scroll.sizeHint().height()
        height = self.sizeHint().height() + max(extra, 0)
        if room is not None:
            width = min(width, room.width() - 40)
            height = min(height, room.height() - 40)
        self.resize(width, max(height, 320))

    # Choices

    def rows(self) -> list[FieldRow]:
        return list(self._rows)

    def choice(self, key: str) -> bool | None:
        """True: mine, False: theirs, None: not chosen yet."""
        if self._mine[key].isChecked():
            return True
        if self._theirs[key].isChecked():
            return False
        return None

    def choose(self, key: str, mine: bool) -> None:
        (self._mine if mine else self._theirs)[key].setChecked(True)

    def _update_buttons(self, *_args: object) -> None:
        self._save_chosen.setEnabled(all(self.choice(row.key) is not None for row in self._rows))

    def keep_theirs(self) -> None:
        choices = default_choices(self._rows)
        choices.update({row.key: False for row in self._rows if row.clash})
        self._finish(choices)

    def keep_mine(self) -> None:
        self._finish({row.key: row.mine_changed for row in self._rows})

    def save_chosen(self) -> None:
        choices = {row.key: self.choice(row.key) for row in self._rows}
        if any(value is None for value in choices.values()):
            return
        self._finish({key: bool(value) for key, value in choices.items()})

    def _finish(self, choices: dict[str, bool]) -> None:
        self._chosen = choices
        self.accept()

    def from_mine(self) -> list[str] | None:
        """After OK: the fields to take from my version (the rest are theirs); None when
        the person went back to the form."""
        if self._chosen is None:
            return None
        return [key for key, mine in self._chosen.items() if mine]
