"""`contact history`, `contact revert`, and edits that meet someone else's save."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crm_app.app import cli
from crm_app.services.contacts import ContactService
from tests.cli.conftest import Run


@pytest.fixture
def kieran(beijing: Run) -> Run:
    result = beijing(
        "--user",
        "alice",
        "contact",
        "add",
        "--given",
        "Kieran",
        "--family",
        "Best",
        "--office",
        "IOM Beijing",
        "--email",
        "kgormanbest@iom.int",
    )
    assert result.code == 0, result.err
    return beijing


def test_if_version_refuses_a_stale_edit_naming_who_and_when(kieran: Run) -> None:
    shown = kieran("contact", "show", "1", "--json").json()
    assert shown["version"] == 1
    assert kieran("--user", "bob", "contact", "edit", "1", "--notes", "On leave").code == 0

    stale = kieran("--user", "carol", "contact", "edit", "1", "--if-version", "1", "--notes", "x")
    assert stale.code == cli.EXIT_CONFLICT == 4
    assert stale.out == ""
    first, *rest = stale.err.splitlines()
    assert first.startswith(
        "crm-app: error: contact 1 was changed by someone else since you read version 1:"
        " bob saved version 2 at "
    )
    assert first.endswith(" UTC; nothing was saved")
    assert rest == ["  notes: (empty) → On leave"]
    assert kieran("contact", "show", "1", "--json").json()["notes"] == "On leave"

    current = kieran("contact", "edit", "1", "--if-version", "2", "--notes", "Back", "--json")
    assert current.code == 0, current.err
    assert current.json()["version"] == 3


def test_history_says_who_changed_which_field_and_revert_puts_it_back(kieran: Run) -> None:
    assert kieran("--user", "bob", "contact", "edit", "1", "--title", "Spokesperson").code == 0
    assert kieran("contact", "delete", "1").code == 0
    deleted = kieran("contact", "history", "1")
    assert deleted.code == 0, deleted.err
    lines = deleted.out.splitlines()
    assert lines[0] == "Contact 1: Kieran Best (deleted)"
    assert lines[1].startswith("version 1  ") and lines[1].endswith("  alice  created")
    assert (
        "version 2  " in deleted.out
        and "  bob  edited\n  title (en): (empty) → Spokesperson\n" in deleted.out
    )
    assert "  deleted: no → yes" in deleted.out

    assert kieran("contact", "restore", "1").code == 0
    reverted = kieran("--user", "carol", "contact", "revert", "1", "--to", "1")
    assert reverted.code == 0, reverted.err
    assert reverted.out == (
        "Reverted contact 1 (Kieran Best) to version 1, as version 5;"
        " `crm-app contact revert 1 --to 4` undoes it.\n"
    )
    versions = kieran("contact", "history", "1", "--json").json()
    assert [(v["version"], v["action"], v["changed_by"]) for v in versions][-1] == (
        5,
        "reverted",
        "carol",
    )
    assert versions[-1]["reverted_to"] == 1
    assert versions[-1]["changes"] == [
        {
            "field": "title:en",
            "before": "Spokesperson",
            "after": "",
            "old": "Spokesperson",
            "new": None,
        }
    ]
    assert kieran("contact", "show", "1", "--json").json()["titles"] == {}
    assert kieran("contact", "revert", "1", "--to", "4").code == 0
    assert kieran("contact", "show", "1", "--json").json()["titles"] == {"en": "Spokesperson"}

    missing = kieran("contact", "revert", "1", "--to", "42")
    assert missing.code == cli.EXIT_ERROR
    assert "contact 1 has no version 42" in missing.err


def test_the_user_comes_from_crm_user_when_not_given(
    kieran: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRM_USER", "press-desk")
    assert kieran("contact", "edit", "1", "--notes", "x").code == 0
    assert kieran("contact", "history", "1", "--json").json()[-1]["changed_by"] == "press-desk"
    with pytest.raises(SystemExit) as refused:
        kieran("--user", "x" * 201, "contact", "edit", "1", "--notes", "y")
    assert refused.value.code == cli.EXIT_USAGE
    assert kieran("contact", "show", "1", "--json").json()["notes"] == "x"


def _edit_in_another_process(data_dir: Path, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CRM_DB_URL"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "crm_app",
            "--data-dir",
            str(data_dir),
            "--user",
            "bob",
            "contact",
            "edit",
            "1",
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("theirs", "outcome"),
    [(("--title", "Spokesperson"), "both"), (("--notes", "Their notes"), "refused")],
)
def test_another_process_saving_between_the_read_and_the_write(
    kieran: Run,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    theirs: tuple[str, ...],
    outcome: str,
) -> None:
    """This edit reads the contact, another process saves it, then this edit writes."""
    real_edit = ContactService.edit

    def edit_after_theirs(self: ContactService, *args: object, **kwargs: object) -> object:
        _edit_in_another_process(tmp_path / "data", *theirs)
        return real_edit(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ContactService, "edit", edit_after_theirs)
    mine = kieran("--user", "alice", "contact", "edit", "1", "--notes", "My notes")
    monkeypatch.setattr(ContactService, "edit", real_edit)

    shown = kieran("contact", "show", "1", "--json").json()
    history = kieran("contact", "history", "1", "--json").json()
    if outcome == "both":
        assert mine.code == 0, mine.err
        assert (shown["notes"], shown["titles"]) == ("My notes", {"en": "Spokesperson"})
        assert [(v["changed_by"], [c["field"] for c in v["changes"]]) for v in history[1:]] == [
            ("bob", ["title:en"]),
            ("alice", ["notes"]),
        ]
    else:
        assert mine.code == cli.EXIT_CONFLICT
        assert "bob saved version 2" in mine.err
        assert shown["notes"] == "Their notes"
        assert len(history) == 2
    assert json.dumps(shown)  # still one readable record
