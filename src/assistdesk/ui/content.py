"""Loading a language's content packs for the panel (never raises for bad content)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistdesk.core.engine import Engine
from assistdesk.core.packs.loader import PackSet, Problem
from assistdesk.core.packs.repository import PackUnavailable, load_engine
from assistdesk.resources import packs_dir


@dataclass
class Content:
    lang: str
    root: Path
    engine: Engine | None
    problems: list[Problem] = field(default_factory=list)
    fallback: str | None = None

    @property
    def packs(self) -> PackSet | None:
        return self.engine.packs if self.engine is not None else None


def pack_root(folder: str | None) -> Path:
    return Path(folder).expanduser() if folder else packs_dir()


def load_content(lang: str, folder: str | None, cache_dir: Path | None = None) -> Content:
    root = pack_root(folder)
    if cache_dir is None:
        try:
            from assistdesk.paths import cache_dir as user_cache

            cache_dir = user_cache()
        except (ImportError, OSError):
            cache_dir = None
    try:
        loaded = load_engine(lang, root, cache_dir=cache_dir, bundled_root=packs_dir())
    except PackUnavailable as exc:
        return Content(lang, root, None, list(exc.problems))
    except Exception as exc:  # bad content must never take the panel down
        return Content(lang, root, None, [Problem(root / lang, 1, f"cannot load packs: {exc}")])
    return Content(lang, root, loaded.engine, list(loaded.problems), loaded.fallback)
