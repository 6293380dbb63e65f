"""Contact blocks: the "For more information, please contact:" part of a press release.

The wording comes from one editable TOML template per language (``resources/templates``,
optionally overridden by a user folder). A block is built once as paragraphs of lines of
runs (a piece of text, maybe a link, maybe bold) and then written out as plain text, HTML
and Markdown from that one structure, so the three formats always carry the same words
and differ only in markup and escaping.

Layouts:

- stacked: the heading, then one detail a line; contacts are separated by a blank line
  (in HTML, each contact is a ``<p>``; the heading shares the first contact's ``<p>`` so
  that no gap appears that the plain text does not have).
- inline: one sentence per contact (the template's ``first`` sentence, then its
  ``following`` sentence for every further contact), all in one paragraph.

Values from the records are normalised the same way in every format: line breaks and
runs of white space become one space, other control characters are dropped, so a name
typed with a newline cannot break the layout. Otherwise they are printed verbatim in the
text, escaped in HTML and Markdown.
"""

from __future__ import annotations

import html
import re
import string
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

import phonenumbers

from crm_app.domain.errors import ValidationError
from crm_app.domain.messages import Message, msg
from crm_app.domain.records import (
    DEFAULT_LANGUAGE,
    BlockFormat,
    BlockLayout,
    Contact,
    Phone,
    PhoneKind,
)

NBSP = "\u00a0"

# ---------------------------------------------------------------------------- templates

# Where each BlockTemplate field lives in the TOML file.
_TOML_PATHS: dict[str, tuple[str, ...]] = {
    "heading": ("stacked", "heading"),
    "inline_first": ("inline", "first"),
    "inline_following": ("inline", "following"),
    "inline_separator": ("inline", "separator"),
    "person_name": ("inline", "person", "name"),
    "person_name_title": ("inline", "person", "name_title"),
    "person_name_office": ("inline", "person", "name_office"),
    "person_name_title_office": ("inline", "person", "name_title_office"),
    "phone_label": ("labels", "phone"),
    "mobile_label": ("labels", "mobile"),
    "fax_label": ("labels", "fax"),
    "email_label": ("labels", "email"),
    "label_separator": ("labels", "separator"),
    "extension_word": ("extension", "word"),
    "extension_format": ("extension", "format"),
}
_TYPOGRAPHY_PATH = ("typography", "no_break_space_before")

# Fields holding {placeholders}: (allowed, required). Every other field is literal text,
# where a brace is just a brace.
_PATTERNS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "inline_first": (frozenset({"contact"}), frozenset({"contact"})),
    "inline_following": (frozenset({"contact"}), frozenset({"contact"})),
    "person_name": (frozenset({"name"}), frozenset({"name"})),
    "person_name_title": (frozenset({"name", "title"}), frozenset({"name"})),
    "person_name_office": (frozenset({"name", "office"}), frozenset({"name"})),
    "person_name_title_office": (frozenset({"name", "title", "office"}), frozenset({"name"})),
    "extension_format": (
        frozenset({"number", "word", "extension"}),
        frozenset({"number", "extension"}),
    ),
}
# Texts that would leave a visible hole if empty. Separators and the extension word may
# legitimately be empty.
_NON_EMPTY = frozenset(
    {"heading", "phone_label", "mobile_label", "fax_label", "email_label", *_PATTERNS}
)
# Separators keep their spaces; every other text is trimmed so that a stray space typed
# in the file cannot end up at the end of a line.
_KEEP_SPACES = frozenset({"inline_separator", "label_separator"})

# File names double as language codes: "fr.toml", "es-419.toml". Anything else in the
# folder (a README, a backup "fr.toml~") is not a template.
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


