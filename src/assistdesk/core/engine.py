"""The assist engine: what the customer said → ranked simple causes, demands, feeling.

Matching is a weighted-feature inverted index (character bigrams for Japanese, lightly
stemmed words for English, with typos mapped to the nearest known word): each query
touches only the postings of its own features, so the cost grows with the query and the
rarity of its words, not with the size of the catalogue. That keeps every keystroke
well inside one frame with the shipped packs and a few milliseconds at 10,000 causes,
where a brute-force fuzzy scan over every trigger would not.
"""

from __future__ import annotations

import heapq
import math
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistdesk.core.cues import CueCombo
from assistdesk.core.packs.loader import PackSet
from assistdesk.core.packs.schema import Cause, Demand
from assistdesk.core.text import (
    VariantFolder,
    features,
    literal_regex,
    normalize,
    word_sequence,
)

# Weights of the two signals that make a cause's score (tuned on tests/eval).
BEST_TRIGGER_WEIGHT = 0.75
QUERY_EXPLAINED_WEIGHT = 0.25
MIN_CAUSE_SCORE = 0.3
TENTATIVE_CAUSE_SCORE = 0.55
CANDIDATE_MARGIN = 0.5
# A demand is only flagged when one of its triggers is almost wholly present: a false
# flag in front of a polite customer is worse than the operator spotting it themselves.
MIN_DEMAND_COVERAGE = 0.8
MIN_DEMAND_TRIGGER_MASS = 1.5
DEMAND_KANA_WEIGHT = 0.5
# The score shown for a demand found by a cue combination rather than a trigger.
COMBO_SCORE = 0.85
# Features found in more than this share of a large catalogue's triggers carry too little
# information to be worth their postings (the floor keeps small packs untouched).
STOP_FEATURE_SHARE = 0.05
STOP_FEATURE_MIN = 400


@dataclass(frozen=True)
class CauseHit:
    id: str
    title: str
    score: float
    script: str
    cause: Cause = field(repr=False, compare=False)

    @property
    def tentative(self) -> bool:
        """A faint match: worth listing, but shown as a maybe."""
        return self.score < TENTATIVE_CAUSE_SCORE

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "score": self.score, "script": self.script}


@dataclass(frozen=True)
class DemandHit:
    id: str
    title: str
    score: float
    guidance: str
    demand: Demand = field(repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "score": self.score,
            "guidance": self.guidance,
        }


@dataclass(frozen=True)
class Analysis:
    text: str
    causes: tuple[CauseHit, ...]
    demands: tuple[DemandHit, ...]
    feeling: str | None
    category: str | None
    elapsed_ms: float

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "causes": [c.to_json() for c in self.causes],
            "demands": [d.to_json() for d in self.demands],
            "feeling": self.feeling,
            "category": self.category,
            "elapsed_ms": round(self.elapsed_ms, 4),
        }


def _kana_only(feature: str) -> bool:
    """A Japanese bigram of kana only: endings and particles ("くぞ", "てや") more often
    than the words that carry a demand's meaning, which are mostly kanji."""
    return feature.startswith("b:") and all("\u3040" <= ch <= "\u30ff" for ch in feature[2:])


