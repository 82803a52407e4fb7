from datetime import date

from assistdesk.core.call import Call
from assistdesk.core.handoff import handoff_summary
from tests.core.evaluation import engine_for


def test_summary_carries_everything_heard_tried_and_promised() -> None:
    packs = engine_for("ja").packs
    call = Call.begin(lang="ja", operator="佐藤")
    call.set_customer(name="山田 花子", phone="090-1234-5678", reference="A-1")
    call.set_category("network")
    call.say("ネットにつながらないんです")
    call.answer_intake("since", "今朝から")
    call.mark_check("net.router_restart", "not_fixed")
    call.flag_demand("demand.kneel", "土下座しろ")
    call.decline_demand("demand.kneel")
    call.set_notes("明日12時までに折り返し")
    call.set_followup(date(2026, 11, 27), "技術担当から連絡")
    text = handoff_summary(call, packs, to="二次サポート")
    assert text.startswith("【引継ぎ】\n引継ぎ先: 二次サポート\n担当: 佐藤")
    assert "お客さま: 山田 花子 / 090-1234-5678 / A-1" in text
    assert "「ネットにつながらないんです」" in text
    assert ": 今朝から" in text
    assert "net.router_restart" not in text  # titles, not ids, for the next tier
    assert ": 未解決" in text
    assert "「土下座しろ」 (お断り済み)" in text
    assert "お約束したこと: 明日12時までに折り返し" in text
    assert "2026-11-27 技術担当から連絡" in text
    assert "対処策" not in text


def test_full_view_adds_the_wrap_up_in_english() -> None:
    call = Call.begin(lang="en", operator="Sam")
    call.set_outcome("satisfied")
    call.set_wrapup(immediate_action="Strip switched on", prevention="Label the switch")
    call.end()
    text = handoff_summary(call, None, full=True)
    assert text.splitlines()[0] == "== HANDOFF =="
    assert "Outcome so far: satisfied" in text
    assert "Immediate action: Strip switched on" in text
    assert "Prevention: Label the switch" in text
    assert "Ended: " in text
