"""Contacts remember a name written family first ("Li Wei").

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every existing contact was shown given name first, so that is what they keep.
    op.add_column(
        "contacts",
        sa.Column("family_first", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("contacts", "family_first")  # SQLite 3.35 and newer drop columns in place
