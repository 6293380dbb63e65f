"""The lock every duplicate check takes: writers wait for it, readers never do."""

from __future__ import annotations

import logging

import pytest

from crm_app.domain.errors import CrmError
from crm_app.domain.queries import ContactQuery
from crm_app.services.contacts import ContactService
from crm_app.services.container import Services
from crm_app.services.drafts import ContactDraft, EmailInput
from crm_app.store import locks
from crm_app.store.database import open_database
from crm_app.store.locks import lock_contact_identities
from tests.conftest import POSTGRES_URL, FakeClock, _reset_postgres

needs_postgres = pytest.mark.skipif(not POSTGRES_URL, reason="CRM_TEST_POSTGRES_URL is not set")


def _ada(email: str = "ada@example.org") -> ContactDraft:
    return ContactDraft(given="Ada", family="Lovelace", emails=(EmailInput(email),))


@needs_postgres
def test_an_add_behind_a_held_lock_waits_then_says_busy_while_reads_go_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _reset_postgres(POSTGRES_URL)
    database = open_database(POSTGRES_URL)
    monkeypatch.setattr(locks, "LOCK_WAIT_MS", 300)
    contacts = ContactService(database, FakeClock())
    try:
        contacts.add(_ada())
        with database.sessions.begin() as importing:
            lock_contact_identities(importing)  # another writer's long import, say
            assert contacts.count(ContactQuery()) == 1
            with pytest.raises(CrmError, match="busy with someone else's change"):
                contacts.add(_ada("grace@example.org"))
        contacts.add(_ada("grace@example.org"))
        assert contacts.count(ContactQuery()) == 2
    finally:
        database.close()


def test_a_forced_duplicate_is_logged_with_the_contact_it_duplicates(
    services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    first = services.contacts.add(_ada())
    with caplog.at_level(logging.INFO, logger="crm_app.services.contacts"):
        forced = services.contacts.add(_ada(), force=True)
        services.contacts.add(_ada("grace@example.org"), force=True)
    assert [record.getMessage() for record in caplog.records] == [
        f"contact {forced.id} added by force although it duplicates contact {first.id} (email)"
    ]
