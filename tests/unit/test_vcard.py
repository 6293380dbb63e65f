"""vCard export (golden, folding, escaping, vobject cross-check) and streaming import."""

from __future__ import annotations

import io
import itertools
import random
import tracemalloc
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO, cast

import phonenumbers
import pytest
import vobject
import vobject.base
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_app.domain.errors import ValidationError
from crm_app.domain.incoming import IncomingContact
from crm_app.domain.records import (
    Contact,
    ContactKind,
    Email,
    EmailKind,
    LineType,
    OfficeRef,
    Phone,
    PhoneKind,
    full_name,
)
from crm_app.domain.vcard import (
    CardProblem,
    ReadReport,
    VCardProfile,
    VCardVersion,
    clean_text,
    read_cards,
    write_card,
    write_cards,
)

FIXTURES = Path(__file__).parent / "vcards"
UID = "6f1c2d3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f"
BEIJING = OfficeRef(
    id=7,
    names={"en": "IOM Beijing", "fr": "OIM Pékin", "es": "OIM Pekín"},
    country="CN",
    city="Beijing",
)
KIERAN = Contact(
    id=1,
    uid=UID,
    given="Kieran",
    family="Best",
    titles={"en": "Media and Communications Officer", "fr": "Chargé de communication"},
    office=BEIJING,
    kind=ContactKind.PRESS_OFFICER,
    languages=("en", "zh"),
    phones=(
        Phone(
            kind=PhoneKind.WORK,
            raw="+ 86 5979 9695 Ext. 203",
            e164="+861059799695",
            extension="203",
            valid=True,
            line_type=LineType.FIXED_LINE,
        ),
    ),
    emails=(Email(EmailKind.WORK, "kgormanbest@iom.int"),),
    notes="Covers migration and labour mobility, based in Beijing.",
    last_verified=date(2026, 1, 31),
    updated_at=datetime(2026, 11, 27, 10, 15, tzinfo=UTC),
)


def read_all(
    data: bytes, max_card_bytes: int = 1_000_000
) -> tuple[list[IncomingContact | CardProblem], ReadReport]:
    report = ReadReport()
    items = list(read_cards(io.BytesIO(data), report=report, max_card_bytes=max_card_bytes))
    return items, report


def cards_of(items: list[IncomingContact | CardProblem]) -> list[IncomingContact]:
    return [item for item in items if isinstance(item, IncomingContact)]


def problems_of(items: list[IncomingContact | CardProblem]) -> list[CardProblem]:
    return [item for item in items if isinstance(item, CardProblem)]


def only_card(text: str) -> IncomingContact:
    items, report = read_all(text.encode("utf-8"))
    assert report.warnings == []
    assert len(items) == 1, items
    assert isinstance(items[0], IncomingContact), items[0]
    return items[0]


def card(*lines: str) -> str:
    return "\r\n".join(("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD")) + "\r\n"


# --------------------------------------------------------------------------------- export ----


def test_golden_v3() -> None:
    assert write_card(KIERAN, organisation="IOM") == (
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "PRODID:-//Press Contacts//CRM App//EN\r\n"
        "UID:6f1c2d3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f\r\n"
        "N:Best;Kieran;;;\r\n"
        "FN:Kieran Best\r\n"
        "ORG:IOM;IOM Beijing\r\n"
        "TITLE:Media and Communications Officer\r\n"
        "X-CRM-TITLE;LANGUAGE=fr:Chargé de communication\r\n"
        "TEL;TYPE=WORK,VOICE:+86 10 5979 9695 ext. 203\r\n"
        "EMAIL;TYPE=INTERNET,WORK:kgormanbest@iom.int\r\n"
        "ADR;TYPE=WORK:;;;Beijing;;;China\r\n"
        "NOTE:Covers migration and labour mobility\\, based in Beijing.\r\n"
        "X-CRM-KIND:press_officer\r\n"
        "X-CRM-LANGUAGES:en\\,zh\r\n"
        "X-CRM-VERIFIED:2026-01-31\r\n"
        "REV:20261127T101500Z\r\n"
        "END:VCARD\r\n"
    )


def test_golden_v4() -> None:
    assert write_card(KIERAN, version=VCardVersion.V4, organisation="IOM") == (
        "BEGIN:VCARD\r\n"
        "VERSION:4.0\r\n"
        "PRODID:-//Press Contacts//CRM App//EN\r\n"
        "UID:urn:uuid:6f1c2d3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f\r\n"
        "KIND:individual\r\n"
        "N:Best;Kieran;;;\r\n"
        "FN:Kieran Best\r\n"
        "ORG:IOM;IOM Beijing\r\n"
        "TITLE;ALTID=1;LANGUAGE=en:Media and Communications Officer\r\n"
        "TITLE;ALTID=1;LANGUAGE=fr:Chargé de communication\r\n"
        "TEL;VALUE=uri;TYPE=work,voice;PREF=1:tel:+86-10-5979-9695;ext=203\r\n"
        "EMAIL;TYPE=work;PREF=1:kgormanbest@iom.int\r\n"
        "ADR;TYPE=work:;;;Beijing;;;China\r\n"
        "LANG;PREF=1:en\r\n"
        "LANG;PREF=2:zh\r\n"
        "NOTE:Covers migration and labour mobility\\, based in Beijing.\r\n"
        "X-CRM-KIND:press_officer\r\n"
        "X-CRM-VERIFIED:2026-01-31\r\n"
        "REV:20261127T101500Z\r\n"
        "END:VCARD\r\n"
    )


