"""Releases: their blocks, publishing that freezes the block, and outdated releases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from crm_app.domain.blocks import WarningCode
from crm_app.domain.errors import NotFoundError, ValidationError
from crm_app.domain.phones import format_phone
from crm_app.domain.records import BlockLayout, PhoneKind, ReleaseStatus, full_name
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactChanges,
    ContactDraft,
    EmailInput,
    OfficeDraft,
    PhoneInput,
    ReleaseChanges,
    ReleaseDraft,
)
from crm_app.services.releases import ReleaseSummary
from crm_app.store.database import Database
from crm_app.store.models import ContactRow, ReleaseRow
from tests.conftest import TODAY


@pytest.fixture
def kieran_id(services: Services) -> int:
    services.offices.add(
        OfficeDraft(
            names={"en": "IOM Beijing", "fr": "OIM Pékin", "es": "OIM Pekín"},
            country="CN",
            city="Beijing",
            switchboard="+86 10 5979 9600",
        )
    )
    return services.contacts.add(
        ContactDraft(
            given="Kieran",
            family="Best",
            office="IOM Beijing",
            phones=(PhoneInput("+86 10 5979 9695 ext. 203", PhoneKind.WORK),),
            emails=(EmailInput("kgormanbest@iom.int"),),
            last_verified=TODAY - timedelta(days=10),
        )
    ).id


def _release(services: Services, contact_ids: tuple[int, ...], language: str = "fr") -> int:
    return services.releases.add(
        ReleaseDraft(
            title="L'OIM encourage les liens pour la gestion de la migration",
            language=language,
            date=date(2026, 11, 27),
            office="IOM Beijing",
            contact_ids=contact_ids,
        )
    ).id


FRENCH_BLOCK = (
    "Pour plus d'informations, veuillez contacter\u00a0:\n"
    "Kieran Best\n"
    "OIM Pékin\n"
    "Tél.\u00a0: +86 10 5979 9695, poste 203\n"
    "Courriel\u00a0: kgormanbest@iom.int"
)


def test_release_block_is_in_the_release_language(services: Services, kieran_id: int) -> None:
    release_id = _release(services, (kieran_id,))
    result = services.releases.block(release_id)
    assert result.block.text == FRENCH_BLOCK
    assert result.warnings == []
    english = services.releases.block(release_id, language="en")
    assert english.block.text.startswith(
        "For more information, please contact:\nKieran Best\nIOM Beijing"
    )


def test_publish_freezes_the_block_and_later_edits_do_not_rewrite_it(
    services: Services, kieran_id: int
) -> None:
    release_id = _release(services, (kieran_id,))
    published, warnings = services.releases.publish(release_id)
    assert warnings == []
    assert published.status is ReleaseStatus.PUBLISHED
    assert published.published is not None
    assert published.published.text == FRENCH_BLOCK
    assert services.releases.outdated() == []

    services.contacts.edit(
        kieran_id, ContactChanges(phones=(PhoneInput("+86 10 5979 9600 ext. 310"),))
    )
    again = services.releases.get(release_id)
    assert again.published is not None
    assert again.published.text == FRENCH_BLOCK  # history is not rewritten

    outdated = services.releases.outdated()
    assert [item.release.id for item in outdated] == [release_id]
    stale = outdated[0].stale
    assert [(s.channel, s.contact_name) for s in stale] == [("phone", "Kieran Best")]
    assert stale[0].printed == "+86 10 5979 9695, poste 203"
    assert "+86 10 5979 9600" in stale[0].now


def test_removed_email_and_deleted_contact_make_a_release_outdated(
    services: Services, kieran_id: int
) -> None:
    release_id = _release(services, (kieran_id,), language="en")
    services.releases.publish(release_id)
    services.contacts.edit(kieran_id, ContactChanges(emails=(EmailInput("kieran.best@iom.int"),)))
    assert [s.channel for s in services.releases.outdated()[0].stale] == ["email"]
    services.contacts.delete(kieran_id)
    stale = services.releases.outdated()[0].stale
    assert {s.channel for s in stale} == {"phone", "email"}
    assert all(s.now == "" for s in stale)


def test_published_release_contacts_are_frozen(services: Services, kieran_id: int) -> None:
    release_id = _release(services, (kieran_id,))
    services.releases.publish(release_id)
    with pytest.raises(ValidationError, match="published"):
        services.releases.edit(release_id, ReleaseChanges(contact_ids=()))
    with pytest.raises(ValidationError, match="already published"):
        services.releases.publish(release_id)


def test_release_without_contacts_cannot_make_a_block(services: Services, kieran_id: int) -> None:
    release_id = _release(services, ())
    with pytest.raises(ValidationError) as caught:
        services.releases.block(release_id)
    assert caught.value.field == "contact"
    with pytest.raises(ValidationError):
        services.releases.publish(release_id)
    assert services.releases.get(release_id).status is ReleaseStatus.DRAFT


def test_unknown_or_deleted_contact_is_named(services: Services, kieran_id: int) -> None:
    with pytest.raises(NotFoundError, match="99"):
        services.contacts.get_many([kieran_id, 99])
    services.contacts.delete(kieran_id)
    with pytest.raises(NotFoundError, match=str(kieran_id)):
        services.contacts.get_many([kieran_id])
    with pytest.raises(ValidationError, match=str(kieran_id)):
        _release(services, (kieran_id,))


def test_language_without_template_is_refused(services: Services, kieran_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        _release(services, (kieran_id,), language="de")
    assert caught.value.field == "language"
    assert "en, es, fr" in caught.value.reason
    release_id = _release(services, (kieran_id,))
    with pytest.raises(ValidationError):
        services.releases.block(release_id, language="de")


def test_users_own_template_wins(services: Services, kieran_id: int, tmp_path: object) -> None:
    from pathlib import Path

    override = Path(str(tmp_path)) / "templates"
    override.mkdir(exist_ok=True)
    shipped = services.templates.get("en").source
    text = Path(shipped).read_text(encoding="utf-8") if Path(shipped).exists() else None
    if text is None:
        pytest.skip("shipped templates are not plain files in this install")
    (override / "en.toml").write_text(
        text.replace("For more information, please contact:", "Media enquiries:"), encoding="utf-8"
    )
    release_id = _release(services, (kieran_id,), language="en")
    assert services.releases.block(release_id).block.text.startswith("Media enquiries:\n")


def test_warnings_are_listed_apart_from_the_block(services: Services, kieran_id: int) -> None:
    services.contacts.edit(
        kieran_id,
        ContactChanges(active=False, last_verified=TODAY - timedelta(days=800)),
    )
    release_id = _release(services, (kieran_id,))
    result = services.releases.block(release_id, layout=BlockLayout.INLINE)
    codes = {warning.code for warning in result.warnings}
    assert codes == {WarningCode.LEFT, WarningCode.UNVERIFIED}
    assert "Kieran Best" in result.block.text
    for warning in result.warnings:
        assert warning.message not in result.block.text


def _per_citation(database: Database) -> list[tuple[int, list[tuple[int, str, str, str, str]]]]:
    """What `outdated` found before it became one query: each published release's
    citations, one by one, against the contact's phones and e-mails read through the ORM."""

    def key(e164: str | None, raw: str, extension: str | None) -> str:
        return f"{e164 or raw}x{extension or ''}"

    found = []
    with database.sessions.begin() as session:
        published = session.scalars(
            select(ReleaseRow)
            .where(ReleaseRow.deleted_at.is_(None), ReleaseRow.status == "published")
            .order_by(ReleaseRow.release_date.desc(), ReleaseRow.id.desc())
        )
        for release in published:
            stale = []
            for citation in sorted(release.citations, key=lambda c: c.id):
                contact = session.get(ContactRow, citation.contact_id)
                assert contact is not None
                if citation.channel == "phone":
                    kept = {key(p.e164, p.raw, p.extension) for p in contact.phones}
                    now = ", ".join(
                        format_phone(p.e164, p.extension) for p in contact.phones if p.e164
                    )
                else:
                    kept = {e.address_key for e in contact.emails}
                    now = ", ".join(e.address for e in contact.emails)
                if citation.value not in kept or contact.deleted_at is not None:
                    name = full_name(contact.given, contact.family, contact.family_first)
                    now = "" if contact.deleted_at is not None else now
                    stale.append((contact.id, name, citation.channel, citation.printed, now))
            if stale:
                found.append((release.id, stale))
    return found


