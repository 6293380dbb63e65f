"""The JSON the command line prints."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from crm_app.app.serialize import contact_json, contact_list_json
from crm_app.domain.records import (
    Contact,
    ContactKind,
    Email,
    EmailKind,
    LineType,
    OfficeRef,
    Phone,
    PhoneKind,
)
from crm_app.domain.values import ContactValues, EmailValues, PhoneValues

_text = st.text(max_size=20) | st.sampled_from(['"quoted"', "back\\slash", "new\nline", "张伟"])
_phones = st.builds(
    Phone,
    kind=st.sampled_from(list(PhoneKind)),
    raw=_text,
    e164=st.none() | st.just("+861059799695"),
    extension=st.none() | st.just("203"),
    valid=st.booleans(),
    line_type=st.sampled_from(list(LineType)),
)
_offices = st.none() | st.builds(
    OfficeRef,
    id=st.integers(1, 9),
    names=st.dictionaries(st.sampled_from(["en", "fr"]), _text, max_size=2),
    country=st.just("CN"),
)
_contacts = st.builds(
    Contact,
    id=st.integers(1, 10**9),
    uid=_text,
    given=_text,
    family=_text,
    office=_offices,
    kind=st.sampled_from(list(ContactKind)),
    phones=st.lists(_phones, max_size=3).map(tuple),
    emails=st.lists(
        st.builds(Email, kind=st.sampled_from(list(EmailKind)), address=_text), max_size=3
    ).map(tuple),
)


def _values(contact: Contact) -> ContactValues:
    return ContactValues(
        contact.id,
        contact.uid,
        contact.given,
        contact.family,
        contact.honorific,
        contact.family_first,
        contact.kind.value,
        contact.languages,
        contact.notes,
        contact.active,
        contact.last_verified,
        contact.updated_at,
        contact.deleted_at,
        contact.office,
        contact.titles,
        tuple(
            PhoneValues(p.kind.value, p.raw, p.e164, p.extension, p.valid, p.line_type.value)
            for p in contact.phones
        ),
        tuple(EmailValues(e.kind.value, e.address) for e in contact.emails),
    )


@given(_contacts)
def test_a_listed_contact_is_printed_as_json_dumps_prints_it(contact: Contact) -> None:
    as_before = json.dumps(contact_json(contact), ensure_ascii=False, indent=2)
    # An item of the listed array: indented once more.
    assert contact_list_json(_values(contact)) == as_before.replace("\n", "\n  ")
