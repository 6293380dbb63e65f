"""`crm-app release import-text FILE|-`: a release's contacts read back, as a user types it."""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from crm_app.app import cli
from crm_app.domain import release_text
from crm_app.domain.release_text import MAX_RELEASE_BYTES
from tests.cli.conftest import Result, Run

FIXTURES = Path(__file__).parents[1] / "fixtures"
SEED = FIXTURES / "releases" / "seed-iom-beijing-fr.txt"
CP1252_PAGE = FIXTURES / "release_blocks" / "fr-html-cp1252.html"
SEED_TITLE = "L'OIM encourage les liens pour la gestion de la migration entre l'Europe et la Chine"


@pytest.fixture
def sample(run: Run) -> Run:
    loaded = run("sample-data")
    assert loaded.code == 0, loaded.err
    return run


def _counts(run: Run) -> tuple[int, int]:
    releases = run("release", "list", "--json").json()
    contacts = run("contact", "list", "--json").json()
    return len(releases), len(contacts)


def _kieran_id(run: Run) -> int:
    (kieran,) = [c for c in run("contact", "list", "--json").json() if c["family"] == "Best"]
    return int(kieran["id"])


def _refused(result: Result) -> None:
    """An error as DESIGN.md has it: one line on stderr, nothing on stdout, no traceback."""
    assert result.code == cli.EXIT_ERROR, result.err
    assert result.out == ""
    assert result.err.startswith("crm-app: error: ") and result.err.count("\n") == 1
    assert "Traceback" not in result.err


def test_the_seed_finds_kieran_with_the_repair_and_the_exact_match(sample: Run) -> None:
    result = sample("release", "import-text", str(SEED), "--dry-run", "--json")
    assert result.code == 0, result.err
    document = result.json()
    (kieran,) = document["contacts"]
    assert kieran["name"] == "Kieran Best"
    assert kieran["office"] == "OIM Pékin"
    (phone,) = kieran["phones"]
    assert phone["valid"] is False
    assert phone["suggestion"] == "+86 10 5979 9695 ext. 203"
    assert set(phone) == {"kind", "raw", "e164", "extension", "valid", "suggestion"}
    assert kieran["emails"] == [{"address": "kgormanbest@iom.int"}]  # once, not twice
    assert kieran["hidden_emails"] == 0
    assert kieran["match"] == _kieran_id(sample)
    assert kieran["match_confidence"] == "exact"
    assert "kgormanbest@iom.int" in kieran["match_reason"]


def test_the_json_document_has_the_fields_of_the_design(sample: Run) -> None:
    document = sample("release", "import-text", str(SEED), "--json").json()
    assert document["dry_run"] is False
    release = document["release"]
    assert set(release) >= {"id", "title", "date", "dateline", "language", "created"}
    assert release["id"] == 1 and release["created"] is True
    assert release["title"] == SEED_TITLE
    assert release["language"] == "fr"
    assert release["date"] is None  # the seed gives none; a warning says which day it got
    assert any("gives no date" in w for w in document["warnings"])
    assert all(isinstance(w, str) for w in document["warnings"])
    assert document["created"] == document["updated"] == document["skipped"] == []
    assert document["unchanged"] == [
        {"line": 105, "name": "Kieran Best", "contact_id": _kieran_id(sample)}
    ]
    contact_fields = {"name", "title", "office", "phones", "emails", "hidden_emails", "match"}
    assert set(document["contacts"][0]) >= contact_fields | {"match_confidence", "match_reason"}


def test_a_dry_run_writes_nothing_and_says_so(sample: Run) -> None:
    before = _counts(sample)
    result = sample("release", "import-text", str(SEED), "--dry-run")
    assert result.code == 0, result.err
    assert "Dry run: nothing was written." in result.out
    assert "would be recorded" in result.out
    assert _counts(sample) == before == (0, 5)
    document = sample("release", "import-text", str(SEED), "--dry-run", "--json").json()
    assert document["dry_run"] is True and document["release"]["id"] is None
    assert _counts(sample) == before


def test_a_real_run_records_the_release_and_a_second_one_nothing_new(sample: Run) -> None:
    _, contacts_before = _counts(sample)
    first = sample("release", "import-text", str(SEED))
    assert first.code == 0, first.err
    assert "Release 1 created" in first.out
    shown = sample("release", "show", "1", "--json").json()
    assert shown["title"] == SEED_TITLE
    assert [c["id"] for c in shown["contacts"]] == [_kieran_id(sample)]

    again = sample("release", "import-text", str(SEED), "--json").json()
    assert again["release"] == {**again["release"], "id": 1, "created": False}
    assert again["created"] == [] and len(again["unchanged"]) == 1
    assert _counts(sample) == (1, contacts_before)
    text = sample("release", "import-text", str(SEED)).out
    assert "Release 1 was already recorded" in text


