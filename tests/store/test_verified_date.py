"""A verification date can be taken away explicitly; None alone leaves it as it is."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crm_app.domain.errors import ValidationError
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges, ContactDraft
from tests.conftest import TODAY


def test_clear_last_verified_removes_the_date(services: Services) -> None:
    verified = TODAY - timedelta(days=3)
    contact = services.contacts.add(
        ContactDraft(given="Kieran", family="Best", last_verified=verified)
    )
    kept = services.contacts.edit(contact.id, ContactChanges(notes="desk phone"))
    assert kept.last_verified == verified
    cleared = services.contacts.edit(contact.id, ContactChanges(clear_last_verified=True))
    assert cleared.last_verified is None
    assert services.contacts.get(contact.id).last_verified is None
    with pytest.raises(ValidationError):
        services.contacts.edit(
            contact.id, ContactChanges(last_verified=TODAY, clear_last_verified=True)
        )
    assert services.contacts.get(contact.id).last_verified is None
