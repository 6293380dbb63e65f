"""Interface languages: our own translations plus Qt's, through QTranslator.

The program's strings are written in English in the source (``self.tr("...")``), so
English needs no catalogue. French and Spanish come from
``crm_app.resources/translations/press_contacts_<lang>.qm`` (compiled from the ``.ts``
sources by ``resources/translations/update.py``), and Qt's own dialogs (file chooser,
standard buttons, context menus) from Qt's ``qtbase_<lang>.qm``.

Installing translators posts a LanguageChange event; widgets that rebuild their texts in
``changeEvent`` follow at once, the others the next time they are created.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSize, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QTabWidget,
    QWidget,
)

CATALOGUE = "press_contacts"
SOURCE_LANGUAGE = "en"
# Code -> the language's own name. Own names are deliberately not translated: a person
# who cannot read the current interface still finds their language in the list.
INTERFACE_LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español"}

# Translators currently installed per application, so that a switch removes the old ones.
_installed: list[QTranslator] = []
_current: list[str] = [SOURCE_LANGUAGE]


def system_language() -> str:
    """The system locale's language when we have it, else English."""
    return supported_language(QLocale.system().name())


def supported_language(code: str | None) -> str:
    """``fr_CA`` -> ``fr``; anything we have no catalogue for -> English."""
    if not code:
        return SOURCE_LANGUAGE
    base = code.replace("-", "_").split("_", 1)[0].lower()
    return base if base in INTERFACE_LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str:
    """The interface language last installed by :func:`install_translators`."""
    return _current[0]


@contextmanager
def _catalogue_path(language: str) -> Iterator[Path | None]:
    entry = files("crm_app.resources") / "translations" / f"{CATALOGUE}_{language}.qm"
    if not entry.is_file():
        yield None
        return
    # as_file gives a real path even when the package is installed zipped.
    with as_file(entry) as path:
        yield path


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Use ``language`` ("en", "fr", "es"; None follows the system locale) for the interface.

    Returns the language actually used. Replaces any translators this function installed
    before, so calling it again switches languages at run time. Also makes the language
    the default QLocale, so dates and numbers in widgets follow it.
    """
    chosen = supported_language(language) if language else system_language()
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()  # the application owns it: without this, one per switch
    _installed.clear()
    if chosen != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        with _catalogue_path(chosen) as path:
            if path is not None and ours.load(str(path)):
                app.installTranslator(ours)
                _installed.append(ours)
            else:
                ours.deleteLater()
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{chosen}", qt_folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        else:
            qt_own.deleteLater()
    # Keep the system's regional formats when it speaks the chosen language (en_GB dates
    # for a British English system), else the language's own.
    system = QLocale.system()
    same = system.name().split("_", 1)[0].lower() == chosen
    QLocale.setDefault(system if same else QLocale(chosen))
    _current[0] = chosen
    return chosen


def language_name(code: str) -> str:
    """A release language's name in the interface language ("French", "francés", ...)."""
    names = {
        "en": QCoreApplication.translate("Languages", "English"),
        "fr": QCoreApplication.translate("Languages", "French"),
        "es": QCoreApplication.translate("Languages", "Spanish"),
    }
    if code in names:
        return names[code]
    # A language someone added a block template for: Qt knows its own name for it.
    locale = QLocale(code)
    if locale.language() is not QLocale.Language.C:
        native = locale.nativeLanguageName()
        if native:
            return f"{native} ({code})"
    return code


def date_format() -> str:
    """The locale's short date format, with a four-digit year (11/27/26 is ambiguous)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def format_date(value: date | datetime) -> str:
    """Every date the window shows, in the interface language's short format.

    A moment (the records keep naive UTC) is shown as the day it was here.
    """
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        value = aware.astimezone().date()
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


class _AccentRoomStyle(QProxyStyle):
    """Tabs a few pixels taller: Fusion clips the accent of a capital (« À créer », « Él… »)
    on tabs that are not selected, since it draws them lower inside the same clip."""

    def sizeFromContents(  # noqa: N802
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        # Qt passes no widget at times; the stubs do not say so.
        result = super().sizeFromContents(contents, option, size, widget)  # type: ignore[arg-type]
        if contents == QStyle.ContentsType.CT_TabBarTab:
            return QSize(result.width(), result.height() + 4)
        return result


def make_room_for_accents(tabs: QTabWidget) -> None:
    """Give a tab widget's labels room for accented capitals in every language."""
    app = QApplication.instance()
    base = QStyleFactory.create(app.style().name()) if isinstance(app, QApplication) else None
    style = _AccentRoomStyle(base)
    style.setParent(tabs)  # lives and dies with the tab widget
    tabs.tabBar().setStyle(style)
