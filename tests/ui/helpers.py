"""Driving the panel like an operator: typing, keys, clicks; reading the saved call back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from assistdesk.core.call import Call
from assistdesk.ui.app import Panel
from assistdesk.ui.main_window import MainWindow
from assistdesk.ui.settings import Settings


def make_panel(
    tmp: Path,
    lang: str,
    operator: str = "佐藤",
    packs: str | None = None,
    cache: Path | None = None,
) -> Panel:
    settings = Settings(tmp / "settings.ini")
    settings.operator = operator
    settings.language = lang
    return Panel(
        settings,
        lang=lang,
        packs=packs,
        db_url=db_url(tmp),
        cache_dir=cache or tmp / "cache",
    )


def db_url(tmp: Path) -> str:
    return "sqlite:///" + (tmp / "calls.sqlite3").as_posix()


def key(window: QWidget, keys: str) -> None:
    """Presses a shortcut such as ``Ctrl+N`` on whatever has focus in the window."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(keys)[0]
    top = window.window()
    if QApplication.activeWindow() is not top:
        # The offscreen platform has no window manager to hand activation back after a
        # dialog closes; a desktop does this by itself.
        top.activateWindow()
        QApplication.processEvents()
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, combo.key(), combo.keyboardModifiers())
    QApplication.processEvents()


def press(
    widget: QWidget, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, k, mod)
    QApplication.processEvents()


def type_into(widget: QWidget, text: str) -> None:
    """Types ``text``: ASCII as key presses; Japanese as the input method commits it
    (one committed character at a time, like an IME confirming each conversion)."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def say(window: MainWindow, text: str) -> None:
    """The operator types what the customer says into the Listen box and presses Return."""
    key(window, "Ctrl+L")
    assert window.listen.edit.hasFocus()
    type_into(window.listen.edit, text)
    press(window.listen.edit, Qt.Key.Key_Return)


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def saved_call(tmp: Path, call_id: str) -> Call:
    """The call as it landed in the database, read through a fresh connection."""
    from assistdesk.store import open_store

    store = open_store(db_url(tmp))
    try:
        call = store.load_call(call_id)
    finally:
        store.close()
    assert call is not None, "the call never reached the database"
    return call
