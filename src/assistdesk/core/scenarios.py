"""Practice scenarios for trainer demo mode: schema, loading with FILE:LINE problems, and
a player that reveals the customer's lines step by step and can act out the ideal path.

A scenario is one YAML file (``resources/scenarios/<lang>/*.yaml``; format in
``resources/scenarios/README.md``): who calls and how they feel, the hidden cause and
demands the trainee has to find, the ideal outcome, and a list of steps. Each step is
one customer line plus the operator actions an expert would take in answer to it (the
*ideal path*). Every reference (intake prompts, feelings, apologies, causes, demands,
alternatives, closings) must resolve against the same language's content packs, so a
scenario can never teach something the panel does not offer.

Like the packs, loading never raises for bad content: problems come back as
``Problem(path, line, message)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from assistdesk.core import compose
from assistdesk.core.call import OUTCOMES, Call, Event
from assistdesk.core.handoff import handoff_summary
from assistdesk.core.packs.loader import LANGS, PackSet, Problem, _describe, load_language
from assistdesk.core.packs.schema import (
    DOTTED_ID,
    PLACEHOLDERS,
    PLAIN_ID,
    check_placeholders,
)
from assistdesk.core.packs.yamlsource import Located, SourceError, read_located
from assistdesk.core.qc import QcResult, expectations_for, score_call

if TYPE_CHECKING:
    from assistdesk.core.engine import Engine

DottedId = Annotated[str, Field(pattern=DOTTED_ID)]
PlainId = Annotated[str, Field(pattern=PLAIN_ID)]
Text = Annotated[str, Field(min_length=1)]
Level = Literal["basic", "intermediate", "advanced"]
FeelingId = Literal["worried", "angry", "hurry", "confused", "disappointed"]
CheckResult = Literal["fixed", "not_fixed", "not_tried"]
OutcomeId = Literal["understood", "accepted", "satisfied", "unresolved", "escalated"]

ACTION_KINDS = (
    "intake",
    "empathy",
    "apology",
    "full_apology",
    "check",
    "refuse",
    "flag",
    "decline",
    "confirm_fault",
    "handoff",
    "followup",
    "outcome",
    "close",
    "say",
    "voc",
)

LINE_KINDS = ("empathy", "apology", "full_apology", "decline", "close")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class CheckAction(_Strict):
    """A simple-cause check done with the pack's face-saving script."""

    cause: DottedId
    result: CheckResult = "fixed"


class RefuseAction(_Strict):
    """A refusal built by the composer: apology → reason → alternative(s) → extra."""

    category: PlainId
    alternatives: tuple[PlainId, ...] = Field(min_length=1)
    apology: int = Field(default=0, ge=0)
    reason: int = Field(default=0, ge=0)
    extra: int | None = Field(default=0, ge=0)


class FollowupAction(_Strict):
    """A promised after-follow, ``days`` after the practice call."""

    days: int = Field(default=1, ge=0, le=60)
    note: Text


class Action(_Strict):
    """One operator action of the ideal path; exactly one field is set."""

    intake: PlainId | None = None  # records the step's customer line as this prompt's answer
    empathy: FeelingId | None = None
    apology: PlainId | None = None  # a partial apology
    full_apology: PlainId | None = None  # only after confirm_fault
    check: CheckAction | None = None
    refuse: RefuseAction | None = None
    flag: DottedId | None = None  # the step's customer line is kept verbatim
    decline: DottedId | None = None  # declines a flagged demand and says the pack's reply
    confirm_fault: bool | None = None
    handoff: Text | None = None  # to whom; the summary is built from the call
    followup: FollowupAction | None = None
    outcome: OutcomeId | None = None
    close: PlainId | None = None
    say: Text | None = None  # free operator words (checked for bare refusals)
    voc: PlainId | None = None  # a voice-of-the-customer tag
    # Which of the pack's lines to say (empathy, apology, full_apology, decline, close).
    line: int | None = Field(default=None, ge=0)
    # With intake: the part of the customer's line that answers the prompt.
    answer: Text | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Action:
        chosen = [k for k in ACTION_KINDS if getattr(self, k) is not None]
        if len(chosen) != 1:
            shown = ", ".join(chosen) if chosen else "none"
            raise ValueError(
                f"an action has exactly one of {', '.join(ACTION_KINDS)} (found: {shown})"
            )
        if self.line is not None and chosen[0] not in LINE_KINDS:
            raise ValueError(f"'line' only goes with {', '.join(LINE_KINDS)}")
        if self.answer is not None and chosen[0] != "intake":
            raise ValueError("'answer' only goes with intake")
        return self

    @property
    def kind(self) -> str:
        return next(k for k in ACTION_KINDS if getattr(self, k) is not None)

    @property
    def value(self) -> Any:
        return getattr(self, self.kind)