def test_golden_outlook() -> None:
    assert write_card(KIERAN, profile=VCardProfile.OUTLOOK, organisation="IOM") == (
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "PRODID:-//Press Contacts//CRM App//EN\r\n"
        "UID:6f1c2d3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f\r\n"
        "N;CHARSET=utf-8:Best;Kieran;;;\r\n"
        "FN;CHARSET=utf-8:Kieran Best\r\n"
        "ORG;CHARSET=utf-8:IOM;IOM Beijing\r\n"
        "TITLE;CHARSET=utf-8:Media and Communications Officer\r\n"
        "X-CRM-TITLE;LANGUAGE=fr;CHARSET=utf-8:Chargé de communication\r\n"
        "TEL;TYPE=WORK,VOICE:+86 10 5979 9695 ext. 203\r\n"
        "EMAIL;TYPE=INTERNET,WORK:kgormanbest@iom.int\r\n"
        "ADR;TYPE=WORK;CHARSET=utf-8:;;;Beijing;;;China\r\n"
        "NOTE;CHARSET=utf-8:Covers migration and labour mobility\\, based in Beijing.\r\n"
        "X-CRM-KIND;CHARSET=utf-8:press_officer\r\n"
        "X-CRM-LANGUAGES;CHARSET=utf-8:en\\,zh\r\n"
        "X-CRM-VERIFIED;CHARSET=utf-8:2026-01-31\r\n"
        "REV:20261127T101500Z\r\n"
        "END:VCARD\r\n"
    )


def test_outlook_profile_is_3_0_only() -> None:
    with pytest.raises(ValidationError, match="profile"):
        write_card(KIERAN, version=VCardVersion.V4, profile=VCardProfile.OUTLOOK)


def test_every_kind_of_phone_and_email_and_the_optional_lines() -> None:
    contact = Contact(
        id=2,
        uid="press-desk-7",
        given="",
        family="Chen",
        honorific="Ms",
        titles={"fr": "Porte-parole", "es": "Portavoz"},
        kind=ContactKind.SPOKESPERSON,
        phones=(
            Phone(PhoneKind.MOBILE, "138 0013 8000", "+8613800138000", None, True),
            Phone(PhoneKind.FAX, "", "+861059799601", None, True),
            Phone(PhoneKind.HOME, "", "+861065321234", None, True),
            Phone(PhoneKind.OTHER, "", "+41227179111", None, True),
            Phone(PhoneKind.WORK, "+ 86 5979 9695 Ext. 203", None, None, False),
        ),
        emails=(Email(EmailKind.HOME, "chen@example.com"), Email(EmailKind.OTHER, "c@x.org")),
        active=False,
        updated_at=datetime(2026, 5, 1, 12, 0, 30),  # naive: taken as UTC
    )
    v3 = write_card(contact).split("\r\n")
    assert "UID:press-desk-7" in v3
    assert "N:Chen;;;Ms;" in v3
    assert "FN:Chen" in v3
    assert "ORG" not in " ".join(v3)  # no office, no organisation
    # No English title: the first one goes to TITLE, labelled; the rest to X-CRM-TITLE.
    assert "TITLE;LANGUAGE=fr:Porte-parole" in v3
    assert "X-CRM-TITLE;LANGUAGE=es:Portavoz" in v3
    assert [line for line in v3 if line.startswith("TEL")] == [
        "TEL;TYPE=CELL,VOICE:+86 138 0013 8000",
        "TEL;TYPE=WORK,FAX:+86 10 5979 9601",
        "TEL;TYPE=HOME,VOICE:+86 10 6532 1234",
        "TEL;TYPE=OTHER,VOICE:+41 22 717 91 11",
        "TEL;TYPE=WORK,VOICE:+ 86 5979 9695 Ext. 203",  # invalid: what was typed, never lost
    ]
    assert [line for line in v3 if line.startswith("EMAIL")] == [
        "EMAIL;TYPE=INTERNET,HOME:chen@example.com",
        "EMAIL;TYPE=INTERNET,OTHER:c@x.org",
    ]
    assert "X-CRM-KIND:spokesperson" in v3
    assert "X-CRM-ACTIVE:false" in v3
    assert "REV:20260501T120030Z" in v3
    assert not any(line.startswith(("X-CRM-LANGUAGES", "X-CRM-VERIFIED", "NOTE")) for line in v3)

    v4 = write_card(contact, version=VCardVersion.V4).split("\r\n")
    assert "UID;VALUE=text:press-desk-7" in v4  # not a UUID, so not a urn:uuid: URI
    assert "TITLE;ALTID=1;LANGUAGE=fr:Porte-parole" in v4
    assert [line for line in v4 if line.startswith("TEL")] == [
        "TEL;VALUE=uri;TYPE=cell;PREF=1:tel:+86-138-0013-8000",
        "TEL;VALUE=uri;TYPE=work,fax:tel:+86-10-5979-9601",
        "TEL;VALUE=uri;TYPE=home,voice:tel:+86-10-6532-1234",
        "TEL;VALUE=uri;TYPE=other,voice:tel:+41-22-717-91-11",
        "TEL;VALUE=text;TYPE=work,voice:+ 86 5979 9695 Ext. 203",
    ]
    assert [line for line in v4 if line.startswith("EMAIL")] == [
        "EMAIL;TYPE=home;PREF=1:chen@example.com",
        "EMAIL;TYPE=other:c@x.org",
    ]


def test_rev_falls_back_to_now_and_fn_to_an_address() -> None:
    contact = Contact(
        id=3, uid=UID, given="", family="", emails=(Email(EmailKind.WORK, "desk@iom.int"),)
    )
    text = write_card(contact, now=datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC))
    assert "\r\nREV:20260203T040506Z\r\n" in text
    assert "\r\nFN:desk@iom.int\r\n" in text
    parsed = only_card(text)
    assert (parsed.given, parsed.family) == ("", "")  # the FN fallback is not read as a name


NOTE_200 = ("Réunion à 北京 😀 " * 20)[:200]


@pytest.mark.parametrize("profile", list(VCardProfile))
def test_folding_never_splits_a_character(profile: VCardProfile) -> None:
    contact = Contact(id=4, uid=UID, given="Kieran", family="Best", notes=NOTE_200)
    data = write_card(contact, profile=profile).encode("utf-8")
    physical = data.split(b"\r\n")
    assert physical[-1] == b""
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF only
    for line in physical:
        assert len(line) <= 75
        line.decode("utf-8")  # raises if a fold cut a UTF-8 sequence
    note_lines = [line for line in physical if line.startswith((b"NOTE", b" "))]
    assert len(note_lines) > 3
    assert all(line.startswith(b" ") for line in note_lines[1:])
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8")
    assert f":{NOTE_200}\r\n" in unfolded
    assert only_card(data.decode("utf-8")).notes == NOTE_200
    assert vobject.readOne(data.decode("utf-8")).note.value == NOTE_200


HARD = "back\\slash, comma; semi\nnew line"


