"""Keeping a contact's search document in step with what it is found by."""

from __future__ import annotations

from crm_app.store.models import ContactRow
from crm_app.store.search import build_search_text, fold


def refresh_contact_search(row: ContactRow) -> None:
    office_names = [name.name for name in row.office.names] if row.office is not None else []
    row.search_text = build_search_text(
        (row.given, row.family, row.honorific),
        office_names,
        [email.address for email in row.emails],
        [phone.e164 or phone.raw for phone in row.phones]
        + [phone.extension for phone in row.phones if phone.extension],
    )
    row.sort_key = fold(f"{row.family} {row.given}")
