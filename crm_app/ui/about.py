"""Help → About, and the facts a bug report needs: the one place both come from.

`ProgramFacts` gathers the versions (the program's, Python's, Qt's and PySide6's, the
database engine's), where the database and the data folder are, and the licence. The
About dialog shows them in the interface language; `ProgramFacts.report` gives them as
plain English text, which About's Copy button and the crash dialog's Copy details put
before whatever else they copy.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QSize, Qt, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_app import __version__
from crm_app.services.maintenance import DatabaseEngine
from crm_app.ui.icons import application_icon
from crm_app.ui.widgets import scaled_font, secondary

PROGRAM_NAME = "Press Contacts"  # a name: never translated
LICENCE_ID = "GPL-3.0-or-later"  # SPDX, as pyproject.toml and the metainfo give it
ICON_SIDE = 64
# How long the Copy button says "Copied".
COPIED_MS = 2000
# The dialog's width in average characters: long paths wrap within it.
WIDTH_IN_CHARACTERS = 76


@dataclass(frozen=True, slots=True)
class ProgramFacts:
    version: str
    python: str  # "3.11.7 (CPython)"
    qt: str
    pyside: str
    platform: str  # the system, and Qt's platform plugin
    database: DatabaseEngine | None = None
    data_dir: Path | None = None

    @classmethod
    def gather(
        cls, database: DatabaseEngine | None = None, data_dir: Path | None = None
    ) -> ProgramFacts:
        plugin = QGuiApplication.platformName()
        return cls(
            version=__version__,
            python=f"{platform.python_version()} ({platform.python_implementation()})",
            qt=qVersion(),
            pyside=PySide6.__version__,
            platform=platform.platform() + (f" ({plugin})" if plugin else ""),
            database=database,
            data_dir=data_dir,
        )

    def report(self) -> str:
        """The facts as plain text for a bug report, in English whatever the interface."""
        lines = [
            f"{PROGRAM_NAME} {self.version}",
            f"Python {self.python}",
            f"Qt {self.qt}, PySide6 {self.pyside}",
        ]
        if self.database is not None:
            engine = self.database
            lines.append(f"Database engine: {engine.name} {engine.version}")
            if engine.libraries:
                lines.append(f"Database libraries: {', '.join(engine.libraries)}")
            kind = "file" if engine.is_file else "server"
            lines.append(f"Database ({kind}): {engine.location}")
        if self.data_dir is not None:
            lines.append(f"Data folder: {self.data_dir}")
        lines.append(f"Platform: {self.platform}")
        lines.append(f"Licence: {LICENCE_ID}")
        return "\n".join(lines)


def _value(text: str, parent: QWidget, name: str) -> QLabel:
    """A fact: plain text (a path is never read as markup), selectable, wrapping when long."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class AboutDialog(QDialog):
    """The program's name, version and purpose, the versions beneath it, where its data is,
    and its licence; Copy puts the same facts on the clipboard for a bug report."""

    def __init__(self, facts: ProgramFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._facts = facts
        self.setWindowTitle(self.tr("About Press Contacts"))

        icon = QLabel(self)
        icon.setObjectName("aboutIcon")
        ratio = self.devicePixelRatioF()
        icon.setPixmap(application_icon().pixmap(QSize(ICON_SIDE, ICON_SIDE), ratio))
        icon.setFixedSize(ICON_SIDE, ICON_SIDE)
        icon.setAccessibleName(self.tr("Press Contacts icon"))

        name = _value(PROGRAM_NAME, self, "aboutName")
        name.setFont(scaled_font(name, 1.6, bold=True))
        version = _value(
            self.tr("Version {version}").format(version=facts.version), self, "aboutVersion"
        )
        description = _value(
            self.tr(
                "Press officers and mission contacts, checked, with the contact block of "
                "every press release in its language."
            ),
            self,
            "aboutDescription",
        )
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(name)
        heading.addWidget(secondary(version))
        heading.addSpacing(6)
        heading.addWidget(description)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        rows: list[tuple[str, str, str]] = [
            (self.tr("Qt:"), facts.qt, "aboutQt"),
            (self.tr("PySide6:"), facts.pyside, "aboutPySide"),
            (self.tr("Python:"), facts.python, "aboutPython"),
        ]
        engine = facts.database
        if engine is not None:
            rows.append(
                (
                    self.tr("Database engine:"),
                    f"{engine.name} {engine.version}".strip(),
                    "aboutEngine",
                )
            )
            rows.append(
                (
                    self.tr("Database file:") if engine.is_file else self.tr("Database server:"),
                    engine.location,
                    "aboutDatabase",
                )
            )
        if facts.data_dir is not None:
            rows.append((self.tr("Data folder:"), str(facts.data_dir), "aboutDataFolder"))
        rows.append(
            (
                self.tr("Licence:"),
                self.tr("GNU General Public License, version 3 or later"),
                "aboutLicence",
            )
        )
        for label_text, value_text, object_name in rows:
            value = _value(value_text, self, object_name)
            label = QLabel(label_text, self)
            label.setBuddy(value)
            form.addRow(label, value)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyAbout")
        self.copy_button.setAccessibleName(self.tr("Copy these details for a bug report"))
        self.copy_button.setToolTip(self.tr("Copy these details, to paste into a bug report"))
        self.copy_button.setAutoDefault(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.setInterval(COPIED_MS)
        self._copied.timeout.connect(lambda: self.copy_button.setText(self.tr("Copy")))

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fit_width()

    def _fit_width(self) -> None:
        """A width that reads well, never wider than the screen: long paths wrap in it."""
        wanted = self.fontMetrics().averageCharWidth() * WIDTH_IN_CHARACTERS
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().width() - 48)
        height = self.heightForWidth(wanted)
        self.resize(wanted, height if height > 0 else self.sizeHint().height())

    def facts(self) -> ProgramFacts:
        return self._facts

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self._facts.report())
        self.copy_button.setText(self.tr("Copied"))
        self._copied.start()
