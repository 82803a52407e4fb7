"""Customer lines spoken aloud with QtTextToSpeech, when the module and a voice exist.

QtTextToSpeech comes from PySide6-Addons and needs the system's audio stack (PulseAudio
on Linux); many machines also have no voice for Japanese. When any of that is missing
:class:`Speaker` is simply unavailable — no error, no dialog.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QLocale


def _load_engine(lang: str) -> Any | None:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except Exception:  # ImportError, or a broken plugin: speech is optional
        return None
    # Qt ships a "mock" engine for its own tests; it has voices but never makes a sound.
    engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
    if not engines:
        return None
    try:
        engine = QTextToSpeech(engines[0])
        locale = QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English)
        if locale in list(engine.availableLocales()):
            engine.setLocale(locale)
        voices = [v for v in engine.availableVoices() if v.locale().language() == locale.language()]
        if not voices:
            return None
        engine.setVoice(voices[0])
        return engine
    except Exception:
        return None


class Speaker:
    """Says customer lines in the scenario's language; silent when speech is unavailable."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._engine = _load_engine(lang)
        self.enabled = self._engine is not None

    @property
    def available(self) -> bool:
        return self._engine is not None

    def say(self, text: str) -> bool:
        """Speaks ``text``; returns whether it was handed to a voice."""
        if self._engine is None or not self.enabled or not text.strip():
            return False
        try:
            self._engine.stop()
            self._engine.say(text)
        except Exception:
            return False
        return True

    def stop(self) -> None:
        if self._engine is not None:
            with contextlib.suppress(Exception):
                self._engine.stop()
