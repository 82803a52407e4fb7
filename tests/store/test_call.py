"""The live call object (core/call.py): methods, events, subscribers, round-trip."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistdesk.core.call import (
    EVENT_TYPES,
    Call,
    CallStateError,
    Event,
)

from .helpers import FakeClock, full_call


def test_every_method_appends_one_event_with_stable_types() -> None:
    call = full_call()
    types = [e.type for e in call.timeline]
    assert types[0] == "call.started" and types[-1] == "call.ended"
    assert set(types) <= EVENT_TYPES
    for expected in (
        "customer.said",
        "suggest.shown",
        "intake.answered",
        "check.marked",
        "phrase.used",
        "demand.flagged",
        "demand.declined",
        "fault.confirmed",
        "handoff.built",
        "outcome.set",
        "wrapup.set",
        "followup.set",
        "qc.mark",
    ):
        assert expected in types
    assert [e.seq for e in call.timeline] == list(range(1, len(types) + 1))
    assert call.revision == len(types)


def test_state_follows_the_methods() -> None:
    call = full_call()
    assert call.transcript[0] == "朝から電源が入らないんです"
    assert call.checks == {"power.strip_switch": "not_fixed", "power.adapter_loose": "fixed"}
    assert call.demands[0].declined and call.demands[0].verbatim == "土下座しろ"
    assert call.fault_confirmed and call.outcome == "satisfied"
    assert call.voc_tags == ("product.power", "docs.setup")
    assert call.followup is not None and call.followup.due == date(2026, 3, 5)
    assert call.intake == {"since_when": "今朝から"}
    assert call.is_ended and call.ended_at is not None and call.started_at is not None
    assert call.started_at.tzinfo is not None
    checks = [e for e in call.timeline if e.type == "check.marked"]
    assert checks[1].data == {"cause": "power.adapter_loose", "status": "fixed", "scripted": False}
    shown = next(e for e in call.timeline if e.type == "suggest.shown")
    assert shown.data["causes"] == ("power.strip_switch", "power.adapter_loose")
    assert shown.data["feeling"] == "worried"


def test_clock_is_injectable_and_times_are_utc() -> None:
    tokyo = timezone(timedelta(hours=9))
    moments = iter(datetime(2026, 1, 1, 9, 0, s, tzinfo=tokyo) for s in range(50))
    call = Call.begin(lang="en", operator="o", clock=lambda: next(moments))
    call.say("hello")
    assert call.started_at == datetime(2026, 1, 1, 0, 0, 0, tzinfo=UTC)
    assert call.timeline[1].at == datetime(2026, 1, 1, 0, 0, 1, tzinfo=UTC)
    naive = Call(lang="en", operator="o", clock=lambda: datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        naive.start()


def test_round_trip_is_exact() -> None:
    for lang in ("ja", "en"):
        call = full_call(lang)
        raw = call.to_dict()
        again = Call.from_dict(json.loads(json.dumps(raw)))
        assert again.to_dict() == raw
        assert again == call
        assert again.timeline == call.timeline


def test_unfinished_and_unstarted_calls_round_trip() -> None:
    call = Call(lang="ja", operator="o")
    assert Call.from_dict(call.to_dict()) == call
    call = full_call(end=False)
    assert Call.from_dict(call.to_dict()).is_ended is False


def test_events_are_immutable() -> None:
    call = full_call()
    event = call.timeline[3]
    with pytest.raises(AttributeError):
        event.type = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        event.data["text"] = "changed"  # type: ignore[index]
    shown = next(e for e in call.timeline if e.type == "suggest.shown")
    assert isinstance(shown.data["causes"], tuple)
    # The read-only views cannot change the call either.
    with pytest.raises(TypeError):
        call.checks["x"] = "fixed"  # type: ignore[index]
    assert isinstance(call.transcript, tuple)


def test_subscribers_are_notified_and_can_unsubscribe() -> None:
    call = Call.begin(lang="en", operator="o", clock=FakeClock())
    seen: list[Event] = []
    unsubscribe = call.subscribe(seen.append)
    call.say("one")
    unsubscribe()
    call.say("two")
    assert [e.data["text"] for e in seen] == ["one"]
    unsubscribe()  # twice is harmless


def test_a_failing_subscriber_never_loses_the_change() -> None:
    call = Call.begin(lang="en", operator="o")

    def broken(_event: Event) -> None:
        raise RuntimeError("listener bug")

    call.subscribe(broken)
    call.say("still recorded")
    assert call.transcript == ("still recorded",)


def test_validation() -> None:
    with pytest.raises(ValueError):
        Call(lang="fr", operator="o")
    with pytest.raises(ValueError):
        Call(lang="ja", operator="  ")
    call = Call.begin(lang="ja", operator="o")
    with pytest.raises(ValueError):
        call.mark_check("x", "maybe")
    with pytest.raises(ValueError):
        call.use_phrase("shout", "x")
    with pytest.raises(ValueError):
        call.set_outcome("happy")
    with pytest.raises(ValueError):
        call.say("   ")
    with pytest.raises(KeyError):
        call.decline_demand("demand.kneel")
    with pytest.raises(CallStateError):
        call.start()
    with pytest.raises(CallStateError):
        call.complete_followup()
    call.end()
    with pytest.raises(CallStateError):
        call.end()


def test_first_change_starts_the_call() -> None:
    call = Call(lang="en", operator="o")
    assert not call.is_started
    call.say("hi")
    assert [e.type for e in call.timeline] == ["call.started", "customer.said"]


def test_voc_tags_and_followup_done() -> None:
    call = Call.begin(lang="en", operator="o")
    assert call.add_voc_tag("a") is not None
    assert call.add_voc_tag("a") is None
    assert call.remove_voc_tag("a") is not None
    call.set_followup(date(2026, 1, 2), "ring back")
    call.complete_followup()
    assert call.followup is not None and call.followup.done
    assert call.timeline[-1].type == "followup.done"


def test_from_dict_names_the_bad_field() -> None:
    raw = full_call().to_dict()
    for key, value, word in (
        ("id", "not-a-uuid", "id"),
        ("started_at", "yesterday", "started_at"),
        ("outcome", "great", "outcome"),
        ("checks", {"a": "perhaps"}, "checks"),
    ):
        bad = dict(raw)
        bad[key] = value
        with pytest.raises(ValueError, match=word):
            Call.from_dict(bad)
    bad = dict(raw)
    bad["timeline"] = raw["timeline"][1:]
    with pytest.raises(ValueError, match="sequence"):
        Call.from_dict(bad)


_ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("say"), st.text(min_size=1).filter(lambda s: s.strip() != "")),
        st.tuples(st.just("intake"), st.text(max_size=5), st.text()),
        st.tuples(
            st.just("check"),
            st.sampled_from(["a.b", "c.d"]),
            st.sampled_from(["fixed", "not_fixed"]),
        ),
        st.tuples(st.just("phrase"), st.sampled_from(["empathy", "closing"]), st.text()),
        st.tuples(st.just("notes"), st.text()),
        st.tuples(st.just("tag"), st.text(min_size=1, max_size=8)),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(_ACTIONS)
def test_any_sequence_of_changes_round_trips(actions: list[tuple[str, ...]]) -> None:
    call = Call.begin(lang="en", operator="op", clock=FakeClock())
    for action in actions:
        kind, *args = action
        if kind == "say":
            call.say(args[0])
        elif kind == "intake":
            call.answer_intake(args[0], args[1])
        elif kind == "check":
            call.mark_check(args[0], args[1])
        elif kind == "phrase":
            call.use_phrase(args[0], args[1])
        elif kind == "notes":
            call.set_notes(args[0])
        else:
            call.add_voc_tag(args[0])
    assert Call.from_dict(json.loads(json.dumps(call.to_dict()))) == call
