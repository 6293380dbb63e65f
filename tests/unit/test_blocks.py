"""Contact blocks: wording per language, layouts, formats, escaping, templates, warnings."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from crm_app.domain.blocks import (
    NBSP,
    BlockTemplate,
    BlockWarning,
    RenderedBlock,
    TemplateLibrary,
    WarningCode,
    block_warnings,
    render_block,
    shipped_templates_dir,
)
from crm_app.domain.errors import ValidationError
from crm_app.domain.records import (
    BlockFormat,
    BlockLayout,
    Contact,
    ContactKind,
    Email,
    EmailKind,
    LineType,
    OfficeRef,
    Phone,
    PhoneKind,
)

TODAY = date(2026, 11, 27)
LIBRARY = TemplateLibrary(shipped_templates_dir())

BEIJING = OfficeRef(
    id=1,
    names={"en": "IOM Beijing", "fr": "OIM Pékin", "es": "OIM Pekín"},
    country="CN",
    city="Beijing",
)
GENEVA = OfficeRef(
    id=2,
    names={"en": "IOM Geneva", "fr": "OIM Genève", "es": "OIM Ginebra"},
    country="CH",
    city="Geneva",
)
MADRID = OfficeRef(id=3, names={"en": "IOM Madrid", "es": "OIM Madrid"}, country="ES")


def work(e164: str, extension: str | None = None, raw: str = "") -> Phone:
    return Phone(PhoneKind.WORK, raw or e164, e164, extension, True, LineType.FIXED_LINE)


KIERAN = Contact(
    id=1,
    uid="uid-kieran",
    given="Kieran",
    family="Best",
    honorific="Mr",
    office=BEIJING,
    phones=(work("+861059799695", "203", raw="+86 10 5979 9695 ext. 203"),),
    emails=(Email(EmailKind.WORK, "kgormanbest@iom.int"),),
    last_verified=date(2026, 6, 1),
)
MARTA = Contact(
    id=2,
    uid="uid-marta",
    given="Marta",
    family="Okafor",
    titles={"en": "Spokesperson", "fr": "Porte-parole", "es": "Portavoz"},
    office=GENEVA,
    kind=ContactKind.SPOKESPERSON,
    phones=(
        Phone(PhoneKind.MOBILE, "079 123 45 67", "+41791234567", None, True, LineType.MOBILE),
        work("+41227179111"),
    ),
    emails=(Email(EmailKind.WORK, "mokafor@iom.int"),),
    last_verified=date(2026, 9, 1),
)
ANA = Contact(
    id=3,
    uid="uid-ana",
    given="Ana",
    family="García Ruiz",
    titles={"es": "Oficial de Comunicación"},
    office=MADRID,
    phones=(
        work("+34914457116"),
        Phone(PhoneKind.WORK, "91 445 71", None, None, False),  # kept, flagged, never printed
    ),
    emails=(Email(EmailKind.WORK, "agarcia@iom.int"),),
    last_verified=date(2026, 3, 2),
)

# ------------------------------------------------------------------ goldens: one contact

_KIERAN_TEL = '<a href="tel:+861059799695,203">+86 10 5979 9695 ext. 203</a>'
_KIERAN_TEL_FR = '<a href="tel:+861059799695,203">+86 10 5979 9695, poste 203</a>'
_KIERAN_MAIL = '<a href="mailto:kgormanbest@iom.int">kgormanbest@iom.int</a>'
_KIERAN_TEL_MD = r"[\+86 10 5979 9695 ext\. 203](tel:+861059799695,203)"
_KIERAN_TEL_MD_FR = r"[\+86 10 5979 9695, poste 203](tel:+861059799695,203)"
_KIERAN_MAIL_MD = r"[kgormanbest@iom\.int](mailto:kgormanbest@iom.int)"

GOLDENS: dict[tuple[str, BlockLayout, BlockFormat], str] = {
    ("en", BlockLayout.STACKED, BlockFormat.TEXT): (
        "For more information, please contact:\n"
        "Kieran Best\n"
        "IOM Beijing\n"
        "Tel: +86 10 5979 9695 ext. 203\n"
        "Email: kgormanbest@iom.int"
    ),
    ("en", BlockLayout.STACKED, BlockFormat.HTML): (
        "<p><strong>For more information, please contact:</strong><br>"
        "Kieran Best<br>"
        "IOM Beijing<br>"
        f"Tel: {_KIERAN_TEL}<br>"
        f"Email: {_KIERAN_MAIL}</p>"
    ),
    ("en", BlockLayout.STACKED, BlockFormat.MARKDOWN): (
        "**For more information, please contact:**\\\n"
        "Kieran Best\\\n"
        "IOM Beijing\\\n"
        f"Tel: {_KIERAN_TEL_MD}\\\n"
        f"Email: {_KIERAN_MAIL_MD}"
    ),
    ("en", BlockLayout.INLINE, BlockFormat.TEXT): (
        "For further information, please contact Kieran Best at IOM Beijing,"
        " Tel: +86 10 5979 9695 ext. 203, Email: kgormanbest@iom.int."
    ),
    ("en", BlockLayout.INLINE, BlockFormat.HTML): (
        "<p>For further information, please contact Kieran Best at IOM Beijing,"
        f" Tel: {_KIERAN_TEL}, Email: {_KIERAN_MAIL}.</p>"
    ),
    ("en", BlockLayout.INLINE, BlockFormat.MARKDOWN): (
        "For further information, please contact Kieran Best at IOM Beijing,"
        f" Tel: {_KIERAN_TEL_MD}, Email: {_KIERAN_MAIL_MD}\\."
    ),
    ("fr", BlockLayout.STACKED, BlockFormat.TEXT): (
        "Pour plus d'informations, veuillez contacter\u00a0:\n"
        "Kieran Best\n"
        "OIM Pékin\n"
        "Tél.\u00a0: +86 10 5979 9695, poste 203\n"
        "Courriel\u00a0: kgormanbest@iom.int"
    ),
    ("fr", BlockLayout.STACKED, BlockFormat.HTML): (
        "<p><strong>Pour plus d&#x27;informations, veuillez contacter\u00a0:</strong><br>"
        "Kieran Best<br>"
        "OIM Pékin<br>"
        f"Tél.\u00a0: {_KIERAN_TEL_FR}<br>"
        f"Courriel\u00a0: {_KIERAN_MAIL}</p>"
    ),
    ("fr", BlockLayout.STACKED, BlockFormat.MARKDOWN): (
        "**Pour plus d'informations, veuillez contacter\u00a0:**\\\n"
        "Kieran Best\\\n"
        "OIM Pékin\\\n"
        f"Tél\\.\u00a0: {_KIERAN_TEL_MD_FR}\\\n"
        f"Courriel\u00a0: {_KIERAN_MAIL_MD}"
    ),
    ("fr", BlockLayout.INLINE, BlockFormat.TEXT): (
        "Pour plus d'informations, veuillez contacter Kieran Best (OIM Pékin),"
        " Tél.\u00a0: +86 10 5979 9695, poste 203, Courriel\u00a0: kgormanbest@iom.int."
    ),
    ("fr", BlockLayout.INLINE, BlockFormat.HTML): (
        "<p>Pour plus d&#x27;informations, veuillez contacter Kieran Best (OIM Pékin),"
        f" Tél.\u00a0: {_KIERAN_TEL_FR}, Courriel\u00a0: {_KIERAN_MAIL}.</p>"
    ),
    ("fr", BlockLayout.INLINE, BlockFormat.MARKDOWN): (
        "Pour plus d'informations, veuillez contacter Kieran Best \\(OIM Pékin\\),"
        f" Tél\\.\u00a0: {_KIERAN_TEL_MD_FR}, Courriel\u00a0: {_KIERAN_MAIL_MD}\\."
    ),
    ("es", BlockLayout.STACKED, BlockFormat.TEXT): (
        "Para más información, póngase en contacto con:\n"
        "Kieran Best\n"
        "OIM Pekín\n"
        "Tel.: +86 10 5979 9695 ext. 203\n"
        "Correo electrónico: kgormanbest@iom.int"
    ),
    ("es", BlockLayout.STACKED, BlockFormat.HTML): (
        "<p><strong>Para más información, póngase en contacto con:</strong><br>"
        "Kieran Best<br>"
        "OIM Pekín<br>"
        f"Tel.: {_KIERAN_TEL}<br>"
        f"Correo electrónico: {_KIERAN_MAIL}</p>"
    ),
    ("es", BlockLayout.STACKED, BlockFormat.MARKDOWN): (
        "**Para más información, póngase en contacto con:**\\\n"
        "Kieran Best\\\n"
        "OIM Pekín\\\n"
        f"Tel\\.: {_KIERAN_TEL_MD}\\\n"
        f"Correo electrónico: {_KIERAN_MAIL_MD}"
    ),
    ("es", BlockLayout.INLINE, BlockFormat.TEXT): (
        "Para más información, póngase en contacto con Kieran Best (OIM Pekín),"
        " Tel.: +86 10 5979 9695 ext. 203, Correo electrónico: kgormanbest@iom.int."
    ),
    ("es", BlockLayout.INLINE, BlockFormat.HTML): (
        "<p>Para más información, póngase en contacto con Kieran Best (OIM Pekín),"
        f" Tel.: {_KIERAN_TEL}, Correo electrónico: {_KIERAN_MAIL}.</p>"
    ),
    ("es", BlockLayout.INLINE, BlockFormat.MARKDOWN): (
        "Para más información, póngase en contacto con Kieran Best \\(OIM Pekín\\),"
        f" Tel\\.: {_KIERAN_TEL_MD}, Correo electrónico: {_KIERAN_MAIL_MD}\\."
    ),
}


@pytest.mark.parametrize(
    ("language", "layout", "fmt"),
    list(GOLDENS),
    ids=[f"{lang}-{layout}-{fmt}" for lang, layout, fmt in GOLDENS],
)
def test_golden_single_contact(language: str, layout: BlockLayout, fmt: BlockFormat) -> None:
    block = render_block([KIERAN], LIBRARY.get(language), layout)
    assert block.as_format(fmt) == GOLDENS[language, layout, fmt]


def test_the_design_example_is_what_stacked_french_prints() -> None:
    # DESIGN.md writes the example with ordinary spaces; the block uses no-break ones.
    design = (
        "Pour plus d'informations, veuillez contacter :\n"
        "Kieran Best\n"
        "OIM Pékin\n"
        "Tél. : +86 10 5979 9695, poste 203\n"
        "Courriel : kgormanbest@iom.int"
    )
    text = render_block([KIERAN], LIBRARY.get("fr")).text
    assert text.replace(NBSP, " ") == design
    assert text.count(NBSP) == 3
    assert " :" not in text


# ---------------------------------------------------------------- goldens: three contacts


def test_golden_three_contacts_french_stacked_text() -> None:
    block = render_block([KIERAN, MARTA, ANA], LIBRARY.get("fr"), BlockLayout.STACKED)
    assert block.text == (
        "Pour plus d'informations, veuillez contacter\u00a0:\n"
        "Kieran Best\n"
        "OIM Pékin\n"
        "Tél.\u00a0: +86 10 5979 9695, poste 203\n"
        "Courriel\u00a0: kgormanbest@iom.int\n"
        "\n"
        "Marta Okafor\n"
        "Porte-parole\n"
        "OIM Genève\n"
        "Portable\u00a0: +41 79 123 45 67\n"
        "Tél.\u00a0: +41 22 717 91 11\n"
        "Courriel\u00a0: mokafor@iom.int\n"
        "\n"
        "Ana García Ruiz\n"  # title in Spanish only: no title line in French
        "IOM Madrid\n"  # no French office name: English
        "Tél.\u00a0: +34 914 45 71 16\n"  # her invalid second phone is left out
        "Courriel\u00a0: agarcia@iom.int"
    )


def test_golden_three_contacts_english_inline_html() -> None:
    block = render_block([KIERAN, MARTA, ANA], LIBRARY.get("en"), BlockLayout.INLINE)
    assert block.html == (
        "<p>For further information, please contact Kieran Best at IOM Beijing,"
        f" Tel: {_KIERAN_TEL}, Email: {_KIERAN_MAIL}."
        " You may also contact Marta Okafor, Spokesperson at IOM Geneva,"
        ' Mobile: <a href="tel:+41791234567">+41 79 123 45 67</a>,'
        ' Tel: <a href="tel:+41227179111">+41 22 717 91 11</a>,'
        ' Email: <a href="mailto:mokafor@iom.int">mokafor@iom.int</a>.'
        " You may also contact Ana García Ruiz at IOM Madrid,"
        ' Tel: <a href="tel:+34914457116">+34 914 45 71 16</a>,'
        ' Email: <a href="mailto:agarcia@iom.int">agarcia@iom.int</a>.</p>'
    )


def test_three_contacts_stacked_html_is_one_paragraph_per_contact() -> None:
    html = render_block([KIERAN, MARTA, ANA], LIBRARY.get("en")).html
    paragraphs = html.split("\n")
    assert len(paragraphs) == 3
    assert all(p.startswith("<p>") and p.endswith("</p>") for p in paragraphs)
    assert paragraphs[0].startswith("<p><strong>For more information")
    assert html.count("<strong>") == 1  # the heading appears once
    assert paragraphs[2] == (
        "<p>Ana García Ruiz<br>IOM Madrid<br>"
        'Tel: <a href="tel:+34914457116">+34 914 45 71 16</a><br>'
        'Email: <a href="mailto:agarcia@iom.int">agarcia@iom.int</a></p>'
    )


def test_three_contacts_markdown_separates_contacts_with_a_blank_line() -> None:
    markdown = render_block([KIERAN, MARTA, ANA], LIBRARY.get("es")).markdown
    paragraphs = markdown.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[2] == (
        "Ana García Ruiz\\\n"
        "Oficial de Comunicación\\\n"
        "OIM Madrid\\\n"
        "Tel\\.: [\\+34 914 45 71 16](tel:+34914457116)\\\n"
        r"Correo electrónico: [agarcia@iom\.int](mailto:agarcia@iom.int)"
    )


# ------------------------------------------------------------------------- content rules


def test_office_and_title_fall_back_to_english() -> None:
    contact = Contact(
        id=7,
        uid="u7",
        given="Jo",
        family="Lee",
        titles={"en": "Press Officer"},
        office=MADRID,
        emails=(Email(EmailKind.WORK, "jlee@iom.int"),),
    )
    assert render_block([contact], LIBRARY.get("fr")).text.splitlines()[1:] == [
        "Jo Lee",
        "Press Officer",
        "IOM Madrid",
        "Courriel\u00a0: jlee@iom.int",
    ]
    assert render_block([contact], LIBRARY.get("fr"), BlockLayout.INLINE).text == (
        "Pour plus d'informations, veuillez contacter Jo Lee, Press Officer (IOM Madrid),"
        " Courriel\u00a0: jlee@iom.int."
    )


def test_blank_translation_falls_back_instead_of_printing_nothing() -> None:
    office = OfficeRef(id=9, names={"fr": "  ", "en": "IOM Dakar"}, country="SN")
    contact = Contact(
        id=9,
        uid="u9",
        given="Awa",
        family="Diop",
        titles={"fr": "\n", "en": "Head of Office"},
        office=office,
    )
    assert render_block([contact], LIBRARY.get("fr")).text.splitlines()[1:] == [
        "Awa Diop",
        "Head of Office",
        "IOM Dakar",
    ]


def test_office_name_in_another_language_is_better_than_none() -> None:
    office = OfficeRef(id=8, names={"es": "OIM Bogotá"}, country="CO")
    contact = Contact(id=8, uid="u8", given="Luis", family="Mora", office=office)
    assert render_block([contact], LIBRARY.get("en")).text.splitlines()[1:] == [
        "Luis Mora",
        "OIM Bogotá",
    ]


def test_title_only_in_another_language_is_left_out() -> None:
    en = render_block([ANA], LIBRARY.get("en"), BlockLayout.INLINE).text
    es = render_block([ANA], LIBRARY.get("es"), BlockLayout.INLINE).text
    assert "Oficial" not in en
    assert en.startswith("For further information, please contact Ana García Ruiz at IOM Madrid,")
    assert es.startswith(
        "Para más información, póngase en contacto con Ana García Ruiz,"
        " Oficial de Comunicación (OIM Madrid),"
    )


def test_a_contact_with_only_a_name() -> None:
    contact = Contact(id=5, uid="u5", given="Sam", family="")
    template = LIBRARY.get("en")
    assert render_block([contact], template).text == ("For more information, please contact:\nSam")
    assert render_block([contact], template, BlockLayout.INLINE).text == (
        "For further information, please contact Sam."
    )
    contact = Contact(id=5, uid="u5", given="Sam", family="", titles={"en": "Driver"})
    assert render_block([contact], template, BlockLayout.INLINE).text == (
        "For further information, please contact Sam, Driver."
    )


def test_invalid_phones_are_left_out() -> None:
    contact = Contact(
        id=4,
        uid="u4",
        given="Kieran",
        family="Best",
        office=BEIJING,
        phones=(
            # The scraped number: missing the area code, kept and flagged.
            Phone(PhoneKind.WORK, "+ 86 5979 9695 Ext. 203", "+8659799695", "203", False),
            # Claims to be valid but cannot be read: still never printed.
            Phone(PhoneKind.WORK, "garbage", "not a number", None, True),
            work("+861059799695", "203"),
        ),
    )
    block = render_block([contact], LIBRARY.get("en"))
    assert block.text.splitlines()[1:] == [
        "Kieran Best",
        "IOM Beijing",
        "Tel: +86 10 5979 9695 ext. 203",
    ]
    for output in (block.text, block.html, block.markdown):
        assert "5979 9695 Ext" not in output
        assert "garbage" not in output
        assert "8659799695" not in output


def test_phone_labels_follow_the_kind_of_line() -> None:
    contact = Contact(
        id=6,
        uid="u6",
        given="Ana",
        family="Ruiz",
        phones=(
            Phone(PhoneKind.WORK, "", "+34600123456", None, True, LineType.MOBILE),
            Phone(PhoneKind.FAX, "", "+34914457117", None, True),
            Phone(PhoneKind.MOBILE, "", "+34914457116", "12", True),
        ),
    )
    block = render_block([contact], LIBRARY.get("es"))
    assert block.text.splitlines()[2:] == [
        "Móvil: +34 600 12 34 56",
        "Fax: +34 914 45 71 17",
        "Móvil: +34 914 45 71 16 ext. 12",
    ]
    # Nobody answers a fax: its number is printed but not offered as a call.
    assert "Fax: +34 914 45 71 17<br>" in block.html
    assert 'href="tel:+34914457116,12"' in block.html


def test_empty_block_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        render_block([], LIBRARY.get("en"))
    assert raised.value.field == "contacts"
    assert raised.value.reason == "a block needs at least one contact"


def test_contact_without_a_name_is_refused() -> None:
    nameless = Contact(id=12, uid="u12", given=" \n", family="\x00")
    with pytest.raises(ValidationError, match="contact #12 has no name to print"):
        render_block([KIERAN, nameless], LIBRARY.get("en"))


def test_rendered_block_as_format() -> None:
    block = RenderedBlock(text="t", html="h", markdown="m")
    assert [block.as_format(fmt) for fmt in BlockFormat] == ["t", "h", "m"]


# ------------------------------------------------------------------- escaping, normalising

NASTY = Contact(
    id=10,
    uid="u10",
    given='<script>alert("x")</script>',
    family="O'Brien & *Sons* _Ltd_",
    titles={"en": "[Head] of #1 `ops` \\ 1. - + ! | ~ = {x}"},
    office=OfficeRef(id=10, names={"en": "R&D <Unit>"}, country="FR"),
    emails=(Email(EmailKind.WORK, "o_brien+press@iom.int"),),
)


def test_special_characters_are_verbatim_in_text() -> None:
    text = render_block([NASTY], LIBRARY.get("en")).text
    assert text.splitlines()[1:] == [
        '<script>alert("x")</script> O\'Brien & *Sons* _Ltd_',
        "[Head] of #1 `ops` \\ 1. - + ! | ~ = {x}",
        "R&D <Unit>",
        "Email: o_brien+press@iom.int",
    ]


def test_special_characters_are_escaped_in_html() -> None:
    html = render_block([NASTY], LIBRARY.get("en")).html
    assert html == (
        "<p><strong>For more information, please contact:</strong><br>"
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#x27;Brien &amp; *Sons* _Ltd_<br>"
        "[Head] of #1 `ops` \\ 1. - + ! | ~ = {x}<br>"
        "R&amp;D &lt;Unit&gt;<br>"
        'Email: <a href="mailto:o_brien+press@iom.int">o_brien+press@iom.int</a></p>'
    )
    assert "<script>" not in html


def test_special_characters_are_escaped_in_markdown() -> None:
    markdown = render_block([NASTY], LIBRARY.get("en")).markdown
    assert markdown.split("\\\n")[1:] == [
        r"""\<script\>alert\("x"\)\</script\> O'Brien \& \*Sons\* \_Ltd\_""",
        r"\[Head\] of \#1 \`ops\` \\ 1\. \- \+ \! \| \~ \= \{x\}",
        r"R\&D \<Unit\>",
        r"Email: [o\_brien\+press@iom\.int](mailto:o_brien+press@iom.int)",
    ]


