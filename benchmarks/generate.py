"""Build a realistic Press Contacts database of N contacts, fast, for the benchmarks.

Run from the project folder:

    .venv/bin/python benchmarks/generate.py 100000 --data-dir DIR
    .venv/bin/python benchmarks/generate.py 1000 --db sqlite:///FILE --seed 7

then open it as usual: `crm-app --data-dir DIR contact list`, or the window.

What it writes, by the program's own rules:

- 300 offices in 150 countries, added through OfficeService (names in en, fr and es, ISO
  country, city, a switchboard number valid for that country, the second office of a
  country under the first);
- N contacts, names in Latin, accented, Chinese (family name first) and Arabic scripts,
  each with 1-3 phones valid for the office's country (some mobiles, some extensions,
  typed in several ways and read by `domain.phones.parse_phone` in the office's region),
  1-2 e-mail addresses checked by `domain.emails.normalise_email`, job titles in English
  and some in French and Spanish; the search document and sort key are made by
  `services.search_text.set_search_fields`, the function the services use, so the search
  index (FTS5 triggers on SQLite, pg_trgm on PostgreSQL) is what the program would build;
- 2,000 releases of 1-4 contacts each, mostly from the issuing office; a quarter of them
  published through ReleaseService.publish, which freezes the block and its citations.

Contacts and releases go in with SQLAlchemy Core bulk inserts (executemany), not ORM
objects one by one. The database must be new or empty. The time taken is printed.
"""

from __future__ import annotations

import argparse
import functools
import gettext
import random
import sys
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
import pycountry
from phonenumbers import PhoneNumberFormat, PhoneNumberType, geocoder
from sqlalchemy import func, insert, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crm_app.app.paths import AppPaths
from crm_app.domain.emails import normalise_email
from crm_app.domain.errors import ValidationError
from crm_app.domain.phones import parse_phone
from crm_app.domain.records import (
    Contact,
    ContactKind,
    Email,
    EmailKind,
    Office,
    OfficeKind,
    Phone,
)
from crm_app.domain.text import fold
from crm_app.domain.vcard import write_cards
from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import OfficeDraft
from crm_app.services.search_text import set_search_fields
from crm_app.store.database import Database, open_database
from crm_app.store.models import (
    ContactRow,
    ContactTitleRow,
    EmailRow,
    OfficeRow,
    PhoneRow,
    ReleaseContactRow,
    ReleaseRow,
)

COUNTRIES = 150
OFFICES_PER_COUNTRY = 2
RELEASES = 2_000
BATCH = 5_000
# The FTS5 tables kept in step with contacts.search_text, and their insert triggers
# (db/versions/0002_search_and_citations.py, 0006_word_start_search.py).
SEARCH_INDEXES = {
    "contact_search": "contacts_search_insert",
    "contact_words": "contacts_words_insert",
}
# The countries a press office works with most; the rest are drawn with the seed.
FIRST_COUNTRIES = ("CN", "KE", "CH", "FR", "US", "ES", "MX", "EG", "LB", "SN", "BR", "DE")

