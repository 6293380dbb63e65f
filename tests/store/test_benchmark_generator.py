"""benchmarks/generate.py writes a database the program reads back as its own.

The generator bypasses the services for speed (bulk inserts); these checks read what it
wrote through the services and the command line, so a change to the store or the search
rules that the generator missed shows up here rather than as wrong benchmark figures.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import select

from crm_app.app.cli import main as cli_main
from crm_app.domain.queries import ContactQuery
from crm_app.domain.records import Contact, ReleaseStatus
from crm_app.domain.text import fold
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges
from crm_app.store.database import Database, open_database
from crm_app.store.models import ContactRow

GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"
CONTACTS = 200
RELEASES = 40  # 2,000 by default; a quarter published either way


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return _load_generator()


@pytest.fixture(scope="module")
def generated(generator: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Any:
    url = f"sqlite:///{tmp_path_factory.mktemp('generated') / 'contacts.sqlite3'}"
    return generator.generate(url, CONTACTS, seed=7, releases=RELEASES, keep_all=True)


@pytest.fixture
def opened(generated: Any, tmp_path: Path) -> Iterator[tuple[Database, Services]]:
    database = open_database(generated.url)
    yield database, Services.build(database, templates_override=tmp_path / "templates")
    database.close()


def _found(services: Services, text: str) -> set[int]:
    return set(services.contacts.ids(ContactQuery(text=text)))


def _document(contact: Contact) -> str:
    office = list(contact.office.names.values()) if contact.office is not None else []
    parts = [contact.given, contact.family, *office, *(e.address for e in contact.emails)]
    return fold(" ".join(parts))


def test_counts_offices_and_releases(generated: Any, opened: tuple[Database, Services]) -> None:
    _, services = opened
    assert generated.contacts == CONTACTS
    assert services.contacts.count(ContactQuery()) == CONTACTS
    offices = services.offices.all()
    assert len(offices) == 300
    assert len({office.country for office in offices}) == 150
    assert all(office.names.keys() >= {"en", "fr", "es"} for office in offices)
    assert all(office.switchboard is not None and office.switchboard.valid for office in offices)
    releases = services.releases.all()
    published = [r for r in releases if r.status is ReleaseStatus.PUBLISHED]
    assert len(releases) == RELEASES
    assert len(published) == RELEASES // 4
    assert all(1 <= len(release.contacts) <= 4 for release in releases)
    for release in published:
        assert release.published is not None
        # Frozen as the service would print it today: nothing changed since.
        assert release.published.text == services.releases.block(release.id).block.text


def test_every_phone_is_valid_and_every_contact_has_a_channel(generated: Any) -> None:
    contacts: list[Contact] = generated.samples
    assert len(contacts) == CONTACTS
    assert all(1 <= len(c.phones) <= 3 and 1 <= len(c.emails) <= 2 for c in contacts)
    assert all(phone.valid and phone.e164 for c in contacts for phone in c.phones)
    assert any(phone.extension for c in contacts for phone in c.phones)
    scripts = {
        "chinese": any("\u4e00" <= c.family[0] <= "\u9fff" for c in contacts),
        "arabic": any("\u0600" <= c.family[0] <= "\u06ff" for c in contacts),
        "accented": any(fold(c.family) != c.family.lower() for c in contacts),
    }
    assert all(scripts.values()), scripts


def test_search_finds_generated_names_digits_and_offices(
    generated: Any, opened: tuple[Database, Services]
) -> None:
    _, services = opened
    contacts: list[Contact] = generated.samples
    latin = next(c for c in contacts if c.family.isascii() and c.family.isalpha())
    chinese = next(c for c in contacts if c.family_first)
    accented = next(c for c in contacts if fold(c.family) != c.family.lower())
    for contact, text in (
        (latin, latin.family),
        (chinese, chinese.family),
        (accented, f"{accented.given} {accented.family}"),
    ):
        found = _found(services, text)
        assert contact.id in found, text
        terms = fold(text).split()
        by_id = {c.id: c for c in contacts}
        assert all(all(t in _document(by_id[i]) for t in terms) for i in found), text

    phone = next(p for p in latin.phones if p.e164)
    assert phone.e164 is not None
    assert latin.id in _found(services, phone.e164.lstrip("+"))

    assert latin.office is not None
    office_name = latin.office.name("fr")
    members = {c.id for c in contacts if c.office is not None and c.office.id == latin.office.id}
    assert members <= _found(services, office_name)
    assert len(members) == generated.contacts_per_office[latin.office.id]


def test_search_text_is_what_the_services_write(
    generated: Any, opened: tuple[Database, Services]
) -> None:
    database, services = opened
    ids = [c.id for c in generated.samples[:20]]

    def documents() -> dict[int, tuple[str, str]]:
        with database.engine.connect() as connection:
            rows = connection.execute(
                select(ContactRow.id, ContactRow.search_text, ContactRow.sort_key).where(
                    ContactRow.id.in_(ids)
                )
            )
            return {row.id: (row.search_text, row.sort_key) for row in rows}

    before = documents()
    for contact_id in ids:
        services.contacts.edit(contact_id, ContactChanges())  # makes the document again
    assert documents() == before


def test_the_command_line_lists_them(
    generated: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status = cli_main(
        ["--data-dir", str(tmp_path), "--db", generated.url, "contact", "list", "--json"]
    )
    assert status == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == CONTACTS
    assert {item["id"] for item in listed} == {c.id for c in generated.samples}
