"""Loading a language's pack files into one validated ``PackSet``.

Loading never raises for bad content: every problem becomes a ``Problem`` with the file
and line, and the items that did validate are kept so the caller can decide whether to
use them or fall back to the last good content.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from assistdesk.core.packs.schema import (
    ITEM_MODELS,
    KINDS,
    SHAMING,
    Alternative,
    AlternativeCategory,
    Apology,
    Cause,
    Closing,
    Demand,
    Denial,
    Feeling,
    IntakeTemplate,
    Rephrase,
    Variant,
)
from assistdesk.core.packs.yamlsource import Located, SourceError, read_located

LANGS = ("ja", "en")
TOP_LEVEL = ("kind", "lang", "items")


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class PackSet:
    """Everything a language's packs hold, ready for the engine and the composer."""

    lang: str
    causes: list[Cause] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)
    feelings: list[Feeling] = field(default_factory=list)
    apologies: list[Apology] = field(default_factory=list)
    alternatives: list[AlternativeCategory] = field(default_factory=list)
    intake: list[IntakeTemplate] = field(default_factory=list)
    closings: list[Closing] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)
    rephrase: list[Rephrase] = field(default_factory=list)
    denials: list[Denial] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def cause(self, cause_id: str) -> Cause | None:
        return next((c for c in self.causes if c.id == cause_id), None)

    def demand(self, demand_id: str) -> Demand | None:
        return next((d for d in self.demands if d.id == demand_id), None)

    def feeling(self, feeling_id: str) -> Feeling | None:
        return next((f for f in self.feelings if f.id == feeling_id), None)

    def intake_template(self, template_id: str) -> IntakeTemplate | None:
        return next((t for t in self.intake if t.id == template_id), None)

    def alternative_category(self, category_id: str) -> AlternativeCategory | None:
        return next((a for a in self.alternatives if a.id == category_id), None)

    def apology(self, apology_id: str) -> Apology | None:
        return next((a for a in self.apologies if a.id == apology_id), None)

    @property
    def is_complete(self) -> bool:
        return bool(self.causes and self.demands and self.feelings and self.intake)


_ATTRIBUTE = {
    "causes": "causes",
    "demands": "demands",
    "empathy": "feelings",
    "apologies": "apologies",
    "alternatives": "alternatives",
    "intake": "intake",
    "closings": "closings",
    "variants": "variants",
    "rephrase": "rephrase",
    "denials": "denials",
}


@dataclass
class _FileResult:
    kind: str | None
    lang: str | None
    items: list[tuple[BaseModel, int]]
    problems: list[Problem]


def _format_loc(loc: Sequence[int | str]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        else:
            parts.append(("." if parts else "") + part)
    return "".join(parts)


def _describe(error: Any) -> str:
    loc = tuple(p for p in error["loc"] if p not in ("function-after",))
    where = _format_loc(loc)
    etype = error["type"]
    if etype == "missing":
        return f"missing field '{where}'"
    if etype == "extra_forbidden":
        return f"unknown field '{where}'"
    if etype == "string_pattern_mismatch":
        pattern = str(error.get("ctx", {}).get("pattern", ""))
        example = "power.strip_switch" if "\\." in pattern else "worried"
        return f"{where} '{error['input']}' must be lowercase like '{example}'"
    msg = str(error["msg"])
    msg = msg.removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg


def read_file(path: Path, expected_lang: str | None = None) -> _FileResult:
    """Reads and validates one pack file."""
    problems: list[Problem] = []
    result = _FileResult(None, None, [], problems)
    try:
        located = read_located(path)
    except SourceError as exc:
        problems.append(Problem(path, exc.line, exc.message))
        return result
    for line, message in located.duplicates:
        problems.append(Problem(path, line, message))
    doc = located.value
    if not isinstance(doc, dict):
        problems.append(
            Problem(path, 1, "a pack file must be a mapping with 'kind', 'lang' and 'items'")
        )
        return result
    for key in doc:
        if key not in TOP_LEVEL:
            problems.append(Problem(path, located.line_of((key,)), f"unknown field '{key}'"))
    kind, lang, items = doc.get("kind"), doc.get("lang"), doc.get("items")
    if kind not in KINDS:
        shown = "missing" if kind is None else f"'{kind}' is not known"
        problems.append(
            Problem(
                path, located.line_of(("kind",)), f"kind {shown}; use one of {', '.join(KINDS)}"
            )
        )
        return result
    result.kind = kind
    if lang not in LANGS:
        shown = "missing" if lang is None else f"'{lang}' is not supported"
        problems.append(Problem(path, located.line_of(("lang",)), f"lang {shown}; use ja or en"))
        return result
    result.lang = lang
    if expected_lang is not None and lang != expected_lang:
        problems.append(
            Problem(
                path,
                located.line_of(("lang",)),
                f"lang '{lang}' does not match its folder '{expected_lang}'",
            )
        )
    if not isinstance(items, list) or not items:
        problems.append(
            Problem(path, located.line_of(("items",)), "'items' must be a non-empty list")
        )
        return result
    model = ITEM_MODELS[kind]
    for index, raw in enumerate(items):
        line = located.line_of(("items", index))
        try:
            item = model.model_validate(raw)
        except ValidationError as exc:
            for error in exc.errors():
                where = located.line_of(("items", index, *error["loc"]))
                problems.append(Problem(path, where, _describe(error)))
            continue
        problems.extend(_lint(item, lang, path, located, index))
        result.items.append((item, line))
    return result


def _lint(item: BaseModel, lang: str, path: Path, located: Located, index: int) -> list[Problem]:
    problems: list[Problem] = []
    if isinstance(item, Cause):
        shaming = SHAMING[lang]
        for field_name in ("reason", "action", "say"):
            text = getattr(item.check, field_name)
            found = shaming.search(text)
            if found:
                problems.append(
                    Problem(
                        path,
                        located.line_of(("items", index, "check", field_name)),
                        f"check.{field_name} of '{item.id}' says '{found.group(0)}', which makes "
                        "the customer lose face; give a neutral reason instead",
                    )
                )
    return problems


def _item_key(item: BaseModel) -> str | None:
    if isinstance(item, Variant):
        return None
    return str(getattr(item, "id", None))


def pack_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file()) + sorted(
        p for p in folder.glob("*.yml") if p.is_file()
    )


