"""Makes the Windows .ico and macOS .icns from the app's PNG icon (needs Pillow).

Run by the release workflow before PyInstaller; the outputs are build products.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    source = ICONS / "assistdesk.png"
    if not source.exists():
        print(f"missing {source}", file=sys.stderr)
        return 1
    image = Image.open(source).convert("RGBA")
    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    image.save(ICONS / "assistdesk.ico", sizes=sizes)
    image.resize((1024, 1024)).save(ICONS / "assistdesk.icns")
    print("wrote", ICONS / "assistdesk.ico", ICONS / "assistdesk.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
