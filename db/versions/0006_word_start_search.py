"""Short search terms match word starts through an index; the list walks a covering index.

A term of one or two characters matched anywhere in a document, by reading every document
(LIKE), which took a quarter of a second at 100,000 contacts for a rare one (a Chinese
family name). It now matches the start of a word ("k" finds Kieran, not every address with
a k), found through a second FTS5 index of words with prefix indexes of one and two
characters (SQLite). For an exact and cheap test on the row as well, each document ends
with the words that follow a sign other than a space ("iom int" for an address at iom.int):
then every word start follows a space. Offices' documents get them too. The trigram index
and what longer terms find do not change (those words are already in the document).
SQLite also gets two indexes of what the list filters and sorts on: one in name order with
the search text (walking it reads no table row; it replaces the index on sort_key alone),
and one by id (sorting a few thousand candidates reads it, not the table).

The documents are rewritten set-based, with the search indexes set aside and built again
once at the end (as 0004 does). Downgrading takes those words off again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen as written, so this migration never changes when the program's search code does.
_WORD_CHARS = "0-9A-Za-z\x80-\U0010ffff"
_WORD_AFTER_SIGN = re.compile(f"(?<=[^{_WORD_CHARS} ])[{_WORD_CHARS}]+")
_BATCH = 5_000
# The list in name order, with what it filters on and the search text: walked, it reads
# no table row. And by id, what sorting a few thousand candidates needs: compact, so its
# pages stay in the cache where the table's would not.
_LIST_COLUMNS = ["sort_key", "id", "deleted_at", "active", "office_id", "kind", "search_text"]
_LIST_BY_ID_COLUMNS = ["id", "sort_key", "deleted_at", "active", "office_id", "kind"]


def _with_word_starts(document: str) -> str:
    words = dict.fromkeys(_WORD_AFTER_SIGN.findall(document))
    return f"{document} | {' '.join(words)}" if words else document


def _without_word_starts(document: str) -> str:
    head, sign, _ = document.rpartition(" | ")
    return head if sign and _with_word_starts(head) == document else document


def _rewrite(bind: sa.Connection, change: Callable[[str], str]) -> dict[int, str]:
    """The documents `change` alters, by contact id."""
    documents: dict[int, str] = {}
    for contact_id, old in bind.execute(sa.text("SELECT id, search_text FROM contacts")):
        new = change(old or "")
        if new != (old or ""):
            documents[contact_id] = new
    return documents


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


def _triggers(table: str, prefix: str) -> list[str]:
    """Keep an external-content FTS5 table in step with contacts.search_text (as 0002)."""
    return [
        f"CREATE TRIGGER {prefix}_insert AFTER INSERT ON contacts BEGIN "
        f"INSERT INTO {table}(rowid, search_text) VALUES (new.id, new.search_text); END",
        f"CREATE TRIGGER {prefix}_delete AFTER DELETE ON contacts BEGIN "
        f"INSERT INTO {table}({table}, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END",
        f"CREATE TRIGGER {prefix}_update AFTER UPDATE OF search_text ON contacts BEGIN "
        f"INSERT INTO {table}({table}, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {table}(rowid, search_text) VALUES (new.id, new.search_text); END",
    ]


def _drop_triggers(prefix: str) -> None:
    for event in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {prefix}_{event}")


def _rewrite_sqlite(bind: sa.Connection, documents: dict[int, str]) -> None:
    """The trigram index follows the documents: its triggers are set aside for the
    rewrite and the index is built again from the column in one pass."""
    if not documents:
        return
    _drop_triggers("contacts_search")
    _write_documents(bind, documents)
    op.execute("INSERT INTO contact_search(contact_search) VALUES ('rebuild')")
    for statement in _triggers("contact_search", "contacts_search"):
        op.execute(statement)


def _rewrite_offices(bind: sa.Connection, change: Callable[[str], str]) -> None:
    """Offices' documents get the same words (a few hundred rows), so that the same test
    finds a term in them."""
    for office_id, old in bind.execute(sa.text("SELECT id, search_text FROM offices")).all():
        new = change(old or "")
        if new != (old or ""):
            bind.execute(
                sa.text("UPDATE offices SET search_text = :doc WHERE id = :id"),
                {"doc": new, "id": office_id},
            )


def upgrade() -> None:
    bind = op.get_bind()
    _rewrite_offices(bind, _with_word_starts)
    documents = _rewrite(bind, _with_word_starts)
    if bind.dialect.name == "sqlite":
        _rewrite_sqlite(bind, documents)
        op.execute(
            "CREATE VIRTUAL TABLE contact_words USING fts5(search_text, content='contacts',"
            " content_rowid='id', tokenize='ascii', prefix='1 2', detail=none, columnsize=0)"
        )
        op.execute("INSERT INTO contact_words(contact_words) VALUES ('rebuild')")
        for statement in _triggers("contact_words", "contacts_words"):
            op.execute(statement)
        op.drop_index("ix_contacts_sort_key", "contacts")
        op.create_index("ix_contacts_list", "contacts", _LIST_COLUMNS)
        op.create_index("ix_contacts_list_by_id", "contacts", _LIST_BY_ID_COLUMNS)
        op.execute("ANALYZE contacts")  # the planner chooses among the new indexes by these
    elif documents:
        op.execute("DROP INDEX IF EXISTS ix_contacts_search_text_trgm")
        _write_documents(bind, documents)
        op.execute(
            "CREATE INDEX ix_contacts_search_text_trgm ON contacts "
            "USING gin (search_text gin_trgm_ops)"
        )


def downgrade() -> None:
    bind = op.get_bind()
    _rewrite_offices(bind, _without_word_starts)
    documents = _rewrite(bind, _without_word_starts)
    if bind.dialect.name == "sqlite":
        op.drop_index("ix_contacts_list_by_id", "contacts")
        op.drop_index("ix_contacts_list", "contacts")
        op.create_index("ix_contacts_sort_key", "contacts", ["sort_key"])
        _drop_triggers("contacts_words")
        op.execute("DROP TABLE IF EXISTS contact_words")
        _rewrite_sqlite(bind, documents)
    elif documents:
        op.execute("DROP INDEX IF EXISTS ix_contacts_search_text_trgm")
        _write_documents(bind, documents)
        op.execute(
            "CREATE INDEX ix_contacts_search_text_trgm ON contacts "
            "USING gin (search_text gin_trgm_ops)"
        )
