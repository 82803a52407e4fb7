"""Ready-to-use engines per language, with a compiled cache and last-good fallback.

Validating YAML and building the index costs far more than the half second a
``suggest`` call may take to start, so the built engine is pickled into a cache keyed by
the pack files' names, sizes and modification times. The same cache doubles as the
"last good content": when a team edits its pack into an invalid state, the previous
good build keeps serving and the problems are reported beside it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from assistdesk import __version__
from assistdesk.core.engine import Engine
from assistdesk.core.packs.loader import Problem, load_language, pack_files

_CACHE_FORMAT = 2


@dataclass
class LoadedPacks:
    engine: Engine
    problems: list[Problem] = field(default_factory=list)
    source: Path | None = None
    fallback: str | None = None  # "last-good" or "bundled" when the requested pack was bad


def _fingerprint(folder: Path) -> str:
    digest = hashlib.sha256(f"{__version__}/{_CACHE_FORMAT}/{folder.resolve()}".encode())
    for path in pack_files(folder):
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def _slot(cache_dir: Path, folder: Path) -> Path:
    name = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    return cache_dir / f"packs-{name}.pickle"


def _read_cache(path: Path) -> tuple[str, Engine] | None:
    try:
        with path.open("rb") as fh:
            fingerprint, engine = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
        return None
    if not isinstance(engine, Engine):
        return None
    return fingerprint, engine


def _write_cache(path: Path, fingerprint: str, engine: Engine) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".packs-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((fingerprint, engine), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache is an optimisation; failing to write one must never stop the app


def build_engine(folder: Path, lang: str) -> tuple[Engine | None, list[Problem]]:
    packs, problems = load_language(folder, lang)
    if problems or not packs.is_complete:
        if not problems:
            problems = [
                Problem(folder, 1, "pack is incomplete (needs causes, demands, empathy, intake)")
            ]
        return None, problems
    return Engine(packs), []


def load_engine(
    lang: str,
    root: Path,
    cache_dir: Path | None = None,
    bundled_root: Path | None = None,
) -> LoadedPacks:
    """The engine for ``lang`` from pack root ``root`` (which holds ``ja/`` and ``en/``).

    Never raises for bad content: falls back to the last good build of the same folder,
    then to the bundled packs, and reports the problems.
    """
    folder = root / lang
    slot = _slot(cache_dir, folder) if cache_dir is not None else None
    fingerprint = _fingerprint(folder) if folder.is_dir() else ""
    cached = _read_cache(slot) if slot is not None else None
    if cached is not None and cached[0] == fingerprint:
        return LoadedPacks(cached[1], source=folder)
    engine, problems = build_engine(folder, lang)
    if engine is not None:
        if slot is not None:
            _write_cache(slot, fingerprint, engine)
        return LoadedPacks(engine, source=folder)
    if cached is not None:
        return LoadedPacks(cached[1], problems, source=folder, fallback="last-good")
    if bundled_root is not None and bundled_root.resolve() != root.resolve():
        bundled = load_engine(lang, bundled_root, cache_dir)
        if not bundled.problems:
            return LoadedPacks(bundled.engine, problems, source=bundled.source, fallback="bundled")
    raise PackUnavailable(problems)


class PackUnavailable(Exception):
    """No usable content at all (the bundled packs themselves are broken or missing)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems[:3]))
        self.problems = problems
