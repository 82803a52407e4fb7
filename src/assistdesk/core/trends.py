"""What keeps coming back, as text a supervisor can paste into Monday's e-mail
(DOMAIN §6: count causes and prevention ideas so the system, not a person, is fixed)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistdesk.core.packs.loader import PackSet


@dataclass(frozen=True)
class CauseLine:
    cause_id: str
    title: str
    checked: int
    fixed: int
    not_fixed: int

    @property
    def fixed_share(self) -> float:
        return self.fixed / self.checked if self.checked else 0.0


def cause_lines(counts: Sequence[object], packs: PackSet | None) -> list[CauseLine]:
    """The store's cause counts with the pack's titles (ids stay for unknown causes)."""
    lines = []
    for count in counts:
        cause_id = str(getattr(count, "cause_id", ""))
        cause = packs.cause(cause_id) if packs is not None else None
        lines.append(
            CauseLine(
                cause_id,
                cause.title if cause else cause_id,
                int(getattr(count, "checked", 0)),
                int(getattr(count, "fixed", 0)),
                int(getattr(count, "not_fixed", 0)),
            )
        )
    return lines


def as_text(
    heading: str,
    causes: Sequence[CauseLine],
    sections: Sequence[tuple[str, Sequence[tuple[str, int]]]],
    cause_heading: str,
) -> str:
    """Plain text: the heading, the causes with checked/fixed counts, then each section."""
    out = [heading, "", cause_heading]
    out += [f"  {c.checked:>5}  {c.title}  ({c.fixed} / {c.not_fixed})" for c in causes]
    for title, rows in sections:
        out += ["", title]
        out += [f"  {n:>5}  {label}" for label, n in rows]
    return "\n".join(out)
