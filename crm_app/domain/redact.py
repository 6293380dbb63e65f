"""Keeping passwords, and the personal data exception messages may quote, out of the log."""

from __future__ import annotations

import logging
import re
import traceback
from typing import Any

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
        head = match.groupdict().get("head") or ""
        # "mailto:a@b" is an address; but after "scheme://", "im:" is a user name like any.
        if not head and match["user"].lower() in _ADDRESS_SCHEMES:
            return match[0]
        return f"{head}{match['user']}:{MASK}@"

    text = _CREDENTIALS.sub(mask, _URL_CREDENTIALS.sub(mask, text))
    return _KEYWORD.sub(lambda m: m["key"] + MASK, text)


def type_name(exc_type: type[BaseException]) -> str:
    module = exc_type.__module__
    name = exc_type.__qualname__
    return name if module in ("builtins", "__main__") else f"{module}.{name}"


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def redacted_traceback(error: BaseException) -> str:
    """The traceback as Python prints it, with each exception's type but not its message."""
    chain = [error]
    links: list[str] = []  # links[i] ties chain[i] to the earlier chain[i + 1]
    while True:
        latest = chain[-1]
        if latest.__cause__ is not None:
            earlier, link = latest.__cause__, _CAUSE
        elif latest.__context__ is not None and not latest.__suppress_context__:
            earlier, link = latest.__context__, _CONTEXT
        else:
            break
        if any(earlier is known for known in chain):
            break
        chain.append(earlier)
        links.append(link)
    parts: list[str] = []
    for index in range(len(chain) - 1, -1, -1):
        frames = traceback.extract_tb(chain[index].__traceback__)
        if frames:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(frames.format())
        parts.append(f"{type_name(type(chain[index]))} (message kept out of the log)\n")
        if index:
            parts.append(links[index - 1])
    return "".join(parts)


class RedactingFormatter(logging.Formatter):
    """Masks passwords, and keeps exception messages (which may quote a name or an e-mail)
    out of tracebacks: the type and the frames are what a bug report needs."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 (logging's name)
        _type, error, _tb = ei
        if error is None:
            return super().formatException(ei)
        return redacted_traceback(error).rstrip("\n")

    def format(self, record: logging.LogRecord) -> str:
        return redact_url(super().format(record))
