"""An import finds the people of the same family name at an office through one index.

Matching a record by a close name at its office reads the contacts of that office whose
list key ("family given", folded) starts with the family name: a range of an index on
(office_id, sort_key), a few rows, where the office's index alone read all its contacts.

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contacts_office_id_sort_key", "contacts", ["office_id", "sort_key"])


def downgrade() -> None:
    op.drop_index("ix_contacts_office_id_sort_key", "contacts")
