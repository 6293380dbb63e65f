"""vCard export (3.0, 4.0, Outlook-flavoured 3.0) and streaming import (2.1, 3.0, 4.0).

Export is a plain string writer, not vobject: it is exact (golden-testable) and an order of
magnitude faster. What export does with awkward text, so that a round trip is predictable:

- CR and CRLF become LF (written as ``\\n``); other C0 control characters and DEL are dropped
  (RFC 6350 allows only TAB among them); lone surrogates become U+FFFD.
- Leading and trailing spaces are kept; empty titles, notes and languages are not written.
- Phones that parsed are written in international form (``+86 10 5979 9695 ext. 203``, or a
  ``tel:`` URI in 4.0); phones that did not are written with the text that was typed, stripped.
- Lines are folded at 75 octets between UTF-8 characters, with CRLF line ends.
- 4.0 escapes ``;`` only in compound values (N, ORG, ADR), as RFC 6350 §3.4 allows: ical.js,
  Thunderbird's parser, leaves ``\\;`` as it is in FN, TITLE or NOTE. 3.0 escapes it everywhere
  (RFC 2426), which Google, Apple and Outlook expect.
- FN follows the contact's name order ("Li Wei" when written family first); ADR holds the
  office's city and country, the country named in the export's language.

Import cuts the byte stream into cards at ``BEGIN:VCARD``/``END:VCARD`` without ever holding
more than one card (bounded by ``max_card_bytes``), unfolds lines, and tokenises each property
line with vobject's line parser. It does not use ``vobject.readOne`` because, in vobject 0.9.9:

- every property without its own behaviour (NOTE, TITLE, TEL, UID, X-...) keeps only the text
  before the first unescaped comma, silently truncating vCard 2.1 notes, where Outlook does not
  escape commas (py-vobject/vobject#55, skarim/vobject#140);
- its line regex backtracks exponentially on a malformed parameter list (a 55-character line
  takes ~40 s), so each line is first checked against the same grammar with a linear-time
  regex and only then handed to vobject.parseLine;
- with allowQP=True, which 2.1 quoted-printable needs, a folded continuation line made only of
  spaces ends the logical line and the card fails to parse.

Unescaping, quoted-printable and charset decoding are therefore done here, per vCard version.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, Final, NamedTuple, Protocol
from urllib.parse import unquote

import phonenumbers
import vobject.base

from crm_app.domain.countries import country_name
from crm_app.domain.errors import ValidationError
from crm_app.domain.incoming import IncomingContact, RecordPlace
from crm_app.domain.messages import Message, msg
from crm_app.domain.records import (
    DEFAULT_LANGUAGE,
    ContactKind,
    EmailKind,
    OfficeRef,
    PhoneKind,
    full_name,
)

__all__ = [
    "PRODID",
    "CardContact",
    "CardProblem",
    "IncomingContact",
    "ReadReport",
    "VCardFile",
    "VCardProfile",
    "VCardVersion",
    "clean_text",
    "phone_text",
    "read_cards",
    "write_card",
    "write_cards",
]

PRODID: Final = "-//Press Contacts//CRM App//EN"


class VCardVersion(StrEnum):
    V3 = "3.0"
    V4 = "4.0"


class VCardProfile(StrEnum):
    STANDARD = "standard"
    OUTLOOK = "outlook"


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------


class CardPhone(Protocol):
    @property
    def kind(self) -> str: ...  # a PhoneKind value
    @property
    def raw(self) -> str: ...
    @property
    def e164(self) -> str | None: ...
    @property
    def extension(self) -> str | None: ...
    @property
    def valid(self) -> bool: ...


class CardEmail(Protocol):
    @property
    def kind(self) -> str: ...  # an EmailKind value
    @property
    def address(self) -> str: ...


class CardContact(Protocol):
    """What a card is written from: a `Contact` record, or a stored contact's plain values
    (domain.values.ContactValues) when exporting many."""

    @property
    def uid(self) -> str: ...
    @property
    def given(self) -> str: ...
    @property
    def family(self) -> str: ...
    @property
    def honorific(self) -> str: ...
    @property
    def family_first(self) -> bool: ...
    @property
    def kind(self) -> str: ...  # a ContactKind value
    @property
    def languages(self) -> Sequence[str]: ...
    @property
    def notes(self) -> str: ...
    @property
    def active(self) -> bool: ...
    @property
    def last_verified(self) -> date | None: ...
    @property
    def updated_at(self) -> datetime | None: ...
    @property
    def office(self) -> OfficeRef | None: ...
    @property
    def titles(self) -> Mapping[str, str]: ...
    @property
    def phones(self) -> Sequence[CardPhone]: ...
    @property
    def emails(self) -> Sequence[CardEmail]: ...


_FOLD_OCTETS: Final = 75
_CONTROL_RE: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")
_UUID_RE: Final = re.compile(r"[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}")
_NON_DIGITS_RE: Final = re.compile(r"[^0-9]+")
_NEEDS_ESCAPE_RE: Final = re.compile(r"[\\;,\n]")
_NEEDS_ESCAPE_V4_RE: Final = re.compile(r"[\\,\n]")

# TYPE parameters per kind. OTHER is not a registered type: other clients ignore it (Outlook
# files a bare VOICE under "other"), and it keeps the kind through our own round trip.
_TEL_TYPES_V3: Final[Mapping[str, str]] = {
    PhoneKind.WORK: "WORK,VOICE",
    PhoneKind.MOBILE: "CELL,VOICE",
    PhoneKind.FAX: "WORK,FAX",
    PhoneKind.HOME: "HOME,VOICE",
    PhoneKind.OTHER: "OTHER,VOICE",
}
_TEL_TYPES_V4: Final[Mapping[str, str]] = {
    PhoneKind.WORK: "work,voice",
    PhoneKind.MOBILE: "cell",
    PhoneKind.FAX: "work,fax",
    PhoneKind.HOME: "home,voice",
    PhoneKind.OTHER: "other,voice",
}
_EMAIL_TYPES_V3: Final[Mapping[str, str]] = {
    EmailKind.WORK: "INTERNET,WORK",
    EmailKind.HOME: "INTERNET,HOME",
    EmailKind.OTHER: "INTERNET,OTHER",
}
_EMAIL_TYPES_V4: Final[Mapping[str, str]] = {
    EmailKind.WORK: "work",
    EmailKind.HOME: "home",
    EmailKind.OTHER: "other",
}


def clean_text(value: str) -> str:
    """The text export writes for `value`: LF line ends, no control characters but TAB/LF."""
    if value.isprintable():
        return value
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL_RE.sub("", value)
    return _SURROGATE_RE.sub("\ufffd", value)


def _escape(value: str) -> str:
    """RFC 2426/6350 text escaping of an already cleaned value."""
    if _NEEDS_ESCAPE_RE.search(value) is None:  # most values: one scan instead of four
        return value
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _escape_v4(value: str) -> str:
    """RFC 6350 escaping of a cleaned value that is not compound: ';' stays as it is."""
    if _NEEDS_ESCAPE_V4_RE.search(value) is None:
        return value
    return value.replace("\\", "\\\\").replace(",", "\\,").replace("\n", "\\n")


def _text(value: str) -> str:
    if value.isprintable() and _NEEDS_ESCAPE_RE.search(value) is None:
        return value  # the common case, without two calls
    return _escape(clean_text(value))


@functools.lru_cache(maxsize=1024)  # a few language codes, again and again
def _param(value: str) -> str:
    """A parameter value: no quotes or line breaks possible, so drop them; quote if needed."""
    value = clean_text(value).replace('"', "").replace("\n", " ")
    if any(c in value for c in ";:,"):
        return f'"{value}"'
    return value


class _NationalRule(NamedTuple):
    leading: re.Pattern[str] | None
    pattern: re.Pattern[str]
    template: str  # phonenumbers' re.sub template, \\1 \\2
    layout: str  # the same as a str.format layout, {0} {1}: 10x faster than re's expansion


def _layout(template: str) -> str:
    escaped = template.replace("{", "{{").replace("}", "}}")
    return re.sub(r"\\(\d)", lambda m: "{" + str(int(m.group(1)) - 1) + "}", escaped)


@functools.cache
def _national_rules(country_code: int) -> tuple[_NationalRule, ...] | None:
    """phonenumbers' international formatting rules for a calling code, compiled once.

    phonenumbers.format_number costs 12-25 µs a call, mostly generic overhead; choosing the
    rule the same way from pre-compiled patterns costs ~2 µs. Tests compare both for every
    region's example numbers.
    """
    if country_code not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        return None
    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        country_code, region.upper()
    )
    if metadata is None:
        return None
    formats = metadata.intl_number_format or metadata.number_format
    return tuple(
        _NationalRule(
            re.compile(f.leading_digits_pattern[-1]) if f.leading_digits_pattern else None,
            re.compile(f.pattern),
            f.format,
            _layout(f.format),
        )
        for f in formats
        if f.pattern is not None and f.format is not None  # always set in the metadata
    )


@functools.cache
def _calling_code(prefix: str) -> tuple[int, str, tuple[_NationalRule, ...]] | None:
    """(its length in digits, "+86 ", its rules) of the calling code an E.164 number's first
    three digits begin with: calling codes are prefix-free, so these decide it."""
    for size in (1, 2, 3):
        country_code = int(prefix[:size])
        rules = _national_rules(country_code)
        if rules is not None:
            return size, f"+{country_code} ", rules
    return None


def _international(e164: str) -> tuple[str, str] | None:
    """("+86 ", "10 5979 9695"): the calling code and the national number as written
    internationally, of an E.164 number (without extension)."""
    digits = e164[1:]
    if not (e164.startswith("+") and digits.isascii() and digits.isdigit()):
        return None
    found = _calling_code(digits[:3])
    if found is None:
        return None
    size, code, rules = found
    national = digits[size:]
    if not national:
        return None
    for leading, pattern, template, layout in rules:
        # The first rule whose leading digits and whole pattern fit, as phonenumbers picks.
        if leading is not None and leading.match(national) is None:
            continue
        match = pattern.match(national)
        if match is None:  # then no full match either
            continue
        if match.end() == len(national):
            return code, layout.format(*match.groups(""))
        if pattern.fullmatch(national) is not None:
            # What phonenumbers does (re.sub), for patterns whose first match is short.
            return code, pattern.sub(template, national)
    return code, national


@functools.lru_cache(maxsize=4096)
def _phone_forms(e164: str) -> tuple[str, str] | None:
    """International text and RFC 3966 URI (both without extension) of an E.164 number."""
    found = _international(e164)
    if found is None:
        return None
    code, formatted = found
    uri_part = _NON_DIGITS_RE.sub("-", formatted.lstrip(" -./()")).rstrip("-")
    return code + formatted, f"tel:{code.rstrip()}-{uri_part}"


def _tel_text(phone: CardPhone) -> str | None:
    """The value of a 3.0 TEL line (not escaped), or None when there is nothing to write:
    what _tel gives, without the URI that 3.0 never writes."""
    if phone.valid and phone.e164:
        found = _international(phone.e164)
        if found is not None:
            extension = phone.extension
            text = found[0] + found[1]
            return f"{text} ext. {extension}" if extension else text
    return _tel_fallback(phone)


def phone_text(phone: CardPhone) -> str | None:
    """A phone as an export writes it for people: international form with its extension
    ("+86 10 5979 9695 ext. 203"), else what was typed; None when there is nothing."""
    return _tel_text(phone)


def _tel(phone: CardPhone, v4: bool) -> tuple[bool, str] | None:
    """(is_uri, value) for a TEL line, or None when there is nothing to write."""
    extension = phone.extension or ""
    if phone.valid and phone.e164:
        forms = _phone_forms(phone.e164)
        if forms is not None:
            text, uri = forms
            if v4 and (not extension or (extension.isascii() and extension.isdigit())):
                return True, f"{uri};ext={extension}" if extension else uri
            return False, f"{text} ext. {extension}" if extension else text
    fallback = _tel_fallback(phone)
    return None if fallback is None else (False, fallback)


def _tel_fallback(phone: CardPhone) -> str | None:
    """Never lose a number: what was typed, else whatever E.164 there is."""
    raw = clean_text(phone.raw).strip()
    if raw:
        return raw
    if phone.e164:
        extension = phone.extension
        return f"{phone.e164} ext. {extension}" if extension else phone.e164
    return None


# pycountry looks the code up each time; an export names the same few countries again and again.
_country_name: Final = functools.lru_cache(maxsize=1024)(country_name)


def _rev(moment: datetime) -> str:
    """UTC timestamp, 20261127T101500Z; a naive datetime is taken as UTC already."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    # Not strftime: it does not zero-pad years before 1000 on every platform. isoformat
    # does ("0999-01-02T03:04:05", then any microseconds and offset, cut off here).
    return moment.isoformat()[:19].replace("-", "").replace(":", "") + "Z"


