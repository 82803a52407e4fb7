"""An uncaught error is logged and shown with the log's path; the panel goes on."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistdesk.logsetup import configure_logging
from assistdesk.ui import crash


def test_uncaught_error_is_logged_and_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSISTDESK_HOME", str(tmp_path))
    root = logging.getLogger()
    before = list(root.handlers)
    shown: list[tuple[str, str]] = []
    old_hook = sys.excepthook
    try:
        log_path = configure_logging()
        assert configure_logging() == log_path  # no second handler
        hook = crash.install(log_path, show=lambda title, body: shown.append((title, body)))
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as exc:
            hook(RuntimeError, exc, exc.__traceback__)
        for handler in root.handlers:
            handler.flush()
    finally:
        sys.excepthook = old_hook
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
    assert log_path == tmp_path / "logs" / "assistdesk.log"
    text = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in text and "Traceback" in text
    ((title, body),) = shown
    assert title and str(log_path) in body


def test_no_display_gives_a_message_not_a_qt_abort(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux desktops")
    done = subprocess.run(
        [sys.executable, "-m", "assistdesk"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert "desktop session" in done.stderr and "Traceback" not in done.stderr
