"""Keeping passwords out of what the program prints and logs."""

from __future__ import annotations

import logging
import re

# user:password@ after a scheme, then wherever else it stands, as in a mistyped URL
# ("postgresql//u:pw@h/db"). A password runs to the last "@" of the word, as an unescaped
# "@" in it would.
_URL_CREDENTIALS = re.compile(
    r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*:/+)(?P<user>[^\s:/@]*):(?P<password>\S+)@"
)
_CREDENTIALS = re.compile(r"(?P<user>[^\s:/@'\"<>]*):(?!//)(?P<password>\S+)@")
# A libpq key=value string ("host=h password=pw") is a way to write the same thing.
_KEYWORD = re.compile(r"(?P<key>\b(?:password|passwd|pwd)\s*=\s*)(?P<password>'[^']*'|\S+)", re.I)
# Schemes whose "name:rest@host" is an address, not a login.
_ADDRESS_SCHEMES = frozenset({"mailto", "sip", "sips", "xmpp", "im"})
MASK = "***"


def redact_url(text: str) -> str:
    """`text` with every password in it (user:password@, password=...) replaced by ***."""

    def mask(match: re.Match[str]) -> str:
        if match["user"].lower() in _ADDRESS_SCHEMES:
            return match[0]
        return f"{match.groupdict().get('head') or ''}{match['user']}:{MASK}@"

    text = _CREDENTIALS.sub(mask, _URL_CREDENTIALS.sub(mask, text))
    return _KEYWORD.sub(lambda m: m["key"] + MASK, text)


class RedactingFormatter(logging.Formatter):
    """A log formatter that masks passwords in the message and in the traceback."""

    def format(self, record: logging.LogRecord) -> str:
        return redact_url(super().format(record))