def _fold(line: str) -> str:
    """Fold one content line at 75 octets, never inside a UTF-8 sequence."""
    if len(line) <= _FOLD_OCTETS and line.isascii():
        return line
    data = line.encode("utf-8")
    if len(data) <= _FOLD_OCTETS:
        return line
    pieces: list[str] = []
    start, limit, size = 0, _FOLD_OCTETS, len(data)
    while size - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: back up to the character start
            cut -= 1
        pieces.append(data[start:cut].decode("utf-8"))
        start, limit = cut, _FOLD_OCTETS - 1  # continuation lines spend one octet on the space
    pieces.append(data[start:].decode("utf-8"))
    return "\r\n ".join(pieces)


def _check_options(
    version: VCardVersion | str, profile: VCardProfile | str
) -> tuple[VCardVersion, VCardProfile]:
    """The options as enum members (callers may pass "4.0" / "outlook"), checked together."""
    try:
        version = VCardVersion(version)
    except ValueError as error:
        choices = ", ".join(v.value for v in VCardVersion)
        raise ValidationError(
            "version",
            msg("'{value}' is not a vCard version; use {choices}", value=version, choices=choices),
        ) from error
    try:
        profile = VCardProfile(profile)
    except ValueError as error:
        choices = ", ".join(p.value for p in VCardProfile)
        raise ValidationError(
            "profile",
            msg("'{value}' is not a vCard profile; use {choices}", value=profile, choices=choices),
        ) from error
    if profile is VCardProfile.OUTLOOK and version is not VCardVersion.V3:
        raise ValidationError(
            "profile", msg("the Outlook profile writes vCard 3.0; CHARSET is not allowed in 4.0")
        )
    return version, profile


