"""Keeping a contact's search document in step with what it is found by."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from crm_app.domain.records import Phone
from crm_app.domain.text import fold
from crm_app.services.mapping import phone_record
from crm_app.store.models import ContactRow, OfficeNameRow, OfficeRow
from crm_app.store.search import (
    build_office_search_text,
    build_search_text,
    unspaced_name_forms,
)


def set_search_fields(row: ContactRow, emails: Iterable[str], phones: Sequence[Phone]) -> None:
    row.search_text, row.sort_key = search_fields(
        row.given, row.family, row.honorific, emails, phones
    )


def search_fields(
    given: str, family: str, honorific: str, emails: Iterable[str], phones: Sequence[Phone]
) -> tuple[str, str]:
    """The one place that says what a contact is found by and sorted on: its search
    document and its list key.

    Its office's names are not copied here: search finds them in the office's document.
    """
    search_text = build_search_text(
        (given, family, honorific, *unspaced_name_forms(given, family)),
        emails,
        [phone.e164 or phone.raw for phone in phones]
        + [phone.extension for phone in phones if phone.extension],
    )
    return search_text, sort_key(given, family)


def sort_key(given: str, family: str) -> str:
    """The list's order, family name first, folded; also how a same-name check finds people."""
    return fold(f"{family} {given}")[:410]


def refresh_contact_search(row: ContactRow) -> None:
    set_search_fields(
        row,
        [email.address for email in row.emails],
        [phone_record(phone) for phone in row.phones],
    )


def set_office_names(row: OfficeRow, names: dict[str, str]) -> None:
    """An office's names and the document its contacts are found by through it."""
    row.names = [
        OfficeNameRow(language=lang, name=name, name_key=fold(name)[:200])
        for lang, name in names.items()
    ]
    row.search_text = build_office_search_text(names.values())
