"""Which column of a spreadsheet holds what, and its rows as `IncomingContact`s.

A `ColumnMapping` is a plain value: the file's headers and, for each column, the
`SheetField` it holds (or None: not imported). `recognise` proposes one from the headers:
Outlook's, Google Contacts' and Thunderbird's CSV exports in English, French and Spanish,
our own export, and common hand-made headers ("Nom", "Teléfono", "Courriel", ...), compared
without case or accents. The caller may change any column (`with_field`); `problems` says
what cannot be imported as it stands (a field given to two columns, no name at all).

`sheet_records` turns the rows into records for the shared import engine, one per row with
its row number; a row that cannot be one (ragged, no name) becomes a `RowProblem` with the
reason, and the engine reports it as skipped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from crm_app.domain.incoming import IncomingContact, RecordPlace
from crm_app.domain.messages import Message, msg
from crm_app.domain.records import ContactKind, EmailKind, PhoneKind
from crm_app.domain.sheets import Progress, ReadOptions, SheetFormat, SheetRow, Table, open_table


class SheetField(StrEnum):
    """What a column holds. The values are what a mapping file (JSON) names."""

    UID = "uid"
    HONORIFIC = "honorific"
    NAME = "name"  # the whole name, split into given and family
    GIVEN = "given"
    MIDDLE = "middle"  # kept with the given name
    FAMILY = "family"
    SUFFIX = "suffix"  # kept with the family name
    FAMILY_FIRST = "family_first"  # "yes": the name is written family first ("Li Wei")
    TITLE = "title"  # job title in English
    TITLE_FR = "title_fr"
    TITLE_ES = "title_es"
    OTHER_TITLES = "other_titles"  # "de: Pressesprecher", one a line
    ORGANISATION = "organisation"
    OFFICE = "office"
    PHONE = "phone"  # work numbers unless labelled; one or several
    PHONE_MOBILE = "phone_mobile"
    PHONE_HOME = "phone_home"
    PHONE_FAX = "phone_fax"
    PHONE_OTHER = "phone_other"
    PHONE_LABEL = "phone_label"  # the kind of the phone column to its right ("Mobile")
    EMAIL = "email"  # work addresses unless labelled
    EMAIL_HOME = "email_home"
    EMAIL_OTHER = "email_other"
    EMAIL_LABEL = "email_label"  # the kind of the e-mail column to its right
    NOTES = "notes"
    LANGUAGES = "languages"
    KIND = "kind"
    ACTIVE = "active"
    LAST_VERIFIED = "last_verified"


# Shown in the mapping step's drop-downs (the window translates the templates).
FIELD_LABELS: Mapping[SheetField, Message] = {
    SheetField.UID: msg("UID"),
    SheetField.HONORIFIC: msg("Honorific"),
    SheetField.NAME: msg("Whole name (split)"),
    SheetField.GIVEN: msg("Given name"),
    SheetField.MIDDLE: msg("Middle name"),
    SheetField.FAMILY: msg("Family name"),
    SheetField.SUFFIX: msg("Name suffix"),
    SheetField.FAMILY_FIRST: msg("Family name first"),
    SheetField.TITLE: msg("Job title (English)"),
    SheetField.TITLE_FR: msg("Job title (French)"),
    SheetField.TITLE_ES: msg("Job title (Spanish)"),
    SheetField.OTHER_TITLES: msg("Other job titles"),
    SheetField.ORGANISATION: msg("Organisation"),
    SheetField.OFFICE: msg("Office"),
    SheetField.PHONE: msg("Work phone"),
    SheetField.PHONE_MOBILE: msg("Mobile phone"),
    SheetField.PHONE_HOME: msg("Home phone"),
    SheetField.PHONE_FAX: msg("Fax"),
    SheetField.PHONE_OTHER: msg("Other phone"),
    SheetField.PHONE_LABEL: msg("Kind of the next phone"),
    SheetField.EMAIL: msg("Work e-mail"),
    SheetField.EMAIL_HOME: msg("Home e-mail"),
    SheetField.EMAIL_OTHER: msg("Other e-mail"),
    SheetField.EMAIL_LABEL: msg("Kind of the next e-mail"),
    SheetField.NOTES: msg("Notes"),
    SheetField.LANGUAGES: msg("Languages"),
    SheetField.KIND: msg("Kind of contact"),
    SheetField.ACTIVE: msg("Active"),
    SheetField.LAST_VERIFIED: msg("Last verified"),
}

# Fields several columns may hold (Outlook has "Business Phone" and "Business Phone 2").
REPEATABLE = frozenset(
    {
        SheetField.PHONE,
        SheetField.PHONE_MOBILE,
        SheetField.PHONE_HOME,
        SheetField.PHONE_FAX,
        SheetField.PHONE_OTHER,
        SheetField.PHONE_LABEL,
        SheetField.EMAIL,
        SheetField.EMAIL_HOME,
        SheetField.EMAIL_OTHER,
        SheetField.EMAIL_LABEL,
        SheetField.NOTES,
    }
)
_NAME_FIELDS = frozenset({SheetField.NAME, SheetField.GIVEN, SheetField.FAMILY})
PHONE_FIELDS: Mapping[SheetField, PhoneKind] = {
    SheetField.PHONE: PhoneKind.WORK,
    SheetField.PHONE_MOBILE: PhoneKind.MOBILE,
    SheetField.PHONE_HOME: PhoneKind.HOME,
    SheetField.PHONE_FAX: PhoneKind.FAX,
    SheetField.PHONE_OTHER: PhoneKind.OTHER,
}
EMAIL_FIELDS: Mapping[SheetField, EmailKind] = {
    SheetField.EMAIL: EmailKind.WORK,
    SheetField.EMAIL_HOME: EmailKind.HOME,
    SheetField.EMAIL_OTHER: EmailKind.OTHER,
}


class Layout(StrEnum):
    """Whose export a header row is."""

    OURS = "ours"
    OUTLOOK = "outlook"
    GOOGLE = "google"
    THUNDERBIRD = "thunderbird"


def header_key(text: str) -> str:
    """A header as compared: no case, accents or punctuation ("Tél. mobile" -> "tel mobile")."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", stripped.casefold()).split())