def test_escaping_and_vobject_reads_it_back() -> None:
    contact = Contact(
        id=5,
        uid=UID,
        given=HARD,
        family="O;Neil, Jr\\",
        honorific="Dr., Prof.",
        titles={"en": HARD},
        notes=HARD,
        office=OfficeRef(id=1, names={"en": "Desk; Europe, North"}, country="FR"),
    )
    text = write_card(contact, organisation="A\\B")
    lines = text.replace("\r\n ", "").split("\r\n")
    escaped = "back\\\\slash\\, comma\\; semi\\nnew line"
    assert f"N:O\\;Neil\\, Jr\\\\;{escaped};;Dr.\\, Prof.;" in lines
    assert f"NOTE:{escaped}" in lines
    assert f"TITLE:{escaped}" in lines
    assert "ORG:A\\\\B;Desk\\; Europe\\, North" in lines

    vcard = vobject.readOne(text)
    assert vcard.n.value.family == "O;Neil, Jr\\"
    assert vcard.n.value.given == HARD
    assert vcard.n.value.prefix == "Dr., Prof."
    assert vcard.note.value == HARD
    assert vcard.title.value == HARD
    assert vcard.org.value == ["A\\B", "Desk; Europe, North"]

    parsed = only_card(text)
    assert (parsed.given, parsed.family, parsed.honorific) == (HARD, "O;Neil, Jr\\", "Dr., Prof.")
    assert parsed.notes == parsed.titles["en"] == HARD
    assert (parsed.organisation, parsed.office) == ("A\\B", "Desk; Europe, North")


def test_clean_text_rules() -> None:
    assert clean_text("a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert clean_text("tab\tkept, bell\x07 and nul\x00 and del\x7f dropped") == (
        "tab\tkept, bell and nul and del dropped"
    )
    assert clean_text("  spaces kept  ") == "  spaces kept  "
    assert clean_text("lone \ud800 surrogate") == "lone \ufffd surrogate"
    note = Contact(id=6, uid=UID, given="A", family="B", notes="one\r\ntwo\x0bthree")
    assert only_card(write_card(note)).notes == "one\ntwothree"


def test_a_run_of_spaces_survives_folding() -> None:
    """vobject's 2.1-capable reader (allowQP=True) ends a line at a continuation of spaces."""
    notes = "before" + " " * 200 + "after "
    text = write_card(Contact(id=7, uid=UID, given="A", family="B", notes=notes))
    assert "\r\n" + " " * 75 + "\r\n" in text  # a fold made only of spaces
    assert only_card(text).notes == notes
    assert vobject.readOne(text).note.value == notes
    with pytest.raises(vobject.base.ParseError):
        vobject.readOne(text, allowQP=True)


def test_write_cards_streams_reports_progress_and_cancels() -> None:
    contacts = [
        Contact(id=i, uid=f"uid-{i}", given="G", family=str(i), updated_at=KIERAN.updated_at)
        for i in range(600)
    ]
    out = io.BytesIO()
    seen: list[int] = []
    assert write_cards(contacts, out, progress=seen.append) == 600
    assert seen == [256, 512, 600]
    assert out.getvalue() == "".join(write_card(c) for c in contacts).encode("utf-8")

    out = io.BytesIO()
    calls = itertools.count()
    written = write_cards(contacts, out, is_cancelled=lambda: next(calls) >= 3)
    assert written == 3
    assert out.getvalue().count(b"BEGIN:VCARD") == 3


def test_fast_phone_formatting_matches_phonenumbers_for_every_region() -> None:
    """Export formats phones without phonenumbers.format_number; it must agree with it."""
    numbers = [
        number
        for region in sorted(phonenumbers.SUPPORTED_REGIONS)
        for kind in range(12)
        if (number := phonenumbers.example_number_for_type(region, kind)) is not None
    ]
    numbers += [
        number
        for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS)
        if (number := phonenumbers.example_number_for_non_geo_entity(code)) is not None
    ]
    assert len(numbers) > 1000
    fmt = phonenumbers.PhoneNumberFormat
    for number in numbers:
        e164 = phonenumbers.format_number(number, fmt.E164)
        phone = Phone(PhoneKind.WORK, "", e164, "7", True)
        contact = Contact(id=8, uid=UID, given="A", family="B", phones=(phone,))
        (v3,) = [line for line in write_card(contact).split("\r\n") if line.startswith("TEL")]
        v4_card = write_card(contact, version=VCardVersion.V4)
        (v4,) = [line for line in v4_card.split("\r\n") if line.startswith("TEL")]
        international = phonenumbers.format_number(number, fmt.INTERNATIONAL)
        uri = phonenumbers.format_number(number, fmt.RFC3966)
        assert v3.endswith(f":{international} ext. 7"), (v3, international)
        assert v4.endswith(f":{uri};ext=7"), (v4, uri)


# --------------------------------------------------------------------------------- import ----


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_google_export() -> None:
    items, report = read_all(fixture("google.vcf"))
    assert report.warnings == []
    amelie, kieran = items
    assert amelie == IncomingContact(
        line=1,
        uid=None,
        given="Amélie",
        family="Durand",
        honorific="Mme",
        titles={"en": "Journaliste"},
        organisation="Agence France-Presse",
        office="Desk Europe",
        phones=(
            (PhoneKind.MOBILE, "+33 6 12 34 56 78"),
            (PhoneKind.WORK, "+33 1 40 20 50 50"),
            (PhoneKind.WORK, "+33 1 40 20 50 00"),  # item1 with a custom label
        ),
        emails=(
            (EmailKind.WORK, "amelie.durand@example.org"),
            (EmailKind.HOME, "amelie.d@example.com"),
        ),
        notes="Rencontrée au point presse de Genève, mars 2026.\nPréfère l'e-mail; répond vite.",
        languages=(),
        kind=None,
        active=None,
        last_verified=None,
        rev=None,
        addresses=("12 rue de la Paix, Paris, 75002, France",),  # for the import to report
    )
    assert isinstance(kieran, IncomingContact)
    assert kieran.line == 20
    assert (kieran.organisation, kieran.office) == ("IOM", "IOM")
    assert kieran.phones == ((PhoneKind.WORK, "+86 10 5979 9695 ext. 203"),)
    assert kieran.emails == ((EmailKind.WORK, "kgormanbest@iom.int"),)


