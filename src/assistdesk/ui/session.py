"""The panel's presenter: everything the widgets need, with no widgets in it.

It owns the language's engine and packs, the live :class:`~assistdesk.core.call.Call`,
the phrase stack and the values asked for placeholders. Widgets call its methods and
listen to the call's events through :mod:`assistdesk.ui.call_adapter`; nothing here
imports QtWidgets, so the whole flow can be exercised without a window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from assistdesk.core import compose
from assistdesk.core.call import Call
from assistdesk.core.engine import Analysis, Engine
from assistdesk.core.handoff import handoff_summary
from assistdesk.core.packs.loader import PackSet, Problem
from assistdesk.core.packs.schema import AlternativeCategory, Apology, Demand, Feeling, Rephrase

# How many recent transcript lines give context to what is being typed now.
CONTEXT_LINES = 3
TOP_CAUSES = 5


class Autosaver(Protocol):
    def flush(self) -> Any: ...


class Store(Protocol):
    """What the panel needs from :mod:`assistdesk.store` (duck-typed)."""

    def autosaver(self, call: Call) -> Autosaver: ...


@dataclass(frozen=True)
class Phrase:
    """A phrase as offered to the operator: what kind it is, where it came from."""

    kind: str  # a Call phrase kind: empathy apology full_apology alternative closing ...
    text: str
    ref: str | None = None


@dataclass
class Warning:
    """Something to confirm before the words are used."""

    kind: str  # "full_admission" | "bare_refusal"
    found: str
    better: str | None = None


@dataclass
class Suggestions:
    analysis: Analysis | None
    empathy: Feeling | None
    apologies: list[Apology]
    alternative: AlternativeCategory | None


@dataclass
class PlaceholderRequest:
    """Words that still need values before they can be said."""

    phrases: list[Phrase]
    missing: list[str]


@dataclass
class Session:
    """One operator's panel state: content, live call, stack."""

    lang: str
    operator: str
    packs: PackSet | None
    engine: Engine | None
    problems: list[Problem] = field(default_factory=list)
    fallback: str | None = None
    company: str = ""
    demo: bool = False
    call: Call | None = None
    stack: list[Phrase] = field(default_factory=list)
    asked: dict[str, str] = field(default_factory=dict)
    on_new_call: list[Callable[[Call], None]] = field(default_factory=list)
    _last_text: str = ""
    _last: Analysis | None = None

    # --- the call ----------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.call is not None and not self.call.is_ended

    def start_call(self) -> Call:
        if not self.operator.strip():
            raise ValueError(
                QCoreApplication.translate("Session", "Enter your operator name first (Ctrl+,).")
            )
        if self.active:
            assert self.call is not None
            return self.call
        call = Call.begin(lang=self.lang, operator=self.operator, demo=self.demo)
        self._attach(call)
        return call

    def resume(self, call: Call) -> None:
        self._attach(call)

    def _attach(self, call: Call) -> None:
        self.call = call
        self.stack.clear()
        self.asked.clear()
        self._last_text = ""
        self._last = None
        for callback in self.on_new_call:
            callback(call)

    def ensure_call(self) -> Call:
        if self.active:
            assert self.call is not None
            return self.call
        return self.start_call()

    def end_call(self) -> None:
        if self.call is not None and not self.call.is_ended:
            self.call.end()

    def set_customer(self, name: str, phone: str, reference: str) -> None:
        call = self.ensure_call()
        current = (
            call.customer_name or "",
            call.customer_phone or "",
            call.customer_reference or "",
        )
        if current != (name.strip(), phone.strip(), reference.strip()):
            call.set_customer(name.strip(), phone.strip(), reference.strip())

    # --- listening ---------------------------------------------------------------------

    def context_text(self, typing: str) -> str:
        lines = list(self.call.transcript[-CONTEXT_LINES:]) if self.call is not None else []
        if typing.strip():
            lines.append(typing)
        return "\n".join(lines)

    def analyse(self, typing: str) -> Analysis | None:
        """Suggestions for what is being typed now (with a little context)."""
        if self.engine is None:
            return None
        text = self.context_text(typing)
        if text == self._last_text and self._last is not None:
            return self._last
        self._last_text = text
        self._last = self.engine.analyse(text, TOP_CAUSES)
        return self._last

    def suggestions(self, analysis: Analysis | None) -> Suggestions:
        packs = self.packs
        if packs is None:
            return Suggestions(analysis, None, [], None)
        text = analysis.text if analysis else ""
        feeling = analysis.feeling if analysis else None
        return Suggestions(
            analysis,
            compose.empathy_for(feeling, packs),
            compose.apologies_for(text, packs),
            compose.alternative_category_for(text, packs),
        )

    def heard(self, line: str) -> list[str]:
        """The operator finished typing one thing the customer said: record it verbatim.

        Returns the ids of demands newly flagged in that line.
        """
        line = line.strip()
        if not line:
            return []
        call = self.ensure_call()
        call.say(line)
        flagged: list[str] = []
        if self.engine is not None:
            own = self.engine.analyse(line, TOP_CAUSES)
            known = {d.id for d in call.demands}
            for hit in own.demands:
                if hit.id not in known:
                    call.flag_demand(hit.id, line)
                    flagged.append(hit.id)
            context = self.analyse("")
            if context is not None:
                call.record_suggestions(
                    [c.id for c in context.causes],
                    [d.id for d in context.demands],
                    context.feeling,
                )
                if context.category and call.category is None:
                    call.set_category(context.category)
        return flagged

    def open_demands(
        self, analysis: Analysis | None, dismissed: Set[str] = frozenset()
    ) -> tuple[list[Demand], dict[str, str]]:
        """The demands the guard card shows, oldest first: flagged but not yet declined,
        then any newly detected in what is being typed (unless already declined or
        dismissed as "not a demand"), with the customer's words recorded for each."""
        packs = self.packs
        if packs is None:
            return [], {}
        call = self.call
        flags = call.demands if call is not None else ()
        verbatim: dict[str, str] = {}
        for flag in flags:
            verbatim.setdefault(flag.id, flag.verbatim)
        declined = {f.id for f in flags if f.declined}
        still_open = [f.id for f in flags if not f.declined]
        detected = [h.id for h in analysis.demands if h.id not in declined] if analysis else []
        shown = [i for i in dict.fromkeys(still_open + detected) if i not in dismissed]
        return [d for i in shown if (d := packs.demand(i)) is not None], verbatim

    def flag_demand(self, demand_id: str, words: str) -> None:
        call = self.ensure_call()
        if not any(d.id == demand_id for d in call.demands):
            call.flag_demand(demand_id, words.strip() or "")

    def decline_demand(self, demand_id: str, words: str) -> None:
        self.flag_demand(demand_id, words)
        assert self.call is not None
        if not any(d.id == demand_id and d.declined for d in self.call.demands):
            self.call.decline_demand(demand_id)

    # --- intake and checks -------------------------------------------------------------

    def set_category(self, category: str | None) -> None:
        call = self.ensure_call()
        if call.category != category:
            call.set_category(category)

    def answer(self, prompt_id: str, text: str) -> None:
        call = self.ensure_call()
        if call.intake.get(prompt_id, "") != text.strip():
            call.answer_intake(prompt_id, text.strip())

    def unheard(self, template_id: str) -> list[str]:
        if self.packs is None:
            return []
        template = self.packs.intake_template(template_id)
        if template is None:
            return []
        answered = self.call.intake if self.call is not None else {}
        return [p.id for p in template.prompts if not answered.get(p.id, "").strip()]

    def mark_check(self, cause_id: str, fixed: bool) -> None:
        self.ensure_call().mark_check(cause_id, "fixed" if fixed else "not_fixed")

    # --- words -------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        call = self.call
        values = {"operator": self.operator, "company": self.company}
        if call is not None:
            values["customer"] = call.customer_name or ""
            values["reference"] = call.customer_reference or ""
            values["product"] = call.intake.get("product", "")
        for key, value in self.asked.items():
            if value.strip():
                values[key] = value
        return {k: v for k, v in values.items() if v.strip()}

    def fill(self, text: str) -> compose.Filled:
        return compose.fill(text, self.values())

    def display(self, text: str) -> str:
        """The phrase as shown: known values filled, the rest as 〈label〉 to ask on use."""
        filled = self.fill(text)
        shown = filled.text
        for name in filled.missing:
            shown = shown.replace("{" + name + "}", f"〈{placeholder_label(name)}〉")
        return shown

    def missing(self, phrases: Sequence[Phrase]) -> list[str]:
        names: list[str] = []
        for phrase in phrases:
            for name in self.fill(phrase.text).missing:
                if name not in names:
                    names.append(name)
        return names

    def check_words(self, text: str, kind: str | None = None) -> Warning | None:
        """Warns before a full admission of fault (facts unknown) or a bare refusal."""
        packs = self.packs
        if packs is None:
            return None
        confirmed = self.call is not None and self.call.fault_confirmed
        if not confirmed:
            found = compose.full_admission(text, packs)
            if found is None and kind == "full_apology":
                found = text
            if found:
                return Warning("full_admission", found)
        bare: Rephrase | None = compose.bare_refusal(text, packs)
        if bare is not None:
            return Warning("bare_refusal", bare.bare[0], self.fill(bare.better).text)
        return None

    def use(self, phrases: Sequence[Phrase]) -> str:
        """Records the phrases as used and returns the text to say (placeholders filled)."""
        call = self.ensure_call()
        texts: list[str] = []
        for phrase in phrases:
            text = self.fill(phrase.text).text
            call.use_phrase(phrase.kind, text, phrase.ref)
            texts.append(text)
        return compose.join(texts, self.lang)

    def push(self, phrase: Phrase) -> None:
        if phrase not in self.stack:
            self.stack.append(phrase)

    def stack_text(self) -> str:
        return compose.join((self.fill(p.text).text for p in self.stack), self.lang)

    def confirm_fault(self) -> None:
        call = self.ensure_call()
        if not call.fault_confirmed:
            call.confirm_fault()

    def refusal(self, category: AlternativeCategory, choice: compose.RefusalChoice) -> str:
        return compose.compose_refusal(category, choice, self.lang)

    # --- handoff and wrap-up -----------------------------------------------------------

    def handoff_text(self, call: Call | None = None, full: bool = False) -> str:
        """The structured summary the next tier reads, so the customer never repeats.

        ``full`` adds the wrap-up (for reading a past call)."""
        return handoff_summary(call or self.ensure_call(), self.packs, full=full)

    def describe(self, call: Call) -> str:
        """A past call, read-only, for the history view."""
        return self.handoff_text(call, full=True)

    def build_handoff(self) -> str:
        text = self.handoff_text()
        assert self.call is not None
        self.call.build_handoff(text)
        return text

    def set_notes(self, text: str) -> None:
        call = self.ensure_call()
        if call.notes != text:
            call.set_notes(text)

    def set_outcome(self, outcome: str) -> None:
        call = self.ensure_call()
        if call.outcome != outcome:
            call.set_outcome(outcome)

    def set_wrapup(self, action: str, prevention: str) -> None:
        call = self.ensure_call()
        if (call.immediate_action, call.prevention) != (action.strip(), prevention.strip()):
            call.set_wrapup(immediate_action=action.strip(), prevention=prevention.strip())

    def set_followup(self, due: date | None, note: str) -> None:
        call = self.ensure_call()
        current = call.followup
        if current is None or (current.due, current.note) != (due, note.strip()):
            call.set_followup(due, note.strip())

    def add_tags(self, text: str) -> list[str]:
        call = self.ensure_call()
        added: list[str] = []
        for raw in text.replace("、", ",").replace("，", ",").split(","):
            tag = raw.strip()
            if tag and call.add_voc_tag(tag) is not None:
                added.append(tag)
        return added


OUTCOMES = ("understood", "accepted", "satisfied", "unresolved", "escalated")


def outcome_label(outcome: str) -> str:
    labels = {
        "understood": QCoreApplication.translate("Outcome", "Understood (理解)"),
        "accepted": QCoreApplication.translate("Outcome", "Accepted (納得)"),
        "satisfied": QCoreApplication.translate("Outcome", "Satisfied (満足)"),
        "unresolved": QCoreApplication.translate("Outcome", "Unresolved"),
        "escalated": QCoreApplication.translate("Outcome", "Escalated"),
    }
    return labels.get(outcome, outcome)


def placeholder_label(name: str) -> str:
    labels = {
        "customer": QCoreApplication.translate("Placeholder", "Customer name"),
        "product": QCoreApplication.translate("Placeholder", "Product"),
        "date": QCoreApplication.translate("Placeholder", "Date"),
        "time": QCoreApplication.translate("Placeholder", "Time"),
        "operator": QCoreApplication.translate("Placeholder", "Your name"),
        "company": QCoreApplication.translate("Placeholder", "Company"),
        "reference": QCoreApplication.translate("Placeholder", "Reference number"),
        "days": QCoreApplication.translate("Placeholder", "Number of days"),
    }
    return labels.get(name, name)