def test_a_line_that_looks_like_markdown_structure_stays_a_line() -> None:
    contact = Contact(id=11, uid="u11", given="1.", family="Doe", titles={"en": "==="})
    lines = render_block([contact], LIBRARY.get("en")).markdown.split("\\\n")
    # An unescaped "1." would start a list; "===" under a line would make it a heading.
    assert lines[1:] == [r"1\. Doe", r"\=\=\="]


def test_mailto_links_cannot_be_broken_by_the_address() -> None:
    contact = Contact(
        id=13, uid="u13", given="Q", family="R", emails=(Email(EmailKind.WORK, 'a"b)c <d>@x.org'),)
    )
    block = render_block([contact], LIBRARY.get("en"))
    assert 'href="mailto:a%22b%29c%20%3Cd%3E@x.org"' in block.html
    assert "(mailto:a%22b%29c%20%3Cd%3E@x.org)" in block.markdown


def test_line_breaks_and_white_space_in_values_are_collapsed_in_every_format() -> None:
    contact = Contact(
        id=14,
        uid="u14",
        given=" Kieran\r\n",
        family="\tBest\u2028",
        titles={"en": "Media\nand\r\rCommunications \x00Officer"},
        office=OfficeRef(id=14, names={"en": "IOM\n\nBeijing "}, country="CN"),
        phones=(work("+861059799695", " 20\n3"),),
    )
    block = render_block([contact], LIBRARY.get("en"))
    assert block.text == (
        "For more information, please contact:\n"
        "Kieran Best\n"
        "Media and Communications Officer\n"
        "IOM Beijing\n"
        "Tel: +86 10 5979 9695 ext. 20 3"
    )
    assert "Kieran Best<br>Media and Communications Officer<br>IOM Beijing<br>" in block.html
    assert "Kieran Best\\\nMedia and Communications Officer\\\nIOM Beijing\\\n" in block.markdown
    inline = render_block([contact], LIBRARY.get("en"), BlockLayout.INLINE)
    assert "\n" not in inline.text
    assert "\n" not in inline.markdown
    assert inline.text.startswith(
        "For further information, please contact Kieran Best,"
        " Media and Communications Officer at IOM Beijing, Tel:"
    )


