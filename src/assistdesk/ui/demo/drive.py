"""Acting out a scenario's ideal actions through the operator panel, as a trainee would.

Used by the trainer's "Show me" button and by the tests: every action goes through the
panel's own widgets and public methods (intake fields, the phrase copy with its
warnings, the checks, the demand card, the handoff and wrap-up), so the panel shows
exactly what an operator doing it by hand would see.
"""

from __future__ import annotations

from datetime import date, timedelta

from assistdesk.core.scenarios import Action, ScenarioPlayer
from assistdesk.ui.main_window import MainWindow
from assistdesk.ui.session import Phrase

PHRASE_KINDS = {
    "empathy": "empathy",
    "apology": "apology",
    "full_apology": "full_apology",
    "close": "closing",
    "say": "other",
}


def act(window: MainWindow, player: ScenarioPlayer, action: Action) -> None:
    """Performs one ideal action on the panel (relative to the line on screen)."""
    session = window.session
    kind, value = action.kind, action.value
    text = player.describe(action)
    if kind == "intake":
        edit = window.intake.answers.get(value)
        if edit is not None:
            edit.setText(text)
            edit.returnPressed.emit()  # saves it like Return in the field
        else:
            session.answer(value, text)
    elif kind in PHRASE_KINDS:
        ref = None if kind == "say" else str(value)
        window.request_copy([Phrase(PHRASE_KINDS[kind], text, ref)], confirmed=False)
    elif kind == "check":
        if value.result == "not_tried":
            session.ensure_call().mark_check(value.cause, "not_tried")
        else:
            window.checks.marked.emit(value.cause, value.result == "fixed")
    elif kind == "refuse":
        window.request_copy([Phrase("alternative", text, value.category)], confirmed=True)
    elif kind == "flag":
        session.flag_demand(value, text)
    elif kind == "decline":
        if value in window.demand_card.current_ids():
            window.demand_card.decline_button.click()  # "Declined" on the card
        else:
            window.demand_card.declined.emit(value)
        window.request_copy([Phrase("demand_reply", text, value)], confirmed=True)
    elif kind == "confirm_fault":
        window.words.faultConfirmed.emit()
    elif kind == "handoff":
        window.build_handoff()
    elif kind == "followup":
        due = date.today() + timedelta(days=value.days)
        session.set_followup(due, text)
    elif kind == "outcome":
        window.wrapup.choose(value)
    elif kind == "voc":
        session.add_tags(value)


def act_all(window: MainWindow, player: ScenarioPlayer) -> None:
    """Every ideal action for the line on screen."""
    for action in player.hint():
        act(window, player, action)
