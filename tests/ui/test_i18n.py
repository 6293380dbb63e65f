"""Interface languages: complete catalogues, compiled .qm in step, French on screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from crm_app.services.container import Services
from crm_app.ui.i18n import (
    current_language,
    install_translators,
    language_name,
    supported_language,
)
from crm_app.ui.preferences import Preferences
from crm_app.ui.preferences_dialog import PreferencesDialog
from crm_app.ui.releases import ReleasesSection

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("fr", "es")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@pytest.fixture
def database_url(sqlite_url: str) -> str:
    return sqlite_url


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, put back in English (and its locale) whatever the test switched to."""
    locale = QLocale()
    yield qapp
    install_translators(qapp, "en")
    QLocale.setDefault(locale)
    QCoreApplication.sendPostedEvents()


def _messages(language: str) -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(TRANSLATIONS / f"press_contacts_{language}.ts").getroot()
    found: list[tuple[str, str, ET.Element | None]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    messages = _messages(language)
    assert len(messages) > 100  # the catalogue really covers the interface
    missing = [
        f"{context}: {source!r}"
        for context, source, translation in messages
        if translation is None
        or translation.get("type") == "unfinished"
        or not (translation.text or "").strip()
    ]
    assert missing == [], f"{len(missing)} untranslated in {language}:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    problems = []
    for context, source, translation in _messages(language):
        text = translation.text or "" if translation is not None else ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r}")
        # A label with a keyboard shortcut keeps one in every language.
        if re.search(r"&\w", source) and not re.search(r"&\w", text):
            problems.append(f"{context}: {source!r} -> {text!r} lost its & shortcut")
    assert problems == []


def _bad_french_spacing(text: str) -> list[str]:
    """Marks : ; ? ! not preceded by a non-breaking space (a file filter's ;; a URL's ://
    and a vCard keyword's END:VCARD are not punctuation)."""
    bad = []
    for index, mark in enumerate(text):
        if mark not in ":;?!" or index == 0:
            continue
        before, after = text[index - 1], text[index + 1 : index + 3]
        if before in "\u00a0\u202f":
            continue
        if mark == ";" and (before == ";" or after.startswith(";")):
            continue
        if mark == ":" and before.isupper() and after[:1].isupper():
            continue  # a vCard keyword such as END:VCARD, not punctuation
        if mark == ":" and after == "//":
            continue
        bad.append(text[max(0, index - 12) : index + 1])
    return bad


def test_french_punctuation_has_a_non_breaking_space() -> None:
    bad = [
        (source, translation.text)
        for _context, source, translation in _messages("fr")
        if translation is not None and _bad_french_spacing(translation.text or "")
    ]
    assert bad == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_the_sources(app: QApplication, language: str) -> None:
    """The shipped .qm says what the .ts says: nobody forgot to run update.py."""
    entry = files("crm_app.resources") / "translations" / f"press_contacts_{language}.qm"
    translator = QTranslator()
    assert translator.load(str(entry))
    stale = [
        source
        for context, source, translation in _messages(language)
        if translation is not None
        and translator.translate(context, source) != (translation.text or "")
    ]
    assert stale == []


def test_language_codes() -> None:
    assert supported_language("fr_CA") == "fr"
    assert supported_language("es-419") == "es"
    assert supported_language("de_DE") == "en"
    assert supported_language(None) == "en"


def test_switching_to_french_translates_the_release_editor(
    app: QApplication, qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    section = ReleasesSection(services, Preferences.from_file(tmp_path / "p.ini"))
    qtbot.addWidget(section)
    title = section.findChild(QLineEdit, "releaseTitle")
    assert title is not None
    label = next(w for w in section.findChildren(QLabel) if w.buddy() is title)
    assert label.text() == "&Title:"

    assert install_translators(app, "fr") == "fr"
    assert current_language() == "fr"
    QCoreApplication.sendPostedEvents()  # the LanguageChange event reaches open widgets
    assert label.text() == "&Titre\u00a0:"
    assert title.accessibleName() == "Titre du communiqué"
    assert section.title() == "Communiqués"
    assert language_name("es") == "Espagnol"

    # A widget made after the switch is French from the start, Qt's own buttons included.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text().replace("&", "") == "Annuler"

    install_translators(app, "es")
    QCoreApplication.sendPostedEvents()
    assert label.text() == "&Título:"


def test_preferences_store_the_choices(app: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    preferences = Preferences.from_file(tmp_path / "p.ini")
    dialog = PreferencesDialog(preferences, "/data/press-contacts.sqlite3")
    qtbot.addWidget(dialog)
    location = dialog.findChild(QLineEdit, "databaseLocation")
    assert location is not None
    assert location.isReadOnly()
    assert location.text() == "/data/press-contacts.sqlite3"
    dialog.set_interface_language("fr")
    dialog.accept()
    assert dialog.language_changed()
    assert Preferences.from_file(tmp_path / "p.ini").interface_language == "fr"


def test_service_messages_follow_the_interface_language(app: QApplication) -> None:
    from crm_app.domain.errors import ValidationError
    from crm_app.domain.phones import check_phone, parse_phone
    from crm_app.ui.messages import tr_error, tr_message

    check = check_phone("+ 86 5979 9695 Ext. 203", region="CN", switchboard="+86 10 5979 9600")
    english = "the number is too short for China (+86): the area code (10) is missing"
    assert check.reason == english  # the command line and logs read English
    assert tr_message(check.reason) == english

    install_translators(app, "fr")
    assert tr_message(check.reason) == (
        "le numéro est trop court pour Chine (+86)\u00a0: il manque l'indicatif régional (10)"
    )
    with pytest.raises(ValidationError) as refused:
        parse_phone("letters only", field="phone 2")
    assert tr_error(refused.value) == (
        "téléphone 2\u00a0: ce n'est pas un numéro de téléphone\u00a0: il ne contient aucun chiffre"
    )
    install_translators(app, "es")
    assert tr_message(check.reason) == (
        "el número es demasiado corto para China (+86): falta el prefijo de zona (10)"
    )
    assert tr_message("plain text stays as it is") == "plain text stays as it is"


def test_switching_languages_again_and_again_keeps_two_translators(qapp: QApplication) -> None:
    try:
        for language in ["fr", "es", "en"] * 10:
            install_translators(qapp, language)
        install_translators(qapp, "fr")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert (
            len(qapp.findChildren(QTranslator, options=Qt.FindChildOption.FindDirectChildrenOnly))
            <= 2
        )
    finally:
        install_translators(qapp, "en")
