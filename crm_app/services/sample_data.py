"""The small, realistic data set a new user can load to see the program at work."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from importlib.resources import files
from typing import Any

from crm_app.domain.errors import DuplicateError
from crm_app.domain.records import ContactKind, EmailKind, OfficeKind, PhoneKind
from crm_app.services.common import Clock
from crm_app.services.contacts import ContactService
from crm_app.services.drafts import ContactDraft, EmailInput, OfficeDraft, PhoneInput
from crm_app.services.offices import OfficeService


@dataclass(frozen=True, slots=True)
class SampleDataResult:
    offices_added: int
    contacts_added: int
    already_present: int


def _phone_input(spec: str) -> PhoneInput:
    kind, _, number = spec.partition(":")
    return PhoneInput(raw=number, kind=PhoneKind(kind))


def load_sample_data(
    offices: OfficeService,
    contacts: ContactService,
    clock: Clock,
    progress: Callable[[int, int], None] | None = None,
) -> SampleDataResult:
    """Adds what is missing; records already there (by name or e-mail) are left alone.

    `progress(done, total)` hears of each record, offices and contacts together.
    """
    data: dict[str, Any] = json.loads(
        files("crm_app.resources").joinpath("data/sample.json").read_text(encoding="utf-8")
    )
    total = len(data["offices"]) + len(data["contacts"])
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    known_offices = {office.name() for office in offices.all()}
    office_count = contact_count = present = 0
    for spec in data["offices"]:
        step()
        if spec["names"]["en"] in known_offices:
            present += 1
            continue
        offices.add(
            OfficeDraft(
                names=spec["names"],
                country=spec["country"],
                city=spec["city"],
                kind=OfficeKind(spec["kind"]),
                switchboard=spec["switchboard"],
                parent=spec.get("parent"),
            )
        )
        office_count += 1
    today = clock.today()
    for spec in data["contacts"]:
        step()
        draft = ContactDraft(
            given=spec["given"],
            family=spec["family"],
            office=spec["office"],
            kind=ContactKind(spec["kind"]),
            titles=spec["titles"],
            languages=tuple(spec["languages"]),
            phones=tuple(_phone_input(p) for p in spec["phones"]),
            emails=tuple(EmailInput(address=e, kind=EmailKind.WORK) for e in spec["emails"]),
            last_verified=today - timedelta(days=spec["last_verified_days_ago"]),
        )
        try:
            contacts.add(draft)
        except DuplicateError:
            present += 1  # a duplicate: this contact was loaded before
            continue
        contact_count += 1
    return SampleDataResult(office_count, contact_count, present)
