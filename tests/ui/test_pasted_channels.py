"""The sample release's contact lines pasted into the editor: cleaned on one click, every
problem said once, in a clean sentence, and gone as soon as it is fixed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.ui.main_window import MainWindow
from tests.ui.conftest import find

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

# The last lines of the sample release, as scraped from the web page.
SEED_PHONE = "Tél. + 86 5979 9695 Ext. 203"
SEED_EMAIL = '"mailto:kgormanbest@iom.int" target="" title=\n"">kgormanbest@iom.int'
CLEAN_EMAIL = "kgormanbest@iom.int"


def paste(edit: QLineEdit, text: str) -> None:
    """What a paste does to a line edit: the text arrives at once (a newline becomes a space
    in QLineEdit; the check must cope either way)."""
    edit.setFocus()
    edit.insert(text)


def new_contact(qtbot: QtBot, window: MainWindow, beijing: int | None = None) -> None:
    qtbot.mouseClick(find(window, QPushButton, "newContact"), Qt.MouseButton.LeftButton)
    if beijing is not None:
        office = find(window, QComboBox, "office")
        office.setCurrentIndex(office.findData(beijing))


def test_the_seed_email_is_offered_clean_and_saved_clean(
    qtbot: QtBot, services: Services, beijing: int, window: MainWindow
) -> None:
    new_contact(qtbot, window, beijing)
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "Kieran")
    qtbot.keyClicks(find(window, QLineEdit, "familyName"), "Best")
    email = find(window, QLineEdit, "emailAddress")
    paste(email, SEED_EMAIL)

    check = find(window, QLabel, "emailCheck")
    assert check.isVisible()
    assert check.text() == (
        "This is not an e-mail address as it stands; the address in it is kgormanbest@iom.int."
    )
    use = find(window, QPushButton, "useSuggestedEmail")
    assert use.isVisible()
    assert use.text() == f"Use {CLEAN_EMAIL}"

    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert email.text() == CLEAN_EMAIL
    assert not use.isVisible()
    assert not check.isVisible()  # a valid address as typed needs no words

    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    (stored,) = services.contacts.page(ContactQuery())
    assert [e.address for e in stored.emails] == [CLEAN_EMAIL]


def test_the_seed_phone_line_gets_the_area_code_repair(
    qtbot: QtBot, services: Services, beijing: int, window: MainWindow
) -> None:
    new_contact(qtbot, window, beijing)
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "Kieran")
    number = find(window, QLineEdit, "phoneNumber")
    paste(number, SEED_PHONE)
    check = find(window, QLabel, "phoneCheck")
    assert "area code (10) is missing" in check.text()
    use = find(window, QPushButton, "useSuggestedNumber")
    assert use.isVisible() and "+86 10 5979 9695 ext. 203" in use.text()
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert number.text() == "+86 10 5979 9695 ext. 203"
    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    (stored,) = services.contacts.page(ContactQuery())
    assert [(p.e164, p.extension, p.valid) for p in stored.phones] == [
        ("+861059799695", "203", True)
    ]


def test_a_second_email_row_has_its_own_check_and_clean_address(
    qtbot: QtBot, beijing: int, window: MainWindow
) -> None:
    new_contact(qtbot, window, beijing)
    paste(find(window, QLineEdit, "emailAddress"), "press@iom.int")
    qtbot.mouseClick(find(window, QPushButton, "addEmail"), Qt.MouseButton.LeftButton)
    second = find(window, QLineEdit, "emailAddress2")
    paste(second, "Email: <a href='mailto:kgormanbest@iom.int'>Kieran</a>")
    assert "the address in it is kgormanbest@iom.int" in find(window, QLabel, "emailCheck2").text()
    assert not find(window, QPushButton, "useSuggestedEmail").isVisible()
    use = find(window, QPushButton, "useSuggestedEmail2")
    qtbot.waitUntil(use.isVisible)  # a new row is shown by the layout's next pass
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert second.text() == CLEAN_EMAIL


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("kgormanbest@@iom.int", "An e-mail address has only one @-sign."),
        ("kgorman best", "An email address must have an @-sign."),
        ("kieran,best@iom.int", "An e-mail address cannot contain “,”."),
    ],
)
def test_no_suggestion_means_no_button_and_one_clean_sentence(
    qtbot: QtBot, window: MainWindow, typed: str, message: str
) -> None:
    new_contact(qtbot, window)
    qtbot.keyClicks(find(window, QLineEdit, "emailAddress"), typed)
    assert find(window, QLabel, "emailCheck").text() == message
    assert not find(window, QPushButton, "useSuggestedEmail").isVisible()


def test_save_marks_every_bad_field_at_once_and_each_goes_when_fixed(
    qtbot: QtBot, services: Services, beijing: int, window: MainWindow
) -> None:
    new_contact(qtbot, window, beijing)
    # No name, a languages field with a typo, the seed's phone and e-mail as pasted.
    qtbot.keyClicks(find(window, QLineEdit, "languages"), "en, f2")
    paste(find(window, QLineEdit, "phoneNumber"), SEED_PHONE)
    paste(find(window, QLineEdit, "emailAddress"), SEED_EMAIL)
    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    assert services.contacts.count(ContactQuery()) == 0

    name_error = find(window, QLabel, "givenNameError")
    languages_error = find(window, QLabel, "languagesError")
    phone_check = find(window, QLabel, "phoneCheck")
    email_check = find(window, QLabel, "emailCheck")
    not_saved = find(window, QLabel, "contactError")
    assert name_error.isVisible() and "given or a family name" in name_error.text()
    assert languages_error.isVisible() and "'f2'" in languages_error.text()
    assert "Keep as typed" in phone_check.text()
    assert "kgormanbest@iom.int" in email_check.text()
    assert not_saved.text().startswith("Not saved")

    qtbot.keyClicks(find(window, QLineEdit, "familyName"), "Best")  # a family name is enough
    assert not name_error.isVisible()
    assert languages_error.isVisible()
    languages = find(window, QLineEdit, "languages")
    languages.clear()
    qtbot.keyClicks(languages, "en, fr")
    assert not languages_error.isVisible()
    qtbot.mouseClick(find(window, QPushButton, "useSuggestedNumber"), Qt.MouseButton.LeftButton)
    assert "Keep as typed" not in phone_check.text()
    assert not_saved.isVisible()  # the e-mail is still wrong
    qtbot.mouseClick(find(window, QPushButton, "useSuggestedEmail"), Qt.MouseButton.LeftButton)
    assert not not_saved.isVisible()

    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    (stored,) = services.contacts.page(ContactQuery())
    assert (stored.family, stored.languages) == ("Best", ("en", "fr"))
    assert [e.address for e in stored.emails] == [CLEAN_EMAIL]


def test_a_message_that_grows_on_save_is_shown_whole(
    qtbot: QtBot, beijing: int, window: MainWindow
) -> None:
    window.resize(1280, 800)
    new_contact(qtbot, window, beijing)
    qtbot.keyClicks(find(window, QLineEdit, "givenName"), "Kieran")
    paste(find(window, QLineEdit, "phoneNumber"), SEED_PHONE)
    paste(find(window, QLineEdit, "emailAddress"), SEED_EMAIL)
    check = find(window, QLabel, "phoneCheck")
    use = find(window, QPushButton, "useSuggestedNumber")

    def whole() -> bool:
        # Every wrapped line has its room, and the button starts below the last one.
        bottom = check.mapTo(window, check.rect().bottomLeft()).y()
        return (
            check.isVisible()
            and use.isVisible()
            and check.height() >= check.heightForWidth(check.width())
            and use.mapTo(window, use.rect().topLeft()).y() > bottom
        )

    qtbot.waitUntil(whole)  # the form has settled around the first message
    qtbot.mouseClick(find(window, QPushButton, "saveContact"), Qt.MouseButton.LeftButton)
    assert check.text().endswith("to store it flagged.")  # longer: one more line
    qtbot.waitUntil(whole)
