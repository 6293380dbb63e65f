"""Indexes an import matches a chunk of records on.

- Matching a record by a close name at its office reads the contacts of that office whose
  list key ("family given", folded) starts with the family name and the given name's first
  letters: a range of an index on (office_id, sort_key), a few rows, where the office's
  index alone read all its contacts. PostgreSQL orders that key by code point (COLLATE
  "C") in this index, so that a range holds every key with a given start.
- Matching by number reads who holds it from the index alone: (e164, extension) becomes
  (e164, extension, contact_id). A switchboard hundreds of people share no longer costs a
  row read per person.

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Ranges of keys by code point, whatever the database's collation.
        op.execute(
            "CREATE INDEX ix_contacts_office_id_sort_key"
            ' ON contacts (office_id, sort_key COLLATE "C")'
        )
    else:
        op.create_index("ix_contacts_office_id_sort_key", "contacts", ["office_id", "sort_key"])
    op.create_index(
        "ix_phones_e164_extension_contact_id", "phones", ["e164", "extension", "contact_id"]
    )
    op.drop_index("ix_phones_e164_extension", "phones")


def downgrade() -> None:
    op.create_index("ix_phones_e164_extension", "phones", ["e164", "extension"])
    op.drop_index("ix_phones_e164_extension_contact_id", "phones")
    op.drop_index("ix_contacts_office_id_sort_key", "contacts")
