"""Starting the panel: settings, language, packs, call log, window — and keeping them in step."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from assistdesk import APP_NAME
from assistdesk.logsetup import configure_logging
from assistdesk.resources import resources_dir
from assistdesk.ui import crash, i18n, theme
from assistdesk.ui.content import Content, load_content
from assistdesk.ui.main_window import MainWindow
from assistdesk.ui.session import Session
from assistdesk.ui.settings import Settings
from assistdesk.ui.store_link import StoreLink, open_store
from assistdesk.ui.widgets.dialogs import SettingsDialog

PACK_RELOAD_MS = 300


def app_icon() -> QIcon:
    icons = resources_dir() / "icons"
    icon = QIcon()
    for name in ("assistdesk.svg", "assistdesk.png"):
        if (icons / name).is_file():
            icon.addFile(str(icons / name))
    return icon


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("assistdesk")
    return app


class Panel(QObject):
    """Owns the window and everything behind it; rebuilds the window when the language,
    packs or database change."""

    def __init__(
        self,
        settings: Settings,
        *,
        lang: str | None = None,
        packs: str | None = None,
        db_url: str | None = None,
        demo: bool = False,
        cache_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.app = ensure_app()
        self.settings = settings
        self.lang = lang or settings.language
        self.packs_override = packs
        self.db_override = db_url
        self.demo = demo
        self.cache_dir = cache_dir
        self.store: StoreLink | None = None
        self.store_error = ""
        self.window: MainWindow | None = None
        self.watcher = QFileSystemWatcher(self)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(PACK_RELOAD_MS)
        self._reload_timer.timeout.connect(self.reload_packs)
        self.watcher.directoryChanged.connect(lambda _p: self._reload_timer.start())
        self.watcher.fileChanged.connect(lambda _p: self._reload_timer.start())
        self.build()

    # --- building ----------------------------------------------------------------------

    def pack_folder(self) -> str | None:
        return self.packs_override or self.settings.pack_folder or None

    def db_url(self) -> str | None:
        if self.demo:
            return None  # practice always goes to its own database, never the real log
        return self.db_override or self.settings.db_url or None

    def build(self) -> MainWindow:
        i18n.install(self.lang)
        theme.apply(self.app, self.settings.font_size)
        content = load_content(self.lang, self.pack_folder(), self.cache_dir)
        if self.store is None:
            store, error = open_store(self.db_url(), self.demo)
            self.store = StoreLink(store) if store is not None else None
            self.store_error = error
        session = Session(
            lang=self.lang,
            operator=self.settings.operator,
            packs=content.packs,
            engine=content.engine,
            problems=content.problems,
            fallback=content.fallback,
            company=self.settings.company,
            demo=self.demo,
        )
        window = MainWindow(session, self.store, app_icon())
        window.settingsRequested.connect(self.open_settings)
        geometry = self.settings.geometry
        if geometry is not None:
            window.restoreGeometry(geometry)
        else:
            window.resize(window.sizeHint())
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, self.settings.always_on_top)
        if self.store is not None:
            window.show_store_report(self.store.messages)
        else:
            window.save_status.setText(
                QCoreApplication.translate("Panel", "⚠ No database: %1").replace(
                    "%1", self.store_error
                )
            )
        if self.demo:
            self._install_demo(window)
        self.window = window
        self._watch(content)
        return window

    def _install_demo(self, window: MainWindow) -> None:
        from assistdesk.ui.demo import install

        install(self, window)

    def _watch(self, content: Content) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        folder = content.root / self.lang
        if folder.is_dir():
            self.watcher.addPath(str(folder))
            files = [str(p) for p in sorted(folder.glob("*.y*ml"))]
            if files:
                self.watcher.addPaths(files)

    def start(self) -> MainWindow:
        """Shows the window and offers what needs the operator's attention."""
        window = self.window or self.build()
        window.show()
        if not self.settings.operator:
            window.notify(
                QCoreApplication.translate("Panel", "Welcome! Enter your operator name to start.")
            )
            QTimer.singleShot(0, self.open_settings)
        else:
            self.offer_resume()
        window.focus_listen()
        return window

    def offer_resume(self) -> None:
        if self.store is None or self.window is None or not self.settings.operator:
            return
        unfinished = self.store.find_unfinished(self.settings.operator)
        if unfinished and not self.window.session.active:
            self.window.offer_resume(unfinished[-1])

    # --- live changes ------------------------------------------------------------------

    def reload_packs(self) -> None:
        window = self.window
        if window is None:
            return
        content = load_content(self.lang, self.pack_folder(), self.cache_dir)
        session = window.session
        if content.engine is not None:
            session.engine = content.engine
            session.packs = content.packs
        session.problems = content.problems
        session.fallback = content.fallback or (
            "last-good" if content.engine is None and session.engine else None
        )
        window.reload_content()
        self._watch(content)

    def open_settings(self) -> SettingsDialog | None:
        window = self.window
        if window is None:
            return None
        dialog = SettingsDialog(self.settings, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog))
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def apply_settings(self, dialog: SettingsDialog) -> None:
        values = dialog.values()
        s = self.settings
        window = self.window
        assert window is not None
        operator_changed = values.operator != s.operator
        reconfigure = (
            values.language != s.language
            or values.pack_folder != s.pack_folder
            or values.db_url != s.db_url
        )
        s.operator = values.operator
        s.company = values.company
        s.always_on_top = values.always_on_top
        s.font_size = values.font_size
        session = window.session
        session.operator = values.operator
        session.company = values.company
        theme.apply(self.app, values.font_size)
        if window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint != (
            Qt.WindowType.WindowStaysOnTopHint if values.always_on_top else Qt.WindowType(0)
        ):
            window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, values.always_on_top)
            window.show()
        window._refresh_callbar()
        if reconfigure:
            if session.active:
                window.notify(
                    QCoreApplication.translate(
                        "Panel", "Language, packs and database change after this call."
                    ),
                    error=True,
                )
            s.language = values.language
            s.pack_folder = values.pack_folder
            if values.db_url != s.db_url:
                s.db_url = values.db_url
                if not session.active and self.store is not None:
                    self.store.close()
                    self.store = None
            if not session.active:
                self.lang = values.language
                self.rebuild()
                return
        if operator_changed:
            self.offer_resume()

    def rebuild(self) -> None:
        old = self.window
        if old is not None:
            self.settings.geometry = old.saveGeometry()
            old.session.on_new_call.clear()
            old.close()
            old.deleteLater()
        self.window = None
        self.build()
        self.start()

    def close(self) -> None:
        if self.window is not None:
            self.settings.geometry = self.window.saveGeometry()
            self.window.close()
        if self.store is not None:
            self.store.close()
            self.store = None


