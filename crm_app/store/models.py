"""Typed ORM models. They never leave the store and services layers."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class OfficeRow(Base):
    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    country: Mapped[str] = mapped_column(String(2))
    city: Mapped[str] = mapped_column(String(200), default="")
    switchboard_raw: Mapped[str | None] = mapped_column(String(100))
    switchboard_e164: Mapped[str | None] = mapped_column(String(20))
    switchboard_extension: Mapped[str | None] = mapped_column(String(20))
    switchboard_valid: Mapped[bool] = mapped_column(Boolean, default=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Its names in every language, folded: a search term found here matches its contacts.
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    names: Mapped[list[OfficeNameRow]] = relationship(
        back_populates="office", cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class OfficeNameRow(Base):
    __tablename__ = "office_names"

    office_id: Mapped[int] = mapped_column(
        ForeignKey("offices.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Case-folded name, so "iom beijing" finds "IOM Beijing" through an index.
    name_key: Mapped[str] = mapped_column(String(200), index=True)

    office: Mapped[OfficeRow] = relationship(back_populates="names")


class ContactRow(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    honorific: Mapped[str] = mapped_column(String(50), default="")
    given: Mapped[str] = mapped_column(String(200), default="")
    family: Mapped[str] = mapped_column(String(200), default="")
    # Shown (and written to vCard FN) family name first: "Li Wei".
    family_first: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    kind: Mapped[str] = mapped_column(String(32))
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"), index=True)
    languages: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_verified: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Accent- and case-folded names, e-mails and phone digits: what search reads (office names
    # are in the office's own search_text).
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Lower-cased "family given" so the list sorts by name through an index (on SQLite,
    # ix_contacts_list: with what the list filters on and the search text, see 0006).
    sort_key: Mapped[str] = mapped_column(String(410), default="", index=True)

    titles: Mapped[list[ContactTitleRow]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", lazy="selectin"
    )
    phones: Mapped[list[PhoneRow]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="PhoneRow.position",
        lazy="selectin",
    )
    emails: Mapped[list[EmailRow]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="EmailRow.position",
        lazy="selectin",
    )
    office: Mapped[OfficeRow | None] = relationship(lazy="selectin")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    # An import's name match reads one office's people of one family name (a key range).
    __table_args__ = (Index("ix_contacts_office_id_sort_key", "office_id", "sort_key"),)


class ContactTitleRow(Base):
    __tablename__ = "contact_titles"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))

    contact: Mapped[ContactRow] = relationship(back_populates="titles")


class PhoneRow(Base):
    __tablename__ = "phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    raw: Mapped[str] = mapped_column(String(100))
    e164: Mapped[str | None] = mapped_column(String(20))
    extension: Mapped[str | None] = mapped_column(String(20))
    valid: Mapped[bool] = mapped_column(Boolean)
    line_type: Mapped[str] = mapped_column(String(32))

    contact: Mapped[ContactRow] = relationship(back_populates="phones")

    __table_args__ = (
        Index("ix_phones_contact_id", "contact_id"),
        # Who holds a number, read from the index alone (a shared switchboard has hundreds).
        Index("ix_phones_e164_extension_contact_id", "e164", "extension", "contact_id"),
    )


class EmailRow(Base):
    __tablename__ = "emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(320))
    # Lower-cased address: two spellings of one mailbox are the same contact.
    address_key: Mapped[str] = mapped_column(String(320))

    contact: Mapped[ContactRow] = relationship(back_populates="emails")

    __table_args__ = (
        Index("ix_emails_contact_id", "contact_id"),
        Index("ix_emails_address_key", "address_key"),
    )


class ReleaseRow(Base):
    __tablename__ = "releases"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    language: Mapped[str] = mapped_column(String(8))
    release_date: Mapped[date] = mapped_column(Date)
    dateline: Mapped[str] = mapped_column(String(200), default="")
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id"))
    url: Mapped[str] = mapped_column(String(2000), default="")
    status: Mapped[str] = mapped_column(String(16))
    published_at: Mapped[datetime | None] = mapped_column(DateTime)
    published_layout: Mapped[str | None] = mapped_column(String(16))
    published_text: Mapped[str | None] = mapped_column(Text)
    published_html: Mapped[str | None] = mapped_column(Text)
    published_markdown: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    office: Mapped[OfficeRow | None] = relationship(lazy="selectin")
    contact_links: Mapped[list[ReleaseContactRow]] = relationship(
        back_populates="release",
        cascade="all, delete-orphan",
        order_by="ReleaseContactRow.position",
        lazy="selectin",
    )
    citations: Mapped[list[ReleaseCitationRow]] = relationship(
        back_populates="release", cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ReleaseContactRow(Base):
    __tablename__ = "release_contacts"

    release_id: Mapped[int] = mapped_column(
        ForeignKey("releases.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)

    release: Mapped[ReleaseRow] = relationship(back_populates="contact_links")
    contact: Mapped[ContactRow] = relationship(lazy="selectin")

    # The releases that cite a contact, without reading every release's list.
    __table_args__ = (Index("ix_release_contacts_contact_id", "contact_id"),)


class ReleaseCitationRow(Base):
    """A phone or e-mail exactly as a published block printed it."""

    __tablename__ = "release_citations"

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    channel: Mapped[str] = mapped_column(String(8))  # "phone" or "email"
    value: Mapped[str] = mapped_column(String(320))  # E.164 + "x" + ext, or lower-cased address
    printed: Mapped[str] = mapped_column(String(400))

    release: Mapped[ReleaseRow] = relationship(back_populates="citations")

    __table_args__ = (Index("ix_release_citations_release_id", "release_id"),)


class RecordHistoryRow(Base):
    """One version of a record of any kind ("contact", "office", "release", ...): who made it,
    when, which fields changed, and the whole record as it then was (JSON text).

    Kept apart from the records' own tables: the list and the search never read it.
    """

    __tablename__ = "record_history"

    record_kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    action: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    changed_fields: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of names
    snapshot: Mapped[str] = mapped_column(Text)  # JSON object
    reverted_to: Mapped[int | None] = mapped_column(Integer)
