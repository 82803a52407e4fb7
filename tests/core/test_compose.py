import pytest

from assistdesk.core.compose import (
    CompositionError,
    RefusalChoice,
    alternative_category_for,
    apologies_for,
    bare_refusal,
    compose_refusal,
    empathy_for,
    fill,
    full_admission,
    join,
    placeholders,
)
from assistdesk.core.packs import PackSet
from assistdesk.core.packs.schema import (
    Alternative,
    AlternativeCategory,
    Apology,
    Feeling,
    Rephrase,
)

DELIVERY = AlternativeCategory(
    id="delivery",
    title="配送",
    cues=("配達", "届け"),
    apologies=("申し訳ございません、{date}のお届けはお約束できかねます。",),
    reasons=("土日は配送センターが休業しております。",),
    alternatives=(
        Alternative(id="store_pickup", text="店頭でのお受け取りでしたら明日ご用意できます。"),
        Alternative(id="monday", text="月曜日の午前中でしたら確実にお届けできます。"),
    ),
    extras=("店頭では{time}まで営業しております。",),
)

PACKS = PackSet(
    lang="ja",
    feelings=[
        Feeling(
            id="worried",
            title="不安",
            cues=("心配", "不安", "大丈夫"),
            lines=("ご心配でしたよね。", "不安なお気持ち、よくわかります。"),
        )
    ],
    apologies=[
        Apology(
            id="worry",
            title="心配",
            level="partial",
            when="w",
            cues=("心配",),
            lines=("ご心配をおかけして申し訳ございません。",),
        ),
        Apology(
            id="waiting",
            title="待ち",
            level="partial",
            when="w",
            cues=("待た",),
            lines=("お待たせしてしまい申し訳ございません。",),
        ),
        Apology(
            id="full",
            title="全面",
            level="full",
            when="確認後",
            lines=("弊社の不手際です。",),
            patterns=("弊社のミス", "全面的に弊社の責任"),
        ),
    ],
    alternatives=[DELIVERY],
    rephrase=[Rephrase(id="cannot", bare=("できません",), better="あいにく…ですが、代わりに…")],
)


def test_fill_uses_values_and_reports_missing() -> None:
    filled = fill("{customer}様、{date}の{time}に", {"customer": "山田", "date": " "})
    assert filled.text == "山田様、{date}の{time}に"
    assert filled.missing == ("date", "time")
    assert placeholders("{a}{b}{a}") == ["a", "b"]
    assert fill("{{literal}}", {}).text == "{literal}"


def test_join_by_language() -> None:
    assert (
        join(["ご心配でしたよね。", " ", "確認いたします。"], "ja")
        == "ご心配でしたよね。確認いたします。"
    )
    assert join(["That must be worrying.", "Let me check."], "en") == (
        "That must be worrying. Let me check."
    )


def test_refusal_is_apology_reason_alternative_extra_in_order() -> None:
    text = compose_refusal(
        DELIVERY, RefusalChoice("delivery", alternatives=("monday", "store_pickup")), "ja"
    )
    assert text.index("お約束できかねます") < text.index("休業") < text.index("月曜日")
    assert text.index("月曜日") < text.index("店頭でのお受け取り") < text.index("営業しております")


def test_refusal_without_alternative_is_refused() -> None:
    with pytest.raises(CompositionError):
        compose_refusal(DELIVERY, RefusalChoice("delivery"), "ja")
    with pytest.raises(CompositionError):
        compose_refusal(DELIVERY, RefusalChoice("delivery", alternatives=("nope",)), "ja")
    with pytest.raises(CompositionError):
        compose_refusal(DELIVERY, RefusalChoice("delivery", 5, alternatives=("monday",)), "ja")


def test_full_admission_and_bare_refusal_are_spotted() -> None:
    assert full_admission("今回は弊社のミスでございます", PACKS) == "弊社のミス"
    assert full_admission("ご心配をおかけして申し訳ございません", PACKS) is None
    rephrase = bare_refusal("それはできません", PACKS)
    assert rephrase is not None and rephrase.id == "cannot"
    assert bare_refusal("確認いたします", PACKS) is None


def test_empathy_first_and_apology_by_situation() -> None:
    feeling = empathy_for(None, PACKS)
    assert feeling is not None and feeling.id == "worried"
    assert apologies_for("ずいぶん待たされた", PACKS)[0].id == "waiting"
    assert all(a.level == "partial" for a in apologies_for("", PACKS))
    category = alternative_category_for("土曜日に届けてほしい", PACKS)
    assert category is not None and category.id == "delivery"
