"""The `crm-app` command: the window with no command, headless commands for scripts and tests."""

from __future__ import annotations

import argparse
import errno
import json
import logging
import os
import stat
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from crm_app import __version__
from crm_app.app.logs import log_command
from crm_app.app.paths import AppPaths
from crm_app.app.serialize import (
    contact_json,
    contact_list_json,
    import_report_json,
    office_json,
    phone_check_json,
    release_json,
    release_text_json,
)
from crm_app.domain.blocks import RenderedBlock
from crm_app.domain.errors import (
    ConflictError,
    CrmError,
    DuplicateError,
    EditConflictError,
    ValidationError,
)
from crm_app.domain.history import ChangeAction, FieldChange, RecordVersion
from crm_app.domain.ids import MAX_RECORD_ID, parse_record_id
from crm_app.domain.messages import msg
from crm_app.domain.phones import format_phone
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import (
    BlockFormat,
    BlockLayout,
    Contact,
    ContactKind,
    EmailKind,
    OfficeKind,
    PhoneKind,
    Release,
)
from crm_app.domain.redact import redact_url
from crm_app.domain.text import clean_line, language_code
from crm_app.domain.values import ContactValues
from crm_app.services.common import MAX_USER_NAME
from crm_app.services.container import MAPPINGS_FILE, Services
from crm_app.services.drafts import (
    ContactChanges,
    ContactDraft,
    EmailInput,
    OfficeChanges,
    OfficeDraft,
    PhoneInput,
    ReleaseDraft,
)
from crm_app.services.maintenance import (
    BackupInfo,
    DatabaseCheck,
    MaintenanceService,
    database_damage,
)
from crm_app.services.sample_data import load_sample_data
from crm_app.store.database import Database, open_database

if TYPE_CHECKING:
    from crm_app.services.spreadsheets import SheetImportReport
    from crm_app.services.vcards import ImportReport

# VCardVersion and VCardProfile's values (a test keeps them in step): the parser offers them
# without loading the vCard code, which the window and most commands never need.
VCARD_VERSIONS = ("3.0", "4.0")
VCARD_PROFILES = ("standard", "outlook")
# Layout and ExportLayout's values (a test keeps them in step), for the same reason.
SHEET_MAPPINGS = ("auto", "outlook", "google", "thunderbird", "ours")
SHEET_LAYOUTS = ("ours", "outlook", "google")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_UNEXPECTED = 3  # a bug or an environment problem: the log has the details
# A save refused because someone else changed the record since it was read (--if-version,
# or a field changed on both sides): nothing was written.
EXIT_CONFLICT = 4

Handler = Callable[[argparse.Namespace, Services, TextIO], int]

log = logging.getLogger("crm_app")


