"""Launching the panel, or the installation self-tests."""

from __future__ import annotations

import argparse
import sys


def run_app(args: argparse.Namespace) -> int:
    if args.demo and args.self_test:
        # Plays every shipped practice scenario headlessly through the core: no window.
        from assistdesk.cli.demo_cmd import run_demo_self_test

        return run_demo_self_test(args)
    try:
        from assistdesk.ui.app import run
    except ModuleNotFoundError as exc:
        if not exc.name or not exc.name.startswith(("assistdesk.ui", "PySide6")):
            raise
        print("The panel is not available in this build; see `assistdesk --help`.", file=sys.stderr)
        return 2
    result: int = run(args)
    return result
