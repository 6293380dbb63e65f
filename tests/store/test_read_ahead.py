"""A big vCard file is read and checked in a second process: the same import, or a clear stop.

Whether the records are read here or aside, the user gets the same contacts, the same
merges, the same skipped cards and warnings; a reader that dies or fails says so and
nothing is written; a cancel stops the reader too.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from crm_app.domain.incoming import IncomingContact, RecordPlace
from crm_app.domain.messages import Message
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import ContactKind, EmailKind, PhoneKind
from crm_app.services import read_ahead
from crm_app.services.container import Services
from crm_app.services.drafts import ContactDraft, EmailInput, OfficeDraft
from crm_app.services.read_ahead import ReadingStoppedError, checked_batches
from crm_app.services.record_checks import OfficeDirectory
from crm_app.services.vcards import ImportReport

GOOD_CARDS = 130  # more than three of the batches below, and past the short first one


def hostile_file(path: Path) -> None:
    """Cards of every kind an import meets, good and bad, in several batches."""
    parts: list[bytes] = []

    def card(*lines: str) -> None:
        parts.append(("\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"])).encode())

    card("N:Best;Kieran;;;", "FN:Kieran Best", "EMAIL:KGORMANBEST@iom.int", "TEL:+86 10 5555 0100")
    card("N:;;;;", "FN:", "EMAIL:nobody@iom.int")  # no name: skipped
    card("N:<b>Lee</b>;Ann;;;", "FN:Ann Lee", "ORG:IOM Beijing", "TEL:6500 1234")
    card("N:Ma;Cy;;;", "FN:Cy Ma", "ORG:IOM Beijing", "TEL:12", "EMAIL:mailto:cy.ma@iom.int")
    card("N:Roe;Eve;;;", "FN:Eve Roe", "EMAIL:not an address", "UID:shared-uid")
    card("N:Wu;Fay;;;", "FN:Fay Wu", "UID:shared-uid")  # another person's UID: skipped
    card("N:Lee;Ann;;;", "FN:Ann Lee", "ORG:IOM Beijing", "TEL:+86 10 6500 1234")  # is Ann
    parts.append(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jörg;;;\r\nFN:Jörg Müller\r\nEND:VCARD".encode(
            "latin-1"
        )
    )
    parts.append(b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Broken;Card;;;\r\nTEL;TYPE=WORK")  # cut short
    for number in range(GOOD_CARDS):
        card(
            f"N:Person{number};Given{number % 7};;;",
            f"FN:Given{number % 7} Person{number}",
            "ORG:IOM Beijing",
            f"TEL;TYPE=WORK:+86 10 6{number:03d} 4{number:03d}",
            f"EMAIL;TYPE=INTERNET:person{number}@iom.int",
        )
    card("N:Best;K.;;;", "FN:K. Best", "ORG:IOM Beijing")  # close to Kieran: a warning
    path.write_bytes(b"\r\n".join(parts) + b"\r\n")


@pytest.fixture
def stored(services: Services) -> Services:
    services.offices.add(
        OfficeDraft(names={"en": "IOM Beijing"}, country="CN", switchboard="+86 10 6500 0000")
    )
    services.contacts.add(
        ContactDraft(
            given="Kieran",
            family="Best",
            office="IOM Beijing",
            emails=(EmailInput("kgormanbest@iom.int"),),
        )
    )
    return services


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_ahead, "IMPORT_BATCH", 40)


def aside(monkeypatch: pytest.MonkeyPatch, yes: bool) -> None:
    monkeypatch.setattr(read_ahead, "READ_ASIDE_FROM_BYTES", 0 if yes else 10**12)


def seen(report: ImportReport) -> dict[str, Any]:
    """What the user is shown of an import."""
    return {
        "created": [(o.line, o.name, o.contact_id) for o in report.created],
        "updated": [(o.line, o.name, o.contact_id) for o in report.updated],
        "unchanged": [(o.line, o.name, o.contact_id) for o in report.unchanged],
        "skipped": [(s.line, str(s.reason)) for s in report.skipped],
        "warnings": [str(w) for w in report.warnings],
        "cancelled": report.cancelled,
    }


def everyone(services: Services) -> list[tuple[Any, ...]]:
    contacts = services.contacts.page(ContactQuery(archive=Archive.ALL_LIVE), limit=1000)
    return [
        (
            c.given,
            c.family,
            c.office.id if c.office else None,
            tuple((p.raw, p.e164, p.extension, p.valid) for p in c.phones),
            tuple(e.address for e in c.emails),
            c.notes,
        )
        for c in contacts
    ]


@pytest.fixture
def everyone_file(tmp_path: Path) -> Path:
    path = tmp_path / "everyone.vcf"
    hostile_file(path)
    return path


def read_here(services: Services, path: Path, monkeypatch: pytest.MonkeyPatch) -> ImportReport:
    """The file's dry run read in this process; then the next import reads it aside."""
    aside(monkeypatch, False)
    report = services.vcards.import_file(path, dry_run=True)
    aside(monkeypatch, True)
    return report