def assemble(
    lang: str, results: Iterable[tuple[Path, _FileResult]]
) -> tuple[PackSet, list[Problem]]:
    """Merges file results into a PackSet, checking ids and references across files."""
    packs = PackSet(lang=lang)
    problems: list[Problem] = []
    seen: dict[tuple[str, str], tuple[Path, int]] = {}
    for path, result in results:
        packs.files.append(path)
        problems.extend(result.problems)
        if result.kind is None:
            continue
        target: list[BaseModel] = getattr(packs, _ATTRIBUTE[result.kind])
        for item, line in result.items:
            key = _item_key(item)
            if key is not None:
                # Causes and demands share one id space: an id means one thing everywhere.
                space = "signal" if result.kind in ("causes", "demands") else result.kind
                first = seen.get((space, key))
                if first is not None:
                    problems.append(
                        Problem(
                            path,
                            line,
                            f"duplicate id '{key}' (first defined at {first[0]}:{first[1]})",
                        )
                    )
                    continue
                seen[(space, key)] = (path, line)
            target.append(item)
    problems.extend(_cross_check(packs, seen))
    return packs, problems


def _cross_check(packs: PackSet, seen: dict[tuple[str, str], tuple[Path, int]]) -> list[Problem]:
    problems: list[Problem] = []
    if packs.intake:
        templates = {t.id for t in packs.intake}
        for cause in packs.causes:
            if cause.category not in templates:
                path, line = seen[("signal", cause.id)]
                problems.append(
                    Problem(
                        path,
                        line,
                        f"cause '{cause.id}' has category '{cause.category}', which is not an "
                        f"intake template ({', '.join(sorted(templates))})",
                    )
                )
    for category in packs.alternatives:
        ids = [a.id for a in category.alternatives]
        if len(set(ids)) != len(ids):
            path, line = seen[("alternatives", category.id)]
            problems.append(
                Problem(path, line, f"alternatives of '{category.id}' repeat an id: {ids}")
            )
    return problems


def load_language(folder: Path, lang: str) -> tuple[PackSet, list[Problem]]:
    """Loads every pack file in ``folder`` (one language)."""
    if not folder.is_dir():
        return PackSet(lang=lang), [Problem(folder, 1, "pack folder not found")]
    files = pack_files(folder)
    if not files:
        return PackSet(lang=lang), [Problem(folder, 1, "no pack files (*.yaml) in this folder")]
    return assemble(lang, ((p, read_file(p, lang)) for p in files))


def check_paths(paths: Sequence[Path]) -> list[Problem]:
    """Validates pack roots, language folders or single files; returns every problem.

    A root holds ``ja/`` and/or ``en/``; a scenario folder (``scenarios/``) beside it is
    checked by the scenario validator when that is installed.
    """
    problems: list[Problem] = []
    by_lang: dict[str, list[tuple[Path, _FileResult]]] = {}
    for path in paths:
        if path.is_file():
            result = read_file(path)
            by_lang.setdefault(result.lang or "?", []).append((path, result))
            continue
        if not path.is_dir():
            problems.append(Problem(path, 1, "no such file or folder"))
            continue
        lang_dirs = [path / lang for lang in LANGS if (path / lang).is_dir()]
        if path.name in LANGS and not lang_dirs:
            lang_dirs = [path]
        if not lang_dirs:
            problems.append(Problem(path, 1, "expected a pack file, a ja/ or en/ folder"))
            continue
        for folder in lang_dirs:
            files = pack_files(folder)
            if not files:
                problems.append(Problem(folder, 1, "no pack files (*.yaml) in this folder"))
            for file in files:
                by_lang.setdefault(folder.name, []).append((file, read_file(file, folder.name)))
    for lang, results in by_lang.items():
        problems.extend(assemble(lang, results)[1])
    return sorted(set(problems), key=lambda p: (str(p.path), p.line, p.message))


__all__ = [
    "Alternative",
    "PackSet",
    "Problem",
    "check_paths",
    "load_language",
    "read_file",
]
