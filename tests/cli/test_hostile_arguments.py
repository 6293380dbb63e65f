"""Every command of the real parser, with hostile values for each of its arguments.

The commands and their arguments are read from `build_parser()`, so a new command or option
is covered as soon as it exists. Each run starts from a valid command line (ids and names
that exist in a small database) and replaces one argument with a hostile value. Whatever
the value, the answer is a result or an error a person can read: status 0, 1 or 2, never a
traceback, never the last-resort status 3.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_app.app.cli import EXIT_CONFLICT, EXIT_UNEXPECTED, _date, build_parser, main
from tests.conftest import POSTGRES_URL, _reset_postgres

SURROGATE = "\udcff"  # what sys.argv holds for the byte 0xFF (surrogateescape)

TEXT_VALUES = [
    " ",
    "a\x00b",
    "Jos\udce9",
    "<script>alert(1)</script>",
    "x" * 10_000,
    "'; DROP TABLE contacts; --",
    "%s%n{0}{name}",
    "\u202e👩\u200d💻 Zoë\r\nline",
    "99999999999999999999",
]
ID_VALUES = [
    "1",
    "2147483647",
    "2147483648",
    "99999999999999999999",
    "9" * 5_000,
    "0",
    "-1",
    "1.0",
    "0x1",
    "",
    SURROGATE,
    "1\x00",
]
DATE_VALUES = ["2026-02-30", "0000-00-00", "9999-12-31", "2026-11-27T10:00", "27/11/2026", ""]
PATH_VALUES = ["@@missing@@", "@@folder@@", "@@file_in_file@@", "@@long@@", "-", "@@readonly@@"]
DB_VALUES = [
    "postgresql://u:p@h:99999/db",
    "postgresql://u:p@h:abc/db",
    "foo://",
    "postgresql+nodriver://",
    "postgresql://u:p@[::1/db",
    "sqlite://u:p@h/x.db",
    "postgresql//user:secret@host/db",
    "sqlite:///@@missing@@/x.db",
    "sqlite:///@@folder@@",
    "sqlite:///@@file@@",
    "sqlite:///@@long@@",
    "sqlite:///@@missing@@?mode=ro",
]


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]
    parser: argparse.ArgumentParser

    @property
    def name(self) -> str:
        return " ".join(self.words)


def commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> Iterator[Command]:
    """Every runnable command, found by walking the sub-parsers."""
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        yield Command(words, parser)
        return
    for name, sub in subparsers[0].choices.items():
        yield from commands(sub, (*words, name))


PARSER = build_parser()
COMMANDS = list(commands(PARSER))
GLOBAL = [
    a for a in PARSER._actions if a.option_strings and a.nargs != 0 and a.dest not in ("help",)
]


def takes_values(action: argparse.Action) -> bool:
    return action.nargs != 0 and not isinstance(
        action, argparse._HelpAction | argparse._VersionAction | argparse._SubParsersAction
    )


def is_record_id(action: argparse.Action) -> bool:
    return "_record_id" in getattr(action.type, "__qualname__", "")


def is_path(action: argparse.Action) -> bool:
    return action.dest in ("file", "output") or action.metavar in ("FILE", "DIR")


def hostile_values(action: argparse.Action) -> list[str]:
    if is_record_id(action):
        return [*ID_VALUES, "<script>", "x" * 10_000]
    if action.type is _date:
        return [*DATE_VALUES, SURROGATE, "x" * 10_000]
    if action.choices:
        # argparse checks these against the list; a few values show that it does.
        return ["", SURROGATE, "x" * 10_000, str(next(iter(action.choices))).upper()]
    return [*TEXT_VALUES, *PATH_VALUES] if is_path(action) else TEXT_VALUES


class Places:
    """Paths a hostile value may name, made for each test."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cards = root / "cards.vcf"
        self.cards.write_text(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee;Ann;;;\r\nFN:Ann Lee\r\nEND:VCARD\r\n",
            encoding="utf-8",
        )
        self.sheet = root / "people.csv"
        self.sheet.write_text("Name,Email\r\nAnn Lee,ann@example.org\r\n", encoding="utf-8")
        self.release = root / "release.txt"
        self.release.write_text(
            "Hostile\n\nFor more information, please contact:\n"
            "Kieran Best, IOM Beijing, kbest@example.org\n",
            encoding="utf-8",
        )
        (root / "folder").mkdir()
        (root / "a-file").write_text("x", encoding="utf-8")
        readonly = root / "readonly.vcf"
        readonly.write_text("keep\n", encoding="utf-8")
        readonly.chmod(0o444)

    def fill(self, value: str) -> str:
        named = {
            "missing": self.root / "missing" / "x",
            "folder": self.root / "folder",
            "file": self.root / "a-file",
            "file_in_file": self.root / "a-file" / "x.vcf",
            "long": self.root / ("n" * 300),
            "readonly": self.root / "readonly.vcf",
        }
        for name, path in named.items():
            value = value.replace(f"@@{name}@@", str(path))
        return value


