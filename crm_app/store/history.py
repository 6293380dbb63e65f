"""Reading and writing `record_history`: plain rows in and out, many at a time.

Each version's time is the database server's clock on PostgreSQL (every member of a team
writes to one server; their own clocks may disagree), the caller's on SQLite.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, DateTime, Table, func, insert, select
from sqlalchemy.orm import Session

from crm_app.store.models import RecordHistoryRow

# Bound parameters per statement stay well under SQLite's limit (32,766).
_CHUNK = 400

_HISTORY = cast(Table, RecordHistoryRow.__table__)


@dataclass(frozen=True, slots=True)
class StoredVersion:
    version: int
    action: str
    changed_at: datetime  # naive UTC, as the store keeps time
    changed_by: str
    changed_fields: list[str]
    snapshot: dict[str, Any]
    reverted_to: int | None


@dataclass(frozen=True, slots=True)
class NewVersion:
    """A version to write; `changed_at` None: now (the server's time on PostgreSQL)."""

    record_kind: str
    record_id: int
    version: int
    action: str
    changed_by: str
    changed_fields: Sequence[str]
    snapshot: Mapping[str, Any]
    reverted_to: int | None = None
    changed_at: datetime | None = None


def _server_now(session: Session) -> ColumnElement[datetime] | None:
    if session.get_bind().dialect.name == "postgresql":
        # UTC without a zone, as every other time in the store.
        return func.timezone("UTC", func.now(), type_=DateTime())
    return None


def dumps(value: Mapping[str, Any] | Sequence[str]) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def write_versions(session: Session, versions: Sequence[NewVersion], now: datetime) -> None:
    """Multi-row INSERTs: one statement per chunk of versions stamped now, and one per chunk
    of those with a time of their own (baselines)."""
    stamped = [v for v in versions if v.changed_at is None]
    dated = [v for v in versions if v.changed_at is not None]
    server = _server_now(session)
    for group, statement in (
        (
            stamped,
            insert(_HISTORY) if server is None else insert(_HISTORY).values(changed_at=server),
        ),
        (dated, insert(_HISTORY)),
    ):
        for start in range(0, len(group), _CHUNK):
            rows = [
                {
                    "record_kind": v.record_kind,
                    "record_id": v.record_id,
                    "version": v.version,
                    "action": v.action,
                    "changed_by": v.changed_by,
                    "changed_fields": dumps(list(v.changed_fields)),
                    "snapshot": dumps(v.snapshot),
                    "reverted_to": v.reverted_to,
                }
                | (
                    {}
                    if server is not None and v.changed_at is None
                    else {"changed_at": v.changed_at or now}
                )
                for v in group[start : start + _CHUNK]
            ]
            session.execute(statement, rows)


def versions(
    session: Session,
    kind: str,
    record_id: int,
    *,
    since: int | None = None,
    only: int | None = None,
) -> list[StoredVersion]:
    """A record's versions, oldest first; with `since`, only those after that version; with
    `only`, that version alone."""
    statement = select(
        RecordHistoryRow.version,
        RecordHistoryRow.action,
        RecordHistoryRow.changed_at,
        RecordHistoryRow.changed_by,
        RecordHistoryRow.changed_fields,
        RecordHistoryRow.snapshot,
        RecordHistoryRow.reverted_to,
    ).where(RecordHistoryRow.record_kind == kind, RecordHistoryRow.record_id == record_id)
    if since is not None:
        statement = statement.where(RecordHistoryRow.version > since)
    if only is not None:
        statement = statement.where(RecordHistoryRow.version == only)
    return [
        StoredVersion(
            row.version,
            row.action,
            row.changed_at,
            row.changed_by,
            json.loads(row.changed_fields),
            json.loads(row.snapshot),
            row.reverted_to,
        )
        for row in session.execute(statement.order_by(RecordHistoryRow.version))
    ]


def version(session: Session, kind: str, record_id: int, number: int) -> StoredVersion | None:
    found = versions(session, kind, record_id, only=number)
    return found[0] if found else None


def latest_version(session: Session, kind: str, record_id: int) -> int | None:
    statement = select(func.max(RecordHistoryRow.version)).where(
        RecordHistoryRow.record_kind == kind, RecordHistoryRow.record_id == record_id
    )
    return session.execute(statement).scalar()


def with_history(session: Session, kind: str, record_ids: Iterable[int]) -> set[int]:
    """Which of these records have at least one version recorded."""
    found: set[int] = set()
    ids = sorted(set(record_ids))
    for start in range(0, len(ids), _CHUNK):
        statement = (
            select(RecordHistoryRow.record_id)
            .where(
                RecordHistoryRow.record_kind == kind,
                RecordHistoryRow.record_id.in_(ids[start : start + _CHUNK]),
            )
            .distinct()
        )
        found.update(session.execute(statement).scalars())
    return found
