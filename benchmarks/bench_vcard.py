"""Export and import speed of crm_app.domain.vcard, against vobject.

Run from the project root:

    .venv/bin/python benchmarks/bench_vcard.py [--count 100000] [--repeat 3] [--vobject-sample 5000]

It builds `--count` realistic contacts in memory (names in several scripts, titles in two or
three languages, one to three phones with some extensions and some invalid numbers, notes with
commas, newlines and non-Latin text), then prints, as the median of `--repeat` runs:

- the export rate of write_cards (vCard 3.0) into a temporary file;
- the rate of vobject building and serialising the same cards (same properties, same formatted
  phone numbers), on the first `--vobject-sample` contacts when `--count` is larger, because
  vobject needs about a millisecond a card; and the ratio of the two (target: 20x or more);
- the import rate of read_cards over the exported file;
- the reader's peak traced memory (tracemalloc) for a tenth of the file and for all of it,
  which should be about the same: the reader holds one card at a time.

At the default 100,000 contacts it runs for about four minutes, most of it in the traced
reading passes. It is a script, not a test: pytest never collects it.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import phonenumbers
import vobject

from crm_app.domain import vcard as vcard_module
from crm_app.domain.incoming import IncomingContact
from crm_app.domain.records import (
    Contact,
    ContactKind,
    Email,
    EmailKind,
    OfficeRef,
    Phone,
    PhoneKind,
)
from crm_app.domain.vcard import clean_text, read_cards, write_cards

GIVEN = ["Kieran", "Amélie", "Chidi", "Hélène", "伟", "María José", "Søren", "Aïcha", "Олег"]
FAMILY = ["Best", "Durand", "Okafor", "Lefèvre", "张", "García-Pérez", "Østergaard", "Diallo"]
HONORIFICS = ["", "", "", "Dr.", "Ms", "Mr", "Mme"]
TITLES = [
    {"en": "Media and Communications Officer", "fr": "Chargé de communication"},
    {"en": "Spokesperson", "fr": "Porte-parole", "es": "Portavoz"},
    {"en": "Chief of Mission", "fr": "Chef de mission"},
    {"en": "Press Officer"},
]
OFFICES = [
    OfficeRef(1, {"en": "IOM Beijing", "fr": "OIM Pékin", "es": "OIM Pekín"}, "CN", "Beijing"),
    OfficeRef(2, {"en": "IOM Geneva", "fr": "OIM Genève"}, "CH", "Geneva"),
    OfficeRef(3, {"en": "IOM Nairobi", "fr": "OIM Nairobi"}, "KE", "Nairobi"),
    OfficeRef(4, {"en": "IOM Washington", "es": "OIM Washington"}, "US", "Washington"),
    OfficeRef(5, {"en": "IOM Paris", "fr": "OIM Paris"}, "FR", "Paris"),
]
REGIONS = ["CN", "CH", "KE", "US", "FR", "GB", "IT", "BR", "IN", "DE"]
NOTES = [
    "",
    "",
    "Covers migration, labour mobility and counter-trafficking; based in Beijing.",
    "Prefers e-mail.\nAvailable 09:00-17:00 local time, not on Fridays.",
    "Parle français, anglais et chinois ; joindre avant 10 h (heure de Pékin).",
    "负责北京办事处的媒体关系。Speaks Mandarin and English, met at the 2025 briefing.",
]


def realistic_contacts(count: int, seed: int = 2026) -> list[Contact]:
    rng = random.Random(seed)
    templates = [
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        for region in REGIONS
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)
        if (number := phonenumbers.example_number_for_type(region, kind)) is not None
    ]
    epoch = datetime(2024, 1, 1, tzinfo=UTC)
    contacts = []
    for i in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        phones = []
        for n in range(rng.choice((1, 1, 2, 2, 3))):
            if rng.random() < 0.05:  # the kind of number a scraped release carries
                raw = f"+ 86 5979 {rng.randrange(10000):04d} Ext. {rng.randrange(100, 999)}"
                phones.append(Phone(PhoneKind.WORK, raw, None, None, False))
                continue
            template = rng.choice(templates)
            e164 = template[:-3] + f"{rng.randrange(1000):03d}"  # unique-ish direct lines
            extension = str(rng.randrange(100, 9999)) if rng.random() < 0.3 else None
            kind = PhoneKind.WORK if n == 0 else rng.choice(list(PhoneKind))
            phones.append(Phone(kind, e164, e164, extension, True))
        emails = [Email(EmailKind.WORK, f"user{i}@iom.int")]
        if rng.random() < 0.2:
            emails.append(Email(EmailKind.HOME, f"person{i}@example.org"))
        contacts.append(
            Contact(
                id=i,
                uid=f"{rng.getrandbits(128):032x}",
                given=given,
                family=family,
                honorific=rng.choice(HONORIFICS),
                titles=rng.choice(TITLES),
                office=rng.choice(OFFICES),
                kind=rng.choice(list(ContactKind)),
                languages=tuple(rng.sample(["en", "fr", "es", "zh", "ar"], rng.randrange(1, 4))),
                phones=tuple(phones),
                emails=tuple(emails),
                notes=rng.choice(NOTES),
                active=rng.random() > 0.1,
                last_verified=date(2026, 1, 1) - timedelta(days=rng.randrange(900))
                if rng.random() < 0.6
                else None,
                updated_at=epoch + timedelta(seconds=rng.randrange(90_000_000)),
            )
        )
    return contacts


def vobject_card(contact: Contact, organisation: str) -> str:
    """The same 3.0 card built and serialised by vobject (the baseline)."""
    card = vobject.vCard()
    card.add("prodid").value = vcard_module.PRODID
    card.add("uid").value = contact.uid
    card.add("n").value = vobject.vcard.Name(
        family=contact.family, given=contact.given, prefix=contact.honorific
    )
    card.add("fn").value = contact.display_name
    office = contact.office.name() if contact.office else ""
    card.add("org").value = [part for part in (organisation, office) if part]
    titles = list(contact.titles.items())
    if titles:
        card.add("title").value = titles[0][1]
        for language, title in titles[1:]:
            line = card.add("x-crm-title")
            line.value = title
            line.language_param = language
    for phone in contact.phones:
        forms = vcard_module._phone_forms(phone.e164) if phone.valid and phone.e164 else None
        text = forms[0] if forms else phone.raw
        line = card.add("tel")
        line.value = f"{text} ext. {phone.extension}" if phone.extension else text
        line.type_paramlist = vcard_module._TEL_TYPES_V3[phone.kind].split(",")
    for email in contact.emails:
        line = card.add("email")
        line.value = email.address
        line.type_paramlist = vcard_module._EMAIL_TYPES_V3[email.kind].split(",")
    if contact.office is not None:
        line = card.add("adr")
        line.value = vobject.vcard.Address(city=contact.office.city, country=contact.office.country)
        line.type_param = "WORK"
    if contact.notes:
        card.add("note").value = clean_text(contact.notes)
    card.add("x-crm-kind").value = contact.kind.value
    if contact.languages:
        card.add("x-crm-languages").value = ",".join(contact.languages)
    if not contact.active:
        card.add("x-crm-active").value = "false"
    if contact.last_verified is not None:
        card.add("x-crm-verified").value = contact.last_verified.isoformat()
    if contact.updated_at is not None:
        card.add("rev").value = contact.updated_at.strftime("%Y%m%dT%H%M%SZ")
    return str(card.serialize())


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def export_ours(contacts: Sequence[Contact], path: Path) -> None:
    with path.open("wb") as out:
        written = write_cards(contacts, out, organisation="IOM")
    assert written == len(contacts)


def export_vobject(contacts: Sequence[Contact], path: Path) -> None:
    with path.open("wb") as out:
        for contact in contacts:
            out.write(vobject_card(contact, "IOM").encode("utf-8"))


def import_ours(path: Path, expected: int) -> None:
    with path.open("rb") as stream:
        cards = sum(1 for item in read_cards(stream) if isinstance(item, IncomingContact))
    assert cards == expected, (cards, expected)


def traced_peak(path: Path, expected: int) -> int:
    tracemalloc.start()
    try:
        import_ours(path, expected)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="contacts (default 100000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs, median kept")
    parser.add_argument(
        "--vobject-sample", type=int, default=5_000, help="contacts vobject serialises at most"
    )
    args = parser.parse_args(argv)

    print(f"building {args.count} contacts…", flush=True)
    contacts = realistic_contacts(args.count)
    sample = contacts[: min(args.count, args.vobject_sample)]

    with tempfile.TemporaryDirectory() as folder:
        ours_file = Path(folder) / "ours.vcf"
        baseline_file = Path(folder) / "vobject.vcf"

        ours = median_seconds(lambda: export_ours(contacts, ours_file), args.repeat)
        ours_rate = len(contacts) / ours
        size = os.path.getsize(ours_file)
        print(
            f"export  write_cards : {ours_rate:>10,.0f} cards/s  ({len(contacts)} cards, "
            f"{size / 1e6:.1f} MB, median of {args.repeat})"
        )

        baseline = median_seconds(lambda: export_vobject(sample, baseline_file), args.repeat)
        baseline_rate = len(sample) / baseline
        note = f"on a sample of {len(sample)}" if len(sample) < len(contacts) else "all cards"
        print(f"export  vobject     : {baseline_rate:>10,.0f} cards/s  ({note})")
        print(f"export  ratio       : {ours_rate / baseline_rate:>10.1f} x  (target >= 20 x)")

        reading = median_seconds(lambda: import_ours(ours_file, len(contacts)), args.repeat)
        print(
            f"import  read_cards  : {len(contacts) / reading:>10,.0f} cards/s  "
            f"({size / reading / 1e6:.1f} MB/s)"
        )

        tenth = max(1, len(contacts) // 10)
        tenth_file = Path(folder) / "tenth.vcf"
        export_ours(contacts[:tenth], tenth_file)
        small, large = traced_peak(tenth_file, tenth), traced_peak(ours_file, len(contacts))
        print(
            f"import  peak memory : {small / 1e3:>10,.0f} kB for {tenth} cards, "
            f"{large / 1e3:,.0f} kB for {len(contacts)} cards (tracemalloc)"
        )


if __name__ == "__main__":
    main()
