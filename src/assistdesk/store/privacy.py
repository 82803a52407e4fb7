"""Privacy helpers: card-number masking, export masking and spreadsheet-safe cells.

Card numbers (Luhn-valid, 13–19 digits, typed with spaces, hyphens or full-width digits)
are masked — every digit but the last four becomes ``*`` — in every free-text field
before it reaches the disk or an export. The store applies :func:`mask_card_numbers` to
all text it writes; exports can also mask phone numbers and names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any, Final

_DIGITS: Final = "0-9０-９"
# Separators people type inside card numbers: spaces (ASCII, no-break, ideographic),
# hyphens and dashes, including the full-width ones a Japanese IME produces.
_SEPARATORS: Final = " \u00a0\u3000\\-\u2010\u2011\u2012\u2013\u2014\u2212\uff0d\u30fc"
_RUN: Final = re.compile(f"[{_DIGITS}](?:[{_SEPARATORS}]{{0,2}}[{_DIGITS}])*")
_ANY_DIGIT: Final = re.compile(f"[{_DIGITS}]")
MASK_CHAR: Final = "*"
MIN_CARD: Final = 13
MAX_CARD: Final = 19
KEEP: Final = 4


def luhn_ok(digits: str) -> bool:
    """True when the ASCII digit string passes the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _ascii_digit(ch: str) -> str:
    return chr(ord(ch) - 0xFF10 + 48) if "０" <= ch <= "９" else ch


def _mask_run(run: str) -> str:
    # Digit positions within the run, grouped by separators.
    groups: list[list[int]] = []
    previous = -2
    for i, ch in enumerate(run):
        if ch.isdigit():
            if i != previous + 1:
                groups.append([])
            groups[-1].append(i)
            previous = i
    positions = [p for g in groups for p in g]
    if len(positions) < MIN_CARD:
        return run
    digits = "".join(_ascii_digit(run[p]) for p in positions)
    # Windows aligned on group boundaries: a card starts and ends where a group does.
    starts: list[int] = []
    count = 0
    for g in groups:
        starts.append(count)
        count += len(g)
    ends = [*starts[1:], count]
    masked: set[int] = set()
    for gi, start in enumerate(starts):
        for end in ends[gi:]:
            length = end - start
            if length > MAX_CARD:
                break
            if length >= MIN_CARD and luhn_ok(digits[start:end]):
                masked.update(positions[start : end - KEEP])
    if not masked:
        return run
    chars = list(run)
    for p in masked:
        chars[p] = MASK_CHAR
    return "".join(chars)


def mask_card_numbers(text: str) -> str:
    """``text`` with every Luhn-valid 13–19 digit card number masked but its last 4 digits."""
    if len(_ANY_DIGIT.findall(text)) < MIN_CARD:
        return text
    return _RUN.sub(lambda m: _mask_run(m.group(0)), text)


def mask_value(value: Any) -> Any:
    """:func:`mask_card_numbers` applied to every string inside a JSON-like value."""
    if isinstance(value, str):
        return mask_card_numbers(value)
    if isinstance(value, Mapping):
        return {k: mask_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask_value(v) for v in value]
    return value


def mask_phone(phone: str | None) -> str | None:
    """A phone number with every digit but the last four replaced by ``*``."""
    if not phone:
        return phone
    total = sum(1 for ch in phone if ch.isdigit())
    seen = 0
    out: list[str] = []
    for ch in phone:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen > total - KEEP else MASK_CHAR)
        else:
            out.append(ch)
    return "".join(out)


def mask_name(name: str | None) -> str | None:
    """A name reduced to its first character (``山田 太郎`` → ``山＊＊＊``)."""
    if not name:
        return name
    stripped = name.strip()
    if not stripped:
        return name
    head = stripped[0]
    wide = unicodedata.east_asian_width(head) in ("W", "F")
    rest = sum(1 for ch in stripped[1:] if not ch.isspace())
    return head + ("＊" if wide else MASK_CHAR) * rest


_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def neutralise_cell(value: str) -> str:
    """A CSV cell a spreadsheet will show as text instead of running it as a formula."""
    if value and value.lstrip(" ").startswith(_FORMULA_START):
        return "'" + value
    return value
