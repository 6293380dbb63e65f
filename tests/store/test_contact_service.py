"""Offices and contacts through the services, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crm_app.domain.errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import LineType, PhoneKind
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactChanges,
    ContactDraft,
    EmailInput,
    OfficeChanges,
    OfficeDraft,
    PhoneInput,
)
from tests.conftest import FakeClock


@pytest.fixture
def beijing(services: Services) -> int:
    return services.offices.add(
        OfficeDraft(
            names={"en": "IOM Beijing", "fr": "OIM Pékin", "es": "OIM Pekín"},
            country="CN",
            city="Beijing",
            switchboard="+86 10 5979 9600",
        )
    ).id


def kieran(**overrides: object) -> ContactDraft:
    values: dict[str, object] = {
        "given": "Kieran",
        "family": "Best",
        "office": "IOM Beijing",
        "phones": (PhoneInput("+86 10 5979 9695 ext. 203", PhoneKind.WORK),),
        "emails": (EmailInput("kgormanbest@iom.int"),),
    }
    values.update(overrides)
    return ContactDraft(**values)  # type: ignore[arg-type]


def names(services: Services, text: str = "", archive: Archive = Archive.ALL_LIVE) -> list[str]:
    return [
        c.display_name for c in services.contacts.page(ContactQuery(text=text, archive=archive))
    ]


def test_office_names_per_language_and_switchboard_are_stored(
    services: Services, beijing: int
) -> None:
    office = services.offices.get(beijing)
    assert office.name("fr") == "OIM Pékin"
    assert office.name("de") == "IOM Beijing"  # falls back to English
    assert office.switchboard is not None and office.switchboard.e164 == "+861059799600"
    assert services.offices.find("oim pekin").id == beijing  # any language, any case, no accents


def test_office_bad_input_writes_nothing(services: Services) -> None:
    cases = [
        (OfficeDraft(names={"en": "  "}, country="CN"), "name"),
        (OfficeDraft(names={"en": "IOM Nowhere"}, country="XX"), "country"),
        (
            OfficeDraft(names={"en": "IOM Nowhere"}, country="CN", switchboard="call us"),
            "switchboard",
        ),
        (OfficeDraft(names={"en": "IOM Nowhere"}, country="CN", parent="IOM Atlantis"), "parent"),
    ]
    for draft, field in cases:
        with pytest.raises(ValidationError) as caught:
            services.offices.add(draft)
        assert caught.value.field == field
    assert services.offices.all() == []


def test_office_cannot_be_its_own_ancestor(services: Services, beijing: int) -> None:
    child = services.offices.add(
        OfficeDraft(names={"en": "IOM Shanghai"}, country="CN", parent="IOM Beijing")
    )
    with pytest.raises(ValidationError, match="itself"):
        services.offices.edit(beijing, OfficeChanges(parent=str(child.id)))


def test_contact_add_checks_and_normalises_channels(services: Services, beijing: int) -> None:
    contact = services.contacts.add(
        kieran(
            emails=(EmailInput("KGormanBest@IOM.INT"),), phones=(PhoneInput("+86 139 1099 8765"),)
        )
    )
    assert contact.office is not None and contact.office.id == beijing
    assert contact.emails[0].address == "KGormanBest@iom.int"
    phone = contact.phones[0]
    assert (phone.e164, phone.valid, phone.kind, phone.line_type) == (
        "+8613910998765",
        True,
        PhoneKind.MOBILE,
        LineType.MOBILE,
    )
    assert len(contact.uid) == 36


def test_national_number_is_read_in_the_office_country(services: Services, beijing: int) -> None:
    contact = services.contacts.add(kieran(phones=(PhoneInput("010 5979 9695 x 203"),)))
    assert (contact.phones[0].e164, contact.phones[0].extension) == ("+861059799695", "203")


def test_sample_number_is_refused_with_the_repair_and_nothing_is_written(
    services: Services, beijing: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.add(kieran(phones=(PhoneInput("+ 86 5979 9695 Ext. 203"),)))
    assert caught.value.field == "phone"
    assert "+86 10 5979 9695 ext. 203" in caught.value.reason
    assert services.contacts.count(ContactQuery()) == 0


def test_invalid_number_kept_flagged_when_the_user_insists(
    services: Services, beijing: int
) -> None:
    contact = services.contacts.add(
        kieran(phones=(PhoneInput("+ 86 5979 9695 Ext. 203", allow_invalid=True),))
    )
    phone = contact.phones[0]
    assert phone.valid is False
    assert phone.raw == "+ 86 5979 9695 Ext. 203"


@pytest.mark.parametrize(
    ("draft_changes", "field"),
    [
        ({"given": "", "family": "  "}, "name"),
        ({"office": "IOM Atlantis"}, "office"),
        ({"phones": (PhoneInput("call the front desk"),)}, "phone"),
        ({"emails": (EmailInput("k@@iom.int"),)}, "email"),
        ({"emails": (EmailInput("kieran@iom"),)}, "email"),
        ({"emails": (EmailInput("kieran@iom.int."),)}, "email"),
        ({"emails": (EmailInput("ok@iom.int"), EmailInput("bad"))}, "email 2"),
    ],
)
def test_bad_contact_input_names_the_field_and_writes_nothing(
    services: Services, beijing: int, draft_changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.add(kieran(**draft_changes))
    assert caught.value.field == field
    assert caught.value.reason
    assert services.contacts.count(ContactQuery(archive=Archive.ARCHIVED)) == 0
    assert services.contacts.count(ContactQuery()) == 0


def test_duplicate_email_or_number_is_refused_naming_the_other_contact(
    services: Services, beijing: int
) -> None:
    first = services.contacts.add(kieran())
    with pytest.raises(DuplicateError) as by_email:
        services.contacts.add(kieran(given="K.", phones=()))
    assert by_email.value.existing_id == first.id and "Kieran Best" in by_email.value.message
    with pytest.raises(DuplicateError) as by_phone:
        services.contacts.add(kieran(emails=(EmailInput("other@iom.int"),)))
    assert by_phone.value.field == "phone"
    # Same number, other extension: a colleague on the same switchboard, not a duplicate.
    services.contacts.add(
        kieran(
            given="Li", family="Wei", emails=(), phones=(PhoneInput("+86 10 5979 9695 ext. 204"),)
        )
    )
    services.contacts.add(kieran(given="Kieran B."), force=True)
    assert services.contacts.count(ContactQuery()) == 3


def test_search_finds_names_offices_emails_and_phone_digits(
    services: Services, beijing: int
) -> None:
    services.contacts.add(kieran())
    services.contacts.add(
        ContactDraft(given="Amélie", family="Ndiaye", emails=(EmailInput("andiaye@iom.int"),))
    )
    assert names(services, "kier") == ["Kieran Best"]
    assert names(services, "pekin") == ["Kieran Best"]  # French office name, no accent typed
    assert names(services, "amelie") == ["Amélie Ndiaye"]
    assert names(services, "5979 9695") == ["Kieran Best"]
    assert names(services, "andiaye@") == ["Amélie Ndiaye"]
    assert names(services, "be") == ["Kieran Best"]  # short terms still filter
    assert names(services, "zzz") == []
    assert names(services, "") == ["Kieran Best", "Amélie Ndiaye"]  # sorted by family name
    assert names(services, '"; DROP TABLE contacts; --') == []
    assert names(services, "%") == []


def test_edit_changes_only_the_fields_given(services: Services, beijing: int) -> None:
    contact = services.contacts.add(kieran(titles={"en": "Media Officer"}, notes="Prefers e-mail"))
    edited = services.contacts.edit(contact.id, ContactChanges(family="Gorman-Best"))
    assert edited.family == "Gorman-Best"
    assert (edited.given, edited.notes, dict(edited.titles)) == (
        "Kieran",
        "Prefers e-mail",
        {"en": "Media Officer"},
    )
    assert edited.phones == contact.phones and edited.emails == contact.emails
    assert edited.version == contact.version + 1
    assert names(services, "gorman") == ["Kieran Gorman-Best"]


def test_edit_with_stale_version_is_a_conflict(services: Services, beijing: int) -> None:
    contact = services.contacts.add(kieran())
    services.contacts.edit(
        contact.id, ContactChanges(notes="first editor"), expected_version=contact.version
    )
    with pytest.raises(ConflictError, match="changed by someone else"):
        services.contacts.edit(
            contact.id, ContactChanges(notes="second editor"), expected_version=contact.version
        )
    assert services.contacts.get(contact.id).notes == "first editor"


def test_soft_delete_and_restore(services: Services, beijing: int, clock: FakeClock) -> None:
    contact = services.contacts.add(kieran())
    clock.moment += timedelta(minutes=5)
    services.contacts.delete(contact.id)
    assert names(services) == []
    assert names(services, archive=Archive.ARCHIVED) == ["Kieran Best"]
    with pytest.raises(NotFoundError):
        services.contacts.get(contact.id)
    with pytest.raises(NotFoundError):
        services.contacts.delete(contact.id)
    restored = services.contacts.restore(contact.id)
    assert restored.contact.deleted_at is None and restored.contact.phones == contact.phones
    assert restored.duplicates == ()
    assert names(services) == ["Kieran Best"]


def test_left_contacts_show_in_archive_not_in_current(services: Services, beijing: int) -> None:
    contact = services.contacts.add(kieran())
    services.contacts.edit(contact.id, ContactChanges(active=False))
    assert names(services, archive=Archive.CURRENT) == []
    assert names(services, archive=Archive.ARCHIVED) == ["Kieran Best"]


def test_html_in_names_is_kept_verbatim(services: Services) -> None:
    contact = services.contacts.add(ContactDraft(given="<b>Kieran</b>", family="Best & Co"))
    assert services.contacts.get(contact.id).given == "<b>Kieran</b>"
    assert names(services, "<b>") == ["<b>Kieran</b> Best & Co"]


def test_paging_returns_the_list_in_slices(services: Services) -> None:
    for index in range(25):
        services.contacts.add(ContactDraft(given="Person", family=f"Family{index:02d}"))
    query = ContactQuery()
    first = services.contacts.page(query, 0, 10)
    rest = services.contacts.page(query, 10, 100)
    assert [c.family for c in first + rest] == [f"Family{i:02d}" for i in range(25)]
    assert services.contacts.count(query) == 25


def test_a_restored_contact_never_points_at_a_deleted_office(
    services: Services, beijing: int
) -> None:
    contact = services.contacts.add(kieran())
    services.contacts.delete(contact.id)
    services.offices.delete(beijing)
    restored = services.contacts.restore(contact.id)
    assert restored.contact.office is None


def test_renaming_an_office_moves_search_to_the_new_names_in_every_language(
    services: Services, beijing: int, clock: FakeClock
) -> None:
    kieran_id = services.contacts.add(kieran()).id
    services.contacts.add(
        ContactDraft(given="Amélie", family="Ndiaye", emails=(EmailInput("andiaye@iom.int"),))
    )
    before = services.contacts.get(kieran_id)
    services.offices.edit(
        beijing,
        OfficeChanges(names={"en": "IOM Shanghai", "fr": "OIM Changhaï", "es": "OIM Shanghái"}),
    )
    for term in ("shanghai", "IOM Shanghai", "changhai", "Changhaï", "shanghái", "oim shang"):
        assert names(services, term) == ["Kieran Best"], term
    for term in ("beijing", "pekin", "Pekín", "oim pek"):
        assert names(services, term) == [], term
    # Terms mix the office's names and the contact's own fields, short terms included.
    assert names(services, "kieran changhai") == ["Kieran Best"]
    assert names(services, "sh be") == ["Kieran Best"]
    assert names(services, "9695 shanghai") == ["Kieran Best"]
    assert names(services, "amelie shanghai") == []
    assert names(services, "iom") == ["Kieran Best", "Amélie Ndiaye"]  # her address, his office
    # The contact itself was not rewritten: the same version, the same last change.
    after = services.contacts.get(kieran_id)
    assert (after.version, after.updated_at) == (before.version, before.updated_at)
    # Archived contacts are still found by their office's names.
    services.contacts.delete(kieran_id)
    assert names(services, "changhai", Archive.ARCHIVED) == ["Kieran Best"]


def test_office_search_follows_a_contact_moved_to_another_office(
    services: Services, beijing: int
) -> None:
    services.offices.add(OfficeDraft(names={"en": "IOM Geneva", "fr": "OIM Genève"}, country="CH"))
    contact = services.contacts.add(kieran())
    services.contacts.edit(contact.id, ContactChanges(office="IOM Geneva"))
    assert names(services, "geneve") == ["Kieran Best"]
    assert names(services, "pekin") == []
    services.contacts.edit(contact.id, ContactChanges(office=""))
    assert names(services, "geneve") == []
    assert names(services, "kieran") == ["Kieran Best"]


def test_a_term_in_an_office_name_that_is_not_a_whole_word_still_matches(
    services: Services, beijing: int
) -> None:
    services.contacts.add(kieran())
    assert names(services, "ijin") == ["Kieran Best"]  # inside "Beijing"
    assert names(services, "o pek") == ["Kieran Best"]  # "oim pekin": two terms, both found
    # A term of one or two characters matches the start of a word: no word starts with "m".
    assert names(services, "m pek") == []
    assert names(services, "%") == []
    assert names(services, "_") == []


def test_a_list_page_holds_the_same_records_as_reading_each_contact(
    services: Services, beijing: int
) -> None:
    services.contacts.add(
        kieran(
            titles={"en": "Media Officer", "fr": "Chargé de presse"},
            phones=(
                PhoneInput("+86 10 5979 9695 ext. 203", PhoneKind.WORK),
                PhoneInput("+86 139 1099 8888", PhoneKind.MOBILE),
                PhoneInput("12", PhoneKind.WORK, allow_invalid=True),
            ),
            emails=(EmailInput("kgormanbest@iom.int"), EmailInput("kieran@example.org")),
            languages=("en", "zh"),
            notes="Prefers e-mail",
        )
    )
    services.contacts.add(ContactDraft(given="Amélie", family="Ndiaye"))
    page = services.contacts.page(ContactQuery())
    assert page == [services.contacts.get(c.id) for c in page]
    assert list(services.contacts.stream(ContactQuery(), chunk=1)) == page


def test_a_chinese_name_is_found_as_typed_without_a_space(services: Services) -> None:
    services.contacts.add(ContactDraft(given="伟", family="张", family_first=True))
    services.contacts.add(ContactDraft(given="芳", family="王", family_first=True))
    services.contacts.add(ContactDraft(given="Wei", family="Zhang"))
    for term in ("张伟", "伟张", "张", "伟"):
        assert names(services, term) == ["张伟"], term
    assert names(services, "王芳") == ["王芳"]
    assert names(services, "zhangwei") == []  # Latin names keep their spaces
