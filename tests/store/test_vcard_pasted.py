"""Cards whose e-mail or phone was pasted from a web page into the address book."""

from __future__ import annotations

import io

from crm_app.domain.queries import ContactQuery
from crm_app.services.container import Services
from crm_app.services.drafts import OfficeDraft

# The sample release's e-mail line, as an address book keeps it (the newline escaped).
SEED_EMAIL = rb'"mailto:kgormanbest@iom.int" target="" title=\n"">kgormanbest@iom.int'


def test_a_pasted_email_is_stored_clean_with_a_warning(services: Services) -> None:
    services.offices.add(
        OfficeDraft(names={"en": "IOM Beijing"}, country="CN", switchboard="+86 10 5979 9600")
    )
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Best;Kieran;;;\r\nFN:Kieran Best\r\n"
        b"ORG:IOM Beijing\r\n"
        b"TEL;TYPE=WORK:T\xc3\xa9l. +86 10 5979 9695 Ext. 203<br>\r\n"
        b"EMAIL;TYPE=INTERNET:" + SEED_EMAIL + b"\r\n"
        b"EMAIL;TYPE=INTERNET:mailto:press@iom.int\r\n"
        b"EMAIL;TYPE=INTERNET:kgorman best\r\n"
        b"END:VCARD\r\n"
    )
    report = services.vcards.import_stream(io.BytesIO(data))
    assert len(report.created) == 1
    (kieran,) = services.contacts.page(ContactQuery(text="kieran"))
    assert [e.address for e in kieran.emails] == ["kgormanbest@iom.int", "press@iom.int"]
    assert [(p.e164, p.extension, p.valid) for p in kieran.phones] == [
        ("+861059799695", "203", True)
    ]
    stored = [w for w in report.warnings if "stored as kgormanbest@iom.int" in w]
    assert len(stored) == 1 and stored[0].startswith("line 1: Kieran Best: e-mail ")
    # "mailto:" alone is the reader's to strip; nothing to warn about there.
    assert not any("press@iom.int" in w for w in report.warnings)
    (dropped,) = [w for w in report.warnings if "kgorman best" in w]
    assert dropped.endswith("not imported (An email address must have an @-sign.)")
