"""What the interface calls the domain's enumerations, translated.

Each label is a literal `QCoreApplication.translate` call so pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_app.domain.records import ContactKind, EmailKind, LineType, OfficeKind, PhoneKind


def contact_kind_label(kind: ContactKind) -> str:
    labels = {
        ContactKind.PRESS_OFFICER: QCoreApplication.translate("Labels", "Press officer"),
        ContactKind.SPOKESPERSON: QCoreApplication.translate("Labels", "Spokesperson"),
        ContactKind.MISSION_CONTACT: QCoreApplication.translate("Labels", "Mission contact"),
        ContactKind.MEDIA: QCoreApplication.translate("Labels", "Media"),
    }
    return labels[kind]


def office_kind_label(kind: OfficeKind) -> str:
    labels = {
        OfficeKind.MISSION: QCoreApplication.translate("Labels", "Mission"),
        OfficeKind.COUNTRY_OFFICE: QCoreApplication.translate("Labels", "Country office"),
        OfficeKind.REGIONAL_OFFICE: QCoreApplication.translate("Labels", "Regional office"),
        OfficeKind.HEADQUARTERS: QCoreApplication.translate("Labels", "Headquarters"),
    }
    return labels[kind]


def phone_kind_label(kind: PhoneKind) -> str:
    labels = {
        PhoneKind.WORK: QCoreApplication.translate("Labels", "Work"),
        PhoneKind.MOBILE: QCoreApplication.translate("Labels", "Mobile"),
        PhoneKind.FAX: QCoreApplication.translate("Labels", "Fax"),
        PhoneKind.HOME: QCoreApplication.translate("Labels", "Home"),
        PhoneKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels[kind]


def email_kind_label(kind: EmailKind) -> str:
    labels = {
        EmailKind.WORK: QCoreApplication.translate("Labels", "Work"),
        EmailKind.HOME: QCoreApplication.translate("Labels", "Home"),
        EmailKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels[kind]


def line_type_label(line_type: LineType) -> str:
    labels = {
        LineType.FIXED_LINE: QCoreApplication.translate("Labels", "fixed line"),
        LineType.MOBILE: QCoreApplication.translate("Labels", "mobile"),
        LineType.FIXED_LINE_OR_MOBILE: QCoreApplication.translate("Labels", "fixed line or mobile"),
        LineType.TOLL_FREE: QCoreApplication.translate("Labels", "toll-free"),
        LineType.VOIP: QCoreApplication.translate("Labels", "internet telephony"),
        LineType.OTHER: QCoreApplication.translate("Labels", "other line"),
        LineType.UNKNOWN: QCoreApplication.translate("Labels", "unknown line type"),
    }
    return labels[line_type]
