"""Duplicates named as people know them, a contact's place in a list, the releases citing it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm_app.domain.errors import DuplicateError
from crm_app.domain.queries import Archive, ContactQuery, ContactSort
from crm_app.domain.records import ContactKind, ReleaseStatus
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactDraft,
    EmailInput,
    OfficeDraft,
    PhoneInput,
    ReleaseDraft,
)
from tests.conftest import FakeClock


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


@pytest.fixture
def crowd(services: Services, clock: FakeClock, beijing: int) -> list[int]:
    """Contacts that tie on name and on update time, in two offices and every state; the
    ids of the deleted ones."""
    deleted = []
    services.offices.add(OfficeDraft(names={"en": "IOM Nairobi"}, country="KE"))
    names = [("Li", "Wei")] * 6 + [("Ana", "Zhou")] * 4 + [("Kieran", "Best"), ("张", "伟")]
    names += [("Amélie", "Ndiaye"), ("Nadia", "Haddad"), ("Émile", "Zola"), ("محمد", "حداد")]
    names += [(f"Given{n}", f"Family{n % 5}") for n in range(14)]
    for number, (given, family) in enumerate(names):
        if number % 3 == 0:
            clock.moment += timedelta(minutes=1)  # three by three on the same moment
        added = services.contacts.add(
            ContactDraft(
                given,
                family,
                office=("IOM Beijing", "IOM Nairobi", None)[number % 3],
                kind=(ContactKind.MEDIA, ContactKind.PRESS_OFFICER)[number % 2],
                active=number % 7 != 3,
            ),
            force=True,
        )
        if number % 11 == 5:
            deleted.append(services.contacts.delete(added.id).id)
    return deleted


def _queries() -> list[ContactQuery]:
    queries = []
    for sort in ContactSort:
        for descending in (False, True):
            for filters in (
                {},
                {"archive": Archive.CURRENT},
                {"archive": Archive.ARCHIVED},
                {"kind": ContactKind.MEDIA.value},
                {"text": "wei"},
                {"text": "nairobi"},
            ):
                queries.append(ContactQuery(sort=sort, descending=descending, **filters))
    return queries


def test_pages_read_after_the_last_key_make_the_whole_list(services: Services, crowd: None) -> None:
    for query in _queries():
        every = services.contacts.ids(query)
        read: list[int] = []
        page = services.contacts.id_page(query, None, 4)
        while page.ids:
            read += page.ids
            page = services.contacts.id_page(query, page.last, 4)
        assert read == every, query
        assert len(every) > 1, query


def test_a_page_read_down_to_a_key_ends_on_it(services: Services, crowd: list[int]) -> None:
    for query in _queries():
        every = services.contacts.ids(query)
        first = services.contacts.id_page(query, None, 3)
        target = services.contacts.list_place(query, every[-2], None).key
        assert target is not None
        rest = services.contacts.id_page(query, first.last, None, through=target)
        assert first.ids + rest.ids == every[:-1], query


def test_a_changed_contact_s_neighbour_is_the_row_before_it(
    services: Services, crowd: list[int]
) -> None:
    for query in _queries():
        every = services.contacts.ids(query)
        cursor = services.contacts.id_page(query, None, 5).last
        for row, contact_id in enumerate(every):
            place = services.contacts.list_place(query, contact_id, cursor)
            assert place.item is not None and place.item.id == contact_id
            assert place.previous_id == (every[row - 1] if row else None), query
            assert place.within == (row < 5), query
    deleted = crowd[0]
    gone = services.contacts.list_place(ContactQuery(), deleted, None)
    assert (gone.item, gone.key, gone.previous_id) == (None, None, None)
    assert services.contacts.matches(ContactQuery(archive=Archive.ARCHIVED), deleted)
    assert not services.contacts.matches(ContactQuery(), deleted)


def test_list_rows_show_what_the_record_holds(services: Services, beijing: int) -> None:
    first = services.contacts.add(
        ContactDraft(
            "Kieran",
            "Best",
            titles={"en": "Press Officer", "fr": "Chargé de presse"},
            office="IOM Beijing",
            phones=(PhoneInput("+86 10 5979 9695 ext. 203"), PhoneInput("+41 22 717 9111")),
            emails=(EmailInput("kbest@iom.int"), EmailInput("kieran@example.org")),
        )
    )
    bare = services.contacts.add(ContactDraft("伟", "张", family_first=True, active=False))
    services.contacts.delete(bare.id)
    item, other = services.contacts.list_items([first.id, bare.id])
    assert (item.name, item.office("fr"), item.title("fr"), item.title("de")) == (
        "Kieran Best",
        "OIM Pékin",
        "Chargé de presse",
        "Press Officer",
    )
    assert (item.phone, item.phone_count) == (first.phones[0], 2)
    assert (item.email, item.email_count) == ("kbest@iom.int", 2)
    assert (item.deleted, item.active) == (False, True)
    assert (other.name, other.deleted, other.active) == ("张伟", True, False)
    assert (other.office(), other.phone, other.phone_count, other.email) == ("", None, 0, "")
