"""The command-line contracts of DESIGN.md, run as a user would run them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ENV = dict(os.environ, PYTHONIOENCODING="utf-8")


def run(*args: str, stdin: str | None = None, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(ENV, ASSISTDESK_HOME=str(home)),
        timeout=120,
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


def test_suggest_json_single(home: Path) -> None:
    done = run("suggest", "--lang", "ja", "--json", "--top", "2", "電源が入らない", home=home)
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    data = json.loads(line)
    assert data["text"] == "電源が入らない"
    assert 1 <= len(data["causes"]) <= 2
    assert set(data["causes"][0]) == {"id", "title", "score", "script"}
    assert data["causes"][0]["id"].startswith("power.")
    assert data["demands"] == []
    assert isinstance(data["elapsed_ms"], float)


def test_suggest_batch_from_stdin_keeps_order_and_blank_lines(home: Path) -> None:
    lines = ["kneel and apologise right now", "", "the printer says offline"]
    done = run(
        "suggest", "--lang", "en", "--json", "--batch", "-", stdin="\n".join(lines), home=home
    )
    assert done.returncode == 0, done.stderr
    out = [json.loads(x) for x in done.stdout.splitlines()]
    assert [o["text"] for o in out] == lines
    assert [d["id"] for d in out[0]["demands"]] == ["demand.kneel"]
    assert out[1]["causes"] == [] and out[1]["demands"] == []
    assert out[2]["causes"][0]["id"] == "printer.offline"


def test_suggest_batch_file(home: Path, tmp_path: Path) -> None:
    batch = tmp_path / "in.txt"
    batch.write_text("土下座しろ\nネットにつながらない\n", encoding="utf-8")
    done = run("suggest", "--lang", "ja", "--json", "--batch", str(batch), home=home)
    assert done.returncode == 0, done.stderr
    first, second = (json.loads(x) for x in done.stdout.splitlines())
    assert first["demands"][0]["id"] == "demand.kneel"
    assert second["causes"]


def test_suggest_missing_batch_file_is_a_clear_error(home: Path, tmp_path: Path) -> None:
    done = run("suggest", "--lang", "en", "--json", "--batch", str(tmp_path / "no"), home=home)
    assert done.returncode == 1
    assert "cannot read" in done.stderr and "Traceback" not in done.stderr


def test_packs_check_bundled_is_clean(home: Path) -> None:
    done = run("packs", "check", home=home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""


def test_packs_check_reports_file_and_line(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ja"
    folder.mkdir()
    (folder / "bad.yaml").write_text("kind: causes\nlang: ja\nitems:\n  - id: x\n", "utf-8")
    (folder / "sjis.yaml").write_bytes("kind: causes\nlang: ja\n# 電源\n".encode("cp932"))
    done = run("packs", "check", str(tmp_path), home=home)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    lines = done.stdout.splitlines()
    # FILE:LINE: message (FILE may itself hold a drive colon on Windows)
    assert all(re.match(r"^.+:\d+: \S", line) for line in lines), lines
    assert f"{folder / 'sjis.yaml'}:3: file is not valid UTF-8 (it looks like Shift-JIS)" in (
        done.stdout
    )
    assert f"{folder / 'bad.yaml'}:4: missing field 'title'" in lines


def test_a_broken_team_pack_falls_back_and_warns(home: Path, tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "x.yaml").write_text("kind: [", "utf-8")
    done = run("--packs", str(tmp_path), "suggest", "--lang", "en", "--json", "no sound", home=home)
    assert done.returncode == 0, done.stderr
    assert "x.yaml:1: YAML syntax error" in done.stderr
    assert json.loads(done.stdout)["causes"]


def test_version(home: Path) -> None:
    done = run("--version", home=home)
    assert done.returncode == 0
    assert done.stdout.startswith("AssistDesk ")


def test_suggest_path_imports_neither_qt_nor_sqlalchemy(home: Path) -> None:
    probe = (
        "import sys, io, contextlib\n"
        "from assistdesk.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(['suggest', '--lang', 'en', '--json', 'no sound'])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlalchemy', 'alembic', 'psycopg'))\n"
        "print(code, heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=dict(ENV, ASSISTDESK_HOME=str(home)),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0 []"
