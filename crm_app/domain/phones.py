"""Phone numbers: parse what people type, say why a number is wrong, and suggest the repair.

phonenumbers is the authority on validity and formatting. This module adds what the press
releases need on top: extensions written in French and Spanish, "00" prefixes, reasons a user
can act on, and the area-code repair (`+ 86 5979 9695 Ext. 203` at IOM Beijing, whose
switchboard is `+86 10 5979 9600`, is `+86 10 5979 9695 ext. 203`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat
from phonenumbers import PhoneNumberType as PNType
from phonenumbers import ValidationResult as PNPossible

from crm_app.domain.errors import ValidationError
from crm_app.domain.messages import Message, msg
from crm_app.domain.records import LineType, Phone, PhoneKind

# Numbers from 150 countries overflow the re module's 512-pattern cache and recompile on
# every card of a large import; recent phonenumbers can keep its compiled patterns instead.
_keep_patterns = getattr(phonenumbers, "enable_pattern_cache", None)
if _keep_patterns is not None:
    _keep_patterns()

# Words that introduce an extension at the end of a number, case-insensitive, optionally
# followed by "." and/or ":" ("Ext. 203", "ext:203", "x203", "poste 203", "#203").
# A bare ", 203" is deliberately not one: a comma is a dialling pause or a list separator.
EXTENSION_WORDS: tuple[str, ...] = ("extensión", "extension", "extn", "ext", "poste", "x", "#")

_ALPHA_WORDS = "|".join(
    re.escape(word)
    for word in sorted((w for w in EXTENSION_WORDS if w.isalpha()), key=len, reverse=True)
)
_EXTENSION_RE = re.compile(
    r"[\s,;]*"
    rf"(?:(?<![^\W\d_])(?:{_ALPHA_WORDS})(?![^\W\d_])\.?|\#)"  # the word, not inside a word
    r"\s*[:.=]?\s*"
    r"([0-9]{1,10})"
    r"\s*\#?\s*$",
    re.IGNORECASE,
)
# Digits after a comma or semicolon, which phonenumbers would read as an extension.
_PAUSE_DIGITS_RE = re.compile(r"[,;]\s*[0-9]+\s*#?\s*$")
_HTML_TAG_RE = re.compile(r"<[^<>]*>")
_LEADING_00_RE = re.compile(r"^([^0-9+]*)00\s*(?=[1-9])")

# Longer than this is not a phone number but a paste gone wrong; say so instead of parsing.
MAX_INPUT_LENGTH = 100
_MAX_RAW_LENGTH = 10 * MAX_INPUT_LENGTH  # before invisible marks and tags are dropped

_LINE_TYPES: dict[int, LineType] = {
    PNType.FIXED_LINE: LineType.FIXED_LINE,
    PNType.MOBILE: LineType.MOBILE,
    PNType.FIXED_LINE_OR_MOBILE: LineType.FIXED_LINE_OR_MOBILE,
    PNType.TOLL_FREE: LineType.TOLL_FREE,
    PNType.VOIP: LineType.VOIP,
    PNType.UNKNOWN: LineType.UNKNOWN,
}
_GEOGRAPHIC_TYPES = (PNType.FIXED_LINE, PNType.FIXED_LINE_OR_MOBILE)
_NOT_A_COUNTRY = ("001", "ZZ")


@dataclass(frozen=True, slots=True)
class PhoneCheck:
    """Everything known about one typed number; `reason` and `suggestion` are for the user."""

    raw: str
    valid: bool
    possible: bool
    e164: str | None
    extension: str | None
    international: str | None
    region: str | None
    line_type: LineType
    reason: Message | None
    suggestion: str | None
    suggestion_e164: str | None

    def to_phone(self, kind: PhoneKind | None = None) -> Phone:
        """The record to store; without a kind, a mobile line is MOBILE and anything else WORK."""
        if kind is None:
            kind = PhoneKind.MOBILE if self.line_type is LineType.MOBILE else PhoneKind.WORK
        return Phone(
            kind=kind,
            raw=self.raw,
            e164=self.e164,
            extension=self.extension,
            valid=self.valid,
            line_type=self.line_type,
        )


# --- text clean-up -------------------------------------------------------------------------


def _ascii_digits(text: str) -> str:
    """`text` with every Unicode decimal digit (Arabic-Indic, full-width, …) made ASCII."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        value = unicodedata.decimal(ch, -1) if not ch.isascii() else -1
        out.append(str(value) if value >= 0 else ch)
    return "".join(out)


