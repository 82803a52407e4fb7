"""UI language: installs the AssistDesk and Qt translators for ja or en."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from assistdesk.resources import translations_dir

_installed: list[QTranslator] = []


def install(lang: str) -> bool:
    """Switches the UI language; returns False when our catalogue could not be loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English)
    )
    ok = False
    ours = QTranslator(app)
    if ours.load(f"assistdesk_{lang}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
        ok = True
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
