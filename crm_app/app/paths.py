"""Where the program keeps its files: platformdirs, unless --data-dir says otherwise."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from crm_app.domain.errors import ValidationError
from crm_app.domain.messages import msg
from crm_app.services.connection import DatabaseSource, read_saved_choice
from crm_app.store.database import default_database_url

APP_NAME = "press-contacts"
DB_URL_ENVIRONMENT = "CRM_DB_URL"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        if data_dir is not None and not str(data_dir).strip():
            # Not the default: an empty --data-dir must not quietly open the user's own data.
            raise ValidationError("data-dir", msg("is empty"))
        folder = Path(data_dir) if data_dir else user_data_path(APP_NAME, appauthor=False)
        try:
            return cls(data_dir=folder.expanduser().resolve())
        except (OSError, RuntimeError) as exc:
            # RuntimeError: "~someone" for a user this machine does not know.
            raise ValidationError(
                "data-dir", msg("cannot use {path}: {detail}", path=str(folder), detail=str(exc))
            ) from exc

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
        """The data folder, created if need be, and writable: the embedded database lives there.

        The contact book is personal data: a new data folder is its owner's alone (0700). An
        existing folder keeps the mode its owner gave it.
        """
        try:
            if not self.data_dir.is_dir():
                self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            # A parent that is a file, or one where this user may not create anything.
            raise ValidationError(
                "data-dir",
                msg(
                    "cannot create the folder {path}: {detail}",
                    path=str(self.data_dir),
                    detail=exc.strerror or str(exc),
                ),
            ) from exc
        shown = str(self.data_dir)
        if not self.data_dir.is_dir():
            raise ValidationError("data-dir", msg("{path} is not a folder", path=shown))
        if not os.access(self.data_dir, os.W_OK | os.X_OK):
            raise ValidationError("data-dir", msg("{path} is read-only", path=shown))

    def database_url(self, explicit: str | None = None) -> str:
        """--db, else CRM_DB_URL, else the choice saved in Preferences, else the embedded
        SQLite file in the data folder."""
        return self.database_choice(explicit)[0]

    @staticmethod
    def environment_database() -> str:
        """CRM_DB_URL, or "" when it is unset or empty."""
        return os.environ.get(DB_URL_ENVIRONMENT, "").strip()

    def database_choice(self, explicit: str | None = None) -> tuple[str, DatabaseSource]:
        """The URL of the database to open, and what chose it (see database_url).

        An empty --db is a mistake (an unset shell variable, say), refused rather than read
        as "the default"; an empty CRM_DB_URL counts as unset, as environment variables do."""
        if explicit is not None:
            if not explicit.strip():
                raise ValidationError("--db", msg("is empty"))
            return explicit, DatabaseSource.OPTION
        from_environment = self.environment_database()
        if from_environment:
            return from_environment, DatabaseSource.ENVIRONMENT
        saved = read_saved_choice(self.data_dir)
        if saved is not None:
            return saved, DatabaseSource.SAVED
        self.ensure()
        return default_database_url(self.data_dir), DatabaseSource.DEFAULT
