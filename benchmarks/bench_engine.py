"""Assist-engine latency: shipped packs and a synthetic 10,000-cause pack, beside naive
baselines measured in the same run, plus the start-up time of ``assistdesk suggest``.

    python benchmarks/bench_engine.py [--quick]

Targets on the 2-core build machine: p95 <= 2 ms (shipped), <= 10 ms (10,000 causes),
``suggest`` start <= 0.5 s.
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import fuzz, process

from assistdesk.core.engine import Engine
from assistdesk.core.packs import PackSet, load_language
from assistdesk.core.packs.schema import Cause, CheckScript
from assistdesk.resources import packs_dir

ROOT = Path(__file__).resolve().parent.parent


def percentiles(samples_ms: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples_ms)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return p50, p95


def time_each(fn: Callable[[str], object], queries: Sequence[str], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        for q in queries:
            started = time.perf_counter()
            fn(q)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def eval_queries(lang: str) -> list[str]:
    import yaml

    items = yaml.safe_load((ROOT / "tests" / "eval" / f"{lang}.yaml").read_text("utf-8"))
    return [str(i["text"]) for i in items]


PRODUCTS = [
    f"{a} {b}"
    for a in (
        "smart",
        "office",
        "home",
        "mini",
        "pro",
        "eco",
        "ultra",
        "compact",
        "wireless",
        "digital",
    )
    for b in (
        "printer",
        "router",
        "camera",
        "speaker",
        "monitor",
        "scanner",
        "tablet",
        "projector",
        "heater",
        "fridge",
        "washer",
        "kettle",
        "drone",
        "watch",
        "doorbell",
        "thermostat",
        "console",
        "headset",
        "keyboard",
        "lamp",
    )
]
PARTS = [
    "display",
    "fan",
    "battery",
    "button",
    "sensor",
    "cable",
    "port",
    "app",
    "remote",
    "filter",
    "lid",
    "motor",
    "speaker",
    "light",
    "dial",
    "tray",
    "belt",
    "lens",
    "hinge",
    "charger",
    "antenna",
    "pump",
    "valve",
    "door",
    "screen",
]
SYMPTOMS = [
    "won't turn on",
    "keeps beeping",
    "is flashing red",
    "makes a grinding noise",
    "stopped responding",
    "shows an error code",
    "is stuck",
    "gets really hot",
    "smells like burning",
    "won't connect",
    "drains too fast",
    "is very slow",
    "turns off by itself",
    "is leaking",
    "rattles",
    "won't charge",
    "is blank",
    "freezes",
    "is loose",
    "keeps resetting",
]
CONTEXTS = [
    "after the update",
    "since yesterday",
    "when it rains",
    "after I moved it",
    "every morning",
    "after cleaning",
    "since the power cut",
    "when I open the lid",
    "on the second floor",
    "after a few minutes",
    "with the new cable",
    "at night",
]


def synthetic_pack(n_causes: int, seed: int = 7) -> tuple[PackSet, list[tuple[str, str]]]:
    """A catalogue of n causes (10 triggers each) and labelled queries drawn from it."""
    rng = random.Random(seed)
    causes: list[Cause] = []
    queries: list[tuple[str, str]] = []
    for i in range(n_causes):
        product, part = rng.choice(PRODUCTS), rng.choice(PARTS)
        symptoms = rng.sample(SYMPTOMS, 4)
        contexts = rng.sample(CONTEXTS, 3)
        code = f"e{i}"
        triggers = [f"the {product} {part} {s}" for s in symptoms]
        triggers += [f"{part} {s} {c}" for s, c in zip(symptoms, contexts, strict=False)]
        triggers += [f"{product} error {code}", f"{code} on the {part}", f"{product} {code}"]
        cause_id = f"syn.c{i:05d}"
        causes.append(
            Cause(
                id=cause_id,
                title=f"{product} {part} #{i}",
                category="device",
                products=(product,),
                triggers=tuple(triggers),
                check=CheckScript(reason="a reset", action="restart", say="Could we try..."),
                next=("escalate",),
            )
        )
        if i % max(1, n_causes // 200) == 0:
            # Half the queries carry the cause's error code; the rest only describe it.
            tail = f" and it shows {code}" if (i // max(1, n_causes // 200)) % 2 else ""
            query = f"hi my {product} {part} {symptoms[0]} {contexts[0]}{tail}"
            queries.append((query, cause_id))
    return PackSet(lang="en", causes=causes), queries


def bench_shipped(repeat: int) -> None:
    for lang in ("ja", "en"):
        packs, problems = load_language(packs_dir() / lang, lang)
        if problems:
            print(f"[{lang}] shipped pack has problems; skipped")
            continue
        engine = Engine(packs)
        queries = eval_queries(lang)
        engine.analyse(queries[0])
        ours = time_each(engine.analyse, queries, repeat)
        triggers = [(t, c.id) for c in packs.causes for t in c.triggers]
        choices = [engine.normalize(t) for t, _ in triggers]

        def rf_baseline(q: str, choices: list[str] = choices, engine: Engine = engine) -> object:
            return process.extract(engine.normalize(q), choices, scorer=fuzz.partial_ratio, limit=5)

        def difflib_baseline(
            q: str, choices: list[str] = choices, engine: Engine = engine
        ) -> object:
            return difflib.get_close_matches(engine.normalize(q), choices, n=5, cutoff=0.0)

        rf = time_each(rf_baseline, queries, 1)
        dl = time_each(difflib_baseline, queries[:60], 1)
        report(
            f"[{lang}] shipped ({len(packs.causes)} causes, {len(triggers)} triggers, "
            f"{len(queries)} utterances)",
            ours,
            {"rapidfuzz partial_ratio scan": rf, "difflib scan": dl},
        )


def bench_synthetic(n_causes: int, repeat: int) -> None:
    started = time.perf_counter()
    packs, labelled = synthetic_pack(n_causes)
    engine = Engine(packs)
    build_s = time.perf_counter() - started
    queries = [q for q, _ in labelled]
    engine.analyse(queries[0])
    ours = time_each(engine.analyse, queries, repeat)
    hits = sum(1 for q, cid in labelled if cid in [c.id for c in engine.analyse(q, top=3).causes])
    choices = [engine.normalize(t) for c in packs.causes for t in c.triggers]

    def rf_baseline(q: str) -> object:
        return process.extract(engine.normalize(q), choices, scorer=fuzz.partial_ratio, limit=5)

    rf = time_each(rf_baseline, queries[:25], 1)
    report(
        f"[en] synthetic {n_causes:,} causes ({len(choices):,} triggers; index built in "
        f"{build_s:.1f} s; top-3 hit {hits}/{len(labelled)})",
        ours,
        {"rapidfuzz partial_ratio scan": rf},
    )


def report(title: str, ours: list[float], baselines: dict[str, list[float]]) -> None:
    p50, p95 = percentiles(ours)
    print(title)
    print(f"    engine                       p50 {p50:7.3f} ms   p95 {p95:7.3f} ms")
    for name, samples in baselines.items():
        b50, b95 = percentiles(samples)
        print(
            f"    {name:<28} p50 {b50:7.3f} ms   p95 {b95:7.3f} ms   "
            f"(engine is {b95 / p95:,.0f}x faster at p95)"
        )


def bench_startup(runs: int) -> None:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, ASSISTDESK_HOME=home)
        cmd = [
            sys.executable,
            "-m",
            "assistdesk",
            "suggest",
            "--lang",
            "ja",
            "--json",
            "電源が入らない",
        ]
        subprocess.run(cmd, env=env, check=True, capture_output=True)  # builds the cache
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
        cold_start = time.perf_counter()
        subprocess.run(
            cmd, env=dict(env, ASSISTDESK_HOME=home + "/fresh"), check=True, capture_output=True
        )
        cold = time.perf_counter() - cold_start
    print(
        f"assistdesk suggest start-to-exit: median {statistics.median(times):.3f} s, "
        f"max {max(times):.3f} s over {runs} runs (cache warm); {cold:.3f} s with no cache"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    repeat = 2 if args.quick else 10
    bench_shipped(repeat)
    bench_synthetic(10_000, repeat)
    bench_startup(3 if args.quick else 10)


if __name__ == "__main__":
    main()
