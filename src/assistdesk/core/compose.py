"""Composing what the operator says: placeholders, stacked phrases, refusal with
alternative, apology guard rails.

Pure functions over pack content: the panel and the practice scorer both use them,
so a phrase is built the same way wherever it appears.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistdesk.core.packs.loader import PackSet
from assistdesk.core.packs.schema import AlternativeCategory, Apology, Feeling, Rephrase
from assistdesk.core.text import basic_normalize

_FIELD = re.compile(r"\{([a-z_]+)\}")


@lru_cache(maxsize=8192)
def _folded(pack_text: str) -> str:
    """Pack cues and patterns, normalised once: these checks run on every keystroke."""
    return basic_normalize(pack_text)


def placeholders(text: str) -> list[str]:
    """Placeholder names in order of first appearance."""
    names: list[str] = []
    for _, name, _, _ in string.Formatter().parse(text):
        if name and name not in names:
            names.append(name)
    return names


@dataclass(frozen=True)
class Filled:
    text: str
    missing: tuple[str, ...]


def fill(text: str, values: Mapping[str, str]) -> Filled:
    """Fills known placeholders; unknown or empty ones stay visible as ``{name}``
    and are listed so the panel can ask for them before the words are used."""
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name, "").strip()
        if not value:
            if name not in missing:
                missing.append(name)
            return match.group(0)
        return value

    filled = _FIELD.sub(replace, text).replace("{{", "{").replace("}}", "}")
    return Filled(filled, tuple(missing))


def join(parts: Iterable[str], lang: str) -> str:
    """Stacks phrases into one thing to say (Japanese runs on; English takes spaces)."""
    cleaned = [p.strip() for p in parts if p and p.strip()]
    return ("" if lang == "ja" else " ").join(cleaned)


@dataclass(frozen=True)
class RefusalChoice:
    """Which apology, reason, alternatives and extra the operator picked (indices/ids)."""

    category: str
    apology: int = 0
    reason: int = 0
    alternatives: tuple[str, ...] = ()
    extra: int | None = 0


class CompositionError(ValueError):
    pass


def compose_refusal(category: AlternativeCategory, choice: RefusalChoice, lang: str) -> str:
    """apology → reason → alternative(s) → useful extra (DOMAIN §4)."""
    if not choice.alternatives:
        raise CompositionError("a refusal needs at least one alternative")
    by_id = {alt.id: alt.text for alt in category.alternatives}
    unknown = [a for a in choice.alternatives if a not in by_id]
    if unknown:
        raise CompositionError(f"unknown alternative(s) for {category.id}: {', '.join(unknown)}")
    try:
        parts = [category.apologies[choice.apology], category.reasons[choice.reason]]
        parts.extend(by_id[a] for a in choice.alternatives)
        if choice.extra is not None:
            parts.append(category.extras[choice.extra])
    except IndexError as exc:
        raise CompositionError(f"no such phrase in {category.id}") from exc
    return join(parts, lang)


def _contains_any(text: str, patterns: Sequence[str]) -> str | None:
    norm = basic_normalize(text)
    for pattern in patterns:
        p = _folded(pattern)
        if p and p in norm:
            return pattern
    return None


def full_admission(text: str, packs: PackSet) -> str | None:
    """The admission of fault in ``text``, if any (to warn before facts are known)."""
    for apology in packs.apologies:
        if apology.level != "full":
            continue
        found = _contains_any(text, (*apology.patterns, *apology.lines))
        if found:
            return found
    return None


def bare_refusal(text: str, packs: PackSet) -> Rephrase | None:
    """A bare "no" in ``text`` and the kinder way the pack suggests to say it."""
    for item in packs.rephrase:
        if _contains_any(text, item.bare):
            return item
    return None


def empathy_for(feeling: str | None, packs: PackSet) -> Feeling | None:
    """The lines to say first: for the detected feeling, else for worry (the usual one)."""
    return packs.feeling(feeling or "worried") or (packs.feelings[0] if packs.feelings else None)


def apologies_for(text: str, packs: PackSet) -> list[Apology]:
    """Partial apologies ordered by how well their cues match what was said."""
    norm = basic_normalize(text)
    partial = [a for a in packs.apologies if a.level == "partial"]

    def hits(apology: Apology) -> int:
        return sum(1 for cue in apology.cues if _folded(cue) in norm)

    return sorted(partial, key=lambda a: -hits(a))


def alternative_category_for(text: str, packs: PackSet) -> AlternativeCategory | None:
    norm = basic_normalize(text)
    best: tuple[int, AlternativeCategory] | None = None
    for category in packs.alternatives:
        n = sum(1 for cue in category.cues if _folded(cue) in norm)
        if n and (best is None or n > best[0]):
            best = (n, category)
    return best[1] if best else None
