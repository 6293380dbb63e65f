"""Screenshots of the officer's desk at a given screen size and interface language.

Run from the project folder, under a real X server so that sizes are real:

    xvfb-run -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python benchmarks/screenshots_desk.py OUTDIR --lang fr
    xvfb-run -s "-screen 0 1024x640x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python benchmarks/screenshots_desk.py OUTDIR --lang en

(QT_QPA_PLATFORM=offscreen works too, at the size the offscreen screen reports.)

On a fresh temporary database with the sample data, the window fills the screen and it
writes, named with the language and the screen size:
  welcome-LANG-WxH.png        the first start, on an empty database
  list-LANG-WxH.png           the contact list
  card-LANG-WxH.png           Kieran Best's card
  paste-LANG-WxH.png          a new contact at IOM Beijing with the seed release's e-mail
                              and phone pasted as the web page left them
  paste-fixed-LANG-WxH.png    the same after both one-click fixes
  release-LANG-WxH.png        the release editor with three contacts and its block
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QWidget

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ReleaseDraft
from crm_app.services.sample_data import load_sample_data
from crm_app.store.database import open_database
from crm_app.ui.i18n import install_translators
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences

# The seed release's last lines, as they were scraped from the web page.
SEED_PHONE = "Tél. + 86 5979 9695 Ext. 203"
SEED_EMAIL = '"mailto:kgormanbest@iom.int" target="" title="">kgormanbest@iom.int'


def settle(rounds: int = 30) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def find(window: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = window.findChild(kind, name)
    if found is None:
        raise LookupError(f"no {kind.__name__} named {name}")
    return found


def click(window: QWidget, name: str) -> None:
    button = find(window, QPushButton, name)
    assert isinstance(button, QPushButton)
    button.click()
    settle()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", choices=["en", "fr", "es"], default="en")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv[:1])
    install_translators(app, args.lang)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    size = f"{screen.width()}x{screen.height()}"
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'desk.sqlite3'}")
        services = Services.build(database, templates_override=Path(folder) / "templates")
        preferences = Preferences.from_file(Path(folder) / "settings.ini")
        preferences.interface_language = args.lang
        welcome = MainWindow(services, preferences)
        welcome.setGeometry(screen)
        welcome.show()
        settle()
        path = args.outdir / f"welcome-{args.lang}-{size}.png"
        welcome.grab().save(str(path))
        print(path)
        welcome.close()
        load_sample_data(services.offices, services.contacts, services.clock)
        contacts = list(services.contacts.stream(ContactQuery()))
        kieran = next(c for c in contacts if c.family == "Best")
        release = services.releases.add(
            ReleaseDraft(
                title="L'OIM et ses partenaires appellent à soutenir les migrants bloqués",
                language=args.lang,
                date=date(2026, 11, 27),
                office="IOM Beijing",
                dateline="Pékin",
                contact_ids=tuple(c.id for c in contacts[:3]),
            )
        )
        window = MainWindow(services, preferences)
        window.setGeometry(screen)
        window.show()
        settle()

        def shoot(name: str) -> None:
            settle()
            path = args.outdir / f"{name}-{args.lang}-{size}.png"
            window.grab().save(str(path))
            print(path)

        shoot("list")
        window.open_contact(kieran.id)
        shoot("card")

        window.contacts.new_record()
        settle()
        office = find(window, QComboBox, "office")
        assert isinstance(office, QComboBox)
        office.setCurrentIndex(office.findData(kieran.office.id if kieran.office else None))
        for name, text in (
            ("givenName", "Kieran"),
            ("familyName", "Best"),
            ("phoneNumber", SEED_PHONE),
            ("emailAddress", SEED_EMAIL),
        ):
            field = find(window, QLineEdit, name)
            assert isinstance(field, QLineEdit)
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.setText(text)
            settle()
        shoot("paste")
        click(window, "useSuggestedNumber")
        click(window, "useSuggestedEmail")
        shoot("paste-fixed")
        window.contacts.editor.clear()
        settle()

        window.open_release(release.id)
        shoot("release")
        window.close()
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
