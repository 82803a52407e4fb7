"""YAML reading that remembers where every value came from.

PyYAML's composer gives nodes with line marks; we build plain Python values from them
ourselves and keep a side table from each value's path (``("items", 3, "check")``) to
its line, so validation errors can name FILE:LINE. Duplicate keys, which PyYAML would
silently overwrite, are reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# libyaml's loader when present (several times faster), else the pure-Python one.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Path_ = tuple[str | int, ...]


class SourceError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class Located:
    value: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    duplicates: list[tuple[int, str]] = field(default_factory=list)

    def line_of(self, path: Path_) -> int:
        """The line of the deepest existing value on ``path`` (1-based)."""
        probe = tuple(path)
        while probe:
            if probe in self.lines:
                return self.lines[probe]
            probe = probe[:-1]
        return self.lines.get((), 1)


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or a SourceError that says what the file looks like."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        hint = ""
        for name, label in (("cp932", "Shift-JIS"), ("euc_jp", "EUC-JP"), ("utf-16", "UTF-16")):
            try:
                raw.decode(name)
            except UnicodeDecodeError:
                continue
            hint = f" (it looks like {label})"
            break
        raise SourceError(line, f"file is not valid UTF-8{hint}; save it as UTF-8") from None


def read_located(path: Path) -> Located:
    """Reads, decodes and parses one file; every failure is a SourceError with a line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(1, f"cannot read file: {exc.strerror or exc}") from None
    return parse(decode(raw))


def parse(text: str) -> Located:
    if not text.strip():
        raise SourceError(1, "file is empty")
    loader = _Loader(text)
    located = Located(value=None)
    try:
        node = loader.get_single_node()
        if node is None:
            raise SourceError(1, "file is empty")
        located.value = _build(node, (), located, loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        # At end of file the parser points one line past the last one.
        line = min(line, len(text.splitlines()) or 1)
        problem = exc.problem or exc.context or "invalid YAML"
        raise SourceError(line, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise SourceError(1, f"YAML error: {exc}") from None
    except RecursionError:
        raise SourceError(1, "YAML nests too deeply") from None
    finally:
        loader.dispose()
    return located


# Aliases can make a tiny file expand into billions of values; no real pack comes close.
MAX_VALUES = 500_000


def _build(node: yaml.Node, path: Path_, out: Located, loader: Any) -> Any:
    if len(out.lines) >= MAX_VALUES:
        raise SourceError(node.start_mark.line + 1, "too many values (runaway YAML aliases?)")
    out.lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise SourceError(key_node.start_mark.line + 1, f"key {key!r} must be text")
            if key in result:
                out.duplicates.append((key_node.start_mark.line + 1, f"duplicate key '{key}'"))
            result[key] = _build(value_node, (*path, key), out, loader)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(child, (*path, i), out, loader) for i, child in enumerate(node.value)]
    return loader.construct_object(node, deep=True)