def _without_markup(text: str) -> str:
    """`text` less its tags, and less the ends of tags cut in half by a copy from a page's
    source: in `"tel:+861059799695" target="">+86 10 5979 9695` the number is after the ">"."""
    if "<" in text:
        text = _HTML_TAG_RE.sub(" ", text)
    if ">" in text:
        after = text.rpartition(">")[2]
        if phone_digits(after):
            text = after
    if "<" in text:
        before = text.partition("<")[0]
        if phone_digits(before):
            text = before
    return text


def _without_trailing_words(text: str) -> str:
    """`text` less words after its last digit: "(office)", "Email:", the rest of a pasted line.

    Words glued to the number stay ("1-800-FLOWERS", "9695ext"): phonenumbers reads those.
    """
    last = max(text.rfind(digit) for digit in "0123456789")
    tail = text[last + 1 :]
    if last < 0 or not any(ch.isalpha() for ch in tail) or tail[:1].isalpha() or tail[:1] in "-.":
        return text
    return text[: last + 1]


def _clean(raw: str) -> str:
    """Fold look-alikes (full-width "+", NBSP) and drop invisible marks (RTL, zero-width, NUL).

    Tags, entities and words after the number go too: numbers are often copied out of a web
    page's source or a signature ("Tél. + 86 5979 9695 Ext. 203<br>Email:"). Words before
    the number ("Tel:", "Tél.") are left to phonenumbers, which starts at the first digit.
    """
    if raw.isascii() and raw.isprintable() and not any(sign in raw for sign in "<>&"):
        # Most numbers: nothing to fold, drop or unescape (the rest below is a no-op).
        return _without_trailing_words(raw).strip()
    text = _without_markup(raw)
    if "&" in text:
        text = _without_markup(html.unescape(text))  # "&lt;br&gt;" is a tag once unescaped
    text = unicodedata.normalize("NFKC", text)
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch.isspace() or category.startswith("Z"):
            kept.append(" ")
        elif category[0] != "C":
            kept.append(ch)
    return _without_trailing_words(_ascii_digits("".join(kept))).strip()


def _split_extension(text: str) -> tuple[str, str | None]:
    """(number, extension digits), by EXTENSION_WORDS: "poste 203" counts, ", 203" does not."""
    match = _EXTENSION_RE.search(text)
    if match is None:
        return text, None
    return text[: match.start()].rstrip(), match.group(1)


def _international_prefix(text: str) -> str:
    """Read a leading "00" as "+": it is the international prefix almost everywhere."""
    return _LEADING_00_RE.sub(r"\1+", text, count=1)


def phone_digits(text: str) -> str:
    """Only the digits, ASCII, for searching ("+86 10 5979-9695" → "861059799695")."""
    return "".join(ch for ch in _ascii_digits(text) if "0" <= ch <= "9")


# --- phonenumbers helpers ------------------------------------------------------------------


def _supported_region(region: str | None) -> str | None:
    if region is None:
        return None
    code = region.strip().upper()
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


def _parse(text: str, region: str | None) -> PhoneNumber:
    """phonenumbers.parse, with our clean-up; raises NumberParseException only."""
    try:
        return phonenumbers.parse(text, region)
    except NumberParseException:
        raise
    except (ValueError, IndexError, TypeError) as exc:  # defensive: odd text, library bug
        raise NumberParseException(NumberParseException.NOT_A_NUMBER, str(exc)) from exc


def _without_extension(number: PhoneNumber) -> PhoneNumber:
    bare = PhoneNumber()
    bare.merge_from(number)
    bare.extension = None
    return bare


