from hypothesis import given
from hypothesis import strategies as st

from assistdesk.core.text import (
    VariantFolder,
    basic_normalize,
    features,
    normalize,
    stem_en,
    to_hiragana,
)


def test_width_case_and_kana_are_folded() -> None:
    assert basic_normalize("ＰＣの電源がツカナイ！！") == "pcの電源がつかない"
    assert to_hiragana("パソコン") == "ぱそこん"
    assert basic_normalize("Won't  TURN\ton...") == "wont turn on"


def test_emphasis_runs_collapse() -> None:
    assert basic_normalize("つかなーーーい") == "つかなーい"


def test_variants_fold_longest_first_and_latin_only_on_word_boundaries() -> None:
    folder = VariantFolder([("点かない", "つかない"), ("pc", "パソコン"), ("wi-fi", "wifi")])
    assert normalize("PCが点かない", folder) == "ぱそこんがつかない"
    assert normalize("the wi-fi is down", folder) == "the wifi is down"
    assert normalize("topcoat", folder) == "topcoat"


def test_dropped_particle_keeps_most_features() -> None:
    full = features(normalize("電源が入らない"))
    fragment = features(normalize("電源入らない"))
    assert set(fragment) <= set(full)
    assert full["b:源が"] < full["b:電源"]


def test_english_features_are_stemmed_words_without_stopwords() -> None:
    assert stem_en("printing") == stem_en("prints") == stem_en("printed") == "print"
    assert features(normalize("The printer is OFFLINE")) == {"w:print": 1.0, "w:offline": 1.0}


@given(st.text())
def test_normalize_never_crashes_and_is_idempotent(text: str) -> None:
    once = basic_normalize(text)
    assert basic_normalize(once) == once
    assert "  " not in once
    assert once == once.strip()
    features(once)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40), st.text(max_size=40))
def test_variant_folder_never_crashes(variant: str, text: str) -> None:
    folder = VariantFolder([(variant, "x")])
    normalize(text, folder)


def test_a_variant_that_prefixes_its_canonical_form_does_not_double_it() -> None:
    folder = VariantFolder([("ルータ", "ルーター"), ("ルーター", "ルーター")])
    assert normalize("ルーターが", folder) == "るーたーが"
    assert normalize("ルータが", folder) == "るーたーが"


@given(
    st.lists(st.text(alphabet="abcあいう", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="abc あいう", max_size=30),
)
def test_trie_regex_matches_like_longest_first_alternation(words: list[str], text: str) -> None:
    import re

    from assistdesk.core.text import trie_regex

    naive = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    trie = re.compile(trie_regex(words))
    assert [m.group(0) for m in trie.finditer(text)] == [m.group(0) for m in naive.finditer(text)]
