"""A record's fields as the history and the conflict dialog show them: their labels, their
values in words, and which of two saves changed which field.

Field keys are the history's ("given", "title:fr", "phones", "name:es"; see
crm_app.domain.history). Labels are the editors' own translated texts, without mnemonic and
colon, so a field reads the same in the form, its history and a conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from crm_app.domain.countries import country_name
from crm_app.domain.history import NameBook, RecordKind
from crm_app.domain.phones import format_phone
from crm_app.domain.records import (
    Contact,
    ContactKind,
    EmailKind,
    OfficeKind,
    PhoneKind,
    ReleaseStatus,
)
from crm_app.services.drafts import ContactChanges, OfficeChanges
from crm_app.ui.i18n import format_date, language_name
from crm_app.ui.labels import (
    contact_kind_label,
    email_kind_label,
    office_kind_label,
    phone_kind_label,
)
from crm_app.ui.models.release_table_model import status_label

# Keys a history leaves out: the action ("Deleted by …") already says them, or they never
# change (the vCard UID).
HIDDEN_FIELDS = frozenset({"deleted", "uid"})

# Writes a stored phone number (e164, extension) the way the interface does.
NumberFormat = Callable[[str, str | None], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordFields", text)


def plain_label(text: str) -> str:
    """A form label as a name: "&Given name:" -> "Given name" ("Prénom :" -> "Prénom")."""
    return text.replace("&", "").strip().rstrip(":").strip()


def empty_value() -> str:
    return _tr("(empty)")


def format_moment(moment: datetime) -> str:
    """A moment (aware, or naive UTC) in local time: the locale's date and short time."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    local = aware.astimezone()
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(local.date())} {time}"


# Labels

# Every field a kind of record has, in its order (titles and names: the three languages
# the window shows; others are rarer).
FIELDS = {
    RecordKind.CONTACT: (
        "honorific", "given", "family", "family_first", "office", "kind", "title:en",
        "title:fr", "title:es", "phones", "emails", "languages", "last_verified", "active",
        "notes",
    ),
    RecordKind.OFFICE: (
        "name:en", "name:fr", "name:es", "country", "city", "kind", "switchboard", "parent",
    ),
    RecordKind.RELEASE: (
        "title", "language", "date", "dateline", "office", "url", "status", "published_at",
        "contacts",
    ),
}  # fmt: skip


def field_label(kind: RecordKind, key: str) -> str:
    if kind is RecordKind.OFFICE:
        return office_field_label(key)
    if kind is RecordKind.RELEASE:
        return release_field_label(key)
    return contact_field_label(key)


def contact_field_label(key: str) -> str:
    head, _, language = key.partition(":")
    if head == "title":
        if language in ("", "en"):
            return plain_label(QCoreApplication.translate("ContactEditor", "&Job title:"))
        if language == "fr":
            return plain_label(QCoreApplication.translate("ContactEditor", "Job title (F&rench):"))
        if language == "es":
            return plain_label(QCoreApplication.translate("ContactEditor", "Job title (S&panish):"))
        return _tr("Job title ({language})").format(language=language_name(language))
    labels = {
        "honorific": QCoreApplication.translate("ContactEditor", "&Honorific:"),
        "given": QCoreApplication.translate("ContactEditor", "&Given name:"),
        "family": QCoreApplication.translate("ContactEditor", "&Family name:"),
        "office": QCoreApplication.translate("ContactEditor", "&Office:"),
        "kind": QCoreApplication.translate("ContactEditor", "&Kind:"),
        "phones": QCoreApplication.translate("ContactEditor", "Phones:"),
        "emails": QCoreApplication.translate("ContactEditor", "E-mail:"),
        "languages": QCoreApplication.translate("ContactEditor", "&Languages:"),
        "last_verified": QCoreApplication.translate("ContactEditor", "Last verified:"),
        "active": QCoreApplication.translate("ContactEditor", "Status:"),
        "notes": QCoreApplication.translate("ContactEditor", "&Notes:"),
        "family_first": _tr("Name order"),
    }
    return plain_label(labels[key]) if key in labels else key


def office_field_label(key: str) -> str:
    head, _, language = key.partition(":")
    if head == "name":
        names = {
            "en": QCoreApplication.translate("OfficeEditor", "Office name in English"),
            "fr": QCoreApplication.translate("OfficeEditor", "Office name in French"),
            "es": QCoreApplication.translate("OfficeEditor", "Office name in Spanish"),
        }
        return names.get(language) or _tr("Office name ({language})").format(
            language=language_name(language)
        )
    labels = {
        "country": QCoreApplication.translate("OfficeEditor", "&Country:"),
        "city": QCoreApplication.translate("OfficeEditor", "C&ity:"),
        "kind": QCoreApplication.translate("OfficeEditor", "&Kind:"),
        "switchboard": QCoreApplication.translate("OfficeEditor", "S&witchboard:"),
        "parent": QCoreApplication.translate("OfficeEditor", "&Part of:"),
    }
    return plain_label(labels[key]) if key in labels else key


