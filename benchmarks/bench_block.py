"""How long does rendering a contact block take?

Run from the project folder:

    .venv/bin/python benchmarks/bench_block.py [--repeat 15] [--number 2000]

It renders a block of five realistic contacts (three formats at once, as render_block
always does) in both layouts, and prints the median time per render in microseconds.
As a yardstick measured in the same run, on the same machine, it also times a naive
block: the same fields joined with "\\n", with no escaping, no number formatting and no
template, and prints how many times slower the real renderer is than that.

The script prints figures only; it asserts nothing and pytest does not collect it
(pytest's testpaths is tests/).
"""

from __future__ import annotations

import argparse
import statistics
import timeit
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from crm_app.domain.blocks import TemplateLibrary, render_block, shipped_templates_dir
from crm_app.domain.records import (
    BlockLayout,
    Contact,
    ContactKind,
    Email,
    EmailKind,
    LineType,
    OfficeRef,
    Phone,
    PhoneKind,
)


def _office(office_id: int, en: str, fr: str, es: str, country: str) -> OfficeRef:
    return OfficeRef(id=office_id, names={"en": en, "fr": fr, "es": es}, country=country)


def _phone(kind: PhoneKind, e164: str, extension: str | None = None) -> Phone:
    line = LineType.MOBILE if kind is PhoneKind.MOBILE else LineType.FIXED_LINE
    return Phone(kind, e164, e164, extension, True, line)


def sample_contacts() -> list[Contact]:
    beijing = _office(1, "IOM Beijing", "OIM Pékin", "OIM Pekín", "CN")
    geneva = _office(2, "IOM Geneva", "OIM Genève", "OIM Ginebra", "CH")
    madrid = _office(3, "IOM Madrid", "OIM Madrid", "OIM Madrid", "ES")
    dakar = _office(4, "IOM Dakar", "OIM Dakar", "OIM Dakar", "SN")
    bogota = _office(5, "IOM Bogotá", "OIM Bogotá", "OIM Bogotá", "CO")
    verified = date(2026, 9, 1)
    return [
        Contact(
            id=1,
            uid="c1",
            given="Kieran",
            family="Best",
            office=beijing,
            phones=(_phone(PhoneKind.WORK, "+861059799695", "203"),),
            emails=(Email(EmailKind.WORK, "kgormanbest@iom.int"),),
            last_verified=verified,
        ),
        Contact(
            id=2,
            uid="c2",
            given="Marta",
            family="Okafor",
            titles={"en": "Spokesperson", "fr": "Porte-parole", "es": "Portavoz"},
            office=geneva,
            kind=ContactKind.SPOKESPERSON,
            phones=(
                _phone(PhoneKind.MOBILE, "+41791234567"),
                _phone(PhoneKind.WORK, "+41227179111"),
            ),
            emails=(Email(EmailKind.WORK, "mokafor@iom.int"),),
            last_verified=verified,
        ),
        Contact(
            id=3,
            uid="c3",
            given="Ana",
            family="García Ruiz",
            titles={"es": "Oficial de Comunicación", "en": "Communications Officer"},
            office=madrid,
            phones=(_phone(PhoneKind.WORK, "+34914457116"),),
            emails=(Email(EmailKind.WORK, "agarcia@iom.int"),),
            last_verified=verified,
        ),
        Contact(
            id=4,
            uid="c4",
            given="Awa",
            family="N'Diaye",
            titles={"en": "Media & Communications Officer", "fr": "Chargée de communication"},
            office=dakar,
            phones=(
                _phone(PhoneKind.WORK, "+221338696200", "1234"),
                _phone(PhoneKind.FAX, "+221338696233"),
            ),
            emails=(Email(EmailKind.WORK, "andiaye@iom.int"),),
            last_verified=verified,
        ),
        Contact(
            id=5,
            uid="c5",
            given="Luis",
            family="Mora_Peña",
            titles={"en": "Press Officer", "es": "Oficial de Prensa"},
            office=bogota,
            phones=(_phone(PhoneKind.MOBILE, "+573101234567"),),
            emails=(
                Email(EmailKind.WORK, "lmora@iom.int"),
                Email(EmailKind.OTHER, "press.colombia@iom.int"),
            ),
            last_verified=verified,
        ),
    ]


def naive_block(contacts: Sequence[Contact], heading: str, language: str) -> str:
    """The floor: the same fields, joined, with nothing done to them."""
    lines = [heading]
    for contact in contacts:
        lines.append(contact.display_name)
        lines.append(contact.title(language))
        lines.append(contact.office.name(language) if contact.office else "")
        lines.extend(f"Tel: {phone.e164} {phone.extension or ''}" for phone in contact.phones)
        lines.extend(f"Email: {email.address}" for email in contact.emails)
    return "\n".join(lines)


def median_microseconds(action: Callable[[], object], repeat: int, number: int) -> float:
    runs = timeit.repeat(action, repeat=repeat, number=number)
    return statistics.median(runs) / number * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="timing runs (median is kept)")
    parser.add_argument("--number", type=int, default=2000, help="renders per timing run")
    args = parser.parse_args()

    contacts = sample_contacts()
    library = TemplateLibrary(shipped_templates_dir())
    print(f"{len(contacts)} contacts; median of {args.repeat} runs x {args.number} renders")
    print(f"{'case':<22}{'µs/render':>12}{'x baseline':>12}")
    for language in ("en", "fr"):
        template = library.get(language)
        baseline = median_microseconds(
            partial(naive_block, contacts, template.heading, language),
            args.repeat,
            args.number,
        )
        print(f"{'naive join ' + language:<22}{baseline:>12.1f}{1.0:>12.1f}")
        for layout in BlockLayout:
            micros = median_microseconds(
                partial(render_block, contacts, template, layout),
                args.repeat,
                args.number,
            )
            print(f"{f'{layout} {language}':<22}{micros:>12.1f}{micros / baseline:>12.1f}")
    loading = median_microseconds(lambda: library.get("fr"), args.repeat, args.number // 10 or 1)
    print(f"{'library.get(fr)':<22}{loading:>12.1f}{'':>12}")


if __name__ == "__main__":
    main()