def _keys(
    table: Mapping[str, SheetField | tuple[SheetField, ...]],
) -> dict[str, tuple[SheetField, ...]]:
    """Headers as compared; a tuple gives the field of each time the header comes again
    (French Outlook names both the honorific and the job title "Titre")."""
    return {
        header_key(header): value if isinstance(value, tuple) else (value,)
        for header, value in table.items()
    }


F = SheetField

# Our export's headers (crm_app.domain.sheet_export writes them).
OURS_HEADERS: Mapping[str, SheetField] = {
    "UID": F.UID,
    "Honorific": F.HONORIFIC,
    "Given name": F.GIVEN,
    "Family name": F.FAMILY,
    "Family name first": F.FAMILY_FIRST,
    "Job title": F.TITLE,
    "Job title (fr)": F.TITLE_FR,
    "Job title (es)": F.TITLE_ES,
    "Other job titles": F.OTHER_TITLES,
    "Office": F.OFFICE,
    "Kind": F.KIND,
    "Languages": F.LANGUAGES,
    "Phones": F.PHONE,
    "E-mails": F.EMAIL,
    "Notes": F.NOTES,
    "Active": F.ACTIVE,
    "Last verified": F.LAST_VERIFIED,
}

_OUTLOOK = _keys(
    {
        # English
        "Title": F.HONORIFIC,
        "First Name": F.GIVEN,
        "Middle Name": F.MIDDLE,
        "Last Name": F.FAMILY,
        "Suffix": F.SUFFIX,
        "Company": F.ORGANISATION,
        "Department": F.OFFICE,
        "Job Title": F.TITLE,
        "Business Phone": F.PHONE,
        "Business Phone 2": F.PHONE,
        "Company Main Phone": F.PHONE,
        "Primary Phone": F.PHONE,
        "Mobile Phone": F.PHONE_MOBILE,
        "Car Phone": F.PHONE_MOBILE,
        "Home Phone": F.PHONE_HOME,
        "Home Phone 2": F.PHONE_HOME,
        "Business Fax": F.PHONE_FAX,
        "Home Fax": F.PHONE_FAX,
        "Other Fax": F.PHONE_FAX,
        "Other Phone": F.PHONE_OTHER,
        "E-mail Address": F.EMAIL,
        "E-mail 2 Address": F.EMAIL,
        "E-mail 3 Address": F.EMAIL,
        "Notes": F.NOTES,
        "Office Location": F.OFFICE,
        # French
        "Titre": (F.HONORIFIC, F.TITLE_FR),
        "Prénom": F.GIVEN,
        "Deuxième prénom": F.MIDDLE,
        "Nom": F.FAMILY,
        "Suffixe": F.SUFFIX,
        "Société": F.ORGANISATION,
        "Service": F.OFFICE,
        "Fonction": F.TITLE_FR,
        "Téléphone (bureau)": F.PHONE,
        "Téléphone 2 (bureau)": F.PHONE,
        "Téléphone société": F.PHONE,
        "Téléphone principal": F.PHONE,
        "Tél. mobile": F.PHONE_MOBILE,
        "Téléphone mobile": F.PHONE_MOBILE,
        "Téléphone (voiture)": F.PHONE_MOBILE,
        "Téléphone (domicile)": F.PHONE_HOME,
        "Téléphone 2 (domicile)": F.PHONE_HOME,
        "Télécopie (bureau)": F.PHONE_FAX,
        "Télécopie (domicile)": F.PHONE_FAX,
        "Télécopie (autre)": F.PHONE_FAX,
        "Téléphone (autre)": F.PHONE_OTHER,
        "Adresse de messagerie": F.EMAIL,
        "Adresse de messagerie 2": F.EMAIL,
        "Adresse de messagerie 3": F.EMAIL,
        "Bureau": F.OFFICE,
        # Spanish
        "Tratamiento": F.HONORIFIC,
        "Nombre": F.GIVEN,
        "Segundo nombre": F.MIDDLE,
        "Apellidos": F.FAMILY,
        "Sufijo": F.SUFFIX,
        "Organización": F.ORGANISATION,
        "Departamento": F.OFFICE,
        "Puesto": F.TITLE_ES,
        "Teléfono del trabajo": F.PHONE,
        "Teléfono del trabajo 2": F.PHONE,
        "Número de centralita de la organización": F.PHONE,
        "Móvil": F.PHONE_MOBILE,
        "Teléfono del automóvil": F.PHONE_MOBILE,
        "Particular": F.PHONE_HOME,
        "Número de teléfono particular 2": F.PHONE_HOME,
        "Fax del trabajo": F.PHONE_FAX,
        "Fax particular": F.PHONE_FAX,
        "Otro fax": F.PHONE_FAX,
        "Otro teléfono": F.PHONE_OTHER,
        "Dirección de correo electrónico": F.EMAIL,
        "Dirección de correo electrónico 2": F.EMAIL,
        "Dirección de correo electrónico 3": F.EMAIL,
        "Notas": F.NOTES,
        "Ubicación de la oficina": F.OFFICE,
    }
)

