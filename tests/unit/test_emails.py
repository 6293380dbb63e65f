"""E-mail normalisation and extraction from pasted release text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_app.domain.emails import check_email, extract_email, normalise_email
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


# --- the sample release's paste, and what the user is told ----------------------------------

# The last lines of the sample release, word for word.
SEED_EMAIL = '"mailto:kgormanbest@iom.int" target="" title=\n"">kgormanbest@iom.int'


@pytest.mark.parametrize(
    "raw",
    [
        SEED_EMAIL,
        "mailto:kgormanbest@iom.int",
        '<a href="mailto:kgormanbest@iom.int">kgormanbest@iom.int</a>',
        "kgormanbest@iom.int.",
        "kgormanbest@iom.int;",
        "Email: kgormanbest@iom.int",
        "Courriel : kgormanbest@iom.int",
        "Email:<br>kgormanbest@iom.int",
        "Kieran Best <kgormanbest@iom.int>",
        "(kgormanbest@iom.int)",
    ],
)
def test_pasted_address_is_refused_with_the_clean_one_named(raw: str) -> None:
    check = check_email(raw)
    assert not check.valid
    assert check.suggestion == "kgormanbest@iom.int"
    assert check.reason == (
        "This is not an e-mail address as it stands; the address in it is kgormanbest@iom.int."
    )
    with pytest.raises(ValidationError) as raised:
        normalise_email(raw, field="email 2")
    assert raised.value.field == "email 2"
    assert raised.value.suggestion == "kgormanbest@iom.int"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("kgormanbest@@iom.int", "An e-mail address has only one @-sign."),
        ("no-at-sign.iom.int", "An email address must have an @-sign."),
        ("a@localhost", "The part after the @-sign is not valid. It should have a period."),
        ("kieran,best@iom.int", "An e-mail address cannot contain “,”."),
        ("a\u200f@iom.int", "The address contains invisible or control characters; type it again."),
        ("a@foo.test", "The part after the @-sign is a reserved name that cannot receive e-mail."),
    ],
)
def test_a_refusal_is_one_clean_sentence_without_a_suggestion(raw: str, reason: str) -> None:
    check = check_email(raw)
    assert (check.address, check.reason, check.suggestion) == (None, reason, None)


def test_mistyped_address_is_not_cut_down_to_a_different_one() -> None:
    # "k;b@iom.int" holds "b@iom.int", but that is not what was meant.
    for raw in ("k;b@iom.int", 'k"b@iom.int', "k@b@iom.int"):
        assert check_email(raw).suggestion is None, raw


def test_valid_address_has_no_reason_and_no_suggestion() -> None:
    check = check_email("  Kieran.Best@IOM.INT ")
    assert (check.address, check.reason, check.suggestion) == ("Kieran.Best@iom.int", None, None)


def _assert_clean_sentence(reason: str) -> None:
    assert reason
    # Neither email-validator's character lists nor a reason wrapped in another one.
    assert "SPACE" not in reason and "', '" not in reason and "U+" not in reason
    assert "Extra character" not in reason
    assert reason.count("e-mail address:") == 0


HOSTILE = st.one_of(
    st.text(),
    st.text(alphabet="<>/\"'=&;:mailto@kgormanbest.iom.int \x00\n", max_size=300),
    st.tuples(st.text(min_size=1, max_size=30), st.integers(1, 4000)).map(lambda t: t[0] * t[1]),
    st.integers(1, 10_000).map(lambda n: "a@b.test " * n),  # many candidates, none valid
    st.integers(1, 100_000).map(lambda n: "\x00" * n + "a@iom.int"),
    st.integers(1, 25_000).map(lambda n: "<a href='mailto:" * n),
)


@settings(max_examples=200, deadline=None)
@given(raw=HOSTILE)
def test_hostile_pastes_give_a_clean_reason_never_an_exception(raw: str) -> None:
    check = check_email(raw)
    if check.valid:
        assert check.reason is None and check.suggestion is None
    else:
        assert check.reason is not None
        _assert_clean_sentence(check.reason)
        if check.suggestion is not None:
            assert normalise_email(check.suggestion) == check.suggestion
    reason: str | None = None
    try:
        normalise_email(raw)
    except ValidationError as exc:
        reason = exc.reason
    assert reason == check.reason
    found = extract_email(raw)
    assert found is None or normalise_email(found) == found
