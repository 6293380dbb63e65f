"""Restoring never refuses over a duplicate: the record comes back and the clash is named."""

from __future__ import annotations

import pytest

from crm_app.domain.errors import NotFoundError, ValidationError
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import PhoneKind
from crm_app.services.container import Services
from crm_app.services.drafts import ContactDraft, EmailInput, OfficeDraft, PhoneInput


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


def kieran(given: str = "Kieran", with_phone: bool = True) -> ContactDraft:
    phones = (PhoneInput("+86 10 5979 9695 ext. 203", PhoneKind.WORK),) if with_phone else ()
    return ContactDraft(
        given=given,
        family="Best",
        office="IOM Beijing",
        phones=phones,
        emails=(EmailInput("kgormanbest@iom.int"),),
    )


def live_names(services: Services) -> list[str]:
    return [c.display_name for c in services.contacts.page(ContactQuery(archive=Archive.ALL_LIVE))]


def test_a_contact_added_anyway_comes_back_with_its_duplicate_named(
    services: Services, beijing: int
) -> None:
    first = services.contacts.add(kieran())
    second = services.contacts.add(kieran(given="K."), force=True)  # "Add anyway"
    services.contacts.delete(second.id)

    restored = services.contacts.restore(second.id)

    assert not restored.contact.deleted
    assert restored.contact.emails == second.emails
    assert sorted(live_names(services)) == ["K. Best", "Kieran Best"]
    (hint,) = restored.duplicates  # one hint per other contact, though both channels match
    assert (hint.contact_id, hint.name, hint.field) == (first.id, "Kieran Best", "email")
    (warning,) = restored.warnings
    # People know the other contact by name and office; an id means nothing to them.
    assert warning == (
        "possible duplicate of Kieran Best (IOM Beijing): same e-mail kgormanbest@iom.int"
    )
    assert warning.template == "possible duplicate of {name}: {what}"


def test_a_shared_phone_alone_is_named_too(services: Services, beijing: int) -> None:
    first = services.contacts.add(kieran())
    second = services.contacts.add(
        ContactDraft(
            given="Li",
            family="Wei",
            office="IOM Beijing",
            phones=(PhoneInput("+86 10 5979 9695 ext. 203"),),
        ),
        force=True,
    )
    services.contacts.delete(second.id)
    (warning,) = services.contacts.restore(second.id).warnings
    assert str(warning) == (
        "possible duplicate of Kieran Best (IOM Beijing): same phone +86 10 5979 9695 ext. 203"
    )
    assert f"contact {first.id}" not in warning  # named, never numbered


def test_someone_taking_the_address_meanwhile_does_not_block_the_restore(
    services: Services, beijing: int
) -> None:
    first = services.contacts.add(kieran())
    services.contacts.delete(first.id)
    newcomer = services.contacts.add(kieran(given="K.", with_phone=False))  # address free again

    restored = services.contacts.restore(first.id)

    assert not services.contacts.get(first.id).deleted
    assert [h.contact_id for h in restored.duplicates] == [newcomer.id]
    # Deleting and restoring again gives the same answer: nothing is left half-done.
    services.contacts.delete(first.id)
    assert [h.contact_id for h in services.contacts.restore(first.id).duplicates] == [newcomer.id]


def test_restore_still_refuses_what_is_not_deleted_or_does_not_exist(
    services: Services, beijing: int
) -> None:
    contact = services.contacts.add(kieran())
    with pytest.raises(ValidationError, match="not deleted"):
        services.contacts.restore(contact.id)
    with pytest.raises(NotFoundError):
        services.contacts.restore(contact.id + 100)


def test_an_office_whose_name_was_taken_meanwhile_comes_back_with_the_clash_named(
    services: Services, beijing: int
) -> None:
    shanghai = services.offices.add(
        OfficeDraft(names={"en": "IOM Shanghai", "fr": "OIM Shanghai"}, country="CN")
    )
    services.offices.delete(shanghai.id)
    newcomer = services.offices.add(OfficeDraft(names={"en": "IOM Shanghai"}, country="CN"))

    restored = services.offices.restore(shanghai.id)

    assert not restored.office.deleted
    assert restored.office.names == {"en": "IOM Shanghai", "fr": "OIM Shanghai"}
    assert {o.id for o in services.offices.all()} == {beijing, shanghai.id, newcomer.id}
    (clash,) = restored.clashes
    assert (clash.office_id, clash.language, clash.name) == (newcomer.id, "en", "IOM Shanghai")
    assert restored.warnings == (f"'IOM Shanghai' is also the name of office {newcomer.id}",)


def test_an_office_restore_without_clash_has_no_warning(services: Services, beijing: int) -> None:
    services.offices.delete(beijing)
    restored = services.offices.restore(beijing)
    assert restored.office.name() == "IOM Beijing"
    assert restored.warnings == ()
    with pytest.raises(ValidationError, match="not deleted"):
        services.offices.restore(beijing)
    with pytest.raises(NotFoundError):
        services.offices.restore(beijing + 100)
