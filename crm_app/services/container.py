"""The services of one open database, built once by the composition root.

The root keeps the `Database` and closes it; what it hands to the window carries only the
database's name, so nothing above the services can reach the engine or open a session.

The vCard, release-text and spreadsheet services, and the parsers they bring (vobject,
ftfy, the release reader, openpyxl), are built when first used: the window opens without
them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from crm_app.domain.blocks import TemplateLibrary, shipped_templates_dir
from crm_app.services.changes import LiveChanges
from crm_app.services.common import Actor, Clock
from crm_app.services.contacts import ContactService
from crm_app.services.maintenance import MaintenanceService
from crm_app.services.offices import OfficeService
from crm_app.services.releases import ReleaseService
from crm_app.store.database import Database

if TYPE_CHECKING:
    from crm_app.services.release_import import ReleaseTextService
    from crm_app.services.spreadsheets import SpreadsheetService
    from crm_app.services.vcards import VCardService


# Spreadsheet column mappings remembered per header set, in the data folder.
MAPPINGS_FILE = "spreadsheet-mappings.json"


class Services:
    database_name: str  # for the title bar: the file for SQLite, host/database for a server
    clock: Clock
    # Who every change is recorded as: `actor.set(name)` applies to the next write of
    # every service (the name in Preferences); None goes back to CRM_USER or the OS login.
    actor: Actor
    templates: TemplateLibrary
    offices: OfficeService
    contacts: ContactService
    releases: ReleaseService
    maintenance: MaintenanceService
    changes: LiveChanges

    def __init__(
        self,
        database_name: str,
        clock: Clock,
        templates: TemplateLibrary,
        offices: OfficeService,
        contacts: ContactService,
        releases: ReleaseService,
        maintenance: MaintenanceService,
        make_vcards: Callable[[], VCardService],
        make_release_texts: Callable[[], ReleaseTextService],
        changes: LiveChanges,
        actor: Actor | None = None,
        make_spreadsheets: Callable[[], SpreadsheetService] | None = None,
    ) -> None:
        self.database_name = database_name
        self.clock = clock
        self.actor = actor or contacts.actor
        self.templates = templates
        self.offices = offices
        self.contacts = contacts
        self.releases = releases
        self.maintenance = maintenance
        self._make_vcards = make_vcards
        self._make_release_texts = make_release_texts
        self._make_spreadsheets = make_spreadsheets
        self.changes = changes

    @cached_property
    def vcards(self) -> VCardService:
        return self._make_vcards()

    @cached_property
    def release_texts(self) -> ReleaseTextService:
        return self._make_release_texts()

    @cached_property
    def spreadsheets(self) -> SpreadsheetService:
        if self._make_spreadsheets is None:
            raise RuntimeError("these services were built without spreadsheets")
        return self._make_spreadsheets()

    @classmethod
    def build(
        cls,
        database: Database,
        templates_override: Path | None = None,
        clock: Clock | None = None,
        organisation: str = "",
        user: str | None = None,
        mappings_file: Path | None = None,
    ) -> Services:
        """`user` names who the changes are recorded as; None: CRM_USER, else the OS login.
        `mappings_file` keeps spreadsheet column mappings between runs (None: for this run)."""
        clock = clock or Clock()
        actor = Actor(user)
        templates = TemplateLibrary(shipped_templates_dir(), templates_override)
        ticking = clock

        def make_vcards() -> VCardService:
            from crm_app.services.vcards import VCardService

            return VCardService(database, ticking, organisation=organisation, actor=actor)

        def make_release_texts() -> ReleaseTextService:
            from crm_app.services.release_import import ReleaseTextService

            return ReleaseTextService(database, ticking, actor=actor)

        def make_spreadsheets() -> SpreadsheetService:
            from crm_app.services.spreadsheets import MappingMemory, SpreadsheetService

            return SpreadsheetService(
                database,
                ticking,
                organisation=organisation,
                actor=actor,
                memory=MappingMemory(mappings_file),
            )

        return cls(
            database_name=database.display_name,
            clock=clock,
            templates=templates,
            offices=OfficeService(database, clock, actor),
            contacts=ContactService(database, clock, actor),
            releases=ReleaseService(database, clock, templates, actor),
            maintenance=MaintenanceService(database.url, database),
            make_vcards=make_vcards,
            make_release_texts=make_release_texts,
            changes=LiveChanges(database),
            actor=actor,
            make_spreadsheets=make_spreadsheets,
        )
