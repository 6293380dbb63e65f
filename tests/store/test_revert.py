"""Putting back an earlier version of an office or a release, on SQLite and (when
configured) PostgreSQL."""

from __future__ import annotations

import pytest

from crm_app.domain.errors import EditConflictError, NotFoundError, ValidationError
from crm_app.domain.history import ChangeAction
from crm_app.domain.queries import ContactQuery
from crm_app.domain.records import PhoneKind
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactDraft,
    OfficeChanges,
    OfficeDraft,
    PhoneInput,
    ReleaseChanges,
    ReleaseDraft,
)
from tests.conftest import TODAY


@pytest.fixture
def beijing(services: Services) -> int:
    return services.offices.add(
        OfficeDraft(
            names={"en": "IOM Beijing"},
            country="CN",
            city="Beijing",
            switchboard="+86 10 5979 9600",
        )
    ).id


def kieran(services: Services) -> int:
    return services.contacts.add(
        ContactDraft(
            given="Kieran",
            family="Best",
            office="IOM Beijing",
            phones=(PhoneInput("+86 10 5979 9695", PhoneKind.WORK),),
        )
    ).id


def found(services: Services, words: str) -> int:
    return services.contacts.count(ContactQuery(text=words))


def test_an_office_revert_puts_back_names_city_and_switchboard(
    services: Services, beijing: int
) -> None:
    kieran(services)
    services.offices.edit(
        beijing,
        OfficeChanges(
            names={"en": "IOM China", "fr": "OIM Chine"}, city="Shanghai", switchboard=""
        ),
    )
    assert found(services, "chine") == 1 and found(services, "beijing") == 0

    reverted = services.offices.revert(beijing, 1)
    assert reverted.names == {"en": "IOM Beijing"}
    assert reverted.city == "Beijing"
    assert reverted.switchboard is not None and reverted.switchboard.e164 == "+861059799600"
    assert reverted.version == 3
    history = services.offices.history(beijing)
    assert history[-1].action is ChangeAction.REVERTED and history[-1].reverted_to == 1
    assert set(history[-1].changed_fields) == {"name:en", "name:fr", "city", "switchboard"}
    # Its contacts are found by the names it has again, not by the ones it lost.
    assert found(services, "beijing") == 1
    assert found(services, "chine") == 0

    undone = services.offices.revert(beijing, 2)
    assert undone.names == {"en": "IOM China", "fr": "OIM Chine"}
    assert (undone.city, undone.switchboard, undone.version) == ("Shanghai", None, 4)
    assert found(services, "chine") == 1 and found(services, "beijing") == 0

    same = services.offices.revert(beijing, 4)
    assert same.version == 4  # nothing to put back: no new version
    assert len(services.offices.history(beijing)) == 4
    with pytest.raises(ValidationError, match="no version 9"):
        services.offices.revert(beijing, 9)
    with pytest.raises(EditConflictError):
        services.offices.revert(beijing, 1, expected_version=3)


def test_an_office_revert_is_refused_when_deleted_or_when_its_old_name_is_taken(
    services: Services, beijing: int
) -> None:
    services.offices.edit(beijing, OfficeChanges(names={"en": "IOM China"}))
    services.offices.add(OfficeDraft(names={"en": "IOM Beijing"}, country="CN"))
    with pytest.raises(ValidationError, match="already the name of office"):
        services.offices.revert(beijing, 1)
    assert services.offices.get(beijing).names == {"en": "IOM China"}
    services.offices.delete(beijing)
    with pytest.raises(NotFoundError):
        services.offices.revert(beijing, 2)
    assert services.offices.history(beijing)[-1].action is ChangeAction.DELETED


def test_a_draft_release_revert_puts_back_its_fields_and_contacts(
    services: Services, beijing: int
) -> None:
    contact_id = kieran(services)
    release = services.releases.add(
        ReleaseDraft(
            title="Floods",
            language="en",
            date=TODAY,
            office="IOM Beijing",
            contact_ids=(contact_id,),
        )
    )
    services.releases.edit(
        release.id,
        ReleaseChanges(title="Floods in Henan", dateline="Zhengzhou", office="", contact_ids=()),
    )
    reverted = services.releases.revert(release.id, 1)
    assert (reverted.title, reverted.dateline) == ("Floods", "")
    assert reverted.office is not None and reverted.office.id == beijing
    assert [c.id for c in reverted.contacts] == [contact_id]
    assert reverted.version == 3
    history = services.releases.history(release.id)
    assert history[-1].action is ChangeAction.REVERTED and history[-1].reverted_to == 1

    undone = services.releases.revert(release.id, 2)
    assert (undone.title, undone.office, undone.contacts) == ("Floods in Henan", None, ())
    assert services.releases.revert(release.id, 4).version == 4
    services.releases.delete(release.id)
    with pytest.raises(NotFoundError):
        services.releases.revert(release.id, 1)


def test_a_published_release_keeps_the_contacts_its_block_was_made_from(
    services: Services, beijing: int
) -> None:
    contact_id = kieran(services)
    release = services.releases.add(
        ReleaseDraft(title="Floods", language="en", date=TODAY, contact_ids=())
    )
    services.releases.edit(release.id, ReleaseChanges(contact_ids=(contact_id,)))
    services.releases.edit(release.id, ReleaseChanges(title="Floods in Henan"))
    services.releases.publish(release.id)
    with pytest.raises(ValidationError, match="contacts are frozen"):
        services.releases.revert(release.id, 1)
    assert services.releases.get(release.id).version == 4
    # A version with the same contacts can come back: only its wording changes.
    reverted = services.releases.revert(release.id, 2)
    assert reverted.title == "Floods"
    assert reverted.status.value == "published"
    assert [c.id for c in reverted.contacts] == [contact_id]
