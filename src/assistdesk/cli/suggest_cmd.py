"""``assistdesk suggest``: analyse utterances headlessly (the contract in DESIGN.md).

Kept free of Qt and SQLAlchemy imports so it starts in well under half a second.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO


def register(sub: Any) -> None:
    parser = sub.add_parser("suggest", help="analyse what a customer said")
    parser.add_argument("--lang", dest="suggest_lang", choices=("ja", "en"), required=True)
    parser.add_argument("--json", action="store_true", help="print JSON (one object per line)")
    parser.add_argument("--top", type=int, default=5, metavar="K", help="causes to list (5)")
    parser.add_argument(
        "--batch", metavar="FILE", help="one utterance per line from FILE ('-' for stdin)"
    )
    parser.add_argument("text", nargs="*", help="what the customer said")
    parser.set_defaults(handler=run_suggest)


def run_suggest(args: argparse.Namespace) -> int:
    from assistdesk.core.packs.repository import PackUnavailable, load_engine
    from assistdesk.paths import cache_dir
    from assistdesk.resources import packs_dir

    if args.top < 0:
        print("assistdesk suggest: --top must be 0 or more", file=sys.stderr)
        return 2
    if args.batch is None and not args.text:
        print("assistdesk suggest: give TEXT or --batch FILE", file=sys.stderr)
        return 2
    _utf8(sys.stdout)
    bundled = packs_dir()
    root = Path(args.packs) if args.packs else bundled
    try:
        loaded = load_engine(args.suggest_lang, root, cache_dir(), bundled_root=bundled)
    except PackUnavailable as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    for problem in loaded.problems:
        print(f"warning: {problem}", file=sys.stderr)
    engine = loaded.engine
    if args.batch is None:
        _emit(engine.analyse(" ".join(args.text), top=args.top).to_json(), args.json)
        return 0
    try:
        source = _open_batch(args.batch)
    except OSError as exc:
        print(f"assistdesk suggest: cannot read {args.batch}: {exc.strerror}", file=sys.stderr)
        return 1
    with source:
        for line in source:
            _emit(engine.analyse(line.rstrip("\r\n"), top=args.top).to_json(), args.json)
    return 0


def _open_batch(name: str) -> TextIO:
    if name == "-":
        _utf8(sys.stdin)
        return sys.stdin
    return open(name, encoding="utf-8-sig", errors="replace")


def _utf8(stream: TextIO) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8")


def _emit(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False), flush=False)
        return
    print(result["text"])
    for cause in result["causes"]:
        print(f"  {cause['score']:.2f}  {cause['id']}  {cause['title']}")
        print(f"        » {cause['script']}")
    for demand in result["demands"]:
        print(f"  !!    {demand['id']}  {demand['title']}")
        print(f"        » {demand['guidance']}")
    if result.get("feeling"):
        print(f"  feeling: {result['feeling']}")
