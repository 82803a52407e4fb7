"""The banner, the picker, the demo database, and silence where no voice exists."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from assistdesk import paths
from assistdesk.core.scenarios import bundled_scenarios
from assistdesk.store import open_store
from assistdesk.ui.app import Panel
from assistdesk.ui.demo.controller import DemoController
from assistdesk.ui.demo.drive import act_all
from assistdesk.ui.demo.speech import Speaker
from assistdesk.ui.demo.widgets import DemoBanner
from assistdesk.ui.settings import Settings
from tests.ui.helpers import key, press, say
from tests.ui_demo.conftest import Made, real_db_url

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("lang", "word", "phrase"),
    [("ja", "デモ", "実際の応対記録には保存されません"), ("en", "DEMO", "never saved")],
)
def test_banner_and_picker_in_each_language(
    demo_factory: Callable[..., Made], lang: str, word: str, phrase: str
) -> None:
    from PySide6.QtCore import Qt

    _panel, window, demo = demo_factory(lang)
    banner = window.findChild(DemoBanner)
    assert banner is not None and banner.isVisible()
    assert word in banner.word.text() and phrase in banner.text.text()
    assert word in window.windowTitle()
    # The picker lists this language's scenarios, with level and brief.
    shipped = bundled_scenarios(lang)[0]
    pane = demo.pane
    assert pane.isVisible() and pane.list.count() == len(shipped) >= 12
    titles = [pane.list.item(i).text() for i in range(pane.list.count())]
    assert all(s.title in t for s, t in zip(shipped, titles, strict=True))
    assert ("初級" if lang == "ja" else "Basic") in titles[0]
    pane.list.setCurrentRow(3)
    assert shipped.scenarios[3].brief[:20] in pane.brief.text()
    assert pane.start.isEnabled() and not pane.next.isEnabled()
    # Return on a scenario starts the practice call on the demo database.
    pane.list.setFocus()
    press(pane.list, Qt.Key.Key_Return)
    call = window.session.call
    assert call is not None and call.demo and not call.is_ended
    assert demo.scenario is not None and demo.scenario.id == shipped.scenarios[3].id
    assert call.customer_name == shipped.scenarios[3].customer.name
    assert pane.next.isEnabled()
    key(window, "F8")
    assert call.transcript == (shipped.scenarios[3].steps[0].customer,)
    # The line went through the panel's Listen box: the panel shows it as customer words.
    assert window.listen.transcript.count() == 1
    assert window.listen.edit.text() == ""
    key(window, "F7")
    assert pane.hint.isVisible() and pane.hint.text()


def test_demo_calls_never_reach_the_real_log(
    demo_factory: Callable[..., Made], tmp_path: Path, qtbot: Any, pack_cache: Path
) -> None:
    # A real call first, in the real log.
    settings = Settings(tmp_path / "real.ini")
    settings.operator = "佐藤"
    real = Panel(settings, lang="ja", db_url=real_db_url(tmp_path), cache_dir=pack_cache)
    window = real.start()
    window.start_call()
    say(window, "電源が入らないんです")
    window.end_call()
    real_id = window.session.call.id if window.session.call else ""
    real.close()
    store = open_store(real_db_url(tmp_path))
    try:
        before = sorted((c.id, c.ended_at, c.outcome) for c in store.recent())
    finally:
        store.close()
    assert before
    # Then demo mode, whose settings point at the same real database.
    _panel, window, demo = demo_factory("ja")
    played: list[str] = []
    for scenario_id in ("power_strip", "kneel_demand"):
        assert demo.start(scenario_id)
        assert demo.player is not None
        while demo.player.has_next:
            key(window, "F8")
            act_all(window, demo.player)
        key(window, "F12")
        played.append(demo.player.call.id)
    window.flush()
    _panel.close()
    store = open_store(real_db_url(tmp_path))
    try:
        after = sorted((c.id, c.ended_at, c.outcome) for c in store.recent())
        assert after == before  # the real log is exactly as it was
        assert not any(c.demo for c in store.recent())
        assert store.load_call(real_id) is not None
        assert all(store.load_call(i) is None for i in played)
    finally:
        store.close()
    demo_store = open_store(None, demo=True)
    try:
        assert demo_store.db_path == paths.default_db_path(True)
        for call_id in played:
            saved = demo_store.load_call(call_id)
            assert saved is not None and saved.demo and saved.is_ended
        assert demo_store.load_call(real_id) is None
    finally:
        demo_store.close()


def _no_dialogs(window: QWidget) -> None:
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and isinstance(w, QDialog | QMessageBox) and w.parentWidget() is window
    ]
    assert not shown, shown


def test_missing_text_to_speech_is_silent(
    demo_factory: Callable[..., Made], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import fails
    speaker = Speaker("ja")
    assert not speaker.available and speaker.say("こんにちは") is False
    _panel, window, demo = demo_factory("ja")
    assert not demo.speaker.available
    assert not demo.pane.speak.isEnabled() and not demo.pane.speak.isChecked()
    assert demo.start("power_strip")
    key(window, "F8")
    key(window, "F8")
    assert len(window.session.call.transcript) == 2 if window.session.call else False
    _no_dialogs(window)
    assert "⚠" not in window.statusBar().currentMessage()


class _Voice:
    def __init__(self, language: Any) -> None:
        from PySide6.QtCore import QLocale

        self._locale = QLocale(language)

    def locale(self) -> Any:
        return self._locale


def _fake_tts(voices: bool, said: list[str], engines: tuple[str, ...] = ("sapi",)) -> Any:
    from PySide6.QtCore import QLocale

    class QTextToSpeech:
        def __init__(self, engine: str = "") -> None:
            self.engine = engine

        @staticmethod
        def availableEngines() -> list[str]:
            return list(engines)

        def availableLocales(self) -> list[QLocale]:
            return [QLocale(QLocale.Language.Japanese)] if voices else []

        def setLocale(self, _locale: QLocale) -> None:
            pass

        def availableVoices(self) -> list[_Voice]:
            return [_Voice(QLocale.Language.Japanese)] if voices else []

        def setVoice(self, _voice: _Voice) -> None:
            pass

        def say(self, text: str) -> None:
            said.append(text)

        def stop(self) -> None:
            pass

    module = types.ModuleType("PySide6.QtTextToSpeech")
    module.QTextToSpeech = QTextToSpeech  # type: ignore[attr-defined]
    return module


def test_speech_without_a_voice_is_silent_and_with_one_says_the_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[str] = []
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", _fake_tts(False, said))
    assert not Speaker("ja").available
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", _fake_tts(True, said))
    speaker = Speaker("ja")
    assert speaker.available and speaker.say("電源が入りません")
    assert said == ["電源が入りません"]
    # Qt's "mock" engine has voices but no sound: it does not count as a voice.
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", _fake_tts(True, said, ("mock",)))
    assert not Speaker("ja").available


def test_controller_is_parented_to_the_window(demo_factory: Callable[..., Made]) -> None:
    _panel, window, demo = demo_factory("en", "Sam Lee")
    assert isinstance(demo, DemoController) and demo.parent() is window
    assert demo.pane.trainee.text() == "Sam Lee"
