"""Call-log benchmark: import rate, autosave, search, follow-ups, recent, size per call.

    .venv/bin/python benchmarks/bench_store.py                 # 100,000 calls (quick)
    .venv/bin/python benchmarks/bench_store.py --calls 1000000 # the issue's 1,000,000 run
    .venv/bin/python benchmarks/bench_store.py --db postgresql+psycopg://…  # a server

The database is generated in a temporary folder (or reused with ``--keep PATH``: an
existing file with enough calls is not regenerated). Targets on the reference machine:
autosave p95 ≤ 5 ms, search p95 ≤ 100 ms, recent / follow-ups p95 ≤ 20 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from assistdesk.core.call import Call
from assistdesk.store import Autosaver, open_store
from assistdesk.store.exchange import import_jsonl
from assistdesk.store.generate import generate

SEARCHES = (
    "電源",  # 2 characters: the Japanese fallback index
    "電源タップ",
    "ルーター",
    "router restart",
    "keyboard",
    "ORD-5512",
    "090-12",
    "折り返し",
    "pending authorisation",
    "土下座",
    "Taylor",
    "佐藤 花子",
)


def pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn: Callable[[], Any], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def line(name: str, samples: list[float], target: float | None = None) -> dict[str, Any]:
    p50, p95 = statistics.median(samples), pct(samples, 95)
    verdict = "" if target is None else ("  ok" if p95 <= target else f"  OVER {target} ms")
    print(f"{name:<22} p50 {p50:8.2f} ms   p95 {p95:8.2f} ms   max {max(samples):8.2f} ms{verdict}")
    return {"p50_ms": p50, "p95_ms": p95, "max_ms": max(samples), "n": len(samples)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=100_000, help="calls to generate (100000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", help="database URL (default: SQLite in a temporary folder)")
    parser.add_argument("--keep", type=Path, help="SQLite file to create or reuse")
    parser.add_argument("--runs", type=int, default=200, help="samples per query (200)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    tmp = tempfile.TemporaryDirectory(prefix="assistdesk-bench-")
    if args.db:
        url = args.db
    else:
        path = args.keep or Path(tmp.name) / "bench.sqlite3"
        url = f"sqlite:///{path}"
    figures: dict[str, Any] = {"calls": args.calls}
    store = open_store(url, daily_backup=False)
    try:
        have = store.count_calls()
        print(f"database: {store.report.url} ({have} calls present)")
        if have < args.calls:
            todo = args.calls - have
            t = time.perf_counter()
            last = [t]

            def progress(done: int) -> None:
                now = time.perf_counter()
                if now - last[0] > 30:
                    last[0] = now
                    print(f"  … {have + done:,} calls ({done / (now - t):,.0f}/s)", flush=True)

            generate(store, todo, seed=args.seed + have, progress=progress)
            elapsed = time.perf_counter() - t
            rate = todo / elapsed
            print(
                f"bulk insert (generate)  {todo:,} calls in {elapsed:.1f} s = {rate:,.0f} calls/s"
            )
            figures["generate_calls_per_s"] = rate
        total = store.count_calls()
        figures["calls"] = total

        # JSONL import rate: export 5,000 calls and import them into a fresh database.
        sample = Path(tmp.name) / "sample.jsonl"
        with sample.open("w", encoding="utf-8") as out:
            for n, d in enumerate(store.iter_dicts(), start=1):
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
                if n >= 5000:
                    break
        other = open_store(f"sqlite:///{Path(tmp.name) / 'import.sqlite3'}", daily_backup=False)
        t = time.perf_counter()
        with sample.open(encoding="utf-8") as src:
            result = import_jsonl(other, src, str(sample))
        elapsed = time.perf_counter() - t
        other.close()
        figures["jsonl_import_calls_per_s"] = result.imported / elapsed
        print(
            f"JSONL import            {result.imported:,} calls in {elapsed:.2f} s = "
            f"{result.imported / elapsed:,.0f} calls/s"
        )

        # Autosave: a live call, one change at a time, each flushed (commit + fsync).
        call = Call.begin(lang="ja", operator="bench")
        saver = Autosaver(store, call, sync=False)
        saver.flush()
        rng = random.Random(args.seed)
        actions: list[Callable[[], Any]] = [
            lambda: call.say(rng.choice(["電源が入りません", "The router is blinking red"])),
            lambda: call.mark_check("power.strip_switch", rng.choice(["fixed", "not_fixed"])),
            lambda: call.use_phrase("empathy", "ご不安でしたよね"),
            lambda: call.set_notes(f"note {rng.random()}"),
            lambda: call.answer_intake("when", "今朝から"),
            lambda: call.record_suggestions(["power.strip_switch", "net.router_restart"]),
        ]
        samples = []
        for i in range(max(args.runs, 200)):
            actions[i % len(actions)]()
            t = time.perf_counter()
            ok = saver.flush(force=True)
            samples.append((time.perf_counter() - t) * 1000)
            assert ok, saver.last_error
        call.end()
        saver.close()
        figures["autosave"] = line("autosave (1 change)", samples, 5)

        runs = args.runs
        qs = list(SEARCHES)
        i = [0]

        def one_search() -> None:
            store.search(qs[i[0] % len(qs)], limit=50)
            i[0] += 1

        for q in qs:  # warm the cache once per query
            store.search(q, limit=50)
        figures["search"] = line("search (12 queries)", timed(one_search, runs), 100)
        per_query = {}
        for q in qs:
            s = timed(lambda q=q: store.search(q, limit=50), 10)
            per_query[q] = pct(s, 95)
        figures["search_per_query_p95_ms"] = per_query
        worst = max(per_query, key=lambda k: per_query[k])
        print(f"  slowest query: {worst!r} p95 {per_query[worst]:.2f} ms")
        today = datetime.now(UTC).date()
        days = [today - timedelta(days=d) for d in range(0, 60)]
        j = [0]

        def followups() -> None:
            day: date = days[j[0] % len(days)]
            store.followups_due(on_or_before=day, limit=200)
            j[0] += 1

        figures["followups_due"] = line("follow-ups due (200)", timed(followups, runs), 20)
        figures["recent"] = line("recent (50)", timed(lambda: store.recent(limit=50), runs), 20)
        figures["by_operator"] = line(
            "calls by operator (100)",
            timed(lambda: store.calls_by_operator("sato", limit=100), runs),
            20,
        )
        since = datetime.now(UTC) - timedelta(days=30)
        figures["recurring_30d"] = line(
            "recurring (30 days)", timed(lambda: store.recurring(since), 5)
        )
        store.checkpoint()
        size = store.size_bytes()
        figures["bytes_per_call"] = size / max(total, 1)
        print(
            f"size                    {size / 1e6:,.1f} MB for {total:,} calls = "
            f"{size / max(total, 1):,.0f} bytes/call"
        )
    finally:
        store.close()
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2))
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