@dataclass(frozen=True, slots=True)
class BlockTemplate:
    """The wording of a contact block in one language, ready to render.

    Pattern fields (``inline_*`` sentences, ``person_*`` forms, ``extension_format``) hold
    ``{placeholder}`` names; the constructor checks them, so a BlockTemplate that exists is
    one that renders. Typography (non-breaking spaces) is already applied by the loader.
    """

    language: str
    heading: str
    inline_first: str
    inline_following: str
    inline_separator: str
    person_name: str
    person_name_title: str
    person_name_office: str
    person_name_title_office: str
    phone_label: str
    mobile_label: str
    fax_label: str
    email_label: str
    label_separator: str
    extension_word: str
    extension_format: str
    source: str = ""  # where it was read from, for error messages

    def with_extension(self, number: str, extension: str | None) -> str:
        """``number`` and its extension as this language writes them ("…, poste 203")."""
        digits = _clean(extension or "")
        if not digits:
            return number
        return _fill_text(
            self.extension_format,
            {"number": number, "word": self.extension_word, "extension": digits},
        )

    def __post_init__(self) -> None:
        where = self.source or f"{self.language!r} template"
        for name, path in _TOML_PATHS.items():
            value: str = getattr(self, name)
            place = _describe_path(path)
            if name in _NON_EMPTY and not value.strip():
                raise ValidationError(
                    "template", msg("{where}: {place} is empty", where=where, place=place)
                )
            if name in _PATTERNS:
                allowed, required = _PATTERNS[name]
                problem = _pattern_problem(value, allowed, required)
                if problem:
                    raise ValidationError(
                        "template",
                        msg(
                            "{where}: {place}: {problem}", where=where, place=place, problem=problem
                        ),
                    )


class TemplateLibrary:
    """Block templates by language: ``override_dir/<lang>.toml`` wins over the shipped one.

    Files are read on every ``get`` (they are small) so that an edited template shows up
    without a restart; parsing is cached on the file's content.
    """

    def __init__(self, shipped_dir: Traversable | Path, override_dir: Path | None = None) -> None:
        self._dirs: tuple[Traversable | Path, ...] = (
            (shipped_dir,) if override_dir is None else (override_dir, shipped_dir)
        )

    def languages(self) -> list[str]:
        """Sorted language codes that have a template in either folder."""
        found: set[str] = set()
        for folder in self._dirs:
            if not folder.is_dir():
                continue  # an override folder nobody has created yet
            for entry in folder.iterdir():
                code = entry.name.removesuffix(".toml")
                if entry.name.endswith(".toml") and _LANGUAGE.fullmatch(code) and entry.is_file():
                    found.add(code)
        return sorted(found)

    def get(self, language: str) -> BlockTemplate:
        code = _normalise_language(language)
        if _LANGUAGE.fullmatch(code):  # also keeps "../x" from reaching the file system
            for folder in self._dirs:
                entry = folder / f"{code}.toml"
                if entry.is_file():
                    return _load_template(code, str(entry), _read_text(entry))
        available = ", ".join(self.languages()) or "–"
        raise ValidationError(
            "language",
            msg(
                "no contact-block template for '{language}'; available: {available}",
                language=language,
                available=available,
            ),
        )


def shipped_templates_dir() -> Traversable:
    """The templates installed with the program (package data of crm_app.resources)."""
    return files("crm_app.resources") / "templates"


def _normalise_language(language: str) -> str:
    head, sep, tail = language.strip().partition("-")
    return head.lower() + sep + tail


def _read_text(entry: Traversable | Path) -> str:
    try:
        raw = entry.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "template",
            msg("{file}: cannot be read ({detail})", file=str(entry), detail=exc.strerror),
        ) from exc
    try:
        # utf-8-sig: Windows Notepad may save a byte-order mark, which TOML does not allow.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            "template",
            msg(
                "{file}: is not UTF-8 text (byte {byte}); save it as UTF-8",
                file=str(entry),
                byte=exc.start,
            ),
        ) from exc


@lru_cache(maxsize=64)
def _load_template(language: str, source: str, text: str) -> BlockTemplate:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            "template", msg("{file}: not valid TOML: {detail}", file=source, detail=str(exc))
        ) from exc
    _check_keys(data, (), source)
    marks = _lookup(data, _TYPOGRAPHY_PATH, source, required=False)
    if any(mark.isspace() or mark.isalnum() or mark in "{}" for mark in marks):
        raise ValidationError(
            "template",
            msg(
                "{file}: {place} must list punctuation marks only, such as {example}",
                file=source,
                place=_describe_path(_TYPOGRAPHY_PATH),
                example='":;!?"',
            ),
        )
    values: dict[str, str] = {}
    for name, path in _TOML_PATHS.items():
        value = _lookup(data, path, source, required=True)
        if name not in _KEEP_SPACES:
            value = value.strip()
        try:
            values[name] = _typeset(value, marks, pattern=name in _PATTERNS)
        except ValueError as exc:  # unbalanced braces; the constructor would say the same
            raise ValidationError(
                "template",
                msg(
                    "{file}: {place}: {problem}",
                    file=source,
                    place=_describe_path(path),
                    problem=_brace_problem(exc),
                ),
            ) from exc
    return BlockTemplate(language=language, source=source, **values)