def test_apple_export_with_item_labels() -> None:
    items, report = read_all(fixture("apple.vcf"))
    assert report.warnings == []
    kieran, desk = items
    assert isinstance(kieran, IncomingContact)
    assert isinstance(desk, IncomingContact)
    assert kieran.uid == "4A8E1F02-6C2B-4F3D-9B7A-0E5C2D1F9A33"
    assert (kieran.given, kieran.family) == ("Kieran", "Best")
    assert (kieran.organisation, kieran.office) == ("IOM", "IOM Beijing")
    assert kieran.titles == {"en": "Media and Communications Officer"}
    assert kieran.phones == (
        (PhoneKind.WORK, "+86 10 5979 9695 ext. 203"),
        (PhoneKind.MOBILE, "+86 138 0013 8000"),  # item1.X-ABLabel:_$!<Mobile>!$_
        (PhoneKind.WORK, "+86 10 5979 9600"),  # custom label "Switchboard"
        (PhoneKind.FAX, "+86 10 5979 9601"),
        (PhoneKind.OTHER, "+41 22 717 9111"),  # _$!<Other>!$_
    )
    assert kieran.emails == ((EmailKind.WORK, "kgormanbest@iom.int"),)
    assert kieran.notes == "Speaks Mandarin and English.\nBest reached before 10:00, Beijing time."
    assert kieran.rev == datetime(2026, 11, 27, 10, 15, tzinfo=UTC)  # extended ISO form
    assert kieran.addresses == ("1-1-61 Sanlitun, Beijing, 100600, China",)  # item4.ADR
    # A company card: empty N, the desk's name in FN.
    assert desk.line == 29
    assert (desk.given, desk.family) == ("", "IOM Press Office")
    assert (desk.organisation, desk.office) == ("IOM", "IOM")
    assert desk.phones == ((PhoneKind.WORK, "+41 22 717 9111"),)
    assert desk.emails == ((EmailKind.WORK, "media@iom.int"),)


def test_outlook_2_1_windows_1252_quoted_printable() -> None:
    items, report = read_all(fixture("outlook-2.1-windows-1252.vcf"))
    assert report.warnings == [
        "file is not UTF-8; read as Windows-1252 (first at the card on line 1)"
    ]
    (helene,) = items
    assert isinstance(helene, IncomingContact)
    assert (helene.given, helene.family, helene.honorific) == ("Hélène", "Lefèvre", "Mme")
    assert helene.organisation == "Organisation internationale pour les migrations"
    assert helene.office == "OIM Pékin"
    assert helene.titles == {"en": "Chargée de communication"}
    # Quoted-printable with CRLF, a soft line break and an unescaped comma (2.1 has no
    # escaping; vobject.readOne would have kept only "Parle français").
    assert helene.notes == (
        "Parle français, anglais et chinois.\nJoindre avant 10 h (heure de Pékin); merci."
    )
    assert helene.phones == (
        (PhoneKind.WORK, "+86 10 5979 9695 ext. 203"),
        (PhoneKind.MOBILE, "+86 138 0013 8000"),
        (PhoneKind.FAX, "+86 10 5979 9601"),
        (PhoneKind.HOME, "+86 10 6532 1234"),
    )
    assert helene.emails == ((EmailKind.WORK, "hlefevre@iom.int"),)
    assert helene.rev == datetime(2026, 11, 27, 10, 15, tzinfo=UTC)
    # LABEL prints the same address again: listed once.
    assert helene.addresses == ("1-1-61 Sanlitun, Pékin, 100600, Chine",)


def test_outlook_2_1_utf8_quoted_printable() -> None:
    items, report = read_all(fixture("outlook-2.1-utf-8.vcf"))
    assert report.warnings == []
    (zhang,) = items
    assert isinstance(zhang, IncomingContact)
    assert (zhang.given, zhang.family) == ("伟", "张")
    assert zhang.family_first  # FN:张伟
    assert zhang.titles == {"en": "媒体官"}
    assert zhang.notes == "Zürich office, then Beijing; 北京.\nSecond line, still the note."
    assert zhang.phones == (
        (PhoneKind.WORK, "+86 10 5979 9602"),
        (PhoneKind.MOBILE, "+86 139 1099 8888"),
    )


def test_thunderbird_4_0() -> None:
    items, report = read_all(fixture("thunderbird-4.0.vcf"))
    assert report.warnings == []
    assert items == [
        IncomingContact(
            line=1,
            uid="0b3f5a8e-2c4d-4e1f-9a7b-6c5d4e3f2a1b",
            given="Chidi",
            family="Okafor",
            honorific="Dr.",
            titles={"en": "Spokesperson"},
            organisation="UNHCR",
            office="Washington Office",
            phones=(
                (PhoneKind.WORK, "+1 555-555-5555 ext. 42"),  # tel: URI with ;ext=
                (PhoneKind.MOBILE, "+1 202-555-0147"),
                (PhoneKind.FAX, "+1 202 555 0199"),  # VALUE=TEXT: as written
            ),
            emails=(
                (EmailKind.WORK, "c.okafor@example.org"),
                (EmailKind.HOME, "chidi@example.net"),
            ),
            notes="Line one\nLine two, with a comma; and a semicolon",
            languages=("en", "ig"),  # by PREF, not file order
            kind=None,
            active=None,
            last_verified=None,
            rev=datetime(2026, 1, 15, 8, 30, tzinfo=UTC),
        )
    ]


@pytest.mark.parametrize(
    "name",
    [
        "google.vcf",
        "google-labels.vcf",
        "apple.vcf",
        "outlook-2.1-windows-1252.vcf",
        "outlook-2.1-utf-8.vcf",
        "thunderbird-4.0.vcf",
    ],
)
def test_lf_only_bom_and_utf16_files_read_the_same(name: str) -> None:
    data = fixture(name)
    assert b"\r\n" in data
    expected, expected_report = read_all(data)
    assert read_all(data.replace(b"\r\n", b"\n")) == (expected, expected_report)
    if not expected_report.warnings:  # UTF-8 files, as Windows tools also write them
        assert read_all(b"\xef\xbb\xbf" + data) == (expected, expected_report)
        text = data.decode("utf-8")
        assert read_all(text.encode("utf-16")) == (expected, expected_report)
        assert read_all(text.encode("utf-16-le")) == (expected, expected_report)


