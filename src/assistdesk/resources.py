"""Where the bundled resources (packs, scenarios, translations) live.

Works from a source checkout, an installed package and a PyInstaller bundle alike.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("ASSISTDESK_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent.parent / "resources"):
        if (candidate / "packs").is_dir():
            return candidate
    return here.parent.parent / "resources"


def packs_dir() -> Path:
    return resources_dir() / "packs"


def scenarios_dir() -> Path:
    return resources_dir() / "scenarios"


def translations_dir() -> Path:
    return resources_dir() / "translations"
