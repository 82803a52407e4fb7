"""``assistdesk --self-test``: packs, a temporary database, the panel built offscreen, a
sample utterance analysed in each language; one summary line; exit 0 when all is well."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

SAMPLES = {
    "ja": "電源が入らないんです。タップのランプも消えていて",
    "en": "it won't turn on, and the light on the power strip is off",
}


def run_self_test(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    # The panel is built offscreen wherever this runs: no window flashes up on an
    # operator's desktop, and it works on a build machine with no display at all.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures: list[str] = []
    parts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="assistdesk-selftest-") as tmp:
        os.environ.setdefault("ASSISTDESK_HOME", tmp)
        try:
            from assistdesk.ui.app import Panel, ensure_app
            from assistdesk.ui.content import load_content
            from assistdesk.ui.settings import Settings

            ensure_app()
            cache = Path(tmp) / "cache"
            for lang, sample in SAMPLES.items():
                content = load_content(lang, getattr(args, "packs", None), cache)
                if content.engine is None:
                    failures.append(f"{lang}: no usable packs ({len(content.problems)} problem(s))")
                    for problem in content.problems[:5]:
                        print(f"  {problem}", file=sys.stderr)
                    continue
                analysis = content.engine.analyse(sample)
                top = analysis.causes[0].id if analysis.causes else "-"
                if not analysis.causes:
                    failures.append(f"{lang}: the sample found no cause")
                parts.append(
                    f"{lang}: {len(content.engine.causes)} causes, top={top} "
                    f"({analysis.elapsed_ms:.2f} ms)"
                )
            settings = Settings(Path(tmp) / "settings.ini")
            settings.operator = "self-test"
            db_url = "sqlite:///" + (Path(tmp) / "selftest.sqlite3").as_posix()
            panel = Panel(
                settings,
                lang=getattr(args, "lang", None) or "ja",
                packs=getattr(args, "packs", None),
                db_url=db_url,
                cache_dir=cache,
            )
            window = panel.window
            assert window is not None
            window.show()
            if panel.store is None:
                failures.append(f"database: {panel.store_error}")
            else:
                window.session.start_call()
                window.listen.edit.setText(SAMPLES[window.session.lang])
                window.on_typed(window.listen.edit.text())
                window.listen.edit.returnPressed.emit()
                window.session.end_call()
                result = panel.store.flush()
                if result.error:
                    failures.append(f"database: {result.error}")
                elif (
                    panel.store.load(window.session.call.id if window.session.call else "") is None
                ):
                    failures.append("database: the test call was not saved")
                else:
                    parts.append("db: ok")
            shown = window.checks.list.count()
            if shown == 0 and window.session.engine is not None:
                failures.append("panel: no suggestion shown")
            parts.append(f"panel: ok ({shown} suggestions)")
            panel.close()
        except Exception as exc:  # the summary line, not a traceback
            failures.append(f"{type(exc).__name__}: {exc}")
    elapsed = time.perf_counter() - started
    status = "FAIL" if failures else "OK"
    detail = "; ".join(parts + failures)
    print(f"AssistDesk self-test {status} in {elapsed:.2f} s — {detail}")
    return 1 if failures else 0
