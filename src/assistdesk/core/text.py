"""Normalisation of what the operator types, for Japanese and English.

Both the pack triggers and the live input go through the same functions, so whatever
the folding does (width, kana, case, punctuation, spelling variants) it does to both
sides and matching stays consistent.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

_KATAKANA_START, _KATAKANA_END = 0x30A1, 0x30F6  # ァ … ヶ
_KANA_SHIFT = 0x60
_KATA_TO_HIRA = {c: c - _KANA_SHIFT for c in range(_KATAKANA_START, _KATAKANA_END + 1)}
_KATA_TO_HIRA[0x30FD] = 0x309D  # ヽ → ゝ
_KATA_TO_HIRA[0x30FE] = 0x309E  # ヾ → ゞ

# Characters kept as part of words: letters, digits, kana, kanji, the long-vowel mark.
_WORD_CATEGORIES = ("L", "N")
_LONG_VOWEL = "ー"
_SPACE_RUN = re.compile(r"\s+")
# "つかなーーい" / "soooo": a run of the same mark carries emphasis, not meaning.
_REPEAT_RUN = re.compile(r"([ーっ~〜])\1+")
_APOSTROPHES = "'’`´"


def to_hiragana(text: str) -> str:
    return text.translate(_KATA_TO_HIRA)


@lru_cache(maxsize=4096)
def _char_is_word(ch: str) -> bool:
    if ch == _LONG_VOWEL or ch in "々〆ヶ":
        return True
    return unicodedata.category(ch)[0] in _WORD_CATEGORIES


def basic_normalize(text: str) -> str:
    """NFKC, case-fold, katakana→hiragana, punctuation→space, collapse spaces.

    Apostrophes vanish rather than split words, so "won't" and "wont" meet.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = to_hiragana(text)
    out: list[str] = []
    for ch in text:
        if ch in _APOSTROPHES:
            continue
        out.append(ch if _char_is_word(ch) else " ")
    folded = _REPEAT_RUN.sub(r"\1", "".join(out))
    return _SPACE_RUN.sub(" ", folded).strip()


def is_cjk(ch: str) -> bool:
    """Kana, kanji and the marks Japanese words are made of (々 〆 ー)."""
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana (ー included)
        or 0x31F0 <= code <= 0x31FF  # katakana phonetic extensions
        or 0x3400 <= code <= 0x9FFF  # CJK extension A and unified ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= code <= 0x2FA1F  # supplementary ideographs
        or ch in "々〆"
    )


Trie = dict[str, "Trie"]


def trie_regex(words: Iterable[str]) -> str:
    """One regex for many literal strings, shaped as a trie so matching does not try
    every alternative in turn; at each branch the longer continuation is tried first,
    which keeps "longest match wins"."""
    trie: Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: Trie) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in node.items() if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie)


def literal_regex(forms: Iterable[str], *, whole_words: bool = True) -> str:
    """A regex for normalised literals: Japanese ones match anywhere (there are no word
    boundaries in Japanese); Latin ones start at a word start and, with ``whole_words``,
    end at a word end too ("pc" must not fire inside "topcoat")."""
    cjk = [f for f in forms if f and any(map(is_cjk, f))]
    latin = [f for f in forms if f and not any(map(is_cjk, f))]
    parts = []
    if cjk:
        parts.append(trie_regex(cjk))
    if latin:
        end = "(?![a-z0-9])" if whole_words else ""
        parts.append(rf"(?<![a-z0-9]){trie_regex(latin)}{end}")
    return "|".join(parts) or r"(?!x)x"


