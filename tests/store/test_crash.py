"""Kill a writer with SIGKILL at random moments (≥ 50 times): every acknowledged save is
still there afterwards and ``PRAGMA integrity_check`` is ok."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistdesk.store import open_store

from .crash_writer import digest

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]


def _reader(stream: object, lines: list[str], ready: threading.Event) -> None:
    for line in stream:  # type: ignore[attr-defined]
        if line.startswith("READY"):
            ready.set()
        lines.append(line.strip())
    ready.set()


def test_sigkill_never_loses_an_acknowledged_save(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    url = f"sqlite:///{db}"
    rng = random.Random(20260302)
    acked: dict[str, tuple[int, str, str]] = {}
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    total_acks = 0
    for kill in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.store.crash_writer", url, str(kill)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        lines: list[str] = []
        ready = threading.Event()
        reader = threading.Thread(target=_reader, args=(proc.stdout, lines, ready))
        reader.start()
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.0, 0.6))  # sometimes during start-up
        else:
            assert ready.wait(30), proc.stderr.read() if proc.stderr else ""
            time.sleep(rng.uniform(0.01, 0.35))
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        reader.join(30)
        stderr = proc.stderr.read() if proc.stderr else ""
        assert "Traceback" not in stderr, stderr
        for line in lines:
            if line.startswith("ACK "):
                _, call_id, rev, tl_hash, full_hash = line.split()
                acked[call_id] = (int(rev), tl_hash, full_hash)
                total_acks += 1
        _verify(db, url, acked)
    assert total_acks > 200, "the writer should have saved a lot between kills"


def _verify(db: Path, url: str, acked: dict[str, tuple[int, str, str]]) -> None:
    # Closed before anything else touches the file (POSIX locks are per process).
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    store = open_store(url, daily_backup=False)
    try:
        assert store.report.recovered is False, store.report.messages
        for call_id, (rev, tl_hash, full_hash) in acked.items():
            d = store.load_dict(call_id)
            assert d is not None, f"acknowledged call {call_id} is missing"
            assert len(d["timeline"]) >= rev, f"{call_id}: {len(d['timeline'])} < {rev}"
            assert digest(d["timeline"][:rev]) == tl_hash, f"{call_id}: timeline differs"
            if len(d["timeline"]) == rev:
                assert digest(d) == full_hash, f"{call_id}: saved fields differ"
    finally:
        store.close()
