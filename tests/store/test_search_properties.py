"""Whatever is typed in the search box, the list shows what the documented rules say, and
nothing raises: generated queries held against a plain reference (search_reference.py),
on a small set of contacts, every way the store may find them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_app.domain.queries import ContactQuery
from crm_app.domain.records import Contact
from crm_app.services.container import Services
from crm_app.store import search
from crm_app.store.database import open_database
from tests.conftest import POSTGRES_URL, FakeClock, _reset_postgres
from tests.store.search_reference import WAYS, add_people, matching

# Pieces of what people type, and what may break a query language.
TOKENS = (
    *("k", "ki", "kie", "kieran", "best", "be", "iom", "io", "in", "int", ".int", "@iom"),
    *("pekin", "PÉKIN", "pe", "o", "oim", "nairobi", "(kenya)", "ke", "hélène", "he"),
    *("lefèvre", "müller", "mu", "o'brien", "br", "dr", "dr.", "jean-luc", "lu", "ng-"),
    *("张", "伟", "张伟", "王", "芳", "小明", "明", "محمد", "م", "ح", "حد", "د"),
    *("86", "5979", "9695", "203", "254", "59", "+86", "NEAR", "AND", "OR", "NOT"),
)
CHARS = "kiebnmoptlzrg.-@'()\"*^:%_\\|+ éÉüßﬁ张伟王明محد869520\x00\t"
QUERIES = st.lists(
    st.one_of(st.sampled_from(TOKENS), st.text(alphabet=CHARS, max_size=5)), max_size=3
).flatmap(lambda parts: st.sampled_from((" ", "", "+")).map(lambda glue: glue.join(parts)))


@pytest.fixture(
    scope="module",
    params=[
        "sqlite",
        pytest.param(
            "postgresql",
            marks=pytest.mark.skipif(not POSTGRES_URL, reason="CRM_TEST_POSTGRES_URL is not set"),
        ),
    ],
)
def filled(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Services, list[Contact]]]:
    """One database of people for every example (searching changes nothing)."""
    folder: Path = tmp_path_factory.mktemp("search")
    if request.param == "postgresql":
        _reset_postgres(POSTGRES_URL)
        url = POSTGRES_URL
    else:
        url = f"sqlite:///{folder / 'contacts.sqlite3'}"
    database = open_database(url)
    services = Services.build(database, templates_override=folder / "templates", clock=FakeClock())
    add_people(services)
    yield services, services.contacts.page(ContactQuery())
    database.close()


def shown(services: Services, text: str, way: str) -> set[int]:
    """The ids the list shows for `text`, found `way`, after checking its counts agree."""
    saved = {name: getattr(search, name) for name in WAYS[way]}
    try:
        for name, value in WAYS[way].items():
            setattr(search, name, value)
        query = ContactQuery(text=text)
        ids = [contact.id for contact in services.contacts.page(query)]
        assert services.contacts.count(query) == len(ids)
        assert services.contacts.count(query, 3) == min(len(ids), 4)
    finally:
        for name, value in saved.items():
            setattr(search, name, value)
    assert len(set(ids)) == len(ids)
    return set(ids)


@settings(max_examples=300, deadline=None)
@given(text=QUERIES, way=st.sampled_from(sorted(WAYS)))
def test_typed_queries_find_what_the_rules_say(
    filled: tuple[Services, list[Contact]], text: str, way: str
) -> None:
    services, contacts = filled
    assert shown(services, text, way) == matching(text, contacts)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=12), way=st.sampled_from(sorted(WAYS)))
def test_any_text_is_searched_for_without_error(
    filled: tuple[Services, list[Contact]], text: str, way: str
) -> None:
    services, contacts = filled
    assert shown(services, text, way) == matching(text, contacts)
