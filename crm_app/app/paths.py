"""Where the program keeps its files: platformdirs, unless --data-dir says otherwise."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from crm_app.domain.errors import ValidationError
from crm_app.domain.messages import msg
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

    def ensure(self) -> None:
        # The contact book is personal data: a new data folder is its owner's alone. An
        # existing folder keeps the mode its owner gave it.
        if not self.data_dir.is_dir():
            self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)

    def database_url(self, explicit: str | None = None) -> str:
        """--db, else CRM_DB_URL, else the embedded SQLite file in the data folder.

        An empty --db is a mistake (an unset shell variable, say), refused rather than read
        as "the default"; an empty CRM_DB_URL counts as unset, as environment variables do."""
        if explicit is not None:
            if not explicit.strip():
                raise ValidationError("--db", msg("is empty"))
            return explicit
        from_environment = os.environ.get(DB_URL_ENVIRONMENT, "").strip()
        if from_environment:
            return from_environment
        self.ensure()
        return default_database_url(self.data_dir)
