"""Office names leave the contacts' search documents: offices get their own.

A contact was found by its office's names because they were copied into its search
document, so renaming an office rewrote the document of every contact it holds. Now each
office keeps one document of its names and search matches a term found there to the
office's contacts; the contacts' documents are rebuilt without the office names.

The rebuild is set-based: the documents are computed in one pass over the tables, the
changed ones are bulk-inserted into a temporary table and applied with one UPDATE, while
the search index is set aside (SQLite: the FTS table and its triggers; PostgreSQL: the
trigram index) and built again once at the end. Also: the release_contacts rows of a
contact are found through an index.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


# Frozen here as they were when this migration was written, so that it never changes
# behaviour when the program's own search code does.
_SPACES = re.compile(r"\s+")
_NON_DIGIT = re.compile(r"\D+")
_BATCH = 5_000


def fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def _document(
    names: Iterable[str], office_names: Iterable[str], emails: Iterable[str], numbers: list[str]
) -> str:
    parts = [fold(part) for part in (*names, *office_names, *emails) if part]
    for number in numbers:
        digits = _NON_DIGIT.sub("", number)
        if digits:
            parts.append(digits)
    return " | ".join(parts)


def _office_names(bind: sa.Connection) -> dict[int, list[str]]:
    # In the order the program reads them (by language), as the old documents had them.
    names: dict[int, list[str]] = {}
    rows = bind.execute(
        sa.text("SELECT office_id, name FROM office_names ORDER BY office_id, language")
    )
    for office_id, name in rows:
        names.setdefault(office_id, []).append(name)
    return names


def _contact_documents(bind: sa.Connection, with_offices: bool) -> dict[int, str]:
    """Every contact's document as it should now be, for those where it changes."""
    office_names = _office_names(bind) if with_offices else {}
    emails: dict[int, list[str]] = {}
    for contact_id, address in bind.execute(
        sa.text("SELECT contact_id, address FROM emails ORDER BY contact_id, position")
    ):
        emails.setdefault(contact_id, []).append(address)
    phones: dict[int, list[str]] = {}
    extensions: dict[int, list[str]] = {}
    rows = bind.execute(
        sa.text("SELECT contact_id, e164, raw, extension FROM phones ORDER BY contact_id, position")
    )
    for contact_id, e164, raw, extension in rows:
        phones.setdefault(contact_id, []).append(e164 or raw)
        if extension:
            extensions.setdefault(contact_id, []).append(extension)
    changed: dict[int, str] = {}
    contacts = bind.execute(
        sa.text("SELECT id, honorific, given, family, office_id, search_text FROM contacts")
    )
    for contact_id, honorific, given, family, office_id, old in contacts:
        document = _document(
            (given, family, honorific),
            office_names.get(office_id, []) if office_id is not None else [],
            emails.get(contact_id, []),
            phones.get(contact_id, []) + extensions.get(contact_id, []),
        )
        if document != old:
            changed[contact_id] = document
    return changed


def _write_documents(bind: sa.Connection, documents: dict[int, str]) -> None:
    """One UPDATE from a temporary table, not one statement per contact."""
    if not documents:
        return
    scratch = sa.table("search_rebuild", sa.column("id", sa.Integer), sa.column("doc", sa.Text))
    bind.execute(
        sa.text("CREATE TEMPORARY TABLE search_rebuild (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)")
    )
    items = [{"id": key, "doc": value} for key, value in documents.items()]
    for start in range(0, len(items), _BATCH):
        bind.execute(sa.insert(scratch), items[start : start + _BATCH])
    bind.execute(
        sa.text(
            "UPDATE contacts SET search_text ="
            " (SELECT doc FROM search_rebuild WHERE search_rebuild.id = contacts.id)"
            " WHERE id IN (SELECT id FROM search_rebuild)"
        )
    )
    bind.execute(sa.text("DROP TABLE search_rebuild"))


def _drop_search_index(dialect: str) -> None:
    if dialect == "sqlite":
        for trigger in (
            "contacts_search_insert",
            "contacts_search_delete",
            "contacts_search_update",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS contact_search")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_contacts_search_text_trgm")


def _create_search_index(dialect: str) -> None:
    """As 0002 made it."""
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE contact_search USING fts5("
            "search_text, content='contacts', content_rowid='id', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN "
            "INSERT INTO contact_search(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN "
            "INSERT INTO contact_search(contact_search, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER contacts_search_update AFTER UPDATE OF search_text ON contacts BEGIN "
            "INSERT INTO contact_search(contact_search, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); "
            "INSERT INTO contact_search(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute("INSERT INTO contact_search(contact_search) VALUES ('rebuild')")
    elif dialect == "postgresql":
        op.execute(
            "CREATE INDEX ix_contacts_search_text_trgm ON contacts "
            "USING gin (search_text gin_trgm_ops)"
        )


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    op.add_column("offices", sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    for office_id, names in _office_names(bind).items():
        bind.execute(
            sa.text("UPDATE offices SET search_text = :doc WHERE id = :id"),
            {"doc": " | ".join(fold(name) for name in names if name), "id": office_id},
        )
    documents = _contact_documents(bind, with_offices=False)
    if documents:
        _drop_search_index(dialect)
        _write_documents(bind, documents)
        _create_search_index(dialect)
    op.create_index("ix_release_contacts_contact_id", "release_contacts", ["contact_id"])


def downgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    op.drop_index("ix_release_contacts_contact_id", "release_contacts")
    documents = _contact_documents(bind, with_offices=True)
    if documents:
        _drop_search_index(dialect)
        _write_documents(bind, documents)
        _create_search_index(dialect)
    op.drop_column("offices", "search_text")  # SQLite 3.35 and newer drop columns in place
