"""Spreadsheets read as rows, and their columns recognised: encodings, dialects, bad files,
Outlook's, Google's and Thunderbird's headers, hand-made ones, names and combined cells."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_app.domain.errors import ValidationError
from crm_app.domain.incoming import IncomingContact
from crm_app.domain.records import EmailKind, PhoneKind
from crm_app.domain.sheet_columns import (
    ColumnMapping,
    Layout,
    RowProblem,
    SheetField,
    recognise,
    sheet_records,
    split_emails,
    split_name,
    split_phones,
)
from crm_app.domain.sheets import ReadOptions, SheetError, SheetFormat, open_stream, open_table

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "spreadsheets"

ROWS = [
    ["Nom", "Téléphone", "Courriel", "Bureau"],
    ["Lefèvre-Ségur, Amélie", "+41 22 717 9111", "alefevre@iom.int", "OIM Genève"],
    ["Núñez Peña José", "+34 612 34 56 78", "jmnunez@iom.int", "OIM Ginebra"],
]


def text_of(rows: list[list[str]], delimiter: str) -> str:
    return "\r\n".join(delimiter.join(f'"{cell}"' for cell in row) for row in rows) + "\r\n"


def read(data: bytes, options: ReadOptions | None = None, suffix: str = ".csv") -> list[str]:
    with open_stream(io.BytesIO(data), "contacts" + suffix, options, suffix=suffix) as table:
        return [table.encoding or "", table.delimiter or "", *table.headers] + [
            cell for row in table.rows() for cell in row.cells
        ]


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (lambda text: text.encode("utf-8"), "utf-8"),
        (lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8-sig"),
        (lambda text: b"\xff\xfe" + text.encode("utf-16-le"), "utf-16"),
        (lambda text: b"\xfe\xff" + text.encode("utf-16-be"), "utf-16"),
        (lambda text: text.encode("utf-16-le"), "utf-16-le"),
        (lambda text: text.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "windows-1252"],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_each_encoding_and_delimiter_is_detected(encoded, encoding: str, delimiter: str) -> None:  # type: ignore[no-untyped-def]
    found = read(encoded(text_of(ROWS, delimiter)))
    assert found[:2] == [encoding, delimiter]
    assert found[2:] == [cell for row in ROWS for cell in row]


def test_the_caller_overrides_encoding_and_delimiter() -> None:
    data = "Nom|Bureau\r\nCôté|OIM\r\n".encode("latin-1")
    found = read(data, ReadOptions(encoding="latin-1", delimiter="|"))
    assert found == ["latin-1", "|", "Nom", "Bureau", "Côté", "OIM"]
    with pytest.raises(SheetError, match="'klingon' is not an encoding"):
        read(data, ReadOptions(encoding="klingon"))
    with pytest.raises(SheetError, match=r"is not utf-16 text"):
        read(b"Nom;Bureau\r\nA;B\r\n\xff", ReadOptions(encoding="utf-16"))


def test_utf8_with_a_later_windows_1252_byte_reads_on() -> None:
    # Detection sees only the start: a file pasted together from two sources reads whole.
    head = "Nom,Bureau\r\n" + "Kieran Best,IOM Beijing\r\n" * 20_000
    data = head.encode("utf-8") + "Hélène Côté,OIM\r\n".encode("cp1252")
    found = read(data)
    assert found[0] == "utf-8"
    assert found[-2:] == ["Hélène Côté", "OIM"]


def test_quoted_cells_keep_delimiters_quotes_and_line_breaks() -> None:
    data = b'Name;Notes\r\n"Best; Kieran";"Says ""hello""\r\nand more"\r\n'
    assert read(data)[2:] == ["Name", "Notes", "Best; Kieran", 'Says "hello"\r\nand more']


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"\r\n\r\n", "the file is empty"),
        (b"Name,Email\r\n", "header row but no contacts"),
        (b"Name,Email\r\n,\r\n\r\n", "header row but no contacts"),
        (bytes(range(256)) * 40, "is not text"),
        (b"Name,Email\r\nKieran\x00Best,k@iom.int\r\n", "is not text"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "password-protected"),
        (b"PK\x03\x04not really a zip", "not a readable .xlsx workbook"),
    ],
    ids=[
        "empty",
        "blank-lines",
        "headers-only",
        "headers-and-blanks",
        "binary",
        "nul",
        "ole",
        "zip",
    ],
)
def test_a_file_that_is_no_table_is_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(SheetError, match=message) as caught:
        read(data)
    assert caught.value.message.startswith("contacts.csv: ")


def test_a_workbook_name_that_is_no_workbook_is_refused() -> None:
    with pytest.raises(SheetError, match=r"is not an \.xlsx workbook"):
        read(b"Name,Email\r\nA,b@c.org\r\n", suffix=".xlsx")


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match="cannot read the file"):
        open_table(tmp_path / "nope.csv")
    with pytest.raises(SheetError, match="cannot read the file"):
        open_table(tmp_path)


def test_a_quote_left_open_is_reported_with_its_row() -> None:
    data = b'Name,Notes\r\nKieran Best,"never closed\r\n' + b"x" * 200_000 + b"\r\n"
    with pytest.raises(SheetError) as caught, open_stream(io.BytesIO(data), "c.csv") as table:
        list(table.rows())
    assert caught.value.row == 2
    assert "a quote is probably left open" in caught.value.message


def workbook_bytes(
    rows: list[list[object]], merge: str | None = None, title: str = "People"
) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_cells_read_as_the_text_a_person_sees() -> None:
    data = workbook_bytes(
        [
            ["Name", "Phone", "Verified", "Active"],
            ["Kieran Best", 41227179111, date(2026, 11, 20), True],
        ]
    )
    with open_stream(io.BytesIO(data), "c.xlsx") as table:
        assert table.format is SheetFormat.XLSX
        assert table.sheet == "People"
        assert [row.cells for row in table.rows()] == [
            ("Kieran Best", "41227179111", "2026-11-20", "TRUE")
        ]


def test_merged_cells_give_their_value_to_every_row_they_span() -> None:
    data = workbook_bytes(
        [
            ["Name", "Office"],
            ["Kieran Best", "IOM Beijing"],
            ["Li Wei", None],
            ["Zhang Min", None],
            ["Paul Dillon", "IOM Geneva"],
        ],
        merge="B2:B4",
    )
    with open_stream(io.BytesIO(data), "c.xlsx") as table:
        rows = [row.cells for row in table.rows()]
        assert any("merged cells (B2:B4)" in warning for warning in table.warnings)
    assert [cells[1] for cells in rows] == ["IOM Beijing"] * 3 + ["IOM Geneva"]


def with_cached_formulas(data: bytes) -> bytes:
    """The workbook as Excel saves it: each formula with the value it last computed."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = content.decode()
                # =1+1 saved as 5: what is read is the saved value, nothing is computed.
                text = re.sub(
                    r"<c r=\"B2\"><f>1\+1</f><v\s*/?>(</v>)?", '<c r="B2"><f>1+1</f><v>5</v>', text
                )
                text = re.sub(
                    r"<c r=\"C2\"><f>([^<]*)</f><v\s*/?>(</v>)?",
                    r'<c r="C2" t="str"><f>\1</f><v>kgormanbest@iom.int</v>',
                    text,
                )
                content = text.encode()
            target.writestr(item, content)
    return out.getvalue()