def test_several_fixture_files_concatenated_keep_their_line_numbers() -> None:
    names = ["google.vcf", "thunderbird-4.0.vcf", "apple.vcf"]
    expected: list[int] = []
    offset = 0
    for name in names:
        expected += [item.line + offset for item in read_all(fixture(name))[0]]
        offset += fixture(name).count(b"\n")
    items, _ = read_all(b"".join(fixture(name) for name in names))
    assert [item.line for item in items] == expected
    assert len(expected) == 5


def test_google_personal_and_home_labels_keep_their_kind() -> None:
    (li,) = cards_of(read_all(fixture("google-labels.vcf"))[0])
    assert li.emails == (
        (EmailKind.WORK, "li.wei@example.cn"),
        (EmailKind.HOME, "liwei.home@example.com"),  # item1.X-ABLabel:Personal
        (EmailKind.HOME, "wei.li@example.net"),  # TYPE=HOME
    )
    assert li.phones == (
        (PhoneKind.HOME, "+86 10 6532 1234"),  # TYPE=HOME
        (PhoneKind.HOME, "+86 139 1099 8888"),  # item2.X-ABLabel:Personal
    )


@pytest.mark.parametrize(
    ("lines", "email_kind", "phone_kind"),
    [
        # Apple
        (
            (
                "EMAIL;type=INTERNET;type=HOME;type=pref:a@b.c",
                "TEL;type=HOME;type=VOICE;type=pref:+1 202 555 0147",
            ),
            EmailKind.HOME,
            PhoneKind.HOME,
        ),
        (
            (
                "item1.EMAIL;type=INTERNET:a@b.c",
                "item1.X-ABLabel:_$!<Home>!$_",
                "item2.TEL:+1 202 555 0147",
                "item2.X-ABLabel:_$!<Home>!$_",
            ),
            EmailKind.HOME,
            PhoneKind.HOME,
        ),
        # A label says more than a bare TYPE: Google's Personal over its default INTERNET.
        (
            ("item1.EMAIL;TYPE=INTERNET;TYPE=WORK:a@b.c", "item1.X-ABLabel:Personal"),
            EmailKind.HOME,
            None,
        ),
        (("EMAIL;TYPE=INTERNET,OTHER:a@b.c",), EmailKind.OTHER, None),
        (("EMAIL;TYPE=INTERNET:a@b.c",), EmailKind.WORK, None),
    ],
)
def test_email_and_phone_kinds_from_types_and_labels(
    lines: tuple[str, ...], email_kind: EmailKind, phone_kind: PhoneKind | None
) -> None:
    parsed = only_card(card("N:Doe;Jane;;;", *lines))
    assert [kind for kind, _ in parsed.emails] == [email_kind]
    assert [kind for kind, _ in parsed.phones] == ([phone_kind] if phone_kind else [])


def test_4_0_home_types_keep_their_kind() -> None:
    parsed = only_card(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\n"
        "EMAIL;TYPE=home:jane@example.net\r\nTEL;VALUE=uri;TYPE=home:tel:+1-202-555-0147\r\n"
        'TEL;VALUE=uri;TYPE="home,voice":tel:+1-202-555-0148\r\nEND:VCARD\r\n'
    )
    assert parsed.emails == ((EmailKind.HOME, "jane@example.net"),)
    assert [kind for kind, _ in parsed.phones] == [PhoneKind.HOME, PhoneKind.HOME]


@pytest.mark.parametrize(
    ("n", "fn", "family_first"),
    [
        ("Li;Wei;;;", "Li Wei", True),
        ("Li;Wei;;;", "LI  WEI", True),  # case and spacing are the card's business
        ("Li;Wei;;;", "Wei Li", False),
        ("张;伟;;;", "张伟", True),
        ("张;伟;;;", "张 伟", True),
        ("Nguyen;Thi Mai;;;", "Nguyen Thi Mai", True),
        ("Best;Kieran;;;", "Kieran Best", False),
        ("Best;Kieran;;;", "Dr Kieran Best", False),  # neither order: the usual one
        ("Li;Li;;;", "Li Li", False),  # both orders read the same
        (";Wei;;;", "Wei", False),
    ],
)
def test_a_family_first_fn_is_noticed(n: str, fn: str, family_first: bool) -> None:
    assert only_card(card(f"N:{n}", f"FN:{fn}")).family_first is family_first


def test_a_family_first_name_is_shown_and_written_that_way() -> None:
    li = Contact(id=8, uid=UID, given="Wei", family="Li", family_first=True)
    zhang = Contact(id=9, uid=UID, given="伟", family="张", family_first=True)
    assert li.display_name == "Li Wei"
    assert zhang.display_name == "张伟"  # no space between Han names
    assert replace(li, family_first=False).display_name == "Wei Li"
    for version in VCardVersion:
        lines = write_card(li, version=version).split("\r\n")
        assert "N:Li;Wei;;;" in lines  # N still says which part is which
        assert "FN:Li Wei" in lines
        assert "FN:张伟" in write_card(zhang, version=version).split("\r\n")
        parsed = only_card(write_card(li, version=version))
        assert (parsed.given, parsed.family, parsed.family_first) == ("Wei", "Li", True)


def test_street_addresses_are_listed_and_an_office_address_is_not() -> None:
    parsed = only_card(
        card(
            "N:Doe;Jane;;;",
            "ADR;TYPE=WORK:;;;Beijing;;;China",  # a city and a country: what offices hold
            "item1.ADR;TYPE=HOME:PO Box 12;Floor 3;1 Main St\\nBlock B;Nairobi;;00100;Kenya",
            "ADR:;;;;;75002;",
        )
    )
    assert parsed.addresses == (
        "PO Box 12, Floor 3, 1 Main St, Block B, Nairobi, 00100, Kenya",
        "75002",
    )
    label_only = only_card(card("N:Doe;Jane;;;", "LABEL;TYPE=WORK:1 Main St\\nNairobi"))
    assert label_only.addresses == ("1 Main St, Nairobi",)
    assert only_card(write_card(KIERAN)).addresses == ()  # our own ADR is the office's


