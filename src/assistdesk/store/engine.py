"""Engines for the call log: URL resolution, SQLite pragmas, transactions, instance lock.

SQLite (default, in the per-user data folder) runs in WAL mode with ``synchronous=FULL``,
foreign keys on, a busy timeout and ``secure_delete``; the database file is created
owner-only before SQLite opens it (the ``-wal``/``-shm`` files inherit its mode and are
re-checked). Writes use ``BEGIN IMMEDIATE`` so that two writers queue on the busy
timeout instead of failing half-way. PostgreSQL URLs are routed to psycopg 3.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final, TextIO

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.pool import NullPool

from assistdesk import paths
from assistdesk.store.errors import AlreadyRunning, StoreError

DEFAULT_BUSY_TIMEOUT_MS: Final = 2000
WRITE_OPTION: Final = "assistdesk_write"


def resolve_url(url: str | None, demo: bool = False) -> str:
    """The database URL to use: the given one, else SQLite in the per-user data folder.

    ``postgresql://`` URLs are routed to the psycopg 3 driver, which AssistDesk ships.
    """
    if not url:
        return paths.default_db_url(demo)
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
        return parsed.render_as_string(hide_password=False)
    return url


def sqlite_path(url: str | URL) -> Path | None:
    """The file of a SQLite URL (``None`` for other databases and in-memory SQLite)."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser().absolute()


def sidecar_files(db: Path) -> list[Path]:
    """The database file with its ``-wal`` and ``-shm`` companions."""
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def secure_files(db: Path) -> None:
    """Owner-only permissions on the database and its WAL/shared-memory files."""
    for path in sidecar_files(db):
        paths.make_private(path)


def prepare_sqlite_file(db: Path) -> None:
    """Create the folder (owner-only) and an empty owner-only file before SQLite opens it."""
    try:
        if not db.parent.exists():
            paths.ensure_private_dir(db.parent)
        if not db.exists():
            fd = os.open(db, os.O_CREAT | os.O_RDWR, paths.OWNER_ONLY_FILE)
            os.close(fd)
        secure_files(db)
    except OSError as exc:
        raise StoreError(
            f"cannot create the call log at {db}: {exc.strerror or exc}", "read_only"
        ) from None


def _sqlite_pragmas(busy_timeout_ms: int) -> list[str]:
    return [
        f"PRAGMA busy_timeout = {int(busy_timeout_ms)}",
        "PRAGMA foreign_keys = ON",
        "PRAGMA synchronous = FULL",
        "PRAGMA secure_delete = ON",
        "PRAGMA cache_size = -32000",
        "PRAGMA temp_store = MEMORY",
    ]


def create_store_engine(
    url: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS, pool: bool = True
) -> Engine:
    """An engine with AssistDesk's connection settings for ``url``."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        kwargs: dict[str, Any] = {
            "connect_args": {"timeout": busy_timeout_ms / 1000, "check_same_thread": False}
        }
        if not pool:
            kwargs["poolclass"] = NullPool
        engine = create_engine(url, **kwargs)
        pragmas = _sqlite_pragmas(busy_timeout_ms)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy's "begin" below decide how transactions start.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            try:
                mode = cursor.execute("PRAGMA journal_mode").fetchone()
                if mode is None or str(mode[0]).lower() != "wal":
                    cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
                    cursor.execute("PRAGMA journal_mode = WAL")
                for pragma in pragmas:
                    cursor.execute(pragma)
            finally:
                cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            write = conn.get_execution_options().get(WRITE_OPTION, False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    kwargs = {"pool_pre_ping": True}
    if not pool:
        kwargs["poolclass"] = NullPool
    return create_engine(url, **kwargs)


@contextlib.contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction (``BEGIN IMMEDIATE`` on SQLite), committed on exit."""
    with engine.connect() as conn:
        conn = conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn


class InstanceLock:
    """One AssistDesk window per SQLite call log: an OS lock on ``<db>.lock``.

    The lock dies with the process (even on SIGKILL), so a crash never leaves a stale lock.
    """

    def __init__(self, db: Path) -> None:
        self.path = db.with_name(db.name + ".lock")
        self._file: TextIO | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while open
        paths.make_private(self.path)
        try:
            _lock_file(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise AlreadyRunning(
                f"AssistDesk is already open on this call log (process {holder}); "
                "switch to that window, or close it before starting another one"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                _unlock_file(self._file)
            self._file.close()
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None


# sys.platform (not os.name) so that mypy checks only the branch of the platform it runs on.
if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock_file(handle: TextIO) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(handle: TextIO) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(handle: TextIO) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(handle: TextIO) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
