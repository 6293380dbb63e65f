"""The streamed export and listing (plain values, read in chunks) against the records path:
the same contacts, in the same order, written to the same bytes."""

from __future__ import annotations

import gc
import io
from datetime import date
from typing import Any

import pytest

from crm_app.domain.errors import ValidationError
from crm_app.domain.queries import Archive, ContactQuery, ContactSort
from crm_app.domain.records import Contact, ContactKind, EmailKind, PhoneKind
from crm_app.domain.values import ContactValues
from crm_app.domain.vcard import VCardProfile, VCardVersion, write_cards
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactChanges,
    ContactDraft,
    EmailInput,
    OfficeDraft,
    PhoneInput,
    ReleaseDraft,
)
from crm_app.services.vcards import VCardService
from crm_app.store import repositories
from crm_app.store.database import Database
from tests.conftest import FakeClock

LONG_NOTE = (
    "Covers migration; labour mobility, counter-trafficking \\ and the 2025 floods.\n"
    "负责北京办事处的媒体关系，会说普通话和英语。" * 3
)


@pytest.fixture
def varied(services: Services) -> dict[str, int]:
    """Contacts that exercise every part of a card; returns their ids by nickname."""
    services.offices.add(
        OfficeDraft(
            names={"en": "IOM Beijing", "fr": "OIM Pékin", "zh": "国际移民组织北京"},
            country="CN",
            city="Beijing",
            switchboard="+86 10 5979 9600",
        )
    )
    services.offices.add(
        OfficeDraft(names={"en": "IOM Seoul"}, country="KR", city="Seoul, Jung-gu")
    )
    add = services.contacts.add
    ids = {
        "helene": add(
            ContactDraft(
                given="Hélène",
                family="Lefèvre",
                honorific="Mme",
                office="OIM Pékin",
                titles={
                    "en": "Media and Communications Officer",
                    "es": "Oficial de comunicación",
                    "fr": "Chargée de communication; presse, web",
                },
                kind=ContactKind.SPOKESPERSON,
                languages=("fr", "en", "zh"),
                phones=(
                    PhoneInput("+86 10 5979 9695 ext. 203", PhoneKind.WORK),
                    PhoneInput("+86 139 1099 8888", PhoneKind.MOBILE),
                    PhoneInput("+86 10 5979 9601", PhoneKind.FAX),
                ),
                emails=(
                    EmailInput("hlefevre@iom.int"),
                    EmailInput("helene@example.org", EmailKind.HOME),
                ),
                notes=LONG_NOTE,
                last_verified=date(2026, 3, 1),
            )
        ).id,
        "zhang": add(
            ContactDraft(
                given="伟",
                family="张",
                family_first=True,
                office="IOM Beijing",
                titles={"en": "Press Officer", "zh": "新闻官"},
                phones=(PhoneInput("+86 10 5979 9611", PhoneKind.WORK),),
                emails=(EmailInput("wzhang@iom.int"),),
            )
        ).id,
        "html": add(
            ContactDraft(
                given="<b>Anna</b>",
                family='O\'Brien & Sons, "Ltd"',
                office="IOM Seoul",
                titles={"fr": "Porte-parole"},
                phones=(PhoneInput("12 34", PhoneKind.OTHER, allow_invalid=True),),
                emails=(EmailInput("anna@example.org", EmailKind.OTHER),),
                notes="a\\b;c,d",
            )
        ).id,
        "no_office": add(
            ContactDraft(given="", family="Okafor", emails=(EmailInput("okafor@example.org"),))
        ).id,
        "twin_a": add(ContactDraft(given="Sam", family="Lee")).id,
        "twin_b": add(ContactDraft(given="Sam", family="Lee", kind=ContactKind.MEDIA)).id,
        "left": add(
            ContactDraft(
                given="Kieran", family="Best", office="IOM Beijing", titles={"en": "Former"}
            )
        ).id,
        "deleted": add(ContactDraft(given="Gone", family="Away", office="IOM Seoul")).id,
    }
    services.contacts.edit(ids["left"], ContactChanges(active=False))
    services.contacts.delete(ids["deleted"])
    return ids


OPTIONS = [
    (VCardVersion.V3, VCardProfile.STANDARD, "en"),
    (VCardVersion.V4, VCardProfile.STANDARD, "fr"),
    (VCardVersion.V3, VCardProfile.OUTLOOK, "zh"),
]


