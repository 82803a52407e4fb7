"""Follows the system palette (light or dark); only derives a few semantic tints from it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() * (1 - t) + b.red() * t),
        round(a.green() * (1 - t) + b.green() * t),
        round(a.blue() * (1 - t) + b.blue() * t),
    )


def tints(palette: QPalette) -> dict[str, str]:
    """Background/border colours for cards, readable on the current palette."""
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    dark = is_dark(palette)
    amber = QColor("#d98e04") if not dark else QColor("#f0b429")
    red = QColor("#c62828") if not dark else QColor("#ef6461")
    green = QColor("#2e7d32") if not dark else QColor("#66bb6a")
    blue = palette.color(QPalette.ColorRole.Highlight)
    return {
        "text": text.name(),
        "muted": _mix(text, window, 0.45).name(),
        "card": _mix(base, window, 0.5).name(),
        "border": _mix(text, window, 0.75).name(),
        "demand_bg": _mix(window, red, 0.12 if not dark else 0.22).name(),
        "demand_border": red.name(),
        "warn_bg": _mix(window, amber, 0.15 if not dark else 0.25).name(),
        "warn_border": amber.name(),
        "ok": green.name(),
        "accent": blue.name(),
    }


def stylesheet(palette: QPalette) -> str:
    c = tints(palette)
    return f"""
QFrame#DemandCard {{ background: {c["demand_bg"]}; border: 2px solid {c["demand_border"]};
    border-radius: 6px; }}
QFrame#DemandCard QLabel#DemandTitle {{ color: {c["demand_border"]}; font-weight: bold; }}
QFrame#WarnBar, QFrame#ProblemBar, QFrame#ResumeBar {{ background: {c["warn_bg"]};
    border: 1px solid {c["warn_border"]}; border-radius: 4px; }}
QFrame#DemoBanner {{ background: {c["warn_border"]}; }}
QLabel#Muted {{ color: {c["muted"]}; }}
QLabel#SectionTitle {{ font-weight: bold; }}
QLabel#Timer {{ font-weight: bold; font-family: monospace; }}
QLabel#Heard {{ color: {c["ok"]}; }}
QLabel#Unheard {{ color: {c["warn_border"]}; font-weight: bold; }}
QFrame#CauseDetail {{ background: {c["card"]}; border: 1px solid {c["border"]};
    border-radius: 4px; }}
"""


def apply(app: QApplication, font_size: int) -> None:
    font = QFont(app.font())
    font.setPointSize(font_size)
    app.setFont(font)
    app.setStyleSheet(stylesheet(app.palette()))
