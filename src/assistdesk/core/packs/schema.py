"""The content-pack schema: what a hand-edited pack file may contain.

Every pack file is one YAML mapping ``{kind, lang, items}``. The models forbid unknown
fields so that a typo in a field name is reported instead of silently ignored.
"""

from __future__ import annotations

import re
import string
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

Lang = Literal["ja", "en"]
Kind = Literal[
    "causes",
    "demands",
    "empathy",
    "apologies",
    "alternatives",
    "intake",
    "closings",
    "variants",
    "rephrase",
    "denials",
]
KINDS: tuple[str, ...] = get_args(Kind)

# Ids are dotted lowercase (``power.strip_switch``); once shipped an id never changes meaning.
DOTTED_ID = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$"
PLAIN_ID = r"^[a-z][a-z0-9_]*$"
DottedId = Annotated[str, StringConstraints(pattern=DOTTED_ID)]
PlainId = Annotated[str, StringConstraints(pattern=PLAIN_ID)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

# Placeholders a phrase may carry; the panel fills them from the call or asks on use.
PLACEHOLDERS = frozenset(
    {"customer", "product", "date", "time", "operator", "company", "reference", "days"}
)
FEELINGS = ("worried", "angry", "hurry", "confused", "disappointed")


def check_placeholders(text: str) -> str:
    for _, name, _, _ in string.Formatter().parse(text):
        if name is not None and name not in PLACEHOLDERS:
            allowed = ", ".join(sorted(PLACEHOLDERS))
            raise ValueError(f"unknown placeholder {{{name}}}; allowed: {allowed}")
    return text


Phrase = Annotated[Text, Field()]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class _Phrases(_Strict):
    @field_validator("*", mode="after")
    @classmethod
    def _placeholders(cls, value: object) -> object:
        if isinstance(value, str):
            check_placeholders(value)
        elif isinstance(value, tuple | list):
            for item in value:
                if isinstance(item, str):
                    check_placeholders(item)
        return value


class CheckScript(_Phrases):
    """A face-saving check: a neutral reason, a concrete action, and the words to say."""

    reason: Text
    action: Text
    say: Text


class Cause(_Phrases):
    id: DottedId
    title: Text
    category: PlainId  # must name an intake template
    products: tuple[Text, ...] = Field(min_length=1)
    triggers: tuple[Text, ...] = Field(min_length=3)
    check: CheckScript
    next: tuple[Text, ...] = Field(min_length=1)
    weight: float = Field(default=1.0, gt=0, le=10)


class Demand(_Phrases):
    id: DottedId
    title: Text
    severity: Literal["low", "medium", "high"]
    triggers: tuple[Text, ...] = Field(min_length=3)
    guidance: Text
    say: tuple[Text, ...] = Field(min_length=1, max_length=3)
    # Cue combinations that catch the many ways of phrasing a demand: each combination
    # is a list of cue sets, and it matches when every set has a cue in the utterance,
    # close together (e.g. [[口コミ, SNS], [書く, 晒す]]; [[press, papers], [go, tell]]).
    combos: tuple[tuple[tuple[Text, ...], ...], ...] = ()
    # Phrases that mean the customer is *not* making this demand ("慰謝料とかはいいんです",
    # "I don't want compensation"): when one is present, the demand is not flagged.
    unless: tuple[Text, ...] = ()


class Feeling(_Phrases):
    id: Literal["worried", "angry", "hurry", "confused", "disappointed"]
    title: Text
    cues: tuple[Text, ...] = Field(min_length=3)
    lines: tuple[Text, ...] = Field(min_length=2)


class Apology(_Phrases):
    id: PlainId
    title: Text
    level: Literal["partial", "full"]
    when: Text
    cues: tuple[Text, ...] = ()
    lines: tuple[Text, ...] = Field(min_length=1)
    # For full apologies: wordings that admit fault, to warn about before facts are known.
    patterns: tuple[Text, ...] = ()


class Alternative(_Phrases):
    id: PlainId
    text: Text


class AlternativeCategory(_Phrases):
    id: PlainId
    title: Text
    cues: tuple[Text, ...] = ()
    apologies: tuple[Text, ...] = Field(min_length=1)
    reasons: tuple[Text, ...] = Field(min_length=1)
    alternatives: tuple[Alternative, ...] = Field(min_length=2)
    extras: tuple[Text, ...] = Field(min_length=1)


class IntakePrompt(_Phrases):
    id: PlainId
    label: Text
    ask: Text


class IntakeTemplate(_Phrases):
    id: PlainId
    title: Text
    cues: tuple[Text, ...] = ()
    prompts: tuple[IntakePrompt, ...] = Field(min_length=4)


class Closing(_Phrases):
    id: PlainId
    title: Text
    lines: tuple[Text, ...] = Field(min_length=1)


class Variant(_Strict):
    canonical: Text
    variants: tuple[Text, ...] = Field(min_length=1)


class Rephrase(_Phrases):
    id: PlainId
    bare: tuple[Text, ...] = Field(min_length=1)
    better: Text


class Denial(_Strict):
    """Ways of saying a demand is *not* being made ("…なんて言いません", "I'm not asking
    anyone to…"). A clause holding one of these raises no demand."""

    id: PlainId
    phrases: tuple[Text, ...] = Field(min_length=1)


ITEM_MODELS: dict[str, type[BaseModel]] = {
    "causes": Cause,
    "demands": Demand,
    "empathy": Feeling,
    "apologies": Apology,
    "alternatives": AlternativeCategory,
    "intake": IntakeTemplate,
    "closings": Closing,
    "variants": Variant,
    "rephrase": Rephrase,
    "denials": Denial,
}

# Words that make a check sound like the customer's fault (DOMAIN §2); a check script
# containing one is rejected so the pack can never teach the shaming version.
SHAMING = {
    "ja": re.compile(r"忘れ|ちゃんと|きちんと|確認しましたか|されましたか|ご存知ない|基本的な"),
    "en": re.compile(
        r"\b(forg[eo]t\w*|did you (even )?(check|try|plug|turn)|obviously|of course you|"
        r"simply|just need to|basic)\b",
        re.IGNORECASE,
    ),
}
