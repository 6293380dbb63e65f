"""A vCard file longer than one chunk of the import: the same people, the same merges.

The import matches and writes a chunk of cards at a time; a card must find a contact made
or filled in by an earlier card of the file whether that card was in its own chunk or an
earlier one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import Contact
from crm_app.services.container import Services
from crm_app.services.drafts import ContactDraft, EmailInput, OfficeDraft
from crm_app.services.vcards import ImportReport
from crm_app.store.database import Database

SWITCHBOARD = "+41 22 717 9111"


def card(
    given: str,
    family: str,
    *,
    uid: str = "",
    emails: Sequence[str] = (),
    phones: Sequence[str] = (),
    title: str = "",
) -> list[str]:
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    if uid:
        lines.append(f"UID:{uid}")
    lines += [f"N:{family};{given};;;", f"FN:{given} {family}", "ORG:IOM Geneva"]
    lines += [f"EMAIL;TYPE=INTERNET:{address}" for address in emails]
    lines += [f"TEL;TYPE=WORK:{number}" for number in phones]
    if title:
        lines.append(f"TITLE:{title}")
    return [*lines, "END:VCARD"]


def write(path: Path, parts: Sequence[list[str]]) -> list[int]:
    """The file, and the line each part starts on."""
    starts, lines = [], []
    for part in parts:
        starts.append(len(lines) + 1)
        lines += part
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return starts


def count(services: Services) -> int:
    return services.contacts.count(ContactQuery(archive=Archive.ALL_LIVE))


def ids_by_line(report: ImportReport) -> dict[int, int | None]:
    found = report.created + report.updated + report.unchanged
    return {outcome.line: outcome.contact_id for outcome in found}


@pytest.fixture
def kieran(services: Services) -> Contact:
    services.offices.add(
        OfficeDraft(names={"en": "IOM Geneva"}, country="CH", switchboard=SWITCHBOARD)
    )
    return services.contacts.add(
        ContactDraft(
            given="Kieran",
            family="Best",
            office="IOM Geneva",
            emails=(EmailInput("kgormanbest@iom.int"),),
        )
    )


# Eleven cards: whom each one is, by number in the file (1-based).
PEOPLE = [
    card("Ann", "Lee", uid="uid-ann", emails=["ann.lee@iom.int"]),  # 1 new
    card("Bob", "Smith", phones=[SWITCHBOARD]),  # 2 new
    card("Kieran", "Best", emails=["KGORMANBEST@iom.int"], phones=["+41 22 555 0001"]),  # 3 stored
    card("Cy", "Ma", emails=["cy.ma@iom.int"]),  # 4 new
    card("Dee", "Lee", phones=[SWITCHBOARD]),  # 5 new: Bob's switchboard, another family
    card("Ann", "Lee", emails=["ANN.LEE@IOM.INT"], phones=["+41 22 555 0002"]),  # 6 is 1
    card("Bob", "Smith", emails=["bob.smith@iom.int"], phones=[SWITCHBOARD]),  # 7 is 2
    card("Ann", "Lee", uid="uid-ann", title="Spokesperson"),  # 8 is 1
    card("Fay", "Wu", emails=["fay.wu@iom.int"]),  # 9 new
    card("Eve", "Roe", emails=["eve.roe@iom.int"]),  # 10 new
    card("Eve", "Roe", emails=["Eve.Roe@iom.int"], phones=["+41 22 555 0003"]),  # 11 is 10
]
SAME_AS = {3: 0, 6: 1, 7: 2, 8: 1, 11: 10}  # card -> the card it merges into (0: Kieran)


@pytest.fixture(params=[1, 3, 500], ids=["chunks-of-1", "chunks-of-3", "one-chunk"])
def chunk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    size: int = request.param
    monkeypatch.setattr("crm_app.services.read_ahead.FIRST_BATCH", min(size, 2))
    monkeypatch.setattr("crm_app.services.read_ahead.IMPORT_BATCH", size)
    monkeypatch.setattr("crm_app.services.importing.IMPORT_BATCH", size)
    return size


def test_cards_merge_into_earlier_ones_whichever_chunk_they_were_in(
    services: Services,
    database: Database,
    kieran: Contact,
    chunk: int,
    read_aside: bool,
    tmp_path: Path,
) -> None:
    path = tmp_path / "people.vcf"
    starts = write(path, PEOPLE)
    report = services.vcards.import_file(path)
    assert report.skipped == []
    assert [o.line for o in report.created] == [starts[i - 1] for i in (1, 2, 4, 5, 9, 10)]
    assert [o.line for o in report.updated] == [starts[i - 1] for i in (3, 6, 7, 8, 11)]
    assert count(services) == 7  # Kieran and six new people
    ids = ids_by_line(report)
    for later, earlier in SAME_AS.items():
        expected = kieran.id if earlier == 0 else ids[starts[earlier - 1]]
        assert ids[starts[later - 1]] == expected, f"card {later}"

    ann = services.contacts.get(ids[starts[0]] or 0)
    assert [e.address for e in ann.emails] == ["ann.lee@iom.int"]  # one mailbox, any case
    assert [p.e164 for p in ann.phones] == ["+41225550002"]
    assert dict(ann.titles) == {"en": "Spokesperson"}
    bob = services.contacts.get(ids[starts[1]] or 0)
    assert [e.address for e in bob.emails] == ["bob.smith@iom.int"]
    dee = services.contacts.get(ids[starts[4]] or 0)
    assert (dee.family, [p.e164 for p in dee.phones]) == ("Lee", ["+41227179111"])
    assert [p.e164 for p in services.contacts.get(kieran.id).phones] == ["+41225550001"]
    eve = services.contacts.get(ids[starts[9]] or 0)
    assert [p.e164 for p in eve.phones] == ["+41225550003"]
    # Found by what was added, once each: the search index follows every merge.
    found = {
        term: sorted(c.id for c in services.contacts.page(ContactQuery(text=term)))
        for term in ("5550002", "bob.smith", "lee", "5550001", "5550003")
    }
    assert found == {
        "5550002": [ann.id],
        "bob.smith": [bob.id],
        "lee": sorted([ann.id, dee.id]),
        "5550001": [kieran.id],
        "5550003": [eve.id],
    }
    assert_search_index_whole(database)


def assert_search_index_whole(database: Database) -> None:
    """SQLite: the full-text index holds exactly the contacts' documents (FTS5 checks)."""
    if database.dialect != "sqlite":
        return
    with database.engine.connect() as connection:
        connection.exec_driver_sql(
            "INSERT INTO contact_search(contact_search, rank) VALUES ('integrity-check', 1)"
        )


