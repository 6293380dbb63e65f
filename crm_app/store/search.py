"""Full-text search over contacts: one folded document per contact, indexed per dialect.

SQLite keeps an FTS5 trigram index (substring search from three characters) in step with
`contacts.search_text` through triggers; PostgreSQL uses a pg_trgm GIN index on the same column.
Shorter terms fall back to LIKE on the column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Integer, and_, column, text

from crm_app.store.models import ContactRow

_SPACES = re.compile(r"\s+")
_NON_DIGIT = re.compile(r"\D+")
MIN_INDEXED_TERM = 3


def fold(value: str) -> str:
    """Lower-case, strip accents, collapse white space: "OIM Pékin" -> "oim pekin"."""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def build_search_text(
    names: Iterable[str],
    office_names: Iterable[str],
    emails: Iterable[str],
    phone_numbers: Iterable[str],
) -> str:
    """The document a contact is found by; phones are indexed as bare digits."""
    parts = [fold(part) for part in (*names, *office_names, *emails) if part]
    for number in phone_numbers:
        digits = _NON_DIGIT.sub("", number)
        if digits:
            parts.append(digits)
    return " | ".join(parts)


def search_terms(query: str) -> list[str]:
    """Split a typed query into folded terms; digit groups stay whole ("5979 9695" -> two terms)."""
    return [term for term in fold(query).replace("+", " ").split(" ") if term]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_condition(dialect: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE condition on ContactRow matching every term of `query`, or None for no filter."""
    terms = search_terms(query)
    if not terms:
        return None
    conditions: list[ColumnElement[bool]] = []
    long_terms = [t for t in terms if len(t) >= MIN_INDEXED_TERM]
    short_terms = [t for t in terms if len(t) < MIN_INDEXED_TERM]
    if long_terms and dialect == "sqlite":
        match = " AND ".join(_fts_phrase(t) for t in long_terms)
        matching_ids = (
            text("SELECT rowid FROM contact_search WHERE contact_search MATCH :match")
            .bindparams(match=match)
            .columns(column("rowid", Integer))
        )
        conditions.append(ContactRow.id.in_(matching_ids))
    else:
        short_terms = terms
    conditions.extend(
        ContactRow.search_text.like(_like_pattern(term), escape="\\") for term in short_terms
    )
    return and_(*conditions)