@pytest.mark.usefixtures("small_batches")
def test_a_file_read_aside_imports_exactly_as_one_read_here(
    stored: Services, everyone_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = everyone_file
    here = read_here(stored, path, monkeypatch)
    started = spy_on_readers(monkeypatch)
    progress: list[tuple[int, int]] = []
    there = stored.vcards.import_file(path, dry_run=True, progress=lambda *p: progress.append(p))

    assert started, "the file was read in a second process"
    assert seen(there) == seen(here)
    # The file's cards, skipped and warned about as a user would expect of either.
    shown = seen(there)
    assert len(shown["created"]) >= GOOD_CARDS
    assert any("no name" in reason for _, reason in shown["skipped"])
    assert any("UID" in reason for _, reason in shown["skipped"])
    assert any("may be the same person" in warning for warning in shown["warnings"])
    assert any("flagged invalid" in warning for warning in shown["warnings"])
    assert [line for line, _ in progress] == sorted(line for line, _ in progress)
    assert progress[-1] == (path.stat().st_size, path.stat().st_size)

    # And written: the same contacts as the dry run promised, whichever way it was read.
    before = everyone(stored)
    written = stored.vcards.import_file(path)
    assert seen(written)["updated"] == shown["updated"]
    assert [line for line, *_ in seen(written)["created"]] == [
        line for line, *_ in shown["created"]
    ]
    after = everyone(stored)
    assert len(after) == len(before) + len(shown["created"])
    ann = [person for person in after if person[:2] == ("Ann", "<b>Lee</b>")]
    assert ann and ann[0][3] == (("6500 1234", "+8665001234", None, False),)  # kept, flagged
    assert all(reader.poll() is not None for reader in started), "every reader has ended"


def spy_on_readers(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    started: list[subprocess.Popen[bytes]] = []
    real = subprocess.Popen

    def popen(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        process = real(*args, **kwargs)
        started.append(process)
        return process

    monkeypatch.setattr(read_ahead.subprocess, "Popen", popen)
    return started


@pytest.mark.usefixtures("small_batches")
def test_a_cancel_stops_the_reader_and_writes_nothing(
    stored: Services, everyone_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = everyone_file
    aside(monkeypatch, True)
    started = spy_on_readers(monkeypatch)
    before = everyone(stored)
    batches: list[int] = []
    report = stored.vcards.import_file(
        path, progress=lambda done, total: batches.append(done), is_cancelled=lambda: bool(batches)
    )
    assert report.cancelled and not report.written
    assert len(batches) == 1, "stopped after the first batch"
    assert everyone(stored) == before
    assert len(started) == 1 and started[0].poll() is not None


def test_a_reader_that_dies_is_reported_and_nothing_is_written(
    stored: Services, everyone_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = everyone_file
    aside(monkeypatch, True)
    # Killed, or out of memory: it ends without a word.
    monkeypatch.setattr(
        read_ahead, "reader_command", lambda: [sys.executable, "-c", "raise SystemExit(9)"]
    )
    before = everyone(stored)
    with pytest.raises(ReadingStoppedError) as stopped:
        stored.vcards.import_file(path)
    assert str(stopped.value.message) == "reading the file stopped unexpectedly (exit status 9)"
    assert everyone(stored) == before


# Sources for the reader's own failures. Defined here, they are read by the second process
# as any source is: by importing this module (the reader is given this process's path).


@dataclass(frozen=True)
class FailingSource:
    """Two records, then a read error: the disk went away."""

    error: str
    place = RecordPlace.LINE

    def records(
        self, progress: Callable[[int, int], None], warnings: list[Message]
    ) -> Iterator[IncomingContact]:
        print("a library that prints to stdout")  # must not reach the batches
        for number in range(2):
            progress(number + 1, 2)
            yield person(number)
        if self.error == "os":
            raise OSError(5, "Input/output error")
        raise UnpicklableError(lambda: None)


class UnpicklableError(Exception):
    def __init__(self, payload: Callable[[], None]) -> None:
        super().__init__("the parser broke")
        self.payload = payload


def person(number: int) -> IncomingContact:
    return IncomingContact(
        line=number + 1,
        uid=None,
        given="Ann",
        family=f"Lee{number}",
        honorific="",
        titles={},
        organisation="",
        office="",
        phones=((PhoneKind.WORK, "+41 22 717 9111"),),
        emails=((EmailKind.WORK, f"ann{number}@iom.int"),),
        notes="",
        languages=(),
        kind=ContactKind.MISSION_CONTACT,
        active=None,
        last_verified=None,
        rev=None,
    )


def test_a_read_error_aside_is_the_same_error_here() -> None:
    offices = OfficeDirectory({})
    for where in (False, True):
        with pytest.raises(OSError, match="Input/output error"):
            read_all(FailingSource("os"), offices, aside=where)


def read_all(source: FailingSource, offices: OfficeDirectory, *, aside: bool) -> None:
    with checked_batches(source, offices, aside=aside) as reading:
        for _batch in reading:
            pass


def test_an_error_that_cannot_travel_is_described() -> None:
    with pytest.raises(ReadingStoppedError, match="UnpicklableError: the parser broke"):
        read_all(FailingSource("other"), OfficeDirectory({}), aside=True)


def test_leaving_early_ends_the_reader(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "many.vcf"
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee{n};Ann;;;\r\nFN:Ann Lee{n}\r\nEND:VCARD\r\n"
            for n in range(20_000)
        )
    )
    started = spy_on_readers(monkeypatch)
    from crm_app.domain.vcard import VCardFile

    with checked_batches(VCardFile(path), OfficeDirectory({}), aside=True) as reading:
        first = next(iter(reading))
    assert first.records[0].name == "Ann Lee0"
    assert started[0].poll() is not None, "the reader, blocked writing, ended"


@pytest.mark.usefixtures("small_batches")
def test_a_reader_that_cannot_start_leaves_the_import_to_this_process(
    stored: Services, everyone_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = everyone_file
    here = read_here(stored, path, monkeypatch)
    monkeypatch.setattr(read_ahead, "reader_command", lambda: [str(tmp_path / "no-such-program")])
    assert seen(stored.vcards.import_file(path, dry_run=True)) == seen(here)


@pytest.mark.parametrize("stdin", [b"", b"garbage\n", b"\x80\x05K\x01."])
def test_the_reader_started_by_hand_says_what_it_is_for(stdin: bytes) -> None:
    """`press-contacts --import-reader` typed by someone: a sentence, never a traceback."""
    command = [*read_ahead.reader_command()]
    finished = subprocess.run(command, input=stdin, capture_output=True, timeout=60, check=False)
    if stdin:  # not an import's messages
        assert finished.returncode == 2
        assert finished.stderr == b"crm-app: --import-reader is for the program's own imports\n"
    else:  # the importing process ended before saying anything
        assert (finished.returncode, finished.stderr) == (0, b"")
    assert finished.stdout == b""
