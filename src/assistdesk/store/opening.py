"""Opening the call log at start-up: check, recover, back up, migrate.

:func:`open_store` never crashes on a damaged SQLite file: the file is moved aside, the
newest backup that passes ``integrity_check`` is restored (or a new empty log started)
and the returned store's ``report`` says what happened, in sentences the UI can show.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy.engine import make_url

from assistdesk.store import backup as backups
from assistdesk.store.engine import (
    DEFAULT_BUSY_TIMEOUT_MS,
    InstanceLock,
    create_store_engine,
    prepare_sqlite_file,
    resolve_url,
    secure_files,
    sqlite_path,
)
from assistdesk.store.errors import CORRUPT, StoreError
from assistdesk.store.migrate import current_revision, head_revision, upgrade
from assistdesk.store.report import StartupReport
from assistdesk.store.repository import Store

QUICK_CHECK_LIMIT: Final = 256 * 1024 * 1024
DAILY: Final = timedelta(hours=24)


def health_problem(db: Path, quick: bool | None = None) -> str | None:
    """Why ``db`` cannot be used as is (``None`` when it looks healthy).

    Opens it with SQLite and reads the schema; runs ``quick_check`` for files up to
    256 MB (or as ``quick`` says). The file is never opened with plain file I/O: closing
    such a handle would drop this process's POSIX locks held by SQLite connections.
    """
    try:
        size = db.stat().st_size
    except OSError as exc:
        return f"cannot read the file ({exc.strerror})"
    if size == 0:
        return None  # an empty file is a new database
    if quick is None:
        quick = size <= QUICK_CHECK_LIMIT
    try:
        conn = sqlite3.connect(str(db), timeout=5)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if quick:
                rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
                if rows != ["ok"]:
                    return "; ".join(str(r) for r in rows[:3])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return None  # busy, not damaged: the engine's busy timeout handles it
        return text
    return None


def _stamp(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def recover(db: Path, report: StartupReport, why: str) -> None:
    """Move a damaged ``db`` aside and restore the newest good backup (or start empty)."""
    aside = backups.move_aside(db)
    report.recovered = True
    report.moved_aside = aside
    good = backups.newest_good_backup(db)
    if good is not None:
        backups.restore(good.path, db)
        report.restored_from = good.path
        report.messages.append(
            f"The call log was damaged ({why}). It was moved to {aside.name} and the backup "
            f"from {_stamp(good.taken_at)} was restored; calls saved after that time are not "
            "in the restored log (the damaged file is kept for your administrator)."
        )
    else:
        report.started_empty = True
        report.messages.append(
            f"The call log was damaged ({why}) and no good backup was found. It was moved to "
            f"{aside.name} (kept for your administrator) and a new, empty call log was started."
        )


def open_store(
    url: str | None = None,
    *,
    demo: bool = False,
    exclusive: bool = False,
    migrate: bool = True,
    recover_damaged: bool = True,
    daily_backup: bool = True,
    quick_check: bool | None = None,
    busy_timeout_ms: int | None = None,
) -> Store:
    """Open (creating, recovering and migrating as needed) the call log at ``url``.

    ``url`` ``None`` means SQLite in the per-user data folder (the demo file when
    ``demo``). ``exclusive`` takes the one-window-per-log lock (the panel does; the CLI
    does not). The returned store's ``report`` describes what happened.
    """
    resolved = resolve_url(url, demo)
    report = StartupReport(url=make_url(resolved).render_as_string(hide_password=True))
    db = sqlite_path(resolved)
    lock: InstanceLock | None = None
    try:
        if db is not None:
            report.db_path = db
            prepare_sqlite_file(db)
            if exclusive:
                lock = InstanceLock(db)
                lock.acquire()
            report.created = db.stat().st_size == 0
            if not report.created and recover_damaged:
                problem = health_problem(db, quick_check)
                if problem is not None:
                    recover(db, report, problem)
                    prepare_sqlite_file(db)
        engine = create_store_engine(
            resolved, busy_timeout_ms=busy_timeout_ms or DEFAULT_BUSY_TIMEOUT_MS
        )
        store = Store(engine, resolved, demo=demo, db_path=db, lock=lock)
        try:
            if migrate:
                _migrate(store, db, report)
            if db is not None and daily_backup and not report.created:
                _daily_backup(db, report)
        except StoreError as exc:
            store.close()
            lock = None
            if exc.kind == CORRUPT and db is not None and recover_damaged and not report.recovered:
                return _reopen_after_damage(url, demo, exclusive, migrate, db, str(exc), report)
            raise
        if db is not None:
            secure_files(db)
        store.report = report
        return store
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _reopen_after_damage(
    url: str | None,
    demo: bool,
    exclusive: bool,
    migrate: bool,
    db: Path,
    why: str,
    report: StartupReport,
) -> Store:
    recover(db, report, why)
    store = open_store(url, demo=demo, exclusive=exclusive, migrate=migrate, recover_damaged=False)
    store.report.recovered = True
    store.report.moved_aside = report.moved_aside
    store.report.restored_from = report.restored_from
    store.report.started_empty = report.started_empty
    store.report.messages[:0] = report.messages
    return store


def _migrate(store: Store, db: Path | None, report: StartupReport) -> None:
    current = current_revision(store.engine)
    head = head_revision()
    if current == head:
        return
    if current is not None and db is not None:
        info = backups.take_backup(db, reason=f"before-upgrade-{current}")
        report.backup = info.path
    upgrade(store.engine)
    report.migrated_from = current
    report.migrated_to = head
    if current is not None:
        where = f" (backup: {report.backup.name})" if report.backup is not None else ""
        report.messages.append(f"The call log was upgraded from schema {current} to {head}{where}.")


def _daily_backup(db: Path, report: StartupReport) -> None:
    existing = backups.list_backups(db)
    if existing and datetime.now(UTC) - existing[0].taken_at < DAILY:
        return
    info = backups.take_backup(db, reason="daily")
    if report.backup is None:
        report.backup = info.path
