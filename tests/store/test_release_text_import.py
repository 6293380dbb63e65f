"""Contacts read back out of a release: matched, written in one transaction, linked."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_app.domain.errors import ValidationError
from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.services.importing import Decision, MatchConfidence, OutcomeKind
from crm_app.services.sample_data import load_sample_data

SEED = Path(__file__).parents[1] / "fixtures" / "releases" / "seed-iom-beijing-fr.txt"

ANOTHER = """IOM and WHO open a clinic in Dakar

DAKAR, 3 March 2026 - A new clinic opens today.

For more information, please contact:
Fatou Ndiaye, IOM Dakar, Tel: +221 33 869 62 00, Email: fndiaye@example.org
Kieran Best, IOM Beijing, Email: kgormanbest@iom.int
"""


@pytest.fixture
def sample(services: Services) -> None:
    load_sample_data(services.offices, services.contacts, services.clock)


def test_the_seed_matches_kieran_and_shows_the_repair(services: Services, sample: None) -> None:
    preview = services.release_texts.read(SEED.read_bytes())
    (found,) = preview.contacts
    candidate = found.candidate
    assert candidate.match_confidence is MatchConfidence.EXACT
    assert candidate.matched is not None and candidate.matched.family == "Best"
    assert candidate.contact is not None
    (phone,) = candidate.contact.phones
    assert not phone.valid
    assert candidate.phone_suggestions[phone.raw] == "+86 10 5979 9695 ext. 203"
    assert [e.address for e in candidate.contact.emails] == ["kgormanbest@iom.int"]
    assert services.releases.all() == []  # reading writes nothing


def test_importing_the_seed_links_kieran_without_his_broken_number(
    services: Services, sample: None
) -> None:
    before = services.contacts.count(ContactQuery())
    kieran = next(c for c in services.contacts.stream(ContactQuery()) if c.family == "Best")
    result = services.release_texts.import_release(SEED.read_bytes())
    assert result.release_created and result.release_id is not None
    release = services.releases.get(result.release_id)
    assert release.language == "fr"
    assert release.title.startswith("L'OIM encourage")
    assert [c.id for c in release.contacts] == [kieran.id]
    assert services.contacts.count(ContactQuery()) == before
    # He already has the repaired number: the broken copy is not added beside it.
    assert services.contacts.get(kieran.id).phones == kieran.phones
    assert not [w for w in result.warnings if "flagged invalid" in w]  # nothing was kept

    again = services.release_texts.import_release(SEED.read_bytes())
    assert not again.release_created and again.release_id == result.release_id
    assert [o.kind for o in again.outcomes] == [OutcomeKind.UNCHANGED]
    assert len(services.releases.all()) == 1
    assert services.contacts.count(ContactQuery()) == before


def test_a_new_person_is_created_flagged_and_linked_in_the_blocks_order(
    services: Services, sample: None
) -> None:
    before = services.contacts.count(ContactQuery())
    result = services.release_texts.import_release(ANOTHER)
    assert [o.kind for o in result.outcomes] == [OutcomeKind.CREATED, OutcomeKind.UNCHANGED]
    release = services.releases.get(result.release_id or 0)
    assert [c.family for c in release.contacts] == ["Ndiaye", "Best"]
    assert str(release.date) == "2026-03-03"
    assert services.contacts.count(ContactQuery()) == before + 1


def test_skip_writes_nothing_for_that_person_and_a_dry_run_nothing_at_all(
    services: Services, sample: None
) -> None:
    before = services.contacts.count(ContactQuery())
    dry = services.release_texts.import_release(ANOTHER, dry_run=True)
    assert dry.release_id is None
    assert services.releases.all() == []
    assert services.contacts.count(ContactQuery()) == before

    fatou_line = services.release_texts.read(ANOTHER).contacts[0].line
    result = services.release_texts.import_release(ANOTHER, {fatou_line: Decision.SKIP})
    assert [o.kind for o in result.outcomes] == [OutcomeKind.SKIPPED, OutcomeKind.UNCHANGED]
    assert services.contacts.count(ContactQuery()) == before
    assert [c.family for c in services.releases.get(result.release_id or 0).contacts] == ["Best"]


def test_text_without_a_title_is_refused_and_writes_nothing(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.release_texts.import_release("")
    assert refused.value.field == "title"
    assert services.releases.all() == []


def test_a_taken_suggestion_is_the_number_imported(services: Services, sample: None) -> None:
    # Without Kieran's e-mail, the block names a new person at IOM Beijing.
    text = SEED.read_text(encoding="utf-8").replace("kgormanbest@iom.int", "kbest2@example.org")
    text = text.replace("Kieran Best", "Lin Zhao")
    (found,) = services.release_texts.read(text).contacts
    assert found.candidate.contact is not None
    (phone,) = found.candidate.contact.phones
    suggestion = found.candidate.phone_suggestions[phone.raw]
    fixes = {found.line: {phone.raw: suggestion}}

    fixed = services.release_texts.read(text, phone_fixes=fixes).contacts[0].candidate
    assert fixed.contact is not None
    assert [(p.e164, p.extension, p.valid) for p in fixed.contact.phones] == [
        ("+861059799695", "203", True)
    ]
    assert fixed.phone_suggestions == {}

    result = services.release_texts.import_release(text, phone_fixes=fixes)
    (outcome,) = result.outcomes
    assert outcome.kind is OutcomeKind.CREATED and outcome.contact_id is not None
    stored = services.contacts.get(outcome.contact_id)
    assert [(p.e164, p.extension, p.valid) for p in stored.phones] == [
        ("+861059799695", "203", True)
    ]
