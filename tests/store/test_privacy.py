"""Card-number masking (property-tested), export masking, formula-safe CSV cells."""

from __future__ import annotations

import re

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from assistdesk.store.privacy import (
    luhn_ok,
    mask_card_numbers,
    mask_name,
    mask_phone,
    neutralise_cell,
)

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
SEPARATORS = [" ", "-", "\u3000", "－", "‐"]


def with_check_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


cards = st.integers(min_value=13, max_value=19).flatmap(
    lambda n: st.text(alphabet="0123456789", min_size=n - 1, max_size=n - 1).map(with_check_digit)
)
# Text around a card never ends/starts with a digit, so the card's boundaries are clear.
surrounding = st.text(
    alphabet=st.characters(blacklist_categories=("Nd", "Cs")), max_size=20
) | st.sampled_from(["カード番号は", "my card is ", "番号：", ""])


@st.composite
def typed_cards(draw: st.DrawFn) -> tuple[str, str]:
    """A card as a person might type it: separators, maybe full-width digits."""
    digits = draw(cards)
    out = []
    for i, ch in enumerate(digits):
        if i and draw(st.integers(0, 4)) == 0:
            out.append(draw(st.sampled_from(SEPARATORS)))
        out.append(ch)
    typed = "".join(out)
    if draw(st.booleans()):
        typed = typed.translate(FULL_WIDTH)
    return digits, typed


def digits_in(text: str) -> str:
    return re.sub(r"[^0-9０-９]", "", text).translate(
        str.maketrans("０１２３４５６７８９", "0123456789")
    )


@settings(max_examples=400, deadline=None)
@given(typed_cards(), surrounding, surrounding)
@example(("4111111111111111", "4111 1111 1111 1111"), "card ", " thanks")
@example(("4111111111111111", "４１１１－１１１１－１１１１－１１１１"), "番号は", "です")
def test_every_card_is_masked_but_its_last_four(
    card: tuple[str, str], before: str, after: str
) -> None:
    digits, typed = card
    masked = mask_card_numbers(before + typed + after)
    assert masked.startswith(before) and masked.endswith(after)
    middle = masked[len(before) : len(masked) - len(after)]
    assert len(middle) == len(typed)
    assert digits_in(middle) == digits[-4:]
    assert middle.count("*") == len(digits) - 4
    # Separators are kept where they were.
    assert [c for c in middle if c in SEPARATORS] == [c for c in typed if c in SEPARATORS]


@settings(max_examples=200, deadline=None)
@given(typed_cards(), typed_cards(), st.sampled_from([" and ", "、", " / "]))
def test_two_cards_in_one_text(a: tuple[str, str], b: tuple[str, str], sep: str) -> None:
    masked = mask_card_numbers(a[1] + sep + b[1])
    assert digits_in(masked) == a[0][-4:] + b[0][-4:]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_masking_is_idempotent_and_keeps_text_without_cards(text: str) -> None:
    once = mask_card_numbers(text)
    assert mask_card_numbers(once) == once
    if len(digits_in(text)) < 13:
        assert once == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789", min_size=13, max_size=19))
def test_numbers_failing_luhn_are_left_alone(digits: str) -> None:
    assume(not luhn_ok(digits))
    # Alone (no neighbouring digits): nothing to mask.
    assert mask_card_numbers(f"ref {digits} ok") == f"ref {digits} ok"


def test_short_and_long_numbers_are_not_cards() -> None:
    assert mask_card_numbers("電話 03-1234-5678") == "電話 03-1234-5678"
    twelve = with_check_digit("41111111111")
    assert mask_card_numbers(twelve) == twelve


def test_phone_and_name_masking() -> None:
    assert mask_phone("03-1234-5678") == "**-****-5678"
    assert mask_phone("+44 20 7946 0018") == "+** ** **** 0018"
    assert mask_phone(None) is None
    assert mask_name("山田 太郎") == "山＊＊＊"
    assert mask_name("Mary Taylor") == "M*********"


def test_formula_cells_are_neutralised() -> None:
    for bad in ("=1+1", "+81 3", "-2", "@SUM(A1)", "\tx", "＝HYPERLINK()", " =cmd"):
        assert neutralise_cell(bad).startswith("'")
    for good in ("ok", "山田", "", "1+1"):
        assert neutralise_cell(good) == good
