"""Errors of the call log, each with a message an operator can act on.

Database driver exceptions are translated by :func:`translate` into a :class:`StoreError`
whose ``kind`` says what happened (``disk_full``, ``read_only``, ``locked``, ``corrupt``,
``unavailable``, …) and whose ``str()`` is one clear sentence for the UI or the CLI.
"""

from __future__ import annotations

import errno
from typing import Final

DISK_FULL: Final = "disk_full"
READ_ONLY: Final = "read_only"
LOCKED: Final = "locked"
CORRUPT: Final = "corrupt"
UNAVAILABLE: Final = "unavailable"
IN_USE: Final = "in_use"
DEMO: Final = "demo"
NEWER_SCHEMA: Final = "newer_schema"
NOT_OURS: Final = "not_ours"
NOT_FOUND: Final = "not_found"
BAD_INPUT: Final = "bad_input"
OTHER: Final = "other"


class StoreError(Exception):
    """Something the call log could not do; ``kind`` is one of the constants above."""

    def __init__(self, message: str, kind: str = OTHER) -> None:
        super().__init__(message)
        self.kind = kind

    @property
    def retryable(self) -> bool:
        """Worth retrying later (the data is kept in memory meanwhile)."""
        return self.kind in (DISK_FULL, READ_ONLY, LOCKED, UNAVAILABLE, OTHER)


class AlreadyRunning(StoreError):
    """Another AssistDesk window already has this call log open."""

    def __init__(self, message: str) -> None:
        super().__init__(message, IN_USE)


class DemoCallRefused(StoreError):
    """A demo (practice) call may never enter the real call log."""

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message
            or "practice (demo) calls are never saved in the real call log; "
            "open the demo database instead",
            DEMO,
        )


_MESSAGES: Final = {
    DISK_FULL: "the disk is full",
    READ_ONLY: "the call log is read-only (check the folder's permissions)",
    LOCKED: "the call log is locked by another program",
    CORRUPT: "the call log file is damaged; restart AssistDesk to restore the latest good backup",
    UNAVAILABLE: "the database cannot be reached",
}
_KEPT: Final = "; the call is kept in memory and saving will be retried"


def classify(exc: BaseException) -> str:
    """The kind of a driver / OS exception (by SQLite result text, psycopg class or errno)."""
    if isinstance(exc, StoreError):
        return exc.kind
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    if isinstance(orig, OSError):
        if orig.errno == errno.ENOSPC:
            return DISK_FULL
        if orig.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return READ_ONLY
    if "disk is full" in text or "no space left" in text or "disk full" in text:
        return DISK_FULL
    if "readonly" in text or "read-only" in text or "read only" in text:
        return READ_ONLY
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return LOCKED
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CORRUPT
    if "unable to open database" in text or "disk i/o error" in text:
        return UNAVAILABLE
    if "lock" in text and "timeout" in text:
        return LOCKED
    module = type(orig).__module__
    if module.startswith("psycopg"):
        name = type(orig).__name__
        if name in ("OperationalError", "InterfaceError", "AdminShutdown", "ConnectionTimeout"):
            return UNAVAILABLE
        if name in ("DiskFull",):
            return DISK_FULL
        if name in ("ReadOnlySqlTransaction",):
            return READ_ONLY
        if name in ("LockNotAvailable", "DeadlockDetected", "SerializationFailure"):
            return LOCKED
    return OTHER


def translate(exc: BaseException, doing: str = "saving the call") -> StoreError:
    """A :class:`StoreError` with one clear sentence for ``exc``."""
    if isinstance(exc, StoreError):
        return exc
    kind = classify(exc)
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = detail[0] if detail else type(exc).__name__
    message = _MESSAGES.get(kind)
    if message is None:
        return StoreError(f"{doing} failed: {first}", kind)
    if doing.startswith("saving the call") and kind != CORRUPT:
        message += _KEPT
    return StoreError(f"{doing} failed: {message} ({first})", kind)