def test_a_dry_run_tells_the_same_story_and_writes_nothing(
    services: Services, kieran: Contact, chunk: int, tmp_path: Path
) -> None:
    path = tmp_path / "people.vcf"
    starts = write(path, PEOPLE)
    dry = services.vcards.import_file(path, dry_run=True)
    assert dry.dry_run
    assert [o.line for o in dry.created] == [starts[i - 1] for i in (1, 2, 4, 5, 9, 10)]
    assert [o.line for o in dry.updated] == [starts[i - 1] for i in (3, 6, 7, 8, 11)]
    assert {o.contact_id for o in dry.created} == {None}
    assert count(services) == 1
    stored = services.contacts.get(kieran.id)
    assert (stored.phones, stored.version) == ((), kieran.version)


def test_importing_the_file_again_creates_and_changes_nothing(
    services: Services, kieran: Contact, chunk: int, tmp_path: Path
) -> None:
    path = tmp_path / "people.vcf"
    write(path, PEOPLE)
    first = ids_by_line(services.vcards.import_file(path))
    again = services.vcards.import_file(path)
    assert (again.created, again.updated, again.skipped) == ([], [], [])
    assert ids_by_line(again) == first
    assert count(services) == 7


def test_a_bad_card_in_the_middle_is_reported_by_line_and_the_rest_imported(
    services: Services, kieran: Contact, chunk: int, tmp_path: Path
) -> None:
    nameless = ["BEGIN:VCARD", "VERSION:3.0", "N:;;;;", "EMAIL:nobody@iom.int", "END:VCARD"]
    junk = ["this line is no part of any card"]
    parts = [*PEOPLE[:4], nameless, PEOPLE[4], junk, *PEOPLE[5:]]
    path = tmp_path / "people.vcf"
    starts = write(path, parts)
    report = services.vcards.import_file(path)
    assert [s.line for s in report.skipped] == [starts[4], starts[6]]
    assert "name" in report.skipped[0].reason
    assert len(report.created) == 6
    assert len(report.updated) == 5
    assert count(services) == 7
    ids = ids_by_line(report)
    assert ids[starts[7]] == ids[starts[0]]  # the sixth card still finds the first


def test_several_real_chunks_of_shared_switchboard_extensions(
    services: Services, database: Database, kieran: Contact, tmp_path: Path
) -> None:
    """At the real chunk size: a card past the first chunk finds one in it by e-mail, and
    by number and extension; a thousand numbers on one switchboard are told apart."""
    people = [
        card(
            f"Given{i}", f"Family{i}", emails=[f"p{i}@iom.int"], phones=[f"{SWITCHBOARD} ext. {i}"]
        )
        for i in range(1, 1101)
    ]
    people[1049] = card("Given2", "Family2", emails=["P2@iom.int"], title="Editor")
    people[1074] = card("Given7", "Family7", phones=[f"{SWITCHBOARD} ext. 7"], title="Editor")
    path = tmp_path / "many.vcf"
    starts = write(path, people)
    report = services.vcards.import_file(path)
    assert [o.line for o in report.updated] == [starts[1049], starts[1074]]
    assert len(report.created) == 1098
    ids = ids_by_line(report)
    assert ids[starts[1049]] == ids[starts[1]]
    assert ids[starts[1074]] == ids[starts[6]]
    assert services.contacts.get(ids[starts[6]] or 0).titles["en"] == "Editor"
    assert [c.id for c in services.contacts.page(ContactQuery(text="p2@iom"))] == [ids[starts[1]]]
    assert_search_index_whole(database)
    assert count(services) == 1099
    again = services.vcards.import_file(path)
    assert (again.created, again.updated, len(again.unchanged)) == ([], [], 1100)
    assert count(services) == 1099


def test_two_people_of_one_name_in_the_file_are_two_contacts_without_a_warning(
    services: Services, kieran: Contact, chunk: int, tmp_path: Path
) -> None:
    """The file lists them apart; a stored contact of that name is still named as maybe the
    same person."""
    people = [
        card("Li", "Wei", emails=["li.wei@iom.int"]),
        card("Bo", "Chen"),
        card("Ann", "Lee"),
        card("Li", "Wei", emails=["wei.li@iom.int"]),
        card("Kieran", "Best", emails=["k.best@example.org"]),
    ]
    path = tmp_path / "people.vcf"
    starts = write(path, people)
    report = services.vcards.import_file(path)
    assert [o.line for o in report.created] == starts
    assert report.warnings == [
        f"line {starts[4]}: Kieran Best: created as a new contact; contact {kieran.id}"
        " (Kieran Best) may be the same person (same name at the same office)"
    ]
