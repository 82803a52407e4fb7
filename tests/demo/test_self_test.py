"""``run_demo_self_test``: every shipped scenario played headlessly, full marks or exit 1."""

from __future__ import annotations

import argparse
import io
import shutil
from pathlib import Path

import pytest

from assistdesk.cli.demo_cmd import run_demo_self_test
from assistdesk.resources import packs_dir, scenarios_dir


def run(**kwargs: object) -> tuple[int, str]:
    out = io.StringIO()
    args = argparse.Namespace(packs=None, lang=None, scenarios=None, **kwargs)
    code = run_demo_self_test(args, out)
    return code, out.getvalue()


def test_shipped_scenarios_pass() -> None:
    code, text = run()
    assert code == 0, text
    lines = [line for line in text.splitlines() if line.startswith("ok ")]
    assert len(lines) >= 24
    assert any(line.startswith("ok   ja power_strip") for line in lines)
    assert "0 problem(s)" in text


def test_a_scenario_whose_ideal_path_misses_points_fails(tmp_path: Path) -> None:
    root = tmp_path / "scenarios"
    shutil.copytree(scenarios_dir() / "en", root / "en")
    path = root / "en" / "01_power_strip.yaml"
    text = path.read_text(encoding="utf-8")
    # Still valid, but the ideal path now apologises before acknowledging the worry.
    path.write_text(text.replace("      - empathy: worried\n", "", 1), encoding="utf-8")
    out = io.StringIO()
    args = argparse.Namespace(packs=str(packs_dir()), lang="en", scenarios=str(root))
    code = run_demo_self_test(args, out)
    report = out.getvalue()
    assert code == 1
    assert "FAIL en power_strip" in report
    assert "missed empathy_first" in report


def test_an_invalid_scenario_fails_with_file_and_line(tmp_path: Path) -> None:
    root = tmp_path / "scenarios"
    shutil.copytree(scenarios_dir() / "en", root / "en")
    path = root / "en" / "01_power_strip.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("category: device", "category: toaster"),
        encoding="utf-8",
    )
    out = io.StringIO()
    args = argparse.Namespace(packs=str(packs_dir()), lang="en", scenarios=str(root))
    assert run_demo_self_test(args, out) == 1
    assert f"{path}:9: category 'toaster' is not an intake template" in out.getvalue()


def test_packs_check_includes_scenario_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assistdesk.cli import main
    from assistdesk.cli.packs_cmd import _check_scenarios

    root = tmp_path / "scenarios"
    shutil.copytree(scenarios_dir() / "ja", root / "ja")
    path = root / "ja" / "05_kneel_demand.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("demand.kneel]", "demand.kneeel]"),
        encoding="utf-8",
    )
    found = _check_scenarios([root])
    assert f"{path}:15: demand 'demand.kneeel' is not in the packs" in found
    # The shipped scenarios add nothing to the default check.
    main(["packs", "check"])
    assert str(scenarios_dir()) not in capsys.readouterr().out
