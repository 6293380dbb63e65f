"""Where the program keeps its files: platformdirs, unless --data-dir says otherwise."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from crm_app.store.database import default_database_url

APP_NAME = "press-contacts"
DB_URL_ENVIRONMENT = "CRM_DB_URL"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        folder = Path(data_dir) if data_dir else user_data_path(APP_NAME, appauthor=False)
        return cls(data_dir=folder.expanduser().resolve())

    @property
    def templates_dir(self) -> Path:
        """A user's own block templates, which win over the shipped ones."""
        return self.data_dir / "templates"

    @property
    def settings_file(self) -> Path:
        """The window's settings when --data-dir is given (else the user's own QSettings)."""
        return self.data_dir / "settings.ini"

    @property
    def qt_settings_dir(self) -> Path:
        """Where Qt keeps its own settings (the file dialog's recent places) with --data-dir."""
        return self.data_dir / "qt"

    def ensure(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)

    def database_url(self, explicit: str | None = None) -> str:
        """--db, else CRM_DB_URL, else the embedded SQLite file in the data folder."""
        if explicit:
            return explicit
        from_environment = os.environ.get(DB_URL_ENVIRONMENT, "").strip()
        if from_environment:
            return from_environment
        self.ensure()
        return default_database_url(self.data_dir)
