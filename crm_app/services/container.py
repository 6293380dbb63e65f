"""The services of one open database, built once by the composition root.

The root keeps the `Database` and closes it; what it hands to the window carries only the
database's name, so nothing above the services can reach the engine or open a session.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crm_app.domain.blocks import TemplateLibrary, shipped_templates_dir
from crm_app.services.common import Clock
from crm_app.services.contacts import ContactService
from crm_app.services.maintenance import MaintenanceService
from crm_app.services.offices import OfficeService
from crm_app.services.release_import import ReleaseTextService
from crm_app.services.releases import ReleaseService
from crm_app.services.vcards import VCardService
from crm_app.store.database import Database


@dataclass(frozen=True, slots=True)
class Services:
    database_name: str  # for the title bar: the file for SQLite, host/database for a server
    clock: Clock
    templates: TemplateLibrary
    offices: OfficeService
    contacts: ContactService
    releases: ReleaseService
    vcards: VCardService
    maintenance: MaintenanceService
    release_texts: ReleaseTextService

    @classmethod
    def build(
        cls,
        database: Database,
        templates_override: Path | None = None,
        clock: Clock | None = None,
        organisation: str = "",
    ) -> Services:
        clock = clock or Clock()
        templates = TemplateLibrary(shipped_templates_dir(), templates_override)
        return cls(
            database_name=database.display_name,
            clock=clock,
            templates=templates,
            offices=OfficeService(database, clock),
            contacts=ContactService(database, clock),
            releases=ReleaseService(database, clock, templates),
            vcards=VCardService(database, clock, organisation=organisation),
            maintenance=MaintenanceService(database.url, database),
            release_texts=ReleaseTextService(database, clock),
        )
