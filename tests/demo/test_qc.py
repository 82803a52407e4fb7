"""Each QC rule on hand-built timelines: met, missed (with the moment), not applicable."""

from __future__ import annotations

from assistdesk.core.call import Call
from assistdesk.core.qc import POINT_IDS, Expectations, QcResult, score, score_call

from .helpers import make_call, mini_packs

PACKS = mini_packs()


def good_call() -> Call:
    call = make_call()
    call.say("My PC won't turn on and I'm worried.")
    call.use_phrase("empathy", "That must be worrying.", "worried")
    call.answer_intake("what", "PC won't turn on")
    call.use_phrase("apology", "I'm sorry for the worry.", "worry")
    call.mark_check("power.strip_switch", "fixed", scripted=True)
    call.set_outcome("satisfied")
    call.use_phrase("closing", "Thank you for calling.", "thanks_time")
    call.end()
    return call


def test_a_good_call_scores_full_marks_and_na_points_do_not_count() -> None:
    result = score(good_call(), PACKS)
    assert [p.id for p in result.points] == list(POINT_IDS)
    assert result.status_of("no_bare_no") == "na"
    assert result.status_of("demand_declined") == "na"
    assert result.status_of("handoff_complete") == "na"
    assert (result.total, result.max) == (6, 6)
    assert result.full_marks
    assert result.percent == 100.0


def test_empty_call_is_all_not_applicable() -> None:
    call = make_call()
    call.end()
    result = score(call)
    assert {p.status for p in result.points} == {"na"}
    assert result.max == 0


# listened ---------------------------------------------------------------------------------


def test_listened_ok_names_the_intake_moment() -> None:
    point = score(good_call(), PACKS).point("listened")
    assert point is not None and point.status == "ok"
    assert point.moment is not None
    assert point.moment.type == "intake.answered"
    assert point.moment.seq == 4
    assert point.moment.text == "What: PC won't turn on"  # the prompt's label, not its id
    assert point.moment.clock == "0:03"


def test_proposing_before_listening_is_missed_at_the_proposal() -> None:
    call = make_call()
    call.say("It won't turn on.")
    check = call.mark_check("power.strip_switch", "fixed")
    call.answer_intake("what", "won't turn on")
    point = score(call, PACKS).point("listened")
    assert point is not None and point.status == "missed"
    assert point.moment is not None and point.moment.seq == check.seq
    assert "Power strip switched off" in point.moment.text


def test_no_intake_at_all_is_missed() -> None:
    call = make_call()
    said = call.say("Hello?")
    point = score(call).point("listened")
    assert point is not None and point.status == "missed"
    assert point.moment is not None and point.moment.seq == said.seq


def test_an_alternative_offered_before_listening_counts_as_proposing() -> None:
    call = make_call()
    call.say("Can you repair it?")
    call.use_phrase("alternative", "I'm sorry, but I can send a courier.", "repair")
    call.answer_intake("what", "repair")
    assert score(call).status_of("listened") == "missed"


# empathy before apology --------------------------------------------------------------------


def test_apology_before_empathy_is_missed_at_the_apology() -> None:
    call = make_call()
    call.say("I'm so worried.")
    apology = call.use_phrase("apology", "Sorry for the worry.", "worry")
    call.use_phrase("empathy", "That must be worrying.", "worried")
    point = score(call).point("empathy_first")
    assert point is not None and point.status == "missed"
    assert point.moment is not None and point.moment.seq == apology.seq
    assert point.moment.text == "Sorry for the worry."


def test_empathy_without_apology_is_ok() -> None:
    call = make_call()
    call.use_phrase("empathy", "That must be worrying.", "worried")
    assert score(call).status_of("empathy_first") == "ok"


def test_an_upset_customer_never_acknowledged_is_missed() -> None:
    call = make_call()
    call.say("This is ridiculous!")
    call.record_suggestions([], [], "angry")
    assert score(call).status_of("empathy_first") == "missed"
    calm = make_call()
    calm.say("Quick question about my bill.")
    assert score(calm).status_of("empathy_first") == "na"
    assert score(calm, expect=Expectations(upset=True)).status_of("empathy_first") == "missed"


# partial, not full, apology before facts ------------------------------------------------------


