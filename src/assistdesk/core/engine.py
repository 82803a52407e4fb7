"""The assist engine: what the customer said → ranked simple causes, demands, feeling.

Matching is a weighted-feature inverted index (character bigrams for Japanese, stemmed
words plus character trigrams for English) evaluated with NumPy: each query touches only
the postings of its own features, so the cost grows with the query and the rarity of its
words, not with the size of the catalogue. That keeps every keystroke well inside one
frame with the shipped packs and a few milliseconds at 10,000 causes, where a
brute-force fuzzy scan over every trigger would not.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from assistdesk.core.packs.loader import PackSet
from assistdesk.core.packs.schema import Cause, Demand
from assistdesk.core.text import VariantFolder, features, is_cjk, normalize

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int32]

# Weights of the two signals that make a cause's score (tuned on tests/eval).
BEST_TRIGGER_WEIGHT = 0.75
QUERY_EXPLAINED_WEIGHT = 0.25
MIN_CAUSE_SCORE = 0.3
# A demand is only flagged when one of its triggers is almost wholly present: a false
# flag in front of a polite customer is worse than the operator spotting it themselves.
MIN_DEMAND_COVERAGE = 0.8
MIN_DEMAND_TRIGGER_MASS = 1.5


@dataclass(frozen=True)
class CauseHit:
    id: str
    title: str
    score: float
    script: str
    cause: Cause = field(repr=False, compare=False)

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


class TriggerIndex:
    """Groups of trigger phrases (one group per cause or demand) in an inverted index."""

    def __init__(self, groups: Sequence[Sequence[str]], folder: VariantFolder) -> None:
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
        df: dict[str, int] = {}
        for feats in trigger_feats:
            for f in feats:
                df[f] = df.get(f, 0) + 1
        self.vocab: dict[str, int] = {f: i for i, f in enumerate(df)}
        n = max(self.n_triggers, 1)
        self.idf = np.array([math.log(1.0 + n / df[f]) for f in df], dtype=np.float32)

        # Trigger postings: feature → (trigger ids, weight share of that trigger).
        per_feature: list[list[tuple[int, float]]] = [[] for _ in df]
        self.mass = np.zeros(self.n_triggers, dtype=np.float32)
        for t, feats in enumerate(trigger_feats):
            weights = {f: base * float(self.idf[self.vocab[f]]) for f, base in feats.items()}
            total = sum(weights.values())
            self.mass[t] = total
            for f, w in weights.items():
                per_feature[self.vocab[f]].append((t, w / total))
        self.post_ids: list[IntArray] = []
        self.post_w: list[FloatArray] = []
        for postings in per_feature:
            self.post_ids.append(np.fromiter((p[0] for p in postings), np.int32, len(postings)))
            self.post_w.append(np.fromiter((p[1] for p in postings), np.float32, len(postings)))

        # Group postings: feature → groups whose triggers use it (deduplicated).
        group_sets: list[set[int]] = [set() for _ in df]
        for t, feats in enumerate(trigger_feats):
            for f in feats:
                group_sets[self.vocab[f]].add(owner[t])
        self.group_post: list[IntArray] = [
            np.fromiter(sorted(s), np.int32, len(s)) for s in group_sets
        ]

        # Triggers are appended group by group, so each group is one contiguous slice.
        owner_arr = np.asarray(owner, dtype=np.int32)
        self.owner = owner_arr
        self.group_start = np.searchsorted(owner_arr, np.arange(self.n_groups, dtype=np.int32))
        self.group_has_triggers = np.bincount(owner_arr, minlength=self.n_groups) > 0

    def query_ids(self, feats: dict[str, float]) -> tuple[list[int], list[float]]:
        ids: list[int] = []
        weights: list[float] = []
        vocab = self.vocab
        for f, base in feats.items():
            i = vocab.get(f)
            if i is not None:
                ids.append(i)
                weights.append(base)
        return ids, weights

    def trigger_coverage(self, ids: Sequence[int]) -> FloatArray:
        """For every trigger: the share of its weight present in the query."""
        if not ids or self.n_triggers == 0:
            return np.zeros(self.n_triggers, dtype=np.float32)
        if len(ids) == 1:
            t_ids, t_w = self.post_ids[ids[0]], self.post_w[ids[0]]
        else:
            t_ids = np.concatenate([self.post_ids[i] for i in ids])
            t_w = np.concatenate([self.post_w[i] for i in ids])
        return np.bincount(t_ids, weights=t_w, minlength=self.n_triggers).astype(np.float32)

    def best_per_group(self, coverage: FloatArray) -> FloatArray:
        if self.n_triggers == 0:
            return np.zeros(self.n_groups, dtype=np.float32)
        starts = np.minimum(self.group_start, self.n_triggers - 1)
        best = np.maximum.reduceat(coverage, starts)
        return np.where(self.group_has_triggers, best, 0.0).astype(np.float32)

    def explained(self, ids: Sequence[int], weights: Sequence[float]) -> FloatArray:
        """For every group: the share of the query's weight its vocabulary explains."""
        if not ids:
            return np.zeros(self.n_groups, dtype=np.float32)
        query_w = np.asarray(weights, dtype=np.float32) * self.idf[np.asarray(ids)]
        total = float(query_w.sum())
        g_ids = np.concatenate([self.group_post[i] for i in ids])
        g_w = np.repeat(query_w, [len(self.group_post[i]) for i in ids])
        return (np.bincount(g_ids, weights=g_w, minlength=self.n_groups) / total).astype(np.float32)


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
        self._demand_index = TriggerIndex([d.triggers for d in self.demands], self.folder)
        self._prior = np.array(
            [1.0 + 0.04 * math.log(c.weight) for c in self.causes], dtype=np.float32
        )
        self._feelings = [(f.id, self._cue_matcher(f.cues)) for f in packs.feelings if f.cues]
        self._categories = [(t.id, self._cue_matcher(t.cues)) for t in packs.intake if t.cues]

    def _cue_matcher(self, cues: Iterable[str]) -> re.Pattern[str]:
        parts = []
        for cue in cues:
            norm = normalize(cue, self.folder)
            if not norm:
                continue
            escaped = re.escape(norm)
            if any(is_cjk(ch) for ch in norm):
                parts.append(escaped)
            else:
                parts.append(rf"(?<![a-z0-9]){escaped}")
        return re.compile("|".join(sorted(parts, key=len, reverse=True)) or r"(?!x)x")

    def normalize(self, text: str) -> str:
        return normalize(text, self.folder)

    def analyse(self, text: str, top: int = 5) -> Analysis:
        started = time.perf_counter()
        norm = normalize(text, self.folder)
        feats = features(norm)
        causes = self._rank_causes(feats, top)
        demands = self._detect_demands(feats)
        feeling = self._feeling(norm, bool(demands))
        category = causes[0].cause.category if causes else self._category(norm)
        elapsed = (time.perf_counter() - started) * 1000.0
        return Analysis(text, tuple(causes), tuple(demands), feeling, category, elapsed)

    def _rank_causes(self, feats: dict[str, float], top: int) -> list[CauseHit]:
        index = self._cause_index
        ids, weights = index.query_ids(feats)
        if not ids or top <= 0:
            return []
        best = index.best_per_group(index.trigger_coverage(ids))
        explained = index.explained(ids, weights)
        score = (BEST_TRIGGER_WEIGHT * best + QUERY_EXPLAINED_WEIGHT * explained) * self._prior
        score = np.where(best > 0, score, 0.0)
        k = min(top, len(score))
        candidates = np.argpartition(-score, k - 1)[:k] if k < len(score) else np.arange(len(score))
        ordered = sorted(candidates.tolist(), key=lambda i: (-float(score[i]), i))
        hits = []
        for i in ordered:
            value = float(score[i])
            if value < MIN_CAUSE_SCORE:
                break
            cause = self.causes[i]
            hits.append(CauseHit(cause.id, cause.title, round(value, 4), cause.check.say, cause))
        return hits

    def _detect_demands(self, feats: dict[str, float]) -> list[DemandHit]:
        index = self._demand_index
        ids, _ = index.query_ids(feats)
        if not ids:
            return []
        coverage = index.trigger_coverage(ids)
        strong = (coverage >= MIN_DEMAND_COVERAGE) & (index.mass >= MIN_DEMAND_TRIGGER_MASS)
        if not strong.any():
            return []
        best = np.zeros(index.n_groups, dtype=np.float32)
        np.maximum.at(best, index.owner[strong], coverage[strong])
        hits = []
        for i in np.argsort(-best, kind="stable").tolist():
            if best[i] <= 0:
                break
            demand = self.demands[i]
            hits.append(
                DemandHit(
                    demand.id, demand.title, round(float(best[i]), 4), demand.guidance, demand
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
