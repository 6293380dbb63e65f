"""Country codes and their names in the interface languages."""

from __future__ import annotations

import unicodedata

import pytest

from crm_app.domain.countries import all_countries, country_name, normalise_country
from crm_app.domain.errors import ValidationError


@pytest.mark.parametrize(("raw", "code"), [("CN", "CN"), ("cn", "CN"), (" fr ", "FR")])
def test_codes_are_normalised(raw: str, code: str) -> None:
    assert normalise_country(raw) == code


@pytest.mark.parametrize("raw", ["XX", "China", "CHN", "", "  ", "C1", "ÇN"])
def test_non_codes_are_refused_with_the_field(raw: str) -> None:
    with pytest.raises(ValidationError) as raised:
        normalise_country(raw, field="office.country")
    assert raised.value.field == "office.country"
    assert raised.value.reason


def test_refusal_says_what_is_wrong() -> None:
    with pytest.raises(ValidationError) as raised:
        normalise_country("XX")
    assert raised.value.field == "country"
    assert raised.value.reason == "'XX' is not an ISO 3166 country code"


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("CN", "en", "China"),
        ("CN", "fr", "Chine"),
        ("CN", "es", "China"),
        ("EG", "fr", "Égypte"),
        ("EG", "es", "Egipto"),
        ("cn", "fr", "Chine"),
        ("CN", "fr_CA", "Chine"),
        ("CN", "zz", "China"),
        ("CN", "../../etc", "China"),
    ],
)
def test_country_names(code: str, language: str, name: str) -> None:
    assert country_name(code, language) == name


def test_unknown_code_is_shown_as_is() -> None:
    assert country_name("xk") == "XK"


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_all_countries_is_complete_and_sorted(language: str) -> None:
    countries = all_countries(language)
    assert len(countries) == 249
    assert len({code for code, _ in countries}) == 249
    keys = [_fold(name) for _, name in countries]
    assert keys == sorted(keys)


def test_all_countries_spanish_has_china() -> None:
    assert ("CN", "China") in all_countries("es")


def test_accented_names_sort_with_their_letter() -> None:
    names = [name for _, name in all_countries("fr")]
    # Byte order would put every É after Zimbabwe.
    assert names.index("Dominique") < names.index("Égypte") < names.index("Espagne")
    assert names.index("Équateur") < names.index("Érythrée") < names.index("Espagne")
    assert names[-1] != "Égypte"


def test_all_countries_returns_a_fresh_list() -> None:
    all_countries("en").clear()
    assert all_countries("en")


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