class _Style(NamedTuple):
    """What depends on the version and profile only, worked out once per export."""

    v4: bool
    head: str  # BEGIN, VERSION and PRODID, with their line ends
    cs: str  # ";CHARSET=utf-8" for Outlook
    single: Callable[[str], str]  # escaping of values that are not compound (FN, NOTE, ...)
    tel_types: Mapping[str, str]
    email_types: Mapping[str, str]
    pref: str  # the first phone's and e-mail's preference mark


def _style(version: VCardVersion, profile: VCardProfile) -> _Style:
    v4 = version is VCardVersion.V4
    return _Style(
        v4=v4,
        head=f"BEGIN:VCARD\r\nVERSION:{version.value}\r\nPRODID:{PRODID}\r\n",
        cs=";CHARSET=utf-8" if profile is VCardProfile.OUTLOOK else "",
        # See the module's notes on ';'.
        single=_escape_v4 if v4 else _escape,
        tel_types=_TEL_TYPES_V4 if v4 else _TEL_TYPES_V3,
        email_types=_EMAIL_TYPES_V4 if v4 else _EMAIL_TYPES_V3,
        pref=";PREF=1" if v4 else "",
    )


_OFFICES_KEPT: Final = 4096
# By id(): (the office, its name, the ORG line, the ADR line) for one export's options.
_OfficeLines = dict[int, tuple[OfficeRef | None, str, str | None, str | None]]


def _office_lines(
    office: OfficeRef | None, style: _Style, organisation: str, language: str
) -> tuple[str, str | None, str | None]:
    """The office's name, and the ORG and ADR lines (None when not written) of its cards."""
    cs = style.cs
    office_name = office.name(language) if office is not None else ""
    org_line = None
    if organisation and office_name:
        org_line = f"ORG{cs}:{_text(organisation)};{_text(office_name)}"
    elif organisation or office_name:
        org_line = f"ORG{cs}:{_text(organisation or office_name)}"
    adr_line = None
    if office is not None and (office.city or office.country):
        adr_type = "work" if style.v4 else "WORK"
        # A country name, not the ISO code: clients show this field as it is.
        country = _country_name(office.country, language) if office.country else ""
        adr_line = f"ADR;TYPE={adr_type}{cs}:;;;{_text(office.city)};;;{_text(country)}"
    return office_name, org_line, adr_line


@functools.lru_cache(maxsize=1024)  # a few combinations, for everyone
def _languages(codes: tuple[str, ...], v4: bool) -> tuple[str, ...]:
    escape = _escape_v4 if v4 else _escape
    return tuple(escape(clean_text(code)) for code in codes if code.strip())