def _describe_path(path: tuple[str, ...]) -> str:
    """How a non-programmer finds the key in the file: ``[inline.person] name_title``."""
    if len(path) == 1:
        return path[0]
    return f"[{'.'.join(path[:-1])}] {path[-1]}"


def _known_tables() -> frozenset[tuple[str, ...]]:
    paths = [*_TOML_PATHS.values(), _TYPOGRAPHY_PATH]
    return frozenset(path[:i] for path in paths for i in range(1, len(path)))


_TABLES = _known_tables()
_LEAVES = frozenset([*_TOML_PATHS.values(), _TYPOGRAPHY_PATH])


def _check_keys(table: Mapping[str, object], prefix: tuple[str, ...], source: str) -> None:
    """Refuse keys the program would ignore: they are nearly always typos ("hedaing")."""
    for key, value in table.items():
        path = (*prefix, key)
        if path in _TABLES:
            if not isinstance(value, dict):
                raise ValidationError(
                    "template",
                    msg(
                        "{file}: {key} must be a section written [{section}]",
                        file=source,
                        key=key,
                        section=".".join(path),
                    ),
                )
            _check_keys(value, path, source)
        elif path not in _LEAVES:
            raise ValidationError(
                "template",
                msg("{file}: unknown setting {place}", file=source, place=_describe_path(path)),
            )


def _lookup(
    data: Mapping[str, object], path: tuple[str, ...], source: str, *, required: bool
) -> str:
    node: object = data
    for key in path:
        if not isinstance(node, dict) or key not in node:
            if not required:
                return ""
            raise ValidationError(
                "template",
                msg("{file}: {place} is missing", file=source, place=_describe_path(path)),
            )
        node = node[key]
    if not isinstance(node, str):
        raise ValidationError(
            "template",
            msg(
                "{file}: {place} must be text in quotation marks",
                file=source,
                place=_describe_path(path),
            ),
        )
    return node


def _typeset(value: str, marks: str, *, pattern: bool) -> str:
    """Put one non-breaking space before each of ``marks``, in literal text only."""
    if not marks:
        return value
    before_mark = re.compile(rf"\s*([{re.escape(marks)}]+)")

    def fix(text: str) -> str:
        return before_mark.sub(lambda m: NBSP + m.group(1), text)

    if not pattern:
        return fix(value)
    out: list[str] = []
    for literal, field, spec, conversion in string.Formatter().parse(value):
        out.append(fix(literal).replace("{", "{{").replace("}", "}}"))
        if field is not None:
            # Put back exactly what was written; the constructor refuses what is wrong.
            bang = f"!{conversion}" if conversion else ""
            colon = f":{spec}" if spec else ""
            out.append(f"{{{field}{bang}{colon}}}")
    return "".join(out)


def _pattern_problem(
    pattern: str, allowed: frozenset[str], required: frozenset[str]
) -> Message | None:
    """What is wrong with a pattern's placeholders, in words; None when nothing is."""
    choices = ", ".join(f"{{{name}}}" for name in sorted(allowed))
    seen: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        return _brace_problem(exc)
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in allowed:
            return msg(
                "unknown placeholder {placeholder}; use {choices}",
                placeholder=f"{{{field}}}",
                choices=choices,
            )
        if spec or conversion:
            return msg(
                "write the placeholder as {placeholder}, with nothing else inside the braces",
                placeholder=f"{{{field}}}",
            )
        seen.add(field)
    missing = sorted(required - seen)
    if missing:
        return msg(
            "must contain {placeholders}", placeholders=", ".join(f"{{{name}}}" for name in missing)
        )
    return None


def _brace_problem(exc: ValueError) -> Message:
    return msg(
        "unbalanced curly braces ({detail}); write {{{{ or }}}} for a brace printed as is",
        detail=str(exc),
    )


# ---------------------------------------------------------------------------- rendering


class _Run(NamedTuple):
    """A piece of a line: text, with a link target or in bold when the format has them."""

    text: str
    href: str | None = None
    strong: bool = False


_Line = list[_Run]
_Paragraph = list[_Line]


