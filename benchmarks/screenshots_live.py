"""Screenshots of the live-update banners, for checking that nothing is cut off.

Run from the project folder:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/screenshots_live.py OUTDIR

On a temporary SQLite file with the sample data, at 1024×640 (a small laptop screen), a
second connection plays the colleague. It writes:
  live-contact-changed.png   a contact form with unsaved edits, changed elsewhere
  live-contact-deleted.png   the same, deleted elsewhere
  live-office-changed.png    an office with unsaved edits, changed elsewhere
  live-release-changed.png   a release with unsaved edits, changed elsewhere
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges, OfficeChanges, ReleaseChanges, ReleaseDraft
from crm_app.services.sample_data import load_sample_data
from crm_app.store.database import open_database
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences

SIZE = (1024, 640)


def _wait_for(condition: Callable[[], bool], timeout_ms: int = 10_000) -> None:
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the change did not arrive")
        QCoreApplication.processEvents()


def _visible(window: QWidget, name: str) -> bool:
    found = window.findChild(QWidget, name)
    return found is not None and found.isVisible()


def _shoot(window: MainWindow, out: Path, name: str) -> None:
    for _ in range(5):
        QCoreApplication.processEvents()
    window.grab().save(str(out / name))
    print(out / name)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'contacts.sqlite3'}"
        database, other = open_database(url), open_database(url)
        services = Services.build(database, templates_override=Path(folder) / "templates")
        elsewhere = Services.build(other, templates_override=Path(folder) / "templates")
        load_sample_data(services.offices, services.contacts, services.clock)
        window = MainWindow(services, Preferences.from_file(Path(folder) / "settings.ini"))
        window.resize(*SIZE)
        window.show()

        kieran = services.contacts.ids(ContactQuery(text="kieran"))[0]
        window.contacts.open_contact(kieran)
        window.contacts.edit_current()
        notes = window.findChild(QPlainTextEdit, "notes")
        assert notes is not None
        notes.setPlainText("Met at the Geneva briefing")
        elsewhere.contacts.edit(kieran, ContactChanges(honorific="Mr"))
        _wait_for(lambda: _visible(window, "contactChangedElsewhere"))
        _shoot(window, out, "live-contact-changed.png")
        elsewhere.contacts.delete(kieran)
        _wait_for(lambda: "deleted" in window.contacts.editor.elsewhere_message.label.text())
        _shoot(window, out, "live-contact-deleted.png")
        window.contacts.editor.revert()

        window.show_section(1)
        offices = window.offices
        offices.view.setCurrentIndex(offices.view.model().index(0, 0))
        office = offices.editor.office
        assert office is not None
        city = window.findChild(QLineEdit, "city")
        assert city is not None
        city.setText("Somewhere else")
        elsewhere.offices.edit(office.id, OfficeChanges(city="Elsewhere"))
        _wait_for(lambda: _visible(window, "officeChangedElsewhere"))
        _shoot(window, out, "live-office-changed.png")
        offices.editor.revert()

        release = services.releases.add(
            ReleaseDraft(title="Floods in the north", language="en", date=date(2026, 11, 27))
        )
        window.show_section(2)
        window.releases.open_release(release.id)
        title = window.findChild(QLineEdit, "releaseTitle")
        assert title is not None
        title.setText("Floods in the north: an update")
        title.textEdited.emit(title.text())
        elsewhere.releases.edit(
            release.id, ReleaseChanges(title="Floods: the response"), expected_version=1
        )
        _wait_for(lambda: _visible(window, "releaseChangedElsewhere"))
        _shoot(window, out, "live-release-changed.png")
        window.releases.editor().revert()

        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
        other.close()
        database.close()
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