def _render(
    contact: CardContact,
    style: _Style,
    organisation: str,
    now: datetime,
    language: str,
    offices: _OfficeLines,
) -> str:
    """One card as a str with CRLF line ends (including the last)."""
    v4, cs, single = style.v4, style.cs, style.single
    given, family = clean_text(contact.given), clean_text(contact.family)
    office = contact.office
    cached = offices.get(id(office))
    if cached is None or cached[0] is not office:  # the id of an office since gone
        if len(offices) >= _OFFICES_KEPT:
            offices.clear()
        cached = offices[id(office)] = (
            office,
            *_office_lines(office, style, organisation, language),
        )
    _, office_name, org_line, adr_line = cached

    lines = []
    uid = contact.uid
    if uid:
        if not v4:
            lines.append("UID:" + _text(uid))
        elif _UUID_RE.fullmatch(uid):
            lines.append("UID:urn:uuid:" + uid)  # 4.0 UID is a URI
        else:
            lines.append("UID;VALUE=text:" + _escape_v4(clean_text(uid)))
    if v4:
        lines.append("KIND:individual")
    lines.append(f"N{cs}:{_escape(family)};{_escape(given)};;{_text(contact.honorific)};")
    display = full_name(given, family, contact.family_first)
    if not display:  # FN is required and a blank one shows as an empty entry in clients
        addresses = (clean_text(e.address).strip() for e in contact.emails)
        display = next((a for a in addresses if a), clean_text(office_name or organisation))
    lines.append(f"FN{cs}:{single(display)}")
    if org_line is not None:
        lines.append(org_line)

    if contact.titles:
        titles = [(lang, title) for lang, t in contact.titles.items() if (title := clean_text(t))]
        if len(titles) > 1 and titles[0][0] != DEFAULT_LANGUAGE:
            titles.sort(key=_not_english)  # English first, stable otherwise
        if v4:
            altid = ";ALTID=1" if len(titles) > 1 else ""
            lines.extend(
                f"TITLE{altid};LANGUAGE={_param(lang)}:{_escape_v4(title)}"
                for lang, title in titles
            )
        elif titles:
            # One TITLE for clients (English, else the first, labelled); the rest X-CRM-TITLE.
            lang, title = titles[0]
            label = "" if lang == DEFAULT_LANGUAGE else f";LANGUAGE={_param(lang)}"
            lines.append(f"TITLE{label}{cs}:{_escape(title)}")
            lines.extend(
                f"X-CRM-TITLE;LANGUAGE={_param(lang)}{cs}:{_escape(title)}"
                for lang, title in titles[1:]
            )

    tel_types = style.tel_types
    pref = style.pref
    for phone in contact.phones:
        if not v4:
            value = _tel_text(phone)
            if value is not None:
                lines.append(f"TEL;TYPE={tel_types[phone.kind]}:{_escape(value)}")
            continue
        tel = _tel(phone, v4)
        if tel is None:
            continue
        is_uri, value = tel
        types = tel_types[phone.kind]
        if is_uri:
            lines.append(f"TEL;VALUE=uri;TYPE={types}{pref}:{value}")
        else:
            lines.append(f"TEL;VALUE=text;TYPE={types}{pref}:{_escape_v4(value)}")
        pref = ""

    email_types = style.email_types
    pref = style.pref
    for email in contact.emails:
        address = clean_text(email.address).strip()
        if address:
            lines.append(f"EMAIL;TYPE={email_types[email.kind]}{pref}:{single(address)}")
            pref = ""

    if adr_line is not None:
        lines.append(adr_line)

    languages = _languages(tuple(contact.languages), v4) if contact.languages else ()
    if v4:
        lines.extend(f"LANG;PREF={i}:{lang}" for i, lang in enumerate(languages, start=1))
    notes = contact.notes
    if notes and (notes := clean_text(notes)):
        lines.append(f"NOTE{cs}:{single(notes)}")
    lines.append(f"X-CRM-KIND{cs}:{contact.kind}")
    if languages and not v4:
        # Escaped commas: one text value, which vobject and other 3.0 readers keep whole.
        lines.append(f"X-CRM-LANGUAGES{cs}:" + "\\,".join(languages))
    if not contact.active:
        lines.append(f"X-CRM-ACTIVE{cs}:false")
    if contact.last_verified is not None:
        lines.append(f"X-CRM-VERIFIED{cs}:{contact.last_verified.isoformat()}")
    lines.append("REV:" + _rev(contact.updated_at or now))
    body = "\r\n".join(lines)
    # Most cards are short ASCII lines only: one test for all of them.
    if not (body.isascii() and max(map(len, lines)) <= _FOLD_OCTETS):
        body = "\r\n".join(
            [
                line if len(line) <= _FOLD_OCTETS and line.isascii() else _fold(line)
                for line in lines
            ]
        )
    return f"{style.head}{body}\r\nEND:VCARD\r\n"


def _not_english(item: tuple[str, str]) -> bool:
    return item[0] != DEFAULT_LANGUAGE


