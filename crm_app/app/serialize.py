"""Records as the JSON documents the command line prints (DESIGN.md names the fields)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from crm_app.domain.phones import PhoneCheck
from crm_app.domain.records import (
    DEFAULT_LANGUAGE,
    Contact,
    Office,
    Phone,
    Release,
    full_name,
    pick_language,
)
from crm_app.domain.values import ContactValues

# Only for the annotations: the importers (vobject, ftfy, the release reader) load with the
# commands that use them, not with every command and the window.
if TYPE_CHECKING:
    from crm_app.services.importing import ImportOutcome, OutcomeKind
    from crm_app.services.release_import import (
        FoundContact,
        ReleaseTextImport,
        ReleaseTextPreview,
    )
    from crm_app.services.vcards import ImportReport


def phone_json(phone: Phone) -> dict[str, Any]:
    return {
        "kind": phone.kind.value,
        "e164": phone.e164,
        "extension": phone.extension,
        "valid": phone.valid,
        "raw": phone.raw,
        "line_type": phone.line_type.value,
    }


def contact_json(contact: Contact, full: bool = False) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": contact.id,
        "uid": contact.uid,
        "given": contact.given,
        "family": contact.family,
        "office": contact.office.name() if contact.office else None,
        "phones": [phone_json(p) for p in contact.phones],
        "emails": [{"kind": e.kind.value, "address": e.address} for e in contact.emails],
    }
    if full:
        document.update(
            {
                "honorific": contact.honorific,
                "family_first": contact.family_first,
                "office_id": contact.office.id if contact.office else None,
                "titles": dict(contact.titles),
                "kind": contact.kind.value,
                "languages": list(contact.languages),
                "notes": contact.notes,
                "active": contact.active,
                "last_verified": contact.last_verified.isoformat()
                if contact.last_verified
                else None,
                "created_at": contact.created_at.isoformat() if contact.created_at else None,
                "updated_at": contact.updated_at.isoformat() if contact.updated_at else None,
                "deleted_at": contact.deleted_at.isoformat() if contact.deleted_at else None,
                "version": contact.version,
            }
        )
    return document


_string = json.encoder.encode_basestring  # a str as json.dumps(ensure_ascii=False) writes it


_CLOSE = "\n    ]"


def _optional(value: str | None) -> str:
    return "null" if value is None else _string(value)


def contact_list_json(contact: ContactValues) -> str:
    """contact_json(contact) as json.dumps(indent=2, ensure_ascii=False) writes it, indented
    once more as an item of the listed array: the same text, several times faster."""
    phones = ",".join(
        "\n      {"
        f'\n        "kind": {_string(p.kind)},'
        f'\n        "e164": {_optional(p.e164)},'
        f'\n        "extension": {_optional(p.extension)},'
        f'\n        "valid": {"true" if p.valid else "false"},'
        f'\n        "raw": {_string(p.raw)},'
        f'\n        "line_type": {_string(p.line_type)}'
        "\n      }"
        for p in contact.phones
    )
    emails = ",".join(
        "\n      {"
        f'\n        "kind": {_string(e.kind)},'
        f'\n        "address": {_string(e.address)}'
        "\n      }"
        for e in contact.emails
    )
    office = _string(contact.office.name()) if contact.office is not None else "null"
    return (
        "{"
        f'\n    "id": {contact.id},'
        f'\n    "uid": {_string(contact.uid)},'
        f'\n    "given": {_string(contact.given)},'
        f'\n    "family": {_string(contact.family)},'
        f'\n    "office": {office},'
        f'\n    "phones": {"[" + phones + _CLOSE if phones else "[]"},'
        f'\n    "emails": {"[" + emails + _CLOSE if emails else "[]"}'
        "\n  }"
    )


def office_json(office: Office) -> dict[str, Any]:
    return {
        "id": office.id,
        "name": office.name(),
        "names": dict(office.names),
        "kind": office.kind.value,
        "country": office.country,
        "city": office.city,
        "switchboard": phone_json(office.switchboard) if office.switchboard else None,
        "parent_id": office.parent_id,
        "version": office.version,
    }


def release_json(release: Release) -> dict[str, Any]:
    published = release.published
    return {
        "id": release.id,
        "title": release.title,
        "language": release.language,
        "date": release.date.isoformat(),
        "dateline": release.dateline,
        "office": release.office.name() if release.office else None,
        "url": release.url,
        "status": release.status.value,
        "contacts": [contact_json(c) for c in release.contacts],
        "published_at": published.published_at.isoformat() if published else None,
        "published_block": published.text if published else None,
        "version": release.version,
    }


def phone_check_json(check: PhoneCheck) -> dict[str, Any]:
    return {
        "raw": check.raw,
        "valid": check.valid,
        "possible": check.possible,
        "e164": check.e164,
        "extension": check.extension,
        "international": check.international,
        "region": check.region,
        "line_type": check.line_type.value,
        "reason": check.reason,
        "suggestion": check.suggestion,
    }


def import_report_json(report: ImportReport) -> dict[str, Any]:
    def outcomes(items: list[Any]) -> list[dict[str, Any]]:
        return [{"line": o.line, "id": o.contact_id, "name": o.name} for o in items]

    return {
        "dry_run": report.dry_run,
        "created": outcomes(report.created),
        "updated": outcomes(report.updated),
        "unchanged": outcomes(report.unchanged),
        "skipped": [{"line": s.line, "reason": s.reason} for s in report.skipped],
        "warnings": list(report.warnings),
    }


def found_contact_json(found: FoundContact, language: str) -> dict[str, Any]:
    """One person of a release's block: as read, as it would be stored, and whom it matches.

    The checked record when there is one (an office resolved to the stored one, numbers
    parsed); else, for a person who cannot be imported, what the text says.
    """
    incoming = found.person.contact
    candidate = found.candidate
    checked = candidate.contact
    office = incoming.office or incoming.organisation or None
    if checked is not None and checked.office is not None:
        office = checked.office.name(language)
    if checked is not None:
        phones = [
            {
                "kind": p.kind.value,
                "raw": p.raw,
                "e164": p.e164,
                "extension": p.extension,
                "valid": p.valid,
                "suggestion": candidate.phone_suggestions.get(p.raw),
            }
            for p in checked.phones
        ]
        emails = [e.address for e in checked.emails]
        name, title = checked.display_name, checked.title(language)
    else:
        phones = [
            {
                "kind": kind.value,
                "raw": raw,
                "e164": None,
                "extension": None,
                "valid": False,
                "suggestion": None,
            }
            for kind, raw in incoming.phones
        ]
        emails = [address for _, address in incoming.emails]
        name = full_name(incoming.given, incoming.family, incoming.family_first)
        title = pick_language(incoming.titles, language)
    return {
        "line": found.line,
        "name": name,
        "title": title,
        "office": office,
        "phones": phones,
        "emails": [{"address": address} for address in emails],
        "hidden_emails": found.person.hidden_emails,
        "match": candidate.match_id,
        "match_confidence": candidate.match_confidence.value,
        "match_reason": candidate.match_reason,
        "problem": candidate.problem,
    }


def release_text_json(
    preview: ReleaseTextPreview, result: ReleaseTextImport, *, dry_run: bool
) -> dict[str, Any]:
    """`release import-text`: the release, the people found (the preview), what was done."""
    from crm_app.services.importing import OutcomeKind

    reading = preview.reading
    language = reading.language or DEFAULT_LANGUAGE

    def outcomes(kind: OutcomeKind) -> list[dict[str, Any]]:
        def one(outcome: ImportOutcome) -> dict[str, Any]:
            item: dict[str, Any] = {
                "line": outcome.line,
                "name": outcome.name,
                "contact_id": outcome.contact_id,
            }
            if kind is OutcomeKind.SKIPPED:
                item["reason"] = outcome.reason
            return item

        return [one(outcome) for outcome in result.of_kind(kind)]

    return {
        "dry_run": dry_run,
        "release": {
            "id": result.release_id,
            "title": result.title,
            "date": reading.date.isoformat() if reading.date else None,
            "dateline": reading.dateline,
            "language": language,
            "created": result.release_created,
        },
        "contacts": [found_contact_json(found, language) for found in preview.contacts],
        "created": outcomes(OutcomeKind.CREATED),
        "updated": outcomes(OutcomeKind.UPDATED),
        "unchanged": outcomes(OutcomeKind.UNCHANGED),
        "skipped": outcomes(OutcomeKind.SKIPPED),
        "warnings": list(result.warnings),
    }