class TriggerIndex:
    """Groups of trigger phrases (one group per cause or demand) in an inverted index.

    Features present in a large share of a big catalogue's triggers are treated as stop
    features: they say little about which cause is meant and would dominate the cost.
    """

    def __init__(
        self,
        groups: Sequence[Sequence[str]],
        folder: VariantFolder,
        kana_weight: float = 1.0,
        keep_word_order: bool = False,
    ) -> None:
        trigger_feats: list[dict[str, float]] = []
        owner: list[int] = []
        for group_no, triggers in enumerate(groups):
            seen: set[frozenset[str]] = set()
            for trigger in triggers:
                feats = features(normalize(trigger, folder))
                key = frozenset(feats)
                if not feats or key in seen:
                    continue
                seen.add(key)
                trigger_feats.append(feats)
                owner.append(group_no)
        self.n_groups = len(groups)
        self.n_triggers = len(trigger_feats)
        self.owner = owner
        # The words of each trigger in the order they are said (for order checks).
        self.word_order: list[tuple[str, ...]] = (
            [tuple(f for f in feats if f.startswith("w:")) for feats in trigger_feats]
            if keep_word_order
            else []
        )
        df: dict[str, int] = {}
        for feats in trigger_feats:
            for f in feats:
                df[f] = df.get(f, 0) + 1
        cap = max(STOP_FEATURE_MIN, int(STOP_FEATURE_SHARE * self.n_triggers))
        n = max(self.n_triggers, 1)
        self.idf: dict[str, float] = {f: math.log(1.0 + n / d) for f, d in df.items() if d <= cap}

        postings: dict[str, dict[int, float]] = {f: {} for f in self.idf}
        vocab: list[set[str]] = [set() for _ in range(self.n_groups)]
        self.mass: list[float] = []
        for t, feats in enumerate(trigger_feats):
            weights = {
                f: base * self.idf[f] * (kana_weight if _kana_only(f) else 1.0)
                for f, base in feats.items()
                if f in self.idf
            }
            total = sum(weights.values())
            self.mass.append(total)
            for f, w in weights.items():
                postings[f][t] = w / total
            vocab[owner[t]].update(weights)
        self.postings = postings
        self.vocab: list[frozenset[str]] = [frozenset(v) for v in vocab]

    def trigger_coverage(self, feats: Iterable[str]) -> dict[int, float]:
        """For every trigger touched: the share of its weight present in the query."""
        lists = [p for p in map(self.postings.get, feats) if p]
        if not lists:
            return {}
        # The longest posting list is copied at C speed; only the others are walked.
        lists.sort(key=len, reverse=True)
        acc = dict(lists[0])
        get = acc.get
        for plist in lists[1:]:
            for t, w in plist.items():
                acc[t] = get(t, 0.0) + w
        return acc

    def best_per_group(self, coverage: dict[int, float], floor: float = 0.0) -> dict[int, float]:
        """The best trigger coverage of each group, for triggers at or above ``floor``."""
        best: dict[int, float] = {}
        owner = self.owner
        get = best.get
        for t, value in coverage.items():
            if value >= floor:
                g = owner[t]
                if value > get(g, 0.0):
                    best[g] = value
        return best

    def explained(self, feats: dict[str, float], groups: Iterable[int]) -> dict[int, float]:
        """For each of ``groups``: the share of the query's weight its vocabulary explains."""
        weighted = [(f, base * self.idf[f]) for f, base in feats.items() if f in self.idf]
        total = sum(w for _, w in weighted)
        if total == 0.0:
            return {}
        vocab = self.vocab
        return {g: sum(w for f, w in weighted if f in vocab[g]) / total for g in groups}


class Speller:
    """Maps a mistyped word to the known word one edit away (symmetric deletes).

    Both sides are reduced by deleting one letter; a shared reduction means one
    insertion, deletion, substitution or swap apart. Lookups are a handful of dict
    probes, so correcting costs nothing noticeable on a keystroke.
    """

    MIN_LENGTH = 5  # shorter words have too many neighbours to guess safely

    def __init__(self, words: Iterable[tuple[str, float]]) -> None:
        self.rarity: dict[str, float] = {}
        for word, idf in words:
            self.rarity[word] = min(idf, self.rarity.get(word, idf))
        self.by_deletion: dict[str, list[str]] = defaultdict(list)
        for word in self.rarity:
            if len(word) >= self.MIN_LENGTH - 1:
                for reduced in _deletions(word):
                    self.by_deletion[reduced].append(word)
        self._cache: dict[str, str | None] = {}

    def correct(self, word: str) -> str | None:
        """The known word meant by ``word``; None when it is known or nothing is close."""
        if word in self.rarity or len(word) < self.MIN_LENGTH or not word.isalpha():
            return None
        if word in self._cache:
            return self._cache[word]
        candidates = set(self.by_deletion.get(word, ()))  # a letter was left out
        for reduced in _deletions(word):
            if reduced in self.rarity:  # a letter too many
                candidates.add(reduced)
            candidates.update(self.by_deletion.get(reduced, ()))  # swapped or wrong letter
        best = None
        if candidates:
            # Same first letter first (people rarely mistype it), then the commoner word.
            best = min(candidates, key=lambda c: (c[0] != word[0], self.rarity[c], c))
        if len(self._cache) < 10_000:
            self._cache[word] = best
        return best


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