def _text(value: str) -> str:
    """What every argument must be: text that a database and a file can hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # Bytes that are not UTF-8 reach sys.argv as lone surrogates (surrogateescape).
        raise argparse.ArgumentTypeError("is not valid UTF-8 text") from None
    if "\x00" in value:
        raise argparse.ArgumentTypeError("contains a NUL character")
    return value


def _shown(value: str, limit: int = 40) -> str:
    return value if len(value) <= limit else value[:limit] + "…"


def _record_id(what: str) -> Callable[[str], int]:
    """The argparse type of an id: one rule, and one message, for every command."""

    def parse(value: str) -> int:
        record_id = parse_record_id(_text(value))
        if record_id is None:
            raise argparse.ArgumentTypeError(
                f"'{_shown(value)}' is not a valid {what} id (a number from 1 to {MAX_RECORD_ID})"
            )
        return record_id

    return parse


def _user_name(value: str) -> str:
    try:
        return clean_line(_text(value), "user", MAX_USER_NAME)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc.reason)) from None


def _version_number(value: str) -> int:
    number = parse_record_id(_text(value))
    if number is None:
        raise argparse.ArgumentTypeError(
            f"'{_shown(value)}' is not a version number (a number from 1 to {MAX_RECORD_ID})"
        )
    return number


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Arguments without a type of their own are checked as text, so a new option is too.
        self.register("type", None, _text)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {redact_url(message)}\n")


def _subcommands(
    parser: argparse.ArgumentParser,
    *,
    dest: str,
    metavar: str,
    required: bool = False,
    prog: str | None = None,
) -> argparse._SubParsersAction[_Parser]:
    extra: dict[str, Any] = {} if prog is None else {"prog": prog}
    actions = parser.add_subparsers(
        dest=dest, metavar=metavar, required=required, parser_class=_Parser, **extra
    )
    # Not _text: argparse hands this action the whole rest of the line, and the command's
    # own parser checks each of its arguments, naming the option in its message.
    actions.type = str
    return actions


def _print_json(document: Any, out: TextIO) -> None:
    # One write: json.dump would call write() for every token.
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _print_saved(
    args: argparse.Namespace, out: TextIO, record_id: int, document: Callable[[], Any]
) -> int:
    """What add and edit print: the id, or with --json the whole record."""
    if args.json:
        _print_json(document(), out)
    else:
        out.write(f"{record_id}\n")
    return EXIT_OK


def _phone_inputs(values: Sequence[str] | None, allow_invalid: bool) -> tuple[PhoneInput, ...]:
    """Each value is KIND:NUMBER ("work:+86 10 5979 9695 ext. 203") or just the number."""
    inputs = []
    kinds = {kind.value for kind in PhoneKind}
    for value in values or ():
        head, sep, tail = value.partition(":")
        if sep and head.strip().lower() in kinds:
            inputs.append(
                PhoneInput(
                    raw=tail, kind=PhoneKind(head.strip().lower()), allow_invalid=allow_invalid
                )
            )
        else:
            inputs.append(PhoneInput(raw=value, allow_invalid=allow_invalid))
    return tuple(inputs)


def _email_inputs(values: Sequence[str] | None) -> tuple[EmailInput, ...]:
    inputs = []
    kinds = {kind.value for kind in EmailKind}
    for value in values or ():
        head, sep, tail = value.partition(":")
        if sep and head.strip().lower() in kinds and "@" not in head:
            inputs.append(EmailInput(address=tail, kind=EmailKind(head.strip().lower())))
        else:
            inputs.append(EmailInput(address=value))
    return tuple(inputs)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(_text(value))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"'{_shown(value)}' is not a date such as 2026-11-27"
        ) from exc


# `contact edit --verified none` removes the date; a missing option leaves it.
NO_DATE = "none"


def _date_or_none(value: str) -> date | str:
    return NO_DATE if _text(value).strip().lower() == NO_DATE else _date(value)


def _names(args: argparse.Namespace) -> dict[str, str]:
    names: dict[str, str] = {}
    if args.name is not None:
        names["en"] = args.name
    for code in ("fr", "es"):
        value = getattr(args, f"name_{code}")
        if value is not None:
            names[code] = value
    for item in args.name_in or ():
        code, sep, value = item.partition("=")
        if not sep:
            raise ValidationError("name-in", msg("'{value}' is not LANG=NAME", value=item))
        names[code] = value
    return names


def _titles(args: argparse.Namespace) -> dict[str, str] | None:
    titles: dict[str, str] = {}
    if args.title is not None:
        titles["en"] = args.title
    for item in args.title_in or ():
        code, sep, value = item.partition("=")
        if not sep:
            raise ValidationError("title-in", msg("'{value}' is not LANG=TITLE", value=item))
        titles[code] = value
    return titles if (args.title is not None or args.title_in) else None


def _contact_line(contact: Contact | ContactValues) -> str:
    phone = next((p for p in contact.phones), None)
    phone_text = ""
    if phone is not None:
        phone_text = (
            format_phone(phone.e164, phone.extension) if phone.e164 and phone.valid else phone.raw
        )
        if not phone.valid:
            phone_text += " (invalid)"
    email = contact.emails[0].address if contact.emails else ""
    office = contact.office.name() if contact.office else ""
    flags = " [left]" if not contact.active else ""
    flags += " [deleted]" if contact.deleted else ""
    return f"{contact.id}\t{contact.display_name}{flags}\t{office}\t{phone_text}\t{email}"


# Offices


def office_add(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    office = services.offices.add(
        OfficeDraft(
            names=_names(args),
            country=args.country,
            city=args.city or "",
            kind=OfficeKind(args.kind),
            switchboard=args.phone or "",
            parent=args.parent,
        )
    )
    return _print_saved(args, out, office.id, lambda: office_json(office))


def office_list(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    offices = services.offices.all()
    if args.json:
        _print_json([office_json(o) for o in offices], out)
        return EXIT_OK
    for office in offices:
        switchboard = office.switchboard.e164 if office.switchboard else ""
        out.write(
            f"{office.id}\t{office.name()}\t{office.country}\t{office.city}\t{switchboard or ''}\n"
        )
    return EXIT_OK


def office_show(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    office = services.offices.find(args.office)
    if args.json:
        _print_json(office_json(office), out)
        return EXIT_OK
    out.write(f"Office {office.id}: {office.name()}\n")
    for code, name in sorted(office.names.items()):
        out.write(f"  name ({code}): {name}\n")
    out.write(f"  kind: {office.kind.value}\n  country: {office.country}\n  city: {office.city}\n")
    if office.switchboard:
        out.write(f"  switchboard: {office.switchboard.e164 or office.switchboard.raw}\n")
    if office.parent_id:
        out.write(f"  parent: {services.offices.get(office.parent_id).name()}\n")
    return EXIT_OK


def office_edit(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    office = services.offices.find(args.office)
    names = _names(args)
    updated = services.offices.edit(
        office.id,
        OfficeChanges(
            names=names or None,
            country=args.country,
            city=args.city,
            kind=OfficeKind(args.kind) if args.kind else None,
            switchboard=args.phone,
            parent=args.parent,
        ),
    )
    return _print_saved(args, out, updated.id, lambda: office_json(updated))


# Contacts


def contact_add(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    contact = services.contacts.add(
        ContactDraft(
            given=args.given or "",
            family=args.family or "",
            honorific=args.honorific or "",
            titles=_titles(args) or {},
            office=args.office,
            kind=ContactKind(args.kind),
            languages=tuple(args.language or ()),
            phones=_phone_inputs(args.phone, args.allow_invalid_phone),
            emails=_email_inputs(args.email),
            notes=args.notes or "",
            last_verified=args.verified,
            family_first=args.name_order == "family-first",
        ),
        force=args.force,
    )
    return _print_saved(args, out, contact.id, lambda: contact_json(contact, full=True))


_LIST_BATCH = 256


def contact_list(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    archive = Archive.ARCHIVED if args.archived else Archive.ALL_LIVE
    query = ContactQuery(text=args.search or "", archive=archive)
    contacts = services.contacts.stream_values(query, titles=False)  # neither form shows them
    if args.json:
        # Written as it is read, so 100,000 contacts never sit in memory at once; a few
        # hundred at a time, as one write costs more than the text of one contact.
        out.write("[")
        pending: list[str] = []
        count = 0
        for contact in contacts:
            pending.append(("," if count else "") + "\n  " + contact_list_json(contact))
            count += 1
            if len(pending) == _LIST_BATCH:
                out.write("".join(pending))
                pending.clear()
        out.write("".join(pending) + ("\n]\n" if count else "]\n"))
        return EXIT_OK
    for contact in contacts:
        out.write(_contact_line(contact) + "\n")
    return EXIT_OK


def contact_show(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    contact = services.contacts.get(args.id, include_deleted=True)
    if args.json:
        _print_json(contact_json(contact, full=True), out)
        return EXIT_OK
    out.write(f"Contact {contact.id}: {contact.display_name}\n")
    if contact.deleted:
        out.write("  (deleted; `contact restore` brings it back)\n")
    rows = [
        ("uid", contact.uid),
        ("honorific", contact.honorific),
        ("office", contact.office.name() if contact.office else ""),
        ("kind", contact.kind.value),
        ("languages", ", ".join(contact.languages)),
        ("status", "active" if contact.active else "left"),
        ("last verified", contact.last_verified.isoformat() if contact.last_verified else "never"),
    ]
    rows += [(f"title ({code})", title) for code, title in sorted(contact.titles.items())]
    for phone in contact.phones:
        number = (phone.e164 or phone.raw) + (f" ext. {phone.extension}" if phone.extension else "")
        flag = "" if phone.valid else f"  (INVALID, typed as {phone.raw!r})"
        rows.append((f"phone ({phone.kind.value})", number + flag))
    rows += [(f"email ({e.kind.value})", e.address) for e in contact.emails]
    if contact.notes:
        rows.append(("notes", contact.notes))
    for label, value in rows:
        if value:
            out.write(f"  {label}: {value}\n")
    return EXIT_OK


def contact_edit(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    if args.if_version is not None:
        # Refused outright when anyone saved since that version.
        expected, merge, titles = args.if_version, False, _titles(args)
        if titles is not None:
            titles = {**services.contacts.get(args.id).titles, **titles}
    else:
        # Checked against the version read here: another save in between goes through
        # with this one unless it changed one of the same fields.
        current = services.contacts.get(args.id)
        expected, merge, titles = current.version, True, _titles(args)
        if titles is not None:
            titles = {**current.titles, **titles}
    updated = services.contacts.edit(
        args.id,
        ContactChanges(
            given=args.given,
            family=args.family,
            honorific=args.honorific,
            titles=titles,
            office=args.office,
            kind=ContactKind(args.kind) if args.kind else None,
            languages=tuple(args.language) if args.language else None,
            phones=_phone_inputs(args.phone, args.allow_invalid_phone) if args.phone else None,
            emails=_email_inputs(args.email) if args.email else None,
            notes=args.notes,
            active=None if args.status is None else args.status == "active",
            last_verified=args.verified if isinstance(args.verified, date) else None,
            clear_last_verified=args.verified == NO_DATE,
            family_first=None if args.name_order is None else args.name_order == "family-first",
        ),
        expected_version=expected,
        merge=merge,
    )
    return _print_saved(args, out, updated.id, lambda: contact_json(updated, full=True))


def _when(version: RecordVersion) -> str:
    return version.changed_at.strftime("%Y-%m-%d %H:%M:%S UTC")


def _shown_value(value: str) -> str:
    return value if value else "(empty)"


def _change_line(change: FieldChange) -> str:
    return f"  {change.label}: {_shown_value(change.before)} → {_shown_value(change.after)}"


def _version_heading(version: RecordVersion) -> str:
    what = version.action.value
    if version.action is ChangeAction.REVERTED and version.reverted_to is not None:
        what = f"reverted to version {version.reverted_to}"
    elif version.action is ChangeAction.BASELINE:
        what = "as it was when history began (earlier changes were not recorded)"
    who = version.changed_by or "unknown user"
    return f"version {version.version}  {_when(version)}  {who}  {what}"


def _version_json(version: RecordVersion) -> dict[str, Any]:
    return {
        "version": version.version,
        "changed_at": version.changed_at.isoformat(),
        "changed_by": version.changed_by,
        "action": version.action.value,
        "reverted_to": version.reverted_to,
        "changes": [
            {
                "field": change.field,
                "before": change.before,
                "after": change.after,
                "old": change.old,
                "new": change.new,
            }
            for change in version.changes
        ],
    }


def contact_history(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    versions = services.contacts.history(args.id)
    if args.json:
        _print_json([_version_json(version) for version in versions], out)
        return EXIT_OK
    contact = services.contacts.get(args.id, include_deleted=True)
    lines = [
        f"Contact {contact.id}: {contact.display_name}" + (" (deleted)" if contact.deleted else "")
    ]
    for version in versions:
        lines.append(_version_heading(version))
        lines += [_change_line(change) for change in version.changes]
    out.write("\n".join(lines) + "\n")
    return EXIT_OK


def contact_revert(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    before = services.contacts.get(args.id)
    expected = before.version if args.if_version is None else args.if_version
    contact = services.contacts.revert(args.id, args.to, expected_version=expected)
    if args.json:
        _print_json(contact_json(contact, full=True), out)
        return EXIT_OK
    if contact.version == before.version:
        out.write(
            f"Contact {contact.id} already holds what version {args.to} held; nothing changed.\n"
        )
        return EXIT_OK
    out.write(
        f"Reverted contact {contact.id} ({contact.display_name}) to version {args.to}, as"
        f" version {contact.version}; `crm-app contact revert {contact.id} --to"
        f" {before.version}` undoes it.\n"
    )
    return EXIT_OK


def contact_delete(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    contact = services.contacts.delete(args.id)
    if args.json:
        _print_json(contact_json(contact, full=True), out)
        return EXIT_OK
    out.write(
        f"Deleted contact {contact.id} ({contact.display_name}); "
        f"`crm-app contact restore {contact.id}` brings it back.\n"
    )
    return EXIT_OK


def contact_restore(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    restored = services.contacts.restore(args.id)
    contact = restored.contact
    # A duplicate does not stop a restore (it was kept once on purpose); it is warned about.
    for warning in restored.warnings:
        sys.stderr.write(f"warning: {warning}\n")
    if args.json:
        _print_json(contact_json(contact, full=True), out)
        return EXIT_OK
    out.write(f"Restored contact {contact.id} ({contact.display_name}).\n")
    return EXIT_OK


# Phones


def phone_check(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    office_id = services.offices.find(args.office).id if args.office else None
    check = services.contacts.check_phone(args.number, office_id)
    if args.json:
        _print_json(phone_check_json(check), out)
    else:
        if check.valid:
            out.write(f"valid: {check.international} ({check.line_type.value}, {check.region})\n")
        else:
            out.write(f"invalid: {check.reason}\n")
        if check.suggestion:
            out.write(f"suggestion: {check.suggestion}\n")
    return EXIT_OK if check.valid else EXIT_ERROR


# Releases and blocks


def release_add(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    release = services.releases.add(
        ReleaseDraft(
            title=args.title,
            language=args.lang,
            date=args.date or services.clock.today(),
            office=args.office,
            dateline=args.dateline or "",
            url=args.url or "",
            contact_ids=tuple(args.contact or ()),
        )
    )
    return _print_saved(args, out, release.id, lambda: release_json(release))


def release_list(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    releases = services.releases.all()
    if args.json:
        _print_json([release_json(r) for r in releases], out)
        return EXIT_OK
    for release in releases:
        office = release.office.name(release.language) if release.office else ""
        out.write(
            f"{release.id}\t{release.date.isoformat()}\t{release.language}\t"
            f"{release.status.value}\t{office}\t{release.title}\n"
        )
    return EXIT_OK


def release_show(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    release = services.releases.get(args.id)
    if args.json:
        _print_json(release_json(release), out)
        return EXIT_OK
    out.write(f"Release {release.id}: {release.title}\n")
    out.write(f"  date: {release.date.isoformat()}\n  language: {release.language}\n")
    out.write(f"  status: {release.status.value}\n")
    if release.office:
        out.write(f"  office: {release.office.name(release.language)}\n")
    for label, value in (("dateline", release.dateline), ("url", release.url)):
        if value:
            out.write(f"  {label}: {value}\n")
    for position, contact in enumerate(release.contacts, start=1):
        out.write(f"  contact {position}: {contact.id} {contact.display_name}\n")
    if release.published:
        out.write(f"\nBlock as published on {release.published.published_at:%Y-%m-%d}:\n")
        out.write(release.published.text + "\n")
    return EXIT_OK


def release_publish(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    release, warnings = services.releases.publish(args.id, BlockLayout(args.layout))
    for warning in warnings:
        sys.stderr.write(f"warning: {warning.message}\n")
    if args.json:
        _print_json(release_json(release), out)
        return EXIT_OK
    out.write(f"Published release {release.id}; its block is frozen as printed.\n")
    return EXIT_OK


def release_outdated(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    outdated = services.releases.outdated()
    if args.json:
        _print_json(
            [
                {
                    "release": release_json(item.release),
                    "stale": [
                        {
                            "contact_id": s.contact_id,
                            "contact": s.contact_name,
                            "channel": s.channel,
                            "printed": s.printed,
                            "now": s.now,
                        }
                        for s in item.stale
                    ],
                }
                for item in outdated
            ],
            out,
        )
        return EXIT_OK
    for item in outdated:
        out.write(f"{item.release.id}\t{item.release.date.isoformat()}\t{item.release.title}\n")
        for stale in item.stale:
            now = stale.now or "removed"
            out.write(f"\t{stale.contact_name}: printed {stale.printed}; now {now}\n")
    return EXIT_OK


def block(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    layout = BlockLayout(args.layout or BlockLayout.STACKED.value)
    if args.release is None:
        if args.current:
            raise ValidationError("current", msg("applies to a published --release only"))
        contacts = services.contacts.get_many(args.contact)
        result = services.releases.block_for_contacts(contacts, args.lang or "en", layout)
    else:
        release = services.releases.get(args.release)
        if release.published is not None and not args.current:
            return _frozen_block(args, release, out)
        result = services.releases.block(args.release, args.lang, layout)
        if release.published is not None:
            sys.stderr.write(
                f"note: release {release.id} was published on"
                f" {release.published.published_at:%Y-%m-%d}; this block is made from today's"
                " data, not the one printed\n"
            )
    for warning in result.warnings:
        sys.stderr.write(f"warning: {warning.message}\n")
    if args.json:
        _print_json(
            {
                "language": result.language,
                "layout": result.layout.value,
                "frozen": False,
                "text": result.block.text,
                "html": result.block.html,
                "markdown": result.block.markdown,
                "warnings": [
                    {"contact_id": w.contact_id, "code": w.code.value, "message": w.message}
                    for w in result.warnings
                ],
            },
            out,
        )
        return EXIT_OK
    _print_text(result.block.as_format(BlockFormat(args.format)), out)
    return EXIT_OK


def _frozen_block(args: argparse.Namespace, release: Release, out: TextIO) -> int:
    """A published release's block exactly as printed: nothing is rendered again."""
    published = release.published
    assert published is not None
    if args.lang and language_code(args.lang) != release.language:
        raise ValidationError(
            "lang",
            msg(
                "release {id} was published in {language}; add --current for a block in"
                " another language from today's data",
                id=release.id,
                language=release.language,
            ),
        )
    if args.layout and args.layout != published.layout.value:
        raise ValidationError(
            "layout",
            msg(
                "release {id} was published with the {layout} layout; add --current for"
                " another layout from today's data",
                id=release.id,
                layout=published.layout.value,
            ),
        )
    frozen = RenderedBlock(published.text, published.html, published.markdown)
    if args.json:
        _print_json(
            {
                "language": release.language,
                "layout": published.layout.value,
                "frozen": True,
                "published_at": published.published_at.isoformat(),
                "text": frozen.text,
                "html": frozen.html,
                "markdown": frozen.markdown,
                "warnings": [],
            },
            out,
        )
        return EXIT_OK
    _print_text(frozen.as_format(BlockFormat(args.format)), out)
    return EXIT_OK