def test_the_country_is_named_in_the_export_language() -> None:
    fr = write_card(KIERAN, language="fr").split("\r\n")
    assert "ADR;TYPE=WORK:;;;Beijing;;;Chine" in fr
    assert "ORG:OIM Pékin" in fr
    es = write_card(KIERAN, version=VCardVersion.V4, language="es").split("\r\n")
    assert "ADR;TYPE=work:;;;Beijing;;;China" in es
    assert "ORG:OIM Pekín" in es
    seoul = replace(KIERAN, office=OfficeRef(id=2, names={"en": "IOM Seoul"}, country="KR"))
    # A comma in a country name is escaped inside the compound ADR.
    assert "ADR;TYPE=WORK:;;;;;;Korea\\, Republic of" in write_card(seoul).split("\r\n")


def test_4_0_escapes_semicolons_only_in_compound_values() -> None:
    contact = Contact(
        id=10,
        uid=UID,
        given="Fatou",
        family="Ndiaye-Diallo; Sène, Jr.",
        titles={"en": "Head; Media"},
        notes="a; b, c\\d",
        phones=(Phone(PhoneKind.WORK, "ask; desk", None, None, False),),
        office=OfficeRef(id=3, names={"en": "Desk; Europe"}, country="FR"),
    )
    v4 = write_card(contact, version=VCardVersion.V4).split("\r\n")
    assert "N:Ndiaye-Diallo\\; Sène\\, Jr.;Fatou;;;" in v4
    assert "FN:Fatou Ndiaye-Diallo; Sène\\, Jr." in v4
    assert "ORG:Desk\\; Europe" in v4
    assert "TITLE;LANGUAGE=en:Head; Media" in v4
    assert "NOTE:a; b\\, c\\\\d" in v4
    assert "TEL;VALUE=text;TYPE=work,voice;PREF=1:ask; desk" in v4
    v3 = write_card(contact).split("\r\n")  # RFC 2426: escaped everywhere
    assert "FN:Fatou Ndiaye-Diallo\\; Sène\\, Jr." in v3
    assert "TITLE:Head\\; Media" in v3
    assert "NOTE:a\\; b\\, c\\\\d" in v3
    assert "TEL;TYPE=WORK,VOICE:ask\\; desk" in v3
    for version in VCardVersion:
        parsed = only_card(write_card(contact, version=version))
        assert parsed.family == "Ndiaye-Diallo; Sène, Jr."
        assert (parsed.titles["en"], parsed.notes) == ("Head; Media", "a; b, c\\d")
        assert parsed.phones == ((PhoneKind.WORK, "ask; desk"),)


def test_html_in_names_is_kept_as_text() -> None:
    parsed = only_card(
        card(
            "N:Best;<b>Kieran</b>;;;",
            "FN:<b>Kieran</b> Best",
            'EMAIL:"mailto:kgormanbest@iom.int" target=""',
            'NOTE:<a href="mailto:kgormanbest@iom.int">kgormanbest@iom.int</a>',
        )
    )
    assert parsed.given == "<b>Kieran</b>"
    assert parsed.emails == ((EmailKind.WORK, '"mailto:kgormanbest@iom.int" target=""'),)
    assert parsed.notes == '<a href="mailto:kgormanbest@iom.int">kgormanbest@iom.int</a>'


def test_kind_mapping_and_a_bare_fn() -> None:
    parsed = only_card(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ana María Pérez\r\n"
        'TEL;HOME;FAX:1\r\nTEL;HOME:2\r\nTEL;VOICE:3\r\nTEL:4\r\nTEL;TYPE="cell,voice":5\r\n'
        "TEL;PAGER:6\r\nEMAIL;HOME;INTERNET:a@b.c\r\nEMAIL;X400:d@e.f\r\n"
        "X-CRM-KIND:media\r\nX-CRM-ACTIVE:TRUE\r\nX-CRM-VERIFIED:20260131\r\nEND:VCARD\r\n"
    )
    assert (parsed.given, parsed.family) == ("Ana María", "Pérez")
    assert [kind for kind, _ in parsed.phones] == [
        PhoneKind.FAX,
        PhoneKind.HOME,
        PhoneKind.WORK,
        PhoneKind.WORK,
        PhoneKind.MOBILE,
        PhoneKind.WORK,
    ]
    assert [kind for kind, _ in parsed.emails] == [EmailKind.HOME, EmailKind.WORK]
    assert (parsed.kind, parsed.active, parsed.last_verified) == (
        ContactKind.MEDIA,
        True,
        date(2026, 1, 31),
    )


def test_nokia_2_1_base64_note_and_8bit_charset() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=8BIT:Doe;Jane\r\n"
        "FN;CHARSET=UTF-8;ENCODING=8BIT:Ms. Jane Lívia Doe\r\n"
        "TEL;PREF;HOME;VOICE;ENCODING=8BIT:+14155551212\r\n"
        "NOTE;ENCODING=BASE64:VGhpcyBpcyBqdXN0IGEgdGVzdC4KSXNzbyDDqSBzw7MgdW0gdGVzdGUu\r\n"
        "END:VCARD\r\n"
    )
    parsed = only_card(data)
    assert (parsed.given, parsed.family) == ("Jane", "Doe")
    assert parsed.phones == ((PhoneKind.HOME, "+14155551212"),)
    assert parsed.notes == "This is just a test.\nIsso é só um teste."


# ------------------------------------------------------------------------- hostile input ----

GOOD_A = card("N:Alpha;Ann;;;", "FN:Ann Alpha")
GOOD_B = card("N:Beta;Ben;;;", "FN:Ben Beta")


def lines_before(data: bytes) -> int:
    return data.count(b"\n")


def test_empty_file_yields_nothing_and_says_so() -> None:
    assert read_all(b"") == ([], ReadReport(["no vCards found"]))
    assert read_all(b"\r\n\r\n") == ([], ReadReport(["no vCards found"]))


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256)) * 40,
        b"Name,Email,Phone\r\nKieran Best,kgormanbest@iom.int,+86 10 5979 9695\r\n",
    ],
    ids=["png", "csv"],
)
def test_not_a_vcard_file(data: bytes) -> None:
    items, report = read_all(data)
    assert items == [CardProblem(1, "not a vCard file (no BEGIN:VCARD found)")]
    assert report.warnings == ["no vCards found"]