def test_the_text_output_shows_the_release_the_people_and_what_was_done(sample: Run) -> None:
    result = sample("release", "import-text", str(SEED))
    assert result.code == 0, result.err
    out = result.out
    assert out.endswith("\n") and not out.endswith("\n\n")
    assert out.startswith(f"Release: {SEED_TITLE}\n  language: fr\n")
    assert "  line 105: Kieran Best\n" in out
    assert "    office: OIM Pékin\n" in out
    assert "(invalid) → +86 10 5979 9695 ext. 203\n" in out
    assert out.count("kgormanbest@iom.int") == 2  # the address, and the match's reason
    assert f"    match: contact {_kieran_id(sample)} (exact: same e-mail" in out
    assert "0 contacts were created, 0 updated, 1 already up to date, 0 skipped.\n" in out
    # Warnings go to stderr, as every command's do.
    assert "warning: the text gives no date" in result.err


def test_standard_input_is_read_as_bytes(sample: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    result = sample("release", "import-text", "-", "--json")
    assert result.code == 0, result.err
    document = result.json()
    assert document["release"]["title"] == SEED_TITLE
    assert [c["name"] for c in document["contacts"]] == ["Kieran Best"]


def test_standard_input_without_a_title_is_refused(
    sample: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file's name stands in for a missing title; standard input has none to give.
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CP1252_PAGE.read_bytes())))
    result = sample("release", "import-text", "-")
    _refused(result)
    assert "title" in result.err
    assert _counts(sample) == (0, 5)


def test_a_windows_1252_web_page_is_read_and_named_after_its_file(sample: Run) -> None:
    result = sample("release", "import-text", str(CP1252_PAGE), "--json")
    assert result.code == 0, result.err
    document = result.json()
    assert document["release"]["title"] == "fr-html-cp1252"
    assert [c["name"] for c in document["contacts"]] == ["Inès Fabre", "Hugo Lambert"]
    assert [c["match"] for c in document["contacts"]] == [None, None]
    assert [o["name"] for o in document["created"]] == ["Inès Fabre", "Hugo Lambert"]
    assert any("Windows-1252" in w for w in document["warnings"])
    assert _counts(sample) == (1, 7)
    text = sample("release", "import-text", str(CP1252_PAGE), "--dry-run").out
    assert "Release: fr-html-cp1252 (the file's name)\n" in text
    assert "    title: porte-parole\n" in text


GARBAGE = bytes(random.Random(7).randrange(256) for _ in range(4096))


@pytest.mark.parametrize(
    "content",
    [
        b"",
        GARBAGE,
        b"\x00" * 100,
        b"Nothing to see here.\n",
        b"A title\n\nFor more information, please contact:\n\n",
    ],
    ids=["empty", "garbage", "nul", "no-block", "empty-block"],
)
def test_text_with_no_one_to_import_is_refused_and_records_nothing(
    sample: Run, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "release.txt"
    path.write_bytes(content)
    result = sample("release", "import-text", str(path))
    _refused(result)
    assert str(path) in result.err
    assert _counts(sample) == (0, 5)


def test_a_missing_file_and_a_folder_are_refused_by_name(sample: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    result = sample("release", "import-text", str(missing))
    _refused(result)
    assert f"cannot read {missing}" in result.err
    result = sample("release", "import-text", str(tmp_path), "--json")
    _refused(result)
    assert f"cannot read {tmp_path}" in result.err
    assert _counts(sample) == (0, 5)


def test_an_oversized_file_is_refused_without_being_read(
    sample: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "huge.html"
    with big.open("wb") as handle:
        handle.truncate(MAX_RELEASE_BYTES + 1)  # sparse: no disk, no time

    opened = Path.open

    def never_the_big_one(self: Path, *args: Any, **kwargs: Any) -> Any:
        assert self != big, "the oversized file was opened"
        return opened(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", never_the_big_one)
    result = sample("release", "import-text", str(big))
    _refused(result)
    assert f"{big}: is too large to be a press release" in result.err


def test_oversized_standard_input_is_refused_reading_one_byte_past_the_cap(
    sample: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(release_text, "MAX_RELEASE_BYTES", 1000)
    stream = io.BytesIO(SEED.read_bytes())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream))
    result = sample("release", "import-text", "-")
    _refused(result)
    assert "standard input: is more than" in result.err
    assert stream.tell() == 1001
    assert _counts(sample) == (0, 5)


def test_a_probable_match_is_shown_and_kept_apart(sample: Run, tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(
        "IOM opens a centre\n\nBEIJING, 3 March 2026 - Text.\n\n"
        "For more information, please contact:\n"
        "K. Best, IOM Beijing, Email: kbest2@example.org\n",
        encoding="utf-8",
    )
    kieran = _kieran_id(sample)
    result = sample("release", "import-text", str(path), "--dry-run")
    assert result.code == 0, result.err
    assert "  date: 2026-03-03\n  dateline: BEIJING\n  language: en\n" in result.out
    assert f"match: perhaps contact {kieran} (probable:" in result.out
    assert "1 contact would be created" in result.out
    document = sample("release", "import-text", str(path), "--json").json()
    (found,) = document["contacts"]
    assert (found["match"], found["match_confidence"]) == (kieran, "probable")
    assert [o["name"] for o in document["created"]] == ["K. Best"]
    assert document["release"]["date"] == "2026-03-03"


def test_no_standard_input_is_a_clear_error(sample: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    result = sample("release", "import-text", "-")
    _refused(result)
    assert "cannot read standard input" in result.err