class Step(_Strict):
    customer: Text  # what the customer says (revealed when the trainer advances)
    ideal: tuple[Action, ...] = ()
    seconds: float | None = Field(default=None, gt=0, le=600)  # timer before the next line
    note: Text | None = None  # for the trainer: what to watch for at this point


class Persona(_Strict):
    name: Text
    product: Text | None = None
    feeling: FeelingId | None = None
    reference: Text | None = None


class Hidden(_Strict):
    """What the trainee has to find out; shown to the trainer, never to the trainee."""

    facts: Text
    cause: DottedId | None = None
    fault: bool = False  # true when the facts will show the fault is ours


class Scenario(_Strict):
    id: PlainId
    lang: Literal["ja", "en"]
    title: Text
    level: Level = "basic"
    brief: Text  # for the trainer: the situation and what it practises
    category: PlainId  # an intake template id
    customer: Persona
    hidden: Hidden
    demands: tuple[DottedId, ...] = ()
    handoff: bool = False
    outcome: OutcomeId
    values: dict[str, Text] = Field(default_factory=dict)  # placeholder values
    steps: tuple[Step, ...] = Field(min_length=2)

    @model_validator(mode="after")
    def _values_are_placeholders(self) -> Scenario:
        unknown = sorted(set(self.values) - PLACEHOLDERS)
        if unknown:
            raise ValueError(
                f"values: unknown placeholder(s) {', '.join(unknown)}; "
                f"allowed: {', '.join(sorted(PLACEHOLDERS))}"
            )
        return self

    def actions(self) -> Iterator[tuple[int, int, Action]]:
        """Every ideal action as (step index, action index, action)."""
        for s, step in enumerate(self.steps):
            for a, action in enumerate(step.ideal):
                yield s, a, action

    def placeholder_values(self, operator: str = "") -> dict[str, str]:
        values = {"customer": self.customer.name}
        if self.customer.product:
            values["product"] = self.customer.product
        if self.customer.reference:
            values["reference"] = self.customer.reference
        if operator:
            values["operator"] = operator
        values.update(self.values)
        return values


TOP_LEVEL = tuple(Scenario.model_fields)


@dataclass
class ScenarioFile:
    """A scenario as loaded: the model (None when invalid) and where its values are."""

    path: Path
    scenario: Scenario | None
    located: Located | None
    problems: list[Problem] = field(default_factory=list)

    def line(self, *path: str | int) -> int:
        return self.located.line_of(path) if self.located is not None else 1


