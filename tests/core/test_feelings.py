"""The feeling the engine reads (for the empathy line offered first, DOMAIN §3)."""

from functools import cache

import pytest

from assistdesk.core.engine import Engine
from tests.core.evaluation import engine_for

SAID = {
    "ja": [
        ("昨日から使えなくて本当に困ってるんです、大丈夫でしょうか", "worried"),
        ("データ消えてたらどうしよう、心配で", "worried"),
        ("ふざけんなよ、何回電話させるんだ", "angry"),
        ("いい加減にしてくれ", "angry"),
        ("今日中に直らないと仕事にならないんです、急いでます", "hurry"),
        ("明日の朝までに必要なんです", "hurry"),
        ("何をどうすればいいのか全然わからなくて", "confused"),
        ("楽しみにしてたのに、がっかりです", "disappointed"),
    ],
    "en": [
        ("im really worried it wont come back on", "worried"),
        ("what if ive lost all my photos", "worried"),
        ("this is absolutely ridiculous, im furious", "angry"),
        ("sick of this, third time im calling", "angry"),
        ("i need this sorted today, im in a rush", "hurry"),
        ("i need it by tomorrow morning", "hurry"),
        ("i dont understand what any of this means", "confused"),
        ("i was so looking forward to it, really let down", "disappointed"),
    ],
}


@cache
def engine(lang: str) -> Engine:
    return engine_for(lang)


@pytest.mark.parametrize(
    ("lang", "text", "feeling"), [(lang, t, f) for lang, items in SAID.items() for t, f in items]
)
def test_feeling_read_from_what_was_said(lang: str, text: str, feeling: str) -> None:
    assert engine(lang).analyse(text).feeling == feeling


def test_a_demand_means_anger_even_without_angry_words() -> None:
    assert engine("en").analyse("get down on your knees and apologise").feeling == "angry"
    assert engine("ja").analyse("土下座しろ").feeling == "angry"


def test_no_feeling_in_a_plain_question() -> None:
    assert engine("en").analyse("what are your opening hours").feeling is None
