"""The panel's link to the call log: autosave driven by a QTimer, resume, history.

Every store error becomes a message (the call stays in memory and is retried on the next
tick); nothing here raises into a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from assistdesk.core.call import Call
from assistdesk.ui.widgets.history import CallRow

SEARCH_LIMIT = 50


@dataclass(frozen=True)
class FlushResult:
    saved: bool
    error: str | None = None


def open_store(url: str | None, demo: bool = False) -> tuple[Any | None, str]:
    """Opens the call log (one panel per log); returns ``(store, "")`` or ``(None, message)``."""
    try:
        from assistdesk.store import open_store as opener

        return opener(url, demo=demo, exclusive=True), ""
    except Exception as exc:  # every failure to open is shown, never raised
        return None, str(exc) or type(exc).__name__


class StoreLink:
    def __init__(self, store: Any) -> None:
        self.store = store
        self.call: Call | None = None
        self._saved_revision = -1
        self._autosaver: Any = None
        self.last_error = ""
        report = getattr(store, "report", None)
        self.messages: list[str] = (
            list(report.messages) if report is not None and report.needs_attention else []
        )

    def track(self, call: Call) -> None:
        """Autosave this call from now on (the previous one is flushed first)."""
        if self.call is not None and self.call is not call:
            self.flush()
            self._close_saver()
        self.call = call
        self._saved_revision = -1
        try:
            from assistdesk.store import Autosaver

            self._autosaver = Autosaver(self.store, call)
        except Exception as exc:
            self.last_error = str(exc)
            self._autosaver = None

    def _close_saver(self) -> None:
        saver, self._autosaver = self._autosaver, None
        if saver is not None:
            try:
                saver.close()
            except Exception as exc:
                self.last_error = str(exc)

    def flush(self) -> FlushResult:
        call = self.call
        if call is None:
            return FlushResult(False)
        saver = self._autosaver
        if saver is None:
            return FlushResult(False, self.last_error or None)
        try:
            ok = bool(saver.flush())
        except Exception as exc:  # kept in memory and retried on the next tick
            self.last_error = str(exc)
            return FlushResult(False, self.last_error)
        if not ok:
            error = saver.last_error
            self.last_error = str(error) if error is not None else ""
            return FlushResult(False, self.last_error or None)
        self.last_error = ""
        saved = call.revision != self._saved_revision
        self._saved_revision = call.revision
        return FlushResult(saved)

    def find_unfinished(self, operator: str) -> list[Call]:
        try:
            return list(self.store.find_unfinished(operator))
        except Exception as exc:
            self.last_error = str(exc)
            return []

    def close_unfinished(self, call: Call) -> None:
        """The operator chose not to resume: the call is ended as it was and saved."""
        try:
            if not call.is_ended:
                call.end()
            self.store.save_call(call)
        except Exception as exc:
            self.last_error = str(exc)

    def _rows(self, fetch: Callable[[], list[Any]]) -> list[CallRow]:
        try:
            items = fetch()
        except Exception as exc:
            self.last_error = str(exc)
            return []
        self.last_error = ""
        rows: list[CallRow] = []
        for item in items:
            summary = getattr(item, "call", item)
            snippet = getattr(item, "snippet", "") or ""
            customer = " ".join(
                v
                for v in (
                    summary.customer_name,
                    summary.customer_phone,
                    summary.customer_reference,
                )
                if v
            )
            rows.append(
                CallRow(
                    summary.id,
                    summary.started_at,
                    summary.operator,
                    customer,
                    summary.category or "",
                    summary.outcome or "",
                    " ".join(snippet.split()),
                    summary.followup_due if hasattr(item, "followup_due") else None,
                )
            )
        return rows

    def search(self, query: str) -> list[CallRow]:
        return self._rows(lambda: self.store.search(query, limit=SEARCH_LIMIT))

    def recent(self) -> list[CallRow]:
        return self._rows(lambda: self.store.recent(limit=SEARCH_LIMIT))

    def followups_due(self) -> list[CallRow]:
        return self._rows(lambda: self.store.followups_due())

    def recurring(self, period: timedelta) -> Any:
        """What keeps coming back over ``period`` (the store's Recurring), or a message."""
        try:
            return self.store.recurring(since=datetime.now(UTC) - period)
        except Exception as exc:
            self.last_error = str(exc)
            return self.last_error

    def load(self, call_id: str) -> Call | None:
        try:
            loaded: Call | None = self.store.load_call(call_id)
            return loaded
        except Exception as exc:
            self.last_error = str(exc)
            return None

    def close(self) -> None:
        self.flush()
        self._close_saver()
        try:
            self.store.close()
        except Exception as exc:
            self.last_error = str(exc)