_GOOGLE = _keys(
    {
        # Google Contacts' CSV before 2020 ("Google CSV")
        "Name": F.NAME,
        "Given Name": F.GIVEN,
        "Additional Name": F.MIDDLE,
        "Family Name": F.FAMILY,
        "Name Prefix": F.HONORIFIC,
        "Name Suffix": F.SUFFIX,
        "Notes": F.NOTES,
        # Google Contacts' CSV since
        "First Name": F.GIVEN,
        "Middle Name": F.MIDDLE,
        "Last Name": F.FAMILY,
        "Organization Name": F.ORGANISATION,
        "Organization Title": F.TITLE,
        "Organization Department": F.OFFICE,
    }
)
# "Phone 1 - Type", "E-mail 2 - Value", "Organization 1 - Name", ... (and "Label" since 2020)
_GOOGLE_NUMBERED = re.compile(
    r"^(e mail|phone|organization) (\d+) (type|label|value|name|title|department)$"
)

_THUNDERBIRD = _keys(
    {
        # English
        "First Name": F.GIVEN,
        "Last Name": F.FAMILY,
        "Display Name": F.NAME,
        "Primary Email": F.EMAIL,
        "Secondary Email": F.EMAIL,
        "Work Phone": F.PHONE,
        "Home Phone": F.PHONE_HOME,
        "Fax Number": F.PHONE_FAX,
        "Pager Number": F.PHONE_OTHER,
        "Mobile Number": F.PHONE_MOBILE,
        "Job Title": F.TITLE,
        "Department": F.OFFICE,
        "Organization": F.ORGANISATION,
        "Notes": F.NOTES,
        # French
        "Prénom": F.GIVEN,
        "Nom de famille": F.FAMILY,
        "Nom à afficher": F.NAME,
        "Adresse e-mail principale": F.EMAIL,
        "Adresse e-mail secondaire": F.EMAIL,
        "Adresse électronique principale": F.EMAIL,
        "Adresse électronique secondaire": F.EMAIL,
        "Tél. professionnel": F.PHONE,
        "Tél. personnel": F.PHONE_HOME,
        "Fax": F.PHONE_FAX,
        "Pager": F.PHONE_OTHER,
        "Portable": F.PHONE_MOBILE,
        "Profession": F.TITLE_FR,
        "Service": F.OFFICE,
        "Société": F.ORGANISATION,
        # Spanish
        "Nombre": F.GIVEN,
        "Apellidos": F.FAMILY,
        "Nombre mostrado": F.NAME,
        "Dirección de correo electrónico principal": F.EMAIL,
        "Dirección de correo electrónico secundaria": F.EMAIL,
        "Teléfono (Trabajo)": F.PHONE,
        "Teléfono particular": F.PHONE_HOME,
        "Buscapersonas": F.PHONE_OTHER,
        "Teléfono móvil": F.PHONE_MOBILE,
        "Puesto": F.TITLE_ES,
        "Departamento": F.OFFICE,
        "Organización": F.ORGANISATION,
        "Notas": F.NOTES,
    }
)

