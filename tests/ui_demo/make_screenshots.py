"""Renders docs/screenshots/demo_{ja,en}.png and demo_report.png (offscreen).

QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui_demo.make_screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from assistdesk.ui.app import Panel
from assistdesk.ui.demo.controller import DemoController
from assistdesk.ui.demo.drive import act_all
from assistdesk.ui.main_window import TAB_WORDS
from assistdesk.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
CJK_FONTS = ("IPAPGothic", "IPAGothic", "Noto Sans CJK JP", "IPAexGothic")
SCENARIO = {"ja": "kneel_demand", "en": "not_handled"}


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    cjk = next((f for f in CJK_FONTS if f in set(QFontDatabase.families())), None)
    if cjk is None:
        print("no CJK font installed (apt-get install fonts-ipafont-gothic)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ASSISTDESK_HOME"] = tmp
        for lang in ("ja", "en"):
            font = app.font()
            font.setFamilies([cjk] if lang == "ja" else ["DejaVu Sans", cjk])
            app.setFont(font)
            settings = Settings(Path(tmp) / f"settings-{lang}.ini")
            settings.operator = "佐藤" if lang == "ja" else "Sam Lee"
            settings.language = lang
            panel = Panel(settings, lang=lang, demo=True, cache_dir=Path(tmp) / "cache")
            window = panel.start()
            window.resize(1100, 900)
            demo = window.findChild(DemoController)
            assert demo is not None
            demo.fit_splitter()
            demo.start(SCENARIO[lang])
            player = demo.player
            assert player is not None
            for _ in range(3):
                demo.next_line()
                act_all(window, player)
            demo.toggle_hint()
            window.show_tab(TAB_WORDS)
            settle()
            window.grab().save(str(OUT / f"demo_{lang}.png"))
            if lang == "ja":
                while player.has_next:
                    demo.next_line()
                    act_all(window, player)
                player.call.mark_qc("warm_close", True, "最後まで落ち着いた声で対応できていました")
                demo.finish()
                dialog = demo.report_dialog
                assert dialog is not None
                dialog.resize(900, 760)
                settle()
                dialog.grab().save(str(OUT / "demo_report.png"))
            panel.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
