"""Filling a database with many contacts quickly, for the lazy-loading tests and the benchmark.

Adding contacts one by one through the service costs a transaction each; here the rows go
in with SQLAlchemy Core in one transaction, with the same search text and sort key the
service would write (the FTS index follows through its triggers).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, insert, select

from crm_app.domain.records import Office
from crm_app.domain.text import fold
from crm_app.store.database import Database
from crm_app.store.models import ContactRow, EmailRow, PhoneRow
from crm_app.store.search import build_search_text

GIVEN = (
    "Kieran", "Nadia", "Daniel", "Amélie", "Carmen", "Li", "Wei", "Fatima", "José", "Anna",
    "Olga", "Samuel", "Grace", "Tomás", "Yuki", "Omar", "Ingrid", "Pedro", "Aisha", "Lucas",
)  # fmt: skip
FAMILY = (
    "Best", "Haddad", "Mwangi", "Ndiaye", "Ruiz", "Chen", "Okafor", "Silva", "Novak", "Kim",
    "Dubois", "Garcia", "Müller", "Rossi", "Tanaka", "Hassan", "Larsen", "Costa", "Bello",
    "Moreau", "Nguyen", "Petrov", "Ali", "Mensah", "Santos",
)  # fmt: skip
BATCH = 5_000


def insert_contacts(
    database: Database, count: int, offices: Sequence[Office], now: datetime
) -> None:
    """Add `count` live contacts (one valid phone and one e-mail each) spread over `offices`."""
    with database.engine.begin() as connection:
        start = int(connection.scalar(select(func.coalesce(func.max(ContactRow.id), 0))) or 0)
        for batch_start in range(0, count, BATCH):
            contacts, phones, emails = [], [], []
            for number in range(batch_start, min(count, batch_start + BATCH)):
                contact_id = start + number + 1
                given = GIVEN[number % len(GIVEN)]
                family = f"{FAMILY[(number // len(GIVEN)) % len(FAMILY)]}{number}"
                office = offices[number % len(offices)] if offices else None
                e164 = f"+4122{7000000 + number:07d}"
                address = f"{given.lower()}.{family.lower()}@example.org"
                contacts.append(
                    {
                        "id": contact_id,
                        "uid": str(uuid.uuid4()),
                        "honorific": "",
                        "given": given,
                        "family": family,
                        "kind": "mission_contact",
                        "office_id": office.id if office else None,
                        "languages": "en",
                        "notes": "",
                        "active": True,
                        "last_verified": None,
                        "created_at": now,
                        "updated_at": now,
                        "deleted_at": None,
                        "version": 1,
                        "search_text": build_search_text(
                            (given, family, ""),
                            [address],
                            [e164],
                        ),
                        "sort_key": fold(f"{family} {given}"),
                    }
                )
                phones.append(
                    {
                        "contact_id": contact_id,
                        "position": 0,
                        "kind": "work",
                        "raw": e164,
                        "e164": e164,
                        "extension": None,
                        "valid": True,
                        "line_type": "fixed_line",
                    }
                )
                emails.append(
                    {
                        "contact_id": contact_id,
                        "position": 0,
                        "kind": "work",
                        "address": address,
                        "address_key": address,
                    }
                )
            connection.execute(insert(ContactRow), contacts)
            connection.execute(insert(PhoneRow), phones)
            connection.execute(insert(EmailRow), emails)
