"""Turns the live call's events into Qt signals (the only bridge from core to widgets)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from assistdesk.core.call import Call, Event


class CallEvents(QObject):
    """Re-emits every event of the attached call as ``happened(Event)``.

    (Not named ``event``: that would shadow ``QObject.event``, which Qt calls to deliver
    every event to this object.)
    """

    happened = Signal(object)  # one core Event
    attached = Signal(object)  # the new Call

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = None
        self.call: Call | None = None

    def attach(self, call: Call) -> None:
        self.detach()
        self.call = call
        self._unsubscribe = call.subscribe(self._on_event)
        self.attached.emit(call)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._unsubscribe = None
        self.call = None

    def _on_event(self, event: Event) -> None:
        self.happened.emit(event)
