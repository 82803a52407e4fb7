"""The searchable text of a call, and the normalisation shared by index and query.

Frozen on purpose (NFKC + case folding, nothing smarter): the index stores normalised
text, so changing this needs a migration that rebuilds the index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Final

from assistdesk.core.text import is_cjk

_SPACES: Final = re.compile(r"\s+")
_NON_DIGIT: Final = re.compile(r"\D+")


def normalise(text: str) -> str:
    """NFKC (full-width → ASCII, half-width kana → full-width), case-folded, spaces collapsed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def digits_of(text: str | None) -> str | None:
    """The ASCII digits of a phone number or reference (``None`` when there are none)."""
    if not text:
        return None
    digits = _NON_DIGIT.sub("", unicodedata.normalize("NFKC", text))
    return digits or None


def has_cjk(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)


def build_body(parts: Iterable[str | None]) -> str:
    """The normalised text that the full-text index holds for one call."""
    return "\n".join(normalise(p) for p in parts if p and p.strip())


def cjk_body(body: str) -> str:
    """One token per Japanese character, other runs replaced by a token that never matches.

    Indexed with FTS5's ``unicode61`` tokenizer this answers 1–2 character Japanese
    queries (a phrase query ``"電 源"``) that a trigram index cannot.
    """
    out: list[str] = []
    gap = False
    for ch in body:
        if is_cjk(ch):
            out.append(ch)
            gap = False
        elif not gap and out:
            out.append("x")
            gap = True
    while out and out[-1] == "x":
        out.pop()
    return " ".join(out)


def cjk_query(query: str) -> str:
    """The FTS5 phrase that finds ``query``'s Japanese characters in :func:`cjk_body` text."""
    return '"' + " ".join(ch for ch in query if is_cjk(ch)) + '"'


def fts_phrase(term: str) -> str:
    """An FTS5 string literal (a phrase) for ``term``."""
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    """A LIKE pattern for a substring, with ``\\`` as the escape character."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