def test_formulas_give_their_saved_value_and_are_never_run() -> None:
    data = with_cached_formulas(
        workbook_bytes(
            [
                ["Name", "Count", "Email", "Never computed"],
                ["Kieran Best", "=1+1", '="kgormanbest"&"@iom.int"', "=2+2"],
            ]
        )
    )
    with open_stream(io.BytesIO(data), "c.xlsx") as table:
        assert [row.cells for row in table.rows()] == [
            ("Kieran Best", "5", "kgormanbest@iom.int", "")
        ]
        assert any("3 cells hold a formula" in warning for warning in table.warnings)


def test_a_damaged_workbook_is_refused() -> None:
    good = workbook_bytes([["Name"], ["Kieran Best"]])
    broken = good[: len(good) // 2]
    with pytest.raises(SheetError, match=r"not a readable \.xlsx workbook"):
        read(broken, suffix=".xlsx")
    with pytest.raises(SheetError, match="no sheet called 'Other'"):
        read(good, ReadOptions(sheet="Other"), suffix=".xlsx")
    with pytest.raises(SheetError, match="header row but no contacts"):
        read(workbook_bytes([["Name", "Email"]]), suffix=".xlsx")


# Columns


def fields_of(name: str) -> tuple[Layout | None, dict[str, SheetField]]:
    with open_table(FIXTURES / name) as table:
        mapping = recognise(table.headers)
    fields: dict[str, SheetField] = {}
    for header, field in zip(mapping.headers, mapping.fields, strict=True):
        if field is not None:
            fields.setdefault(header, field)  # the first of twin headers ("Titre")
    return mapping.layout, fields


@pytest.mark.parametrize(
    ("name", "layout", "expected"),
    [
        (
            "outlook-en.csv",
            Layout.OUTLOOK,
            {
                "Title": SheetField.HONORIFIC,
                "First Name": SheetField.GIVEN,
                "Last Name": SheetField.FAMILY,
                "Company": SheetField.ORGANISATION,
                "Department": SheetField.OFFICE,
                "Job Title": SheetField.TITLE,
                "Business Phone": SheetField.PHONE,
                "Mobile Phone": SheetField.PHONE_MOBILE,
                "Business Fax": SheetField.PHONE_FAX,
                "E-mail Address": SheetField.EMAIL,
                "Notes": SheetField.NOTES,
            },
        ),
        (
            "outlook-fr.csv",
            Layout.OUTLOOK,
            {
                "Titre": SheetField.HONORIFIC,  # the first; the second is the job title
                "Prénom": SheetField.GIVEN,
                "Nom": SheetField.FAMILY,
                "Société": SheetField.ORGANISATION,
                "Service": SheetField.OFFICE,
                "Tél. mobile": SheetField.PHONE_MOBILE,
                "Téléphone (bureau)": SheetField.PHONE,
                "Adresse de messagerie": SheetField.EMAIL,
            },
        ),
        (
            "outlook-es.csv",
            Layout.OUTLOOK,
            {
                "Tratamiento": SheetField.HONORIFIC,
                "Nombre": SheetField.GIVEN,
                "Apellidos": SheetField.FAMILY,
                "Departamento": SheetField.OFFICE,
                "Puesto": SheetField.TITLE_ES,
                "Teléfono del trabajo": SheetField.PHONE,
                "Móvil": SheetField.PHONE_MOBILE,
                "Dirección de correo electrónico": SheetField.EMAIL,
            },
        ),
        (
            "google-old.csv",
            Layout.GOOGLE,
            {
                "Name": SheetField.NAME,
                "Given Name": SheetField.GIVEN,
                "Family Name": SheetField.FAMILY,
                "Phone 1 - Type": SheetField.PHONE_LABEL,
                "Phone 1 - Value": SheetField.PHONE,
                "E-mail 2 - Value": SheetField.EMAIL,
                "Organization 1 - Name": SheetField.ORGANISATION,
                "Organization 1 - Title": SheetField.TITLE,
            },
        ),
        (
            "google-new.csv",
            Layout.GOOGLE,
            {
                "First Name": SheetField.GIVEN,
                "Organization Department": SheetField.OFFICE,
                "Phone 2 - Label": SheetField.PHONE_LABEL,
                "E-mail 1 - Value": SheetField.EMAIL,
            },
        ),
        (
            "thunderbird-en.csv",
            Layout.THUNDERBIRD,
            {
                "Display Name": SheetField.NAME,
                "Primary Email": SheetField.EMAIL,
                "Work Phone": SheetField.PHONE,
                "Mobile Number": SheetField.PHONE_MOBILE,
                "Organization": SheetField.ORGANISATION,
            },
        ),
        (
            "thunderbird-fr.csv",
            Layout.THUNDERBIRD,
            {
                "Nom de famille": SheetField.FAMILY,
                "Nom à afficher": SheetField.NAME,
                "Tél. professionnel": SheetField.PHONE,
                "Portable": SheetField.PHONE_MOBILE,
                "Profession": SheetField.TITLE_FR,
            },
        ),
        (
            "thunderbird-es.csv",
            Layout.THUNDERBIRD,
            {
                "Nombre": SheetField.GIVEN,
                "Apellidos": SheetField.FAMILY,
                "Teléfono (Trabajo)": SheetField.PHONE,
                "Teléfono móvil": SheetField.PHONE_MOBILE,
                "Departamento": SheetField.OFFICE,
            },
        ),
        (
            "handmade-fr-unicode.txt",
            None,
            {
                "Nom": SheetField.NAME,
                "Fonction": SheetField.TITLE_FR,
                "Bureau": SheetField.OFFICE,
                "Téléphone": SheetField.PHONE,
                "Portable": SheetField.PHONE_MOBILE,
                "Courriel": SheetField.EMAIL,
            },
        ),
        (
            "handmade-es.csv",
            None,
            {
                "Nombre": SheetField.NAME,
                "Cargo": SheetField.TITLE_ES,
                "Oficina": SheetField.OFFICE,
                "Teléfono": SheetField.PHONE,
                "Celular": SheetField.PHONE_MOBILE,
                "Correo": SheetField.EMAIL,
            },
        ),
    ],
)
def test_headers_are_recognised(
    name: str, layout: Layout | None, expected: dict[str, SheetField]
) -> None:
    found_layout, fields = fields_of(name)
    assert found_layout is layout
    assert {header: fields.get(header) for header in expected} == expected


def test_outlook_french_second_titre_is_the_job_title() -> None:
    with open_table(FIXTURES / "outlook-fr.csv") as table:
        mapping = recognise(table.headers)
    titres = [i for i, header in enumerate(mapping.headers) if header == "Titre"]
    assert [mapping.fields[i] for i in titres] == [SheetField.HONORIFIC, SheetField.TITLE_FR]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (("Nom", "Prénom", "Tel"), (SheetField.FAMILY, SheetField.GIVEN, SheetField.PHONE)),
        (("Nombre", "Apellido", "Correo"), (SheetField.GIVEN, SheetField.FAMILY, SheetField.EMAIL)),
        (
            ("NAME", "e-mail", "MOBILE"),
            (SheetField.NAME, SheetField.EMAIL, SheetField.PHONE_MOBILE),
        ),
        (
            ("Téléphone", "TELEFONO", "Oficina"),
            (SheetField.PHONE, SheetField.PHONE, SheetField.OFFICE),
        ),
        (("Title", "Name", "Office"), (SheetField.TITLE, SheetField.NAME, SheetField.OFFICE)),
        (("Office", "Bureau"), (SheetField.OFFICE, None)),  # one office per contact
        (("Colour", "Name"), (None, SheetField.NAME)),
    ],
)
def test_hand_made_headers(
    headers: tuple[str, ...], expected: tuple[SheetField | None, ...]
) -> None:
    assert recognise(headers).fields == expected