# (given names, family names, family name written first, ASCII forms for e-mail addresses)
LATIN_GIVEN = (
    "Kieran", "Nadia", "Daniel", "Grace", "Samuel", "Peter", "Mary", "John", "Sarah",
    "Michael", "Fatou", "Chidi", "Amina", "Kwame", "Olga", "Ingrid", "Lucas", "Anna", "Maria",
    "David", "Emma", "James", "Laura", "Paul", "Ruth", "Thomas", "Alice", "Jonas", "Ivan",
    "Leila", "Hannah", "Oscar", "Irina", "Pedro", "Joy", "Aliyu", "Wanjiru", "Kofi", "Mei",
)  # fmt: skip
LATIN_FAMILY = (
    "Best", "Okafor", "Mwangi", "Ndiaye", "Smith", "Johnson", "Brown", "Wilson", "Taylor",
    "Novak", "Kim", "Garcia", "Rossi", "Tanaka", "Hassan", "Larsen", "Costa", "Bello",
    "Moreau", "Nguyen", "Petrov", "Mensah", "Santos", "Odhiambo", "Kowalski", "Jensen",
    "Banda", "Diallo", "Haddad", "Fischer", "Walker", "Otieno", "Kamau", "Mbeki", "Silva",
)  # fmt: skip
ACCENTED_GIVEN = (
    "Amélie", "Hélène", "José", "Tomás", "Søren", "Zoë", "Aïcha", "Sébastien", "Ángela",
    "Björn", "Łukasz", "Renée", "François", "Inês", "Çağla", "Jürgen", "Anaïs", "Nuño",
    "Dagný", "Élodie", "Ramón", "Małgorzata", "Jiří", "Loïc", "Gaëlle",
)  # fmt: skip
ACCENTED_FAMILY = (
    "Lefèvre", "García-Pérez", "Østergaard", "Müller", "Dvořák", "Núñez", "Ćosić", "Çelik",
    "Gonçalves", "Sánchez", "Høeg", "Brontë", "Pérez", "Šimić", "Özdemir", "Bérubé",
    "Łęcka", "Fernández", "Dubois-Léger", "Mäkinen", "Żukowski", "Ibáñez", "Sørensen",
)  # fmt: skip
# Chinese names with their pinyin, for the e-mail address.
CHINESE_GIVEN = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"), ("敏", "min"),
    ("静", "jing"), ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"),
    ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"),
)  # fmt: skip
CHINESE_FAMILY = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"),
    ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"),
)  # fmt: skip
ARABIC_GIVEN = (
    ("محمد", "mohammed"), ("أحمد", "ahmed"), ("فاطمة", "fatima"), ("علي", "ali"),
    ("عمر", "omar"), ("ليلى", "layla"), ("يوسف", "youssef"), ("مريم", "maryam"),
    ("حسن", "hassan"), ("نور", "nour"), ("خالد", "khaled"), ("سارة", "sara"), ("رنا", "rana"),
)  # fmt: skip
ARABIC_FAMILY = (
    ("الحسيني", "alhusseini"), ("حداد", "haddad"), ("منصور", "mansour"), ("خوري", "khoury"),
    ("العلي", "alali"), ("صالح", "saleh"), ("عبد الله", "abdallah"), ("النجار", "alnajjar"),
    ("الشامي", "alshami"), ("عيسى", "issa"), ("حمدان", "hamdan"), ("يونس", "younes"),
)  # fmt: skip
HONORIFICS = ("", "", "", "", "", "", "Dr.", "Ms", "Mr", "Mme", "Sr.")
TITLES: tuple[Mapping[str, str], ...] = (
    {"en": "Media and Communications Officer", "fr": "Chargée de communication",
     "es": "Oficial de comunicaciones"},
    {"en": "Spokesperson", "fr": "Porte-parole", "es": "Portavoz"},
    {"en": "Chief of Mission", "fr": "Chef de mission", "es": "Jefe de misión"},
    {"en": "Press Officer", "fr": "Attaché de presse", "es": "Agregado de prensa"},
    {"en": "Public Information Officer", "fr": "Chargé de l'information",
     "es": "Oficial de información pública"},
    {"en": "Regional Communications Adviser", "fr": "Conseillère régionale en communication",
     "es": "Asesora regional de comunicación"},
    {"en": "Programme Officer", "fr": "Chargé de programme", "es": "Oficial de programas"},
    {"en": "Head of Office", "fr": "Cheffe de bureau", "es": "Jefa de oficina"},
    {"en": "Senior Media Relations Officer", "fr": "Responsable des relations avec les médias",
     "es": "Responsable de relaciones con los medios"},
    {"en": "Digital Content Producer", "fr": "Producteur de contenus numériques",
     "es": "Productor de contenidos digitales"},
)  # fmt: skip
EXTENSION_WORDS = (" ext. ", " Ext. ", " x", " poste ", " extensión ", " ext ")
NOTES = (
    "",
    "",
    "",
    "",
    "Prefers e-mail; available 09:00-17:00 local time.",
    "Covers migration, labour mobility and counter-trafficking.",
    "Parle français et anglais ; joindre avant 10 h.",
    "Habla español e inglés, en el terreno los martes.",
    "负责媒体关系。",
    "مسؤول عن العلاقات الإعلامية.",
)
RELEASE_TITLES = {
    "en": (
        "{office} supports families displaced by floods in {city}",
        "{office} scales up its response as thousands arrive in {city}",
        "New report: labour migration trends in {country}",
        "{office} and partners open a migrant resource centre in {city}",
        "Statement on the situation of migrants in {country}",
    ),
    "fr": (
        "L'{office} vient en aide aux familles déplacées par les inondations à {city}",
        "Nouveau rapport : les tendances de la migration de travail au {country}",
        "Déclaration sur la situation des migrants au {country}",
    ),
    "es": (
        "La {office} apoya a las familias desplazadas por las inundaciones en {city}",
        "Nuevo informe: tendencias de la migración laboral en {country}",
        "Declaración sobre la situación de los migrantes en {country}",
    ),
}
EMAIL_DOMAIN = "iom.int"
PERSONAL_DOMAINS = ("example.org", "example.com", "mail.example.net")


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    names: Mapping[str, str]  # en, fr, es
    city: str
    fixed: phonenumbers.PhoneNumber
    mobile: phonenumbers.PhoneNumber


