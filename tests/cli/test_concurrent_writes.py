"""Several crm-app processes writing one database at once: no duplicate slips through.

Each child process is the command line itself (`crm_app.app.cli.main`, as `crm-app` runs
it), started once and then run once per round. All children have loaded the program
before a round starts, and start the round together on a barrier file, so their duplicate
checks overlap as closely as this machine allows.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from crm_app.domain.queries import ContactQuery
from crm_app.services.common import Clock
from crm_app.services.contacts import ContactService
from crm_app.services.drafts import ContactDraft
from crm_app.store.database import open_database

ROUNDS = 3
ADDERS = 8
EDITORS = 8
CARDS = 300
READY_WAIT_S = 120

# Loads the program, says it is ready, then for each round waits for the round's barrier
# and runs one command, its output and exit status written beside the barrier.
CHILD = """
import json, sys, time
from pathlib import Path
from crm_app.app.cli import main
import crm_app.services.container, crm_app.store.database, crm_app.services.vcards

folder, name, rounds = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
(folder / f"ready-{name}").touch()
for number, argv in enumerate(rounds):
    while not (folder / f"go-{number}").exists():
        time.sleep(0.002)
    with open(folder / f"{name}-{number}.out", "w") as out, \\
            open(folder / f"{name}-{number}.err", "w") as err:
        sys.stdout, sys.stderr = out, err
        code = main(argv)
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    (folder / f"{name}-{number}.code").write_text(str(code))
"""


def _race(
    folder: Path, commands: dict[str, list[list[str]]]
) -> dict[str, list[tuple[int, str, str]]]:
    """Runs each child's commands round by round, all children at once; per child and
    round: exit status, output, errors."""
    folder.mkdir()
    children = []
    for name, rounds in commands.items():
        with (folder / f"{name}.log").open("w") as log:
            children.append(
                subprocess.Popen(
                    [sys.executable, "-c", CHILD, str(folder), name, json.dumps(rounds)],
                    stdout=subprocess.DEVNULL,
                    stderr=log,
                )
            )
    try:
        deadline = time.monotonic() + READY_WAIT_S
        while not all((folder / f"ready-{name}").exists() for name in commands):
            assert time.monotonic() < deadline, "the children did not start"
            assert all(child.poll() is None for child in children), _failed(folder)
            time.sleep(0.02)
        rounds = len(next(iter(commands.values())))
        for number in range(rounds):
            (folder / f"go-{number}").touch()
            while not all((folder / f"{name}-{number}.code").exists() for name in commands):
                assert all(child.poll() in (None, 0) for child in children), _failed(folder)
                time.sleep(0.02)
        for child in children:
            assert child.wait(timeout=READY_WAIT_S) == 0, _failed(folder)
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    return {
        name: [
            (
                int((folder / f"{name}-{number}.code").read_text()),
                (folder / f"{name}-{number}.out").read_text(encoding="utf-8"),
                (folder / f"{name}-{number}.err").read_text(encoding="utf-8"),
            )
            for number in range(len(rounds))
        ]
        for name, rounds in commands.items()
    }


def _failed(folder: Path) -> str:
    return "; ".join(log.read_text(encoding="utf-8") for log in folder.glob("*.log"))


def _emails_of_live_contacts(url: str) -> Counter[str]:
    database = open_database(url)
    try:
        contacts = ContactService(database, Clock()).stream(ContactQuery())
        return Counter(email.address for contact in contacts for email in contact.emails)
    finally:
        database.close()


@pytest.fixture
def shared_url(database_url: str) -> str:
    """The database every child opens, created and opened once beforehand: the children
    find it at the newest schema with the day's backup made, as on any later morning."""
    for _ in range(2):
        open_database(database_url).close()
    return database_url


