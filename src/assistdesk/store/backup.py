"""Backups of a SQLite call log: consistent online copies, checked, rotated, restorable.

A backup is taken with SQLite's online backup API (consistent even while AssistDesk
writes), switched to a rollback journal so it is one self-contained file, verified with
``PRAGMA integrity_check`` and made owner-only. The newest ``keep`` backups are kept.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from assistdesk import paths
from assistdesk.store.engine import secure_files, sidecar_files
from assistdesk.store.errors import StoreError, translate

KEEP: Final = 7
PREFIX: Final = "assistdesk-"
SUFFIX: Final = ".sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str


def integrity_ok(db: Path, quick: bool = False) -> bool:
    """True when ``db`` opens as SQLite and passes ``integrity_check`` (or ``quick_check``)."""
    if not db.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
            return [r[0] for r in rows] == ["ok"]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of the live database ``source`` into ``target`` (replaced)."""
    tmp = target.with_name(target.name + ".partial")
    for p in (tmp, *sidecar_files(tmp)[1:]):
        p.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_RDWR, paths.OWNER_ONLY_FILE)
    os.close(fd)
    try:
        src = sqlite3.connect(str(source), timeout=10)
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.commit()
            ok = [r[0] for r in dst.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
        finally:
            dst.close()
            src.close()
        if not ok:
            raise StoreError(f"the backup copy of {source.name} failed its integrity check")
        paths.make_private(tmp)
        os.replace(tmp, target)
        paths.make_private(target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise translate(exc, "taking a backup") from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise translate(exc, "taking a backup") from None


def backup_folder(db: Path) -> Path:
    return paths.backups_dir(db)


def list_backups(db: Path) -> list[BackupInfo]:
    """Backups of ``db``, newest first."""
    folder = backup_folder(db)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    stem = db.stem
    for p in folder.glob(f"{PREFIX}{stem}-*{SUFFIX}"):
        parts = p.name[len(PREFIX) + len(stem) + 1 : -len(SUFFIX)].split("-", 2)
        try:
            taken = datetime.strptime(parts[0] + parts[1], "%Y%m%d%H%M%S%f").replace(tzinfo=UTC)
        except (ValueError, IndexError):
            continue
        found.append(BackupInfo(p, taken, parts[2] if len(parts) > 2 else ""))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def take_backup(db: Path, reason: str = "manual", keep: int = KEEP) -> BackupInfo:
    """Back ``db`` up into its ``backups/`` folder and rotate old backups."""
    folder = paths.ensure_private_dir(backup_folder(db))
    now = datetime.now(UTC)
    stamp = now.strftime("%Y%m%d-%H%M%S%f")
    target = folder / f"{PREFIX}{db.stem}-{stamp}-{reason}{SUFFIX}"
    copy_database(db, target)
    rotate(db, keep)
    return BackupInfo(target, now, reason)


def rotate(db: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns the deleted paths."""
    removed: list[Path] = []
    for info in list_backups(db)[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def newest_good_backup(db: Path) -> BackupInfo | None:
    for info in list_backups(db):
        if integrity_ok(info.path):
            return info
    return None


def move_aside(db: Path, label: str = "corrupt") -> Path:
    """Rename ``db`` (and its WAL/shm) out of the way; returns the new database path."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = db.with_name(f"{db.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = db.with_name(f"{db.name}.{label}-{stamp}-{n}")
    for src, suffix in zip(sidecar_files(db), ("", "-wal", "-shm"), strict=True):
        if src.exists():
            os.replace(src, target.with_name(target.name + suffix))
            paths.make_private(target.with_name(target.name + suffix))
    return target


def restore(backup: Path, db: Path) -> None:
    """Put a copy of ``backup`` in place of ``db`` (which must already be moved aside)."""
    tmp = db.with_name(db.name + ".restoring")
    shutil.copyfile(backup, tmp)
    paths.make_private(tmp)
    os.replace(tmp, db)
    secure_files(db)