def no_display() -> bool:
    """On Linux without X or Wayland (and no platform chosen), Qt would abort with a
    fatal error instead of a message; say so plainly first."""
    import os

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    if getattr(args, "self_test", False) and not getattr(args, "demo", False):
        from assistdesk.ui.selftest import run_self_test

        return run_self_test(args)
    if no_display():
        print(
            "AssistDesk needs a desktop session to open its window, and none was found "
            "(no DISPLAY or WAYLAND_DISPLAY). Headless checks: `assistdesk --self-test`.",
            file=sys.stderr,
        )
        return 2
    started = time.perf_counter()
    log_path = configure_logging()
    app = ensure_app()
    crash.install(log_path)
    panel = Panel(
        Settings(),
        lang=getattr(args, "lang", None),
        packs=getattr(args, "packs", None),
        db_url=getattr(args, "db", None),
        demo=bool(getattr(args, "demo", False)),
    )
    panel.start()
    if panel.window is not None:
        panel.window.notify(
            QCoreApplication.translate("Panel", "Ready in %1 s").replace(
                "%1", f"{time.perf_counter() - started:.2f}"
            )
        )
    app.aboutToQuit.connect(panel.close)
    code = int(app.exec())
    # Tear the widgets down while Qt is still alive: left to the interpreter's final
    # garbage collection, PySide 6.12 can abort on the way out.
    if panel.window is not None:
        panel.window.deleteLater()
    app.sendPostedEvents(None, 0)
    gc.collect()
    return code
