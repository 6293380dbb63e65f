"""Sentences for people that an interface can show in its own language.

A Message is the English sentence (it *is* a str, so logs, the command line and tests read
it as before) that also keeps its template and values. The window looks the template up in
its translations and fills in the same values; values named ``country`` or ``*_country``
hold ISO codes and are shown as the country's name in the interface language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Message(str):
    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, params: Mapping[str, object]) -> Message:
        text = template.format(**english_values(params))
        message = super().__new__(cls, text)
        message.template = template
        message.params = dict(params)
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.template, dict(self.params)))


def is_country_key(key: str) -> bool:
    return key == "country" or key.endswith("_country")


def english_values(params: Mapping[str, object]) -> dict[str, object]:
    # Imported here: countries itself reports its errors with Messages.
    from crm_app.domain.countries import country_name

    return {
        key: country_name(str(value), "en") if is_country_key(key) and value else value
        for key, value in params.items()
    }


def msg(template: str, /, **params: object) -> Message:
    """A sentence for people; write the literal template here so translators can find it."""
    return Message(template, params)