def read_scenario(path: Path, expected_lang: str | None = None) -> ScenarioFile:
    """Reads and validates one scenario file (schema only, no pack references)."""
    result = ScenarioFile(path, None, None)
    problems = result.problems
    try:
        located = read_located(path)
    except SourceError as exc:
        problems.append(Problem(path, exc.line, exc.message))
        return result
    result.located = located
    for line, message in located.duplicates:
        problems.append(Problem(path, line, message))
    doc = located.value
    if not isinstance(doc, dict):
        problems.append(Problem(path, 1, "a scenario file must be a mapping (id, lang, steps…)"))
        return result
    lang = doc.get("lang")
    if expected_lang is not None and lang in LANGS and lang != expected_lang:
        problems.append(
            Problem(
                path,
                located.line_of(("lang",)),
                f"lang '{lang}' does not match its folder '{expected_lang}'",
            )
        )
    try:
        scenario = Scenario.model_validate(doc)
    except ValidationError as exc:
        errors = exc.errors()
        locs = [tuple(e["loc"]) for e in errors]
        for error in errors:
            here = tuple(error["loc"])
            if error["type"] == "too_short" and any(
                other[: len(here)] == here and other != here for other in locs
            ):
                continue  # a list "too short" only because one of its items failed
            loc = tuple(p for p in error["loc"] if not _is_union_tag(p))
            clean = dict(error)
            clean["loc"] = loc
            problems.append(Problem(path, located.line_of(loc), _describe(clean)))
        return result
    for key in ("customer", "hidden"):
        for name, value in getattr(scenario, key).model_dump().items():
            if isinstance(value, str):
                _placeholder_problem(result, value, (key, name))
    for s, step in enumerate(scenario.steps):
        _placeholder_problem(result, step.customer, ("steps", s, "customer"))
    result.scenario = scenario
    return result


def _is_union_tag(part: int | str) -> bool:
    return isinstance(part, str) and (
        part in ("function-after", "function-before", "literal") or "[" in part
    )


def _placeholder_problem(result: ScenarioFile, text: str, where: tuple[str | int, ...]) -> None:
    try:
        check_placeholders(text)
    except ValueError as exc:
        result.problems.append(Problem(result.path, result.line(*where), str(exc)))


# --- references and the logic of the ideal path ------------------------------------------


