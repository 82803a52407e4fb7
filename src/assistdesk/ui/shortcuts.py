"""Every frequent action's key, in one table shared by the window and the cheat sheet."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Key:
    action: str
    keys: str  # portable QKeySequence text
    group: str  # untranslated group name (translated on display)
    label: str  # untranslated description (translated on display)


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


# The labels are marked for lupdate by the translate() calls in ``labels()``.
KEYS: tuple[Key, ...] = (
    Key("start_call", "Ctrl+N", "Call", "Start a call"),
    Key("end_call", "Ctrl+Shift+E", "Call", "End the call (after wrap-up)"),
    Key("focus_listen", "Ctrl+L", "Call", "Type the customer's words (Listen box)"),
    Key("focus_customer", "Ctrl+U", "Call", "Customer name / phone / reference"),
    Key("tab_intake", "Ctrl+1", "Sections", "Intake: what is still unheard"),
    Key("tab_checks", "Ctrl+2", "Sections", "Simple-cause checks"),
    Key("tab_words", "Ctrl+3", "Sections", "Words: empathy, apology, alternatives"),
    Key("tab_handoff", "Ctrl+4", "Sections", "Handoff summary"),
    Key("tab_wrapup", "Ctrl+5", "Sections", "Wrap-up"),
    Key("tab_history", "Ctrl+6", "Sections", "History and follow-ups"),
    Key("copy_focused", "F4", "Words", "Copy the phrase under focus"),
    Key("copy_empathy", "Ctrl+E", "Words", "Copy the first empathy line"),
    Key("copy_apology", "Ctrl+P", "Words", "Copy the first partial apology"),
    Key("copy_stack", "Ctrl+Return", "Words", "Copy all stacked phrases together"),
    Key("clear_stack", "Ctrl+Shift+Backspace", "Words", "Clear the stack"),
    Key("handoff", "Ctrl+H", "Handoff", "Build the handoff summary and copy it"),
    Key("demand", "Ctrl+D", "Demand", "Go to the demand card"),
    Key("resume", "Ctrl+R", "Call", "Resume the unfinished call"),
    Key("search", "Ctrl+F", "History", "Search past calls"),
    Key("settings", "Ctrl+,", "Panel", "Settings"),
    Key("cheatsheet", "F1", "Panel", "This list of shortcuts"),
)

# Keys that act inside a list or card (shown in the cheat sheet, handled by the widget).
LOCAL_KEYS: tuple[Key, ...] = (
    Key("", "Return", "In a phrase list", "Copy the selected phrase"),
    Key("", "Space", "In a phrase list", "Add the selected phrase to the stack"),
    Key("", "T", "In the checks list", "Mark the check as tried"),
    Key("", "F", "In the checks list", "Tried: it fixed the problem"),
    Key("", "X", "In the checks list", "Tried: not fixed (shows what to try next)"),
    Key("", "Return", "In an intake answer", "Save the answer, go to the next unheard one"),
    Key(
        "",
        "Alt+1…5",
        "In wrap-up",
        "Outcome: understood / accepted / satisfied / unresolved / escalated",
    ),
)


def by_action(action: str) -> Key:
    return next(k for k in KEYS if k.action == action)


def labels() -> dict[str, str]:
    """Translated group names and descriptions (literal calls so lupdate finds them)."""
    return {
        "Call": _t("Call"),
        "Sections": _t("Sections"),
        "Words": _t("Words"),
        "Handoff": _t("Handoff"),
        "Demand": _t("Demand"),
        "History": _t("History"),
        "Panel": _t("Panel"),
        "In a phrase list": _t("In a phrase list"),
        "In the checks list": _t("In the checks list"),
        "In an intake answer": _t("In an intake answer"),
        "In wrap-up": _t("In wrap-up"),
        "Start a call": _t("Start a call"),
        "End the call (after wrap-up)": _t("End the call (after wrap-up)"),
        "Type the customer's words (Listen box)": _t("Type the customer's words (Listen box)"),
        "Customer name / phone / reference": _t("Customer name / phone / reference"),
        "Intake: what is still unheard": _t("Intake: what is still unheard"),
        "Simple-cause checks": _t("Simple-cause checks"),
        "Words: empathy, apology, alternatives": _t("Words: empathy, apology, alternatives"),
        "Handoff summary": _t("Handoff summary"),
        "Wrap-up": _t("Wrap-up"),
        "History and follow-ups": _t("History and follow-ups"),
        "Copy the phrase under focus": _t("Copy the phrase under focus"),
        "Copy the first empathy line": _t("Copy the first empathy line"),
        "Copy the first partial apology": _t("Copy the first partial apology"),
        "Copy all stacked phrases together": _t("Copy all stacked phrases together"),
        "Clear the stack": _t("Clear the stack"),
        "Build the handoff summary and copy it": _t("Build the handoff summary and copy it"),
        "Go to the demand card": _t("Go to the demand card"),
        "Resume the unfinished call": _t("Resume the unfinished call"),
        "Search past calls": _t("Search past calls"),
        "Settings": _t("Settings"),
        "This list of shortcuts": _t("This list of shortcuts"),
        "Copy the selected phrase": _t("Copy the selected phrase"),
        "Add the selected phrase to the stack": _t("Add the selected phrase to the stack"),
        "Mark the check as tried": _t("Mark the check as tried"),
        "Tried: it fixed the problem": _t("Tried: it fixed the problem"),
        "Tried: not fixed (shows what to try next)": _t(
            "Tried: not fixed (shows what to try next)"
        ),
        "Save the answer, go to the next unheard one": _t(
            "Save the answer, go to the next unheard one"
        ),
        "Outcome: understood / accepted / satisfied / unresolved / escalated": _t(
            "Outcome: understood / accepted / satisfied / unresolved / escalated"
        ),
    }


def label(text: str) -> str:
    return labels().get(text, text)