def test_eight_adds_of_one_email_leave_one_contact(shared_url: str, tmp_path: Path) -> None:
    commands = {
        f"adder{i}": [
            [
                "--data-dir",
                str(tmp_path / "data"),
                "--db",
                shared_url,
                "contact",
                "add",
                "--given",
                f"Officer{i}",
                "--family",
                f"Round{number}",
                "--email",
                f"press{number}@example.org",
            ]
            for number in range(ROUNDS)
        ]
        for i in range(ADDERS)
    }

    results = _race(tmp_path / "race", commands)

    emails = _emails_of_live_contacts(shared_url)
    assert emails == {f"press{number}@example.org": 1 for number in range(ROUNDS)}
    for number in range(ROUNDS):
        outcomes = [results[name][number] for name in commands]
        assert sorted(code for code, _, _ in outcomes) == [0] + [1] * (ADDERS - 1)
        for code, _, err in outcomes:
            if code:
                assert f"same e-mail press{number}@example.org as Officer" in err, err
                assert "use --force to add anyway" in err


# Each round edits another field, so the end state shows every round's edit.
EDITED_FIELDS = (("--notes", "notes"), ("--honorific", "honorific"), ("--title", "title"))


def test_eight_edits_of_different_contacts_all_land(shared_url: str, tmp_path: Path) -> None:
    # On SQLite, an edit that began its transaction with a plain BEGIN read the contact and
    # was then refused at once ("busy") whenever another editor had committed meanwhile.
    database = open_database(shared_url)
    try:
        contacts = ContactService(database, Clock())
        ids = [
            contacts.add(ContactDraft(given=f"Officer{i}", family="Editor")).id
            for i in range(EDITORS)
        ]
    finally:
        database.close()
    commands = {
        f"editor{i}": [
            [
                "--data-dir",
                str(tmp_path / "data"),
                "--db",
                shared_url,
                "contact",
                "edit",
                str(contact_id),
                option,
                f"{field} of round {number} by editor {i}",
            ]
            for number, (option, field) in enumerate(EDITED_FIELDS)
        ]
        for i, contact_id in enumerate(ids)
    }

    results = _race(tmp_path / "race", commands)

    for name in commands:
        assert [(code, err) for code, _, err in results[name]] == [(0, "")] * len(EDITED_FIELDS)
    database = open_database(shared_url)
    try:
        edited = ContactService(database, Clock()).get_many(ids)
    finally:
        database.close()
    for i, contact in enumerate(edited):
        assert (contact.notes, contact.honorific, contact.titles) == (
            f"notes of round 0 by editor {i}",
            f"honorific of round 1 by editor {i}",
            {"en": f"title of round 2 by editor {i}"},
        )
        assert contact.given == f"Officer{i}"


def _cards(path: Path, number: int) -> Path:
    lines: list[str] = []
    for i in range(CARDS):
        lines += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:Family{i};Given{i};;;",
            f"FN:Given{i} Family{i}",
            f"EMAIL;TYPE=work:round{number}.person{i}@example.org",
            "END:VCARD",
        ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_two_imports_of_one_file_create_each_card_once(shared_url: str, tmp_path: Path) -> None:
    files = [_cards(tmp_path / f"cards-{number}.vcf", number) for number in range(ROUNDS)]
    commands = {
        f"importer{i}": [
            [
                "--data-dir",
                str(tmp_path / "data"),
                "--db",
                shared_url,
                "vcard",
                "import",
                "--json",
                str(path),
            ]
            for path in files
        ]
        for i in range(2)
    }

    results = _race(tmp_path / "race", commands)

    emails = _emails_of_live_contacts(shared_url)
    assert len(emails) == ROUNDS * CARDS
    assert set(emails.values()) == {1}
    for number in range(ROUNDS):
        reports = []
        for name in commands:
            code, out, err = results[name][number]
            assert code == 0, err
            reports.append(json.loads(out))
        first, second = sorted(reports, key=lambda report: len(report["created"]))
        # The later import finds every card the earlier one created.
        assert (len(first["created"]), len(second["created"])) == (0, CARDS)
        assert len(first["unchanged"]) + len(first["updated"]) == CARDS
