"""The services' sentences in the interface language.

Domain and service errors carry `Message`s: English text plus the template and values.
Here the template is looked up in the "messages" translation context and filled with the
same values, country codes shown as country names in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crm_app.domain.countries import country_name
from crm_app.domain.errors import (
    ConflictError,
    CrmError,
    DuplicateError,
    NotFoundError,
    ValidationError,
)
from crm_app.domain.messages import Message, is_country_key
from crm_app.ui.i18n import current_language


def tr_message(text: str | None) -> str:
    """A Message in the interface language; any other text is shown as it is."""
    if text is None:
        return ""
    if not isinstance(text, Message):
        return text
    language = current_language()
    values: dict[str, object] = {}
    for key, value in text.params.items():
        if is_country_key(key) and value:
            values[key] = country_name(str(value), language)
        elif key == "field":
            values[key] = tr_field(str(value))
        elif isinstance(value, Message):
            values[key] = tr_message(value)
        else:
            values[key] = value
    # The domain's templates reach the catalogue through update.py, which reads msg(...) calls.
    template = QCoreApplication.translate("messages", text.template)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)  # a translation that lost a placeholder must not hide the message


# The fields the services name in their errors, as lupdate must see them written.
FIELD_LABELS: dict[str, object] = {
    "name": QT_TRANSLATE_NOOP("messages", "name"),
    "given": QT_TRANSLATE_NOOP("messages", "given name"),
    "family": QT_TRANSLATE_NOOP("messages", "family name"),
    "honorific": QT_TRANSLATE_NOOP("messages", "honorific"),
    "title": QT_TRANSLATE_NOOP("messages", "job title"),
    "office": QT_TRANSLATE_NOOP("messages", "office"),
    "parent": QT_TRANSLATE_NOOP("messages", "parent office"),
    "country": QT_TRANSLATE_NOOP("messages", "country"),
    "city": QT_TRANSLATE_NOOP("messages", "city"),
    "switchboard": QT_TRANSLATE_NOOP("messages", "switchboard"),
    "phone": QT_TRANSLATE_NOOP("messages", "phone"),
    "email": QT_TRANSLATE_NOOP("messages", "e-mail"),
    "languages": QT_TRANSLATE_NOOP("messages", "languages"),
    "language": QT_TRANSLATE_NOOP("messages", "language"),
    "notes": QT_TRANSLATE_NOOP("messages", "notes"),
    "contact": QT_TRANSLATE_NOOP("messages", "contact"),
    "contacts": QT_TRANSLATE_NOOP("messages", "contacts"),
    "release": QT_TRANSLATE_NOOP("messages", "release"),
    "dateline": QT_TRANSLATE_NOOP("messages", "dateline"),
    "url": QT_TRANSLATE_NOOP("messages", "web address"),
    "file": QT_TRANSLATE_NOOP("messages", "file"),
    "output": QT_TRANSLATE_NOOP("messages", "output file"),
    "uid": QT_TRANSLATE_NOOP("messages", "UID"),
    "template": QT_TRANSLATE_NOOP("messages", "template"),
}


def tr_field(field: str) -> str:
    """A field key ("phone 2", "email", "name-fr") as the interface names it."""
    head, _, number = field.partition(" ")
    head, _, language = head.partition("-")
    source = FIELD_LABELS.get(head)
    if source is None:
        return field  # an option name such as "data-dir", shown as the user typed it
    label = QCoreApplication.translate("messages", str(source))
    if language:
        label = f"{label} ({language})"
    return f"{label} {number}" if number else label


def tr_field_reason(field: str, reason: Message) -> str:
    """A reason with the field it is about ("téléphone 2 : …")."""
    return QCoreApplication.translate("messages", "{field}: {reason}").format(
        field=tr_field(field), reason=tr_message(reason)
    )


def tr_error(error: CrmError) -> str:
    """The whole error for a message box or status line."""
    if isinstance(error, ValidationError | DuplicateError):
        return tr_field_reason(error.field, error.reason)
    if isinstance(error, ConflictError):
        return QCoreApplication.translate(
            "messages",
            "{what} {key} was changed by someone else since you opened it; reload and try again",
        ).format(what=tr_field(error.what), key=error.key)
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("messages", "{what} not found: {key}").format(
            what=tr_field(error.what), key=error.key
        )
    return tr_message(error.message)