# Where one clause ends and the next begins, in what the operator typed.
_CLAUSE_BREAK = re.compile(
    r"[。、！？!?;；\n]+|[.,](?:\s|$)|\b(?:but|though|although)\b|けど|けれど|が、"
)


def _in_order(words: Sequence[str], said: Sequence[str]) -> bool:
    """Whether the trigger's words that were said appear in the trigger's order."""
    wanted = [w for w in words if w in said]
    position = 0
    for word in wanted:
        try:
            position = said.index(word, position) + 1
        except ValueError:
            return False
    return True


def _phrase_pattern(phrases: Iterable[str], folder: VariantFolder) -> re.Pattern[str] | None:
    forms = {normalize(p, folder) for p in phrases} - {""}
    return re.compile(literal_regex(sorted(forms))) if forms else None


class Engine:
    """Analyses utterances against one language's packs."""

    def __init__(self, packs: PackSet) -> None:
        self.packs = packs
        self.lang = packs.lang
        self.folder = VariantFolder(
            (variant, item.canonical) for item in packs.variants for variant in item.variants
        )
        self.causes = list(packs.causes)
        self.demands = list(packs.demands)
        self._cause_index = TriggerIndex([c.triggers for c in self.causes], self.folder)
        # How a demand is worded varies in its endings (書くぞ / 書いてやる / 書くから) far
        # more than in its content words, so kana-only bigrams count less there.
        self._demand_index = TriggerIndex(
            [d.triggers for d in self.demands],
            self.folder,
            kana_weight=DEMAND_KANA_WEIGHT,
            keep_word_order=True,
        )
        self._prior = [1.0 + 0.04 * math.log(c.weight) for c in self.causes]
        self._speller = Speller(
            (f[2:], idf)
            for index in (self._cause_index, self._demand_index)
            for f, idf in index.idf.items()
            if f.startswith("w:")
        )
        self._demand_combos = [
            [CueCombo(sets, self.folder, self.lang) for sets in d.combos] for d in self.demands
        ]
        self._denial = _phrase_pattern((p for d in packs.denials for p in d.phrases), self.folder)
        self._demand_unless = [
            tuple(normalize(u, self.folder) for u in d.unless) for d in self.demands
        ]
        self._feelings = [(f.id, self._cue_matcher(f.cues)) for f in packs.feelings if f.cues]
        self._categories = [(t.id, self._cue_matcher(t.cues)) for t in packs.intake if t.cues]

    def _cue_matcher(self, cues: Iterable[str]) -> re.Pattern[str]:
        # Cues may be word starts ("worr" for worried/worrying): no end boundary.
        forms = sorted({normalize(cue, self.folder) for cue in cues} - {""})
        return re.compile(literal_regex(forms, whole_words=False))

    def normalize(self, text: str) -> str:
        return normalize(text, self.folder)

    def analyse(self, text: str, top: int = 5) -> Analysis:
        started = time.perf_counter()
        norm = normalize(text, self.folder)
        typed = features(norm)
        causes = self._rank_causes(self._spelling_fixed(typed), top)
        demands = self._detect_demands(text, norm, typed)
        feeling = self._feeling(norm, bool(demands))
        category = causes[0].cause.category if causes else self._category(norm)
        elapsed = (time.perf_counter() - started) * 1000.0
        return Analysis(text, tuple(causes), tuple(demands), feeling, category, elapsed)

    def _spelling_fixed(self, feats: dict[str, float]) -> dict[str, float]:
        """``feats`` with unknown English words mapped to the nearest word the pack knows
        ("pritner" → "printer"), since typing fast means typos."""
        corrected: dict[str, float] = {}
        for f, w in feats.items():
            fixed = self._speller.correct(f[2:]) if f.startswith("w:") else None
            if fixed is None:
                corrected[f] = w
            else:
                key = "w:" + fixed
                corrected[key] = max(corrected.get(key, 0.0), w * 0.9)
        return corrected

    def _rank_causes(self, feats: dict[str, float], top: int) -> list[CauseHit]:
        index = self._cause_index
        if top <= 0:
            return []
        coverage = index.trigger_coverage(feats)
        if not coverage:
            return []
        # Triggers far below the best match cannot reach the top of the list: dropping
        # them first keeps big catalogues cheap (the explained share adds at most 0.25).
        best = index.best_per_group(coverage, max(coverage.values()) - CANDIDATE_MARGIN)
        explained = index.explained(feats, best)
        prior = self._prior
        scored = [
            (
                (BEST_TRIGGER_WEIGHT * b + QUERY_EXPLAINED_WEIGHT * explained.get(g, 0.0))
                * prior[g],
                g,
            )
            for g, b in best.items()
        ]
        hits = []
        for value, g in heapq.nlargest(top, scored, key=lambda item: (item[0], -item[1])):
            if value < MIN_CAUSE_SCORE:
                break
            cause = self.causes[g]
            hits.append(CauseHit(cause.id, cause.title, round(value, 4), cause.check.say, cause))
        return hits

    def _detect_demands(self, text: str, norm: str, typed: dict[str, float]) -> list[DemandHit]:
        # Demands match the words as typed: a spelling guess that helps find a cause
        # ("brand" → "brain") must never put an accusation in the customer's mouth.
        denial = self._denial
        if denial is None or not denial.search(norm):
            return self._demands_in(typed, norm)
        # Someone said what they are *not* asking for: only clauses without such words
        # count ("土下座しろなんて言いません。交換だけお願いします" raises nothing).
        best: dict[str, DemandHit] = {}
        clauses = [normalize(c, self.folder) for c in _CLAUSE_BREAK.split(text)]
        denied = {i for i, c in enumerate(clauses) if denial.search(c)}
        # "ネットに書くとか、そんなつもりはない": the denied thing often sits just before.
        denied |= {i - 1 for i in denied}
        for i, clause_norm in enumerate(clauses):
            if not clause_norm or i in denied:
                continue
            for hit in self._demands_in(features(clause_norm), clause_norm):
                if hit.id not in best or hit.score > best[hit.id].score:
                    best[hit.id] = hit
        return sorted(best.values(), key=lambda h: (-h.score, h.id))

    def _demands_in(self, feats: dict[str, float], norm: str) -> list[DemandHit]:
        index = self._demand_index
        coverage = index.trigger_coverage(feats)
        best: dict[int, float] = {}
        said: list[str] | None = None
        for t, value in coverage.items():
            if value >= MIN_DEMAND_COVERAGE and index.mass[t] >= MIN_DEMAND_TRIGGER_MASS:
                order = index.word_order[t]
                if len(order) >= 2:
                    # English words in any order mean other things ("get me your manager"
                    # is not "for your manager to get down…"): keep the trigger's order.
                    said = said if said is not None else list(word_sequence(norm))
                    if not _in_order(order, said):
                        continue
                g = index.owner[t]
                best[g] = max(best.get(g, 0.0), value)
        for g, combos in enumerate(self._demand_combos):
            if g not in best and any(combo.matches(norm) for combo in combos):
                best[g] = COMBO_SCORE
        hits = []
        for g, value in sorted(best.items(), key=lambda item: (-item[1], item[0])):
            if self._demand_unless[g] and any(u in norm for u in self._demand_unless[g]):
                continue
            demand = self.demands[g]
            hits.append(
                DemandHit(
                    demand.id, demand.title, round(min(value, 1.0), 4), demand.guidance, demand
                )
            )
        return hits

    def _feeling(self, norm: str, demanded: bool) -> str | None:
        counts = [(len(p.findall(norm)), fid) for fid, p in self._feelings]
        counts = [c for c in counts if c[0] > 0]
        if demanded and not any(fid == "angry" for _, fid in counts):
            counts.append((1, "angry"))
        if not counts:
            return None
        return max(counts, key=lambda c: c[0])[1]

    def _category(self, norm: str) -> str | None:
        best: tuple[int, str] | None = None
        for cid, pattern in self._categories:
            n = len(pattern.findall(norm))
            if n and (best is None or n > best[0]):
                best = (n, cid)
        return best[1] if best else None