def test_card_without_end_and_junk_between_cards() -> None:
    data = (
        GOOD_A
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lost\r\n"  # no END before the next BEGIN
        + GOOD_B
        + "some stray text\r\nmore\r\n"
        + "BEGIN:VCARD\r\nFN:Cut off at the end\r\n"
    ).encode()
    items, report = read_all(data)
    assert report.warnings == []
    assert [(type(item).__name__, item.line) for item in items] == [
        ("IncomingContact", 1),
        ("CardProblem", 6),
        ("IncomingContact", 9),
        ("CardProblem", 14),
        ("CardProblem", 16),
    ]
    assert [c.family for c in cards_of(items)] == ["Alpha", "Beta"]
    assert [p.reason for p in problems_of(items)] == [
        "card has no END:VCARD",
        "ignored 2 line(s) outside any vCard",
        "card has no END:VCARD",
    ]


def test_binary_junk_inside_and_between_cards() -> None:
    noise = random.Random(7).randbytes(3000).replace(b"BEGIN", b"begun")
    data = (
        GOOD_A.encode()
        + noise
        + b"\r\n"
        + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\n"
        + noise[:40].replace(b"\n", b"")
        + b"\r\nEND:VCARD\r\n"
        + GOOD_B.encode()
    )
    items, report = read_all(data)
    good = cards_of(items)
    assert [c.family for c in good] == ["Alpha", "Beta"]
    problems = problems_of(items)
    assert problems[0].reason.startswith("ignored ")
    assert problems[0].line == 6  # right after the first card's five lines
    broken_line = lines_before(GOOD_A.encode() + noise + b"\r\n") + 1
    assert problems[1].line == broken_line
    assert problems[1].reason.startswith(f"line {broken_line + 3} is not a vCard property: ")
    assert len(problems) == 2
    assert report.warnings[0].startswith("file is not UTF-8; read as Windows-1252")


def test_a_malformed_parameter_list_does_not_hang() -> None:
    """vobject.base.parseLine takes ~40 s on this 55-character line; the guard refuses it."""
    hostile = "X;A=" + ",b" * 25 + "\x00"
    items, _ = read_all((card(hostile) + GOOD_B).encode())
    assert items[0] == CardProblem(1, f"line 3 is not a vCard property: {hostile}")
    assert cards_of(items)[0].family == "Beta"


def test_line_guard_accepts_exactly_what_vobject_accepts() -> None:
    from crm_app.domain.vcard import _SAFE_LINE_RE

    for size in range(1, 7):
        for chars in itertools.product('A;=,":.', repeat=size):
            text = "".join(chars)
            assert bool(_SAFE_LINE_RE.match(text)) == bool(vobject.base.line_re.match(text)), text


def test_invalid_utf8_card_is_read_as_windows_1252_with_one_warning() -> None:
    data = (
        GOOD_A.encode()
        + card("N:M\xfcller;J\xfcrgen;;;", "NOTE:caf\xe9 \x81").encode("latin-1")
        + card("FN:Zo\xeb").encode("latin-1")
    )
    items, report = read_all(data)
    mueller, zoe = cards_of(items)[1:]
    assert (mueller.given, mueller.family) == ("Jürgen", "Müller")
    assert mueller.notes == "café \ufffd"  # 0x81 is not a Windows-1252 character
    assert zoe.family == "Zoë"
    assert report.warnings == [
        "file is not UTF-8; read as Windows-1252 (first at the card on line 6)"
    ]


def test_a_lying_charset_falls_back_with_a_warning() -> None:
    parsed_items, report = read_all(
        card("FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Ren=E9e", "NOTE;CHARSET=x-nope:a").encode()
    )
    (parsed,) = cards_of(parsed_items)
    assert parsed.family == "Renée"
    assert report.warnings == ["line 3: text is not valid CHARSET=utf-8; read as Windows-1252"]


def test_a_10_mb_line_is_skipped_without_being_held(tmp_path: Path) -> None:
    path = tmp_path / "huge.vcf"
    with path.open("wb") as out:
        out.write(GOOD_A.encode())
        out.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:")
        out.write(b"x" * 10_000_000)
        out.write(b"\r\nFN:Never\r\nEND:VCARD\r\n")
        out.write(GOOD_B.encode())
    tracemalloc.start()
    try:
        with path.open("rb") as stream:
            items = list(read_cards(stream))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [c.family for c in cards_of(items)] == ["Alpha", "Beta"]
    assert problems_of(items) == [
        CardProblem(6, "line 8 is longer than 1000000 bytes; card skipped")
    ]
    assert peak < 4_000_000, peak


def test_too_many_properties_and_too_big_a_card() -> None:
    tels = [f"TEL:+1 202 555 {i % 10000:04d}" for i in range(10_000)]
    items, _ = read_all((card(*tels) + GOOD_B).encode())
    assert items[0] == CardProblem(1, "card has more than 2000 properties; skipped")
    assert [c.family for c in cards_of(items)] == ["Beta"]
    # Folds after blank lines start new properties, and count as such.
    items, _ = read_all((card(*["NOTE:a", "", " b"] * 1_000) + GOOD_B).encode())
    assert items[0] == CardProblem(1, "card has more than 2000 properties; skipped")

    items, _ = read_all((card("NOTE:" + "y" * 900, "FN:z") + GOOD_B).encode(), max_card_bytes=500)
    assert items[0] == CardProblem(1, "line 3 is longer than 500 bytes; card skipped")
    items, _ = read_all(
        (card("NOTE:" + "y" * 400, "FN:" + "z" * 400) + GOOD_B).encode(), max_card_bytes=500
    )
    assert items[0] == CardProblem(1, "card is larger than 500 bytes; skipped")
    assert [c.family for c in cards_of(items)] == ["Beta"]


class CardStream(io.RawIOBase):
    """A file of `count` cards produced on demand, recording how far it has been read."""

    def __init__(self, count: int) -> None:
        self.cards = (card(f"N:Family{i:05d};Given;;;", "FN:Given").encode() for i in range(count))
        self.pending = b""
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while len(self.pending) < len(buffer):
            chunk = next(self.cards, None)
            if chunk is None:
                break
            self.pending += chunk
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        self.served += size
        return size


