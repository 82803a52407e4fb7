"""``assistdesk --demo --self-test``: play every shipped practice scenario headlessly.

Each scenario is validated (schema and references into the content packs), played
through a real :class:`~assistdesk.core.call.Call` along its ideal path, and scored
against the QC sheet. Exit 0 only when every scenario is valid and every ideal play
scores full marks. No window, no database: demo calls never touch the real log.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from assistdesk.core.packs.loader import LANGS, Problem


def run_demo_self_test(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from assistdesk.core.engine import Engine
    from assistdesk.core.packs.loader import load_language
    from assistdesk.core.scenarios import ScenarioPlayer, check_folder, load_scenarios
    from assistdesk.resources import packs_dir, scenarios_dir

    stream = out or sys.stdout
    packs_arg = getattr(args, "packs", None)
    packs_root = Path(packs_arg) if packs_arg else packs_dir()
    scen_root = Path(getattr(args, "scenarios", None) or scenarios_dir())
    wanted = [args.lang] if getattr(args, "lang", None) else list(LANGS)

    failures = 0
    problems: list[Problem] = check_folder(scen_root, packs_root)
    for problem in problems:
        print(str(problem), file=stream)
    failures += len(problems)

    played = 0
    for lang in wanted:
        folder = scen_root / lang
        if not folder.is_dir():
            print(f"{folder}:1: no scenario folder for '{lang}'", file=stream)
            failures += 1
            continue
        packs, _ = load_language(packs_root / lang, lang)
        scenarios, _ = load_scenarios(folder, lang, packs)
        engine = Engine(packs) if packs.is_complete else None
        for scenario in scenarios:
            try:
                player = ScenarioPlayer(scenario, packs, operator="self-test", engine=engine)
                player.play_ideal()
                result = player.finish()
            except Exception as exc:  # a broken scenario must not hide the others
                print(f"FAIL {lang} {scenario.id}: {type(exc).__name__}: {exc}", file=stream)
                failures += 1
                continue
            played += 1
            verdict = "ok  " if result.full_marks else "FAIL"
            print(
                f"{verdict} {lang} {scenario.id:<22} {result.total}/{result.max}",
                file=stream,
            )
            if not result.full_marks:
                failures += 1
                for point in result.missed:
                    where = f" (#{point.moment.seq})" if point.moment else ""
                    print(f"       missed {point.id}{where}: {point.why}", file=stream)
    summary = f"{played} scenario(s) played, {failures} problem(s)"
    print(summary, file=stream)
    return 0 if failures == 0 and played > 0 else 1


def main() -> int:  # pragma: no cover - convenience for `python -m assistdesk.cli.demo_cmd`
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--packs")
    parser.add_argument("--scenarios")
    parser.add_argument("--lang", choices=LANGS)
    return run_demo_self_test(parser.parse_args())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
