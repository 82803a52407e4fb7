"""Logging to a rotating file in the per-user log folder.

Operators never see a console, so the log file is where an IT team looks first; the
panel's crash dialog names it.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from assistdesk.paths import log_dir

LOG_FILE_NAME = "assistdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5


def configure_logging(level: int = logging.INFO) -> Path:
    """Sends the root logger to ``<log dir>/assistdesk.log`` (rotating); returns its path.

    Calling it again does not add a second handler.
    """
    path = log_dir() / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return path  # an unwritable log folder must not stop the panel
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
