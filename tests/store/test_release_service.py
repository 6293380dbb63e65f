"""Releases: their blocks, publishing that freezes the block, and outdated releases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm_app.domain.blocks import WarningCode
from crm_app.domain.errors import NotFoundError, ValidationError
from crm_app.domain.records import BlockLayout, PhoneKind, ReleaseStatus
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
