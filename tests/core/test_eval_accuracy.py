"""The engine against the labelled evaluation sets (figures printed with ``-s``).

``ja``/``en`` are the sets the packs were tuned on; ``holdout_*`` was written blind
afterwards; ``demands_*`` is a stress set of veiled demands and near-miss ordinary
requests (see tests/eval/README.md for how far each is still blind).
"""

import pytest

from tests.core.evaluation import evaluate


@pytest.mark.parametrize("prefix", ["", "holdout_"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_cause_and_demand_accuracy(lang: str, prefix: str) -> None:
    report = evaluate(lang, prefix=prefix)
    print("\n" + report.summary())
    assert report.cause_total >= 75
    assert report.top3_rate >= (0.95 if not prefix else 0.93), report.misses
    assert report.recall == 1.0, report.misses
    assert report.ordinary_flagged == 0, report.misses
    assert report.precision >= 0.95, report.misses


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_demand_stress_set(lang: str) -> None:
    report = evaluate(lang, prefix="demands_")
    print("\n" + report.summary())
    assert report.ordinary_total >= 60
    assert report.ordinary_flagged == 0, report.misses
    assert report.recall >= 0.95, report.misses
    assert report.precision >= 0.95, report.misses