# Hand-made sheets: what people call their columns, in English, French and Spanish.
_HAND_MADE = _keys(
    {
        "Name": F.NAME,
        "Full name": F.NAME,
        "Contact": F.NAME,
        "Nom": F.NAME,
        "Nom complet": F.NAME,
        "Nom et prénom": F.NAME,
        "Prénom et nom": F.NAME,
        "Nombre": F.NAME,
        "Nombre completo": F.NAME,
        "Nombre y apellidos": F.NAME,
        "Contacto": F.NAME,
        "First name": F.GIVEN,
        "Given name": F.GIVEN,
        "Forename": F.GIVEN,
        "Prénom": F.GIVEN,
        "Last name": F.FAMILY,
        "Surname": F.FAMILY,
        "Family name": F.FAMILY,
        "Nom de famille": F.FAMILY,
        "Apellido": F.FAMILY,
        "Apellidos": F.FAMILY,
        "Honorific": F.HONORIFIC,
        "Salutation": F.HONORIFIC,
        "Civilité": F.HONORIFIC,
        "Tratamiento": F.HONORIFIC,
        "Title": F.TITLE,
        "Job title": F.TITLE,
        "Position": F.TITLE,
        "Role": F.TITLE,
        "Function": F.TITLE,
        "Fonction": F.TITLE_FR,
        "Poste": F.TITLE_FR,
        "Titre": F.TITLE_FR,
        "Cargo": F.TITLE_ES,
        "Puesto": F.TITLE_ES,
        "Tel": F.PHONE,
        "Tel.": F.PHONE,
        "Tél": F.PHONE,
        "Tél.": F.PHONE,
        "Phone": F.PHONE,
        "Phones": F.PHONE,
        "Telephone": F.PHONE,
        "Phone number": F.PHONE,
        "Office phone": F.PHONE,
        "Work phone": F.PHONE,
        "Landline": F.PHONE,
        "Téléphone": F.PHONE,
        "Téléphones": F.PHONE,
        "Numéro de téléphone": F.PHONE,
        "Fixe": F.PHONE,
        "Teléfono": F.PHONE,
        "Teléfonos": F.PHONE,
        "Telefono": F.PHONE,
        "Fijo": F.PHONE,
        "Mobile": F.PHONE_MOBILE,
        "Mobile phone": F.PHONE_MOBILE,
        "Cell": F.PHONE_MOBILE,
        "Cell phone": F.PHONE_MOBILE,
        "Cellphone": F.PHONE_MOBILE,
        "Portable": F.PHONE_MOBILE,
        "Tél. portable": F.PHONE_MOBILE,
        "Mobile (portable)": F.PHONE_MOBILE,
        "GSM": F.PHONE_MOBILE,
        "Celular": F.PHONE_MOBILE,
        "Móvil": F.PHONE_MOBILE,
        "Teléfono móvil": F.PHONE_MOBILE,
        "Fax": F.PHONE_FAX,
        "Télécopie": F.PHONE_FAX,
        "Email": F.EMAIL,
        "E-mail": F.EMAIL,
        "E-mails": F.EMAIL,
        "Emails": F.EMAIL,
        "Mail": F.EMAIL,
        "Email address": F.EMAIL,
        "E-mail address": F.EMAIL,
        "Courriel": F.EMAIL,
        "Adresse e-mail": F.EMAIL,
        "Adresse électronique": F.EMAIL,
        "Mél": F.EMAIL,
        "Correo": F.EMAIL,
        "Correo electrónico": F.EMAIL,
        "Office": F.OFFICE,
        "Mission": F.OFFICE,
        "Duty station": F.OFFICE,
        "Bureau": F.OFFICE,
        "Oficina": F.OFFICE,
        "Organisation": F.ORGANISATION,
        "Organization": F.ORGANISATION,
        "Company": F.ORGANISATION,
        "Agency": F.ORGANISATION,
        "Société": F.ORGANISATION,
        "Organisme": F.ORGANISATION,
        "Organización": F.ORGANISATION,
        "Empresa": F.ORGANISATION,
        "Notes": F.NOTES,
        "Note": F.NOTES,
        "Comments": F.NOTES,
        "Remarks": F.NOTES,
        "Commentaires": F.NOTES,
        "Remarques": F.NOTES,
        "Observaciones": F.NOTES,
        "Notas": F.NOTES,
        "Comentarios": F.NOTES,
        "Languages": F.LANGUAGES,
        "Language": F.LANGUAGES,
        "Langues": F.LANGUAGES,
        "Langue": F.LANGUAGES,
        "Idiomas": F.LANGUAGES,
        "Idioma": F.LANGUAGES,
        "UID": F.UID,
    }
)
_OURS = _keys(OURS_HEADERS)

_VOCABULARIES: Mapping[Layout, dict[str, tuple[SheetField, ...]]] = {
    Layout.OURS: _OURS,
    Layout.OUTLOOK: _OUTLOOK,
    Layout.GOOGLE: _GOOGLE,
    Layout.THUNDERBIRD: _THUNDERBIRD,
}
# A header row is a program's export when this many of its headers are that program's.
_LAYOUT_THRESHOLD = 3


def _google_numbered(key: str) -> SheetField | None:
    found = _GOOGLE_NUMBERED.match(key)
    if found is None:
        return None
    what, number, part = found.groups()
    if what == "organization":
        if number != "1":
            return None  # one office per contact: the first organisation
        return {"name": F.ORGANISATION, "title": F.TITLE, "department": F.OFFICE}.get(part)
    if part in ("type", "label"):
        return F.PHONE_LABEL if what == "phone" else F.EMAIL_LABEL
    if part == "value":
        return F.PHONE if what == "phone" else F.EMAIL
    return None