def release_field_label(key: str) -> str:
    labels = {
        "title": QCoreApplication.translate("ReleaseEditor", "&Title:"),
        "language": QCoreApplication.translate("ReleaseEditor", "&Language:"),
        "date": QCoreApplication.translate("ReleaseEditor", "&Date:"),
        "dateline": QCoreApplication.translate("ReleaseEditor", "Date&line:"),
        "office": QCoreApplication.translate("ReleaseEditor", "Issuing &office:"),
        "url": QCoreApplication.translate("ReleaseEditor", "&Web address:"),
        "contacts": QCoreApplication.translate("ReleaseEditor", "Contacts named in the block"),
        "status": QCoreApplication.translate("ContactEditor", "Status:"),
        "published_at": _tr("Published on"),
    }
    return plain_label(labels[key]) if key in labels else key


# Values in a version (plain JSON, as the history keeps them)


class HistoryValues:
    """A stored value of a version in words, in the interface language.

    `words` is what the history itself says (office and contact names, which it looks up);
    it is used where the value is an id, and for anything this does not know.
    """

    def __init__(self, kind: RecordKind, language: str, numbers: NumberFormat | None = None):
        self._kind = kind
        self._language = language
        self._numbers = numbers or format_phone

    def text(self, key: str, value: Any, words: str, names: NameBook | None = None) -> str:
        """`names`: the offices' names in every language, for an office in this one."""
        if value is None or value in ("", [], {}):
            return empty_value()
        try:
            if key in ("office", "parent") and names is not None:
                return names.office(int(value), self._language) or words or str(value)
            return self._text(key, value, words)
        except (KeyError, TypeError, ValueError, AttributeError):
            return words or str(value)

    def _text(self, key: str, value: Any, words: str) -> str:
        if key in ("phones", "emails"):
            return "; ".join(self._channel(key, item) for item in value)
        if key == "switchboard":
            return self._number(value)
        if key == "kind":
            if self._kind is RecordKind.OFFICE:
                return office_kind_label(OfficeKind(value))
            return contact_kind_label(ContactKind(value))
        if key == "languages":
            return ", ".join(language_name(str(code)) for code in value)
        if key == "language":
            return language_name(str(value))
        if key == "country":
            return country_name(str(value), self._language)
        if key == "active":
            return active_text(bool(value))
        if key == "family_first":
            return _tr("Family name first") if value else _tr("Given name first")
        if key in ("last_verified", "date"):
            return format_date(date.fromisoformat(str(value)))
        if key == "published_at":
            return format_moment(datetime.fromisoformat(str(value)))
        if key == "status":
            return status_label(ReleaseStatus(value))
        if key in ("office", "parent", "contacts"):
            return words or str(value)
        if isinstance(value, bool):
            return _tr("Yes") if value else _tr("No")
        return str(value)

    def _channel(self, key: str, item: Mapping[str, Any]) -> str:
        if key == "emails":
            kind = email_kind_label(EmailKind(item.get("kind", "work")))
            return f"{kind}: {item.get('address', '')}"
        kind = phone_kind_label(PhoneKind(item.get("kind", "work")))
        return f"{kind}: {self._number(item)}"

    def _number(self, phone: Mapping[str, Any]) -> str:
        e164 = phone.get("e164")
        if phone.get("valid") and e164:
            return self._numbers(str(e164), phone.get("extension") or None)
        return _tr("{number} (kept as typed)").format(number=phone.get("raw", ""))


def active_text(active: bool) -> str:
    if active:
        return _tr("Active")
    return QCoreApplication.translate("ContactEditor", "Has left the organisation")


# Two saves of one record, field by field


@dataclass(frozen=True, slots=True)
class FieldRow:
    """One field that differs between what I would save and what is stored now."""

    key: str
    label: str
    mine: str
    theirs: str
    mine_changed: bool  # since the version I loaded
    theirs_changed: bool

    @property
    def clash(self) -> bool:
        return self.mine_changed and self.theirs_changed


def differing_rows(
    base: Mapping[str, object],
    mine: Mapping[str, object],
    theirs: Mapping[str, object],
    label: Callable[[str], str],
    text: Callable[[str, Mapping[str, object]], str],
) -> list[FieldRow]:
    """The fields mine and theirs hold differently, in the record's order: who changed each
    since `base`, the version I loaded."""
    rows: list[FieldRow] = []
    for key in dict.fromkeys([*base, *mine, *theirs]):
        old, ours, other = base.get(key, ""), mine.get(key, ""), theirs.get(key, "")
        if ours == other:
            continue
        rows.append(
            FieldRow(key, label(key), text(key, mine), text(key, theirs), ours != old, other != old)
        )
    return rows


def default_choices(rows: Sequence[FieldRow]) -> dict[str, bool]:
    """Where only one side changed a field, that side's value (True: mine); fields both
    changed have no default: the person chooses."""
    return {row.key: row.mine_changed for row in rows if not row.clash}


# Contacts


