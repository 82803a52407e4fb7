from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from assistdesk.ui.app import Panel
from tests.ui.helpers import make_panel

pytestmark = pytest.mark.gui


@pytest.fixture(scope="session")
def pack_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One compiled-pack cache for the whole UI suite (keeps every panel start fast)."""
    return tmp_path_factory.mktemp("pack-cache")


@pytest.fixture
def panel_factory(
    qtbot: object, tmp_path: Path, pack_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Panel]]:
    monkeypatch.setenv("ASSISTDESK_HOME", str(tmp_path / "home"))
    made: list[Panel] = []

    def make(lang: str = "ja", operator: str = "佐藤", packs: str | None = None) -> Panel:
        panel = make_panel(tmp_path, lang, operator, packs, pack_cache)
        made.append(panel)
        assert panel.window is not None
        panel.start()
        window = panel.window
        with qtbot.waitActive(window):  # type: ignore[attr-defined]
            window.activateWindow()
        if operator:  # without one, the settings dialog asks for it first
            assert QApplication.activeWindow() is window
        return panel

    yield make
    for panel in made:
        panel.close()
        if panel.window is not None:
            panel.window.deleteLater()
    # Let Qt delete the closed windows while the application still exists, rather than
    # leaving them to the interpreter's final garbage collection.
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, 0)
    import gc

    gc.collect()
