"""Screenshots of the release workspace at 1280×800, to look at after every UI change.

Run from the project root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/screenshots_releases.py OUTDIR

Writes into OUTDIR (created if needed), on a throw-away database with the sample data:

- ``release_editor_fr.png``: the release editor in French, a French release with three
  contacts, the block preview and its warnings;
- ``release_outdated_fr.png``: the outdated-releases view after a published number changed,
  beside that published release and its frozen block;
- ``import_preview_fr.png``: the vCard import preview (created, updated, skipped) over the
  release workspace, in French;
- ``export_fr.png`` and ``preferences_fr.png``: the export and preferences dialogs;
- ``main_window_es.png``: the main window in Spanish (when crm_app.ui.main_window exists),
  on its Releases section when the window has one, else with a contact open; and then
  ``main_window_releases_es.png``, the window with the Releases section added as the
  integration notes describe (a subclass here, until MainWindow lists the section).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges, PhoneInput, ReleaseDraft
from crm_app.services.sample_data import load_sample_data
from crm_app.store.database import open_database
from crm_app.ui.i18n import install_translators
from crm_app.ui.preferences import Preferences
from crm_app.ui.preferences_dialog import PreferencesDialog
from crm_app.ui.releases import ReleasesSection
from crm_app.ui.vcard_dialogs import ExportDialog, ExportScope, ImportDialog

SIZE = QSize(1280, 800)

IMPORT_SAMPLE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Chidi;;;\r\nFN:Chidi Okafor\r\n"
    "ORG:IOM;IOM Nairobi\r\nTITLE:Communications Assistant\r\n"
    "EMAIL;TYPE=WORK:cokafor@iom.int\r\nTEL;TYPE=WORK,VOICE:+254 20 422 1120\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Best;Kieran;;;\r\nFN:Kieran Best\r\n"
    "EMAIL;TYPE=WORK:kgormanbest@iom.int\r\nTEL;TYPE=CELL:+86 139 1099 8877\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lindqvist;Sofia;;;\r\nFN:Sofia Lindqvist\r\n"
    "EMAIL;TYPE=WORK:slindqvist@iom.int\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:exported without a name\r\nEND:VCARD\r\n"
)


def _wait(signal: object) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    loop.exec()


def _save(widget: QWidget, path: Path) -> None:
    widget.resize(SIZE)
    widget.show()
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def _over(background: QWidget, dialog: QWidget, path: Path) -> None:
    """A dialog as a person sees it: centred over the dimmed window behind it."""
    background.resize(SIZE)
    background.show()
    dialog.show()
    QApplication.processEvents()
    canvas = QPixmap(SIZE)
    painter = QPainter(canvas)
    painter.drawPixmap(0, 0, background.grab())
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 60))
    front = dialog.grab()
    # Offscreen windows have no frame: draw a plain title bar so the dialog reads as one.
    bar = 28
    left = (SIZE.width() - front.width()) // 2
    top = (SIZE.height() - front.height() + bar) // 2
    painter.fillRect(left, top - bar, front.width(), bar, QColor(60, 64, 72))
    painter.setPen(QColor(255, 255, 255))
    painter.drawText(
        left, top - bar, front.width(), bar, Qt.AlignmentFlag.AlignCenter, dialog.windowTitle()
    )
    painter.drawPixmap(QPoint(left, top), front)
    painter.end()
    if not canvas.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    work = Path(tempfile.mkdtemp(prefix="press-contacts-shots-"))
    database = open_database(f"sqlite:///{work / 'contacts.sqlite3'}")
    services = Services.build(database, clock=None)
    load_sample_data(services.offices, services.contacts, services.clock)
    people = {c.display_name: c for c in services.contacts.page(ContactQuery())}
    # Carmen was verified 500 days ago: the preview warns about her, beside the block.
    release = services.releases.add(
        ReleaseDraft(
            title="L'OIM encourage les liens entre migration et développement en Asie",
            language="fr",
            date=services.clock.today() - timedelta(days=1),
            office="IOM Beijing",
            dateline="PÉKIN",
            url="https://www.iom.int/fr/news",
            contact_ids=(
                people["Kieran Best"].id,
                people["Amélie Ndiaye"].id,
                people["Carmen Ruiz Ortega"].id,
            ),
        )
    )
    published = services.releases.add(
        ReleaseDraft(
            title="Journée internationale des migrants",
            language="fr",
            date=services.clock.today() - timedelta(days=30),
            office="IOM Headquarters",
            contact_ids=(people["Nadia Haddad"].id,),
        )
    )
    services.releases.publish(published.id)
    services.contacts.edit(
        people["Nadia Haddad"].id,
        ContactChanges(phones=(PhoneInput("+41 22 717 9410"), PhoneInput("+41 79 285 43 66"))),
    )
    preferences = Preferences.from_file(work / "preferences.ini")

    preferences.interface_language = "fr"  # also the language office names are shown in
    install_translators(app, "fr")
    section = ReleasesSection(services, preferences)
    section.open_release(release.id)
    _save(section, out / "release_editor_fr.png")
    section.open_release(published.id)  # the frozen block, beside the outdated list
    section.show_outdated()
    if section.is_checking_outdated():  # the check runs in a worker
        _wait(section.outdated_checked)
    _save(section, out / "release_outdated_fr.png")
    section.open_release(release.id)

    vcf = work / "collegues.vcf"
    vcf.write_text(IMPORT_SAMPLE, encoding="utf-8")
    dialog = ImportDialog(services.vcards, vcf, parent=section)
    dialog.start_preview()
    task = dialog.task()
    assert task is not None
    _wait(task.finished)
    _over(section, dialog, out / "import_preview_fr.png")
    dialog.close()

    export = ExportDialog(
        services.vcards,
        selection_ids=[people["Kieran Best"].id],
        release_id=release.id,
        release_title=release.title,
        parent=section,
    )
    export.set_scope(ExportScope.RELEASE)
    export.set_path(work / "communique.vcf")
    _over(section, export, out / "export_fr.png")
    export.close()

    settings = PreferencesDialog(
        preferences, database.display_name, services.releases.languages(), parent=section
    )
    _over(section, settings, out / "preferences_fr.png")
    settings.close()
    section.close()

    try:
        from crm_app.ui.main_window import MainWindow
        from crm_app.ui.section import Section
    except ImportError:
        print("crm_app.ui.main_window does not exist yet: no main window screenshot")
        return
    preferences.interface_language = "es"
    install_translators(app, "es")
    window = MainWindow(services, preferences)
    navigation = window.findChild(QListWidget, "navigation")
    for row in range(navigation.count() if navigation is not None else 0):
        window.show_section(row)
        if window.current_section().key == "releases":
            break
    else:
        # No Releases section in the window yet: show a contact, the editor is in Spanish too.
        window.open_contact(people["Carmen Ruiz Ortega"].id)
    _save(window, out / "main_window_es.png")
    window.close()

    if window.current_section().key != "releases":
        # The window with the Releases section added the way the integration notes say,
        # to see it in place before the window is changed for real.
        class WithReleases(MainWindow):
            def _build_sections(self) -> list[Section]:
                self.releases = ReleasesSection(services, preferences)
                return [*super()._build_sections(), self.releases]

        window = WithReleases(services, preferences)
        window.show_section(2)
        window.releases.open_release(release.id)
        _save(window, out / "main_window_releases_es.png")
        window.close()
    database.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))
