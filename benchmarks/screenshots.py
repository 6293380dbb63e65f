"""Screenshots of the main window, for looking at what a person sees.

Run from the project folder:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/screenshots.py OUTDIR

It writes, at 1280×800, on a fresh temporary database:
  empty-state.png        the welcome a new user sees
  main-window.png        the contact list and editor with the sample data
  phone-warning.png      a new contact at IOM Beijing with the sample's broken number
  offices.png            the office list and editor
  main-window-dark.png   the main window under a dark palette (the window follows the
                         system palette; here one is set by hand to check nothing is
                         hard-coded)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from crm_app.services.container import Services
from crm_app.store.database import open_database
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences

SIZE = (1280, 800)


def dark_palette() -> QPalette:
    """A dark palette such as a desktop in dark mode hands to the application."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: QColor(45, 45, 48),
        QPalette.ColorRole.WindowText: QColor(230, 230, 230),
        QPalette.ColorRole.Base: QColor(30, 30, 32),
        QPalette.ColorRole.AlternateBase: QColor(40, 40, 44),
        QPalette.ColorRole.Text: QColor(230, 230, 230),
        QPalette.ColorRole.Button: QColor(55, 55, 60),
        QPalette.ColorRole.ButtonText: QColor(230, 230, 230),
        QPalette.ColorRole.Highlight: QColor(42, 130, 218),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.PlaceholderText: QColor(150, 150, 155),
        QPalette.ColorRole.ToolTipBase: QColor(55, 55, 60),
        QPalette.ColorRole.ToolTipText: QColor(230, 230, 230),
        QPalette.ColorRole.Link: QColor(90, 170, 255),
    }
    for role, colour in colours.items():
        palette.setColor(role, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(120, 120, 120))
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(120, 120, 120)
    )
    return palette


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def shoot(widget: QWidget, path: Path) -> None:
    settle()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def child(window: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = window.findChild(kind, name)
    if found is None:
        raise SystemExit(f"no {kind.__name__} named {name}")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'screens.sqlite3'}")
        try:
            services = Services.build(database, templates_override=Path(folder) / "templates")
            preferences = Preferences.from_file(Path(folder) / "ui.ini")
            window = MainWindow(services, preferences)
            window.resize(*SIZE)
            window.show()
            shoot(window, out / "empty-state.png")

            window.contacts.load_sample_data()
            while window.contacts.loading_sample_data():  # it loads in a worker
                QApplication.processEvents()
            window.contacts.view.setCurrentIndex(window.contacts.model.index(0, 0))
            shoot(window, out / "main-window.png")

            window.contacts.new_record()
            editor = window.contacts.editor
            office = child(editor, QComboBox, "office")
            assert isinstance(office, QComboBox)
            office.setCurrentIndex(office.findText("IOM Beijing"))
            for name, text in (
                ("givenName", "Li"),
                ("familyName", "Wei"),
                ("jobTitle", "Communications Assistant"),
                ("phoneNumber", "+ 86 5979 9695 Ext. 203"),
            ):
                edit = child(editor, QLineEdit, name)
                assert isinstance(edit, QLineEdit)
                edit.setText(text)
            shoot(window, out / "phone-warning.png")
            editor.revert()

            window.show_section(1)
            window.offices.view.setCurrentIndex(window.offices.view.model().index(0, 0))
            shoot(window, out / "offices.png")

            window.close()

            # A desktop in dark mode hands the palette over before any window exists.
            if isinstance(app, QApplication):
                app.setPalette(dark_palette())
            dark = MainWindow(services, Preferences.from_file(Path(folder) / "dark.ini"))
            dark.resize(*SIZE)
            dark.show()
            dark.contacts.view.setCurrentIndex(dark.contacts.model.index(0, 0))
            shoot(dark, out / "main-window-dark.png")
            dark.close()
        finally:
            database.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