@dataclass(slots=True)
class Generated:
    """What `generate` wrote, with some of the contacts, for checks and benchmarks."""

    url: str
    contacts: int
    offices: list[Office]
    releases: int
    published: int
    seconds: float
    samples: list[Contact] = field(default_factory=list)  # every 997th contact, or all
    contacts_per_office: dict[int, int] = field(default_factory=dict)


# --------------------------------------------------------------------------------- offices


@functools.cache
def _translator(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


def _short(name: str) -> str:
    """ "Korea, Republic of" -> "Korea"; "Bolivia (Plurinational State of)" -> "Bolivia"."""
    return name.split(",", maxsplit=1)[0].split(" (", maxsplit=1)[0].strip()


def _candidates() -> list[str]:
    """Regions phonenumbers has fixed and mobile example numbers for, and pycountry knows."""
    return [
        code
        for code in sorted(phonenumbers.SUPPORTED_REGIONS)
        if pycountry.countries.get(alpha_2=code) is not None
        and phonenumbers.example_number_for_type(code, PhoneNumberType.FIXED_LINE) is not None
        and phonenumbers.example_number_for_type(code, PhoneNumberType.MOBILE) is not None
    ]


def country(code: str) -> Country:
    """Names in en, fr and es (pycountry's translations), a city (phonenumbers' geocoder for
    the example fixed line, else the country) and example numbers."""
    record = pycountry.countries.get(alpha_2=code)
    fixed = phonenumbers.example_number_for_type(code, PhoneNumberType.FIXED_LINE)
    mobile = phonenumbers.example_number_for_type(code, PhoneNumberType.MOBILE)
    assert record is not None and fixed is not None and mobile is not None, code
    official = str(record.name)
    english = _short(str(getattr(record, "common_name", official)))
    place = geocoder.description_for_number(fixed, "en").split("/")[0].split(",")[0].strip()
    return Country(
        code=code,
        names={
            "en": english,
            "fr": _short(_translator("fr").gettext(official)),
            "es": _short(_translator("es").gettext(official)),
        },
        city=place or english,
        fixed=fixed,
        mobile=mobile,
    )


def countries(rng: random.Random, count: int = COUNTRIES) -> list[Country]:
    """`count` countries: the FIRST_COUNTRIES, then others drawn with `rng`."""
    candidates = _candidates()
    first = [code for code in candidates if code in FIRST_COUNTRIES]
    rest = [code for code in candidates if code not in FIRST_COUNTRIES]
    return [country(code) for code in first + rng.sample(rest, count - len(first))]


def office_drafts(chosen: Sequence[Country]) -> list[tuple[OfficeDraft, OfficeDraft]]:
    """Per country, its country office and a second office (a city mission or a field
    office) whose parent is the first. Every name is unique, folded, across all offices."""
    taken: set[str] = set()
    pairs = []

    def free(names: dict[str, str]) -> bool:
        keys = {fold(name) for name in names.values()}
        if keys & taken:
            return False
        taken.update(keys)
        return True

    for country in chosen:
        en, fr, es = country.names["en"], country.names["fr"], country.names["es"]
        switchboard = phonenumbers.format_number(country.fixed, PhoneNumberFormat.INTERNATIONAL)
        main_names = {"en": f"IOM {en}", "fr": f"OIM {fr}", "es": f"OIM {es}"}
        if not free(main_names):
            main_names = {k: f"{v} ({country.code})" for k, v in main_names.items()}
            taken.update(fold(name) for name in main_names.values())
        main = OfficeDraft(
            names=main_names,
            country=country.code,
            city=country.city,
            kind=OfficeKind.COUNTRY_OFFICE,
            switchboard=switchboard,
        )
        city = country.city
        second_names = {"en": f"IOM {city}", "fr": f"OIM {city}", "es": f"OIM {city}"}
        if fold(city) == fold(en) or not free(second_names):
            second_names = {
                "en": f"IOM {en} Field Office",
                "fr": f"OIM {fr}, bureau de terrain",
                "es": f"OIM {es}, oficina sobre el terreno",
            }
            if not free(second_names):
                second_names = {k: f"{v} ({country.code})" for k, v in second_names.items()}
                taken.update(fold(name) for name in second_names.values())
        second = OfficeDraft(
            names=second_names,
            country=country.code,
            city=city,
            kind=OfficeKind.MISSION,
            switchboard=switchboard,
            parent=main_names["en"],
        )
        pairs.append((main, second))
    return pairs


# -------------------------------------------------------------------------------- contacts


def _varied(example: phonenumbers.PhoneNumber, rng: random.Random) -> phonenumbers.PhoneNumber:
    """A valid number of the example's type: its last digits drawn anew, when valid."""
    nsn = phonenumbers.national_significant_number(example)
    free = max(0, min(6, len(nsn) - 3))
    for _ in range(4):
        if not free:
            break
        digits = nsn[:-free] + "".join(str(rng.randrange(10)) for _ in range(free))
        number = phonenumbers.parse(f"+{example.country_code}{digits}")
        if phonenumbers.is_valid_number(number):
            return number
    return example


def _typed(number: phonenumbers.PhoneNumber, rng: random.Random) -> str:
    """How a person would have typed it."""
    style = rng.random()
    if style < 0.45:
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if style < 0.75:
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if style < 0.9:
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    return "00" + international[1:]


def _phones(rng: random.Random, country: Country, office: Office) -> list[Phone]:
    switchboard = office.switchboard.e164 if office.switchboard is not None else None
    phones: list[Phone] = []
    seen: set[tuple[str, str]] = set()
    for position in range(rng.choice((1, 1, 2, 2, 2, 3))):
        mobile = (position > 0 and rng.random() < 0.6) or rng.random() < 0.15
        number = _varied(country.mobile if mobile else country.fixed, rng)
        raw = _typed(number, rng)
        if not mobile and rng.random() < 0.3:
            raw += rng.choice(EXTENSION_WORDS) + str(rng.randrange(100, 9999))
        try:
            phone = parse_phone(raw, region=country.code, switchboard=switchboard)
        except ValidationError:  # a national form phonenumbers reads otherwise: as stored
            raw = phonenumbers.format_number(number, PhoneNumberFormat.E164)
            phone = parse_phone(raw, region=country.code, switchboard=switchboard)
        if phone.dial_key not in seen:
            seen.add(phone.dial_key)
            phones.append(phone)
    return phones


def _name(rng: random.Random) -> tuple[str, str, bool, str, str]:
    """(given, family, family first, ASCII given, ASCII family)"""
    script = rng.random()
    if script < 0.55:
        given, family = rng.choice(LATIN_GIVEN), rng.choice(LATIN_FAMILY)
        return given, family, False, given, family
    if script < 0.75:
        given = rng.choice(ACCENTED_GIVEN + LATIN_GIVEN)
        family = rng.choice(ACCENTED_FAMILY)
        return given, family, False, fold(given), fold(family)
    if script < 0.9:
        (given, given_ascii), (family, family_ascii) = (
            rng.choice(CHINESE_GIVEN),
            rng.choice(CHINESE_FAMILY),
        )
        return given, family, True, given_ascii, family_ascii
    (given, given_ascii), (family, family_ascii) = (
        rng.choice(ARABIC_GIVEN),
        rng.choice(ARABIC_FAMILY),
    )
    return given, family, False, given_ascii, family_ascii


def _local_part(text_value: str) -> str:
    kept = "".join(ch for ch in fold(text_value) if ch.isascii() and (ch.isalnum() or ch in ".-"))
    return kept.strip(".-") or "press"


def generated_contacts(
    count: int,
    offices: Sequence[Office],
    chosen: Sequence[Country],
    seed: int,
    first_id: int = 1,
    domain: str = EMAIL_DOMAIN,
) -> Iterator[Contact]:
    """`count` contacts as the services would store them, ids from `first_id`."""
    rng = random.Random(seed)
    by_code = {country.code: country for country in chosen}
    used: dict[str, int] = {}
    now = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    for index in range(count):
        office = offices[rng.randrange(len(offices))]
        country = by_code[office.country]
        given, family, family_first, given_ascii, family_ascii = _name(rng)
        local = f"{_local_part(given_ascii)}.{_local_part(family_ascii)}"
        used[local] = used.get(local, 0) + 1
        if used[local] > 1:
            local += str(used[local])
        emails = [Email(EmailKind.WORK, normalise_email(f"{local}@{domain}"))]
        if rng.random() < 0.4:
            personal = (
                f"{_local_part(given_ascii)}{rng.randrange(10, 99)}{_local_part(family_ascii)}"
            )
            emails.append(
                Email(EmailKind.HOME, normalise_email(f"{personal}@{rng.choice(PERSONAL_DOMAINS)}"))
            )
        title = rng.choice(TITLES)
        titles = {"en": title["en"]}
        if rng.random() < 0.3:
            titles["fr"] = title["fr"]
        if rng.random() < 0.15:
            titles["es"] = title["es"]
        updated = now - timedelta(seconds=rng.randrange(3 * 365 * 86400))
        yield Contact(
            id=first_id + index,
            uid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            given=given,
            family=family,
            honorific=rng.choice(HONORIFICS),
            titles=titles,
            office=office.ref,
            kind=rng.choice(list(ContactKind)),
            languages=tuple(rng.sample(("en", "fr", "es", "ar", "zh"), rng.randrange(1, 4))),
            phones=tuple(_phones(rng, country, office)),
            emails=tuple(emails),
            notes=rng.choice(NOTES),
            active=rng.random() > 0.03,
            last_verified=(date(2026, 11, 1) - timedelta(days=rng.randrange(900)))
            if rng.random() < 0.6
            else None,
            created_at=updated - timedelta(days=rng.randrange(400)),
            updated_at=updated,
            family_first=family_first,
        )


def _naive(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC).replace(tzinfo=None)


def _rows(contact: Contact) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The contacts row (search fields made by the services' function), phones, e-mails."""
    row = ContactRow(given=contact.given, family=contact.family, honorific=contact.honorific)
    # Offices are found through their own document (a join), not copied into the contact's.
    set_search_fields(row, [e.address for e in contact.emails], contact.phones)
    contact_row = {
        "id": contact.id,
        "uid": contact.uid,
        "honorific": contact.honorific,
        "given": contact.given,
        "family": contact.family,
        "family_first": contact.family_first,
        "kind": contact.kind.value,
        "office_id": contact.office.id if contact.office is not None else None,
        "languages": ",".join(contact.languages),
        "notes": contact.notes,
        "active": contact.active,
        "last_verified": contact.last_verified,
        "created_at": _naive(contact.created_at),
        "updated_at": _naive(contact.updated_at),
        "deleted_at": None,
        "version": 1,
        "search_text": row.search_text,
        "sort_key": row.sort_key,
    }
    phones = [
        {
            "contact_id": contact.id,
            "position": position,
            "kind": phone.kind.value,
            "raw": "".join(ch for ch in phone.raw if ch >= " ")[:100],
            "e164": phone.e164,
            "extension": phone.extension,
            "valid": phone.valid,
            "line_type": phone.line_type.value,
        }
        for position, phone in enumerate(contact.phones)
    ]
    emails = [
        {
            "contact_id": contact.id,
            "position": position,
            "kind": email.kind.value,
            "address": email.address,
            "address_key": email.address.lower(),
        }
        for position, email in enumerate(contact.emails)
    ]
    return contact_row, phones, emails


def insert_contacts(database: Database, contacts: Iterable[Contact]) -> int:
    """Bulk insert, a batch at a time, in one transaction; returns how many."""
    written = 0
    with database.engine.begin() as connection:
        triggers = _suspend_search_triggers(connection)
        batch: list[Contact] = []

        def flush() -> None:
            contact_rows, phone_rows, email_rows, title_rows = [], [], [], []
            for contact in batch:
                contact_row, phones, emails = _rows(contact)
                contact_rows.append(contact_row)
                phone_rows += phones
                email_rows += emails
                title_rows += [
                    {"contact_id": contact.id, "language": language, "title": title}
                    for language, title in contact.titles.items()
                ]
            connection.execute(insert(ContactRow), contact_rows)
            if phone_rows:
                connection.execute(insert(PhoneRow), phone_rows)
            connection.execute(insert(EmailRow), email_rows)
            if title_rows:
                connection.execute(insert(ContactTitleRow), title_rows)
            batch.clear()

        for contact in contacts:
            batch.append(contact)
            written += 1
            if len(batch) >= BATCH:
                flush()
        if batch:
            flush()
        _resume_search_triggers(connection, triggers)
        _advance_sequence(connection, "contacts")
    return written


def _suspend_search_triggers(connection: Any) -> dict[str, str]:
    """SQLite: the FTS5 indexes are filled row by row by triggers, which slow down more and
    more within one big transaction; drop them for the load (their SQL is kept, as stored)."""
    if connection.dialect.name != "sqlite":
        return {}
    suspended: dict[str, str] = {}
    for table, trigger in SEARCH_INDEXES.items():
        sql = connection.scalar(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": trigger},
        )
        if sql is not None:
            connection.exec_driver_sql(f"DROP TRIGGER {trigger}")
            suspended[table] = str(sql)
    return suspended


def _resume_search_triggers(connection: Any, suspended: dict[str, str]) -> None:
    """Each index rebuilt from contacts.search_text in one pass (as the migrations that
    made them do), and its trigger put back exactly as it was."""
    for table, sql in suspended.items():
        connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
        connection.exec_driver_sql(sql)


def _advance_sequence(connection: Any, table: str) -> None:
    """PostgreSQL: rows inserted with explicit ids leave the id sequence behind; catch up."""
    if connection.dialect.name == "postgresql":
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" (SELECT max(id) FROM {table}))"
            )
        )


