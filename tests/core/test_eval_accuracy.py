"""The engine against the labelled evaluation set (figures printed with ``-s``)."""

import pytest

from tests.core.evaluation import evaluate


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_accuracy_on_labelled_set(lang: str) -> None:
    report = evaluate(lang)
    print("\n" + report.summary())
    assert report.cause_total >= 75
    assert report.top3_rate >= 0.95, report.misses
    assert report.recall == 1.0, report.misses
    assert report.ordinary_flagged == 0, report.misses
    assert report.precision >= 0.95, report.misses