def _international(number: PhoneNumber, extension: str | None) -> str:
    text = phonenumbers.format_number(_without_extension(number), PhoneNumberFormat.INTERNATIONAL)
    return f"{text} ext. {extension}" if extension else text


def _e164(number: PhoneNumber) -> str:
    return phonenumbers.format_number(_without_extension(number), PhoneNumberFormat.E164)


def _number_region(number: PhoneNumber, hint: str | None, region: str | None) -> str | None:
    """The number's country (`region`, phonenumbers' region_code_for_number); for an invalid
    number, the one its calling code can only mean."""
    if region and region not in _NOT_A_COUNTRY:
        return region
    regions = phonenumbers.region_codes_for_country_code(number.country_code or 0)
    if hint is not None and hint in regions:
        return hint
    if len(regions) == 1 and regions[0] not in _NOT_A_COUNTRY:
        return regions[0]
    return None


def _plan(country_code: int, region: str | None) -> Message:
    """Where a number belongs in a reason: "China (+86)", or "country code +1" if unknown."""
    if region is None:
        return msg("country code +{code}", code=country_code)
    return msg("{country} (+{code})", country=region, code=country_code)


def _parse_error_reason(exc: NumberParseException, text: str) -> Message:
    digits = phone_digits(text)
    if not digits:
        return msg("not a phone number: it contains no digits")
    if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE:
        plus = text.find("+")
        if plus >= 0 and not phone_digits(text[:plus]):
            return msg("unknown country calling code +{code}", code=phone_digits(text[plus:])[:3])
        return msg(
            "the number has no country calling code: start it with + and the code"
            " (e.g. +86), or give the office a country"
        )
    if exc.error_type == NumberParseException.TOO_SHORT_AFTER_IDD:
        return msg("the number is too short after the international prefix")
    if exc.error_type == NumberParseException.TOO_SHORT_NSN or len(digits) < 3:
        return msg("the number is too short")
    if exc.error_type == NumberParseException.TOO_LONG:
        return msg("the number is too long")
    return msg("not a phone number: it contains characters a phone number cannot have")


def _invalid_reason(number: PhoneNumber, region: str | None) -> Message:
    plan = _plan(number.country_code or 0, region)
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible == PNPossible.INVALID_COUNTRY_CODE:
        return msg("unknown country calling code +{code}", code=number.country_code)
    if possible == PNPossible.TOO_SHORT:
        return msg("the number is too short for {plan}", plan=plan)
    if possible == PNPossible.IS_POSSIBLE_LOCAL_ONLY:
        return msg("the number is too short for {plan}: it looks like a local number", plan=plan)
    if possible == PNPossible.TOO_LONG:
        return msg("the number is too long for {plan}", plan=plan)
    if possible == PNPossible.INVALID_LENGTH:
        return msg("the number has the wrong number of digits for {plan}", plan=plan)
    return msg("the number is not valid for {plan}", plan=plan)


def _parse_switchboard(switchboard: str | None, region: str | None) -> PhoneNumber | None:
    """The office switchboard as a valid number, or None: a bad one must not drive a repair."""
    if not switchboard:
        return None
    text = "" if len(switchboard) > _MAX_RAW_LENGTH else _clean(switchboard)
    if not text or len(text) > MAX_INPUT_LENGTH:
        return None
    main, _ = _split_extension(text)
    try:
        number = _parse(_international_prefix(main), region)
    except NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _with_area_code(number: PhoneNumber, switchboard: PhoneNumber | None) -> PhoneNumber | None:
    """The number with the switchboard's area code inserted, when that makes a valid line.

    People drop the area code when they copy an office's internal directory; the office's
    switchboard says which one it was.
    """
    if switchboard is None or switchboard.country_code != number.country_code:
        return None
    area_length = phonenumbers.length_of_geographical_area_code(switchboard)
    if area_length <= 0:
        return None
    area = phonenumbers.national_significant_number(switchboard)[:area_length]
    national = phonenumbers.national_significant_number(number)
    try:
        candidate = phonenumbers.parse(f"+{number.country_code}{area}{national}", None)
    except NumberParseException:
        return None
    if not phonenumbers.is_valid_number(candidate):
        return None
    # An area code makes a geographic line in the switchboard's own country, nothing else.
    if phonenumbers.number_type(candidate) not in _GEOGRAPHIC_TYPES:
        return None
    if phonenumbers.region_code_for_number(candidate) != phonenumbers.region_code_for_number(
        switchboard
    ):
        return None
    return candidate


