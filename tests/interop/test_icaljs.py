"""Our vCard 4.0 export as Thunderbird reads it: through ical.js, its address book's parser.

ical.js does not undo ``\\;`` in a text property, so an escaped semicolon in FN, TITLE or NOTE
shows in Thunderbird with its backslash. These tests run the real parser (pinned in
``icaljs/package.json``) on exported files and compare what it gives with what is stored.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from crm_app.domain.records import (
    Contact,
    Email,
    EmailKind,
    OfficeRef,
    Phone,
    PhoneKind,
)
from crm_app.domain.vcard import VCardVersion, clean_text, write_card
from crm_app.services.container import Services
from crm_app.services.drafts import ContactDraft, EmailInput, OfficeDraft, PhoneInput

HERE = Path(__file__).parent / "icaljs"
SCRIPT = HERE / "read_vcards.mjs"
NODE = shutil.which("node")

pytestmark = pytest.mark.skipif(
    NODE is None, reason="node is not installed (CI installs it: .ci/run)"
)


@pytest.fixture(scope="module", autouse=True)
def _icaljs_installed() -> None:
    if (HERE / "node_modules" / "ical.js").is_dir():
        return
    hint = "ical.js is not installed: run npm ci --prefix tests/interop/icaljs"
    if os.environ.get("CI"):
        pytest.fail(hint)  # CI installs it; a skip there would hide the check
    pytest.skip(hint)


def thunderbird_reads(path: Path) -> list[dict[str, Any]]:
    assert NODE is not None
    result = subprocess.run(
        [NODE, str(SCRIPT), str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    cards: list[dict[str, Any]] = json.loads(result.stdout)
    return cards


def shown_tel(phone: Phone) -> str:
    """What ical.js gives for a phone we wrote: the tel: URI, or the text that was typed."""
    if phone.valid and phone.e164:  # compared without the URI's visual separators
        return f"tel:{phone.e164};ext={phone.extension}" if phone.extension else f"tel:{phone.e164}"
    return clean_text(phone.raw).strip()


def strip_separators(value: str) -> str:
    return value.replace("-", "") if value.startswith("tel:") else value


HOSTILE = [
    ("Fatou", "Ndiaye-Diallo; Sène, Jr.", False),
    ("Wei", "Li", True),
    ("伟", "张", True),
    ('Back\\slash: "quoted"', "O'Neil; Esq.", False),
    ("Ана-Мария", "Łukasiewicz-Ó Súilleabháin " * 4, False),
]


def test_stored_contacts_read_back_in_thunderbird_as_they_are_stored(
    services: Services, tmp_path: Path
) -> None:
    services.offices.add(
        OfficeDraft(
            names={"en": "IOM Seoul; Korea, South"},
            country="KR",
            city="Seoul",
            switchboard="+82 2 1234 5678",
        )
    )
    ids = [
        services.contacts.add(
            ContactDraft(
                given=given_name,
                family=family,
                family_first=family_first,
                honorific="Dr.; Prof.",
                office="IOM Seoul; Korea, South",
                titles={"en": "Head, Media; Comms \\ Outreach: Asia", "fr": "Chef; médias"},
                phones=(
                    PhoneInput("+82 2 1234 5699 ext. 12", PhoneKind.WORK),
                    PhoneInput("ask; the desk, please", PhoneKind.OTHER, allow_invalid=True),
                ),
                emails=(EmailInput("press@iom.int", EmailKind.WORK),),
                notes="Line one; with a semicolon\nLine two, with a comma \\ and: a colon\n"
                + "Réunion à 北京 😀 " * 12,
            ),
            force=True,
        ).id
        for given_name, family, family_first in HOSTILE
    ]
    path = tmp_path / "thunderbird.vcf"
    assert services.vcards.export_to_file(path, version=VCardVersion.V4) == len(ids)
    assert max(len(line) for line in path.read_bytes().split(b"\r\n")) <= 75  # it was folded

    cards = thunderbird_reads(path)
    stored = sorted((services.contacts.get(i) for i in ids), key=lambda c: c.uid)
    assert len(cards) == len(stored)
    by_fn = {card["fn"]: card for card in cards}
    for contact in stored:
        card = by_fn[contact.display_name]  # FN exactly as the address book shows the name
        assert card["n"] == [contact.family, contact.given, "", contact.honorific, ""]
        assert card["org"] == "IOM Seoul; Korea, South"  # one component: a plain value
        assert sorted(card["title"]) == sorted(contact.titles.values())
        assert card["note"] == [contact.notes]
        assert [strip_separators(t["value"]) for t in card["tel"]] == [
            shown_tel(p) for p in contact.phones
        ]
        assert card["email"] == [e.address for e in contact.emails]
        # The office's city and country, the country by its name.
        assert card["adr"] == [["", "", "", "Seoul", "", "", "Korea, Republic of"]]
    assert by_fn["Li Wei"]["n"][:2] == ["Li", "Wei"]
    assert by_fn["张伟"]["n"][:2] == ["张", "伟"]


# Names and notes with everything that needs escaping, and newlines, straight to the writer.
hostile_text = st.text(
    st.sampled_from(list(";,\\:\n\"' aéß北京😀-")) | st.characters(codec="utf-8"), max_size=40
)
contacts = st.builds(
    Contact,
    id=st.just(1),
    uid=st.uuids().map(str),
    given=hostile_text,
    family=hostile_text,
    honorific=hostile_text,
    titles=st.dictionaries(st.sampled_from(["en", "fr", "es"]), hostile_text, max_size=2),
    office=st.just(OfficeRef(id=1, names={"en": "IOM Beijing"}, country="CN", city="Beijing")),
    phones=st.lists(
        st.builds(
            lambda raw: Phone(PhoneKind.WORK, raw, None, None, False),
            hostile_text.filter(lambda s: clean_text(s).strip()),
        ),
        max_size=2,
    ).map(tuple),
    emails=st.just((Email(EmailKind.WORK, "press@iom.int"),)),
    notes=hostile_text,
    family_first=st.booleans(),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(batch=st.lists(contacts, min_size=1, max_size=4))
def test_any_text_reads_back_in_thunderbird_as_written(
    tmp_path: Path, batch: list[Contact]
) -> None:
    # ical.js reads "\\;" (an escaped backslash, then the separator) as an escaped ";", so a
    # part of N that ends in a backslash cannot reach Thunderbird whole, however it is written.
    assume(
        not any(
            clean_text(part).endswith("\\")
            for c in batch
            for part in (c.given, c.family, c.honorific)
        )
    )
    path = tmp_path / "cards.vcf"
    path.write_text(
        "".join(write_card(c, version=VCardVersion.V4, organisation="IOM") for c in batch),
        encoding="utf-8",
        newline="",
    )
    cards = thunderbird_reads(path)
    assert len(cards) == len(batch)
    for contact, card in zip(batch, cards, strict=True):
        given_name, family = clean_text(contact.given), clean_text(contact.family)
        if given_name or family:
            assert (
                card["fn"]
                == Contact(
                    id=1, uid="", given=given_name, family=family, family_first=contact.family_first
                ).display_name
            )
        assert card["n"] == [family, given_name, "", clean_text(contact.honorific), ""]
        assert card["org"] == ["IOM", "IOM Beijing"]
        expected_titles = [t for t in map(clean_text, contact.titles.values()) if t]
        assert sorted(card["title"]) == sorted(expected_titles)
        notes = clean_text(contact.notes)
        assert card["note"] == ([notes] if notes else [])
        assert [t["value"] for t in card["tel"]] == [shown_tel(p) for p in contact.phones]
