"""Typed text and typed ids: what is refused, and that the refusal names the field."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from crm_app.domain.errors import ValidationError
from crm_app.domain.ids import MAX_RECORD_ID, parse_record_id
from crm_app.domain.text import clean_line, clean_text


@pytest.mark.parametrize("clean", [clean_line, clean_text])
def test_broken_utf8_is_refused_not_dropped(clean: Callable[[str, str], str]) -> None:
    # "José" typed in Latin-1 and read as UTF-8 with surrogateescape, as sys.argv does.
    broken = b"Jos\xe9".decode("utf-8", "surrogateescape")
    with pytest.raises(ValidationError) as caught:
        clean(broken, "given")
    assert caught.value.field == "given"
    assert caught.value.message == "given: is not valid UTF-8 text"


def test_control_characters_are_still_dropped() -> None:
    assert clean_line("Kie\x00ran\u200b  Best", "given") == "Kieran Best"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", 1),
        (" 42 ", 42),
        (str(MAX_RECORD_ID), MAX_RECORD_ID),
        (str(MAX_RECORD_ID + 1), None),  # PostgreSQL's INTEGER stops here
        ("99999999999999999999", None),
        ("9" * 10_000, None),
        ("0", None),
        ("-1", None),
        ("+1", None),
        ("1_000", None),
        ("٤٢", None),  # Arabic-Indic digits, which int() would take
        ("1e3", None),
        ("", None),
    ],
)
def test_record_ids(text: str, expected: int | None) -> None:
    assert parse_record_id(text) == expected
