"""Every version of every contact, office and release: who, when, what changed, and the whole
record as it then was.

One table for every kind of record (`record_kind` names it), keyed by (kind, id, version):
reading one record's history is a range of that key, and the list and the search never
touch it.

Records already stored get no history row here: an upgrade of 100,000 contacts would
write 100,000 snapshots before the window could open. Instead, the first change to such a
record after the upgrade first records the record as it stood (a "baseline" version, its
author unknown, dated by its last change), then the change itself; until then its history
shows that baseline, read from the record.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_history",
        sa.Column("record_kind", sa.String(32), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("version", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(200), nullable=False),
        sa.Column("changed_fields", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("reverted_to", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint(
            "record_kind", "record_id", "version", name=op.f("pk_record_history")
        ),
    )


def downgrade() -> None:
    op.drop_table("record_history")