# A value for each argument that the small database makes valid, so a hostile value in one
# argument reaches the command's work instead of stopping at a missing required argument.
VALID = {
    "id": "1",
    "office": "1",
    "contact": "1",
    "release": "1",
    "title": "Hostile",
    "lang": "en",
    "name": "IOM Dakar",
    "country": "SN",
    "number": "+86 10 5979 9600",
    "given": "Ann",
    "backup": "latest",
    "to": "1",
}


# Optional, but without them the command only says what is missing.
ALWAYS = {"given"}


def valid_value(action: argparse.Action, places: Places, command: Command) -> str:
    if command.name == "contact restore":
        return "2"
    if action.dest == "output":
        return str(places.root / "out.vcf")
    if action.dest == "file":
        if command.name == "csv import":
            return str(places.sheet)
        return str(places.release if command.name == "release import-text" else places.cards)
    if action.choices:
        return str(next(iter(action.choices)))
    if action.type is _date:
        return "2026-11-27"
    return VALID.get(action.dest, "x")


def option_words(action: argparse.Action, value: str) -> list[str]:
    if not action.option_strings:
        return [value]
    # "--given=-1" keeps a value that starts with "-" from reading as an option.
    return [f"{action.option_strings[-1]}={value}"]


def command_line(
    command: Command, places: Places, replace: argparse.Action | None = None, value: str = ""
) -> list[str]:
    """The command with every required argument valid, `replace` given `value`."""
    words: list[str] = list(command.words)
    chosen_groups = set()
    if replace is not None:
        chosen_groups = {
            id(g) for g in command.parser._mutually_exclusive_groups if replace in g._group_actions
        }
    positionals: list[str] = []
    for action in command.parser._actions:
        if not takes_values(action):
            continue
        groups = [
            g for g in command.parser._mutually_exclusive_groups if action in g._group_actions
        ]
        if action is replace:
            chosen = option_words(action, value)
        elif groups and id(groups[0]) in chosen_groups:
            continue  # the hostile value is this group's one member
        elif groups and groups[0].required:
            if action is not groups[0]._group_actions[0]:
                continue
            chosen_groups.add(id(groups[0]))
            chosen = option_words(action, valid_value(action, places, command))
        elif action.required or not action.option_strings or action.dest in ALWAYS:
            chosen = option_words(action, valid_value(action, places, command))
        else:
            continue
        (words if action.option_strings else positionals).extend(chosen)
    # Positionals after "--" so that a value such as "-1" stays a value.
    return [*words, "--", *positionals] if positionals else words


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small database, made once: an office, a contact and a release, all id 1, and a
    deleted contact, id 2."""
    folder = tmp_path_factory.mktemp("seed")
    base = ["--data-dir", str(folder)]
    for args in (
        ["office", "add", "--name", "IOM Beijing", "--country", "CN", "--phone", "+8610 5979 9600"],
        ["contact", "add", "--given", "Kieran", "--family", "Best", "--office", "1"],
        ["release", "add", "--title", "T", "--lang", "en", "--contact", "1"],
        ["contact", "add", "--given", "Ann", "--family", "Lee"],
        ["contact", "delete", "2"],
    ):
        assert main([*base, *args]) == 0
    return folder


@dataclass
class Outcome:
    code: int
    err: str


def run_main(args: Sequence[str], capfd: pytest.CaptureFixture[str]) -> Outcome:
    capfd.readouterr()
    try:
        code = main(list(args))
    except SystemExit as stopped:  # argparse: --help, usage errors
        code = stopped.code if isinstance(stopped.code, int) else 1
    return Outcome(code, capfd.readouterr().err)


def problems(args: Sequence[str], outcome: Outcome) -> list[str]:
    shown = [a if len(a) < 60 else a[:60] + "…" for a in args]
    found = []
    if "Traceback" in outcome.err:
        found.append(f"{shown}: traceback\n{outcome.err[-2000:]}")
    if outcome.code == EXIT_UNEXPECTED or outcome.code not in (0, 1, 2, EXIT_CONFLICT):
        found.append(f"{shown}: status {outcome.code}: {outcome.err[-500:]}")
    return found


@pytest.fixture
def places(tmp_path: Path, seeded: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Places]:
    monkeypatch.delenv("CRM_DB_URL", raising=False)
    # Relative paths in hostile values land here, not in the project.
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    shutil.copytree(seeded, data)
    yield Places(tmp_path)
    (tmp_path / "readonly.vcf").chmod(0o644)


def test_the_walk_finds_every_command() -> None:
    names = {c.name for c in COMMANDS}
    assert {"contact add", "contact show", "block", "vcard export", "sample-data"} <= names
    assert all(
        c.parser.get_default("handler") is not None
        or c.parser.get_default("maintenance") is not None
        for c in COMMANDS
    )


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_argument_of_every_command_survives_hostile_values(
    command: Command, places: Places, capfd: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(places.root / "data")]
    baseline = command_line(command, places)
    outcome = run_main([*base, *baseline], capfd)
    assert outcome.code == 0, outcome.err  # so each hostile value reaches the command's work
    found: list[str] = []
    for action in command.parser._actions:
        if not takes_values(action):
            continue
        for raw in hostile_values(action):
            args = [*base, *command_line(command, places, action, places.fill(raw))]
            found += problems(args, run_main(args, capfd))
    assert found == []


@pytest.mark.parametrize("action", GLOBAL, ids=lambda a: a.dest)
def test_global_options_survive_hostile_values(
    action: argparse.Action, places: Places, capfd: pytest.CaptureFixture[str]
) -> None:
    values = [*TEXT_VALUES, *PATH_VALUES, *(DB_VALUES if action.dest == "db" else [])]
    found: list[str] = []
    for raw in values:
        value = places.fill(raw)
        base = [] if action.dest == "data_dir" else ["--data-dir", str(places.root / "data")]
        for command in (["contact", "list", "--json"], ["contact", "add", "--given", "Ann"]):
            args = [*base, f"{action.option_strings[-1]}={value}", *command]
            outcome = run_main(args, capfd)
            found += problems(args, outcome)
            if "secret" in raw:
                assert "secret" not in outcome.err
    assert found == []
    assert not (places.root.parent / "press-contacts").exists()


@pytest.mark.skipif(not POSTGRES_URL, reason="CRM_TEST_POSTGRES_URL is not set")
def test_ids_beyond_postgresql_integer(places: Places, capfd: pytest.CaptureFixture[str]) -> None:
    _reset_postgres(POSTGRES_URL)
    base = ["--db", POSTGRES_URL]
    assert (
        run_main([*base, "office", "add", "--name", "IOM Dakar", "--country", "SN"], capfd).code
        == 0
    )
    found: list[str] = []
    for command in COMMANDS:
        for action in command.parser._actions:
            if not (is_record_id(action) or action.dest == "office"):
                continue
            for value in ("2147483647", "2147483648", "99999999999999999999", "-2147483649"):
                args = [*base, *command_line(command, places, action, value)]
                found += problems(args, run_main(args, capfd))
    assert found == []


TEXT = st.text(st.characters(codec="utf-8"), max_size=300) | st.text(
    st.sampled_from(["\x00", SURROGATE, "\udc80", "<", "&", "\u202e", "\n", "é", " "]),
    max_size=20,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(given_name=TEXT, family=TEXT, phone=TEXT)
def test_contact_add_never_fails_unexpectedly_whatever_the_text(
    places: Places, capfd: pytest.CaptureFixture[str], given_name: str, family: str, phone: str
) -> None:
    args = ["--data-dir", str(places.root / "data"), "contact", "add"]
    args += [f"--given={given_name}", f"--family={family}", f"--phone={phone}", "--force"]
    outcome = run_main(args, capfd)
    assert problems(args, outcome) == []


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=TEXT)
def test_search_and_phone_check_never_fail_unexpectedly(
    places: Places, capfd: pytest.CaptureFixture[str], text: str
) -> None:
    base = ["--data-dir", str(places.root / "data")]
    for args in (
        [*base, "contact", "list", f"--search={text}"],
        [*base, "phone", "check", "--office=1", "--", text],
        [*base, "office", "show", "--", text],
    ):
        assert problems(args, run_main(args, capfd)) == []


def test_raw_bytes_on_a_real_command_line(tmp_path: Path) -> None:
    """Bytes that are not UTF-8, as a shell passes them ($'\\xff'), through the real entry."""
    command = [sys.executable, "-m", "crm_app", "--data-dir", str(tmp_path)]
    env = {**os.environ, "CRM_DB_URL": ""}
    for args in (
        [b"contact", b"list", b"--search", b"\xff"],
        [b"contact", b"add", b"--given", b"Jos\xe9", b"--family", b"Best"],
        [b"phone", b"check", b"\xff\xfe", b"--office", b"\xc3("],
    ):
        done = subprocess.run(
            [*command, *args], capture_output=True, env=env, check=False, timeout=120
        )
        assert done.returncode == 2
        assert b"is not valid UTF-8 text" in done.stderr
        assert b"Traceback" not in done.stderr
    listed = subprocess.run(
        [*command, "contact", "list"], capture_output=True, env=env, check=True, timeout=120
    )
    assert listed.stdout == b""  # no "Jos" saved with its last letter dropped
