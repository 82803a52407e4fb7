from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from assistdesk.ui.app import Panel
from assistdesk.ui.demo.controller import DemoController
from assistdesk.ui.main_window import MainWindow
from assistdesk.ui.settings import Settings

pytestmark = pytest.mark.gui


def real_db_url(tmp: Path) -> str:
    return "sqlite:///" + (tmp / "real-calls.sqlite3").as_posix()


@pytest.fixture(scope="session")
def pack_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo-pack-cache")


Made = tuple[Panel, MainWindow, DemoController]


@pytest.fixture
def demo_factory(
    qtbot: object, tmp_path: Path, pack_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Made]]:
    """A panel started with ``--demo``; its settings point at a *real* database on
    purpose (demo mode must never write to it)."""
    monkeypatch.setenv("ASSISTDESK_HOME", str(tmp_path / "home"))
    made: list[Panel] = []

    def make(lang: str = "ja", operator: str = "佐藤") -> Made:
        settings = Settings(tmp_path / f"settings-{lang}.ini")
        settings.operator = operator
        settings.language = lang
        settings.db_url = real_db_url(tmp_path)
        panel = Panel(settings, lang=lang, demo=True, cache_dir=pack_cache)
        made.append(panel)
        window = panel.start()
        with qtbot.waitActive(window):  # type: ignore[attr-defined]
            window.activateWindow()
        assert QApplication.activeWindow() is window
        controller = window.findChild(DemoController)
        assert controller is not None, "demo.install() was not called"
        return panel, window, controller

    yield make
    for panel in made:
        panel.close()