def _layout_fields(layout: Layout, keys: Sequence[str]) -> list[SheetField | None]:
    vocabulary = _VOCABULARIES[layout]
    seen: dict[str, int] = {}
    fields: list[SheetField | None] = []
    for key in keys:
        found: SheetField | None = None
        choices = vocabulary.get(key)
        if choices is not None:
            repeat = seen.get(key, 0)
            seen[key] = repeat + 1
            found = choices[min(repeat, len(choices) - 1)]
        elif layout is Layout.GOOGLE:
            found = _google_numbered(key)
        fields.append(found)
    return fields


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Each column's field (None: not imported), for a header row."""

    headers: tuple[str, ...]
    fields: tuple[SheetField | None, ...]
    layout: Layout | None = None  # whose export the headers were recognised as

    def __post_init__(self) -> None:
        if len(self.fields) != len(self.headers):
            raise ValueError("a mapping has one field per column")

    def with_field(self, column: int, value: SheetField | None) -> ColumnMapping:
        """The same mapping with one column changed (0-based)."""
        fields = list(self.fields)
        fields[column] = value
        return replace(self, fields=tuple(fields))

    def columns_of(self, wanted: SheetField) -> list[int]:
        return [i for i, value in enumerate(self.fields) if value is wanted]

    def problems(self) -> tuple[Message, ...]:
        """Why the mapping cannot be imported as it stands; empty when it can."""
        found: list[Message] = []
        for wanted in SheetField:
            if wanted in REPEATABLE:
                continue
            columns = self.columns_of(wanted)
            if len(columns) > 1:
                found.append(
                    msg(
                        "{field} is mapped twice, to columns {columns}: map one of them to "
                        "something else or to nothing",
                        field=FIELD_LABELS[wanted],
                        columns=", ".join(column_name(self.headers, i) for i in columns),
                    )
                )
        if not any(value in _NAME_FIELDS for value in self.fields):
            found.append(
                msg("no column holds a name: map one to the whole name, given name or family name")
            )
        return tuple(found)

    def as_dict(self) -> dict[str, str | None]:
        """{header: field value}, for a mapping file (the first of twin headers only)."""
        out: dict[str, str | None] = {}
        for header, value in zip(self.headers, self.fields, strict=True):
            out.setdefault(header, value.value if value is not None else None)
        return out


def column_letter(index: int) -> str:
    """ "A" for the first column, "AA" for the 27th."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_name(headers: Sequence[str], index: int) -> str:
    header = headers[index] if index < len(headers) else ""
    return f"{column_letter(index)} ('{header}')" if header else column_letter(index)


def detect_layout(headers: Sequence[str]) -> Layout | None:
    """Whose export these headers are, when clear enough: by the headers that only that
    export uses ("Business Phone"), not those anyone may write ("Nom", "Notes")."""
    keys = [header_key(h) for h in headers]
    best: tuple[int, Layout | None] = (0, None)
    for layout in (Layout.OURS, Layout.OUTLOOK, Layout.GOOGLE, Layout.THUNDERBIRD):
        fields = _layout_fields(layout, keys)
        score = sum(
            value is not None and key not in _HAND_MADE
            for key, value in zip(keys, fields, strict=True)
        )
        if score > best[0]:
            best = (score, layout)
    return best[1] if best[0] >= _LAYOUT_THRESHOLD else None


def recognise(headers: Sequence[str], layout: Layout | None = None) -> ColumnMapping:
    """A mapping proposed from the headers alone: the export they look like (or `layout`)
    first, then the common names of each field for the columns left. A field that may be in
    one column only goes to the first column that names it."""
    headers = tuple(headers)
    keys = [header_key(h) for h in headers]
    chosen = layout if layout is not None else detect_layout(headers)
    fields: list[SheetField | None] = (
        _layout_fields(chosen, keys) if chosen is not None else [None] * len(keys)
    )
    fallbacks = [_HAND_MADE, *(_VOCABULARIES[other] for other in Layout if other is not chosen)]
    hand_made_columns: set[int] = set()
    for index, key in enumerate(keys):
        if fields[index] is not None or not key:
            continue
        for position, vocabulary in enumerate(fallbacks):
            choices = vocabulary.get(key)
            if choices is not None:
                fields[index] = choices[0]
                if position == 0:
                    hand_made_columns.add(index)
                break
        else:
            if chosen is not Layout.GOOGLE:
                fields[index] = _google_numbered(key)
    _settle_name_columns(keys, fields, hand_made_columns)
    taken: set[SheetField] = set()
    for index, value in enumerate(fields):
        if value is None or value in REPEATABLE:
            continue
        if value in taken:
            fields[index] = None  # "Office Location" after "Department": one office
        taken.add(value)
    return ColumnMapping(headers, tuple(fields), chosen)


def _settle_name_columns(
    keys: Sequence[str], fields: list[SheetField | None], hand_made: set[int]
) -> None:
    """ "Nom" beside "Prénom" is the family name, "Nombre" beside "Apellidos" the given
    name; alone, each is the whole name."""
    has_given = SheetField.GIVEN in fields
    has_family = SheetField.FAMILY in fields
    for index in hand_made:
        if fields[index] is not SheetField.NAME:
            continue
        if keys[index] in ("nom", "name", "last name") and has_given and not has_family:
            fields[index] = SheetField.FAMILY
            has_family = True
        elif keys[index] in ("nombre", "first name") and has_family and not has_given:
            fields[index] = SheetField.GIVEN
            has_given = True


# Rows to records


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row that cannot be a contact, and why (the import reports it as skipped)."""

    line: int
    reason: Message


_HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "m",
        "mme",
        "mlle",
        "me",
        "pr",
        "sr",
        "sra",
        "srta",
        "dra",
    ]
)
_PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "der",
        "di",
        "du",
        "da",
        "das",
        "dos",
        "des",
        "la",
        "le",
        "van",
        "von",
        "ten",
        "ter",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
    ]
)


def split_name(text: str) -> tuple[str, str, str, bool]:
    """(honorific, given, family, family first) of a whole name.

    "Best, Kieran" is family, given; "Kieran Best" given, family; "BEST Kieran" (the family
    name in capitals) family first; "Jean-Baptiste de La Fontaine" keeps the particles with
    the family name. One word is a family name, as a vCard with only FN reads.
    """
    text = " ".join(text.split())
    honorific = ""
    if "," in text:
        family, _, given = text.partition(",")
        family, given = family.strip(), given.strip().strip(",").strip()
        honorific, given = _honorific(given)
        if not honorific:
            honorific, family = _honorific(family)
        return honorific, given, family, False
    honorific, text = _honorific(text)
    tokens = text.split()
    if len(tokens) <= 1:
        return honorific, "", text, False

    def shouting(token: str) -> bool:
        letters = [ch for ch in token if ch.isalpha()]
        return len(letters) > 1 and all(ch.isupper() for ch in letters)

    marks = [shouting(token) for token in tokens]
    if any(marks) and not all(marks):
        if marks[0]:
            count = marks.index(False)
            return honorific, " ".join(tokens[count:]), " ".join(tokens[:count]), True
        first = marks.index(True)
        return honorific, " ".join(tokens[:first]), " ".join(tokens[first:]), False
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].casefold() in _PARTICLES:
        start -= 1
    return honorific, " ".join(tokens[:start]), " ".join(tokens[start:]), False


def _honorific(text: str) -> tuple[str, str]:
    first, _, rest = text.partition(" ")
    bare = first.rstrip(".").casefold()
    # "M" alone is an initial; "M." before a name is Monsieur.
    if rest and bare in _HONORIFICS and (bare != "m" or first.endswith(".")):
        return first, rest.strip()
    return "", text


_LABELS: Mapping[str, PhoneKind] = {
    **dict.fromkeys(
        [
            "work",
            "business",
            "office",
            "bureau",
            "travail",
            "professionnel",
            "pro",
            "trabajo",
            "oficina",
            "main",
            "principal",
            "tel",
            "telephone",
            "phone",
            "telefono",
            "fixe",
            "fijo",
            "landline",
            "direct",
            "ligne",
            "directe",
        ],
        PhoneKind.WORK,
    ),
    **dict.fromkeys(
        [
            "mobile",
            "cell",
            "cellular",
            "cellphone",
            "portable",
            "movil",
            "celular",
            "gsm",
            "mobil",
            "handy",
        ],
        PhoneKind.MOBILE,
    ),
    **dict.fromkeys(["fax", "telecopie"], PhoneKind.FAX),
    **dict.fromkeys(
        ["home", "domicile", "personnel", "personal", "casa", "particular", "prive", "private"],
        PhoneKind.HOME,
    ),
    **dict.fromkeys(["other", "autre", "otro", "pager"], PhoneKind.OTHER),
}
_LABELLED_RE = re.compile(r"^\s*([^\W\d][\w .'-]{0,24}?)\s*:\s*(?=\S)", re.UNICODE)
_ITEM_SPLIT_RE = re.compile(r"\s*(?:\n|;|:::|\r)\s*")
_LOOSE_SPLIT_RE = re.compile(r"\s*[,/|]\s*")
_DIGITS_RE = re.compile(r"\d")


@lru_cache(maxsize=256)
def phone_kind_of(label: str) -> PhoneKind | None:
    """The kind a label names ("Mobile", "* Work", "Tél. portable", "Work Fax")."""
    key = header_key(label.strip().lstrip("*"))
    if not key:
        return None
    if key in _LABELS:
        return _LABELS[key]
    words = key.split()
    if "fax" in words or "telecopie" in words:
        return PhoneKind.FAX
    for word in words:
        if word in _LABELS and _LABELS[word] is not PhoneKind.WORK:
            return _LABELS[word]
    return next((_LABELS[word] for word in words if word in _LABELS), None)


@lru_cache(maxsize=64)
def email_kind_of(label: str) -> EmailKind | None:
    kind = phone_kind_of(label)
    if kind is None:
        return None
    if kind is PhoneKind.WORK:
        return EmailKind.WORK
    if kind is PhoneKind.HOME:
        return EmailKind.HOME
    return EmailKind.OTHER


