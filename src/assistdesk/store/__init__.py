"""The call log: SQLAlchemy 2.x store on SQLite (embedded) or PostgreSQL (shared).

Typical use::

    store = open_store(args.db, exclusive=True)      # check, recover, back up, migrate
    if store.report.needs_attention: show(store.report.messages)
    for call in store.find_unfinished(operator): ...  # after a crash
    saver = Autosaver(store, call)                    # then saver.flush() from a timer

No Qt here. Free text is card-masked before it reaches the disk or an export.
"""

from __future__ import annotations

from assistdesk.store.autosave import Autosaver
from assistdesk.store.errors import AlreadyRunning, DemoCallRefused, StoreError
from assistdesk.store.opening import open_store
from assistdesk.store.privacy import mask_card_numbers
from assistdesk.store.report import StartupReport
from assistdesk.store.repository import (
    CallSummary,
    CauseCount,
    ImportResult,
    PurgeResult,
    Recurring,
    SearchHit,
    Store,
)

__all__ = [
    "AlreadyRunning",
    "Autosaver",
    "CallSummary",
    "CauseCount",
    "DemoCallRefused",
    "ImportResult",
    "PurgeResult",
    "Recurring",
    "SearchHit",
    "StartupReport",
    "Store",
    "StoreError",
    "mask_card_numbers",
    "open_store",
]
