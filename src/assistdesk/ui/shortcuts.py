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
    Key("trends", "Ctrl+T", "History", "What keeps recurring (for supervisors)"),
    Key("settings", "Ctrl+,", "Panel", "Settings"),
    Key("cheatsheet", "F1", "Panel", "This list of shortcuts"),
)

# Keys that act inside a list or card (shown in the cheat sheet, handled by the widget).
LOCAL_KEYS: tuple[Key, ...] = (
    Key("", "Return", "In a phrase list", "Copy the selected phrase"),
    Key("", "Space", "In a phrase list", "Add the selected phrase to the stack"),
    Key("", "F", "In the checks list", "Tried: it fixed the problem"),
    Key("", "X", "In the checks list", "Tried: not fixed (shows what to try next)"),
    Key("", "Return", "In an intake answer", "Save the answer, go to the next unheard one"),
    Key(
        "",
        "Alt+1…5",
        "In wrap-up",
        "Outcome: understood … escalated",
    ),
)


def by_action(action: str) -> Key:
    return next(k for k in KEYS if k.action == action)


def labels() -> dict[str, str]:
    """Translated group names and descriptions (literal calls so lupdate finds them)."""
    return {
        "Call": QCoreApplication.translate("Shortcuts", "Call"),
        "Sections": QCoreApplication.translate("Shortcuts", "Sections"),
        "Words": QCoreApplication.translate("Shortcuts", "Words"),
        "Handoff": QCoreApplication.translate("Shortcuts", "Handoff"),
        "Demand": QCoreApplication.translate("Shortcuts", "Demand"),
        "History": QCoreApplication.translate("Shortcuts", "History"),
        "Panel": QCoreApplication.translate("Shortcuts", "Panel"),
        "In a phrase list": QCoreApplication.translate("Shortcuts", "In a phrase list"),
        "In the checks list": QCoreApplication.translate("Shortcuts", "In the checks list"),
        "In an intake answer": QCoreApplication.translate("Shortcuts", "In an intake answer"),
        "In wrap-up": QCoreApplication.translate("Shortcuts", "In wrap-up"),
        "Start a call": QCoreApplication.translate("Shortcuts", "Start a call"),
        "End the call (after wrap-up)": QCoreApplication.translate(
            "Shortcuts", "End the call (after wrap-up)"
        ),
        "Type the customer's words (Listen box)": QCoreApplication.translate(
            "Shortcuts", "Type the customer's words (Listen box)"
        ),
        "Customer name / phone / reference": QCoreApplication.translate(
            "Shortcuts", "Customer name / phone / reference"
        ),
        "Intake: what is still unheard": QCoreApplication.translate(
            "Shortcuts", "Intake: what is still unheard"
        ),
        "Simple-cause checks": QCoreApplication.translate("Shortcuts", "Simple-cause checks"),
        "Words: empathy, apology, alternatives": QCoreApplication.translate(
            "Shortcuts", "Words: empathy, apology, alternatives"
        ),
        "Handoff summary": QCoreApplication.translate("Shortcuts", "Handoff summary"),
        "Wrap-up": QCoreApplication.translate("Shortcuts", "Wrap-up"),
        "History and follow-ups": QCoreApplication.translate("Shortcuts", "History and follow-ups"),
        "Copy the phrase under focus": QCoreApplication.translate(
            "Shortcuts", "Copy the phrase under focus"
        ),
        "Copy the first empathy line": QCoreApplication.translate(
            "Shortcuts", "Copy the first empathy line"
        ),
        "Copy the first partial apology": QCoreApplication.translate(
            "Shortcuts", "Copy the first partial apology"
        ),
        "Copy all stacked phrases together": QCoreApplication.translate(
            "Shortcuts", "Copy all stacked phrases together"
        ),
        "Clear the stack": QCoreApplication.translate("Shortcuts", "Clear the stack"),
        "Build the handoff summary and copy it": QCoreApplication.translate(
            "Shortcuts", "Build the handoff summary and copy it"
        ),
        "Go to the demand card": QCoreApplication.translate("Shortcuts", "Go to the demand card"),
        "Resume the unfinished call": QCoreApplication.translate(
            "Shortcuts", "Resume the unfinished call"
        ),
        "Search past calls": QCoreApplication.translate("Shortcuts", "Search past calls"),
        "What keeps recurring (for supervisors)": QCoreApplication.translate(
            "Shortcuts", "What keeps recurring (for supervisors)"
        ),
        "Settings": QCoreApplication.translate("Shortcuts", "Settings"),
        "This list of shortcuts": QCoreApplication.translate("Shortcuts", "This list of shortcuts"),
        "Copy the selected phrase": QCoreApplication.translate(
            "Shortcuts", "Copy the selected phrase"
        ),
        "Add the selected phrase to the stack": QCoreApplication.translate(
            "Shortcuts", "Add the selected phrase to the stack"
        ),
        "Tried: it fixed the problem": QCoreApplication.translate(
            "Shortcuts", "Tried: it fixed the problem"
        ),
        "Tried: not fixed (shows what to try next)": QCoreApplication.translate(
            "Shortcuts", "Tried: not fixed (shows what to try next)"
        ),
        "Save the answer, go to the next unheard one": QCoreApplication.translate(
            "Shortcuts", "Save the answer, go to the next unheard one"
        ),
        "Outcome: understood … escalated": QCoreApplication.translate(
            "Shortcuts", "Outcome: understood … escalated"
        ),
    }


def label(text: str) -> str:
    return labels().get(text, text)