def check_references(loaded: ScenarioFile, packs: PackSet) -> list[Problem]:
    """Problems with a valid scenario's references to ``packs`` and with its ideal path."""
    scenario = loaded.scenario
    if scenario is None:
        return []
    problems: list[Problem] = []

    def report(message: str, *where: str | int) -> None:
        problems.append(Problem(loaded.path, loaded.line(*where), message))

    template = packs.intake_template(scenario.category)
    if template is None:
        known = ", ".join(sorted(t.id for t in packs.intake)) or "none loaded"
        report(f"category '{scenario.category}' is not an intake template ({known})", "category")
    if scenario.customer.feeling and packs.feeling(scenario.customer.feeling) is None:
        report(f"feeling '{scenario.customer.feeling}' is not in the empathy pack", "customer")
    if scenario.hidden.cause and packs.cause(scenario.hidden.cause) is None:
        report(f"cause '{scenario.hidden.cause}' is not in the packs", "hidden", "cause")
    for i, demand_id in enumerate(scenario.demands):
        if packs.demand(demand_id) is None:
            report(f"demand '{demand_id}' is not in the packs", "demands", i)
    closing_ids = {c.id for c in packs.closings}

    flagged: set[str] = set()
    declined: set[str] = set()
    checked: set[str] = set()
    seen: set[str] = set()
    fault_confirmed = False
    for s, a, action in scenario.actions():
        where: tuple[str | int, ...] = ("steps", s, "ideal", a, action.kind)
        kind, value = action.kind, action.value
        seen.add(kind)
        if kind == "intake":
            if template is not None and all(p.id != value for p in template.prompts):
                prompts = ", ".join(p.id for p in template.prompts)
                report(
                    f"intake prompt '{value}' is not in template '{template.id}' ({prompts})",
                    *where,
                )
        elif kind == "empathy":
            if packs.feeling(value) is None:
                report(f"feeling '{value}' is not in the empathy pack", *where)
        elif kind in ("apology", "full_apology"):
            apology = packs.apology(value)
            wanted = "partial" if kind == "apology" else "full"
            if apology is None:
                report(f"apology '{value}' is not in the packs", *where)
            elif apology.level != wanted:
                report(
                    f"apology '{value}' is {apology.level}; '{kind}' needs a {wanted} one", *where
                )
            if kind == "full_apology" and not fault_confirmed:
                report(
                    "a full apology before confirm_fault admits a fault that is not established",
                    *where,
                )
        elif kind == "check":
            if packs.cause(value.cause) is None:
                report(f"cause '{value.cause}' is not in the packs", *where, "cause")
            checked.add(value.cause)
        elif kind == "refuse":
            problems.extend(_check_refusal(loaded, value, packs, where))
        elif kind == "flag":
            if value not in scenario.demands:
                report(f"demand '{value}' is flagged but not listed in 'demands'", *where)
            flagged.add(value)
        elif kind == "decline":
            if value not in flagged:
                report(f"demand '{value}' is declined before it is flagged", *where)
            declined.add(value)
        elif kind == "confirm_fault":
            if not scenario.hidden.fault:
                report("confirm_fault, but hidden.fault is false", *where)
            fault_confirmed = True
        elif kind == "outcome":
            if value != scenario.outcome:
                report(
                    f"the ideal path sets outcome '{value}' but 'outcome' is '{scenario.outcome}'",
                    *where,
                )
        elif kind == "close" and value not in closing_ids:
            known = ", ".join(sorted(closing_ids)) or "none loaded"
            report(f"closing '{value}' is not in the packs ({known})", *where)
        elif kind == "say":
            bare = compose.bare_refusal(value, packs)
            if bare is not None:
                report(f"the ideal path says a bare refusal; say instead: {bare.better}", *where)
            admission = compose.full_admission(value, packs)
            if admission is not None and not fault_confirmed:
                report(f"'{admission}' admits a fault before the facts are known", *where)
    for i, demand_id in enumerate(scenario.demands):
        if demand_id not in flagged:
            report(f"demand '{demand_id}' is never flagged on the ideal path", "demands", i)
        elif demand_id not in declined:
            report(f"demand '{demand_id}' is never declined on the ideal path", "demands", i)
    if scenario.hidden.cause and scenario.hidden.cause not in checked:
        cause = scenario.hidden.cause
        report(f"the ideal path never checks the hidden cause '{cause}'", "hidden", "cause")
    if scenario.handoff and "handoff" not in seen:
        report("handoff is true but the ideal path never hands off", "handoff")
    for s, a, action in scenario.actions():
        lines = pack_lines(action, packs)
        if action.line is not None and lines and action.line >= len(lines):
            report(
                f"line {action.line} is out of range: '{action.value}' has {len(lines)} line(s)",
                "steps",
                s,
                "ideal",
                a,
                "line",
            )
    for required in ("intake", "outcome", "close"):
        if required not in seen:
            report(f"the ideal path has no '{required}' action", "steps")
    return problems


def pack_lines(action: Action, packs: PackSet) -> tuple[str, ...]:
    """The pack lines an empathy / apology / decline / close action chooses from."""
    kind, value = action.kind, action.value
    if kind == "empathy":
        feeling = packs.feeling(value)
        return feeling.lines if feeling else ()
    if kind in ("apology", "full_apology"):
        apology = packs.apology(value)
        return apology.lines if apology else ()
    if kind == "decline":
        demand = packs.demand(value)
        return demand.say if demand else ()
    if kind == "close":
        closing = next((c for c in packs.closings if c.id == value), None)
        return closing.lines if closing else ()
    return ()


def _check_refusal(
    loaded: ScenarioFile, refuse: RefuseAction, packs: PackSet, where: tuple[str | int, ...]
) -> list[Problem]:
    category = packs.alternative_category(refuse.category)
    line = loaded.line(*where)
    if category is None:
        known = ", ".join(sorted(a.id for a in packs.alternatives)) or "none loaded"
        return [
            Problem(
                loaded.path,
                loaded.line(*where, "category"),
                f"alternative category '{refuse.category}' is not in the packs ({known})",
            )
        ]
    try:
        compose.compose_refusal(category, _choice(refuse), packs.lang)
    except compose.CompositionError as exc:
        return [Problem(loaded.path, line, str(exc))]
    return []


