"""A supervisor on Monday morning: what keeps recurring, from the real log only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableWidget

from assistdesk.core.call import Call
from assistdesk.ui.widgets.trends import TrendsDialog
from tests.ui.helpers import key


def finished_call(cause: str, status: str, prevention: str, tag: str, outcome: str) -> Call:
    call = Call.begin(lang="ja", operator="佐藤")
    call.say("電源が入らない")
    call.mark_check(cause, status)
    call.set_wrapup(immediate_action="確認", prevention=prevention)
    call.add_voc_tag(tag)
    call.set_outcome(outcome)
    call.end()
    return call


def column(table: QTableWidget, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def test_ctrl_t_shows_recurring_causes_ideas_and_tags(panel_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = panel_factory("ja")
    w = panel.window
    store = panel.store.store
    for _ in range(3):
        store.save_call(
            finished_call("power.strip_switch", "fixed", "スイッチにカバー", "電源", "satisfied")
        )
    store.save_call(
        finished_call("cable.keyboard_mouse", "not_fixed", "固定具を同梱", "配線", "escalated")
    )

    key(w, "Ctrl+T")
    dialog = w.findChild(TrendsDialog)
    assert dialog is not None and dialog.isVisible()
    assert "4" in dialog.summary.text()
    titles = column(dialog.causes, 0)
    assert titles[0] == panel.window.session.packs.cause("power.strip_switch").title
    assert column(dialog.causes, 1)[:2] == ["3", "1"]
    assert column(dialog.causes, 2)[0] == "3"  # the check fixed it every time
    assert column(dialog.prevention, 0)[0] == "スイッチにカバー"
    assert set(column(dialog.tags, 0)) == {"電源", "配線"}
    dialog.copy.click()
    text = QGuiApplication.clipboard().text()
    assert "スイッチにカバー" in text and "3" in text
    dialog.period.setCurrentIndex(0)  # last 7 days: same calls, still counted
    assert column(dialog.causes, 1)[0] == "3"
    dialog.close()
