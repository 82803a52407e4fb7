#!/usr/bin/env python3
"""Bootstrap and run AssistDesk from a fresh checkout, with nothing but Python 3.11+.

    python3 tasks.py app     # launch the panel (creates .venv on first use)
    python3 tasks.py test    # lint, type-check and run the whole test suite
    python3 tasks.py bundle  # build the PyInstaller bundle and smoke-test it

The virtual environment is rebuilt whenever requirements.lock or pyproject.toml change,
so a stale environment can never hide a missing dependency.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".assistdesk-lock-hash"


def _venv_python() -> Path:
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return VENV / sub


def _lock_hash() -> str:
    digest = hashlib.sha256()
    for path in (LOCK, ROOT / "pyproject.toml"):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_env() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs on any Python
        sys.exit(f"AssistDesk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = _venv_python()
    wanted = _lock_hash()
    if python.exists() and STAMP.exists() and STAMP.read_text() == wanted:
        return python
    print("Setting up the environment in .venv (first run or dependencies changed)…", flush=True)
    if not python.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "-r", str(LOCK)], check=True)
    subprocess.run([*pip, "install", "--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(wanted)
    return python


def run(cmd: list[str], env: dict[str, str] | None = None) -> int:
    print("$", " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


def cmd_app(python: Path, args: list[str]) -> int:
    return run([str(python), "-m", "assistdesk", *args])


def cmd_test(python: Path, args: list[str]) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("PYTHONFAULTHANDLER", "1")
    py = str(python)
    steps = [
        [py, "-m", "ruff", "check", "src", "tests", "benchmarks", "tasks.py"],
        [py, "-m", "ruff", "format", "--check", "src", "tests", "benchmarks", "tasks.py"],
        [py, "-m", "mypy"],
        [py, "-m", "pytest", *args],
    ]
    for step in steps:
        code = run(step, env)
        if code != 0:
            return code
    return 0


BUNDLE_BUDGET_MB = 150


def _tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def cmd_bundle(python: Path, args: list[str]) -> int:
    """Builds dist/AssistDesk with build.spec, then runs the frozen app's self-tests."""
    import tempfile
    import time

    code = run(
        [
            str(python),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "build.spec",
            *args,
        ]
    )
    if code != 0:
        return code
    folder = ROOT / "dist" / "AssistDesk"
    exe = folder / ("AssistDesk.exe" if os.name == "nt" else "AssistDesk")
    if os.name == "nt":
        exe = folder / "assistdesk-cli.exe"
    size_mb = _tree_size(folder) / 1_000_000
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASSISTDESK_HOME=home)
        started = time.perf_counter()
        code = run([str(exe), "--version"], env)
        version_s = time.perf_counter() - started
        if code == 0:
            started = time.perf_counter()
            code = run([str(exe), "--self-test"], env)
            self_test_s = time.perf_counter() - started
        if code == 0:
            code = run([str(exe), "--demo", "--self-test"], env)
    if code != 0:
        print(f"The frozen app failed its self-test (exit {code}).")
        return code
    print(
        f"bundle: {size_mb:.1f} MB unpacked (budget {BUNDLE_BUDGET_MB} MB); "
        f"frozen start to exit: --version {version_s:.2f} s, --self-test {self_test_s:.2f} s"
    )
    if size_mb > BUNDLE_BUDGET_MB:
        print("The bundle is over its size budget.")
        return 1
    return 0


def main(argv: list[str]) -> int:
    commands = {"app": cmd_app, "test": cmd_test, "bundle": cmd_bundle}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    python = ensure_env()
    return commands[argv[0]](python, argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