def split_phones(text: str) -> list[tuple[PhoneKind | None, str]]:
    """The numbers in a cell, each with the kind its own label gives ("Mobile: +41 ...").

    Lines, ";" and Google's " ::: " always separate numbers; "," and "/" only between two
    whole numbers (six digits or more each), since "717 91 11/12" is one number.
    """
    found: list[tuple[PhoneKind | None, str]] = []
    for item in _ITEM_SPLIT_RE.split(text.strip()):
        if not item:
            continue
        pieces = _LOOSE_SPLIT_RE.split(item)
        if len(pieces) > 1 and all(len(_DIGITS_RE.findall(p)) >= 6 for p in pieces):
            parts = pieces
        else:
            parts = [item]
        for part in parts:
            kind, number = _labelled(part)
            if number:
                found.append((kind, number))
    return found


def _labelled(text: str) -> tuple[PhoneKind | None, str]:
    match = _LABELLED_RE.match(text)
    if match is not None:
        kind = phone_kind_of(match.group(1))
        if kind is not None:
            return kind, text[match.end() :].strip()
    return None, text.strip()


_EMAIL_SPLIT_RE = re.compile(r"\s*(?:\n|;|,|:::|\r)\s*")


def split_emails(text: str) -> list[tuple[EmailKind | None, str]]:
    """The addresses in a cell, each with the kind its own label gives ("work: ..."):
    several may be separated by lines, ";", "," or spaces."""
    found: list[tuple[EmailKind | None, str]] = []
    for item in _EMAIL_SPLIT_RE.split(text.strip()):
        kind = None
        rest = item
        match = _LABELLED_RE.match(item)
        if match is not None and "@" not in match.group(1):
            kind = email_kind_of(match.group(1))
            if kind is not None:
                rest = item[match.end() :]
        words = rest.split()
        # "a@x.org b@y.org": two addresses; "Kieran Best <kb@x.org>": one, as pasted.
        if len(words) > 1 and all("@" in word for word in words):
            found += [(kind, word) for word in words]
        elif rest.strip():
            found.append((kind, rest.strip()))
    return found


_TRUE = frozenset(
    ["yes", "y", "true", "1", "oui", "si", "vrai", "verdadero", "active", "actif", "activo", "x"]
)
_FALSE = frozenset(
    [
        "no",
        "n",
        "false",
        "0",
        "non",
        "faux",
        "falso",
        "inactive",
        "inactif",
        "inactivo",
        "left",
        "parti",
    ]
)


def yes_no(text: str) -> bool | None:
    key = header_key(text)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    return None


_KINDS = {header_key(kind.value.replace("_", " ")): kind for kind in ContactKind}
_KINDS |= {
    "press": ContactKind.PRESS_OFFICER,
    "media officer": ContactKind.PRESS_OFFICER,
    "porte parole": ContactKind.SPOKESPERSON,
    "portavoz": ContactKind.SPOKESPERSON,
    "journalist": ContactKind.MEDIA,
    "journaliste": ContactKind.MEDIA,
    "periodista": ContactKind.MEDIA,
    "medias": ContactKind.MEDIA,
    "medios": ContactKind.MEDIA,
}


def _date(text: str) -> date | None:
    text = text.strip()
    for candidate in (text[:10], text):
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            continue
    match = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", text)
    if match is not None:  # day first, as in French and Spanish sheets
        day, month, year = (int(part) for part in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


@dataclass(slots=True)
class _Plan:
    """The mapping as the row loop uses it: columns per field, labels per value column."""

    single: dict[SheetField, int] = field(default_factory=dict)
    phones: list[tuple[int, PhoneKind, int | None]] = field(default_factory=list)
    emails: list[tuple[int, EmailKind, int | None]] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)
    used: list[int] = field(default_factory=list)


def _plan(mapping: ColumnMapping) -> _Plan:
    plan = _Plan()
    phone_label: int | None = None
    email_label: int | None = None
    for index, value in enumerate(mapping.fields):
        if value is None:
            continue
        plan.used.append(index)
        if value is SheetField.PHONE_LABEL:
            phone_label = index
        elif value is SheetField.EMAIL_LABEL:
            email_label = index
        elif value in PHONE_FIELDS:
            plan.phones.append((index, PHONE_FIELDS[value], phone_label))
            phone_label = None
        elif value in EMAIL_FIELDS:
            plan.emails.append((index, EMAIL_FIELDS[value], email_label))
            email_label = None
        elif value is SheetField.NOTES:
            plan.notes.append(index)
        else:
            plan.single.setdefault(value, index)
    return plan


def table_records(table: Table, mapping: ColumnMapping) -> Iterator[IncomingContact | RowProblem]:
    """`sheet_records` of an open table's rows: a CSV's rows must be as wide as its header."""
    return sheet_records(table.rows(), mapping, strict_width=table.format is SheetFormat.CSV)