def test_full_apology_before_fault_confirmed_is_missed() -> None:
    call = make_call()
    call.use_phrase("empathy", "I understand.", "worried")
    full = call.use_phrase("full_apology", "This was our error.", "full")
    call.confirm_fault()
    point = score(call, PACKS).point("partial_apology")
    assert point is not None and point.status == "missed"
    assert point.moment is not None and point.moment.seq == full.seq


def test_full_apology_after_fault_confirmed_is_ok() -> None:
    call = make_call()
    call.use_phrase("apology", "Sorry for the trouble.", "worry")
    call.confirm_fault()
    call.use_phrase("full_apology", "This was our error.", "full")
    assert score(call, PACKS).status_of("partial_apology") == "ok"


def test_admission_in_free_words_counts_as_a_full_apology() -> None:
    call = make_call()
    call.use_phrase("apology", "Sorry for the trouble.", "worry")
    said = call.use_phrase("other", "Honestly, it's all our fault.")
    point = score(call, PACKS).point("partial_apology")
    assert point is not None and point.status == "missed"
    assert point.moment is not None and point.moment.seq == said.seq
    # Without packs the text checks are off; the kind alone decides.
    assert score(call).status_of("partial_apology") == "ok"


def test_no_apology_to_an_upset_customer_is_missed() -> None:
    call = make_call()
    call.say("I'm furious.")
    call.use_phrase("empathy", "I hear you.", "angry")
    assert score(call, expect=Expectations(upset=True)).status_of("partial_apology") == "missed"
    assert score(call).status_of("partial_apology") == "na"


# face-saving check -------------------------------------------------------------------------


def test_unscripted_check_is_missed() -> None:
    call = make_call()
    call.answer_intake("what", "dead")
    check = call.mark_check("power.strip_switch", "fixed", scripted=False)
    point = score(call, PACKS).point("face_saving")
    assert point is not None and point.status == "missed"
    assert point.moment is not None and point.moment.seq == check.seq
    assert "Power strip switched off" in point.why


def test_the_hidden_cause_never_checked_is_missed() -> None:
    call = make_call()
    call.answer_intake("what", "dead")
    expect = Expectations(cause="power.strip_switch")
    point = score_call(call.timeline, PACKS, expect).point("face_saving")
    assert point is not None and point.status == "missed"
    assert point.moment is None
    assert score(call, PACKS).status_of("face_saving") == "na"


# no bare "no" ------------------------------------------------------------------------------


def test_bare_refusal_is_missed_with_the_kinder_wording() -> None:
    call = make_call()
    call.answer_intake("what", "wants a home visit")
    bare = call.use_phrase("other", "Sorry, we can't do that.")
    call.use_phrase("alternative", "I can send a courier instead.", "repair")
    point = score(call, PACKS).point("no_bare_no")
    assert point is not None and point.status == "missed"
    assert point.moment is not None and point.moment.seq == bare.seq
    assert "Here is what I can do." in point.why


def test_alternative_offered_is_ok_and_a_needed_refusal_without_one_is_missed() -> None:
    call = make_call()
    call.answer_intake("what", "wants a refund")
    call.use_phrase("alternative", "I can credit your next bill.", "billing")
    assert score(call, PACKS).status_of("no_bare_no") == "ok"
    plain = make_call()
    plain.answer_intake("what", "wants a refund")
    assert score(plain, PACKS).status_of("no_bare_no") == "na"
    expect = Expectations(refusal=True)
    assert score_call(plain.timeline, PACKS, expect).status_of("no_bare_no") == "missed"


# demand declined ---------------------------------------------------------------------------


def test_demand_flagged_verbatim_and_declined_is_ok() -> None:
    call = make_call()
    call.flag_demand("demand.kneel", "Get on your knees!")
    declined = call.decline_demand("demand.kneel")
    point = score(call).point("demand_declined")
    assert point is not None and point.status == "ok"
    assert point.moment is not None and point.moment.seq == declined.seq


def test_demand_left_undeclined_is_missed_at_the_flag() -> None:
    call = make_call()
    flag = call.flag_demand("demand.kneel", "Get on your knees!")
    point = score(call).point("demand_declined")
    assert point is not None and point.status == "missed"
    assert point.moment is not None and point.moment.seq == flag.seq
    assert point.moment.text == "demand.kneel: Get on your knees!"


