"""Names in scripts written without spaces are found as typed: "张伟" finds 张 (family) 伟.

The search document held "伟 | 张", so the whole name typed family first, with no space,
matched nobody. The documents of contacts whose names use such a script get the whole name
in both orders; no other document changes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen as written, so this migration never changes when the program's search code does.
_SPACES = re.compile(r"\s+")
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def _forms(given: str, family: str) -> str:
    if not (given and family) or not _UNSPACED.search(given + family):
        return ""
    return " | ".join((_fold(family + given), _fold(given + family)))


_contacts = sa.table(
    "contacts",
    sa.column("id", sa.Integer),
    sa.column("given", sa.String),
    sa.column("family", sa.String),
    sa.column("search_text", sa.Text),
)


def _rewrite(adding: bool) -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_contacts.c.id, _contacts.c.given, _contacts.c.family, _contacts.c.search_text)
    )
    changes = []
    for contact_id, given, family, stored in rows:
        forms = _forms(given or "", family or "")
        if not forms:
            continue
        text = stored or ""
        if adding:
            changes.append({"key": contact_id, "text": f"{text} | {forms}" if text else forms})
        elif text.endswith(forms):
            changes.append({"key": contact_id, "text": text[: -len(forms)].rstrip(" |")})
    if changes:
        connection.execute(
            _contacts.update()
            .where(_contacts.c.id == sa.bindparam("key"))
            .values(search_text=sa.bindparam("text")),
            changes,
        )


def upgrade() -> None:
    _rewrite(adding=True)


def downgrade() -> None:
    _rewrite(adding=False)
