"""QC scoring: a finished call's timeline against the check sheet (DOMAIN "Quality checking").

Each point of the sheet is decided from the events alone, so a live call, a practice call
and a call restored from the log score the same way. Every verdict names the moment it
was met or missed (event number, time into the call, and what was said or done), so a
trainer can replay it in front of the class.

A point is ``ok``, ``missed`` or ``na`` (not applicable: e.g. no demand was made, so
"demand declined" cannot be scored). Only applicable points count toward the maximum.
When the call is a practice scenario, :class:`Expectations` (what the scenario hides:
the cause, the demands, whether a handoff is needed) make the sheet stricter — a demand
the trainee never noticed is *missed*, not *not applicable*.

A trainer's own ``qc.mark`` events have the last word: a mark on a sheet point
overrides the automatic verdict (which is kept for the report), and a mark on any other
point name adds that point.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from assistdesk.core import compose
from assistdesk.core.call import Event
from assistdesk.core.packs.loader import PackSet
from assistdesk.core.text import basic_normalize

if TYPE_CHECKING:
    from assistdesk.core.scenarios import Scenario

Status = Literal["ok", "missed", "na"]
Source = Literal["auto", "trainer"]

POINT_IDS = (
    "listened",
    "empathy_first",
    "partial_apology",
    "face_saving",
    "no_bare_no",
    "demand_declined",
    "handoff_complete",
    "warm_close",
    "outcome_recorded",
)

TITLES: Mapping[str, Mapping[str, str]] = {
    "ja": {
        "listened": "お話を伺ってから提案した(傾聴)",
        "empathy_first": "謝罪の前にお気持ちを受け止めた(共感)",
        "partial_apology": "事実確認の前は限定謝罪にとどめた",
        "face_saving": "簡単な原因を、お客さまの面子を保つ言い方で確認した",
        "no_bare_no": "「できません」で終わらせず代替案を示した",
        "demand_declined": "不当な要求を受け入れず、記録してお断りした",
        "handoff_complete": "引継ぎ内容が揃っている(お客さまに二度説明させない)",
        "warm_close": "温かく締めくくった",
        "outcome_recorded": "結果を記録した",
    },
    "en": {
        "listened": "Listened before proposing a solution",
        "empathy_first": "Acknowledged the feeling before apologising",
        "partial_apology": "Partial, not full, apology before the facts were known",
        "face_saving": "Checked the simple cause with a face-saving script",
        "no_bare_no": 'Never a bare "no": offered an alternative',
        "demand_declined": "Recorded and declined the unreasonable demand",
        "handoff_complete": "Handoff complete (the customer need not explain again)",
        "warm_close": "Closed warmly",
        "outcome_recorded": "Outcome recorded",
    },
}

# Explanations, by language; ``{...}`` fields are filled from the call.
WHY: Mapping[str, Mapping[str, str]] = {
    "ja": {
        "listened.ok": "提案の前にお話を伺いました({prompt})。",
        "listened.ok_no_proposal": "お話を伺いました({prompt})。",
        "listened.late": "お話を伺う前に解決策を提案しました。",
        "listened.none": "お客さまのお話(聞き取り項目)が一つも記録されていません。",
        "empathy_first.ok": "謝罪の前にお気持ちを受け止めました。",
        "empathy_first.ok_no_apology": "お気持ちを受け止めました。",
        "empathy_first.late": "お気持ちを受け止める前に謝罪しました。",
        "empathy_first.none": "お客さまのお気持ちに一度も触れていません。",
        "partial_apology.ok": "事実が分かるまでは限定謝罪にとどめました。",
        "partial_apology.full_early": "事実確認の前に全面的に非を認めました。",
        "partial_apology.none": "謝罪がありません。ご心配やお手間への限定謝罪が橋渡しになります。",
        "face_saving.ok": "原因の確認に、面子を保つ言い方を使いました。",
        "face_saving.unscripted": "お客さまが恥ずかしく感じる聞き方で確認しました({cause})。",
        "face_saving.unchecked": "隠れた原因({cause})を確認していません。",
        "no_bare_no.ok": "お断りの際に代替案を示しました。",
        "no_bare_no.bare": "代替案のない「できません」を言いました。言い換え例:{better}",
        "no_bare_no.no_alternative": "ご要望に応えられない場面で、代替案を示していません。",
        "demand_declined.ok": "不当な要求を原文のまま記録し、お断りしました。",
        "demand_declined.unflagged": "不当な要求({demand})を記録していません。",
        "demand_declined.not_declined": "不当な要求({demand})をお断りしていません。",
        "handoff_complete.ok": "引継ぎにお話の内容と確認済みの事項が揃っています。",
        "handoff_complete.none": "二次対応への引継ぎが必要ですが、引継ぎ内容を作成していません。",
        "handoff_complete.gaps": "引継ぎに抜けがあります:{missing}",
        "warm_close.ok": "温かく締めくくりました。",
        "warm_close.none": "締めのご挨拶(お礼と今後の流れ)がありません。",
        "outcome_recorded.ok": "結果「{outcome}」を記録しました。",
        "outcome_recorded.none": "結果を記録していません。",
        "outcome_recorded.wrong": (
            "結果「{outcome}」を記録しましたが、この通話では「{wanted}」が適切です。"
        ),
        "trainer": "トレーナーの評価",
        "intake": "聞き取り",
        "cause": "確認済みの原因",
    },
    "en": {
        "listened.ok": "Heard the customer's story before proposing anything ({prompt}).",
        "listened.ok_no_proposal": "Heard the customer's story ({prompt}).",
        "listened.late": "Proposed a solution before hearing the customer's story.",
        "listened.none": "No part of the customer's story (intake) was recorded.",
        "empathy_first.ok": "Acknowledged the feeling before apologising.",
        "empathy_first.ok_no_apology": "Acknowledged the customer's feeling.",
        "empathy_first.late": "Apologised before acknowledging how the customer felt.",
        "empathy_first.none": "The customer's feeling was never acknowledged.",
        "partial_apology.ok": "Kept to a partial apology until the facts were known.",
        "partial_apology.full_early": "Admitted full fault before the facts were established.",
        "partial_apology.none": (
            "No apology at all; a partial apology for the worry or trouble is the bridge."
        ),
        "face_saving.ok": "Checked the simple cause with a face-saving script.",
        "face_saving.unscripted": (
            "Checked {cause} in a way that could make the customer lose face."
        ),
        "face_saving.unchecked": "The hidden simple cause ({cause}) was never checked.",
        "no_bare_no.ok": "Offered an alternative with the refusal.",
        "no_bare_no.bare": "Said a bare refusal. Try instead: {better}",
        "no_bare_no.no_alternative": (
            "The request could not be met, but no alternative was offered."
        ),
        "demand_declined.ok": "Recorded the demand verbatim and declined it.",
        "demand_declined.unflagged": "The unreasonable demand ({demand}) was not recorded.",
        "demand_declined.not_declined": "The unreasonable demand ({demand}) was not declined.",
        "handoff_complete.ok": "The handoff carries the customer's story and what was checked.",
        "handoff_complete.none": "The call needed a handoff, but no handoff summary was built.",
        "handoff_complete.gaps": "The handoff leaves out: {missing}",
        "warm_close.ok": "Closed the call warmly.",
        "warm_close.none": "No closing (thanks and what happens next).",
        "outcome_recorded.ok": "Recorded the outcome '{outcome}'.",
        "outcome_recorded.none": "No outcome was recorded.",
        "outcome_recorded.wrong": ("Recorded '{outcome}', but this call should end as '{wanted}'."),
        "trainer": "Trainer's mark",
        "intake": "intake",
        "cause": "checked cause",
    },
}

PROPOSALS = ("check.marked", "handoff.built")
APOLOGY_KINDS = ("apology", "full_apology")
# Operator activity that makes the sheet applicable (a call where nothing happened is all n/a).
_BOOKKEEPING = {"call.started", "call.ended", "customer.set", "category.set", "qc.mark"}


@dataclass(frozen=True)
class Moment:
    """Where on the timeline a point was met or missed."""

    seq: int
    at: datetime
    offset_s: float  # seconds since the call started
    type: str
    text: str

    @property
    def clock(self) -> str:
        """``m:ss`` into the call."""
        total = max(0, round(self.offset_s))
        return f"{total // 60}:{total % 60:02d}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(),
            "offset_s": round(self.offset_s, 3),
            "type": self.type,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Moment:
        return cls(
            int(raw["seq"]),
            datetime.fromisoformat(str(raw["at"])),
            float(raw["offset_s"]),
            str(raw["type"]),
            str(raw["text"]),
        )


@dataclass(frozen=True)
class PointResult:
    id: str
    title: str
    status: Status
    why: str
    moment: Moment | None = None
    source: Source = "auto"
    auto_status: Status | None = None  # the automatic verdict when a trainer overrode it
    weight: int = 1

    @property
    def earned(self) -> int:
        return self.weight if self.status == "ok" else 0

    @property
    def possible(self) -> int:
        return 0 if self.status == "na" else self.weight

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status,
            "why": self.why,
            "moment": None if self.moment is None else self.moment.to_dict(),
            "source": self.source,
            "auto_status": self.auto_status,
            "weight": self.weight,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> PointResult:
        moment = raw.get("moment")
        return cls(
            id=str(raw["id"]),
            title=str(raw["title"]),
            status=_status(raw["status"]),
            why=str(raw["why"]),
            moment=None if moment is None else Moment.from_dict(moment),
            source="trainer" if raw.get("source") == "trainer" else "auto",
            auto_status=None if raw.get("auto_status") is None else _status(raw["auto_status"]),
            weight=int(raw.get("weight", 1)),
        )


def _status(value: Any) -> Status:
    if value == "ok":
        return "ok"
    if value == "missed":
        return "missed"
    if value == "na":
        return "na"
    raise ValueError(f"unknown QC status {value!r}")


@dataclass(frozen=True)
class QcResult:
    lang: str
    points: tuple[PointResult, ...]

    @property
    def total(self) -> int:
        return sum(p.earned for p in self.points)

    @property
    def max(self) -> int:
        return sum(p.possible for p in self.points)

    @property
    def full_marks(self) -> bool:
        return self.total == self.max

    @property
    def percent(self) -> float:
        return 100.0 * self.total / self.max if self.max else 100.0

    @property
    def missed(self) -> tuple[PointResult, ...]:
        return tuple(p for p in self.points if p.status == "missed")

    def point(self, point_id: str) -> PointResult | None:
        return next((p for p in self.points if p.id == point_id), None)

    def status_of(self, point_id: str) -> Status | None:
        found = self.point(point_id)
        return None if found is None else found.status

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "total": self.total,
            "max": self.max,
            "percent": round(self.percent, 1),
            "points": [p.to_dict() for p in self.points],
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> QcResult:
        return cls(
            str(raw.get("lang", "en")), tuple(PointResult.from_dict(p) for p in raw["points"])
        )


@dataclass(frozen=True)
class Expectations:
    """What a practice scenario knows that the timeline alone does not."""

    upset: bool = False  # the customer is worried/angry: empathy and an apology are due
    cause: str | None = None  # the hidden simple cause that has to be checked
    demands: tuple[str, ...] = ()  # unreasonable demands the customer makes
    handoff: bool = False  # the call must go to the second tier
    refusal: bool = False  # the customer asks for something that cannot be done
    outcomes: tuple[str, ...] = ()  # acceptable outcomes (empty: any)


def expectations_for(scenario: Scenario) -> Expectations:
    return Expectations(
        upset=scenario.customer.feeling is not None or bool(scenario.demands),
        cause=scenario.hidden.cause,
        demands=scenario.demands,
        handoff=scenario.handoff,
        refusal=any(a.kind == "refuse" for _, _, a in scenario.actions()),
        outcomes=(scenario.outcome,),
    )


# --- scoring ----------------------------------------------------------------------------------


@dataclass
class _Ctx:
    events: tuple[Event, ...]
    packs: PackSet | None
    expect: Expectations
    lang: str
    start: datetime | None = None
    said: list[Event] = field(default_factory=list)

    def of(self, *types: str) -> list[Event]:
        return [e for e in self.events if e.type in types]

    def phrases(self, *kinds: str) -> list[Event]:
        return [
            e
            for e in self.events
            if e.type == "phrase.used" and (not kinds or e.data.get("kind") in kinds)
        ]

    def why(self, key: str, **values: str) -> str:
        return WHY[self.lang][key].format(**values)

    def moment(self, event: Event | None) -> Moment | None:
        if event is None:
            return None
        start = self.start or event.at
        return Moment(
            event.seq,
            event.at,
            (event.at - start).total_seconds(),
            event.type,
            self.describe(event),
        )

    def describe(self, event: Event) -> str:
        data = event.data
        if event.type in ("customer.said", "phrase.used", "handoff.built"):
            return str(data.get("text", ""))
        if event.type == "intake.answered":
            return f"{self.prompt_name(str(data.get('prompt')))}: {data.get('text')}"
        if event.type == "check.marked":
            return f"{self.cause_name(str(data.get('cause')))}: {data.get('status')}"
        if event.type == "demand.flagged":
            return f"{self.demand_name(str(data.get('id')))}: {data.get('verbatim')}"
        if event.type == "demand.declined":
            return self.demand_name(str(data.get("id", "")))
        if event.type == "outcome.set":
            return str(data.get("outcome"))
        if event.type == "qc.mark":
            return str(data.get("note") or data.get("point"))
        return ""

    def prompt_name(self, prompt_id: str) -> str:
        for template in self.packs.intake if self.packs else ():
            for prompt in template.prompts:
                if prompt.id == prompt_id:
                    return prompt.label
        return prompt_id

    def demand_name(self, demand_id: str) -> str:
        demand = self.packs.demand(demand_id) if self.packs else None
        return demand.title if demand else demand_id

    def cause_name(self, cause_id: str) -> str:
        cause = self.packs.cause(cause_id) if self.packs else None
        return f"{cause.title} ({cause_id})" if cause else cause_id

    def upset(self) -> bool:
        if self.expect.upset or self.of("demand.flagged"):
            return True
        return any(e.data.get("feeling") for e in self.of("suggest.shown"))

    def active(self) -> bool:
        return any(e.type not in _BOOKKEEPING for e in self.events)


def _first(events: Iterable[Event]) -> Event | None:
    return next(iter(events), None)


Verdict = tuple[Status, str, Event | None]


def _listened(c: _Ctx) -> Verdict:
    intake = _first(c.of("intake.answered"))
    proposals = c.of(*PROPOSALS) + c.phrases("alternative")
    proposal = min(proposals, key=lambda e: e.seq) if proposals else None
    prompt = str(intake.data.get("prompt")) if intake else ""
    if proposal is not None:
        if intake is not None and intake.seq < proposal.seq:
            return "ok", c.why("listened.ok", prompt=prompt), intake
        return "missed", c.why("listened.late"), proposal
    if intake is not None:
        return "ok", c.why("listened.ok_no_proposal", prompt=prompt), intake
    if c.said or c.active():
        return "missed", c.why("listened.none"), _first(c.said)
    return "na", "", None


def _empathy_first(c: _Ctx) -> Verdict:
    empathy = _first(c.phrases("empathy"))
    apology = _first(c.phrases(*APOLOGY_KINDS))
    if apology is not None:
        if empathy is not None and empathy.seq < apology.seq:
            return "ok", c.why("empathy_first.ok"), empathy
        return "missed", c.why("empathy_first.late"), apology
    if empathy is not None:
        return "ok", c.why("empathy_first.ok_no_apology"), empathy
    if c.upset():
        return "missed", c.why("empathy_first.none"), _first(c.said)
    return "na", "", None


def _partial_apology(c: _Ctx) -> Verdict:
    fault = _first(c.of("fault.confirmed"))
    for event in c.phrases():
        kind = event.data.get("kind")
        admits = kind == "full_apology"
        if not admits and c.packs is not None and kind != "closing":
            admits = compose.full_admission(str(event.data.get("text", "")), c.packs) is not None
        if admits and (fault is None or event.seq < fault.seq):
            return "missed", c.why("partial_apology.full_early"), event
    apology = _first(c.phrases(*APOLOGY_KINDS))
    if apology is not None:
        return "ok", c.why("partial_apology.ok"), apology
    if c.upset():
        return "missed", c.why("partial_apology.none"), _first(c.said)
    return "na", "", None


def _face_saving(c: _Ctx) -> Verdict:
    checks = c.of("check.marked")
    for event in checks:
        if not event.data.get("scripted"):
            cause = c.cause_name(str(event.data.get("cause")))
            return "missed", c.why("face_saving.unscripted", cause=cause), event
    wanted = c.expect.cause
    if wanted is not None:
        hit = _first(e for e in checks if e.data.get("cause") == wanted)
        if hit is None:
            return "missed", c.why("face_saving.unchecked", cause=c.cause_name(wanted)), None
        return "ok", c.why("face_saving.ok"), hit
    if checks:
        return "ok", c.why("face_saving.ok"), checks[0]
    return "na", "", None


def _no_bare_no(c: _Ctx) -> Verdict:
    if c.packs is not None:
        for event in c.phrases():
            if event.data.get("kind") in ("alternative", "closing", "empathy", "demand_reply"):
                continue
            bare = compose.bare_refusal(str(event.data.get("text", "")), c.packs)
            if bare is not None:
                return "missed", c.why("no_bare_no.bare", better=bare.better), event
    alternative = _first(c.phrases("alternative"))
    if alternative is not None:
        return "ok", c.why("no_bare_no.ok"), alternative
    if c.expect.refusal:
        return "missed", c.why("no_bare_no.no_alternative"), None
    return "na", "", None


def _demand_declined(c: _Ctx) -> Verdict:
    flags = c.of("demand.flagged")
    declines = c.of("demand.declined")
    ids = list(dict.fromkeys([*c.expect.demands, *(str(e.data.get("id")) for e in flags)]))
    if not ids:
        return "na", "", None
    last: Event | None = None
    for demand_id in ids:
        flag = _first(e for e in flags if e.data.get("id") == demand_id)
        if flag is None or not str(flag.data.get("verbatim", "")).strip():
            return (
                "missed",
                c.why("demand_declined.unflagged", demand=c.demand_name(demand_id)),
                flag,
            )
        decline = _first(e for e in declines if e.data.get("id") == demand_id and e.seq > flag.seq)
        if decline is None:
            return (
                "missed",
                c.why("demand_declined.not_declined", demand=c.demand_name(demand_id)),
                flag,
            )
        if last is None or decline.seq > last.seq:
            last = decline
    return "ok", c.why("demand_declined.ok"), last


def _contains(haystack: str, needle: str) -> bool:
    n = basic_normalize(needle)
    return not n or n in basic_normalize(haystack)


def _handoff_complete(c: _Ctx) -> Verdict:
    handoffs = c.of("handoff.built")
    escalated = any(e.data.get("outcome") == "escalated" for e in c.of("outcome.set"))
    if not handoffs:
        if c.expect.handoff or escalated:
            return "missed", c.why("handoff_complete.none"), None
        return "na", "", None
    handoff = handoffs[-1]
    text = str(handoff.data.get("text", ""))
    words = WHY[c.lang]
    missing: list[str] = []
    intakes = [e for e in c.of("intake.answered") if e.seq < handoff.seq]
    if not intakes:
        missing.append(words["intake"])
    for event in intakes:
        if not _contains(text, str(event.data.get("text", ""))):
            missing.append(f"{words['intake']} '{event.data.get('prompt')}'")
    for event in c.of("check.marked"):
        if event.seq > handoff.seq:
            continue
        cause_id = str(event.data.get("cause"))
        cause = c.packs.cause(cause_id) if c.packs else None
        named = _contains(text, cause_id) or (cause is not None and _contains(text, cause.title))
        if not named:
            missing.append(f"{words['cause']} '{cause_id}'")
    if missing:
        sep = "、" if c.lang == "ja" else ", "
        return "missed", c.why("handoff_complete.gaps", missing=sep.join(missing)), handoff
    return "ok", c.why("handoff_complete.ok"), handoff


def _warm_close(c: _Ctx) -> Verdict:
    closings = c.phrases("closing")
    if closings:
        return "ok", c.why("warm_close.ok"), closings[-1]
    if c.active():
        return "missed", c.why("warm_close.none"), None
    return "na", "", None


def _outcome_recorded(c: _Ctx) -> Verdict:
    set_events = [e for e in c.of("outcome.set")]
    final = set_events[-1] if set_events else None
    if final is None or not final.data.get("outcome"):
        if c.active():
            return "missed", c.why("outcome_recorded.none"), final
        return "na", "", None
    outcome = str(final.data.get("outcome"))
    wanted = c.expect.outcomes
    if wanted and outcome not in wanted:
        return (
            "missed",
            c.why("outcome_recorded.wrong", outcome=outcome, wanted=" / ".join(wanted)),
            final,
        )
    return "ok", c.why("outcome_recorded.ok", outcome=outcome), final


RULES = {
    "listened": _listened,
    "empathy_first": _empathy_first,
    "partial_apology": _partial_apology,
    "face_saving": _face_saving,
    "no_bare_no": _no_bare_no,
    "demand_declined": _demand_declined,
    "handoff_complete": _handoff_complete,
    "warm_close": _warm_close,
    "outcome_recorded": _outcome_recorded,
}


def title_of(point_id: str, lang: str) -> str:
    return TITLES.get(lang, TITLES["en"]).get(point_id, point_id)


def score_call(
    timeline: Sequence[Event],
    packs: PackSet | None = None,
    expect: Expectations | None = None,
    lang: str | None = None,
) -> QcResult:
    """Scores a call's timeline. ``packs`` (same language) enables the text checks (bare
    refusals, admissions of fault) and cause titles; ``expect`` comes from a scenario."""
    events = tuple(sorted(timeline, key=lambda e: e.seq))
    started = _first(e for e in events if e.type == "call.started")
    if lang is None:
        lang = str(started.data.get("lang")) if started is not None else None
        lang = lang or (packs.lang if packs is not None else "en")
    if lang not in WHY:
        lang = "en"
    ctx = _Ctx(events, packs, expect or Expectations(), lang)
    ctx.start = started.at if started is not None else (events[0].at if events else None)
    ctx.said = ctx.of("customer.said")
    results: list[PointResult] = []
    for point_id, rule in RULES.items():
        status, why, event = rule(ctx)
        results.append(
            PointResult(point_id, title_of(point_id, lang), status, why, ctx.moment(event))
        )
    return QcResult(lang, tuple(_apply_marks(results, ctx)))


def _apply_marks(results: list[PointResult], ctx: _Ctx) -> list[PointResult]:
    latest: dict[str, Event] = {}
    for event in ctx.of("qc.mark"):
        point = str(event.data.get("point", "")).strip()
        if point:
            latest[point] = event
    by_id = {r.id: r for r in results}
    extra: list[PointResult] = []
    for point, event in latest.items():
        status: Status = "ok" if event.data.get("ok") else "missed"
        note = str(event.data.get("note") or "") or WHY[ctx.lang]["trainer"]
        auto = by_id.get(point)
        marked = PointResult(
            point,
            auto.title if auto else point,
            status,
            note,
            ctx.moment(event),
            "trainer",
            auto.status if auto else None,
        )
        if auto is not None:
            by_id[point] = marked
        else:
            extra.append(marked)
    return [by_id[r.id] for r in results] + extra


def score(call: Any, packs: PackSet | None = None, expect: Expectations | None = None) -> QcResult:
    """Scores a :class:`~assistdesk.core.call.Call` (anything with ``timeline``)."""
    return score_call(call.timeline, packs, expect)
