"""Whatever an operator types, the shipped engines answer without failing."""

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from assistdesk.core.engine import Engine
from tests.core.evaluation import engine_for


@cache
def engine(lang: str) -> Engine:
    return engine_for(lang)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["ja", "en"]), st.text(max_size=200))
def test_analyse_never_fails_and_ranks_best_first(lang: str, text: str) -> None:
    result = engine(lang).analyse(text, top=5)
    scores = [c.score for c in result.causes]
    assert scores == sorted(scores, reverse=True)
    assert len(result.causes) <= 5
    assert len({c.id for c in result.causes}) == len(result.causes)
    assert all(0 < d.score <= 1.0 for d in result.demands)
    assert result.elapsed_ms >= 0


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="でんげんがはいらないタップ電源入 pcPC", max_size=40))
def test_japanese_fragments_never_fail(text: str) -> None:
    engine("ja").analyse(text)