# -------------------------------------------------------------------------------- releases


def insert_releases(
    database: Database,
    services: Services,
    offices: Sequence[Office],
    members: Mapping[int, Sequence[int]],
    rng: random.Random,
    count: int = RELEASES,
) -> int:
    """`count` draft releases in bulk, then a quarter published through the service (which
    renders and freezes the block and writes its citations). Returns how many published."""
    now = datetime(2026, 11, 27, 9, 0)
    with database.engine.begin() as connection:
        start = int(connection.scalar(select(func.coalesce(func.max(ReleaseRow.id), 0))) or 0)
        all_ids = [contact_id for ids in members.values() for contact_id in ids]
        releases: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for index in range(count):
            release_id = start + index + 1
            office = rng.choice(offices)
            language = rng.choices(("en", "fr", "es"), (60, 25, 15))[0]
            pattern = rng.choice(RELEASE_TITLES[language])
            title = pattern.format(
                office=office.name(language),
                city=office.city,
                country=office.name(language).partition(" ")[2] or office.city,
            )
            day = date(2026, 11, 27) - timedelta(days=rng.randrange(3 * 365))
            releases.append(
                {
                    "id": release_id,
                    "title": title[:500],
                    "language": language,
                    "release_date": day,
                    "dateline": f"{office.city}, {day.isoformat()}",
                    "office_id": office.id,
                    "url": f"https://www.example.org/news/release-{release_id}",
                    "status": "draft",
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
            pool = list(members.get(office.id, ())) or all_ids
            wanted = rng.randrange(1, 5)
            chosen = rng.sample(pool, min(wanted, len(pool)))
            while len(chosen) < wanted:  # a small office: someone from headquarters too
                extra = rng.choice(all_ids)
                if extra not in chosen:
                    chosen.append(extra)
            links += [
                {"release_id": release_id, "contact_id": contact_id, "position": position}
                for position, contact_id in enumerate(chosen)
            ]
        if releases:
            connection.execute(insert(ReleaseRow), releases)
            connection.execute(insert(ReleaseContactRow), links)
        _advance_sequence(connection, "releases")
    published = 0
    for release_id in rng.sample(range(start + 1, start + count + 1), count // 4):
        services.releases.publish(release_id)
        published += 1
    return published


# --------------------------------------------------------------------------------- generate


def _refuse_non_empty(database: Database) -> None:
    with database.engine.connect() as connection:
        offices = connection.scalar(select(func.count()).select_from(OfficeRow))
        contacts = connection.scalar(select(func.count()).select_from(ContactRow))
    if offices or contacts:
        raise SystemExit(
            f"generate: the database already holds {offices} offices and {contacts} contacts;"
            " give a new file or an empty database"
        )


def generate(
    url: str,
    count: int,
    seed: int = 2026,
    releases: int = RELEASES,
    keep_all: bool = False,
    progress: bool = False,
) -> Generated:
    """Fill the new or empty database at `url`; `keep_all` keeps every contact in samples."""
    started = time.perf_counter()
    rng = random.Random(seed)
    database = open_database(url)
    try:
        _refuse_non_empty(database)
        services = Services.build(database, clock=Clock())
        chosen = countries(rng)
        offices: list[Office] = []
        for main, second in office_drafts(chosen):
            offices.append(services.offices.add(main))
            first = offices[-1]
            offices.append(services.offices.add(_with_parent(second, first.id)))
        # As the services will read them back (names in the order the store returns them):
        # the search document lists an office's names in that order.
        offices = services.offices.all()
        if progress:
            print(f"  {len(offices)} offices in {time.perf_counter() - started:.1f} s", flush=True)
        samples: list[Contact] = []
        members: dict[int, list[int]] = {office.id: [] for office in offices}

        def watched(contacts: Iterator[Contact]) -> Iterator[Contact]:
            for contact in contacts:
                if contact.office is not None:
                    members[contact.office.id].append(contact.id)
                if keep_all or contact.id % 997 == 1:
                    samples.append(contact)
                if progress and contact.id % 20_000 == 0:
                    elapsed = time.perf_counter() - started
                    print(f"  {contact.id:,} contacts in {elapsed:.0f} s", flush=True)
                yield contact

        with database.engine.connect() as connection:
            first_id = int(
                connection.scalar(select(func.coalesce(func.max(ContactRow.id), 0))) or 0
            )
        written = insert_contacts(
            database,
            watched(generated_contacts(count, offices, chosen, seed, first_id=first_id + 1)),
        )
        if progress:
            print(f"  contacts in {time.perf_counter() - started:.1f} s", flush=True)
        published = insert_releases(database, services, offices, members, rng, releases)
        if database.dialect == "sqlite":
            with database.engine.connect() as connection:
                connection.exec_driver_sql("ANALYZE")
                connection.commit()
    finally:
        database.close()
    return Generated(
        url=url,
        contacts=written,
        offices=offices,
        releases=releases,
        published=published,
        seconds=time.perf_counter() - started,
        samples=samples,
        contacts_per_office={office_id: len(ids) for office_id, ids in members.items()},
    )


def write_vcards(
    url: str, count: int, path: Path, seed: int = 2026, domain: str = "cards.iom.int"
) -> float:
    """`count` new contacts of the database's offices written as a vCard 3.0 file (by the
    program's writer); nothing is added to the database. Returns the seconds it took."""
    started = time.perf_counter()
    database = open_database(url)
    try:
        offices = Services.build(database, clock=Clock()).offices.all()
    finally:
        database.close()
    if not offices:
        raise SystemExit("generate: --vcards needs a database with offices (generate it first)")
    chosen = [country(code) for code in sorted({office.country for office in offices})]
    contacts = generated_contacts(count, offices, chosen, seed, domain=domain)
    with path.open("wb") as out:
        write_cards(contacts, out)
    return time.perf_counter() - started


def _with_parent(draft: OfficeDraft, parent_id: int) -> OfficeDraft:
    return OfficeDraft(
        names=draft.names,
        country=draft.country,
        city=draft.city,
        kind=draft.kind,
        switchboard=draft.switchboard,
        parent=str(parent_id),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("contacts", type=int, help="how many contacts (e.g. 100000)")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", help="database URL (sqlite:///FILE or postgresql://…)")
    where.add_argument("--data-dir", help="the program's data folder; its database file")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--vcards",
        type=Path,
        metavar="FILE",
        help="instead: write N new contacts of the database's offices to FILE as vCards",
    )
    args = parser.parse_args(argv)
    # Numbers from 150 countries need more of phonenumbers' patterns than the re module's
    # cache holds; without this most of the time goes into compiling them again. The
    # program itself does not do this (yet): benchmarks/run.py measures it as it is.
    phonenumbers.enable_pattern_cache()
    if args.data_dir:
        paths = AppPaths.resolve(args.data_dir)
        paths.ensure()
        url = paths.database_url(None)
    else:
        url = args.db
    if args.vcards is not None:
        seconds = write_vcards(url, args.contacts, args.vcards, args.seed)
        print(f"wrote {args.contacts:,} vCards to {args.vcards} in {seconds:.1f} s")
        return 0
    print(f"generating {args.contacts:,} contacts (seed {args.seed})…", flush=True)
    result = generate(url, args.contacts, args.seed, progress=True)
    print(
        f"generated {result.contacts:,} contacts, {len(result.offices)} offices,"
        f" {result.releases:,} releases ({result.published} published)"
        f" in {result.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