def write_card(
    contact: CardContact,
    *,
    version: VCardVersion = VCardVersion.V3,
    profile: VCardProfile = VCardProfile.STANDARD,
    organisation: str = "",
    now: datetime | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> str:
    """One vCard, CRLF line ends. `now` stands in for REV when the contact has no updated_at;
    `language` is the one office and country names are written in."""
    version, profile = _check_options(version, profile)
    style = _style(version, profile)
    return _render(contact, style, organisation, now or datetime.now(UTC), language, {})


_WRITE_BATCH: Final = 256


def write_cards(
    contacts: Iterable[CardContact],
    out: BinaryIO,
    *,
    version: VCardVersion = VCardVersion.V3,
    profile: VCardProfile = VCardProfile.STANDARD,
    organisation: str = "",
    progress: Callable[[int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> int:
    """Stream UTF-8 vCards to `out`; return how many were written.

    Stops before the next card once `is_cancelled()` is true; the caller removes the partial
    file. `progress` receives the number of cards written so far, every few hundred cards and
    at the end.
    """
    version, profile = _check_options(version, profile)
    style = _style(version, profile)
    now = datetime.now(UTC)  # one REV fallback for the whole file
    offices: _OfficeLines = {}  # most cards share their office with many others
    pending: list[str] = []
    written = 0
    for contact in contacts:
        if is_cancelled is not None and is_cancelled():
            break
        pending.append(_render(contact, style, organisation, now, language, offices))
        written += 1
        if len(pending) >= _WRITE_BATCH:
            out.write("".join(pending).encode("utf-8"))
            pending.clear()
            if progress is not None:
                progress(written)
    if pending:
        out.write("".join(pending).encode("utf-8"))
        if progress is not None:
            progress(written)
    return written


# ---------------------------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CardProblem:
    """A card (or stretch of the file) that could not be read, and why."""

    line: int
    reason: Message


@dataclass(frozen=True, slots=True)
class ReadReport:
    """Whole-file remarks collected while reading (encoding fallbacks, no cards found)."""

    warnings: list[Message] = field(default_factory=list)


_CHUNK: Final = 64 * 1024
_UTF8_BOM: Final = b"\xef\xbb\xbf"
_MARKER_FIRST: Final = frozenset(b"BbEe\xef")
_SNIPPET: Final = 80

# vobject's content-line grammar, written so it cannot backtrack: the same language as
# vobject.base.line_re (a parameter value may not contain '=', but '=' may separate values,
# which accepts the same strings without the ambiguity that makes vobject's regex explode).
_NAME_RE: Final = r"[A-Za-z0-9_-]++"
_PARAM_VALUE_RE: Final = r'(?:"[^"]*+"|[^";:,=]*+)'
_SAFE_LINE_RE: Final = re.compile(
    rf"(?:{_NAME_RE}\.)?{_NAME_RE};?(?:;{_NAME_RE}(?:[=,]{_PARAM_VALUE_RE})*+)*+:"
)


def _chunks(stream: BinaryIO, progress: Callable[[int], None] | None) -> Iterator[bytes]:
    """Raw chunks of the stream, reporting bytes read so far."""
    total = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return
        total += len(chunk)
        if progress is not None:
            progress(total)
        yield chunk


def _utf8_chunks(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Chunks with a UTF-8 BOM removed and UTF-16 transcoded to UTF-8 (Windows exports)."""
    head = b""
    for chunk in chunks:
        head += chunk
        if len(head) >= 4:
            break
    if head.startswith(_UTF8_BOM):
        head = head[3:]
        encoding = None
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif head.startswith(b"B\x00E\x00"):
        encoding = "utf-16-le"
    elif head.startswith(b"\x00B\x00E"):
        encoding = "utf-16-be"
    else:
        encoding = None
    if encoding is None:
        if head:
            yield head
        yield from chunks
        return
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    yield decoder.decode(head).encode("utf-8")
    for chunk in chunks:
        yield decoder.decode(chunk).encode("utf-8")
    yield decoder.decode(b"", final=True).encode("utf-8")


def _physical_lines(chunks: Iterator[bytes], limit: int) -> Iterator[bytes | None]:
    """Lines without their LF; None for a line longer than `limit`, which is never kept."""
    buffer = b""
    discarding = False  # inside a too-long line: drop bytes until its end
    for chunk in chunks:
        lines = (buffer + chunk).split(b"\n") if buffer else chunk.split(b"\n")
        buffer = lines.pop()
        for line in lines:
            if discarding:
                discarding = False
                continue
            yield None if len(line) > limit else line
        if discarding:
            buffer = b""
        elif len(buffer) > limit:
            yield None
            buffer = b""
            discarding = True
    if buffer and not discarding:
        yield buffer


def _marker(line: bytes) -> int:
    """1 for BEGIN:VCARD, 2 for END:VCARD, else 0."""
    if len(line) > 32:
        return 0
    word = line.strip().upper()
    if word.startswith(_UTF8_BOM):  # files concatenated with their BOMs
        word = word[3:]
    if word == b"BEGIN:VCARD":
        return 1
    if word == b"END:VCARD":
        return 2
    return 0


@dataclass(slots=True)
class _RawCard:
    line: int
    # Logical lines: (line number, pieces); pieces join to the unfolded bytes.
    properties: list[tuple[int, list[bytes]]] = field(default_factory=list)


def _is_quoted_printable(first_line: bytes) -> bool:
    colon = first_line.find(b":")
    return b"QUOTED-PRINTABLE" in (first_line if colon < 0 else first_line[:colon]).upper()


@dataclass(slots=True)
class _CutStats:
    cards: int = 0  # BEGIN:VCARD lines seen


def _cut_cards(
    lines: Iterator[bytes | None], max_card_bytes: int, max_properties: int, stats: _CutStats
) -> Iterator[_RawCard | CardProblem]:
    """Cut physical lines into unfolded cards at BEGIN/END, one card in memory at a time."""
    number = 0
    card: _RawCard | None = None
    pieces: list[bytes] | None = None  # the logical line being built
    soft_break = False  # a quoted-printable line ended with '=': the next line continues it
    size = 0
    skipping = False  # after a failed card, until the next BEGIN:VCARD
    junk_line = 0
    junk_count = 0

    for physical in lines:
        number += 1
        if physical is None:
            if card is not None:
                yield CardProblem(
                    card.line,
                    msg(
                        "line {number} is longer than {limit} bytes; card skipped",
                        number=number,
                        limit=max_card_bytes,
                    ),
                )
                card, skipping = None, True
            elif not skipping:
                junk_count += 1
                junk_line = junk_line or number
            continue
        line = physical[:-1] if physical.endswith(b"\r") else physical
        marker = _marker(line) if line and line[0] in _MARKER_FIRST else 0

        if marker == 1:
            if card is not None:
                yield CardProblem(card.line, msg("card has no END:VCARD"))
            elif junk_count:
                yield CardProblem(
                    junk_line, msg("ignored {count} line(s) outside any vCard", count=junk_count)
                )
                junk_line = junk_count = 0
            card, pieces, size, skipping = _RawCard(number), None, 0, False
            soft_break = False
            stats.cards += 1
            continue
        if card is None:
            if marker == 2:
                skipping = False
            elif line.strip() and not skipping:
                junk_count += 1
                junk_line = junk_line or number
            continue
        if marker == 2:
            yield card
            card = None
            continue

        size += len(line)
        if size > max_card_bytes:
            yield CardProblem(
                card.line, msg("card is larger than {limit} bytes; skipped", limit=max_card_bytes)
            )
            card, skipping = None, True
            continue
        if soft_break and pieces is not None:
            # vCard 2.1 quoted-printable soft line break: keep the break for the QP decoder.
            pieces.append(b"\n")
            pieces.append(line)
            soft_break = line.endswith(b"=")
            continue
        if not line:
            pieces, soft_break = None, False
            continue
        # A fold continues the logical line; unlike vobject, even a fold of spaces only.
        folded = line[0] in (32, 9)
        if not folded or pieces is None:  # a new property (a fold after a blank line is one)
            if len(card.properties) >= max_properties:
                yield CardProblem(
                    card.line,
                    msg("card has more than {limit} properties; skipped", limit=max_properties),
                )
                card, skipping = None, True
                continue
            pieces = []
            card.properties.append((number, pieces))
        pieces.append(line[1:] if folded else line)
        soft_break = line.endswith(b"=") and _is_quoted_printable(pieces[0])

    if card is not None:
        yield CardProblem(card.line, msg("card has no END:VCARD"))
    if junk_count:
        if stats.cards:
            yield CardProblem(
                junk_line, msg("ignored {count} line(s) outside any vCard", count=junk_count)
            )
        else:
            yield CardProblem(junk_line, msg("not a vCard file (no BEGIN:VCARD found)"))


class _Property(NamedTuple):
    line: int
    group: str | None  # lower case
    name: str  # upper case
    params: dict[str, list[str]]  # upper-case names; values as written
    singles: frozenset[str]  # 2.1 bare parameters (TEL;WORK;VOICE), upper case
    value: str  # still escaped / encoded


class _Decoder:
    """Per-file decoding state: which fallbacks happened, reported once each."""

    def __init__(self, warnings: list[Message]) -> None:
        self.warnings = warnings
        self._said: set[str] = set()

    def warn(self, key: str, message: Message) -> None:
        if key not in self._said:
            self._said.add(key)
            self.warnings.append(message)

    def card_text(self, card: _RawCard) -> tuple[list[tuple[int, str]], str]:
        """Each logical line decoded; the whole card as UTF-8, else as Windows-1252."""
        joined = [(n, b"".join(pieces)) for n, pieces in card.properties]
        try:
            return [(n, data.decode("utf-8")) for n, data in joined], "utf-8"
        except UnicodeDecodeError:
            self.warn(
                "cp1252",
                msg(
                    "file is not UTF-8; read as Windows-1252 (first at the card on line {line})",
                    line=card.line,
                ),
            )
            return [(n, _cp1252(data)) for n, data in joined], "cp1252"

    def charset(self, data: bytes, charset: str, line: int) -> str:
        """Bytes from a quoted-printable or base64 value, in the CHARSET the line declares."""
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
        try:
            text, used = data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            text, used = _cp1252(data), "Windows-1252"
        self.warn(
            "charset:" + charset.lower(),
            msg(
                "line {line}: text is not valid CHARSET={charset}; read as {used}",
                line=line,
                charset=charset,
                used=used,
            ),
        )
        return text


def _cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252
        return data.decode("cp1252", errors="replace")


def _snippet(text: str) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= _SNIPPET else text[:_SNIPPET] + "…"


def _parse_line(text: str, number: int) -> _Property:
    """Tokenise one unfolded line with vobject (after a linear-time syntax check)."""
    if not _SAFE_LINE_RE.match(text):
        raise _LineError(
            msg("line {number} is not a vCard property: {text}", number=number, text=_snippet(text))
        )
    try:
        name, raw_params, value, group = vobject.base.parseLine(text, number)
    except vobject.base.VObjectError as error:
        raise _LineError(msg("vobject: {detail}", detail=_snippet(str(error)))) from error
    params: dict[str, list[str]] = {}
    singles: set[str] = set()
    for entry in raw_params:
        if len(entry) == 1:
            singles.add(str(entry[0]).upper())
        else:
            params.setdefault(str(entry[0]).upper(), []).extend(str(v) for v in entry[1:])
    return _Property(
        number,
        None if group is None else str(group).lower(),
        str(name).upper(),
        params,
        frozenset(singles),
        str(value),
    )


class _LineError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


_ESCAPE_RE: Final = re.compile(r"\\(.)", re.DOTALL)


def _unescape(value: str, v21: bool) -> str:
    r"""Undo \\ \, \; \n (not \n in 2.1, which has no such escape); keep unknown escapes."""
    if "\\" not in value:
        return value

    def replace(match: re.Match[str]) -> str:
        char = match.group(1)
        if char in "\\,;":
            return char
        if char in "nN" and not v21:
            return "\n"
        return match.group(0)

    return _ESCAPE_RE.sub(replace, value)


def _split_components(value: str) -> list[str]:
    """Split a structured value (N, ORG, ADR) at unescaped ';', still escaped."""
    if "\\" not in value:
        return value.split(";")
    parts: list[str] = []
    current: list[str] = []
    i, size = 0, len(value)
    while i < size:
        char = value[i]
        if char == "\\" and i + 1 < size:
            current.append(value[i : i + 2])
            i += 2
            continue
        if char == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


class _Card:
    """Decoded access to one card's properties."""

    def __init__(self, properties: list[_Property], codec: str, decoder: _Decoder) -> None:
        self.properties = properties
        self.codec = codec
        self.decoder = decoder
        version = next((p.value.strip() for p in properties if p.name == "VERSION"), "3.0")
        self.v21 = version.startswith("2")
        self.by_name: dict[str, list[_Property]] = {}
        for prop in properties:
            self.by_name.setdefault(prop.name, []).append(prop)
        self.labels: dict[str, str] = {
            p.group: self.text(p) for p in self.all("X-ABLABEL") if p.group
        }

    def all(self, name: str) -> list[_Property]:
        return self.by_name.get(name, [])

    def first(self, name: str) -> _Property | None:
        found = self.by_name.get(name)
        return found[0] if found else None

    def raw(self, prop: _Property) -> str:
        """The value with any quoted-printable/base64 transfer encoding undone."""
        encodings = {e.upper() for e in prop.params.get("ENCODING", ())} | prop.singles
        if "QUOTED-PRINTABLE" in encodings:
            data = binascii.a2b_qp(prop.value.encode(self.codec, errors="replace"))
        elif encodings & {"B", "BASE64"}:
            try:
                data = base64.b64decode("".join(prop.value.split()) + "==", validate=False)
            except (binascii.Error, ValueError):
                return prop.value
        else:
            return prop.value
        charset = prop.params.get("CHARSET", ["utf-8"])[0]
        return self.decoder.charset(data, charset, prop.line)

    def text(self, prop: _Property) -> str:
        value = _unescape(self.raw(prop), self.v21)
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        return value

    def components(self, prop: _Property) -> list[str]:
        parts = _split_components(self.raw(prop))
        return [_unescape(part, self.v21) for part in parts]


def _types(prop: _Property) -> set[str]:
    """TYPE values however written: TYPE=a,b / TYPE=a;TYPE=b / TYPE="a,b" / 2.1 bare names."""
    types = {
        item.strip().strip('"').upper()
        for value in prop.params.get("TYPE", ())
        for item in value.split(",")
    }
    return types | prop.singles


_LABEL_KINDS: Final = (
    ("fax", PhoneKind.FAX),
    ("mobile", PhoneKind.MOBILE),
    ("cell", PhoneKind.MOBILE),
    ("iphone", PhoneKind.MOBILE),
    ("home", PhoneKind.HOME),
    ("personal", PhoneKind.HOME),
    ("private", PhoneKind.HOME),
    ("work", PhoneKind.WORK),
    ("main", PhoneKind.WORK),
    ("other", PhoneKind.OTHER),
)


def _label_kind(label: str | None) -> PhoneKind | None:
    """Apple's `_$!<Mobile>!$_` style labels, and plain ones that say what they are."""
    if not label:
        return None
    word = label.removeprefix("_$!<").removesuffix(">!$_").lower()
    return next((kind for key, kind in _LABEL_KINDS if key in word), None)


def _phone_kind(types: set[str], label: str | None) -> PhoneKind:
    from_label = _label_kind(label)
    if from_label is not None:
        return from_label
    if "CELL" in types or "MOBILE" in types or "IPHONE" in types:
        return PhoneKind.MOBILE
    if "FAX" in types:
        return PhoneKind.FAX
    if "HOME" in types:
        return PhoneKind.HOME
    if "OTHER" in types and "WORK" not in types:
        return PhoneKind.OTHER
    return PhoneKind.WORK


_EMAIL_LABEL_KINDS: Final = (
    ("home", EmailKind.HOME),
    ("personal", EmailKind.HOME),  # Google's label for a home address
    ("private", EmailKind.HOME),
    ("work", EmailKind.WORK),
    ("other", EmailKind.OTHER),
)


def _email_kind(types: set[str], label: str | None) -> EmailKind:
    if label:
        word = label.removeprefix("_$!<").removesuffix(">!$_").lower()
        from_label = next((kind for key, kind in _EMAIL_LABEL_KINDS if key in word), None)
        if from_label is not None:
            return from_label
    if "HOME" in types:
        return EmailKind.HOME
    if "OTHER" in types and "WORK" not in types:
        return EmailKind.OTHER
    return EmailKind.WORK


_VISUAL_SEPARATORS_RE: Final = re.compile(r"[-.()\s]")


def _tel_uri_text(uri: str) -> str:
    """`tel:+86-10-5979-9695;ext=203` -> `+86 10 5979 9695 ext. 203`."""
    body = uri[4:] if uri[:4].lower() == "tel:" else uri
    number, *params = body.split(";")
    number = unquote(number).strip()
    extension = ""
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "ext":
            extension = unquote(value).strip()
    forms = _phone_forms(_VISUAL_SEPARATORS_RE.sub("", number)) if number.startswith("+") else None
    text = forms[0] if forms else number
    return f"{text} ext. {extension}" if extension else text


def _language_key(prop: _Property) -> str:
    tag = prop.params.get("LANGUAGE", [""])[0].strip().strip('"')
    return tag.split("-")[0].lower() or DEFAULT_LANGUAGE


_TIMESTAMP_RE: Final = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:T(\d{2}):?(\d{2}):?(\d{2})(?:[.,]\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?)?",
    re.ASCII,
)


def _parse_timestamp(value: str) -> datetime | None:
    """REV as 3.0/4.0 write it, basic or extended ISO 8601; floating times are taken as UTC."""
    match = _TIMESTAMP_RE.fullmatch(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        moment = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except ValueError:
        return None
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        return (moment - sign * offset).replace(tzinfo=UTC)
    return moment.replace(tzinfo=UTC)


def _parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip())  # 2026-01-31 and 20260131
    except ValueError:
        return None


def _bool(value: str) -> bool | None:
    word = value.strip().lower()
    if word in ("true", "yes", "1"):
        return True
    if word in ("false", "no", "0"):
        return False
    return None


def _kind(value: str) -> ContactKind | None:
    try:
        return ContactKind(value.strip().lower())
    except ValueError:
        return None


def _pref(prop: _Property) -> int:
    try:
        return int(prop.params.get("PREF", ["100"])[0])
    except ValueError:
        return 100


def _name_key(text: str) -> str:
    return "".join(text.split()).casefold()  # "Li Wei", "Li  Wei" and "LiWei" alike


def _written_family_first(fn: str, given: str, family: str) -> bool:
    """FN gives the name family first ("Li Wei", "张伟"), and given first would read otherwise."""
    if not (given and family):
        return False
    written = _name_key(fn)
    family_first = _name_key(full_name(given, family, family_first=True))
    return written == family_first != _name_key(full_name(given, family))


_STREET_PARTS: Final = (0, 1, 2, 5)  # post office box, extended address, street, postal code


def _street_addresses(card: _Card) -> tuple[str, ...]:
    """Each address that says more than a city and a country, on one line."""
    found: list[str] = []
    for prop in card.all("ADR"):
        parts = card.components(prop)
        if any(part.strip() for i, part in enumerate(parts) if i in _STREET_PARTS):
            found.append(_one_line(parts))
    if not card.all("ADR"):  # LABEL, 2.1/3.0's printed address, repeats ADR when both exist
        found.extend(text for prop in card.all("LABEL") if (text := _one_line([card.text(prop)])))
    return tuple(found)


def _one_line(parts: list[str]) -> str:
    return ", ".join(line.strip() for part in parts for line in part.splitlines() if line.strip())


def _build(card: _Card, line: int) -> IncomingContact:
    titles: dict[str, str] = {}
    for prop in card.properties:
        if prop.name in ("TITLE", "X-CRM-TITLE"):
            title = card.text(prop)
            if title:
                titles.setdefault(_language_key(prop), title)

    organisation = office = ""
    org = card.first("ORG")
    if org is not None:
        parts = card.components(org)
        organisation = parts[0]
        office = parts[1] if len(parts) > 1 and parts[1] else organisation

    phones: list[tuple[PhoneKind, str]] = []
    for prop in card.all("TEL"):
        value_type = prop.params.get("VALUE", [""])[0].lower()
        if value_type == "uri" or (not value_type and prop.value[:4].lower() == "tel:"):
            raw = _tel_uri_text(card.raw(prop))
        else:
            raw = card.text(prop)
        raw = raw.strip()
        if raw:
            phones.append((_phone_kind(_types(prop), card.labels.get(prop.group or "")), raw))

    emails: list[tuple[EmailKind, str]] = []
    for prop in card.all("EMAIL"):
        address = card.text(prop).strip()
        if address[:7].lower() == "mailto:":
            address = address[7:]
        if address:
            emails.append((_email_kind(_types(prop), card.labels.get(prop.group or "")), address))

    given = family = honorific = ""
    n = card.first("N")
    if n is not None:
        family, given, additional, honorific, suffix = (card.components(n) + [""] * 5)[:5]
        # No field for middle names or suffixes: keep them rather than drop them.
        given = " ".join(part for part in (given, additional) if part)
        family = " ".join(part for part in (family, suffix) if part)
    fn = card.first("FN")
    family_first = fn is not None and _written_family_first(card.text(fn), given, family)
    if fn is not None and not (given or family or honorific):
        full = card.text(fn).strip()
        if n is None:  # a 2.1 card with only FN: a personal name, family name last
            given, _, family = full.rpartition(" ")
        elif full not in {organisation, office, *(address for _, address in emails)}:
            # Empty N with a real FN: a company or desk card ("IOM Press Office"). An FN that
            # repeats the ORG or an e-mail is only a display fallback (ours writes one).
            family = full

    notes = "\n".join(card.text(p) for p in card.all("NOTE"))

    own_languages = card.first("X-CRM-LANGUAGES")
    if own_languages is not None:
        languages = tuple(
            lang.strip() for lang in card.text(own_languages).split(",") if lang.strip()
        )
    else:
        ranked = sorted(enumerate(card.all("LANG")), key=lambda item: (_pref(item[1]), item[0]))
        languages = tuple(lang for _, p in ranked if (lang := card.text(p).strip()))

    uid: str | None = None
    uid_prop = card.first("UID")
    if uid_prop is not None:
        value = card.raw(uid_prop).strip()
        # A 4.0 UID is a URI; ours are urn:uuid: ones, and the CRM stores the bare UUID.
        uid = value[9:] if value[:9].lower() == "urn:uuid:" else _unescape(value, card.v21)
        uid = uid or None

    def scalar(name: str) -> str | None:
        prop = card.first(name)
        return None if prop is None else card.text(prop)

    kind_text = scalar("X-CRM-KIND")
    active_text = scalar("X-CRM-ACTIVE")
    verified_text = scalar("X-CRM-VERIFIED")
    rev_text = scalar("REV")
    return IncomingContact(
        line=line,
        uid=uid,
        given=given,
        family=family,
        honorific=honorific,
        titles=titles,
        organisation=organisation,
        office=office,
        phones=tuple(phones),
        emails=tuple(emails),
        notes=notes,
        languages=languages,
        kind=None if kind_text is None else _kind(kind_text),
        active=None if active_text is None else _bool(active_text),
        last_verified=None if verified_text is None else _parse_date(verified_text),
        rev=None if rev_text is None else _parse_timestamp(rev_text),
        family_first=family_first,
        addresses=_street_addresses(card),
    )


def _parse_card(raw: _RawCard, decoder: _Decoder) -> IncomingContact | CardProblem:
    try:
        lines, codec = decoder.card_text(raw)
        properties = [_parse_line(text, number) for number, text in lines]
        return _build(_Card(properties, codec, decoder), raw.line)
    except _LineError as error:
        return CardProblem(raw.line, error.message)
    except Exception as error:  # one odd card must never stop the others
        return CardProblem(
            raw.line,
            msg(
                "cannot read card: {kind}: {detail}",
                kind=type(error).__name__,
                detail=_snippet(str(error)),
            ),
        )


@dataclass(frozen=True, slots=True)
class VCardFile:
    """A vCard file as an import source (`services/read_ahead.RecordSource`): a path, so that
    another process can read it."""

    path: Path

    @property
    def place(self) -> RecordPlace:
        return RecordPlace.LINE

    def records(
        self, progress: Callable[[int, int], None], warnings: list[Message]
    ) -> Iterator[IncomingContact | CardProblem]:
        with self.path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            yield from read_cards(
                stream, progress=lambda done: progress(done, size), report=ReadReport(warnings)
            )


def read_cards(
    stream: BinaryIO,
    *,
    progress: Callable[[int], None] | None = None,
    report: ReadReport | None = None,
    max_card_bytes: int = 1_000_000,
    max_properties: int = 2_000,
) -> Iterator[IncomingContact | CardProblem]:
    """Read vCards 2.1/3.0/4.0 from a binary stream, one card in memory at a time.

    Yields a IncomingContact per readable card and a CardProblem (with its line) for each card or
    stretch of text that is not; never raises for bad content. `progress` receives the bytes
    read so far after each chunk. File-wide remarks go to `report.warnings`, among them
    "no vCards found" when the file holds no BEGIN:VCARD at all (an empty file yields nothing).
    """
    warnings = report.warnings if report is not None else []
    decoder = _Decoder(warnings)
    lines = _physical_lines(_utf8_chunks(_chunks(stream, progress)), max_card_bytes)
    stats = _CutStats()
    for item in _cut_cards(lines, max_card_bytes, max_properties, stats):
        yield _parse_card(item, decoder) if isinstance(item, _RawCard) else item
    if not stats.cards:
        warnings.append(msg("no vCards found"))
