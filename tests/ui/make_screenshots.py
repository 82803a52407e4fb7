"""Renders docs/screenshots/panel-{ja,en}-*.png of the panel mid-call (offscreen).

QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.make_screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from assistdesk.ui.main_window import TAB_HANDOFF, TAB_WORDS
from tests.ui.helpers import make_panel
from tests.ui.scenes import mid_call

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
CJK_FONTS = ("IPAPGothic", "IPAGothic", "Noto Sans CJK JP", "IPAexGothic")


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ASSISTDESK_HOME"] = tmp
        for lang in ("ja", "en"):
            base = Path(tmp) / lang
            base.mkdir()
            app = QApplication.instance() or QApplication([])
            assert isinstance(app, QApplication)
            families = set(QFontDatabase.families())
            cjk = next((f for f in CJK_FONTS if f in families), None)
            if cjk is None:
                print(
                    "no CJK font installed (apt-get install fonts-ipafont-gothic)", file=sys.stderr
                )
                return 1
            font = app.font()
            font.setFamilies([cjk] if lang == "ja" else ["DejaVu Sans", cjk])
            app.setFont(font)
            panel = make_panel(base, lang, "佐藤" if lang == "ja" else "Sam Lee")
            window = panel.start()
            window.resize(440, 900)
            mid_call(window, lang)
            settle()
            window.grab().save(str(OUT / f"panel-{lang}-checks.png"))
            window.show_tab(TAB_WORDS)
            settle()
            window.grab().save(str(OUT / f"panel-{lang}-words.png"))
            if lang == "ja":
                window.listen.edit.setText("")
                window.session.heard("土下座して謝れ！")
                window.on_typed("")
            window.build_handoff()
            window.flush()
            window.show_tab(TAB_HANDOFF)
            settle()
            window.grab().save(str(OUT / f"panel-{lang}-handoff.png"))
            panel.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
