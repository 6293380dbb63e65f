"""What a new user sees instead of an empty list: a welcome and the three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QStyle, QVBoxLayout, QWidget

from crm_app.ui.widgets import heading, secondary


class WelcomePage(QWidget):
    add_contact = Signal()
    import_vcards = Signal()
    load_sample_data = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = heading(self.tr("Welcome to Press Contacts"), 1.8)
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title.setWordWrap(True)
        intro = secondary(
            QLabel(
                self.tr(
                    "Keep your press officers and mission contacts in one place, with phone "
                    "numbers and e-mail addresses checked as you type them. "
                    "There are no contacts yet: start with one of these."
                )
            )
        )
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        intro.setWordWrap(True)

        self.add_button = self._button(
            "welcomeAddContact",
            self.tr("Add a contact"),
            self.tr("Type in a press officer or mission contact yourself."),
        )
        self.add_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self.add_button.clicked.connect(self.add_contact)
        self.import_button = self._button(
            "welcomeImportVCards",
            self.tr("Import vCards…"),
            self.tr("Bring in contacts exported from Outlook, Google, Apple or Thunderbird."),
        )
        self.import_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton)
        )
        self.import_button.clicked.connect(self.import_vcards)
        self.sample_button = self._button(
            "loadSampleData",
            self.tr("Load sample data"),
            self.tr("A few offices and contacts to try the program with."),
        )
        self.sample_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        )
        self.sample_button.clicked.connect(self.load_sample_data)

        column = QWidget(self)
        # A readable measure for the text; wrapped labels need a definite width to lay out.
        column.setFixedWidth(intro.fontMetrics().averageCharWidth() * 72)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(12)
        column_layout.addWidget(title)
        column_layout.addWidget(intro)
        column_layout.addSpacing(12)
        column_layout.addWidget(self.add_button)
        column_layout.addWidget(self.import_button)
        column_layout.addWidget(self.sample_button)

        # Wrapped text (labels, command links' descriptions) does not ask for the height it
        # needs at the column's width: a longer translation would lose its last line.
        inner = column.width() - 2 * column_layout.contentsMargins().left()
        for widget in (title, intro, self.add_button, self.import_button, self.sample_button):
            widget.setMinimumHeight(widget.heightForWidth(inner))

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def _button(self, object_name: str, text: str, description: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setObjectName(object_name)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        return button
