"""The operator's preferences, kept in QSettings (an INI file in the per-user config folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGS = ("ja", "en")
DEFAULT_FONT_SIZE = 11
MIN_FONT_SIZE = 8
MAX_FONT_SIZE = 24


def default_settings_path() -> Path:
    try:
        from assistdesk.paths import config_dir

        return config_dir() / "settings.ini"
    except ImportError:  # pragma: no cover - paths always ships with the app
        return Path.home() / ".assistdesk" / "settings.ini"


class Settings:
    """Typed access to the stored preferences; every setter writes through at once."""

    def __init__(self, path: Path | None = None) -> None:
        target = path or default_settings_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        self.path = target
        self._q = QSettings(str(target), QSettings.Format.IniFormat)

    def _str(self, key: str, default: str = "") -> str:
        value = self._q.value(key, default)
        return str(value) if value is not None else default

    def _bool(self, key: str, default: bool) -> bool:
        value = self._q.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes", "on")
        return bool(value)

    def _set(self, key: str, value: object) -> None:
        self._q.setValue(key, value)
        self._q.sync()

    @property
    def operator(self) -> str:
        return self._str("operator").strip()

    @operator.setter
    def operator(self, value: str) -> None:
        self._set("operator", value.strip())

    @property
    def company(self) -> str:
        return self._str("company").strip()

    @company.setter
    def company(self, value: str) -> None:
        self._set("company", value.strip())

    @property
    def language(self) -> str:
        value = self._str("language", "ja")
        return value if value in LANGS else "ja"

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value if value in LANGS else "ja")

    @property
    def pack_folder(self) -> str:
        return self._str("pack_folder").strip()

    @pack_folder.setter
    def pack_folder(self, value: str) -> None:
        self._set("pack_folder", value.strip())

    @property
    def db_url(self) -> str:
        return self._str("db_url").strip()

    @db_url.setter
    def db_url(self, value: str) -> None:
        self._set("db_url", value.strip())

    @property
    def always_on_top(self) -> bool:
        return self._bool("always_on_top", False)

    @always_on_top.setter
    def always_on_top(self, value: bool) -> None:
        self._set("always_on_top", bool(value))

    @property
    def font_size(self) -> int:
        try:
            size = int(str(self._q.value("font_size", DEFAULT_FONT_SIZE)))
        except ValueError:
            size = DEFAULT_FONT_SIZE
        return max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._set("font_size", max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, int(value))))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)
