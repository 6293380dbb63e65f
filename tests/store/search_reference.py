"""Contacts to search, and what a search should find, written plainly from the rules in the
docstring of crm_app/store/search.py (no index, no SQL), to hold the store's search against."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from crm_app.domain.records import Contact, PhoneKind
from crm_app.services.container import Services
from crm_app.services.drafts import ContactDraft, EmailInput, OfficeDraft, PhoneInput

# How the store may find matches (crm_app.store.search settings): as it chooses, always
# from the candidates an index gives, or always by walking the list and testing each
# contact. What it finds must not differ.
WAYS: dict[str, dict[str, int]] = {
    "chosen": {},
    "candidates": {"PAGE_CANDIDATES": 10**9, "COUNT_CANDIDATES": 10**9},
    "walk": {"PAGE_CANDIDATES": 0, "COUNT_CANDIDATES": 0},
}

# ASCII characters other than letters and digits part words; every other character is
# part of a word (Chinese, Arabic, accented letters once folded...).
_SIGNS = re.compile(r"[\x00-/:-@\[-`{-\x7f]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def fold(text: str) -> str:
    """Compatibility forms decomposed, accents dropped, case folded, white space collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def terms(query: str) -> list[str]:
    """The terms of a typed query: folded, parted at white space, "+" and control characters."""
    return _CONTROL.sub(" ", fold(query)).replace("+", " ").split()


def texts(contact: Contact) -> list[str]:
    """Everything a contact is found by, folded: its names (a name in a script written
    without spaces also whole, both ways round), e-mails, phone digits and extensions,
    and its office's names in every language."""
    found = [fold(part) for part in (contact.given, contact.family, contact.honorific)]
    if contact.given and contact.family and _UNSPACED.search(contact.given + contact.family):
        found += [fold(contact.family + contact.given), fold(contact.given + contact.family)]
    found += [fold(email.address) for email in contact.emails]
    numbers = [phone.e164 or phone.raw for phone in contact.phones]
    numbers += [phone.extension for phone in contact.phones if phone.extension]
    found += [re.sub(r"\D", "", number) for number in numbers]
    if contact.office is not None:
        found += [fold(name) for name in contact.office.names.values()]
    return found


def term_matches(term: str, found: Iterable[str]) -> bool:
    if len(term) >= 3 or (term.isascii() and term.isdigit()):
        return any(term in text for text in found)
    word = _SIGNS.sub("", term)
    return bool(word) and any(
        piece.startswith(word) for text in found for piece in _SIGNS.split(text)
    )


def matching(query: str, contacts: Iterable[Contact]) -> set[int]:
    """The ids of the contacts that match every term of `query` (all when it has none)."""
    wanted = terms(query)
    return {
        contact.id
        for contact in contacts
        if all(term_matches(term, texts(contact)) for term in wanted)
    }


def add_people(services: Services) -> dict[str, int]:
    """Offices in three languages and contacts in several scripts; name -> id."""
    offices = services.offices
    offices.add(
        OfficeDraft(names={"en": "IOM Beijing", "fr": "OIM Pékin", "es": "OIM Pekín"}, country="CN")
    )
    offices.add(OfficeDraft(names={"en": "IOM Nairobi (Kenya)"}, country="KE"))
    drafts = [
        ContactDraft(
            given="Kieran",
            family="Best",
            office="IOM Beijing",
            phones=(PhoneInput("+86 10 5979 9695 ext. 203", PhoneKind.WORK),),
            emails=(EmailInput("kgormanbest@iom.int"),),
        ),
        ContactDraft(
            given="Nikita", family="Sokolov", emails=(EmailInput("nsokolov@example.org"),)
        ),
        ContactDraft(given="Mark", family="Ng", emails=(EmailInput("mark.ng@example.org"),)),
        ContactDraft(
            given="Hélène",
            family="Lefèvre",
            office="IOM Nairobi (Kenya)",
            emails=(EmailInput("hlefevre@iom.int"),),
        ),
        ContactDraft(given="Siobhán", family="O'Brien", honorific="Dr."),
        ContactDraft(given="Jean-Luc", family="Picard", emails=(EmailInput("jl.picard@iom.int"),)),
        ContactDraft(given="伟", family="张", family_first=True),
        ContactDraft(given="芳", family="王", family_first=True),
        ContactDraft(given="小明", family="王", family_first=True),
        ContactDraft(
            given="محمد",
            family="حداد",
            phones=(PhoneInput("+254 20 422 1000", PhoneKind.WORK),),
        ),
        ContactDraft(given="Jürgen", family="Müller", office="IOM Nairobi (Kenya)"),
    ]
    return {
        (added := services.contacts.add(draft, force=True)).display_name: added.id
        for draft in drafts
    }
