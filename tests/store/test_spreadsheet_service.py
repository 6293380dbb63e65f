"""CSV and Excel through the services: the exports of Outlook, Google and Thunderbird come in
whole, our own export round-trips, bad files write nothing, and no cell becomes a formula."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from crm_app.domain.errors import ValidationError
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import Contact, ContactKind, EmailKind, PhoneKind
from crm_app.domain.sheet_columns import SheetField
from crm_app.domain.sheet_export import ExportLayout, SheetKind
from crm_app.domain.sheets import SheetError
from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import ContactDraft, EmailInput, OfficeDraft, PhoneInput
from crm_app.services.spreadsheets import MappingMemory
from crm_app.store.database import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "spreadsheets"
BROKEN_BEIJING = "+86 10 5979 9695 ext. 203"


def add_offices(services: Services) -> None:
    services.offices.add(
        OfficeDraft(
            names={"en": "IOM Beijing", "fr": "OIM Pékin", "es": "OIM Pekín"},
            country="CN",
            switchboard="+86 10 5979 9600",
        )
    )
    services.offices.add(
        OfficeDraft(
            names={"en": "IOM Geneva", "fr": "OIM Genève", "es": "OIM Ginebra"},
            country="CH",
            switchboard="+41 22 717 9111",
        )
    )


@pytest.fixture
def offices(services: Services) -> Services:
    add_offices(services)
    return services


def everyone(services: Services) -> list[Contact]:
    return services.contacts.page(ContactQuery(archive=Archive.ALL_LIVE))


def by_family(services: Services) -> dict[str, Contact]:
    return {contact.family: contact for contact in everyone(services)}


def kieran_is_whole(services: Services, kieran: Contact, title: tuple[str, str]) -> None:
    assert (kieran.given, kieran.family) == ("Kieran", "Best")
    assert kieran.office is not None and kieran.office.name() == "IOM Beijing"
    assert dict(kieran.titles) == dict([title])
    assert kieran.emails[0].address == "kgormanbest@iom.int"
    work = [p for p in kieran.phones if p.kind is PhoneKind.WORK]
    assert len(work) == 1
    if not work[0].valid:
        # Kept flagged, as typed, and the office's area code is still offered.
        check = services.contacts.check_phone(work[0].raw, kieran.office.id)
        assert check.suggestion == BROKEN_BEIJING
    else:
        assert (work[0].e164, work[0].extension) == ("+861059799695", "203")


@pytest.mark.parametrize(
    ("name", "title", "other", "other_office", "other_phone"),
    [
        ("outlook-en.csv", ("en", "Media Officer"), "Dillon", "IOM Geneva", "+41227179111"),
        (
            "outlook-fr.csv",
            ("fr", "Chargé de communication"),
            "Lefèvre-Ségur",
            "IOM Geneva",
            "+41227179111",
        ),
        (
            "outlook-es.csv",
            ("es", "Oficial de comunicación"),
            "Núñez Peña",
            "IOM Geneva",
            "+41791234567",
        ),
        ("google-old.csv", ("en", "Media Officer"), "López", "IOM Geneva", "+34612345678"),
        ("google-new.csv", ("en", "Media Officer"), "Diallo", "IOM Geneva", "+41795551234"),
        ("thunderbird-en.csv", ("en", "Media Officer"), "Geneva", "IOM Geneva", "+41227179111"),
        (
            "thunderbird-fr.csv",
            ("fr", "Chargé de communication"),
            "Côté",
            "IOM Geneva",
            "+41795559876",
        ),
        (
            "thunderbird-es.csv",
            ("es", "Oficial de comunicación"),
            "Martínez Ruiz",
            "IOM Geneva",
            "+41794443322",
        ),
        (
            "handmade-fr-unicode.txt",
            ("fr", "Chargé de communication"),
            "DIALLO",
            "IOM Geneva",
            "+41227179111",
        ),
        (
            # A whole name gives its last word as the family name: "Peña", not "Núñez Peña".
            "handmade-es.csv",
            ("es", "Oficial de comunicación"),
            "Peña",
            "IOM Geneva",
            "+41227179111",
        ),
    ],
)
def test_exports_of_other_programs_import_whole(
    offices: Services,
    name: str,
    title: tuple[str, str],
    other: str,
    other_office: str,
    other_phone: str,
) -> None:
    report = offices.spreadsheets.import_file(FIXTURES / name)
    assert report.skipped == []
    assert [o.line for o in report.created][:2] == [2, 3]
    people = by_family(offices)
    kieran_is_whole(offices, people["Best"], title)
    second = people[other]
    assert second.office is not None and second.office.name() == other_office
    assert other_phone in [p.e164 for p in second.phones]
    again = offices.spreadsheets.import_file(FIXTURES / name)
    assert again.created == [] and again.skipped == []


def test_outlook_keeps_every_number_and_address_with_its_kind(offices: Services) -> None:
    offices.spreadsheets.import_file(FIXTURES / "outlook-en.csv")
    dillon = by_family(offices)["Dillon"]
    assert (dillon.given, dillon.honorific) == ("Paul Henri", "")
    assert [(p.kind, p.e164) for p in dillon.phones] == [
        (PhoneKind.FAX, "+41227986150"),
        (PhoneKind.WORK, "+41227179111"),
    ]
    assert [e.address for e in dillon.emails] == ["pdillon@iom.int", "paul.dillon@example.org"]
    kieran = by_family(offices)["Best"]
    assert kieran.honorific == "Mr."
    assert kieran.notes == "Covers the Beijing mission, press only"
    assert [p.kind for p in kieran.phones] == [PhoneKind.WORK, PhoneKind.MOBILE]


def test_google_labels_and_joined_values(offices: Services) -> None:
    offices.spreadsheets.import_file(FIXTURES / "google-old.csv")
    kieran = by_family(offices)["Best"]
    assert [(e.kind, e.address) for e in kieran.emails] == [
        (EmailKind.WORK, "kgormanbest@iom.int"),
        (EmailKind.HOME, "kieran.best@example.com"),
    ]
    assert [(p.kind, p.e164) for p in kieran.phones][1:] == [
        (PhoneKind.MOBILE, "+8613910998765"),
        (PhoneKind.MOBILE, "+8613910998766"),
    ]


def test_a_hand_made_sheet_splits_names_and_combined_cells(offices: Services) -> None:
    report = offices.spreadsheets.import_file(FIXTURES / "handmade-fr-unicode.txt")
    assert report.encoding == "utf-16" and report.delimiter == "\t"
    people = by_family(offices)
    diallo = people["DIALLO"]
    assert (diallo.given, diallo.family_first) == ("Aïssatou", True)
    assert [p.e164 for p in diallo.phones] == ["+41227179111", "+41795551234"]
    assert [e.address for e in diallo.emails] == ["adiallo@iom.int", "a.diallo@example.org"]
    dubois = people["Dubois"]
    assert (dubois.honorific, dubois.given) == ("Mme", "Claire")
    # No office "Bureau de Dakar": not made up, the name kept in the notes and reported.
    assert dubois.office is None
    assert "Bureau de Dakar" in dubois.notes
    assert [(o.name, o.rows) for o in report.unknown_offices] == [("Bureau de Dakar", (4,))]
    assert any("no office called 'Bureau de Dakar' (rows 4)" in w for w in report.warnings)
    assert [o.name() for o in offices.offices.all()] == ["IOM Beijing", "IOM Geneva"]


def test_an_unknown_office_is_created_only_when_asked(offices: Services) -> None:
    source = FIXTURES / "handmade-fr-unicode.txt"
    dakar = OfficeDraft(names={"en": "Bureau de Dakar"}, country="SN")
    dry = offices.spreadsheets.import_file(source, dry_run=True, new_offices=[dakar])
    assert dry.unknown_offices == [] and dry.offices_created == []
    assert len(offices.offices.all()) == 2 and everyone(offices) == []
    report = offices.spreadsheets.import_file(source, new_offices=[dakar])
    assert report.unknown_offices == [] and len(report.offices_created) == 1
    dubois = by_family(offices)["Dubois"]
    assert dubois.office is not None and dubois.office.name() == "Bureau de Dakar"
    assert dubois.phones[0].valid  # read in Senegal's numbering plan


def test_dry_run_reports_rows_and_writes_nothing(offices: Services) -> None:
    report = offices.spreadsheets.import_file(FIXTURES / "outlook-fr.csv", dry_run=True)
    assert [(o.line, o.name, o.contact_id) for o in report.created] == [
        (2, "Kieran Best", None),
        (3, "Amélie Lefèvre-Ségur", None),
    ]
    assert everyone(offices) == []


def test_cancel_writes_nothing(offices: Services) -> None:
    report = offices.spreadsheets.import_file(
        FIXTURES / "outlook-en.csv", is_cancelled=lambda: True
    )
    assert report.cancelled and report.created == []
    assert everyone(offices) == []


def test_progress_reaches_the_end_of_the_file(offices: Services) -> None:
    seen: list[tuple[int, int]] = []
    offices.spreadsheets.import_file(
        FIXTURES / "outlook-en.csv", progress=lambda done, total: seen.append((done, total))
    )
    size = (FIXTURES / "outlook-en.csv").stat().st_size
    assert seen and seen[-1] == (size, size)


def contact_with_everything(services: Services) -> int:
    return services.contacts.add(
        ContactDraft(
            given="Kieran",
            family="Best",
            honorific="Mr",
            office="IOM Beijing",
            titles={"en": "Media Officer", "fr": "Chargé de communication", "de": "Pressereferent"},
            phones=(
                PhoneInput("+86 10 5979 9695 ext. 203", PhoneKind.WORK),
                PhoneInput("+86 139 1099 8765", PhoneKind.MOBILE),
            ),
            emails=(
                EmailInput("kgormanbest@iom.int"),
                EmailInput("kb@example.org", EmailKind.HOME),
            ),
            notes='Line one\nLine two; with, punctuation "quoted"',
            kind=ContactKind.PRESS_OFFICER,
            languages=("zh", "en"),
            last_verified=date(2026, 11, 20),
        )
    ).id


def same_contact(copy: Contact, original: Contact) -> None:
    for name in (
        "uid",
        "honorific",
        "given",
        "family",
        "kind",
        "languages",
        "phones",
        "emails",
        "notes",
        "active",
        "last_verified",
        "family_first",
    ):
        assert getattr(copy, name) == getattr(original, name), name
    assert dict(copy.titles) == dict(original.titles)
    assert (copy.office and copy.office.name()) == (original.office and original.office.name())


@pytest.mark.parametrize("kind", list(SheetKind))
def test_our_export_round_trips_into_an_empty_database(
    offices: Services, tmp_path: Path, kind: SheetKind
) -> None:
    kieran = offices.contacts.get(contact_with_everything(offices))
    li = offices.contacts.add(
        ContactDraft(given="Wei", family="Li", family_first=True, office="IOM Beijing")
    )
    left = offices.contacts.add(ContactDraft(given="Ann", family="Lee", active=False))
    path = tmp_path / f"all.{kind.value}"
    assert offices.spreadsheets.export_to_file(path, kind=kind) == 3
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        copy_services = Services.build(other, clock=Clock())
        add_offices(copy_services)
        report = copy_services.spreadsheets.import_file(path)
        assert report.skipped == [] and len(report.created) == 3
        copies = {c.uid: c for c in everyone(copy_services)}
        for original in (kieran, offices.contacts.get(li.id), offices.contacts.get(left.id)):
            same_contact(copies[original.uid], original)
        again = copy_services.spreadsheets.import_file(path)
        assert again.created == [] and again.updated == [] and len(again.unchanged) == 3
    finally:
        other.close()


DANGEROUS = ["=1+1", "+SUM(1,2)", "-2+3", "@SUM(A1)", "\tTAB", '=HYPERLINK("http://x")']


def hostile_contact(services: Services) -> int:
    return services.contacts.add(
        ContactDraft(
            given="=1+1",
            family="@SUM(A1)",
            honorific="-2+3",
            office="IOM Geneva",
            titles={"en": "+SUM(1,2)"},
            phones=(PhoneInput("+41 22 717 9111", PhoneKind.WORK),),
            emails=(EmailInput("press@iom.int"),),
            notes='=HYPERLINK("http://x")',
        )
    ).id


@pytest.mark.parametrize("layout", list(ExportLayout))
def test_csv_cells_that_would_run_as_formulas_are_neutralised(
    offices: Services, tmp_path: Path, layout: ExportLayout
) -> None:
    hostile_contact(offices)
    path = tmp_path / "out.csv"
    offices.spreadsheets.export_to_file(path, layout=layout)
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row if cell]
    assert all(cell[0] not in "=+-@\t\r" for cell in cells), cells
    assert "'=1+1" in cells and "'@SUM(A1)" in cells and "'-2+3" in cells
    # The number stays readable: its "+" is kept, after the apostrophe.
    assert any(cell.startswith(("'+41 22 717 91 11", "work: +41 22 717 91 11")) for cell in cells)


@pytest.mark.parametrize("layout", list(ExportLayout))
def test_xlsx_cells_are_strings_never_formulas(
    offices: Services, tmp_path: Path, layout: ExportLayout
) -> None:
    hostile_contact(offices)
    path = tmp_path / "out.xlsx"
    offices.spreadsheets.export_to_file(path, kind=SheetKind.XLSX, layout=layout)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width and sheet.column_dimensions["A"].width > 8
    assert all(cell.font.bold for cell in sheet[1])
    values = [cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value]
    assert {cell.data_type for cell in values} == {"s"}
    texts = [str(cell.value) for cell in values]
    assert "=1+1" in texts and '=HYPERLINK("http://x")' in texts
    assert any(text in ("+41 22 717 91 11", "work: +41 22 717 91 11") for text in texts)


def test_export_covers_the_selection_a_release_or_everyone(
    offices: Services, tmp_path: Path
) -> None:
    kieran = contact_with_everything(offices)
    other = offices.contacts.add(ContactDraft(given="Ann", family="Lee")).id
    from crm_app.services.drafts import ReleaseDraft

    release = offices.releases.add(
        ReleaseDraft(title="T", language="en", date=date(2026, 11, 27), contact_ids=(other,))
    )
    path = tmp_path / "x.csv"
    assert offices.spreadsheets.export_to_file(path, contact_ids=[kieran]) == 1
    assert "Kieran" in path.read_text(encoding="utf-8-sig")
    assert offices.spreadsheets.export_to_file(path, release_id=release.id) == 1
    assert "Lee" in path.read_text(encoding="utf-8-sig")
    assert offices.spreadsheets.export_to_file(path) == 2
    with pytest.raises(ValidationError, match="no contact with id 999"):
        offices.spreadsheets.export_to_file(path, contact_ids=[999])


BAD_FILES = {
    "empty.csv": b"",
    "headers.csv": b"Name,Email\r\n",
    "junk.csv": bytes(range(256)) * 64,
    "locked.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000,
    "damaged.xlsx": b"PK\x03\x04" + b"\x00" * 2000,
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_writes_nothing(offices: Services, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name])
    with pytest.raises(SheetError) as caught:
        offices.spreadsheets.import_file(path)
    assert caught.value.message.startswith(f"{name}: ")
    assert everyone(offices) == []


def test_a_field_mapped_twice_is_refused_and_nothing_is_written(
    offices: Services, tmp_path: Path
) -> None:
    path = FIXTURES / "handmade-es.csv"
    preview = offices.spreadsheets.inspect(path)
    twice = preview.mapping.with_field(4, SheetField.OFFICE)  # "Celular" as the office too
    with pytest.raises(
        ValidationError,
        match=r"Office is mapped twice, to columns C \('Oficina'\), E \('Celular'\)",
    ):
        offices.spreadsheets.import_file(path, twice)
    mapping_file = tmp_path / "map.json"
    mapping_file.write_text('{"Oficina": "office", "Oficina": "notes"}', encoding="utf-8")
    with pytest.raises(ValidationError, match="column 'Oficina' is mapped twice"):
        offices.spreadsheets.mapping_for(preview.headers, mapping_file)
    assert everyone(offices) == []


def test_ragged_rows_are_skipped_with_their_row(offices: Services, tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        "Name,Email,Office\r\nKieran Best,kgormanbest@iom.int,IOM Beijing\r\n"
        "Ann Lee,al@iom.int\r\nPaul Dillon,pd@iom.int,IOM Geneva,extra\r\n",
        encoding="utf-8",
    )
    report = offices.spreadsheets.import_file(path)
    assert [o.name for o in report.created] == ["Kieran Best"]
    assert [s.line for s in report.skipped] == [3, 4]
    assert "header row has 3" in report.skipped[0].reason


def test_a_mapping_is_remembered_per_header_set(offices: Services, tmp_path: Path) -> None:
    memory_file = tmp_path / "mappings.json"
    offices.spreadsheets._memory = MappingMemory(memory_file)  # as the app builds it
    path = tmp_path / "odd.csv"
    path.write_text(
        "Who,Where,Mail\r\nKieran Best,IOM Beijing,kgormanbest@iom.int\r\n", encoding="utf-8"
    )
    preview = offices.spreadsheets.inspect(path)
    assert preview.mapping.fields == (None, None, SheetField.EMAIL) and not preview.remembered
    chosen = preview.mapping.with_field(0, SheetField.NAME).with_field(1, SheetField.OFFICE)
    report = offices.spreadsheets.import_file(path, chosen)
    assert [o.name for o in report.created] == ["Kieran Best"]
    again = offices.spreadsheets.inspect(path)
    assert again.remembered and again.mapping.fields == chosen.fields
    stored = json.loads(memory_file.read_text(encoding="utf-8"))
    assert next(iter(stored["mappings"].values()))["fields"] == ["name", "office", "email"]
    memory_file.write_text("{not json", encoding="utf-8")  # damaged: as good as empty
    assert not offices.spreadsheets.inspect(path).remembered
