"""The command line with text pasted from the sample release, published blocks, blocks that
print an English job title in a French or Spanish release, and newline-terminated output."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Run

SEED_PHONE = "Tél. + 86 5979 9695 Ext. 203"
SEED_EMAIL = '"mailto:kgormanbest@iom.int" target="" title=\n"">kgormanbest@iom.int'

KIERAN = (
    "contact",
    "add",
    "--given",
    "Kieran",
    "--family",
    "Best",
    "--office",
    "IOM Beijing",
    "--title",
    "Communications Officer",
    "--phone",
    "work:+86 10 5979 9695 ext. 203",
    "--email",
    "kgormanbest@iom.int",
    "--verified",
    "2026-11-01",
)


@pytest.mark.parametrize(
    "pasted",
    [SEED_EMAIL, "mailto:kgormanbest@iom.int", "Email: kgormanbest@iom.int."],
)
def test_a_pasted_email_is_refused_with_the_clean_address_and_how_to_give_it(
    beijing: Run, pasted: str
) -> None:
    result = beijing("contact", "add", "--given", "Kieran", "--email", pasted)
    assert result.code == 1
    assert result.out == ""
    assert result.err == (
        "crm-app: error: email: not an e-mail address as given; to use the address in it,"
        " give --email kgormanbest@iom.int\n"
    )
    assert beijing("contact", "list", "--json").json() == []


def test_edit_names_the_clean_address_of_the_second_email(beijing: Run) -> None:
    assert beijing(*KIERAN).code == 0
    result = beijing(
        "contact", "edit", "1", "--email", "press@iom.int", "--email", "<kgormanbest@iom.int>,"
    )
    assert result.code == 1
    assert result.err.startswith("crm-app: error: email 2: not an e-mail address as given;")
    assert result.err.endswith("give --email kgormanbest@iom.int\n")


def test_a_bad_email_without_an_address_in_it_is_one_clean_sentence(beijing: Run) -> None:
    result = beijing("contact", "add", "--given", "K", "--email", "kgorman best")
    assert result.err == "crm-app: error: email: An email address must have an @-sign.\n"
    result = beijing("contact", "add", "--given", "K", "--email", "k,best@iom.int")
    assert result.err == "crm-app: error: email: An e-mail address cannot contain “,”.\n"


def test_the_seed_phone_line_is_read_like_the_bare_number(beijing: Run) -> None:
    check = beijing("phone", "check", SEED_PHONE, "--office", "IOM Beijing", "--json").json()
    assert check["valid"] is False
    assert check["suggestion"] == "+86 10 5979 9695 ext. 203"
    text = beijing("phone", "check", "Tel: +86 10 5979 9695<br>", "--office", "IOM Beijing")
    assert (text.code, text.out) == (0, "valid: +86 10 5979 9695 (fixed_line, CN)\n")


def _published_release(beijing: Run) -> None:
    assert beijing(*KIERAN).code == 0
    added = beijing(
        "release", "add", "--title", "T", "--lang", "en", "--date", "2026-11-27", "--contact", "1"
    )
    assert added.code == 0
    assert beijing("release", "publish", "1").code == 0
    assert beijing("contact", "edit", "1", "--phone", "work:+86 10 5979 9600").code == 0


def test_block_of_a_published_release_is_the_block_as_printed(beijing: Run) -> None:
    _published_release(beijing)
    frozen = beijing("block", "--release", "1")
    assert frozen.code == 0
    assert "Tel: +86 10 5979 9695 ext. 203\n" in frozen.out  # the number printed then
    assert "5979 9600" not in frozen.out
    assert frozen.err == ""
    document = beijing("block", "--release", "1", "--json").json()
    assert document["frozen"] is True
    assert "+86 10 5979 9695 ext. 203" in document["text"]


def test_current_makes_the_block_from_today_with_a_note(beijing: Run) -> None:
    _published_release(beijing)
    current = beijing("block", "--release", "1", "--current")
    assert current.code == 0
    assert "Tel: +86 10 5979 9600\n" in current.out
    assert "5979 9695" not in current.out
    assert current.err.startswith("note: release 1 was published on ")
    assert "today's data" in current.err


def test_a_published_block_in_another_layout_needs_current(beijing: Run) -> None:
    _published_release(beijing)
    other = beijing("block", "--release", "1", "--layout", "inline")
    assert other.code == 1
    assert other.err.startswith("crm-app: error: layout: release 1 was published with the")
    assert "--current" in other.err
    assert beijing("block", "--release", "1", "--layout", "inline", "--current").code == 0


@pytest.mark.parametrize(("language", "name"), [("es", "OIM Pekín"), ("fr", "OIM Pékin")])
def test_a_block_printing_the_english_title_says_so(beijing: Run, language: str, name: str) -> None:
    assert beijing(*KIERAN).code == 0
    result = beijing("block", "--contact", "1", "--lang", language)
    assert result.code == 0
    assert f"Communications Officer\n{name}\n" in result.out
    assert result.err == (
        f"warning: Kieran Best has no job title in {language}; the block prints the English"
        " one (Communications Officer)\n"
    )
    codes = [
        w["code"]
        for w in beijing("block", "--contact", "1", "--lang", language, "--json").json()["warnings"]
    ]
    assert codes == ["title_in_english"]
    beijing("contact", "edit", "1", "--title-in", f"{language}=Chargé de communication")
    assert beijing("block", "--contact", "1", "--lang", language).err == ""


def test_an_english_block_has_no_translation_warning(beijing: Run) -> None:
    assert beijing(*KIERAN).code == 0
    assert beijing("block", "--contact", "1").err == ""


def test_every_text_output_ends_with_one_newline(beijing: Run, tmp_path: Path) -> None:
    assert beijing(*KIERAN).code == 0
    card = tmp_path / "one.vcf"
    commands: list[tuple[str, ...]] = [
        ("office", "add", "--name", "IOM Paris", "--country", "FR"),
        ("office", "list"),
        ("office", "show", "IOM Beijing"),
        ("office", "edit", "IOM Paris", "--city", "Paris"),
        ("contact", "list"),
        ("contact", "show", "1"),
        ("contact", "edit", "1", "--notes", "Speaks Mandarin"),
        ("phone", "check", "+86 10 5979 9695"),
        ("release", "add", "--title", "T", "--lang", "fr", "--contact", "1"),
        ("release", "list"),
        ("block", "--contact", "1"),
        ("block", "--contact", "1", "--format", "html"),
        ("block", "--contact", "1", "--format", "markdown", "--layout", "inline"),
        ("release", "publish", "1"),
        ("release", "show", "1"),
        ("block", "--release", "1"),
        ("block", "--release", "1", "--current", "--format", "markdown"),
        ("contact", "edit", "1", "--phone", "work:+86 10 5979 9600"),
        ("release", "outdated"),
        ("vcard", "export", "-o", str(card)),
        ("vcard", "import", str(card)),
        ("contact", "delete", "1"),
        ("contact", "restore", "1"),
        ("contact", "show", "1", "--json"),
        ("sample-data",),
    ]
    for command in commands:
        result = beijing(*command)
        assert result.code == 0, (command, result.err)
        for stream in (result.out, result.err):
            assert stream == "" or (stream.endswith("\n") and not stream.endswith("\n\n")), (
                command,
                stream,
            )
        if command[0] != "vcard":  # export reports on stderr; import may have nothing to say
            assert result.out, command
