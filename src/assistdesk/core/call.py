"""The live call: one object holding everything that happens on a call, and its timeline.

Pure Python (no Qt, no SQL). The UI changes a :class:`Call` only through its methods and
listens to its events (``call.subscribe(callback)``); the store autosaves it the same
way. Every method appends one immutable :class:`Event` to ``call.timeline`` — the audit
trail that QC scoring and analytics read — and notifies the subscribers.

Event types are stable strings (see ``EVENT_TYPES``); their ``data`` is JSON-safe
(strings, numbers, booleans, lists, dicts) so a timeline can be stored and exported
as is. ``to_dict()`` / ``from_dict()`` round-trip exactly (export/import, crash recovery).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any, Final, Literal, cast, get_args

log = logging.getLogger(__name__)

Lang = Literal["ja", "en"]
CheckStatus = Literal["not_tried", "fixed", "not_fixed"]
PhraseKind = Literal[
    "empathy", "apology", "full_apology", "alternative", "closing", "demand_reply", "other"
]
Outcome = Literal["understood", "accepted", "satisfied", "unresolved", "escalated"]

LANGS: Final[tuple[str, ...]] = get_args(Lang)
CHECK_STATUSES: Final[tuple[str, ...]] = get_args(CheckStatus)
PHRASE_KINDS: Final[tuple[str, ...]] = get_args(PhraseKind)
OUTCOMES: Final[tuple[str, ...]] = get_args(Outcome)

# Event types: stable strings, read by QC scoring, analytics and the store.
CALL_STARTED: Final = "call.started"
CUSTOMER_SAID: Final = "customer.said"
CUSTOMER_SET: Final = "customer.set"
CATEGORY_SET: Final = "category.set"
SUGGEST_SHOWN: Final = "suggest.shown"
INTAKE_ANSWERED: Final = "intake.answered"
CHECK_MARKED: Final = "check.marked"
PHRASE_USED: Final = "phrase.used"
DEMAND_FLAGGED: Final = "demand.flagged"
DEMAND_DECLINED: Final = "demand.declined"
FAULT_CONFIRMED: Final = "fault.confirmed"
HANDOFF_BUILT: Final = "handoff.built"
OUTCOME_SET: Final = "outcome.set"
WRAPUP_SET: Final = "wrapup.set"
VOC_TAGGED: Final = "voc.tagged"
VOC_UNTAGGED: Final = "voc.untagged"
NOTES_SET: Final = "notes.set"
FOLLOWUP_SET: Final = "followup.set"
FOLLOWUP_DONE: Final = "followup.done"
QC_MARK: Final = "qc.mark"
CALL_ENDED: Final = "call.ended"

EVENT_TYPES: Final[frozenset[str]] = frozenset(
    {
        CALL_STARTED,
        CUSTOMER_SAID,
        CUSTOMER_SET,
        CATEGORY_SET,
        SUGGEST_SHOWN,
        INTAKE_ANSWERED,
        CHECK_MARKED,
        PHRASE_USED,
        DEMAND_FLAGGED,
        DEMAND_DECLINED,
        FAULT_CONFIRMED,
        HANDOFF_BUILT,
        OUTCOME_SET,
        WRAPUP_SET,
        VOC_TAGGED,
        VOC_UNTAGGED,
        NOTES_SET,
        FOLLOWUP_SET,
        FOLLOWUP_DONE,
        QC_MARK,
        CALL_ENDED,
    }
)

DICT_VERSION: Final = 1

Clock = Callable[[], datetime]
Subscriber = Callable[["Event"], None]


def utc_now() -> datetime:
    return datetime.now(UTC)


class CallStateError(RuntimeError):
    """A method was called in a state where it makes no sense (e.g. ending twice)."""


# --- immutable JSON values -------------------------------------------------------------


def freeze(value: Any) -> Any:
    """A deep, read-only copy of a JSON-safe value (dicts → mapping proxies, lists → tuples)."""
    if isinstance(value, Mapping):
        return MappingProxyType({str(k): freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(freeze(v) for v in value)
    if value is None or isinstance(value, str | bool | int | float):
        return value
    raise TypeError(f"event data must be JSON-safe, not {type(value).__name__}")


def thaw(value: Any) -> Any:
    """The plain JSON form (dicts and lists) of a frozen value."""
    if isinstance(value, Mapping):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [thaw(v) for v in value]
    return value


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def parse_moment(value: Any, field: str) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"{field}: expected an ISO date-time string, got {value!r}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{field}: not an ISO date-time: {value!r}") from None
    if moment.tzinfo is None:
        raise ValueError(f"{field}: date-time without a time zone: {value!r}")
    return moment.astimezone(UTC)


def _opt_moment(value: Any, field: str) -> datetime | None:
    return None if value is None else parse_moment(value, field)


@dataclass(frozen=True, slots=True)
class Event:
    """One entry of a call's timeline. Immutable; ``data`` is a frozen JSON object."""

    seq: int
    at: datetime
    type: str
    data: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": iso(self.at), "type": self.type, "data": thaw(self.data)}

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Event:
        seq = raw.get("seq")
        kind = raw.get("type")
        data = raw.get("data", {})
        if not isinstance(seq, int) or isinstance(seq, bool):
            raise ValueError(f"event: seq must be an integer, got {seq!r}")
        if not isinstance(kind, str):
            raise ValueError(f"event {seq}: type must be a string")
        if not isinstance(data, Mapping):
            raise ValueError(f"event {seq}: data must be an object")
        return cls(seq, parse_moment(raw.get("at"), f"event {seq}.at"), kind, freeze(data))


