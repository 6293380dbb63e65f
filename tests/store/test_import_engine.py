"""The shared import engine: who a record is, how sure, and what is written for it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from crm_app.domain.incoming import IncomingContact
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import Contact, EmailKind, PhoneKind
from crm_app.services.common import transaction
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactChanges,
    ContactDraft,
    EmailInput,
    OfficeDraft,
    PhoneInput,
)
from crm_app.services.importing import (
    Decision,
    ImportCandidate,
    ImportEngine,
    ImportResult,
    MatchConfidence,
    OutcomeKind,
    preview,
)
from crm_app.store.database import Database
from tests.conftest import FakeClock

KIERAN_NUMBER = "+86 10 5979 9695 ext. 203"
SWITCHBOARD = "+86 10 5979 9600"


def person(
    line: int = 1,
    *,
    given: str = "Kieran",
    family: str = "Best",
    uid: str | None = None,
    office: str = "IOM Beijing",
    phones: Sequence[str] = (),
    emails: Sequence[str] = (),
    notes: str = "",
    titles: Mapping[str, str] | None = None,
    region_hint: str | None = None,
) -> IncomingContact:
    return IncomingContact(
        line=line,
        uid=uid,
        given=given,
        family=family,
        honorific="",
        titles=titles or {},
        organisation="",
        office=office,
        phones=tuple((PhoneKind.WORK, number) for number in phones),
        emails=tuple((EmailKind.WORK, address) for address in emails),
        notes=notes,
        languages=(),
        kind=None,
        active=None,
        last_verified=None,
        rev=None,
        region_hint=region_hint,
    )


@pytest.fixture
def kieran(services: Services) -> Contact:
    for names, country, switchboard in (
        ({"en": "IOM Beijing", "fr": "OIM Pékin"}, "CN", SWITCHBOARD),
        ({"en": "IOM Geneva"}, "CH", "+41 22 717 9111"),
    ):
        services.offices.add(OfficeDraft(names=names, country=country, switchboard=switchboard))
    return services.contacts.add(
        ContactDraft(
            given="Kieran",
            family="Best",
            office="IOM Beijing",
            titles={"en": "Media Officer"},
            phones=(PhoneInput(KIERAN_NUMBER, PhoneKind.WORK),),
            emails=(EmailInput("kgormanbest@iom.int"),),
            notes="Prefers e-mail",
        )
    )


def look(database: Database, *records: IncomingContact) -> list[ImportCandidate]:
    return preview(database, records)


def run(
    database: Database,
    clock: FakeClock,
    records: Sequence[IncomingContact],
    decisions: Mapping[int, Decision] | None = None,
) -> ImportResult:
    with transaction(database, "test import") as session:
        return ImportEngine(session, clock, source="test").apply(records, decisions)


def count(services: Services) -> int:
    return services.contacts.count(ContactQuery(archive=Archive.ALL_LIVE))


def exact_record(rule: str, kieran: Contact) -> tuple[IncomingContact, str]:
    """A record that matches Kieran by one rule only, and the reason it should give."""
    if rule == "uid":
        # Another name, another address: the UID alone says who it is.
        record = person(given="K.", family="Lee", uid=kieran.uid, emails=["other@example.org"])
        return record, f"same UID {kieran.uid}"
    if rule == "email-any-case":
        # Addresses match whatever their case; the reason names the record's.
        return person(office="", emails=["KGormanBest@IOM.int"]), "same e-mail KGormanBest@iom.int"
    if rule == "email-in-markup":
        # Leftover HTML around the address, as scraped from a release.
        leftover = '"mailto:kgormanbest@iom.int" target="">kgormanbest@iom.int</a>'
        return person(office="", emails=[leftover]), "same e-mail kgormanbest@iom.int"
    assert rule == "number-and-family"
    record = person(given="K", family="BEST", office="", phones=["+86 10 5979 9695 ext 203"])
    return record, "same number +86 10 5979 9695 ext. 203 and family name"


@pytest.mark.parametrize("rule", ["uid", "email-any-case", "email-in-markup", "number-and-family"])
def test_each_exact_rule_matches_and_merges(
    services: Services, database: Database, clock: FakeClock, kieran: Contact, rule: str
) -> None:
    record, reason = exact_record(rule, kieran)
    [candidate] = look(database, record)
    assert candidate.match_id == kieran.id
    assert candidate.match_confidence is MatchConfidence.EXACT
    assert candidate.match_reason == reason
    assert candidate.matched is not None and candidate.matched.display_name == "Kieran Best"
    [outcome] = run(database, clock, [record]).outcomes
    assert outcome.kind in (OutcomeKind.UPDATED, OutcomeKind.UNCHANGED)
    assert (outcome.contact_id, outcome.confidence) == (kieran.id, MatchConfidence.EXACT)
    assert count(services) == 1


def test_a_shared_switchboard_with_another_family_name_does_not_match(
    services: Services, database: Database, clock: FakeClock, kieran: Contact
) -> None:
    phones = (PhoneInput(KIERAN_NUMBER, PhoneKind.WORK), PhoneInput(SWITCHBOARD, PhoneKind.WORK))
    services.contacts.edit(kieran.id, ContactChanges(phones=phones))
    ann = person(given="Ann", family="Lee", phones=[SWITCHBOARD], emails=["alee@iom.int"])
    [candidate] = look(database, ann)
    assert candidate.match_confidence is MatchConfidence.NONE
    assert candidate.match_id is None
    [outcome] = run(database, clock, [ann]).outcomes
    assert outcome.kind is OutcomeKind.CREATED
    assert outcome.contact_id != kieran.id
    assert count(services) == 2
    assert [e.address for e in services.contacts.get(kieran.id).emails] == ["kgormanbest@iom.int"]


@pytest.mark.parametrize(
    ("given", "family", "reason"),
    [
        ("Kieran", "Best", "same name at the same office"),
        ("KIÉRAN", "best", "same name at the same office"),
        ("K.", "Best", "same family name and initial at the same office"),
        ("Kie", "Best", "same family name and a shortened given name at the same office"),
    ],
)
def test_a_close_name_at_the_same_office_is_probable_and_not_merged_silently(
    services: Services,
    database: Database,
    clock: FakeClock,
    kieran: Contact,
    given: str,
    family: str,
    reason: str,
) -> None:
    record = person(given=given, family=family, emails=["k.best@example.org"])
    [candidate] = look(database, record)
    assert candidate.match_id == kieran.id
    assert candidate.match_confidence is MatchConfidence.PROBABLE
    assert candidate.match_reason == reason
    result = run(database, clock, [record])
    [outcome] = result.outcomes
    assert outcome.kind is OutcomeKind.CREATED
    assert outcome.contact_id != kieran.id
    assert count(services) == 2
    # The stored contact got nothing of the record's; the warning names it.
    assert [e.address for e in services.contacts.get(kieran.id).emails] == ["kgormanbest@iom.int"]
    assert result.warnings == (
        f"line 1: {given} {family}: created as a new contact; contact {kieran.id} (Kieran Best)"
        f" may be the same person ({reason})",
    )


@pytest.mark.parametrize(
    ("stored", "reason"),
    [
        ("K.", "same family name and initial at the same office"),
        ("K", "same family name and initial at the same office"),
        ("Kie", "same family name and a shortened given name at the same office"),
        ("Kieran", "same name at the same office"),
    ],
)
def test_a_stored_initial_or_shortened_name_is_found_from_the_whole_name(
    services: Services, database: Database, kieran: Contact, stored: str, reason: str
) -> None:
    services.contacts.delete(kieran.id)
    other = services.contacts.add(ContactDraft(given=stored, family="Best", office="IOM Beijing"))
    services.contacts.add(ContactDraft(given="Ki", family="Best", office="IOM Beijing"))
    [candidate] = look(database, person(given="Kieran", family="Best"))
    assert (candidate.match_id, candidate.match_reason) == (other.id, reason)
    assert candidate.match_confidence is MatchConfidence.PROBABLE


SHORTENED = "same family name and a shortened given name at the same office"
INITIAL = "same family name and initial at the same office"


@pytest.mark.parametrize(
    ("stored", "record", "reason"),
    [
        ("Jean.", "Jean-Paul", SHORTENED),
        ("Jean", "Jean-Paul", SHORTENED),
        ("María", "Maria José", SHORTENED),
        ("J.", "Jean-Paul", INITIAL),
        ("Jean-Paul", "J.", INITIAL),
        ("Jean-Paul", "Jea", SHORTENED),
        ("Jo.", "Jo", "same name at the same office"),
        ("Jo", "JO", "same name at the same office"),
    ],
)
def test_close_given_names_in_either_direction(
    services: Services, database: Database, kieran: Contact, stored: str, record: str, reason: str
) -> None:
    services.contacts.add(ContactDraft(given="Ann", family="Best", office="IOM Beijing"))
    draft = ContactDraft(given=stored, family="Best", office="IOM Beijing")
    first = services.contacts.add(draft)
    services.contacts.add(draft, force=True)  # two people of one name, as happens
    [candidate] = look(database, person(given=record, family="Best"))
    # The first of them by id, as the stored contacts were read in that order.
    assert (candidate.match_id, candidate.match_reason) == (first.id, reason)


@pytest.mark.parametrize(
    ("given", "family", "office"),
    [
        ("Kim", "Best", "IOM Beijing"),  # another given name
        ("Ki", "Best", "IOM Beijing"),  # two letters are a name of their own
        ("Kieran", "Bestley", "IOM Beijing"),
        ("Kieran", "Best", "IOM Geneva"),  # same name, another office
        ("Kieran", "Best", ""),  # no office to compare
    ],
)
def test_other_names_and_offices_are_no_match(
    database: Database, kieran: Contact, given: str, family: str, office: str
) -> None:
    [candidate] = look(database, person(given=given, family=family, office=office))
    assert candidate.match_confidence is MatchConfidence.NONE
    assert candidate.match_id is None


def test_linking_a_probable_match_when_a_person_decides_fills_it_in(
    services: Services, database: Database, clock: FakeClock, kieran: Contact
) -> None:
    record = person(line=7, given="K.", emails=["k.best@example.org"])
    result = run(database, clock, [record], {7: Decision.LINK})
    [outcome] = result.outcomes
    assert (outcome.kind, outcome.contact_id) == (OutcomeKind.UPDATED, kieran.id)
    assert outcome.confidence is MatchConfidence.PROBABLE
    assert result.warnings == ()
    assert count(services) == 1
    stored = services.contacts.get(kieran.id)
    assert stored.given == "Kieran"  # the stored name is not overwritten by the initial
    assert [e.address for e in stored.emails] == ["kgormanbest@iom.int", "k.best@example.org"]


def test_fill_in_never_blanks_out_nor_overwrites(
    services: Services, database: Database, clock: FakeClock, kieran: Contact
) -> None:
    record = person(
        given="",
        family="Best",
        emails=["kgormanbest@iom.int"],
        phones=["+86 139 1099 8888"],
        titles={"en": "Spokesperson", "fr": "Porte-parole"},
        notes="",
    )
    [outcome] = run(database, clock, [record]).outcomes
    assert outcome.kind is OutcomeKind.UPDATED
    stored = services.contacts.get(kieran.id)
    assert (stored.given, stored.family, stored.notes) == ("Kieran", "Best", "Prefers e-mail")
    assert dict(stored.titles) == {"en": "Media Officer", "fr": "Porte-parole"}
    assert [p.e164 for p in stored.phones] == ["+861059799695", "+8613910998888"]
    assert stored.office is not None and stored.office.name() == "IOM Beijing"


def test_reimporting_the_same_records_creates_nothing(
    services: Services, database: Database, clock: FakeClock
) -> None:
    services.offices.add(OfficeDraft(names={"en": "IOM Beijing"}, country="CN"))
    records = [
        person(1, given="Kieran", family="Best", emails=["kgormanbest@iom.int"]),
        person(5, given="Li", family="Wei", phones=["010 5979 9601"]),
        person(9, given="Ann", family="Lee", uid="ann-1", office=""),
    ]
    first = run(database, clock, records)
    assert [o.kind for o in first.outcomes] == [OutcomeKind.CREATED] * 3
    again = run(database, clock, records)
    assert [o.kind for o in again.outcomes] == [OutcomeKind.UNCHANGED] * 3
    assert [o.contact_id for o in again.outcomes] == [o.contact_id for o in first.outcomes]
    assert count(services) == 3


def test_a_record_twice_in_one_import_is_one_contact(
    services: Services, database: Database, clock: FakeClock
) -> None:
    records = [
        person(1, office="", emails=["kgormanbest@iom.int"]),
        person(6, office="", emails=["KGORMANBEST@iom.int"], phones=["+86 10 5979 9695"]),
    ]
    result = run(database, clock, records)
    assert [o.kind for o in result.outcomes] == [OutcomeKind.CREATED, OutcomeKind.UPDATED]
    assert count(services) == 1
    [contact_id] = {o.contact_id for o in result.outcomes}
    assert [p.e164 for p in services.contacts.get(contact_id or 0).phones] == ["+861059799695"]


def test_skip_writes_nothing_for_that_record(
    services: Services, database: Database, clock: FakeClock, kieran: Contact
) -> None:
    records = [
        person(1, emails=["kgormanbest@iom.int"], phones=["+86 139 1099 8888"]),
        person(4, given="Ann", family="Lee", emails=["alee@iom.int"]),
        person(8, given="Bo", family="Chen", emails=["bchen@iom.int"]),
    ]
    result = run(database, clock, records, {1: Decision.SKIP, 4: Decision.SKIP})
    assert [(o.line, o.kind) for o in result.outcomes] == [
        (1, OutcomeKind.SKIPPED),
        (4, OutcomeKind.SKIPPED),
        (8, OutcomeKind.CREATED),
    ]
    assert result.outcomes[0].reason == "left out, as decided"
    assert count(services) == 2  # Kieran and Bo; no Ann
    stored = services.contacts.get(kieran.id)
    assert [p.e164 for p in stored.phones] == ["+861059799695"]  # no new number


def test_create_despite_an_exact_match_keeps_the_stored_uid_to_its_owner(
    services: Services, database: Database, clock: FakeClock, kieran: Contact
) -> None:
    record = person(3, uid=kieran.uid, emails=["kgormanbest@iom.int"])
    [outcome] = run(database, clock, [record], {3: Decision.CREATE}).outcomes
    assert outcome.kind is OutcomeKind.CREATED
    created = services.contacts.get(outcome.contact_id or 0)
    assert created.uid != kieran.uid
    assert services.contacts.get(kieran.id).uid == kieran.uid
    assert count(services) == 2


def test_link_with_nothing_to_link_to_is_skipped(
    services: Services, database: Database, clock: FakeClock, kieran: Contact
) -> None:
    [outcome] = run(
        database, clock, [person(2, given="Ann", family="Lee")], {2: Decision.LINK}
    ).outcomes
    assert outcome.kind is OutcomeKind.SKIPPED
    assert outcome.reason == "no stored contact to link it to"
    assert count(services) == 1


def test_a_failing_record_is_skipped_and_the_rest_written_in_the_callers_transaction(
    services: Services, database: Database, clock: FakeClock, kieran: Contact
) -> None:
    records = [
        person(1, given="", family="", emails=["nobody@iom.int"]),
        person(4, given="Ann", family="Lee", emails=["alee@iom.int"]),
    ]
    result = run(database, clock, records)
    assert [(o.line, o.kind) for o in result.outcomes] == [
        (1, OutcomeKind.SKIPPED),
        (4, OutcomeKind.CREATED),
    ]
    assert result.outcomes[0].reason == "name: the card has no name (N or FN)"
    assert count(services) == 2

    # The caller's transaction is the import's: when it fails, nothing of it stays.
    bo = person(7, given="Bo", family="Chen", emails=["bchen@iom.int"])

    def import_then_fail() -> None:
        with transaction(database, "test import") as session:
            [outcome] = ImportEngine(session, clock).apply([bo]).outcomes
            assert outcome.kind is OutcomeKind.CREATED
            raise RuntimeError("release refused")

    with pytest.raises(RuntimeError, match="release refused"):
        import_then_fail()
    assert count(services) == 2


def test_a_deleted_contact_with_the_uid_is_not_filled_in(
    services: Services, database: Database, clock: FakeClock, kieran: Contact
) -> None:
    services.contacts.delete(kieran.id)
    [outcome] = run(database, clock, [person(uid=kieran.uid, emails=["k@example.org"])]).outcomes
    assert outcome.kind is OutcomeKind.SKIPPED
    assert outcome.reason == (
        f"contact {kieran.id} (Kieran Best) has this UID but is deleted; restore it first"
    )
    assert count(services) == 0


def test_phones_are_read_in_the_offices_region_else_the_records_hint(
    services: Services, database: Database, kieran: Contact
) -> None:
    at_office, hinted, flagged = look(
        database,
        person(1, given="Ann", family="Lee", phones=["010 5979 9601"], region_hint="FR"),
        person(2, given="Bo", family="Chen", office="", phones=["010 5979 9602"], region_hint="CN"),
        person(3, given="Cy", family="Ma", phones=["+ 86 5979 9695 Ext. 203"]),
    )
    assert at_office.contact is not None and hinted.contact is not None
    assert [p.e164 for p in at_office.contact.phones] == ["+861059799601"]
    assert [p.e164 for p in hinted.contact.phones] == ["+861059799602"]
    # Kept, flagged, and what was meant is offered from the office's switchboard.
    assert flagged.contact is not None
    [phone] = flagged.contact.phones
    assert (phone.valid, phone.raw) == (False, "+ 86 5979 9695 Ext. 203")
    assert flagged.phone_suggestions == {"+ 86 5979 9695 Ext. 203": KIERAN_NUMBER}
    assert flagged.remarks == (
        "line 3: Cy Ma: phone '+ 86 5979 9695 Ext. 203' kept, flagged invalid",
    )


def test_preview_writes_nothing(services: Services, database: Database, kieran: Contact) -> None:
    candidates = look(
        database,
        person(1, given="Ann", family="Lee", emails=["alee@iom.int"]),
        person(2, emails=["kgormanbest@iom.int"], phones=["+86 139 1099 8888"]),
    )
    assert [c.match_confidence for c in candidates] == [MatchConfidence.NONE, MatchConfidence.EXACT]
    assert count(services) == 1
    assert len(services.contacts.get(kieran.id).phones) == 1