# --- public API ----------------------------------------------------------------------------


def _failed(raw: str, reason: Message, extension: str | None = None) -> PhoneCheck:
    return PhoneCheck(
        raw=raw,
        valid=False,
        possible=False,
        e164=None,
        extension=extension,
        international=None,
        region=None,
        line_type=LineType.UNKNOWN,
        reason=reason,
        suggestion=None,
        suggestion_e164=None,
    )


def check_phone(
    raw: str, *, region: str | None = None, switchboard: str | None = None
) -> PhoneCheck:
    """Parse `raw` as typed at an office in `region` whose switchboard is `switchboard`.

    Never raises: whatever was typed, the answer says what is wrong with it and, when the
    switchboard's area code repairs it, what was probably meant.
    """
    return _check(raw, region, switchboard, for_display=True)[0]


def _check(
    raw: str, region: str | None, switchboard: str | None, *, for_display: bool
) -> tuple[PhoneCheck, bool]:
    """check_phone, and whether `raw` was empty. Without `for_display` the international
    spelling is left out (None): storing a number does not need it, and it costs as much
    as validating."""
    # A huge paste is refused before the clean-up walks through it.
    text = "" if len(raw) > _MAX_RAW_LENGTH else _clean(raw)
    # Nothing but blanks and invisible marks.
    if not raw.strip() or (len(raw) <= _MAX_RAW_LENGTH and not text):
        return _failed(raw, msg("the number is empty")), True
    if not text or len(text) > MAX_INPUT_LENGTH:
        return _failed(
            raw,
            msg(
                "too long to be a phone number (more than {limit} characters)",
                limit=MAX_INPUT_LENGTH,
            ),
        ), False
    office_region = _supported_region(region)
    main, extension = _split_extension(text)
    if not phone_digits(main):
        if extension is not None:
            only = msg("there is only an extension, no number before it")
            return _failed(raw, only, extension), False
        return _failed(raw, msg("not a phone number: it contains no digits")), False
    main = _international_prefix(main)
    try:
        number = _parse(main, office_region)
    except NumberParseException as exc:
        return _failed(raw, _parse_error_reason(exc, main), extension), False

    pause_digits = None
    if extension is None and number.extension:
        if _PAUSE_DIGITS_RE.search(main):
            pause_digits = number.extension
        else:  # a spelling phonenumbers knows and we do not: "~203", "anexo 203", ";ext=203"
            extension = number.extension
    if extension is not None:
        extension = phone_digits(extension) or None

    # Looked up once: for a shared calling code (+1) it tries each region's patterns.
    region_code = phonenumbers.region_code_for_number(number)
    number_region = _number_region(number, office_region, region_code)
    # The number's type, found once, says whether it is valid too: is_valid_number asks
    # the same question of the same region's patterns (UNKNOWN is "invalid").
    kind = (
        phonenumbers.number_type(number)
        if region_code is not None
        else phonenumbers.PhoneNumberType.UNKNOWN
    )
    valid = kind != phonenumbers.PhoneNumberType.UNKNOWN and pause_digits is None
    reason: Message | None = None
    suggestion: str | None = None
    suggestion_e164: str | None = None
    if pause_digits is not None:
        reason = msg(
            "the digits after the comma ({digits}) are not read as an extension;"
            " write 'ext. {digits}' if that is what they are",
            digits=pause_digits,
        )
    elif not valid:
        repaired = _with_area_code(number, _parse_switchboard(switchboard, office_region))
        if repaired is not None:
            area = phonenumbers.national_significant_number(repaired)[
                : phonenumbers.length_of_geographical_area_code(repaired)
            ]
            plan = _plan(number.country_code or 0, number_region)
            reason = msg(
                "the number is too short for {plan}: the area code ({area}) is missing",
                plan=plan,
                area=area,
            )
            suggestion = _international(repaired, extension)
            suggestion_e164 = _e164(repaired)
        else:
            reason = _invalid_reason(number, number_region)
    return PhoneCheck(
        raw=raw,
        valid=valid,
        possible=phonenumbers.is_possible_number(number),
        e164=_e164(number),
        extension=extension,
        international=_international(number, extension) if for_display else None,
        region=number_region,
        line_type=_LINE_TYPES.get(kind, LineType.OTHER) if valid else LineType.UNKNOWN,
        reason=reason,
        suggestion=suggestion,
        suggestion_e164=suggestion_e164,
    ), False


