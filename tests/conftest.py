"""Shared test set-up. Qt must see the offscreen platform before it loads."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
