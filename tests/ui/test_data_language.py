"""The officer's language everywhere: office names, countries, job titles, extensions, dates
and the services' reasons follow a French or Spanish interface, each field falling back to
English. The interface here follows the system (no language chosen), as on most desktops."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ReleaseDraft
from crm_app.ui.i18n import format_date, install_translators
from crm_app.ui.main_window import MainWindow
from crm_app.ui.models.contact_table_model import ContactColumn
from crm_app.ui.models.office_table_model import OfficeColumn
from crm_app.ui.models.release_table_model import ReleaseColumn
from crm_app.ui.preferences import Preferences
from crm_app.ui.widgets import CountryCombo
from tests.ui.conftest import find, open_window

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

Speak = Callable[[str], None]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Speak]:
    """Install an interface language as the program does at start; English again after."""
    locale = QLocale()

    def install(language: str) -> None:
        assert install_translators(qapp, language) == language
        QCoreApplication.sendPostedEvents()

    yield install
    install_translators(qapp, "en")
    QLocale.setDefault(locale)
    QCoreApplication.sendPostedEvents()


def _window(qtbot: QtBot, services: Services, preferences: Preferences) -> MainWindow:
    assert preferences.interface_language == ""  # follows the system's language
    return open_window(qtbot, services, preferences)


def _contact_rows(window: MainWindow) -> dict[str, tuple[str, str]]:
    model = window.contacts.model
    return {
        model.index(row, ContactColumn.NAME).data(): (
            model.index(row, ContactColumn.OFFICE).data(),
            model.index(row, ContactColumn.TITLE).data(),
        )
        for row in range(model.rowCount())
    }


def _show_office(qtbot: QtBot, window: MainWindow, name: str) -> None:
    window.show_section(1)
    view = window.offices.list_view
    model = view.model()
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.parametrize(
    ("language", "beijing", "china", "headquarters", "switzerland", "spokesperson"),
    [
        ("fr", "OIM Pékin", "Chine", "OIM Siège", "Suisse", "Porte-parole"),
        ("es", "OIM Pekín", "China", "OIM Sede", "Suiza", "Portavoz"),
    ],
)
def test_names_countries_and_titles_follow_the_interface(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    sample: None,
    speak: Speak,
    language: str,
    beijing: str,
    china: str,
    headquarters: str,
    switzerland: str,
    spokesperson: str,
) -> None:
    speak(language)
    window = _window(qtbot, services, preferences)

    rows = _contact_rows(window)
    assert rows["Kieran Best"][0] == beijing
    assert rows["Nadia Haddad"] == (headquarters, spokesperson)
    # A field without this language falls back to English on its own, beside a translated one.
    assert rows["Daniel Mwangi"][1] == "Senior Media Officer"
    assert rows["Carmen Ruiz Ortega"][1] == "Responsable de Prensa"  # Spanish only: shown anyway
    if language == "fr":
        assert rows["Kieran Best"][1] == "Chargé de communication"
    else:
        assert rows["Kieran Best"][1] == "Media and Communications Officer"
    assert find(window.contacts, QComboBox, "office").findText(beijing) >= 0
    assert find(window.contacts, QComboBox, "officeFilter").findText(beijing) >= 0

    window.show_section(1)  # the Offices section reads its list when shown
    offices = window.offices.list_view.model()
    countries = {
        offices.index(row, OfficeColumn.NAME).data(): offices.index(
            row, OfficeColumn.COUNTRY
        ).data()
        for row in range(offices.rowCount())
    }
    assert countries[beijing] == china
    assert countries[headquarters] == switzerland
    _show_office(qtbot, window, beijing)
    assert find(window.offices, CountryCombo, "country").currentText() == f"{china} (CN)"
    assert find(window.offices, QLineEdit, "officeName").text() == "IOM Beijing"


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "+86 10 5979 9695 ext. 203"),
        ("fr", "+86 10 5979 9695, poste 203"),
        ("es", "+86 10 5979 9695 ext. 203"),  # what resources/templates/es.toml writes
    ],
)
def test_the_phone_check_writes_the_extension_as_the_interface_does(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    beijing: int,
    speak: Speak,
    language: str,
    shown: str,
) -> None:
    speak(language)
    window = _window(qtbot, services, preferences)
    qtbot.mouseClick(find(window, QPushButton, "welcomeAddContact"), Qt.MouseButton.LeftButton)
    office = find(window, QComboBox, "office")
    office.setCurrentIndex(office.findData(beijing))
    number = find(window, QLineEdit, "phoneNumber")
    check = find(window, QLabel, "phoneCheck")

    qtbot.keyClicks(number, "+ 86 5979 9695 Ext. 203")  # the release's broken number
    fix = find(window, QPushButton, "useSuggestedNumber")
    assert shown.replace(" ", "\u00a0") in check.text()
    assert fix.toolTip().endswith(shown)  # the button itself says so when it has room
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert number.text() == shown  # and it reads back as the same number
    assert check.text().startswith(
        {"en": "Reads as ", "fr": "Compris comme ", "es": "Se interpreta como "}[language] + shown
    )
    assert (language == "fr") == ("poste" in check.text())


def test_the_office_switchboard_check_writes_the_extension_in_french(
    qtbot: QtBot, services: Services, preferences: Preferences, sample: None, speak: Speak
) -> None:
    speak("fr")
    window = _window(qtbot, services, preferences)
    _show_office(qtbot, window, "OIM Pékin")
    switchboard = find(window.offices, QLineEdit, "switchboard")
    switchboard.setText("+86 10 5979 9600 ext. 1")
    assert (
        find(window.offices, QLabel, "switchboardError")
        .text()
        .startswith("Compris comme +86 10 5979 9600, poste 1")
    )


def test_reasons_from_the_services_reach_a_french_window_in_french(
    qtbot: QtBot, services: Services, preferences: Preferences, sample: None, speak: Speak
) -> None:
    speak("fr")
    window = _window(qtbot, services, preferences)

    # A contact editor field the service refuses: the reason goes under the field.
    qtbot.mouseClick(find(window, QPushButton, "newContact"), Qt.MouseButton.LeftButton)
    find(window, QLineEdit, "givenName").setText("A" * 201)
    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    given = find(window, QLabel, "givenNameError").text()
    assert given == "Est trop long (201 caractères\u00a0; 200 au plus)"
    window.contacts.detail.revert()

    # An office name already taken, under the name field.
    window.show_section(1)
    qtbot.mouseClick(find(window, QPushButton, "newOffice"), Qt.MouseButton.LeftButton)
    find(window, QLineEdit, "officeName").setText("IOM Beijing")
    find(window, CountryCombo, "country").set_country_code("CN")
    qtbot.mouseClick(find(window, QPushButton, "saveOffice"), Qt.MouseButton.LeftButton)
    beijing = services.offices.find("IOM Beijing").id
    assert find(window, QLabel, "officeNameError").text() == (
        f"«\u00a0IOM Beijing\u00a0» est déjà le nom du bureau {beijing}"
    )
    window.offices.detail.revert()


def test_dates_are_written_one_way_in_the_interface_language(
    qtbot: QtBot, services: Services, preferences: Preferences, sample: None, speak: Speak
) -> None:
    speak("fr")
    assert format_date(date(2026, 11, 27)) == "27/11/2026"
    assert format_date(datetime(2026, 11, 27, 12, 0)) == "27/11/2026"  # naive UTC, at noon

    (kieran,) = services.contacts.page(ContactQuery(text="Kieran"))
    release = services.releases.add(
        ReleaseDraft(
            title="Migration en Chine",
            language="fr",
            date=date(2026, 11, 27),
            office="IOM Beijing",
            contact_ids=(kieran.id,),
        )
    )
    published, _warnings = services.releases.publish(release.id)
    assert published.published is not None
    window = _window(qtbot, services, preferences)

    # The release list, the published block's note.
    window.show_section(2)
    releases = window.releases.model()
    assert releases.index(0, ReleaseColumn.DATE).data() == "27/11/2026"
    assert releases.index(0, ReleaseColumn.OFFICE).data() == "OIM Pékin"
    assert window.releases.open_release(published.id)
    note = find(window.releases, QLabel, "blockFrozen").text()
    assert format_date(published.published.published_at) in note

    # A deleted contact's banner.
    services.contacts.delete(kieran.id)
    deleted = services.contacts.get(kieran.id, include_deleted=True)
    assert deleted.deleted_at is not None
    window.contacts.detail.load(deleted)
    banner = find(window.contacts, QLabel, "contactState").text()
    assert banner.startswith(f"Supprimé le {format_date(deleted.deleted_at)}")


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "+86 10 5979 9695 ext. 203"), ("fr", "+86 10 5979 9695, poste 203")],
)
def test_the_list_writes_numbers_as_the_card_does(
    qtbot: QtBot,
    services: Services,
    preferences: Preferences,
    sample: None,
    speak: Speak,
    language: str,
    shown: str,
) -> None:
    speak(language)
    window = _window(qtbot, services, preferences)
    model = window.contacts.model
    (row,) = [
        row
        for row in range(model.rowCount())
        if model.index(row, ContactColumn.NAME).data() == "Kieran Best"
    ]
    assert model.index(row, ContactColumn.PHONE).data() == shown
    assert model.index(row, ContactColumn.PHONE).data(Qt.ItemDataRole.ToolTipRole) == shown
