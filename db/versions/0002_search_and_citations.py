"""Contact search index and the citations that published releases printed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


# Frozen here as they were when this migration was written, so that it never changes
# behaviour when the program's own search code does.
_SPACES = re.compile(r"\s+")
_NON_DIGIT = re.compile(r"\D+")


def fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def build_search_text(names, office_names, emails, phone_numbers):  # type: ignore[no-untyped-def]
    parts = [fold(part) for part in (*names, *office_names, *emails) if part]
    for number in phone_numbers:
        digits = _NON_DIGIT.sub("", number)
        if digits:
            parts.append(digits)
    return " | ".join(parts)


def _backfill_search_text() -> None:
    """Existing contacts must be findable straight after the upgrade."""
    bind = op.get_bind()
    office_names: dict[int, list[str]] = {}
    for office_id, name in bind.execute(sa.text("SELECT office_id, name FROM office_names")):
        office_names.setdefault(office_id, []).append(name)
    emails: dict[int, list[str]] = {}
    for contact_id, address in bind.execute(sa.text("SELECT contact_id, address FROM emails")):
        emails.setdefault(contact_id, []).append(address)
    phones: dict[int, list[str]] = {}
    extensions: dict[int, list[str]] = {}
    rows = bind.execute(sa.text("SELECT contact_id, e164, raw, extension FROM phones"))
    for contact_id, e164, raw, extension in rows:
        phones.setdefault(contact_id, []).append(e164 or raw)
        if extension:
            extensions.setdefault(contact_id, []).append(extension)
    contacts = bind.execute(
        sa.text("SELECT id, honorific, given, family, office_id FROM contacts")
    ).all()
    for contact_id, honorific, given, family, office_id in contacts:
        bind.execute(
            sa.text("UPDATE contacts SET search_text = :doc, sort_key = :key WHERE id = :id"),
            {
                "doc": build_search_text(
                    (given, family, honorific),
                    office_names.get(office_id, []) if office_id else [],
                    emails.get(contact_id, []),
                    phones.get(contact_id, []) + extensions.get(contact_id, []),
                ),
                "key": fold(f"{family} {given}")[:410],
                "id": contact_id,
            },
        )


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("sort_key", sa.String(410), nullable=False, server_default=""))
    op.create_index("ix_contacts_sort_key", "contacts", ["sort_key"])
    op.create_table(
        "release_citations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "release_id",
            sa.Integer(),
            sa.ForeignKey(
                "releases.id", ondelete="CASCADE", name="fk_release_citations_release_id_releases"
            ),
            nullable=False,
        ),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", name="fk_release_citations_contact_id_contacts"),
            nullable=False,
        ),
        sa.Column("channel", sa.String(8), nullable=False),
        sa.Column("value", sa.String(320), nullable=False),
        sa.Column("printed", sa.String(400), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_release_citations"),
    )
    op.create_index("ix_release_citations_release_id", "release_citations", ["release_id"])
    op.create_index("ix_release_citations_contact_id", "release_citations", ["contact_id"])
    _backfill_search_text()

    dialect = op.get_bind().dialect.name
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
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_contacts_search_text_trgm ON contacts "
            "USING gin (search_text gin_trgm_ops)"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
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
    op.drop_table("release_citations")
    op.drop_index("ix_contacts_sort_key", "contacts")
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("sort_key")
        batch.drop_column("search_text")
