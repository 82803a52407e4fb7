"""Mid-call states used by the screenshots (and handy when looking at the panel by hand)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from assistdesk.ui.main_window import TAB_CHECKS, MainWindow

LINES = {
    "ja": [
        "パソコンもモニターも全部電源が入らないんです。タップのランプも消えてて",
        "朝から仕事で使いたいのに困ってるんです",
    ],
    "en": [
        "my computer and monitor are both dead and the power strip light is off",
        "I need it for work this morning and I'm really worried",
    ],
}
CUSTOMER = {
    "ja": ("山田 花子", "090-1234-5678", "A-10231"),
    "en": ("Alex Morgan", "07700 900123", "A-10231"),
}
ANSWERS = {
    "ja": {"what": "電源ボタンを押しても何も反応しない", "since": "今朝から"},
    "en": {"what": "nothing happens when the power button is pressed", "since": "this morning"},
}


def mid_call(window: MainWindow, lang: str) -> None:
    window.start_call()
    name, phone, ref = CUSTOMER[lang]
    window.session.set_customer(name, phone, ref)
    for line in LINES[lang]:
        window.listen.edit.setText(line)
        window.on_typed(line)
        window.listen.edit.returnPressed.emit()
    for pid, text in ANSWERS[lang].items():
        window.session.answer(pid, text)
    typing = "ランプが" if lang == "ja" else "the lamp on the"
    window.listen.edit.setText(typing)
    window.on_typed(typing)
    window.show_tab(TAB_CHECKS)
    window.flush()
    QApplication.processEvents()
