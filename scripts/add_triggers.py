"""Append trigger phrases to items of a pack file, keeping its layout and comments.

    python scripts/add_triggers.py FILE ID "phrase" ["phrase" ...]
    python scripts/add_triggers.py FILE --remove ID "phrase" [...]

A maintenance helper for pack authors: phrases already present are skipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def edit(path: Path, item_id: str, phrases: list[str], remove: bool = False) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() in (f"- id: {item_id}",)), None)
    if start is None:
        raise SystemExit(f"{path}: no item '{item_id}'")
    trig = next(i for i in range(start, len(lines)) if lines[i].strip() == "triggers:")
    end = trig + 1
    while (
        end < len(lines) and lines[end].lstrip().startswith("- ") and lines[end].startswith(" " * 6)
    ):
        end += 1
    indent = lines[trig + 1][: len(lines[trig + 1]) - len(lines[trig + 1].lstrip())]
    existing = [line.strip()[2:].strip().strip("'\"") for line in lines[trig + 1 : end]]
    changed = 0
    if remove:
        keep = [
            line
            for line, text in zip(lines[trig + 1 : end], existing, strict=True)
            if text not in phrases
        ]
        changed = (end - trig - 1) - len(keep)
        lines[trig + 1 : end] = keep
    else:
        new = [
            f"{indent}- {json.dumps(p, ensure_ascii=False)}" for p in phrases if p not in existing
        ]
        lines[end:end] = new
        changed = len(new)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return changed


if __name__ == "__main__":
    args = sys.argv[1:]
    remove = "--remove" in args
    args = [a for a in args if a != "--remove"]
    file, item, *phrases = args
    print(edit(Path(file), item, phrases, remove), "changed")
