"""No silent death: an uncaught error is logged with its traceback and the operator is
told, in their language, that the call is kept and where the details are."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("assistdesk.crash")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def message(log_path: Path) -> tuple[str, str]:
    title = QCoreApplication.translate("Crash", "Something went wrong")
    body = QCoreApplication.translate(
        "Crash",
        "AssistDesk hit an unexpected error. The call so far is saved and the panel keeps "
        "running. If this happens again, please send this file to your IT team:\n%1",
    ).replace("%1", str(log_path))
    return title, body


def install(log_path: Path, show: Callable[[str, str], object] | None = None) -> Hook:
    """Installs the hooks for the main thread and worker threads; returns the hook."""

    def show_dialog(title: str, body: str) -> object:
        return QMessageBox.critical(QApplication.activeWindow(), title, body)

    shower = show or show_dialog
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("Uncaught error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if showing or QApplication.instance() is None:
            return  # one dialog at a time; errors while it is open are still logged
        showing = True
        try:
            shower(*message(log_path))
        finally:
            showing = False

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.critical(
            "Uncaught error in thread %s:\n%s",
            args.thread.name if args.thread else "?",
            "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)),
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook
    return hook
