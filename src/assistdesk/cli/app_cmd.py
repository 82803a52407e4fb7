"""Launching the panel (or its self-tests)."""

from __future__ import annotations

import argparse
import sys


def run_app(args: argparse.Namespace) -> int:
    try:
        from assistdesk.ui.app import run  # type: ignore[import-not-found, unused-ignore]
    except ModuleNotFoundError as exc:
        if not exc.name or not exc.name.startswith("assistdesk.ui"):
            raise
        print("The panel is not available in this build; see `assistdesk --help`.", file=sys.stderr)
        return 2
    result: int = run(args)
    return result