def _choice(refuse: RefuseAction) -> compose.RefusalChoice:
    return compose.RefusalChoice(
        category=refuse.category,
        apology=refuse.apology,
        reason=refuse.reason,
        alternatives=refuse.alternatives,
        extra=refuse.extra,
    )


# --- folders ----------------------------------------------------------------------------------


def scenario_files(folder: Path) -> list[Path]:
    return sorted(p for p in (*folder.glob("*.yaml"), *folder.glob("*.yml")) if p.is_file())


def default_packs_root(scenarios_root: Path) -> Path:
    """The packs a scenario folder is checked against: a ``packs/`` folder beside it
    (``resources/packs`` for ``resources/scenarios``), else the bundled packs."""
    sibling = scenarios_root.parent / "packs"
    if sibling.is_dir():
        return sibling
    from assistdesk.resources import packs_dir

    return packs_dir()


@dataclass
class ScenarioSet:
    """One language's valid scenarios, in file order, with the packs they refer to."""

    lang: str
    packs: PackSet
    scenarios: list[Scenario] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)

    def get(self, scenario_id: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.id == scenario_id), None)

    def __iter__(self) -> Iterator[Scenario]:
        return iter(self.scenarios)

    def __len__(self) -> int:
        return len(self.scenarios)


def load_scenarios(
    folder: Path, lang: str, packs: PackSet | None = None, packs_root: Path | None = None
) -> tuple[ScenarioSet, list[Problem]]:
    """Loads one language folder; only scenarios without any problem are kept."""
    if packs is None:
        root = packs_root or default_packs_root(folder.parent)
        packs, _ = load_language(root / lang, lang)
    result = ScenarioSet(lang, packs)
    problems: list[Problem] = []
    if not folder.is_dir():
        return result, [Problem(folder, 1, "scenario folder not found")]
    files = scenario_files(folder)
    if not files:
        return result, [Problem(folder, 1, "no scenario files (*.yaml) in this folder")]
    first: dict[str, Path] = {}
    for path in files:
        loaded = read_scenario(path, lang)
        found = list(loaded.problems)
        found.extend(check_references(loaded, packs))
        scenario = loaded.scenario
        if scenario is not None:
            if scenario.id in first:
                found.append(
                    Problem(
                        path,
                        loaded.line("id"),
                        f"duplicate scenario id '{scenario.id}' (first in {first[scenario.id]})",
                    )
                )
            else:
                first[scenario.id] = path
        problems.extend(found)
        if scenario is not None and not found:
            result.scenarios.append(scenario)
            result.files[scenario.id] = path
    return result, problems


def bundled_scenarios(
    lang: str, packs: PackSet | None = None, root: Path | None = None
) -> tuple[ScenarioSet, list[Problem]]:
    """The shipped scenarios of ``lang`` (or those under ``root``), for the picker.

    Only valid scenarios are returned; the problems say what was left out and why.
    """
    if root is None:
        from assistdesk.resources import scenarios_dir

        root = scenarios_dir()
    return load_scenarios(root / lang, lang, packs)


def check_folder(path: Path, packs_root: Path | None = None) -> list[Problem]:
    """Validates a scenario root (holding ``ja/`` and ``en/``), a language folder or one
    file; references are resolved against ``packs_root`` (default: see
    :func:`default_packs_root`). Used by ``assistdesk packs check``."""
    if path.is_file():
        lang_folder = path.parent
        root = packs_root or default_packs_root(lang_folder.parent)
        loaded = read_scenario(path, lang_folder.name if lang_folder.name in LANGS else None)
        lang = loaded.scenario.lang if loaded.scenario else lang_folder.name
        if lang not in LANGS:
            return loaded.problems
        packs, _ = load_language(root / lang, lang)
        return loaded.problems + check_references(loaded, packs)
    if not path.is_dir():
        return [Problem(path, 1, "no such file or folder")]
    lang_dirs = [path / lang for lang in LANGS if (path / lang).is_dir()]
    if path.name in LANGS and not lang_dirs:
        lang_dirs = [path]
        scen_root = path.parent
    else:
        scen_root = path
    if not lang_dirs:
        return [Problem(path, 1, "expected a scenario file, a ja/ or en/ folder")]
    root = packs_root or default_packs_root(scen_root)
    problems: list[Problem] = []
    for folder in lang_dirs:
        problems.extend(load_scenarios(folder, folder.name, packs_root=root)[1])
    return sorted(set(problems), key=lambda p: (str(p.path), p.line, p.message))