@dataclass(frozen=True, slots=True)
class PhraseUse:
    kind: str
    ref: str | None
    text: str
    at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "ref": self.ref, "text": self.text, "at": iso(self.at)}


@dataclass(frozen=True, slots=True)
class DemandFlag:
    id: str
    verbatim: str
    at: datetime
    declined: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "verbatim": self.verbatim,
            "at": iso(self.at),
            "declined": self.declined,
        }


@dataclass(frozen=True, slots=True)
class FollowUp:
    due: date | None
    note: str
    done: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "due": None if self.due is None else self.due.isoformat(),
            "note": self.note,
            "done": self.done,
        }


def _check_choice(value: str, choices: Sequence[str], what: str) -> None:
    if value not in choices:
        raise ValueError(f"{what} must be one of {', '.join(choices)}; got {value!r}")


def _check_text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a string, got {type(value).__name__}")
    return value


class Call:
    """The live call. Read its state through properties; change it through methods.

    ``clock`` (returns an aware datetime) can be injected for tests; every timestamp
    is stored in UTC.
    """

    def __init__(
        self,
        *,
        lang: str,
        operator: str,
        demo: bool = False,
        id: str | None = None,
        channel: str = "phone",
        clock: Clock | None = None,
    ) -> None:
        _check_choice(lang, LANGS, "lang")
        if not operator or not operator.strip():
            raise ValueError("every call records its operator: operator must not be empty")
        self._clock: Clock = clock or utc_now
        self._subscribers: list[Subscriber] = []
        self._id = id or str(uuid.uuid4())
        self._lang = lang
        self._operator = operator
        self._demo = bool(demo)
        self._started_at: datetime | None = None
        self._ended_at: datetime | None = None
        self._customer_name: str | None = None
        self._customer_phone: str | None = None
        self._customer_reference: str | None = None
        self._category: str | None = None
        self._channel = channel
        self._intake: dict[str, str] = {}
        self._transcript: list[str] = []
        self._checks: dict[str, str] = {}
        self._phrases: list[PhraseUse] = []
        self._demands: list[DemandFlag] = []
        self._fault_confirmed = False
        self._outcome: str | None = None
        self._immediate_action = ""
        self._prevention = ""
        self._followup: FollowUp | None = None
        self._voc_tags: list[str] = []
        self._handoff_summary = ""
        self._notes = ""
        self._timeline: list[Event] = []

    @classmethod
    def begin(
        cls,
        *,
        lang: str,
        operator: str,
        demo: bool = False,
        channel: str = "phone",
        clock: Clock | None = None,
    ) -> Call:
        """A new call, already started."""
        call = cls(lang=lang, operator=operator, demo=demo, channel=channel, clock=clock)
        call.start()
        return call

    # --- read-only state ---------------------------------------------------------------

    @property
    def id(self) -> str:
        return self._id

    @property
    def lang(self) -> str:
        return self._lang

    @property
    def operator(self) -> str:
        return self._operator

    @property
    def demo(self) -> bool:
        return self._demo

    @property
    def started_at(self) -> datetime | None:
        return self._started_at

    @property
    def ended_at(self) -> datetime | None:
        return self._ended_at

    @property
    def is_started(self) -> bool:
        return self._started_at is not None

    @property
    def is_ended(self) -> bool:
        return self._ended_at is not None

    @property
    def customer_name(self) -> str | None:
        return self._customer_name

    @property
    def customer_phone(self) -> str | None:
        return self._customer_phone

    @property
    def customer_reference(self) -> str | None:
        return self._customer_reference

    @property
    def category(self) -> str | None:
        return self._category

    @property
    def channel(self) -> str:
        return self._channel

    @property
    def intake(self) -> Mapping[str, str]:
        return MappingProxyType(self._intake)

    @property
    def transcript(self) -> tuple[str, ...]:
        return tuple(self._transcript)

    @property
    def checks(self) -> Mapping[str, str]:
        return MappingProxyType(self._checks)

    @property
    def phrases_used(self) -> tuple[PhraseUse, ...]:
        return tuple(self._phrases)

    @property
    def demands(self) -> tuple[DemandFlag, ...]:
        return tuple(self._demands)

    @property
    def fault_confirmed(self) -> bool:
        return self._fault_confirmed

    @property
    def outcome(self) -> str | None:
        return self._outcome

    @property
    def immediate_action(self) -> str:
        return self._immediate_action

    @property
    def prevention(self) -> str:
        return self._prevention

    @property
    def followup(self) -> FollowUp | None:
        return self._followup

    @property
    def voc_tags(self) -> tuple[str, ...]:
        return tuple(self._voc_tags)

    @property
    def handoff_summary(self) -> str:
        return self._handoff_summary

    @property
    def notes(self) -> str:
        return self._notes

    @property
    def timeline(self) -> tuple[Event, ...]:
        return tuple(self._timeline)

    @property
    def revision(self) -> int:
        """The number of events so far: grows by one with every change."""
        return len(self._timeline)

    def events_since(self, seq: int) -> tuple[Event, ...]:
        """Events with a sequence number greater than ``seq`` (seq starts at 1)."""
        return tuple(self._timeline[max(seq, 0) :])

    # --- subscribers ---------------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(event)`` after every change; returns the unsubscribe function."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    # --- internals -----------------------------------------------------------------------

    def _now(self) -> datetime:
        moment = self._clock()
        if moment.tzinfo is None:
            raise ValueError("the call clock must return aware datetimes")
        return moment.astimezone(UTC)

    def _emit(self, kind: str, data: Mapping[str, Any], at: datetime | None = None) -> Event:
        event = Event(len(self._timeline) + 1, at or self._now(), kind, freeze(dict(data)))
        self._timeline.append(event)
        for callback in list(self._subscribers):
            try:
                callback(event)
            except Exception:  # a broken listener must never lose the operator's input
                log.exception("call subscriber failed on %s", kind)
        return event

    def _ensure_started(self) -> datetime:
        if self._started_at is None:
            self.start()
        return self._now()

    # --- mutations -----------------------------------------------------------------------

    def start(self) -> Event:
        if self._started_at is not None:
            raise CallStateError("the call has already started")
        at = self._now()
        self._started_at = at
        data = {"lang": self._lang, "operator": self._operator, "demo": self._demo}
        return self._emit(CALL_STARTED, {**data, "channel": self._channel}, at)

    def say(self, text: str) -> Event:
        """The customer said ``text`` (as typed by the operator): one transcript line."""
        _check_text(text, "text")
        if not text.strip():
            raise ValueError("nothing was said: text is empty")
        at = self._ensure_started()
        self._transcript.append(text)
        return self._emit(CUSTOMER_SAID, {"text": text}, at)

    def set_customer(
        self, name: str | None = None, phone: str | None = None, reference: str | None = None
    ) -> Event:
        at = self._ensure_started()
        self._customer_name = name or None
        self._customer_phone = phone or None
        self._customer_reference = reference or None
        data = {
            "name": self._customer_name,
            "phone": self._customer_phone,
            "reference": self._customer_reference,
        }
        return self._emit(CUSTOMER_SET, data, at)

    def set_category(self, category: str | None, channel: str | None = None) -> Event:
        at = self._ensure_started()
        self._category = category or None
        if channel:
            self._channel = channel
        return self._emit(CATEGORY_SET, {"category": self._category, "channel": self._channel}, at)

    def record_suggestions(
        self, causes: Iterable[str], demands: Iterable[str] = (), feeling: str | None = None
    ) -> Event:
        """What the assist engine showed the operator (ids), for audit and QC."""
        at = self._ensure_started()
        data = {"causes": list(causes), "demands": list(demands), "feeling": feeling}
        return self._emit(SUGGEST_SHOWN, data, at)

    def answer_intake(self, prompt_id: str, text: str) -> Event:
        _check_text(text, "text")
        at = self._ensure_started()
        self._intake[prompt_id] = text
        return self._emit(INTAKE_ANSWERED, {"prompt": prompt_id, "text": text}, at)

    def mark_check(self, cause_id: str, status: str, scripted: bool = True) -> Event:
        """A simple-cause check: ``scripted`` when the face-saving script was used."""
        _check_choice(status, CHECK_STATUSES, "status")
        at = self._ensure_started()
        self._checks[cause_id] = status
        data = {"cause": cause_id, "status": status, "scripted": bool(scripted)}
        return self._emit(CHECK_MARKED, data, at)

    def use_phrase(self, kind: str, text: str, ref: str | None = None) -> Event:
        _check_choice(kind, PHRASE_KINDS, "phrase kind")
        _check_text(text, "text")
        at = self._ensure_started()
        self._phrases.append(PhraseUse(kind, ref, text, at))
        return self._emit(PHRASE_USED, {"kind": kind, "ref": ref, "text": text}, at)

    def flag_demand(self, demand_id: str, verbatim: str) -> Event:
        """An unreasonable demand, with the customer's words verbatim."""
        _check_text(verbatim, "verbatim")
        at = self._ensure_started()
        self._demands.append(DemandFlag(demand_id, verbatim, at))
        return self._emit(DEMAND_FLAGGED, {"id": demand_id, "verbatim": verbatim}, at)

    def decline_demand(self, demand_id: str) -> Event:
        if not any(d.id == demand_id for d in self._demands):
            raise KeyError(f"demand {demand_id!r} was not flagged on this call")
        at = self._ensure_started()
        self._demands = [
            DemandFlag(d.id, d.verbatim, d.at, True) if d.id == demand_id else d
            for d in self._demands
        ]
        return self._emit(DEMAND_DECLINED, {"id": demand_id}, at)

    def confirm_fault(self) -> Event:
        """The facts are known and the fault is ours: a full apology is now appropriate."""
        at = self._ensure_started()
        self._fault_confirmed = True
        return self._emit(FAULT_CONFIRMED, {}, at)

    def build_handoff(self, summary_text: str) -> Event:
        _check_text(summary_text, "summary_text")
        at = self._ensure_started()
        self._handoff_summary = summary_text
        return self._emit(HANDOFF_BUILT, {"text": summary_text}, at)

    def set_outcome(self, outcome: str | None) -> Event:
        if outcome is not None:
            _check_choice(outcome, OUTCOMES, "outcome")
        at = self._ensure_started()
        self._outcome = outcome
        return self._emit(OUTCOME_SET, {"outcome": outcome}, at)

    def set_wrapup(
        self,
        immediate_action: str | None = None,
        prevention: str | None = None,
        voc_tags: Iterable[str] | None = None,
    ) -> Event:
        """The two solutions (対処策 / 再発防止策) and the voice-of-customer tags.

        Arguments left as ``None`` keep their current value.
        """
        at = self._ensure_started()
        if immediate_action is not None:
            self._immediate_action = _check_text(immediate_action, "immediate_action")
        if prevention is not None:
            self._prevention = _check_text(prevention, "prevention")
        if voc_tags is not None:
            self._voc_tags = list(dict.fromkeys(t for t in voc_tags if t))
        data = {
            "immediate_action": self._immediate_action,
            "prevention": self._prevention,
            "voc_tags": list(self._voc_tags),
        }
        return self._emit(WRAPUP_SET, data, at)

    def add_voc_tag(self, tag: str) -> Event | None:
        """Tag the voice of the customer; ``None`` when the tag was already there."""
        if not tag or tag in self._voc_tags:
            return None
        at = self._ensure_started()
        self._voc_tags.append(tag)
        return self._emit(VOC_TAGGED, {"tag": tag}, at)

    def remove_voc_tag(self, tag: str) -> Event | None:
        if tag not in self._voc_tags:
            return None
        at = self._ensure_started()
        self._voc_tags.remove(tag)
        return self._emit(VOC_UNTAGGED, {"tag": tag}, at)

    def set_notes(self, text: str) -> Event:
        _check_text(text, "text")
        at = self._ensure_started()
        self._notes = text
        return self._emit(NOTES_SET, {"text": text}, at)

    def set_followup(self, due: date | None, note: str = "") -> Event:
        """Promise an after-follow (アフターフォロー); a new promise is not done yet."""
        if isinstance(due, datetime):
            due = due.date()
        _check_text(note, "note")
        at = self._ensure_started()
        self._followup = FollowUp(due, note, False)
        data = {"due": None if due is None else due.isoformat(), "note": note}
        return self._emit(FOLLOWUP_SET, data, at)

    def complete_followup(self) -> Event:
        if self._followup is None:
            raise CallStateError("there is no follow-up to complete")
        at = self._ensure_started()
        self._followup = FollowUp(self._followup.due, self._followup.note, True)
        return self._emit(FOLLOWUP_DONE, {}, at)

    def mark_qc(self, point: str, ok: bool, note: str = "") -> Event:
        """A trainer's mark against one point of the QC sheet."""
        at = self._ensure_started()
        return self._emit(QC_MARK, {"point": point, "ok": bool(ok), "note": note}, at)

    def end(self) -> Event:
        if self._ended_at is not None:
            raise CallStateError("the call has already ended")
        at = self._ensure_started()
        self._ended_at = at
        return self._emit(CALL_ENDED, {}, at)

    # --- serialisation -------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict; ``Call.from_dict(call.to_dict())`` restores the same call."""
        return {
            "version": DICT_VERSION,
            "id": self._id,
            "lang": self._lang,
            "operator": self._operator,
            "demo": self._demo,
            "started_at": iso(self._started_at),
            "ended_at": iso(self._ended_at),
            "customer_name": self._customer_name,
            "customer_phone": self._customer_phone,
            "customer_reference": self._customer_reference,
            "category": self._category,
            "channel": self._channel,
            "intake": dict(self._intake),
            "transcript": list(self._transcript),
            "checks": dict(self._checks),
            "phrases_used": [p.to_dict() for p in self._phrases],
            "demands": [d.to_dict() for d in self._demands],
            "fault_confirmed": self._fault_confirmed,
            "outcome": self._outcome,
            "immediate_action": self._immediate_action,
            "prevention": self._prevention,
            "followup": None if self._followup is None else self._followup.to_dict(),
            "voc_tags": list(self._voc_tags),
            "handoff_summary": self._handoff_summary,
            "notes": self._notes,
            "timeline": [e.to_dict() for e in self._timeline],
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any], clock: Clock | None = None) -> Call:
        """Rebuild a call from ``to_dict()`` output; ``ValueError`` names a bad field."""
        if not isinstance(raw, Mapping):
            raise ValueError("a call must be a JSON object")
        version = raw.get("version", DICT_VERSION)
        if version != DICT_VERSION:
            raise ValueError(f"unsupported call format version {version!r}")
        call_id = raw.get("id")
        if not isinstance(call_id, str) or not call_id:
            raise ValueError("id: missing")
        try:
            uuid.UUID(call_id)
        except ValueError:
            raise ValueError(f"id: not a UUID: {call_id!r}") from None
        call = cls(
            lang=str(raw.get("lang")),
            operator=str(raw.get("operator") or ""),
            demo=bool(raw.get("demo", False)),
            id=call_id,
            channel=str(raw.get("channel") or "phone"),
            clock=clock,
        )
        call._started_at = _opt_moment(raw.get("started_at"), "started_at")
        call._ended_at = _opt_moment(raw.get("ended_at"), "ended_at")
        call._customer_name = _opt_str(raw, "customer_name")
        call._customer_phone = _opt_str(raw, "customer_phone")
        call._customer_reference = _opt_str(raw, "customer_reference")
        call._category = _opt_str(raw, "category")
        call._intake = _str_map(raw.get("intake") or {}, "intake")
        call._transcript = [_check_text(t, "transcript") for t in _list(raw, "transcript")]
        checks = _str_map(raw.get("checks") or {}, "checks")
        for cause, status in checks.items():
            _check_choice(status, CHECK_STATUSES, f"checks.{cause}")
        call._checks = checks
        for i, p in enumerate(_list(raw, "phrases_used")):
            kind = str(p.get("kind"))
            _check_choice(kind, PHRASE_KINDS, f"phrases_used[{i}].kind")
            ref = p.get("ref")
            call._phrases.append(
                PhraseUse(
                    kind,
                    None if ref is None else str(ref),
                    _check_text(p.get("text"), f"phrases_used[{i}].text"),
                    parse_moment(p.get("at"), f"phrases_used[{i}].at"),
                )
            )
        for i, d in enumerate(_list(raw, "demands")):
            call._demands.append(
                DemandFlag(
                    _check_text(d.get("id"), f"demands[{i}].id"),
                    _check_text(d.get("verbatim"), f"demands[{i}].verbatim"),
                    parse_moment(d.get("at"), f"demands[{i}].at"),
                    bool(d.get("declined", False)),
                )
            )
        call._fault_confirmed = bool(raw.get("fault_confirmed", False))
        outcome = _opt_str(raw, "outcome")
        if outcome is not None:
            _check_choice(outcome, OUTCOMES, "outcome")
        call._outcome = outcome
        call._immediate_action = str(raw.get("immediate_action") or "")
        call._prevention = str(raw.get("prevention") or "")
        followup = raw.get("followup")
        if followup is not None:
            if not isinstance(followup, Mapping):
                raise ValueError("followup: must be an object or null")
            due = followup.get("due")
            try:
                due_date = None if due is None else date.fromisoformat(str(due))
            except ValueError:
                raise ValueError(f"followup.due: not an ISO date: {due!r}") from None
            call._followup = FollowUp(
                due_date, str(followup.get("note") or ""), bool(followup.get("done", False))
            )
        call._voc_tags = [str(t) for t in _list(raw, "voc_tags")]
        call._handoff_summary = str(raw.get("handoff_summary") or "")
        call._notes = str(raw.get("notes") or "")
        timeline = [Event.from_dict(e) for e in _list(raw, "timeline")]
        for expected, event in enumerate(timeline, start=1):
            if event.seq != expected:
                raise ValueError(
                    f"timeline: event {event.seq} out of sequence (expected {expected})"
                )
        call._timeline = timeline
        return call

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Call):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"Call(id={self._id!r}, lang={self._lang!r}, operator={self._operator!r}, "
            f"events={len(self._timeline)}, ended={self.is_ended})"
        )


def _opt_str(raw: Mapping[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key}: must be a string or null")
    return value


def _list(raw: Mapping[str, Any], key: str) -> list[Any]:
    value = raw.get(key) or []
    if not isinstance(value, list | tuple):
        raise ValueError(f"{key}: must be a list")
    return list(value)


def _str_map(value: Any, key: str) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{key}: must be an object")
    out: dict[str, str] = {}
    for k, v in value.items():
        if not isinstance(v, str):
            raise ValueError(f"{key}.{k}: must be a string")
        out[str(k)] = v
    return out


def as_lang(value: str) -> Lang:
    _check_choice(value, LANGS, "lang")
    return cast(Lang, value)
