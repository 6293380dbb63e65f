"""vCard import and export where the file or the database does not cooperate."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from crm_app.domain.errors import CrmError, ValidationError
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ContactDraft, EmailInput
from crm_app.store.database import open_database


def card(uid: str, given: str, family: str, email: str = "") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"N:{family};{given};;;"]
    lines.append(f"FN:{given} {family}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def names(services: Services) -> list[str]:
    return sorted(
        c.display_name for c in services.contacts.stream(ContactQuery(archive=Archive.ALL_LIVE))
    )


def test_two_people_with_one_uid_the_second_is_skipped_and_said_why(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "clash.vcf"
    path.write_text(
        card("uid-1", "Kieran", "Best", "kgormanbest@iom.int")
        + card("uid-1", "Ann", "Lee", "alee@iom.int"),
        encoding="utf-8",
    )
    report = services.vcards.import_file(path)
    assert [o.name for o in report.created] == ["Kieran Best"]
    assert report.unchanged == []
    assert report.updated == []
    assert [(s.line, s.reason) for s in report.skipped] == [
        (8, "same UID as the card at line 1 (Kieran Best), but another person")
    ]
    assert names(services) == ["Kieran Best"]
    kieran = services.contacts.get(report.created[0].contact_id or 0)
    assert [e.address for e in kieran.emails] == ["kgormanbest@iom.int"]  # nothing of Ann's


def test_the_same_person_twice_under_one_uid_is_merged(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "twice.vcf"
    path.write_text(
        card("uid-1", "Kieran", "Best", "kgormanbest@iom.int")
        + card("uid-1", "KIERAN", "Best", "kieran.best@iom.int"),
        encoding="utf-8",
    )
    report = services.vcards.import_file(path)
    assert len(report.created) == 1
    assert [o.line for o in report.updated] == [8]
    assert report.skipped == []
    kieran = services.contacts.get(report.created[0].contact_id or 0)
    assert [e.address for e in kieran.emails] == ["kgormanbest@iom.int", "kieran.best@iom.int"]


def test_a_uid_clash_across_batches_is_caught_too(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("crm_app.services.read_ahead.FIRST_BATCH", 1)
    monkeypatch.setattr("crm_app.services.read_ahead.IMPORT_BATCH", 1)
    monkeypatch.setattr("crm_app.services.importing.IMPORT_BATCH", 1)
    path = tmp_path / "clash.vcf"
    path.write_text(card("uid-1", "Kieran", "Best") + card("uid-1", "Ann", "Lee"), "utf-8")
    report = services.vcards.import_file(path, dry_run=True)
    assert [s.line for s in report.skipped] == [7]
    assert "another person" in report.skipped[0].reason


def test_an_import_blocked_by_another_writer_is_a_clear_error_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("crm_app.store.database.SQLITE_BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "busy.sqlite3"
    database = open_database(f"sqlite:///{path}")
    services = Services.build(database, templates_override=tmp_path / "templates")
    cards = tmp_path / "one.vcf"
    cards.write_text(card("uid-1", "Kieran", "Best"), encoding="utf-8")
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # the window, in the middle of a save
        with pytest.raises(CrmError, match="busy with someone else's change; nothing was saved"):
            services.vcards.import_file(cards)
        other.execute("ROLLBACK")
        assert names(services) == []
        assert [o.name for o in services.vcards.import_file(cards).created] == ["Kieran Best"]
    finally:
        other.close()
        database.close()


@pytest.fixture
def one_contact(services: Services) -> Services:
    services.contacts.add(
        ContactDraft(given="Kieran", family="Best", emails=(EmailInput("kgormanbest@iom.int"),))
    )
    return services


def test_a_read_only_export_target_is_left_as_it_is(one_contact: Services, tmp_path: Path) -> None:
    target = tmp_path / "kept.vcf"
    target.write_text("someone's file\n", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(ValidationError) as caught:
        one_contact.vcards.export_to_file(target)
    assert caught.value.message == f"output: {target} is read-only"
    assert target.read_text(encoding="utf-8") == "someone's file\n"
    assert not list(tmp_path.glob(".vcard-*"))  # no half-written copy left beside it


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("folder", "is a folder; name a file"),
        ("missing/out.vcf", "the folder {tmp}/missing does not exist"),
        ("file.txt/out.vcf", "{tmp}/file.txt is not a folder"),
    ],
)
def test_export_targets_that_are_not_a_file_to_write(
    one_contact: Services, tmp_path: Path, target: str, reason: str
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        one_contact.vcards.export_to_file(tmp_path / target)
    assert caught.value.field == "output"
    assert reason.format(tmp=tmp_path) in caught.value.message
    assert (tmp_path / "file.txt").read_text(encoding="utf-8") == "x"


def test_a_device_is_never_replaced_by_an_export(one_contact: Services) -> None:
    with pytest.raises(ValidationError, match="is not a regular file"):
        one_contact.vcards.export_to_file(Path(os.devnull))
    assert Path(os.devnull).is_char_device()
