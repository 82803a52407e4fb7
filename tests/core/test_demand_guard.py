"""The demand guard on utterances written for it: near misses that must stay quiet
(a fair request, praise, a negated demand, the same words about something else) and
demands phrased in ways no trigger spells out."""

from functools import cache

import pytest

from assistdesk.core.engine import Engine
from tests.core.evaluation import engine_for

ORDINARY = {
    "ja": [
        "口コミを見て買ったんです",
        "ネットで調べたら再起動しろって書いてあったんですけど",
        "SNSで見たキャンペーンの件なんですが",
        "家まで修理に来てもらえますか",
        "上司に相談してからまたかけます",
        "責任者の方に確認してもらえますか",
        "お金払って買ったのに動かないんです",
        "慰謝料とかはいいので早く直してください",
        "誠意あるご対応を期待しています",
        "担当の方にお礼を伝えてください",
        "電源は切らないでおきますね",
        "電話は切らずに待ってます",
        "画面がボケて見える",
        "バカ高い修理代って書いてあったけど本当ですか",
        "書面で見積もりを送ってもらえますか",
        "二度と同じことが起きないようにしてほしいです",
        "うちのルーターなんですけど",
        "店長さんにはお世話になってます",
        "レビューに良いこと書いておきますね",
        "前の担当の方はとても親切でした",
    ],
    "en": [
        "I read the reviews online before buying",
        "my boss wants it fixed by Monday",
        "I'll tell my wife what you said",
        "the fire alarm went off and then the power went",
        "I feel stupid asking but where is the power button",
        "this printer is useless, it never works",
        "could you put that in writing for me",
        "I paid extra for next day delivery",
        "I want my money back, it arrived broken",
        "I'll speak to my manager about the invoice",
        "can you send someone round to my house to fix it",
        "I saw a post online saying there's an outage",
        "I'm not going anywhere, I'll wait on the line",
        "you've been really helpful, I'll leave a good review",
        "can I speak to someone about my bill",
        "my son says I'm an idiot with computers",
        "is there any compensation for late deliveries",
        "the written instructions say hold the button",
        "I'll post the form back tomorrow",
        "thank you for your sincerity",
        "I don't need a manager, you're doing great",
        "put the manager's email in the letter please",
    ],
}
DEMANDS = {
    "ja": [
        ("土下座しろ", "demand.kneel"),
        ("慰謝料よこせ", "demand.money"),
        ("迷惑料くらい払ってもらわないとね", "demand.money"),
        ("誠意を見せてくださいよ", "demand.sincerity"),
        ("直るまで電話は切りませんよ", "demand.refuse_leave"),
        ("上司を呼んでこい", "escalate.supervisor"),
        ("ネットに書き込んでやるからな", "demand.threat_online"),
        ("ツイッターで拡散するぞ", "demand.threat_online"),
        ("ぶん殴ってやる", "demand.threat_harm"),
        ("お前は本当に無能だな", "demand.personal_attack"),
        ("あの担当者をクビにしてください", "demand.staff_punishment"),
        ("念書を書いてもらいます", "demand.written_apology"),
        ("うちまで来て頭下げろ", "demand.visit_home"),
    ],
    "en": [
        ("get down on your knees and say sorry", "demand.kneel"),
        ("I expect a payout for my trouble", "demand.money"),
        ("you'd better make it right, you know what I mean", "demand.sincerity"),
        ("I'm not hanging up until this is fixed", "demand.refuse_leave"),
        ("put your supervisor on now", "escalate.supervisor"),
        ("I'm putting this on facebook", "demand.threat_online"),
        ("I'm going to the papers with this", "demand.threat_online"),
        ("I know where you live", "demand.threat_harm"),
        ("you're a complete moron", "demand.personal_attack"),
        ("I want whoever did this sacked", "demand.staff_punishment"),
        ("I want a written apology from the CEO", "demand.written_apology"),
        ("someone needs to come to my house and apologise", "demand.visit_home"),
    ],
}


@cache
def engine(lang: str) -> Engine:
    return engine_for(lang)


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in ORDINARY.items() for text in texts]
)
def test_ordinary_words_raise_no_demand(lang: str, text: str) -> None:
    assert [d.id for d in engine(lang).analyse(text).demands] == []


@pytest.mark.parametrize(
    ("lang", "text", "demand"),
    [(lang, text, demand) for lang, pairs in DEMANDS.items() for text, demand in pairs],
)
def test_demands_in_other_words_are_caught(lang: str, text: str, demand: str) -> None:
    assert demand in [d.id for d in engine(lang).analyse(text).demands]