def parse_phone(
    raw: str,
    *,
    region: str | None = None,
    switchboard: str | None = None,
    kind: PhoneKind | None = None,
    allow_invalid: bool = False,
    field: str = "phone",
) -> Phone:
    """The Phone to store, or ValidationError naming `field` with the reason and suggestion.

    With `allow_invalid` an invalid number is kept but flagged (valid=False, raw kept), so it
    is never dropped silently nor stored as if it were valid. Empty input is always refused.
    """
    check, empty = _check(raw, region, switchboard, for_display=False)
    if empty:
        raise ValidationError(field, msg("is empty"))
    if check.valid:
        return check.to_phone(kind)
    if allow_invalid and len(raw.strip()) <= MAX_INPUT_LENGTH:
        return check.to_phone(kind)  # kept whole as typed, flagged; a longer text is no number
    reason = check.reason or msg("is not a valid phone number")
    if check.suggestion:
        reason = msg(
            "{reason}; did you mean {suggestion}?", reason=reason, suggestion=check.suggestion
        )
    raise ValidationError(field, reason)


def _parse_stored(e164: str) -> PhoneNumber | None:
    text = "" if len(e164) > _MAX_RAW_LENGTH else _clean(e164)
    if not text or len(text) > MAX_INPUT_LENGTH:
        return None
    try:
        return _parse(_international_prefix(_split_extension(text)[0]), None)
    except NumberParseException:
        return None


def format_phone(
    e164: str, extension: str | None, *, extension_word: str = "ext.", separator: str = " "
) -> str:
    """International format for print: "+86 10 5979 9695" + separator + word + " " + extension.

    The extension word and separator come from the block's language ("poste", ", " in French).
    A number that does not parse is printed as stored, with its extension.
    """
    number = _parse_stored(e164)
    text = e164 if number is None else _international(number, None)
    ext = phone_digits(extension) if extension else ""
    return f"{text}{separator}{extension_word} {ext}" if ext else text


def tel_uri(e164: str, extension: str | None) -> str:
    """RFC 3966 URI for vCard 4.0 and links: "tel:+86-10-5979-9695;ext=203"."""
    ext = phone_digits(extension) if extension else ""
    number = _parse_stored(e164)
    if number is None:
        plus = "+" if e164.strip().startswith("+") else ""
        uri = f"tel:{plus}{phone_digits(e164)}"
        return f"{uri};ext={ext}" if ext else uri
    number = _without_extension(number)
    number.extension = ext or None
    return phonenumbers.format_number(number, PhoneNumberFormat.RFC3966)


def dial_string(e164: str, extension: str | None) -> str:
    """What a phone dials: "+861059799695,203" (the comma waits before the extension)."""
    number = _parse_stored(e164)
    if number is None:
        plus = "+" if e164.strip().startswith("+") else ""
        dial = f"{plus}{phone_digits(e164)}"
    else:
        dial = _e164(number)
    ext = phone_digits(extension) if extension else ""
    return f"{dial},{ext}" if ext else dial


def region_of(e164_or_raw: str) -> str | None:
    """The ISO country of an international number ("+86 …" → "CN"), None when it cannot tell."""
    number = _parse_stored(e164_or_raw)
    if number is None:
        return None
    return _number_region(number, None, phonenumbers.region_code_for_number(number))