@dataclass(frozen=True, slots=True)
class SheetFile:
    """A spreadsheet as an import source (`services/read_ahead.RecordSource`): where it is,
    how to read it and what each column holds, so that another process can read it. It is
    opened with the options the person gave, so whatever is detected (encoding, delimiter,
    first sheet) is detected as it was when the mapping was chosen."""

    path: Path
    options: ReadOptions
    mapping: ColumnMapping

    @property
    def place(self) -> RecordPlace:
        return RecordPlace.ROW

    def records(
        self, progress: Progress, warnings: list[Message]
    ) -> Iterator[IncomingContact | RowProblem]:
        with open_table(self.path, self.options, progress) as table:
            yield from table_records(table, self.mapping)
            warnings.extend(table.warnings)


def sheet_records(
    rows: Iterable[SheetRow], mapping: ColumnMapping, *, strict_width: bool = True
) -> Iterator[IncomingContact | RowProblem]:
    """A record (or the reason there is none) per data row, with its row number.

    With `strict_width` (CSV), a row with fewer cells than the header row, or more that are
    not empty, is ragged: a separator was lost or a quote left open, and its cells would land
    in the wrong fields, so it is skipped with the reason.
    """
    plan = _plan(mapping)
    width = len(mapping.headers)
    for row in rows:
        cells = row.cells
        if (strict_width and len(cells) != width) and (
            len(cells) < width or any(cell.strip() for cell in cells[width:])
        ):
            yield RowProblem(
                row.number,
                msg(
                    "the row has {cells} cells where the header row has {columns}: a "
                    "separator is missing or extra, or a quote is left open; fix the row "
                    "and import again",
                    cells=len(cells),
                    columns=width,
                ),
            )
            continue
        yield _record(row.number, cells, plan)


def _cell(cells: tuple[str, ...], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def _record(number: int, cells: tuple[str, ...], plan: _Plan) -> IncomingContact | RowProblem:
    single = plan.single
    if not any(_cell(cells, i) for i in plan.used):
        return RowProblem(number, msg("the mapped columns of this row are empty"))

    def get(wanted: SheetField) -> str:
        return _cell(cells, single.get(wanted))

    remarks: list[Message] = []
    given = " ".join(p for p in (get(F.GIVEN), get(F.MIDDLE)) if p)
    family = " ".join(p for p in (get(F.FAMILY), get(F.SUFFIX)) if p)
    honorific = get(F.HONORIFIC)
    family_first = yes_no(get(F.FAMILY_FIRST)) is True
    if not given and not family:
        whole = get(F.NAME)
        if whole:
            split_honorific, given, family, shouted = split_name(whole)
            honorific = honorific or split_honorific
            family_first = family_first or shouted
    if not given and not family:
        return RowProblem(number, msg("the row has no name"))

    titles: dict[str, str] = {}
    for wanted, language in ((F.TITLE, "en"), (F.TITLE_FR, "fr"), (F.TITLE_ES, "es")):
        title = get(wanted)
        if title:
            titles[language] = title
    for line in get(F.OTHER_TITLES).splitlines():
        language, separator, title = line.partition(":")
        if separator and language.strip() and title.strip():
            titles.setdefault(language.strip().lower(), title.strip())

    phones: list[tuple[PhoneKind, str]] = []
    for index, phone_kind, label_column in plan.phones:
        text = _cell(cells, index)
        if not text:
            continue
        labelled = phone_kind_of(_cell(cells, label_column)) if label_column is not None else None
        for own, raw in split_phones(text):
            phones.append((own or labelled or phone_kind, raw))
    emails: list[tuple[EmailKind, str]] = []
    for index, email_kind, label_column in plan.emails:
        text = _cell(cells, index)
        if not text:
            continue
        labelled_email = (
            email_kind_of(_cell(cells, label_column)) if label_column is not None else None
        )
        for own_email, address in split_emails(text):
            emails.append((own_email or labelled_email or email_kind, address))

    kind: ContactKind | None = None
    kind_text = get(F.KIND)
    if kind_text:
        kind = _KINDS.get(header_key(kind_text))
        if kind is None:
            remarks.append(
                msg("kind '{kind}' is not one this program knows: left out", kind=kind_text)
            )
    active: bool | None = None
    active_text = get(F.ACTIVE)
    if active_text:
        active = yes_no(active_text)
        if active is None:
            remarks.append(
                msg("'{value}' does not say yes or no (active): left out", value=active_text)
            )
    verified: date | None = None
    verified_text = get(F.LAST_VERIFIED)
    if verified_text:
        verified = _date(verified_text)
        if verified is None:
            remarks.append(
                msg("'{value}' is not a date (last verified): left out", value=verified_text)
            )
    languages = tuple(part for part in re.split(r"[\s,;/]+", get(F.LANGUAGES)) if part)
    notes = "\n".join(cells[i] for i in plan.notes if i < len(cells) and cells[i].strip())
    uid = get(F.UID) or None
    return IncomingContact(
        line=number,
        uid=uid,
        given=given,
        family=family,
        honorific=honorific,
        titles=titles,
        organisation=get(F.ORGANISATION),
        office=get(F.OFFICE),
        phones=tuple(phones),
        emails=tuple(emails),
        notes=notes.strip("\n"),
        languages=languages,
        kind=kind,
        active=active,
        last_verified=verified,
        rev=None,
        family_first=family_first,
        remarks=tuple(remarks),
    )
