"""The rest of the panel: crash resume, pack problems, history, settings, shortcuts,
accessibility, translations — and bad input never showing a traceback."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
)

from assistdesk.core.call import Call
from assistdesk.resources import packs_dir, translations_dir
from assistdesk.store import open_store
from assistdesk.ui.app import Panel
from assistdesk.ui.main_window import TAB_HISTORY
from assistdesk.ui.widgets.dialogs import CallViewDialog, CheatSheet
from tests.ui.helpers import db_url, key, press, say, type_into

PanelFactory = Callable[..., Panel]


def test_offers_to_resume_a_call_left_unfinished_by_a_crash(
    panel_factory: PanelFactory, tmp_path: Path
) -> None:
    store = open_store(db_url(tmp_path))
    crashed = Call.begin(lang="ja", operator="佐藤")
    crashed.set_customer("山田 花子", "090-1234-5678", None)
    crashed.say("電源が入らないんです")
    crashed.answer_intake("what", "ボタンを押しても反応なし")
    store.save_call(crashed)  # the app died here, the call never ended
    store.close()

    w = panel_factory("ja").window
    assert w is not None
    assert w.resume_bar.isVisible() and "電源が入らない" in w.resume_bar.message.text()
    key(w, "Ctrl+R")
    assert w.resume_bar.isHidden()
    assert w.session.call is not None and w.session.call.id == crashed.id
    assert w.call_bar.name.text() == "山田 花子"
    assert w.listen.transcript.item(0).text() == "電源が入らないんです"
    assert w.intake.answers["what"].text() == "ボタンを押しても反応なし"
    say(w, "タップのランプも消えてます")
    key(w, "Ctrl+Shift+E")
    reopened = open_store(db_url(tmp_path))
    saved = reopened.load_call(crashed.id)
    reopened.close()
    assert saved is not None and saved.is_ended and len(saved.transcript) == 2


def test_pack_problem_shown_as_file_line_while_last_good_content_works(
    panel_factory: PanelFactory, tmp_path: Path
) -> None:
    packs = tmp_path / "packs"
    shutil.copytree(packs_dir(), packs)
    panel = panel_factory("en", operator="Sam Lee", packs=str(packs))
    w = panel.window
    assert w is not None and w.problem_bar.isHidden()
    broken = packs / "en" / "empathy.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "\n  - id: [oops\n", encoding="utf-8")
    panel.reload_packs()
    w = panel.window
    assert w is not None
    assert w.problem_bar.isVisible()
    text = w.problem_bar.message.text()
    assert f"{broken}:" in text and "last good content" in text
    type_into(w.listen.edit, "the power strip light is off")
    assert w.checks.list.count() > 0  # suggestions keep coming from the last good build


def test_history_search_and_read_only_view_with_who_handled_it(
    panel_factory: PanelFactory, tmp_path: Path
) -> None:
    w = panel_factory("en", operator="Sam Lee").window
    assert w is not None
    key(w, "Ctrl+N")
    key(w, "Ctrl+U")
    type_into(w.call_bar.name, "Jordan Blake")
    key(w, "Ctrl+L")
    say(w, "my router keeps dropping the connection")
    key(w, "Ctrl+5")
    w.wrapup.follow.setChecked(True)
    key(w, "Alt+4")
    key(w, "Ctrl+Shift+E")
    key(w, "Ctrl+F")
    assert w.tabs.currentIndex() == TAB_HISTORY and w.history.search.hasFocus()
    type_into(w.history.search, "Jordan")
    press(w.history.search, Qt.Key.Key_Return)
    assert w.history.results.count() == 1
    assert "Sam Lee" in w.history.results.item(0).text()
    press(w.history.results, Qt.Key.Key_Return)
    dialog = w.findChild(CallViewDialog)
    assert dialog is not None and dialog.view.isReadOnly()
    assert "Sam Lee" in dialog.windowTitle()
    assert "my router keeps dropping the connection" in dialog.view.toPlainText()
    dialog.close()


def test_settings_switch_language_of_ui_and_content(panel_factory: PanelFactory) -> None:
    panel = panel_factory("ja")
    w = panel.window
    assert w is not None
    assert w.tabs.tabText(0) == "聞き取り"
    dialog = panel.open_settings()
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.font_size.setValue(13)
    dialog.accept()
    w2 = panel.window
    assert w2 is not None and w2 is not w
    assert w2.tabs.tabText(0) == "Intake"
    assert w2.session.lang == "en" and w2.session.packs is not None
    assert w2.session.packs.lang == "en"
    assert QApplication.font().pointSize() == 13
    assert panel.settings.language == "en" and panel.settings.font_size == 13


def test_cheat_sheet_lists_every_shortcut(panel_factory: PanelFactory) -> None:
    w = panel_factory("ja").window
    assert w is not None
    key(w, "F1")
    sheet = w.findChild(CheatSheet)
    assert sheet is not None and sheet.isVisible()
    keys = {sheet.table.item(r, 0).text() for r in range(sheet.table.rowCount())}
    assert len(keys) >= 20
    actions = [sheet.table.item(r, 2).text() for r in range(sheet.table.rowCount())]
    assert "引継ぎメモを作成してコピー" in actions
    sheet.close()


def test_every_control_has_an_accessible_name(panel_factory: PanelFactory) -> None:
    w = panel_factory("en", operator="Sam Lee").window
    assert w is not None
    w.start_call()
    unnamed = []
    for cls in (QAbstractButton, QLineEdit, QComboBox, QListWidget, QPlainTextEdit):
        for widget in w.findChildren(cls):
            if widget.objectName().startswith("qt_") or type(widget.parent()).__name__ in (
                "QComboBox",
                "QTabBar",
            ):
                continue  # Qt's own inner parts (tab scrollers, spin-box editors)
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else ""
            )
            if not name.strip():
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert not unnamed, unnamed


def test_both_translations_are_complete() -> None:
    for lang in ("ja", "en"):
        tree = ET.parse(translations_dir() / f"assistdesk_{lang}.ts")
        messages = list(tree.getroot().iter("message"))
        assert len(messages) > 200
        for message in messages:
            translation = message.find("translation")
            assert translation is not None and translation.text, message.findtext("source")
            assert translation.get("type") not in ("unfinished", "obsolete", "vanished")
        assert (translations_dir() / f"assistdesk_{lang}.qm").is_file()


def test_bad_input_shows_a_message_not_a_traceback(panel_factory: PanelFactory) -> None:
    panel = panel_factory("ja", operator="")
    w = panel.window
    assert w is not None
    first_run = panel.settings_dialog  # first start: the operator's name is asked for
    assert first_run.isVisible()
    first_run.reject()
    w.build_handoff()  # nothing to hand off yet
    assert "引き継ぐ" in w.statusBar().currentMessage()
    w.request_copy([])  # nothing selected
    w.on_heard("   ")  # a blank line
    key(w, "Ctrl+N")  # no operator yet: asked again, never a crash
    assert not w.session.active
    assert "担当者名" in w.statusBar().currentMessage()
    dialog = panel.settings_dialog
    assert dialog is not first_run and dialog.isVisible()
    type_into(dialog.operator, "鈴木")
    dialog.accept()
    key(w, "Ctrl+N")
    assert w.session.active and w.call_bar.operator.text() == "担当: 鈴木"


def test_self_test_passes(capsys: object) -> None:
    import argparse

    from assistdesk.ui.selftest import run_self_test

    assert run_self_test(argparse.Namespace(packs=None, lang=None)) == 0


def test_a_damaged_log_is_repaired_and_the_operator_told(
    panel_factory: PanelFactory, tmp_path: Path
) -> None:
    url = db_url(tmp_path)
    store = open_store(url)
    kept = Call.begin(lang="ja", operator="佐藤")
    kept.say("バックアップ前の通話")
    kept.end()
    store.save_call(kept)
    store.close()
    open_store(url).close()  # the second opening takes the daily backup
    (tmp_path / "calls.sqlite3").write_bytes(b"\0" * 8192)  # the log is destroyed

    panel = panel_factory("ja")
    w = panel.window
    assert w is not None and w.store_bar.isVisible()
    text = w.store_bar.message.text()
    assert "修復" in text and "restored" in text
    loaded = panel.store.load(kept.id)  # type: ignore[union-attr]
    assert loaded is not None and loaded.transcript == ("バックアップ前の通話",)
