"""Duplicates named as people know them, a contact's place in a list, the releases citing it."""

from __future__ import annotations

from datetime import date

import pytest

from crm_app.domain.errors import DuplicateError
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import ReleaseStatus
from crm_app.services.container import Services
from crm_app.services.drafts import ContactDraft, OfficeDraft, PhoneInput, ReleaseDraft


@pytest.fixture
def beijing(services: Services) -> int:
    return services.offices.add(
        OfficeDraft(
            names={"en": "IOM Beijing", "fr": "OIM Pékin"},
            country="CN",
            city="Beijing",
            switchboard="+86 10 5979 9600",
        )
    ).id


def test_a_shared_phone_is_named_with_the_printed_number_and_the_office(
    services: Services, beijing: int
) -> None:
    first = services.contacts.add(
        ContactDraft(
            "Kieran",
            "Best",
            office="IOM Beijing",
            phones=(PhoneInput("+86 10 5979 9695 ext. 203"),),
        )
    )
    with pytest.raises(DuplicateError) as refused:
        services.contacts.add(
            ContactDraft(
                "Li", "Wei", office="IOM Beijing", phones=(PhoneInput("+861059799695 x203"),)
            )
        )
    assert refused.value.field == "phone"
    assert refused.value.existing_id == first.id
    assert (
        refused.value.reason == "same phone +86 10 5979 9695 ext. 203 as Kieran Best (IOM Beijing)"
    )
    assert f"contact {first.id}" not in str(refused.value)


def test_the_same_name_at_the_same_office_is_refused_unless_forced(
    services: Services, beijing: int
) -> None:
    first = services.contacts.add(ContactDraft("Kieran", "Best", office="IOM Beijing"))
    with pytest.raises(DuplicateError) as refused:
        services.contacts.add(ContactDraft(" KIERAN ", "best", office="IOM Beijing"))
    assert refused.value.field == "name"
    assert refused.value.reason == "same name at the same office as Kieran Best (IOM Beijing)"
    services.contacts.add(ContactDraft("Kieran", "Best"))  # no office: another person, maybe
    (hint,) = services.contacts.duplicates((), (), name=("Kieran", "Best"), office_id=beijing)
    assert (hint.contact_id, hint.field, hint.label("fr")) == (
        first.id,
        "name",
        "Kieran Best (OIM Pékin)",
    )
    assert (
        services.contacts.duplicates(
            (), (), exclude_id=first.id, name=("Kieran", "Best"), office_id=beijing
        )
        == []
    )
    forced = services.contacts.add(ContactDraft("Kieran", "Best", office="IOM Beijing"), force=True)
    assert forced.id != first.id


@pytest.mark.parametrize("descending", [False, True])
def test_a_contact_s_place_is_its_row_in_the_list(services: Services, descending: bool) -> None:
    for given, family in [
        ("Ana", "Zhou"),
        ("Li", "Wei"),
        ("Bo", "Wei"),
        ("Kieran", "Best"),
        ("Amélie", "Ndiaye"),
    ]:
        services.contacts.add(ContactDraft(given, family))
    query = ContactQuery(descending=descending)
    ids = services.contacts.ids(query)
    assert [services.contacts.place(query, i).position for i in ids] == list(range(len(ids)))
    place = services.contacts.place(ContactQuery(text="wei", descending=descending), ids[0])
    assert place.total == 2
    services.contacts.delete(ids[0])
    gone = services.contacts.place(query, ids[0])
    assert (gone.position, gone.total) == (None, 4)
    assert gone.contact is not None and gone.contact.deleted
    archived = services.contacts.place(ContactQuery(archive=Archive.ARCHIVED), ids[0])
    assert (archived.position, archived.total) == (0, 1)


def test_the_releases_citing_a_contact_newest_first(services: Services, beijing: int) -> None:
    kieran = services.contacts.add(ContactDraft("Kieran", "Best", office="IOM Beijing")).id
    other = services.contacts.add(ContactDraft("Nadia", "Haddad")).id
    old = services.releases.add(
        ReleaseDraft("Old", "fr", date(2025, 1, 2), contact_ids=(kieran, other))
    )
    new = services.releases.add(ReleaseDraft("New", "en", date(2026, 3, 4), contact_ids=(kieran,)))
    gone = services.releases.add(
        ReleaseDraft("Gone", "en", date(2026, 5, 6), contact_ids=(kieran,))
    )
    services.releases.delete(gone.id)
    services.releases.publish(old.id)

    cited = services.releases.citing(kieran)
    assert [(r.id, r.title, r.date, r.language) for r in cited] == [
        (new.id, "New", date(2026, 3, 4), "en"),
        (old.id, "Old", date(2025, 1, 2), "fr"),
    ]
    assert [r.status for r in cited] == [ReleaseStatus.DRAFT, ReleaseStatus.PUBLISHED]
    assert [r.id for r in services.releases.citing(other)] == [old.id]