# --- playing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reveal:
    """One customer line as revealed to the trainee."""

    index: int
    step: Step
    event: Event
    total: int

    @property
    def text(self) -> str:
        return self.step.customer

    @property
    def is_last(self) -> bool:
        return self.index == self.total - 1


class ScenarioPlayer:
    """Drives one practice :class:`Call` through a scenario.

    The trainer advances with :meth:`reveal` (each customer line goes into the call as
    ``customer.said`` and, when an engine is given, the assist engine's suggestions are
    recorded as the panel would); the trainee answers with the panel, which changes the
    same ``call``. :meth:`hint` shows the ideal actions for the line on screen,
    :meth:`perform` acts one of them out, and :meth:`play_ideal` plays the whole ideal
    path (the self-test and the "show me" button). :meth:`finish` ends the call and
    returns the QC score.
    """

    def __init__(
        self,
        scenario: Scenario,
        packs: PackSet,
        call: Call | None = None,
        *,
        operator: str = "trainee",
        engine: Engine | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        if scenario.lang != packs.lang:
            raise ValueError(f"scenario is {scenario.lang} but the packs are {packs.lang}")
        self.scenario = scenario
        self.packs = packs
        self.engine = engine
        self._today = today
        self.call = call or Call(lang=scenario.lang, operator=operator, demo=True)
        self.values = scenario.placeholder_values(self.call.operator)
        self.position = -1  # index of the last revealed step
        self.performed: list[tuple[int, int]] = []

    # state ------------------------------------------------------------------------------------

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.scenario.steps

    @property
    def revealed(self) -> tuple[Step, ...]:
        return self.scenario.steps[: self.position + 1]

    @property
    def current(self) -> Step | None:
        return self.scenario.steps[self.position] if self.position >= 0 else None

    @property
    def has_next(self) -> bool:
        return self.position + 1 < len(self.scenario.steps)

    @property
    def finished(self) -> bool:
        return self.call.is_ended

    # trainer controls ------------------------------------------------------------------------

    def start(self) -> None:
        """Starts the call and fills in who is calling (idempotent)."""
        if not self.call.is_started:
            self.call.start()
            self.call.set_customer(
                name=self.scenario.customer.name, reference=self.scenario.customer.reference
            )
            self.call.set_category(self.scenario.category)

    def reveal(self) -> Reveal | None:
        """The next customer line (None when all have been said)."""
        self.start()
        if not self.has_next:
            return None
        self.position += 1
        step = self.scenario.steps[self.position]
        event = self.call.say(step.customer)
        if self.engine is not None:
            analysis = self.engine.analyse(step.customer)
            self.call.record_suggestions(
                [c.id for c in analysis.causes], [d.id for d in analysis.demands], analysis.feeling
            )
        return Reveal(self.position, step, event, len(self.scenario.steps))

    def hint(self) -> tuple[Action, ...]:
        """The ideal actions in answer to the line on screen."""
        step = self.current
        return step.ideal if step is not None else ()

    def describe(self, action: Action) -> str:
        """What the action would say or do, in words for the trainer's hint pane."""
        return self._text(action, self.current or self.scenario.steps[0])

    def perform(self, action: Action) -> Event | None:
        """Acts out one ideal action on the call (relative to the current line)."""
        step = self.current or self.scenario.steps[0]
        return self._apply(action, step)

    def play_step(self) -> Reveal | None:
        """Reveals the next line and performs its ideal actions."""
        shown = self.reveal()
        if shown is not None:
            for a, action in enumerate(shown.step.ideal):
                self._apply(action, shown.step)
                self.performed.append((shown.index, a))
        return shown

    def play_ideal(self) -> Call:
        """Plays every remaining step along the ideal path and ends the call."""
        while self.play_step() is not None:
            pass
        if not self.call.is_ended:
            self.call.end()
        return self.call

    def finish(self) -> QcResult:
        """Ends the call (if needed) and scores it against the QC sheet, with the
        scenario's expectations (hidden cause, demands, handoff, ideal outcome)."""
        if not self.call.is_ended:
            self.call.end()
        return score_call(self.call.timeline, self.packs, expectations_for(self.scenario))

    # acting ------------------------------------------------------------------------------------

    def _fill(self, text: str) -> str:
        return compose.fill(text, self.values).text

    def _text(self, action: Action, step: Step) -> str:
        packs, kind, value = self.packs, action.kind, action.value
        if kind == "intake":
            return action.answer or step.customer
        if kind in LINE_KINDS:
            lines = pack_lines(action, packs)
            if not lines:
                return str(value)
            if kind == "decline" and action.line is None:
                return self._fill(compose.join(lines, packs.lang))
            return self._fill(lines[min(action.line or 0, len(lines) - 1)])
        if kind == "check":
            cause = packs.cause(value.cause)
            return self._fill(cause.check.say) if cause else value.cause
        if kind == "refuse":
            category = packs.alternative_category(value.category)
            if category is None:
                return str(value.category)
            return self._fill(compose.compose_refusal(category, _choice(value), packs.lang))
        if kind == "say":
            return self._fill(value)
        if kind == "followup":
            return self._fill(value.note)
        if kind == "flag":
            return step.customer
        return str(value)

    def _apply(self, action: Action, step: Step) -> Event | None:
        call, kind, value = self.call, action.kind, action.value
        self.start()
        text = self._text(action, step)
        if kind == "intake":
            return call.answer_intake(value, text)
        if kind == "empathy":
            return call.use_phrase("empathy", text, value)
        if kind == "apology":
            return call.use_phrase("apology", text, value)
        if kind == "full_apology":
            return call.use_phrase("full_apology", text, value)
        if kind == "check":
            return call.mark_check(value.cause, value.result, scripted=True)
        if kind == "refuse":
            return call.use_phrase("alternative", text, value.category)
        if kind == "flag":
            return call.flag_demand(value, text)
        if kind == "decline":
            call.decline_demand(value)
            return call.use_phrase("demand_reply", text, value)
        if kind == "confirm_fault":
            return call.confirm_fault()
        if kind == "handoff":
            return call.build_handoff(handoff_summary(call, self.packs, to=value))
        if kind == "followup":
            due = self._today() + timedelta(days=value.days)
            return call.set_followup(due, text)
        if kind == "outcome":
            return call.set_outcome(value)
        if kind == "close":
            return call.use_phrase("closing", text, value)
        if kind == "say":
            return call.use_phrase("other", text)
        if kind == "voc":
            return call.add_voc_tag(value)
        raise ValueError(f"unknown action {kind}")  # pragma: no cover - schema forbids it


def play_ideal(
    scenario: Scenario, packs: PackSet, *, operator: str = "self-test", engine: Engine | None = None
) -> Call:
    """A finished practice call that follows ``scenario``'s ideal path."""
    return ScenarioPlayer(scenario, packs, operator=operator, engine=engine).play_ideal()


def outcomes() -> tuple[str, ...]:
    return OUTCOMES


def summaries(scenarios: Sequence[Scenario]) -> list[Mapping[str, Any]]:
    """Plain rows for a scenario picker (id, title, level, brief, steps, demands)."""
    return [
        {
            "id": s.id,
            "title": s.title,
            "level": s.level,
            "brief": s.brief,
            "category": s.category,
            "steps": len(s.steps),
            "demands": list(s.demands),
            "handoff": s.handoff,
            "outcome": s.outcome,
        }
        for s in scenarios
    ]
