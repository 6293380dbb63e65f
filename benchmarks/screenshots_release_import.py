"""Screenshots of File → Import from Release Text at a given screen size and language.

Run from the project folder, under a real X server so that sizes are real:

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python benchmarks/screenshots_release_import.py OUTDIR --lang fr
    xvfb-run -a -s "-screen 0 1024x640x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python benchmarks/screenshots_release_import.py OUTDIR --lang en

On a fresh temporary database with the sample data it writes, named with the language and
the screen size:
  release-import-empty-LANG-WxH.png     the dialog as it opens, nothing pasted
  release-import-seed-LANG-WxH.png      the seed release pasted: Kieran Best, his number flagged
  release-import-fixed-LANG-WxH.png     the same after the one-click fix
  release-import-probable-LANG-WxH.png  a release naming two people, one a probable match
  release-import-nobody-LANG-WxH.png    a text without a contact block
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from crm_app.services.container import Services
from crm_app.services.sample_data import load_sample_data
from crm_app.store.database import open_database
from crm_app.ui.i18n import install_translators
from crm_app.ui.main_window import MainWindow
from crm_app.ui.preferences import Preferences

SEED = Path(__file__).parents[1] / "tests" / "fixtures" / "releases" / "seed-iom-beijing-fr.txt"
PROBABLE = """IOM opens a centre in Nairobi with its partners in the region

NAIROBI, 3 March 2026 - A new centre opens today.

For more information, please contact:
Dan Mwangi, Communications Officer, IOM Nairobi, Tel: +254 20 444 4174, dan.mwangi@example.org
Fatou Ndiaye, IOM Dakar, Tel: +221 33 869 62 00, Email: fndiaye@example.org
"""
NO_BLOCK = """IOM opens a clinic in Dakar

DAKAR, 3 March 2026 - A new clinic opens today. Nobody to call.
"""


def settle(rounds: int = 30) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


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
        load_sample_data(services.offices, services.contacts, services.clock)
        preferences = Preferences.from_file(Path(folder) / "settings.ini")
        preferences.interface_language = args.lang
        window = MainWindow(services, preferences)
        window.setGeometry(screen)
        window.show()
        settle()
        dialog = window.import_release_text()
        settle()

        def shoot(name: str) -> None:
            settle()
            path = args.outdir / f"release-import-{name}-{args.lang}-{size}.png"
            dialog.grab().save(str(path))
            print(path, f"{dialog.width()}x{dialog.height()}")

        shoot("empty")
        dialog.set_text(SEED.read_text(encoding="utf-8"))
        shoot("seed")
        button = dialog.findChild(QPushButton, "useSuggestedNumber")
        assert isinstance(button, QPushButton)
        button.click()
        shoot("fixed")
        dialog.set_text(PROBABLE)
        shoot("probable")
        dialog.set_text(NO_BLOCK)
        shoot("nobody")
        dialog.reject()
        window.close()
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
