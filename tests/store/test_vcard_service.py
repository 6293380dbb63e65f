"""vCard export and import through the services: merge, never duplicate, all or nothing."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_app.domain.errors import ValidationError
from crm_app.domain.queries import Archive, ContactQuery
from crm_app.domain.records import ContactKind, EmailKind, PhoneKind
from crm_app.domain.vcard import VCardVersion
from crm_app.services.common import Clock
from crm_app.services.container import Services
from crm_app.services.drafts import (
    ContactChanges,
    ContactDraft,
    EmailInput,
    OfficeDraft,
    PhoneInput,
)
from crm_app.services.vcards import VCardService
from crm_app.store.database import open_database


@pytest.fixture
def kieran_id(services: Services) -> int:
    services.offices.add(
        OfficeDraft(
            names={"en": "IOM Beijing", "fr": "OIM Pékin"},
            country="CN",
            switchboard="+86 10 5979 9600",
        )
    )
    return services.contacts.add(
        ContactDraft(
            given="Kieran",
            family="Best",
            office="IOM Beijing",
            titles={"en": "Media Officer", "fr": "Chargé de communication"},
            phones=(PhoneInput("+86 10 5979 9695 ext. 203", PhoneKind.WORK),),
            emails=(EmailInput("kgormanbest@iom.int"),),
            notes="Line one\nLine two; with, punctuation\\",
        )
    ).id


def export_bytes(services: Services, version: VCardVersion = VCardVersion.V3) -> bytes:
    out = io.BytesIO()
    services.vcards.export(out, version=version)
    return out.getvalue()


def count(services: Services) -> int:
    return services.contacts.count(ContactQuery(archive=Archive.ALL_LIVE))


def test_reimporting_an_export_creates_nothing(
    services: Services, kieran_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "all.vcf"
    assert services.vcards.export_to_file(path) == 1
    report = services.vcards.import_file(path)
    assert report.created == []
    assert report.updated == []
    assert [o.contact_id for o in report.unchanged] == [kieran_id]
    assert count(services) == 1


def test_export_round_trips_into_an_empty_database(
    services: Services, kieran_id: int, tmp_path: Path
) -> None:
    for version in (VCardVersion.V3, VCardVersion.V4):
        data = export_bytes(services, version)
        other = open_database(f"sqlite:///{tmp_path / f'other-{version.value}.sqlite3'}")
        try:
            other_services = Services.build(other, clock=Clock())
            other_services.offices.add(
                OfficeDraft(
                    names={"en": "IOM Beijing"}, country="CN", switchboard="+86 10 5979 9600"
                )
            )
            report = other_services.vcards.import_stream(io.BytesIO(data))
            assert len(report.created) == 1, report
            original = services.contacts.get(kieran_id)
            copy = other_services.contacts.get(report.created[0].contact_id or 0)
            assert (copy.uid, copy.given, copy.family) == (
                original.uid,
                original.given,
                original.family,
            )
            assert dict(copy.titles) == dict(original.titles)
            assert copy.phones == original.phones
            assert copy.emails == original.emails
            assert copy.notes == original.notes
            assert copy.office is not None
            assert copy.office.name() == "IOM Beijing"
        finally:
            other.close()


def test_merge_by_email_fills_in_and_never_blanks_out(services: Services, kieran_id: int) -> None:
    card = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Best;Kieran;;;\r\nFN:Kieran Best\r\n"
        b"EMAIL;TYPE=INTERNET:KGORMANBEST@iom.int\r\n"
        b"TEL;TYPE=CELL:+86 139 1099 8765\r\nEND:VCARD\r\n"
    )
    report = services.vcards.import_stream(io.BytesIO(card))
    assert [o.contact_id for o in report.updated] == [kieran_id]
    contact = services.contacts.get(kieran_id)
    assert [p.e164 for p in contact.phones] == ["+861059799695", "+8613910998765"]
    assert contact.notes.startswith("Line one")  # the card had no NOTE: nothing blanked
    assert contact.titles["fr"] == "Chargé de communication"
    assert count(services) == 1


def test_merge_by_phone_and_extension(services: Services, kieran_id: int) -> None:
    card = (
        b"BEGIN:VCARD\nVERSION:4.0\nFN:K. Best\nN:Best;K.;;;\n"
        b"TEL;VALUE=uri;TYPE=work:tel:+86-10-5979-9695;ext=203\nEMAIL:k.best@iom.int\nEND:VCARD\n"
    )
    report = services.vcards.import_stream(io.BytesIO(card))
    assert [o.contact_id for o in report.updated] == [kieran_id]
    assert [e.address for e in services.contacts.get(kieran_id).emails] == [
        "kgormanbest@iom.int",
        "k.best@iom.int",
    ]


def test_a_colleague_on_the_same_line_is_not_merged(services: Services, kieran_id: int) -> None:
    card = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Li Wei\nN:Wei;Li;;;\n"
        b"TEL;TYPE=WORK:+86 10 5979 9695 ext. 203\nEND:VCARD\n"
    )
    report = services.vcards.import_stream(io.BytesIO(card))
    assert [o.name for o in report.created] == ["Li Wei"]
    assert [e.address for e in services.contacts.get(kieran_id).emails] == ["kgormanbest@iom.int"]


def test_dry_run_reports_and_writes_nothing(services: Services, kieran_id: int) -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ndiaye;Am\xc3\xa9lie;;;\r\nFN:Am\xc3\xa9lie Ndiaye\r\n"
        b"EMAIL:andiaye@iom.int\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nobody\r\nN:;;;;\r\nEMAIL:x@iom.int\r\n"
    )
    report = services.vcards.import_stream(io.BytesIO(data), dry_run=True)
    assert [o.name for o in report.created] == ["Amélie Ndiaye"]
    assert [s.line for s in report.skipped] == [7]
    assert report.dry_run
    assert count(services) == 1


def test_bad_cards_are_reported_with_their_line_and_the_good_ones_imported(
    services: Services,
) -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:One;Good;;;\r\nFN:Good One\r\nEND:VCARD\r\n"
        b"\x00\x01\x02 binary junk \xff\xfe\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Two;Good;;;\r\nFN:Good Two\r\n"
        b"TEL:call me\r\nEND:VCARD\r\n"
    )
    report = services.vcards.import_stream(io.BytesIO(data))
    assert sorted(o.name for o in report.created) == ["Good One", "Good Two"]
    # The junk between cards and the card with no name are both named by their line.
    assert [s.line for s in report.skipped] == [6, 7]
    assert "name" in report.skipped[1].reason
    two = services.contacts.page(ContactQuery(text="Two"))[0]
    assert two.phones[0].valid is False  # kept, flagged, never dropped
    assert two.phones[0].raw == "call me"
    assert any("call me" in w for w in report.warnings)


def test_cancelled_import_writes_nothing(services: Services) -> None:
    cards = b"".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Family{i};Given;;;\r\nFN:Given Family{i}\r\n"
        f"EMAIL:p{i}@iom.int\r\nEND:VCARD\r\n".encode()
        for i in range(3000)
    )
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    report = services.vcards.import_stream(
        io.BytesIO(cards), total=len(cards), progress=progress, is_cancelled=lambda: len(seen) > 3
    )
    assert report.cancelled
    assert report.created == []
    assert count(services) == 0


def test_cancelled_export_leaves_no_file(
    services: Services, kieran_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "out.vcf"
    assert services.vcards.export_to_file(path, is_cancelled=lambda: True) is None
    assert not path.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_export_of_a_release_and_of_chosen_contacts(services: Services, kieran_id: int) -> None:
    other = services.contacts.add(ContactDraft(given="Nadia", family="Haddad")).id
    out = io.BytesIO()
    assert services.vcards.export(out, contact_ids=[other]) == 1
    assert b"FN:Nadia Haddad" in out.getvalue()
    from crm_app.services.drafts import ReleaseDraft

    release = services.releases.add(
        ReleaseDraft(title="T", language="en", date=date(2026, 11, 27), contact_ids=(kieran_id,))
    )
    out = io.BytesIO()
    assert services.vcards.export(out, release_id=release.id) == 1
    assert b"FN:Kieran Best" in out.getvalue()
    assert out.getvalue().count(b"BEGIN:VCARD") == 1


def test_empty_and_non_vcard_files(services: Services, tmp_path: Path) -> None:
    empty = tmp_path / "empty.vcf"
    empty.write_bytes(b"")
    report = services.vcards.import_file(empty)
    assert report.created == []
    assert report.warnings
    png = tmp_path / "photo.vcf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    report = services.vcards.import_file(png)
    assert report.created == []
    assert report.skipped
    assert report.skipped[0].line == 1


_names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cf", "Zl", "Zp")),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")
_numbers = st.sampled_from(
    [
        "+86 10 5979 9695",
        "+41 22 717 9111",
        "+221 77 333 25 18",
        "+34 612 345 678",
        "+1 212 681 7000",
    ]
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    given_name=_names,
    family=_names,
    notes=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80),
    number=_numbers,
    extension=st.one_of(st.none(), st.integers(1, 9999).map(str)),
    kind=st.sampled_from([PhoneKind.WORK, PhoneKind.MOBILE, PhoneKind.FAX, PhoneKind.HOME]),
    contact_kind=st.sampled_from(list(ContactKind)),
    version=st.sampled_from(list(VCardVersion)),
)
def test_any_stored_contact_round_trips(
    tmp_path_factory: pytest.TempPathFactory,
    given_name: str,
    family: str,
    notes: str,
    number: str,
    extension: str | None,
    kind: PhoneKind,
    contact_kind: ContactKind,
    version: VCardVersion,
) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    source = open_database(f"sqlite:///{folder / 'a.sqlite3'}")
    target = open_database(f"sqlite:///{folder / 'b.sqlite3'}")
    try:
        services = Services.build(source, clock=Clock())
        raw = number + (f" ext. {extension}" if extension else "")
        stored = services.contacts.add(
            ContactDraft(
                given=given_name,
                family=family,
                notes=notes,
                kind=contact_kind,
                phones=(PhoneInput(raw, kind),),
                emails=(EmailInput("someone@iom.int", EmailKind.HOME),),
                languages=("fr", "en"),
            )
        )
        out = io.BytesIO()
        services.vcards.export(out, version=version)
        report = VCardService(target, Clock()).import_stream(io.BytesIO(out.getvalue()))
        assert len(report.created) == 1, report
        copy = Services.build(target, clock=Clock()).contacts.get(report.created[0].contact_id or 0)
        assert (copy.uid, copy.given, copy.family, copy.notes) == (
            stored.uid,
            stored.given,
            stored.family,
            stored.notes,
        )
        assert copy.kind == stored.kind
        assert copy.languages == stored.languages
        assert [(p.kind, p.e164, p.extension) for p in copy.phones] == [
            (p.kind, p.e164, p.extension) for p in stored.phones
        ]
        assert copy.emails == stored.emails
    finally:
        source.close()
        target.close()


def test_changed_contact_is_updated_by_uid(services: Services, kieran_id: int) -> None:
    data = export_bytes(services)
    services.contacts.edit(kieran_id, ContactChanges(notes=""))
    report = services.vcards.import_stream(io.BytesIO(data))
    assert [o.contact_id for o in report.updated] == [kieran_id]
    assert services.contacts.get(kieran_id).notes.startswith("Line one")


def test_a_card_for_a_deleted_contact_is_skipped_not_hidden(
    services: Services, kieran_id: int
) -> None:
    data = export_bytes(services)
    services.contacts.delete(kieran_id)
    report = services.vcards.import_stream(io.BytesIO(data))
    assert report.updated == []
    assert report.created == []
    assert [s.line for s in report.skipped] == [1]
    assert "deleted" in report.skipped[0].reason


def test_colleagues_sharing_a_switchboard_are_told_apart(services: Services) -> None:
    def card(given: str, family: str) -> bytes:
        return (
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{given} {family}\r\n"
            "TEL;TYPE=WORK:+41 22 717 9111\r\nEND:VCARD\r\n"
        ).encode()

    services.vcards.import_stream(io.BytesIO(card("Ann", "Lee") + card("Bob", "Smith")))
    assert count(services) == 2
    again = services.vcards.import_stream(io.BytesIO(card("Bob", "Smith")))
    assert again.created == []
    assert len(again.unchanged) == 1
    assert count(services) == 2


def test_a_phone_with_nothing_in_it_does_not_cost_the_card(services: Services) -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee;Ann;;;\r\nFN:Ann Lee\r\nTEL:<br>\r\n"
        b"TEL:+41 22 717 9111\x00\r\nEMAIL:ann.lee@iom.int\r\nEND:VCARD\r\n"
    )
    report = services.vcards.import_stream(io.BytesIO(data))
    assert len(report.created) == 1
    ann = services.contacts.page(ContactQuery(text="ann"))[0]
    assert [e.address for e in ann.emails] == ["ann.lee@iom.int"]
    assert [p.e164 for p in ann.phones] == ["+41227179111"]
    assert any("<br>" in w for w in report.warnings)


FIXTURES = Path(__file__).parent.parent / "unit" / "vcards"


def test_google_labels_a_family_first_name_and_a_street_address(
    services: Services, tmp_path: Path
) -> None:
    report = services.vcards.import_file(FIXTURES / "google-labels.vcf")
    assert [o.name for o in report.created] == ["Li Wei"]
    assert report.warnings == [
        "line 1: Li Wei: street address not kept: 88 Jianguo Road, Chaoyang, Beijing, 100022, China"
    ]
    li = services.contacts.get(report.created[0].contact_id or 0)
    assert (li.given, li.family, li.display_name) == ("Wei", "Li", "Li Wei")
    assert [(e.kind, e.address) for e in li.emails] == [
        (EmailKind.WORK, "li.wei@example.cn"),
        (EmailKind.HOME, "liwei.home@example.com"),  # labelled Personal by Google
        (EmailKind.HOME, "wei.li@example.net"),
    ]
    assert [p.kind for p in li.phones] == [PhoneKind.HOME, PhoneKind.HOME]
    assert li.titles["en"] == "Correspondent; Beijing bureau"

    path = tmp_path / "li.vcf"
    for version in VCardVersion:
        services.vcards.export_to_file(path, contact_ids=[li.id], version=version)
        lines = path.read_bytes().decode("utf-8").split("\r\n")
        assert "FN:Li Wei" in lines
        assert "N:Li;Wei;;;" in lines
        assert any(line.startswith("EMAIL;TYPE=") and "HOME" in line.upper() for line in lines)
    # The export of a family-first name comes back as the same contact, order and all.
    again = services.vcards.import_file(path)
    assert [o.contact_id for o in again.unchanged] == [li.id]
    assert services.contacts.get(li.id).display_name == "Li Wei"


def one_card(*lines: str) -> io.BytesIO:
    text = "\r\n".join(("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""))
    return io.BytesIO(text.encode("utf-8"))


def test_a_merged_card_completes_a_name_in_its_order(services: Services) -> None:
    zhang = services.contacts.add(
        ContactDraft(given="", family="张", emails=(EmailInput("zhang.wei@iom.int"),))
    )
    assert zhang.display_name == "张"
    report = services.vcards.import_stream(
        one_card("N:张;伟;;;", "FN:张伟", "EMAIL:zhang.wei@iom.int")
    )
    assert [o.contact_id for o in report.updated] == [zhang.id]
    assert services.contacts.get(zhang.id).display_name == "张伟"
    # A name already complete keeps the order it was given.
    kieran = services.contacts.add(
        ContactDraft(given="Kieran", family="Best", emails=(EmailInput("kb@iom.int"),))
    )
    services.vcards.import_stream(
        one_card("N:Best;Kieran;;;", "FN:Best Kieran", "EMAIL:kb@iom.int")
    )
    assert services.contacts.get(kieran.id).display_name == "Kieran Best"


def test_the_name_order_is_kept_through_edits(services: Services) -> None:
    li = services.contacts.add(ContactDraft(given="Wei", family="Li", family_first=True))
    assert li.display_name == "Li Wei"
    edited = services.contacts.edit(li.id, ContactChanges(notes="Met in Beijing"))
    assert edited.display_name == "Li Wei"  # an edit that does not say keeps the order
    edited = services.contacts.edit(li.id, ContactChanges(family_first=False))
    assert edited.display_name == "Wei Li"


def test_export_names_the_office_country_in_the_chosen_language(
    services: Services, kieran_id: int
) -> None:
    out = io.BytesIO()
    services.vcards.export(out, language="fr")
    lines = out.getvalue().decode("utf-8").split("\r\n")
    assert "ADR;TYPE=WORK:;;;;;;Chine" in lines
    assert "ORG:OIM Pékin" in lines
    assert "ADR;TYPE=WORK:;;;;;;China" in export_bytes(services).decode("utf-8").split("\r\n")
    with pytest.raises(ValidationError, match="language"):
        services.vcards.export(io.BytesIO(), language="../fr")
