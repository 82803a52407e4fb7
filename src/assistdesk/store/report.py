"""What happened while opening the call log, for the UI to show."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class StartupReport:
    """What happened while opening the call log (shown to the user when not routine)."""

    url: str
    db_path: Path | None = None
    created: bool = False
    migrated_from: str | None = None
    migrated_to: str | None = None
    backup: Path | None = None
    recovered: bool = False
    moved_aside: Path | None = None
    restored_from: Path | None = None
    started_empty: bool = False
    messages: list[str] = field(default_factory=list)

    @property
    def needs_attention(self) -> bool:
        """True when the user must be told (the log was damaged and recovered)."""
        return self.recovered
