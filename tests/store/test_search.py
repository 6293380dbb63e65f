"""What the contact search finds: substrings from three characters, word starts below,
accents, digits, office names, Chinese and Arabic names, and input that looks like query
syntax; the same whichever way the store finds them (candidates from an index, or the
list walked in name order)."""

from __future__ import annotations

import pytest

from crm_app.domain.queries import Archive, ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import ContactChanges, EmailInput, OfficeChanges
from crm_app.store import search
from tests.store.search_reference import WAYS, add_people, matching


@pytest.fixture(params=WAYS)
def way(request: pytest.FixtureRequest, database_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param != "chosen" and not database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL has one way")
    for name, value in WAYS[request.param].items():
        monkeypatch.setattr(search, name, value)
    return str(request.param)


@pytest.fixture
def people(services: Services, way: str) -> dict[str, int]:
    return add_people(services)


def found(services: Services, text: str, archive: Archive = Archive.ALL_LIVE) -> list[str]:
    """Names the list shows for `text`, after checking that its counts agree (and a
    keystroke's count and first page, read together)."""
    query = ContactQuery(text=text, archive=archive)
    page = services.contacts.page(query)
    assert services.contacts.count(query) == len(page), text
    assert services.contacts.count(query, 1000) == len(page), text
    # A keystroke's own read (count and first ids together) agrees with both.
    start = services.contacts.list_start(query, 1000, 100, 50)
    assert start.total == len(page), text
    assert start.page.ids == [contact.id for contact in page][:100], text
    assert [item.id for item in start.items] == start.page.ids[:50], text
    return sorted(contact.display_name for contact in page)


def test_a_term_of_three_characters_or_more_matches_anywhere(
    services: Services, people: dict[str, int]
) -> None:
    assert found(services, "kie") == ["Kieran Best"]
    assert found(services, "kit") == ["Nikita Sokolov"]  # inside a word
    assert found(services, "ijin") == ["Kieran Best"]  # inside his office's "Beijing"
    assert found(services, "@iom.int") == ["Hélène Lefèvre", "Jean-Luc Picard", "Kieran Best"]
    assert found(services, "o'b") == ["Siobhán O'Brien"]


def test_a_shorter_term_matches_the_start_of_a_word(
    services: Services, people: dict[str, int]
) -> None:
    # Not Nikita, not mark.ng; but "IOM Nairobi (Kenya)" holds a word that starts with k.
    assert found(services, "k") == ["Hélène Lefèvre", "Jürgen Müller", "Kieran Best"]
    assert found(services, "ki") == ["Kieran Best"]
    assert found(services, "ni") == ["Nikita Sokolov"]
    assert found(services, "ng") == ["Mark Ng"]
    # Signs part words: an address, a hyphen, an apostrophe, a parenthesis.
    assert found(services, "in") == ["Hélène Lefèvre", "Jean-Luc Picard", "Kieran Best"]
    assert found(services, "lu") == ["Jean-Luc Picard"]
    assert found(services, "br") == ["Siobhán O'Brien"]
    assert found(services, "ke") == ["Hélène Lefèvre", "Jürgen Müller"]  # "(Kenya)"
    assert found(services, "dr") == ["Siobhán O'Brien"]
    # Signs typed in a short term do not count; signs alone find no one.
    assert found(services, "k.") == found(services, "-k") == found(services, "k")
    for text in ("-", ".", "%", "_", "(", "'", '"', "*"):
        assert found(services, text) == [], text


def test_accents_and_case_are_ignored_both_ways(services: Services, people: dict[str, int]) -> None:
    for text in ("hélène", "HELENE", "Helene", "lefevre", "LEFÈVRE", "hélène lefèvre", "hé"):
        assert found(services, text) == ["Hélène Lefèvre"], text
    assert found(services, "pekin") == found(services, "PÉKÍN") == ["Kieran Best"]
    assert found(services, "siobhan") == ["Siobhán O'Brien"]
    assert found(services, "mu") == found(services, "mü") == ["Jürgen Müller"]
    assert found(services, "muller jurgen") == ["Jürgen Müller"]


def test_phone_digits_and_extensions(services: Services, people: dict[str, int]) -> None:
    assert found(services, "+86 5979") == ["Kieran Best"]
    assert found(services, "5979 9695") == ["Kieran Best"]
    # A number as people write it, in groups: one or two digits match anywhere too.
    assert found(services, "+86 10 5979 9695") == ["Kieran Best"]
    assert found(services, "+254 20 422 1000") == ["محمد حداد"]
    assert found(services, "59") == ["Kieran Best"]
    assert found(services, "2") == ["Kieran Best", "محمد حداد"]
    assert found(services, "203") == ["Kieran Best"]  # the extension
    assert found(services, "25420") == ["محمد حداد"]
    assert found(services, "4") == ["محمد حداد"]


def test_office_names_in_every_language_and_after_renaming(
    services: Services, people: dict[str, int]
) -> None:
    assert found(services, "pe") == ["Kieran Best"]  # "OIM Pékin"
    assert found(services, "o pek") == ["Kieran Best"]
    assert found(services, "m pek") == []  # "m" starts no word
    assert found(services, "nairobi") == ["Hélène Lefèvre", "Jürgen Müller"]
    assert found(services, "iom") == [  # offices' names and addresses
        "Hélène Lefèvre",
        "Jean-Luc Picard",
        "Jürgen Müller",
        "Kieran Best",
    ]
    beijing = next(o for o in services.offices.all() if o.name() == "IOM Beijing")
    services.offices.edit(
        beijing.id, OfficeChanges(names={"en": "IOM Shanghai", "fr": "OIM Changhaï", "es": ""})
    )
    for text in ("sh", "shang", "ch", "changhai", "sh ki", "o ch"):
        assert found(services, text) == ["Kieran Best"], text
    for text in ("pe", "pekin", "beijing", "ijin"):
        assert found(services, text) == [], text
    services.contacts.delete(people["Kieran Best"])
    assert found(services, "sh") == []
    assert found(services, "sh", Archive.ARCHIVED) == ["Kieran Best"]


def test_chinese_names_by_each_character_that_starts_one(
    services: Services, people: dict[str, int]
) -> None:
    assert found(services, "张") == found(services, "伟") == ["张伟"]
    assert found(services, "张伟") == found(services, "伟张") == ["张伟"]
    assert found(services, "王") == ["王小明", "王芳"]
    assert found(services, "小明") == found(services, "王小明") == ["王小明"]
    assert found(services, "明") == []  # inside the given name 小明, not where a word starts


def test_arabic_names(services: Services, people: dict[str, int]) -> None:
    for text in ("محمد", "حداد", "م", "ح", "مح", "حد", "داد", "محمد حداد"):
        assert found(services, text) == ["محمد حداد"], text
    assert found(services, "د") == []


def test_terms_of_every_kind_together(services: Services, people: dict[str, int]) -> None:
    assert found(services, "ki best") == found(services, "best ki") == ["Kieran Best"]
    assert found(services, "be 5979 pe") == ["Kieran Best"]  # one term from his office
    assert found(services, "lu iom.int j") == ["Jean-Luc Picard"]
    assert found(services, "王 小明") == ["王小明"]
    assert found(services, "ke mü") == ["Jürgen Müller"]
    assert found(services, "ke mü ki") == []


def test_a_contact_changed_is_found_by_its_new_words(
    services: Services, people: dict[str, int]
) -> None:
    services.contacts.edit(
        people["Mark Ng"],
        ContactChanges(family="Ng-Okafor", emails=(EmailInput("m.okafor@iom.int"),)),
    )
    assert found(services, "ok") == ["Mark Ng-Okafor"]
    assert found(services, "ma ok") == ["Mark Ng-Okafor"]
    assert "Mark Ng-Okafor" in found(services, "in")
    assert found(services, "ex") == ["Nikita Sokolov"]  # the old address is gone


HOSTILE = (
    '"',
    '""',
    '"k"',
    "k*",
    "*k",
    "^k",
    "k:",
    "search_text:k",
    "(k)",
    "k)",
    "-k",
    "NEAR",
    "NEAR(k best)",
    "k NEAR best",
    "AND",
    "OR",
    "or",
    "NOT",
    "k OR best",
    "k AND NOT best",
    "%",
    "%k%",
    "k_",
    "_",
    "\\",
    "k\\",
    "'",
    "';--",
    '"; DROP TABLE contacts; --',
    "|",
    "k | b",
    "+",
    "++86",
    "\x00k",
    "k\x00best",
    "{k}",
    "[k]",
    "k?",
    "𝕜",  # a mathematical letter: folds to "k"
    "ﬁ",  # a ligature: folds to "fi"
)


@pytest.mark.parametrize("text", HOSTILE)
def test_text_that_looks_like_query_syntax_is_only_text(
    services: Services, people: dict[str, int], text: str
) -> None:
    contacts = services.contacts.page(ContactQuery())
    expected = sorted(c.display_name for c in contacts if c.id in matching(text, contacts))
    assert found(services, text) == expected