class VariantFolder:
    """Replaces every spelling variant with its canonical form, longest match first.

    Japanese variants match anywhere (no word boundaries in Japanese); Latin variants
    match whole words only so that "pc" does not fire inside "topcoat".
    """

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        table: dict[str, str] = {}
        canonicals: set[str] = set()
        for variant, canonical in pairs:
            v = basic_normalize(variant)
            c = basic_normalize(canonical)
            if v and c and v != c:
                table.setdefault(v, c)
                canonicals.add(c)
        # A canonical form maps to itself, so that when a variant is a prefix of it
        # ("るーた" of "るーたー") the longer, already-canonical text wins the match.
        for c in canonicals:
            table.setdefault(c, c)
        self._table: Mapping[str, str] = table
        self._pattern: re.Pattern[str] | None = None
        if table:
            self._pattern = re.compile(literal_regex(table))

    def __len__(self) -> int:
        return len(self._table)

    def fold(self, normalized: str) -> str:
        if self._pattern is None:
            return normalized
        table = self._table
        return self._pattern.sub(lambda m: table[m.group(0)], normalized)


def normalize(text: str, folder: VariantFolder | None = None) -> str:
    """The form used for matching: basic normalisation, then spelling variants folded."""
    base = basic_normalize(text)
    return folder.fold(base) if folder is not None else base


_EN_SUFFIXES = ("ings", "ing", "ions", "ion", "ers", "er", "ed", "es", "s", "ly")


def stem_en(word: str) -> str:
    """A deliberately light stemmer: enough to meet "printing"/"prints"/"printed"."""
    for suffix in _EN_SUFFIXES:
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# Only words that never tell causes or demands apart. Pronouns and particles stay:
# "you idiot" is not "I feel like an idiot", and "turn on" is not "turn off".
EN_STOPWORDS = frozenset(
    """a an the and or but if of to in at by for with from is are was were be been being
    am i it its this that these those there here so just very really please um uh oh ok
    okay well like""".split()
)


def features(normalized: str) -> dict[str, float]:
    """Matching features of normalised text, with a per-kind base weight.

    Japanese (and any CJK run): character bigrams (see ``_cjk_features``). Latin words:
    the lightly stemmed word; typos are the engine's business (it knows the vocabulary).
    """
    feats: dict[str, float] = {}
    for segment in normalized.split(" "):
        if not segment:
            continue
        runs = _split_scripts(segment)
        for run, cjk in runs:
            if cjk:
                _cjk_features(run, feats)
            else:
                if run in EN_STOPWORDS:
                    continue
                feats["w:" + stem_en(run)] = 1.0
    return feats


# Particles customers drop when they speak or type fast ("電源入らない" for "電源が入らない").
_PARTICLES = frozenset("がをはにのもでへとや")


def _cjk_features(run: str, feats: dict[str, float]) -> None:
    """Character bigrams; a bigram that only exists because of a particle counts little,
    and the bigram that skips the particle is added, so dropping it costs almost nothing.
    """
    if len(run) == 1:
        feats.setdefault("u:" + run, 0.6)
        return
    last = len(run) - 1
    for i in range(last):
        pair = run[i : i + 2]
        weak = (pair[1] in _PARTICLES and i + 1 < last) or (pair[0] in _PARTICLES and i > 0)
        weight = 0.3 if weak else 1.0
        if feats.get("b:" + pair, 0.0) < weight:
            feats["b:" + pair] = weight
        if i + 2 <= last and run[i + 1] in _PARTICLES and run[i] not in _PARTICLES:
            feats.setdefault("b:" + run[i] + run[i + 2], 1.0)


def word_sequence(normalized: str) -> list[str]:
    """The Latin word features of ``normalized`` in the order they were said, repeats kept."""
    words = []
    for segment in normalized.split(" "):
        for run, cjk in _split_scripts(segment) if segment else ():
            if not cjk and run not in EN_STOPWORDS:
                words.append("w:" + stem_en(run))
    return words


def _split_scripts(segment: str) -> list[tuple[str, bool]]:
    """Splits "pcがつかない" into ("pc", False), ("がつかない", True)."""
    runs: list[tuple[str, bool]] = []
    start = 0
    current = is_cjk(segment[0])
    for i in range(1, len(segment)):
        kind = is_cjk(segment[i])
        if kind != current:
            runs.append((segment[start:i], current))
            start, current = i, kind
    runs.append((segment[start:], current))
    return runs
