"""ISO 3166-1 country codes and their names in the interface languages.

pycountry is the authority; its gettext catalogues give the French and Spanish names, so no
country list is kept by hand.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import lru_cache

import pycountry

from crm_app.domain.errors import ValidationError
from crm_app.domain.messages import msg

_ALPHA_2 = re.compile(r"[A-Za-z]{2}")
# A language tag as the interface passes it ("fr", "es", "fr_CA", "pt-BR"); anything else is
# refused before it reaches gettext, which would turn it into a path.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?")


def normalise_country(code: str, *, field: str = "country") -> str:
    """The upper-case ISO 3166-1 alpha-2 code, or ValidationError naming `field`."""
    text = code.strip()
    if not text:
        raise ValidationError(field, msg("is empty"))
    if _ALPHA_2.fullmatch(text) and pycountry.countries.get(alpha_2=text.upper()) is not None:
        return text.upper()
    shown = text if len(text) <= 40 else text[:40] + "…"
    raise ValidationError(field, msg("'{value}' is not an ISO 3166 country code", value=shown))


@lru_cache(maxsize=32)
def _translations(language: str) -> gettext.NullTranslations:
    """The pycountry catalogue for `language`; English (the msgids) when there is none."""
    if language.casefold() == "en" or not _LANGUAGE_TAG.fullmatch(language):
        return gettext.NullTranslations()
    return gettext.translation(
        "iso3166-1",
        pycountry.LOCALES_DIR,
        languages=[language.replace("-", "_")],
        fallback=True,
    )


def country_name(code: str, language: str = "en") -> str:
    """The country's ISO short name in `language` (English when untranslated).

    An unknown code comes back as given, upper-cased: this is for display, and a label that
    shows the code beats an error in the middle of a rendered block.
    """
    upper = code.strip().upper()
    country = pycountry.countries.get(alpha_2=upper) if _ALPHA_2.fullmatch(upper) else None
    if country is None:
        return upper
    name: str = country.name
    return _translations(language).gettext(name)


def _sort_key(name: str) -> str:
    """Accent- and case-blind key, so "Égypte" sorts with E whatever the system locale."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=32)
def _sorted_countries(language: str) -> tuple[tuple[str, str], ...]:
    pairs = [(c.alpha_2, country_name(c.alpha_2, language)) for c in pycountry.countries]
    return tuple(sorted(pairs, key=lambda pair: (_sort_key(pair[1]), pair[1], pair[0])))


def all_countries(language: str = "en") -> list[tuple[str, str]]:
    """Every (code, name) pair, sorted by the name in `language`."""
    return list(_sorted_countries(language))
