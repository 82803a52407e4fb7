"""The ``assistdesk`` command line.

No arguments launches the panel; sub-commands give headless access to core and store.
Each sub-command lives in its own module with ``register(subparsers)``; the heavy
imports (Qt, SQLAlchemy) happen inside the command functions so that ``suggest``
starts fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from assistdesk import __version__

Handler = Callable[[argparse.Namespace], int]

# Sub-command modules, imported lazily by name so that a missing optional layer never
# breaks the others.
COMMAND_MODULES = (
    "assistdesk.cli.suggest_cmd",
    "assistdesk.cli.packs_cmd",
    "assistdesk.cli.store_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistdesk",
        description="AssistDesk: the call-centre side panel. Without a command, opens the panel.",
    )
    parser.add_argument("--version", action="version", version=f"AssistDesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        default=os.environ.get("ASSISTDESK_DB_URL"),
        help="database URL (SQLAlchemy); default: SQLite in the per-user data folder "
        "(env: ASSISTDESK_DB_URL)",
    )
    parser.add_argument("--packs", metavar="DIR", help="content-pack folder to use")
    parser.add_argument("--lang", choices=("ja", "en"), help="language of UI and content")
    parser.add_argument("--demo", action="store_true", help="trainer demo mode")
    parser.add_argument(
        "--self-test", action="store_true", help="check the installation and exit (0 when ok)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is not None:
        try:
            return handler(args)
        except BrokenPipeError:
            # The reader of our output went away (``| head``); not an error of ours.
            sys.stderr.close()
            return 0
    from assistdesk.cli.app_cmd import run_app

    return run_app(args)