def test_a_field_mapped_twice_is_refused_naming_both_columns() -> None:
    mapping = recognise(("Name", "Email", "Office", "Bureau"))
    assert mapping.problems() == ()
    twice = mapping.with_field(3, SheetField.OFFICE)
    [problem] = twice.problems()
    assert "Office is mapped twice, to columns C ('Office'), D ('Bureau')" in problem
    # Phones and e-mails may come from several columns.
    assert mapping.with_field(2, SheetField.EMAIL).problems() == ()
    nameless = ColumnMapping(("Email",), (SheetField.EMAIL,))
    assert "no column holds a name" in nameless.problems()[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Best, Kieran", ("", "Kieran", "Best", False)),
        ("Kieran Best", ("", "Kieran", "Best", False)),
        ("BEST Kieran", ("", "Kieran", "BEST", True)),
        ("Dr. Kieran Best", ("Dr.", "Kieran", "Best", False)),
        ("Mme Claire Dubois", ("Mme", "Claire", "Dubois", False)),
        ("Jean-Baptiste de La Fontaine", ("", "Jean-Baptiste", "de La Fontaine", False)),
        ("Ludwig van Beethoven", ("", "Ludwig", "van Beethoven", False)),
        ("Madonna", ("", "", "Madonna", False)),  # one word: a family name, as vCard FN
        ("  Kieran   Best ", ("", "Kieran", "Best", False)),
    ],
)
def test_a_whole_name_is_split_with_care(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert split_name(text) == expected


def test_a_combined_phone_cell_holds_several_numbers() -> None:
    assert split_phones("+41 22 717 9111 / +41 79 123 45 67") == [
        (None, "+41 22 717 9111"),
        (None, "+41 79 123 45 67"),
    ]
    assert split_phones("Tel: +41 22 717 9111\nMobile: +41 79 123 45 67") == [
        (PhoneKind.WORK, "+41 22 717 9111"),
        (PhoneKind.MOBILE, "+41 79 123 45 67"),
    ]
    assert split_phones("+41 22 717 9111 ; +41 22 717 9112 ::: 022 717 91 13") == [
        (None, "+41 22 717 9111"),
        (None, "+41 22 717 9112"),
        (None, "022 717 91 13"),
    ]
    # A slash inside one number, and an extension, stay with it.
    assert split_phones("022 717 91 11/12") == [(None, "022 717 91 11/12")]
    assert split_phones("+86 10 5979 9695 ext. 203") == [(None, "+86 10 5979 9695 ext. 203")]
    assert split_emails("work: a@iom.int\nhome: b@example.org; c@example.org d@example.org") == [
        (EmailKind.WORK, "a@iom.int"),
        (EmailKind.HOME, "b@example.org"),
        (None, "c@example.org"),
        (None, "d@example.org"),
    ]


def records(
    rows: list[tuple[str, ...]], headers: tuple[str, ...]
) -> list[IncomingContact | RowProblem]:
    from crm_app.domain.sheets import SheetRow

    mapping = recognise(headers)
    return list(sheet_records((SheetRow(i, row) for i, row in enumerate(rows, start=2)), mapping))


def test_ragged_rows_and_rows_without_a_name_are_problems_with_their_row() -> None:
    headers = ("Name", "Email", "Phone")
    found = records(
        [
            ("Kieran Best", "kb@iom.int", "+41 22 717 9111"),
            ("Li Wei", "lw@iom.int"),
            ("Paul Dillon", "pd@iom.int", "+41 22 717 9111", "extra"),
            ("Ann Lee", "al@iom.int", "+41 22 717 9111", ""),  # a trailing empty cell is fine
            ("", "nobody@iom.int", ""),
        ],
        headers,
    )
    assert isinstance(found[0], IncomingContact)
    assert isinstance(found[1], RowProblem) and found[1].line == 3
    assert "2 cells where the header row has 3" in found[1].reason
    assert isinstance(found[2], RowProblem) and "4 cells" in found[2].reason
    assert isinstance(found[3], IncomingContact) and found[3].given == "Ann"
    assert isinstance(found[4], RowProblem) and found[4].reason == "the row has no name"


def test_a_google_label_gives_its_value_column_a_kind() -> None:
    headers = ("Name", "Phone 1 - Type", "Phone 1 - Value", "E-mail 1 - Type", "E-mail 1 - Value")
    [record] = records(
        [("Kieran Best", "Mobile", "+86 139 1099 8765 ::: +86 139 1099 8766", "* Home", "k@x.org")],
        headers,
    )
    assert isinstance(record, IncomingContact)
    assert record.phones == (
        (PhoneKind.MOBILE, "+86 139 1099 8765"),
        (PhoneKind.MOBILE, "+86 139 1099 8766"),
    )
    assert record.emails == ((EmailKind.HOME, "k@x.org"),)


HEADERS = st.lists(
    st.one_of(
        st.sampled_from(["Name", "Nom", "Email", "Tel", "Office", "Phone 1 - Value", "Notes"]),
        st.text(max_size=12),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headers=HEADERS,
    rows=st.lists(st.lists(st.text(max_size=40), max_size=10), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]),
)
def test_free_text_never_crashes_the_reader_or_the_mapping(
    headers: list[str], rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    import csv

    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([headers, *rows])
    data = out.getvalue().encode(encoding, errors="replace")
    problem = read_all(data)
    # A clear sentence naming the file, never another exception.
    assert problem is None or problem.startswith("fuzz.csv: ")


def read_all(data: bytes) -> str | None:
    try:
        with open_stream(io.BytesIO(data), "fuzz.csv") as table:
            mapping = recognise(table.headers)
            problems = mapping.problems()
            assert all(isinstance(problem, str) and problem for problem in problems)
            for record in sheet_records(table.rows(), mapping):
                if isinstance(record, RowProblem):
                    assert record.reason
                else:
                    assert record.given or record.family
    except ValidationError as error:
        return error.message
    return None