def _found(services: Services) -> list[tuple[int, list[tuple[int, str, str, str, str]]]]:
    return [
        (
            item.release.id,
            [(s.contact_id, s.contact_name, s.channel, s.printed, s.now) for s in item.stale],
        )
        for item in services.releases.outdated()
    ]


def test_the_outdated_query_finds_what_checking_each_citation_found(
    services: Services, database: Database, kieran_id: int
) -> None:
    nadia = services.contacts.add(
        ContactDraft(
            given="Nadia",
            family="Haddad",
            office="IOM Beijing",
            phones=(
                PhoneInput("+41 22 717 9405"),
                PhoneInput("+41 79 555 01 02", PhoneKind.MOBILE),
            ),
            emails=(EmailInput("NHaddad@iom.int"), EmailInput("press@iom.int")),
        )
    ).id
    li = services.contacts.add(
        ContactDraft(
            given="Wei",
            family="Li",
            family_first=True,
            office="IOM Beijing",
            phones=(PhoneInput("+86 10 5979 9601"),),
            emails=(EmailInput("wli@iom.int"),),
        )
    ).id
    first = _release(services, (kieran_id, nadia))
    second = _release(services, (nadia, li), language="en")
    untouched = _release(services, (li,), language="es")
    draft = _release(services, (kieran_id,))
    for release_id in (first, second, untouched):
        services.releases.publish(release_id)
    assert _found(services) == _per_citation(database) == []

    # Edited after publication, but nothing the blocks print: not outdated.
    services.contacts.edit(kieran_id, ContactChanges(notes="Back from leave"))
    services.contacts.edit(li, ContactChanges(titles={"en": "Spokesperson"}))
    assert _found(services) == _per_citation(database) == []

    # Kieran's extension changes: the first release; Nadia's mobile goes and her address
    # changes only in case (the same mailbox): the first and second; Li is deleted: the
    # second and the third. The draft cites nothing.
    services.contacts.edit(
        kieran_id, ContactChanges(phones=(PhoneInput("+86 10 5979 9695 ext. 204"),))
    )
    services.contacts.edit(
        nadia,
        ContactChanges(
            phones=(PhoneInput("+41 22 717 9405"),),
            emails=(EmailInput("nhaddad@iom.int"), EmailInput("press@iom.int")),
        ),
    )
    services.contacts.delete(li)
    expected = _per_citation(database)
    assert _found(services) == expected
    assert [release_id for release_id, _ in expected] == [untouched, second, first]
    by_release = dict(expected)
    assert [(s[1], s[2]) for s in by_release[first]] == [
        ("Kieran Best", "phone"),
        ("Nadia Haddad", "phone"),
    ]
    assert by_release[first][0][4] == "+86 10 5979 9695 ext. 204"  # what it holds now
    assert {(s[1], s[2], s[4]) for s in by_release[untouched]} == {
        ("Li Wei", "phone", ""),
        ("Li Wei", "email", ""),
    }
    assert draft not in by_release

    # Put back as printed: no longer outdated.
    services.contacts.restore(li)
    services.contacts.edit(
        kieran_id, ContactChanges(phones=(PhoneInput("+86 10 5979 9695 ext. 203"),))
    )
    expected = _per_citation(database)
    assert _found(services) == expected
    assert [release_id for release_id, _ in expected] == [second, first]
    assert [s[1] for s in dict(expected)[first]] == ["Nadia Haddad"]


def test_release_summaries_are_the_list_lines_without_contacts(
    services: Services, kieran_id: int
) -> None:
    first = _release(services, (kieran_id,))
    empty = services.releases.add(
        ReleaseDraft(title="No one yet", language="en", date=date(2026, 12, 1))
    ).id
    summaries = services.releases.summaries()
    assert [s.id for s in summaries] == [empty, first]  # newest first
    assert [s.contacts for s in summaries] == [0, 1]
    stored = services.releases.get(first)
    assert summaries[1] == ReleaseSummary.of(stored)
    assert summaries[1].office is not None and summaries[1].office.name("fr") == "OIM Pékin"
    assert summaries[0].office is None
    assert services.releases.citing(kieran_id) == [summaries[1]]
    services.releases.delete(first)
    assert [s.id for s in services.releases.summaries()] == [empty]
