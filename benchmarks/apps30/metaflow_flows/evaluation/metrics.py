"""Cheap, deterministic metrics (no model calls)."""
from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

_PUNCT = re.compile(f"[{re.escape(string.punctuation)}]")


def normalise(text: str) -> str:
    text = _PUNCT.sub(" ", (text or "").lower())
    return " ".join(w for w in text.split() if w not in {"a", "an", "the"})


def exact_match(pred: str, ref: str) -> float:
    return float(normalise(pred) == normalise(ref))


def token_f1(pred: str, ref: str) -> float:
    p, r = normalise(pred).split(), normalise(ref).split()
    if not p or not r:
        return float(p == r)
    common = Counter(p) & Counter(r)
    overlap = sum(common.values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / len(p), overlap / len(r)
    return 2 * precision * recall / (precision + recall)


def contains_reference(pred: str, ref: str) -> float:
    return float(normalise(ref) in normalise(pred))


METRICS: dict[str, Callable[[str, str], float]] = {
    "exact_match": exact_match,
    "token_f1": token_f1,
    "contains": contains_reference,
}


@dataclass
class MetricSuite:
    names: list[str] = field(default_factory=lambda: ["exact_match", "token_f1"])

    @classmethod
    def create(cls, names: list[str]) -> "MetricSuite":
        unknown = set(names) - set(METRICS)
        if unknown:
            raise ValueError(f"unknown metrics: {sorted(unknown)}")
        return cls(names=list(names))

    def compute(self, predictions: list[str], references: list[str]) -> dict[str, float]:
        if len(predictions) != len(references):
            raise ValueError("predictions and references differ in length")
        out: dict[str, float] = {}
        for name in self.names:
            fn = METRICS[name]
            scores = [fn(p, r) for p, r in zip(predictions, references)]
            out[name] = sum(scores) / max(len(scores), 1)
        return out


def aggregate_grades(grades: list[dict]) -> dict[str, float]:
    if not grades:
        return {}
    keys = [k for k in ("correctness", "faithfulness") if k in grades[0]]
    return {k: sum(g[k] for g in grades) / len(grades) for k in keys}
