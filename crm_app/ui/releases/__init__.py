"""The release workspace: the release list, the editor with its block preview, outdated releases."""

from crm_app.ui.releases.section import ReleasesSection

__all__ = ["ReleasesSection"]
