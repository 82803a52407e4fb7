"""The engine against the labelled evaluation sets (figures printed with ``-s``).

``ja``/``en`` are the sets the packs were tuned on; ``holdout_ja``/``holdout_en`` were
written blind afterwards and are only measured, never tuned against.
"""

import pytest

from tests.core.evaluation import evaluate


@pytest.mark.parametrize("prefix", ["", "holdout_"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_accuracy_on_labelled_set(lang: str, prefix: str) -> None:
    report = evaluate(lang, prefix=prefix)
    print("\n" + report.summary())
    assert report.cause_total >= 75
    assert report.top3_rate >= (0.95 if not prefix else 0.93), report.misses
    assert report.recall == 1.0, report.misses
    assert report.ordinary_flagged == 0, report.misses
    assert report.precision >= 0.95, report.misses
