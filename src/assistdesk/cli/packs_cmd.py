"""``assistdesk packs check [PATH...]``: validate content packs (and practice scenarios)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    packs = sub.add_parser("packs", help="content packs")
    packs_sub = packs.add_subparsers(dest="packs_command", metavar="ACTION", required=True)
    check = packs_sub.add_parser(
        "check",
        help="validate packs; exit 1 with FILE:LINE: message lines on any problem",
    )
    check.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help="pack roots, language folders or files (default: the bundled packs and scenarios)",
    )
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    from assistdesk.core.packs import check_paths
    from assistdesk.resources import packs_dir, scenarios_dir

    paths: list[Path] = list(args.paths)
    check_scenarios = not paths
    if not paths:
        paths = [Path(args.packs) if args.packs else packs_dir()]
    problems = [str(p) for p in check_paths(paths)]
    scenario_paths = [scenarios_dir()] if check_scenarios else _scenario_paths(paths)
    problems.extend(_check_scenarios(scenario_paths))
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    return 0


def _scenario_paths(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.is_dir() and p.name == "scenarios"]


def _check_scenarios(paths: list[Path]) -> list[str]:
    from assistdesk.core import scenarios

    found: list[str] = []
    for path in paths:
        if path.exists():
            found.extend(str(p) for p in scenarios.check_folder(path))
    return found
