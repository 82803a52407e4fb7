"""Autosave of the live call: every change on disk within half a second, nothing dropped.

An :class:`Autosaver` subscribes to a :class:`~assistdesk.core.call.Call`. Each change
marks it dirty; :meth:`Autosaver.flush` writes what changed since the last successful
save (one short transaction) and returns ``True`` once the call is safely stored.

* The panel drives ``flush()`` from a timer (every ``FLUSH_INTERVAL`` seconds, 0.1 s);
  with a write taking a few milliseconds every change reaches the disk well within
  ``MAX_DELAY`` (0.5 s). Typing bursts are coalesced into one write.
* Headless code (CLI, tests, scripts) passes ``sync=True``: every change is flushed
  before the mutating method returns.
* When a save fails (disk full, read-only folder, locked database, server down) the call
  stays in memory, marked pending; ``last_error`` holds a clear message for the UI, and
  later flushes retry (with a short back-off) until it is saved. Nothing is dropped.
* An unfinished call (the app was killed) is found again at the next start with
  ``store.find_unfinished(operator)``; wrap it in a new Autosaver to carry on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Final

from assistdesk.core.call import Call, Event
from assistdesk.store.errors import StoreError, translate
from assistdesk.store.repository import SaveState, Store

FLUSH_INTERVAL: Final = 0.1
MAX_DELAY: Final = 0.5
RETRY_FIRST: Final = 0.1
RETRY_MAX: Final = 5.0


class Autosaver:
    """Keeps one call saved. Use as a context manager or call :meth:`close` at the end."""

    def __init__(
        self,
        store: Store,
        call: Call,
        *,
        sync: bool = False,
        on_saved: Callable[[int], None] | None = None,
        on_error: Callable[[StoreError], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if call.demo and not store.demo:
            from assistdesk.store.errors import DemoCallRefused

            raise DemoCallRefused()
        self.store = store
        self.call = call
        self.sync = sync
        self.on_saved = on_saved
        self.on_error = on_error
        self._clock = clock
        self._lock = threading.RLock()
        self._state: SaveState | None = None
        self._dirty = True
        self._dirty_since = clock()
        self._retry_at = 0.0
        self._failures = 0
        self._saved_revision = -1
        self.last_error: StoreError | None = None
        self._unsubscribe: Callable[[], None] | None = call.subscribe(self._on_event)
        if sync:
            self.flush()

    # --- state ---------------------------------------------------------------------------

    @property
    def pending(self) -> bool:
        """True while some change is not yet on disk."""
        return self._dirty

    @property
    def saved_revision(self) -> int:
        """The call revision (number of events) last saved; -1 before the first save."""
        return self._saved_revision

    @property
    def failures(self) -> int:
        """Consecutive failed saves (0 when the last one succeeded)."""
        return self._failures

    def overdue(self) -> bool:
        """True when a change has waited longer than ``MAX_DELAY`` (the UI may warn)."""
        return self._dirty and self._clock() - self._dirty_since > MAX_DELAY

    # --- saving --------------------------------------------------------------------------

    def _on_event(self, _event: Event) -> None:
        if not self._dirty:
            self._dirty_since = self._clock()
        self._dirty = True
        if self.sync:
            self.flush(force=True)

    def flush(self, force: bool = False) -> bool:
        """Save pending changes; ``True`` when nothing is pending afterwards.

        Never raises for storage problems: they are kept in ``last_error`` (and passed
        to ``on_error``) and retried on a later flush. ``force`` ignores the back-off.
        """
        with self._lock:
            if not self._dirty:
                return True
            if not force and self._clock() < self._retry_at:
                return False
            revision = self.call.revision
            try:
                self._state = self.store.write(self.call, self._state)
            except StoreError as exc:
                self._failed(exc)
                return False
            except Exception as exc:  # unknown driver trouble: keep the call, retry later
                self._failed(translate(exc))
                return False
            self._dirty = self.call.revision != revision
            self._failures = 0
            self._retry_at = 0.0
            self.last_error = None
            self._saved_revision = revision
            if self._dirty:
                self._dirty_since = self._clock()
        if self.on_saved is not None:
            self.on_saved(revision)
        return not self._dirty

    def _failed(self, exc: StoreError) -> None:
        self._failures += 1
        self._retry_at = self._clock() + min(RETRY_FIRST * 2 ** (self._failures - 1), RETRY_MAX)
        self.last_error = exc
        # The database state is unknown after a failure: next time, save from scratch.
        self._state = None
        if self.on_error is not None:
            self.on_error(exc)

    def close(self, flush: bool = True) -> bool:
        """Stop listening (after a last flush); ``True`` when everything was saved."""
        ok = self.flush(force=True) if flush else not self._dirty
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        return ok

    def __enter__(self) -> Autosaver:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
