"""Records in the interface language: office names, job titles, countries, phone numbers.

Office names and job titles are stored per language and each field falls back to English
on its own (``Office.name``, ``Contact.title``); country names come from pycountry. The
language is the one the interface actually runs in, also when it follows the system
locale. Phone extensions are written as the block template of that language writes them
("+86 10 5979 9695, poste 203"), so the window and a printed block agree.
"""

from __future__ import annotations

from dataclasses import replace

from crm_app.domain.blocks import BlockTemplate, TemplateLibrary
from crm_app.domain.errors import ValidationError
from crm_app.domain.phones import PhoneCheck, format_phone
from crm_app.domain.records import DEFAULT_LANGUAGE, Phone
from crm_app.ui.i18n import current_language


def data_language() -> str:
    """The language data is shown in: the installed interface language, also when the
    interface follows the system locale rather than a chosen language."""
    return current_language()


class PhoneFormat:
    """Phone numbers for display, with the interface language's extension word."""

    def __init__(self, templates: TemplateLibrary) -> None:
        self._templates = templates
        # The list formats a number for every painted cell: read the template file once per
        # interface language, not on every paint.
        self._by_language: dict[str, BlockTemplate | None] = {}

    def _template(self) -> BlockTemplate | None:
        language = data_language()
        if language not in self._by_language:
            self._by_language[language] = self._read_template(language)
        return self._by_language[language]

    def _read_template(self, language: str) -> BlockTemplate | None:
        for code in (language, DEFAULT_LANGUAGE):
            try:
                return self._templates.get(code)
            except ValidationError:  # no template for it, or a broken user copy
                continue
        return None

    def number(self, e164: str, extension: str | None) -> str:
        """The number as the interface writes it: "…, poste 203" in French, "… ext. 203"."""
        template = self._template()
        if template is None:
            return format_phone(e164, extension)
        return template.with_extension(format_phone(e164, None), extension)

    def phone(self, phone: Phone) -> str:
        """A stored number as the interface writes it; one that failed the checks as typed."""
        if phone.e164 and phone.valid:
            return self.number(phone.e164, phone.extension)
        return phone.raw

    def check(self, check: PhoneCheck) -> PhoneCheck:
        """The same check, its readable number and suggestion written for the interface."""
        international = check.international
        if international is not None and check.e164:
            international = self.number(check.e164, check.extension)
        suggestion = check.suggestion
        if suggestion is not None and check.suggestion_e164:
            suggestion = self.number(check.suggestion_e164, check.extension)
        return replace(check, international=international, suggestion=suggestion)
