"""Accuracy of the assist engine on the labelled set in tests/eval/.

Run directly for a report: ``python -m tests.core.evaluation``. The test module
asserts on the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assistdesk.core.engine import Engine
from assistdesk.core.packs import load_language
from assistdesk.resources import packs_dir

EVAL_DIR = Path(__file__).resolve().parent.parent / "eval"


@dataclass
class Report:
    lang: str
    cause_total: int = 0
    top1: int = 0
    top3: int = 0
    demand_tp: int = 0
    demand_fp: int = 0
    demand_fn: int = 0
    ordinary_total: int = 0
    ordinary_flagged: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.cause_total if self.cause_total else 0.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.cause_total if self.cause_total else 0.0

    @property
    def precision(self) -> float:
        flagged = self.demand_tp + self.demand_fp
        return self.demand_tp / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        present = self.demand_tp + self.demand_fn
        return self.demand_tp / present if present else 1.0

    def summary(self) -> str:
        return (
            f"[{self.lang}] causes: top-1 {self.top1}/{self.cause_total} = {self.top1_rate:.1%}, "
            f"top-3 {self.top3}/{self.cause_total} = {self.top3_rate:.1%}; "
            f"demands: precision {self.precision:.1%}, recall {self.recall:.1%} "
            f"(tp {self.demand_tp}, fp {self.demand_fp}, fn {self.demand_fn}); "
            f"ordinary utterances flagged {self.ordinary_flagged}/{self.ordinary_total}"
        )


# The set the packs were tuned on, one written blind afterwards, and a demand stress set
# (near-miss ordinary requests and veiled demands).
SETS = ("", "holdout_", "demands_")


def load_items(lang: str, prefix: str = "") -> list[dict[str, object]]:
    items = yaml.safe_load((EVAL_DIR / f"{prefix}{lang}.yaml").read_text(encoding="utf-8"))
    assert isinstance(items, list)
    return items


def engine_for(lang: str) -> Engine:
    packs, problems = load_language(packs_dir() / lang, lang)
    assert not problems, problems
    return Engine(packs)


def evaluate(lang: str, engine: Engine | None = None, prefix: str = "") -> Report:
    engine = engine or engine_for(lang)
    report = Report(f"{prefix}{lang}")
    for item in load_items(lang, prefix):
        text = str(item["text"])
        expected_cause = item.get("cause")
        expected_demands = set(item.get("demands") or [])  # type: ignore[call-overload]
        result = engine.analyse(text, top=3)
        ranked = [c.id for c in result.causes]
        if expected_cause:
            report.cause_total += 1
            report.top1 += bool(ranked[:1] == [expected_cause])
            report.top3 += expected_cause in ranked[:3]
            if expected_cause not in ranked[:3]:
                report.misses.append(f"cause {expected_cause} not in {ranked}: {text}")
        found = {d.id for d in result.demands}
        report.demand_tp += len(found & expected_demands)
        report.demand_fp += len(found - expected_demands)
        report.demand_fn += len(expected_demands - found)
        for wrong in found - expected_demands:
            report.misses.append(f"false demand {wrong}: {text}")
        for lost in expected_demands - found:
            report.misses.append(f"missed demand {lost}: {text}")
        if not expected_demands:
            report.ordinary_total += 1
            report.ordinary_flagged += bool(found)
    return report


if __name__ == "__main__":
    import sys

    verbose = "-v" in sys.argv
    for prefix in SETS:
        for lang in ("ja", "en"):
            report = evaluate(lang, prefix=prefix)
            print(report.summary())
            if verbose:
                for miss in report.misses:
                    print("   ", miss)