def test_text_has_no_trailing_spaces() -> None:
    for language in LIBRARY.languages():
        for layout in BlockLayout:
            block = render_block([KIERAN, MARTA, ANA, NASTY], LIBRARY.get(language), layout)
            for output in (block.text, block.markdown):
                assert all(line == line.rstrip() for line in output.split("\n"))


def test_french_puts_a_no_break_space_before_high_punctuation_only() -> None:
    for layout in BlockLayout:
        text = render_block([KIERAN, MARTA, ANA], LIBRARY.get("fr"), layout).text
        colons = [i for i, ch in enumerate(text) if ch == ":"]
        assert colons
        assert all(text[i - 1] == NBSP for i in colons)
    english = render_block([KIERAN, MARTA, ANA], LIBRARY.get("en")).text
    assert NBSP not in english


# ------------------------------------------------------ property: formats say the same


class _HtmlToText(HTMLParser):
    """The words of a block's HTML laid out like its text.

    A ``<br>`` is a line end; each ``<p>`` after the first starts after a blank line
    ("\\n\\n"); text outside a ``<p>`` (the "\\n" between paragraphs) is layout only.
    Collects the tags too, to check nothing but ours got through.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: set[str] = set()
        self.hrefs: list[str] = []
        self.paragraphs = 0
        self.in_paragraph = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "p":
            if self.paragraphs:
                self.parts.append("\n\n")
            self.paragraphs += 1
            self.in_paragraph = True
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "a":
            self.hrefs.extend(value or "" for name, value in attrs if name == "href")

    def handle_endtag(self, tag: str) -> None:
        self.tags.add(tag)
        if tag == "p":
            self.in_paragraph = False

    def handle_data(self, data: str) -> None:
        if self.in_paragraph:
            self.parts.append(data)
        else:
            assert data.strip() == "", data


def html_to_text(html: str) -> tuple[str, _HtmlToText]:
    parser = _HtmlToText()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts), parser


_MARKDOWN_SPECIAL = set("\\`*_{}[]<>()#+-.!|~=&")


def markdown_to_text(markdown: str) -> str:
    """Undo the renderer's Markdown, failing on any markup character it did not write.

    The renderer writes only ``**`` around the heading, ``[text](url)`` links and a
    backslash before a line end; every other special character must arrive escaped.
    """
    out: list[str] = []
    i = 0
    while i < len(markdown):
        ch = markdown[i]
        if ch == "\\":
            nxt = markdown[i + 1]
            assert nxt in _MARKDOWN_SPECIAL or nxt == "\n", f"needless escape at {i}"
            out.append(nxt)
            i += 2
        elif markdown.startswith("**", i) or ch == "[":
            i += 2 if ch == "*" else 1
        elif markdown.startswith("](", i):
            url_end = markdown.index(")", i)
            assert markdown[i + 2 : i + 6] in ("tel:", "mail"), markdown[i:url_end]
            i = url_end + 1
        else:
            assert ch not in _MARKDOWN_SPECIAL, f"unescaped {ch!r} at {i} in {markdown!r}"
            out.append(ch)
            i += 1
    return "".join(out)


def _printable_somewhere(value: str) -> bool:
    return any(not ch.isspace() and unicodedata.category(ch) != "Cc" for ch in value)


@settings(
    max_examples=200,
    deadline=None,
    database=None,  # leave no .hypothesis folder in the shared tree
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    given_name=st.text(),
    family_name=st.text(),
    title=st.text(),
    office_name=st.text(),
    extension=st.text(max_size=6),
    address=st.text(),
    language=st.sampled_from(["en", "fr", "es"]),
    layout=st.sampled_from(list(BlockLayout)),
    count=st.integers(min_value=1, max_value=3),
)
def test_html_and_markdown_say_what_the_text_says(
    *,
    given_name: str,
    family_name: str,
    title: str,
    office_name: str,
    extension: str,
    address: str,
    language: str,
    layout: BlockLayout,
    count: int,
) -> None:
    assume(_printable_somewhere(given_name + family_name))
    contact = Contact(
        id=1,
        uid="u",
        given=given_name,
        family=family_name,
        titles={language: title},
        office=OfficeRef(id=1, names={"en": office_name}, country="CN"),
        phones=(work("+861059799695", extension),),
        emails=(Email(EmailKind.WORK, address),),
    )
    contacts = [contact, KIERAN, contact][:count]
    block = render_block(contacts, LIBRARY.get(language), layout)

    text_from_html, parser = html_to_text(block.html)
    assert text_from_html == block.text
    assert parser.tags <= {"p", "br", "strong", "a"}
    assert all(href.startswith(("tel:+", "mailto:")) for href in parser.hrefs)
    assert markdown_to_text(block.markdown) == block.text

    # One-line values stay on one line: the layout is the template's, whatever was typed.
    lines = block.text.split("\n")
    if layout is BlockLayout.INLINE:
        assert len(lines) == 1
    else:
        assert lines[0] == LIBRARY.get(language).heading
        assert block.text.count("\n\n") == count - 1
    assert "\r" not in block.text
    assert all(line == line.strip() for line in lines)


# -------------------------------------------------------------------------- templates


def test_shipped_templates_all_load() -> None:
    assert LIBRARY.languages() == ["en", "es", "fr"]
    for language in LIBRARY.languages():
        template = LIBRARY.get(language)
        assert isinstance(template, BlockTemplate)
        assert template.language == language
        assert template.source.endswith(f"{language}.toml")


def test_shipped_templates_live_in_the_resources_package() -> None:
    folder = shipped_templates_dir()
    assert folder.is_dir()
    assert (folder / "fr.toml").is_file()


def test_template_labels_and_extension_words() -> None:
    en, fr, es = (LIBRARY.get(code) for code in ("en", "fr", "es"))
    assert (en.phone_label, en.mobile_label, en.fax_label, en.email_label) == (
        "Tel",
        "Mobile",
        "Fax",
        "Email",
    )
    assert (fr.phone_label, fr.mobile_label, fr.fax_label, fr.email_label) == (
        "Tél.",
        "Portable",
        "Fax",
        "Courriel",
    )
    assert (es.phone_label, es.mobile_label, es.fax_label, es.email_label) == (
        "Tel.",
        "Móvil",
        "Fax",
        "Correo electrónico",
    )
    assert (en.extension_word, fr.extension_word, es.extension_word) == ("ext.", "poste", "ext.")
    assert fr.heading == "Pour plus d'informations, veuillez contacter\u00a0:"
    assert fr.label_separator == "\u00a0: "


def _copy_shipped(folder: Path, language: str) -> Path:
    source = shipped_templates_dir() / f"{language}.toml"
    target = folder / f"{language}.toml"
    target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return target


def test_override_folder_wins(tmp_path: Path) -> None:
    target = _copy_shipped(tmp_path, "fr")
    text = target.read_text(encoding="utf-8")
    # Written the way people type it on an English keyboard: no space before the colon.
    target.write_text(
        text.replace(
            'heading = "Pour plus d\'informations, veuillez contacter :"',
            'heading = "Pour en savoir plus, contactez:"',
        ),
        encoding="utf-8",
    )
    library = TemplateLibrary(shipped_templates_dir(), tmp_path)
    block = render_block([KIERAN], library.get("fr"))
    assert block.text.splitlines()[0] == "Pour en savoir plus, contactez\u00a0:"
    assert library.get("fr").source == str(target)
    assert library.get("en") == LIBRARY.get("en")  # no override: the shipped one


def test_override_folder_can_add_a_language(tmp_path: Path) -> None:
    _copy_shipped(tmp_path, "en").rename(tmp_path / "de.toml")
    (tmp_path / "notes.txt").write_text("not a template", encoding="utf-8")
    (tmp_path / "README.toml").write_text("", encoding="utf-8")
    library = TemplateLibrary(shipped_templates_dir(), tmp_path)
    assert library.languages() == ["de", "en", "es", "fr"]
    assert library.get("de").language == "de"


def test_edits_to_an_override_show_without_a_new_library(tmp_path: Path) -> None:
    target = _copy_shipped(tmp_path, "en")
    library = TemplateLibrary(shipped_templates_dir(), tmp_path)
    assert library.get("en").heading == "For more information, please contact:"
    target.write_text(
        target.read_text(encoding="utf-8").replace("For more information", "For details"),
        encoding="utf-8",
    )
    assert library.get("en").heading == "For details, please contact:"


def test_missing_override_folder_is_not_an_error(tmp_path: Path) -> None:
    library = TemplateLibrary(shipped_templates_dir(), tmp_path / "not-yet")
    assert library.languages() == ["en", "es", "fr"]
    assert library.get("es").language == "es"


def test_unknown_language_lists_the_available_ones() -> None:
    with pytest.raises(ValidationError) as raised:
        LIBRARY.get("de")
    assert raised.value.field == "language"
    assert raised.value.reason == "no contact-block template for 'de'; available: en, es, fr"


@pytest.mark.parametrize("language", ["../en", "en/../fr", "", " "])
def test_language_codes_cannot_reach_other_files(language: str) -> None:
    with pytest.raises(ValidationError, match="no contact-block template"):
        LIBRARY.get(language)


def test_language_code_is_matched_case_insensitively() -> None:
    assert LIBRARY.get(" FR ").language == "fr"


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    source = (shipped_templates_dir() / "es.toml").read_text(encoding="utf-8")
    (tmp_path / "es.toml").write_text(source, encoding="utf-8-sig")
    assert TemplateLibrary(shipped_templates_dir(), tmp_path).get("es").heading.startswith("Para")


def _broken(tmp_path: Path, old: str, new: str) -> tuple[TemplateLibrary, Path]:
    target = _copy_shipped(tmp_path, "fr")
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return TemplateLibrary(shipped_templates_dir(), tmp_path), target


def test_malformed_toml_names_the_file_and_the_line(tmp_path: Path) -> None:
    library, target = _broken(tmp_path, 'word = "poste"', 'word = "poste')
    with pytest.raises(ValidationError) as raised:
        library.get("fr")
    assert raised.value.field == "template"
    assert str(target) in raised.value.reason
    assert "not valid TOML" in raised.value.reason
    assert "line" in raised.value.reason


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('email = "Courriel"\n', "", "[labels] email is missing"),
        ('phone = "Tél."', 'phon = "Tél."', "unknown setting [labels] phon"),
        ('phone = "Tél."', "phone = 3", "[labels] phone must be text in quotation marks"),
        ('heading = "Pour', 'x = "Pour', "unknown setting [stacked] x"),
        ('"Pour plus d\'informations, veuillez contacter :"', '"\u00a0"', "heading is empty"),
        ('mobile = "Portable"', 'mobile = ""', "[labels] mobile is empty"),
        (
            "{contact}.",
            "{contacts}.",
            "[inline] first: unknown placeholder {contacts}; use {contact}",
        ),
        ('"{name} ({office})"', '"({office})"', "[inline.person] name_office: must contain {name}"),
        ('{name}, {title}"', '{name!r}, {title}"', "write the placeholder as {name}"),
        ('{number}, {word} {extension}"', '{number}, {word}"', "must contain {extension}"),
        ("{number}, {word}", "{number, {word}", "unbalanced curly braces"),
        ('no_break_space_before = ":;!?"', 'no_break_space_before = ": "', "punctuation marks"),
        ("[stacked]", "stacked = 1\n[x]", "stacked must be a section written [stacked]"),
    ],
)
def test_template_problems_name_the_file_and_the_setting(
    tmp_path: Path, old: str, new: str, problem: str
) -> None:
    library, target = _broken(tmp_path, old, new)
    with pytest.raises(ValidationError) as raised:
        library.get("fr")
    assert raised.value.reason.startswith(f"{target}: ")
    assert problem in raised.value.reason


def test_not_utf8_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "en.toml").write_bytes('heading = "caf\u00e9"'.encode("latin-1"))
    with pytest.raises(ValidationError, match=r"en\.toml: is not UTF-8 text"):
        TemplateLibrary(shipped_templates_dir(), tmp_path).get("en")


def test_a_template_built_in_code_is_checked_too() -> None:
    with pytest.raises(ValidationError, match=r"'en' template: \[inline\] first: must contain"):
        replace(LIBRARY.get("en"), inline_first="Contact:", source="")


def test_literal_braces_in_patterns_and_plain_texts(tmp_path: Path) -> None:
    target = _copy_shipped(tmp_path, "en")
    text = target.read_text(encoding="utf-8")
    text = text.replace(
        '"For further information, please contact {contact}."', '"{{PR}} {contact}."'
    )
    text = text.replace('heading = "For more', 'heading = "{PR} For more')
    target.write_text(text, encoding="utf-8")
    template = TemplateLibrary(shipped_templates_dir(), tmp_path).get("en")
    assert render_block([KIERAN], template).text.startswith("{PR} For more information")
    inline = render_block([KIERAN], template, BlockLayout.INLINE).text
    assert inline.startswith("{PR} Kieran Best at IOM Beijing, Tel:")


# --------------------------------------------------------------------------- warnings


def test_a_good_contact_has_no_warnings() -> None:
    assert block_warnings([KIERAN, MARTA], TODAY) == []


def test_left_contact_is_warned_about() -> None:
    left = replace(KIERAN, active=False)
    assert block_warnings([left], TODAY) == [
        BlockWarning(1, "Kieran Best", WarningCode.LEFT, "Kieran Best has left the organisation")
    ]


def test_no_valid_channel_is_warned_about() -> None:
    only_fax_and_bad_phone = replace(
        KIERAN,
        phones=(
            Phone(PhoneKind.FAX, "", "+861059799600", None, True),
            Phone(PhoneKind.WORK, "+ 86 5979 9695 Ext. 203", "+8659799695", "203", False),
        ),
        emails=(Email(EmailKind.WORK, "  "),),
    )
    assert [(w.code, w.message) for w in block_warnings([only_fax_and_bad_phone], TODAY)] == [
        (WarningCode.NO_VALID_CHANNEL, "Kieran Best has no valid phone or e-mail"),
        (
            WarningCode.INVALID_PHONE,
            "Kieran Best has a phone flagged invalid: + 86 5979 9695 Ext. 203",
        ),
    ]


def test_each_invalid_phone_is_warned_about() -> None:
    warnings = block_warnings([ANA], TODAY)
    assert [(w.contact_id, w.code, w.message) for w in warnings] == [
        (3, WarningCode.INVALID_PHONE, "Ana García Ruiz has a phone flagged invalid: 91 445 71"),
    ]
    unreadable = replace(KIERAN, phones=(*KIERAN.phones, work("+0000", raw="0000")))
    assert [w.message for w in block_warnings([unreadable], TODAY)] == [
        "Kieran Best has a phone that cannot be read: 0000"
    ]


def test_unverified_contacts_are_warned_about() -> None:
    stale = replace(KIERAN, last_verified=date(2024, 5, 1))
    never = replace(MARTA, last_verified=None)
    just_in_time = replace(MARTA, id=22, last_verified=date(2025, 11, 27))  # exactly 365 days
    warnings = block_warnings([stale, never, just_in_time], TODAY)
    assert [(w.contact_id, w.code, w.message) for w in warnings] == [
        (
            1,
            WarningCode.UNVERIFIED,
            "Kieran Best was last verified on 2024-05-01, over 12 months ago",
        ),
        (2, WarningCode.UNVERIFIED, "Marta Okafor has never been verified"),
    ]
    assert [w.message for w in block_warnings([stale], date(2024, 7, 1), 30)] == [
        "Kieran Best was last verified on 2024-05-01, over 30 days ago"
    ]


def test_warnings_come_in_contact_order_and_never_enter_the_block() -> None:
    bad = replace(
        KIERAN,
        given="Kieran\n",
        active=False,
        last_verified=None,
        phones=(Phone(PhoneKind.WORK, "+ 86 5979 9695 Ext. 203", "+8659799695", "203", False),),
        emails=(),
    )
    warnings = block_warnings([MARTA, bad, ANA], TODAY)
    assert [(w.contact_id, w.code) for w in warnings] == [
        (1, WarningCode.LEFT),
        (1, WarningCode.NO_VALID_CHANNEL),
        (1, WarningCode.INVALID_PHONE),
        (1, WarningCode.UNVERIFIED),
        (3, WarningCode.INVALID_PHONE),
    ]
    assert all(w.contact_name == "Kieran Best" for w in warnings[:4])
    # The block is still made, and says nothing about any of it.
    for layout in BlockLayout:
        block = render_block([MARTA, bad, ANA], LIBRARY.get("en"), layout)
        for output in (block.text, block.html, block.markdown):
            assert "Kieran Best" in output
            for warning in warnings:
                assert warning.message not in output
            for word in ("left", "invalid", "verified", "5979 9695 Ext"):
                assert word not in output


def test_negative_staleness_is_refused() -> None:
    with pytest.raises(ValidationError, match="stale_after_days"):
        block_warnings([KIERAN], TODAY, -1)
