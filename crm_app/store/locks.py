"""Locks that make a read-then-write use case hold when several programs write at once."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from crm_app.store.database import SQLITE_BUSY_TIMEOUT_MS

# How long a writer waits for another's lock before saying "busy": SQLite's busy timeout.
LOCK_WAIT_MS = SQLITE_BUSY_TIMEOUT_MS
# pg_advisory_xact_lock key for "the set of live contacts' e-mails, phones and names":
# any fixed 64-bit number no other lock of this program uses ("CRM-IDS" in ASCII).
CONTACT_IDENTITIES_KEY = 0x43524D2D494453


def lock_contact_identities(session: Session) -> None:
    """Wait until no other transaction is checking for duplicate contacts, then hold
    that right until this transaction commits or rolls back.

    Call it first in a write transaction, before it reads what it will check: a duplicate
    check then sees every contact another writer committed, and no other writer adds one
    between the check and the insert. Readers are never blocked.

    - PostgreSQL: a transaction-scoped advisory lock; rows are not locked. Its wait, and
      any lock wait after it in this transaction, ends after LOCK_WAIT_MS ("lock timeout").
    - SQLite: a write that changes nothing takes the database's write lock now, waiting
      out the busy timeout like any write. Taken after a read, WAL mode would refuse it at
      once (SQLITE_BUSY_SNAPSHOT) whenever another writer committed since that read. The
      services' write sessions hold it already (BEGIN IMMEDIATE); any other session
      gets it here.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        # Bounded as on SQLite: a save behind a long import is told "busy", never hangs.
        session.execute(text(f"SET LOCAL lock_timeout = {int(LOCK_WAIT_MS)}"))
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CONTACT_IDENTITIES_KEY})
    elif dialect == "sqlite":
        session.execute(text("UPDATE contacts SET id = id WHERE 0"))