@dataclass(frozen=True, slots=True)
class RenderedBlock:
    text: str
    html: str
    markdown: str

    def as_format(self, fmt: BlockFormat) -> str:
        match BlockFormat(fmt):
            case BlockFormat.TEXT:
                return self.text
            case BlockFormat.HTML:
                return self.html
            case BlockFormat.MARKDOWN:
                return self.markdown


class _Entry(NamedTuple):
    """One contact, normalised and in the block's language."""

    name: str
    title: str
    office: str
    channels: list[tuple[str, _Run]]  # (label, value)


def render_block(
    contacts: Sequence[Contact],
    template: BlockTemplate,
    layout: BlockLayout = BlockLayout.STACKED,
) -> RenderedBlock:
    """The block for ``contacts``, in their order, worded by ``template``.

    Invalid phones are left out (``block_warnings`` reports them); nothing about a
    warning is ever written into the block itself.
    """
    if not contacts:
        raise ValidationError("contacts", msg("a block needs at least one contact"))
    entries = [_entry(contact, template) for contact in contacts]
    if BlockLayout(layout) is BlockLayout.INLINE:
        paragraphs = _inline(entries, template)
    else:
        paragraphs = _stacked(entries, template)
    return RenderedBlock(
        text=_as_text(paragraphs), html=_as_html(paragraphs), markdown=_as_markdown(paragraphs)
    )


def _entry(contact: Contact, template: BlockTemplate) -> _Entry:
    language = template.language
    name = _clean(contact.display_name)
    if not name:
        # A block that cites nobody by name is useless to a journalist; refuse it loudly.
        raise ValidationError("contacts", msg("contact #{id} has no name to print", id=contact.id))
    office = _pick(contact.office.names, language, last_resort=True) if contact.office else ""
    channels: list[tuple[str, _Run]] = []
    for phone in contact.phones:
        dial = _printable(phone)
        if dial is None:
            continue
        shown, e164 = dial
        extension = _clean(phone.extension or "")
        href = f"tel:{e164}"
        if extension:
            shown = template.with_extension(shown, extension)
            href += "," + quote(extension, safe="")  # a comma is a dialling pause
        if phone.kind is PhoneKind.FAX:
            # Nobody can talk to a fax machine: no tel: link, which would offer a call.
            channels.append((template.fax_label, _Run(shown)))
        else:
            label = template.mobile_label if phone.is_mobile else template.phone_label
            channels.append((label, _Run(shown, href)))
    for email in contact.emails:
        address = _clean(email.address)
        if address:
            channels.append((template.email_label, _Run(address, _mailto(address))))
    # A job title falls back to English only, unlike contact.title(): a Spanish title in
    # the middle of a French sentence reads worse than no title at all. An office name is
    # a proper name, so any stored language will do, as in OfficeRef.name().
    title = _pick(contact.titles, language, last_resort=False)
    return _Entry(name, title, office, channels)


def _pick(values: Mapping[str, str], language: str, *, last_resort: bool) -> str:
    """The cleaned value in ``language``, else English, else (maybe) any non-blank one."""
    for key in (language, DEFAULT_LANGUAGE):
        value = _clean(values.get(key, ""))
        if value:
            return value
    if last_resort:
        return next((value for value in map(_clean, values.values()) if value), "")
    return ""


def _stacked(entries: list[_Entry], template: BlockTemplate) -> list[_Paragraph]:
    paragraphs: list[_Paragraph] = []
    for entry in entries:
        lines: _Paragraph = [] if paragraphs else [[_Run(template.heading, strong=True)]]
        lines.append([_Run(entry.name)])
        lines.extend([_Run(text)] for text in (entry.title, entry.office) if text)
        lines.extend(
            [_Run(label + template.label_separator), value] for label, value in entry.channels
        )
        paragraphs.append(lines)
    return paragraphs


def _inline(entries: list[_Entry], template: BlockTemplate) -> list[_Paragraph]:
    line: _Line = []
    for entry in entries:
        if entry.title and entry.office:
            form = template.person_name_title_office
        elif entry.title:
            form = template.person_name_title
        elif entry.office:
            form = template.person_name_office
        else:
            form = template.person_name
        contact = _fill(
            form,
            {
                "name": [_Run(entry.name)],
                "title": [_Run(entry.title)],
                "office": [_Run(entry.office)],
            },
        )
        for label, value in entry.channels:
            contact += [_Run(template.inline_separator + label + template.label_separator), value]
        if line:
            line.append(_Run(" "))
        sentence = template.inline_following if line else template.inline_first
        line += _fill(sentence, {"contact": contact})
    return [[line]]


