"""Record ids as people type them."""

from __future__ import annotations

# PostgreSQL's INTEGER, which the ids are on every database so that they stay portable.
MAX_RECORD_ID = 2_147_483_647


def parse_record_id(text: str) -> int | None:
    """The id written in `text` ("42"), or None if it is not one a record can have."""
    cleaned = text.strip()
    # ASCII digits only: int() would also take "٤٢" or "4_2"; and no 10,000-digit strings.
    if not cleaned.isascii() or not cleaned.isdigit() or len(cleaned) > len(str(MAX_RECORD_ID)):
        return None
    value = int(cleaned)
    return value if 1 <= value <= MAX_RECORD_ID else None
