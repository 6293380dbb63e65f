"""Phone parsing as a communications officer meets it: odd spellings, missing area codes."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_app.domain.errors import ValidationError
from crm_app.domain.phones import (
    PhoneCheck,
    check_phone,
    dial_string,
    format_phone,
    parse_phone,
    phone_digits,
    region_of,
    tel_uri,
)
from crm_app.domain.records import LineType, Phone, PhoneKind

BEIJING_SWITCHBOARD = "+86 10 5979 9600"
SAMPLE = "+ 86 5979 9695 Ext. 203"


# --- the sample release's number ------------------------------------------------------------


def test_sample_number_is_refused_with_the_area_code_repair() -> None:
    check = check_phone(SAMPLE, region="CN", switchboard=BEIJING_SWITCHBOARD)
    assert check.valid is False
    assert check.raw == SAMPLE
    assert check.extension == "203"
    assert check.e164 == "+8659799695"
    assert check.region == "CN"
    assert check.reason is not None
    assert "too short" in check.reason
    assert "China (+86)" in check.reason
    assert check.suggestion == "+86 10 5979 9695 ext. 203"
    assert check.suggestion_e164 == "+861059799695"


def test_the_suggested_number_is_a_valid_beijing_landline() -> None:
    suggestion = check_phone(SAMPLE, region="CN", switchboard=BEIJING_SWITCHBOARD).suggestion
    assert suggestion is not None
    check = check_phone(suggestion, region="CN", switchboard=BEIJING_SWITCHBOARD)
    assert check.valid is True
    assert check.line_type is LineType.FIXED_LINE
    assert check.e164 == "+861059799695"
    assert check.extension == "203"
    assert check.international == "+86 10 5979 9695 ext. 203"
    assert check.reason is None
    assert check.suggestion is None


def test_missing_area_code_without_extension_gets_a_suggestion() -> None:
    check = check_phone("+86 5979 9695", region="CN", switchboard=BEIJING_SWITCHBOARD)
    assert check.valid is False
    assert check.suggestion == "+86 10 5979 9695"
    assert check.suggestion_e164 == "+861059799695"


def test_national_input_missing_area_code_gets_the_same_repair() -> None:
    check = check_phone("5979 9695 x203", region="CN", switchboard=BEIJING_SWITCHBOARD)
    assert check.valid is False
    assert check.suggestion == "+86 10 5979 9695 ext. 203"


def test_switchboard_in_another_country_does_not_repair() -> None:
    check = check_phone("+86 5979 9695", region="CN", switchboard="+41 22 717 9111")
    assert check.valid is False
    assert check.suggestion is None


def test_no_switchboard_means_no_guess() -> None:
    check = check_phone("+86 5979 9695", region="CN")
    assert check.valid is False
    assert check.reason == "the number is not valid for China (+86)"
    assert check.suggestion is None
    assert check.suggestion_e164 is None


def test_invalid_switchboard_does_not_drive_a_repair() -> None:
    check = check_phone("+86 5979 9695", region="CN", switchboard="+86 5979 9600")
    assert check.suggestion is None


def test_parse_phone_refusal_names_field_and_offers_the_suggestion() -> None:
    with pytest.raises(ValidationError) as raised:
        parse_phone(SAMPLE, region="CN", switchboard=BEIJING_SWITCHBOARD, field="phones[0]")
    assert raised.value.field == "phones[0]"
    assert "too short" in raised.value.reason
    assert raised.value.reason.endswith("; did you mean +86 10 5979 9695 ext. 203?")


def test_allow_invalid_keeps_the_number_flagged() -> None:
    phone = parse_phone(SAMPLE, region="CN", switchboard=BEIJING_SWITCHBOARD, allow_invalid=True)
    assert phone == Phone(
        kind=PhoneKind.WORK,
        raw=SAMPLE,
        e164="+8659799695",
        extension="203",
        valid=False,
        line_type=LineType.UNKNOWN,
    )


def test_allow_invalid_keeps_unparseable_text_raw() -> None:
    phone = parse_phone("call reception", allow_invalid=True)
    assert phone.valid is False
    assert phone.e164 is None
    assert phone.raw == "call reception"


@pytest.mark.parametrize("raw", ["", "   ", "\u00a0\t\n"])
@pytest.mark.parametrize("allow_invalid", [False, True])
def test_empty_is_refused_even_when_invalid_is_allowed(raw: str, allow_invalid: bool) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_phone(raw, allow_invalid=allow_invalid, field="phone")
    assert raised.value.field == "phone"
    assert raised.value.reason == "is empty"


# --- spellings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "+86 10 5979 9695 Ext. 203",
        "+86 10 5979 9695 ext. 203",
        "+86 10 5979 9695 Ext 203",
        "+86 10 5979 9695 ext 203",
        "+86 10 5979 9695 ext:203",
        "+86 10 5979 9695 Ext.: 203",
        "+86 10 5979 9695 x 203",
        "+86 10 5979 9695 x203",
        "+86 10 5979 9695 X203",
        "+86 10 5979 9695 poste 203",
        "+86 10 5979 9695, poste 203",
        "+86 10 5979 9695 Poste 203",
        "+86 10 5979 9695 extensión 203",
        "+86 10 5979 9695 EXTENSIÓN 203",
        "+86 10 5979 9695 extension 203",
        "+86 10 5979 9695 #203",
        "+86 10 5979 9695 # 203",
        "tel:+86-10-5979-9695;ext=203",
    ],
)
def test_extension_spellings(raw: str) -> None:
    check = check_phone(raw)
    assert check.valid is True, check.reason
    assert check.e164 == "+861059799695"
    assert check.extension == "203"
    assert check.international == "+86 10 5979 9695 ext. 203"


def test_comma_then_digits_is_not_an_extension() -> None:
    check = check_phone("+86 10 5979 9695, 203")
    assert check.extension is None
    assert check.valid is False
    assert check.reason is not None
    assert "ext. 203" in check.reason
    assert check.e164 == "+861059799695"


@pytest.mark.parametrize(
    "raw",
    [
        "0086 10 5979 9695",
        "00 86 10 5979 9695",
        "+ 86 10 5979 9695",
        "+86.10.5979.9695",
        "+86-10-5979-9695",
        "+86 (10) 5979 9695",
        "+86/10/5979/9695",
        "+86\u00a010\u00a05979\u00a09695",
        "\u200f+86 10 5979 9695\u200f",
        "＋８６ １０ ５９７９ ９６９５",
        "+86 10 5979 9695\x00",
        "<b>+86 10 5979 9695</b>",
    ],
)
def test_separators_prefixes_and_invisible_marks(raw: str) -> None:
    check = check_phone(raw, region="FR")
    assert check.valid is True, check.reason
    assert check.e164 == "+861059799695"
    assert check.region == "CN"


def test_trunk_zero_after_country_code_is_valid_not_a_suggestion() -> None:
    check = check_phone("+44 (0)20 7946 0000", region="GB")
    assert check.valid is True
    assert check.e164 == "+442079460000"
    assert check.suggestion is None


def test_italian_leading_zero_is_kept() -> None:
    assert check_phone("+39 06 1234 5678").e164 == "+390612345678"


def test_national_number_parsed_in_office_region_gb() -> None:
    check = check_phone("020 7946 0958", region="GB")
    assert check.valid is True
    assert check.e164 == "+442079460958"
    assert check.international == "+44 20 7946 0958"
    assert check.region == "GB"


def test_national_number_parsed_in_office_region_fr() -> None:
    check = check_phone("01 23 45 67 89", region="fr")
    assert check.valid is True
    assert check.e164 == "+33123456789"
    assert check.line_type is LineType.FIXED_LINE


def test_national_number_without_office_country_asks_for_the_code() -> None:
    check = check_phone("01 23 45 67 89")
    assert check.valid is False
    assert check.e164 is None
    assert check.reason is not None
    assert "country calling code" in check.reason


def test_french_mobile_becomes_a_mobile_phone() -> None:
    check = check_phone("06 12 34 56 78", region="FR")
    assert check.line_type is LineType.MOBILE
    phone = parse_phone("06 12 34 56 78", region="FR")
    assert phone.kind is PhoneKind.MOBILE
    assert phone.is_mobile


def test_chinese_mobile_is_mobile() -> None:
    check = check_phone("139 1234 5678", region="CN")
    assert check.valid is True
    assert check.line_type is LineType.MOBILE
    assert check.to_phone().kind is PhoneKind.MOBILE


def test_explicit_kind_wins_over_line_type() -> None:
    phone = parse_phone("+86 139 1234 5678", kind=PhoneKind.HOME)
    assert phone.kind is PhoneKind.HOME
    assert phone.line_type is LineType.MOBILE


def test_landline_defaults_to_work() -> None:
    assert parse_phone("+86 10 5979 9695").kind is PhoneKind.WORK


# --- reasons -------------------------------------------------------------------------------


def test_letters_only_has_no_digits() -> None:
    check = check_phone("call the switchboard")
    assert check.valid is False
    assert check.e164 is None
    assert check.reason == "not a phone number: it contains no digits"


def test_unknown_calling_code() -> None:
    check = check_phone("+999 123")
    assert check.valid is False
    assert check.reason == "unknown country calling code +999"


def test_extension_alone_is_not_a_number() -> None:
    check = check_phone("Ext. 203")
    assert check.valid is False
    assert check.extension == "203"
    assert check.reason is not None
    assert "no number" in check.reason


def test_too_long_input_says_so() -> None:
    check = check_phone("1" * 150)
    assert check.valid is False
    assert check.reason is not None
    assert "too long" in check.reason


def test_huge_paste_is_refused_as_too_long() -> None:
    check = check_phone("+86 10 5979 9695\n" * 10_000)
    assert check.valid is False
    assert check.reason is not None
    assert "too long" in check.reason


def test_parse_phone_reason_without_suggestion() -> None:
    with pytest.raises(ValidationError) as raised:
        parse_phone("+999 123", field="switchboard")
    assert raised.value.field == "switchboard"
    assert raised.value.reason == "unknown country calling code +999"


# --- output forms --------------------------------------------------------------------------


def test_format_phone_default_and_french() -> None:
    assert format_phone("+861059799695", "203") == "+86 10 5979 9695 ext. 203"
    assert format_phone("+861059799695", None) == "+86 10 5979 9695"
    french = format_phone("+861059799695", "203", extension_word="poste", separator=", ")
    assert french == "+86 10 5979 9695, poste 203"


def test_format_phone_output_parses_back() -> None:
    french = format_phone("+861059799695", "203", extension_word="poste", separator=", ")
    check = check_phone(french)
    assert (check.e164, check.extension, check.valid) == ("+861059799695", "203", True)


def test_format_phone_leaves_unparseable_text_alone() -> None:
    assert format_phone("ask reception", None) == "ask reception"


def test_tel_uri() -> None:
    assert tel_uri("+861059799695", "203") == "tel:+86-10-5979-9695;ext=203"
    assert tel_uri("+861059799695", None) == "tel:+86-10-5979-9695"


def test_dial_string() -> None:
    assert dial_string("+861059799695", "203") == "+861059799695,203"
    assert dial_string("+861059799695", None) == "+861059799695"


def test_region_of() -> None:
    assert region_of("+861059799695") == "CN"
    assert region_of("+44 20 7946 0958") == "GB"
    assert region_of("+1 613 555 0143") == "CA"
    assert region_of("020 7946 0958") is None
    assert region_of("nonsense") is None


def test_phone_digits_for_search() -> None:
    assert phone_digits("+86 (10) 5979-9695 ext. 203") == "861059799695203"
    assert phone_digits("٠١٢٣ ４５") == "012345"
    assert phone_digits("no digits") == ""


# --- properties ----------------------------------------------------------------------------

PHONEISH = st.text(alphabet="0123456789 +-().x#extpos", max_size=40)
REGIONS = st.sampled_from([None, "CN", "FR", "GB", "US", "XX", "cn"])


def _assert_sound(check: PhoneCheck) -> None:
    assert isinstance(check, PhoneCheck)
    if check.valid:
        assert check.reason is None
        assert check.e164 is not None
        assert check.e164.startswith("+")
        assert phonenumbers.is_valid_number(phonenumbers.parse(check.e164, None))
    else:
        assert check.reason


@settings(max_examples=300, deadline=None)
@given(raw=st.text(), region=REGIONS)
def test_check_phone_never_raises_on_any_text(raw: str, region: str | None) -> None:
    _assert_sound(check_phone(raw, region=region, switchboard=BEIJING_SWITCHBOARD))


@settings(max_examples=300, deadline=None)
@given(raw=PHONEISH, region=REGIONS, switchboard=st.one_of(st.none(), PHONEISH))
def test_check_phone_never_raises_on_phoneish_text(
    raw: str, region: str | None, switchboard: str | None
) -> None:
    _assert_sound(check_phone(raw, region=region, switchboard=switchboard))


@settings(max_examples=300, deadline=None)
@given(raw=st.one_of(st.text(), PHONEISH), allow_invalid=st.booleans())
def test_parse_phone_returns_phone_or_raises_validation_error(
    raw: str, allow_invalid: bool
) -> None:
    result: Phone | ValidationError
    try:
        result = parse_phone(raw, region="CN", allow_invalid=allow_invalid, field="tel")
    except ValidationError as exc:
        result = exc
    if isinstance(result, ValidationError):
        assert result.field == "tel"
        assert result.reason
    else:
        assert isinstance(result, Phone)
        assert result.raw == raw
        assert result.valid or allow_invalid


# --- pasted from a web page or a signature --------------------------------------------------

SEED_PHONE_LINE = "Tél. + 86 5979 9695 Ext. 203"  # the sample release's line, word for word


@pytest.mark.parametrize(
    "raw",
    [
        SEED_PHONE_LINE,
        SAMPLE + "<br>",
        f"<p>{SEED_PHONE_LINE}</p>",
        f"{SEED_PHONE_LINE}\nEmail:",
        f"{SEED_PHONE_LINE} Email: kgormanbest@iom.int",
        "Tel: + 86 5979 9695 ext. 203",
        "Tel.&nbsp;:&nbsp;+ 86 5979 9695 Ext. 203&lt;br&gt;",
    ],
)
def test_pasted_seed_number_still_gets_the_area_code_repair(raw: str) -> None:
    check = check_phone(raw, region="CN", switchboard=BEIJING_SWITCHBOARD)
    assert not check.valid
    assert check.suggestion == "+86 10 5979 9695 ext. 203"
    assert check.suggestion_e164 == "+861059799695"
    assert check.extension == "203"


@pytest.mark.parametrize(
    "raw",
    [
        "Tel: +86 10 5979 9695",
        "+86 10 5979 9695<br>",
        "Tel: +86 10 5979 9695<br>Email:",
        "+86 10 5979 9695 (office)",
        '<a href="tel:+861059799695">+86 10 5979 9695</a>',
        '"tel:+861059799695" target="" title="">+86 10 5979 9695',  # half a tag, cut mid-copy
        "+86 10 5979 9695</a",
        "Téléphone : 010 5979 9695",
    ],
)
def test_labels_and_html_leftovers_around_a_good_number(raw: str) -> None:
    check = check_phone(raw, region="CN", switchboard=BEIJING_SWITCHBOARD)
    assert check.valid, check.reason
    assert (check.e164, check.extension) == ("+861059799695", None)
    assert check.raw == raw  # what was pasted is kept, as typed


def test_parse_phone_stores_the_pasted_label_number_as_valid() -> None:
    phone = parse_phone("Tel: +86 10 5979 9695 ext. 203<br>", region="CN")
    assert (phone.e164, phone.extension, phone.valid) == ("+861059799695", "203", True)


def test_words_glued_to_the_number_are_still_read_by_phonenumbers() -> None:
    assert check_phone("+1-800-FLOWERS").e164 == "+18003569377"


HOSTILE = st.one_of(
    st.text(),
    st.text(alphabet="<>/\"'=&;#abcdefghiptlrTé.: +-0123456789\x00\n", max_size=200),
    st.tuples(st.text(min_size=1, max_size=30), st.integers(1, 4000)).map(lambda t: t[0] * t[1]),
    st.integers(1, 100_000).map(lambda n: "<br>" * (n // 4) + "+86 10 5979 9695"),
    st.integers(1, 100_000).map(lambda n: "\x00" * n),
)


@settings(max_examples=200, deadline=None)
@given(raw=HOSTILE, region=REGIONS)
def test_hostile_pastes_give_a_check_never_an_exception(raw: str, region: str | None) -> None:
    _assert_sound(check_phone(raw, region=region, switchboard=BEIJING_SWITCHBOARD))
    reason = "no error"
    try:
        parse_phone(raw, region=region, switchboard=BEIJING_SWITCHBOARD)
    except ValidationError as exc:
        reason = exc.reason
    assert reason