def _print_text(text: str, out: TextIO) -> None:
    """Text for a terminal or a pipe: one newline at the end, however the text ended."""
    out.write(text.rstrip("\n") + "\n")


def vcard_export(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from crm_app.domain.vcard import VCardProfile, VCardVersion

    profile = VCardProfile(args.profile)
    version = VCardVersion(args.version)
    if profile is VCardProfile.OUTLOOK and version is not VCardVersion.V3:
        raise ValidationError(
            "profile", msg("the Outlook profile is vCard 3.0; leave out --version")
        )
    written = services.vcards.export_to_file(
        Path(args.output),
        contact_ids=args.contact,
        release_id=args.release,
        version=version,
        profile=profile,
        language=args.lang,
    )
    if args.json:
        _print_json({"written": written, "file": args.output}, out)
    else:
        sys.stderr.write(f"Wrote {written} cards to {args.output}.\n")
    return EXIT_OK


def vcard_import(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    report = services.vcards.import_file(Path(args.file), dry_run=args.dry_run)
    # Nothing readable at all is an error for a script; some bad cards among good ones are not.
    status = EXIT_ERROR if report.skipped and not _read_any(report) else EXIT_OK
    if args.json:
        _print_json(import_report_json(report), out)
        return status
    verb = "would be" if args.dry_run else "were"
    out.write(
        f"{len(report.created)} contacts {verb} created, {len(report.updated)} updated, "
        f"{len(report.unchanged)} already up to date, {len(report.skipped)} cards skipped.\n"
    )
    for skipped in report.skipped:
        out.write(f"  line {skipped.line}: skipped: {skipped.reason}\n")
    for warning in report.warnings:
        sys.stderr.write(f"warning: {warning}\n")
    return status


def _delimiter(value: str | None) -> str | None:
    if value is None:
        return None
    named = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";"}
    return named.get(value.lower(), value)


def _new_office(value: str) -> OfficeDraft:
    name, separator, country = value.rpartition("=")
    if not separator or not name.strip() or not country.strip():
        raise argparse.ArgumentTypeError("give NAME=COUNTRY, e.g. 'IOM Atlantis=CH'")
    return OfficeDraft(names={"en": name.strip()}, country=country.strip())


def csv_import(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from crm_app.domain.sheets import ReadOptions

    sheets = services.spreadsheets
    path = Path(args.file)
    options = ReadOptions(
        encoding=args.encoding, delimiter=_delimiter(args.delimiter), sheet=args.sheet
    )
    choice: str | Path = args.mapping
    if args.mapping not in SHEET_MAPPINGS and Path(args.mapping).suffix.lower() == ".json":
        choice = Path(args.mapping)
    headers = sheets.inspect(path, options, sample=1).headers
    mapping = sheets.mapping_for(headers, choice)
    report = sheets.import_file(
        path,
        mapping,
        options=options,
        dry_run=args.dry_run,
        new_offices=args.new_office or (),
    )
    status = EXIT_ERROR if report.skipped and not _read_any(report) else EXIT_OK
    if args.json:
        _print_json(sheet_report_json(report), out)
        return status
    verb = "would be" if args.dry_run else "were"
    out.write(
        f"{len(report.created)} contacts {verb} created, {len(report.updated)} updated, "
        f"{len(report.unchanged)} already up to date, {len(report.skipped)} rows skipped.\n"
    )
    for skipped in report.skipped:
        out.write(f"  row {skipped.line}: skipped: {skipped.reason}\n")
    for warning in report.warnings:
        sys.stderr.write(f"warning: {warning}\n")
    return status


def sheet_report_json(report: SheetImportReport) -> dict[str, Any]:
    document = import_report_json(report)
    for item in document["skipped"]:
        item["row"] = item["line"]
    mapping = report.mapping
    document |= {
        "format": report.format.value,
        "encoding": report.encoding,
        "delimiter": report.delimiter,
        "sheet": report.sheet,
        "layout": mapping.layout.value if mapping and mapping.layout else None,
        "mapping": mapping.as_dict() if mapping is not None else {},
        "unknown_offices": [
            {"name": office.name, "rows": list(office.rows), "count": office.count}
            for office in report.unknown_offices
        ],
        "offices_created": list(report.offices_created),
    }
    return document


def csv_export(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from crm_app.domain.sheet_export import ExportLayout, SheetKind

    path = Path(args.output)
    suffix = path.suffix.lower()
    if args.xlsx and suffix == ".csv":
        raise ValidationError(
            "output", msg("--xlsx writes an Excel workbook: name the file .xlsx, not .csv")
        )
    kind = SheetKind.XLSX if args.xlsx or suffix == ".xlsx" else SheetKind.CSV
    written = services.spreadsheets.export_to_file(
        path,
        kind=kind,
        layout=ExportLayout(args.layout),
        contact_ids=args.contact,
        release_id=args.release,
        language=args.lang,
    )
    if args.json:
        _print_json({"written": written, "file": args.output, "format": kind.value}, out)
    else:
        sys.stderr.write(f"Wrote {written} contacts to {args.output}.\n")
    return EXIT_OK


def _read_any(report: ImportReport) -> bool:
    return bool(report.created or report.updated or report.unchanged)


STDIN = "-"


def _too_large(field: str, size: int) -> ValidationError:
    from crm_app.domain.release_text import MAX_RELEASE_BYTES

    return ValidationError(
        field,
        msg(
            "is too large to be a press release ({size} MB; at most {limit} MB)",
            size=round(size / 1_048_576, 1),
            limit=MAX_RELEASE_BYTES // 1_048_576,
        ),
    )


def _more_than_cap(field: str) -> ValidationError:
    """Too large, for a source whose size is known only by reading past the cap."""
    from crm_app.domain.release_text import MAX_RELEASE_BYTES

    return ValidationError(
        field,
        msg(
            "is more than {limit} MB: too large to be a press release",
            limit=MAX_RELEASE_BYTES // 1_048_576,
        ),
    )


def _release_source(name: str) -> tuple[bytes, str, str]:
    """(the bytes, what to call them in a message, the title when the text gives none).

    Never more than the reader's cap is read: a file's size is checked first, and standard
    input is read up to one byte past the cap.
    """
    from crm_app.domain.release_text import MAX_RELEASE_BYTES

    if name == STDIN:
        try:
            if sys.stdin is None:  # pythonw, or a service: there is none
                raise OSError(errno.EBADF, os.strerror(errno.EBADF))
            data = sys.stdin.buffer.read(MAX_RELEASE_BYTES + 1)
        except OSError as exc:
            raise ValidationError(
                "file",
                msg(
                    "cannot read {path}: {detail}",
                    path="standard input",
                    detail=exc.strerror or str(exc),
                ),
            ) from exc
        if len(data) > MAX_RELEASE_BYTES:
            raise _more_than_cap("standard input")
        return data, "standard input", ""
    path = Path(name)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if info.st_size > MAX_RELEASE_BYTES:
            raise _too_large(name, info.st_size)
        with path.open("rb") as stream:
            # A device or a pipe says size 0: the cap holds for them too.
            data = stream.read(MAX_RELEASE_BYTES + 1)
    except OSError as exc:
        raise ValidationError(
            "file",
            msg("cannot read {path}: {detail}", path=name, detail=exc.strerror or str(exc)),
        ) from exc
    if len(data) > MAX_RELEASE_BYTES:
        raise _more_than_cap(name)
    return data, name, path.stem


def release_import_text(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    data, label, fallback_title = _release_source(args.file)
    preview = services.release_texts.read(data)
    reading = preview.reading
    # A text with no one to import records nothing: no release named after a stray file.
    if not preview.contacts:
        if reading.block_line is None:
            raise ValidationError(
                label, msg("no contact block found (no “For more information” heading)")
            )
        raise ValidationError(label, msg("the contact block names no one"))
    first = preview.contacts[0]
    if first.candidate.problem is not None and all(
        found.candidate.problem is not None for found in preview.contacts
    ):
        raise ValidationError(f"{label}, line {first.line}", first.candidate.problem)
    result = services.release_texts.import_release(
        data, fallback_title=fallback_title, dry_run=args.dry_run
    )
    document = release_text_json(preview, result, dry_run=args.dry_run)
    if args.json:
        _print_json(document, out)
        return EXIT_OK
    out.write(_release_text_report(document, title_from_text=bool(reading.title)))
    for warning in result.warnings:
        sys.stderr.write(f"warning: {warning}\n")
    return EXIT_OK


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _release_text_report(document: dict[str, Any], *, title_from_text: bool) -> str:
    """The text `release import-text` prints: the release, each person, what was done."""
    release = document["release"]
    lines = [f"Release: {release['title']}" + ("" if title_from_text else " (the file's name)")]
    if release["date"]:
        lines.append(f"  date: {release['date']}")
    if release["dateline"]:
        lines.append(f"  dateline: {release['dateline']}")
    lines.append(f"  language: {release['language']}")
    contacts = document["contacts"]
    lines.append("")
    lines.append(f"{len(contacts)} {'person' if len(contacts) == 1 else 'people'} found:")
    for found in contacts:
        lines.append(f"  line {found['line']}: {found['name']}")
        for label in ("title", "office"):
            if found[label]:
                lines.append(f"    {label}: {found[label]}")
        for phone in found["phones"]:
            number = phone["raw"] + ("" if phone["valid"] else " (invalid)")
            if phone["suggestion"]:
                number += f" → {phone['suggestion']}"
            lines.append(f"    phone ({phone['kind']}): {number}")
        lines += [f"    email: {email['address']}" for email in found["emails"]]
        if found["hidden_emails"]:
            lines.append(f"    hidden e-mail addresses: {found['hidden_emails']} (not guessed)")
        if found["problem"]:
            lines.append(f"    cannot be imported: {found['problem']}")
        elif found["match"] is None:
            lines.append("    match: none, a new contact")
        elif found["match_confidence"] == "exact":
            lines.append(f"    match: contact {found['match']} (exact: {found['match_reason']})")
        else:
            lines.append(
                f"    match: perhaps contact {found['match']} ({found['match_confidence']}:"
                f" {found['match_reason']}); kept apart, a new contact"
            )
    dry_run = document["dry_run"]
    created = len(document["created"])
    verb = "would be" if dry_run else "was" if created == 1 else "were"
    lines.append("")
    lines.append(
        f"{_count(created, 'contact')} {verb} created, {len(document['updated'])} updated,"
        f" {len(document['unchanged'])} already up to date, {len(document['skipped'])} skipped."
    )
    lines += [f"  line {s['line']}: skipped: {s['reason']}" for s in document["skipped"]]
    if dry_run:
        recorded = "would be recorded" if release["created"] else "is already recorded"
        lines.append(f"The release {recorded}. Dry run: nothing was written.")
    elif release["created"]:
        lines.append(f"Release {release['id']} created, its contacts linked.")
    else:
        lines.append(f"Release {release['id']} was already recorded; its contacts are linked.")
    return "\n".join(lines) + "\n"


def sample_data(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    result = load_sample_data(services.offices, services.contacts, services.clock)
    if args.json:
        _print_json(
            {
                "offices_added": result.offices_added,
                "contacts_added": result.contacts_added,
                "already_present": result.already_present,
            },
            out,
        )
        return EXIT_OK
    out.write(
        f"Added {result.offices_added} offices and {result.contacts_added} contacts"
        + (f" ({result.already_present} were already there)" if result.already_present else "")
        + ".\n"
    )
    return EXIT_OK


PROG = "crm-app"
# What the window opens when given files: the suffixes a drop on it accepts (ui/file_drops.py).
OPENED_FILES = "vCards: .vcf, .vcard; spreadsheets: .csv, .xlsx"


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options that come before a command, or before the files the window opens."""
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: CRM_DB_URL, else the database chosen in Preferences,"
        " else the embedded SQLite file)",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help="folder for the embedded database and user templates"
    )
    parser.add_argument(
        "--user",
        type=_user_name,
        metavar="NAME",
        help="who the changes are recorded as (default: CRM_USER, else your login name)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        usage="%(prog)s [-h] [--version] [--db URL] [--data-dir DIR] [--user NAME] [FILE ...]\n"
        "       %(prog)s [--db URL] [--data-dir DIR] [--user NAME] COMMAND ...",
        description="Press Contacts: press officers and mission contacts, checked, "
        "and the contact block of every release in its language. "
        "With no command, opens the window. Given files instead of a command, as a file "
        f"manager passes them ({OPENED_FILES}), opens the window and imports them one "
        "after the other, each with its preview. A command name comes first: a file "
        "called like a command is given as ./NAME.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser)
    commands = _subcommands(parser, dest="command", metavar="COMMAND", prog=PROG)

    def group(name: str, help_text: str) -> argparse._SubParsersAction[_Parser]:
        sub = commands.add_parser(name, help=help_text)
        return _subcommands(sub, dest="action", metavar="ACTION", required=True)

    def command(
        actions: argparse._SubParsersAction[_Parser],
        name: str,
        handler: Handler,
        help_text: str,
    ) -> _Parser:
        sub = actions.add_parser(name, help=help_text)
        sub.set_defaults(handler=handler)
        sub.add_argument("--json", action="store_true", help="print one JSON document")
        return sub

    offices = group("office", "offices: missions, country and regional offices, headquarters")
    for name, handler, help_text in (
        ("add", office_add, "add an office; prints its id"),
        ("edit", office_edit, "change the fields given"),
    ):
        sub = command(offices, name, handler, help_text)
        if name == "edit":
            sub.add_argument("office", help="id or name")
        sub.add_argument("--name", required=name == "add", help="English name, e.g. 'IOM Beijing'")
        sub.add_argument("--name-fr", help="French name")
        sub.add_argument("--name-es", help="Spanish name")
        sub.add_argument(
            "--name-in", action="append", metavar="LANG=NAME", help="name in another language"
        )
        sub.add_argument("--country", required=name == "add", help="ISO 3166 code, e.g. CN")
        sub.add_argument("--city")
        sub.add_argument(
            "--kind",
            choices=[k.value for k in OfficeKind],
            default="mission" if name == "add" else None,
        )
        sub.add_argument("--phone", help="switchboard number")
        sub.add_argument("--parent", help="id or name of the parent office")
    command(offices, "list", office_list, "list offices")
    command(offices, "show", office_show, "show one office").add_argument(
        "office", help="id or name"
    )

    contacts = group("contact", "press officers, spokespeople, mission and media contacts")
    for name, handler, help_text in (
        ("add", contact_add, "add a contact; prints its id"),
        ("edit", contact_edit, "change the fields given; --phone/--email replace that list"),
    ):
        sub = command(contacts, name, handler, help_text)
        if name == "edit":
            sub.add_argument("id", type=_record_id("contact"), metavar="ID")
        sub.add_argument("--given", help="given name")
        sub.add_argument("--family", help="family name")
        sub.add_argument(
            "--name-order",
            choices=["given-first", "family-first"],
            default="given-first" if name == "add" else None,
            help="how the name is shown and written to vCard FN: 'Li Wei' is family-first",
        )
        sub.add_argument("--honorific", help="e.g. Dr, Ms")
        sub.add_argument("--title", help="job title in English")
        sub.add_argument(
            "--title-in",
            action="append",
            metavar="LANG=TITLE",
            help="job title in another language",
        )
        sub.add_argument("--office", help="id or name of the office")
        sub.add_argument(
            "--kind",
            choices=[k.value for k in ContactKind],
            default="mission_contact" if name == "add" else None,
        )
        sub.add_argument("--language", action="append", help="a language spoken (repeat)")
        sub.add_argument(
            "--phone",
            action="append",
            metavar="[KIND:]NUMBER",
            help="e.g. 'work:+86 10 5979 9695 ext. 203' (repeat)",
        )
        sub.add_argument(
            "--email", action="append", metavar="ADDRESS", help="e-mail address (repeat)"
        )
        sub.add_argument("--notes")
        sub.add_argument(
            "--verified",
            type=_date if name == "add" else _date_or_none,
            metavar="YYYY-MM-DD" if name == "add" else "YYYY-MM-DD|none",
            help="date the details were last checked"
            + ("" if name == "add" else "; none removes it"),
        )
        sub.add_argument(
            "--allow-invalid-phone",
            action="store_true",
            help="keep a number that fails the checks, flagged invalid",
        )
        if name == "add":
            sub.add_argument(
                "--force",
                action="store_true",
                help="add even if the e-mail or phone is another contact's",
            )
        else:
            sub.add_argument("--status", choices=["active", "left"])
            sub.add_argument(
                "--if-version",
                type=_version_number,
                metavar="N",
                help="refuse the edit (exit status 4) if the contact is no longer at version"
                " N, as `contact show --json` gave it",
            )
    listing = command(contacts, "list", contact_list, "list contacts")
    listing.add_argument("--search", metavar="TEXT", help="names, offices, e-mails, phone digits")
    listing.add_argument(
        "--archived", action="store_true", help="deleted contacts and those who left"
    )
    contact_id = _record_id("contact")
    release_id = _record_id("release")
    command(contacts, "show", contact_show, "show one contact").add_argument(
        "id", type=contact_id, metavar="ID"
    )
    command(contacts, "delete", contact_delete, "move a contact to the archive").add_argument(
        "id", type=contact_id, metavar="ID"
    )
    command(contacts, "restore", contact_restore, "bring a deleted contact back").add_argument(
        "id", type=contact_id, metavar="ID"
    )
    command(
        contacts, "history", contact_history, "every version: when, who, fields old → new"
    ).add_argument("id", type=contact_id, metavar="ID")
    revert = command(
        contacts, "revert", contact_revert, "put back an earlier version, as a new version"
    )
    revert.add_argument("id", type=contact_id, metavar="ID")
    revert.add_argument(
        "--to", type=_version_number, required=True, metavar="VERSION", help="from `history`"
    )
    revert.add_argument(
        "--if-version",
        type=_version_number,
        metavar="N",
        help="refuse (exit status 4) if the contact is no longer at version N",
    )

    phones = group("phone", "phone numbers")
    check = command(phones, "check", phone_check, "check a number; exit status 1 when invalid")
    check.add_argument("number")
    check.add_argument("--office", help="office whose country and area code apply")

    releases = group("release", "press releases and their contacts")
    add = command(releases, "add", release_add, "add a release; prints its id")
    add.add_argument("--title", required=True)
    add.add_argument("--lang", required=True, help="language of the release, e.g. fr")
    add.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="default: today")
    add.add_argument("--office", help="issuing office, id or name")
    add.add_argument("--dateline", help="e.g. 'Beijing'")
    add.add_argument("--url")
    add.add_argument(
        "--contact",
        type=contact_id,
        action="append",
        metavar="ID",
        help="a contact, in block order (repeat)",
    )
    command(releases, "list", release_list, "list releases")
    command(releases, "show", release_show, "show a release").add_argument(
        "id", type=release_id, metavar="ID"
    )
    publish = command(releases, "publish", release_publish, "freeze the block as printed")
    publish.add_argument("id", type=release_id, metavar="ID")
    publish.add_argument("--layout", choices=[v.value for v in BlockLayout], default="stacked")
    command(
        releases,
        "outdated",
        release_outdated,
        "published releases citing a changed phone or e-mail",
    )
    import_text = command(
        releases,
        "import-text",
        release_import_text,
        "read a release (text or web page); record it and its contacts, never duplicated",
    )
    import_text.add_argument("file", metavar="FILE|-", help="the release; - reads standard input")
    import_text.add_argument(
        "--dry-run", action="store_true", help="report what would change; write nothing"
    )

    block_parser = commands.add_parser("block", help="print a contact block; warnings go to stderr")
    block_parser.set_defaults(handler=block)
    block_parser.add_argument("--json", action="store_true", help="the block in every format")
    source = block_parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--release", type=release_id, metavar="ID")
    source.add_argument("--contact", type=contact_id, action="append", metavar="ID")
    block_parser.add_argument("--lang", help="language (default: the release's, else en)")
    block_parser.add_argument("--format", choices=[v.value for v in BlockFormat], default="text")
    block_parser.add_argument(
        "--layout",
        choices=[v.value for v in BlockLayout],
        help="default: stacked, or a published release's own",
    )
    block_parser.add_argument(
        "--current",
        action="store_true",
        help="for a published release: a block from today's data instead of the one printed",
    )

    vcards = group("vcard", "vCard export and import (Outlook, Google, Apple, Thunderbird)")
    export = command(vcards, "export", vcard_export, "write contacts to one .vcf file")
    export.add_argument("--version", choices=VCARD_VERSIONS, default="3.0")
    export.add_argument(
        "--profile",
        choices=VCARD_PROFILES,
        default="standard",
        help="outlook: 3.0 with CHARSET=utf-8 on text, for Outlook and Windows Contacts",
    )
    scope = export.add_mutually_exclusive_group()
    scope.add_argument(
        "--release", type=release_id, metavar="ID", help="the contacts of one release"
    )
    scope.add_argument("--contact", type=contact_id, action="append", metavar="ID", help="(repeat)")
    export.add_argument(
        "--lang", default="en", help="language of office and country names, e.g. fr (default: en)"
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    importing = command(
        vcards, "import", vcard_import, "read a .vcf file; merges, never duplicates"
    )
    importing.add_argument("file")
    importing.add_argument(
        "--dry-run", action="store_true", help="report what would change; write nothing"
    )

    sheets = group("csv", "CSV and Excel (.xlsx) import and export")
    sheet_export = command(sheets, "export", csv_export, "write contacts to a .csv or .xlsx file")
    sheet_export.add_argument(
        "--layout",
        choices=SHEET_LAYOUTS,
        default="ours",
        help="ours: every field, to import back; outlook, google: for those programs",
    )
    sheet_export.add_argument(
        "--xlsx", action="store_true", help="an Excel workbook (also when FILE ends in .xlsx)"
    )
    sheet_scope = sheet_export.add_mutually_exclusive_group()
    sheet_scope.add_argument(
        "--release", type=release_id, metavar="ID", help="the contacts of one release"
    )
    sheet_scope.add_argument(
        "--contact", type=contact_id, action="append", metavar="ID", help="(repeat)"
    )
    sheet_export.add_argument(
        "--lang", default="en", help="language of office names and titles, e.g. fr (default: en)"
    )
    sheet_export.add_argument("-o", "--output", required=True, metavar="FILE")
    sheet_import = command(
        sheets, "import", csv_import, "read a .csv or .xlsx file; merges, never duplicates"
    )
    sheet_import.add_argument("file")
    sheet_import.add_argument(
        "--mapping",
        default="auto",
        metavar="auto|outlook|google|thunderbird|ours|FILE.json",
        help="which column holds what: auto (remembered, else recognised), a program's "
        'headers, or a JSON file {"header": "field", ...}',
    )
    sheet_import.add_argument(
        "--dry-run", action="store_true", help="report what would change; write nothing"
    )
    sheet_import.add_argument(
        "--encoding", metavar="ENC", help="e.g. utf-8, utf-16, cp1252 (default: detected)"
    )
    sheet_import.add_argument(
        "--delimiter",
        metavar="CHAR",
        help="comma, semicolon, tab or one character (default: detected)",
    )
    sheet_import.add_argument(
        "--sheet", metavar="NAME", help=".xlsx: the sheet (default: the first)"
    )
    sheet_import.add_argument(
        "--new-office",
        type=_new_office,
        action="append",
        metavar="NAME=COUNTRY",
        help="create this office first, in the same transaction (repeat)",
    )

    sample = commands.add_parser("sample-data", help="load a few realistic offices and contacts")
    sample.set_defaults(handler=sample_data)
    sample.add_argument("--json", action="store_true", help="print one JSON document")
    _add_db_commands(commands)
    return parser


# The database file: backups, restore, check. These run on the URL without opening the
# database, so a damaged file can be checked and restored, and a restore finds it closed.

Maintenance = Callable[[argparse.Namespace, MaintenanceService, TextIO], int]


def _backup_json(backup: BackupInfo) -> dict[str, Any]:
    return {
        "name": backup.name,
        "kind": backup.kind,
        "created": backup.created.isoformat(),
        "size": backup.size,
        "contacts": backup.contacts,
    }


def db_backups(args: argparse.Namespace, service: MaintenanceService, out: TextIO) -> int:
    found = service.backups()
    if args.json:
        _print_json([_backup_json(b) for b in found], out)
        return EXIT_OK
    if not found:
        out.write("No backups yet.\n")
    for backup in found:
        contacts = "?" if backup.contacts is None else str(backup.contacts)
        created = backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
        out.write(
            f"{backup.name}\t{backup.kind}\t{created}\t{backup.size} bytes\t{contacts} contacts\n"
        )
    return EXIT_OK


def db_restore(args: argparse.Namespace, service: MaintenanceService, out: TextIO) -> int:
    result = service.restore(args.backup)
    if args.json:
        _print_json({"restored": _backup_json(result.restored), "set_aside": result.set_aside}, out)
        return EXIT_OK
    out.write(f"Restored {result.restored.name}.\n")
    if result.set_aside:
        out.write(
            f"The file it replaced was kept as {result.set_aside};"
            f" 'crm-app db restore {result.set_aside}' brings it back.\n"
        )
    return EXIT_OK


def _check_json(report: DatabaseCheck) -> dict[str, Any]:
    server = report.server
    return {
        "engine": report.engine,
        "location": report.location,
        "file": report.file,
        "size": report.size,
        # A server: where and as whom (never the password), and whether it is encrypted.
        "host": server.host if server else None,
        "port": server.port if server else None,
        "database": server.database if server else None,
        "user": server.user if server else None,
        "ssl_mode": server.ssl_mode if server else None,
        "encrypted": report.encrypted,
        "revision": report.revision,
        "head": report.head,
        "integrity": report.integrity,
        "ok": report.ok,
        "backups": report.backups,
        "latest_backup": report.latest_backup,
    }


def db_check(args: argparse.Namespace, service: MaintenanceService, out: TextIO) -> int:
    report = service.check()
    server = report.server
    if args.json:
        _print_json(_check_json(report), out)
    else:
        out.write(f"engine: {report.engine}\n")
        if report.file is not None:
            out.write(f"file: {report.file} ({report.size} bytes)\n")
        elif server is not None:
            out.write(f"server: {server.host}, port {server.port}\n")
            out.write(f"database: {server.database}\n")
            out.write(f"user: {server.user}\n")
            encrypted = "encrypted" if report.encrypted else "not encrypted"
            out.write(f"ssl mode: {server.ssl_mode} (this connection: {encrypted})\n")
        else:
            out.write(f"database: {report.location}\n")
        out.write(f"schema: {report.revision or 'none'} (newest: {report.head})\n")
        if report.revision != report.head:
            out.write("  'crm-app db migrate' brings it to the newest\n")
        out.write(f"integrity: {report.integrity}\n")
        if report.file is not None:
            out.write(f"backups: {report.backups}, latest good: {report.latest_backup or 'none'}\n")
    if not report.ok:
        sys.stderr.write(
            "crm-app: error: the database file is damaged; "
            + (
                "restore the latest good backup with 'crm-app db restore latest'\n"
                if report.latest_backup
                else "it has no backup: keep a copy of the file before trying anything\n"
            )
        )
        return EXIT_ERROR
    return EXIT_OK


def db_migrate(args: argparse.Namespace, service: MaintenanceService, out: TextIO) -> int:
    result = service.migrate()
    if args.json:
        _print_json(
            {
                "before": result.before,
                "after": result.after,
                "upgraded": result.upgraded,
                "backup": result.backup,
            },
            out,
        )
    elif not result.upgraded:
        out.write(f"The schema is up to date ({result.after}); nothing was changed.\n")
    elif result.before is None:
        out.write(f"Set up the schema {result.after} in the empty database.\n")
    else:
        out.write(f"Upgraded the schema from {result.before} to {result.after}.\n")
    if result.backup is not None and not args.json:
        out.write(f"The file as it was is kept as {result.backup}.\n")
    return EXIT_OK


def _add_db_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    parser = commands.add_parser(
        "db", help="the database: check, migrate, and the SQLite file's backups and restore"
    )
    actions = _subcommands(parser, dest="action", metavar="ACTION", required=True)
    for name, handler, help_text in (
        ("backups", db_backups, "list the backups of the SQLite file, newest first"),
        (
            "restore",
            db_restore,
            "replace the database with a backup, keeping the current file as a backup",
        ),
        (
            "check",
            db_check,
            "engine, schema revision, and the file and its integrity or the server and"
            " user; exit 1 if damaged or out of reach",
        ),
        (
            "migrate",
            db_migrate,
            "upgrade the schema to the newest (a SQLite file is copied aside first)",
        ),
    ):
        sub = actions.add_parser(name, help=help_text)
        sub.set_defaults(maintenance=handler)
        sub.add_argument("--json", action="store_true", help="print one JSON document")
        if name == "restore":
            sub.add_argument("backup", help="a name from 'crm-app db backups', or latest")


def _warn_if_damaged(database: Database) -> None:
    damage = database_damage(database)
    if damage is not None:
        sys.stderr.write(f"crm-app: warning: {damage}\n")


def _run_maintenance(args: argparse.Namespace) -> int:
    """A db command: on the URL, without opening the database; errors as main reports them."""
    handler: Maintenance = args.maintenance
    paths = AppPaths.resolve(args.data_dir)
    service = MaintenanceService(paths.database_url(args.db))
    return handler(args, service, sys.stdout)


def _open_services(args: argparse.Namespace) -> tuple[Database, Services]:
    paths = AppPaths.resolve(args.data_dir)
    try:
        if paths.data_dir.exists() and not paths.data_dir.is_dir():
            raise ValidationError(
                "data-dir", msg("{path} is not a folder", path=str(paths.data_dir))
            )
        url = paths.database_url(args.db)
    except OSError as exc:  # a name too long, a loop of links: the system says why
        raise ValidationError(
            "data-dir",
            msg("cannot use {path}: {detail}", path=str(paths.data_dir), detail=str(exc)),
        ) from exc
    database = open_database(url)
    return database, Services.build(
        database,
        templates_override=paths.templates_dir,
        user=args.user,
        mappings_file=paths.data_dir / MAPPINGS_FILE,
    )


def _validation_text(exc: ValidationError) -> str:
    if exc.suggestion is not None and exc.field.partition(" ")[0] == "email":
        # A paste from a web page: the one sentence says which address and how to give it.
        return (
            f"{exc.field}: not an e-mail address as given; to use the address in it,"
            f" give --email {exc.suggestion}"
        )
    return exc.message


def _error(text: str) -> None:
    # Any text may quote a database URL (--db, CRM_DB_URL, a driver's message): no passwords.
    sys.stderr.write(f"crm-app: error: {redact_url(text)}\n")


def _unexpected(exc: Exception) -> int:
    """The last resort: one line for the person, the traceback for the log."""
    log.exception("unexpected error")
    lines = redact_url(str(exc)).strip().splitlines()
    detail = _shown(lines[0], 300) if lines else "no details"
    sys.stderr.write(
        f"crm-app: unexpected error ({type(exc).__name__}): {detail}; details are in the log\n"
    )
    return EXIT_UNEXPECTED


def _close(database: Database) -> None:
    try:
        database.close()
    except Exception:
        # The command's outcome is already decided and printed; closing cannot undo it.
        log.exception("closing the database failed")


class _UnreadableOptionsError(Exception):
    """The global options cannot be read: the full parser will say why."""


class _Probe(_Parser):
    """Reads the global options and the words after them, to tell files from a command."""

    def error(self, message: str) -> NoReturn:
        raise _UnreadableOptionsError(message)


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def _first_word(argv: Sequence[str]) -> str | None:
    """The first word after the global options (a command, or a file), if any."""
    probe = _Probe(prog=PROG, add_help=False)
    _add_global_options(probe)
    probe.add_argument("words", nargs="*")
    try:
        known, _rest = probe.parse_known_args(argv)
    except _UnreadableOptionsError:
        return None  # the command line's own parser says what is wrong with it
    words: list[str] = known.words
    return words[0] if words else None


def _files_to_open(argv: Sequence[str]) -> argparse.Namespace:
    """`crm-app [options] FILE...`: the global options and the files."""
    files = _Parser(prog=PROG, usage="%(prog)s [options] FILE ...", add_help=False)
    _add_global_options(files)
    files.add_argument("files", nargs="+", metavar="FILE")
    return files.parse_args(argv)


def _is_existing_path(word: str) -> bool:
    if not word.strip():
        return False  # not the current folder
    try:
        return Path(word).exists()
    except OSError:  # a name too long for the system: no file of that name
        return False


def _looks_like_a_file(word: str) -> bool:
    """A word written as a path ("release.vcf", "./contacts"), not as a command."""
    return Path(word).suffix != "" or os.sep in word or "/" in word


def _run_window(db: str | None, data_dir: str | None, files: Sequence[str] = ()) -> int:
    try:
        # Qt loads only when the window is wanted, so headless commands start fast.
        from crm_app.app.gui import run_window

        # Relative names are read from the folder the command was started in.
        return run_window(db, data_dir, files=[Path(name).absolute() for name in files])
    except Exception as exc:
        return _unexpected(exc)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    first = _first_word(words)
    commands = _command_names(parser)
    if first is not None and first not in commands:
        # An existing file or folder: the window opens it (and says why, if it cannot).
        if _is_existing_path(first):
            opening = _files_to_open(words)
            return _run_window(opening.db, opening.data_dir, opening.files)
        if _looks_like_a_file(first):
            parser.error(
                f"argument COMMAND: invalid choice: '{_shown(first)}' is neither a command"
                f" nor a file to open: no such file or folder"
            )
        # Else argparse's own "invalid choice", with the commands to choose from.
    args = parser.parse_args(words)
    if args.command is None:
        return _run_window(args.db, args.data_dir)
    database: Database | None = None
    try:
        log_command(args)
        if getattr(args, "maintenance", None) is not None:
            return _run_maintenance(args)
        database, services = _open_services(args)
        _warn_if_damaged(database)
        handler: Handler = args.handler
        return handler(args, services, sys.stdout)
    except BrokenPipeError:
        # The reader (head, less) went away: not an error. Quiet the final flush too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except DuplicateError as exc:
        _error(f"{exc.message}; use --force to add anyway")
        return EXIT_ERROR
    except ValidationError as exc:
        _error(_validation_text(exc))
        return EXIT_ERROR
    except EditConflictError as exc:
        _error(exc.message)
        for change in exc.changes:
            sys.stderr.write(_change_line(change) + "\n")
        return EXIT_CONFLICT
    except ConflictError as exc:
        _error(exc.message)
        return EXIT_CONFLICT
    except CrmError as exc:
        _error(exc.message)
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("crm-app: interrupted\n")
        return 130  # 128 + SIGINT, as shells report it
    except Exception as exc:
        return _unexpected(exc)
    finally:
        if database is not None:
            _close(database)


if __name__ == "__main__":
    raise SystemExit(main())
