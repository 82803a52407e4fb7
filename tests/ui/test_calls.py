"""Whole calls played as an operator would: keys, shortcuts, clicks. Each asserts what
the panel shows and what landed in the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from assistdesk.ui.app import Panel
from assistdesk.ui.main_window import TAB_CHECKS, TAB_WORDS, TAB_WRAPUP
from tests.ui.helpers import clipboard, key, press, saved_call, say, type_into

PanelFactory = Callable[..., Panel]


def test_power_strip_that_was_off(panel_factory: PanelFactory, tmp_path: Path) -> None:
    panel = panel_factory("ja")
    w = panel.window
    assert w is not None
    key(w, "Ctrl+N")
    assert w.call_bar.end_button.isEnabled() and not w.call_bar.start_button.isEnabled()
    assert w.listen.edit.hasFocus()
    say(w, "パソコンもモニターも全部電源が入らないんです。タップのランプも消えてて")
    assert "パソコンもモニター" in w.listen.transcript.item(0).text()

    key(w, "Ctrl+2")
    assert w.tabs.currentIndex() == TAB_CHECKS
    top = w.checks.list.current_cause()
    assert top is not None and top.id == "power.strip_switch"
    assert w.checks.script.text() == top.check.say  # the face-saving script, in full
    press(w.checks.list, Qt.Key.Key_Return)  # copy the script with one key
    assert clipboard() == top.check.say
    press(w.checks.list, Qt.Key.Key_F)  # it fixed the problem
    assert w.checks.list.item(0).text().startswith("✓")
    assert w.checks.status.text() == "✓ 解決"

    key(w, "Ctrl+5")
    assert w.tabs.currentIndex() == TAB_WRAPUP
    key(w, "Alt+3")  # 満足
    type_into(w.wrapup.action, "電源タップのスイッチを入れ直して復旧")
    type_into(w.wrapup.prevention, "タップの位置を足元から移す案内を手順書に追加")
    type_into(w.wrapup.tags, "電源タップ, 足元")
    press(w.wrapup.tags, Qt.Key.Key_Return)
    assert "#電源タップ" in w.wrapup.tag_list.text()
    key(w, "Ctrl+Shift+E")
    assert not w.session.active and w.call_bar.start_button.isEnabled()

    call = saved_call(tmp_path, w.session.call.id)  # type: ignore[union-attr]
    assert call.operator == "佐藤" and call.is_ended
    assert call.transcript == (
        "パソコンもモニターも全部電源が入らないんです。タップのランプも消えてて",
    )
    assert call.checks == {"power.strip_switch": "fixed"}
    assert call.outcome == "satisfied"
    assert call.immediate_action.startswith("電源タップ")
    assert call.prevention.startswith("タップの位置")
    assert call.voc_tags == ("電源タップ", "足元")
    assert [p.text for p in call.phrases_used] == [top.check.say]
    assert call.category == "device"


def test_keyboard_dead_after_moving_the_pc(panel_factory: PanelFactory, tmp_path: Path) -> None:
    panel = panel_factory("en", operator="Sam Lee")
    w = panel.window
    assert w is not None
    key(w, "Ctrl+N")
    key(w, "Ctrl+U")
    type_into(w.call_bar.name, "Alex Morgan")
    key(w, "Ctrl+L")  # leaving the field saves the customer
    say(w, "the keyboard stopped working after we moved the PC to another room")
    key(w, "Ctrl+2")
    causes = [w.checks.list.item(i).text() for i in range(w.checks.list.count())]
    assert "keyboard" in causes[0].lower()
    first = w.checks.list.current_cause()
    assert first is not None and first.id == "cable.keyboard_mouse"
    assert not w.checks.next.isVisible()
    press(w.checks.list, Qt.Key.Key_X)  # tried: not fixed → what to try next
    assert w.checks.next.isVisible() and first.next[0] in w.checks.next.text()
    press(w.checks.list, Qt.Key.Key_Down)
    second = w.checks.list.current_cause()
    assert second is not None and second.id != first.id
    press(w.checks.list, Qt.Key.Key_F)
    assert w.checks.list.item(0).text().startswith("✗")
    assert w.checks.list.item(1).text().startswith("✓")

    # Intake shows what is still unheard; answers are typed in place.
    key(w, "Ctrl+1")
    assert w.intake.current_template() == "device"
    assert "Still unheard" in w.intake.progress.text()
    focused = QApplication.focusWidget()
    assert focused is w.intake.answers["what"]
    type_into(focused, "keys do nothing, no lights on the keyboard")
    press(focused, Qt.Key.Key_Return)  # saved; on to the next unheard prompt
    assert QApplication.focusWidget() is w.intake.answers["since"]
    assert w.intake.status["what"].text() == "✓" and w.intake.status["since"].text() == "●"
    key(w, "F4")  # copy the question for the prompt under focus
    assert clipboard() == w.intake.answers["since"].property("ask")

    key(w, "Ctrl+5")
    key(w, "Alt+1")
    type_into(w.wrapup.action, "Reseated the USB connector in another port")
    key(w, "Ctrl+Shift+E")
    call = saved_call(tmp_path, w.session.call.id)  # type: ignore[union-attr]
    assert call.customer_name == "Alex Morgan" and call.operator == "Sam Lee"
    assert call.checks == {first.id: "not_fixed", second.id: "fixed"}
    assert call.intake["what"] == "keys do nothing, no lights on the keyboard"
    assert call.outcome == "understood" and call.is_ended


def test_angry_customer_demands_kneeling_and_money(
    panel_factory: PanelFactory, tmp_path: Path
) -> None:
    panel = panel_factory("ja")
    w = panel.window
    assert w is not None
    assert w.demand_card.isHidden()
    key(w, "Ctrl+N")
    say(w, "何度電話させるんだ、ふざけるな")
    key(w, "Ctrl+3")
    assert w.tabs.currentIndex() == TAB_WORDS
    # Empathy comes first, for the feeling heard (anger), before any apology.
    assert "怒" in w.words.empathy_title.text()
    empathy = w.words.empathy.phrases()[0]
    key(w, "Ctrl+E")
    assert clipboard() == empathy.text

    # The demand: typed as it is said, the card appears before Return is even pressed.
    key(w, "Ctrl+L")
    type_into(w.listen.edit, "土下座して謝れ！")
    assert w.demand_card.isVisible()
    assert "土下座" in w.demand_card.title.text()
    press(w.listen.edit, Qt.Key.Key_Return)
    assert "「土下座して謝れ！」" in w.demand_card.verbatim.text()
    say(w, "慰謝料を払え、誠意を見せろ")
    assert "金銭" in w.demand_card.title.text() or "money" in w.demand_card.title.text()
    key(w, "Ctrl+D")
    assert w.demand_card.say.hasFocus()
    reply = w.demand_card.say.current_phrase()
    assert reply is not None
    press(w.demand_card.say, Qt.Key.Key_Return)
    assert clipboard() == w.session.fill(reply.text).text
    w.demand_card.decline_button.click()
    assert w.demand_card.isHidden()

    key(w, "Ctrl+5")
    key(w, "Alt+5")  # escalated per policy
    key(w, "Ctrl+Shift+E")
    call = saved_call(tmp_path, w.session.call.id)  # type: ignore[union-attr]
    flagged = {d.id: d for d in call.demands}
    assert flagged["demand.kneel"].verbatim == "土下座して謝れ！"
    assert flagged["demand.money"].verbatim == "慰謝料を払え、誠意を見せろ"
    assert all(d.declined for d in call.demands)
    kinds = [p.kind for p in call.phrases_used]
    assert kinds[0] == "empathy" and "demand_reply" in kinds
    assert "apology" not in kinds and "full_apology" not in kinds
    assert call.outcome == "escalated"


def test_request_that_cannot_be_met_gets_an_alternative(
    panel_factory: PanelFactory, tmp_path: Path
) -> None:
    panel = panel_factory("en", operator="Sam Lee")
    w = panel.window
    assert w is not None
    key(w, "Ctrl+N")
    say(w, "can you deliver it on Sunday? I'm out all week")
    key(w, "Ctrl+3")
    words = w.words
    assert words.current_category() is not None
    assert words.current_category().id == "delivery"  # type: ignore[union-attr]
    # Never a bare no: the composer starts with one alternative ticked.
    first = words.r_alts.item(0)
    assert first.checkState() == Qt.CheckState.Checked
    # The operator ticks a second option (choices) with the keyboard.
    words.r_alts.setFocus()
    press(words.r_alts, Qt.Key.Key_Down)
    press(words.r_alts, Qt.Key.Key_Space)
    assert words.r_alts.item(1).checkState() == Qt.CheckState.Checked
    choice = words.choice()
    assert choice is not None and len(choice.alternatives) == 2
    preview = words.preview.text()
    cat = words.current_category()
    assert cat is not None
    assert w.session.display(cat.apologies[0]) in preview  # apology → reason → alternatives → extra
    assert preview.index(w.session.display(cat.reasons[0])) < preview.index(
        w.session.display(cat.alternatives[0].text)
    )
    words.r_copy.click()
    dialog = w._placeholder_dialog  # {date}/{time} are asked for on use
    if dialog is not None:
        for edit in dialog.edits.values():
            type_into(edit, "Saturday")
        dialog.accept()
    copied = clipboard()
    assert "{" not in copied and copied.startswith(cat.apologies[0][:10])

    # A full admission before the facts are known: the panel warns and offers a partial one.
    full = words.full.phrases()[0]
    w.request_copy([full])
    assert w.warn_bar.isVisible() and "⚠" in w.warn_bar.message.text()
    assert clipboard() == copied  # nothing copied yet
    partial_button = w.warn_bar.findChildren(type(words.r_copy))[0]
    partial_button.click()
    assert w.warn_bar.isHidden()
    assert clipboard() == w.session.fill(words.apology.phrases()[0].text).text

    # The operator's own words are checked as they type.
    type_into(words.own, "No, we can't do that")
    assert "⚠" in words.own_note.text()

    key(w, "Ctrl+5")
    key(w, "Alt+2")
    key(w, "Ctrl+Shift+E")
    call = saved_call(tmp_path, w.session.call.id)  # type: ignore[union-attr]
    used = {p.kind: p for p in call.phrases_used}
    assert used["alternative"].text == copied and used["alternative"].ref == "delivery"
    assert "full_apology" not in used and "apology" in used
    assert call.outcome == "accepted"


def test_handoff_builds_summary_and_copies_it(panel_factory: PanelFactory, tmp_path: Path) -> None:
    panel = panel_factory("ja")
    w = panel.window
    assert w is not None
    key(w, "Ctrl+N")
    key(w, "Ctrl+U")
    type_into(w.call_bar.name, "山田 花子")
    type_into(w.call_bar.phone, "090-1234-5678")
    key(w, "Ctrl+L")
    say(w, "ネットにつながらないんです。ルーターのランプが赤く点滅してて")
    say(w, "在宅勤務で今日中に使いたい")
    key(w, "Ctrl+1")
    first = QApplication.focusWidget()
    type_into(first, "全端末でネットにつながらない")  # type: ignore[arg-type]
    press(first, Qt.Key.Key_Return)  # type: ignore[arg-type]
    key(w, "Ctrl+2")
    tried = w.checks.list.current_cause()
    assert tried is not None
    press(w.checks.list, Qt.Key.Key_X)
    key(w, "Ctrl+4")
    type_into(w.handoff.notes, "明日12時までに技術担当から折り返し")
    key(w, "Ctrl+5")
    w.wrapup.follow.setChecked(True)
    key(w, "Alt+5")
    key(w, "Ctrl+H")  # one key: build and copy
    summary = clipboard()
    assert summary == w.handoff.summary.toPlainText()
    for expected in (
        "佐藤",
        "山田 花子",
        "「ネットにつながらないんです。ルーターのランプが赤く点滅してて」",
        "「在宅勤務で今日中に使いたい」",
        "全端末でネットにつながらない",
        tried.title,
        "明日12時までに技術担当から折り返し",
    ):
        assert expected in summary, expected
    assert "未解決" in summary  # the check that did not help
    key(w, "Ctrl+Shift+E")
    call = saved_call(tmp_path, w.session.call.id)  # type: ignore[union-attr]
    assert call.handoff_summary == summary
    assert call.notes == "明日12時までに技術担当から折り返し"
    assert call.followup is not None and call.followup.due is not None
    assert call.outcome == "escalated"
    assert [e.type for e in call.timeline].count("handoff.built") == 1


def test_typing_never_waits_for_suggestions(panel_factory: PanelFactory, qtbot: QtBot) -> None:
    panel = panel_factory("ja")
    w = panel.window
    assert w is not None
    w.listen.edit.setFocus()
    worst = 0.0
    for ch in "パソコンもモニターも全部電源が入らない":
        type_into(w.listen.edit, ch)
        worst = max(worst, w.last_update_ms)
    assert w.checks.list.count() > 0  # updated synchronously, no debounce to wait for
    assert worst < 50.0
