"""Trainer demo mode for the operator panel: DEMO banner, scenario picker, customer lines
revealed into the panel (F8 / timer, spoken where a voice exists), trainer marks, the QC
report (in the app and as PDF), a trainee's record over time, and presenter mode.

``assistdesk --demo`` builds the panel on the demo database and calls :func:`install`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTranslator

from assistdesk.resources import translations_dir

if TYPE_CHECKING:
    from assistdesk.ui.demo.controller import DemoController
    from assistdesk.ui.main_window import MainWindow

_translators: list[QTranslator] = []


def install_translator(lang: str) -> bool:
    """Loads ``assistdesk_demo_<lang>.qm`` beside the main catalogue (replacing ours only)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    translator = QTranslator(app)
    if not translator.load(f"assistdesk_demo_{lang}", str(translations_dir())):
        return False
    app.installTranslator(translator)
    _translators.append(translator)
    return True


def _ensure_demo_store(panel: Any, window: MainWindow) -> None:
    """Practice calls go to the demo database only.

    When the panel was given a database URL (``--db`` or the settings), ``open_store``
    would have opened *that* log as a demo store; replace it with the demo database so
    no practice call can ever land in the real (or shared) log.
    """
    if not getattr(panel, "demo", False):
        return
    link = getattr(panel, "store", None)
    store = getattr(link, "store", None)
    from assistdesk import paths

    demo_url = paths.default_db_url(True)
    if store is not None and getattr(store, "url", demo_url) == demo_url:
        return
    from assistdesk.ui.store_link import StoreLink, open_store

    if link is not None:
        link.close()
    opened, error = open_store(None, True)
    panel.store = StoreLink(opened) if opened is not None else None
    panel.store_error = error
    window.store = panel.store


def install(panel: Any, window: MainWindow) -> DemoController:
    """Turns ``window`` into the practice room (called by the panel with ``--demo``)."""
    from assistdesk.ui.demo.controller import install_into

    install_translator(str(getattr(panel, "lang", window.session.lang)))
    _ensure_demo_store(panel, window)
    controller = install_into(panel, window)
    if window.width() < 900:
        window.resize(960, max(window.height(), 820))
    controller.fit_splitter()
    return controller


def self_test(panel: Any, args: argparse.Namespace) -> int:
    """``--demo --self-test`` (normally answered headlessly by the CLI before a panel)."""
    from assistdesk.cli.demo_cmd import run_demo_self_test

    if hasattr(panel, "close"):
        panel.close()
    return run_demo_self_test(args)


__all__ = ["install", "install_translator", "self_test"]
