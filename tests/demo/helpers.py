"""Hand-built packs and calls for the demo-mode tests (deterministic clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from assistdesk.core.call import Call
from assistdesk.core.packs.loader import PackSet
from assistdesk.core.packs.schema import (
    Apology,
    Cause,
    CheckScript,
    Closing,
    Demand,
    Feeling,
    IntakePrompt,
    IntakeTemplate,
    Rephrase,
)


class Tick:
    """A clock that moves one second per reading."""

    def __init__(self) -> None:
        self.now = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def make_call(lang: str = "en") -> Call:
    return Call.begin(lang=lang, operator="trainee-a", demo=True, clock=Tick())


def mini_packs() -> PackSet:
    return PackSet(
        lang="en",
        causes=[
            Cause(
                id="power.strip_switch",
                title="Power strip switched off",
                category="device",
                products=("PC",),
                triggers=("won't turn on", "no power", "dead"),
                check=CheckScript(reason="contact", action="switch it", say="Could you switch it?"),
                next=("wall socket",),
            )
        ],
        demands=[
            Demand(
                id="demand.kneel",
                title="Kneel",
                severity="high",
                triggers=("on your knees", "kneel down", "grovel"),
                guidance="decline",
                say=("I can't apologise in that way.",),
            )
        ],
        feelings=[Feeling(id="worried", title="Worried", cues=("a", "b", "c"), lines=("x", "y"))],
        apologies=[
            Apology(id="worry", title="Worry", level="partial", when="w", lines=("Sorry.",)),
            Apology(
                id="full",
                title="Full",
                level="full",
                when="after facts",
                lines=("This was our error.",),
                patterns=("our fault", "our mistake"),
            ),
        ],
        intake=[
            IntakeTemplate(
                id="device",
                title="Device",
                prompts=tuple(
                    IntakePrompt(id=i, label=i.title(), ask="?")
                    for i in ("what", "since", "tried", "urgency")
                ),
            )
        ],
        closings=[Closing(id="thanks_time", title="Thanks", lines=("Thank you for calling.",))],
        rephrase=[
            Rephrase(id="cant_do", bare=("we can't do that",), better="Here is what I can do.")
        ],
    )
