"""Cue combinations: "a word from each of these sets, close together".

Demands are said in endlessly many ways ("口コミサイトに全部書くよ", "SNSに晒すから",
"I'll be leaving a review telling everyone") but nearly always pair a *where* or *what*
with a *doing* word. A combination of cue sets catches those pairings without listing
every sentence, and the closeness window keeps two unrelated halves of a long utterance
("I read the reviews … then I posted the form") from being taken for one demand.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from assistdesk.core.text import VariantFolder, is_cjk, literal_regex, normalize

# How far apart (in characters of normalised text) the cues of one combination may lie.
WINDOW = {"ja": 24, "en": 48}


class CueCombo:
    def __init__(self, sets: Sequence[Sequence[str]], folder: VariantFolder, lang: str) -> None:
        self.window = WINDOW.get(lang, 40)
        self.patterns: list[re.Pattern[str]] = []
        for cues in sets:
            prefixes = {normalize(c[:-1], folder) for c in cues if c.endswith("*")}
            forms = {normalize(c, folder) for c in cues if not c.endswith("*")}
            # Latin cues are whole words ("you" is not "your") unless they end in "*":
            # "apolog*" finds "apologise". A starred Japanese cue is just a Japanese cue.
            stems = {f for f in prefixes if not any(map(is_cjk, f))}
            whole = literal_regex(sorted((forms | prefixes) - stems))
            starts = literal_regex(sorted(stems), whole_words=False) if stems else None
            self.patterns.append(re.compile(f"{whole}|{starts}" if starts else whole))

    def matches(self, norm: str) -> bool:
        spans: list[list[tuple[int, int]]] = []
        for pattern in self.patterns:
            found = [m.span() for m in pattern.finditer(norm)]
            if not found:
                return False
            spans.append(found[:8])  # a handful per set is plenty to find a close pair
        for choice in itertools.product(*spans):
            start = min(s for s, _ in choice)
            end = max(e for _, e in choice)
            if end - start <= self.window + sum(e - s for s, e in choice):
                return True
        return False