@lru_cache(maxsize=4096)
def _printable(phone: Phone) -> tuple[str, str] | None:
    """(international display form, canonical E.164) of a phone fit to print, else None."""
    if not phone.valid or not phone.e164:
        return None
    try:
        number = phonenumbers.parse(phone.e164, None)
    except phonenumbers.NumberParseException:
        return None
    return (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
    )


@lru_cache(maxsize=1024)
def _mailto(address: str) -> str:
    # Percent-encoding keeps odd but legal characters from ending the link early.
    return "mailto:" + quote(address, safe="@+")


@lru_cache(maxsize=256)
def _pieces(pattern: str) -> tuple[tuple[str, str | None], ...]:
    """A checked pattern as (literal text, placeholder after it or None) pairs."""
    return tuple((literal, field) for literal, field, _, _ in string.Formatter().parse(pattern))


def _fill(pattern: str, values: Mapping[str, list[_Run]]) -> list[_Run]:
    out: list[_Run] = []
    for literal, field in _pieces(pattern):
        if literal:
            out.append(_Run(literal))
        if field is not None:
            out += values[field]
    return out


def _fill_text(pattern: str, values: Mapping[str, str]) -> str:
    return "".join(
        literal + (values[field] if field is not None else "")
        for literal, field in _pieces(pattern)
    )


# Control characters other than white space; white space is collapsed separately.
_CONTROLS = dict.fromkeys(c for c in [*range(0x20), *range(0x7F, 0xA0)] if not chr(c).isspace())


def _clean(value: str) -> str:
    """A value as printed in a one-line field: white space collapsed, controls dropped.

    Applied to every value in every format, so the three outputs stay in step and a name
    holding a newline or a tab stays on its line.
    """
    # Fast path for the usual value: isprintable() rules out every control and every
    # white space but the ASCII space, so only doubled or outer spaces could need work.
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
        return value
    return " ".join(value.translate(_CONTROLS).split())


def _as_text(paragraphs: list[_Paragraph]) -> str:
    return "\n\n".join(
        ["\n".join(["".join([run.text for run in line]) for line in lines]) for lines in paragraphs]
    )


_HTML_SPECIAL = re.compile("[&<>\"']")


def _html_escape(text: str) -> str:
    # Most runs need nothing; a C-level search is much cheaper than five replace() calls.
    return html.escape(text, quote=True) if _HTML_SPECIAL.search(text) else text


def _html_run(run: _Run) -> str:
    out = _html_escape(run.text)
    if run.href is not None:
        out = f'<a href="{_html_escape(run.href)}">{out}</a>'
    if run.strong:
        out = f"<strong>{out}</strong>"
    return out


def _as_html(paragraphs: list[_Paragraph]) -> str:
    return "\n".join(
        [
            "<p>"
            + "<br>".join(["".join([_html_run(run) for run in line]) for line in lines])
            + "</p>"
            for lines in paragraphs
        ]
    )


# Every ASCII character CommonMark (or the common GFM extensions: tables, strikethrough)
# can read as markup, wherever it stands: escaping them all, instead of guessing the
# context, also covers list and heading markers at the start of a line ("1.", "-", "#",
# "=" under a line) and entity references ("&amp;"). The backslash comes first so that
# the backslashes added after it are not doubled.
_MARKDOWN_ESCAPES = tuple((c, "\\" + c) for c in "\\`*_{}[]<>()#+-.!|~=&")


def _markdown_escape(text: str) -> str:
    # replace() only for the characters present: ~3x faster here than str.translate().
    for char, escaped in _MARKDOWN_ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    return text


def _markdown_run(run: _Run) -> str:
    out = _markdown_escape(run.text)
    if run.href is not None:
        out = f"[{out}]({run.href})"  # tel:/mailto: targets hold no space or bracket
    if run.strong:
        out = f"**{out}**"
    return out


def _as_markdown(paragraphs: list[_Paragraph]) -> str:
    # A backslash before the line end is CommonMark's hard break; unlike two trailing
    # spaces it survives editors that trim lines, and it is visible.
    return "\n\n".join(
        [
            "\\\n".join(["".join([_markdown_run(run) for run in line]) for line in lines])
            for lines in paragraphs
        ]
    )


