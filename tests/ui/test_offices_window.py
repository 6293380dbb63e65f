"""The Offices section: add an office with a searchable country, check its switchboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from crm_app.services.container import Services
from crm_app.ui.main_window import MainWindow
from crm_app.ui.widgets import CountryCombo
from tests.ui.conftest import find

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_add_an_office_and_contacts_can_choose_it(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    window.show_section(1)
    qtbot.mouseClick(find(window, QPushButton, "newOffice"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(window, QLineEdit, "officeName"), "IOM Shanghai")
    find(window, QLineEdit, "officeNameFr").setText("OIM Shanghai")
    country = find(window, CountryCombo, "country")
    completer = country.completer()
    assert completer is not None
    completer.setCompletionPrefix("hina")  # any part of the name finds the country
    found = [completer.completionModel().index(row, 0).data() for row in range(5)]
    assert "China (CN)" in found
    country.setEditText("China (CN)")
    qtbot.keyClicks(find(window, QLineEdit, "city"), "Shanghai")
    switchboard = find(window, QLineEdit, "switchboard")
    qtbot.keyClicks(switchboard, "021 6100 1234")
    assert find(window, QLabel, "switchboardError").text().startswith("Reads as +86 21")
    parent = find(window, QComboBox, "parentOffice")
    parent.setCurrentIndex(parent.findText("IOM Beijing"))
    qtbot.mouseClick(find(window, QPushButton, "saveOffice"), Qt.MouseButton.LeftButton)

    (shanghai,) = [o for o in services.offices.all() if o.name() == "IOM Shanghai"]
    assert (shanghai.country, shanghai.city) == ("CN", "Shanghai")
    assert shanghai.switchboard is not None and shanghai.switchboard.e164 == "+862161001234"
    assert shanghai.parent_id == services.offices.find("IOM Beijing").id
    assert find(window.contacts, QComboBox, "office").findText("IOM Shanghai") >= 0
    assert find(window.contacts, QComboBox, "officeFilter").findText("IOM Shanghai") >= 0

    window.undo_action.trigger()  # adding is undone by deleting it again
    assert "IOM Shanghai" not in [o.name() for o in services.offices.all()]


def test_an_office_error_is_shown_next_to_its_field(
    qtbot: QtBot, services: Services, sample: None, window: MainWindow
) -> None:
    window.show_section(1)
    qtbot.mouseClick(find(window, QPushButton, "newOffice"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find(window, QLineEdit, "officeName"), "OIM Pékin"[:3] + " Beijing")
    find(window, CountryCombo, "country").setEditText("Atlantis")
    qtbot.mouseClick(find(window, QPushButton, "saveOffice"), Qt.MouseButton.LeftButton)
    assert "country" in find(window, QLabel, "countryError").text().lower()
    find(window, CountryCombo, "country").set_country_code("CN")
    name = find(window, QLineEdit, "officeName")
    name.setText("IOM Beijing")  # taken
    qtbot.mouseClick(find(window, QPushButton, "saveOffice"), Qt.MouseButton.LeftButton)
    assert "already the name" in find(window, QLabel, "officeNameError").text()
    assert len(services.offices.all()) == 5


def test_an_office_in_use_cannot_be_deleted_and_says_why(
    qtbot: QtBot,
    services: Services,
    sample: None,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        "crm_app.ui.offices_section.show_error",
        lambda _parent, _title, message: warnings.append(message),
    )
    window.show_section(1)
    view = window.offices.view
    view.setCurrentIndex(view.model().index(0, 0))
    window.delete_action.trigger()
    assert warnings and "still belong" in warnings[0]
    assert len(services.offices.all()) == 5
