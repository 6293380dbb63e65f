"""E-mail normalisation and extraction from pasted release text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_app.domain.emails import extract_email, normalise_email
from crm_app.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("kgormanbest@iom.int", "kgormanbest@iom.int"),
        ("Kieran.Best@IOM.INT", "Kieran.Best@iom.int"),
        ("  kgormanbest@iom.int\n", "kgormanbest@iom.int"),
        ("o'brien@iom.int", "o'brien@iom.int"),
        ("presse@xn--bcher-kva.de", "presse@bücher.de"),
        ("a@ｉｏｍ.ｉｎｔ", "a@iom.int"),
    ],
)
def test_valid_addresses_are_normalised(raw: str, normalised: str) -> None:
    assert normalise_email(raw) == normalised


@pytest.mark.parametrize(
    "raw",
    [
        "a@b@iom.int",
        "a@@iom.int",
        "a@localhost",
        "a@iom.int.",
        "a b@iom.int",
        "kieran best@iom.int",
        "a@iom..int",
        "Kieran Best <kb@iom.int>",
        "a@foo.test",
        "no-at-sign.iom.int",
        "a@iom.int\x00",
        "a@\u200f.com",
    ],
)
def test_bad_addresses_are_refused_with_the_field_and_a_reason(raw: str) -> None:
    with pytest.raises(ValidationError) as raised:
        normalise_email(raw, field="emails[1]")
    assert raised.value.field == "emails[1]"
    assert raised.value.reason.strip()


def test_reason_is_the_libraries_sentence() -> None:
    with pytest.raises(ValidationError) as raised:
        normalise_email("a@localhost")
    assert raised.value.field == "email"
    assert "period" in raised.value.reason


@pytest.mark.parametrize("raw", ["", "   ", "\n\t"])
def test_empty_is_refused(raw: str) -> None:
    with pytest.raises(ValidationError) as raised:
        normalise_email(raw)
    assert raised.value.reason == "is empty"


def test_absurd_length_is_refused_before_validation() -> None:
    with pytest.raises(ValidationError) as raised:
        normalise_email("a" * 400 + "@iom.int")
    assert "too long" in raised.value.reason


def test_extract_from_sample_html_leftovers() -> None:
    text = '"mailto:kgormanbest@iom.int" target="" title=\n"">kgormanbest@iom.int'
    assert extract_email(text) == "kgormanbest@iom.int"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ('Email: <a href="mailto:a@b.org">a@b.org</a>', "a@b.org"),
        ("Courriel : Kieran.Best@IOM.INT.", "Kieran.Best@iom.int"),
        ("title='press@iom.int'", "press@iom.int"),
        ("&lt;press@iom.int&gt;", "press@iom.int"),
        ("write to x@localhost or y@iom.int", "y@iom.int"),
    ],
)
def test_extract_from_messy_text(text: str, address: str) -> None:
    assert extract_email(text) == address


@pytest.mark.parametrize(
    "text", ["", "no address here", "a@localhost", "@iom.int", "k [at] iom.int"]
)
def test_extract_finds_nothing(text: str) -> None:
    assert extract_email(text) is None


@settings(max_examples=300, deadline=None)
@given(raw=st.text())
def test_any_text_gives_an_address_or_a_validation_error(raw: str) -> None:
    result: str | ValidationError
    try:
        result = normalise_email(raw, field="mail")
    except ValidationError as exc:
        result = exc
    if isinstance(result, ValidationError):
        assert result.field == "mail"
        assert result.reason
    else:
        assert isinstance(result, str)
        assert "@" in result


@settings(max_examples=300, deadline=None)
@given(text=st.text())
def test_extract_never_raises(text: str) -> None:
    found = extract_email(text)
    assert found is None or normalise_email(found) == found