def test_reading_streams_one_card_at_a_time() -> None:
    card_size = len(card("N:Family00000;Given;;;", "FN:Given").encode())
    stream = CardStream(20_000)
    progress: list[int] = []
    cards = read_cards(cast(BinaryIO, stream), progress=progress.append)
    first = next(cards)
    assert isinstance(first, IncomingContact)
    assert first.family == "Family00000"
    assert stream.served <= 64 * 1024  # one chunk read, not the 1.5 MB file
    count = 1
    for item in cards:
        assert isinstance(item, IncomingContact)
        count += 1
        # The reader is never more than one chunk ahead of the card it hands out.
        assert stream.served - count * card_size <= 64 * 1024
    assert count == 20_000
    assert progress[-1] == stream.served == 20_000 * card_size
    assert progress == sorted(progress)


# --------------------------------------------------------------------------- round trip ----

VALID_E164 = sorted(
    {
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        for region in ("CN", "CH", "US", "FR", "GB", "IT", "KE", "BR", "IN", "JP", "DE", "RU")
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)
        if (number := phonenumbers.example_number_for_type(region, kind)) is not None
    }
    | {"+861059799695", "+41227179111"}
)
LANGUAGES = ["en", "fr", "es", "zh", "ar", "pt"]
ADDRESSES = ["kgormanbest@iom.int", "press@iom.int", "a.b@example.org", "x@y.co"]
any_text = st.text(st.characters(codec="utf-8"), max_size=40)  # any code point but surrogates

valid_phones = st.builds(
    lambda kind, e164, ext: Phone(kind, "", e164, ext, True),
    st.sampled_from(PhoneKind),
    st.sampled_from(VALID_E164),
    st.none() | st.from_regex(r"[1-9][0-9]{0,4}", fullmatch=True),
)
invalid_phones = st.builds(
    lambda kind, raw: Phone(kind, raw, None, None, False),
    st.sampled_from(PhoneKind),
    st.text("0123456789 +-().x#,;\\abc", min_size=1, max_size=25).filter(lambda s: s.strip()),
)
contacts = st.builds(
    Contact,
    id=st.just(1),
    uid=st.uuids().map(str) | st.text("abcXYZ0123456789-_.@,;\\", min_size=1, max_size=30),
    given=any_text,
    family=any_text,
    honorific=any_text,
    titles=st.dictionaries(st.sampled_from(LANGUAGES), any_text, max_size=4),
    office=st.none() | st.just(BEIJING),
    kind=st.sampled_from(ContactKind),
    languages=st.lists(st.sampled_from(LANGUAGES), unique=True, max_size=4).map(tuple),
    phones=st.lists(valid_phones | invalid_phones, max_size=4).map(tuple),
    emails=st.lists(
        st.builds(Email, st.sampled_from(EmailKind), st.sampled_from(ADDRESSES)), max_size=3
    ).map(tuple),
    notes=st.text(st.characters(codec="utf-8"), max_size=300),
    active=st.booleans(),
    last_verified=st.none() | st.dates(),
    updated_at=st.none()
    | st.datetimes(min_value=datetime(1, 1, 1), timezones=st.just(UTC)).map(
        lambda moment: moment.replace(microsecond=0)
    ),
    family_first=st.booleans(),
)


def phone_key(kind: PhoneKind, raw: str) -> tuple[PhoneKind, str, str]:
    number = phonenumbers.parse(raw, None)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return kind, e164, number.extension or ""


@settings(max_examples=150, deadline=None)
@given(contact=contacts, organisation=st.sampled_from(["", "IOM"]))
def test_round_trip(contact: Contact, organisation: str) -> None:
    now = datetime(2026, 11, 27, 10, 15, tzinfo=UTC)
    for version, profile in (
        (VCardVersion.V3, VCardProfile.STANDARD),
        (VCardVersion.V4, VCardProfile.STANDARD),
        (VCardVersion.V3, VCardProfile.OUTLOOK),
    ):
        text = write_card(
            contact, version=version, profile=profile, organisation=organisation, now=now
        )
        parsed = only_card(text)
        assert parsed.uid == contact.uid
        assert parsed.given == clean_text(contact.given)
        assert parsed.family == clean_text(contact.family)
        assert parsed.honorific == clean_text(contact.honorific)
        # The order comes back wherever the two orders read differently.
        given_first = full_name(parsed.given, parsed.family)
        family_first = full_name(parsed.given, parsed.family, family_first=True)
        readable = "".join(given_first.split()).casefold() != (
            "".join(family_first.split()).casefold()
        )
        assert parsed.family_first == (contact.family_first and readable)
        expected_titles = {k: clean_text(v) for k, v in contact.titles.items() if clean_text(v)}
        assert parsed.titles == expected_titles
        assert parsed.notes == clean_text(contact.notes)
        assert parsed.emails == tuple((e.kind, e.address) for e in contact.emails)
        expected_phones = [
            phone_key(p.kind, f"{p.e164} ext. {p.extension}" if p.extension else p.e164 or "")
            if p.valid
            else (p.kind, clean_text(p.raw).strip())
            for p in contact.phones
        ]
        got_phones = [
            phone_key(kind, raw) if p.valid else (kind, raw)
            for (kind, raw), p in zip(parsed.phones, contact.phones, strict=True)
        ]
        assert got_phones == expected_phones
        assert parsed.languages == contact.languages
        assert parsed.kind is contact.kind
        assert (parsed.active is not False) == contact.active
        assert parsed.last_verified == contact.last_verified
        assert parsed.rev == (contact.updated_at or now)

        if version is VCardVersion.V3:
            # vobject's own reader gives back the same values.
            vcard = vobject.readOne(text)
            assert vcard.n.value.given == clean_text(contact.given)
            assert vcard.n.value.family == clean_text(contact.family)
            assert vcard.n.value.prefix == clean_text(contact.honorific)
            assert vcard.uid.value == contact.uid
            if contact.languages:
                assert vcard.x_crm_languages.value == ",".join(contact.languages)
            if clean_text(contact.notes):
                assert vcard.note.value == clean_text(contact.notes)
            assert [e.value for e in vcard.contents.get("email", [])] == [
                e.address for e in contact.emails
            ]
