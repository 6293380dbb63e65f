"""Full-text search over contacts: one folded document per contact, indexed per dialect.

A contact's document holds its names, e-mails and phone digits; its office's names (in
every language) live once, in the office's own document, and a term found there matches
every contact of that office. Renaming an office thus rewrites one short document, not
those of its contacts.

SQLite keeps an FTS5 trigram index (substring search from three characters) in step with
`contacts.search_text` through triggers; PostgreSQL uses a pg_trgm GIN index on the same column.
Shorter terms fall back to LIKE on the column, and so do terms that most documents hold
(the list then walks its name index and stops at a page, instead of sorting them all).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Integer, and_, bindparam, column, or_, select, text
from sqlalchemy.orm import Session

from crm_app.store.models import ContactRow, OfficeRow

_SPACES = re.compile(r"\s+")
_NON_DIGIT = re.compile(r"\D+")
MIN_INDEXED_TERM = 3
# A term in at least this many documents is common: reading the list in name order and
# testing each document finds a page of them sooner than collecting and sorting them all.
COMMON_TERM = 2_000


def fold(value: str) -> str:
    """Lower-case, strip accents, collapse white space: "OIM Pékin" -> "oim pekin"."""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def build_search_text(
    names: Iterable[str],
    emails: Iterable[str],
    phone_numbers: Iterable[str],
) -> str:
    """The document a contact is found by; phones are indexed as bare digits."""
    parts = [fold(part) for part in (*names, *emails) if part]
    for number in phone_numbers:
        digits = _NON_DIGIT.sub("", number)
        if digits:
            parts.append(digits)
    return " | ".join(parts)


# Scripts written without spaces between names: a person types "张伟" for 张 (family) 伟.
_UNSPACED_SCRIPT = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def unspaced_name_forms(given: str, family: str) -> list[str]:
    """The whole name as people of those scripts type it, family first and given first."""
    if not (given and family) or not _UNSPACED_SCRIPT.search(given + family):
        return []
    return [fold(family + given), fold(given + family)]


def build_office_search_text(names: Iterable[str]) -> str:
    """The document an office is found by: its names in every language, folded."""
    return " | ".join(fold(name) for name in names if name)


def search_terms(query: str) -> list[str]:
    """Split a typed query into folded terms; digit groups stay whole ("5979 9695" -> two terms)."""
    return [term for term in fold(query).replace("+", " ").split(" ") if term]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _offices_matching(session: Session, terms: list[str]) -> list[list[int]]:
    """For each term, the offices (deleted ones too: archived contacts still point at them)
    whose names hold it. A few hundred short documents, read once for all the terms and
    tested as LIKE '%term%' would (both sides are folded)."""
    offices = session.execute(select(OfficeRow.id, OfficeRow.search_text)).all()
    return [[office_id for office_id, names in offices if term in names] for term in terms]


def search_condition(session: Session, query: str) -> ColumnElement[bool] | None:
    """A WHERE condition on ContactRow matching every term of `query`, or None for no filter.

    Each term must be in the contact's own document or in its office's names.
    """
    terms = search_terms(query)
    if not terms:
        return None
    sqlite = session.get_bind().dialect.name == "sqlite"
    conditions: list[ColumnElement[bool]] = []
    own_fts_terms: list[str] = []  # found only in contacts' documents: one FTS query for all
    for term, office_ids in zip(terms, _offices_matching(session, terms), strict=True):
        indexed = sqlite and len(term) >= MIN_INDEXED_TERM and not _common(session, term)
        if indexed and not office_ids:
            own_fts_terms.append(term)
            continue
        own = _fts_condition([term]) if indexed else _like_condition(term)
        conditions.append(or_(own, ContactRow.office_id.in_(office_ids)) if office_ids else own)
    if own_fts_terms:
        conditions.insert(0, _fts_condition(own_fts_terms))
    return and_(*conditions)


def _common(session: Session, term: str) -> bool:
    """Whether the FTS index holds `term` in COMMON_TERM documents or more (stops counting
    there, so it costs little whatever the answer)."""
    probe = text(
        "SELECT count(*) FROM (SELECT 1 FROM contact_search WHERE contact_search MATCH :match"
        " LIMIT :limit)"
    ).bindparams(match=_fts_phrase(term), limit=COMMON_TERM)
    return int(session.scalar(probe) or 0) >= COMMON_TERM


def _fts_condition(terms: list[str]) -> ColumnElement[bool]:
    match = " AND ".join(_fts_phrase(t) for t in terms)
    matching_ids = (
        text("SELECT rowid FROM contact_search WHERE contact_search MATCH :match")
        .bindparams(bindparam("match", match, unique=True))
        .columns(column("rowid", Integer))
    )
    return ContactRow.id.in_(matching_ids)


def _like_condition(term: str) -> ColumnElement[bool]:
    return ContactRow.search_text.like(_like_pattern(term), escape="\\")