def test_a_demand_the_trainee_never_noticed_is_missed() -> None:
    call = make_call()
    call.say("Get on your knees!")
    expect = Expectations(demands=("demand.kneel",))
    point = score_call(call.timeline, None, expect).point("demand_declined")
    assert point is not None and point.status == "missed"
    assert "demand.kneel" in point.why


# handoff complete --------------------------------------------------------------------------


def test_handoff_covering_intake_and_checks_is_ok() -> None:
    call = make_call()
    call.answer_intake("what", "No internet at all")
    call.answer_intake("since", "8 am")
    call.mark_check("power.strip_switch", "not_fixed")
    text = "Story: No internet at all, since 8 am. Checked: Power strip switched off."
    call.build_handoff(text)
    assert score(call, PACKS).status_of("handoff_complete") == "ok"


def test_handoff_missing_parts_lists_them() -> None:
    call = make_call()
    call.answer_intake("what", "No internet at all")
    call.answer_intake("since", "8 am")
    call.mark_check("power.strip_switch", "not_fixed")
    handoff = call.build_handoff("Customer has no internet.")
    point = score(call, PACKS).point("handoff_complete")
    assert point is not None and point.status == "missed"
    assert point.moment is not None and point.moment.seq == handoff.seq
    assert "'what'" in point.why and "'since'" in point.why
    assert "power.strip_switch" in point.why


def test_escalating_without_a_handoff_is_missed() -> None:
    call = make_call()
    call.answer_intake("what", "No internet")
    call.set_outcome("escalated")
    assert score(call).status_of("handoff_complete") == "missed"
    plain = make_call()
    plain.answer_intake("what", "No internet")
    assert score(plain).status_of("handoff_complete") == "na"
    needed = score_call(plain.timeline, None, Expectations(handoff=True))
    assert needed.status_of("handoff_complete") == "missed"


# warm close and outcome --------------------------------------------------------------------


def test_no_closing_and_no_outcome_are_missed() -> None:
    call = make_call()
    call.answer_intake("what", "x")
    result = score(call)
    assert result.status_of("warm_close") == "missed"
    assert result.status_of("outcome_recorded") == "missed"


def test_outcome_cleared_again_is_missed_and_a_wrong_outcome_is_missed() -> None:
    call = make_call()
    call.set_outcome("satisfied")
    call.set_outcome(None)
    assert score(call).status_of("outcome_recorded") == "missed"
    other = make_call()
    other.set_outcome("unresolved")
    expect = Expectations(outcomes=("escalated",))
    point = score_call(other.timeline, None, expect).point("outcome_recorded")
    assert point is not None and point.status == "missed"
    assert "unresolved" in point.why and "escalated" in point.why


# trainer marks -----------------------------------------------------------------------------


def test_trainer_marks_override_and_add_points() -> None:
    call2 = make_call()
    call2.say("My PC won't turn on and I'm worried.")
    call2.use_phrase("empathy", "That must be worrying.", "worried")
    call2.answer_intake("what", "PC won't turn on")
    call2.mark_qc("listened", False, "Interrupted the customer twice.")
    call2.mark_qc("tone", True, "Calm voice throughout.")
    call2.mark_qc("tone", False, "")  # the latest mark for a point wins
    result = score(call2, PACKS)
    listened = result.point("listened")
    assert listened is not None
    assert (listened.status, listened.source, listened.auto_status) == ("missed", "trainer", "ok")
    assert listened.why == "Interrupted the customer twice."
    tone = result.point("tone")
    assert tone is not None and tone.status == "missed" and tone.source == "trainer"
    assert tone.why == "Trainer's mark"
    assert result.points[-1].id == "tone"


def test_result_round_trips_through_dicts() -> None:
    result = score(good_call(), PACKS)
    again = QcResult.from_dict(result.to_dict())
    assert again == result
    assert again.to_dict()["total"] == 6


def test_explanations_follow_the_call_language() -> None:
    call = make_call("ja")
    call.say("パソコンがつきません")
    result = score(call)
    point = result.point("listened")
    assert point is not None and point.status == "missed"
    assert "記録されていません" in point.why
    assert result.lang == "ja"
    assert point.title.startswith("お話を伺ってから")
