"""Full-text search over contacts: one folded document per contact, indexed per dialect.

What a query finds. The query is folded (case, accents, compatibility forms) and split at
white space and "+" into terms; a contact matches when it matches every term. Its own
document holds its names, e-mails and phone digits; its office's names (in every language)
live once, in the office's own document, and a term found there matches every contact of
that office. Renaming an office thus rewrites one short document, not those of its contacts.

- A term of three characters or more matches where it appears, anywhere in a document
  ("ijin" finds "Beijing", "@iom" an address, "5979" a number).
- A term of one or two digits matches anywhere too: a number typed in groups
  ("+41 22 791 7111") finds the number.
- Any other shorter term matches the start of a word: "k" finds Kieran, not every address
  holding a k. Words are runs of ASCII letters and digits and of any other characters
  (Chinese, Arabic...): "-", ".", "@", "(", "'" and the other ASCII signs part them, so
  "kgormanbest@iom.int" holds the words kgormanbest, iom and int, and a Chinese name is
  one word (the document holds the whole name and each part: 张 and 张伟 are word starts).
  The signs in such a term do not count ("k." finds what "k" finds); a short term of signs
  alone ("%", "-") finds no one.

How it is indexed. The document ends with the words that follow a sign other than a space
("iom int" for an address at iom.int), so that every word start follows a space or opens
the document: `search_text LIKE 'k%' OR search_text LIKE '% k%'` is the exact test for a
short term, as `LIKE '%term%'` is for a longer one. SQLite keeps two FTS5 indexes over the
column, in step through triggers: trigram (substring search from three characters) and one
of words with prefix indexes of one and two characters (the 'ascii' tokenizer parts words
exactly as above). The fewest candidates an index gives (one term's or, when each term is
common, all of them together in one index) are read and sorted when they are a few thousand
at most; when every term is common (one or two digits always are), the list walks its
covering index in name order and tests each document, stopping at a page. Which way is
taken changes the time, never what is found. PostgreSQL uses a pg_trgm GIN index on the
same column for both tests (a word start is a trigram there too) and its planner chooses.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    bindparam,
    column,
    false,
    func,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.selectable import CompoundSelect, Select

from crm_app.domain.text import fold
from crm_app.store.models import ContactRow, OfficeRow

_SPACES = re.compile(r"\s+")
_NON_DIGIT = re.compile(r"\D+")
MIN_INDEXED_TERM = 3
# What a word is made of; everything else in ASCII parts words (the FTS5 'ascii' tokenizer).
_WORD_CHARS = "0-9A-Za-z\x80-\U0010ffff"
_NOT_WORD = re.compile(f"[^{_WORD_CHARS}]+")
# A word right after a sign that is not a space: "iom" and "int" in "kgormanbest@iom.int".
_WORD_AFTER_SIGN = re.compile(f"(?<=[^{_WORD_CHARS} ])[{_WORD_CHARS}]+")
# For a page, candidates read from an index and sorted, up to this many; past it, walking
# the list in name order and testing each document finds a page sooner.
PAGE_CANDIDATES = 5_000
# For a count (which stops past the list's cap), candidates read from an index, up to this
# many; past it, a term is in so many documents that testing rows finds enough sooner.
COUNT_CANDIDATES = 10_000


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
    return with_word_starts(" | ".join(parts))


def with_word_starts(document: str) -> str:
    """`document` followed by the words that start after a sign other than a space, once
    each: then every word start follows a space (or opens the document)."""
    words = dict.fromkeys(_WORD_AFTER_SIGN.findall(document))
    return f"{document} | {' '.join(words)}" if words else document


# Scripts written without spaces between names: a person types "张伟" for 张 (family) 伟.
_UNSPACED_SCRIPT = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def unspaced_name_forms(given: str, family: str) -> list[str]:
    """The whole name as people of those scripts type it, family first and given first."""
    if not (given and family) or not _UNSPACED_SCRIPT.search(given + family):
        return []
    return [fold(family + given), fold(given + family)]


def build_office_search_text(names: Iterable[str]) -> str:
    """The document an office is found by: its names in every language, folded."""
    return with_word_starts(" | ".join(fold(name) for name in names if name))


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def search_terms(query: str) -> list[str]:
    """Split a typed query into folded terms; digit groups stay whole ("5979 9695" -> two terms).

    "+" and control characters part terms as spaces do (PostgreSQL takes no NUL in text).
    """
    return [term for term in _CONTROL.sub(" ", fold(query)).replace("+", " ").split(" ") if term]


@dataclass(frozen=True, slots=True)
class _Term:
    """One folded term and how it matches: as a substring, or (`word`) as a word start."""

    text: str
    word: str | None  # a short term's letters and digits; "" when it has none

    @classmethod
    def of(cls, term: str) -> _Term:
        if len(term) >= MIN_INDEXED_TERM or (term.isascii() and term.isdigit()):
            return cls(term, None)
        return cls(term, _NOT_WORD.sub("", term))

    @property
    def indexed(self) -> bool:
        """Whether an FTS table finds it (not one or two digits: those are in most numbers)."""
        return self.word is not None or len(self.text) >= MIN_INDEXED_TERM

    def test(self, document: InstrumentedAttribute[str]) -> ColumnElement[bool]:
        """The term in a document (a contact's or an office's), tested on the row."""
        if self.word is None:
            return document.like(f"%{_like_escape(self.text)}%", escape="\\")
        word = _like_escape(self.word)
        return or_(document.like(f"{word}%", escape="\\"), document.like(f"% {word}%", escape="\\"))

    def offices(self) -> Select[int]:
        """The offices whose names hold the term (deleted ones too: archived contacts
        still point at them); a few hundred short documents."""
        return select(OfficeRow.id).where(self.test(OfficeRow.search_text))

    def condition(self) -> ColumnElement[bool]:
        """The term in a contact's own document or in its office's names (tested first:
        when it holds, SQLite need not read the document)."""
        return _condition(self)

    def candidates(self) -> CompoundSelect[int]:
        """The ids of the contacts matching the term, through indexes (SQLite): its FTS
        table, and the contacts of the offices that match."""
        return _candidates(self)

    @property
    def fts_table(self) -> str:
        return "contact_search" if self.word is None else "contact_words"

    @property
    def fts_query(self) -> str:
        """An FTS5 query for the term alone: a quoted phrase, so no input is syntax."""
        if self.word is None:
            return '"' + self.text.replace('"', '""') + '"'
        return f'"{self.word}"*'  # letters and digits only: nothing to escape


# Built once per term: typing repeats terms, and SQLAlchemy expressions cost to build.
@lru_cache(maxsize=32)
def _condition(term: _Term) -> ColumnElement[bool]:
    return or_(ContactRow.office_id.in_(term.offices()), term.test(ContactRow.search_text))


@lru_cache(maxsize=32)
def _candidates(term: _Term) -> CompoundSelect[int]:
    return union_all(
        _fts_ids(term.fts_table, term.fts_query),
        select(ContactRow.id).where(ContactRow.office_id.in_(term.offices())),
    )


@lru_cache(maxsize=16)
def _candidates_of_all(terms: tuple[_Term, ...]) -> CompoundSelect[int]:
    """More than the contacts matching every term, and often far fewer than those of any
    one: the contacts whose own documents hold them all (terms of one FTS table, which
    intersects them itself), and those of the offices that match any of them."""
    (table,) = {term.fts_table for term in terms}
    in_all = _fts_ids(table, " AND ".join(term.fts_query for term in terms))
    offices = select(OfficeRow.id).where(or_(*(t.test(OfficeRow.search_text) for t in terms)))
    return union_all(in_all, select(ContactRow.id).where(ContactRow.office_id.in_(offices)))


def _fts_ids(table: str, match: str) -> Select[int]:
    """Rowids of an FTS5 table (named by this module, never by input) matching `match`."""
    matching = (
        text(f"SELECT rowid AS id FROM {table} WHERE {table} MATCH :match")
        .bindparams(bindparam("match", match, unique=True))
        .columns(column("id", Integer))
        .subquery()
    )
    return select(matching.c.id)


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True, slots=True)
class SearchCondition:
    """A WHERE condition on ContactRow; `narrow` when it reads a few thousand candidates at
    most from an index (SQLite), so that counting them all costs little beside sorting them."""

    condition: ColumnElement[bool]
    narrow: bool = False


def search_condition(session: Session, query: str, ordered: bool = True) -> SearchCondition | None:
    """The condition matching every term of `query`, or None for no filter.

    Each term must be in the contact's own document or in its office's names. `ordered`
    says what the condition is for: a page in list order (True) or a count; the same
    contacts match either way, the way to find them differs (SQLite).
    """
    terms = [_Term.of(term) for term in search_terms(query)]
    if not terms:
        return None
    if any(term.word == "" for term in terms):
        return SearchCondition(false(), narrow=True)
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return SearchCondition(and_(*_listed_conditions(connection, terms)))
    conditions = [term.condition() for term in terms]
    indexed = [index for index, term in enumerate(terms) if term.indexed]
    enough = PAGE_CANDIDATES if ordered else COUNT_CANDIDATES
    singles: list[tuple[str, CompoundSelect[int], int | None]] = [
        (term.text, term.candidates(), index)
        for index, term in sorted(
            ((index, terms[index]) for index in indexed), key=lambda item: -len(item[1].text)
        )
    ]
    options = singles
    sizes = _candidate_counts(connection, [(key, ids) for key, ids, _ in singles])
    together = tuple(terms[index] for index in indexed)
    if (
        len(together) > 1
        and (not sizes or min(sizes) >= enough)
        and len({term.fts_table for term in together}) == 1
    ):
        # Every term is common on its own, and FTS5 can intersect them in one index; across
        # the two indexes the intersection would read every id of both, slower than testing
        # rows in list order.
        key = " ".join(term.text for term in together)
        options = [(key, _candidates_of_all(together), None)]
        sizes = _candidate_counts(connection, [(key, options[0][1])])
    if not sizes or min(sizes) >= enough:
        # Every term is common: testing rows in list order finds enough sooner.
        return SearchCondition(and_(*conditions))
    _, ids, satisfied = options[sizes.index(min(sizes))]
    others = (condition for index, condition in enumerate(conditions) if index != satisfied)
    return SearchCondition(
        and_(ContactRow.id.in_(ids), *others), narrow=min(sizes) < PAGE_CANDIDATES
    )


def _listed_conditions(connection: Connection, terms: list[_Term]) -> list[ColumnElement[bool]]:
    """Each term's condition with its offices listed (PostgreSQL): the planner can then
    join the index on search_text and the one on office_id (it cannot with a subquery)."""
    tests = [term.test(OfficeRow.search_text) for term in terms]
    rows = connection.execute(select(OfficeRow.id, *tests).where(or_(*tests))).all()
    conditions: list[ColumnElement[bool]] = []
    for index, term in enumerate(terms):
        own = term.test(ContactRow.search_text)
        office_ids = [row[0] for row in rows if row[index + 1]]
        conditions.append(or_(own, ContactRow.office_id.in_(office_ids)) if office_ids else own)
    return conditions


# Candidate counts by (engine, terms), so that the page after a count (the same keystroke)
# need not count again; only the way to search depends on them, never what is found.
_COUNTED: dict[tuple[int, str], tuple[float, int]] = {}
_COUNTED_FOR = 5.0  # seconds
_COUNTED_MOST = 256


def _candidate_counts(
    connection: Connection, options: list[tuple[str, CompoundSelect[int]]]
) -> list[int]:
    """How many ids each option yields, counting no further than COUNT_CANDIDATES, nor
    (after the first) than the fewest found so far: only the fewest matters."""
    now = time.monotonic()
    if len(_COUNTED) > _COUNTED_MOST:
        _COUNTED.clear()
    engine = id(connection.engine)
    counts: list[int] = []
    most = COUNT_CANDIDATES
    for key, ids in options:
        known = _COUNTED.get((engine, key))
        if known is not None and now - known[0] < _COUNTED_FOR:
            count = known[1]
        else:
            limited = ids.limit(most).subquery()
            count = int(connection.scalar(select(func.count()).select_from(limited)) or 0)
            if count < most or most == COUNT_CANDIDATES:
                _COUNTED[(engine, key)] = (now, count)
            else:
                count = most + 1  # more than another option has: not the fewest
        counts.append(count)
        most = min(most, count)
    return counts
