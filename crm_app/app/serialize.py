"""Records as the JSON documents the command line prints (DESIGN.md names the fields)."""

from __future__ import annotations

from typing import Any

from crm_app.domain.phones import PhoneCheck
from crm_app.domain.records import Contact, Office, Phone, Release
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
