"""Offices, contacts with phones and e-mails, releases and their contacts.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "offices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("city", sa.String(200), nullable=False),
        sa.Column("switchboard_raw", sa.String(100)),
        sa.Column("switchboard_e164", sa.String(20)),
        sa.Column("switchboard_extension", sa.String(20)),
        sa.Column("switchboard_valid", sa.Boolean(), nullable=False),
        sa.Column(
            "parent_id",
            sa.Integer(),
            sa.ForeignKey("offices.id", name="fk_offices_parent_id_offices"),
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime()),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_offices"),
    )
    op.create_table(
        "office_names",
        sa.Column(
            "office_id",
            sa.Integer(),
            sa.ForeignKey(
                "offices.id", ondelete="CASCADE", name="fk_office_names_office_id_offices"
            ),
            nullable=False,
        ),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_key", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("office_id", "language", name="pk_office_names"),
    )
    op.create_index("ix_office_names_name_key", "office_names", ["name_key"])
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(255), nullable=False),
        sa.Column("honorific", sa.String(50), nullable=False),
        sa.Column("given", sa.String(200), nullable=False),
        sa.Column("family", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column(
            "office_id",
            sa.Integer(),
            sa.ForeignKey("offices.id", name="fk_contacts_office_id_offices"),
        ),
        sa.Column("languages", sa.String(100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("last_verified", sa.Date()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime()),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_contacts"),
        sa.UniqueConstraint("uid", name="uq_contacts_uid"),
    )
    op.create_index("ix_contacts_office_id", "contacts", ["office_id"])
    op.create_index("ix_contacts_deleted_at", "contacts", ["deleted_at"])
    op.create_table(
        "contact_titles",
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey(
                "contacts.id", ondelete="CASCADE", name="fk_contact_titles_contact_id_contacts"
            ),
            nullable=False,
        ),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("contact_id", "language", name="pk_contact_titles"),
    )
    op.create_table(
        "phones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE", name="fk_phones_contact_id_contacts"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("raw", sa.String(100), nullable=False),
        sa.Column("e164", sa.String(20)),
        sa.Column("extension", sa.String(20)),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.Column("line_type", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_phones"),
    )
    op.create_index("ix_phones_contact_id", "phones", ["contact_id"])
    op.create_index("ix_phones_e164_extension", "phones", ["e164", "extension"])
    op.create_table(
        "emails",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE", name="fk_emails_contact_id_contacts"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("address", sa.String(320), nullable=False),
        sa.Column("address_key", sa.String(320), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_emails"),
    )
    op.create_index("ix_emails_contact_id", "emails", ["contact_id"])
    op.create_index("ix_emails_address_key", "emails", ["address_key"])
    op.create_table(
        "releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("release_date", sa.Date(), nullable=False),
        sa.Column("dateline", sa.String(200), nullable=False),
        sa.Column(
            "office_id",
            sa.Integer(),
            sa.ForeignKey("offices.id", name="fk_releases_office_id_offices"),
        ),
        sa.Column("url", sa.String(2000), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("published_at", sa.DateTime()),
        sa.Column("published_layout", sa.String(16)),
        sa.Column("published_text", sa.Text()),
        sa.Column("published_html", sa.Text()),
        sa.Column("published_markdown", sa.Text()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime()),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_releases"),
    )
    op.create_table(
        "release_contacts",
        sa.Column(
            "release_id",
            sa.Integer(),
            sa.ForeignKey(
                "releases.id", ondelete="CASCADE", name="fk_release_contacts_release_id_releases"
            ),
            nullable=False,
        ),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", name="fk_release_contacts_contact_id_contacts"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("release_id", "contact_id", name="pk_release_contacts"),
    )


def downgrade() -> None:
    for table in (
        "release_contacts",
        "releases",
        "emails",
        "phones",
        "contact_titles",
        "contacts",
        "office_names",
        "offices",
    ):
        op.drop_table(table)
