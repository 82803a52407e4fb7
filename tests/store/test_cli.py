"""``assistdesk calls …`` and ``assistdesk db …`` end to end (SQLite, and PostgreSQL)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistdesk.cli import main
from assistdesk.store import open_store

from .helpers import CARD, full_call

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_generate_list_search_show_export_import(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", db_url, "db", "generate", "--calls", "200", "--seed", "3")
    assert code == 0 and "generated 200 call(s)" in out
    code, out, _ = run(capsys, "--db", db_url, "calls", "list", "--limit", "5")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 5
    first_id = lines[0].split("\t")[0]
    code, out, _ = run(capsys, "--db", db_url, "calls", "show", first_id[:8])
    assert code == 0 and first_id in out and "operator" in out
    code, out, _ = run(capsys, "--db", db_url, "calls", "show", first_id, "--json")
    assert json.loads(out)["id"] == first_id
    code, out, _ = run(capsys, "--db", db_url, "calls", "search", "電源")
    assert code == 0 and out and all(len(line.split("\t")) == 7 for line in out.splitlines())
    code, out, _ = run(capsys, "--db", db_url, "calls", "search", "router")
    assert code == 0 and out
    code, out, _ = run(capsys, "--db", db_url, "calls", "recurring", "--days", "400", "--json")
    assert json.loads(out)["calls"] == 200
    code, out, _ = run(capsys, "--db", db_url, "calls", "followups", "--until", "2100-01-01")
    assert code == 0
    export = tmp_path / "calls.jsonl"
    code, _, err = run(
        capsys, "--db", db_url, "calls", "export", "--format", "jsonl", "-o", str(export)
    )
    assert code == 0 and "exported 200" in err
    assert len(export.read_text(encoding="utf-8").splitlines()) == 200
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    code, out, _ = run(capsys, "--db", other, "calls", "import", str(export))
    assert code == 0 and "imported 200" in out
    again = tmp_path / "again.jsonl"
    run(capsys, "--db", other, "calls", "export", "--format", "jsonl", "-o", str(again))
    assert again.read_bytes() == export.read_bytes()
    csv_file = tmp_path / "calls.csv"
    code, _, _ = run(
        capsys, "--db", db_url, "calls", "export", "--format", "csv", "--mask", "-o", str(csv_file)
    )
    assert code == 0 and csv_file.read_bytes().startswith(b"\xef\xbb\xbf")
    code, out, _ = run(capsys, "--db", db_url, "db", "check")
    assert code == 0 and out.startswith("ok: 200 call(s)")
    code, out, _ = run(capsys, "--db", db_url, "calls", "purge", "--older-than", "100")
    assert code == 0 and "purged" in out


def test_export_to_stdout_and_card_masking(capsys: pytest.CaptureFixture[str]) -> None:
    with open_store() as store:
        store.save_call(full_call())
    code, out, _ = run(capsys, "calls", "export", "--format", "jsonl")
    assert code == 0 and CARD not in out and "**** **** **** 1111" in out


def test_errors_are_one_clear_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cases = [
        ("calls", "show", "00000000-no-such-call"),
        ("--db", "postgresql+psycopg://nobody@127.0.0.1:1/x", "calls", "list"),
        ("--db", "nonsense://", "calls", "list"),
        ("calls", "import", str(tmp_path / "missing.jsonl")),
        ("calls", "purge", "--older-than", "-3"),
    ]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    cases.append(("calls", "import", str(bad)))
    for argv in cases:
        code, _, err = run(capsys, *argv)
        assert code != 0, argv
        assert err.startswith("assistdesk: error: "), (argv, err)
        assert "Traceback" not in err


def test_db_check_reports_damage_and_backup_and_migrate(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "calls.sqlite3"
    url = f"sqlite:///{db}"
    code, out, _ = run(capsys, "--db", url, "db", "migrate")
    assert code == 0 and "created" in out
    code, out, _ = run(capsys, "--db", url, "db", "migrate")
    assert code == 0 and "up to date" in out
    target = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--db", url, "db", "backup", str(target))
    assert code == 0 and target.exists()
    v1 = tmp_path / "v1.sqlite3"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "db_v1.sqlite", v1)
    code, out, _ = run(capsys, "--db", f"sqlite:///{v1}", "db", "check")
    assert code == 0 and "upgrade to" in out
    code, out, _ = run(capsys, "--db", f"sqlite:///{v1}", "db", "migrate")
    assert code == 0 and "upgraded from schema 0001" in out
    db.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "--db", url, "db", "check")
    assert code == 1 and "damaged" in err
    code, _, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'none.sqlite3'}", "db", "check")
    assert code == 1 and "no call log" in err


def test_demo_flag_uses_the_demo_log(capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(demo=True) as store:
        store.save_call(full_call(demo=True))
    code, out, _ = run(capsys, "--demo", "calls", "list")
    assert code == 0 and len(out.splitlines()) == 1
    code, out, _ = run(capsys, "calls", "list")
    assert code == 0 and out == ""