# ---------------------------------------------------------------------------- warnings


class WarningCode(StrEnum):
    LEFT = "left"
    NO_VALID_CHANNEL = "no_valid_channel"
    UNVERIFIED = "unverified"  # verified too long ago, or never (last_verified is None)
    INVALID_PHONE = "invalid_phone"
    TITLE_IN_ENGLISH = "title_in_english"  # no title in the block's language: English printed


@dataclass(frozen=True, slots=True)
class BlockWarning:
    contact_id: int
    contact_name: str
    code: WarningCode
    message: Message  # one line, ready to show; its template keeps it translatable


def block_warnings(
    contacts: Sequence[Contact], today: date, stale_after_days: int = 365
) -> list[BlockWarning]:
    """What a person should know before printing a block for ``contacts``.

    In contact order; for each contact: left, no valid channel, each invalid phone,
    unverified. Warnings never stop a block from being rendered.
    """
    if stale_after_days < 0:
        raise ValidationError("stale_after_days", msg("must be zero or more"))
    warnings: list[BlockWarning] = []
    for contact in contacts:
        name = _clean(contact.display_name) or f"contact #{contact.id}"
        warnings.extend(
            BlockWarning(contact.id, name, code, message)
            for code, message in _contact_warnings(contact, name, today, stale_after_days)
        )
    return warnings


def _contact_warnings(
    contact: Contact, name: str, today: date, stale_after_days: int
) -> Iterator[tuple[WarningCode, Message]]:
    if not contact.active:
        yield WarningCode.LEFT, msg("{name} has left the organisation", name=name)
    # A fax alone does not let a journalist reach anyone.
    reachable = any(
        phone.kind is not PhoneKind.FAX and _printable(phone) for phone in contact.phones
    ) or any(_clean(email.address) for email in contact.emails)
    if not reachable:
        yield WarningCode.NO_VALID_CHANNEL, msg("{name} has no valid phone or e-mail", name=name)
    for phone in contact.phones:
        raw = _clean(phone.raw) or phone.e164 or "(empty)"
        if not phone.valid:
            yield (
                WarningCode.INVALID_PHONE,
                msg("{name} has a phone flagged invalid: {number}", name=name, number=raw),
            )
        elif _printable(phone) is None:
            yield (
                WarningCode.INVALID_PHONE,
                msg("{name} has a phone that cannot be read: {number}", name=name, number=raw),
            )
    if contact.last_verified is None:
        yield WarningCode.UNVERIFIED, msg("{name} has never been verified", name=name)
    elif (today - contact.last_verified).days > stale_after_days:
        yield WarningCode.UNVERIFIED, _stale(name, contact.last_verified, stale_after_days)


def translation_warnings(contacts: Sequence[Contact], language: str) -> list[BlockWarning]:
    """A contact whose job title the block prints in English, for want of one in `language`,
    so that the officer can add the translation."""
    if language == DEFAULT_LANGUAGE:
        return []
    warnings: list[BlockWarning] = []
    for contact in contacts:
        english = _clean(contact.titles.get(DEFAULT_LANGUAGE, ""))
        if english and not _clean(contact.titles.get(language, "")):
            name = _clean(contact.display_name) or f"contact #{contact.id}"
            message = msg(
                "{name} has no job title in {language}; the block prints the English one ({title})",
                name=name,
                language=language,
                title=english,
            )
            warnings.append(BlockWarning(contact.id, name, WarningCode.TITLE_IN_ENGLISH, message))
    return warnings


def _stale(name: str, verified: date, days: int) -> Message:
    when = verified.isoformat()
    if days and days % 365 == 0:
        return msg(
            "{name} was last verified on {date}, over {months} months ago",
            name=name,
            date=when,
            months=days // 365 * 12,
        )
    if days == 1:
        return msg("{name} was last verified on {date}, over 1 day ago", name=name, date=when)
    return msg(
        "{name} was last verified on {date}, over {days} days ago", name=name, date=when, days=days
    )


__all__ = [
    "NBSP",
    "BlockTemplate",
    "BlockWarning",
    "RenderedBlock",
    "TemplateLibrary",
    "WarningCode",
    "block_warnings",
    "render_block",
    "shipped_templates_dir",
    "translation_warnings",
]