def contact_values(changes: ContactChanges) -> dict[str, object]:
    """A whole contact as the editor sends it, field by field, comparable."""
    values: dict[str, object] = {
        "honorific": (changes.honorific or "").strip(),
        "given": (changes.given or "").strip(),
        "family": (changes.family or "").strip(),
        "office": changes.office or "",
        "kind": changes.kind,
    }
    for language, title in sorted((changes.titles or {}).items()):
        if title.strip():
            values[f"title:{language}"] = title.strip()
    values.update(
        {
            "phones": tuple((phone.kind, phone.raw.strip()) for phone in changes.phones or ()),
            "emails": tuple((email.kind, email.address.strip()) for email in changes.emails or ()),
            "languages": tuple(changes.languages or ()),
            "last_verified": None if changes.clear_last_verified else changes.last_verified,
            "active": changes.active,
            "notes": (changes.notes or "").strip(),
        }
    )
    return values


def contact_value_text(
    office_names: Mapping[str, str],
) -> Callable[[str, Mapping[str, object]], str]:
    """Words for a field of `contact_values`, offices named by `office_names` (id -> name)."""

    def text(key: str, values: Mapping[str, object]) -> str:
        value = values.get(key, "")
        if value in ("", None, ()):
            if key == "last_verified":
                return QCoreApplication.translate("ContactEditor", "not verified")
            return empty_value()
        if key == "office":
            return office_names.get(str(value), str(value))
        if key == "kind" and isinstance(value, ContactKind):
            return contact_kind_label(value)
        if key == "active":
            return active_text(bool(value))
        if key == "last_verified" and isinstance(value, date):
            return format_date(value)
        if key == "languages" and isinstance(value, tuple):
            return ", ".join(language_name(str(code)) for code in value)
        if key in ("phones", "emails") and isinstance(value, tuple):
            lines = []
            for kind, address in value:
                if key == "phones":
                    name = phone_kind_label(kind) if isinstance(kind, PhoneKind) else ""
                else:
                    name = email_kind_label(kind) if isinstance(kind, EmailKind) else ""
                lines.append(f"{name}: {address}" if name else str(address))
            return "\n".join(lines)
        return str(value)

    return text


def choose_contact(
    mine: ContactChanges, theirs: ContactChanges, from_mine: Sequence[str]
) -> ContactChanges:
    """Theirs, with the fields named in `from_mine` taken from mine."""
    titles = dict(theirs.titles or {})
    fields: dict[str, Any] = {}
    for key in from_mine:
        head, _, language = key.partition(":")
        if head == "title":
            titles[language] = (mine.titles or {}).get(language, "")
        elif key == "last_verified":
            fields["last_verified"] = mine.last_verified
            fields["clear_last_verified"] = mine.clear_last_verified
        else:
            fields[key] = getattr(mine, key)
    return replace(theirs, titles=titles, **fields)


def contact_before(stored: Contact, loaded: Contact, keys: Sequence[str]) -> Contact:
    """`stored` with these fields as `loaded` had them: a merged save's starting point,
    which its undo puts back."""
    titles = dict(stored.titles)
    fields: dict[str, Any] = {}
    for key in keys:
        head, _, language = key.partition(":")
        if head == "title":
            if loaded.titles.get(language):
                titles[language] = loaded.titles[language]
            else:
                titles.pop(language, None)
        else:
            fields[key] = getattr(loaded, key)
    return replace(stored, titles=titles, **fields)


# Offices


def office_values(changes: OfficeChanges) -> dict[str, object]:
    values: dict[str, object] = {}
    for language, name in sorted((changes.names or {}).items()):
        if name.strip():
            values[f"name:{language}"] = name.strip()
    values.update(
        {
            "country": (changes.country or "").upper(),
            "city": (changes.city or "").strip(),
            "kind": changes.kind,
            "switchboard": (changes.switchboard or "").strip(),
            "parent": changes.parent or "",
        }
    )
    return values


def office_value_text(
    office_names: Mapping[str, str], language: str
) -> Callable[[str, Mapping[str, object]], str]:
    def text(key: str, values: Mapping[str, object]) -> str:
        value = values.get(key, "")
        if value in ("", None):
            return empty_value()
        if key == "parent":
            return office_names.get(str(value), str(value))
        if key == "kind" and isinstance(value, OfficeKind):
            return office_kind_label(value)
        if key == "country":
            return country_name(str(value), language)
        return str(value)

    return text


def choose_office(
    mine: OfficeChanges, theirs: OfficeChanges, from_mine: Sequence[str]
) -> OfficeChanges:
    """Theirs, with the fields named in `from_mine` taken from mine; a name in a language
    neither keeps is removed ("")."""
    names = dict.fromkeys(mine.names or {}, "")
    names.update(theirs.names or {})
    fields: dict[str, Any] = {}
    for key in from_mine:
        head, _, language = key.partition(":")
        if head == "name":
            names[language] = (mine.names or {}).get(language, "")
        else:
            fields[key] = getattr(mine, key)
    return replace(theirs, names=names, **fields)