@pytest.mark.parametrize(("version", "profile", "language"), OPTIONS)
def test_the_export_writes_what_the_record_writer_writes(
    services: Services,
    database: Database,
    clock: FakeClock,
    varied: dict[str, int],
    version: VCardVersion,
    profile: VCardProfile,
    language: str,
) -> None:
    exporter = VCardService(database, clock, organisation="IOM")
    streamed = io.BytesIO()
    written = exporter.export(streamed, version=version, profile=profile, language=language)
    records = list(services.contacts.stream(ContactQuery(archive=Archive.ALL_LIVE)))
    expected = io.BytesIO()
    write_cards(
        records, expected, version=version, profile=profile, organisation="IOM", language=language
    )
    assert streamed.getvalue() == expected.getvalue()
    text = streamed.getvalue().decode("utf-8")
    # Everyone but the deleted contact, the one who left included and marked so.
    assert written == len(records) == len(varied) - 1 == text.count("BEGIN:VCARD")
    assert "Away" not in text
    assert "X-CRM-ACTIVE" in text
    assert "\r\n " in text  # the long note is folded


def test_chosen_contacts_and_a_release_export_in_their_own_order(
    services: Services, varied: dict[str, int]
) -> None:
    chosen = [varied["zhang"], varied["html"], varied["helene"]]
    streamed = io.BytesIO()
    assert services.vcards.export(streamed, contact_ids=chosen) == 3
    expected = io.BytesIO()
    write_cards([services.contacts.get(i) for i in chosen], expected)
    assert streamed.getvalue() == expected.getvalue()

    release = services.releases.add(
        ReleaseDraft(
            title="Floods",
            language="en",
            date=date(2026, 11, 27),
            contact_ids=(varied["left"], varied["zhang"]),
        )
    )
    streamed = io.BytesIO()
    assert services.vcards.export(streamed, release_id=release.id) == 2
    expected = io.BytesIO()
    write_cards(
        [services.contacts.get(varied["left"]), services.contacts.get(varied["zhang"])], expected
    )
    assert streamed.getvalue() == expected.getvalue()


def _fields(contact: Contact | ContactValues) -> tuple[Any, ...]:
    """What a contact's values and its record share, in comparable form."""
    updated = contact.updated_at
    return (
        contact.id,
        contact.uid,
        contact.given,
        contact.family,
        contact.honorific,
        contact.family_first,
        str(contact.kind),
        tuple(contact.languages),
        contact.notes,
        contact.active,
        contact.last_verified,
        updated.replace(tzinfo=None) if updated is not None else None,
        contact.deleted,
        contact.office,
        dict(contact.titles),
        [
            (str(p.kind), p.raw, p.e164, p.extension, p.valid, str(p.line_type))
            for p in contact.phones
        ],
        [(str(e.kind), e.address) for e in contact.emails],
    )


@pytest.mark.parametrize(
    "query",
    [
        ContactQuery(archive=Archive.ALL_LIVE),
        ContactQuery(archive=Archive.CURRENT),
        ContactQuery(archive=Archive.ARCHIVED),
        ContactQuery(text="lee"),
        ContactQuery(text="pékin"),
        ContactQuery(archive=Archive.ALL_LIVE, descending=True),
        ContactQuery(archive=Archive.ALL_LIVE, sort=ContactSort.UPDATED),
        ContactQuery(kind=ContactKind.MEDIA.value),
    ],
    ids=["all", "current", "archived", "text", "office", "descending", "updated", "kind"],
)
def test_streamed_values_are_the_listed_records_in_list_order(
    services: Services, varied: dict[str, int], query: ContactQuery
) -> None:
    records = list(services.contacts.stream(query))
    assert [_fields(v) for v in services.contacts.stream_values(query)] == [
        _fields(r) for r in records
    ]
    without_titles = list(services.contacts.stream_values(query, titles=False))
    assert [v.id for v in without_titles] == [r.id for r in records]
    assert all(not v.titles for v in without_titles)


def test_chunks_follow_on_across_equal_names(
    services: Services, database: Database, varied: dict[str, int]
) -> None:
    for index in range(7):  # more people of one name than a chunk holds
        services.contacts.add(ContactDraft(given="Sam", family="Lee", notes=str(index)), force=True)
    for query in (
        ContactQuery(),
        ContactQuery(descending=True),
        ContactQuery(sort=ContactSort.UPDATED, descending=True),
    ):
        listed = [c.id for c in services.contacts.page(query)]
        with database.sessions.begin() as session:
            for size in (1, 2, 3, 100):
                chunks = list(repositories.contact_chunks(session, query, size))
                assert [row.id for chunk in chunks for row in chunk.contacts] == listed
                assert all(len(chunk.contacts) == size for chunk in chunks[:-1])


def test_a_stream_leaves_the_garbage_collector_as_it_found_it(
    services: Services, varied: dict[str, int]
) -> None:
    before = gc.get_threshold()
    assert services.vcards.export(io.BytesIO()) == len(varied) - 1
    assert gc.get_threshold() == before
    stream = services.contacts.stream_values(ContactQuery())
    next(stream)
    assert gc.get_threshold() != before  # collecting rarely while it runs
    stream.close()  # a reader that stops early (a cancelled export, a closed pipe)
    assert gc.get_threshold() == before
    with pytest.raises(ValidationError):
        services.vcards.export(io.BytesIO(), contact_ids=[varied["helene"], 10_000])
    assert gc.get_threshold() == before
