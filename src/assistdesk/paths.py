"""Per-user folders: data (the call log and its backups), config, logs and cache.

The platform's standard per-user locations (via platformdirs), never next to the
executable. ``ASSISTDESK_HOME`` overrides them all with sub-folders of one directory,
which is what tests, demos and portable installs use::

    $ASSISTDESK_HOME/data  $ASSISTDESK_HOME/config  $ASSISTDESK_HOME/logs  $ASSISTDESK_HOME/cache

Folders are created on demand with owner-only permissions on POSIX: the call log holds
customers' personal data.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "AssistDesk"
HOME_ENV = "ASSISTDESK_HOME"
DB_FILE_NAME = "assistdesk.sqlite3"
DEMO_DB_FILE_NAME = "assistdesk-demo.sqlite3"
OWNER_ONLY_DIR = 0o700
OWNER_ONLY_FILE = 0o600


def home_override() -> Path | None:
    """The ``ASSISTDESK_HOME`` folder, when set (tests, demos, portable installs)."""
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


def _platform_dir(kind: str) -> Path:
    import platformdirs

    if kind == "data":
        return platformdirs.user_data_path(APP_NAME, appauthor=False)
    if kind == "config":
        return platformdirs.user_config_path(APP_NAME, appauthor=False)
    if kind == "logs":
        return platformdirs.user_log_path(APP_NAME, appauthor=False)
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def _dir(kind: str, create: bool) -> Path:
    home = home_override()
    path = home / kind if home is not None else _platform_dir(kind)
    if create:
        ensure_private_dir(path)
    return path


def data_dir(create: bool = True) -> Path:
    """Where the call log (SQLite) lives."""
    return _dir("data", create)


def config_dir(create: bool = True) -> Path:
    return _dir("config", create)


def log_dir(create: bool = True) -> Path:
    return _dir("logs", create)


def cache_dir(create: bool = True) -> Path:
    return _dir("cache", create)


def backups_dir(db_path: Path) -> Path:
    """Backups of a SQLite database live beside it, in ``backups/``."""
    return db_path.parent / "backups"


def default_db_path(demo: bool = False) -> Path:
    """The default SQLite call log; demo mode has its own file and never touches the real one."""
    return data_dir() / (DEMO_DB_FILE_NAME if demo else DB_FILE_NAME)


def default_db_url(demo: bool = False) -> str:
    return "sqlite:///" + default_db_path(demo).as_posix()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed; a folder we create is owner-only on POSIX."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(path, OWNER_ONLY_DIR)
    return path


def make_private(path: Path) -> None:
    """Owner-only read/write on POSIX (no-op elsewhere or when the file is missing)."""
    if os.name != "posix":
        return
    try:
        if (os.stat(path).st_mode & 0o777) != OWNER_ONLY_FILE:
            os.chmod(path, OWNER_ONLY_FILE)
    except FileNotFoundError:
        pass
